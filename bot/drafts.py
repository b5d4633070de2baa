"""Draft intents from a document, and which intents a newer document may have overtaken.

`write_drafts(root, doc_id)` writes `drafts/<doc_id>.yaml`: one draft intent per section of the
document, with a title from the heading, example questions, an extractive answer (the section's
first sentences), the source section and the date. Drafts are not live: the knowledge loader
reads only `intents/` and `phrasings/`. `kb check` reads them and reports what to fix as
warnings, which never fail it or block a load. knowledge/README.md says how to promote one.

`stale_intents(kb)` lists the intents whose newest source is older than a newer document that
covers their topic (a passage of it holds every telling word of the intent's title).
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.index import normaliser_for, split_passages
from bot.knowledge import CONTACTS_DOC, KnowledgeBase
from bot.normalise import STOPWORDS, WEAK_WORDS, fold
from bot.yamlsafe import YamlError, safe_load

MAX_DRAFTS = 40
SENTENCES = 3


def _sentences(text: str, n: int) -> str:
    parts = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return " ".join(parts[:n]).strip()


def draft_intents(kb: KnowledgeBase, doc_id: str) -> list[dict[str, object]]:
    """Draft intents for each section of a document (at most MAX_DRAFTS)."""
    doc = kb.documents.get(doc_id)
    if doc is None:
        raise KeyError(doc_id)
    drafts: list[dict[str, object]] = []
    seen: set[str] = set()
    for n, (section, text) in enumerate(split_passages(doc), 1):
        answer = _sentences(text, SENTENCES)
        if len(answer) < 40:
            continue
        heading = section if section != doc.title else answer.split(".")[0][:60]
        if heading in seen:
            heading = f"{heading} ({n})"
        seen.add(heading)
        subject = heading[0].lower() + heading[1:] if heading else doc.title
        drafts.append({
            "id": f"draft-{doc_id}-{n}",
            "title": heading,
            "kind": "info",
            "examples": [f"what does the {doc.title} say about {subject}", subject, f"tell me about {subject}"],
            "answer": answer,
            "sources": [{"doc": doc_id, "section": section}],
            "note": f"Draft from {doc.title} ({doc.date}), section '{section}'. Check the answer, edit the examples, then promote it.",
        })
        if len(drafts) >= MAX_DRAFTS:
            break
    return drafts


def write_drafts(root: Path, kb: KnowledgeBase, doc_id: str) -> tuple[Path, int]:
    """Write drafts/<doc_id>.yaml (replacing an earlier draft of it); the path and how many."""
    drafts = draft_intents(kb, doc_id)
    folder = root / "drafts"
    folder.mkdir(exist_ok=True)
    path = folder / f"{doc_id}.yaml"
    header = (
        f"# Draft intents from '{kb.documents[doc_id].title}' ({kb.documents[doc_id].date}), written by\n"
        f"# `cdp-bot kb draft {doc_id}`. NOT LIVE. Review each answer against the document, edit the\n"
        "# examples, delete what is not worth keeping, then promote (see knowledge/README.md).\n"
    )
    body = yaml.safe_dump({"topic": doc_id, "intents": drafts}, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(header + body, encoding="utf-8")
    return path, len(drafts)


def check_drafts(root: Path, kb: KnowledgeBase) -> list[str]:
    """Warnings about drafts/*.yaml: what would stop each draft being promoted as it is."""
    out: list[str] = []
    folder = root / "drafts"
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        where = f"knowledge/drafts/{path.name}"
        try:
            data = safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, YamlError) as exc:
            out.append(f"{where}: draft not readable ({getattr(exc, 'reason', type(exc).__name__)}); not live")
            continue
        items = data.get("intents") if isinstance(data, dict) else None
        if not isinstance(items, list):
            out.append(f"{where}: a draft file needs 'intents:' (a list); not live")
            continue
        out.append(f"{where}: {len(items)} draft intent(s), not live until promoted")
        for item in items:
            if not isinstance(item, dict):
                continue
            iid = str(item.get("id", "?"))
            if iid in kb.intents:
                out.append(f"{where}: draft '{iid}' has the id of a live intent; rename it before promoting")
            for src in item.get("sources") or []:
                if isinstance(src, dict) and src.get("doc") not in kb.documents and src.get("doc") != CONTACTS_DOC:
                    out.append(f"{where}: draft '{iid}' cites an unknown document {src.get('doc')!r}")
            if not item.get("answer"):
                out.append(f"{where}: draft '{iid}' has no answer")
    return out


def stale_intents(kb: KnowledgeBase) -> list[str]:
    """Intents whose newest source is older than a newer document that covers their topic."""
    norm = normaliser_for(kb)
    passages: dict[str, list[set[str]]] = {
        d.id: [set(norm.tokens(text)) for _s, text in split_passages(d)] for d in kb.documents.values()
    }
    weak = STOPWORDS | WEAK_WORDS
    out: list[str] = []
    for intent in kb.intents.values():
        if intent.kind != "info":
            continue
        dates = [s.date for v in intent.versions for s in v.sources if s.document != CONTACTS_DOC and s.date]
        if not dates:
            continue
        newest = max(dates)
        telling = {t for t in norm.tokens(intent.title) if t not in weak and fold(t) not in weak}
        if len(telling) < 2:
            continue
        for doc in kb.documents.values():
            if doc.date > newest and not doc.date.startswith(newest) and any(telling <= p for p in passages[doc.id]):
                out.append(
                    f"{intent.where}: intent '{intent.id}' ({intent.title}) cites sources up to {newest}, "
                    f"but '{doc.title}' ({doc.date}) also covers it: check whether its answer needs updating"
                )
                break
    return out
