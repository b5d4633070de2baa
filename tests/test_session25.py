"""Session 25: barbers, taxi drivers, people in recovery, kinship carers; danger now watched on a
livestream, in a salon, at a venue and in a garden.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations


from bot.assistant import Assistant
from bot.normalise import fold
from bot.safety import not_now
from tests.test_session16 import _999_first

DANGER_NOW = [
    # held in a vehicle, the phone taken first
    "my sister's texting from her spare phone, they took her real phone and won't let her out of the back of the van",
    # a dose injected
    "my flatmate has injected all of his insulin and now he's not making sense",
    # someone else with no breath
    "the new girl mixed the cleaning stuff in the back and now she can't get her breath",
    "there's a man in the end seat who is cold and I can't see his chest moving",
    # a crowd crush
    "people squashed against the barrier at the front and the crowd keeps surging",
    # a device said to go off
    "someone rang reception saying there's a device in the building and it will go off at noon",
    # choking now, a button battery swallowed, a child lost minutes ago, a gas bottle alight
    "the man at table 4 is choking on something and going purple, back slaps aren't working",
    "I'm minding my 2 year old niece and I think she's swallowed one of the little round batteries from the remote",
    "I've lost my son at the fair 15 minutes ago, he's 5, not at the meeting point",
    "the gas bottle on the next stall is hissing with flames coming off the valve and people are queuing next to it",
    # a child on a live stream with a grown man directing her
    "a girl who looks about 10 is on a live and a grown man keeps telling her what to do on camera",
]




NOT_DANGER_NOW = [
    # a camera's frame is no gun; staying at the writer's own home is safe for now
    "On our video calls her partner sits just out of shot. She says he shoves her about. She's staying at mine tonight "
    "so she's safe for now. Is there a domestic abuse helpline?",
    # people in general getting glassed, and the writer getting old
    "Been on the doors for years and it feels like more people getting glassed these days, my wife says I'm getting old. "
    "What does the partnership say about violence in the night-time economy?",
    # a fear that lasts
    "Someone smashed my car window last week and took my bag. The kids are scared to get in the car now. Is there "
    "support for victims?",
    # asking where a thing is got
    "My brother has gone back on heroin and won't stop. Where in town can he get clean needles?",
    # over, and said to be long gone; a break-in named as a thing past
    "Someone forced the lock on my garage overnight. Not much taken and they're long gone. Who do I ring?",
    "After the break-in the kitchen was damaged and we got 2 stars. All fixed now. How do we get re-inspected sooner?",
    # asked how it would go, some day
    "If somebody is robbing my shop and I manage to call 999 but I can't speak, what do I do?",
    # a question of law about a shoplifter
    "A woman steals razor blades from my shop every week. Is it legal to put her CCTV photo in my window?",
    # a firework thrown inside is no one inside
    "Reported it 5 times since June: kids on bikes kicking the door of my takeaway, once they threw a firework inside. "
    "Is there a process that makes the agencies review it?",
    # abuse spoken of in general; money hitting hard; harm done before, and "still live at home"
    "A man at the library asked if there's anyone men can talk to when it is their partner who is hurting them. What can I give him?",
    "Nobody's threatened anybody, it's just money and it's hitting the lads hard. Can they change my contract without asking?",
    "My sister won't leave her partner because of the dog, he's kicked her before. I'm 17 and still live at home. Is there pet fostering?",
    # guy ropes, a bomb site, a small fire where everyone's fine
    "The trader next to me runs an absolute bomb site, guy ropes all over, and his gazebo smashed my stock. Can I claim off his insurance?",
    "Guests set the toaster on fire this morning, everyone's fine, just a bit of smoke. How do I claim for the damage?",
    # no smell of gas; a cost that is "killing me"; how it would go, some day
    "The boiler clicks for ages before it lights, but there's no smell of gas. Can the council make the landlord get it checked?",
    "Paying for parking at the hospital every week is killing me. Is there free parking for carers?",
    "if a man rings 999 but can't talk cos someone might hear, is there a code?",
    "If it ever kicks off again and I ring 999 but can't speak because he'd hear me, what do I do?",
    # near misses of the new rules
    "my son was laughing so much he couldn't catch his breath, anyway, what are the partnership's priorities?",
    "the crowd at the match was brilliant, who sits on the crime and drugs partnership?",
]



def test_harm_told_as_going_on_for_months_keeps_the_answer_under_the_999_line(assistant: Assistant):
    # (kicking a door since August is a pattern: the Community Trigger answer stays, beneath the 999 line)
    got = assistant.ask(
        "Since August a group of lads have been hanging about outside the salon, kicking the door and throwing eggs at "
        "the window. I've reported it to the council and the police and nothing changes. Is there a process that makes "
        "them look at it all together?"
    )
    assert "Community Trigger" in got.text


def test_how_many_years_is_counted_by_a_three_year_plan(assistant: Assistant):
    got = assistant.ask("Work asked me to a consultation on the partnership plan. How many years does the plan cover?")
    assert "three-year" in got.text


def test_a_partner_named_with_s_still_names_a_partner(assistant: Assistant):
    # ("wife's been throwing stuff at me" folds to "wifes been ...")
    got = assistant.ask("Wife's been throwing stuff at me and I've been sleeping in the car. Is there a line for men?")
    assert "0808 801 0327" in got.text


def test_the_other_answer_to_a_yes_or_no_names_nothing_more(assistant: Assistant):
    got = assistant.ask("Is the fire service part of the crime and drugs partnership or separate?")
    assert "Responsible Authorit" in got.text


def test_a_key_phrase_runs_through_repeated_words(assistant: Assistant):
    # ("drink" twice: "drink driving ... a drink problem" still holds "alcohol problem")
    got = assistant.ask("I lost my licence for drink driving and I think I have a drink problem, where can I get help?")
    assert "0300 123 6600" in got.text


def test_cracking_and_pointing_are_no_drug_and_no_camera(assistant: Assistant):
    got = assistant.ask("A customer asked me what's safe to mix with ket. No idea. Where do I point people for straight drug info?")
    assert "0300 123 6600" in got.text


def test_the_list_of_useful_numbers_gives_childline(assistant: Assistant):
    got = assistant.ask("What useful phone numbers have you got?")
    assert "Childline 0800 1111" in got.text


def test_the_statutory_duties_name_the_act_behind_them(assistant: Assistant):
    got = assistant.ask("list your statutory responsibilities")
    assert "Crime and Disorder Act 1998" in got.text


def test_a_place_that_takes_hate_crime_reports_for_you_is_third_party_reporting(assistant: Assistant):
    got = assistant.ask(
        "Some of my regulars get racist abuse on the way in. They won't go to the police. Are there places that take "
        "hate crime reports for you and pass them on?"
    )
    assert "0115 964 8227" in got.text


def test_told_to_go_back_where_they_came_from_is_hate_crime(assistant: Assistant):
    got = assistant.ask("Lads keep shouting at my Somali neighbours to go back where they came from. Who do we tell?")
    assert "True Vision" in got.text or "0115 964 8227" in got.text


def test_a_kit_that_brings_someone_back_from_an_overdose_is_naloxone(assistant: Assistant):
    got = assistant.ask("I want to carry one of those kits that brings someone back from an overdose. Where do I get one in Nottingham?")
    assert "0115 844 1855" in got.text


def test_a_promise_not_to_do_anything_silly_beside_the_means_is_still_danger(assistant: Assistant):
    # (the words that would calm a message are no calm beside blades got out)
    got = assistant.ask("I've run a bath and got the blades out of the razor. I'm not going to do anything silly, I just wanted to tell someone")
    assert _999_first(got)


def test_a_year_the_latest_answer_does_not_cover_is_answered_by_the_same_topics_older_one(assistant: Assistant):
    got = assistant.ask("what were the headline targets back in 2016?")
    assert "20%" in got.text


def test_indoors_tonight_is_where_the_writer_is_not_someone_coming():
    # ("tonight" said of where the writer is, beside calm words, is no one on their way)
    assert not_now(fold("I'm indoors tonight with the doors locked, he's not around and I'm not in any immediate danger."))
    assert not not_now(fold("I'm not in any immediate danger but he's coming back tonight"))


def test_juno_justice_services_give_the_helpline(assistant: Assistant):
    got = assistant.ask("does juno help with stalking?")
    assert "0808 800 0340" in got.text


def test_something_done_to_her_at_a_party_is_sexual_assault(assistant: Assistant):
    got = assistant.ask(
        "My cousin came home from a party in tears, she says a lad did something to her in a bedroom. She doesn't want "
        "the police. Is there somewhere she can go herself?"
    )
    assert "0800 085 9993" in got.text


def test_what_the_strategic_assessment_is_says_where_it_is_published(assistant: Assistant):
    got = assistant.ask("what is the strategic assessment?")
    assert "Nottingham Insight" in got.text


def test_instead_says_nothing_of_the_topic(assistant: Assistant):
    got = assistant.ask("is there a number i can text about drugs instead of ringing?")
    assert "82111" in got.text


def test_comments_about_someones_accent_and_where_they_are_from_are_hate_crime(assistant: Assistant):
    got = assistant.ask(
        "At work some customers keep making comments about my accent and where I'm from, and one wrote something nasty "
        "on my car. My boss says it's banter. Where can I report it?"
    )
    assert "True Vision" in got.text or "0115 964 8227" in got.text


def test_an_employment_contract_is_no_key_phrase_of_substance_misuse_commissioning(assistant: Assistant):
    words = assistant.matcher.query("what are my rights on changes to my contract").in_order
    assert assistant.matcher.key_phrases_in("substance-misuse-commissioning", words) == []
    words = assistant.matcher.query("which drug treatment contracts were put out to tender").in_order
    assert assistant.matcher.key_phrases_in("substance-misuse-commissioning", words) != []
