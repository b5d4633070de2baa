"""Session 16: forum shorthand, recall-first for a named situation, and danger that is plainly not now.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.answer import Answer
from bot.assistant import Assistant
from bot.normalise import forum_shorthand
from bot.safety import detect_crisis

JUNO = "0808 800 0340"


def _999_first(got: Answer) -> bool:
    """A crisis reply with 999 on its first line."""
    return got.crisis and "999" in got.text.splitlines()[0]


@pytest.mark.parametrize(
    ("raw", "spelled"),
    [
        ("DH says I'm overreacting", "husband says I'm overreacting"),
        ("DD14 won't talk to me", "daughter aged 14 won't talk to me"),
        ("my ds16 has a new group of mates", "my son aged 16 has a new group of mates"),
        ("Ex-DP has the DC at weekends", "ex partner has the children at weekends"),
        ("DSis and her DP", "sister and her partner"),
        ("MIL keeps interfering", "mother in law keeps interfering"),
    ],
)
def test_forum_shorthand_is_spelled_out(raw: str, spelled: str):
    assert forum_shorthand(raw) == spelled


@pytest.mark.parametrize(
    "unchanged",
    ["DC Smith took my statement", "DS Brown rang back", "dates as dd/mm/yyyy please", "the DSL said to ask", "the name changed in 2023"],
)
def test_police_ranks_dates_and_other_capitals_are_not_family(unchanged: str):
    assert forum_shorthand(unchanged) == unchanged


def test_a_forum_post_about_a_sisters_partner_gets_domestic_abuse_help(assistant: Assistant):
    got = assistant.ask(
        "Long one, I've name changed for this. DSis moved in with her DP last year. He reads her texts, "
        "takes her wages and she came round with a split lip on Sunday. Is there a helpline she could "
        "ring any time of night?"
    )
    assert JUNO in got.text and got.intent != "new-name", (got.intent, got.text[:100])


def test_a_free_number_for_kids_is_childline(assistant: Assistant):
    got = assistant.ask("DS12 says he can't talk to me about stuff. Is there a free number for kids he could ring?")
    assert "0800 1111" in got.text, got.text[:120]


def test_straight_facts_about_drugs_are_frank(assistant: Assistant):
    got = assistant.ask("where would I get the straight facts about drugs?")
    assert "0300 123 6600" in got.text, (got.intent, got.text[:120])


def test_a_sexual_assault_with_a_medical_ask_gets_the_sarc(assistant: Assistant):
    """Recall-first: the part that asks ("where can she see a doctor?") reads as health services,
    but the message names a rape in the help's own words."""
    got = assistant.ask(
        "My flatmate told me this morning a lad from her course raped her after a party at the weekend. "
        "She doesn't want the police knowing yet. Where can she go to see a doctor and get checked over?"
    )
    assert "0800 085 9993" in got.text, (got.intent, got.text[:120])


def test_how_to_text_999_for_later_is_answered_with_registration(assistant: Assistant):
    got = assistant.ask("Question for the future, not now. I'm Deaf and can't use a phone. How do I text 999, what do I do first?")
    assert not got.crisis and "register" in got.text.lower(), got.text[:160]


def test_a_place_tag_at_the_end_is_no_question_of_its_own(assistant: Assistant):
    """ "nottingham city btw" after the question names only words that say little: it is not read
    as "does Juno cover Nottingham city?"."""
    got = assistant.ask(
        "The flat above has parties every night, glass smashed in the car park, music till 5. I've rung the "
        "council five times and the police twice and every time they say they'll look into it and nothing "
        "changes. Is there any way to get the whole thing reviewed properly? nottingham city btw"
    )
    assert "Community Trigger" in got.text and got.intent != "juno-areas", (got.intent, got.text[:100])


def test_racist_graffiti_is_hate_crime(assistant: Assistant):
    got = assistant.ask("Someone has painted racist graffiti on the mosque wall on our road. Where do we report it?")
    assert "True Vision" in got.text, (got.intent, got.text[:100])


def test_help_for_a_child_follows_the_999_line(assistant: Assistant):
    """Worry about a child is help that may follow the crisis reply (like domestic abuse help), not
    a partnership fact it leaves out."""
    got = assistant.ask("A lad in my class keeps saying he'll kill himself, he's 12. Who can I tell about a child?")
    assert _999_first(got)
    assert "0808 800 5000" in got.text and "0800 1111" in got.text, got.text[:200]


def test_a_question_about_now_prefers_the_newer_documents(assistant: Assistant):
    """Only the 2016 slide deck speaks of a board with an emphasis on knife crime; asked whether it
    is a priority now, the 2023 priorities answer (Serious Violence) fits nearly as well and wins."""
    got = assistant.ask("is knife crime one of the partnership's current priorities?")
    assert "Serious Violence" in got.text and "2023/24" in got.text, (got.intent, got.text[:100])


def test_an_old_board_asked_about_by_name_is_still_answered(assistant: Assistant):
    got = assistant.ask("who chairs the SOC board now?")
    assert got.intent == "soc-board" and "Torr" in got.text, (got.intent, got.text[:100])


def test_money_coming_in_is_income(assistant: Assistant):
    got = assistant.ask("read somewhere the partnership had millions coming in back in 2015/16, how much exactly and where from?")
    assert "£14,018,955" in got.text, (got.intent, got.text[:100])


@pytest.mark.parametrize(
    "message",
    [
        "lately i think everyone would be better off without me. i won't do anything tonight, i just need to say it to someone. who can i talk to",
        "My grandad keeps saying he doesn't see the point any more since nan died. He's not going to do anything tonight. Who can he ring at 3am?",
    ],
)
def test_thoughts_of_suicide_told_calmly_get_samaritans(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert "116 123" in got.text, (got.intent, got.text[:120])


def test_how_to_call_999_silently_is_answered_beside_domestic_abuse_help(assistant: Assistant):
    got = assistant.ask(
        "My friend's husband controls everything and she's scared of him. She's safe tonight, he's away. "
        "If he kicks off she won't be able to speak on the phone. Can you ring 999 and not say anything?"
    )
    assert "0808 800 0340" in got.text and "55" in got.text, got.text[:200]


def test_the_adult_drug_and_alcohol_service_is_named(assistant: Assistant):
    got = assistant.ask("What's the adult drink and drugs service in Nottingham city called?")
    assert "Recovery Network" in got.text, (got.intent, got.text[:120])


def test_a_help_topic_that_does_not_answer_leaves_the_parts_to_be_read(assistant: Assistant):
    """'accountable for hate crime' reads as a request for hate crime help, which is not sure
    enough; the sentence that asks which sub-group owns it still answers."""
    got = assistant.ask(
        "Which thematic sub-group is accountable for hate crime and community cohesion? Our scrutiny panel would like to invite its chair."
    )
    assert "Hate Crime & Community Partnerships Board" in got.text, (got.intent, got.text[:100])


def test_the_schoolwork_a_question_is_for_says_nothing_about_it(assistant: Assistant):
    got = assistant.ask("for my citizenship project, what are the crime and drugs partnership's priorities at the moment?")
    assert got.intent == "priorities", (got.intent, got.text[:100])


def test_control_told_without_possessives_is_domestic_abuse(assistant: Assistant):
    """Written as BSL users often write English: "boyfriend control my money, check my phone"."""
    got = assistant.ask(
        "Me gay man, live with boyfriend. Boyfriend control my money, check my phone, decide who I see. "
        "I not want police. Want LGBT support. Email possible? What address?"
    )
    assert "help@galop.org.uk" in got.text, (got.intent, got.text[:150])


def test_a_plain_year_named_picks_that_version_before_a_financial_year_beside_it(assistant: Assistant):
    """"the 2021/22 priorities recommended by the 2020 Strategic Assessment": the 2020 assessment,
    not the 2021 one (which recommended 2022/23's)."""
    got = assistant.ask("Which 2021/22 priorities did the 2020 Strategic Assessment recommend?")
    assert "2020 Strategic Assessment" in got.text and "Weapon" in got.text, got.text[:200]


def test_how_much_was_put_into_something_counts_the_something(assistant: Assistant):
    got = assistant.ask("How much did the partnership put into domestic and sexual violence services in 2016/17?")
    assert "£1,732,905" in got.text, (got.intent, got.text[:120])


def test_the_nrm_told_without_its_name(assistant: Assistant):
    got = assistant.ask("Does the slavery team feed into the official process that decides whether someone is recognised as a victim?")
    assert "National Referral Mechanism" in got.text, (got.intent, got.text[:120])


def test_a_second_thing_asked_for_with_together_with_is_answered_too(assistant: Assistant):
    got = assistant.ask("list the priorities for 2023/24, together with the cross-cutting issues")
    assert set(got.intents) >= {"priorities", "cross-cutting"}, got.intents


def test_oh_is_an_other_half_only_as_someone_s():
    assert forum_shorthand("my OH checks my phone") == "my partner checks my phone"
    assert forum_shorthand("OH AND THE POLICE SAID NOTHING") == "OH AND THE POLICE SAID NOTHING"


def test_a_bat_swung_around_in_the_garden_is_no_weapon_swung_at_someone():
    """The rules' own reading (the learned model may still read danger in it)."""
    assert detect_crisis("My lad keeps swinging a bat around in the garden and he's broken next door's window twice.") is None
    assert detect_crisis("He's swinging a bat at my brother in the garden") is not None


CALM_WORDS = [
    "it's calm right now but", "nobody's in danger right now but", "I'm fine at the minute but", "it's quiet now but",
    "she's at her mum's tonight but", "this is a question for the future, not now, but actually", "she's at mine now and safe but",
    "he didn't seem in danger this minute but now",
]
DANGERS_NOW = [
    "my mate's not breathing", "she's bleeding from her head and won't wake up", "the flat is on fire and we're trapped",
    "he's outside the door with a knife", "he's kicking the door in", "he's just punched me and he's still here",
    "she's taken a load of pills", "someone's trying to break in right now", "he's got his hands round her throat",
]


@pytest.mark.parametrize("calm", CALM_WORDS)
def test_calm_words_never_silence_danger_said_beside_them(assistant: Assistant, calm: str):
    """Every calm phrase this session taught the rules, before every kind of danger now: 999 first."""
    weak = [d for d in DANGERS_NOW if not _999_first(assistant.ask(f"{calm} {d}"))]
    assert weak == [], weak


NOT_DANGER_NOW = [
    # plainly calm, told after the fact, a fear for some day, everyday words
    "My brother's partner hit him again on Friday. Nobody's in danger right now, he's at mine. Is there a line for men?",
    "my mates fella kicked off at her again. shes at ours now and safe, what number can she ring tomorrow?",
    "I'm completely fine at the minute, I'm at work. My husband checks my phone and takes my money. Who can I talk to?",
    "My boyfriend slaps me when he's drunk. He's at his brother's tonight so I'm safe. What's the women's helpline number?",
    "A little girl at the club had bruises on her arms. She didn't seem in danger this minute but who do I tell?",
    "Asking for the future, not now: I'm deaf, how would I get the police in an emergency?",
    "A client told me her husband had locked her in the bathroom last month. Who can she talk to?",
    "I am terrified I'll walk in one morning and find my son dead. Where do we get a naloxone kit? They say it can bring someone back from an overdose.",
    "The people next door play music till 5am every night and I'm not moving out of my own home. Who makes them stop?",
    "The science fair volcano went off like a bomb and there's goo everywhere. When are the school holidays?",
    "Can my deaf neighbour text 999 instead of calling?",
    # the partnership's focus, a marriage pushed, a threat that hangs on something, a kit, calm at home, a fear of drink
    "There was a stabbing near my mum's house. Is serious violence something the partnership is focusing on at the moment?",
    "My cousin is 17 and is being pushed into a marriage abroad this summer. Who deals with forced marriage?",
    "Older lads give my brother money to carry bags. If he stops they'll hurt him. Can I tell someone without giving my name?",
    "A youth worker said there's a spray that can bring someone back if they overdose. Where do we get one?",
    "Dad gets scary when he drinks. Mum's gone to stay at my auntie's so it's calm right now. Is there a line for dads who want to stop?",
    "Mum drinks from the minute she wakes up and says she's scared it's going to kill her. What's the service for adults called?",
    # bins set alight with nobody inside
    "Kids keep setting the wheelie bins alight on the field behind our street. Who do I report it to?",
    # the same words told of the past
    "My son overdosed last year and he wasn't breathing when they found him. Is there support for families afterwards?",
    "There was a fire in the kitchen last year and we lost everything. Who helps with rehousing?",
]


@pytest.mark.parametrize("message", NOT_DANGER_NOW)
def test_danger_words_that_are_not_danger_now_get_no_crisis_reply(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, got.text[:120]


DANGER_BESIDE_SUCH_WORDS = [
    # danger now beside words that sound calm or past
    "I've written letters to everyone and put them on the side. This is the last time I'll be on here.",
    "He's back, he's kicking the door and I'm not safe at all",
    "Nobody's in danger right now but he's on his way back and he said he'll kill me",
    "There's a bomb in a bag by the ticket office",
    # the same words beside danger now
    "He's outside my door right now and says if I tell anyone he'll kill me",
    "She's been pushed into the canal and she can't swim",
    "my mate has taken loads of pills and says the drink is going to kill him tonight",
    # a weapon swung at someone, a fire with people still inside
    "Kitchen porter's swinging a cleaver at the head chef, we've locked ourselves in the walk-in fridge",
    "Someone's set the bins alight against the wooden classroom block and the breakfast club kids are still inside",
    # a threat reported with "he'd" is no story told after the fact
    "He's standing at the bottom of the stairs and he said he'd hurt me if I came down. I'm hiding in the bathroom",
    "My ex is outside the house right now and said he'd kill me if I called anyone",
    # getting someone out of the house and safe is no calm
    "He's got a knife and he's going mad. I need to get the kids out of the house and safe",
    # a story of before never silences a body in danger now
    "the last time this happened she nearly died, she's not breathing",
    "there was a fight outside and my mate isn't breathing",
    "there was a stabbing outside the shop and my mate is bleeding from his neck",
]


@pytest.mark.parametrize("message", DANGER_BESIDE_SUCH_WORDS)
def test_danger_now_beside_such_words_still_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), got.text[:120]
