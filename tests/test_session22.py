"""Session 22: voice notes through speech-to-text, spelling by sound, health visitors and practice
nurses, solicitors and advice workers; danger now while travelling, from fumes, and to older people.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.test_session16 import _999_first
from tests.test_session17 import silenced

DANGER_NOW = [
    # taken abroad to be married, now
    "at the airport with my uncle, they are flying me to Bangladesh to marry a man I've never met, gate closes soon",
    "mum and dad are taking my sister to Pakistan to get married and she said no. they're at departures now",
    # a child not brought back, at the airport
    "my ex hasn't brought our son back and his brother posted him at the airport, the flight leaves in an hour",
    # someone tied to something
    "her carer has tied her to the bed with a dressing gown cord and left the flat",
    "I can see my neighbour through the window, he's chained to the radiator",
    # an older person left cold and confused
    "nan's been on the floor by the sofa all night, she's ice cold to the touch and mumbling",
    # crisis_blind23 (read late): strangers inside a relative's home on camera, a platform gap, a pylon
    "the camera shows three lads I don't know inside mum's kitchen and she looks terrified",
    "a woman's fallen down the gap between the train and the platform and her foot is wedged",
    "two teenagers are climbing the electricity pylon behind the estate, one is nearly at the top",
]


@pytest.mark.parametrize("message", DANGER_NOW)
def test_danger_now_told_these_ways_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), got.text[:160]


NOT_DANGER_NOW = [
    # a stabbing last year, outside a bar: the claim, not the danger
    "My client was stabbed outside a bar in town last year and wants to claim compensation. What can he expect?",
    # deaths that have happened
    "Our hostel lost three residents to overdoses this year. Does anyone review drug-related deaths?",
    # safe, and no plan to hurt herself
    "My sister feels really low tonight but she's at home, safe and not planning to hurt herself. Who can she talk to?",
    # a figure of speech
    "The stairwell in our block is a death trap with the lights out. Who do I report it to?",
    # blind60 (read late): a near miss, deaths in the news
    "The hedge on the verge is so overgrown my nan nearly got hit by a van pulling out. Who cuts it back?",
    "My nan read about people dying from drugs in town. Who looks into those deaths?",
    # the review's checks: a dog tied up, a phone down the sofa, a wedding planned for next year,
    # a son's flight
    "The dog is tied to a post outside the shop and has been barking for an hour. Is that anti-social behaviour?",
    "My phone fell down the gap between the sofa cushions and I can't reach it, what's the FRANK number?",
    "My parents are sending me to Pakistan to get married next summer. Who can I talk to now?",
    "My son's flight leaves in an hour and he's nervous about the airport. Is there anyone he can talk to about his drinking?",
    # a break-in tried before, a deposit still not paid back
    "The lock broke when someone tried to break in last spring. The landlord still won't give my deposit back.",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW)
def test_danger_words_in_these_stories_get_no_crisis_reply(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, got.text[:160]


CALM_WORDS_22 = [
    "He was hurt outside a bar.",
    "We lost two patients to an overdose.",
    "She is not planning to hurt herself.",
    "The flat is a death trap.",
    "She feels low tonight.",
    "He still won't give it back.",
    # blind60 (read late)
    "She nearly got hit by a van.",
    "People are dying from drugs in town.",
]


@pytest.mark.parametrize("calm", CALM_WORDS_22)
def test_this_session_s_calm_words_never_silence_danger_said_beside_them(assistant: Assistant, calm: str):
    """Every calm, over-already or figure-of-speech phrase this session taught the rules, before every kind of danger now: 999 first."""
    weak = silenced(assistant, calm)
    assert weak == [], weak


@pytest.mark.parametrize("message", [
    "Advice worker here. My client fled domestic abuse and her PIP has been stopped. What's the deadline for a mandatory reconsideration?",
    "She left her violent husband and her spouse visa depends on him. Can she get indefinite leave to remain?",
    "Paralegal: what is the limitation period for a personal injury claim after an assault?",
    "Health visitor. Which vaccinations are due at the one year review?",
    "My grandson lives with us now because of his dad's drinking. How do we get him a school place mid-year?",
])
def test_a_question_about_another_service_s_business_is_declined_plainly(assistant: Assistant, message: str):
    """The question asked is a benefits, immigration, legal, health or schools matter, whatever
    the story around it: declined, with what the assistant can help with and the 999 line."""
    got = assistant.ask(message)
    assert got.kind == "decline" and got.intent is None, got.text[:160]
    assert "999" in got.text


def test_a_declined_question_offers_the_help_for_the_situation_its_story_tells_first(assistant: Assistant):
    got = assistant.ask(
        "Advice worker here. My client's husband hit her for years and she has left him. "
        "What's the deadline for a mandatory reconsideration of her universal credit?"
    )
    assert got.intent is None
    assert [c.intent for c in got.choices][:1] == ["help-domestic-abuse"]
    assert len(got.choices) <= 3


def test_a_question_that_asks_for_help_is_not_declined_for_a_key_phrase_of_another_topic(assistant: Assistant):
    got = assistant.ask("She's on a spouse visa and he hits her. Who can she talk to for support?")
    assert got.intent is not None and "0808 800 0340" in got.text.replace("\u00a0", " ")


def test_punctuation_said_aloud_splits_the_sentences(assistant: Assistant):
    got = assistant.ask(
        "so there was a big row at the residents meeting about crime full stop the councillor didn't have "
        "the numbers with her full stop has crime gone down in nottingham what's the latest figure and how "
        "much has it dropped by so I can put it in the newsletter"
    )
    assert got.intent == "perf-crime", got.text[:160]


def test_what_a_figure_is_for_is_not_what_is_counted(assistant: Assistant):
    got = assistant.ask("Has crime gone down? How much has it dropped by, so that I can tell our tenants?")
    assert got.intent == "perf-crime", got.text[:160]


@pytest.mark.parametrize(("message", "expected"), [
    ("um whats the number for the domestic a bues line the one thats open all night", "help-domestic-abuse"),
    ("who is in the cdp. the polise and who els", "responsible-authorities"),
])
def test_voice_typing_and_spelling_by_sound_are_read(assistant: Assistant, message: str, expected: str):
    got = assistant.ask(message)
    assert got.intent == expected, got.text[:160]


@pytest.mark.parametrize("message", [
    "My grandson takes my pension every week and pushed me when I said no. He's gone now. Who can I talk to?",
    "My aunt's husband is rationing her food and hiding her hearing aids. She's at mine for now. Is there a line she could ring?",
])
def test_abuse_by_a_grown_up_relative_or_control_of_an_older_person_gets_domestic_abuse_help(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert "help-domestic-abuse" in got.intents and "0808 800 0340" in got.text.replace("\u00a0", " "), got.text[:160]
    assert "help-child-worry" not in got.intents


def test_a_couple_heard_through_the_wall_is_a_partner_who_hurts(assistant: Assistant):
    got = assistant.ask(
        "For weeks I've heard the couple next door rowing, last night something smashed and she was crying. "
        "It's quiet now. Is there a number I can ring as a worried neighbour?"
    )
    assert "help-domestic-abuse" in got.intents, got.text[:160]


def test_uc_is_universal_credit_and_a_question_about_it_is_declined(assistant: Assistant):
    got = assistant.ask("My brother is going into rehab next month. Does his UC stop while he's in there?")
    assert got.intent is None and "benefits" in got.text, got.text[:160]


@pytest.mark.parametrize("message", [
    "How long does a fast track passport take these days?",
    "The lads at work said someone cloned my bank card. Do I ring my bank or Action Fraud first?",
    "We're opening a micropub on Mansfield Road. How do we apply for a premises licence?",
])
def test_another_service_s_business_named_by_its_own_phrase_is_declined(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert got.intent is None and got.kind == "decline", got.text[:160]


def test_how_much_recorded_crime_went_down_is_the_crime_figure(assistant: Assistant):
    got = assistant.ask("How much did recorded crime go down in the year to November 2022?")
    assert got.intent == "perf-crime" and "10.7%" in got.text, got.text[:160]
