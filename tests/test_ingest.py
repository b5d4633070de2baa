"""Staff add a new document (issue #12, part 1): `cdp-bot kb add` from a real HTTP server on
loopback and from files, in every format; broken and hostile documents are refused in one line
and change nothing; the new document answers at once as a cited extract; drafts and freshness."""
from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot import ingest
from bot.assistant import Assistant
from bot.cli import main
from bot.kbcheck import check_knowledge, validate_knowledge
from tests.conftest import copy_knowledge, make_config

# Clearly fictional documents written for these tests.
PARAS = [
    "Zephyrton Lantern Patrols",
    "The Zephyrton Lantern Patrols are a fictional scheme in which volunteer wardens walk the riverside "
    "after dark. The partnership funded eleven lantern wardens in this imaginary year.",
    "Quillmarsh Bicycle Marking",
    "Quillmarsh bicycle marking events etch a code on each frame so that stolen bicycles can be returned. "
    "Two hundred and six bicycles were marked at the imaginary Quillmarsh market.",
]
TEXT = "\n\n".join(PARAS) + "\n"


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid PDF with one page of text (or none)."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET" if lines else ""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_lines() -> list[str]:
    words = TEXT.replace("\n\n", " \n ").split(" ")
    lines, line = [], ""
    for w in words:
        if w == "\n" or len(line) + len(w) > 80:
            lines.append(line.strip())
            line = ""
        if w != "\n":
            line += " " + w
    return [ln for ln in [*lines, line.strip()] if ln]


def docx_bytes() -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in PARAS)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>')
    return out.getvalue()


HTML = (
    "<!doctype html><html><head><title>t</title><script>var tracking = 'SCRIPTWORD';</script></head><body>"
    "<div class='cookie-banner'>We use cookies COOKIEWORD. Accept all?</div>"
    "<header><nav><a href='/'>Home NAVWORD</a> <a href='/news'>News</a></nav></header>"
    "<main><h1>" + PARAS[0] + "</h1><p>" + PARAS[1] + "</p><h2>" + PARAS[2] + "</h2><p>" + PARAS[3] + "</p></main>"
    "<footer>Copyright FOOTERWORD</footer></body></html>"
)

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/plan.html": (200, "text/html; charset=utf-8", HTML.encode()),
    "/plan.pdf": (200, "application/pdf", pdf_bytes(pdf_lines())),
    "/scan.pdf": (200, "application/pdf", pdf_bytes([])),
    "/plan.docx": (200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes()),
    "/plan.txt": (200, "text/plain", TEXT.encode()),
    "/plan.md": (200, "text/markdown", ("# " + TEXT).encode()),
    "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 500),
    "/lying.pdf": (200, "application/pdf", HTML.encode()),
    "/broken.pdf": (200, "application/pdf", b"%PDF-1.4\nthis is not really a pdf at all" * 20),
    "/tiny.html": (200, "text/html", b"<html><body><p>hi</p></body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        if self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(10_000):
                    self.wfile.write(b"x" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if self.path.startswith("/redirect-ftp"):
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/plan.txt")
            self.end_headers()
            return
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/plan.html")
            self.end_headers()
            return
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    return copy_knowledge(tmp_path)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and "build" not in p.parts}


@pytest.mark.parametrize("path", ["/plan.html", "/plan.pdf", "/plan.docx", "/plan.txt", "/plan.md", "/moved"])
def test_each_format_is_added_with_its_text_and_metadata(server: str, kb: Path, path: str):
    added = ingest.add_document(kb, server + path, title="Fictional Safer Streets Plan", date="2026-03", kind="plan")
    text = (kb / added.file).read_text(encoding="utf-8")
    assert "Zephyrton Lantern Patrols" in text and "Quillmarsh" in text
    assert added.id == "fictional-safer-streets-plan" and added.sha256 == hashlib.sha256(ROUTES[path if path != "/moved" else "/plan.html"][2]).hexdigest()
    listed = (kb / "sources.yaml").read_text(encoding="utf-8")
    assert listed.startswith("# The partnership documents")  # the file's comments are kept
    assert f"sha256: {added.sha256}" in listed and 'date: "2026-03"' in listed and "origin:" in listed and "added:" in listed
    assert validate_knowledge(kb).errors == []


def test_html_keeps_the_main_content_only(server: str, kb: Path):
    added = ingest.add_document(kb, server + "/plan.html", title="Fictional plan", date="2026")
    text = (kb / added.file).read_text(encoding="utf-8")
    for chrome in ("SCRIPTWORD", "COOKIEWORD", "NAVWORD", "FOOTERWORD"):
        assert chrome not in text


@pytest.mark.parametrize("path, why", [
    ("/missing.pdf", "404"),
    ("/scan.pdf", "no extractable text"),
    ("/image.png", "not a document"),
    ("/lying.pdf", "the server says application/pdf, but the content is html"),
    ("/broken.pdf", "not a readable PDF"),
    ("/tiny.html", "nothing to add"),
    ("/redirect-ftp", "only http and https"),
    ("/loop", "redirects"),
])
def test_bad_documents_are_refused_in_one_line_and_change_nothing(server: str, kb: Path, path: str, why: str):
    before = snapshot(kb)
    with pytest.raises(ingest.IngestError) as err:
        ingest.add_document(kb, server + path, title="Fictional plan", date="2026")
    assert why in str(err.value) and "\n" not in str(err.value)
    assert snapshot(kb) == before


def test_an_endless_download_stops_at_the_cap(server: str, kb: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ingest, "MAX_DOWNLOAD", 256 * 1024)
    before = snapshot(kb)
    with pytest.raises(ingest.IngestError, match="stopped reading"):
        ingest.add_document(kb, server + "/endless", title="Endless", date="2026")
    assert snapshot(kb) == before


@pytest.mark.parametrize("kwargs, why", [
    ({"date": "2026-13"}, "YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"date": "March 2026"}, "YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"doc_id": "Bad Id"}, "lower-case words and dashes"),
    ({"doc_id": "contacts"}, "reserved"),
    ({"doc_id": "scrutiny-2023"}, "already exists"),
])
def test_bad_arguments_are_refused_before_anything_is_fetched(kb: Path, kwargs: dict[str, str], why: str):
    args = {"title": "Fictional plan", "date": "2026", **kwargs}
    before = snapshot(kb)
    with pytest.raises(ingest.IngestError, match=why):
        ingest.add_document(kb, "http://127.0.0.1:9/never-fetched", **args)
    assert snapshot(kb) == before


def test_a_local_file_and_a_non_http_address(kb: Path, tmp_path: Path):
    doc = tmp_path / "plan.md"
    doc.write_text(TEXT, encoding="utf-8")
    added = ingest.add_document(kb, str(doc), title="Fictional plan from a file", date="2026-01-15")
    assert "origin: \"plan.md\"" in (kb / "sources.yaml").read_text() and added.date == "2026-01-15"
    with pytest.raises(ingest.IngestError, match="only http and https"):
        ingest.add_document(kb, "file:///etc/passwd", title="x", date="2026")


def test_the_whole_path_add_ask_cite_check_draft(server: str, kb: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"knowledge: {{path: {kb}, index_path: {tmp_path / 'index.sqlite'}}}\nstorage: {{path: {tmp_path / 'u.sqlite'}}}\n")
    assert main(["--config", str(cfg), "kb", "add", server + "/plan.pdf", "--title", "Fictional Safer Streets Plan",
                 "--date", "2026-03", "--kind", "plan"]) == 0
    assert "index rebuilt" in capsys.readouterr().out
    assert main(["--config", str(cfg), "kb", "check"]) == 0
    capsys.readouterr()
    assistant = Assistant.load(config=make_config(tmp_path, kb))
    answer = assistant.ask("how many lantern wardens did the Zephyrton Lantern Patrols fund")
    assert answer.kind == "extract" and "eleven lantern wardens" in answer.text
    assert "Source: Fictional Safer Streets Plan" in answer.text and "(as of March 2026)" in answer.text
    assert assistant.ask("who chairs the board").intent == "chair"  # a curated intent still wins

    assert main(["--config", str(cfg), "kb", "draft", "fictional-safer-streets-plan"]) == 0
    assert "draft intent(s)" in capsys.readouterr().out
    drafts = (kb / "drafts" / "fictional-safer-streets-plan.yaml").read_text()
    assert "NOT LIVE" in drafts and "fictional-safer-streets-plan" in drafts
    assert main(["--config", str(cfg), "kb", "check"]) == 0  # drafts give warnings, never errors
    out = capsys.readouterr().out
    assert "not live until promoted" in out
    assert Assistant.load(config=make_config(tmp_path, kb)).ask("tell me about quillmarsh bicycle marking").intent != "draft-fictional-safer-streets-plan-2"

    assert main(["--config", str(cfg), "kb", "add", server + "/missing.pdf", "--title", "x", "--date", "2026"]) == 1
    assert "404" in capsys.readouterr().err


def test_a_newer_document_on_an_intents_topic_is_flagged_as_a_warning(kb: Path, tmp_path: Path):
    doc = tmp_path / "assessment.txt"
    doc.write_text(
        "Strategic Assessment\n\nThe annual strategic assessment of this fictional year found that the "
        "strategic assessment process was changed; this paragraph is long enough to count as a passage "
        "about the strategic assessment for the freshness check to find it.\n", encoding="utf-8")
    ingest.add_document(kb, str(doc), title="Fictional assessment 2030", date="2030")
    problems = check_knowledge(kb)
    assert any("sa-what" in p and "Fictional assessment 2030" in p for p in problems)
