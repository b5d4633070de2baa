"""Session 26: canal boaters, house shares, interview candidates, post office counters; danger now
in water, kitchens, at school gates and in tower blocks.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.safety import detect_crisis
from tests.test_session16 import _999_first

DANGER_NOW = [
    # through the ice
    "my lad's gone through the ice on the pond at the park, he's hanging on to the edge",
    "a dog walker went out on the ice after her spaniel and now she's in up to her chest and it keeps cracking",
    # a vehicle into people, someone under it
    "a van has just mounted the pavement and ploughed into the crowd at the bus stop",
    "car rolled back down the drive and there's a kid under it",
]


@pytest.mark.parametrize("message", DANGER_NOW)
def test_the_rules_read_danger_now_told_these_ways(message: str):
    assert detect_crisis(message) is not None


@pytest.mark.parametrize("message", DANGER_NOW)
def test_danger_now_told_these_ways_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), got.text[:160]


NOT_DANGER_NOW = [
    # a slip at work, and a stage of life, in danger words
    "the head chef will kill me if I overcook the lamb again. How long should lamb shoulder rest?",
    "Homework is killing me as a dad. What time do the school reports come out?",
    # the month told as the date, after an assault long past
    "Back in June a man I'd met at a bar assaulted me on the walk home. It's October now and I've told no one. "
    "Is there a centre I can go to myself?",
    # nobody getting hurt, said of now
    "The men in the flat upstairs are driven off in a minibus at dawn and say they aren't paid. Nobody's getting hurt "
    "right now as far as I know, but who do I tell?",
    # an overdose last month, doing ok now
    "My cousin overdosed on pills last month and she's doing ok now. Where can we get a naloxone kit just in case?",
    # how a deaf person texts 999, asked for someone
    "A deaf neighbour asked me how she can text 999. Is there something she has to do first?",
    # a stabbing last month, and whether violence is a priority now
    "There was a stabbing by the chip shop last month. Is knife crime on the partnership's priorities now?",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW)
def test_these_are_no_danger_now(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, got.text[:160]


def test_texting_999_is_answered_with_how_to_register(assistant: Assistant):
    got = assistant.ask("A deaf neighbour asked me how she can text 999. Is there something she has to do first?")
    assert "register" in got.text


def test_a_partner_who_knocks_a_man_about_gets_the_line_for_men(assistant: Assistant):
    got = assistant.ask("Lad at work says his girlfriend knocks him about. Is there a line for men?")
    assert "0808 801 0327" in got.text


def test_the_partnerships_official_aims_are_its_aims(assistant: Assistant):
    got = assistant.ask("For a leaflet: what are the Crime and Drugs Partnership's official aims?")
    assert "reoffending" in got.text and "Domestic Homicide Review" not in got.text
    # (a review's official purpose is still the review's)
    assert "lessons" in assistant.ask("What's the official purpose of a domestic homicide review?").text


def test_exam_results_are_not_the_partnerships_results(assistant: Assistant):
    got = assistant.ask("When do the SATs results come out this year?")
    assert got.intent is None or got.intent.startswith("elsewhere"), got.intent
