"""Session 32: quilters, party entertainers, amateur dramatics, archivists, antique dealers, model
railway clubs, jurors and witnesses, brewery taps; danger now seen by zoo keepers, gamekeepers,
ice-cream van drivers and crane operators.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations


from bot.assistant import Assistant
from bot.normalise import strip_years

DANGER_NOW = [
    # a gun or a blade pointed or pulled at someone, said the other way round
    "two poachers in the copse and one has a shotgun aimed at my beater, right now",
    "a lad's pulled a knife on the woman at the counter and he's shouting for the till",
    # smoke from a hut with people still inside
    "smoke coming out of the scout hut and the cubs are still in there, the door won't open",
    # someone down after a pole touched a power line
    "the ladder touched the overhead line and he's down on the grass, ladder still against the wire",
    # someone who fell into a pond and has not come up
    "a woman slipped into the far end of the boating lake and she hasn't come back up",
    # a child taken, told plainly with "it is happening now"
    "a man is dragging a little boy into a van on our street. He is kicking and screaming. It is happening now.",
    # (late sets) a tram wire held by someone shaking, a carbon monoxide reading, a boiler's signs, gas in a void flat
    "the overhead tram wire's down on the road and a lad's grabbed it, he's stuck to it shaking",
    "our CO monitor is reading 250ppm in the flat and I can't rouse my dad",
    "neighbour's boiler has been making a racket, she's got a banging head and been sick, and she can't wake the kids up",
    "strong gas odour on the landing of the empty flats and my detector's gone into LEL alarm, someone's coughing inside",
]

NOT_DANGER_NOW = [
    # harm done before, told as past ("has pushed her down the stairs before")
    "My friend's husband takes her wages and has pushed her down the stairs before. Is there a helpline she can ring?",
    "her girlfriend controls all the money and has thrown her against the wall before now. is there an lgbt helpline?",
    # away somewhere for the night
    "My colleague told me today her partner hits her. She's stopping at her cousin's in Bulwell tonight and he doesn't know where. "
    "Who can she ring any time?",
    # someone who wept ("broke down"), and a partner away for the week
    "My brother came round Sunday and broke down, said he's punched walls near his girlfriend and it scares him. "
    "She's at her mum's for the week. Is there a line for men worried about their own behaviour?",
    # figures of speech
    "I'm dying on my feet doing three parties a day. Where's the nearest place to park a van in Hockley?",
    "Properly shot myself in the foot forgetting to renew my licence. How long does the council take to renew?",
    "choking on dust up here lol. is the clean air zone charging vans yet?",
    # a review's jibe and a trend
    "A critic said our play had more blood than sense. Is crime in the city going up and up, by the latest figures?",
    # a death found after, with an inquest
    "A club member was found dead in March and it turned out to be an overdose. Does the partnership look at drug deaths?",
    # (late sets) damp called criminal, and a stroke last year
    "The damp in this rented house is criminal, we're drowning in black mould. Who makes the landlord fix it?",
    "I lost my sight after a stroke and now I'm on universal credit. How does PIP affect it?",
]

# What one reply must hold, with no 999 first (each written for the test; `tests/test_danger_by_session.py`
# checks them)
FOUND_IN_THE_REPLY = [
    # a special number for what the story named
    ("A man I know keeps his workers' passports and they sleep at the back of his car wash. Who do I tell? "
     "Is there a special number for it?", "08000 121 700"),
    # what the thing named before is for
    ("My neighbour says a domestic homicide review is about blaming someone. What's the stated purpose of one?", "lessons"),
    # a partner checking up on someone, and friends dropped
    ("My sister's new man rings her at work to check where she is and she's dropped all her friends. "
     "Is there anyone I can ring for advice?", "0808 800 0340"),
    # a phone number said not to be wanted
    ("Not after anyone's phone number, just which sub-group of the partnership covers illicit goods like fake vodka?",
     "Commodities"),
    # a document cited as "the CDP's report to Overview and Scrutiny"
    ("According to the CDP's report to Overview and Scrutiny of January 2023, which Act revised the Crime and Disorder Act?",
     "Police and Justice Act"),
    # information sharing as a legal duty
    ("Is sharing information between agencies a legal responsibility of the partnership?", "Information sharing"),
    # the health service's place in the partnership
    ("Is the NHS part of the partnership at all?", "Integrated Care Board"),
    # what happens after a report of anti-social behaviour
    ("If I report the lads kicking balls at my van to the council, what actually happens? Do they just get a telling off?",
     "Warn"),
    # a teenager on ketamine: the drugs line, and the help about a child
    ("my 15 yr old is on the ket most weekends, any number for straight info?", "0300 123 6600"),
    # a witness shaken after court
    ("I was a witness at a trial last month and I still can't sleep. Is there a local service that supports people "
     "affected by crime?", "Victim CARE"),
    # a racist name called
    ("A customer called my colleague a racist name last week and told her to go back to her own country. Where can she report it?",
     "True Vision"),
    # (late sets) sex forced on someone, said in those words
    ("After the party a man she knows forced himself on her. She's safe at home now and doesn't want police yet. "
     "Where can she get checked over?", "Topaz"),
    # a bang through the wall and a partner crying
    ("The man next door shouts at his girlfriend most nights, and last night I heard a bang and then her crying. "
     "Is there a number I can give her?", "0808 800 0340"),
    # a question of which meeting sends people to the same trouble spots
    ("When anti-social behaviour keeps happening at the same spots, which partnership meeting decides who goes out to it?",
     "Partnership Tasking"),
    # a man who exposed himself, asked about after
    ("A man exposed himself to my mum in the park this morning and walked off. Is that 101, or should she have rung 999?", "101"),
]

NEAR_MISSES_DECLINED = [
    "Where are the old borough police charge books and constables' registers kept for local history research?",
    "Can the police shut our taproom with a closure order after one scuffle, and how would we appeal?",
    "code 75 or code 100 track for a layout that has to run all day at shows? it looks the part either way",
]


def test_an_age_told_after_the_one_it_is_of_names_a_child():
    # "a lad, 13ish" is a child; a time ("the lad at 9ish") and an adult ("a lass, 19") are not
    assert "child" in strip_years("there's a lad, 13ish, with a new phone").split()
    assert "child" in strip_years("the girl, about 12, was crying").split()
    assert "child" not in strip_years("meet the lad at 9ish").split()
    assert "child" not in strip_years("a lass, 19, works the hatch").split()
    assert "child" not in strip_years("the boy 2pm slot").split()
    assert "child" in strip_years("my mate is 15 and scared of them").split()
    assert "child" not in strip_years("my brother is 16 years older than me").split()
    assert "child" not in strip_years("my son is 34").split()
    assert "child" not in strip_years("my sister is 12 weeks pregnant").split()


def test_a_teenager_being_used_to_carry_drugs_is_offered_the_help_about_a_child(assistant: Assistant):
    got = assistant.ask(
        "There's a lad, 13ish, with a new phone and older lads driving him about. I think he's being used to carry drugs. "
        "Who do I tell?"
    )
    assert ("0808 800 5000" in got.text or "Worried about a child" in got.text) and not got.crisis
