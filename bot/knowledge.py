"""Loading and validating the knowledge base (knowledge/*.yaml) into plain objects.

`load_knowledge(path)` returns a `KnowledgeBase` or raises `KnowledgeError` whose `problems`
each name a file and line. YAML is read with `bot.yamlsafe` (safe loader, no aliases). Every file
read must be a regular file that resolves inside the knowledge folder (no absolute paths, no `..`,
no symlink leading out) and under a size cap.
"""
from __future__ import annotations

import hashlib
import os
import re
import typing
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from bot.answer import Source
from bot.normalise import fold
from bot.yamlsafe import YamlError, load_yaml

MAX_FILE_BYTES = 2_000_000
"""The cap on one YAML file of the knowledge base."""
MAX_DOCUMENT_BYTES = 5_000_000
"""The cap on one source document's text (a 50-page report is about 200 kB of text)."""
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PLACEHOLDER_RE = re.compile(r"\{(phone|text|web|email):([a-z0-9-]+)\}")
IntentKind = Literal["info", "help", "meta", "decline"]
"""What an intent is: a fact (info), citizen signposting (help), small talk (meta), or a known
out-of-scope topic (decline). Not to be confused with answer kinds (bot.answer.AnswerKind)."""
KINDS: tuple[IntentKind, ...] = typing.get_args(IntentKind)
MONTHS = "January February March April May June July August September October November December".split()
CONTACTS_DOC = "contacts"


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
    kind: IntentKind
    topic: str
    examples: tuple[str, ...]
    keywords: tuple[str, ...]
    versions: tuple[Version, ...]
    related: tuple[str, ...] = ()
    situation: str = ""
    """For a help intent: the kind of situation it is for ("drugs-alcohol"). A message describing
    two situations gets the help for both; two intents of one situation never answer together."""
    phrasings: tuple[str, ...] = ()
    """More ways people ask, from phrasings/*.yaml: matched like examples, but a year they name
    does not tie the intent to that year."""
    where: str = ""
    needs: tuple[str, ...] = ()
    """Words one of which the message must hold for the intent to be what it is about: for a known
    out-of-scope topic ("address", "solicitor"), so that a message that only shares the topic's
    other words ("the chair", "the boss") is not about it; for an answer about one group of
    people (Juno's work with children), so that a story that only shares its other words is not."""

    def needs_met(self, folded: str) -> bool:
        """Whether folded text holds one of the words this topic `needs` (each as itself or with
        "s" or "es" added); True when it needs none."""
        return not self.needs or _needs_pattern(self.needs).search(folded) is not None

    @property
    def latest(self) -> Version:
        return max(self.versions, key=lambda v: (v.as_of, v.period))

    @property
    def year_aware(self) -> bool:
        return len(self.versions) > 1


@lru_cache(maxsize=256)
def _needs_pattern(needs: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(fold(w)) for w in needs)
    return re.compile(rf"\b(?:{words})(?:s|es)?\b")


@dataclass(frozen=True)
class MenuItem:
    """A button that answers one intent: the topic menu, and the suggestions under a decline."""

    intent: str
    label: str


@dataclass(frozen=True)
class Command:
    """A command that answers one intent (/subgroups); with `year`, it takes one (/priorities 2016)."""

    name: str
    intent: str
    description: str
    year: bool = False


@dataclass
class KnowledgeBase:
    documents: dict[str, Document]
    contacts: dict[str, Contact]
    intents: dict[str, Intent]
    acronyms: dict[str, str] = field(default_factory=dict)
    case_sensitive: dict[str, str] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)
    described: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    """A situation told without its name ("her family are planning her wedding; she said no"):
    the name, and groups of words; a text holding a word of every group also says the name."""
    fingerprint: str = ""
    menu: tuple[MenuItem, ...] = ()
    """The topic menu (/start, /help)."""
    decline_menu: tuple[MenuItem, ...] = ()
    """The suggestions under a reply that cannot answer."""
    commands: tuple[Command, ...] = ()


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
    """The YAML files the knowledge base is built from, in a stable order (documents are named in
    sources.yaml)."""
    files = [root / "sources.yaml", root / "contacts.yaml", root / "synonyms.yaml", root / "menus.yaml"]
    return files + sorted((root / "intents").glob("*.yaml")) + sorted((root / "phrasings").glob("*.yaml"))


FINGERPRINT_SKIP = ("build",)
"""Folders under the knowledge root that are not knowledge (the compiled index lives in build/)."""


def fingerprint(root: Path) -> str:
    """A hash of every file under the knowledge folder (names and bytes; a symlink by its target,
    a file over the document cap by its size and time): the index is stale when it changes."""
    h = hashlib.sha256()
    root = Path(root)
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] in FINGERPRINT_SKIP or (path.is_dir() and not path.is_symlink()):
            continue
        h.update(str(rel).encode("utf-8", "surrogateescape") + b"\0")
        try:
            if path.is_symlink():
                h.update(b"->" + os.fsencode(os.readlink(path)))
                continue
            st = path.stat()
            if st.st_size > MAX_DOCUMENT_BYTES:
                h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
            else:
                h.update(path.read_bytes())
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()[:20]


class _Reader:
    """Collects problems while reading, so `kb check` can report all of them at once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.problems: list[str] = []

    def where(self, path: Path, line: int | None = None) -> str:
        try:
            rel = path.relative_to(self.root.parent)
        except ValueError:
            rel = path
        return f"{rel}:{line}" if line else str(rel)

    def problem(self, path: Path, line: int | None, message: str) -> None:
        self.problems.append(f"{self.where(path, line)}: {message}")

    def read_bytes(self, path: Path, cap: int, *, owner: Path | None = None, line: int | None = None) -> bytes | None:
        """The bytes of `path`, if it is a regular file inside the knowledge folder of at most
        `cap` bytes; otherwise a problem (reported at `owner`:`line` when another file named it)."""
        at, at_line = (owner, line) if owner is not None else (path, None)
        name = path.relative_to(self.root) if path.is_relative_to(self.root) else path
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            self.problem(at, at_line, f"cannot read {name}: {getattr(exc, 'strerror', None) or exc}")
            return None
        if not real.is_relative_to(self.real_root):
            self.problem(at, at_line, f"{name} leads outside the knowledge folder (to {real}); refused")
            return None
        if not real.is_file():
            self.problem(at, at_line, f"{name} is not a regular file; refused")
            return None
        try:
            with real.open("rb") as fh:
                data = fh.read(cap + 1)
        except OSError as exc:
            self.problem(at, at_line, f"cannot read {name}: {exc.strerror}")
            return None
        if len(data) > cap:
            size = real.stat().st_size
            self.problem(at, at_line, f"{name} is {size:,} bytes, over the {cap:,}-byte limit")
            return None
        return data

    def load_yaml(self, path: Path) -> tuple[Any, dict[int, int]]:
        """Parse one YAML file; returns (data, {index: line}) or (None, {}) on error."""
        raw = self.read_bytes(path, MAX_FILE_BYTES)
        if raw is None:
            return None, {}
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.problem(path, None, f"cannot read as UTF-8 text: {exc}")
            return None, {}
        try:
            data, node = load_yaml(text)
        except YamlError as exc:
            self.problem(path, exc.line, exc.reason)
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
    acronyms, case_sensitive, synonyms, described = _read_synonyms(r, root)
    intents = _read_intents(r, root, documents, contacts)
    intents = _read_phrasings(r, root, intents)
    menu, decline_menu, commands = _read_menus(r, root, intents)
    if r.problems:
        raise KnowledgeError(r.problems)
    return KnowledgeBase(
        menu=menu,
        decline_menu=decline_menu,
        commands=commands,
        documents=documents,
        contacts=contacts,
        intents=intents,
        acronyms=acronyms,
        case_sensitive=case_sensitive,
        synonyms=synonyms,
        described=described,
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
        text = ""
        if Path(file).is_absolute() or ".." in Path(file).parts:
            r.problem(path, line, f"document '{doc_id}': file {file!r} must be a path inside the knowledge folder (no absolute path, no '..')")
        else:
            raw = r.read_bytes(root / file, MAX_DOCUMENT_BYTES, owner=path, line=line)
            try:
                text = raw.decode("utf-8") if raw is not None else ""
            except UnicodeDecodeError as exc:
                r.problem(path, line, f"document '{doc_id}': {file} is not UTF-8 text: {exc}")
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


def _read_synonyms(
    r: _Reader, root: Path
) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, tuple[tuple[str, ...], ...]]]:
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
        flags = [k for k, v in section.items() if isinstance(k, bool) or isinstance(v, bool)]
        if flags:  # YAML reads an unquoted no, yes, on or off as true/false, not as the word
            r.problem(path, None, f"'{key}': {flags[0]!r} maps to or from true/false: quote the word (\"no\", \"yes\", \"on\", \"off\")")
            out.append({})
            continue
        out.append({str(k): str(v) for k, v in section.items()})
    return out[0], out[1], out[2], _read_described(r, path, data)


def _read_described(r: _Reader, path: Path, data: Any) -> dict[str, tuple[tuple[str, ...], ...]]:
    """synonyms.yaml's `described`: name -> two or more lists of words or phrases."""
    section = data.get("described") if isinstance(data, dict) else None
    if section is None:
        return {}
    if not isinstance(section, dict):
        r.problem(path, None, "'described' must map a name to lists of words")
        return {}
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name, groups in section.items():
        ok = (
            isinstance(name, str) and name.strip()
            and isinstance(groups, list) and len(groups) >= 2
            and all(isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g) for g in groups)
        )
        if not ok:
            r.problem(path, None, f"'described': {name!r} needs two or more lists of words (quote yes, no, on and off)")
            continue
        out[str(name)] = tuple(tuple(str(w) for w in g) for g in groups)
    return out


def _read_phrasings(r: _Reader, root: Path, intents: dict[str, Intent]) -> dict[str, Intent]:
    """phrasings/*.yaml: more ways people ask, kept apart from the curated intents (each file says
    who wrote them and how). Each maps an intent id to a list of example questions, which become
    that intent's `phrasings`."""
    extra: dict[str, list[str]] = {}
    for path in sorted((root / "phrasings").glob("*.yaml")):
        data, _lines = r.load_yaml(path)
        if data is None:
            continue
        if not isinstance(data, dict):
            r.problem(path, None, "expected a mapping of intent id -> list of example questions")
            continue
        for key, value in data.items():
            iid = str(key)
            examples = _str_list(value)
            if iid not in intents:
                r.problem(path, None, f"intent '{iid}' does not exist")
            elif not examples:
                r.problem(path, None, f"intent '{iid}': expected a non-empty list of example questions")
            else:
                extra.setdefault(iid, []).extend(examples)
    out: dict[str, Intent] = {}
    for iid, intent in intents.items():
        more = tuple(e for e in dict.fromkeys(extra.get(iid, ())) if e not in intent.examples)
        out[iid] = replace(intent, phrasings=more) if more else intent
    return out


COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
MAX_DECLINE_CHOICES = 3
INTENT_KEYS = frozenset({"id", "title", "kind", "examples", "keywords", "answer", "sources", "versions", "related", "situation", "needs"})
"""What an intent may say; a misspelt key ("examles") is an error, never silently ignored."""


def _read_menus(
    r: _Reader, root: Path, intents: dict[str, Intent]
) -> tuple[tuple[MenuItem, ...], tuple[MenuItem, ...], tuple[Command, ...]]:
    """menus.yaml: the topic menu, the decline suggestions and the intent commands; every
    intent they name must exist, so a renamed intent cannot leave a dead button or command."""
    path = root / "menus.yaml"
    data, _lines = r.load_yaml(path)
    if data is None:
        return (), (), ()
    if not isinstance(data, dict):
        r.problem(path, None, "expected a mapping with 'menu', 'decline' and 'commands' lists")
        return (), (), ()
    unknown = set(data) - {"menu", "decline", "commands"}
    if unknown:
        r.problem(path, None, f"unknown key(s) {', '.join(sorted(map(str, unknown)))}; allowed: menu, decline, commands")
    menus: list[tuple[MenuItem, ...]] = []
    for key in ("menu", "decline"):
        items: list[MenuItem] = []
        for n, item in enumerate(data.get(key) or []):
            if not isinstance(item, dict) or not _str(item.get("intent")) or not _str(item.get("label")):
                r.problem(path, None, f"{key} item {n + 1}: needs 'intent' and 'label'")
                continue
            iid, label = _str(item["intent"]), _str(item["label"])
            if iid not in intents:
                r.problem(path, None, f"{key} item {n + 1} ({label!r}): intent '{iid}' does not exist")
            elif len(label) > 40:
                r.problem(path, None, f"{key} item {n + 1}: label {label!r} is over 40 characters (a button)")
            else:
                items.append(MenuItem(iid, label))
        if key == "decline" and len(items) > MAX_DECLINE_CHOICES:
            r.problem(path, None, f"decline: at most {MAX_DECLINE_CHOICES} suggestions under a reply that cannot answer, not {len(items)}")
        menus.append(tuple(items))
    commands: list[Command] = []
    for n, item in enumerate(data.get("commands") or []):
        if not isinstance(item, dict) or not all(_str(item.get(k)) for k in ("command", "intent", "description")):
            r.problem(path, None, f"command {n + 1}: needs 'command', 'intent' and 'description'")
            continue
        name, iid, desc = _str(item["command"]), _str(item["intent"]), _str(item["description"])
        if not COMMAND_RE.match(name) or name in {c.name for c in commands}:
            r.problem(path, None, f"command {name!r}: must be 1-32 of a-z, 0-9 and _, and appear once")
        elif iid not in intents:
            r.problem(path, None, f"command /{name}: intent '{iid}' does not exist")
        elif not 3 <= len(desc) <= 256:
            r.problem(path, None, f"command /{name}: the description must be 3-256 characters")
        else:
            commands.append(Command(name, iid, desc, item.get("year") is True))
    return menus[0], menus[1], tuple(commands)


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
    raw_kind = _str(item.get("kind")) or "info"
    kind: IntentKind = next((k for k in KINDS if k == raw_kind), "info")
    if raw_kind not in KINDS:
        r.problem(path, line, f"intent '{iid}': kind must be one of {', '.join(KINDS)}")
    examples = _str_list(item.get("examples"))
    keywords = _str_list(item.get("keywords"))
    related = _str_list(item.get("related"))
    needs = _str_list(item.get("needs"))
    unknown = set(map(str, item)) - INTENT_KEYS
    if unknown:
        r.problem(path, line, f"intent '{iid}': unknown key(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(INTENT_KEYS))}")
    for name, value in (("examples", examples), ("keywords", keywords), ("related", related), ("needs", needs)):
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
    for v in versions:
        for what, cid in PLACEHOLDER_RE.findall(v.answer):
            if cid not in contacts:
                r.problem(path, line, f"intent '{iid}': answer names unknown contact '{cid}'")
            elif not getattr(contacts[cid], what):
                r.problem(path, line, f"intent '{iid}': {{{what}:{cid}}}: contacts.yaml has no {what} for '{cid}'")
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
        related=related or (),
        situation=_str(item.get("situation")),
        where=r.where(path, line),
        needs=needs or (),
    )
