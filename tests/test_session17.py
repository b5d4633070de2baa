"""Session 17: people who talk about fire, danger words in everyday speech, and danger told after it
was over; and danger now said in these same settings, which must still get 999 first.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.answer import Answer
from bot.assistant import Assistant
from tests.test_session16 import DANGERS_NOW, _999_first


NOT_DANGER_NOW = [
    # figures of speech and things, not people
    "Absolutely drowning in runner beans this year, anyone got a chutney recipe?",
    "I'm dying for a bacon cob, is anywhere in Sneinton open this early?",
    "my phone's about to die so quick one: how do I change the battery in a smoke alarm?",
    "Whose job is it to make a landlord get a gas safety certificate every year?",
    "We did a home fire safety visit on a house in Bulwell and the place was a tip. Who do we pass neglect worries to?",
    "He keeps missing his job club sessions because the lads on his road follow him to the shop. Where can he report that as hate crime?",
    # told after it was over, or already with the police
    "Lads on bikes keep throwing stuff at cars in our car park. We've got a folder of reference numbers. What's the Community Trigger?",
    "Two of our guards had knives pulled on them this month and the police are dealing with both. Which group leads on knife crime?",
    "Crew went to a small kitchen fire in a flat last week and the tenant had used needles by his bed. Where is the needle exchange?",
    "After a house fire last year the woman who died turned out to have an abusive partner, who has now been charged. What law are DHRs under?",
    "Car got broken into overnight at the retail park, window smashed, nobody around now. What number do I ring for a crime reference?",
    "My mate took a dodgy pill on Saturday, he's ok and breathing fine but still shaky. Where do we get medical advice that isn't A&E?",
    "Just got in from a shift at the arena. A girl told our first aider she was assaulted in the toilets earlier in the night. Where can she get a check-up without the police?",
    "Allotment kids have twice now set fire to the compost bays. How many reports before we can ask for a case review?",
    "2am and the smoke alarm is chirping, nothing on fire. How do I get the cover off?",
    # how to call, for some day
    "PSA: if you ring 999 and can't speak, what are you meant to do?",
    "My brother is deaf, how does he contact 999 by text?",
    "Two weeks ago a lad snatched my nan's bag outside the post office and she hurt her arm. The police took a report. Is there support for victims?",
    "I was threatened for months by someone online. The police have it now. Is there support for victims of crime?",
    "Three times this month a toddler has opened the door on his own; his mum turned up from next door a few minutes later each time. Who can I ring for advice?",
    "Nearly drowned in the lanes at the pool this morning, it was that busy. Can I freeze my gym membership?",
    "The parties across the road are literally killing me. We've reported them four times. What's the review you can ask for?",
    "I coach a girl of 13 who keeps missing training and looks shattered. She's at home with her nan tonight and says she's fine for now. Who can I ring as an adult worried about a child?",
    "A resident is being taken off to 'work' by so-called friends who keep his bank card. He's at home with us tonight and perfectly safe. Which number is for exploitation?",
    "When I'm angry I shout at my wife, and once I pushed her. Nobody in danger now, she is at her sister's. Who can I call to change?",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW)
def test_danger_words_in_everyday_speech_and_over_events_get_no_crisis_reply(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, (got.intent, got.text[:120])


DANGER_NOW_IN_THESE_SETTINGS = [
    "someone trying my back door handle. again. 3am and im on my own",
    "Probably nothing but the man in this house showed me a pistol tucked into his belt and told me to get out quick. The woman here has a black eye. I'm in the kitchen, he's in the doorway",
    "the kitchen is on fire and my nan is still upstairs",
    "he's set fire to the shed and my son is trapped inside",
    "my mate is not breathing properly after a pill, what do I do",
    "my phone's about to die, he's outside with a knife and kicking the door in",
    "we did a fire safety visit and right now the dad is hitting the kids in front of us",
    "nobody around now except the man who dragged me in here and locked the door, I'm hiding in the toilet",
    "they've gone now but one of them stabbed my brother and he's bleeding a lot",
    "the police are dealing with it but he's outside my door right now with a hammer",
    "throwing bottles at us right now at the tram stop, one lad has a knife",
    "he's outside the house with a knife, I've locked the door",
    "my ex has turned up at the door drunk and he's banging on it",
    "my mate just texted me 'they won't let me leave', she's at a house with some men and now she's not replying",
    "he's at home with us tonight and he's just taken a load of pills and won't wake up",
]


@pytest.mark.parametrize("message", DANGER_NOW_IN_THESE_SETTINGS)
def test_danger_now_in_these_settings_still_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), (got.kind, got.intent, got.text[:120])


def _asks(assistant: Assistant, message: str) -> Answer:
    return assistant.ask(message)


@pytest.mark.parametrize("preamble", ["genuine question,", "honest question:", "PSA question", "serious q -", "random question but"])
def test_a_question_called_genuine_or_honest_is_still_answered(assistant: Assistant, preamble: str):
    got = assistant.ask(f"{preamble} what is the CDP?")
    assert got.intent == "cdp-what", (got.kind, got.intent)


def test_an_account_named_inside_a_sentence_is_what_it_names(assistant: Assistant):
    got = assistant.ask("are @UniofNottingham and @NTUofficial part of the crime and drugs partnership or not?")
    assert "Nottingham Trent University" in got.text and "voluntary" in got.text, (got.intent, got.text[:120])


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("@NottsCDP who chairs the board?", "who chairs the board?"),
        ("how do I text 999? @NottsPolice", "how do I text 999?"),
        ("are @UniofNottingham members?", "are Uni of Nottingham members?"),
        ("is @NTUofficial a member?", "is NTU official a member?"),
        ("ask @NHSEngland about it", "ask NHS England about it"),
    ],
)
def test_accounts_addressed_are_dropped_and_accounts_named_are_words(raw: str, words: str):
    from bot.normalise import social_tags

    assert " ".join(social_tags(raw).split()) == words


def test_members_who_sit_voluntarily_rather_than_by_law(assistant: Assistant):
    got = assistant.ask("We were told at induction that some organisations sit on the partnership voluntarily rather than by law. Which ones?")
    assert "HMP Nottingham" in got.text, (got.intent, got.text[:120])


def test_a_place_in_the_story_is_not_the_place_asked_about(assistant: Assistant):
    got = assistant.ask(
        "I mentor a lad of 16 who I'm pretty sure is being used to run drugs between the city and Mansfield. "
        "Is exploitation of young people one of the partnership's priorities at the moment?"
    )
    assert "Mansfield" not in got.text, (got.kind, got.text[:120])
    got = assistant.ask(
        "A man groped me on the train from Lincoln last week and got off at Newark. I'm home and safe now. "
        "Who should I tell, and is there somewhere that supports people after this?"
    )
    assert got.kind == "answer", (got.kind, got.text[:120])


def test_who_runs_the_partnership_there_is_declined_for_another_city(assistant: Assistant):
    got = assistant.ask("I'm moving to a job in Derby next month. Who runs the community safety partnership there, and how do I contact their ASB team?")
    assert got.kind == "decline" and "Derby" in got.text, (got.kind, got.intent)


def test_the_number_of_a_statutory_instrument_is_no_phone_number(assistant: Assistant):
    got = assistant.ask("The trainer said the duty to do a strategic assessment and a three-year plan is in a statutory instrument. What's its number?")
    assert "2007/1830" in got.text, (got.kind, got.intent)


def test_a_crime_reference_for_the_insurance_is_reporting_a_crime(assistant: Assistant):
    got = assistant.ask("Van broken into overnight on our street, tools gone, nobody about now. Which number do I ring for a crime ref for the insurance?")
    assert "101" in got.text and not got.crisis, (got.kind, got.intent, got.text[:120])
    got = assistant.ask("someone reversed into me in a car park, we swapped details, will my premium go up?")
    assert got.kind == "decline", (got.kind, got.intent)


@pytest.mark.parametrize(
    ("message", "read_as"),
    [
        (
            "A paper says our board also sits as the domestic abuse board that areas must have by law. What is that board called?",
            "What is the domestic abuse board that areas must have by law called?",
        ),
        (
            "There's a formal process where residents can make agencies review a case. What is that process called?",
            "What is the formal process where residents can make agencies review a case called?",
        ),
        # a bare "the board" is left as it is
        ("The board met on Monday. Who chairs that board?", "The board met on Monday. Who chairs that board?"),
    ],
)
def test_that_board_in_a_question_is_what_the_story_named(message: str, read_as: str):
    from bot.query import _named_before

    assert _named_before(message).endswith(read_as)


def test_the_domestic_abuse_board_asked_about_as_that_board(assistant: Assistant):
    got = assistant.ask(
        "I'm standing in at the CDP board next month. A briefing says the board also sits as the domestic abuse board "
        "that local areas now have to have by law. What is that board officially called?"
    )
    assert "Domestic Abuse Local Partnership Board" in got.text, (got.intent, got.text[:120])


def test_why_the_fire_service_is_in_the_partnership_names_the_act(assistant: Assistant):
    got = assistant.ask("Is the fire service in the crime and drugs partnership by choice, or does a law put it there?")
    assert "Crime and Disorder Act" in got.text, (got.intent, got.text[:120])


def test_the_thing_an_errand_asks_for_is_read_without_the_errand(assistant: Assistant):
    got = assistant.ask("Our grant form wants us to quote the partnership's priorities for 2021/22 and explain how our project fits. What were they?")
    assert "Modern Slavery" in got.text, (got.intent, got.text[:120])


def test_at_the_minute_is_now(assistant: Assistant):
    got = assistant.ask("what are the partnership's priorities at the minute?")
    assert got.intent == "priorities" and "2023/24" in got.text, (got.kind, got.intent)


def test_whether_a_topic_is_a_priority_names_the_years(assistant: Assistant):
    got = assistant.ask("Was modern slavery ever one of the partnership's priorities? Which year?")
    assert got.text.startswith("Modern Slavery & Exploitation was one of the priorities for 2021/22"), got.text[:120]
    got = assistant.ask("Is Prevent one of the main priorities?")
    assert got.text.startswith("Yes: Prevent is one of the priorities for 2023/24"), got.text[:120]
    assert "Source" in got.text or "source" in got.text.lower()


def test_a_topic_only_an_old_list_names_asked_about_now_gets_the_latest_list(assistant: Assistant):
    got = assistant.ask("is burglary still one of the current priorities?")
    assert got.text.startswith("The latest list (2023/24) does not name it"), got.text[:120]
    assert "Housing & Homelessness" in got.text  # (the 2023/24 list follows)


def test_a_topic_no_list_names_is_not_said_to_be_a_priority(assistant: Assistant):
    got = assistant.ask("is cyber crime one of the partnership's priorities?")
    assert "is one of the priorities" not in got.text and "was one of the priorities" not in got.text, got.text[:120]


@pytest.mark.parametrize(
    "message",
    [
        "Rats all over the allotments. Who do we call for pest control, and do they charge?",
        "I'm a steward: who trains us in crowd control for big matches?",
        "Who do I complain to about roadworks and a bus diversion nobody told us about?",
        "Can I keep a guest's luggage until he pays his hotel bill?",
    ],
)
def test_near_misses_in_these_voices_are_declined(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert got.kind == "decline", (got.kind, got.intent)


def test_a_service_s_own_work_follows_the_help_for_the_situation(assistant: Assistant):
    got = assistant.ask(
        "A lady I coach has told me bits over the last few months. Her husband checks her phone, took her bank card and lately "
        "he has got physical. She says she can't leave because of the dog, he'd hurt it and nowhere would take it, and the dog "
        "is what keeps her going. She's not in danger right now, she's at work. Is there anything locally that helps women in her position with pets?"
    )
    assert "0808 800 0340" in got.text and "Pet Fostering" in got.text, (got.intents, got.text[:160])


def test_trafficking_told_by_its_signs_gets_the_modern_slavery_helpline(assistant: Assistant):
    got = assistant.ask(
        "There's an empty unit behind our yard. Most nights a van drops off four or five young men, and picks them up again at dawn. "
        "There's a padlock on the outside of the door. Who do I talk to about this?"
    )
    assert "08000 121 700" in got.text, (got.intent, got.text[:120])


@pytest.mark.parametrize(
    "message",
    [
        "My husband pushed me down the stairs last month. I'm safe now at my sister's. Who can I talk to?",
        "I was hit again last night and my husband says it's my own fault. Who can I talk to?",
    ],
)
def test_harm_by_a_partner_still_gets_domestic_abuse_help(assistant: Assistant, message: str):
    # (harm told with no one doing it, beside a confident out-of-scope question, is no partner's harm:
    # that case is blind37-39's, scored by tests/test_eval.py; these are what the rule must not silence)
    got = assistant.ask(message)
    assert "0808 800 0340" in got.text, (got.kind, got.intent)


def test_a_question_someone_else_asked_in_the_story_is_not_the_question(assistant: Assistant):
    got = assistant.ask(
        "Our trainer said reducing reoffending has been a duty of community safety partnerships for years. "
        "Somebody asked 'how many years?' and he just laughed. Since when have they had a legal duty to have a strategy to reduce reoffending?"
    )
    assert got.kind == "answer", (got.kind, got.text[:120])


def test_how_many_is_answered_by_a_list_of_what_is_counted(assistant: Assistant):
    got = assistant.ask("How many strategic priorities were there for 2023/24, and what were they?")
    assert "Housing & Homelessness" in got.text, (got.kind, got.intent)
    # (a list of something else is no count: how many reviews were done is not the law's dates)
    got = assistant.ask("How many domestic homicide reviews has Nottingham done since 2011, exact number?")
    assert got.kind == "decline", (got.kind, got.intent)


def test_a_refused_marriage_told_in_simple_english_is_forced_marriage(assistant: Assistant):
    got = assistant.ask("My father say I must marry my cousin this summer. I say no and my uncle say I bring shame. I am safe at college now. Who can I talk who understand?")
    assert "0800 5999 247" in got.text, (got.intent, got.text[:120])


CALM_WORDS_17 = [
    "nobody around now but", "they've gone now but", "he's ok, breathing fine, but", "nothing on fire, but",
    "I don't think it's a now thing but", "she's at home with her gran tonight but", "he's at home with us tonight and perfectly safe but",
    "nobody in danger now but", "the police have it now but",
    "she's at home with her boyfriend tonight and", "I'm at home with my dad tonight and",
]
MORE_DANGERS_NOW = [
    "he's threatening her with a knife", "he's drunk and smashing the place up and says he'll kill me",
    "they won't let me leave and took my phone", "he's got a gun in his waistband",
]


def silenced(assistant: Assistant, calm: str) -> list[str]:
    """The dangers now (sessions 16 and 17) that lose 999 on the first line when `calm` is said
    before them."""
    return [d for d in [*DANGERS_NOW, *MORE_DANGERS_NOW] if not _999_first(assistant.ask(f"{calm} {d}"))]


@pytest.mark.parametrize("calm", CALM_WORDS_17)
def test_this_session_s_calm_words_never_silence_danger_said_beside_them(assistant: Assistant, calm: str):
    """Every calm or over-already phrase this session taught the rules (and being at home with someone tonight,
    which is never calm of itself), before every kind of danger now: 999 first."""
    weak = silenced(assistant, calm)
    assert weak == [], weak
