"""Session 24: forum posts from throwaway accounts, South Asian English, fathers and men who are
victims, several questions in one message; danger now told on the phone, on a shop floor, at
Christmas and in hospital.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.test_session16 import _999_first

DANGER_NOW = [
    # a weapon named after "kill me with": never a figure of speech
    "he's going to kill me with this knife",
    "my stepdad says he will murder us with the hammer he's holding",
    # smoke filling a place with people in it
    "the flat is full of smoke and my kids are in the back bedroom",
    "stockroom's filling up with smoke and Dave is still up the ladder",
    # a room going up
    "the curtains caught from a candle, the living room is going up and nan's asleep upstairs",
    # under the water and not come up
    "my mate jumped off the lock gates, went under and hasn't come back up",
    # no breath to speak
    "my dad's just gasping on the kitchen floor, he can't get a word out",
    # people inside while a door or shutter is forced
    "some lads are breaking our shop shutter with iron bars, me and my father are inside. kindly help quickly",
]




NOT_DANGER_NOW = [
    # a bill or a price "kills" no one
    "my nan says the council will murder her with this council tax bill lol, can she pay monthly?",
    # a likeness, not an injury
    "Stubbed my toe on a pallet at work, honestly felt like I'd been shot. Can I claim sick pay?",
    # drink downed
    "my uncle jokes he's killing a bottle of rum every night since the divorce. Where can he get help with drink?",
    # smoke as a habit, a threat as a manner
    "The landlord is keeping our deposit and claims there was a drug smell, but none of us even smoke. He was quite "
    "threatening on the phone and is now refusing to answer. Can I take him to small claims?",
    # over, and said to be over
    "On Sunday a man pulled a knife on our cashier when she stopped him at the door. It's all over now and he was "
    "arrested, but she can't sleep. Who supports victims of crime?",
    # safe, said after a comma
    "My brother says his boyfriend's been hitting him. He's at a friend's tonight, safe. Is there a helpline for gay men?",
    "In the house next to ours two small children are often left alone till late at night and I hear them crying through "
    "the wall. Tonight it is quiet and they are not in danger as such, but I have been worried for weeks. To whom can I "
    "speak for advice?",
    # what abuse is said to be in general; drink had in passing; not being hurt now, the line rung twice tonight
    "Everyone says domestic abuse is men hitting women, so I feel daft asking tonight: is there a helpline for LGBT people?",
    "he's kicked my dog before when he was angry with me. I've had too much wine to search properly, is there a service "
    "that fosters pets while you get away?",
    "Rang the Juno line twice tonight and couldn't get through. I'm not being hurt right now, he's out, nothing's kicking "
    "off. Is there a national domestic abuse number I can try?",
    # near misses of the new rules
    "our rent is going up again in April, is that legal?",
    "the Christmas tree is going up on Saturday, what are the partnership's priorities?",
    "a new block of flats is going up next to us, who do I complain to about the building noise?",
    "the cafe went under in the spring and hasn't come back, who owns the building now?",
]



STILL_DANGER = [
    # calm words, then danger
    "he's at his mate's tonight, safe, but he just texted that he'll come back and kill me",
    # a door broken in with a knife, beside "it's all over now"
    "I thought it was all over now but he's at the door with a knife",
    # a neighbour's understatement is no one's own behaviour ("I don't want to be that nosy neighbour")
    "I don't want to be that nosy neighbour, but a toddler is stood on a chair on the 9th floor balcony opposite, "
    "leaning over the rail, and I can't see a grown-up",
    # too much taken, said of pills or of someone who won't wake
    "she's had too many of her pills and she won't wake up",
]


@pytest.mark.parametrize("message", STILL_DANGER)
def test_danger_after_calm_words_still_gets_999_first(assistant: Assistant, message: str):
    assert _999_first(assistant.ask(message))


def test_a_second_question_for_another_service_is_said_plainly_and_the_first_answered(assistant: Assistant):
    got = assistant.ask("Two things: what's the number for FRANK, and when are the bins collected in Sneinton?")
    assert "0300 123 6600" in got.text
    assert "council service" in got.text
    got = assistant.ask("1) what's the Men's Advice Line number 2) how is child maintenance worked out?")
    assert "0808 801 0327" in got.text
    assert "family solicitor" in got.text


def test_harm_to_a_thing_near_a_partner_is_no_partners_harm(assistant: Assistant):
    got = assistant.ask(
        "Throwaway because people would know me. Since the summer the flat below has turned into a shop, lads in the "
        "hallway, weed stink, and last month someone kicked the stairwell light in. I've reported it to 101 three times "
        "and the council twice, just reference numbers. My partner is pregnant and we can't afford to just move. Someone "
        "said there's a formal process that makes all the agencies review what they've done. What's it called?"
    )
    assert "Community Trigger" in got.text
    assert "Juno" not in got.text


def test_harm_said_not_done_is_no_partners_harm(assistant: Assistant):
    got = assistant.ask(
        "Next door put in plans for a big extension that will block our light. They've been aggressive, shouted at my "
        "wife over the fence and said they'll get it through whatever. Not violent, just unpleasant. What planning "
        "grounds count for an objection?"
    )
    assert "Juno" not in got.text


def test_a_part_that_only_asks_for_a_helpline_is_a_help_request(assistant: Assistant):
    got = assistant.ask(
        "I work on the tills at a big supermarket. My ex has been coming in most shifts for weeks, sitting in the cafe "
        "watching me, leaving notes on my car, messaging from new numbers when I block him. The store has banned him and "
        "I'm at my mum's tonight so I'm not in any danger right now. But it's grinding me down and I don't know who "
        "deals with this kind of thing. Is there a helpline I can call?"
    )
    assert "0808 800 0340" in got.text or "0808 2000 247" in got.text
    assert "17,320" not in got.text  # (the helpline's call figures are no helpline)


def test_harm_at_home_with_no_partner_named_is_domestic_abuse(assistant: Assistant):
    got = assistant.ask(
        "It's the same every year. He drinks from Boxing Day, the money goes, and last year he put my head through "
        "the kitchen cupboard door. He's out now and the kids are at my sister's. Who can I ring about getting out?"
    )
    assert "0808 800 0340" in got.text


def test_a_man_worried_about_his_own_temper_gets_the_respect_line(assistant: Assistant):
    got = assistant.ask(
        "Not proud of this and I've never said it out loud. Since splitting with the kids' mum I've been losing it with "
        "my new partner. Never touched her, but I've shouted in her face over nothing, and last week I put my fist "
        "through the kitchen door with my daughter in the next room. She looked at me like she was scared of me. My own "
        "dad was like this. I can see where this goes and I don't want to be that dad. Is there anywhere a bloke can "
        "ring to sort his own behaviour out before it gets worse?"
    )
    assert "0808 802 4040" in got.text


def test_being_married_off_is_forced_marriage(assistant: Assistant):
    got = assistant.ask(
        "My family have booked a trip abroad over Easter and I've found out they're planning to marry me off while "
        "we're there. I'm at uni in Nottingham and they don't know I know. I'm ok here for now. Who do I talk to?"
    )
    assert "0800 5999 247" in got.text


def test_regarding_says_nothing_of_the_topic(assistant: Assistant):
    got = assistant.ask("What is the partnership's target regarding hate crime? Kindly mention the percentage.")
    assert "10%" in got.text


def test_down_as_a_priority_asks_whether_it_is_one(assistant: Assistant):
    got = assistant.ask("Does the partnership really have domestic abuse down as a priority, or is it just posters?")
    assert got.text.startswith("Yes: Domestic Abuse & Sexual Violence")


def test_waking_somewhere_after_a_blackout_is_sexual_violence_help(assistant: Assistant):
    got = assistant.ask(
        "Long post, sorry. I blacked out after two drinks at a party and woke up at some guy's flat, and I think "
        "something happened that I didn't agree to. I don't want the police. Is there somewhere I can get checked over?"
    )
    assert "0800 085 9993" in got.text


def test_a_clause_the_whole_message_does_not_read_brings_in_no_situation(assistant: Assistant):
    """"It's nothing" alone reads as modern slavery; the whole message is a parent's worry about drugs."""
    got = assistant.ask(
        "Respected madam, I smelt ganja on my son's clothes when he came home from university. He said it's nothing. "
        "I want to understand what this drug does. Is there a trustworthy information line parents can call?"
    )
    assert "0300 123 6600" in got.text
    assert "Modern Slavery" not in got.text


def test_dmed_is_no_death(assistant: Assistant):
    got = assistant.ask("EDIT: thank you to the people who DMed")
    assert "drug-related deaths" not in got.text.lower()


def test_a_year_before_every_document_told_only_in_the_story_is_no_year_asked(assistant: Assistant):
    got = assistant.ask(
        "Our oldest member set up the Watch in 1997 and insists drug dealing used to be on the partnership's list of "
        "priorities. Was it ever, and for which year?"
    )
    assert "I don't have" not in got.text and "1997" not in got.text, got.text[:160]


def test_a_year_asked_before_every_document_still_says_there_is_no_version(assistant: Assistant):
    got = assistant.ask("What were the partnership's priorities in 1997?")
    assert "1997" in got.text
