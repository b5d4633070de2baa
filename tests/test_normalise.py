from bot.index import normaliser_for
from bot.knowledge import load_knowledge
from bot.config import DEFAULT_KNOWLEDGE
from bot.normalise import Years, find_years, fold, spoken_years, stem, strip_years

import pytest


@pytest.fixture(scope="module")
def norm():
    return normaliser_for(load_knowledge(DEFAULT_KNOWLEDGE))


def test_fold_drops_case_accents_and_punctuation():
    assert fold("Café's  ANTI-social behaviour!!") == "cafes anti social behaviour"


def test_acronyms_and_spellings_meet_their_long_forms(norm):
    assert norm.tokens("ASB") == norm.tokens("anti-social behaviour") == norm.tokens("antisocial behavior")
    assert norm.tokens("DHR") == norm.tokens("Domestic Homicide Review")
    assert norm.tokens("my neighbor") == norm.tokens("my neighbour")
    assert norm.tokens("SERAC") == norm.tokens("slavery exploitation risk assessment conference")


def test_case_sensitive_acronym_only_in_capitals(norm):
    assert "slavery" in norm.tokens("What does SET do?")
    assert "slavery" not in norm.tokens("who set the priorities")


def test_slang_folds_to_the_topic(norm):
    assert "heroin" in norm.tokens("my mate is on smack")
    assert "alcohol" in norm.tokens("my dad is pissed every night")
    assert "partner" in norm.tokens("my fella hits me")


def test_stop_words_go_and_stems_meet(norm):
    assert norm.tokens("What are the priorities?") == norm.tokens("priority")
    assert stem("reviews") == stem("review")
    assert stem("abused") == stem("abuse")


@pytest.mark.parametrize(
    "text,financial,bare",
    [
        ("priorities for 2022/23", (2022,), ()),
        ("priorities 2022-2023", (2022,), ()),
        ("what about 22/23", (2022,), ()),
        ("in 2016", (), (2016,)),
        ("the 2015-20 targets", (), (2015,)),
        ("no year here, 14,007 incidents", (), ()),
        ("juno call volumes 21-22", (2021,), ()),
        ("women supported apr 21 - mar 22", (2021,), ()),
        ("April 2021 to March 2022", (2021,), ()),
        ("support for kids aged 15-16", (), ()),
        ("10-11 year olds", (), ()),
        ("call 0808 800 0340", (), ()),
        ("total crime to nov 22", (), (2022,)),
        ("approved on march 15 2021", (), (2021,)),
        ("since may 10", (), ()),
    ],
)
def test_find_years(text, financial, bare):
    y = find_years(text)
    assert y.financial == financial and y.bare == bare


def test_common_english_words_are_not_corrected_but_typos_are(assistant):
    matcher = assistant.matcher
    assert matcher.correct_text("heard brought stuff") == "heard brought stuff"
    assert matcher.correct_text("domestc abuse") == "domestic abuse"
    assert matcher.correct_text("drinkin n stoppin") == "drinking n stopping"  # a dropped g


@pytest.mark.parametrize("said, written", [
    ("priorities for twenty twenty three twenty four", "priorities for 2023/24"),
    ("income in twenty fifteen sixteen", "income in 2015/16"),
    ("calls in twenty twenty one to twenty two", "calls in 2021/22"),
    ("the twenty twenty one to twenty twenty four plan", "the 2021-2024 plan"),
    ("two thousand and sixteen", "2016"),
    ("twenty people and I am twenty two", "twenty people and I am twenty two"),
])
def test_years_said_aloud_are_read_as_years(said: str, written: str):
    assert spoken_years(said) == written


def test_a_word_or_pair_said_over_and_over_is_cut_to_three():
    from bot.normalise import collapse_repeats

    assert collapse_repeats("help help help help help me") == "help help help me"
    assert collapse_repeats("child missing " * 6) == "child missing child missing child missing"
    assert collapse_repeats("no no no, who chairs\nthe board") == "no no no, who chairs\nthe board"  # untouched


def test_repetition_changes_nothing_that_matters(assistant):
    assert assistant.ask("please " * 300 + "who chairs the board").intent == "chair"
    assert assistant.ask("help " * 500 + "he is hitting me right now").crisis


def test_a_year_range_in_words_is_one_period():
    assert find_years("the plan for 2021 to 2024") == Years(financial=(), bare=(2021,))
    assert strip_years("the plan for 2021 to 2024").split() == ["the", "plan", "for"]


def test_an_age_is_no_figure_asked_about():
    assert strip_years("my granddaughter told me, she is 20 and won't go to the police").split()[-6:] == ["and", "won't", "go", "to", "the", "police"]
    assert "14" not in strip_years("im 14 n things at home are bad")
    assert strip_years("what is 17 times 23") == "what is 17 times 23"
    assert "20%" in strip_years("the target is 20%")


def test_the_document_someone_cites_is_not_what_they_ask_about():
    norm = normaliser_for(load_knowledge(DEFAULT_KNOWLEDGE))
    cited = norm.tokens("Going by the latest report to the scrutiny committee, how many people finished drug treatment?")
    assert "report" not in cited and "scrutiny" not in cited and "drug" in cited
    assert "report" in norm.tokens("what did the report to scrutiny cover")


def test_the_year_in_a_laws_name_is_not_a_year_asked_about():
    assert find_years("what does the Domestic Abuse Act 2021 say about boards") == Years()
    assert find_years("the Police and Justice Act 2006 and the priorities in 2021") == Years(bare=(2021,))


def test_a_child_named_by_their_age_is_a_child():
    assert "child" in strip_years("my 14-year-old won't talk to me").split()
    assert "child" not in strip_years("my 24-year-old won't talk to me").split()


def test_a_situation_told_without_its_name_also_says_the_name(norm):
    # a word of every group, anywhere in the text, in any order
    told = norm.words("Her family are planning her wedding back home. She said no but they aren't listening.")
    assert " ".join(told).endswith("forced marriage")
    # one group alone says nothing more: a wedding is not a forced marriage
    assert "forced" not in norm.words("my sister's wedding is next week, can't wait")
    assert " ".join(norm.words("he couldn't leave the job because he owes them for the journey")).endswith("modern slavery")


def test_where_the_asker_read_something_is_not_what_they_ask_about(norm):
    for cited in ("We understand from the January 2023 scrutiny report that", "In reviewing the 2023 report to scrutiny,"):
        words = norm.words(cited + " the partnership has new duties")
        assert "scrutiny" not in words and "duties" in words, words


def test_anywhere_names_no_topic(norm):
    assert norm.tokens("how would he get help before it goes anywhere") == norm.tokens("how would he get help before it goes")


def test_courtesy_is_dropped_the_same_way_by_the_fast_scan():
    """The words that say nothing ("sorry if this is a daft question", "kind regards", "according to
    the latest report") are found by a scan that only tries where they can begin: it must drop
    exactly what the plain pattern drops, on every message of every question set."""
    import glob

    import yaml

    from bot.normalise import _FILLER

    assert _FILLER._starts is not None  # the fast scan is in use, not the plain fallback
    texts = [
        "sorry if thats a daft question who chairs the board kind regards gary",
        "according to the january 2023 report to scrutiny what are the priorities",
        "thanks in advance asking for my manager in the first place",
        "our ref ab1234 who leads on hate crime",
        "",
        "a",
        "in in in in advance",
    ]
    for path in sorted(glob.glob("tests/data/*.yaml")):
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        cases = data if isinstance(data, list) else data.get("cases", [])
        texts += [fold(str(c["q"])) for c in cases if isinstance(c, dict) and "q" in c]
    assert len(texts) > 3000
    for text in texts:
        assert _FILLER.sub(" ", text) == _FILLER.pattern.sub(" ", text), text
    assert _FILLER.sub(" ", texts[0]).split() == ["who", "chairs", "the", "board", "gary"]


def test_danger_rules_and_figures_of_speech_read_the_same_with_the_fast_scan():
    """The crisis rules and the figures of speech are tried only where one can begin: they must
    find exactly what the plain patterns find, on every message of every question set."""
    import glob

    from bot import safety
    from bot.evaluate import EvalFileError, load_cases

    texts = []
    for path in sorted(glob.glob("tests/data/*.yaml")):
        try:
            texts += [fold(c.q) for c in load_cases(path)]
        except EvalFileError:
            continue  # (the crisis wording probe is no question set)
    texts += [safety.without_idioms(t) for t in texts]
    assert len(texts) > 6000 and safety._IDIOMS_SCAN._starts is not None
    for text in texts:
        assert safety._IDIOMS_SCAN.sub(" ", text) == safety._IDIOMS.sub(" ", text), text
        for plain, _combined in safety._COMPILED.values():
            assert plain is not None and plain._starts is not None
            fast, slow = plain.search(text), plain.pattern.search(text)
            assert (fast and fast.span()) == (slow and slow.span()), text


def test_a_long_alternation_tries_only_the_alternatives_that_can_begin_where_it_looks():
    """The figures of speech and the words of asking are tried, at each word, only with the
    alternatives that can begin with that word's first letters: the same matches, and the same
    groups from `search`, as the whole pattern tried there."""
    import re

    from bot import safety
    from bot.normalise import _FILLER, WordStartPattern, _top_level

    assert _top_level(r"a|(b|c)|[|x]|[]|]q|\|z|[^]|]w") == ["a", "(b|c)", "[|x]", "[]|]q", "\\|z", "[^]|]w"]
    assert _top_level(r"(?i)a|b") is None and _top_level(r"(a)|\1") is None
    assert _FILLER._branches is not None and safety._IDIOMS_SCAN._branches is not None
    scan = WordStartPattern(re.compile(r"\bsaw (him|her)\b|\bsaid (so|no)\b|\b(she|he) (is|was) (\w+)\b"))
    assert scan._branches is not None
    text = "they said no and she was fine and i saw her"
    assert scan.sub("-", text) == scan.pattern.sub("-", text) == "they - and - and i -"
    m = scan.search("yes she was here")
    assert m is not None and m.group(0) == "she was here" and m.group(5) == "here"  # (the whole pattern's group)


def test_a_pattern_that_can_begin_anywhere_is_scanned_plainly():
    import re

    from bot.normalise import WordStartPattern

    scan = WordStartPattern(re.compile(r"\b(?:[^x]y|ab)"))
    assert scan._starts is None
    assert scan.sub("-", "ab zy qy") == "- - -"
    # an alternative that need not begin a word ("cab" holds "ab")
    inside = WordStartPattern(re.compile(r"\bxy|ab"))
    assert inside._starts is None
    assert inside.search("cab") is not None and inside.sub("-", "cab xy") == "c- -"
    assert WordStartPattern(re.compile(r"\bxy|\bab")).search("cab xy").span() == (4, 6)


def test_a_social_media_post_reads_as_its_words():
    from bot.normalise import social_tags

    assert social_tags("@NottsCDP who chairs the board? #DomesticAbuse #hate_crime").split() == [
        "who", "chairs", "the", "board?", "Domestic", "Abuse", "hate", "crime"]
    # e-mail addresses and "#1" are not accounts or hashtags
    assert social_tags("write to jo.bloggs@nottinghamcity.gov.uk, our #1 priority") == "write to jo.bloggs@nottinghamcity.gov.uk, our #1 priority"
