"""`cdp-bot kb check`: every problem in the knowledge base, each with file and line."""
from __future__ import annotations

from pathlib import Path

from bot import render
from bot.index import normaliser_for
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.matcher import Matcher
from bot.safety import Vetting

FIXED_TEXTS = {
    "DECLINE": render.DECLINE,
    "JUNK": render.JUNK,
    "ERROR": render.ERROR,
    "CRISIS_DA": render.CRISIS_DA,
    "TOO_NEW": render.TOO_NEW,
    "OTHER_PLACE": render.OTHER_PLACE,
    **{f"CRISIS[{k}]": v for k, v in render.CRISIS.items()},
}


def check_knowledge(root: Path | str) -> list[str]:
    """All problems found in the knowledge base at `root` (empty when it is good)."""
    try:
        kb = load_knowledge(root)
    except KnowledgeError as exc:
        return exc.problems
    return check_contacts(kb) + check_examples(kb)


def check_contacts(kb: KnowledgeBase) -> list[str]:
    """Answers (as rendered) may contain only phone numbers, e-mails and links from contacts.yaml."""
    vetting = Vetting.from_contacts(kb.contacts.values())
    problems: list[str] = []
    for intent in kb.intents.values():
        for version in intent.versions:
            text = render.expand(version.answer, kb.contacts)
            for bad in vetting.unvetted(text):
                problems.append(f"{intent.where}: intent '{intent.id}': '{bad}' is not a vetted contact in contacts.yaml")
    for name, text in FIXED_TEXTS.items():
        for bad in vetting.unvetted(render.expand(text, kb.contacts)):
            problems.append(f"bot/render.py: {name}: '{bad}' is not a vetted contact in contacts.yaml")
    return problems


def check_examples(kb: KnowledgeBase) -> list[str]:
    """Each example must match its own intent at least as well as any other intent."""
    matcher = Matcher(kb, normaliser_for(kb))
    problems: list[str] = []
    for intent in kb.intents.values():
        for example in intent.examples:
            cands = matcher.rank(example, limit=20)
            if not cands:
                if intent.kind == "meta":
                    continue  # greetings are recognised before matching
                problems.append(f"{intent.where}: intent '{intent.id}': example {example!r} has no words the matcher can use")
                continue
            own = next((c.score for c in cands if c.intent == intent.id), 0.0)
            rival = next((c for c in cands if c.intent != intent.id), None)
            if rival is not None and rival.score >= own - 1e-9:
                how = "better than" if rival.score > own + 1e-9 else "as well as"
                problems.append(
                    f"{intent.where}: intent '{intent.id}': example {example!r} matches "
                    f"'{rival.intent}' {how} its own ({rival.score:.2f} vs {own:.2f})"
                )
    return problems
