"""Session 33: rugby clubs, pawnbrokers, cobblers and key cutters, road crews; cake makers, cavers,
school crossing patrols, leisure-centre staff; danger now seen by night porters, skip-hire drivers,
snooker-hall staff and dinner ladies.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

from bot.assistant import Assistant
from bot.normalise import Normaliser

DANGER_NOW = [
    # "he's out now" of a van, with a weapon: not gone out
    "A driver followed me to the yard and he's out now with a baseball bat smashing my wing mirror, I've locked myself in",
    # a drink spiked, felt now
    "my drink was spiked and I feel really strange, that was an hour ago and I'm on my own",
]

NOT_DANGER_NOW = [
    # what someone would do if they knew
    "Asking for my cousin, she'd kill me if she knew. Her husband takes her bank card and tells her what to wear. Is there a helpline?",
    # a class, and a trade, "killing" someone or something
    "Year 9 are killing me this week. Is there a rule on how many staff a school trip needs?",
    "The dealing outside our shop is killing trade. Does the partnership have a target for drug offences?",
    # nobody minds; not putting someone out of a home
    "Everyone drinks on site, nobody bats an eye. I'm home now and I want to cut down. Where do I start?",
    "I'm not kicking my son out over the cannabis, I just want advice on how to talk to him about it",
    # a question asked and answered no
    "I asked my mate if he was thinking of hurting himself and he said no, but he's not right. Is there a line he can ring any time?",
    # a death to an overdose, lost to it
    "We lost one of our lads to an overdose in the spring. Does anyone in the city look at drug deaths as a pattern?",
    # a sentence dating what was told before it
    "My friend thinks her drink was spiked at a party and woke up somewhere she didn't know. That was three days ago. "
    "Where can she get checked over without going to the police?",
    # a robbery already reported, a crime number given
    "Our shop was robbed by two men with a crowbar last month. We've a crime number and the police came out. "
    "Who supports staff affected by crime?",
    # a child's words about home, told after
    "A little boy in my class said daddy hit mummy with a shoe. I told the safeguarding lead. Is there a number for the mum?",
    # asked tonight, for a number to pass on: no danger now
    "My colleague asked me tonight if there's anywhere she could ring about her husband, he checks her phone and takes her wages. "
    "What number can I give her?",
]

FOUND_IN_THE_REPLY = [
    # a number to hand on is a line to ring, not a count
    ("The woman at the bakery told me her partner shoves her about. What number can I give her that's just for women?", "0808 800 0340"),
    # "when it's at home"
    ("What's the Crime and Drugs Partnership when it's at home?", "Community Safety Partnership"),
    # a sure question, whatever the rest of the message is about
    ("What actually is the Crime and Drugs Partnership? Came up at our committee AGM and nobody knew.", "Community Safety Partnership"),
    # (second round) a service "you would recommend" is a suggestion asked for, not the assessment's recommendations
    ("A colleague's mum is worried her 16-year-old is smoking cannabis every day and coming home worse at weekends. She wants "
     "honest information to read before she talks to him. Is there a service you would recommend?", "0300 123 6600"),
    # the address a request is sent to: the answer says where the e-mail address is
    ("Dear Sir or Madam, we act for the sister of a woman killed by her partner. We have read the executive summary of the "
     "domestic homicide review. Please confirm the address to which a request for the overview report should be sent.", "overview report"),
    # an ex-partner who keeps turning up is domestic abuse
    ("My ex keeps showing up at the gym when I finish my shift and he messages me all night. I am safe at home now. "
     "Who can I talk to?", "0808 800 0340"),
    # a boss who has a worker's passport, told in broken English
    ("A lad at the car wash told me in broken English that the boss has his passport and he sleeps in the back office. "
     "Nobody is hurt right now. Who do I ring?", "08000 121 700"),
]



def test_a_situation_told_without_its_name_is_told_in_one_stretch_of_the_message():
    norm = Normaliser(described={"forced marriage": [["wedding"], ["dont want"]]})
    assert norm.described_in("her family are planning her wedding and she says she dont want it") == ["forced marriage"]
    far = "i bake a wedding cake " + "and more cake " * 25 + "and i dont want trouble"
    assert norm.described_in(far) == []


def test_a_name_removed_leaves_no_phrase_behind(assistant: Assistant):
    # "for her Thursday. I'd like ..." holds no "her id": a name or a day is no bridge between words
    tokens = assistant.matcher.query("Her ex keeps turning up at work. I cut her new keys for her Thursday. I'd like to give her a number too").tokens
    assert "keep" in tokens and "work" in tokens
    assert "traffick" not in tokens


def test_a_wedding_cake_a_long_story_before_not_wanting_the_police_is_no_forced_marriage(assistant: Assistant):
    message = (
        "I make wedding cakes from home, and from spring to autumn I'm up most of the night piping, stacking tiers and doing "
        "sugar flowers, then delivering to venues all over the county at the weekend. Last year a friend gave me some coke to "
        "keep going through a run of big orders, and now I buy it myself most weeks even in the quiet months. I haven't told "
        "anyone at all and I don't want the police involved. Where can I get advice?"
    )
    tokens = assistant.matcher.query(message).tokens
    assert "cocain" in tokens and "marriag" not in tokens
    # (told in one stretch, it still is: "her family have set the wedding date and she doesn't want it")
    assert "marriag" in assistant.matcher.query("her family have set the wedding date and she doesnt want it").tokens
