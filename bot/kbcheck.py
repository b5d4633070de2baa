"""Validating the knowledge base: one path for start-up, `/reload` and `cdp-bot kb check`.

`validate_knowledge(root)` reads the files and returns the knowledge base with its *errors* and
*warnings*. Errors make the knowledge wrong or unsafe: invalid YAML, broken references, files
outside the folder, phone numbers, e-mails or links that are not vetted contacts. Any error
refuses the whole set everywhere, with the reason, and the last good knowledge stays live.
Warnings are advisory (an example that matches another intent better): `kb check` prints them
without failing, and they never block a load.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot import render
from bot.index import normaliser_for
from bot.knowledge import PLACEHOLDER_RE, KnowledgeBase, KnowledgeError, load_knowledge
from bot.matcher import Matcher
from bot.normalise import Normaliser, fold
from bot.safety import Vetting

FIXED_TEXTS = {
    "DECLINE": render.DECLINE,
    "JUNK": render.JUNK,
    "ERROR": render.ERROR,
    "CRISIS_DA": render.CRISIS_DA,
    "TOO_NEW": render.TOO_NEW,
    "OTHER_PLACE": render.OTHER_PLACE,
    "CRISIS_SILENT": render.CRISIS_SILENT,
    "CRISIS_CHILD": render.CRISIS_CHILD,
    "OTHER_LANGUAGE": render.OTHER_LANGUAGE,
    "NO_NUMBER": render.NO_NUMBER,
    **{f"CRISIS[{k}]": v for k, v in render.CRISIS.items()},
}


@dataclass
class Checked:
    """The outcome of validating a knowledge folder: the knowledge base when it has no errors."""

    kb: KnowledgeBase | None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def validate_knowledge(root: Path | str, *, advisories: bool = False) -> Checked:
    """Read and check the knowledge at `root`; with `advisories`, also collect the warnings
    (slower: every example is matched). The same errors refuse a load everywhere."""
    try:
        kb = load_knowledge(root)
    except KnowledgeError as exc:
        return Checked(None, exc.problems)
    errors = check_contacts(kb)
    if errors:
        return Checked(None, errors)
    if not advisories:
        return Checked(kb, [])
    from bot.drafts import check_drafts, stale_intents

    norm = normaliser_for(kb)  # (one for both checks: the matcher keeps its own copy, with typo correction)
    return Checked(kb, [], check_examples(kb, Matcher(kb, norm)) + check_keywords(kb, norm) + stale_intents(kb) + check_drafts(Path(root), kb))


def load_valid(root: Path | str) -> KnowledgeBase:
    """The knowledge base at `root`, or KnowledgeError listing every error."""
    checked = validate_knowledge(root)
    if checked.kb is None:
        raise KnowledgeError(checked.errors)
    return checked.kb


def check_knowledge(root: Path | str) -> list[str]:
    """Every error and warning in the knowledge base at `root` (empty when it is clean)."""
    checked = validate_knowledge(root, advisories=True)
    return checked.errors + checked.warnings


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
        for _field, cid in PLACEHOLDER_RE.findall(text):
            if cid not in kb.contacts:
                problems.append(f"contacts.yaml: the fixed text {name} needs the contact '{cid}', which is missing")
        for bad in vetting.unvetted(render.expand(text, kb.contacts)):
            problems.append(f"bot/render.py: {name}: '{bad}' is not a vetted contact in contacts.yaml")
    return problems


def check_keywords(kb: KnowledgeBase, norm: Normaliser) -> list[str]:
    """A key phrase of several words must still read as several words once stop words are dropped
    and synonyms applied: "coming off" reads as "com" alone, so any message with "coming" in it
    ("coming back from work") would count as holding the whole phrase."""
    problems: list[str] = []
    for intent in kb.intents.values():
        for keyword in intent.keywords:
            tokens = norm.tokens(keyword)
            if len(keyword.split()) > 1 and len(tokens) < 2:
                reads = f"'{tokens[0]}' alone" if tokens else "nothing"
                problems.append(
                    f"{intent.where}: intent '{intent.id}': key phrase {keyword!r} reads as {reads} (its other words are "
                    "stop words or merge): any message with that word counts as holding the phrase; write one word, or "
                    "a phrase whose words the matcher keeps"
                )
    return problems


def check_examples(kb: KnowledgeBase, matcher: Matcher) -> list[str]:
    """Each example must match its own intent at least as well as any other intent."""
    problems: list[str] = []
    for intent in kb.intents.values():
        for example in (*intent.examples, *intent.phrasings):
            cands = matcher.rank(example, limit=20)
            if not cands:
                if intent.kind == "meta":
                    continue  # greetings are recognised before matching
                problems.append(f"{intent.where}: intent '{intent.id}': example {example!r} has no words the matcher can use")
                continue
            own = next((c.score for c in cands if c.intent == intent.id), 0.0)
            # (a topic whose `needs` the example does not meet is set aside when answering)
            folded = fold(example)
            rival = next((c for c in cands if c.intent != intent.id and kb.intents[c.intent].needs_met(folded)), None)
            if rival is not None and rival.score >= own - 1e-9:
                how = "better than" if rival.score > own + 1e-9 else "as well as"
                problems.append(
                    f"{intent.where}: intent '{intent.id}': example {example!r} matches "
                    f"'{rival.intent}' {how} its own ({rival.score:.2f} vs {own:.2f})"
                )
    return problems
