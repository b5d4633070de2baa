"""Turn an `Answer` into Telegram messages: escaped HTML, split under the length limit, buttons.

Pure functions (no network, no Telegram calls), so they are tested directly as well as through
the running bot. Every piece of user or knowledge text goes through `html.escape`; the only tags
are the ones added here (<b>, <i>).
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answer import Answer
from bot.render import MENU
from handlers import texts

MAX_MESSAGE = 4096
"""Telegram's limit on a message, in UTF-16 code units after entity parsing."""
MAX_CALLBACK_BYTES = 64
MAX_SUGGESTIONS = 10
DA_INTENT = "help-domestic-abuse"

# Callback data: "i:<intent>[:<year>]" answer an intent; "f:1:<intent>" / "f:0:<intent>" feedback;
# "x" quick exit. Intent ids are short lower-case slugs, so these stay well under 64 bytes. Each kind
# has its own CallbackQueryHandler with the pattern below; data that fits none is ignored, and the
# callbacks accept only intents the knowledge base has.
CB_INTENT = "i"
CB_FEEDBACK = "f"
CB_EXIT = "x"
CB_INTENT_PATTERN = re.compile(r"^i:(?P<intent>[a-z0-9][a-z0-9-]{0,59})(?::(?P<year>\d{4}(?:/\d{2})?))?$")
CB_FEEDBACK_PATTERN = re.compile(r"^f:(?P<vote>[01]):(?P<intent>[a-z0-9][a-z0-9-]{0,59})$")
CB_EXIT_PATTERN = re.compile(r"^x$")

_TAG_RESERVE = 64
_TOKEN = re.compile(r"<[^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[^<&]+|[<&]")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")
_PERIOD = re.compile(r"(\d{4}(?:[/-]\d{2,4})?)$")


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


def menu_markup() -> InlineKeyboardMarkup:
    """The /start menu: the ten topics, two per row."""
    buttons = [InlineKeyboardButton(label, callback_data=callback(CB_INTENT, iid)) for iid, label in MENU]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def plain_html(text: str) -> str:
    """Escaped plain text (fixed texts, operator replies)."""
    return esc(text)


def text_html(text: str, *, titles: Iterable[str] = ()) -> str:
    """Answer text as HTML: escaped; 'Source:' lines in italics; part titles in bold."""
    bold = {f"{t}:" for t in titles}
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("Source:"):
            lines.append(f"<i>{esc(stripped)}</i>")
        elif stripped in bold:
            lines.append(f"<b>{esc(stripped)}</b>")
        else:
            lines.append(esc(line))
    return "\n".join(lines)


def is_domestic_abuse(answer: Answer) -> bool:
    """True when the answer (or any part of it) is the domestic-abuse help answer."""
    return answer.intent == DA_INTENT or DA_INTENT in answer.intents


def answer_markup(answer: Answer, *, feedback: bool = True) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: suggestions (or the two 'did you mean' choices), quick exit, feedback."""
    rows: list[list[InlineKeyboardButton]] = []
    buttons: list[InlineKeyboardButton] = []
    seen: set[str] = set()
    ids = list(answer.suggestion_intents)
    repeated = {i for i in ids if ids.count(i) > 1}
    limit = 2 if answer.intent == "clarify" else MAX_SUGGESTIONS
    for label, iid in list(zip(answer.suggestions, ids))[:limit]:
        fields = [iid]
        if iid in repeated:
            m = _PERIOD.search(label.strip())
            if m:
                fields.append(m.group(1))
        data = callback(CB_INTENT, *fields)
        if data is None or data in seen or not label.strip():
            continue
        seen.add(data)
        buttons.append(InlineKeyboardButton(label.strip(), callback_data=data))
    per_row = 2 if len(buttons) > 3 else 1
    rows += [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    if is_domestic_abuse(answer):
        rows.append([InlineKeyboardButton(texts.BUTTON_EXIT, callback_data=CB_EXIT)])
    if feedback and answer.intent not in (None, "clarify"):
        yes, no = callback(CB_FEEDBACK, "1", answer.intent), callback(CB_FEEDBACK, "0", answer.intent)
        if yes and no:
            rows.append(
                [
                    InlineKeyboardButton(texts.BUTTON_HELPFUL, callback_data=yes),
                    InlineKeyboardButton(texts.BUTTON_NOT_HELPFUL, callback_data=no),
                ]
            )
    return InlineKeyboardMarkup(rows) if rows else None


def render_answer(answer: Answer, *, limit: int = MAX_MESSAGE, feedback: bool = True) -> list[OutMessage]:
    """The messages for one answer, in order: the crisis line alone first (no buttons), then the
    answer split under `limit`, with the buttons on the last message."""
    out: list[OutMessage] = []
    body = answer.text
    if answer.crisis and answer.crisis_text:
        out.append(OutMessage(f"<b>{esc(answer.crisis_text.strip())}</b>"))
        if body.startswith(answer.crisis_text):
            body = body[len(answer.crisis_text) :]
        body = body.strip("\n")
    html_body = text_html(body, titles=[p.title for p in answer.parts]) if body.strip() else ""
    if is_domestic_abuse(answer):
        html_body = (html_body + "\n\n" if html_body else "") + f"<i>{esc(texts.SAFETY)}</i>"
    chunks = split_html(html_body, limit) if html_body else []
    markup = answer_markup(answer, feedback=feedback)
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


# --- splitting ------------------------------------------------------------------------------------


def split_html(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split Telegram HTML into chunks of at most `limit` UTF-16 units.

    Prefers paragraph boundaries, then line breaks, then spaces, and cuts a single over-long word
    only as a last resort; never inside a tag or an entity. Tags open at a cut are closed at the end
    of the chunk and reopened at the start of the next, so every chunk is valid on its own. Blank
    chunks are dropped.
    """
    if utf16_len(text) <= limit:
        return [text] if _visible(text).strip() else []
    budget = limit - (_TAG_RESERVE if "<" in text else 0)
    if budget < 16:
        raise ValueError(f"limit {limit} is too small to split HTML")
    chunks = _balance(_pack(text, budget, ("\n\n", "\n", " ")))
    if any(utf16_len(c) > limit for c in chunks):  # pragma: no cover - deeply nested tags only
        return split_html(text, limit - _TAG_RESERVE)
    return [c for c in chunks if _visible(c).strip()]


def _visible(text: str) -> str:
    return re.sub(r"<[^<>]*>", "", text)


def _split_outside_tags(text: str, sep: str) -> list[str]:
    """Split on `sep` only in text, never inside a tag or an entity."""
    parts: list[str] = []
    cur = ""
    for tok in _TOKEN.findall(text):
        if tok.startswith("<") and len(tok) > 1 or tok.startswith("&") and len(tok) > 1:
            cur += tok
            continue
        pieces = tok.split(sep)
        cur += pieces[0]
        for piece in pieces[1:]:
            parts.append(cur)
            cur = piece
    parts.append(cur)
    return parts


def _hard_split(text: str, budget: int) -> list[str]:
    """Cut anywhere between tokens (and inside plain text runs), as a last resort."""
    chunks: list[str] = []
    cur = ""
    for tok in _TOKEN.findall(text):
        atoms: Sequence[str] = [tok] if (len(tok) > 1 and tok[0] in "<&") else list(tok)
        for atom in atoms:
            if cur and utf16_len(cur) + utf16_len(atom) > budget:
                chunks.append(cur)
                cur = ""
            cur += atom
    if cur:
        chunks.append(cur)
    return chunks


def _pack(text: str, budget: int, seps: tuple[str, ...]) -> list[str]:
    """Greedily join pieces split at the first separator; split over-long pieces at the next."""
    if utf16_len(text) <= budget:
        return [text]
    if not seps:
        return _hard_split(text, budget)
    sep, rest = seps[0], seps[1:]
    chunks: list[str] = []
    cur: str | None = None
    for part in _split_outside_tags(text, sep):
        for piece in [part] if utf16_len(part) <= budget else _pack(part, budget, rest):
            candidate = piece if cur is None else cur + sep + piece
            if utf16_len(candidate) <= budget:
                cur = candidate
            else:
                if cur is not None:
                    chunks.append(cur)
                cur = piece
    if cur is not None:
        chunks.append(cur)
    return chunks


def _balance(chunks: list[str]) -> list[str]:
    """Close tags left open at the end of each chunk and reopen them at the start of the next."""
    out: list[str] = []
    carry: list[tuple[str, str]] = []  # (name, full opening tag)
    for chunk in chunks:
        text = "".join(tag for _name, tag in carry) + chunk
        stack = list(carry)
        for m in _TAG.finditer(chunk):
            closing, name = m.group(1), m.group(2).lower()
            if not closing:
                stack.append((name, m.group(0)))
            else:
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == name:
                        del stack[i]
                        break
        text += "".join(f"</{name}>" for name, _tag in reversed(stack))
        out.append(text)
        carry = stack
    return out
