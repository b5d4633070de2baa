"""The value the core hands to every front end (terminal, JSON, Telegram)."""
from __future__ import annotations

from dataclasses import dataclass, field


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
class Answer:
    """What `Assistant.ask` returns.

    intent: an intent id; "passage" for a quoted document extract; "clarify" for
    "did you mean A or B?"; None when the assistant declines.
    text: the plain text the user sees (crisis line first when `crisis`).
    parts: the structured pieces `text` was rendered from, for richer front ends.
    suggestions: follow-up questions as the user would read them (button labels);
    suggestion_intents: the intent id behind each suggestion, same order (for callbacks).
    crisis_text: the emergency guidance alone (the first lines of `text` when `crisis`).
    intents: every intent answered (two when the message asked two things).
    topic: the topic of the (first) intent, e.g. "domestic-abuse" help, for front-end extras.
    """

    intent: str | None
    confidence: float
    text: str
    sources: list[Source] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    suggestion_intents: list[str] = field(default_factory=list)
    crisis: bool = False
    crisis_text: str = ""
    parts: tuple[Part, ...] = ()
    intents: tuple[str, ...] = ()
    topic: str = ""

    def to_json(self, question: str) -> dict[str, object]:
        """The `cdp-bot ask --json` record for this answer."""
        return {
            "question": question,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "answer": self.text,
            "sources": [s.to_json() for s in self.sources],
            "suggestions": list(self.suggestions),
            "crisis": self.crisis,
        }


__all__ = ["Answer", "Part", "Source"]
