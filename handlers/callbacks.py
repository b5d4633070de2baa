"""The update callbacks: translate each update into an `Assistant` call and send the rendered result.

No matching or knowledge logic lives here. Every callback has the PTB signature
`(update, context)`; shared services come from `context.bot_data["services"]`.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from telegram import Message, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.answer import Answer
from bot.charts import chart_png, format_stats
from bot.storage import Storage
from handlers import texts
from handlers.render import (
    CB_EXIT,
    CB_INTENT,
    OutMessage,
    menu_markup,
    plain_html,
    render_answer,
    without_feedback,
)
from handlers.services import BOT, RateLimiter, Services

log = logging.getLogger(__name__)

CAPTION_LIMIT = 1024
"""Telegram's limit on a photo caption, in characters."""

def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The shared services of this application."""
    svc: Services = context.bot_data["services"]
    return svc


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


def _chat_key(update: Update) -> tuple[int, int] | None:
    """Whose conversation this is: one per user in each chat (a group's members never share one)."""
    chat, user = update.effective_chat, _user_id(update)
    return None if chat is None or user is None else (chat.id, user)


def _is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is None or chat.type == ChatType.PRIVATE


def addressed(message: Message, bot_id: int, username: str | None) -> bool:
    """In a group, is this message for the bot: a reply to it, or a mention of it?"""
    if message.chat.type == ChatType.PRIVATE:
        return True
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id:
        return True
    handle = f"@{username}".lower() if username else None
    for entity, text in message.parse_entities(["mention", "text_mention"]).items():
        if entity.type == "text_mention" and entity.user is not None and entity.user.id == bot_id:
            return True
        if entity.type == "mention" and handle and text.lower() == handle:
            return True
    return False


def _strip_mention(text: str, username: str | None) -> str:
    if not username:
        return text
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


# --- sending --------------------------------------------------------------------------------------


async def send(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    messages: list[OutMessage],
    *,
    quote: bool = True,
) -> list[Message]:
    """Send messages to the update's chat in order, remembering their ids for quick exit."""
    chat = update.effective_chat
    if chat is None:
        return []
    svc = services(context)
    incoming = update.effective_message if update.callback_query is None else None
    reply_to = (
        ReplyParameters(incoming.message_id, allow_sending_without_reply=True)
        if quote and incoming is not None and chat.type != ChatType.PRIVATE
        else None
    )
    sent: list[Message] = []
    for i, out in enumerate(messages):
        msg = await context.bot.send_message(
            chat.id, out.html, reply_markup=out.markup, reply_parameters=reply_to if i == 0 else None
        )
        svc.messages.add(chat.id, msg.message_id, BOT)
        sent.append(msg)
    return sent


async def reply_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> list[Message]:
    """Send one fixed text (escaped), without buttons."""
    return await send(update, context, [OutMessage(plain_html(text))])


async def deliver(update: Update, context: ContextTypes.DEFAULT_TYPE, answer: Answer, *, question: str | None = None) -> None:
    """Send an answer (crisis line first), then count it: intent only, text only if configured."""
    await send(update, context, render_answer(answer))
    svc = services(context)
    if svc.config.privacy.log_questions and question is not None:
        log.info("question %r -> %s", question, answer.intent)
    else:
        log.debug("answered intent=%s crisis=%s", answer.intent, answer.crisis)
    user = _user_id(update)
    if svc.storage is not None and user is not None:
        keep = question if svc.config.privacy.store_questions else None
        # only a plain decline is kept for review (when configured): never an answered question,
        # never danger, junk or another language
        declined = question if answer.kind == "decline" and not answer.crisis else None
        await asyncio.to_thread(
            svc.storage.record_question, svc.storage.user_hash(user), answer.intent, answer.intent is None, text=keep,
            declined_text=declined, crisis=answer.crisis,
        )


async def answer_intent(
    update: Update, context: ContextTypes.DEFAULT_TYPE, intent: str, year: str | None = None
) -> None:
    """Answer a known intent (commands, buttons); it becomes the conversation's topic."""
    svc, key = services(context), _chat_key(update)
    if key is None:
        answer = await asyncio.to_thread(svc.assistant.answer_intent, intent, year=year)
    else:
        answer = await asyncio.to_thread(svc.chats.answer_intent, key, intent, year=year)
    await deliver(update, context, answer)


# --- gates (groups -2 and -1) ------------------------------------------------------------------


async def track(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remember the id (never the text) of each incoming message, for quick exit."""
    msg = update.message or update.edited_message
    if msg is not None and msg.from_user is not None:
        services(context).messages.add(msg.chat.id, msg.message_id, msg.from_user.id)


def _wants_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Would the bot respond to this update at all (so it counts against the rate limit)?"""
    if update.callback_query is not None:
        return True
    msg = update.message or update.edited_message
    if msg is None:
        return False
    if msg.chat.type == ChatType.PRIVATE:
        return True
    if msg.text and msg.text.startswith("/"):
        return True
    return addressed(msg, context.bot.id, context.bot.username)


def _never_gated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The quick exit and a message about danger now always get through the rate limit."""
    query = update.callback_query
    if query is not None:
        return query.data == CB_EXIT
    msg = update.message or update.edited_message
    text = (msg.text or msg.caption or "") if msg is not None else ""
    if text.split(maxsplit=1)[:1] in (["/exit"], [f"/exit@{context.bot.username}"]):
        return True
    return bool(text) and services(context).assistant.crisis_kind(text) is not None


async def rate_gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Let each user through at most N times per window: then say "slow down" once (with the 999
    line), then stay silent. Danger now and the quick exit are never held back."""
    user = _user_id(update)
    if user is None or not _wants_answer(update, context):
        return
    svc = services(context)
    verdict = svc.limiter.check(user)
    if verdict == RateLimiter.OK or _never_gated(update, context):  # read for danger only when over the limit
        return
    if verdict == RateLimiter.WARN:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.SLOW_DOWN)
        else:
            await reply_text(update, context, f"{texts.SLOW_DOWN}\n{svc.assistant.danger_line}")
    raise ApplicationHandlerStop


# --- commands -----------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome, what I can and cannot do, a privacy line and the topic menu."""
    svc = services(context)
    line = texts.PRIVACY_LINE_STORED if svc.config.privacy.store_questions else texts.PRIVACY_LINE
    if svc.config.privacy.store_declined and not svc.config.privacy.store_questions:
        line += " " + texts.PRIVACY_LINE_DECLINED.format(days=svc.config.privacy.declined_days)
    welcome = texts.WELCOME.format(danger=svc.assistant.danger_line)
    await send(update, context, [OutMessage(plain_html(f"{welcome}\n\n{line}"), menu_markup(svc.assistant.menu))])


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How to ask, the commands, and the topic menu."""
    assistant = services(context).assistant
    text = texts.help_text(assistant.kb.commands, assistant.danger_line)
    await send(update, context, [OutMessage(plain_html(text), menu_markup(assistant.menu))])


async def knowledge_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command from knowledge/menus.yaml answers its intent (/priorities 2016 with a year);
    any other command gets a hint in private chats and silence in groups (it may be for another bot).
    Looked up on every use, so /reload brings new commands in."""
    msg = update.effective_message
    if msg is None or not msg.text:
        return
    name, *args = msg.text.split()
    name = name.lstrip("/").split("@")[0].lower()
    command = next((c for c in services(context).assistant.kb.commands if c.name == name), None)
    if command is None:
        if _is_private(update):
            await reply_text(update, context, texts.UNKNOWN_COMMAND)
        return
    year = (" ".join(args).strip()[:20] or None) if command.year else None
    await answer_intent(update, context, command.intent, year)


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What is kept, what /forget and /exit do, and what they cannot hide."""
    svc = services(context)
    parts = [texts.PRIVACY_KEEP_STORED if svc.config.privacy.store_questions else texts.PRIVACY_KEEP]
    if svc.config.privacy.store_declined:
        parts.append(texts.PRIVACY_KEEP_DECLINED.format(days=svc.config.privacy.declined_days))
    parts.append(texts.PRIVACY_REST)
    if svc.config.telegram.protect_content:
        parts.append(texts.PROTECTED)
    await reply_text(update, context, "\n\n".join(parts))


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete everything held about this user, and confirm."""
    svc = services(context)
    user = _user_id(update)
    if user is None:
        return
    if context.user_data is not None:
        context.user_data.clear()
    if context.chat_data is not None and _is_private(update):
        context.chat_data.clear()
    svc.limiter.forget(user)
    svc.chats.clear_where(lambda key: isinstance(key, tuple) and key[1] == user)
    store: Storage | None = svc.storage
    n = None if store is None else await asyncio.to_thread(store.forget, store.user_hash(user))
    if n is None:
        await reply_text(update, context, texts.FORGET_FAILED)
        return
    template = texts.FORGET_DONE_STORED if svc.config.privacy.store_questions else texts.FORGET_DONE
    await reply_text(update, context, template.format(n=n, s="" if n == 1 else "s"))


async def quick_exit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete this chat's recent messages (the bot's and this user's) and leave one neutral line."""
    chat, user = update.effective_chat, _user_id(update)
    if chat is None or user is None:
        return
    svc = services(context)
    svc.chats.clear((chat.id, user))
    ids = svc.messages.take(chat.id, user)
    for i in range(0, len(ids), 100):
        batch = ids[i : i + 100]
        try:
            await context.bot.delete_messages(chat.id, batch)
        except TelegramError:
            for mid in batch:
                with contextlib.suppress(TelegramError):
                    await context.bot.delete_message(chat.id, mid)
    msg = await context.bot.send_message(chat.id, plain_html(texts.EXIT_DONE))
    svc.messages.add(chat.id, msg.message_id, BOT)


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Operators only: questions per day, top intents, decline rate, feedback. Others get no reply."""
    svc = services(context)
    if not svc.is_admin(_user_id(update)):
        return
    days = 7
    if context.args and context.args[0].isdigit():
        days = max(1, min(366, int(context.args[0])))
    data = None if svc.storage is None else await asyncio.to_thread(svc.storage.stats, days)
    summary = format_stats(data, days)
    chat = update.effective_chat
    if not data or not data.get("available") or chat is None:
        await reply_text(update, context, summary)
        return
    png = await asyncio.to_thread(chart_png, data, days)
    fits = len(summary) <= CAPTION_LIMIT
    photo = await context.bot.send_photo(chat.id, png, caption=plain_html(summary) if fits else None)
    svc.messages.add(chat.id, photo.message_id, BOT)
    if not fits:  # the caption limit: the summary as the next message
        await reply_text(update, context, summary)


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Operators only: re-read the knowledge; a broken set is refused and the last good one stays."""
    svc = services(context)
    if not svc.is_admin(_user_id(update)):
        return
    ok, message = await asyncio.to_thread(svc.assistant.reload)
    log.info("knowledge reload by an operator: %s", "ok" if ok else "refused")
    await reply_text(update, context, message)


# --- messages and buttons -------------------------------------------------------------------------


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer free text or a photo's or video's caption (new or edited); in groups only when the
    bot is mentioned or replied to."""
    msg = update.effective_message
    text = (msg.text or msg.caption or "") if msg is not None else ""
    if msg is None or not text:
        return
    if msg.chat.type != ChatType.PRIVATE:
        if not addressed(msg, context.bot.id, context.bot.username):
            return
        text = _strip_mention(text, context.bot.username)
    svc, key = services(context), _chat_key(update)
    if key is None:
        answer = await asyncio.to_thread(svc.assistant.ask, text)
    else:  # read with this user's conversation: "and in 2016?", "2" after "did you mean", danger after a partner
        answer = await asyncio.to_thread(svc.chats.ask, key, text)
    await deliver(update, context, answer, question=text)


async def other_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, stickers, voice, locations, files without a caption: one polite line with the 999
    line (someone in danger may send a voice note); in groups only when replied to."""
    msg = update.effective_message
    if msg is None:
        return
    if msg.chat.type != ChatType.PRIVATE and not addressed(msg, context.bot.id, context.bot.username):
        return
    await reply_text(update, context, f"{texts.NON_TEXT}\n{services(context).assistant.danger_line}")


async def intent_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A topic, suggestion or "did you mean" button: answer that intent (for its year, if any)."""
    query = update.callback_query
    if query is None or context.match is None:
        return
    await query.answer()
    intent = context.match.group("intent")
    if intent in services(context).assistant.kb.intents:
        await answer_intent(update, context, intent, context.match.group("year"))


async def feedback_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Helpful / Not helpful: recorded by intent (a known one only), then the buttons go."""
    query = update.callback_query
    if query is None or context.match is None:
        return
    svc = services(context)
    intent, helpful = context.match.group("intent"), context.match.group("vote") == "1"
    if intent not in svc.assistant.kb.intents and intent != "passage":
        await query.answer()
        return
    if svc.storage is not None and query.from_user is not None:
        await asyncio.to_thread(svc.storage.record_feedback, svc.storage.user_hash(query.from_user.id), intent, helpful)
    await query.answer(texts.FEEDBACK_THANKS)
    message = query.message
    if isinstance(message, Message):
        with contextlib.suppress(BadRequest):  # already edited (a second press), or the message is gone
            await query.edit_message_reply_markup(without_feedback(message.reply_markup))


async def exit_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The Quick exit button: the same as /exit."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    await quick_exit(update, context)


async def unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Button data that fits no kind (old, or crafted): stop the spinner, do nothing else."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the exception (no message text) and tell the user, without a stack trace."""
    log.error("error while handling an update: %s", type(context.error).__name__, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        msg = await context.bot.send_message(update.effective_chat.id, plain_html(services(context).assistant.error_text))
        services(context).messages.add(update.effective_chat.id, msg.message_id, BOT)
    except TelegramError as exc:
        log.warning("could not tell the user about the error: %s", type(exc).__name__)


__all__ = [
    "CB_EXIT",
    "CB_INTENT",
    "exit_button",
    "feedback_button",
    "forget",
    "format_stats",
    "help_command",
    "intent_button",
    "knowledge_command",
    "on_error",
    "other_message",
    "privacy",
    "quick_exit",
    "rate_gate",
    "reload",
    "start",
    "stats",
    "text_message",
    "track",
    "unknown_button",
]
