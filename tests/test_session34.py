"""Session 34: archery clubs, upholsterers, aquarium shops, catteries; joiners, architects, bridal
shops, sailing clubs; danger now seen by bowling-alley staff, laser-tag marshals, quarry workers
and garment printers. Also: start-up work kept between runs, and piped lines answered by several
processes.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import diskcache
from bot.assistant import Assistant
from bot.normalise import WordStartPattern
from bot.safety import detect_crisis

DANGER_NOW = [
    # a workshop that is the place someone works, not a training event
    "the unit behind my workshop is on fire and I can hear the old man upstairs shouting",
    # held by a current ("it sparked and she's stuck to it")
    "Dev grabbed the cable reel when it sparked and he's stuck to it shaking, can't let go",
    # pinned under, with only some of her moving
    "the pallet racking came down on Maz, she's pinned under it and only her arms are moving",
    # gone under, not seen to come back up (two words between)
    "the lad went under off the jetty and I haven't seen him come back up",
    # (second round) carbon monoxide: an alarm that chirps, and a gas heater all night
    "the CO alarm in the boiler room keeps chirping and me and Dave have both got thumping heads and feel sick, we're still in here",
    "we had the gas heater on all night in the caravan with the windows shut and now the kids are really hard to wake and I've got a banging head",
    # slipped in off the steps, taken by the current
    "my uncle slipped off the steps into the river and the current's got him",
    # went into a fire and has not come out
    "stable fire at the yard, Jo went in for the ponies and hasn't come out",
    # squashed between shelving, going blue
    "the rolling shelving closed on Tom, he's squashed between the stacks and going blue",
    # an air rifle fired at people, someone hit
    "some lad is firing an air rifle at us from the field and my son's been hit in the face",
    # a briefing room is a place, not a briefing given
    "one of the customers has a real gun tucked in his belt and he's waving it about in the briefing room",
    # a threat to a pet blanked as the abuse asked about still leaves the knife and the now
    "he's threatened to kill the dog and he's got a knife, he's in the kitchen now",
]

NOT_DANGER_NOW = [
    # a fear of an overdose to come
    "His mum and dad are scared he'll overdose one day. Where can he get naloxone in Nottingham?",
    # a friend lost to an overdose, months ago
    "He lost a mate to an overdose last spring and wants clean needles. Where's the needle exchange?",
    # a fitting appointment, not a seizure
    "A bride at her second fitting today had bruises on her arms and said her fiance checks her phone. "
    "What number could I quietly give her?",
    # the gas board's roadworks
    "The gas board have been digging up the road outside for weeks, the drill goes all afternoon. Who do I complain to?",
    # theft: a load of cable taken
    "Someone cut the fence over the weekend and took a load of copper cable. They're long gone. "
    "Can I pass on who did it without giving my name?",
    # her sister coming round: "she's got her" is no one taken
    "Her son takes her pension and shouts at her. He's out today and she's got her sister coming round. "
    "What number can she ring any time?",
    # a pattern someone told the writer of, who asks where to send them
    "A player I coach told me his girlfriend has been hitting him for months. Is there a helpline for men?",
    # kicking a thing, and gone by the time anyone got outside
    "For months kids have been kicking the shutter and throwing eggs at the windows. They'd gone by the time we got outside. "
    "What more formal step can we ask for?",
    # how someone deaf would reach 999
    "My neighbour is deaf. She asked how she'd get help in an emergency. Is there a way to text 999?",
    # (second round) a property chain that collapsed, a day that was a bloodbath
    "Completion day was a bloodbath, the chain collapsed at 3pm and nobody answers the phone. What's the Land Registry fee?",
    # startled, and naming it stalking
    "My ex hasn't touched me and I'm at my sister's tonight so I'm safe, but I jump every time the door goes and my friend says "
    "this is stalking. Who can I talk to?",
    # a threat to a pet if she leaves
    "Her partner has threatened to hurt the dog if she leaves. Does anyone look after pets while she gets away?",
    # clocks knocked out of beat by a drill
    "The roadworks drill has knocked all my clocks out of beat. Who do I complain to about the noise?",
]

FOUND_IN_THE_REPLY = [
    # what the partnership does, in a message about something else
    ("what does the crime and drugs partnership actually do? came up at our club meeting about the break-ins", "Community Safety Partnership"),
    # a sure question inside an asking sentence that starts with something else
    ("right quick one from our head coach, what actually is the Nottingham Crime and Drugs Partnership? is it the council or what",
     "Community Safety Partnership"),
    # a question someone asked the writer: help for alcohol
    ("Our groundsman has been coming in smelling of drink before lunch for weeks. His daughter asked me if there's help locally "
     "for alcohol. Any ideas?", "Nottingham Recovery Network"),
    # a colleague's partner who controls and threatens: a service to signpost her to
    ("Good morning. A colleague told me in confidence that her husband controls all her money and has threatened her. She is not "
     "in danger today. As her manager, which specialist service can I signpost her to?", "0808 800 0340"),
    # something sprayed about someone's religion
    ("Somebody sprayed something vile about my aunt's religion across her shop shutter again. Is there somewhere other than the "
     "police she could report it?", "hate crime"),
    # someone worried about how they treat a partner: the Respect Phoneline, not anti-social behaviour
    ("Work's been mad and I've been taking it out on my girlfriend, shouting, slamming doors. She's at her mum's. "
     "Is there somewhere I can ring to get help with my own behaviour?", "0808 802 4040"),
    # (second round) what it is and what it is for, after a long story
    ("Hiya, I'm helping on a stall at a community day next month and the leaflet says the Nottingham Crime and Drugs "
     "Partnership is behind it. Plain English please: what is the CDP and what is it actually for?", "Community Safety Partnership"),
    # an ex who keeps walking past and stands across the street
    ("My ex moved out in March but he keeps walking past my salon and stands across the street for ages. Who can help with this?",
     "0808 800 0340"),
    # told to go home
    ("A lad who works for us is Romanian and people keep telling him to go home when he walks to the bus. He doesn't want the "
     "police. Where else can he report it?", "hate crime"),
    # men sleeping where they work, not free to go
    ("I did a job at a car wash and saw men sleeping on mattresses in a storeroom, and the manager intervened when I spoke to one. "
     "Who do I tell?", "08000 121 700"),
]

NEAR_MISSES_DECLINED = [
    # noise from road or utility works: the council's business, not anti-social behaviour
    "The water board have had the road dug up outside our salon for a month, the generator runs till 8pm and the noise is "
    "awful. I know the partnership does noise-related ASB. Who do I complain to?",
]


def test_noise_from_people_beside_road_works_is_still_anti_social_behaviour(assistant: Assistant):
    got = assistant.ask("The roadworks finished last month but a gang of lads sit on the wall outside shouting and drinking every "
                        "night, the noise is terrible. Who deals with that?")
    assert got.intent is not None and "anti-social behaviour" in got.text.lower(), got.text[:160]


def test_the_new_dangers_are_read_by_the_rules():
    # (the fire is read whatever else: a workshop held by a board is professional, one worked in is not)
    assert detect_crisis("the unit next to my workshop is on fire and there's a family in the flat above") is not None
    assert detect_crisis("we ran a board workshop on knife crime last week and a fire safety talk") is None


def test_what_start_up_works_out_is_kept_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache = diskcache.JsonCache("patterns-test", "code v1")
    cache.put("a", [1, ["x"]])
    cache.save()
    again = diskcache.JsonCache("patterns-test", "code v1")
    assert again.get("a") == [1, ["x"]]
    # other code starts a new file, and the old one is removed when it is written
    other = diskcache.JsonCache("patterns-test", "code v2")
    assert other.get("a") is None
    other.put("b", 2)
    other.save()
    assert [p.name for p in tmp_path.joinpath("cdp-bot").glob("patterns-test-*.json")] == [other.path.name]
    # a file that is not JSON is ignored, and the work is done again
    other.path.write_text("{not json", encoding="utf-8")
    assert diskcache.JsonCache("patterns-test", "code v2").get("b") is None


def test_a_pattern_read_back_from_the_cache_matches_as_one_worked_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    pattern = re.compile(r"\b(knife (at|to) (my|her) throat|(hes|shes) got a (gun|blade))\b")
    fresh = WordStartPattern(pattern)
    key = f"{pattern.flags} {pattern.pattern}"
    from bot import normalise

    kept = normalise.PATTERN_ANALYSES.get(key)
    assert kept is not None  # (worked out once, then kept)
    again = WordStartPattern(pattern)
    text = "he says hes got a blade and a knife to her throat"
    assert again.search(text).group(0) == fresh.search(text).group(0) == "hes got a blade"
    assert again.sub("_", text) == fresh.sub("_", text) == "he says _ and a _"


def test_piped_lines_answered_by_several_processes_come_back_the_same_and_in_order(tmp_path: Path):
    lines = [
        "who chairs the board",
        "my neighbour plays loud music every night",
        "what is the capital of France",
        "qzxv",
        "which act set up the partnership",
        "where can I get help with drugs",
    ] * 3
    run = [sys.executable, "-m", "bot", "ask", "--json"]
    text = "\n".join(lines) + "\n"
    one = subprocess.run([*run, "--jobs", "1"], input=text, capture_output=True, text=True, timeout=300, check=True)
    two = subprocess.run([*run, "--jobs", "2"], input=text, capture_output=True, text=True, timeout=300, check=True)
    assert one.stdout == two.stdout
    asked = [json.loads(line)["question"] for line in two.stdout.splitlines()]
    assert asked == lines


def test_a_question_of_what_the_partnership_does_is_no_personal_situation(assistant: Assistant):
    # "they" is the partnership: no help for a situation (a mental-health line was given before)
    got = assistant.ask("how does the partnership work out what people round here are actually bothered about? do they ask anyone")
    assert not got.crisis
    assert got.intent is None or assistant.kb.intents[got.intent].kind != "help", got.intent


def test_a_pattern_given_as_text_is_compiled_on_first_use_or_when_all_are_warmed():
    from bot.normalise import compile_all

    lazy = WordStartPattern(r"\b(the kettle is (boiling|whistling)|kettle on)\b")
    assert lazy._compiled is None  # (nothing compiled yet: its word starts are known from the cache or worked out)
    assert lazy.can_match({1: frozenset({"t"}), 2: frozenset({"th"}), 3: frozenset({"the"}), 4: frozenset({"the "})})
    compile_all()
    assert lazy._compiled is not None
    assert lazy.search("ey up the kettle is boiling").group(0) == "the kettle is boiling"
