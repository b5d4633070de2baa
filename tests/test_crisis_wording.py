"""Every message of the crisis wording probe gets 999 first; none of its near misses does."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.assistant import Assistant

PROBE = yaml.safe_load((Path(__file__).parent / "data" / "crisis_wording.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("message", PROBE["crisis"])
def test_danger_now_gets_999_first(assistant: Assistant, message: str):
    a = assistant.ask(message)
    assert a.crisis and "999" in a.text.splitlines()[0], a.text[:120]


@pytest.mark.parametrize("message", PROBE["not_crisis"])
def test_near_miss_is_not_a_crisis(assistant: Assistant, message: str):
    assert not assistant.ask(message).crisis


@pytest.mark.parametrize(
    "message",
    [
        "Our tortoise has gone missing from the back garden and the grandchildren are coming round later. Who finds lost pets?",
        "Lads have been kicking a ball against my shutters three nights a week for months now. I've rung the council four times now. Who else can I tell?",
        "A girl in my youth group said something about home that worried me. I don't think she is in danger this minute, but who can I talk it through with?",
    ],
)
def test_what_only_sounds_urgent_is_not_danger_now(assistant, message):
    assert not assistant.ask(message).crisis


def test_quick_one_is_a_way_to_ask_not_a_hurry(assistant):
    got = assistant.ask("Quick one - I run a boxing gym and a few of the lads reckon knives are everywhere again. Which part of the partnership looks after weapons?")
    assert not got.crisis and got.intent == "owner-violence", (got.intent, got.text[:80])


@pytest.mark.parametrize(
    "message",
    [
        "The battery in my car is completely dead again this morning. Is it worth replacing or should I get it charged?",
        "My roses are dying, the leaves have gone yellow and spotty. How do I kill it off before it spreads?",
        "My blood test results came back a bit odd and I'm panicking. What does a high cholesterol number mean?",
        "We test the fire alarm every Monday and people still panic. Any tips for a sign?",
        "I'll kill him if he's late again - my lift to work never turns up on time. Can I claim for the taxi?",
        "These twelve hour shifts are killing me. Can my employer refuse a day off?",
        "A lad threw a bottle at my cab on Friday night. I'm home now and it's over, but how do I report it?",
        "Kids kicking the bins outside the shop most nights - nothing dangerous, just noise. Is there a target for cutting ASB?",
        "a man shoved me and shouted homophobic stuff at the bus stop this morning. not hurt, just rattled. where do i report it?",
    ],
)
def test_everyday_words_that_only_sound_like_danger(assistant, message):
    got = assistant.ask(message)
    assert not got.crisis, (got.intent, got.text[:80])

