"""Session 35: taxidermists, signwriters, escape rooms, tilers; morris sides, gym clubs, wedding
photographers, ukulele groups; danger now seen by puppeteers, hypnotherapists, dry-stone wallers
and dojo instructors.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

from bot.assistant import Assistant
from bot.safety import detect_crisis

DANGER_NOW = [
    # flames up a tent's side with children still sat in it
    "the side of the big top has caught, flames climbing the canvas and the nursery group are still sat in there",
    # grabbed something electrical and stuck to it
    "Kev grabbed the distribution board to swap a fuse and he's stuck to it, jerking, we can't reach the isolator",
    # a lighting truss down on someone who does not answer
    "the lighting truss fell during the rig and Sam's under it, she's not answering and her arm's bent backwards",
    # a child underneath something that tipped
    "the tumble-mat trolley tipped over in the sports hall and a little lad is underneath it, I can only see his feet",
    # a box of tablets swallowed, and slurring now
    "my flatmate necked a box of co-codamol an hour ago and now she's slurring and can't keep her eyes open",
    "he's swallowed the rest of his mirtazapine with vodka and now he's really drowsy on the bathroom floor",
    # walking into the water and not stopping, even in a professional's message
    "during our outdoor therapy session my client walked into the reservoir and she's not stopping, she won't turn back",
    # (second round) a drunk parent about to drive off with a child
    "a mum at pick-up is slurring and stinking of drink and she's just put her little boy in the car, she's in the driver's seat now",
    # the heating on, headaches, and someone hard to get sense out of (carbon monoxide)
    "since the heating came on tonight two of the lads have got headaches and feel dizzy and Sam's gone drowsy, "
    "I can't get any sense out of him",
    # calm words a figure of speech blanks ("nobody's hurt") leave what follows "but" read
    "there's a fight outside the chippy, nobody's hurt but one of them has a knife",
]

NOT_DANGER_NOW = [
    # nothing taken, all quiet now
    "Someone threw a brick through the studio door on Sunday. Nothing taken, all quiet now. How do I report it?",
    # insurers slow to act
    "My workshop was broken into and the insurers are dragging their feet. Is there anyone who supports victims of crime?",
    # asked straight out, and he said no
    "My brother's struggling since his divorce. I asked him if he's going to hurt himself and he said no, he just can't sleep. "
    "Is there a line he can ring at night to talk?",
    # harm before, and "who's in the house" is a check on her, not someone there now
    "Fitting a kitchen for a woman whose partner video-calls to see who's in the house. She said he's thrown her against "
    "the wall before. What number can I give her?",
    # the door kicked in more than once, reported, and nothing done
    "Youths have kicked the club door in three times since spring and we've reported it to the council and police. "
    "What's the formal review called that we can ask for?",
    # an event of a day gone
    "A horrible one from Friday: two men followed our drummer out of the pub shouting homophobic abuse. He's fine now. "
    "Where can he report it without the police coming round?",
    # missing practice, not a person missing
    "Our bass player is 20 and he's been using ketamine most weekends, he's started missing rehearsals. Where can he get help?",
    # a pastime that is "killing me", after an idiom
    "I got banned from the ground after a scuffle and missing matches is killing me. How do I appeal a banning order?",
    # (second round) history, not now
    "I'm giving a talk to our local history society about the Reform riots and the castle burning. Why were community safety "
    "partnerships set up instead of leaving crime to the police?",
    # somewhere safe tonight, said the other way round
    "My friend's ex keeps sitting outside her work watching the door. Tonight she's at her brother's in Arnold, she's fine for now. "
    "Is there a stalking helpline she can ring?",
]

FOUND_IN_THE_REPLY = [
    # (second round) footage of one's own to hand over: the police, not the city's CCTV
    ("There was a scuffle outside the cafe last night, all over now and nobody badly hurt. We've got CCTV of it. Who do we give it to?", "101"),
    # "reading week" is no town
    ("My daughter came home for reading week and I found what looks like ketamine in her room. She's fine and back at uni. "
     "Where can I get straight information about it?", "FRANK"),
    # a number to cite, not to ring
    ("Which statutory instrument requires the strategic assessment and the three-year plan? I need the number for a footnote.", "2007/1830"),
    # how much it has got to someone is no count
    ("Our unit was burgled last week. What surprised me is how much it's got to me, I can't sleep. Is there anyone who supports "
     "victims of crime?", "0800 304 7575"),
]

NEAR_MISSES_DECLINED = [
    # council services by their own names
    "how do I get my shop's business rates reviewed? is that you lot or the council?",
    "Do I need advertisement consent for a lit fascia sign on a listed building?",
    # road works with workmen drilling
    "Roadworks outside the shop for a fortnight, lads drilling from 7am and a generator all night. Who sets their hours?",
    # a permit to busk is the council's
    "Do I need a busking permit to play in the Market Square or will they move me on?",
    # roadworks beside a neighbour's baby who can't sleep
    "Roadworks on our street with a generator running all night, my neighbour's baby can't sleep. Who do I complain to?",
    # "raws" is no abbreviation
    "my camera shoots raws and the laptop chokes exporting them, is it the RAM?",
]


def test_a_child_given_lifts_and_trainers_by_older_lads_is_read_as_grooming(assistant: Assistant):
    tokens = assistant.matcher.query("a boy of 14 is getting new trainers from older lads and I think he's running bags for them").tokens
    assert "groom" in tokens


def test_a_box_of_anything_else_is_no_overdose():
    assert detect_crisis("we took a box of tiles and a packet of grout back to the shop, can I get a refund") is None
    assert detect_crisis("my dog keeps walking into the river and won't come out when I call") is None
