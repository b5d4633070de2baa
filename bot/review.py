"""`cdp-bot review`: what people asked that the assistant could not answer, grouped, for staff.

Reads the declined questions kept when `privacy.store_declined` is on (masked, for
`privacy.declined_days` days). Similar questions are grouped with rapidfuzz (token set ratio on
the folded text); each group is shown with its count, one example, the nearest intents and a
suggestion: add the example to an intent the matcher nearly chose, or write a new intent or add
a document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bot.normalise import fold

if TYPE_CHECKING:
    from bot.assistant import Assistant

SIMILAR = 70
"""Token set ratio (0-100) at which two declined questions are one group."""


@dataclass
class Group:
    example: str
    questions: list[str] = field(default_factory=list)
    nearest: list[tuple[str, float]] = field(default_factory=list)
    suggestion: str = ""

    @property
    def count(self) -> int:
        return len(self.questions)


def group_questions(texts: list[str], *, similar: int = SIMILAR) -> list[Group]:
    """Greedy grouping, largest groups first (ties: the order given, newest first)."""
    groups: list[tuple[str, Group]] = []
    for text in texts:
        key = fold(text)
        for rep, group in groups:
            if fuzz.token_set_ratio(key, rep) >= similar:
                group.questions.append(text)
                break
        else:
            groups.append((key, Group(example=text, questions=[text])))
    return sorted((g for _k, g in groups), key=lambda g: -g.count)


def review(assistant: Assistant, texts: list[str], *, limit: int = 20) -> list[Group]:
    """The groups, each with its nearest intents and a suggestion for staff."""
    groups = group_questions(texts)[:limit]
    near_at = assistant.policy.clarify_at
    for g in groups:
        ranked = assistant.matcher.rank(g.example, limit=3)
        g.nearest = [(c.intent, round(c.score, 2)) for c in ranked]
        best = next((c for c in ranked if assistant.kb.intents[c.intent].kind != "decline"), None)
        if best is not None and best.score >= near_at * 0.8:
            title = assistant.kb.intents[best.intent].title
            g.suggestion = f"add it as an example of intent {best.intent} ({title}) if that answer is right"
        elif ranked and assistant.kb.intents[ranked[0].intent].kind == "decline":
            g.suggestion = f"a known out-of-scope topic ({ranked[0].intent}): add it there as an example if it belongs"
        else:
            g.suggestion = "needs a new intent, or a new document (`cdp-bot kb add`)"
    return groups


def format_review(groups: list[Group], days: int, total: int) -> str:
    if not groups:
        return f"No declined questions kept in the last {days} days."
    lines = [f"{total} declined question{'s' if total != 1 else ''} in the last {days} days, in {len(groups)} group(s), most frequent first:", ""]
    for n, g in enumerate(groups, 1):
        lines.append(f"{n}. {g.count} x \"{g.example}\"")
        if g.nearest:
            lines.append("   nearest intents: " + ", ".join(f"{i} ({s:.2f})" for i, s in g.nearest))
        lines.append(f"   suggestion: {g.suggestion}")
    return "\n".join(lines)


NOT_STORED = (
    "Nothing to review: declined questions are only counted, their text is not stored. To keep it "
    "(masked, for privacy.declined_days days), set privacy.store_declined: true in the configuration "
    "and tell users (the bot's /privacy and /start say so when it is on)."
)
