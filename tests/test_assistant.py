"""Behaviour of Assistant.ask that a user would notice, on the real embedded knowledge base."""
from __future__ import annotations

import re

import pytest

from bot.assistant import Assistant
from bot.matcher import Candidate
from bot.policy import Policy, decide

PHONE = re.compile(r"\b0\d{3} ?\d{3} ?\d{4}\b")


# --- answering, with sources ---------------------------------------------------------------

def test_answer_names_its_source_and_date(assistant: Assistant):
    a = assistant.ask("Who is the independent chair of the CDP board?")
    assert a.intent == "chair"
    assert "Coaker" in a.text
    assert a.sources and a.sources[0].document == "scrutiny-2023"
    assert "Source: Report to Overview and Scrutiny Committee" in a.text
    assert "as of 4 January 2023" in a.text
    assert 0.5 <= a.confidence <= 1


@pytest.mark.parametrize(
    "question,intent",
    [
        ("whos the chair of the cdp", "chair"),
        ("what does the Crime and Drugs Partnership do", "cdp-what"),
        ("wot r the prioritys", "priorities"),
        ("which group deals with ASB", "owner-asb"),
        ("who looks after hate crime and community cohesion", "owner-hate-crime"),
        ("what is a DHR", "dhr-what"),
        ("how do i get a copy of a domestic homicide review report", "dhr-request"),
        ("my boyfriend hits me where can i get help", "help-domestic-abuse"),
        ("where can i get help with drugs", "help-drugs-alcohol"),
        ("how do i report racist abuse", "help-hate-crime"),
        ("i think my neighbour is being made to work for no pay", "help-modern-slavery"),
        ("what does SERAC stand for", "set-serac"),
    ],
)
def test_plain_slang_and_acronym_questions_find_their_intent(assistant: Assistant, question, intent):
    a = assistant.ask(question)
    assert intent in a.intents, (a.intent, a.text[:200])


def test_typos_are_forgiven(assistant: Assistant):
    assert "help-domestic-abuse" in assistant.ask("where can i get hlep with domestc abuse").intents
    assert "owner-asb" in assistant.ask("which group manages anit socail behavour").intents


def test_rambling_message_still_finds_its_intent(assistant: Assistant):
    msg = (
        "Hi there, sorry to bother you, I don't really know who to ask. For months the people "
        "next door have been playing really loud music at 3am, shouting in the street and I've "
        "rung the council loads of times and nothing ever happens. What can I actually do?"
    )
    a = assistant.ask(msg)
    assert a.intent is not None and a.topic in ("help", "asb"), a.intent
    assert "Community Trigger" in a.text or "101" in a.text


# --- must not confuse ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "question,wanted,unwanted",
    [
        ("where can i get help with drugs", "help-drugs-alcohol", "help-domestic-abuse"),
        ("my partner is abusive, who can help", "help-domestic-abuse", "help-drugs-alcohol"),
        ("domestic abuse helpline", "help-domestic-abuse", "dhr-what"),
        ("what is a domestic homicide review", "dhr-what", "help-domestic-abuse"),
        ("how do I report a hate crime", "help-hate-crime", "help-asb"),
        ("how do I report anti-social behaviour", "help-asb", "help-hate-crime"),
    ],
)
def test_must_not_confuse(assistant: Assistant, question, wanted, unwanted):
    a = assistant.ask(question)
    assert wanted in a.intents and unwanted not in a.intents, a.intents


def test_domestic_alone_is_not_a_confident_answer_about_both(assistant: Assistant):
    a = assistant.ask("domestic")
    assert a.intent in (None, "clarify") or a.confidence < 0.9


# --- threshold: answer / clarify / decline ---------------------------------------------------

@pytest.mark.parametrize(
    "question",
    [
        "What will the weather be like in Nottingham tomorrow?",
        "who won the football last night",
        "How do I apply for a parking permit?",
        "Who leads Derby's community safety partnership?",
        "How many police officers does Nottinghamshire have?",
        "kk",
        "tell me a joke",
        "how do I get a passport",
        "is weed legal",
        "recommend a good solicitor",
    ],
)
def test_out_of_scope_is_declined_with_a_way_forward(assistant: Assistant, question):
    a = assistant.ask(question)
    assert a.intent is None, (a.intent, a.text[:120])
    assert a.suggestions, "a decline offers the menu"
    assert "999" in a.text


def test_known_out_of_scope_topic_says_why_but_a_near_neighbour_still_answers(assistant: Assistant):
    declined = assistant.ask("how do I get a passport")
    assert declined.intent is None and declined.text.startswith("Passports")
    assert "08000 121 700" not in declined.text  # not the modern slavery helpline
    assert assistant.answer_intent("elsewhere-passport").intent is None  # buttons and baselines too
    helped = assistant.ask("my boss took my passport and makes me work for nothing")
    assert helped.intent == "help-modern-slavery" and "08000 121 700" in helped.text


@pytest.mark.parametrize(
    "question,intent,figure",
    [
        ("how many sub groups are there", "subgroups", "seven"),
        ("how many stages are there in the asb model", "asb-enforcement", "five"),
        ("how many calls did juno get", "juno-figures", "17,320"),
    ],
)
def test_how_many_is_answered_with_a_count_of_that_thing(assistant: Assistant, question, intent, figure):
    a = assistant.ask(question)
    assert a.intent == intent and figure in a.text


@pytest.mark.parametrize(
    "question",
    [
        "how many DHRs are there",  # "Section 9", "13 April 2011" and "one of" are not counts
        "how many domestic homicide reviews has nottingham published",
        "can i have lord coakers phone number",  # the chair is named, but no number of his is held
    ],
)
def test_asking_for_a_figure_or_a_number_the_documents_lack_is_declined(assistant: Assistant, question):
    a = assistant.ask(question)
    assert a.intent is None, (a.intent, a.text[:100])


def _cand(intent: str, score: float, weight: float = 5.0, overlap: float = 0.8) -> Candidate:
    return Candidate(intent, score, coverage=1.0, overlap=overlap, fuzz=0.8, matched_weight=weight)


def test_close_call_asks_did_you_mean():
    """The policy: two candidates within `gap` of each other ask; a clear lead answers."""
    policy = Policy()
    plain = {"is_help": lambda _i: False, "related": lambda _a, _b: False}
    close = decide(policy, [_cand("a", 0.60), _cand("b", 0.58)], **plain)
    assert close.kind == "clarify" and close.rule == "too-close" and "gap 0.05" in close.reason
    clear = decide(policy, [_cand("a", 0.70), _cand("b", 0.58)], **plain)
    assert clear.kind == "answer" and clear.rule == "confident"
    related = decide(policy, [_cand("a", 0.60), _cand("b", 0.58)], is_help=plain["is_help"], related=lambda _a, _b: True)
    assert related.kind == "answer"  # related intents answer together, never "did you mean"
    weak = decide(policy, [_cand("a", 0.60, weight=1.0, overlap=0.5), _cand("b", 0.58)], **plain)
    assert weak.kind == "none" and weak.rule == "too-little-evidence"


def test_help_named_by_its_key_phrase_is_not_taken_away_by_a_close_out_of_scope_topic():
    """Recall-first: "racist abuse" (a help intent's key phrase) beside a close out-of-scope topic
    gets the help; without the key phrase, or against a topic that scores as well, the topic counts."""
    policy = Policy()
    hooks = {"is_help": lambda i: i == "help", "related": lambda _a, _b: False, "is_out_of_scope": lambda i: i.startswith("elsewhere")}
    keyed = Candidate("help", 0.55, coverage=0.7, overlap=0.5, fuzz=0.6, matched_weight=9.0, keyword=True)
    unkeyed = Candidate("help", 0.55, coverage=0.7, overlap=0.5, fuzz=0.6, matched_weight=9.0, keyword=False)
    rival = _cand("elsewhere-other", 0.47)  # the catch-all of near misses
    d = decide(policy, [keyed, rival], **hooks)
    assert d.kind == "answer" and d.best is not None and d.best.intent == "help", d.rule
    assert decide(policy, [unkeyed, rival], **hooks).rule == "near-out-of-scope"
    assert decide(policy, [keyed, _cand("elsewhere-custody", 0.55)], **hooks).rule == "near-out-of-scope"  # as good a score


def test_a_close_call_on_the_real_knowledge_asks_did_you_mean(assistant: Assistant):
    a = assistant.ask("asb numbers", explain=True)
    assert a.kind == "clarify" and a.intent == "clarify"
    assert len(a.choices) == 2 and all(c.intent in assistant.kb.intents for c in a.choices)
    assert "Did you mean" in a.text and a.explain and a.explain["rule"] == "too-close"


def test_clarify_offers_two_real_intents(kb_copy, tmp_path):
    """Two intents that fit a short question equally well give "did you mean A or B?", not a guess."""
    from tests.conftest import make_config

    (kb_copy / "intents" / "zz_test.yaml").write_text(
        "topic: test\nintents:\n"
        "  - id: zebra-wardens\n    title: Zebra crossing wardens\n    examples: [zebra crossing wardens rota]\n"
        "    answer: Wardens.\n    sources: [{doc: scrutiny-2023, section: '1.1'}]\n"
        "  - id: zebra-patrols\n    title: Zebra crossing patrols\n    examples: [zebra crossing patrols timetable]\n"
        "    answer: Patrols.\n    sources: [{doc: scrutiny-2023, section: '1.1'}]\n"
    )
    a = Assistant.load(config=make_config(tmp_path, kb_copy))
    found = a.ask("zebra crossing")
    assert found.intent == "clarify", (found.intent, found.text)
    assert sorted(found.suggestion_intents) == ["zebra-patrols", "zebra-wardens"]
    assert "Did you mean" in found.text and len(found.suggestions) == 2


# --- year-aware answers ----------------------------------------------------------------------

def test_priorities_default_to_newest_and_say_as_of(assistant: Assistant):
    a = assistant.ask("what are the partnership's priorities?")
    assert a.intent == "priorities"
    assert "Housing" in a.text and "Serious Violence" in a.text
    assert "as of" in a.text
    assert "2016/17" in a.text  # offers the other years


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        ("priorities in 2016", "Burglary", "Housing"),
        ("what were the priorities for 2022/23", "Prevent", "Housing & Homelessness"),
        ("priorities 2021/22", "Weapon Enabled", "Housing"),
    ],
)
def test_named_year_gets_that_years_version(assistant: Assistant, question, expected, absent):
    a = assistant.ask(question)
    assert a.intent == "priorities"
    assert expected in a.text and absent not in a.text


def test_year_with_no_version_is_said_plainly(assistant: Assistant):
    a = assistant.ask("what are the priorities for 2030")
    assert a.intent is None
    assert "2030" in a.text and "2023/24" in a.text


def test_financial_year_is_not_answered_by_the_overlapping_one(assistant: Assistant):
    a = assistant.ask("what are the priorities for 2024/25")
    assert a.intent is None
    assert "2024/25" in a.text and "2023/24" in a.text  # says what it has instead
    assert "Vulnerability & Exploitation" not in a.text


def test_answer_intent_for_commands(assistant: Assistant):
    a = assistant.answer_intent("priorities", year="2016")
    assert "Burglary" in a.text
    assert assistant.answer_intent("no-such-intent").intent is None


# --- crisis first ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "Someone is attacking me right now",
        "my husband says he's going to kill me tonight",
        "he's got a knife and he's outside the door",
        "my mate has overdosed and won't wake up",
        "I want to end my life",
        "a child is being hurt next door right now",
        "i want to end it tonight",
        "being followed home rn, same car 3 times, im scared",
        "someones breaking in downstairs i can hear them",
        "friend did ket n gear and his lips r going blue",
        "he's poured petrol in the hall and says he'll burn the house down with us in it",
        "cant breathe after he choked me",
        "gonna do something stupid tonight",
        "i think my friend's been spiked she can't stand up",
        "there's a gang outside with bats",
        "my husband's choking me",
        "im locked in a van",
        "no point going on, said my goodbyes",
        "pls help he dragged my sister into his car and drove off",
        "he has locked me n the kids in and took my phone",
        "he's threatening to kill himself",
        "found my brother hanging",
        "my dad's got chest pains and he's gone grey",
        "theres a man following me",
        "there's a man in my garden with a crowbar",
        "my ex has just turned up and is smashing all the windows",
    ],
)
def test_crisis_puts_999_first(assistant: Assistant, message):
    a = assistant.ask(message)
    assert a.crisis
    assert a.text.startswith(a.crisis_text)
    assert "999" in a.text.splitlines()[0]


def test_crisis_then_the_relevant_helpline(assistant: Assistant):
    a = assistant.ask("my boyfriend is hitting me right now")
    assert a.crisis and "999" in a.text.splitlines()[0]
    assert "0808 800 0340" in a.text  # Juno, from contacts.yaml
    s = assistant.ask("I'm going to kill myself")
    assert "116 123" in s.text


def test_crisis_is_followed_only_by_signposting(assistant: Assistant):
    a = assistant.ask("he's locked me in and won't let me out")
    assert a.crisis and a.text == a.crisis_text  # no partnership facts under the 999 line


def test_ordinary_question_is_not_a_crisis(assistant: Assistant):
    for q in (
        "what is a domestic homicide review",
        "knife crime priorities",
        "how is serious violence managed",
        "how do I report someone who broke into my shed last month",
        "my daughter keeps asking what the partnership does",
        "I'm dying to know who the chair is",
        "which group deals with weapon enabled offending",
        "i was attacked last year, can i still report it",
        "what does the partnership do about suicide prevention",
        "my mum won't let me go out with my mates",
        "which group is following up on the strategic assessment",
        "kids hanging around the shops every night",
        "someone smashed my car window last week, who do I report it to",
    ):
        assert not assistant.ask(q).crisis, q


# --- several questions in one message ----------------------------------------------------------

def test_two_questions_get_two_answers_each_sourced(assistant: Assistant):
    a = assistant.ask("who chairs the board and what are the priorities?")
    assert "chair" in a.intents and "priorities" in a.intents
    assert "Coaker" in a.text and "Housing" in a.text
    assert a.text.count("Source:") >= 2


def test_juno_and_asb_complaint(assistant: Assistant):
    a = assistant.ask("what's Juno, and who do I complain to about ASB on my road?")
    assert len(a.intents) == 2, a.intents
    assert "Juno" in a.text and ("101" in a.text or "Community Trigger" in a.text)


# --- passage fallback --------------------------------------------------------------------------

def test_passage_fallback_quotes_and_cites(kb_copy, tmp_path):
    """With the intent that covers it removed, a document-only question gets a cited extract."""
    import yaml

    from tests.conftest import make_config

    path = kb_copy / "intents" / "strategy.yaml"
    data = yaml.safe_load(path.read_text())
    data["intents"] = [i for i in data["intents"] if i["id"] != "hypothesis-testing"]
    for i in data["intents"]:
        i["related"] = [r for r in i.get("related", []) if r != "hypothesis-testing"]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    for phr in (kb_copy / "phrasings").glob("*.yaml"):
        more = yaml.safe_load(phr.read_text())
        more.pop("hypothesis-testing", None)
        phr.write_text(yaml.safe_dump(more, sort_keys=False))
    a = Assistant.load(config=make_config(tmp_path, kb_copy))
    ans = a.ask("hypothesis testing Berridge youth centre")
    assert ans.intent == "passage", (ans.intent, ans.text[:200])
    assert "extract" in ans.text and "Berridge" in ans.text
    assert ans.sources and ans.sources[0].document == "slides-2016"
    assert "as of March 2016" in ans.text


def test_passage_fallback_does_not_invent_confidence(assistant: Assistant):
    a = assistant.ask("what is the chief constable's salary")
    assert a.intent is None


# --- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "message",
    ["", "   ", "🙂🙂🙂", "....", "<b>bold</b> <script>alert(1)</script>", "x" * 5000, "help " * 1000,
     "\x00\x01\x02", "\ud800 lone surrogate", "SELECT * FROM intents; DROP TABLE intents;--"],
)
def test_bad_input_gets_a_clear_reply(assistant: Assistant, message):
    a = assistant.ask(message)
    assert a.text.strip()
    assert "<script" not in a.text and "<b>" not in a.text


def test_ask_never_raises_on_non_strings(assistant: Assistant):
    for value in (None, 42, b"bytes", ["list"]):
        assert assistant.ask(value).text  # type: ignore[arg-type]


def test_markup_is_not_echoed(assistant: Assistant):
    a = assistant.ask("<img src=x onerror=alert(1)> who chairs the board")
    assert "<img" not in a.text


# --- contacts are only the vetted ones ---------------------------------------------------------

def test_help_answers_use_only_vetted_numbers(assistant: Assistant):
    vetted = {re.sub(r"\D", "", c.phone) for c in assistant.kb.contacts.values() if c.phone}
    for q in ("domestic abuse help", "drug help", "report hate crime", "modern slavery help", "report asb"):
        text = assistant.ask(q).text
        for number in PHONE.findall(text):
            assert re.sub(r"\D", "", number) in vetted, number
        assert not assistant.vetting.unvetted(text)


def test_a_dhr_report_request_points_to_the_vetted_page_and_invents_no_email(assistant: Assistant):
    """contacts.yaml holds no e-mail for DHR requests: the answer gives the page that has it."""
    a = assistant.ask("how do I request a DHR overview report")
    assert a.intent == "dhr-request" and assistant.kb.contacts["cdp-page"].web in a.text
    assert not assistant.kb.contacts["cdp-page"].email and "@" not in a.text


# --- the decision: kinds, the policy's thresholds and the trace -------------------------------------

def test_every_reply_says_what_kind_it_is(assistant: Assistant):
    assert assistant.ask("who chairs the board").kind == "answer"
    assert assistant.ask("what is the weather like tomorrow").kind == "decline"
    assert assistant.ask("bcdfg hjkl").kind == "junk" and assistant.ask("....").kind == "junk"
    crisis = assistant.ask("i am going to kill myself")
    assert crisis.crisis and crisis.kind == "crisis"
    both = assistant.ask("who chairs the board and what are the priorities")
    assert both.kind == "answer" and len(both.intents) == 2


def test_the_policy_thresholds_decide(kb_copy, tmp_path):
    """A stricter answer_at turns an answer into a decline, and the trace names the rule and number."""
    from bot.policy import Policy
    from tests.conftest import make_config

    cfg = make_config(tmp_path, kb_copy)
    lax = Assistant.load(config=cfg).ask("who chairs the board", explain=True)
    cfg.policy = Policy(answer_at=1.5, sure_at=2.0)
    strict = Assistant.load(config=cfg).ask("who chairs the board", explain=True)
    assert lax.kind == "answer" and strict.kind == "decline"
    assert lax.explain and lax.explain["rule"] == "confident" and "answer_at 0.5" in str(lax.explain["reason"])
    assert strict.explain and any(s["rule"] == "not-sure" and "answer_at 1.5" in s["reason"] for s in strict.explain["steps"])


def test_explain_shows_the_prepared_query_the_candidates_and_the_rule(assistant: Assistant):
    a = assistant.ask("how many sub groups are there in 2030", explain=True)
    ex = a.explain
    assert ex is not None
    assert ex["query"]["years"] == "2030" and "sub" in " ".join(ex["query"]["tokens"])
    assert ex["candidates"] and {"intent", "score", "coverage", "overlap", "fuzz", "evidence"} <= set(ex["candidates"][0])
    assert ex["rule"] and ex["reason"]
    assert assistant.ask("who chairs the board").explain is None  # only when asked for


def test_the_debug_log_carries_the_trace_without_the_words(assistant: Assistant, caplog):
    import logging

    caplog.set_level(logging.DEBUG, logger="bot.assistant")
    assistant.ask("my neighbour zebraquokka plays loud music")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "decision: steps:" in logged and "decision: candidates:" in logged
    assert "zebraquokka" not in logged and "neighbour" not in logged
    caplog.clear()
    # a request for help that names its topic: the step says which help, not the topic's words
    assistant.ask(
        "Door staff at a club on the Lace Market. We keep finding little wraps in the toilets and a few regulars are "
        "obviously using. Is there somewhere I can point them for straight, no-judgement info about drugs?"
    )
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "help-topic" in logged
    assert "judgement" not in logged and "wraps" not in logged and "Lace" not in logged and "'drugs'" not in logged


def test_help_answers_that_name_999_say_it_in_their_first_lines(assistant: Assistant):
    """A danger the checks miss still meets the 999 line early when the help for its situation
    answers: every help answer for a situation that can be dangerous (domestic abuse, sexual
    violence, drugs and alcohol, mental health ...) that names 999 says it within its first 200
    characters."""
    from bot.assistant import CRISIS_SITUATIONS

    late = []
    for intent in assistant.kb.intents.values():
        if intent.kind != "help" or (intent.situation or intent.id) not in CRISIS_SITUATIONS:
            continue
        text = assistant.answer_intent(intent.id).text
        if "999" in text and "999" not in text[:200]:
            late.append(intent.id)
    assert late == []
