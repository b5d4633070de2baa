"""Usage records for operators: counts, feedback and a salted user hash. Never message text.

    store = Storage.open(path, salt="", store_questions=False)
    h = store.user_hash(telegram_user_id)
    store.record_question(h, "help-asb", declined=False)
    store.record_feedback(h, "help-asb", helpful=True)
    store.stats(days=7)
    store.forget(h)

What is kept (one SQLite file, WAL mode):

- `daily`: questions and declined questions per intent per day, with no user attached;
- `active`: (day, user hash) pairs, to count distinct users per day;
- `feedback`: (user hash, intent, helpful, day), one row per user, intent and day;
- `questions`: the question text, only when `store_questions` is on (off by default);
- `declined`: the text of declined questions (never answered ones, never a crisis message), with
  phone numbers, e-mail addresses and postcodes masked, only when `store_declined` is on (off by
  default), deleted after `declined_days` days;
- `crisis_daily`: how many replies per day led with the 999 guidance (a count, nothing else);
- `meta`: the generated salt, when the configuration gives none.

`forget(user_hash)` deletes every row that carries that hash. The per-intent daily counts are
anonymous totals and are not linked to anyone, so they stay.

A read-only folder, a full disk or a locked file never stops the bot: writes fail softly,
return False, and the first failure is logged once (without any message text).
"""
from __future__ import annotations

import contextlib
import datetime as dtm
import hashlib
import hmac
import logging
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SCHEMA = """
create table if not exists meta (key text primary key, value text not null);
create table if not exists daily (
    day text not null, intent text not null, asked integer not null default 0,
    declined integer not null default 0, primary key (day, intent));
create table if not exists active (day text not null, user_hash text not null, primary key (day, user_hash));
create table if not exists feedback (
    user_hash text not null, intent text not null, day text not null, helpful integer not null,
    primary key (user_hash, intent, day));
create table if not exists questions (
    id integer primary key, day text not null, user_hash text not null, intent text, text text not null);
create index if not exists questions_user on questions (user_hash);
create table if not exists crisis_daily (day text primary key, n integer not null default 0);
create table if not exists declined (id integer primary key, day text not null, user_hash text not null, text text not null);
create index if not exists declined_user on declined (user_hash);
create index if not exists declined_day on declined (day);
"""
USER_TABLES = ("active", "feedback", "questions", "declined")
"""The tables whose rows carry a user hash (what /forget deletes)."""

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\w)|(?<!\w)\d{3}[\s-]\d{3,4}[\s-]\d{3,4}(?!\w)")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b", re.I)


def mask_personal(text: str) -> str:
    """`text` with e-mail addresses, phone numbers and postcodes replaced by [e-mail], [phone], [postcode]."""
    text = _EMAIL.sub("[e-mail]", text)
    text = _PHONE.sub("[phone]", text)
    return _POSTCODE.sub("[postcode]", text)

DECLINED = "(declined)"
"""The intent name under which declined questions are counted."""


def today() -> str:
    """Today's date in UTC as YYYY-MM-DD (the unit all counts are kept in)."""
    return dtm.datetime.now(dtm.timezone.utc).date().isoformat()


class Storage:
    """A small store over one SQLite file; every method is safe to call from any thread."""

    def __init__(
        self,
        conn: sqlite3.Connection | None,
        *,
        salt: str = "",
        store_questions: bool = False,
        store_declined: bool = False,
        declined_days: int = 30,
        path: Path | None = None,
    ) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self.path = path
        self.store_questions = store_questions
        self.store_declined = store_declined
        self.declined_days = declined_days
        self._purged = ""
        self._failed = False
        self._salt = salt.encode("utf-8") if salt else b""
        if not self._salt:
            self._salt = self._stored_salt().encode("utf-8")

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        salt: str = "",
        store_questions: bool = False,
        store_declined: bool = False,
        declined_days: int = 30,
        pragmas: Mapping[str, Any] | None = None,
    ) -> Storage:
        """Open (creating the folder and file) the store at `path`; unusable paths give a store that records nothing."""
        p = Path(path)
        conn: sqlite3.Connection | None = None
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(p, timeout=5.0, check_same_thread=False, isolation_level=None)
            conn.execute("pragma busy_timeout = 5000")
            _use_wal(conn)
            conn.execute("pragma synchronous = normal")
            conn.execute("pragma secure_delete = on")  # deleted rows are overwritten, not left in free pages
            for key, value in (pragmas or {}).items():
                conn.execute(f"pragma {key} = {int(value)}")
            conn.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            log.warning("usage storage unavailable at %s (%s); answers still work, nothing is recorded", p, _reason(exc))
            if conn is not None:
                conn.close()
            conn = None
        store = cls(conn, salt=salt, store_questions=store_questions, store_declined=store_declined,
                    declined_days=declined_days, path=p)
        store.purge_declined()
        return store

    @property
    def available(self) -> bool:
        """True when the database is open (writes may still fail, e.g. on a full disk)."""
        return self._conn is not None

    # -- internals -----------------------------------------------------------------------------

    def _stored_salt(self) -> str:
        """The salt kept in the database, generated on first use (in memory only if the DB is unusable)."""
        fresh = secrets.token_hex(16)
        if self._conn is None:
            return fresh
        try:
            with self._lock:
                self._conn.execute("insert or ignore into meta (key, value) values ('salt', ?)", (fresh,))
                row = self._conn.execute("select value from meta where key = 'salt'").fetchone()
            return str(row[0]) if row else fresh
        except sqlite3.Error as exc:
            self._failure(exc)
            return fresh

    def _failure(self, exc: BaseException) -> None:
        if not self._failed:
            self._failed = True
            log.warning("usage storage write failed (%s); answers still work, feedback and counts are not recorded", _reason(exc))

    def _write(self, statements: list[tuple[str, tuple[Any, ...]]]) -> int | None:
        """Run statements in one transaction: the rows they changed, or None (logged once) when the
        database refuses."""
        if self._conn is None:
            return None
        try:
            with self._lock:
                self._conn.execute("begin immediate")
                try:
                    changed = sum(self._conn.execute(sql, params).rowcount for sql, params in statements)
                    self._conn.execute("commit")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("rollback")
                    raise
        except sqlite3.Error as exc:
            self._failure(exc)
            return None
        if self._failed:
            self._failed = False
            log.info("usage storage writes work again")
        return changed

    # -- public API ----------------------------------------------------------------------------

    def user_hash(self, user_id: int | str) -> str:
        """A salted, keyed hash of a user id: the only form in which a user is ever stored."""
        return hmac.new(self._salt, str(user_id).encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def record_question(
        self, user_hash: str, intent: str | None, declined: bool, day: str | None = None, *, text: str | None = None,
        declined_text: str | None = None, crisis: bool = False,
    ) -> bool:
        """Count one question for `intent` (declined ones under "(declined)"); the text only if
        store_questions; `declined_text` (a declined, non-crisis question) masked, only if store_declined."""
        d = day or today()
        name = intent or DECLINED
        statements: list[tuple[str, tuple[Any, ...]]] = [
            (
                "insert into daily (day, intent, asked, declined) values (?, ?, 1, ?) "
                "on conflict (day, intent) do update set asked = asked + 1, declined = declined + excluded.declined",
                (d, name, 1 if declined else 0),
            ),
            ("insert or ignore into active (day, user_hash) values (?, ?)", (d, user_hash)),
        ]
        if crisis:
            statements.append(
                ("insert into crisis_daily (day, n) values (?, 1) on conflict (day) do update set n = n + 1", (d,))
            )
        if self.store_questions and text is not None:
            statements.append(
                ("insert into questions (day, user_hash, intent, text) values (?, ?, ?, ?)", (d, user_hash, intent, text))
            )
        if self.store_declined and declined and declined_text and declined_text.strip():
            statements.append(
                ("insert into declined (day, user_hash, text) values (?, ?, ?)", (d, user_hash, mask_personal(declined_text)[:2000]))
            )
            self.purge_declined(d)
        return self._write(statements) is not None

    def purge_declined(self, day: str | None = None) -> int:
        """Delete declined questions older than `declined_days` (at most once a day), then move
        the write-ahead log into the database and truncate it, so they are gone from disk."""
        d = day or today()
        if self._conn is None or self._purged == d:
            return 0
        self._purged = d
        cutoff = (dtm.date.fromisoformat(d) - dtm.timedelta(days=self.declined_days)).isoformat()
        gone = self._write([("delete from declined where day <= ?", (cutoff,))]) or 0
        if gone:
            self.checkpoint()
        return gone

    def declined_questions(self, days: int = 30, *, until: str | None = None) -> list[tuple[str, str]]:
        """(day, masked text) of the declined questions kept for the last `days` days, newest first."""
        if self._conn is None:
            return []
        end = dtm.date.fromisoformat(until) if until else dtm.datetime.now(dtm.timezone.utc).date()
        start = (end - dtm.timedelta(days=max(1, days) - 1)).isoformat()
        try:
            with self._lock:
                rows = self._conn.execute(
                    "select day, text from declined where day between ? and ? order by day desc, id desc", (start, end.isoformat())
                ).fetchall()
        except sqlite3.Error as exc:
            self._failure(exc)
            return []
        return [(str(d), str(t)) for d, t in rows]

    def record_feedback(self, user_hash: str, intent: str, helpful: bool, day: str | None = None) -> bool:
        """Keep one helpful/not-helpful vote per user, intent and day (a second press replaces the first)."""
        return self._write(
            [
                (
                    "insert into feedback (user_hash, intent, day, helpful) values (?, ?, ?, ?) "
                    "on conflict (user_hash, intent, day) do update set helpful = excluded.helpful",
                    (user_hash, intent, day or today(), 1 if helpful else 0),
                )
            ]
        ) is not None

    def forget(self, user_hash: str) -> int | None:
        """Delete every row that carries `user_hash`; the number deleted, or None if the store is unusable.

        The deleted rows are overwritten (secure_delete) and the write-ahead log is checkpointed and
        truncated at once, so their text is gone from disk now, not at the next shutdown."""
        deleted = self._write(
            [(f"delete from {table} where user_hash = ?", (user_hash,)) for table in USER_TABLES]
        )
        if deleted is not None:
            self.checkpoint()
        return deleted

    def checkpoint(self) -> bool:
        """Copy the write-ahead log into the database and truncate it to zero bytes."""
        if self._conn is None:
            return False
        try:
            with self._lock:
                busy = self._conn.execute("pragma wal_checkpoint(truncate)").fetchone()[0]
        except sqlite3.Error as exc:
            self._failure(exc)
            return False
        return not busy

    def holds(self, user_hash: str) -> int:
        """How many rows carry `user_hash` (0 when the store is unusable)."""
        if self._conn is None:
            return 0
        try:
            with self._lock:
                return sum(
                    int(self._conn.execute(f"select count(*) from {t} where user_hash = ?", (user_hash,)).fetchone()[0])
                    for t in USER_TABLES
                )
        except sqlite3.Error:
            return 0

    def stats(self, days: int = 7, *, until: str | None = None) -> dict[str, Any]:
        """Totals for the last `days` days up to `until` (today): per day, top intents, decline rate, feedback."""
        end = dtm.date.fromisoformat(until) if until else dtm.datetime.now(dtm.timezone.utc).date()
        start = (end - dtm.timedelta(days=max(1, days) - 1)).isoformat()
        stop = end.isoformat()
        out: dict[str, Any] = {
            "from": start, "to": stop, "available": self._conn is not None, "questions": 0, "declined": 0,
            "decline_rate": 0.0, "users": 0, "crisis": 0, "per_day": [], "top_intents": [],
            "feedback": {"helpful": 0, "not_helpful": 0, "by_intent": []},
        }
        if self._conn is None:
            return out
        q = self._conn.execute
        try:
            with self._lock:
                per_day = q(
                    "select day, sum(asked), sum(declined) from daily where day between ? and ? group by day order by day",
                    (start, stop),
                ).fetchall()
                users_per_day = dict(
                    q("select day, count(*) from active where day between ? and ? group by day", (start, stop)).fetchall()
                )
                users = q("select count(distinct user_hash) from active where day between ? and ?", (start, stop)).fetchone()[0]
                top = q(
                    "select intent, sum(asked) as n from daily where day between ? and ? and intent != ? "
                    "group by intent order by n desc, intent limit 10",
                    (start, stop, DECLINED),
                ).fetchall()
                crisis = dict(q("select day, n from crisis_daily where day between ? and ?", (start, stop)).fetchall())
                fb = q(
                    "select intent, sum(helpful), sum(1 - helpful) from feedback where day between ? and ? "
                    "group by intent order by count(*) desc, intent",
                    (start, stop),
                ).fetchall()
        except sqlite3.Error as exc:
            self._failure(exc)
            out["available"] = False
            return out
        asked = sum(int(r[1]) for r in per_day)
        declined = sum(int(r[2]) for r in per_day)
        out.update(
            questions=asked,
            declined=declined,
            decline_rate=(declined / asked) if asked else 0.0,
            users=int(users or 0),
            crisis=sum(int(n) for n in crisis.values()),
            per_day=[
                {"day": d, "questions": int(a), "declined": int(x), "users": int(users_per_day.get(d, 0)),
                 "crisis": int(crisis.get(d, 0))}
                for d, a, x in per_day
            ],
            top_intents=[(str(i), int(n)) for i, n in top],
            feedback={
                "helpful": sum(int(r[1]) for r in fb),
                "not_helpful": sum(int(r[2]) for r in fb),
                "by_intent": [(str(i), int(h), int(n)) for i, h, n in fb],
            },
        )
        return out

    def close(self) -> None:
        """Close the database (checkpointing the WAL)."""
        if self._conn is not None:
            with self._lock:
                with contextlib.suppress(sqlite3.Error):  # closing never matters for answers
                    self._conn.close()
                self._conn = None


def _use_wal(conn: sqlite3.Connection, timeout: float = 5.0) -> None:
    """Switch the database to WAL, waiting up to `timeout` seconds for other connections.

    While another connection writes to a database not yet in WAL mode (as when several processes
    create it together), SQLite refuses the switch at once with SQLITE_BUSY, skipping the busy
    timeout to avoid a deadlock; giving up would leave this process recording nothing all run."""
    deadline = time.monotonic() + timeout
    delay = 0.005
    while True:
        try:
            conn.execute("pragma journal_mode = wal")
            return
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(0.1, delay * 2)


def _busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _reason(exc: BaseException) -> str:
    """A short, text-free reason for a storage failure."""
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
