"""Plain-text rendering of answers: contact placeholders, source lines, fixed replies.

Everything a user reads is assembled here, so the vetting check in `kb check` sees exactly
what users will see.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bot.answer import Source
from bot.knowledge import PLACEHOLDER_RE, Contact, human_date

def expand(text: str, contacts: Mapping[str, Contact]) -> str:
    """Replace {phone:id}, {text:id}, {web:id} and {email:id} with that contact's vetted value
    (`kb check` refuses a placeholder whose contact or field is missing)."""

    def sub(m: re.Match[str]) -> str:
        c = contacts.get(m.group(2))
        return str(getattr(c, m.group(1), "") or m.group(0)) if c is not None else m.group(0)

    return PLACEHOLDER_RE.sub(sub, text)


def source_lines(sources: Iterable[Source]) -> list[str]:
    """'Source: <document>, <section> (as of <date>)' for each distinct source."""
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()
    for s in sources:
        key = (s.document, s.section)
        if key in seen:
            continue
        seen.add(key)
        title = s.title or s.document
        section = f", {s.section}" if s.section else ""
        lines.append(f"Source: {title}{section} (as of {human_date(s.date)})")
    return lines


DANGER_LINE = "If you or someone else is in danger right now, call {phone:emergency}."

DECLINE_TAIL = DANGER_LINE
"""What follows the one line saying why a known out-of-scope topic is declined."""

OTHER_QUESTION = "Your other question:"
"""Before the one line saying why another question in the same message is declined."""

DECLINE = "Sorry, I can't answer that: it isn't in the partnership documents I have.\n" + DANGER_LINE

OTHER_PLACE = (
    "I only know about Nottingham's Crime and Drugs Partnership, so I can't answer for {place}: "
    "that area's council or community safety partnership will have its own information.\n" + DANGER_LINE
)

JUNK = (
    "Sorry, I couldn't make sense of that message. Please ask me a question in words, for "
    "example \"Where can I get help with domestic abuse?\" or \"Which group deals with "
    "anti-social behaviour?\".\n" + DANGER_LINE
)

VAGUE = (
    "I need a little more to go on: what is it about? For example domestic abuse, drugs or "
    "alcohol, anti-social behaviour, hate crime, or the partnership's duties and priorities.\n" + DANGER_LINE
)
"""A message in real words that names nothing ("what do I do?", "who do I tell?")."""

NO_YEAR = (
    "I don't have {title_lower} for {year}. The documents I have cover {periods}. "
    "Ask about one of those, or ask without a year for the latest."
)

TOO_NEW = (
    "I can't tell you about {year}: the newest partnership document I have is from {newest}. "
    "Ask without a year for the latest I know, or see the partnership's page: {web:cdp-page}\n"
    + DANGER_LINE
)

def clarify_text(titles: list[str]) -> str:
    """"Did you mean" with the choices numbered: reply with the number, or tap one."""
    numbers = [str(n) for n in range(1, len(titles) + 1)]
    lines = "\n".join(f"{n}. {t}" for n, t in zip(numbers, titles, strict=True))
    which = ", ".join(numbers[:-1]) + " or " + numbers[-1]
    return f"I'm not sure which you mean. Did you mean:\n{lines}\nReply with {which}, or tap one."

PASSAGE = (
    "I don't have a ready answer to that, but this extract from the partnership's documents "
    "looks relevant:\n\n\u201c{text}\u201d"
)

CRISIS = {
    "violence": (
        "If you or someone else is in danger right now, call {phone:emergency} now. If you "
        "can't speak, call {phone:emergency} and press 55 when asked (the Silent Solution)."
    ),
    "medical": (
        "Call {phone:emergency} now and ask for an ambulance. Stay with the person until help "
        "arrives. For urgent advice that isn't life-threatening, call NHS {phone:nhs-111}."
    ),
    "suicide": (
        "If your life is in danger or you have already hurt yourself or taken something, call "
        "{phone:emergency} now. You don't have to go through this alone: Samaritans are there "
        "any time, free, on {phone:samaritans}, or text SHOUT to {text:shout}."
    ),
}
CRISIS_SILENT = (
    "If you can't talk: call {phone:emergency}, stay on the line and press 55 when you are asked, "
    "and the police will know it is a real emergency (the Silent Solution)."
)
"""First, for someone who can't speak because the danger is near."""
CRISIS_CHILD = (
    "If a child is being hurt or is in danger, call {phone:emergency} first. Then: NSPCC Helpline, "
    "for adults worried about a child: {phone:nspcc-helpline}. Childline, for children and young "
    "people, free, any time: {phone:childline}."
)
OTHER_LANGUAGE = (
    DANGER_LINE + "\n"
    "Sorry, I can only answer in English for now. If you can, please write your question in English."
)
"""A message in another language: the 999 line first, then a short note."""
NUMBER = "{name}: {phone}"
"""'That number again': the number alone, in one line."""
NO_NUMBER = (
    "I haven't given you a number in this conversation yet (or it has been forgotten). Tell me "
    "which service you need, for example \"the domestic abuse helpline\".\n" + DANGER_LINE
)
"""'That number again' with no number given earlier (or after /exit or /forget)."""
CONTEXT_CLEARED = "Done: I've forgotten this conversation. Ask me anything new."
CRISIS_DA = (
    "Juno Women's Aid's 24-hour domestic abuse helpline: {phone:juno-helpline}. "
    "National Domestic Abuse Helpline (24/7, free): {phone:national-da-helpline}."
)
ERROR = (
    "Sorry, something went wrong on my side and I couldn't answer that. Please try again. "
    + DANGER_LINE
)
