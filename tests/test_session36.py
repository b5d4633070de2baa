"""Session 36: stonemasons, baristas, speedway crews, scrabble clubs; milk rounds, supply
teachers, lacrosse clubs, sushi kitchens; danger now seen by groundsmen, lecturers, gliding clubs
and box-office staff.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

from bot.assistant import Assistant
from bot.safety import detect_crisis

DANGER_NOW = [
    # dogs on someone who is down
    "three dogs off the lead have got a jogger on the ground by the lake, they're biting his arms and there's no owner",
    # a small child on a runway or a railway line
    "a toddler has wandered onto the taxiway and there's a plane taxiing towards the hangar",
    "a little lad has climbed down onto the train tracks at the far end of the platform and a freight is due",
    # a grip on the throat now is still read, whoever writes
    "my neighbour has her by the throat against the car and she's going purple",
    # (second round) a small child at a drop or over water, with no adult
    "sorry to go off topic but a little girl, maybe three, is stood on the wrong side of the balcony railing two floors up "
    "and I can't see any adults",
    "a kiddie of about five is walking along the lock gate beam on his own and the water's high",
    # breathing slowed right down, with pinpoint pupils or tablets
    "my brother's breathing is really slow, like four breaths a minute, and his pupils are tiny, there's an empty strip of pills by him",
    # lips gone bluish, and someone who does not come round
    "Bloke slumped on the bench by the bus shelter, lips gone bluish, I shook him and he didn't come round. Do I log it?",
    # lips a funny colour, and not knowing if someone breathes, after a story about something else
    "I came on here to ask about drug services for a lad at work. Anyway I've just found him behind the van, lips gone a funny "
    "grey colour, and I can't tell if he's breathing, he's not answering me.",
    # a car passing again and again, then waiting ahead
    "walking home from the gym, the same car has gone past me four times really slowly and now it's pulled in up ahead with "
    "its lights off, I'm on my own",
]

NOT_DANGER_NOW = [
    # a grip told as last night's story, and she is somewhere else now
    "My cleaner told me her husband had her by the throat last night. He's not there now, she's at her mum's. "
    "Is there a helpline she can ring?",
    # a fear for some day, dead named before the day
    "My nephew injects and his mum is scared of finding him dead one day. Where can he get naloxone in the city?",
    # not ready to face the police yet
    "A fortnight ago I think someone spiked my drink at a work do and something happened I didn't agree to. "
    "I can't face the police right now. Is there somewhere I can go that isn't a police thing?",
    # help wanted tonight, for the writer's mate
    "My flatmate hasn't slept for days and thinks people are watching him through the walls. He's not hurting anyone. "
    "Who can we ring for mental health tonight?",
    # how long it has gone on ("going on nine year now")
    "I've delivered round Sneinton going on nine year now and every week there's bins on fire and lads kicking the bus "
    "shelter in. Which part of the partnership deals with anti-social behaviour?",
    # a chef's knife work
    "My head chef, best knife hand I've had, has been drinking before every service and wants help. What's the adult "
    "drug and alcohol service called?",
    # swamped, and watched closely
    "I'm drowning in 200 exam scripts and the department is breathing down my neck. Can I get more time?",
    # a habit that "will kill me one day"
    "My coach reckons my landings will kill me one day haha. How do I stop bouncing on touchdown?",
    # (second round) everyone home safe now
    "Some men shouted homophobic abuse at our choir and followed us to the bus stop still shouting. Nobody was touched and "
    "everyone's home safe now. How do we report it as a hate crime?",
    # a near miss in the kitchen
    "Almost set the staff kitchen on fire making toast, all fine. Who is the chair of the partnership board?",
    # mooring ropes untied, and nobody in danger
    "Lads keep untying the mooring ropes on our boats at night. We've reported it four times and nothing changes. It's quiet "
    "right now and nobody's in danger. Is there a review we can ask for?",
]

NEAR_MISSES_DECLINED = [
    "I'm drowning in 90 essays and my head of department is breathing down my neck, can I ask for an extension?",
]


def test_a_relative_on_drugs_and_a_question_of_who_to_talk_to_is_no_request_to_buy_them(assistant: Assistant):
    """Getting hold of drugs needs a word of getting them: a parent asking who to talk to about a
    daughter "on the coke" gets the drugs help (for her, or for family), not "I can't help anyone get hold of drugs"."""
    got = assistant.ask("my daughter is on the coke every weekend, she's alright at the mo but who do i talk to for advice?")
    assert got.intent in ("help-drugs-alcohol", "help-alcohol-family"), (got.intent, got.text[:120])
    assert "get hold of" not in got.text
    bought = assistant.ask("where can i buy some coke round here")
    assert bought.intent is None and "get hold of" in bought.text, bought.text[:120]


def test_a_story_of_last_night_is_still_danger_when_he_is_there_now():
    """Without calm words, "had her by the throat" told of last night stays danger (the rules
    read the throat itself)."""
    assert detect_crisis("last night he had her by the throat and he's still in the house shouting") is not None


def test_a_target_asked_of_years_ago_gets_the_older_targets(assistant: Assistant):
    """No year named, but "years ago": the 2015-20 targets are not set aside for the newer
    headline ones, as they would be for a question about now."""
    got = assistant.ask("A retired sergeant told our club the partnership once had a target, years ago, to cut victim-based crime by a fifth by 2020. Was he right?")
    assert got.intent == "targets-2015", (got.intent, got.text[:120])
    assert "20%" in got.text


def test_one_everyday_word_an_example_happens_to_hold_answers_nothing(assistant: Assistant):
    """"valid" is said of anything: a word-game ruling is no question about the plan."""
    got = assistant.ask("Is ZA valid in the club dictionary? Argument at the table.")
    assert got.intent is None and not got.crisis, (got.intent, got.text[:120])


def test_reporting_dealing_without_a_name_is_offered_crimestoppers(assistant: Assistant):
    got = assistant.ask("lads dealing on the corner by our shop every evening, how do i report it without giving my name?")
    assert "0800 555 111" in got.text, (got.intent, got.text[:200])


def test_a_number_for_women_being_stalked_is_a_helpline_not_someones_number(assistant: Assistant):
    """"a number for women being stalked" asks for a line for women, not the phone number of a
    party the answer does not name."""
    got = assistant.ask("My ex keeps waiting outside my work and drove past my house three times this week. He's gone now and I'm "
                        "safe tonight. Is there a number for women being stalked?")
    assert got.intent is not None and "0808 800 0340" in got.text and not got.crisis, (got.intent, got.text[:160])


def test_gear_that_is_kit_is_no_drug_but_on_the_gear_still_is(assistant: Assistant):
    """"gear" is heroin in "back on the gear", but a glider's landing gear is kit."""
    kit = assistant.ask("The landing gear on our glider needs a service, who does that round here?")
    assert kit.intent is None and "FRANK" not in kit.text, (kit.intent, kit.text[:120])
    drug = assistant.ask("my brother is back on the gear, where can he get help")
    assert drug.intent in ("help-drugs-alcohol", "help-alcohol-family"), (drug.intent, drug.text[:120])
