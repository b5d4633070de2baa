"""Telegram throughput: N updates pushed at once through the real Application and the loopback server.

    from benchmarks.telegram import telegram_throughput
    telegram_throughput(assistant, n=1000)
    # {'updates': 1000, 'answered': 1000, 'seconds': ..., 'per_second': ..., 'p50_ms': ..., 'p99_ms': ...,
    #  'service_p50_ms': ..., 'service_p99_ms': ..., 'one_p50_ms': ..., 'echo': {...}}

Each update comes from a different user (so the per-user rate limit does not apply). Three
figures per burst:

- reply latency, from the push to the server recording the first reply to that chat (queueing
  included: the time an update waits to be fetched, for its turn and for a concurrency slot);
- service time, from the moment the bot's first handler starts on the update to the reply being
  acknowledged (send_message returned): the work, shared with every other update in flight;
- updates/s: answered updates over the time from the push to the last first reply.

The server runs in a child process (`BotApiProcess`) so that it does not compete with the bot for
one interpreter lock: on loopback it would otherwise take a large share of the bot's only core. The
`echo` row is the same Application with one handler that sends the text back: the framework's own
ceiling on this machine, against which the assistant's handlers can be judged. Used by
`cdp-bot bench`; not a test.
"""
from __future__ import annotations

import asyncio
import copy
import html
import statistics
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, TypeHandler, filters

from handlers.app import build_application
from tests.auxil.loopback import BotApiProcess
from handlers.services import BOT, MessageLog, Services

if TYPE_CHECKING:
    from bot.assistant import Assistant
    from bot.config import Config

QUESTIONS = (
    "Where can I get help with domestic abuse?",
    "who chairs the board",
    "what are the partnership's priorities",
    "which group deals with anti-social behaviour",
    "what is a domestic homicide review",
    "how do I report hate crime",
    "what are the statutory duties of the CDP",
    "drug and alcohol support in Nottingham",
    "what targets does the partnership have",
    "modern slavery help",
    "hello",
    "what is the weather like",
)


class LoopbackApi(Protocol):
    """What the benchmark needs of a loopback server: `BotApiServer` (in process) or `BotApiProcess`."""

    base_url: str

    def push_texts(self, texts: Iterable[tuple[str, int]]) -> float: ...

    def mark(self) -> int: ...

    def first_replies(self, since: int, chats: Iterable[int], timeout: float) -> dict[int, float]: ...


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


class _Timings(MessageLog):
    """A MessageLog that also notes, per chat, when the first handler started and when the bot's
    first reply was acknowledged (`send` logs each sent message right after send_message returns)."""

    def __init__(self) -> None:
        super().__init__()
        self.started: dict[int, float] = {}
        self.acked: dict[int, float] = {}

    def add(self, chat_id: int, message_id: int, sender: int = BOT) -> None:
        if sender == BOT:
            self.acked.setdefault(chat_id, time.perf_counter())
        super().add(chat_id, message_id, sender)

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Group -3, before the bot's own gates: the update's handlers start now."""
        if update.effective_chat is not None:
            self.started.setdefault(update.effective_chat.id, time.perf_counter())

    def service_ms(self, chats: Iterable[int]) -> list[float]:
        return [
            (self.acked[c] - self.started[c]) * 1000 for c in chats if c in self.acked and c in self.started
        ]


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The baseline handler: send the text straight back."""
    msg = update.effective_message
    if msg is None or msg.text is None:
        return
    sent = await context.bot.send_message(msg.chat_id, html.escape(msg.text))
    svc: Services = context.bot_data["services"]
    svc.messages.add(msg.chat_id, sent.message_id, BOT)


def _application(config: Config, assistant: Assistant, timings: _Timings, *, echo: bool, **build: Any) -> Application:  # type: ignore[type-arg]
    app = build_application(config, assistant, **build)
    if echo:
        for group, handlers in list(app.handlers.items()):
            for handler in list(handlers):
                app.remove_handler(handler, group)
        app.add_handler(MessageHandler(filters.TEXT, _echo))
    app.add_handler(TypeHandler(Update, timings.on_update), group=-3)
    app.bot_data["services"].messages = timings
    return app


async def measure_throughput(
    config: Config,
    assistant: Assistant,
    *,
    n: int = 1000,
    questions: tuple[str, ...] | list[str] = QUESTIONS,
    timeout: float = 300.0,
    sequential: int = 0,
    server: LoopbackApi | None = None,
    echo: bool = False,
    first_chat: int = 7_000_000,
    **build: Any,
) -> dict[str, Any]:
    """Push `n` updates at once to a running bot; updates/second, reply latency and service time.

    `config` must carry the loopback server's token; pass `server` to reuse a running one
    (`BotApiServer` or `BotApiProcess`), else a `BotApiProcess` is started and stopped here;
    `build` goes to build_application. With `sequential`, that many updates are first sent one at
    a time (each waits for its reply): the latency of a bot that is not queueing. With `echo`,
    the assistant's handlers are replaced by one that sends the text back (the framework's ceiling).
    Chats `first_chat - sequential` to `first_chat + n` are used.
    """
    own = server is None
    api: LoopbackApi = server if server is not None else BotApiProcess(token=config.token).start()
    waiter = ThreadPoolExecutor(1, thread_name_prefix="bench-wait")  # not the bot's to_thread pool
    loop = asyncio.get_running_loop()

    async def first_replies(since: int, chats: list[int], wait: float) -> dict[int, float]:
        return await loop.run_in_executor(waiter, api.first_replies, since, chats, wait)

    config.telegram.base_url = api.base_url
    timings = _Timings()
    app = _application(config, assistant, timings, echo=echo, **build)
    one_by_one: list[float] = []
    try:
        async with app:
            await app.post_init(app)  # type: ignore[misc]
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)  # type: ignore[union-attr]
            for i in range(sequential):
                chat = first_chat - 1 - i
                mark = api.mark()
                at = api.push_texts([(questions[i % len(questions)], chat)])
                got = await first_replies(mark, [chat], 30)
                if chat in got:
                    one_by_one.append((got[chat] - at) * 1000)
            since = api.mark()
            chats = [first_chat + i for i in range(n)]
            t0 = api.push_texts((questions[i % len(questions)], chat) for i, chat in enumerate(chats))
            first = await first_replies(since, chats, timeout)
            await app.updater.stop()  # type: ignore[union-attr]
            await app.stop()
            if app.post_shutdown:
                await app.post_shutdown(app)
    finally:
        waiter.shutdown(wait=False)
        if own:
            api.stop()  # type: ignore[attr-defined]
    latencies = [(t - t0) * 1000 for t in first.values()]
    service = timings.service_ms(first)
    seconds = max(max(first.values(), default=t0) - t0, 1e-9)
    return {
        "updates": n,
        "answered": len(first),
        "seconds": seconds,
        "per_second": len(first) / seconds,
        "p50_ms": statistics.median(latencies) if latencies else 0.0,
        "p99_ms": _percentile(latencies, 0.99),
        "service_p50_ms": statistics.median(service) if service else 0.0,
        "service_p99_ms": _percentile(service, 0.99),
        "one_by_one": len(one_by_one),
        "one_p50_ms": statistics.median(one_by_one) if one_by_one else 0.0,
        "one_p99_ms": _percentile(one_by_one, 0.99),
    }


def telegram_throughput(
    assistant: Assistant,
    *,
    n: int = 1000,
    sequential: int = 200,
    questions: tuple[str, ...] | list[str] = QUESTIONS,
    echo: bool = True,
) -> dict[str, Any]:
    """`measure_throughput` with a private copy of the assistant's config, a temp store and a server
    in its own process; with `echo`, the same burst through the echo baseline too (under "echo")."""
    cfg = copy.deepcopy(assistant.config)
    with tempfile.TemporaryDirectory(prefix="cdp-tgbench-") as tmp:
        cfg.telegram.token = cfg.token or "123456789:BENCH-loopback"
        cfg.storage.path = Path(tmp) / "usage.sqlite"
        cfg.admin_ids = []
        cfg.privacy.store_questions = False
        cfg.privacy.log_questions = False

        async def run() -> dict[str, Any]:
            with BotApiProcess(token=cfg.token) as api:
                out = await measure_throughput(cfg, assistant, n=n, sequential=sequential, questions=questions, server=api)
                if echo:
                    out["echo"] = await measure_throughput(
                        cfg, assistant, n=n, questions=questions, server=api, echo=True, first_chat=8_000_000
                    )
            return out

        return asyncio.run(run())
