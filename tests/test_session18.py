"""Session 18: tradespeople, call-centre staff, vets, driving instructors, couriers, canvassers,
cleaners, childminders and register office staff; danger words in their everyday speech, danger now
in their settings, and what they ask.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.query import prepare
from bot.questions import YOUNG_PEOPLE
from tests.test_session16 import _999_first
from tests.test_session17 import silenced


NOT_DANGER_NOW = [
    # fitting something, not a fit; kicking things, not people; a panic attack; a hazard; boredom
    "I'm fitting new locks for a woman whose ex has just moved out. Is there a domestic abuse line she can ring?",
    "Kids keep kicking her bins over and egging the windows. We've reported it loads. What's the Community Trigger?",
    "She had a panic attack in the car park and says she's felt low for weeks, no thoughts of hurting herself. Who can she talk to?",
    "That loft wiring is a fire waiting to happen and there's a baby next door. Who do I tell about a cannabis grow?",
    "dying of boredom on this shift lol, who chairs the crime and drugs partnership board?",
    "my brother will murder me if i dont finish my homework. what number can kids ring to talk to someone?",
    # calm said plainly, or a pattern told after
    "He's not hurting anyone right now but he keeps hearing voices and his wife is frightened. Who can she ring for mental health advice tonight?",
    "Her ex has turned up outside the clinic four times since spring and she thinks he follows her car. Does Juno help with stalking?",
    "Someone broke into the bin store to sleep last month and things feel worse right now. What did the latest strategic assessment find?",
    "I changed the locks for a family after their son died. His mum told me he'd overdosed in the flat and the police had been. Does the partnership look at drug deaths?",
    "As union rep for our delivery office, for the council consultation: our drivers get attacked on their rounds. What are the partnership's statutory duties?",
    "She's got her own tenancy now and the police are no longer involved. Where does she get domestic abuse advice?",
    "He's gone to the market till tonight, I'm on my own and perfectly safe at the moment. He pushes me about when he drinks. Is there a number for women?",
    "Need a punch recipe for my 40th that won't have everyone dead on the kitchen floor by ten",
    "The boiler's broken again and the noise gives me a headache. Who do I complain to about the landlord?",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW)
def test_danger_words_in_everyday_speech_get_no_crisis_reply(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, (got.intent, got.text[:120])


DANGER_NOW = [
    "there's a hose from his car exhaust going in under the garage door and the engine's running",
    "a lad in the foyer is pointing a knife at the girl on the till",
    "he's aiming a gun at my brother",
    "he's fitting on the floor and his lips are going blue",
    "they've set the bins alight against the flats and kids are trapped inside",
    "someone is breaking into my shed right now and I'm on my own in the house",
    "Sorry to message so late. I've taken every tablet in the house with the rest of the whisky and I'm sat on the bench by her grave",
    "Dad rang earlier with a banging headache and dizzy, says the boiler's been rumbling all day. Now he's slurring and not picking up",
    # (found in the end-of-session review: a bereavement told first, a plan denied, a role named first)
    "After my mum died I moved in with my boyfriend and he is hitting me with a belt",
    "I have no plans to kill myself but I have taken 30 pills",
    "As a social worker on a home visit: he's strangling her in the kitchen",
]


@pytest.mark.parametrize("message", DANGER_NOW)
def test_danger_now_in_these_settings_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), got.text[:160]


CALM_WORDS_18 = [
    "he's not hurting anyone right now but",
    "I'm fitting a lock here and",
    "that wiring is a fire waiting to happen and",
    "I was dying of boredom till",
    "she said no thoughts of hurting herself, but now",
    "I'm fitting new smoke alarms and",
]


@pytest.mark.parametrize("calm", CALM_WORDS_18)
def test_this_session_s_calm_words_never_silence_danger_said_beside_them(assistant: Assistant, calm: str):
    """Every phrase this session taught the rules to read as no danger, before every kind of danger
    now: 999 first."""
    weak = silenced(assistant, calm)
    assert weak == [], weak


def test_which_of_the_priorities_covers_a_topic_names_the_list_that_does(assistant: Assistant):
    got = assistant.ask("A learner told me his mate runs drugs for older lads. Which of the partnership's current priorities covers exploitation like that?")
    assert got.text.startswith("Vulnerability & Exploitation is the priority for 2023/24"), got.text[:160]
    assert "NSPCC" not in got.text


def test_a_topic_no_list_names_gets_no_which_priority_lead(assistant: Assistant):
    got = assistant.ask("which of the priorities covers parking on pavements?")
    assert "is the priority for" not in got.text


def test_the_partnership_s_current_priorities_asked_after_a_story_are_the_priorities(assistant: Assistant):
    got = assistant.ask(
        "I'm writing our residents' newsletter. People keep raising kids being groomed to sell drugs and parties till 4am. "
        "Before I write anything I want to check what the partnership has listed as its current priorities. What's on their list?"
    )
    assert "Vulnerability & Exploitation" in got.text and "0808 800 5000" not in got.text, got.text[:200]


def test_a_statement_shaped_like_a_question_asks_nothing(assistant: Assistant):
    """"What's struck me is how many ..." asks no "how many": the question after it is what is asked."""
    message = (
        "I run a survey in St Ann's. What's struck me is how many people say the same neighbours target them again and again. "
        "Is there a target for cutting repeat victims of hate crime?"
    )
    assert [s for s in prepare(message, assistant.matcher).asking if "struck" in s] == []
    got = assistant.ask(message)
    assert "Community Trigger" not in got.text and "Hate crime repeat victimisation" in got.text, got.text[:200]


def test_another_body_s_acronym_is_not_corrected_to_one_the_partnership_has(assistant: Assistant):
    got = assistant.ask("can my pupil get the fee back from the DVSA if the test is cancelled for snow?")
    assert "Strategy Group" not in got.text and got.intent != "owner-dsva", got.text[:160]
    # (the partnership's own acronym still reads, misspelt or not)
    assert "Strategy Group" in assistant.ask("who chairs the DSAV strategy group").text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Where can a caller get straight answers about drugs, any time of day?", "0300 123 6600"),
        ("Skint, working nights, feeling pretty hopeless lately. Not going to do anything daft, just want someone to talk to at 3am", "116 123"),
        ("A widower at the counter said he can't see the point of anything now. He's with his daughter. What number can I give people like him in future?", "116 123"),
        ("NSPCC number for grown ups worried about a child?", "0808 800 5000"),
        ("which partnership plan is the current one, the rolling three year plan?", "2022 to 2025"),
        ("Gig nights spill onto residents' doorsteps and they're fed up. Which part of the partnership handles repeat ASB spots in the city?", "Partnership Tasking"),
    ],
)
def test_everyday_words_for_what_is_asked(assistant: Assistant, message: str, expected: str):
    got = assistant.ask(message)
    assert expected in got.text, got.text[:200]


def test_energy_bills_and_meters_are_declined(assistant: Assistant):
    got = assistant.ask("I work on a water company's phones. A customer just out of a refuge asked how she gets on the Priority Services Register. What are the criteria?")
    assert got.kind == "decline" and not got.crisis, got.text[:160]


def test_a_partner_s_harm_also_gets_the_service_the_message_is_about(assistant: Assistant):
    got = assistant.ask(
        "A mum at our playgroup says her husband frightens her and she'd leave tomorrow, but she won't go to a refuge "
        "because she'd have to leave the dog behind. Is there a domestic abuse charity that looks after pets?"
    )
    assert "0808 800 0340" in got.text and "Pet Fostering" in got.text, got.text[:300]


@pytest.mark.parametrize("word", ["sleepover", "playground", "my teacher"])
def test_words_of_childhood_name_a_young_person(word: str):
    assert YOUNG_PEOPLE.search(f"it happened at a {word} thing")


def test_a_sexual_assault_told_after_it_happened_is_never_i_dont_know(assistant: Assistant):
    """Recall-first: an assault described in plain words ("touched my daughter in a way he shouldn't
    have"), safe now, gets the help for it, not a decline."""
    got = assistant.ask(
        "At a family wedding last month an older cousin touched my 15 year old daughter in a way he shouldn't have. "
        "She only told me yesterday. She's safe and it's not happening now. Who can she talk to?"
    )
    assert got.kind != "decline" and "0800 085 9993" in got.text, got.text[:200]


def test_a_helpline_aimed_at_men_is_asked_for_men(assistant: Assistant):
    got = assistant.ask("My wife has been hitting me for years. I'm at my brother's so I'm fine for now. Is there a helpline for blokes or is it all aimed at women?")
    assert "0808 801 0327" in got.text, got.text[:200]


def test_whether_a_topic_is_a_priority_and_a_second_question_are_both_answered(assistant: Assistant):
    """"Is X one of the priorities, and is there a target for it?": the yes or no, then both answers."""
    got = assistant.ask("Is hate crime actually one of Nottingham's priorities, and is there any target for it?")
    assert got.lead.startswith("Hate Crime was one of the priorities for 2022/23"), got.lead
    assert "10%" in got.text and len(got.parts) == 2 and set(got.intents) == {"priorities", "targets-headline"}, got.intents
