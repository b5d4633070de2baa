"""Faults a user would notice: a flaky network, a flood, a restart under load, a crash mid-write.

The Telegram tests run the real Application through python-telegram-bot's HTTP stack against the
loopback Bot API server (handlers/loopback.py) on 127.0.0.1; nothing of the library is mocked.
Every wait is an event or a bounded poll with a generous timeout; every loop is bounded in count
and time.
"""
from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.auxil.botapi import BotApiServer, Call, visible_text, write_test_knowledge
from tests.conftest import TG_TOKEN
from telegram import Update
from telegram.ext import TypeHandler

from bot.storage import Storage
from handlers import texts
from tests.auxil.loopback import RESET

ROOT = Path(__file__).resolve().parent.parent
CDP_BOT = Path(sys.executable).with_name("cdp-bot")
DAY = "2026-11-23"

# Questions whose answers (from the test knowledge base) are one message each and tell apart.
QUESTIONS = [
    ("how do I report hate crime", "True Vision"),
    ("how do I report anti-social behaviour", "anti-social behaviour to the police"),
    ("what is a domestic homicide review", "Domestic Homicide Review looks at"),
    ("/duties", "Crime and Disorder Act 1998"),
    ("/targets", "headline target"),
    ("/subgroups", "thematic sub-group"),
    ("what is the crime and drugs partnership", "Nottingham's Community Safety Partnership"),
    ("drug and alcohol support", "FRANK"),
    ("modern slavery help", "Modern Slavery Helpline"),
]
PROBE = ("/contacts", "Crimestoppers")  # not among QUESTIONS: a reply to it answers nothing else


def seen(call: Call) -> str:
    """What the user sees of a sent message."""
    return visible_text(call.text, call.params.get("parse_mode"))


def sent_to(api: BotApiServer, chat_id: int, since: int = 0) -> list[Call]:
    """Messages that reached `chat_id` (took effect), in the order they arrived."""
    return [c for c in api.calls("sendMessage", since=since, ok=True) if c.chat_id == chat_id]


def expect_answers(replies: list[Call], questions: list[tuple[str, str]]) -> None:
    """`replies` answer `questions` one to one, in order: none lost, none twice."""
    got = [seen(c) for c in replies]
    assert len(got) == len(questions), [g[:40] for g in got]
    for text, (question, needle) in zip(got, questions, strict=True):
        assert needle in text, (question, text[:80])


async def until(check: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll `check()` (every 10 ms, at most `timeout` seconds) until it is truthy."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.01)


async def drained(bot: Any, timeout: float = 30.0) -> None:
    """Every pushed update has been fetched (confirmed by a later getUpdates offset) and handled."""
    await until(lambda: bot.api.pending() == 0, timeout, "the bot to fetch every update")
    await asyncio.wait_for(bot.app.update_queue.join(), timeout)


def count_updates(app: Any) -> Counter[int]:
    """How often the Application handles each update id (a handler ahead of all others)."""
    handled: Counter[int] = Counter()

    async def count(update: Update, _context: Any) -> None:
        handled[update.update_id] += 1

    app.add_handler(TypeHandler(Update, count), group=-3)
    return handled


# --- 1. a fault storm while several users are being answered ----------------------------------------


async def test_fault_storm_every_message_answered_exactly_once_then_recovers(tg_start, tg_config):
    """Resets, 5xx bursts, a 429 and a timeout hit the bot's sends (and its polling) while six users
    in private chats and two in a group are being answered.

    Every message gets exactly one answer, in order per chat, none lost and none twice; no update
    is handled twice, even when a getUpdates response carrying a batch is lost on the way back;
    afterwards a fresh message is answered at the first attempt without a restart.

    The choice about duplicates: Telegram has no idempotency key, so a send whose connection fails
    after Telegram acted on it cannot be told apart from one that never arrived. RetryingRequest
    retries both: a rare duplicate answer is better than a lost one (someone asking for help must
    get the answer). So exactly-once holds when a failure comes before Telegram acts on the call,
    and every fault on sends here does (reset, 5xx, 429, and a timeout that never took effect);
    test_send_reset_after_telegram_acted_is_repeated_never_lost pins the other case.
    """
    plan_sends = {"reset": 4, "502": 3, "500": 1, "429": 1, "hang": 1}
    tg_config.telegram.max_retries = sum(plan_sends.values()) + 1  # the storm cannot exhaust one call
    bot = await tg_start(request_timeout=1.0)
    api = bot.api
    handled = count_updates(bot.app)

    users = [7001, 7002, 7003, 7004, 7005, 7006]
    per_user = 6
    asked = {u: [QUESTIONS[(i + k) % len(QUESTIONS)] for k in range(per_user)] for i, u in enumerate(users)}
    group = BotApiServer.group_chat(-100_777)
    members = [7101, 7102]
    group_asked: dict[int, tuple[str, str]] = {}  # group message id -> question

    def private(k: int) -> list[dict[str, Any]]:
        return [api.text(asked[u][k][0], user_id=u) for u in users]

    def in_group() -> list[dict[str, Any]]:
        out = []
        for j in range(3):
            for n, member in enumerate(members):
                question = QUESTIONS[(3 * n + j) % len(QUESTIONS)]
                if question[0].startswith("/"):
                    question = QUESTIONS[0]
                upd = api.text(f"@{api.username} {question[0]}", user_id=member, chat=group)
                group_asked[upd["message"]["message_id"]] = question
                out.append(upd)
        return out

    total = len(users) * per_user + 2 * 3
    mark = api.mark()

    def replies() -> int:
        return len(api.calls("sendMessage", since=mark, ok=True))

    # Four waves of messages; each phase's faults are set before its wave is pushed, so there are
    # always sends left to hit them, while the earlier waves are still being answered.
    # Phase 1: the first batch's getUpdates response is lost (after the server confirmed the
    # offset before it); two sends are reset before they reach "Telegram".
    api.reset("getUpdates", applied=True)
    api.reset("sendMessage", times=2)
    ids = api.push(*private(0), *private(1))
    await until(lambda: replies() >= 6, 15, "the first answers")
    # Phase 2: a 5xx burst on sends, a 502 on polling.
    api.fail("sendMessage", 502, times=3)
    api.fail("getUpdates", 502)
    ids += api.push(*private(2), *private(3))
    await until(lambda: replies() >= 14, 15, "answers after the 5xx burst")
    # Phase 3: Telegram asks to slow down (429, retry_after 1 s); one send hangs past the timeout.
    api.fail("sendMessage", 429, retry_after=1)
    api.hang("sendMessage", 1.6)
    ids += api.push(*private(4), *private(5))
    await until(lambda: replies() >= 24, 15, "answers after the 429 and the timeout")
    # Phase 4: more resets and a 500 on sends, a reset on polling; the group's messages arrive.
    api.reset("sendMessage", times=2)
    api.fail("sendMessage", 500)
    api.reset("getUpdates")
    ids += api.push(*in_group())

    await until(lambda: replies() >= total, 30, "every answer")
    await drained(bot)
    await until(lambda: api.faults_left() == 0, 10, "every injected fault to have been hit")

    # The storm really happened, on the bot's own sends (the hung call is recorded when it gives up).
    def send_statuses() -> Counter[int]:
        return Counter(c.status for c in api.calls("sendMessage", since=mark))

    resets = plan_sends["reset"] + plan_sends["hang"]
    statuses = await until(lambda: (st := send_statuses())[RESET] == resets and st, 10, "the hung call")
    assert statuses[502] == 3 and statuses[500] == 1 and statuses[429] == 1
    assert [c for c in api.calls("getUpdates", since=mark) if c.lost and c.result]  # a batch was lost
    # Every message answered exactly once, in order per chat.
    for u in users:
        expect_answers(sent_to(api, u, mark), asked[u])
    group_replies = sent_to(api, group["id"], mark)
    quoted = Counter(c.params["reply_parameters"]["message_id"] for c in group_replies)
    assert quoted == Counter(list(group_asked))  # each group message quoted by exactly one answer
    for c in group_replies:
        assert group_asked[c.params["reply_parameters"]["message_id"]][1] in seen(c)
    # No update handled twice, none skipped; no error or "slow down" shown to anyone.
    assert handled == Counter(ids)
    everything = [seen(c) for c in api.calls("sendMessage", since=mark, ok=True)]
    assert len(everything) == total
    assert not [t for t in everything if t == bot.services.assistant.error_text or t.startswith(texts.SLOW_DOWN)]

    # Recovered without a restart: a fresh message is answered at the first attempt.
    fresh = api.mark()
    started = time.perf_counter()
    [reply] = await bot.ask(PROBE[0], user_id=7999, timeout=10)
    assert PROBE[1] in seen(reply) and time.perf_counter() - started < 5
    assert [c.status for c in api.calls("sendMessage", since=fresh)] == [200]
    [again] = await bot.ask(QUESTIONS[1][0], user_id=users[0], timeout=10)
    assert QUESTIONS[1][1] in seen(again)


async def test_send_reset_after_telegram_acted_is_repeated_never_lost(tg: Any):
    """The documented trade-off: when Telegram acted on a send but the connection failed before its
    response, the bot cannot know and retries, so the user sees the answer twice rather than never.
    Polling is not affected: the update is handled once."""
    handled = count_updates(tg.app)
    tg.api.reset("sendMessage", applied=True)
    mark = tg.api.mark()
    [uid] = tg.api.push(tg.api.text(QUESTIONS[0][0]))
    first, second = await tg.api.await_sent(None, 2, since=mark, timeout=10)
    assert first.lost and not second.lost
    assert seen(first) == seen(second) and QUESTIONS[0][1] in seen(first)
    await drained(tg)
    assert handled == Counter([uid])


async def test_calls_beyond_the_pool_wait_their_turn_and_a_pool_timeout_is_retried(botapi: BotApiServer):
    """RetryingRequest lets one call per pooled connection through; the rest wait in order. A wait
    longer than the pool timeout ends as httpcore's would (TimedOut, nothing sent) and is retried."""
    from handlers.network import RetryingRequest

    url = f"{botapi.base_url}{TG_TOKEN}/getMe"
    botapi.delay("getMe", 1.0, times=1)
    patient = RetryingRequest(connection_pool_size=1, pool_timeout=5.0, max_retries=0)
    hasty = RetryingRequest(connection_pool_size=1, pool_timeout=0.1, max_retries=2, base_delay=0.6)
    await patient.initialize()
    await hasty.initialize()
    try:
        mark = botapi.mark()
        slow = asyncio.create_task(patient.do_request(url, "POST"))
        await asyncio.sleep(0.05)
        code, _ = await patient.do_request(url, "POST")  # waits for the delayed call's connection
        assert code == 200 and (await slow)[0] == 200 and patient.retries == 0
        botapi.delay("getMe", 1.0, times=1)
        slow = asyncio.create_task(hasty.do_request(url, "POST"))
        await asyncio.sleep(0.05)
        code, _ = await hasty.do_request(url, "POST")  # times out in the queue, then is retried
        assert code == 200 and hasty.retries >= 1
        assert (await slow)[0] == 200
    finally:
        await patient.shutdown()
        await hasty.shutdown()
    assert [c.status for c in botapi.calls("getMe", since=mark)] == [200] * 4  # none sent twice


# --- 2. a flood from one user -----------------------------------------------------------------------


@pytest.mark.parametrize("throttled", [False, True], ids=["plain", "flooder-chat-gets-429"])
async def test_flood_from_one_user_does_not_delay_another(tg_start, tg_config, throttled: bool):
    """One user pushes 500 messages at once, another sends one right after: the other is answered
    within 1 s of sending; the flooder gets at most the rate limit's number of answers and exactly
    one "slow down", and nothing more. `throttled`: Telegram also answers the bot's sends to the
    flooder's chat with 429 (retry after 1 s, twice), as it does to a bot writing too fast to one
    chat; the flooder's waiting messages must not hold up anyone else meanwhile."""
    bot = await tg_start()
    api, flooder, other = bot.api, 8101, 8102
    limit = tg_config.telegram.rate_limit.messages
    if throttled:
        api.fail("sendMessage", 429, retry_after=1, times=2, chat_id=flooder)
    flood = [api.text(QUESTIONS[i % len(QUESTIONS)][0], user_id=flooder) for i in range(500)]
    mark = api.mark()
    api.push(*flood)
    pushed_at = time.perf_counter()
    api.push(api.text(QUESTIONS[1][0], user_id=other))
    [answer] = await api.await_sent(other, since=mark, timeout=10)
    assert QUESTIONS[1][1] in seen(answer)
    assert answer.at - pushed_at <= 1.0, f"the other user waited {answer.at - pushed_at:.2f}s"

    await drained(bot)
    flood_replies = [seen(c) for c in sent_to(api, flooder, mark)]
    slow = [t for t in flood_replies if t.startswith(texts.SLOW_DOWN)]
    assert len(slow) == 1 and flood_replies[-1] == slow[0] and "call 999" in slow[0]
    assert 1 <= len(flood_replies) - 1 <= limit
    assert api.faults_left() == 0
    assert len(sent_to(api, other, mark)) == 1


# --- 3. SIGTERM under load ------------------------------------------------------------------------


def _cli_config(tmp_path: Path, api: BotApiServer) -> Path:
    root = write_test_knowledge(tmp_path / "kb")
    data = {
        "knowledge": {"path": str(root), "index_path": str(tmp_path / "index.sqlite")},
        "telegram": {"base_url": api.base_url},
        "storage": {"path": str(tmp_path / "var" / "usage.sqlite")},
        "logging": {"level": "INFO"},
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


class _BotProcess:
    """`cdp-bot telegram --config FILE` as a child process, always reaped."""

    def __init__(self, config: Path) -> None:
        command = [str(CDP_BOT)] if CDP_BOT.exists() else [sys.executable, "-m", "bot"]
        self.proc = subprocess.Popen(
            [*command, "telegram", "--config", str(config)],
            cwd=ROOT, env=dict(os.environ, CDP_BOT_TOKEN=TG_TOKEN),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def terminate(self, timeout: float) -> tuple[int, str, float]:
        """SIGTERM once; (exit code, stderr, seconds to exit)."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        _out, err = self.proc.communicate(timeout=timeout)
        return self.proc.returncode, err, time.monotonic() - started

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate()


def test_sigterm_under_load_answers_everything_fetched_and_exits_cleanly(botapi: BotApiServer, tmp_path: Path):
    """50 messages from 10 users; SIGTERM once some answers are out (each send takes 0.2 s at the
    server, so most are still in flight). The bot exits 0 within a bounded time, without a
    traceback, having answered every update it had fetched (confirmed by its getUpdates offset)
    and none it had not. A restart then answers exactly what was left: over both runs every
    message is answered once, in order."""
    api = botapi
    cfg = _cli_config(tmp_path, api)
    users = [9001 + i for i in range(10)]
    asked = {u: [QUESTIONS[(i + k) % len(QUESTIONS)] for k in range(5)] for i, u in enumerate(users)}

    first = _BotProcess(cfg)
    try:
        api.wait_for(lambda cs: any(c.method == "setMyCommands" for c in cs), timeout=30)
        api.delay("sendMessage", 0.2, times=50)
        mark = api.mark()
        ids: dict[int, list[int]] = {u: [] for u in users}
        for k in range(5):
            for u in users:
                ids[u] += api.push(api.text(asked[u][k][0], user_id=u))
        api.wait_sent(None, 10, since=mark, timeout=20)
        answered_before = len(api.calls("sendMessage", since=mark, ok=True))
        code, err, took = first.terminate(timeout=30)
    finally:
        first.kill()
    assert code == 0, err
    assert took < 15, f"took {took:.1f}s to stop"
    assert "Traceback" not in err and "CRITICAL" not in err, err
    assert "the Telegram bot stopped" in err

    confirmed = api.confirmed()
    assert confirmed >= 1
    assert answered_before < 50  # the signal came under load, with answers still to send
    for u in users:
        fetched = [i for i in ids[u] if i <= confirmed]
        expect_answers(sent_to(api, u, mark), asked[u][: len(fetched)])  # all fetched, nothing else

    second = _BotProcess(cfg)
    try:
        api.wait_for(lambda cs: sum(c.method == "setMyCommands" for c in cs) >= 2, timeout=30)
        probes = api.mark()
        for u in users:
            api.push(api.text(PROBE[0], user_id=u))  # in each chat, after anything left over
        api.wait_for(lambda _cs: all(sent_to(api, u, probes) for u in users), timeout=20)
        code, err, _took = second.terminate(timeout=30)
    finally:
        second.kill()
    assert code == 0, err
    assert "Traceback" not in err, err
    assert api.pending() == 0
    for u in users:
        expect_answers(sent_to(api, u, mark), [*asked[u], PROBE])


# --- 4. storage: a crash mid-write, and writers in several processes ----------------------------------

_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from bot.storage import Storage

    path, first, progress = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    store = Storage.open(path)
    assert store.available
    fd = os.open(progress, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    deadline = time.monotonic() + 30
    for i in range(first, first + 500_000):
        if time.monotonic() > deadline:
            break
        if not store.record_feedback(store.user_hash(i), "help-asb", i % 2 == 0, "{day}"):
            sys.exit(3)
        os.write(fd, b"%d\\n" % (i - first + 1))  # rows this process knows are committed
    """
).replace("{day}", DAY)


def _feedback_rows(path: Path) -> int:
    """Committed feedback rows, read by a separate connection (0 before the table exists)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:  # the file is not there yet
        return 0
    try:
        return int(db.execute("select count(*) from feedback").fetchone()[0])
    except sqlite3.OperationalError:  # the table is not there yet
        return 0
    finally:
        db.close()


def test_kill_9_mid_write_loses_no_committed_row_and_leaves_a_sound_database(tmp_path: Path):
    """A writer committing one feedback row at a time is SIGKILLed (three times, each after at
    least N more rows): every row it had been told was committed is there, the database passes
    integrity_check, and the store opens and writes again as the restarted bot would."""
    path, n = tmp_path / "usage.sqlite", 500  # 1500+ rows in all: several WAL checkpoints
    expected = 0
    for round_ in range(3):
        progress = tmp_path / f"progress-{round_}"
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), str(round_ * 1_000_000), str(progress)], cwd=ROOT
        )
        try:
            deadline = time.monotonic() + 30
            while _feedback_rows(path) < expected + n:
                assert child.poll() is None, f"the writer stopped early ({child.returncode})"
                assert time.monotonic() < deadline, "the writer is too slow"
                time.sleep(0.01)
            seen_rows = _feedback_rows(path)
            child.send_signal(signal.SIGKILL)
            assert child.wait(timeout=10) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        acknowledged = int(progress.read_text().split()[-1])
        store = Storage.open(path)
        try:
            assert store.available
            rows = int(store._conn.execute("select count(*) from feedback").fetchone()[0])
            assert store._conn.execute("pragma integrity_check").fetchall() == [("ok",)]
            assert rows >= seen_rows >= expected + n
            assert expected + acknowledged <= rows <= expected + acknowledged + 1  # at most one unacknowledged
            assert store.record_feedback(store.user_hash("after"), "help-asb", True, DAY)
            store.forget(store.user_hash("after"))
        finally:
            store.close()
        expected = rows


_CONCURRENT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from bot.storage import Storage

    path, me, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    (folder / f"ready-{me}").touch()
    deadline = time.monotonic() + 20
    while not (folder / "go").exists():  # spin, so that all start within microseconds
        if time.monotonic() > deadline:
            sys.exit(4)
    store = Storage.open(path)  # all at once, on a database that does not exist yet
    if not store.available:
        sys.exit(5)
    failed = 0
    for i in range(150):
        user = store.user_hash(i % 10)  # the same ten users in every process
        failed += not store.record_question(user, "help-asb" if i % 3 else None, i % 3 == 0, "{day}")
        if i % 3 == 0:
            failed += not store.record_feedback(store.user_hash(f"{me}-{i}"), "help-asb", True, "{day}")
    store.close()
    sys.exit(6 if failed else 0)
    """
).replace("{day}", DAY)


def test_writers_in_several_processes_lose_no_rows(tmp_path: Path):
    """Four processes open the same new database at the same moment and write questions and
    feedback concurrently: no write fails, no row is lost, and all agree on one salt (the same
    user is one user in every process, so /forget finds all of their rows)."""
    path, procs = tmp_path / "shared.sqlite", 6
    children = [
        subprocess.Popen([sys.executable, "-c", _CONCURRENT, str(path), str(i), str(tmp_path)], cwd=ROOT)
        for i in range(procs)
    ]
    try:
        deadline = time.monotonic() + 30
        while not all((tmp_path / f"ready-{i}").exists() for i in range(procs)):
            assert time.monotonic() < deadline and all(c.poll() is None for c in children)
            time.sleep(0.01)
        (tmp_path / "go").touch()
        codes = [c.wait(timeout=60) for c in children]
    finally:
        for c in children:
            if c.poll() is None:
                c.kill()
                c.wait()
    assert codes == [0] * procs
    store = Storage.open(path)
    try:
        stats = store.stats(1, until=DAY)
        assert stats["questions"] == procs * 150 and stats["declined"] == procs * 50
        assert stats["users"] == 10  # one salt: user i is the same hash in every process
        assert store._conn.execute("select count(*) from feedback").fetchone()[0] == procs * 50
        assert store._conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert store.forget(store.user_hash(3)) == 1 and store.holds(store.user_hash(3)) == 0
    finally:
        store.close()


def test_store_opens_while_another_writer_holds_a_new_database(tmp_path: Path):
    """The bot starts while another connection is writing to a database not yet in WAL mode (the
    moment several processes create it together): the switch to WAL is refused at once with
    SQLITE_BUSY, whatever the busy timeout. The store must wait for the writer, not give up and
    record nothing for the whole run."""
    path = tmp_path / "new.sqlite"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("create table other (x)")
    other.execute("begin immediate")
    other.execute("insert into other values (1)")  # holds the write lock
    released = threading.Event()

    def writer_finishes() -> None:
        time.sleep(0.3)  # a writer busy for a moment: the point of the test
        released.set()
        other.execute("commit")

    holder = threading.Thread(target=writer_finishes)
    holder.start()
    try:
        store = Storage.open(path)
        try:
            assert released.is_set()  # it waited for the writer...
            assert store.available  # ...and then opened
            assert store._conn.execute("pragma journal_mode").fetchone() == ("wal",)
            assert store.record_feedback(store.user_hash(1), "help-asb", True, DAY)
        finally:
            store.close()
    finally:
        holder.join(timeout=10)
        other.close()
