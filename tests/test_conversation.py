"""A conversation that remembers (issue #11): follow-ups, "that number again", danger read with
what came before, expiry on a clock the test controls, per-user keys, and `ask --conversation`.
Each behaviour is shown against the same message read on its own, so the test fails without memory."""
from __future__ import annotations

import io
import json
import sys
from dataclasses import fields

import pytest

from bot.assistant import Assistant
from bot.cli import main
from bot.conversation import EMPTY, Conversations


class Clock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def minutes(self, n: float) -> None:
        self.now += n * 60


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def chat(assistant: Assistant, clock: Clock) -> Conversations:
    return Conversations(assistant, idle_minutes=10, clock=clock)


def test_a_follow_up_naming_only_a_year_gets_the_last_topic_for_that_year(assistant: Assistant, chat: Conversations):
    first = chat.ask("me", "what are the priorities")
    assert first.intent == "priorities" and "2023/24" in first.text
    later = chat.ask("me", "and in 2016?")
    assert later.intent == "priorities" and "2016/17" in later.text and "Burglary" in later.text
    assert assistant.ask("and in 2016?").intent != "priorities"  # on its own it cannot know


def test_that_number_again_is_the_number_alone_in_one_line(assistant: Assistant, chat: Conversations):
    chat.ask("me", "where can i get help with domestic abuse")
    again = chat.ask("me", "what number was that again")
    assert again.text.count("\n") == 0 and "0808 800 0340" in again.text
    assert "0808 2000 247" not in again.text and "999" not in again.text
    assert "\n" in assistant.ask("what number was that again").text


def test_the_number_named_or_fitting_the_question_is_the_one_given(chat: Conversations):
    chat.ask("me", "where can i get honest information about drugs")
    assert "0300 123 6600" in chat.ask("me", "can you just give me the phone number").text  # FRANK's
    chat.ask("me", "where can i get help with domestic abuse")
    assert chat.ask("me", "what was the national helpline number again").text.endswith("0808 2000 247")


def test_what_about_x_keeps_the_frame_of_the_last_question(assistant: Assistant, chat: Conversations):
    assert chat.ask("me", "which sub-group deals with anti-social behaviour").intent == "owner-asb"
    assert chat.ask("me", "and hate crime?").intent == "owner-hate-crime"
    assert assistant.ask("and hate crime?").intent != "owner-hate-crime"  # alone: how to report it


def test_what_about_with_nothing_new_asks_the_same_topic_again(chat: Conversations):
    assert chat.ask("me", "where can i get help with domestic abuse").intent == "help-domestic-abuse"
    again = chat.ask("me", "and what about at night?")
    assert again.intent == "help-domestic-abuse" and "24-hour" in again.text  # not the sexual assault centre


def test_a_pronoun_points_back_to_the_last_answer(assistant: Assistant, chat: Conversations):
    chat.ask("me", "what is the serious and organised crime board")
    assert "Torr" in chat.ask("me", "who chairs it?").text
    assert "Torr" not in assistant.ask("who chairs it?").text


def test_a_new_question_is_answered_on_its_own(chat: Conversations):
    chat.ask("me", "where can i get help with domestic abuse")
    answer = chat.ask("me", "what is the Crime and Disorder Act 1998 duty")
    assert answer.intent == "legal-basis" and "Juno" not in answer.text


@pytest.mark.parametrize("first, second, intent", [
    ("who chairs the board", "is there anyone who can help with my drinking", "help-drugs-alcohol"),
    ("where can i get help with domestic abuse", "how do i report it to the police anonymously", "help-anonymous"),
    ("which sub-group deals with anti-social behaviour", "and what is the Crime and Disorder Act duty on the responsible authorities", "legal-basis"),
])
def test_a_new_question_with_a_pronoun_or_an_and_is_not_hijacked(chat: Conversations, first: str, second: str, intent: str):
    chat.ask("me", first)
    assert chat.ask("me", second).intent == intent


def test_a_reply_of_2_picks_the_second_choice(assistant: Assistant, chat: Conversations):
    asked = chat.ask("me", "asb numbers")
    assert asked.kind == "clarify" and len(asked.choices) >= 2
    picked = chat.ask("me", "2")
    assert picked.kind == "answer" and picked.intent == asked.choices[1].intent
    assert assistant.ask("2").intent != asked.choices[1].intent


def test_danger_after_a_partner_was_mentioned_gets_the_domestic_abuse_lines(assistant: Assistant, chat: Conversations):
    chat.ask("me", "my partner keeps checking my phone and won't let me see my friends")
    danger = chat.ask("me", "hes outside now with a knife banging on the door")
    assert danger.crisis and danger.text.index("999") < 100
    assert "0808 800 0340" in danger.text and "0808 2000 247" in danger.text
    alone = assistant.ask("theres a man outside now with a knife")
    assert alone.crisis and "0808 800 0340" not in alone.text  # nothing says it is a partner
    chat.clear("me")
    chat.ask("me", "my partner keeps checking my phone and won't let me see my friends")
    assert "0808 800 0340" in chat.ask("me", "theres a man outside now with a knife").text  # the partner, read in
    after = chat.ask("me", "i cant talk")
    assert after.crisis and after.text.startswith("If you can't talk: call 999") and "55" in after.text.split("\n")[0]


def test_cant_talk_because_he_will_hear_gets_the_silent_solution_first(assistant: Assistant):
    answer = assistant.ask("i cant talk he will hear me")
    assert answer.crisis and "press 55" in answer.text.split("\n")[0]
    assert "Domestic Homicide" not in answer.text and "Source:" not in answer.text
    assert not assistant.ask("I can't talk to my husband about his drinking, who can help?").crisis


def test_a_child_in_danger_gets_the_nspcc_and_childline_under_999(assistant: Assistant):
    answer = assistant.ask("my stepdad is hitting my little brother right now")
    assert answer.crisis and answer.text.index("999") < answer.text.index("0808 800 5000") < answer.text.index("0800 1111")
    assert "0800 1111" not in assistant.ask("someone is attacking me right now").text


def test_a_partner_who_hurts_is_domestic_abuse_whatever_the_injury(assistant: Assistant):
    answer = assistant.ask("my boyfriend choked me and now i cant breathe properly")
    assert answer.crisis and answer.text.index("999") < answer.text.index("0808 800 0340")
    assert "0808 800 0340" not in assistant.ask("my dad has collapsed and isn't breathing").text


def test_no_asb_advice_or_partnership_facts_under_the_999_line(assistant: Assistant):
    answer = assistant.ask("the lads next door are kicking my door in right now and shouting they'll hurt me")
    assert answer.crisis and "Community Trigger" not in answer.text and "Partnership Tasking" not in answer.text


def test_text_speak_for_killing_myself_is_danger(assistant: Assistant):
    assert assistant.ask("im gonna kms tonight fr nobody cares").crisis
    assert assistant.ask("what are the cdp priorities 2022/23 pls its for my assignment").intent == "priorities"


def test_another_language_gets_the_999_line_then_a_note(assistant: Assistant):
    for text in ("¿Dónde puedo pedir ayuda? Mi marido me pega", "Мой муж бьёт меня", "Mój mąż mnie bije, gdzie mogę dostać pomoc"):
        answer = assistant.ask(text)
        assert answer.text.startswith("If you or someone else is in danger right now, call 999"), text
        assert "only answer in English" in answer.text
    assert "English" not in assistant.ask("ey up me duck wot even is the crime and drugs partnership").text


@pytest.mark.parametrize("text", [
    "Are we hitting our target on hate crime repeat victimisation? I need the latest figure for the board.",
    "My boss will kill me if this report is late. Which sub-group looks after hate crime?",
    "I'm a PhD researcher working on overdose mortality. How many drug-related deaths were there in 2022?",
    "Lol I've overdosed on coffee finishing this committee paper. What's the adult drug and alcohol service called?",
    "whats the non emergency police number",
    "I've just started as a community safety officer. Which sub-group owns knife crime?",
])
def test_a_question_about_a_topic_is_not_a_crisis(assistant: Assistant, text: str):
    assert not assistant.ask(text).crisis


def test_context_expires_after_idle_minutes(chat: Conversations, clock: Clock):
    chat.ask("me", "what are the priorities")
    clock.minutes(9)
    assert chat.ask("me", "and in 2016?").intent == "priorities"  # 9 minutes idle: remembered
    clock.minutes(10.5)
    assert chat.context("me") is EMPTY and len(chat) == 0
    assert chat.ask("me", "and in 2016?").intent != "priorities"  # forgotten after 10


def test_idle_minutes_zero_remembers_nothing(assistant: Assistant):
    chat = Conversations(assistant, idle_minutes=0)
    chat.ask("me", "what are the priorities")
    assert chat.context("me") is EMPTY and chat.ask("me", "and in 2016?").intent != "priorities"


def test_exit_and_forget_clear_the_context(chat: Conversations):
    for command in ("/exit", "/forget"):
        chat.ask("me", "what are the priorities")
        assert chat.message("me", command).kind == "cleared"
        assert chat.context("me") is EMPTY
        assert chat.ask("me", "and in 2016?").intent != "priorities"


def test_one_users_context_never_answers_another(chat: Conversations):
    chat.ask(("group", 1), "what are the priorities")
    assert chat.ask(("group", 2), "and in 2016?").intent != "priorities"
    assert chat.ask(("group", 1), "and in 2016?").intent == "priorities"
    assert chat.clear_where(lambda key: key[1] == 1) == 1 and chat.context(("group", 1)) is EMPTY


def test_the_context_holds_no_words_of_the_user(chat: Conversations):
    chat.ask("me", "my partner Zebediah keeps checking my phone, where can i get help")
    held = chat.context("me")
    assert held.domestic and held.intent == "help-domestic-abuse"
    values = " ".join(repr(getattr(held, f.name)) for f in fields(held))
    assert "Zebediah" not in values and "checking" not in values


def test_many_conversations_stay_bounded(assistant: Assistant, clock: Clock):
    chat = Conversations(assistant, idle_minutes=10, clock=clock, limit=50)
    for user in range(120):
        chat.ask(user, "what are the priorities")
    assert len(chat) == 50 and chat.context(0) is EMPTY and chat.context(119) is not EMPTY


# --- the command line ----------------------------------------------------------------------------


def test_ask_conversation_reads_stdin_as_one_chat(tmp_path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"knowledge: {{index_path: {tmp_path / 'index.sqlite'}}}\nstorage: {{path: {tmp_path / 'u.sqlite'}}}\n")
    lines = "what are the priorities\nand in 2016?\n/exit\nand in 2016?\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode()), encoding="utf-8"))
    assert main(["--config", str(cfg), "ask", "--json", "--conversation"]) == 0
    recs = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert len(recs) == 4 and all(set(r) >= {"question", "kind", "intent", "answer", "crisis"} for r in recs)
    assert [r["intent"] for r in recs[:2]] == ["priorities", "priorities"] and "2016/17" in recs[1]["answer"]
    assert recs[2]["kind"] == "cleared" and recs[3]["intent"] != "priorities"

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode()), encoding="utf-8"))
    assert main(["--config", str(cfg), "ask", "--json"]) == 0  # plain ask stays stateless
    recs = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert recs[1]["intent"] != "priorities"


def test_and_for_another_topic_after_a_target_is_that_topics_target(assistant: Assistant):
    chats = Conversations(assistant)
    first = chats.message("t", "What is the partnership's target for anti-social behaviour?")
    assert "25%" in first.text
    got = chats.message("t", "and for hate crime?")
    assert "10%" in got.text and "repeat" in got.text, (got.intent, got.text[:80])
