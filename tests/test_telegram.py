"""The Telegram bot end to end: the real Application and PTB's HTTP stack against the loopback Bot API.

Nothing of python-telegram-bot is mocked: updates go out through getUpdates, replies come back as
real sendMessage calls that the server checks as Telegram would (HTML must parse, 4096 limit,
callback data <= 64 bytes).
"""
from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from tests.auxil.botapi import MARKUP_ANSWER, LONG_PARAGRAPHS, BotApiServer, Call, html_error, only_our_tags, visible_text
from tests.conftest import TG_ADMIN, TG_TOKEN, TG_USER, TgBot

from bot.storage import Storage
from handlers import texts

ROOT = Path(__file__).resolve().parent.parent


def seen(call: Call) -> str:
    """What the user sees of a sent message."""
    return visible_text(call.text, call.params.get("parse_mode"))


def data_of(call: Call) -> list[str]:
    return [b.get("callback_data", "") for b in call.buttons()]


def rows(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


async def eventually(check: Any, timeout: float = 5.0) -> Any:
    """Poll `check()` until it is truthy: usage is recorded just after the reply is sent."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        await asyncio.sleep(0.02)


# --- start-up, /start and commands -----------------------------------------------------------------


async def test_set_my_commands_and_start_menu(tg: TgBot):
    names = [c["command"] for c in tg.api.commands]
    kb = tg.services.assistant.kb
    assert names == ["help", *(c.name for c in kb.commands), "privacy", "forget", "exit"]
    assert names[1:8] == ["priorities", "subgroups", "duties", "dhr", "targets", "contacts", "about"]  # menus.yaml
    assert all(c["description"] for c in tg.api.commands)
    assert not {"stats", "reload", "start"} & set(names)

    [reply] = await tg.ask("/start")
    labels = [b["text"] for b in reply.buttons()]
    assert labels == [m.label for m in kb.menu] and len(labels) == 10
    assert data_of(reply) == [f"i:{m.intent}" for m in kb.menu]
    text = seen(reply)
    assert "can't report a crime" in text and "999" in text
    assert "Privacy:" in text and "/forget" in text
    assert reply.params["parse_mode"] == "HTML" and reply.params["protect_content"] is True


async def test_menu_button_answers_intent(tg: TgBot):
    mark = await tg.push(tg.api.press("i:help-asb"))
    [reply] = await tg.api.await_sent(TG_USER, since=mark)
    assert "anti-social behaviour" in seen(reply) and "Source:" in seen(reply)
    assert tg.api.calls("answerCallbackQuery", since=mark)


@pytest.mark.parametrize(
    ("command", "expect"),
    [
        ("/help", "/priorities"),
        ("/priorities", "2021-24 plan"),
        ("/priorities 2016", "In 2016/17"),
        ("/priorities 2030", "I don't have the partnership's priorities for 2030"),
        ("/subgroups", "thematic sub-group"),
        ("/duties", "Crime and Disorder Act 1998"),
        ("/dhr", "Domestic Homicide Review looks at"),
        ("/targets", "headline target"),
        ("/contacts", "Crimestoppers"),
        ("/about", "Community Safety Partnership"),
        ("/privacy", "What that cannot hide"),
        ("/nonsense", "I don't know that command"),
    ],
)
async def test_commands(tg: TgBot, command: str, expect: str):
    [reply] = await tg.ask(command)
    assert expect in seen(reply)
    if command.split()[0] in ("/priorities", "/subgroups", "/duties", "/dhr", "/targets", "/about") and "2030" not in command:
        assert "Source:" in seen(reply) and "(as of " in seen(reply)
        assert "<i>Source:" in reply.text


async def test_priorities_year_buttons_carry_the_year(tg: TgBot):
    [reply] = await tg.ask("/priorities 2030")
    assert data_of(reply) == ["i:priorities:2016/17", "i:priorities:2021-24"]
    mark = await tg.push(tg.api.press("i:priorities:2016/17"))
    [answer] = await tg.api.await_sent(TG_USER, since=mark)
    assert "In 2016/17" in seen(answer)


async def test_privacy_is_honest_about_what_it_cannot_hide(tg: TgBot):
    [reply] = await tg.ask("/privacy")
    text = seen(reply)
    for phrase in ("Delete chat", "every device", "Notifications", "48 hours", "/forget", "don't keep"):
        assert phrase in text
    assert "forwarding and saving turned off" in text


# --- free text --------------------------------------------------------------------------------------


async def test_free_text_answer_with_source_buttons_and_safety(tg: TgBot):
    [reply] = await tg.ask("where can I get help with domestic abuse?")
    text = seen(reply)
    assert "0808 800 0340" in text
    assert "Source: CDP web page: Introduction to Nottingham Crime and Drugs Partnership, Domestic and sexual violence (as of 2021)" in text
    assert "delete this chat" in text and "every device" in text  # safety guidance in domestic-abuse answers
    data = data_of(reply)
    assert data[:3] == ["x", "i:help-contacts", "i:dhr-what"]  # the quick exit first
    assert data[-2:] == ["f:1:help-domestic-abuse", "f:0:help-domestic-abuse"]
    assert all(len(d.encode()) <= 64 for d in data)


async def test_knowledge_text_is_escaped(tg: TgBot):
    [reply] = await tg.ask("show me the markup test answer")
    assert html_error(reply.text) is None
    assert only_our_tags(reply.text)
    assert "&lt;b&gt;bold&lt;/b&gt;" in reply.text and "&amp;" in reply.text and "&lt;script&gt;" in reply.text
    assert MARKUP_ANSWER in seen(reply)
    assert "Section <i>&</i> co" in seen(reply)  # the source section, shown as typed


async def test_user_text_with_markup_is_safe(tg: TgBot):
    for text in ("<b>hi</b> & *x* _y_ <", "/priorities <b>2030</b> & *"):
        [reply] = await tg.ask(text)
        assert reply.ok and html_error(reply.text) is None and only_our_tags(reply.text)
        assert "<b>hi</b>" not in reply.text


async def test_long_answer_is_split_into_valid_chunks(tg: TgBot):
    mark = tg.api.mark()
    tg.api.push(tg.api.text("give me the very long answer"))
    replies = await tg.api.await_for(
        lambda cs: [c for c in cs[mark:] if c.method == "sendMessage" and c.ok and "Source:" in c.text] and
        [c for c in cs[mark:] if c.method == "sendMessage" and c.ok]
    )
    assert len(replies) >= 3
    for r in replies:
        assert html_error(r.text) is None
        assert len(seen(r).encode("utf-16-le")) // 2 <= 4096
    assert all(r.markup is None for r in replies[:-1]) and replies[-1].markup is not None
    joined = "\n\n".join(seen(r) for r in replies)
    positions = [joined.index(f"Paragraph {i}:") for i in range(1, LONG_PARAGRAPHS + 1)]
    assert positions == sorted(positions)  # nothing lost, order kept
    assert "Source:" in seen(replies[-1]) and "<work>" in joined


async def test_did_you_mean_gives_two_buttons_and_accepts_a_number(tg: TgBot):
    [reply] = await tg.ask("zebra crossing rules")
    assert sorted(data_of(reply)) == ["i:test-tie-a", "i:test-tie-b"]  # the two tie in either order
    labels = [b["text"] for b in reply.buttons()]
    assert sorted(labels) == ["Zebra crossing rules A", "Zebra crossing rules B"]
    assert f"1. {labels[0]}" in seen(reply) and f"2. {labels[1]}" in seen(reply)
    second = labels[1][-1]  # "A" or "B"
    [answer] = await tg.ask("2")
    assert f"Answer {second} about zebra crossings" in seen(answer)
    mark = await tg.push(tg.api.press("i:test-tie-a"))
    [answer] = await tg.api.await_sent(TG_USER, since=mark)
    assert "Answer A about zebra crossings" in seen(answer)


async def test_crisis_line_comes_first_without_buttons(tg: TgBot):
    mark = await tg.push(tg.api.text("my partner is hitting me right now, domestic abuse help"))
    first, second = await tg.api.await_sent(TG_USER, 2, since=mark)
    assert tg.api.calls(since=mark)[0] is first  # the very first call after the message
    assert "999" in seen(first) and first.markup is None
    assert "999" not in seen(second).split("\n")[0]
    assert "0808 800 0340" in seen(second) and second.markup is not None

    mark = await tg.push(tg.api.text("someone's kicking my door in"))
    [only] = await tg.api.await_sent(TG_USER, since=mark)
    assert seen(only).startswith("If you or someone else is in danger right now, call 999")
    assert data_of(only) == ["x"]  # the Quick exit, and nothing else: no feedback under a crisis


async def test_edited_message_is_answered_like_a_new_one(tg: TgBot):
    original = tg.api.message(user_id=TG_USER, text="hello")
    mark = await tg.push({"message": original})
    await tg.api.await_sent(TG_USER, since=mark)
    mark = await tg.push(tg.api.edited(original, "how do I report anti-social behaviour"))
    [reply] = await tg.api.await_sent(TG_USER, since=mark)
    assert "anti-social behaviour to the police" in seen(reply)


@pytest.mark.parametrize("kind", ["photo", "sticker", "voice", "location", "document"])
async def test_non_text_messages_get_one_polite_line(tg: TgBot, kind: str):
    mark = await tg.push(tg.api.media(kind))
    [reply] = await tg.api.await_sent(TG_USER, since=mark)
    assert seen(reply).startswith(texts.NON_TEXT) and "call 999" in seen(reply)


async def test_a_caption_is_read_like_text(tg: TgBot):
    photo = tg.api.media("photo")
    photo["message"]["caption"] = "my partner is hitting me right now"
    mark = await tg.push(photo)
    first, second = await tg.api.await_sent(TG_USER, 2, since=mark)  # 999 first, then domestic abuse help
    assert seen(first).startswith("If you or someone else is in danger right now, call 999")
    assert "0808 800 0340" in seen(second)
    photo = tg.api.media("photo")
    photo["message"]["caption"] = "how do I report hate crime"
    mark = await tg.push(photo)
    [reply] = await tg.api.await_sent(TG_USER, since=mark)
    assert "True Vision" in seen(reply)


# --- groups -------------------------------------------------------------------------------------


async def test_group_answers_only_commands_mentions_and_replies(tg: TgBot):
    api, group = tg.api, BotApiServer.group_chat()
    gid = group["id"]
    mark = api.mark()
    api.push(api.text("what are the priorities", chat=group))
    api.push(api.media("photo", chat=group))
    api.push(api.text("/help@some_other_bot", chat=group))
    api.push(api.text("/unknowncommand", chat=group))
    assert await tg.silent_since(mark, gid, user_id=TG_USER, chat=group) == []

    mark = await tg.push(api.text("@cdp_test_bot what are the priorities", chat=group))
    [reply] = await api.await_sent(gid, since=mark)
    assert "2021-24 plan" in seen(reply)
    assert reply.params["reply_parameters"]["message_id"] > 0  # quotes the asker in a group

    bot_msg = api.stored(gid, reply.result["message_id"])
    mark = await tg.push(api.text("and the duties?", chat=group, reply_to=bot_msg))
    [reply] = await api.await_sent(gid, since=mark)
    assert "statutory duties" in seen(reply) or "Sorry" in seen(reply)

    mark = await tg.push(api.text("/dhr", chat=group))
    [reply] = await api.await_sent(gid, since=mark)
    assert "Domestic Homicide Review" in seen(reply)


# --- feedback, forget, quick exit ---------------------------------------------------------------


async def test_feedback_is_acknowledged_and_recorded_by_intent(tg: TgBot):
    [reply] = await tg.ask("how do I report anti-social behaviour")
    message = tg.api.stored(TG_USER, reply.result["message_id"])
    mark = await tg.push(tg.api.press("f:1:help-asb", message=message))
    [edit] = await tg.api.await_sent(TG_USER, since=mark, method="editMessageReplyMarkup")
    [ack] = tg.api.calls("answerCallbackQuery", since=mark)
    assert ack.params["text"] == texts.FEEDBACK_THANKS
    assert not [d for d in (b.get("callback_data", "") for b in Call("", edit.params, 0).buttons()) if d.startswith("f:")]
    db = tg.config.storage.path
    assert rows(db, "select intent, helpful from feedback") == [("help-asb", 1)]
    assert rows(db, "select intent, asked from daily where intent = 'help-asb'") == [("help-asb", 1)]
    columns = {r[1] for t in ("feedback", "daily", "active") for r in rows(db, f"pragma table_info({t})")}
    assert "text" not in columns
    assert rows(db, "select count(*) from questions") == [(0,)]


async def test_forget_removes_the_users_rows_only(tg: TgBot):
    other = 2002
    await tg.ask("how do I report anti-social behaviour")
    await tg.ask("how do I report anti-social behaviour", user_id=other)
    [reply] = await tg.ask("how do I report hate crime")
    mark = await tg.push(tg.api.press("f:0:help-hate-crime", message=tg.api.stored(TG_USER, reply.result["message_id"])))
    await tg.api.await_sent(None, since=mark, method="answerCallbackQuery")
    store: Storage = tg.services.storage
    me, them = store.user_hash(TG_USER), store.user_hash(other)
    assert await eventually(lambda: store.holds(me) == 2 and store.holds(them) == 1)
    [done] = await tg.ask("/forget")
    assert seen(done).startswith("Done: I've deleted everything") and "(2 records)" in seen(done)
    assert store.holds(me) == 0 and store.holds(them) == 1
    db = tg.config.storage.path
    assert me not in str(rows(db, "select * from active")) + str(rows(db, "select * from feedback"))


async def test_exit_deletes_the_chat_messages_and_leaves_one_neutral_line(tg: TgBot):
    await tg.ask("/start")
    await tg.ask("how do I report anti-social behaviour")
    mark = await tg.push(tg.api.text("/exit"))
    [done] = await tg.api.await_sent(TG_USER, since=mark)
    assert seen(done) == texts.EXIT_DONE
    deleted = {mid for chat, mid in tg.api.deleted if chat == TG_USER}
    sent_or_received = {mid for chat, mid in tg.api._state.messages if chat == TG_USER} - {done.result["message_id"]}
    assert deleted == sent_or_received and len(deleted) == 5  # 3 from the user, 2 from the bot
    [call] = tg.api.calls("deleteMessages", since=mark)
    assert sorted(call.params["message_ids"]) == sorted(deleted)


async def test_quick_exit_button_under_domestic_abuse_answer(tg: TgBot):
    [reply] = await tg.ask("where can I get help with domestic abuse")
    mark = await tg.push(tg.api.press("x", message=tg.api.stored(TG_USER, reply.result["message_id"])))
    [done] = await tg.api.await_sent(TG_USER, since=mark)
    assert seen(done) == texts.EXIT_DONE
    assert (TG_USER, reply.result["message_id"]) in tg.api.deleted
    assert tg.api.calls("answerCallbackQuery", since=mark)


# --- a conversation that remembers (issue #11) ---------------------------------------------------


async def test_a_follow_up_is_read_with_the_conversation_and_exit_forgets_it(tg: TgBot):
    [first] = await tg.ask("what are the priorities")
    assert "2021-24 plan" in seen(first)
    [later] = await tg.ask("and in 2016?")
    assert "2016 ones" in seen(later)
    await tg.ask("/exit")
    [after] = await tg.ask("and in 2016?")
    assert "2016 ones" not in seen(after)  # /exit forgot the topic


async def test_in_a_group_each_user_has_their_own_conversation(tg: TgBot):
    api, group = tg.api, BotApiServer.group_chat()
    gid, other = group["id"], 3003
    mark = await tg.push(api.text("@cdp_test_bot what are the priorities", chat=group))
    await api.await_sent(gid, since=mark)
    mark = await tg.push(api.text("@cdp_test_bot and in 2016?", chat=group, user_id=other))
    [theirs] = await api.await_sent(gid, since=mark)
    assert "2016 ones" not in seen(theirs)  # another member's topic never answers them
    mark = await tg.push(api.text("@cdp_test_bot and in 2016?", chat=group))
    [mine] = await api.await_sent(gid, since=mark)
    assert "2016 ones" in seen(mine)


async def test_the_quick_exit_button_forgets_the_conversation(tg: TgBot):
    await tg.ask("what are the priorities")
    [reply] = await tg.ask("where can I get help with domestic abuse")
    mark = await tg.push(tg.api.press("x", message=tg.api.stored(TG_USER, reply.result["message_id"])))
    await tg.api.await_sent(TG_USER, since=mark)
    assert tg.services.chats.context((TG_USER, TG_USER)).intent is None


# --- operators --------------------------------------------------------------------------------


async def test_admin_commands_say_nothing_to_others(tg: TgBot):
    mark = tg.api.mark()
    tg.api.push(tg.api.text("/stats"), tg.api.text("/reload"))
    assert await tg.silent_since(mark, TG_USER) == []


async def test_admin_stats_and_reload(tg: TgBot):
    await tg.ask("how do I report anti-social behaviour")
    await tg.ask("what is the weather like on mars")
    await eventually(lambda: tg.services.storage.stats(1)["questions"] == 2)
    await tg.ask("someone is attacking me right now")
    await eventually(lambda: tg.services.storage.stats(1)["questions"] == 3)
    mark = await tg.push(tg.api.text("/stats", user_id=TG_ADMIN))
    [photo] = await tg.api.await_sent(TG_ADMIN, since=mark, method="sendPhoto")
    assert photo.params["photo"].startswith(b"\x89PNG") and len(photo.params["photo"]) > 10_000  # a real chart
    text = photo.params["caption"]
    assert "3 questions from 1 users, 1 declined (33%), 1 crisis replies" in text and "help-asb 1" in text and "Feedback:" in text
    [reloaded] = await tg.ask("/reload", user_id=TG_ADMIN)
    assert seen(reloaded).startswith("Reloaded:")


async def test_reload_refuses_a_broken_knowledge_base(tg_start, tg_config, tmp_path: Path):
    from bot.assistant import Assistant

    from tests.auxil.botapi import write_test_knowledge
    from tests.conftest import make_config

    root = write_test_knowledge(tmp_path / "kb")
    assistant = Assistant.load(config=make_config(tmp_path, root))
    bot = await tg_start(assistant=assistant)
    (root / "intents" / "dhr.yaml").write_text("topic: dhr\nintents:\n  - id: Bad Id <x>\n", encoding="utf-8")
    [refused] = await bot.ask("/reload", user_id=TG_ADMIN)
    assert html_error(refused.text) is None
    assert seen(refused).startswith("Refused the new knowledge base, still serving the last good one")
    assert "dhr.yaml" in seen(refused)
    [answer] = await bot.ask("what is a domestic homicide review")
    assert "Domestic Homicide Review looks at" in seen(answer)


# --- robustness -------------------------------------------------------------------------------


async def test_reply_survives_two_500s_and_a_429(tg: TgBot):
    tg.api.fail("sendMessage", 500, times=2)
    tg.api.fail("sendMessage", 429, retry_after=1)
    started = time.perf_counter()
    [reply] = await tg.ask("how do I report anti-social behaviour", timeout=10)
    attempts = tg.api.calls("sendMessage")
    assert [c.status for c in attempts] == [500, 500, 429, 200]
    assert attempts[3].at - attempts[2].at >= 1.0  # retry_after honoured
    assert "anti-social behaviour" in seen(reply) and time.perf_counter() - started < 8


async def test_reply_survives_a_server_slower_than_the_client_timeout(tg_start):
    bot = await tg_start(request_timeout=0.5)
    bot.api.delay("sendMessage", 1.5)
    replies = await bot.ask("how do I report hate crime", timeout=10)
    assert "True Vision" in seen(replies[0])


async def test_errors_reach_the_user_without_a_stack_trace(tg: TgBot, tmp_path: Path):
    log_file = tmp_path / "bot.log"
    with _log_to(log_file):
        tg.api.fail("sendMessage", 400, description="Bad Request: chat not found")
        mark = await tg.push(tg.api.text("how do I report anti-social behaviour SECRETWORDS"))
        [reply] = await tg.api.await_sent(TG_USER, since=mark)
    assert seen(reply) == tg.services.assistant.error_text
    logged = log_file.read_text()
    assert "error while handling an update: BadRequest" in logged and "Traceback" in logged
    assert "SECRETWORDS" not in logged


async def test_rate_limit_per_user_does_not_starve_others(tg_start, tg_config):
    tg_config.telegram.rate_limit.messages = 3
    tg_config.telegram.rate_limit.per_seconds = 30
    bot = await tg_start()
    api, flooder, other = bot.api, 3003, 4004
    mark = api.mark()
    api.push(*[api.text("how do I report hate crime", user_id=flooder) for _ in range(10)])
    api.push(api.text("how do I report anti-social behaviour", user_id=other))
    [answer] = await api.await_sent(other, since=mark)
    assert "anti-social" in seen(answer)
    await api.await_sent(flooder, 4, since=mark)
    await asyncio.sleep(0.3)  # the remaining 6 are dropped silently: nothing more arrives
    got = api.calls("sendMessage", since=mark)
    flood = [seen(c) for c in got if c.chat_id == flooder]
    slow = [t for t in flood if t.startswith(texts.SLOW_DOWN)]
    assert len(slow) == 1 and len(flood) == 4
    assert "call 999" in slow[0]  # the slow-down reply carries the 999 line


async def test_the_rate_limit_never_holds_back_danger_or_the_quick_exit(tg_start, tg_config):
    tg_config.telegram.rate_limit.messages = 2
    tg_config.telegram.rate_limit.per_seconds = 60
    bot = await tg_start()
    api, user = bot.api, 3131
    mark = api.mark()
    api.push(*[api.text("how do I report hate crime", user_id=user) for _ in range(4)])  # over the limit
    await api.await_sent(user, 3, since=mark)  # two answers and one slow-down
    mark = api.mark()
    api.push(api.text("he is strangling her right now", user_id=user))
    [first, *_rest] = await api.await_sent(user, since=mark)
    assert "999" in seen(first).splitlines()[0]
    mark = api.mark()
    api.push(api.text("/exit", user_id=user))
    [done] = await api.await_sent(user, since=mark)
    assert seen(done) == texts.EXIT_DONE


async def test_one_slow_user_does_not_block_others(tg_start, tg_assistant):
    gate = threading.Event()

    class SlowAssistant:
        """The real assistant, except that questions containing 'slowly' wait for the test."""

        def __getattr__(self, name: str) -> Any:
            return getattr(tg_assistant, name)

        def converse(self, text: str, context: Any, **kw: Any) -> Any:
            if "slowly" in text:
                gate.wait(10)
            return tg_assistant.converse(text, context, **kw)

        def answer_intent(self, intent: str, *, year: str | None = None) -> Any:
            return tg_assistant.answer_intent(intent, year=year)

    bot = await tg_start(assistant=SlowAssistant())
    mark = bot.api.mark()
    bot.api.push(bot.api.text("hate crime, slowly please", user_id=5005))
    bot.api.push(bot.api.text("how do I report anti-social behaviour", user_id=6006))
    [fast] = await bot.api.await_sent(6006, since=mark)
    assert not bot.api.calls("sendMessage", since=mark) or all(c.chat_id != 5005 for c in bot.api.calls("sendMessage", since=mark))
    gate.set()
    [slow] = await bot.api.await_sent(5005, since=mark)
    assert fast.at < slow.at


async def test_storage_failure_degrades_to_answers_without_records(tg_start, tg_config, tmp_path: Path, caplog):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    tg_config.storage.path = blocker / "usage.sqlite"
    with caplog.at_level(logging.WARNING, logger="bot.storage"):
        bot = await tg_start()
        [reply] = await bot.ask("how do I report anti-social behaviour")
        mark = await bot.push(bot.api.press("f:1:help-asb", message=bot.api.stored(TG_USER, reply.result["message_id"])))
        await bot.api.await_sent(None, since=mark, method="answerCallbackQuery")
        [forgot] = await bot.ask("/forget")
    assert "anti-social" in seen(reply)
    assert seen(forgot) == texts.FORGET_FAILED
    warnings = [r for r in caplog.records if r.name == "bot.storage"]
    assert len(warnings) == 1 and "answers still work" in warnings[0].getMessage()


# --- privacy: nothing the user wrote is written anywhere; the token is never logged ----------------


class _log_to:
    """Send every log record (DEBUG and up) to a file for the duration of a `with` block."""

    def __init__(self, path: Path) -> None:
        self.handler = logging.FileHandler(path, encoding="utf-8")
        self.handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def __enter__(self) -> None:
        root = logging.getLogger()
        self.level = root.level
        root.addHandler(self.handler)
        root.setLevel(logging.DEBUG)

    def __exit__(self, *exc: object) -> None:
        root = logging.getLogger()
        root.removeHandler(self.handler)
        root.setLevel(self.level)
        self.handler.close()


def _files_containing(folder: Path, needle: bytes) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


async def test_message_text_is_written_nowhere(tg_start, tg_config, tmp_path: Path):
    marker = "ZQX-unique-marker-7d1f"
    log_file = tmp_path / "logs" / "bot.log"
    log_file.parent.mkdir()
    with _log_to(log_file):
        bot = await tg_start()
        [reply] = await bot.ask(f"how do I report anti-social behaviour {marker}")
        await bot.ask(f"{marker} zzz nothing matches this {marker}")
        mark = await bot.push(bot.api.press("f:1:help-asb", message=bot.api.stored(TG_USER, reply.result["message_id"])))
        await bot.api.await_sent(None, since=mark, method="answerCallbackQuery")
        store_dir = tg_config.storage.path.parent
        assert (store_dir / "usage.sqlite-wal").exists()
        assert _files_containing(tmp_path, marker.encode()) == []
        await bot.stop()
    assert log_file.stat().st_size > 0
    assert _files_containing(tmp_path, marker.encode()) == []
    assert rows(tg_config.storage.path, "select count(*) from daily") == [(2,)]


async def test_questions_are_stored_only_when_configured(tg_start, tg_config, tmp_path: Path):
    tg_config.privacy.store_questions = True
    marker = "ZQX-stored-marker"
    bot = await tg_start()
    [start] = await bot.ask("/start")
    assert texts.PRIVACY_LINE_STORED in seen(start)
    await bot.ask(f"how do I report anti-social behaviour {marker}")
    stored = await eventually(lambda: rows(tg_config.storage.path, "select intent, text from questions"))
    assert stored == [("help-asb", f"how do I report anti-social behaviour {marker}")]
    await bot.ask("/forget")
    assert rows(tg_config.storage.path, "select count(*) from questions") == [(0,)]


async def test_declined_questions_are_kept_masked_only_when_configured(tg_start, tg_config):
    tg_config.privacy.store_declined = True
    bot = await tg_start()
    [start] = await bot.ask("/start")
    assert "Questions I can't answer are kept" in seen(start)
    [privacy] = await bot.ask("/privacy")
    assert "blanked out" in seen(privacy) and "30 days" in seen(privacy)
    await bot.ask("how do I renew my passport quokka, ring me on 07700 900123")  # declined
    await bot.ask("how do I report anti-social behaviour wombat")  # answered: never kept
    await bot.ask("someone is attacking me right now numbat")  # danger: never kept
    kept = await eventually(lambda: rows(tg_config.storage.path, "select text from declined"))
    assert kept == [("how do I renew my passport quokka, ring me on [phone]",)]
    await bot.ask("/forget")
    assert rows(tg_config.storage.path, "select count(*) from declined") == [(0,)]


async def test_token_never_logged(tg_start, tmp_path: Path):
    log_file = tmp_path / "bot.log"
    with _log_to(log_file):
        bot = await tg_start()
        bot.api.fail("sendMessage", 500)
        await bot.ask("how do I report hate crime")
        logging.getLogger("test").error("url was %s", f"{bot.api.base_url}{TG_TOKEN}/getMe")
        try:
            raise RuntimeError(f"failed calling {TG_TOKEN}")
        except RuntimeError:
            logging.getLogger("test").exception("with traceback")
        await bot.stop()
    logged = log_file.read_text()
    assert "Bot API sendMessage failed (HTTP 500)" in logged
    assert "<redacted-token>" in logged
    assert TG_TOKEN not in logged and TG_TOKEN.split(":")[1] not in logged


def _cli_config(tmp_path: Path, api: BotApiServer, **telegram: Any) -> Path:
    from tests.auxil.botapi import write_test_knowledge

    import yaml

    root = write_test_knowledge(tmp_path / "kb")
    data = {
        "knowledge": {"path": str(root), "index_path": str(tmp_path / "index.sqlite")},
        "telegram": {"base_url": api.base_url, **telegram},
        "storage": {"path": str(tmp_path / "var" / "usage.sqlite")},
        "logging": {"level": "DEBUG"},
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _sigterm(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """Stop a running `cdp-bot telegram` the way a service manager does; its stdout and stderr."""
    proc.send_signal(signal.SIGTERM)
    return proc.communicate(timeout=20)


def test_run_telegram_polls_and_stops_cleanly_on_sigterm(botapi: BotApiServer, tmp_path: Path):
    cfg = _cli_config(tmp_path, botapi)
    env = dict(os.environ, CDP_BOT_TOKEN=TG_TOKEN)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "telegram", "--config", str(cfg)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        botapi.wait_for(lambda cs: any(c.method == "setMyCommands" for c in cs), timeout=30)
        mark = botapi.mark()
        botapi.push(botapi.text("how do I report hate crime"))
        [reply] = botapi.wait_sent(TG_USER, since=mark, timeout=15)
        assert "True Vision" in seen(reply)
        out, err = _sigterm(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert TG_TOKEN not in out + err and TG_TOKEN.split(":")[1] not in out + err
    assert "how do I report hate crime" not in err  # PTB's debug log of updates stays off


def test_run_telegram_bad_token_is_one_line_without_the_token(botapi: BotApiServer, tmp_path: Path):
    cfg = _cli_config(tmp_path, botapi)
    bad = "987654321:WRONG-token-must-not-be-printed"
    env = dict(os.environ, CDP_BOT_TOKEN=bad)
    p = subprocess.run(
        [sys.executable, "-m", "bot", "telegram", "--config", str(cfg)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert p.returncode == 1
    last = p.stderr.strip().splitlines()[-1]
    assert last == "cdp-bot: Telegram rejected the bot token: check CDP_BOT_TOKEN or telegram.token"
    assert bad not in p.stdout + p.stderr and "WRONG-token" not in p.stdout + p.stderr


def test_run_telegram_webhook_mode(botapi: BotApiServer, tmp_path: Path):
    pytest.importorskip("tornado", reason="webhook mode needs python-telegram-bot[webhooks]")
    import httpx

    with socket_port() as port:
        pass
    cfg = _cli_config(
        tmp_path, botapi, mode="webhook",
        webhook={"listen": "127.0.0.1", "port": port, "path": "hook", "url": "https://bot.example.org/hook", "secret_token": "s3cret"},
    )
    env = dict(os.environ, CDP_BOT_TOKEN=TG_TOKEN)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "telegram", "--config", str(cfg)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        [hook] = botapi.wait_for(lambda cs: [c for c in cs if c.method == "setWebhook"] or None, timeout=30)
        assert hook.params["url"] == "https://bot.example.org/hook" and hook.params["secret_token"] == "s3cret"
        update = dict(botapi.text("how do I report hate crime"), update_id=1)
        url = f"http://127.0.0.1:{port}/hook"
        for _ in range(50):
            try:
                refused = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert refused.status_code == 403
        mark = botapi.mark()
        ok = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
        assert ok.status_code == 200
        [reply] = botapi.wait_sent(TG_USER, since=mark, timeout=15)
        assert "True Vision" in seen(reply)
        out, err = _sigterm(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert TG_TOKEN not in out + err


class socket_port:
    """A free TCP port on 127.0.0.1 (released on exit, to be bound by the bot)."""

    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return int(self.sock.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


# --- the real knowledge base ------------------------------------------------------------------


async def test_commands_and_menu_on_the_real_knowledge_base(tg_start, assistant):
    """Every command and menu intent exists in the embedded knowledge and renders as valid, sourced HTML."""
    bot = await tg_start(assistant=assistant)
    commands = ["/priorities", "/priorities 2016", "/subgroups", "/duties", "/dhr", "/targets", "/contacts", "/about"]
    for i, command in enumerate(commands):
        [reply] = await bot.ask(command, user_id=10_000 + i)
        assert html_error(reply.text) is None and "Source:" in seen(reply) and "(as of " in seen(reply), command
        assert any(d.startswith("f:1:") for d in data_of(reply)), command
    for i, iid in enumerate(m.intent for m in assistant.kb.menu):
        mark = await bot.push(bot.api.press(f"i:{iid}", user_id=20_000 + i))
        replies = await bot.api.await_sent(20_000 + i, since=mark)
        assert f"f:1:{iid}" in data_of(replies[-1]) and "Source:" in seen(replies[-1]), iid
    mark = await bot.push(bot.api.text("my partner is hitting me right now", user_id=30_000))
    first, *rest = await bot.api.await_sent(30_000, 2, since=mark)
    assert "999" in seen(first) and first.markup is None
    assert "x" in data_of(rest[-1])  # quick exit under the domestic-abuse answer


# --- the throughput benchmark's harness (no timings are asserted) -------------------------------


async def test_benchmark_harness_answers_every_update_through_a_server_in_its_own_process(tg_config, tg_assistant):
    """`cdp-bot bench` drives the real Application against a BotApiProcess: every update of the
    burst (and of the one-at-a-time warm-up) is answered, by the assistant and by the echo baseline."""
    from benchmarks.telegram import measure_throughput
    from tests.auxil.loopback import BotApiProcess

    with BotApiProcess(token=TG_TOKEN) as api:
        since = api.mark()
        out = await measure_throughput(tg_config, tg_assistant, n=12, sequential=3, server=api)
        echo = await measure_throughput(tg_config, tg_assistant, n=12, server=api, echo=True, first_chat=8_000_000)
        calls = api.methods(since)
    assert (out["answered"], out["one_by_one"], echo["answered"]) == (12, 3, 12)
    for result in (out, echo):
        assert 0 < result["service_p50_ms"] <= result["service_p99_ms"]
        assert 0 < result["p50_ms"] <= result["p99_ms"]
    assert all(status == 200 for _method, status in calls)
    assert sum(method == "sendMessage" for method, _status in calls) >= 12 + 3 + 12
