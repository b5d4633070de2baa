"""A Bot API server on 127.0.0.1 for the tests and the throughput benchmark.

It speaks enough of the real Bot API for python-telegram-bot's HTTP stack to run unchanged
(`base_url = server.base_url`): getMe, getUpdates (long polling from a queue, honouring offset,
limit and timeout), sendMessage, editMessageText, editMessageReplyMarkup, answerCallbackQuery,
setMyCommands/getMyCommands/deleteMyCommands, deleteMessage(s), sendChatAction, the webhook
methods, close and logOut. It enforces Telegram's own limits, so a rendering bug fails loudly:
HTML must parse (allowed tags, balanced, known entities), text at most 4096 UTF-16 units after
parsing, callback data at most 64 bytes.

Every call is recorded (method, parsed parameters, time, status). Failures can be injected per
method (optionally only for one chat): an HTTP status (429 with retry_after, 500, ...), a delay
longer than the client timeout (the call still takes effect), a hang (a timeout that never took
effect), or a connection reset with no response at all, before or after the call took effect.

    with BotApiServer() as api:
        api.push(api.text("hello", user_id=1))
        [call] = api.wait_sent(chat_id=1)

`BotApiProcess` runs the same server in a child process for the throughput benchmark, with only
the few calls the benchmark needs (push text updates, wait for the first reply to each chat).
"""
from __future__ import annotations

import html
import json
import re
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

JSON = dict[str, Any]

ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "blockquote", "tg-spoiler", "span", "tg-emoji",
}
TEXT_PARAMS = {"text", "caption", "callback_query_id", "url", "secret_token", "parse_mode", "action", "language_code"}
_HTML_TOKEN = re.compile(r"<[^<>]*>|&[^;\s&<]*;?|[^<&]+|[<>]")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_TAG = re.compile(r"<(/?)([a-z][a-z0-9-]*)(\s+[^<>]*)?>")


def html_error(text: str) -> str | None:
    """Why Telegram would refuse `text` with parse_mode HTML, or None when it parses."""
    stack: list[str] = []
    for tok in _HTML_TOKEN.findall(text):
        if tok.startswith("<"):
            m = _TAG.fullmatch(tok)
            if m is None:
                return f"can't parse entities: unexpected '<' in {tok[:20]!r}"
            closing, name = m.group(1), m.group(2)
            if name not in ALLOWED_TAGS:
                return f"can't parse entities: unsupported start tag \"{name}\""
            if closing:
                if not stack or stack[-1] != name:
                    return f"can't parse entities: unmatched end tag \"{name}\""
                stack.pop()
            else:
                stack.append(name)
        elif tok == ">":
            continue  # Telegram tolerates a bare '>'
        elif tok.startswith("&") and not _ENTITY.fullmatch(tok):
            return f"can't parse entities: unsupported entity {tok[:12]!r}"
    if stack:
        return f"can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\""
    return None


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text a user would see: tags removed and entities decoded (for HTML)."""
    if (parse_mode or "").upper() != "HTML":
        return text
    return html.unescape(re.sub(r"<[^<>]*>", "", text))


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: JSON
    at: float
    status: int = 200
    result: Any = None
    lost: bool = False
    """The call took effect but the client never got a usable response (a reset, or a broken body)."""

    @property
    def ok(self) -> bool:
        """It took effect (status 200), whether or not the client got the response."""
        return self.status == 200

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def chat_id(self) -> int | None:
        cid = self.params.get("chat_id")
        return int(cid) if cid is not None and str(cid).lstrip("-").isdigit() else None

    @property
    def markup(self) -> JSON | None:
        m = self.params.get("reply_markup")
        return m if isinstance(m, dict) else None

    def buttons(self) -> list[JSON]:
        """Inline keyboard buttons, row by row, flattened."""
        m = self.markup or {}
        return [b for row in m.get("inline_keyboard", []) for b in row]


RESET = 0
"""The status recorded for a call whose connection was reset before it took effect (no response)."""


@dataclass
class _Fault:
    status: int = 0
    retry_after: int | None = None
    delay: float = 0.0
    description: str = ""
    reset: bool = False
    applied: bool = False
    chat_id: int | None = None
    body: bytes | None = None

    def matches(self, params: JSON) -> bool:
        return self.chat_id is None or str(params.get("chat_id")) == str(self.chat_id)


@dataclass
class _State:
    updates: list[JSON] = field(default_factory=list)
    next_update_id: int = 1
    confirmed: int = 0
    calls: list[Call] = field(default_factory=list)
    faults: dict[str, list[_Fault]] = field(default_factory=dict)
    messages: dict[tuple[int, int], JSON] = field(default_factory=dict)
    deleted: set[tuple[int, int]] = field(default_factory=set)
    next_message_id: dict[int, int] = field(default_factory=dict)
    chats: dict[int, JSON] = field(default_factory=dict)
    commands: list[JSON] = field(default_factory=list)
    callback_ids: int = 0
    webhook: JSON = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # a burst of connections from the client pool must not be refused
    daemon_threads = True
    block_on_close = False


def _sent(chat_id: int | None, n: int, since: int, method: str) -> Callable[[list[Call]], list[Call] | None]:
    """A predicate for wait_for: the successful `method` calls to `chat_id` after `since`, once there are `n`."""

    def got(calls: list[Call]) -> list[Call] | None:
        hits = [c for c in calls[since:] if c.method == method and c.ok and (chat_id is None or c.chat_id == chat_id)]
        return hits if len(hits) >= n else None

    return got


class BotApiServer:
    """A threaded HTTP server on 127.0.0.1 (a free port) that behaves like the Bot API."""

    def __init__(
        self,
        token: str = "123456789:TEST-token-for-loopback",
        *,
        username: str = "cdp_test_bot",
        host: str = "127.0.0.1",
        port: int = 0,
        max_poll: float = 30.0,
    ) -> None:
        self.token = token
        head = token.split(":", 1)[0]
        self.bot_id = int(head) if head.isdigit() else 999_000_001
        self.username = username
        self.host = host
        self.max_poll = max_poll
        self._state = _State()
        self._cond = threading.Condition()
        self._httpd = _Server((host, port), self._handler_class())
        self._thread: threading.Thread | None = None
        self._closing = False

    # -- lifecycle ------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """For config.telegram.base_url: PTB appends the token and the method."""
        return f"http://{self.host}:{self.port}/bot"

    def start(self) -> BotApiServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> BotApiServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- objects --------------------------------------------------------------------------------

    @property
    def bot_user(self) -> JSON:
        return {
            "id": self.bot_id, "is_bot": True, "first_name": "CDP assistant", "username": self.username,
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
        }

    @staticmethod
    def user(user_id: int, first_name: str = "Test") -> JSON:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}

    @staticmethod
    def private_chat(user_id: int) -> JSON:
        return {"id": user_id, "type": "private", "first_name": "Test"}

    @staticmethod
    def group_chat(chat_id: int = -100_123, title: str = "Test group") -> JSON:
        return {"id": chat_id, "type": "supergroup", "title": title}

    def _new_message_id(self, chat_id: int) -> int:
        n = self._state.next_message_id.get(chat_id, 1)
        self._state.next_message_id[chat_id] = n + 1
        return n

    def _entities(self, text: str) -> list[JSON]:
        out: list[JSON] = []
        if text.startswith("/"):
            cmd = text.split()[0]
            out.append({"type": "bot_command", "offset": 0, "length": utf16_len(cmd)})
        for m in re.finditer(r"@[A-Za-z0-9_]{5,32}", text):
            out.append({"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
        return out

    def message(
        self,
        *,
        user_id: int = 1001,
        chat: JSON | None = None,
        text: str | None = None,
        reply_to: JSON | None = None,
        **content: Any,
    ) -> JSON:
        """A user's message (not pushed): text with automatic command/mention entities, or other content."""
        chat = chat or self.private_chat(user_id)
        with self._cond:
            self._state.chats[chat["id"]] = chat
            msg: JSON = {
                "message_id": self._new_message_id(chat["id"]),
                "date": int(time.time()),
                "chat": chat,
                "from": self.user(user_id),
            }
            if text is not None:
                msg["text"] = text
                ents = self._entities(text)
                if ents:
                    msg["entities"] = ents
            if reply_to is not None:
                msg["reply_to_message"] = reply_to
            msg.update(content)
            self._state.messages[(chat["id"], msg["message_id"])] = msg
        return msg

    def text(self, text: str, *, user_id: int = 1001, chat: JSON | None = None, reply_to: JSON | None = None) -> JSON:
        """An update carrying a new text message."""
        return {"message": self.message(user_id=user_id, chat=chat, text=text, reply_to=reply_to)}

    def edited(self, original: JSON, new_text: str) -> JSON:
        """An edited_message update for an earlier message."""
        msg = dict(original, text=new_text, edit_date=int(time.time()))
        ents = self._entities(new_text)
        msg.pop("entities", None)
        if ents:
            msg["entities"] = ents
        return {"edited_message": msg}

    def media(self, kind: str, *, user_id: int = 1001, chat: JSON | None = None) -> JSON:
        """An update with a photo, sticker, voice, location or document message."""
        file = {"file_id": f"f-{kind}", "file_unique_id": f"u-{kind}"}
        content: dict[str, JSON] = {
            "photo": {"photo": [dict(file, width=90, height=90)]},
            "sticker": {"sticker": dict(file, type="regular", width=512, height=512, is_animated=False, is_video=False)},
            "voice": {"voice": dict(file, duration=3)},
            "location": {"location": {"latitude": 52.95, "longitude": -1.15}},
            "document": {"document": dict(file, file_name="notes.pdf")},
        }
        return {"message": self.message(user_id=user_id, chat=chat, **content[kind])}

    def press(self, data: str, *, user_id: int = 1001, message: JSON | None = None, chat: JSON | None = None) -> JSON:
        """A callback_query update: `user_id` pressed a button with `data` under `message` (a bot message)."""
        with self._cond:
            self._state.callback_ids += 1
            qid = str(self._state.callback_ids)
        if message is None:
            chat = chat or self.private_chat(user_id)
            message = {"message_id": 0, "date": int(time.time()), "chat": chat, "from": self.bot_user, "text": "menu"}
        return {
            "callback_query": {
                "id": qid, "from": self.user(user_id), "chat_instance": "ci", "data": data, "message": message,
            }
        }

    def stored(self, chat_id: int, message_id: int) -> JSON:
        """A message as the server holds it (e.g. one the bot sent, to press its buttons)."""
        with self._cond:
            return dict(self._state.messages[(chat_id, message_id)])

    # -- updates --------------------------------------------------------------------------------

    def push(self, *updates: JSON) -> list[int]:
        """Queue updates for getUpdates; returns their update ids."""
        ids: list[int] = []
        with self._cond:
            for u in updates:
                u = dict(u)
                u["update_id"] = self._state.next_update_id
                self._state.next_update_id += 1
                self._state.updates.append(u)
                ids.append(u["update_id"])
            self._cond.notify_all()
        return ids

    def pending(self) -> int:
        """Updates not yet confirmed by the bot (via the getUpdates offset)."""
        with self._cond:
            return len(self._state.updates)

    def confirmed(self) -> int:
        """The highest update id the bot has confirmed (a later getUpdates offset); 0 for none."""
        with self._cond:
            return self._state.confirmed

    # -- faults ---------------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        status: int,
        *,
        times: int = 1,
        retry_after: int | None = None,
        description: str = "",
        chat_id: int | None = None,
    ) -> None:
        """Make the next `times` calls of `method` (to `chat_id` only, when given) fail with HTTP
        `status` (429: with retry_after). They do not take effect."""
        self._add(method, times, status=status, retry_after=retry_after, description=description, chat_id=chat_id)

    def delay(self, method: str, seconds: float, *, times: int = 1, chat_id: int | None = None) -> None:
        """Make the next `times` calls of `method` answer only after `seconds` (they still take effect)."""
        self._add(method, times, delay=seconds, chat_id=chat_id)

    def hang(self, method: str, seconds: float, *, times: int = 1, chat_id: int | None = None) -> None:
        """Hold the next `times` calls of `method` for `seconds` (longer than the client's timeout),
        then reset the connection without the call taking effect: a timeout that never reached Telegram."""
        self._add(method, times, delay=seconds, reset=True, chat_id=chat_id)

    def reset(self, method: str, *, times: int = 1, applied: bool = False, chat_id: int | None = None) -> None:
        """Reset the connection (TCP RST, no response) on the next `times` calls of `method`.

        applied=False: the reset comes before the call takes effect (recorded with status RESET).
        applied=True: the call takes effect first and only its response is lost (recorded as it
        happened, with `lost` set), as when a network path fails on the way back. For getUpdates
        that is the next response carrying updates: the batch is lost and must be fetched again.
        """
        self._add(method, times, reset=True, applied=applied, chat_id=chat_id)

    def respond(self, method: str, body: bytes, *, status: int = 200, applied: bool = False, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with this raw `body` (e.g. broken JSON) and `status`.

        applied=True: the call takes effect first (a sent message is delivered) and only its
        response is broken. For getUpdates the body replaces one response; no queued update is lost.
        """
        self._add(method, times, status=status, body=body, applied=applied)

    def revoke(self) -> None:
        """From now on every call is answered 401 Unauthorized, as after the token is revoked."""
        with self._cond:
            self.token = "revoked:" + self.token
            self._cond.notify_all()

    def _add(self, method: str, times: int, **fault: Any) -> None:
        with self._cond:
            self._state.faults.setdefault(method, []).extend(_Fault(**fault) for _ in range(times))

    def faults_left(self, method: str | None = None) -> int:
        """Injected faults not yet triggered (of `method`, or of all methods)."""
        with self._cond:
            return sum(len(q) for m, q in self._state.faults.items() if method is None or m == method)

    # -- inspection -----------------------------------------------------------------------------

    @property
    def commands(self) -> list[JSON]:
        with self._cond:
            return list(self._state.commands)

    @property
    def deleted(self) -> set[tuple[int, int]]:
        with self._cond:
            return set(self._state.deleted)

    def calls(self, method: str | None = None, *, since: int = 0, ok: bool | None = None) -> list[Call]:
        """Recorded calls from index `since`, optionally of one method and success state."""
        with self._cond:
            out = self._state.calls[since:]
        return [c for c in out if (method is None or c.method == method) and (ok is None or c.ok == ok)]

    def mark(self) -> int:
        """The current number of recorded calls (pass as `since` later)."""
        with self._cond:
            return len(self._state.calls)

    def wait_for(self, predicate: Callable[[list[Call]], Any], timeout: float = 5.0) -> Any:
        """Wait until predicate(all calls) is truthy; return its value (AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate(list(self._state.calls))
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    methods = [c.method for c in self._state.calls[-15:]]
                    raise AssertionError(f"timed out after {timeout}s; last calls: {methods}")
                self._cond.wait(left)

    def wait_sent(
        self, chat_id: int | None, n: int = 1, *, since: int = 0, timeout: float = 5.0, method: str = "sendMessage"
    ) -> list[Call]:
        """Wait for `n` successful `method` calls to `chat_id` (None: any chat) after `since`; return them all."""

        got = _sent(chat_id, n, since, method)

        result: list[Call] = self.wait_for(got, timeout)
        return result

    async def await_for(self, predicate: Callable[[list[Call]], Any], timeout: float = 5.0) -> Any:
        """`wait_for` for code running in an event loop: polls without blocking the loop or using its threads."""
        import asyncio

        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                calls = list(self._state.calls)
            value = predicate(calls)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s; last calls: {[c.method for c in calls[-15:]]}")
            await asyncio.sleep(0.005)

    async def await_sent(
        self, chat_id: int | None, n: int = 1, *, since: int = 0, timeout: float = 5.0, method: str = "sendMessage"
    ) -> list[Call]:
        """`wait_sent` for code running in an event loop."""

        got = _sent(chat_id, n, since, method)

        result: list[Call] = await self.await_for(got, timeout)
        return result

    # -- benchmarks (the same calls as BotApiProcess) ---------------------------------------------

    def push_texts(self, texts: Iterable[tuple[str, int]]) -> float:
        """Push one private text update per (text, user_id); perf_counter() when they were queued."""
        updates = [self.text(text, user_id=user_id) for text, user_id in texts]
        at = time.perf_counter()
        self.push(*updates)
        return at

    def first_replies(self, since: int, chats: Iterable[int], timeout: float) -> dict[int, float]:
        """Wait (up to `timeout` s) until each of `chats` got a successful sendMessage after call
        `since`; the time (Call.at) of the first reply to each chat that got one."""
        wanted = set(chats)
        first: dict[int, float] = {}
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                calls = self._state.calls
                for c in calls[since:]:  # only the calls not yet looked at
                    if c.method == "sendMessage" and c.ok and c.chat_id in wanted and c.chat_id not in first:
                        first[c.chat_id] = c.at
                since = len(calls)
                left = deadline - time.monotonic()
                if len(first) >= len(wanted) or left <= 0 or self._closing:
                    return first
                self._cond.wait(left)

    # -- the HTTP side --------------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs (~40 ms a call)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                """Quiet: the tests read calls, not access logs."""

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                self._serve(b"", "")

            def do_POST(self) -> None:  # noqa: N802 - stdlib name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                self._serve(body, self.headers.get("Content-Type", ""))

            def _serve(self, body: bytes, ctype: str) -> None:
                status, payload = server._dispatch(self.path, body, ctype)
                if payload is None:
                    self._reset()
                    return
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def _reset(self) -> None:
                """Close the connection with a TCP RST and no response. The real close happens when
                the handler finishes (its reader holds the socket open), before socketserver's own
                shutdown could send a FIN: the client sees "connection reset"."""
                self.close_connection = True
                try:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                except OSError:
                    pass

        return Handler

    def _parse(self, body: bytes, ctype: str) -> JSON:
        if not body:
            return {}
        if "multipart/form-data" in ctype:  # file uploads (sendPhoto): files stay bytes
            from email.parser import BytesParser
            from email.policy import HTTP

            msg = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + body)
            params: JSON = {}
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                data = part.get_payload(decode=True) or b""
                if part.get_filename() is not None:
                    params[str(name)] = data
                else:
                    value = data.decode("utf-8")
                    try:
                        params[str(name)] = value if name in TEXT_PARAMS else json.loads(value)
                    except ValueError:
                        params[str(name)] = value
            return params
        if "json" in ctype:
            parsed = json.loads(body.decode("utf-8"))
            return parsed if isinstance(parsed, dict) else {}
        params: JSON = {}
        for key, values in parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
            value = values[-1]
            if key in TEXT_PARAMS:
                params[key] = value
                continue
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        return params

    def _dispatch(self, path: str, body: bytes, ctype: str) -> tuple[int, JSON | bytes | None]:
        """(status, payload) to answer with; raw bytes are sent as they are; None: reset the connection."""
        m = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", path.split("?", 1)[0])
        if m is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        if m.group(1) != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = m.group(2)
        try:
            params = self._parse(body, ctype)
        except ValueError:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: invalid request body"}
        with self._cond:
            queue = self._state.faults.get(method) or []
            i = next((i for i, f in enumerate(queue) if f.matches(params) and not _loses_batch(method, f)), None)
            fault = queue.pop(i) if i is not None else None
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.body is not None:
            if fault.applied and method != "getUpdates":
                _status, result = self._method(method, params)
                self._record(Call(method, params, time.perf_counter(), _status, result, lost=True))
            else:
                self._record(Call(method, params, time.perf_counter(), RESET if method != "getUpdates" else fault.status, None))
            return fault.status, fault.body
        if fault is not None and fault.reset:
            if not fault.applied:
                self._record(Call(method, params, time.perf_counter(), RESET, None))
            else:
                status, result = self._method(method, params)
                self._record(Call(method, params, time.perf_counter(), status, result, lost=True))
            return RESET, None
        if fault is not None and fault.status:
            status = fault.status
            payload: JSON = {"ok": False, "error_code": status, "description": fault.description or _reason(status)}
            if fault.retry_after is not None:
                payload["parameters"] = {"retry_after": fault.retry_after}
                payload["description"] = f"Too Many Requests: retry after {fault.retry_after}"
            self._record(Call(method, params, time.perf_counter(), status, None))
            return status, payload
        if method == "getUpdates":
            updates = self._get_updates(params)
            with self._cond:
                i = next((i for i, f in enumerate(queue) if _loses_batch(method, f)), None) if updates else None
                lost = queue.pop(i) if i is not None else None
            if lost is not None:  # the offset confirmed earlier updates; this batch never arrives
                self._record(Call(method, params, time.perf_counter(), 200, updates, lost=True))
                return RESET, None
            return 200, {"ok": True, "result": updates}
        status, result = self._method(method, params)
        self._record(Call(method, params, time.perf_counter(), status, result))
        if status != 200:
            return status, {"ok": False, "error_code": status, "description": str(result)}
        return 200, {"ok": True, "result": result}

    def _record(self, call: Call) -> None:
        with self._cond:
            self._state.calls.append(call)
            self._cond.notify_all()

    def _get_updates(self, params: JSON) -> list[JSON]:
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = min(float(params.get("timeout") or 0), self.max_poll)
        deadline = time.monotonic() + timeout
        with self._cond:
            if offset:
                self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
                self._state.confirmed = max(self._state.confirmed, offset - 1)
            while True:
                ready = [u for u in self._state.updates if u["update_id"] >= offset][:limit]
                left = deadline - time.monotonic()
                if ready or left <= 0 or self._closing:
                    return ready
                self._cond.wait(left)

    def _bot_message(self, chat_id: int, params: JSON, text: str) -> JSON:
        chat = self._state.chats.get(chat_id) or {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        msg: JSON = {
            "message_id": self._new_message_id(chat_id), "date": int(time.time()), "chat": chat,
            "from": self.bot_user, "text": text,
        }
        if isinstance(params.get("reply_markup"), dict):
            msg["reply_markup"] = params["reply_markup"]
        if params.get("protect_content"):
            msg["has_protected_content"] = True
        return msg

    def _method(self, method: str, p: JSON) -> tuple[int, Any]:  # noqa: C901 - one branch per method
        s = self._state
        with self._cond:
            if method == "getMe":
                return 200, self.bot_user
            if method in ("sendMessage", "editMessageText"):
                text = p.get("text")
                if not isinstance(text, str):
                    return 400, "Bad Request: message text is empty"
                if (p.get("parse_mode") or "").upper() == "HTML":
                    err = html_error(text)
                    if err:
                        return 400, f"Bad Request: {err}"
                shown = visible_text(text, p.get("parse_mode"))
                if not shown.strip():
                    return 400, "Bad Request: message text is empty"
                if utf16_len(shown) > 4096:
                    return 400, "Bad Request: message is too long"
                err = _markup_error(p.get("reply_markup"))
                if err:
                    return 400, err
                chat_id = int(p["chat_id"])
                if method == "editMessageText":
                    key = (chat_id, int(p["message_id"]))
                    if key not in s.messages or key in s.deleted:
                        return 400, "Bad Request: message to edit not found"
                    s.messages[key] = dict(s.messages[key], text=shown, reply_markup=p.get("reply_markup"))
                    return 200, s.messages[key]
                msg = self._bot_message(chat_id, p, shown)
                s.messages[(chat_id, msg["message_id"])] = msg
                return 200, msg
            if method == "sendPhoto":
                photo = p.get("photo")
                if not isinstance(photo, bytes) or not photo.startswith(b"\x89PNG"):
                    return 400, "Bad Request: photo must be an uploaded PNG in this test server"
                caption = p.get("caption")
                if isinstance(caption, str) and len(caption) > 1024:
                    return 400, "Bad Request: message caption is too long"
                chat_id = int(p["chat_id"])
                msg = self._bot_message(chat_id, {k: v for k, v in p.items() if k != "photo"}, "")
                msg.pop("text", None)
                msg["photo"] = [{"file_id": f"photo-{msg['message_id']}", "file_unique_id": f"u{msg['message_id']}", "width": 1000, "height": 750}]
                if caption:
                    msg["caption"] = caption
                s.messages[(chat_id, msg["message_id"])] = msg
                return 200, msg
            if method == "editMessageReplyMarkup":
                key = (int(p["chat_id"]), int(p["message_id"]))
                if key not in s.messages or key in s.deleted:
                    return 400, "Bad Request: message to edit not found"
                err = _markup_error(p.get("reply_markup"))
                if err:
                    return 400, err
                msg = dict(s.messages[key])
                if p.get("reply_markup"):
                    msg["reply_markup"] = p["reply_markup"]
                else:
                    msg.pop("reply_markup", None)
                s.messages[key] = msg
                return 200, msg
            if method == "deleteMessage":
                key = (int(p["chat_id"]), int(p["message_id"]))
                if key not in s.messages or key in s.deleted:
                    return 400, "Bad Request: message to delete not found"
                s.deleted.add(key)
                return 200, True
            if method == "deleteMessages":
                ids = p.get("message_ids") or []
                if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
                    return 400, "Bad Request: message_ids must be 1-100 ids"
                chat_id = int(p["chat_id"])
                for mid in ids:
                    if (chat_id, int(mid)) in s.messages:
                        s.deleted.add((chat_id, int(mid)))
                return 200, True
            if method == "setMyCommands":
                s.commands = list(p.get("commands") or [])
                return 200, True
            if method == "getMyCommands":
                return 200, list(s.commands)
            if method == "deleteMyCommands":
                s.commands = []
                return 200, True
            if method == "setWebhook":
                s.webhook = {"url": p.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}
                return 200, True
            if method == "deleteWebhook":
                s.webhook = {}
                if p.get("drop_pending_updates"):
                    s.updates.clear()
                return 200, True
            if method == "getWebhookInfo":
                return 200, s.webhook or {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
            if method in ("answerCallbackQuery", "sendChatAction", "close", "logOut", "setChatMenuButton"):
                return 200, True
        return 404, "Not Found: method not found"


def _loses_batch(method: str, fault: _Fault) -> bool:
    """A getUpdates reset after the call took effect waits for a response that carries updates."""
    return method == "getUpdates" and fault.reset and fault.applied


def _markup_error(markup: Any) -> str | None:
    if not isinstance(markup, dict):
        return None
    for row in markup.get("inline_keyboard", []):
        for b in row:
            data = b.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                return "Bad Request: BUTTON_DATA_INVALID"
            if not str(b.get("text", "")).strip():
                return "Bad Request: BUTTON_TEXT_INVALID"
    return None


def _reason(status: int) -> str:
    return {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 429: "Too Many Requests"}.get(
        status, f"Error {status}"
    )


def updates_from(texts: Iterable[str], server: BotApiServer, *, first_user: int = 50_000) -> list[JSON]:
    """One text update per string, each from a different user (benchmarks)."""
    return [server.text(t, user_id=first_user + i) for i, t in enumerate(texts)]


# --- the same server in its own process (benchmarks) --------------------------------------------


def _serve_in_child(fd: int, token: str, kwargs: JSON) -> None:
    """The child's side of `BotApiProcess`: run a BotApiServer and answer commands on socket `fd`."""
    from multiprocessing.connection import Connection

    conn = Connection(fd)
    with BotApiServer(token=token, **kwargs) as api:
        conn.send(api.base_url)
        while True:
            try:
                command, args = conn.recv()
            except EOFError:
                return
            if command == "stop":
                conn.send(("ok", None))
                return
            try:
                conn.send(("ok", _child_command(api, command, args)))
            except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises it
                conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _child_command(api: BotApiServer, command: str, args: tuple[Any, ...]) -> Any:
    if command == "texts":
        return api.push_texts(args[0])
    if command == "mark":
        return api.mark()
    if command == "first_replies":
        return api.first_replies(*args)
    if command == "methods":  # (since,) -> [(method, status), ...]
        return [(c.method, c.status) for c in api.calls(since=args[0])]
    raise ValueError(f"unknown command {command!r}")


class BotApiProcess:
    """A `BotApiServer` in a child process, driven over a socket pair: for the throughput benchmark,
    so the server does not share the bot's interpreter (its GIL) and each gets a core of its own.

    Only what the benchmark needs crosses over: push text updates, mark, and wait for the
    first reply to each of a set of chats. Times are the child's perf_counter readings, so compare
    them only with each other. The tests use the in-process `BotApiServer`, with its full API.

        with BotApiProcess(token) as api:
            at = api.push_texts([("hello", 1)])
            replies = api.first_replies(since, [1], timeout=5)   # {1: time of the reply}
    """

    def __init__(self, token: str = "123456789:TEST-token-for-loopback", **kwargs: Any) -> None:
        self.token = token
        self.base_url = ""
        self._kwargs = kwargs
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Any = None

    def start(self) -> BotApiProcess:
        """Start the child (a fresh interpreter: nothing of this process is forked or re-imported)."""
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        code = "import json,sys; from tests.auxil.loopback import _serve_in_child as s; s(int(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]))"
        self._proc = subprocess.Popen(
            [sys.executable, "-c", code, str(theirs.fileno()), self.token, json.dumps(self._kwargs)],
            pass_fds=[theirs.fileno()],
            cwd=str(Path(__file__).resolve().parents[2]),  # the checkout: `tests.auxil` importable
        )
        theirs.close()
        self._conn = Connection(ours.detach())
        if not self._conn.poll(30):
            self.stop()
            raise RuntimeError("the loopback Bot API process did not start")
        self.base_url = self._conn.recv()
        return self

    def _ask(self, command: str, *args: Any) -> Any:
        with self._lock:
            self._conn.send((command, args))
            status, value = self._conn.recv()
        if status != "ok":
            raise RuntimeError(f"loopback Bot API process: {value}")
        return value

    def push_texts(self, texts: Iterable[tuple[str, int]]) -> float:
        """Push one private text update per (text, user_id); the child's clock when they were queued."""
        at: float = self._ask("texts", list(texts))
        return at

    def mark(self) -> int:
        """The number of calls recorded so far (pass as `since`)."""
        n: int = self._ask("mark")
        return n

    def first_replies(self, since: int, chats: Iterable[int], timeout: float) -> dict[int, float]:
        """Wait (up to `timeout` s) until each chat got a sendMessage after call `since`; the child's
        clock at the first reply to each chat that got one."""
        got: dict[int, float] = self._ask("first_replies", since, list(chats), timeout)
        return got

    def methods(self, since: int = 0) -> list[tuple[str, int]]:
        """(method, status) of each call recorded from index `since`."""
        out: list[tuple[str, int]] = self._ask("methods", since)
        return out

    def stop(self) -> None:
        """Ask the child to stop (killing it if it does not within seconds)."""
        if self._proc is None:
            return
        if self._lock.acquire(timeout=1):  # else a call is still waiting: no polite stop
            try:
                self._conn.send(("stop", ()))
                if self._conn.poll(5):
                    self._conn.recv()
            except (OSError, EOFError):
                pass
            finally:
                self._lock.release()
        try:
            self._proc.wait(5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(5)
        self._conn.close()
        self._proc = None

    def __enter__(self) -> BotApiProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
