"""Session 19: forces families, hostels and people sleeping rough, Gypsy and Traveller sites,
football matchdays, machine-translated English, carers, residents' groups and prisoners' families;
danger now on heights, in sport, in hostels and to older people.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import time

import pytest

from bot.assistant import Assistant
from bot.questions import other_place
from bot.safety import detect_crisis, without_idioms
from tests.test_session16 import _999_first
from tests.test_session17 import silenced

DANGER_NOW = [
    # hurt, then signs now
    "my mate got stamped on outside the shelter, he can't get up and he keeps being sick",
    "her fella stamped on her head and she isn't making sense",
    # breathing barely heard, a colour with a drug
    "he only came home yesterday and he's used, he's gone grey on the settee and I can barely hear him breathing",
    # a girl pulled into the back of a car
    "a girl in school uniform has just been pulled into the back of a car by two men outside the hostel",
    # heard over the phone: a scream, thuds, then nothing
    "I was on the phone to my nan and she screamed and there were thuds, and now she isn't answering me",
    "on a call with my sister, he was shouting and there was a crash and the line went dead",
    # a stroke told by its signs (found in the end-of-session review: "had a stroke" is no story of before)
    "I think my dad's had a stroke, his face has dropped",
    "mum's had a stroke i think, she's slurring and can't lift her arm",
    # a small child who swallowed something
    "my toddler has swallowed some of my pregabalin",
    "the baby's eaten one of the dishwasher tablets",
]


@pytest.mark.parametrize("message", DANGER_NOW)
def test_danger_now_told_these_ways_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), got.text[:160]


NOT_DANGER_NOW = [
    # everyday speech and a workout
    "Missing home games is killing me since the ban. How do I appeal a football banning order?",
    "Leg day destroyed me, I can barely walk down the stairs. Who chairs the crime and drugs partnership?",
    # a relationship that broke down; a life event
    "I've been sofa surfing since my relationship broke down in the spring and now I'm in a hostel. How do I claim housing benefit?",
    "Been caring for my husband since his stroke, nearly three years now. I'm not going to do anything silly, I just need someone to talk to at night.",
    # over, or lasting: told as such
    "Someone set fire to a tent under the bridge last month while a lad was still asleep near it. Where can I report hate crime without going to a station?",
    "For over a year now lads have been throwing stones at the caravans and shouting at the kids. Every time it's reported nothing happens. What's the Community Trigger?",
    "My nephew was stabbed outside the chippy in the summer and now he won't leave the house. Is knife crime one of the partnership's priorities?",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW)
def test_danger_words_in_these_stories_get_no_crisis_reply(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, (got.intent, got.text[:120])


CALM_WORDS_19 = [
    "my relationship broke down and",
    "for over a year now",
    "since his stroke",
    "it was stabbed in the summer, and",
    "missing games is killing me and",
    "leg day destroyed me and",
]


@pytest.mark.parametrize("calm", CALM_WORDS_19)
def test_this_session_s_calm_words_never_silence_danger_said_beside_them(assistant: Assistant, calm: str):
    weak = silenced(assistant, calm)
    assert weak == [], weak


def test_a_sentence_after_last_year_that_starts_with_now_is_still_now(assistant: Assistant):
    """"For a year now" is how long; "last year. Now he's ..." is now."""
    assert _999_first(assistant.ask("Mum said he overdosed last year. Now he's strangling her"))
    assert _999_first(assistant.ask("Someone broke into the bin store last month. Now he's kicking the door in"))


def test_a_thing_killing_me_is_read_in_linear_time():
    """The idiom a pastime "is killing me" is read only where "killin" stands: a long message of
    words ending in -ing is read at once (a generous bound: the old scan took a second for 2,000 characters)."""
    text = ("aing " * 20_000) + " is killing me"
    started = time.perf_counter()
    without_idioms(text)
    detect_crisis(text)
    assert time.perf_counter() - started < 5.0


def test_a_machine_translated_question_for_the_domestic_abuse_line_is_answered(assistant: Assistant):
    got = assistant.ask("Please, what is the number of telephone for the women who suffer violence in the house? It is for my cousin.")
    assert got.kind == "answer" and "0808 800 0340" in got.text


def test_the_president_of_the_board_is_its_chair(assistant: Assistant):
    assert assistant.ask("Who is the president of the board of the partnership?").intent == "chair"


@pytest.mark.parametrize("drug", ["ketamine", "steroids", "xanax", "tramadol", "benzos"])
def test_a_drug_named_is_a_drugs_question(assistant: Assistant, drug: str):
    got = assistant.ask(f"my son is taking {drug} and I'm worried, where can he get help")
    assert "help-drugs-alcohol" in got.intents or "help-alcohol-family" in got.intents, got.intents


def test_a_year_only_the_story_names_after_the_newest_document_is_not_asked_about(assistant: Assistant):
    got = assistant.ask(
        "My sister was killed by her husband in 2025 and the family have been told there will be a review. "
        "Can we ask to see the full report, and how do we ask?"
    )
    assert got.kind == "answer" and got.intent and got.intent.startswith("dhr"), (got.intent, got.text[:120])
    assert assistant.ask("what are the partnership's priorities for 2026?").kind == "decline"


def test_which_act_puts_the_partnership_on_a_statutory_footing_is_its_legal_basis(assistant: Assistant):
    got = assistant.ask("New to community safety. Which Act puts the Crime and Drugs Partnership on a statutory footing?")
    assert got.intent == "legal-basis" and "Crime and Disorder Act" in got.text
    assert assistant.ask("which act put domestic homicide reviews on a statutory footing").intent == "dhr-law"


def test_a_count_asked_beside_a_rate_is_answered_by_the_rate(assistant: Assistant):
    got = assistant.ask("How many people reoffend in Nottingham, and what is the reoffending rate roughly?")
    assert got.intent == "reoffending-rate", got.intent


def test_a_derby_match_is_not_derby_the_city():
    assert other_place("the domestic abuse numbers jump after a big derby") is None
    assert other_place("after the derby game in the spring") is None
    assert other_place("who runs the community safety partnership in derby") == "derby"


def test_the_emergency_page_answers_only_a_message_about_danger_or_reaching_help(assistant: Assistant):
    got = assistant.ask("Found what looks like ketamine in my grandson's room. Is there somewhere I can text for straight information rather than phone?")
    assert "help-danger-now" not in got.intents and not got.crisis, got.intents
    assert assistant.ask("what number do I ring in an emergency").intent == "help-danger-now"
    assert assistant.ask("I can't talk, how do I call the police silently").intent == "help-danger-now"


def test_a_child_hurt_since_mums_new_partner_moved_in_gets_the_nspcc_beside_domestic_abuse_help(assistant: Assistant):
    got = assistant.ask(
        "There's a little girl next door, about six, who always has bruises on her arms since her mum's new boyfriend moved in. "
        "She isn't in danger this minute. Who can I talk to, and do I have to give my name?"
    )
    assert "help-child-worry" in got.intents and "0808 800 5000" in got.text, got.intents
    # (a son's own drug use, or a question of custody, brings no child help beside the partner's harm)
    assert "help-child-worry" not in assistant.ask("my son is using again and his girlfriend has started hitting him").intents


def test_the_teams_that_work_ward_by_ward_are_the_neighbourhood_action_teams(assistant: Assistant):
    got = assistant.ask("Someone told me the partnership has teams of officers from different agencies that work ward by ward. What are they called?")
    assert got.intent == "nat" and "Neighbourhood Action Team" in got.text, got.intent


def test_slurred_speech_is_no_slur(assistant: Assistant):
    assert "help-hate-crime" not in assistant.ask("my nan had a stroke last year and her speech is still slurred, is there support for carers").intents
    assert "help-hate-crime" in assistant.ask("they shouted slurs at my son on the bus, where can I report it").intents


def test_what_a_drug_does_to_you_is_a_question_for_frank(assistant: Assistant):
    got = assistant.ask("night shifts, half the crew on coke to stay awake. where's proper info on what it does to you")
    assert "help-drugs-alcohol" in got.intents and "FRANK" in got.text, got.intents


def test_where_a_rumour_came_from_weighs_nothing(assistant: Assistant):
    plain = assistant.matcher.query("Nottingham City Homes sit on the partnership")
    told = assistant.matcher.query("word on the estate is Nottingham City Homes sit on the partnership")
    assert told.tokens == plain.tokens
