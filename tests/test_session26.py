"""Session 26: canal boaters, house shares, interview candidates, post office counters; danger now
in water, kitchens, at school gates and in tower blocks.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations


from bot.assistant import Assistant
from bot.safety import detect_crisis

DANGER_NOW = [
    # through the ice
    "my lad's gone through the ice on the pond at the park, he's hanging on to the edge",
    "a dog walker went out on the ice after her spaniel and now she's in up to her chest and it keeps cracking",
    # a vehicle into people, someone under it
    "a van has just mounted the pavement and ploughed into the crowd at the bus stop",
    "car rolled back down the drive and there's a kid under it",
    # on a bridge, whatever bridge
    "my mate is stood on the railway bridge right now and says she's done",
    # a partner's threat is no slip at work (the near misses below are)
    "he says he will kill me if I leave the house tonight",
    "my husband said he'll kill me if I break anything else",
]




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
    # an injury arrived with, some time ago
    "A lad in our five-a-side turned up with a black eye in the summer and admitted his girlfriend did it. Is there a helpline for men?",
    # drink by the bottle
    "My uncle can't get through a day without a bottle of wine now. Where can he get help to stop?",
    # a procedure followed
    "I followed our safeguarding procedure after a pupil told me her dad drinks and shouts. Which helpline can she ring herself?",
    # a cigarette outside
    "Home visit today: her partner went out for a smoke and she said he deals from the flat. Which line can she call about the baby?",
    # people in general
    "Teenagers round here think nothing of carrying a blade. What is the partnership doing about knife crime?",
    # long gone now, said of no one in particular
    "Some lads kicked my wing mirror off outside the chippy, long gone now. Can I report it online?",
    # news that has come out since
    "My aunt died last spring and it's now come out that her husband killed her. How does the family see the review?",
    # where an attack happened, days ago
    "My daughter was punched outside a pub on Saturday night and the police have her statement. Who supports victims of crime?",
    # a hospital admission told
    "My dad was brought in with chest pain on Monday and his visa has run out. Will he be charged for treatment?",
    # the fire service in a list
    "Quiz question: which bodies sit on the partnership? We said council, police, fire, probation and health. Were we right?",
]



def test_a_bridge_is_danger_only_when_someone_is_on_it():
    # (the rules' loose net: a danger word, a sign of now, a person)
    assert detect_crisis("Four lads are sleeping under the canal bridge now and leave needles on the towpath. Who deals with that?") is None
    assert detect_crisis("my brother is on the old railway bridge now, he won't answer me") is not None


def test_texting_999_is_answered_with_how_to_register(assistant: Assistant):
    got = assistant.ask("A deaf neighbour asked me how she can text 999. Is there something she has to do first?")
    assert "register" in got.text


def test_a_partner_who_knocks_a_man_about_gets_the_line_for_men(assistant: Assistant):
    got = assistant.ask("Lad at work says his girlfriend knocks him about. Is there a line for men?")
    assert "0808 801 0327" in got.text


def test_a_24_hour_domestic_abuse_number_is_no_shop_opening_times(assistant: Assistant):
    # (help named by its key phrase: a topic the documents do not answer must score clearly better)
    got = assistant.ask("A lady at my till asked for a domestic abuse number. Is there one that's open 24 hours?")
    assert "0808 800 0340" in got.text
    assert assistant.ask("What time does the big Tesco shut on a Sunday?").intent is None


def test_the_partnerships_official_aims_are_its_aims(assistant: Assistant):
    got = assistant.ask("For a leaflet: what are the Crime and Drugs Partnership's official aims?")
    assert "reoffending" in got.text and "Domestic Homicide Review" not in got.text
    # (a review's official purpose is still the review's)
    assert "lessons" in assistant.ask("What's the official purpose of a domestic homicide review?").text


def test_exam_results_are_not_the_partnerships_results(assistant: Assistant):
    got = assistant.ask("When do the SATs results come out this year?")
    assert got.intent is None or got.intent.startswith("elsewhere"), got.intent


def test_a_nottingham_road_named_after_a_town_is_no_other_place(assistant: Assistant):
    got = assistant.ask("I live off Derby Road and walk down Mansfield Road every day. What did the last strategic assessment find?")
    assert "I only know about Nottingham" not in got.text and got.intent is not None


def test_the_non_urgent_police_number_is_101(assistant: Assistant):
    got = assistant.ask("What's the non-urgent police number? Somebody smashed the shed window last night.")
    assert "101" in got.text


def test_a_non_999_number_for_a_mental_health_crisis_is_given(assistant: Assistant):
    got = assistant.ask("Which non-999 number should I give someone in a mental health crisis?")
    assert "111" in got.text


def test_a_wife_who_goes_for_him_is_domestic_abuse(assistant: Assistant):
    got = assistant.ask("My brother says his wife goes for him when she's been drinking. Where can a man get help?")
    assert "0808 801 0327" in got.text


def test_something_done_without_her_say_so_is_sexual_violence(assistant: Assistant):
    got = assistant.ask("My sister says a lad she went out with did something to her without her say so. "
                        "She won't go to the police. Is there somewhere she can get checked over?")
    assert "0800 085 9993" in got.text  # (the Topaz Centre, the SARC, self-referral)


def test_threatened_for_being_gay_is_hate_crime(assistant: Assistant):
    got = assistant.ask("My neighbour is being threatened by kids on the estate for being gay. He won't ring the police. What else can he do?")
    assert "hate crime" in got.text.lower()
