"""The value the core hands to every front end (terminal, JSON, Telegram).

Three families of "kind" exist in this project; each word means one thing in its family:

- `AnswerKind` (here): what the assistant did with a message. "answer" (one or more intents
  answered), "extract" (a quoted document passage), "clarify" ("did you mean ...?"), "decline"
  (it cannot answer: unknown, out of scope, another place, a year it lacks), "junk" (no words it
  could read), "crisis" (emergency guidance only, nothing else matched), "error" (something broke),
  "cleared" (a conversation was forgotten: /exit or /forget in `ask --conversation`).
- Intent kinds (`knowledge/intents/*.yaml`, `bot.knowledge.IntentKind`): info, help, meta, decline.
  An intent of kind "decline" is a known out-of-scope topic; asking about it gives an Answer of
  kind "decline".
- Question-set kinds (`tests/data/*.yaml`, `bot.evaluate.CaseKind`): answer, out_of_scope, crisis,
  junk: what a test case expects.
- Document kinds (`knowledge/sources.yaml`) are free text describing a source ("web page").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

AnswerKind = Literal["answer", "extract", "clarify", "decline", "junk", "crisis", "error", "cleared"]
ANSWER_KINDS: tuple[AnswerKind, ...] = ("answer", "extract", "clarify", "decline", "junk", "crisis", "error", "cleared")


@dataclass(frozen=True)
class Source:
    """Where an answer comes from: a document id, its section or heading, and its date."""

    document: str
    section: str
    date: str
    title: str = ""

    def to_json(self) -> dict[str, str]:
        """The public JSON shape: document, section, date."""
        return {"document": self.document, "section": self.section, "date": self.date}


@dataclass(frozen=True)
class Part:
    """One answered question inside a reply (a reply may answer two questions)."""

    intent: str
    title: str
    body: str
    sources: tuple[Source, ...] = ()
    as_of: str = ""
    note: str = ""


@dataclass(frozen=True)
class Choice:
    """A follow-up the user can pick (a button): its label, the intent behind it, and a year."""

    label: str
    intent: str
    year: str = ""


@dataclass(frozen=True)
class Answer:
    """What `Assistant.ask` returns.

    kind: what was done (see AnswerKind above).
    intent: an intent id; "passage" for a quoted document extract; "clarify" for
    "did you mean A or B?"; None when the assistant declines. Kept for readers of the JSON output;
    `kind` says the same without overloading.
    text: the plain text the user sees (crisis line first when `crisis`).
    parts: the structured pieces `text` was rendered from, for richer front ends.
    lead: the fixed text before the parts, or the whole text when there are no parts.
    choices: follow-ups as buttons (label, intent, year); `suggestions` are their labels.
    crisis_text: the emergency guidance alone (the first lines of `text` when `crisis`).
    intents: every intent answered (two when the message asked two things).
    topic: the topic of the (first) intent, e.g. "domestic-abuse" help, for front-end extras.
    explain: the decision's trace, when asked for (`ask(..., explain=True)`).
    """

    intent: str | None
    confidence: float
    text: str
    kind: AnswerKind = "answer"
    sources: list[Source] = field(default_factory=list)
    choices: tuple[Choice, ...] = ()
    crisis: bool = False
    crisis_text: str = ""
    parts: tuple[Part, ...] = ()
    lead: str = ""
    intents: tuple[str, ...] = ()
    topic: str = ""
    explain: dict[str, object] | None = None
    crisis_kind: str = ""
    """The kind of danger now when `crisis` ("violence", "medical", "suicide")."""

    @property
    def suggestions(self) -> list[str]:
        """The follow-ups as the user reads them (button labels)."""
        return [c.label for c in self.choices]

    @property
    def suggestion_intents(self) -> list[str]:
        """The intent id behind each suggestion, same order."""
        return [c.intent for c in self.choices]

    def to_json(self, question: str) -> dict[str, object]:
        """The `cdp-bot ask --json` record for this answer."""
        out: dict[str, object] = {
            "question": question,
            "kind": self.kind,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "answer": self.text,
            "sources": [s.to_json() for s in self.sources],
            "suggestions": self.suggestions,
            "crisis": self.crisis,
        }
        if self.explain is not None:
            out["explain"] = self.explain
        return out


__all__ = ["ANSWER_KINDS", "Answer", "AnswerKind", "Choice", "Part", "Source"]
