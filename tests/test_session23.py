"""Session 23: social workers, bereaved families, "asking for a friend", pasted text; danger now
told in disguise, in crowds, by someone followed or tracked, and by tenants forced out.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.test_session16 import _999_first

from bot.safety import detect_crisis

DANGER_NOW = [
    # someone lying still while others hurt him, or found and not moving
    "a man's lying outside the kebab shop and hasn't moved, lads keep booting him as they go past",
    "my grandad is lying at the bottom of the garden steps and he hasn't moved since I found him",
    # a child driven off with
    "some bloke has sped off with my little boy, down the ring road",
    "the dad from the party drove off with my niece and hasn't answered his phone",
    # a weapon showing from a pocket
    "my ex is downstairs at work asking for me and security can see a blade poking out of his jacket",
    # someone's car waiting where the writer hid
    "I'm at my friend's to get away and his car is parked across the road with the headlights off",
    "his van's sat outside my work with the engine running, he must have put a tracker on me",
    # taken to marry, on the way to the airport
    "my brothers are driving me to Gatwick, I'm getting married over there and they've got my passport",
    # alone at a height, decided
    "I'm on the top deck of the car park by myself. I've decided. Just wanted someone to know.",
    "top floor of the multistorey on my own, left my keys on the seat, had enough",
]




NOT_DANGER_NOW = [
    "My son is lying on the sofa and hasn't moved all day, just gaming. Who can he talk to about his drinking?",
    "My ex drove off with our daughter for the weekend as agreed. Is there a helpline for dads who feel low?",
    "I'm on the roof terrace at work on my own, decided to eat lunch up here. What are the partnership's priorities?",
    "My van is parked outside the depot with the engine running while I ask: what's the FRANK number?",
    # the review's checks: a van parked for weeks, the edge of an estate
    "That van has been parked outside the flats for weeks with its lights off, I think they're dealing. Who do I tell?",
    "I walk the dog at the edge of the estate on my own and I've had enough of the litter. Who do I report it to?",
]



def test_a_pattern_word_elsewhere_in_the_message_is_no_pattern_of_violence():
    """"my manager keeps telling me" is no pattern of violence: the knife in the lobby is danger now
    (a pattern would keep a partnership answer under the 999 line; danger now gets help only)."""
    found = detect_crisis(
        "I'm doing the rota because my manager keeps telling me to sort the staff stages myself. "
        "Anyway reception rang up: my ex is in the lobby asking for me and there's a knife in his coat pocket."
    )
    assert found is not None and found.kind == "violence" and not found.habitual


def test_a_pattern_word_in_the_sentence_of_the_violence_still_marks_a_pattern():
    found = detect_crisis("My job is fine. He keeps hitting me when he's had a drink, and I've had enough of it.")
    assert found is not None and found.habitual


def test_violence_told_as_a_pattern_still_keeps_the_help_asked_for(assistant: Assistant):
    """The pattern word in the sentence of the violence itself still marks it a pattern: the help
    asked for stays under the 999 line."""
    got = assistant.ask("He keeps hitting me when he's had a drink. Which helpline can I ring about it?")
    assert got.crisis and "0808 800 0340" in got.text.split("\n\n", 1)[-1], got.text


NOT_DANGER_NOW_STORIES = [
    # a stabbing told before "since then"
    "My cousin was stabbed outside a takeaway on Alfreton Road. Since then I've written to the council twice. "
    "Which part of the partnership deals with serious violence?",
    # a killing that is the background of a question about money
    "Her ex is in prison now. Can he still claim her pension, even though he killed her?",
    # a date that can't be moved
    "The tribunal is the same day as her scan, which she has waited weeks for and can't move. Who do I ask to change the tribunal?",
    # a professional writing up a case
    "I'm writing up a case from a home visit where a stepdad grabbed a teenager by the neck last month; the child is with "
    "grandparents. Which sub-group looks at exploitation of children?",
    # a patient's admission, relayed by a professional
    "number for the line for men worried about their own violence? pt admits he's the one hitting his wife",
    # parents who come back late as a pattern, and quiet now
    "The kids next door are left alone most evenings and the parents come back late, shouting. It's quiet right now. "
    "Who do I ring if I'm worried about a child?",
    # time since an illness or a habit ended
    "How do I get my licence back from the DVLA after a seizure? I'm two years clear now.",
    "I'm six months clean now after my overdose last year. Is there a peer group in Nottingham?",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW_STORIES)
def test_over_or_no_danger_at_all_gets_no_crisis_reply(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, got.text[:160]


@pytest.mark.parametrize(
    "danger",
    [
        "My brother was stabbed outside the takeaway and he's bleeding on the pavement.",
        "I think he's killed her, she's not moving on the kitchen floor.",
        "My dad fell off the ladder and can't move his legs.",
        "I'm six months clean now but my brother has just overdosed and he's not breathing",
        "he's coming back tonight and said he'll kill me",
        "she's having a seizure now on the kitchen floor and won't stop shaking",
    ],
)
def test_the_same_words_told_as_danger_now_still_get_999_first(assistant: Assistant, danger: str):
    assert _999_first(assistant.ask(danger))


def test_a_review_after_a_killing_by_a_partner_is_read_as_a_domestic_homicide_review(assistant: Assistant):
    """"this review" after a story of a woman killed by her husband and a review "round a table" is
    the domestic homicide review: the law asked for is the DHR's own (section 9 of the 2004 Act)."""
    got = assistant.ask(
        "My friend was killed by her husband in the summer. The police say there will be a review with "
        "everyone round a table. Did these reviews always exist? When did they start?"
    )
    assert got.kind == "answer" and "2011" in got.text, got.text[:300]


def test_what_the_asker_will_do_with_the_answer_is_not_what_is_asked(assistant: Assistant):
    """"... that I can put in his plan as an action" is the errand: the question is a line for
    someone worried about their own behaviour (the Respect Phoneline, under domestic abuse help)."""
    got = assistant.ask(
        "Dad on my caseload admits he shouts and once shoved mum. He wants to change. Is there a phone line "
        "for people worried about their own abusive behaviour that I can put in his plan as an action?"
    )
    assert "0808 802 4040" in got.text, got.text[:300]


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        # what the answer is for: a slide, a handout, a project
        ("Crimestoppers number for a slide, please", "0800 555 111"),
        ("Can you give me the Samaritans number for our wellbeing noticeboard?", "116 123"),
        ("For a Year 10 citizenship project: what were the partnership's priorities for 2016/17?", "2016/17"),
        # checking a number is no owner of it
        ("Can I double-check FRANK's phone number before we print?", "0300 123 6600"),
    ],
)
def test_what_the_answer_is_for_changes_nothing(assistant: Assistant, message: str, wanted: str):
    got = assistant.ask(message)
    assert got.kind == "answer" and wanted in got.text, got.text[:300]


def test_a_year_corrected_after_the_question_is_the_year_asked_about(assistant: Assistant):
    """"... in 2018/19? Sorry, 2016/17 I mean": the corrected year is answered, not the one the
    question first named (for which there are no priorities)."""
    got = assistant.ask("What were the partnership's priorities in 2018/19? Sorry, 2016/17 I mean.")
    assert got.kind == "answer" and "2016/17" in got.text, got.text[:300]
    got = assistant.ask("Which priorities did the 2021 strategic assessment recommend? No sorry, I think that was the 2020 one.")
    assert got.kind == "answer" and "2020" in got.text, got.text[:300]


@pytest.mark.parametrize(
    "message",
    [
        "I saw who smashed the bus shelter but I live on that street. Can I pass it on without it ever coming back to me?",
        "I know where the lads keep the stuff they sell but I'm scared of being found out as the one who told. What can I do?",
    ],
)
def test_passing_something_on_without_it_coming_back_is_crimestoppers(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert got.kind == "answer" and "0800 555 111" in got.text, got.text[:300]


def test_a_match_arranged_abroad_she_has_not_said_yes_to_is_forced_marriage(assistant: Assistant):
    got = assistant.ask(
        "my parents have booked flights for the summer and keep on about a rishta, I haven't said yes to "
        "anything. I'm safe at college today. who can I talk to?"
    )
    assert "0800 5999 247" in got.text, got.text[:300]


def test_these_reviews_points_to_the_review_named_in_the_singular(assistant: Assistant):
    """"a Domestic Homicide Review ... which law requires these reviews?": the plural points to the
    review the story named; the answer is the DHR's own law, not the list of every duty."""
    got = assistant.ask(
        "Crewed a call last spring, a woman with a cut lip who said she'd fallen. Her husband did all the "
        "talking. We passed it on. She died in the autumn. I've been told there will be a Domestic Homicide "
        "Review and I might be asked what we saw. I've done this job nine years and never been near one. "
        "Which law actually requires these reviews to be done?"
    )
    assert "Domestic Violence, Crime and Victims Act" in got.text, got.text[:300]


def test_a_run_of_stabbings_is_a_topic_not_danger_now(assistant: Assistant):
    got = assistant.ask(
        "We've had a run of stabbings near our station this autumn. Two of them were teenagers, one still in his college hoodie. "
        "Which part of the partnership owns serious violence?"
    )
    assert not got.crisis, got.text[:200]


@pytest.mark.parametrize("danger", ["he's stabbing him right now outside the shop", "they're attacking my brother in the street now"])
def test_the_act_itself_still_gets_999_first(assistant: Assistant, danger: str):
    assert _999_first(assistant.ask(danger))
