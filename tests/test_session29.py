"""Session 29: ice rinks, skate parks, open-mic nights, student officers, delivery riders, nail
bars, a late-night radio phone-in in Nottingham dialect and charities writing grant bids; danger
now in tower blocks, at pools and rivers, on doorsteps and in homes with a gas or fumes problem.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

from bot.assistant import Assistant
from bot.safety import detect_crisis

DANGER_NOW = [
    # stuck somewhere and gone silent
    "Woman trapped in the service lift at the flats, she was talking to me through the door a minute ago and now not a sound",
    # someone in the river being carried off
    "lad has gone in the canal by the lock and he's being swept away from the bank, he's stopped shouting",
    # a chemical leak with someone down
    "The ammonia has leaked in the cold store and Pete is on the floor and isn't getting back up",
    # a baby hard to wake, with fumes in the house
    "They've got a generator running in the lounge, the place reeks of fumes, mum is drowsy and the baby is very hard to wake",
    # a small child climbing at a drop
    "toddler on the fourth floor balcony next door, she's pulled a stool up to the railings and is climbing on it",
    # someone keeping pace behind the writer
    "Walking back from the lido, a man has been behind me since the park gates. I crossed over and so did he. I'm on my own",
    # someone held now
    "Fitting a boiler and the young woman in the back bedroom says the men brought her here and won't let her leave",
]

NOT_DANGER_NOW = [
    # "dead" as a word of degree
    "My niece is dead scared her parents are marrying her off over the summer. She's at ours for now. Who deals with that?",
    # said plainly that nobody is in danger
    "Her ex keeps turning up at the gym where she works and waits in the car park. She's at home with her dad tonight, "
    "so nobody's in danger right now. Who could she talk to about stalking?",
    # bottles broken on the ground, not thrown at anyone
    "Grown men drink on the benches every afternoon and keep smashing bottles on the ramps so the skate park is covered "
    "in glass. Does the council have people who deal with that or is it the police?",
    # a chimney, not a person
    "Squirrels have choked my chimney with leaves. Am I allowed to get them out of the loft myself?",
    # a death told with when
    "My brother died in February, an overdose. Does anyone in Nottingham look at drug deaths, alongside the inquest?",
    # "on their list now" asks about the partnership's priorities
    "Two lads got chased with a machete outside the chippy last month. Is knife crime on the partnership's list now?",
    # told to be no emergency this second
    "there's a boy at the skate park whose mum's boyfriend gets angry, he had a bruise. he's not at the park rn so its not "
    "like something is happening this second. is there a number for worrying about a kid?",
    # a season gone
    "Last season someone glassed a fan in the bar at the rink. When is the court case?",
]


# What one reply must hold, with no 999 first, for messages read the ways this session added (each
# written for the test; `tests/test_danger_by_session.py` checks them)
FOUND_IN_THE_REPLY = [
    # Nottingham dialect: "goin' down" is a fall, "me duck" and "yo' know" say nothing
    ("Ey up me duck, is anti-social behaviour goin' down or what, yo' know? What were the last count?", "14,007"),
    # the police number for what isn't a 999 job
    ("What number do I ring for the police if it's not a 999 job?", "101"),
    # racist chanting
    ("There was racist chanting in the away end again. Where can I report it online?", "True Vision"),
    # no name
    ("lads dealing weed by the bins at the flats every night. want to tell someone, no names", "0800 555 111"),
    # marks, and a partner who keeps tabs on her
    ("A client at the salon has bruises on her arms and her boyfriend rings her constantly to ask where she is. "
     "What number could I slip her?", "0808 800 0340"),
    # touched by a customer, not ready for the police
    ("a customer grabbed me and touched me when i dropped his order off. not ready for the police. where can i go", "0800 085 9993"),
    # something over, reported later
    ("A man spat at me on the tram on Saturday, he's long gone. What number do I ring to report it after the fact?", "101"),
    # no blue lights wanted
    ("Two blokes are selling pills by the tram stop most nights. Who do I pass that on to? It doesn't need a blue light.", "101"),
    # someone to talk to who is not a parent or a teacher, and everything is a lot
    ("is there anyone i can talk to that isnt my mum or a teacher. everythings a lot at the moment", "116 123"),
    # how long something has been done is since when
    ("How long have they been doin' these domestic homicide reviews, then?", "2011"),
    # what the partnership itself is, asked in a longer message (its name is a word said everywhere)
    ("Ey up, what's this Crime and Drugs Partnership actually for, then? Never heard of it before the leaflet came.",
     "Community Safety Partnership"),
    # a kit that brings someone round from an overdose
    ("My cousin's back on heroin. Someone at work said there's a spray that brings them round if they go over. "
     "Where do we get one?", "naloxone"),
]


def test_the_rules_read_this_sessions_dangers_and_not_their_near_misses():
    assert detect_crisis("my dad's stuck in the lift between floors, he's stopped answering") is not None
    assert detect_crisis("someone's in the river off the embankment and can't swim") is not None
    # (the same places, with no one in danger now)
    assert detect_crisis("The lift at our block was stuck for a week last month. Who do I complain to?") is None
    assert detect_crisis("We swim in the river every Sunday in summer. Is that allowed?") is None


def test_a_story_read_whole_as_one_help_is_answered_with_it(assistant: Assistant):
    # one sentence alone ("not ready for the police") reads as the partnership getting ready for
    # new duties; the whole message, in the help's own words, is a sexual assault
    got = assistant.ask("customer grab me n touch me when i bring food. im girl rider. where i go, not ready for police")
    assert "0800 085 9993" in got.text and not got.crisis


def test_a_professional_asking_about_the_partnerships_work_is_not_given_only_help(assistant: Assistant):
    got = assistant.ask(
        "I'm the safeguarding lead for three hotels. We have seen rooms paid for by third parties and young women who "
        "don't seem to know where they are. Is there a multi-agency meeting in Nottingham where suspected trafficking "
        "cases are discussed, and what is it called?"
    )
    assert "SERAC" in got.text


def test_a_grown_woman_called_a_girl_is_no_child(assistant: Assistant):
    from bot.questions import YOUNG_PEOPLE

    assert not YOUNG_PEOPLE.search("a client of mine lovely girl always in for her nails")
    assert not YOUNG_PEOPLE.search("one of my girls at the salon")
    assert YOUNG_PEOPLE.search("a girl at my school")

