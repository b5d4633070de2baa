"""Turn an `Answer` into Telegram messages: escaped HTML, split under the length limit, buttons.

Rendering works from the Answer's structure (its parts, sources and choices), never by reading its
plain text back. Plain blocks are split to size first and marked up after, so each message is
valid on its own and no tag ever spans two messages. Pure functions (no network, no Telegram
calls), tested directly and through the running bot. Every piece of user or knowledge text goes
through `html.escape`; the only tags are the ones added here (<b>, <i>).
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answer import Answer, Choice
from bot.render import source_lines
from handlers import texts

MAX_MESSAGE = 4096
"""Telegram's limit on a message, in UTF-16 code units after entity parsing."""
MAX_CALLBACK_BYTES = 64
MAX_SUGGESTIONS = 10
MAX_CHOICES = 3
"""A "did you mean" offers at most three."""
DA_INTENT = "help-domestic-abuse"
FEEDBACK_KINDS = ("answer", "extract")
"""Answers that get Helpful / Not helpful buttons (never a crisis reply)."""

# Callback data: "i:<intent>[:<year>]" answer an intent; "f:1:<intent>" / "f:0:<intent>" feedback;
# "x" quick exit. Intent ids are short lower-case slugs, so these stay well under 64 bytes. Each kind
# has its own CallbackQueryHandler with the pattern below; data that fits none is ignored, and the
# callbacks accept only intents the knowledge base has.
CB_INTENT = "i"
CB_FEEDBACK = "f"
CB_EXIT = "x"
CB_INTENT_PATTERN = re.compile(r"^i:(?P<intent>[a-z0-9][a-z0-9-]{0,59})(?::(?P<year>\d{4}(?:[/-]\d{2,4})?))?$")
CB_FEEDBACK_PATTERN = re.compile(r"^f:(?P<vote>[01]):(?P<intent>[a-z0-9][a-z0-9-]{0,59})$")
CB_EXIT_PATTERN = re.compile(r"^x$")

Style = Literal["plain", "bold", "italic"]


@dataclass(frozen=True)
class OutMessage:
    """One message to send: HTML text and its buttons (None: no keyboard)."""

    html: str
    markup: InlineKeyboardMarkup | None = None


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def esc(text: str) -> str:
    """Escape text for Telegram HTML (<, >, & and quotes)."""
    return html.escape(text, quote=True)


def callback(kind: str, *fields: str) -> str | None:
    """Callback data for a button, or None when it would exceed Telegram's 64 bytes."""
    data = ":".join((kind, *fields))
    return data if len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES else None


def menu_markup(menu: Sequence[Choice]) -> InlineKeyboardMarkup:
    """The topic menu (from menus.yaml): two buttons a row."""
    buttons = [InlineKeyboardButton(c.label, callback_data=callback(CB_INTENT, c.intent)) for c in menu]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def plain_html(text: str) -> str:
    """Escaped plain text (fixed texts, operator replies)."""
    return esc(text)


def is_domestic_abuse(answer: Answer) -> bool:
    """True when the answer (or any part of it) is the domestic-abuse help answer."""
    return answer.intent == DA_INTENT or DA_INTENT in answer.intents


def answer_markup(answer: Answer, *, feedback: bool = True) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: Quick exit first (domestic abuse or crisis), then the choices (the
    two "did you mean" ones for a clarify), then Helpful / Not helpful."""
    rows: list[list[InlineKeyboardButton]] = []
    if answer.crisis or is_domestic_abuse(answer):
        rows.append([InlineKeyboardButton(texts.BUTTON_EXIT, callback_data=CB_EXIT)])
    buttons: list[InlineKeyboardButton] = []
    seen: set[str] = set()
    limit = MAX_CHOICES if answer.kind == "clarify" else MAX_SUGGESTIONS
    for choice in answer.choices[:limit]:
        data = callback(CB_INTENT, *([choice.intent, choice.year] if choice.year else [choice.intent]))
        if data is None or data in seen or not choice.label.strip():
            continue
        seen.add(data)
        buttons.append(InlineKeyboardButton(choice.label.strip(), callback_data=data))
    per_row = 2 if len(buttons) > 3 else 1
    rows += [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    if feedback and answer.kind in FEEDBACK_KINDS and not answer.crisis and answer.intent:
        yes, no = callback(CB_FEEDBACK, "1", answer.intent), callback(CB_FEEDBACK, "0", answer.intent)
        if yes and no:
            rows.append(
                [
                    InlineKeyboardButton(texts.BUTTON_HELPFUL, callback_data=yes),
                    InlineKeyboardButton(texts.BUTTON_NOT_HELPFUL, callback_data=no),
                ]
            )
    return InlineKeyboardMarkup(rows) if rows else None


def blocks_of(answer: Answer) -> list[list[tuple[Style, str]]]:
    """The answer after its crisis line, as paragraphs of styled blocks: each part's title (bold,
    when there are several), body, note and source lines (italic); the safety note under a
    domestic-abuse answer."""
    paragraphs: list[list[tuple[Style, str]]] = []
    if answer.parts and answer.lead.strip():
        paragraphs.append([("plain", answer.lead.strip("\n"))])  # (a line before the parts: "Yes: Prevent is one of ...")
    for part in answer.parts:
        para: list[tuple[Style, str]] = []
        if len(answer.parts) > 1:
            para.append(("bold", f"{part.title}:"))
        para.append(("plain", part.body))
        if part.note:
            para.append(("plain", part.note))
        para += [("italic", line) for line in source_lines(part.sources)]
        paragraphs.append(para)
    if not answer.parts:
        rest = answer.lead or answer.text
        if answer.crisis and answer.crisis_text and rest.startswith(answer.crisis_text):
            rest = rest[len(answer.crisis_text) :]
        if rest.strip():
            paragraphs.append([("plain", rest.strip("\n"))])
    if is_domestic_abuse(answer):
        paragraphs.append([("italic", texts.SAFETY)])
    return paragraphs


def render_answer(answer: Answer, *, limit: int = MAX_MESSAGE, feedback: bool = True) -> list[OutMessage]:
    """The messages for one answer, in order: the crisis line alone first (no buttons), then the
    answer split under `limit`, with the buttons on the last message."""
    out: list[OutMessage] = []
    if answer.crisis and answer.crisis_text:
        out += [OutMessage(chunk) for chunk in pack([[("bold", answer.crisis_text.strip())]], limit)]
    chunks = pack(blocks_of(answer), limit)
    markup = answer_markup(answer, feedback=feedback)
    if not chunks and markup is not None and out:
        return [*out[:-1], OutMessage(out[-1].html, markup)]
    for i, chunk in enumerate(chunks):
        out.append(OutMessage(chunk, markup if i == len(chunks) - 1 else None))
    return out


def without_feedback(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The same keyboard minus the Helpful / Not helpful row (after a press)."""
    if markup is None:
        return None
    rows = [
        list(row)
        for row in markup.inline_keyboard
        if not any(str(b.callback_data or "").startswith(CB_FEEDBACK + ":") for b in row)
    ]
    return InlineKeyboardMarkup(rows) if rows else None


# --- splitting, then marking up ---------------------------------------------------------------------

_TAGS: dict[Style, tuple[str, str]] = {"plain": ("", ""), "bold": ("<b>", "</b>"), "italic": ("<i>", "</i>")}


def _cut(text: str, budget: int) -> list[str]:
    """Plain text in pieces of at most `budget` UTF-16 units: at a blank line, else a line break,
    else a space, and inside a word only as a last resort."""
    pieces: list[str] = []
    while utf16_len(text) > budget:
        window = text[:budget]
        while utf16_len(window) > budget:
            window = window[:-1]
        at = next((found for sep in ("\n\n", "\n", " ") if (found := window.rfind(sep)) > 0), len(window))
        pieces.append(text[:at])
        text = text[at:].lstrip(" \n")
    if text:
        pieces.append(text)
    return pieces


def pack(paragraphs: Iterable[list[tuple[Style, str]]], limit: int = MAX_MESSAGE) -> list[str]:
    """Styled paragraphs as Telegram HTML messages of at most `limit` visible UTF-16 units each.

    Blocks within a paragraph are joined by a line break, paragraphs by a blank line. A block too
    long for one message is cut first (`_cut`), and each piece is escaped and tagged on its own."""
    if limit < 16:
        raise ValueError(f"limit {limit} is too small to split a message")
    messages: list[str] = []
    html_parts: list[str] = []
    used = 0

    def flush() -> None:
        nonlocal html_parts, used
        if html_parts:
            messages.append("".join(html_parts))
        html_parts, used = [], 0

    for para in paragraphs:
        for b_index, (style, text) in enumerate(para):
            sep = ("\n\n" if b_index == 0 else "\n") if html_parts else ""
            opening, closing = _TAGS[style]
            for piece in _cut(text, limit):
                if not piece.strip():
                    continue
                size = utf16_len(piece)
                if used + utf16_len(sep) + size > limit:
                    flush()
                    sep = ""
                html_parts.append(sep + opening + esc(piece) + closing)
                used += utf16_len(sep) + size
                sep = "\n"
    flush()
    return messages
