"""Session 27: launderettes, parkrun, bingo halls, phone repair shops; danger now at caravan
parks, on bonfire night, in supermarkets and at stables.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.safety import detect_crisis
from tests.test_session16 import _999_first

DANGER_NOW = [
    # a carbon monoxide alarm sounding, and someone with its signs
    "the carbon monoxide alarm is going off in the caravan and my husband has been sick and seems confused",
    # someone under something that came down
    "shelving has collapsed in the stockroom and a lad is under it, he's groaning",
    # a small child into a yard product, with signs
    "my two year old got into the tube of dog wormer, it's all round her mouth and she's gone floppy and sleepy",
    # a tool held as a weapon, near the writer
    "my ex is stood by the cash machine with a hammer in his hand, he followed me from the bus",
    # a small child alone by an open window
    "the baby next door has been on his own since last night, the window is wide open and he has gone quiet",
    # lost, not safe: "doesn't know where she is" is no one kept away from an ex
    "my 13 year old has been missing since last night and just whispered on the phone that she doesn't know where she is",
    "my mate went missing an hour ago and now his phone is off",
    # a fire and a sign of now in sentences that follow each other
    "There's a fire in the flat below. Smoke is coming under our door now.",
]


@pytest.mark.parametrize("message", DANGER_NOW)
def test_the_rules_read_danger_now_told_these_ways(message: str):
    assert detect_crisis(message) is not None


@pytest.mark.parametrize("message", DANGER_NOW)
def test_danger_now_told_these_ways_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), got.text[:160]


NOT_DANGER_NOW = [
    # children, or a horse, "killing" someone in a figure of speech
    "The kids are killing me this half term lol. Anything free to do in Nottingham when it rains?",
    "My pony nearly killed the vet yesterday, she hates needles. Any tips for calming a nervous horse?",
    # busy, nobody hurt, and gone for the night
    "It's murder in the shop on Saturdays. Lads keep doing wheelies in the car park, nobody's been hurt and "
    "they've gone for tonight. Who do we report it to?",
    # gas among the prices, and "missing" something from an essay
    "Me and my mum are going round in circles. Everything costs more now, gas, bread, rent. "
    "Did the partnership's assessment say anything about the cost of living?",
    "I'm missing the name of the later Act for my essay. Which Act revised the Crime and Disorder Act?",
    # bins set on fire as a pattern, and a bus shelter smashed, a sentence away from "now"
    "The precinct by us has bins set on fire twice a week and the bus shelter smashed. The old folk won't walk "
    "through there now. Who decides which places get patrols?",
    # somewhere an ex can't find
    "My ex keeps turning up at my work. I'm staying at my sister's and he doesn't know where she lives. Who do I call about stalking?",
    # a fire long over, and "now" four sentences on
    "We had a small chip pan fire in the kitchen in March. The insurance sorted it. The landlord has fitted new alarms. "
    "The kids are doing well at school. Now I want to know who runs the community safety partnership.",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW)
def test_these_are_no_danger_now(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, got.text[:160]


def test_a_rule_of_parts_in_order_needs_them_in_sentences_that_follow_each_other():
    far = ("We had a small chip pan fire in the kitchen in March. The insurance sorted it. The landlord has fitted "
           "new alarms. The kids are doing well at school. Now I want to know who runs the partnership.")
    assert detect_crisis(far) is None
    assert detect_crisis("We had a small chip pan fire in the kitchen. It is still burning now.") is not None


def test_medical_advice_that_isnt_999_is_nhs_111(assistant: Assistant):
    got = assistant.ask("What number do I ring for medical advice when it isn't a 999 job?")
    assert "111" in got.text and not got.crisis
    # (a driving licence's medical is no medical advice)
    assert assistant.ask("How do I get my licence back after a drink driving ban, do I need a medical?").intent is None


def test_reporting_anon_is_crimestoppers(assistant: Assistant):
    assert "0800 555 111" in assistant.ask("how do I report a drug house anon?").text


def test_what_the_partnership_took_in_altogether_is_its_income(assistant: Assistant):
    assert "11,998,114" in assistant.ask("How much did the partnership take in altogether in 2016/17?").text


def test_is_that_a_real_thing_asks_about_the_sentence_before(assistant: Assistant):
    got = assistant.ask("My neighbour says there's a rule that if you report ASB enough times they have to review it. Is that a real thing?")
    assert "Community Trigger" in got.text


def test_new_duties_the_partnership_expects_to_take_on(assistant: Assistant):
    assert "Serious Violence Duty" in assistant.ask("What new duties is the partnership expecting to take on?").text


def test_reporting_on_someones_behalf_is_no_case_review(assistant: Assistant):
    got = assistant.ask("Some lads shouted abuse at my neighbour about his turban. He won't go to the police. "
                        "Can we report it on his behalf somewhere else?")
    assert "hate crime" in got.text.lower() and "Community Trigger" not in got.text


def test_which_bit_of_the_partnership_is_which_group(assistant: Assistant):
    assert "Serious Youth Violence" in assistant.ask("Which bit of the partnership deals with knife crime?").text


def test_cars_doing_doughnuts_are_anti_social_behaviour(assistant: Assistant):
    got = assistant.ask("Lads keep doing doughnuts in our car park at night. As a business, who do we report this to?")
    assert "101" in got.text
    assert assistant.ask("can I buy doughnuts at the market").intent is None


def test_a_police_number_not_for_an_emergency_is_101(assistant: Assistant):
    got = assistant.ask("What's the police number? Not for an emergency, I just want to tell them something.")
    assert "101" in got.text


def test_a_role_in_a_sign_off_is_no_topic(assistant: Assistant):
    got = assistant.ask("Which organisations have to be in the partnership by law? Cheers, Jo (club secretary)")
    assert "Integrated Care Board" in got.text
