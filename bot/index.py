"""The compiled index: one SQLite file built from the YAML with sqlite-utils.

Two tables, both read: `meta` (the schema version, the knowledge fingerprint, and the whole
validated knowledge base as JSON, which is what the assistant loads at start-up: one read
instead of parsing and validating YAML) and `passages` (each document cut into sections, with
an FTS5 index over their normalised words, for quoting a document extract).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path

import sqlite_utils

from bot.answer import Source
from bot.config import user_dir
from bot.knowledge import Command, Contact, Document, Intent, KnowledgeBase, MenuItem, Version
from bot.normalise import Normaliser

SCHEMA_VERSION = "5"
_NUMBERED = re.compile(r"^\s*-?\s*(\d+\.\d+)\b")
_HEADING_STRIP = re.compile(r"[*#_]+")


def default_index_path(knowledge_root: Path) -> Path:
    """The index for a knowledge folder, in the per-user cache folder (one file per folder), or a
    per-user temp file when that cannot be created. Never inside the knowledge or the package."""
    key = hashlib.sha256(str(Path(knowledge_root).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    cache = user_dir("cache")
    try:
        cache.mkdir(parents=True, exist_ok=True)
        if os.access(cache, os.W_OK):
            return cache / f"index-{key}.sqlite"
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / f"cdp-bot-index-{os.getuid() if hasattr(os, 'getuid') else 0}-{key}.sqlite"


def normaliser_for(kb: KnowledgeBase) -> Normaliser:
    return Normaliser(kb.acronyms, kb.case_sensitive, kb.synonyms, described=kb.described)


# --- passages --------------------------------------------------------------------------------

def split_passages(doc: Document, *, max_chars: int = 700) -> list[tuple[str, str]]:
    """Split a document into (section, passage) pairs at blank lines and numbered paragraphs."""
    blocks: list[str] = []
    current: list[str] = []
    for line in doc.text.splitlines():
        stripped = line.strip()
        starts_new = not stripped or bool(_NUMBERED.match(line)) or stripped.startswith("**")
        if starts_new and current:
            blocks.append(" ".join(current))
            current = []
        if stripped:
            current.append(stripped)
    if current:
        blocks.append(" ".join(current))
    out: list[tuple[str, str]] = []
    section = prev_section = doc.title
    buf = ""
    for block in blocks:
        clean = _HEADING_STRIP.sub("", block).strip(" -\u2022")
        if not clean:
            continue
        m = _NUMBERED.match(block)
        is_heading = len(clean) < 70 and not clean.endswith((".", ":", ";", ","))
        if m:
            section = f"paragraph {m.group(1)}"
        elif is_heading and len(clean.split()) <= 10:
            section = clean
            if buf:
                out.append((prev_section, buf))
                buf = ""
            continue
        if buf and len(buf) + len(clean) > max_chars:
            out.append((prev_section, buf))
            buf = ""
        if not buf:
            prev_section = section
        buf = f"{buf} {clean}".strip()
    if buf:
        out.append((prev_section, buf))
    return out


# --- (de)serialising the knowledge base --------------------------------------------------------

def kb_to_json(kb: KnowledgeBase) -> str:
    return json.dumps(
        {
            "documents": {k: asdict(v) for k, v in kb.documents.items()},
            "contacts": {k: asdict(v) for k, v in kb.contacts.items()},
            "intents": {k: asdict(v) for k, v in kb.intents.items()},
            "acronyms": kb.acronyms,
            "case_sensitive": kb.case_sensitive,
            "synonyms": kb.synonyms,
            "described": kb.described,
            "fingerprint": kb.fingerprint,
            "menu": [asdict(m) for m in kb.menu],
            "decline_menu": [asdict(m) for m in kb.decline_menu],
            "commands": [asdict(c) for c in kb.commands],
        }
    )


def kb_from_json(text: str) -> KnowledgeBase:
    data = json.loads(text)
    intents: dict[str, Intent] = {}
    for k, v in data["intents"].items():
        versions = tuple(
            Version(
                answer=ver["answer"],
                sources=tuple(Source(**s) for s in ver["sources"]),
                period=ver["period"],
                years=tuple(ver["years"]),
            )
            for ver in v["versions"]
        )
        intents[k] = Intent(
            id=v["id"],
            title=v["title"],
            kind=v["kind"],
            topic=v["topic"],
            examples=tuple(v["examples"]),
            keywords=tuple(v["keywords"]),
            versions=versions,
            related=tuple(v["related"]),
            phrasings=tuple(v["phrasings"]),
            situation=v["situation"],
            where=v["where"],
            needs=tuple(v.get("needs", ())),
        )
    return KnowledgeBase(
        documents={k: Document(**v) for k, v in data["documents"].items()},
        contacts={k: Contact(**v) for k, v in data["contacts"].items()},
        intents=intents,
        acronyms=data["acronyms"],
        case_sensitive=data["case_sensitive"],
        synonyms=data["synonyms"],
        described={k: tuple(tuple(g) for g in v) for k, v in data.get("described", {}).items()},
        fingerprint=data["fingerprint"],
        menu=tuple(MenuItem(**m) for m in data["menu"]),
        decline_menu=tuple(MenuItem(**m) for m in data["decline_menu"]),
        commands=tuple(Command(**c) for c in data["commands"]),
    )


# --- build and read ---------------------------------------------------------------------------

def build_index(kb: KnowledgeBase, path: Path) -> Path:
    """Write the index for `kb` to `path` atomically (a new file renamed over the old one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".index-", suffix=".sqlite", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite_utils.Database(tmp)
        norm = normaliser_for(kb)
        db.table("meta").insert_all(
            [
                {"key": "schema", "value": SCHEMA_VERSION},
                {"key": "fingerprint", "value": kb.fingerprint},
                {"key": "kb_json", "value": kb_to_json(kb)},
            ],
            pk="key",
        )
        passages = []
        for d in kb.documents.values():
            for section, text in split_passages(d):
                passages.append({"document": d.id, "section": section, "text": text, "norm": norm.text(text)})
        db.table("passages").insert_all(passages)
        db.table("passages").enable_fts(["norm"], tokenize="unicode61")
        db.conn.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def index_fingerprint(path: Path) -> str | None:
    """The knowledge fingerprint an index was built from, or None if it is missing or unreadable."""
    if not path.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("select value from meta where key = 'fingerprint'").fetchone()
            schema = conn.execute("select value from meta where key = 'schema'").fetchone()
        if not row or not schema or schema[0] != SCHEMA_VERSION:
            return None
        return str(row[0])
    except sqlite3.Error:
        return None


def read_index(path: Path) -> KnowledgeBase:
    """The knowledge base stored in an index."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        row = conn.execute("select value from meta where key = 'kb_json'").fetchone()
    if not row:
        raise sqlite3.DatabaseError("index has no knowledge base")
    return kb_from_json(row[0])


class PassageSearch:
    """FTS5/BM25 search over document passages in the index (read-only, thread-safe)."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def search(self, tokens: list[str], *, limit: int = 3) -> list[tuple[str, str, str, str, float]]:
        """Best passages for stemmed tokens: (document, section, text, norm, bm25) best first."""
        words = [t for t in tokens if t.isalnum()]
        if not words:
            return []
        match = " OR ".join(f'"{t}"' for t in words)
        sql = (
            "select p.document, p.section, p.text, p.norm, bm25(passages_fts) as rank "
            "from passages_fts join passages p on p.rowid = passages_fts.rowid "
            "where passages_fts match ? order by rank limit ?"
        )
        with self._lock:
            try:
                return [(str(r[0]), str(r[1]), str(r[2]), str(r[3]), float(r[4])) for r in self._conn.execute(sql, (match, limit))]
            except sqlite3.Error:
                return []

    def token_df(self) -> dict[str, int]:
        """In how many passages each normalised token appears."""
        df: dict[str, int] = {}
        with self._lock:
            for (norm,) in self._conn.execute("select norm from passages"):
                for t in set(norm.split()):
                    df[t] = df.get(t, 0) + 1
        return df

    def close(self) -> None:
        with self._lock:
            self._conn.close()
