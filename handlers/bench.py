"""Telegram throughput: N updates pushed at once through the real Application and the loopback server.

    from handlers.bench import telegram_throughput
    telegram_throughput(assistant, n=1000)
    # {'updates': 1000, 'answered': 1000, 'seconds': ..., 'per_second': ..., 'p50_ms': ..., 'p99_ms': ...}

Each update comes from a different user (so the per-user rate limit does not apply); latency is
from the push to the first reply sent to that chat. Used by `cdp-bot bench`; not a test.
"""
from __future__ import annotations

import asyncio
import copy
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handlers.app import build_application
from handlers.loopback import BotApiServer

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


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


async def measure_throughput(
    config: Config,
    assistant: Assistant,
    *,
    n: int = 1000,
    questions: tuple[str, ...] | list[str] = QUESTIONS,
    timeout: float = 300.0,
    sequential: int = 0,
    server: BotApiServer | None = None,
    **build: Any,
) -> dict[str, Any]:
    """Push `n` updates at once to a running bot; updates/second and reply latency percentiles.

    `config` must already point at the loopback server (telegram.base_url) with its token; pass
    `server` to reuse a running one; `build` goes to build_application. With `sequential`, that
    many updates are first sent one at a time (each waits for its reply): the latency of a bot
    that is not queueing.
    """
    own = server is None
    api = server or BotApiServer(token=config.token).start()
    config.telegram.base_url = api.base_url
    app = build_application(config, assistant, **build)
    chat_base = 7_000_000
    try:
        async with app:
            await app.post_init(app)  # type: ignore[misc]
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)  # type: ignore[union-attr]
            # One at a time first: the latency a user sees when the bot is not queueing.
            one_by_one: list[float] = []
            for i in range(sequential):
                mark = api.mark()
                chat = chat_base - 1 - i
                t = time.perf_counter()
                api.push(api.text(questions[i % len(questions)], user_id=chat))
                try:
                    await api.await_for(
                        lambda calls, c=chat, m=mark: any(x.method == "sendMessage" and x.chat_id == c for x in calls[m:]),
                        timeout=30,
                    )
                    one_by_one.append((time.perf_counter() - t) * 1000)
                except AssertionError:
                    pass
            since = api.mark()
            updates = [api.text(questions[i % len(questions)], user_id=chat_base + i) for i in range(n)]
            t0 = time.perf_counter()
            api.push(*updates)
            first: dict[int, float] = {}
            seen = [since]

            def done(calls: list[Any]) -> bool:
                for c in calls[seen[0] :]:
                    if c.method == "sendMessage" and c.ok and c.chat_id is not None and c.chat_id not in first:
                        first[c.chat_id] = c.at
                seen[0] = len(calls)
                return len(first) >= n

            try:
                await api.await_for(done, timeout=timeout)
            except AssertionError:
                pass
            t1 = max(first.values(), default=time.perf_counter())
            await app.updater.stop()  # type: ignore[union-attr]
            await app.stop()
            if app.post_shutdown:
                await app.post_shutdown(app)
    finally:
        if own:
            api.stop()
    latencies = [(t - t0) * 1000 for t in first.values()]
    seconds = max(t1 - t0, 1e-9)
    return {
        "updates": n,
        "answered": len(first),
        "seconds": seconds,
        "per_second": len(first) / seconds,
        "p50_ms": statistics.median(latencies) if latencies else 0.0,
        "p99_ms": _percentile(latencies, 0.99),
        "one_by_one": len(one_by_one),
        "one_p50_ms": statistics.median(one_by_one) if one_by_one else 0.0,
        "one_p99_ms": _percentile(one_by_one, 0.99),
    }


def telegram_throughput(
    assistant: Assistant, *, n: int = 1000, sequential: int = 200, questions: tuple[str, ...] | list[str] = QUESTIONS
) -> dict[str, Any]:
    """`measure_throughput` with a private copy of the assistant's config, a temp store and its own server."""
    cfg = copy.deepcopy(assistant.config)
    with tempfile.TemporaryDirectory(prefix="cdp-tgbench-") as tmp:
        cfg.telegram.token = cfg.token or "123456789:BENCH-loopback"
        cfg.storage_path = Path(tmp) / "usage.sqlite"
        cfg.admin_ids = []
        cfg.privacy.store_questions = False
        cfg.privacy.log_questions = False
        return asyncio.run(measure_throughput(cfg, assistant, n=n, sequential=sequential, questions=questions))
