"""Work done at start-up, kept between runs in the per-user cache folder.

Most of a cold start went on two pure computations: reading which strings each of the safety
and filler patterns can begin with (`normalise.WordStartPattern`), and tokenising every example
of the knowledge base (`matcher.Matcher`). Each result depends only on its input and on the code
and data that compute it, so each kind is kept in one JSON file named by a digest of that code
and data: an edit, or another knowledge base, starts a new file, and an old one is never read.

JSON, not pickle: the folder is the user's, and reading it must not run code. A file that cannot
be read, or holds something unexpected, is ignored and the work is done again; one that cannot be
written is skipped. Nothing here changes an answer, only how soon the first one comes.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from bot.config import user_dir

class JsonCache:
    """A string-keyed map of JSON values, read from its file on first use and written by `save`."""

    def __init__(self, name: str, *parts: str | bytes) -> None:
        digest = hashlib.sha256()
        for part in parts:
            data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big") + data)
        self.name = name
        self.path = user_dir("cache") / f"{name}-{digest.hexdigest()[:20]}.json"
        self._data: dict[str, Any] | None = None
        self._added = False

    def _entries(self) -> dict[str, Any]:
        if self._data is None:
            self._data = {}
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None
            if isinstance(data, dict):
                self._data = data
        return self._data

    def get(self, key: str) -> Any:
        return self._entries().get(key)

    def put(self, key: str, value: Any) -> None:
        self._entries()[key] = value
        self._added = True

    def save(self) -> None:
        """Write the file if anything was added (atomically), and remove this cache's files for
        other code or knowledge."""
        if not self._added or self._data is None:
            return
        self._added = False
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{self.name}-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(self._data, fh, ensure_ascii=False, separators=(",", ":"))
                os.replace(tmp, self.path)
            finally:
                Path(tmp).unlink(missing_ok=True)
            for old in folder.glob(f"{self.name}-*.json"):
                if old != self.path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # (a read-only or full cache folder: the work is done again next time)

