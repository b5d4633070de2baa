"""Loading and validating the knowledge base (knowledge/*.yaml) into plain objects.

`load_knowledge(path)` returns a `KnowledgeBase` or raises `KnowledgeError` whose `problems`
each name a file and line. Only `yaml.SafeLoader` (C-accelerated where available) is used:
tags that would construct Python objects are refused.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.answer import Source

MAX_FILE_BYTES = 2_000_000
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PLACEHOLDER_RE = re.compile(r"\{(phone|text|web|email|contact):([a-z0-9-]+)\}")
KINDS = ("info", "help", "meta", "decline")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
CONTACTS_DOC = "contacts"

try:
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - pure-Python PyYAML
    _Loader = yaml.SafeLoader


class KnowledgeError(Exception):
    """The knowledge base cannot be used; `problems` lists every reason, each "file:line: what"."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        first = problems[0] if problems else "unknown problem"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more)


@dataclass(frozen=True)
class Document:
    id: str
    file: str
    title: str
    date: str
    kind: str
    text: str


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    phone: str = ""
    text: str = ""
    web: str = ""
    email: str = ""
    hours: str = ""
    note: str = ""

    @property
    def reachable(self) -> bool:
        return bool(self.phone or self.text or self.web or self.email)


@dataclass(frozen=True)
class Version:
    answer: str
    sources: tuple[Source, ...]
    period: str = ""
    years: tuple[int, ...] = ()

    @property
    def as_of(self) -> str:
        """The newest date among this version's sources (YYYY[-MM[-DD]])."""
        return max((s.date for s in self.sources if s.date), default="")


@dataclass(frozen=True)
class Intent:
    id: str
    title: str
    kind: str
    topic: str
    examples: tuple[str, ...]
    keywords: tuple[str, ...]
    versions: tuple[Version, ...]
    contacts: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    where: str = ""

    @property
    def latest(self) -> Version:
        return max(self.versions, key=lambda v: (v.as_of, v.period))

    @property
    def year_aware(self) -> bool:
        return len(self.versions) > 1


@dataclass
class KnowledgeBase:
    documents: dict[str, Document]
    contacts: dict[str, Contact]
    intents: dict[str, Intent]
    acronyms: dict[str, str] = field(default_factory=dict)
    case_sensitive: dict[str, str] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""


def human_date(date: str) -> str:
    """'2023-01-04' -> '4 January 2023'; '2021-06' -> 'June 2021'; '2021' -> '2021'."""
    parts = date.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return date


def knowledge_files(root: Path) -> list[Path]:
    """Every file the knowledge base is built from, in a stable order."""
    files = [root / "sources.yaml", root / "contacts.yaml", root / "synonyms.yaml"]
    files += sorted((root / "intents").glob("*.yaml"))
    files += sorted((root / "sources").glob("*.txt"))
    return files


def fingerprint(root: Path) -> str:
    """A hash of every knowledge file's name and bytes: the index is stale when it changes."""
    h = hashlib.sha256()
    for f in knowledge_files(root):
        h.update(f.name.encode())
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()[:20]


class _Reader:
    """Collects problems while reading, so `kb check` can report all of them at once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[str] = []

    def where(self, path: Path, line: int | None = None) -> str:
        try:
            rel = path.relative_to(self.root.parent)
        except ValueError:
            rel = path
        return f"{rel}:{line}" if line else str(rel)

    def problem(self, path: Path, line: int | None, message: str) -> None:
        self.problems.append(f"{self.where(path, line)}: {message}")

    def load_yaml(self, path: Path) -> tuple[Any, dict[int, int]]:
        """Parse one YAML file; returns (data, {id(node value): line}) or (None, {}) on error."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            self.problem(path, None, f"cannot read: {exc.strerror}")
            return None, {}
        if size > MAX_FILE_BYTES:
            self.problem(path, None, f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit")
            return None, {}
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(path, None, f"cannot read as UTF-8 text: {exc}")
            return None, {}
        try:
            node = yaml.compose(text, Loader=_Loader)
            data = yaml.load(text, Loader=_Loader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else None
            self.problem(path, line, f"not valid YAML: {exc.problem or exc.context}")
            return None, {}
        except yaml.YAMLError as exc:
            self.problem(path, None, f"not valid YAML: {exc}")
            return None, {}
        for line, key in _duplicate_keys(node):
            self.problem(path, line, f"key {key!r} appears twice in the same mapping (the first would be silently lost)")
        return data, _item_lines(node)


def _duplicate_keys(node: Any) -> list[tuple[int, str]]:
    """(line, key) of every key that repeats within one mapping, anywhere in the document."""
    found: list[tuple[int, str]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        found.append((key.start_mark.line + 1, key.value))
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return sorted(found)


def _item_lines(node: Any) -> dict[int, int]:
    """Line numbers of the items of top-level sequences (by position), keyed by index path."""
    lines: dict[int, int] = {}
    if isinstance(node, yaml.MappingNode):
        for _key, value in node.value:
            if isinstance(value, yaml.SequenceNode):
                for i, item in enumerate(value.value):
                    lines[i] = item.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[i] = item.start_mark.line + 1
    return lines


_LIST_LINE = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)]|[a-f]\))\s")


def unwrap(text: str) -> str:
    """Join hard-wrapped lines into paragraphs; keep blank lines and list items as they are."""
    out: list[str] = []
    for line in text.strip().splitlines():
        line = line.rstrip()
        if out and line and out[-1] and not _LIST_LINE.match(line) and not out[-1].endswith(":"):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _str(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _str_list(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return None


def load_knowledge(root: Path | str) -> KnowledgeBase:
    """Read and validate the knowledge base at `root`; raise KnowledgeError listing all problems."""
    root = Path(root)
    r = _Reader(root)
    if not root.is_dir():
        raise KnowledgeError([f"{root}: knowledge folder not found"])

    documents = _read_documents(r, root)
    contacts = _read_contacts(r, root)
    acronyms, case_sensitive, synonyms = _read_synonyms(r, root)
    intents = _read_intents(r, root, documents, contacts)
    if r.problems:
        raise KnowledgeError(r.problems)
    return KnowledgeBase(
        documents=documents,
        contacts=contacts,
        intents=intents,
        acronyms=acronyms,
        case_sensitive=case_sensitive,
        synonyms=synonyms,
        fingerprint=fingerprint(root),
    )


def _entries(r: _Reader, path: Path, key: str) -> list[tuple[dict[str, Any], int | None]]:
    """The mappings listed under `key` in a YAML file, each with its line; problems are recorded."""
    data, lines = r.load_yaml(path)
    if data is None:
        return []
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        r.problem(path, None, f"expected a mapping with a '{key}' list")
        return []
    out: list[tuple[dict[str, Any], int | None]] = []
    for i, item in enumerate(items):
        if isinstance(item, dict):
            out.append((item, lines.get(i)))
        else:
            r.problem(path, lines.get(i), f"each entry of '{key}' must be a mapping")
    return out


def _read_documents(r: _Reader, root: Path) -> dict[str, Document]:
    path = root / "sources.yaml"
    docs: dict[str, Document] = {}
    for item, line in _entries(r, path, "documents"):
        doc_id, file = _str(item.get("id")), _str(item.get("file"))
        date = _str(item.get("date"))
        if not doc_id or not file:
            r.problem(path, line, "a document needs 'id' and 'file'")
            continue
        if doc_id in docs:
            r.problem(path, line, f"duplicate document id '{doc_id}'")
        if not re.fullmatch(r"\d{4}(-\d\d){0,2}", date):
            r.problem(path, line, f"document '{doc_id}': date must be YYYY, YYYY-MM or YYYY-MM-DD, not {date!r}")
        try:
            text = (root / file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            r.problem(path, line, f"document '{doc_id}': cannot read {file}: {exc}")
            text = ""
        docs[doc_id] = Document(doc_id, file, _str(item.get("title")) or doc_id, date, _str(item.get("kind")), text)
    return docs


def _read_contacts(r: _Reader, root: Path) -> dict[str, Contact]:
    path = root / "contacts.yaml"
    contacts: dict[str, Contact] = {}
    for item, line in _entries(r, path, "contacts"):
        cid, name = _str(item.get("id")), _str(item.get("name"))
        if not cid or not name:
            r.problem(path, line, "each contact needs an 'id' and a 'name'")
            continue
        if cid in contacts:
            r.problem(path, line, f"duplicate contact id '{cid}'")
        contacts[cid] = Contact(
            id=cid,
            name=name,
            phone=_str(item.get("phone")),
            text=_str(item.get("text")),
            web=_str(item.get("web")),
            email=_str(item.get("email")),
            hours=_str(item.get("hours")),
            note=_str(item.get("note")),
        )
    return contacts


def _read_synonyms(r: _Reader, root: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    path = root / "synonyms.yaml"
    data, _ = r.load_yaml(path)
    out: list[dict[str, str]] = []
    for key in ("acronyms", "case_sensitive", "synonyms"):
        section = data.get(key) if isinstance(data, dict) else None
        if section is None:
            out.append({})
            continue
        if not isinstance(section, dict) or not all(
            isinstance(k, (str, int)) and isinstance(v, (str, int)) for k, v in section.items()
        ):
            r.problem(path, None, f"'{key}' must map words to words")
            out.append({})
            continue
        out.append({str(k): str(v) for k, v in section.items()})
    return out[0], out[1], out[2]


def _read_sources(
    r: _Reader, path: Path, line: int | None, owner: str, value: Any, documents: dict[str, Document]
) -> tuple[Source, ...]:
    if not isinstance(value, list):
        r.problem(path, line, f"intent '{owner}': 'sources' must be a list of {{doc, section}}")
        return ()
    out: list[Source] = []
    for s in value:
        if not isinstance(s, dict) or not _str(s.get("doc")):
            r.problem(path, line, f"intent '{owner}': each source needs 'doc' and 'section'")
            continue
        doc_id, section = _str(s.get("doc")), _str(s.get("section"))
        if not section:
            r.problem(path, line, f"intent '{owner}': source '{doc_id}' has no section")
        if doc_id == CONTACTS_DOC:
            out.append(Source(CONTACTS_DOC, section, "2026-11-23", "Vetted contacts list"))
        elif doc_id not in documents:
            r.problem(path, line, f"intent '{owner}': unknown source document '{doc_id}'")
        else:
            d = documents[doc_id]
            out.append(Source(doc_id, section, d.date, d.title))
    return tuple(out)


def _read_version(
    r: _Reader, path: Path, line: int | None, owner: str, item: dict[str, Any], documents: dict[str, Document]
) -> Version | None:
    answer = item.get("answer")
    if not isinstance(answer, str) or not answer.strip():
        r.problem(path, line, f"intent '{owner}': missing or empty 'answer'")
        return None
    sources = _read_sources(r, path, line, owner, item.get("sources", []), documents)
    years_raw = item.get("years", [])
    years: list[int] = []
    for y in years_raw if isinstance(years_raw, list) else [years_raw]:
        try:
            years.append(int(y))
        except (TypeError, ValueError):
            r.problem(path, line, f"intent '{owner}': year {y!r} is not a year")
    return Version(unwrap(answer), sources, _str(item.get("period")), tuple(years))


def _read_intents(
    r: _Reader, root: Path, documents: dict[str, Document], contacts: dict[str, Contact]
) -> dict[str, Intent]:
    intents: dict[str, Intent] = {}
    first_seen: dict[str, str] = {}
    pending_related: list[tuple[Path, int | None, str, tuple[str, ...]]] = []
    files = sorted((root / "intents").glob("*.yaml"))
    if not files:
        r.problem(root / "intents", None, "no intent files (*.yaml)")
    for path in files:
        data, lines = r.load_yaml(path)
        if data is None:
            continue
        items = data.get("intents") if isinstance(data, dict) else None
        if not isinstance(items, list):
            r.problem(path, None, "expected a mapping with 'topic' and an 'intents' list")
            continue
        topic = _str(data.get("topic")) or path.stem
        for i, item in enumerate(items):
            line = lines.get(i)
            intent = _read_intent(r, path, line, topic, item, documents, contacts)
            if intent is None:
                continue
            if intent.id in intents:
                r.problem(path, line, f"duplicate intent id '{intent.id}' (first at {first_seen[intent.id]})")
                continue
            intents[intent.id] = intent
            first_seen[intent.id] = r.where(path, line)
            pending_related.append((path, line, intent.id, intent.related))
    for path, line, owner, related in pending_related:
        for rel in related:
            if rel not in intents:
                r.problem(path, line, f"intent '{owner}': related intent '{rel}' does not exist")
    return intents


def _read_intent(
    r: _Reader,
    path: Path,
    line: int | None,
    topic: str,
    item: Any,
    documents: dict[str, Document],
    contacts: dict[str, Contact],
) -> Intent | None:
    if not isinstance(item, dict):
        r.problem(path, line, "each intent must be a mapping")
        return None
    iid = _str(item.get("id"))
    if not ID_RE.match(iid):
        r.problem(path, line, f"intent id {iid!r} must be lower-case letters, digits and dashes")
        return None
    kind = _str(item.get("kind")) or "info"
    if kind not in KINDS:
        r.problem(path, line, f"intent '{iid}': kind must be one of {', '.join(KINDS)}")
    examples = _str_list(item.get("examples"))
    keywords = _str_list(item.get("keywords"))
    contact_ids = _str_list(item.get("contacts"))
    related = _str_list(item.get("related"))
    for name, value in (("examples", examples), ("keywords", keywords), ("contacts", contact_ids), ("related", related)):
        if value is None:
            r.problem(path, line, f"intent '{iid}': '{name}' must be a list of strings")
    if not examples:
        r.problem(path, line, f"intent '{iid}': needs at least one example")
    versions: list[Version] = []
    if "versions" in item:
        raw = item["versions"]
        if not isinstance(raw, list) or not raw or not all(isinstance(v, dict) for v in raw):
            r.problem(path, line, f"intent '{iid}': 'versions' must be a non-empty list of mappings")
        else:
            for v in raw:
                ver = _read_version(r, path, line, iid, v, documents)
                if ver is not None:
                    versions.append(ver)
    else:
        ver = _read_version(r, path, line, iid, item, documents)
        if ver is not None:
            versions.append(ver)
    if kind in ("info", "help") and versions and not all(v.sources for v in versions):
        r.problem(path, line, f"intent '{iid}': every answer needs at least one source")
    for cid in contact_ids or ():
        if cid not in contacts:
            r.problem(path, line, f"intent '{iid}': unknown contact '{cid}'")
    for v in versions:
        for _field, cid in PLACEHOLDER_RE.findall(v.answer):
            if cid not in contacts:
                r.problem(path, line, f"intent '{iid}': answer names unknown contact '{cid}'")
    if not versions:
        return None
    return Intent(
        id=iid,
        title=_str(item.get("title")) or iid,
        kind=kind,
        topic=topic,
        examples=examples or (),
        keywords=keywords or (),
        versions=tuple(versions),
        contacts=contact_ids or (),
        related=related or (),
        where=r.where(path, line),
    )
