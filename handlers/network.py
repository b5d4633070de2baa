"""Talking to the Bot API reliably and privately.

- `BotApiRequest`: python-telegram-bot's HTTPX request that notices a revoked token (HTTP 401,
  see `TokenWatch`) and never logs a response body it cannot parse unless `log_questions` is on
  (bodies hold users' messages).
- `RetryingRequest`: also retries network errors, timeouts, 5xx, 429 and broken response bodies.
- `PerChatUpdateProcessor`: concurrency across chats, order within one.
- Log filters: the token redacted from every record, and python-telegram-bot's own dumps of
  update payloads withheld unless `log_questions` is on.
"""
from __future__ import annotations

import asyncio
import json
import logging
import random
from collections import Counter
from collections.abc import Awaitable, Iterable
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import BaseUpdateProcessor
from telegram._utils.defaultvalue import DefaultValue
from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger(__name__)

MAX_RETRY_AFTER = 120.0
"""A 429 asking for a longer wait than this is not retried here (the error reaches the error handler)."""


class TokenWatch:
    """Notices that Telegram no longer accepts the token (HTTP 401 on any call) and says so once.

    After a revocation polling stops by itself but the process would stay alive, deaf: the
    runner waits on `revoked` and ends the process with a non-zero status instead."""

    def __init__(self) -> None:
        self.revoked = asyncio.Event()

    def unauthorized(self, endpoint: str) -> None:
        if not self.revoked.is_set():
            log.error("Telegram answered %s with 401 Unauthorized: the bot token was revoked or replaced", endpoint)
            self.revoked.set()


class BotApiRequest(HTTPXRequest):
    """HTTPXRequest that reports a 401 to `watch` and keeps unparseable bodies out of the logs."""

    def __init__(self, *, watch: TokenWatch | None = None, log_payloads: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.watch = watch
        self.log_payloads = log_payloads

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        write_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: Any = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One Bot API call; a 401 is reported to the token watch."""
        code, payload = await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        self._check_auth(url, code)
        return code, payload

    def _check_auth(self, url: str, code: int) -> None:
        if code == 401 and self.watch is not None:
            self.watch.unauthorized(url.rsplit("/", 1)[-1])

    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]  # PTB's is static; ours reads log_payloads
        """The response as JSON; a body that is not JSON is logged by size only, unless log_questions is on."""
        try:
            data = json.loads(payload.decode("utf-8", "replace"))
        except ValueError:
            if self.log_payloads:
                log.error("the Bot API sent a response that is not JSON: %r", payload[:2000])
            else:
                log.error("the Bot API sent a response that is not JSON (%d bytes; not logged while log_questions is off)", len(payload))
            raise TelegramError("Invalid server response") from None
        if not isinstance(data, dict):
            raise TelegramError("Invalid server response")
        return data


def _is_json(payload: bytes) -> bool:
    try:
        json.loads(payload.decode("utf-8"))
    except ValueError:
        return False
    return True


class RetryingRequest(BotApiRequest):
    """BotApiRequest that retries network errors, timeouts, HTTP 5xx and 429 (after `retry_after`),
    and a response whose body is not JSON once.

    Retrying happens below PTB's response parsing, so every Bot API call the bot makes (sending,
    editing, deleting, answering callbacks) is covered, and a reply is not lost to a blip. A request
    that timed out may have reached Telegram, so a retried send can, rarely, arrive twice: a
    duplicate is better than a lost reply. The same holds for a 200 whose body is broken (the call
    may have taken effect): it is retried once, accepting a possible duplicate, and a second broken
    body reaches PTB as "Invalid server response". Used for bot calls only, not for getUpdates.
    """

    def __init__(self, *, max_retries: int = 5, base_delay: float = 0.5, max_delay: float = 8.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_retries = max(0, max_retries)
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.retries = 0
        """How many retries this request object has made (for tests and operators)."""
        self._connections = asyncio.Semaphore(max(1, int(kwargs.get("connection_pool_size") or 1)))
        """At most one call in flight per pooled connection; the rest wait here, in order."""

    async def _one_call(
        self,
        url: str,
        method: str,
        request_data: RequestData | None,
        read_timeout: Any,
        write_timeout: Any,
        connect_timeout: Any,
        pool_timeout: Any,
    ) -> tuple[int, bytes]:
        """One attempt, once a connection is free.

        Calls wait on a semaphore the size of the pool rather than inside httpcore's pool, which
        rescans every queued request against every connection each time a call starts or ends.
        Under a burst (64 updates in flight) that kept the slowest replies waiting about twice as
        long. The wait is bounded by the pool timeout, as httpcore's is, and ends the same way
        (TimedOut, the request not sent, so it is retried)."""
        if self._connections.locked():
            wait = self._client.timeout.pool if isinstance(pool_timeout, DefaultValue) else pool_timeout
            try:
                await asyncio.wait_for(self._connections.acquire(), wait)
            except asyncio.TimeoutError:
                raise TimedOut("Pool timeout: every connection is busy; the request was not sent") from None
        else:
            await self._connections.acquire()
        try:
            return await HTTPXRequest.do_request(
                self, url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        finally:
            self._connections.release()

    def _backoff(self, attempt: int) -> float:
        delay = min(self.max_delay, self.base_delay * 2.0**attempt)
        return float(delay * (0.75 + random.random() / 2))

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        write_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: Any = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One Bot API call, retried on transient failures; returns the last (status, body)."""
        endpoint = url.rsplit("/", 1)[-1]  # the method name only: the URL holds the token
        attempt = 0
        broken_body_retried = False
        while True:
            try:
                code, payload = await self._one_call(
                    url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
                )
            except (TimedOut, NetworkError) as exc:
                if attempt >= self.max_retries:
                    raise
                delay, reason = self._backoff(attempt), type(exc).__name__
            else:
                if code == 429:
                    retry_after = _retry_after(payload)
                    if attempt >= self.max_retries or retry_after > MAX_RETRY_AFTER:
                        return code, payload
                    delay, reason = retry_after + 0.05, f"429 retry_after={retry_after:g}"
                elif code >= 500:
                    if attempt >= self.max_retries:
                        return code, payload
                    delay, reason = self._backoff(attempt), f"HTTP {code}"
                elif not broken_body_retried and not _is_json(payload):
                    broken_body_retried = True
                    delay, reason = self._backoff(0), f"HTTP {code} with a body that is not JSON"
                else:
                    self._check_auth(url, code)
                    return code, payload
            attempt += 1
            self.retries += 1
            log.warning(
                "Bot API %s failed (%s); retry %d of %d in %.2fs", endpoint, reason, attempt, self.max_retries, delay
            )
            await asyncio.sleep(delay)


def _retry_after(payload: bytes) -> float:
    try:
        data = json.loads(payload.decode("utf-8", "replace"))
        return float(data.get("parameters", {}).get("retry_after", 1))
    except (ValueError, AttributeError, TypeError):
        return 1.0


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Process updates concurrently across chats, in order within one chat.

    One slow or flooding chat never blocks the others; a user's two quick messages are still
    answered in the order they were sent. An update first waits for its chat's turn and only then
    for one of the `max_concurrent_updates` slots: a chat's queued updates hold no slot, so a
    flood from one chat (or Telegram throttling the bot's sends to it) cannot take every slot.
    """

    UNLIMITED = 2**31 - 1
    """What the base class's own semaphore is given: it must never make an update wait, since an
    update waiting there would hold a slot while its chat is busy. The slots are taken below."""

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(self.UNLIMITED)
        self.slots = max(1, max_concurrent_updates)
        self._slots = asyncio.BoundedSemaphore(self.slots)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Await the update's coroutine holding its chat's lock first, then a concurrency slot.
        (python-telegram-bot's `process_update` is final; it calls this.)"""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            async with self._slots:
                await coroutine
            return
        key = chat.id
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            self._users[key] -= 1
            if self._users[key] <= 0:
                del self._users[key]
                self._locks.pop(key, None)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


# --- token redaction --------------------------------------------------------------------------

REDACTED = "<redacted-token>"
_SECRETS: set[str] = set()
_installed = False
_LOG_PAYLOADS = [False]
WITHHELD = "(not logged while privacy.log_questions is off)"


def redact(text: str, secrets: Iterable[str] | None = None) -> str:
    """`text` with every registered secret (the bot token) replaced."""
    for s in secrets if secrets is not None else _SECRETS:
        if s and s in text:
            text = text.replace(s, REDACTED)
    return text


def withhold_payloads(record: logging.LogRecord) -> None:
    """python-telegram-bot prints what Telegram sent when it cannot parse it ("Received data was
    %r"), i.e. users' messages: keep those arguments out unless log_questions is on. An invalid
    token's traceback says nothing more than its one line, so it is cut to that line."""
    if not record.name.startswith("telegram"):
        return
    if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
        record.msg, record.args, record.exc_info, record.exc_text = f"{record.getMessage()} (InvalidToken)", None, None, None
        return
    if not _LOG_PAYLOADS[0] and record.args and "data" in str(record.msg).lower():
        record.msg, record.args = str(record.msg).split("%")[0].rstrip(' :"') + " " + WITHHELD, None


class RedactingFilter(logging.Filter):
    """Rewrites a record so that no registered secret appears in its message or traceback, and
    withholds python-telegram-bot's payload dumps (see `withhold_payloads`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        withhold_payloads(record)
        if not _SECRETS:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not hide the record
            message = str(record.msg)
        clean = redact(message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_redaction(*secrets: str, log_payloads: bool = False) -> None:
    """Redact `secrets` from every log record created from now on, whichever logger or handler,
    and withhold payload dumps unless `log_payloads` (privacy.log_questions).

    Wraps the LogRecord factory (filters on a logger do not see records of its children, and
    handlers may be added later, e.g. by logging.basicConfig or pytest).
    """
    global _installed
    _SECRETS.update(s for s in secrets if s)
    _LOG_PAYLOADS[0] = log_payloads
    if _installed:
        return
    previous = logging.getLogRecordFactory()
    flt = RedactingFilter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        flt.filter(record)
        return record

    logging.setLogRecordFactory(factory)
    _installed = True
