"""`cdp-bot kb add`: a new partnership document into the knowledge, the same day.

    added = add_document(root, "https://example.org/plan.pdf", title="...", date="2024-03")

SOURCE is a file path or an http(s) URL. Formats: PDF (pypdf), HTML (main content only: scripts,
navigation, headers, footers, cookie banners and the like dropped, with the standard library's
HTML parser), Word .docx (the standard library's zip and XML readers), plain text and Markdown.
The format is read from the bytes (magic numbers), and for a download it must agree with the
server's content type.

Downloads use httpx with a timeout, at most MAX_REDIRECTS redirects, http and https only (each
hop checked), and a streamed size cap that stops reading at MAX_DOWNLOAD bytes.

The extracted text is kept as `sources/<id>.txt` under the configured knowledge folder and the
document is appended to `sources.yaml` (its comments kept) with its title, date, kind, origin,
the sha256 of the original and when it was added. The whole knowledge is then validated; any
refusal, at any step, leaves `knowledge/` exactly as it was.
"""
from __future__ import annotations

import datetime as dtm
import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

MAX_DOWNLOAD = 20 * 1024 * 1024
"""Bytes read of a download or a file at most; a bigger one is refused, not truncated."""
TIMEOUT = 20.0
MAX_REDIRECTS = 5
MIN_TEXT = 200
"""Characters of text a document must yield (less: a scan, or not a document)."""
MAX_PAGES = 1000
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RESERVED_IDS = frozenset({"contacts", "passage", "clarify", "drafts", "sources", "intents", "phrasings"})
"""Ids the knowledge or the answers use for themselves."""
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
HTML_TYPES = ("text/html", "application/xhtml+xml")
PDF_TYPES = ("application/pdf", "application/x-pdf")
DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",)
ANY_TYPES = ("application/octet-stream", "binary/octet-stream", "")
"""Content types that say nothing: the bytes decide."""


class IngestError(Exception):
    """A document that cannot be added; the message says why in one line."""


@dataclass(frozen=True)
class Fetched:
    data: bytes
    name: str
    """The file name or URL it came from (kept as its origin)."""
    content_type: str = ""


@dataclass(frozen=True)
class Added:
    id: str
    title: str
    date: str
    kind: str
    file: str
    origin: str
    sha256: str
    characters: int


# --- reading ---------------------------------------------------------------------------------


def read_source(source: str) -> Fetched:
    """The bytes of a file path or an http(s) URL (capped, checked)."""
    scheme = urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        return fetch_url(source)
    if "://" in source:
        raise IngestError(f"{source}: only http and https addresses can be fetched")
    path = Path(source)
    if not path.is_file():
        raise IngestError(f"{source}: no such file")
    if path.stat().st_size > MAX_DOWNLOAD:
        raise IngestError(f"{source}: larger than {MAX_DOWNLOAD // (1024 * 1024)} MB")
    return Fetched(path.read_bytes(), path.name)


def fetch_url(url: str) -> Fetched:
    """Download with a timeout, a few redirects (http and https only) and a streamed size cap."""
    import httpx

    def only_http(request: httpx.Request) -> None:
        if request.url.scheme not in ("http", "https"):
            raise IngestError(f"{url}: redirected to a {request.url.scheme} address; only http and https are fetched")

    try:
        with httpx.Client(
            follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=TIMEOUT, event_hooks={"request": [only_http]}
        ) as client, client.stream("GET", url, headers={"User-Agent": "cdp-bot kb add"}) as response:
            if response.status_code != 200:
                raise IngestError(f"{url}: the server answered {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_DOWNLOAD:
                raise IngestError(f"{url}: larger than {MAX_DOWNLOAD // (1024 * 1024)} MB ({int(declared)} bytes)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_DOWNLOAD:
                    raise IngestError(f"{url}: larger than {MAX_DOWNLOAD // (1024 * 1024)} MB; stopped reading")
                chunks.append(chunk)
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(b"".join(chunks), str(response.url), ctype)
    except httpx.TooManyRedirects:
        raise IngestError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise IngestError(f"{url}: no answer within {TIMEOUT:.0f} seconds") from None
    except httpx.HTTPError as exc:
        raise IngestError(f"{url}: could not be fetched ({type(exc).__name__})") from None


# --- extracting --------------------------------------------------------------------------------


def sniff(fetched: Fetched) -> str:
    """"pdf", "docx", "html" or "text", from the bytes; refused when it is no document or the
    bytes contradict the server's content type."""
    data, ctype, name = fetched.data, fetched.content_type, fetched.name.lower()
    if data.startswith(b"%PDF-"):
        kind = "pdf"
    elif data.startswith(b"PK\x03\x04"):
        kind = "docx" if _is_docx(data) else ""
    elif b"\x00" in data[:4096] or not data.strip():
        kind = ""
    else:
        head = data[:2048].lstrip().lower()
        kind = "html" if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or ctype in HTML_TYPES else "text"
    if not kind:
        raise IngestError(f"{fetched.name}: not a document this can read (PDF, HTML, Word .docx, text or Markdown)")
    allowed = {"pdf": PDF_TYPES, "docx": DOCX_TYPES, "html": HTML_TYPES + TEXT_TYPES, "text": TEXT_TYPES}[kind] + ANY_TYPES
    if ctype and ctype not in allowed:
        raise IngestError(f"{fetched.name}: the server says {ctype}, but the content is {kind}: refused")
    if kind == "text" and not ctype and not name.endswith((".txt", ".md", ".markdown", ".text")) and "://" not in name:
        raise IngestError(f"{fetched.name}: plain text files must end in .txt or .md")
    return kind


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def extract_text(fetched: Fetched) -> str:
    """The document's text: headings on lines of their own, paragraphs apart by blank lines."""
    kind = sniff(fetched)
    if kind == "pdf":
        text = _pdf_text(fetched)
    elif kind == "docx":
        text = _docx_text(fetched)
    elif kind == "html":
        text = html_main_text(_decode(fetched))
    else:
        text = _decode(fetched)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if len(text) < MIN_TEXT:
        what = "a PDF with no extractable text (a scan?)" if kind == "pdf" else f"{len(text)} characters of text"
        raise IngestError(f"{fetched.name}: {what}; nothing to add")
    return text + "\n"


def _decode(fetched: Fetched) -> str:
    try:
        return fetched.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return fetched.data.decode("cp1252", errors="replace")


def _pdf_text(fetched: Fetched) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(fetched.data))
        if reader.is_encrypted:
            raise IngestError(f"{fetched.name}: an encrypted PDF")
        pages = [(page.extract_text() or "") for page in reader.pages[:MAX_PAGES]]
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise IngestError(f"{fetched.name}: not a readable PDF ({type(exc).__name__})") from None
    return "\n\n".join(p.strip() for p in pages if p.strip())


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(fetched: Fetched) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(fetched.data)) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > 4 * MAX_DOWNLOAD:
                raise IngestError(f"{fetched.name}: the Word document unpacks to more than {4 * MAX_DOWNLOAD // (1024 * 1024)} MB")
            root = ElementTree.fromstring(z.read(info))
    except IngestError:
        raise
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise IngestError(f"{fetched.name}: not a readable Word document ({type(exc).__name__})") from None
    paragraphs: list[str] = []
    for p in root.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in p.iter(f"{_W}t")).strip()
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


_SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button",
                   "iframe", "template", "select", "dialog", "figure"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "br", "h1", "h2", "h3",
                    "h4", "h5", "h6", "blockquote", "dd", "dt", "pre", "td", "th"})
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"})
_BOILERPLATE = re.compile(r"cookie|consent|banner|gdpr|\bnav|menu|breadcrumb|footer|header|sidebar|skip|social|share|newsletter|popup|modal", re.I)


class _MainText(HTMLParser):
    """Text of an HTML page without its chrome; the text inside <main> or <article> kept apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []
        self.all: list[str] = []
        self.main: list[str] = []
        self.main_depth = 0

    def _skipped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _SKIP:
            return True
        marks = " ".join(v or "" for k, v in attrs if k in ("id", "class", "role", "aria-label"))
        return bool(marks and _BOILERPLATE.search(marks)) and tag not in ("main", "article", "body", "html")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br":
                self._emit("\n")
            return
        skip = self._skipped(tag, attrs)
        self.stack.append((tag, skip))
        if skip:
            self.skip_depth += 1
        if tag in ("main", "article"):
            self.main_depth += 1
        if tag in _BLOCK:
            self._emit("\n\n" if tag.startswith("h") or tag == "p" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(t == tag for t, _s in self.stack):
            return
        while self.stack:
            t, skip = self.stack.pop()
            if skip:
                self.skip_depth -= 1
            if t in ("main", "article"):
                self.main_depth -= 1
            if t in _BLOCK:
                self._emit("\n\n" if t.startswith("h") or t == "p" else "\n")
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        self._emit(data)

    def _emit(self, text: str) -> None:
        if self.skip_depth:
            return
        self.all.append(text)
        if self.main_depth:
            self.main.append(text)


def html_main_text(html: str) -> str:
    """The main content of a page as text (the <main> or <article> when there is one)."""
    parser = _MainText()
    parser.feed(html)
    parser.close()
    main = "".join(parser.main)
    return main if len(main.strip()) >= MIN_TEXT else "".join(parser.all)


# --- adding --------------------------------------------------------------------------------------


def check_date(date: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD, a real date."""
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    fmt = formats.get(len(date))
    try:
        if fmt is None:
            raise ValueError
        dtm.datetime.strptime(date, fmt)
    except ValueError:
        raise IngestError(f"--date {date!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD") from None
    return date


def slug(title: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:60].strip("-")


def add_document(
    root: Path, source: str, *, title: str, date: str, kind: str = "", doc_id: str | None = None,
    reader: Callable[[str], Fetched] = read_source,
) -> Added:
    """Add a document; on any refusal nothing under `root` changes (IngestError says why)."""
    from bot.kbcheck import validate_knowledge
    from bot.yamlsafe import YamlError, safe_load

    title = " ".join(title.split())
    if not title:
        raise IngestError("--title: give the document's title")
    check_date(date)
    doc_id = doc_id or slug(title)
    if not ID_RE.fullmatch(doc_id) or len(doc_id) > 60:
        raise IngestError(f"--id {doc_id!r}: use lower-case words and dashes, like 'plan-2024'")
    if doc_id in RESERVED_IDS:
        raise IngestError(f"--id {doc_id!r} is reserved; choose another")
    sources_yaml = root / "sources.yaml"
    before = sources_yaml.read_text(encoding="utf-8")
    try:
        listed = safe_load(before) or {}
    except YamlError as exc:
        raise IngestError(f"{sources_yaml}: {exc.reason}") from None
    ids = {str(d.get("id")) for d in (listed.get("documents") or []) if isinstance(d, dict)}
    if doc_id in ids:
        raise IngestError(f"--id {doc_id!r}: a document with that id already exists")
    target = root / "sources" / f"{doc_id}.txt"
    if target.exists():
        raise IngestError(f"{target} already exists; choose another id")

    fetched = reader(source)
    text = extract_text(fetched)
    digest = hashlib.sha256(fetched.data).hexdigest()
    added_at = dtm.datetime.now(dtm.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    origin = fetched.name if "://" in fetched.name else Path(source).name
    entry = (
        f"  - id: {doc_id}\n    file: sources/{doc_id}.txt\n    title: {_quote(title)}\n    date: \"{date}\"\n"
        f"    kind: {_quote(kind or 'document')}\n    origin: {_quote(origin)}\n    sha256: {digest}\n    added: \"{added_at}\"\n"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        target.write_text(text, encoding="utf-8")
        sources_yaml.write_text(before.rstrip("\n") + "\n" + entry, encoding="utf-8")
        checked = validate_knowledge(root)
        if checked.errors:
            raise IngestError("the knowledge would be refused with it: " + checked.errors[0])
    except BaseException:
        sources_yaml.write_text(before, encoding="utf-8")
        target.unlink(missing_ok=True)
        raise
    return Added(doc_id, title, date, kind, f"sources/{doc_id}.txt", origin, digest, len(text))


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
