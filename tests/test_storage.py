"""bot.storage: counts, feedback, forget and stats over a real SQLite file; failures degrade softly."""
from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.storage import DECLINED, Storage

DAY = "2026-11-23"


@pytest.fixture
def store(tmp_path: Path):
    s = Storage.open(tmp_path / "sub" / "dir" / "usage.sqlite")
    yield s
    s.close()


def test_creates_parent_folder_wal_and_busy_timeout(store: Storage, tmp_path: Path):
    assert store.available and (tmp_path / "sub" / "dir" / "usage.sqlite").is_file()
    assert store._conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("pragma busy_timeout").fetchone()[0] == 5000


def test_salt_is_generated_once_and_kept(tmp_path: Path):
    path = tmp_path / "u.sqlite"
    a = Storage.open(path)
    h = a.user_hash(42)
    a.close()
    b = Storage.open(path)
    assert b.user_hash(42) == h and b.user_hash(43) != h
    b.close()
    c = Storage.open(tmp_path / "other.sqlite")
    assert c.user_hash(42) != h  # a different salt
    c.close()
    d = Storage.open(tmp_path / "cfg.sqlite", salt="from-config")
    e = Storage.open(tmp_path / "cfg2.sqlite", salt="from-config")
    assert d.user_hash(42) == e.user_hash(42) and "42" not in d.user_hash(42)
    d.close()
    e.close()


def test_counts_feedback_and_stats(store: Storage):
    u1, u2 = store.user_hash(1), store.user_hash(2)
    assert store.record_question(u1, "help-asb", False, DAY)
    store.record_question(u1, "help-asb", False, DAY)
    store.record_question(u2, "priorities", False, DAY)
    store.record_question(u2, None, True, DAY)
    store.record_question(u2, "help-asb", False, "2026-11-20")
    store.record_feedback(u1, "help-asb", True, DAY)
    store.record_feedback(u1, "help-asb", False, DAY)  # a second press replaces the first
    store.record_feedback(u2, "help-asb", True, DAY)
    s = store.stats(7, until=DAY)
    assert s["questions"] == 5 and s["declined"] == 1 and s["decline_rate"] == pytest.approx(0.2)
    assert s["users"] == 2
    assert s["per_day"] == [
        {"day": "2026-11-20", "questions": 1, "declined": 0, "users": 1, "crisis": 0},
        {"day": DAY, "questions": 4, "declined": 1, "users": 2, "crisis": 0},
    ]
    assert s["top_intents"] == [("help-asb", 3), ("priorities", 1)]
    assert s["feedback"] == {"helpful": 1, "not_helpful": 1, "by_intent": [("help-asb", 1, 1)]}
    assert store.stats(1, until="2026-11-20")["questions"] == 1
    rows = store._conn.execute("select intent from daily where declined > 0").fetchall()
    assert rows == [(DECLINED,)]


def test_question_text_is_kept_only_when_configured(tmp_path: Path):
    off = Storage.open(tmp_path / "off.sqlite")
    off.record_question(off.user_hash(1), "help-asb", False, DAY, text="secret words")
    assert off._conn.execute("select count(*) from questions").fetchone()[0] == 0
    off.close()
    assert b"secret words" not in b"".join(p.read_bytes() for p in tmp_path.glob("off.sqlite*"))
    on = Storage.open(tmp_path / "on.sqlite", store_questions=True)
    on.record_question(on.user_hash(1), "help-asb", False, DAY, text="secret words")
    assert on._conn.execute("select text from questions").fetchall() == [("secret words",)]
    on.close()


def test_forget_deletes_every_row_of_that_user_only(tmp_path: Path):
    store = Storage.open(tmp_path / "u.sqlite", store_questions=True)
    me, other = store.user_hash(1), store.user_hash(2)
    for h in (me, other):
        store.record_question(h, "help-asb", False, DAY, text="q")
        store.record_question(h, "help-asb", False, "2026-11-22", text="q")
        store.record_feedback(h, "help-asb", True, DAY)
    assert store.holds(me) == 5
    assert store.forget(me) == 5
    assert store.holds(me) == 0 and store.holds(other) == 5
    dump = "\n".join(store._conn.iterdump())
    assert me not in dump and other in dump
    assert store.stats(7, until=DAY)["questions"] == 4  # anonymous daily totals stay
    store.close()


def test_unusable_path_degrades_and_logs_once(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="bot.storage"):
        store = Storage.open(blocker / "usage.sqlite")
        assert not store.available
        assert store.record_question(store.user_hash(1), "help-asb", False) is False
        assert store.record_feedback(store.user_hash(1), "help-asb", True) is False
        assert store.forget(store.user_hash(1)) is None
        assert store.stats(7)["available"] is False
    assert len(caplog.records) == 1 and "answers still work" in caplog.records[0].getMessage()
    assert store.user_hash(1) == store.user_hash(1)  # an in-memory salt still gives stable hashes


def test_full_disk_degrades_and_logs_once(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    store = Storage.open(tmp_path / "full.sqlite", store_questions=True)
    pages = store._conn.execute("pragma page_count").fetchone()[0]
    store._conn.execute(f"pragma max_page_count = {pages}")  # the file may not grow: SQLITE_FULL
    with caplog.at_level(logging.WARNING, logger="bot.storage"):
        results = [store.record_question(store.user_hash(i), "x", False, DAY, text="t" * 5000) for i in range(20)]
        results.append(store.record_feedback(store.user_hash(1), "x", True, DAY))
    assert results.count(False) >= 1
    failures = [r for r in caplog.records if "write failed" in r.getMessage()]
    assert len(failures) == 1 and "full" in failures[0].getMessage()
    assert "t" * 20 not in caplog.text
    store.close()


def test_read_only_database_degrades(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    path = tmp_path / "ro.sqlite"
    Storage.open(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None)
    store = Storage(conn, salt="s")
    with caplog.at_level(logging.WARNING, logger="bot.storage"):
        assert store.record_question(store.user_hash(1), "x", False, DAY) is False
        assert store.record_feedback(store.user_hash(1), "x", True, DAY) is False
    assert len(caplog.records) == 1 and "readonly" in caplog.records[0].getMessage()
    store.close()


def test_concurrent_writers(tmp_path: Path):
    path = tmp_path / "c.sqlite"
    a, b = Storage.open(path), Storage.open(path)

    def work(s: Storage, uid: int) -> None:
        for _ in range(100):
            assert s.record_question(s.user_hash(uid), "help-asb", False, DAY)

    threads = [threading.Thread(target=work, args=(s, i)) for i, s in enumerate((a, b, a, b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert a.stats(1, until=DAY)["questions"] == 400
    a.close()
    b.close()
