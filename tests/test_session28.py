"""Session 28: railway stations, anglers and canals, removal firms, home educators, pub darts
leagues, bikers, museums, parish clerks, book clubs, early-morning shifts, photographers and
job candidates; danger now at the roadside, at parties, on warehouse floors and on day trips.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

from bot.assistant import Assistant
from bot.safety import detect_crisis

DANGER_NOW = [
    # a fire that has caught where someone sleeps, and no one seen to come out
    "The fire on the waste ground has caught the old caravan and I know Mick kips in there. I haven't seen him come out.",
    # something big come down with children on or under it
    "The marquee has collapsed at the fete with kids playing on it and we can't see two of them under it",
    # pinned under something that tipped over, and gone quiet
    "the pallet racking tipped over and Dave is pinned under the frame, he's gone very quiet",
    # a blade held at a worker's throat
    "the shift manager has a box cutter at a packer's throat in aisle 9 and he's shouting about targets",
    # a small child shut in a hot vehicle
    "a little girl, she's 3, has been locked in the car in the retail park, it's 30 degrees and she's going very red",
]

NOT_DANGER_NOW = [
    # harm done once, told after ("pushed him down the stairs once")
    "My mate's boyfriend controls his money and pushed him down the stairs once. Is there a helpline for gay men?",
    # glassed last month; "everywhere now" is how he feels these days
    "I got glassed in a pub last month and the man has been charged. I can't relax anywhere now and jump at every noise. "
    "Is there a service that supports victims of crime?",
    # a target met or not
    "What's the partnership's target for drug treatment completions, and are they hitting it?",
    # a flat battery
    "Car's dead as a dodo in the supermarket car park. Who can come and jump start it tonight and how much?",
    # worn out, not dying
    "I'm dying here, been organising my nan's 80th for weeks. Random question: which Act set up the crime and drugs partnership?",
    # a death told with its cause as hearsay, and asked about
    "My cousin was found dead in his flat in the spring. Overdose they reckon. Does the partnership look into drug deaths?",
    # said plainly not to be in danger this minute
    "I'm not saying the lad is in danger this minute, he's just riding about on his bike at 5am with older lads. "
    "Who do I tell about a kid I'm worried about?",
    # a photo shoot, not a shooting
    "At an engagement shoot one of the couple looked scared of the other one. Is there an LGBT+ abuse line I could pass on?",
    # things thrown at windows, not at a person
    "Youths keep throwing stones at my nan's windows and shouting through the fence. She's reported it six times. "
    "Is there a way to make the agencies review it?",
]


def test_a_story_that_reads_plainly_as_one_help_and_asks_only_who_to_tell(assistant: Assistant):
    got = assistant.ask(
        "I do the early cleaning shift at a train station. Most mornings a minibus drops off a group of young men for the "
        "first train. The same older man holds all their passports and hands them back at the barrier. They never talk "
        "and look exhausted, same clothes every day. My manager says it's an agency. Who do we actually ring about this?"
    )
    assert "08000 121 700" in got.text and not got.crisis
    # (the story is about one thing: no second help for a worry about a child)
    assert got.intents == ("help-modern-slavery",)


# What one reply must hold, with no 999 first, for messages read the ways this session added (each
# written for the test; `tests/test_danger_by_session.py` checks them)
FOUND_IN_THE_REPLY = [
    # wages kept for rent and sleeping in the van: modern slavery
    ("A firm we subcontract to has a young lad doing all the lifting. He told me the boss keeps his wages for rent and he "
     "sleeps in the back of the van. Who do I tell about this, and is there anyone in Nottingham who deals with it?", "08000 121 700"),
    # the area the partnership covers (a new intent)
    ("Our parish is just outside the city boundary. Does the Nottingham partnership's remit cover us?", "Nottingham City Council area"),
    # "was it X that ..." names what it asks; "the name of it would do" asks a detail of the part before
    ("My grandad reckons it all started in the 90s. Was it an Act of Parliament that set up these community safety "
     "partnerships? The name of it would do.", "Crime and Disorder Act"),
    # "is it possible to ..." points back to nothing
    ("I run a community centre and several of our members are Deaf. Our fire notice only says dial 999. Is it possible to "
     "contact the emergency services by text, and does anyone need to do anything first?", "register"),
    # "who's the chair" is a question of its own in a longer message
    ("I'm printing name cards for the CDP board meeting. Who's the chair, so I spell it right?", "Coaker"),
    # a name and post is a person
    ("Who is the CDP's Senior Community Safety Manager? I want to address my letter properly.", "Broxholme"),
    # "would she qualify?" asks of what the story named
    ("My neighbour is 80 and kids throw things at her windows most nights. She's reported it to the council and the police "
     "five times and nothing changes. A friend says there's a formal way to make all the agencies review a case that keeps "
     "being reported. What is that called, and would she qualify?", "Community Trigger"),
    # "how much" people argued about is not what is asked
    ("We were arguing in the pub about how much the council spends on everything. How much money did the partnership "
     "have coming in in 2015/16?", "14,018,955"),
    # a groom-to-be who controls her
    ("I photographed a couple before their wedding. The groom-to-be told her what to wear, took her phone off her and never "
     "let her out of his sight. She whispered she doesn't know how to get out of it. Where can I point her?", "0808 800 0340"),
    # a number for straight drugs info; who must not find out is no topic
    ("My 16 year old nephew was off his face on gas at a party. Is there a number for straight drugs info for him?", "FRANK"),
    ("Where can a teenager get honest info on drugs without his mum finding out?", "FRANK"),
    # abuse because of a turban
    ("A man on the tram spent the whole journey abusing my uncle because of his turban. My uncle doesn't want to go to a "
     "police station. Can he report it online?", "True Vision"),
    # a flat set up to grow cannabis
    ("Cleared a house for a landlord, full of grow tents and lights, stinks of weed. Who do I tell?", "0800 555 111"),
    # a serious situation named in its own words comes second, before one read from a clause
    ("My fishing mate has had an awful year: lost his job, his wife left. He told me he thinks everyone would be better "
     "off without him. He's staying at his brother's and says it's not a right now thing. Is there someone he can ring "
     "any time just to talk?", "116 123"),
]


def test_some_fella_is_no_partner(assistant: Assistant):
    got = assistant.ask("Some fella kicked my car door and threw a can at my windscreen last night. He's gone. How do I report it?")
    assert "101" in got.text and "0808 800 0340" not in got.text


def test_one_word_after_wheres_the_is_no_question(assistant: Assistant):
    # ("who's the chair" is; "where's the form" says nothing of what form)
    assert assistant.ask("Need to renew my market stall licence before December. Where's the form?").intent is None


def test_how_much_of_it_was_true_is_no_count(assistant: Assistant):
    got = assistant.ask(
        "Our book group read a novel about overdose deaths on an estate and I wondered how much of it was true to life. "
        "Does the Nottingham partnership look into drug-related deaths?"
    )
    assert "drug-related-deaths" in (got.intent, *got.intents)


def test_the_rules_read_this_sessions_fire_and_collapse_dangers():
    assert detect_crisis("flames are right up the side of the boat and my brother sleeps in there, I haven't seen him get out") is not None
    assert detect_crisis("the scaffold has come down outside the school and there are people trapped") is not None
    # (a collapse told long after, with no one under it now, is no danger now)
    assert detect_crisis("The stand at the old ground collapsed in 1985. Is there a history of crime reduction in the city?") is None


def test_which_its_point_back():
    from bot.assistant import _points_back
    from bot.query import POINTS_BACK

    def points_back(question: str) -> bool:
        m = POINTS_BACK.match(question)
        return m is not None and _points_back(m)

    # "it" before a thing named and what it did, or before what is possible: nothing before
    assert not points_back("was it an actual law that made the council and the police work together")
    assert not points_back("is it possible to contact the emergency services by text")
    # "it" that stands for what a sentence before named (now after "or" too)
    assert points_back("was it reported")
    assert points_back("or is it somebody elses business entirely")
