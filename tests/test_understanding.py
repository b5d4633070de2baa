"""Reading messages the way people write them: noise that changes nothing, long narratives with the
question last, two situations in one message, recall-first help, near misses still declined, and
short declines. Every message here was written for this test file (none comes from a question set)."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant

NOISE = {
    "preamble": lambda q: "Hiya, sorry to bother you, my mate said to try asking on here. " + q,
    "name after": lambda q: q + ", asking for my manager Gary",
    "apology": lambda q: q + ", sorry if thats a daft question",
    "code": lambda q: "zebra7731 " + q,
    "emoji and sign-off": lambda q: q + " 🙏 ta, Shaz x",
    "dialect greeting": lambda q: "ey up me duck, " + q,
    "time filler": lambda q: q + " at the moment",
    "right now, is that right": lambda q: q + " right now? want to get it right",
    "rn": lambda q: q + " rn",
    "been meaning to ask": lambda q: "Hello, I was meaning to ask this ages ago and my sister told me to try on here. " + q,
    "sarcasm": lambda q: "Oh brilliant. " + q + "?? Bloody useless.",
    "thanks in advance": lambda q: q + " thanks in advance x",
    "mail footer": lambda q: q + "\n\nSent from my iPhone",
    "reference": lambda q: "Our ref: CW/2291. " + q + " (case ref 4471/B)",
    "wondering": lambda q: "I was just wondering, " + q,
    "hope you're well": lambda q: "Hope you're all keeping well. Quick one - " + q + " Kind regards",
    "quick one": lambda q: "Quick one - " + q + "?, asking for my manager Gary",
}
BASE = {
    "who is the chair of the board": "chair",
    "what are the partnership's priorities": "priorities",
    "where can i get help with domestic abuse": "help-domestic-abuse",
    "which sub-group deals with hate crime": "owner-hate-crime",
    "how do I report anti-social behaviour": "help-asb",
}


@pytest.mark.parametrize("variant", sorted(NOISE))
@pytest.mark.parametrize("question", sorted(BASE))
def test_words_that_change_nothing_change_nothing(assistant: Assistant, question: str, variant: str):
    assert assistant.ask(question).intent == BASE[question]  # the control
    noisy = NOISE[variant](question)
    got = assistant.ask(noisy)
    assert got.kind == "answer" and BASE[question] in got.intents, (noisy, got.kind, got.intent)


@pytest.mark.parametrize(
    ("message", "intent", "needle"),
    [
        ("my brother has been using heroin on and off for years, he's tried to stop before and it never sticks, "
         "mum is at her wits end, is there a service that would see him", "help-alcohol-family", "FRANK"),
        ("Right, bit of background first. My fella has never hit me but he reads all my texts, tells me what to "
         "wear and goes quiet for days if I see my sister. My friend says that's not normal. Who do I talk to?",
         "help-domestic-abuse", "0808 800 0340"),
        ("The flat above has had people coming and going all night for months, there's shouting on the landing "
         "and rubbish everywhere, we've rung the council twice and nothing happens. What can we do?", "help-asb", "101"),
    ],
)
def test_a_long_narrative_with_the_question_last_gets_help_for_that_situation(
    assistant: Assistant, message: str, intent: str, needle: str
):
    got = assistant.ask(message)
    situation = assistant.kb.intents[intent].situation or intent  # help-noise is help for anti-social behaviour too
    situations = {assistant.kb.intents[i].situation or i for i in got.intents}
    assert situation in situations and needle in got.text, (got.kind, got.intents, got.text[:200])


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # the story names the chair; the question asks for the law
        ("Secretary of our residents group here, the chair wanted me to check something. Which Act of Parliament "
         "makes the council and police form a community safety partnership?", "legal-basis"),
        ("I manage a youth club and our treasurer keeps talking about funding. Who chairs the partnership board?", "chair"),
    ],
)
def test_the_question_outweighs_the_story_around_it(assistant: Assistant, message: str, intent: str):
    got = assistant.ask(message)
    assert got.intent == intent, (got.kind, got.intents, got.text[:120])


@pytest.mark.parametrize(
    ("message", "needles"),
    [
        ("my son is using again and his girlfriend has started hitting him", ("FRANK", "0808 800 0340")),
        ("our neighbours shout racist stuff at us and play music all night, what can we do", ("101", "True Vision")),
        # a partner who hurts, said beside another situation and "not now": domestic abuse help is never dropped
        ("my husband gets nasty when he drinks and last night he hit me, he's at his brother's so I'm ok for now, "
         "where can he get help for the drinking", ("0808 800 0340", "FRANK")),
    ],
)
def test_two_situations_in_one_message_get_both_answers(assistant: Assistant, message: str, needles: tuple[str, ...]):
    got = assistant.ask(message)
    assert len(got.intents) == 2, got.intents
    for needle in needles:
        assert needle in got.text, (needle, got.text[:300])


@pytest.mark.parametrize(
    "message",
    [
        "my neighbour's tree hangs over our garden, can I cut it back",
        "how long would you get for possession of cannabis",
        "what are the bus times from Bulwell into town",
        "can you tell me when the bins get collected on our street",
        "my landlord wants me out by Friday, can he do that",
        "write me a poem about the Crime and Drugs Partnership",
    ],
)
def test_near_misses_are_still_declined(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert got.kind == "decline" and got.intent is None, (got.kind, got.intent)


def test_a_decline_is_short_with_at_most_three_suggestions_and_the_999_line(assistant: Assistant):
    got = assistant.ask("what time does the garden centre in Wollaton open on Sundays")
    assert got.kind == "decline"
    assert len(got.text.splitlines()) <= 3 and "999" in got.text.splitlines()[-1]
    assert 1 <= len(got.choices) <= 3 and all(c.intent in assistant.kb.intents for c in got.choices)


def test_did_you_mean_offers_up_to_three(assistant: Assistant):
    got = assistant.ask("asb numbers")
    assert got.kind == "clarify" and 2 <= len(got.choices) <= 3
    assert "Reply with 1" in got.text


def test_an_everyday_word_the_knowledge_does_not_use_weighs_less_than_gibberish(assistant: Assistant):
    from bot.matcher import UNKNOWN_ENGLISH_WEIGHT, UNKNOWN_WEIGHT

    m = assistant.matcher
    arguing, gibberish = m.query("arguing").tokens[0], m.query("blorptastic").tokens[0]
    assert m.w(arguing) == UNKNOWN_ENGLISH_WEIGHT < m.w(gibberish) == UNKNOWN_WEIGHT


def test_someone_away_from_nottingham_still_gets_the_national_helpline(assistant: Assistant):
    """Another city named beside a request for help is where they are, not what they ask about."""
    got = assistant.ask("is there a national number for domestic abuse? I'm staying at my sister's in Leeds this week")
    assert got.intent == "help-domestic-abuse" and "0808 2000 247" in got.text
    assert assistant.ask("who chairs the community safety partnership in Leeds").intent is None


def test_a_child_seeing_a_parents_partner_hurt_them_gets_help_with_childline_in_it(assistant: Assistant):
    got = assistant.ask("my stepdad smashes stuff and shoves my mum around when hes drunk, idk who to talk to")
    assert "help-domestic-abuse" in got.intents and "0800 1111" in got.text, (got.intents, got.text[:200])


def test_no_consent_in_everyday_words_is_sexual_violence(assistant: Assistant):
    got = assistant.ask("a lad from my course kissed me at a house party when i didnt consent, i dont want the police involved, where can i go")
    assert "help-sexual-violence" in got.intents, (got.intents, got.text[:150])


def test_violence_told_as_a_pattern_gets_999_first_and_still_all_the_help_asked_for(assistant: Assistant):
    got = assistant.ask("my wife keeps hitting me when shes drunk and im drinking far too much myself, where can i get help for both")
    assert got.crisis and "999" in got.text.splitlines()[0]
    assert "0808 801 0327" in got.text and "FRANK" in got.text, got.text[:400]


def test_a_financial_year_asked_for_picks_the_version_for_exactly_that_year(assistant: Assistant):
    """The 2022/23 priorities, not the plan that runs 2022-2025."""
    got = assistant.ask("which priorities did the partnership agree for 2022/23, please")
    assert got.intent == "priorities" and "2022/23" in got.text, (got.intent, got.text[:120])


def test_a_partner_who_hurts_comes_first_even_beside_a_topic_the_documents_do_not_answer(assistant: Assistant):
    got = assistant.ask("my ex used to hit me when we were together and he wants 50/50 custody of our son, can i stop him")
    assert got.intents[0] == "help-domestic-abuse" and "0808 2000 247" in got.text
    assert len(got.intents) == 2 and assistant.kb.intents[got.intents[1]].kind == "decline"  # and where to ask about custody


@pytest.mark.parametrize(
    "message",
    ["by how much is the partnership trying to cut anti-social behaviour", "asb - how much is it meant to go down by?"],
)
def test_how_much_names_what_is_counted_before_or_after_it(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert got.kind == "answer" and "25%" in got.text, (got.intent, got.text[:120])


@pytest.mark.parametrize(("message", "number"), [("juno number", "0808 800 0340"), ("crimestoppers no", "0800 555 111")])
def test_a_name_and_number_asks_for_a_phone_number_not_figures(assistant: Assistant, message: str, number: str):
    got = assistant.ask(message)
    assert number in got.text, (got.intent, got.text[:120])


def test_not_in_danger_right_now_gets_the_help_asked_for_not_the_emergency_page(assistant: Assistant):
    got = assistant.ask("my cousin's been drinking heavily for months, she's not in any danger right now, "
                        "where can she get support with her drinking")
    assert not got.crisis and "help-danger-now" not in got.intents and "Recovery Network" in got.text, (got.intents, got.text[:150])


def test_a_threat_from_him_on_the_sofa_gets_the_domestic_abuse_lines_under_999(assistant: Assistant):
    got = assistant.ask("he's sat next to me on the sofa with a hammer and says if i move i'll regret it")
    assert got.crisis and "999" in got.text.splitlines()[0] and "0808 2000 247" in got.text


@pytest.mark.parametrize(
    "message",
    [
        "Two things: 1) who chairs the board 2) what are the priorities",
        "Quick questions:\n- who chairs the board\n- what are the current priorities",
    ],
)
def test_a_numbered_or_bulleted_list_of_questions_gets_each_answered(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert {"chair", "priorities"} <= set(got.intents), got.intents


def test_a_child_writing_in_an_emergency_gets_childline_after_999(assistant: Assistant):
    got = assistant.ask("im 11 and my dad has collapsed on the kitchen floor and wont wake up")
    assert got.crisis and "999" in got.text.splitlines()[0] and "0800 1111" in got.text


def test_someone_slashed_by_a_partner_gets_an_ambulance_and_the_domestic_abuse_lines_not_suicide_help(assistant: Assistant):
    got = assistant.ask("my girlfriend just slashed my hand with a knife and it's pouring")
    assert got.crisis and "ambulance" in got.text and "0808 2000 247" in got.text and "Samaritans" not in got.text


def test_reading_is_a_verb_unless_it_is_the_town(assistant: Assistant):
    assert assistant.ask("I've been reading about the Community Trigger, how does it work?").intent == "community-trigger"
    assert assistant.ask("who runs the community safety partnership in Reading").intent is None


def test_an_intents_key_phrase_answers_a_long_question_it_leads(assistant: Assistant):
    got = assistant.ask("If I did go for the Community Trigger, would I just get a letter at the end telling me it's closed, "
                        "or would anyone actually sit down with me?")
    assert got.intent == "community-trigger", (got.kind, got.intent)


def test_a_slur_masked_with_asterisks_is_hate_crime(assistant: Assistant):
    got = assistant.ask("some lads called my dad a p*** outside the shop again, where do we report it")
    assert "help-hate-crime" in got.intents, (got.intent, got.text[:120])


def test_in_and_out_of_prison_is_reoffending(assistant: Assistant):
    got = assistant.ask("my nephew is in and out of prison, which part of the partnership deals with that")
    assert got.intent is not None and "reoffend" in got.intent, got.intent


def test_someone_worried_about_a_child_gets_the_nspcc_helpline(assistant: Assistant):
    got = assistant.ask("the little girl two doors down is always out on her own late and looks like she hasn't eaten, who can I tell?")
    assert "0808 800 5000" in got.text, (got.intents, got.text[:150])


def test_someone_asking_for_help_with_their_own_behaviour_gets_the_respect_line(assistant: Assistant):
    got = assistant.ask("i think im becoming abusive to my girlfriend, i lose my temper and throw things. who can help me change?")
    assert "0808 802 4040" in got.text, (got.intents, got.text[:200])


def test_the_name_of_someone_in_a_review_is_not_given(assistant: Assistant):
    assert assistant.ask("what was the name of the victim in the last domestic homicide review").intent is None


def test_where_in_a_year_says_nothing_about_the_topic(assistant: Assistant):
    got = assistant.ask("what were the priorities in early 2016")
    assert got.intent == "priorities" and "2016/17" in got.text, (got.intent, got.text[:120])


@pytest.mark.parametrize(
    "message",
    ["I was just wondering, how are serious violence and weapon enabled offending managed?", "im just asking how knife crime is dealt with"],
)
def test_a_question_softened_with_just_is_not_an_emergency(assistant: Assistant, message: str):
    assert not assistant.ask(message).crisis



def test_a_professional_question_about_the_partnership_is_not_an_emergency_for_its_background(assistant: Assistant):
    got = assistant.ask("Bouncer at a club in town, we confiscate more blades at the door every month. Which part of the partnership looks after weapons?")
    assert not got.crisis and got.kind == "answer", (got.intent, got.text[:120])


def test_said_to_be_no_999_job_is_not_an_emergency(assistant: Assistant):
    got = assistant.ask(
        "It's not a 999 job, it's just constant hassle: lads on the wall outside my shop swearing at customers and I've had enough. "
        "Nobody's been hurt. Who do I ring?"
    )
    assert not got.crisis and "101" in got.text


def test_the_place_in_the_question_decides_not_a_place_in_the_story(assistant: Assistant):
    got = assistant.ask("Lived in Nottingham for twenty years but I'm in Derby now for work. Who chairs Derby's community safety partnership?")
    assert got.kind == "decline" and "Derby" in got.text


def test_addressing_a_letter_to_the_chair_asks_for_a_name_not_an_address(assistant: Assistant):
    got = assistant.ask("Could you tell me who chairs the partnership board? I'd like to address my letter properly.")
    assert "Coaker" in got.text


def test_a_request_for_help_that_names_its_topic_gets_that_help(assistant: Assistant):
    got = assistant.ask(
        "Door staff at a club on the Lace Market. We keep finding little wraps in the toilets and a few regulars are "
        "obviously using. Is there somewhere I can point them for straight, no-judgement info about drugs?"
    )
    assert "0300 123 6600" in got.text, (got.intent, got.text[:120])
    got = assistant.ask("I run a gym in Bulwell and two of the lads who train here are on something, you can tell. Is there anywhere I can point them to for proper info about drugs?")
    assert "0300 123 6600" in got.text, (got.intent, got.text[:120])


@pytest.mark.parametrize(
    ("message", "needle"),
    [
        # who someone is, in their own words
        ("My cousin is trans and her boyfriend has been threatening her. Is there a specialist service?", "0800 999 5428"),
        ("some lads shouted abuse at me in the street because I'm gay, where do I report it", "report-it.org.uk"),
        # the partnership's terms in everyday words
        ("Please could you tell me the partnership's present priorities?", "Housing"),
        ("My nephew gets released from prison soon. Which part of the partnership works on people going back to crime?", "Reoffending"),
        ("If a neighbour keeps making a nuisance of himself, do they fine him at once or is there a process?", "Warn"),
    ],
)
def test_everyday_words_find_the_right_answer(assistant: Assistant, message: str, needle: str):
    assert needle in assistant.ask(message).text


def test_a_year_only_the_story_names_is_not_asked_about(assistant: Assistant):
    got = assistant.ask(
        "My aunt was killed by her husband in 2019 and there was a review afterwards. We've only seen a short summary of it. "
        "How can the family ask the partnership for the full overview report?"
    )
    assert got.intent == "dhr-request", (got.intent, got.text[:100])


def test_a_request_for_help_about_a_topic_never_names_danger_now_as_the_topic(assistant: Assistant):
    got = assistant.ask(
        "I drive a cab at night. On Saturday a passenger told me a man at a party had assaulted her, and she was adamant "
        "she didn't want the police. I got her home safe. Is there somewhere I can point her to for help that isn't the police?"
    )
    assert not got.crisis and got.intent != "help-danger-now", (got.intent, got.text[:100])


def test_help_for_worries_about_a_child_needs_a_child_in_the_message(assistant: Assistant):
    got = assistant.ask("My winter fuel payment never arrived this month. Who do I ring about that?")
    assert "0808 800 5000" not in got.text, (got.intent, got.text[:120])
    got = assistant.ask(
        "Good afternoon. The young man below me has his television on very loud until past two and I cannot rest. "
        "It is not urgent. Could you tell me the telephone number I ought to ring?"
    )
    assert "101" in got.text and not got.crisis, (got.intent, got.text[:120])
    assert "0808 800 5000" in assistant.ask("I'm worried about a little boy on our street who's always out alone at night, who do I tell?").text


def test_a_name_after_how_much_is_not_what_is_counted(assistant: Assistant):
    got = assistant.ask("Quick one - by how much did the Police and Crime Commissioner cut the partnership's funding in 2016?, asking for my manager Gary")
    assert got.kind == "answer" and not got.crisis, (got.intent, got.text[:100])



def test_bruises_from_a_boyfriend_bring_the_domestic_abuse_lines(assistant: Assistant):
    got = assistant.ask(
        "I manage a small cafe. One of my cleaners keeps turning up with bruises on her wrists and last week told me it's "
        "her boyfriend. She made me promise not to make a fuss, but I'd like to give her a number she can ring late at night. "
        "Which one is best?"
    )
    assert "0808 800 0340" in got.text, (got.intent, got.text[:100])


def test_someone_disclosing_rape_is_never_declined(assistant: Assistant):
    got = assistant.ask("I was raped a few weeks ago and I don't want to go to the police. Is there a place in Nottingham I can go for help?")
    assert "0800 085 9993" in got.text, (got.intent, got.text[:100])


def test_monkey_noises_at_a_player_are_racist_abuse_to_report(assistant: Assistant):
    got = assistant.ask("Some blokes behind us at the match were making monkey noises at a player last Saturday. Where can I report it?")
    assert got.intent == "help-hate-crime", (got.intent, got.text[:100])


def test_a_second_question_after_and_with_a_preposition_is_answered_too(assistant: Assistant):
    got = assistant.ask("Could you explain what the Crime and Drugs Partnership is, and under which law it was created?")
    assert "Crime and Disorder Act" in got.text and "Community Safety Partnership" in got.text, (got.intents, got.text[:120])


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        (
            "Name: Priya\nArea: Sneinton\nIssue: my partner reads all my messages and takes my wages off me\n"
            "Danger: not right now\nWhat I want to know: is there a helpline I can ring",
            "help-domestic-abuse",
        ),
        (
            "Who: my nan, 81\nWhere: Bulwell\nProblem: lads on bikes doing wheelies and shouting outside her flat every night\n"
            "Question: who do I report it to",
            "help-asb",
        ),
    ],
)
def test_a_form_is_read_by_its_fields_not_its_labels(assistant: Assistant, message: str, intent: str):
    # "Who:" and "Where:" are labels, not questions; the question is in the field that says so
    got = assistant.ask(message)
    assert got.intent == intent and not got.crisis, (got.intent, got.text[:80])


def test_asking_how_to_text_999_is_answered_not_treated_as_an_emergency(assistant: Assistant):
    got = assistant.ask("I'm deaf. How can I contact 999 by text if there is an emergency?")
    assert got.intent == "help-danger-now" and not got.crisis and "register" in got.text, (got.intent, got.text[:80])


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("im dyin to no hoo is the chair of the crime and drugs partnership bord", "chair"),
        ("Was it the Police and Justice Act 2004 that made partnerships do a strategic assessment every year?", "legal-basis"),
    ],
)
def test_words_spelled_as_said_and_a_laws_year_are_read(assistant: Assistant, message: str, intent: str):
    got = assistant.ask(message)
    assert got.intent == intent, (got.intent, got.text[:80])


def test_a_run_on_question_at_the_end_of_a_story_is_what_is_asked(assistant: Assistant):
    # no punctuation: the question ("wot are the next stages") starts partway through the sentence
    got = assistant.ask("the counsil ofiser said my neighbour is on stage 1 now for the noise wot are the next stages")
    assert got.intent == "asb-enforcement", (got.intent, got.text[:80])


def test_a_question_that_only_asks_for_help_leaves_the_story_as_the_topic(assistant: Assistant):
    from bot.query import prepare

    # "who can I ring?" names no subject, so the story is what it is about
    assert prepare("My son has started drinking every day. Who can I ring?", assistant.matcher).question is None
    assert prepare("My son has started drinking every day. Who chairs the partnership board?", assistant.matcher).question is not None


def test_a_child_named_by_their_age_gets_help_for_a_child(assistant: Assistant):
    got = assistant.ask("Is there a free line my 13-year-old can ring by herself about what goes on at her dad's? She's with me and safe.")
    assert "0800 1111" in got.text and not got.crisis, (got.intent, got.text[:80])


def test_a_question_about_it_is_read_with_what_it_is(assistant: Assistant):
    # "What is it called?" alone would be the partnership's change of name; "it" is the review
    got = assistant.ask(
        "We run the youth club on our estate. The same lads have been smashing our windows and scaring the younger "
        "ones for months. We've logged it with the police and the council five times since the summer and nothing "
        "changes. Someone at a residents' meeting said there's a formal review you can ask for when reports go "
        "nowhere. What is it called and how do we ask for one?"
    )
    assert got.intent == "community-trigger", (got.intent, got.text[:80])


def test_a_child_being_groomed_gets_help_for_a_worry_about_a_child(assistant: Assistant):
    got = assistant.ask("My niece is 13 and a man she met on a game keeps messaging her and sending her gifts. I think he's grooming her. Who can I tell?")
    assert got.intent == "help-child-worry" and "0808 800 5000" in got.text, (got.intent, got.text[:80])



def test_unsure_which_help_a_situation_needs_shows_the_999_line_first(assistant: Assistant):
    # a situation two or three kinds of help fit may be happening now: 999 comes before "did you mean"
    from bot.matcher import Candidate

    cands = [Candidate(i, 0.6, 0.6, 0.5, 0.5, 5.0, False) for i in ("help-modern-slavery", "help-child-worry")]
    got = assistant._clarify(*cands, danger=True)
    assert got.kind == "clarify" and got.text.startswith("If you or someone else is in danger right now, call 999")
    assert "Did you mean" in got.text and [c.intent for c in got.choices] == ["help-modern-slavery", "help-child-worry"]
    assert not assistant._clarify(*cands).text.startswith("If you")


@pytest.mark.parametrize(
    "message,intent",
    [
        # an out-of-scope topic is what a message is about only when it names what that topic needs:
        # a question about the chair is no request for the chair's home address
        ("The CDP board is chaired by the Chief Constable isn't it? With probation as vice-chair.", "chair"),
    ],
)
def test_a_known_out_of_scope_topic_needs_its_own_words(assistant: Assistant, message: str, intent: str):
    got = assistant.ask(message)
    assert got.intent == intent, (got.intent, got.text[:80])


def test_a_street_and_a_number_are_no_request_for_a_refuge_address(assistant: Assistant):
    got = assistant.ask("my street must be half the city's ASB stats on its own ha. what's the actual number?")
    assert "refuge" not in got.text.lower(), (got.intent, got.text[:80])


@pytest.mark.parametrize(
    "message",
    [
        "where does lord coaker live",
        "wheres the zola refuge? need the address",
        "can you recommend a solicitor",
        "which political party is lord coaker in",
    ],
)
def test_out_of_scope_topics_with_their_own_words_are_still_declined(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert got.kind == "decline" and got.intent is None, (got.intent, got.text[:80])


def test_a_year_the_best_fit_does_not_cover_is_declined_not_answered_with_something_else(assistant: Assistant):
    # the chair's answer does not say who chaired in 2016: the SOC board's 2016 chair is no answer
    got = assistant.ask("Who was the chair of the CDP Board back in 2016?")
    assert got.kind == "decline" and "Torr" not in got.text, (got.intent, got.text[:80])


def test_a_year_only_the_background_names_does_not_set_the_answer_aside(assistant: Assistant):
    # "the old 2015-20 ones" is background; what is asked is the current plan's targets
    got = assistant.ask(
        "headline targets in the current plan? just the numbers pls, doing the Q3 KPI slide and last yr's "
        "version still has the old 2015-20 ones on it"
    )
    assert got.intent == "targets-headline" and "25%" in got.text, (got.intent, got.text[:80])


def test_a_phone_number_in_the_story_is_not_what_is_asked(assistant: Assistant):
    got = assistant.ask(
        "My coke habit has crept up and the bank statements are starting to look like a phone number. I'm sober "
        "right now and not in any danger. I just want to talk to someone who knows about drugs. Is there a number "
        "I can ring, or even text?"
    )
    assert "0300 123 6600" in got.text and not got.crisis, (got.intent, got.text[:80])


def test_a_year_corrected_mid_sentence_is_the_year_asked(assistant: Assistant):
    got = assistant.ask("Who approved the 2021-2024 plan, sorry I mean the 2022 one, and when?")
    assert "March 2022" in got.text, (got.intent, got.text[:80])


def test_a_rape_told_in_plain_short_sentences_gets_sexual_violence_help(assistant: Assistant):
    got = assistant.ask(
        "Something bad happened to me. I went to a party. A man made me have sex. I did not want to. It was last "
        "week. I do not want the police yet. Is there a place I can go. Where can I go."
    )
    assert "0800 085 9993" in got.text, (got.intent, got.text[:80])


def test_a_year_in_the_story_does_not_pick_an_old_answer_when_the_question_asks_about_now(assistant: Assistant):
    got = assistant.ask(
        "The only list I can find is on a 2021 slide, which has a reducing reoffending governance group on it. "
        "Can someone confirm which sub-groups currently oversee delivery of the partnership plan?"
    )
    assert "Substance Use Strategic Partnership" in got.text, (got.intent, got.text[:80])


def test_easy_read_sentences_and_how_to_put_the_answer_change_nothing(assistant: Assistant):
    # "tell me simple", "a short list is good" ask for a way of answering, not a topic;
    # "the most important things" the partnership works on are its priorities
    got = assistant.ask(
        "What is the partnership working on now. This year. What are the most important things. Tell me simple. "
        "A short list is good. Thank you."
    )
    assert got.intent == "priorities" and "Serious Violence" in got.text, (got.intent, got.text[:80])
    plain = assistant.ask("what are the priorities")
    for extra in ("Please make a list.", "Keep it short please.", "In easy words please.", "Bullet points please."):
        assert assistant.ask(f"what are the priorities? {extra}").intent == plain.intent == "priorities", extra


def test_a_second_question_with_no_subject_of_its_own_asks_about_the_first(assistant: Assistant):
    # "the latest figure" is the figure for repeat hate crime victims, not for all crime
    got = assistant.ask("Newsletter q: what's the CDP target for repeat hate crime victims, and what's the latest figure?")
    assert "10%" in got.text and ("172" in got.text or "15.8" in got.text), (got.intents, got.text[:120])


def test_a_fire_service_question_about_membership_is_not_a_smoke_alarm_request(assistant: Assistant):
    got = assistant.ask("is notts fire service actually part of the crime and drugs partnership or not")
    assert got.kind == "answer" and "Fire" in got.text, (got.intent, got.text[:80])
    assert assistant.ask("can i get a free smoke alarm fitted").kind == "decline"


@pytest.mark.parametrize("message", ["Jordan here. childline number", "childline number", "ey up, childline number"])
def test_whose_number_is_asked_is_read_in_its_own_sentence(assistant: Assistant, message: str):
    # "Jordan here." names the asker, not whose number is wanted
    got = assistant.ask(message)
    assert "0800 1111" in got.text, (got.intent, got.text[:80])


@pytest.mark.parametrize("extra", ["@channel", "asap thx", "tl;dr", "cc @Sam"])
def test_team_chat_shorthand_changes_nothing(assistant: Assistant, extra: str):
    plain = assistant.ask("which sub-group deals with exploitation")
    got = assistant.ask(f"{extra} which sub-group deals with exploitation")
    assert got.intent == plain.intent and got.intent is not None, (extra, got.intent, plain.intent)


def test_a_refuge_number_is_no_request_for_a_refuge_address(assistant: Assistant):
    got = assistant.ask("juno womens refuge number?")
    assert "0808 800 0340" in got.text and got.kind == "answer", (got.intent, got.text[:80])
    assert assistant.ask("what's the address of the refuge in the meadows").kind == "decline"


def test_what_the_answer_is_for_changes_nothing(assistant: Assistant):
    got = assistant.ask("priorities for 2021/22 pls, need it for a report by 5 lol")
    assert got.intent == "priorities" and "Weapon Enabled" in got.text, (got.intent, got.text[:80])


def test_abuse_in_a_same_sex_relationship_gets_the_lgbt_line_not_sexual_violence_help(assistant: Assistant):
    got = assistant.ask("someone in a same-sex relationship is being abused by their partner, who can they call?")
    assert got.intent == "help-domestic-abuse" and "0800 999 5428" in got.text, (got.intent, got.text[:80])


def test_the_actual_number_is_a_figure_not_a_phone_number(assistant: Assistant):
    # "what's the actual number?" after ASB figures asks for a count, which a figures answer gives
    got = assistant.ask("asb figures. whats the actual number")
    assert got.kind == "answer" and any(ch.isdigit() for ch in got.text), (got.intent, got.text[:80])
    assert "0800 1111" in assistant.ask("childline number").text


def test_my_street_is_no_request_for_a_refuge_address(assistant: Assistant):
    got = assistant.ask("my street must be half the city's ASB stats on its own ha. what's the actual number?")
    assert got.kind == "answer" and "refuge" not in got.text.lower(), (got.intent, got.text[:80])
    assert assistant.ask("which street is the refuge on").kind == "decline"


def test_a_review_there_is_the_place_the_story_named(assistant: Assistant):
    got = assistant.ask(
        "My cousin was killed by her partner in Derby. Who is carrying out the domestic homicide review there, "
        "and when will it be finished?"
    )
    assert got.kind == "decline" and "Derby" in got.text, got.text[:80]


def test_someone_elsewhere_asking_who_to_call_still_gets_the_national_lines(assistant: Assistant):
    got = assistant.ask("my mum lives in Derby and her partner hits her, who can she call there?")
    assert "0808 2000 247" in got.text, (got.intent, got.text[:80])


@pytest.mark.parametrize(
    "extra", ["totally", "obviously", "apparently", "completely", "the actual", "guys,", "whatever", "ultimately", "specifically", "meanwhile,",
              "to be honest", "in the first place,"]
)
def test_generic_adverbs_change_nothing(assistant: Assistant, extra: str):
    # rare in the examples, so weighty, yet they say nothing of the topic
    plain = assistant.ask("what is the legal basis for the partnership")
    got = assistant.ask(f"{extra} what is the legal basis for the partnership")
    assert got.intent == plain.intent == "legal-basis", (extra, got.intent)


def test_a_question_relayed_from_a_chair_is_about_its_topic_not_the_chair(assistant: Assistant):
    got = assistant.ask(
        "Parish clerk here, asked by our chair: what is the actual piece of legislation that obliges the police, "
        "council and others to form these community safety partnerships?"
    )
    assert got.intent == "legal-basis" and "Crime and Disorder Act" in got.text, (got.intent, got.text[:80])


@pytest.mark.parametrize("extra", ["haha", "alright bro,", "lmfao", "okey dokey,", "howdy hunny", "mint,"])
def test_chat_words_and_terms_of_address_change_nothing(assistant: Assistant, extra: str):
    plain = assistant.ask("who chairs the board")
    got = assistant.ask(f"{extra} who chairs the board")
    assert got.intent == plain.intent == "chair", (extra, got.intent)


def test_a_bairn_is_a_child(assistant: Assistant):
    got = assistant.ask("I'm worried about the bairn next door, he's always left on his own with no food. Who do I ring?")
    assert "0808 800 5000" in got.text, (got.intent, got.text[:80])


def test_not_giving_a_name_is_anonymous_reporting_not_name_calling(assistant: Assistant):
    got = assistant.ask("I saw something bad. I do not want to give my name. Who can I tell.")
    assert got.intent == "help-anonymous" and "0800 555 111" in got.text, (got.intent, got.text[:80])
    assert assistant.ask("they called me names because of my religion").intent == "help-hate-crime"


def test_a_partner_who_controls_and_a_question_about_juno_get_both_answers(assistant: Assistant):
    got = assistant.ask(
        "My sister lives in Gedling and her husband controls everything, her money, who she sees. Someone told me "
        "Juno only works inside the city boundary. Does Juno cover Gedling, and what number can she ring?"
    )
    assert "Gedling" in got.text and "0808 800 0340" in got.text, (got.intents, got.text[:120])


def test_the_five_stages_are_the_model_and_stage_five_is_its_last(assistant: Assistant):
    assert assistant.ask("what are the 5 stages in the CPO enforcement model").intent == "asb-enforcement"
    assert assistant.ask("what is stage 5 of the asb model").intent == "asb-stage-5"


def test_someone_who_fears_they_are_the_abusive_one_gets_the_respect_line(assistant: Assistant):
    got = assistant.ask("i think i might be the abusive one in my relationship and i want to change, where do i go")
    assert "0808 802 4040" in got.text, (got.intent, got.text[:80])


def test_the_other_stages_after_stage_one_are_the_whole_model(assistant: Assistant):
    got = assistant.ask("the council officer said it was stage 1, what are the other stages after that")
    assert got.intent == "asb-enforcement" and "Breach" in got.text, (got.intent, got.text[:80])


@pytest.mark.parametrize("message", ["what do i do", "who do I tell?", "where can I report it?", "how do i report something"])
def test_a_question_that_names_nothing_asks_what_it_is_about(assistant: Assistant, message: str):
    # Not "couldn't make sense" (the words are real), and not the board's performance reports
    # ("report" alone is not "performance is reported to the board").
    ans = assistant.ask(message)
    assert ans.kind == "decline" and ans.intent is None, (message, ans.intent)
    assert "what is it about" in ans.text.lower() or "can't answer" in ans.text.lower()
    assert "999" in ans.text and "couldn't make sense" not in ans.text


def test_performance_reported_to_the_board_is_still_performance_monitoring(assistant: Assistant):
    assert assistant.ask("how is performance reported to the board").intent == "performance-monitoring"
    assert assistant.ask("who monitors your performance").intent == "performance-monitoring"


@pytest.mark.parametrize(
    "message, number",
    [
        ("My cousin's parents have booked her wedding in Pakistan for the summer holidays. She keeps saying no "
         "and nobody listens to her. Who deals with this?", "0800 5999 247"),
        ("a lad at the car wash told me he can't leave cos he owes the boss for bringing him over. who do i tell?", "08000 121 700"),
        ("Van driver. Dropped off at a factory unit where about ten men sleep upstairs and the boss keeps all their passports "
         "in his desk. Who should I tell?", "08000 121 700"),
        ("I work behind a bar. A customer told me a man did stuff to her in the car park while she was too drunk to stand. "
         "She doesn't want the police. Where can she go?", "0800 085 9993"),
    ],
)
def test_a_situation_told_without_its_name_gets_its_help(assistant: Assistant, message: str, number: str):
    ans = assistant.ask(message)
    assert number in ans.text, (ans.intent, ans.text[:120])



@pytest.mark.parametrize(
    "wording",
    ["Please set out the statutory responsibilities of the partnership.", "Kindly confirm the date of the Board meeting.",
     "Could you outline the sub-groups.", "We would be grateful for the current priorities.",
     "For the purposes of our audit, please list the sub-groups."],
)
def test_a_formal_request_is_a_sentence_that_asks(assistant: Assistant, wording: str):
    from bot.query import prepare

    q = prepare("Internal audit, city council. We are scoping a review of hosting arrangements. " + wording, assistant.matcher)
    assert len(q.asking) == 1 and "review of hosting" not in q.asking[0], q.asking


def test_numbered_questions_about_it_ask_about_what_the_message_named(assistant: Assistant):
    # "it" is the pothole, not the board's chair or the Community Trigger
    ans = assistant.ask("A massive pothole has opened up on our road. 1) Who is responsible for it? "
                        "2) What is the exact process for reporting it? 3) How long will the repair take?")
    assert ans.kind == "decline", (ans.intent, ans.text[:80])
    # a part with a subject of its own is still its own question
    two = assistant.ask("Who chairs the CDP board? And which sub-group deals with hate crime?")
    assert "Coaker" in two.text and "hate crime" in two.text.lower()


def test_words_of_place_that_name_nothing_do_not_pick_a_help_topic(assistant: Assistant):
    # "anywhere" is no topic: the question is about radicalisation (Prevent), not domestic abuse
    ans = assistant.ask("My cousin has been watching extremist videos and talking about 'them lot' taking over. Does "
                        "anyone in Nottingham deal with radicalisation, and can he get support before this goes anywhere?")
    assert ans.intent == "owner-prevent", (ans.intent, ans.text[:80])


def test_a_charity_s_name_made_of_common_words_is_one_name(assistant: Assistant):
    # SafeLives (a charity) is not "safe" and "live": someone who lives somewhere safe now asks for support
    ans = assistant.ask("He hit me for years before I left. He doesn't know where I live and I'm safe now. "
                        "I still get nightmares though. Who could I talk to?")
    assert ans.intent != "juno-qualifications" and "0808 800 0340" in ans.text, (ans.intent, ans.text[:80])
    assert assistant.ask("how many juno managers got the safe lives qualification").intent == "juno-qualifications"


def test_someone_else_not_knowing_is_a_statement_not_a_question(assistant: Assistant):
    from bot.query import prepare

    q = prepare("He doesn't know where I live now. Who could I talk to?", assistant.matcher)
    assert q.asking == ("who could i talk to",), q.asking


@pytest.mark.parametrize(
    "message, expected",
    [
        ("been on brown since school, how do I get on a script round here", "help-drugs-alcohol"),
        ("my flatmate does ket every weekend, where can I get straight info on the risks", "help-drugs-alcohol"),
    ],
)
def test_drug_slang_and_treatment_words_find_drugs_help(assistant: Assistant, message: str, expected: str):
    assert assistant.ask(message).intent == expected


def test_a_chat_burst_of_short_lines_is_one_message_with_its_question_last(assistant: Assistant):
    from bot.query import prepare

    burst = ("hi\nsorry this is long\nmy g's girl is 17\nher man tracks her location and reads her phone\n"
             "she cried to me twice\nshe dont wanna tell her mum\nwhere can she get help")
    # the lines that tell are the story of the one question, not questions of their own
    assert len(prepare(burst, assistant.matcher).parts) == 1
    ans = assistant.ask(burst)
    assert ans.intent == "help-domestic-abuse" and "0808 800 0340" in ans.text, (ans.intent, ans.text[:80])
    # lines that each ask are still questions of their own
    two = prepare("who chairs the cdp board?\nwhat are the priorities for 2023/24", assistant.matcher)
    assert len(two.parts) == 2
    listed = prepare("quick q's for monday:\n- who chairs the board\n- the 2023 priorities", assistant.matcher)
    assert len(listed.parts) == 3, [p.text for p in listed.parts]


def test_one_parent_hurting_the_other_is_domestic_abuse(assistant: Assistant):
    ans = assistant.ask("my dad gets drunk and hits my mum, its been going on for ages\nim 13, who can me or my mum talk to")
    assert "0808 800 0340" in ans.text and not ans.crisis, (ans.intent, ans.text[:120])
    # parents named together are no harm
    assert "0808 800 0340" not in assistant.ask("my mum and dad are worried about my brother's drinking, where can he get help").text


def test_that_with_nothing_after_it_points_back_to_what_was_named():
    from bot.assistant import _points_back
    from bot.query import POINTS_BACK

    def points(sentence: str) -> bool:
        m = POINTS_BACK.match(sentence)
        return m is not None and _points_back(m)

    assert points("who even runs that in nottingham is it the police")
    assert points("who deals with that")
    assert not points("is this the exploitation thing people talk about")
    assert not points("what does that board do")


def test_accounts_tagged_in_a_post_are_no_words_of_the_question(assistant: Assistant):
    plain = assistant.ask("are the two universities part of the partnership?")
    tagged = assistant.ask("@NottsCDP @NottmCityCouncil are the two universities part of the partnership? students keep asking me #freshers")
    assert tagged.intent == plain.intent == "voluntary-members", (plain.intent, tagged.intent)


def test_a_sentence_is_read_in_the_light_of_the_whole_message(assistant: Assistant):
    # "3 yrs" and "years ago" alone point at the three-year plan; the message is about heroin treatment
    ans = assistant.ask("hiya\nits about my brother\nhes been on heroin 3 yrs\nwas on a script once years ago but it all fell "
                        "apart when he moved\nhes lost loads of weight\nhe says hes ready this time\nwhere does he go in the city for treatment")
    assert ans.intent == "help-drugs-alcohol", (ans.intent, ans.text[:80])


def test_someone_who_grabbed_a_partner_gets_the_line_for_their_own_behaviour(assistant: Assistant):
    ans = assistant.ask("Grabbed my girlfriend by the wrist in an argument and left marks. Not proud of it. "
                        "Who can I talk to about sorting myself out?")
    assert "0808 802 4040" in ans.text and not ans.crisis, (ans.intent, ans.text[:120])


def test_wanting_a_voice_at_night_is_wanting_someone_to_talk_to(assistant: Assistant):
    ans = assistant.ask("night shifts at the care home. every night about 3am i feel rubbish. not going to do anything silly, just need a voice")
    assert ans.intent == "help-mental-health" and "116 123" in ans.text, (ans.intent, ans.text[:80])


def test_a_partner_looking_after_her_bank_card_is_control():
    from bot.questions import CONTROL

    assert CONTROL.search("her husband looks after her bank card and she goes quiet when he walks in")
    assert CONTROL.search("he keeps my wages")
    assert not CONTROL.search("my mum looks after the kids on fridays")


def test_is_this_normal_asks_about_the_story_not_a_topic_of_its_own(assistant: Assistant):
    from bot.query import prepare

    # "is that normal?" names no subject: the story (damp and a landlord, which the documents do not cover) is what is asked
    ans = assistant.ask("There's black mould up the bedroom wall and the baby's clothes smell of it, the landlord blames us "
                        "for drying washing inside. Is that normal?")
    assert ans.kind == "decline", (ans.intent, ans.text[:80])
    assert prepare("My dad drinks every day and gets nasty. Am I overreacting?", assistant.matcher).question is None


def test_the_boss_of_the_partnership_is_its_chair(assistant: Assistant):
    assert "Coaker" in assistant.ask("who's the boss of the partnership, is it one person?").text


def test_a_question_about_the_partnerships_own_work_is_not_answered_with_help(assistant: Assistant):
    from bot.questions import ABOUT_THE_WORK

    assert ABOUT_THE_WORK.search("which part of the crime and drugs partnership is responsible for hate crime")
    assert ABOUT_THE_WORK.search("is hate crime actually one of nottinghams priorities and is there any target for it")
    # a victim asking where to report is asking for help
    assert not ABOUT_THE_WORK.search("which group deals with hate crime so she can report it")
    assert not ABOUT_THE_WORK.search("is there priority housing for women leaving abuse")
    ans = assistant.ask("I chair a residents' group in Bulwell. After racist graffiti on the community centre last month, "
                        "members asked me to find out which part of the crime and drugs partnership is responsible for hate crime.")
    assert ans.intent == "owner-hate-crime", (ans.intent, ans.text[:80])


@pytest.mark.parametrize(
    "message",
    [
        "Someone nicked my bag off the back of my chair in a bar two weeks ago. I'm fine. How do I report it if it's not an emergency?",
        "a lad threatened me with a bottle at the bus station last month, im safe now, who do i report it to",
        "whats the number for the police when its not 999",
    ],
)
def test_reporting_a_crime_that_is_over_gets_101_without_a_crisis_reply(assistant: Assistant, message: str):
    ans = assistant.ask(message)
    assert "help-report-crime" in ans.intents and "101" in ans.text and not ans.crisis, (ans.intent, ans.text[:80])
    assert ans.text.index("999") < ans.text.index("101"), "the 999 line comes first, for anyone who is in danger"


def test_a_number_for_each_of_several_named_helplines_is_what_the_answer_gives(assistant: Assistant):
    # "include each phone number" names whose numbers before it; "so staff can save them" names nobody
    ans = assistant.ask("For our staff room poster I need Galop and Karma Nirvana. Which is for what? "
                        "Please include each phone number so staff can save them.")
    assert "0800 999 5428" in ans.text and "0800 5999 247" in ans.text, (ans.intent, ans.text[:80])


def test_a_threat_to_complain_is_no_threat_of_harm(assistant: Assistant):
    got = assistant.ask("The woman next door is threatening to report my dad for noise right now, ha. "
                        "Anyway, how many complaints before we can use the Community Trigger?")
    assert not got.crisis and "Community Trigger" in got.text, got.text[:120]


def test_a_couple_telling_their_story_together_names_no_partner_who_hurts(assistant: Assistant):
    # "me and my wife" are the ones troubled: the harm is someone else's
    ans = assistant.ask("Me and my wife have lived on this street for twenty years. Since the summer the new tenants opposite "
                        "have parties till 5am and someone smashed our wing mirror. We've reported it six times since July. "
                        "Is there a way to make the council and police review it properly?")
    assert ans.intent == "community-trigger" and "0808 800 0340" not in ans.text, (ans.intent, ans.text[:80])
    # ...unless the harm is done to someone: a writer who hurts their partner
    ans = assistant.ask("me and my girlfriend row a lot. last week I grabbed her arm and pushed her into the wall. "
                        "i want to stop. is there anyone who helps people like me?")
    assert "0808 802 4040" in ans.text, (ans.intent, ans.text[:80])


@pytest.mark.parametrize(
    "message",
    [
        # someone being dated is a partner; wanting her location all day and sulking when she sees friends is control
        "Been seeing a lad I met on Tinder since spring. He wants my location on all day and goes quiet for days if I see "
        "my mates. Is this abuse and who can I talk to?",
        # marks left when he has had a drink: domestic abuse help, not the emergency page
        "My husband is fine sober but after a few he grabbed my arms hard enough to leave marks. I'm safe tonight, he's at "
        "his brother's. Does it count as abuse if it's the drink, and who can I speak to?",
    ],
)
def test_a_partner_met_on_an_app_or_hurting_when_drunk_gets_domestic_abuse_help(assistant: Assistant, message: str):
    ans = assistant.ask(message)
    assert "0808 800 0340" in ans.text and not ans.crisis, (ans.intent, ans.text[:80])


def test_tips_are_not_a_tip_off(assistant: Assistant):
    assert assistant.ask("any tips for getting a baby to sleep through? tried everything").intent != "help-anonymous"


def test_things_thrown_at_someone_by_a_partner_is_harm(assistant: Assistant):
    ans = assistant.ask("my husband throws things at me when he's been drinking. last week a plate cut my hand. i'm a man, "
                        "is there a line for men?")
    assert "0808 801 0327" in ans.text, (ans.intent, ans.text[:80])


def test_the_year_a_question_names_wins_over_a_year_the_story_mentions(assistant: Assistant):
    ans = assistant.ask("My notes from training have the 2022/23 list (hate crime, ASB, Prevent and so on), but I'm told "
                        "there's a newer one. What are the partnership's strategic priorities for 2023/24?")
    assert "Housing" in ans.text and "Serious Violence" in ans.text, (ans.intent, ans.text[:120])


def test_clauses_that_fit_two_situations_follow_the_whole_message_when_it_plainly_reads_as_one(assistant: Assistant):
    ans = assistant.ask("In Tesco yesterday a mum slapped her little girl across the face twice and dragged her by the wrist, "
                        "the kid had old bruises on her arms. I got the car reg. Who do I pass this to?")
    assert ans.kind != "clarify" and "0808 800 5000" in ans.text, (ans.kind, ans.intent, ans.text[:80])


def test_a_swastika_is_hate_crime(assistant: Assistant):
    ans = assistant.ask("Saw a swastika painted on the mosque door on my way to the gym this morning. Who do I report it to?")
    assert ans.intent == "help-hate-crime", (ans.intent, ans.text[:80])


@pytest.mark.parametrize(
    "message",
    [
        "my flat has been cuckooed",
        "A dealer and his lads have been selling from my kitchen for weeks and they've got my spare key. "
        "I feel like a prisoner in my own home. Who do I tell?",
    ],
)
def test_dealers_taking_over_a_home_is_exploitation(assistant: Assistant, message: str):
    assert "08000 121 700" in assistant.ask(message).text


def test_a_list_that_starts_with_capitals_is_split_into_its_questions(assistant: Assistant):
    # "First, ... Second, ..." at the start of sentences is a list of questions, whatever the case
    ans = assistant.ask("Our charity is preparing a bid for a specialist outreach service for older and disabled women who have "
                        "been abused, and the funder wants us to set out the local strategic governance accurately. A couple of "
                        "points are unclear. First, which sub-group of the partnership gives strategic direction on domestic and "
                        "sexual violence? Second, we have read that the Domestic Abuse Act 2021 needs a statutory local board; "
                        "in Nottingham which body plays that part, and do local services sit on it?")
    assert "Strategy Group" in ans.text and "Local Partnership Board" in ans.text, (ans.intents, ans.text[:120])
