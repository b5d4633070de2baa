"""Session 30: foster carers, vape-shop counters, crown-green bowls clubs, school governors, online
marketplace pickups, dog groomers, hospital chaplains, consultation responses; danger now seen from
scaffolds, by groomers at a client's door, at trampoline parks and by buskers on the Square.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations


from bot.assistant import Assistant
from bot.safety import detect_crisis

DANGER_NOW = [
    # a dog holding on to someone
    "the neighbour's dog has got a little boy by the arm on the green and won't let go",
    # a vehicle on the writer's tail that has just rammed them
    "a car's been on my tail since the ring road and it's just rammed my back end at the lights",
    # men coming from a car with weapons
    "three lads have jumped out of a car with bats and are coming across the car park towards the shop",
    # someone pinned under something heavy
    "the garage roof has come down and my brother is pinned under a beam, we can't lift it off him",
    # gas smelt, in other words, with someone inside
    "whole stairwell reeks of gas and the old fella at number 4 isn't answering his door",
    # a fall with a broken limb
    "my mate came off the ladder on the roof job, his arm is facing the wrong way and he can't move",
]

NOT_DANGER_NOW = [
    # a set that went well
    "Absolutely killed it at the open mic last night! Do you need a licence to perform on the street in town?",
    # a price
    "how do i fix a cracked phone screen without it costing a bomb",
    # a parent's temper over something broken
    "my mate's mum is gonna murder me, we broke her vase 😭 where can I get another one in town",
    # a worry of what may come
    "Our support worker is worried about him overdosing when he leaves rehab. Where can his family get naloxone?",
    # a night out gone
    "my sister got spiked in town on saturday night and thinks something happened after. she doesnt want the police. "
    "where can she get checked over",
    # days ago, and not ready for the police "right now"
    "It was five days ago. He wouldn't stop when I said no. I don't want to go to the police right now. "
    "Is there somewhere I can get checked and talk to someone?",
    # said to be no danger
    "samaritans number please, my friend is not in danger, just really low at the moment",
    # said to be no 999 matter
    "Three lads sleep in the back of the car wash and the owner answers for them when you speak to them. "
    "It doesn't feel like a 999 thing but it isn't right. Who do I tell?",
    # told this morning, of a night last weekend
    "My friend told me this morning her drink got spiked last weekend at a party. She's home with me. "
    "Where can she get tested and talk to someone without the police?",
    # a regular now, a story of harm done before
    "A man I visit on the ward, a regular now, told me he once put his hand round his wife's throat in an argument "
    "and she has taken the kids to her mum's. Is there a line for people worried about their own behaviour?",
    # deaths told as losses
    "We've lost two of our regulars to overdoses since the spring. Does anyone official look into drug deaths?",
    # a journey with no day, and a day that is the telling's
    "A girl who came to buy my sofa today said her family are taking her abroad to marry a man she hasn't met. "
    "She's going home tonight. Is there a specialist helpline for forced marriage?",
    # swamped
    "currently drowning in coursework lol, what are the partnership's priorities this year?",
    # a pattern kept up, not now
    "The lads on the landing are dealing and shouting at all hours, and they've kicked her door twice. She has reported "
    "it four times since the spring and nothing happens. What can make the council and police look at it properly?",
    # someone who wept at the door
    "He broke down at the door when I asked about the arrears and told me his wife hits him. Is there a line for men?",
    # a day gone, told as what happened
    "On saturday I was in a queue at a convention and a man behind me grabbed me, and by the time I turned round he'd "
    "gone. I'm not ready for the police. Where can I talk to someone?",
    # told now, of a threat made before
    "My friend has told me properly now that her partner is abusive, and he's threatened to hurt her cats before. "
    "Does anyone foster pets for women leaving?",
    # knives seen in general, for a risk assessment
    "Security supervisor here: our officers are seeing more knives outside the night time economy areas than they "
    "used to. Is serious violence one of the partnership's priorities?",
    # someone else's partner who hurt the writer, a week ago
    "A client's boyfriend shoved me out of the door last week when I asked to be paid. I don't want to ring 999 "
    "over it now. Who do I report it to?",
]

# What one reply must hold, with no 999 first, for messages read the ways this session added (each
# written for the test; `tests/test_danger_by_session.py` checks them)
FOUND_IN_THE_REPLY = [
    # racist words shouted at someone, told in dialect ("lovely fella" is no partner)
    ("Mr Khan, lovely fella, had racist muck shouted at him in the club car park. Where can he report it that isn't the police?",
     "True Vision"),
    # advice about drugs for someone
    ("who can I ring for drug advice for my nephew?", "0300 123 6600"),
    # "called" last asks a name
    ("What's Juno's service for children and teenagers called?", "CATSS"),
    # a trend asked both ways
    ("Is crime going up or down in Nottingham these days?", "10.7"),
    # what is set apart from what is asked
    ("Governors want the partnership's statutory responsibilities, as distinct from its aims. Can you list them?",
     "Strategic Assessment"),
    # medical advice out of hours
    ("who do you ring for doctor's advice out of hours?", "111"),
    # a couple, one of whom hurts the other
    ("I walk a dog for a couple in Sneinton. She throws things at him and he's had a split lip twice. "
     "Is there a helpline for men?", "0808 801 0327"),
    # low, not in danger, wanting someone to talk to
    ("A customer was crying at the till, she's felt really low since her husband left and says what's the point of it all. "
     "She's safe at her sister's. Is there someone she can ring any time?", "116 123"),
    # who is writing, and their own errand
    ("duty manager here, updating our safeguarding policy. what are the partnership's priorities for 2023/24?", "Housing"),
    # a board for drugs
    ("Is there an actual drugs board in Nottingham?", "Substance Use Strategic Partnership"),
    # the yearly assessment by another name
    ("What is the partnership's crime assessment for?", "annual assessment"),
    # someone shoving a partner about who wants to stop
    ("A bloke I visit admitted he keeps losing it with his partner, shoving her about, and he wants to stop. "
     "Is there a line for him?", "Respect"),
    # no name, in other words
    ("I know who hid a knife behind the hoarding but I don't want my name anywhere near it. Can I tell someone "
     "without giving my details?", "0800 555 111"),
    # someone else's partner hurt the writer: the police, not a domestic abuse line
    ("A client's boyfriend shoved me out of the door last week when I asked to be paid. I don't want to ring 999 "
     "over it now. Who do I report it to?", "101"),
]

NEAR_MISSES_DECLINED = [
    "Can you give me a template for the minutes of our residents' association meeting?",
    "my selling account got suspended for no reason, how do i get it back",
    "how long before the coroner releases the body for the funeral?",
    "is paypal goods and services safe when you're selling a bike?",
    "how do i put parental controls on my son's tablet",
    "best shampoo for a dog that hates the dryer",
]


def test_the_rules_read_this_sessions_dangers_and_not_their_near_misses():
    assert detect_crisis("the dog has got a lass by the leg and is shaking her") is not None
    assert detect_crisis("two men are getting out of the van with knives") is not None
    # (the same words, with no one in danger now)
    assert detect_crisis("my dog's got a ball by the hand, he won't give it back") is None
    assert detect_crisis("the tyre fitters were getting out of the van with their tools") is None


def test_a_harm_said_not_to_be_done_names_no_situation(assistant: Assistant):
    # "he's not hurt" said of a man racially abused is no domestic abuse
    got = assistant.ask(
        "Morning. Our treasurer, lovely fella, got racist abuse shouted at him by some youths after the match. "
        "He's not hurt but he's shook up. Where can he report it?"
    )
    assert "True Vision" in got.text and "Juno" not in got.text


def test_a_question_only_of_whether_the_story_is_right_is_read_with_the_story(assistant: Assistant):
    got = assistant.ask(
        "Dear colleague, I was told the partnership board may in future include education representatives. "
        "Could you confirm: 1. Whether this is correct; 2. What other changes to the partnership are being considered?"
    )
    assert "sports" in got.text
