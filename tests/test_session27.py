"""Session 27: launderettes, parkrun, bingo halls, phone repair shops; danger now at caravan
parks, on bonfire night, in supermarkets and at stables.

Each message here is written for the test (not taken from an evaluation set)."""
from __future__ import annotations


from bot.assistant import Assistant
from bot.safety import detect_crisis

DANGER_NOW = [
    # a carbon monoxide alarm sounding, and someone with its signs
    "the carbon monoxide alarm is going off in the caravan and my husband has been sick and seems confused",
    # someone under something that came down
    "shelving has collapsed in the stockroom and a lad is under it, he's groaning",
    # a small child into a yard product, with signs
    "my two year old got into the tube of dog wormer, it's all round her mouth and she's gone floppy and sleepy",
    # a tool held as a weapon, near the writer
    "my ex is stood by the cash machine with a hammer in his hand, he followed me from the bus",
    # a small child alone by an open window
    "the baby next door has been on his own since last night, the window is wide open and he has gone quiet",
    # lost, not safe: "doesn't know where she is" is no one kept away from an ex
    "my 13 year old has been missing since last night and just whispered on the phone that she doesn't know where she is",
    "my mate went missing an hour ago and now his phone is off",
    # a fire and a sign of now in sentences that follow each other
    "There's a fire in the flat below. Smoke is coming under our door now.",
]




NOT_DANGER_NOW = [
    # children, or a horse, "killing" someone in a figure of speech
    "The kids are killing me this half term lol. Anything free to do in Nottingham when it rains?",
    "My pony nearly killed the vet yesterday, she hates needles. Any tips for calming a nervous horse?",
    # busy, nobody hurt, and gone for the night
    "It's murder in the shop on Saturdays. Lads keep doing wheelies in the car park, nobody's been hurt and "
    "they've gone for tonight. Who do we report it to?",
    # gas among the prices, and "missing" something from an essay
    "Me and my mum are going round in circles. Everything costs more now, gas, bread, rent. "
    "Did the partnership's assessment say anything about the cost of living?",
    "I'm missing the name of the later Act for my essay. Which Act revised the Crime and Disorder Act?",
    # bins set on fire as a pattern, and a bus shelter smashed, a sentence away from "now"
    "The precinct by us has bins set on fire twice a week and the bus shelter smashed. The old folk won't walk "
    "through there now. Who decides which places get patrols?",
    # somewhere an ex can't find
    "My ex keeps turning up at my work. I'm staying at my sister's and he doesn't know where she lives. Who do I call about stalking?",
    # a fire long over, and "now" four sentences on
    "We had a small chip pan fire in the kitchen in March. The insurance sorted it. The landlord has fitted new alarms. "
    "The kids are doing well at school. Now I want to know who runs the community safety partnership.",
    # not dying, and a weekday gone told in the past tense
    "My flatmate took something at a festival on Saturday and he's still shaky today. He's not dying or anything, "
    "he just wants medical advice. Who does he ring?",
    "My friend thinks she got spiked on a night out on Friday and woke up somewhere she didn't know. She doesn't want "
    "the police. Where can she get checked over?",
    # a son-in-law, and crime gone up
    "My son-in-law reckons crime has gone up since Covid. Did recorded crime in the city go up or down to November 2022?",
    # a confidence, not a time
    "Now this is between us and these four walls. My friend's son, a big lad, says his wife hits him and locks him out. "
    "He thinks people would laugh. Is there anywhere that helps men?",
    # a spate of break-ins this autumn
    "We've had a spate round here: two sheds broken into this autumn and someone tried the back door at number six "
    "while they were away. How many burglaries were there in our ward last year?",
    # things missing from a file or a table
    "Several board packs are missing from the shared drive. Can you send the minutes of the December 2019 board?",
    "In Excel my lookup value is missing from the table and I get #N/A. How do I hide it?",
]

# What one reply must hold, with no 999 first (each written for the test; `tests/test_danger_by_session.py`
# checks them)
FOUND_IN_THE_REPLY = [
    # not dying, and wanting medical advice: NHS 111
    ("My flatmate took something at a festival on Saturday and he's still shaky today. He's not dying "
     "or anything, he just wants medical advice. Who does he ring?", "111"),
    # spiked days ago: the Topaz Centre
    ("My friend thinks she got spiked on a night out on Friday and woke up somewhere she didn't know. "
     "She doesn't want the police. Where can she get checked over?", "0800 085 9993"),
    # a threat said not to be happening now: 101
    ("A parent keeps having a go at me after matches, threatening like, not happening now. What's the non-emergency number?", "101"),
    # self-harm said not to be talked of
    ("My colleague has been low for weeks. She's not talking about hurting herself and she's safe, her mum's "
     "coming. Which NHS number is there for urgent mental health help?", "111"),
    # exploited workers: only the learned model read danger; nothing says it is now, and a help's number is asked for
    ("Group of men camping in the woods, picked up by a van at dawn, they say they owe the driver. Who should I ring?", "08000 121 700"),
]



def test_a_rule_of_parts_in_order_needs_them_in_sentences_that_follow_each_other():
    far = ("We had a small chip pan fire in the kitchen in March. The insurance sorted it. The landlord has fitted "
           "new alarms. The kids are doing well at school. Now I want to know who runs the partnership.")
    assert detect_crisis(far) is None
    assert detect_crisis("We had a small chip pan fire in the kitchen. It is still burning now.") is not None


def test_medical_advice_that_isnt_999_is_nhs_111(assistant: Assistant):
    got = assistant.ask("What number do I ring for medical advice when it isn't a 999 job?")
    assert "111" in got.text and not got.crisis
    # (a driving licence's medical is no medical advice)
    assert assistant.ask("How do I get my licence back after a drink driving ban, do I need a medical?").intent is None


def test_reporting_anon_is_crimestoppers(assistant: Assistant):
    assert "0800 555 111" in assistant.ask("how do I report a drug house anon?").text


def test_what_the_partnership_took_in_altogether_is_its_income(assistant: Assistant):
    assert "11,998,114" in assistant.ask("How much did the partnership take in altogether in 2016/17?").text


def test_is_that_a_real_thing_asks_about_the_sentence_before(assistant: Assistant):
    got = assistant.ask("My neighbour says there's a rule that if you report ASB enough times they have to review it. Is that a real thing?")
    assert "Community Trigger" in got.text


def test_new_duties_the_partnership_expects_to_take_on(assistant: Assistant):
    assert "Serious Violence Duty" in assistant.ask("What new duties is the partnership expecting to take on?").text


def test_reporting_on_someones_behalf_is_no_case_review(assistant: Assistant):
    got = assistant.ask("Some lads shouted abuse at my neighbour about his turban. He won't go to the police. "
                        "Can we report it on his behalf somewhere else?")
    assert "hate crime" in got.text.lower() and "Community Trigger" not in got.text


def test_which_bit_of_the_partnership_is_which_group(assistant: Assistant):
    assert "Serious Youth Violence" in assistant.ask("Which bit of the partnership deals with knife crime?").text


def test_cars_doing_doughnuts_are_anti_social_behaviour(assistant: Assistant):
    got = assistant.ask("Lads keep doing doughnuts in our car park at night. As a business, who do we report this to?")
    assert "101" in got.text
    assert assistant.ask("can I buy doughnuts at the market").intent is None


def test_a_police_number_not_for_an_emergency_is_101(assistant: Assistant):
    got = assistant.ask("What's the police number? Not for an emergency, I just want to tell them something.")
    assert "101" in got.text


def test_a_role_in_a_sign_off_is_no_topic(assistant: Assistant):
    got = assistant.ask("Which organisations have to be in the partnership by law? Cheers, Jo (club secretary)")
    assert "Integrated Care Board" in got.text


def test_a_man_hit_by_his_wife_gets_the_mens_line(assistant: Assistant):
    got = assistant.ask("Now this is between us and these four walls. My friend's son, a big lad, says his wife hits him "
                        "and locks him out. He thinks people would laugh. Is there anywhere that helps men?")
    assert "0808 801 0327" in got.text


def test_june_is_a_name_not_juno(assistant: Assistant):
    assert assistant.ask("How do we get a zebra crossing outside the school? Kind regards, June").intent is None
    # (speech-to-text's "june o" is still Juno)
    assert "0808 800 0340" in assistant.ask("is june o open at night, I need to talk to someone about my husband").text


def test_a_visa_running_out_is_immigration_not_domestic_abuse(assistant: Assistant):
    got = assistant.ask("My lodger's visa runs out in March. Can he stay if he marries his girlfriend?")
    assert got.intent is None and "0808 800 0340" not in got.text


def test_racist_graffiti_reported_online_is_hate_crime_reporting(assistant: Assistant):
    got = assistant.ask("Someone sprayed a racist slur on our garden wall. Can we report it online, and does it have to go through the police?")
    assert "True Vision" in got.text


def test_talk_of_ending_it_some_day_gets_the_samaritans(assistant: Assistant):
    got = assistant.ask("My neighbour said he's tired of it all and might end it one day. He's safe today. "
                        "What number can he ring any time to talk, for free?")
    assert "116 123" in got.text


def test_a_man_worried_how_he_treats_his_partner_gets_the_respect_line(assistant: Assistant):
    assert "Respect" in assistant.ask("Is there a helpline for men worried about how they treat their partner?").text


def test_do_you_know_what_its_called_points_back(assistant: Assistant):
    got = assistant.ask("Someone mentioned a review you can ask for if you keep reporting the same thing and nothing's done. "
                        "Do you know what it's called?")
    assert "Community Trigger" in got.text
    # ("its" before what it names is no pointer back)
    assert assistant.ask("The partnership has changed a lot since 2016. What are its priorities now?").intent == "priorities"
