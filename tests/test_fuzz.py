"""Property-based tests: whatever a user sends, the core answers, and never echoes markup."""
from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.assistant import Assistant
from bot.normalise import find_years, fold, stem

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Unicode of every kind, plus the awkward parts on purpose: control characters, right-to-left
# marks and text, zero-width joiners, HTML/Markdown metacharacters, lone surrogates.
awkward = st.sampled_from(
    ["\u202e", "\u200d", "\u200b", "\ufeff", "\x00", "\x1b[31m", "\ud800", "\udfff", "<b>", "</i>", "&amp;",
     "*bold*", "_it_", "`code`", "[link](http://x)", "ماذا", "שלום", "🙂", "👩‍👩‍👧", "\r\n", "\t"]
)
messages = st.lists(st.one_of(st.text(max_size=40), awkward, st.sampled_from(["help", "drugs", "999", "asb"])),
                    max_size=12).map("".join)


@SETTINGS
@given(text=messages)
def test_ask_always_answers(assistant: Assistant, text: str):
    a = assistant.ask(text)
    assert isinstance(a.text, str) and a.text.strip()
    assert 0.0 <= a.confidence <= 1.0
    assert "<b>" not in a.text and "<script" not in a.text.lower()
    if a.crisis:
        assert a.text.startswith(a.crisis_text) and "999" in a.crisis_text


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chunk=st.text(min_size=1, max_size=50))
def test_ask_handles_ten_thousand_characters(assistant: Assistant, chunk: str):
    text = (chunk * (10_000 // len(chunk) + 1))[:10_000]
    assert assistant.ask(text).text


@SETTINGS
@given(text=messages)
def test_normaliser_is_total_and_idempotent(assistant: Assistant, text: str):
    folded = fold(text)
    assert folded == fold(folded)
    assert set(folded) <= set(string.ascii_lowercase + string.digits + " ")
    tokens = assistant.norm.tokens(text)
    assert all(t and " " not in t for t in tokens)
    find_years(text)


@given(word=st.text(alphabet=string.ascii_lowercase, max_size=20))
def test_stem_never_grows_and_keeps_short_words(word: str):
    assert len(stem(word)) <= len(word)
    if len(word) <= 3:
        assert stem(word) == word


@SETTINGS
@given(text=messages, crisis=st.sampled_from(["someone is attacking me right now", "i am going to kill myself",
                                               "my friend has overdosed"]))
def test_crisis_always_leads_with_999(assistant: Assistant, text: str, crisis: str):
    a = assistant.ask(f"{text} {crisis} {text}")
    assert a.crisis and "999" in a.text.splitlines()[0]


# --- the Telegram renderer on whatever the core answers ---------------------------------------

@SETTINGS
@given(text=messages)
def test_rendered_telegram_html_parses_and_fits(assistant: Assistant, text: str):
    import re

    from tests.auxil.loopback import html_error, utf16_len, visible_text
    from handlers.render import render_answer

    a = assistant.ask(text)
    out = render_answer(a)
    assert out
    for m in out:
        assert html_error(m.html) is None, m.html[:200]
        assert utf16_len(visible_text(m.html, "HTML")) <= 4096
        # Only the renderer's own tags: nothing the user typed is markup.
        assert set(re.findall(r"</?([a-z-]+)", m.html)) <= {"b", "i", "u", "s", "code", "pre", "a", "blockquote"}
    if a.crisis:  # 999 first; under it at most the Quick exit (when nothing else follows)
        assert "999" in out[0].html
        buttons = [b.callback_data for row in out[0].markup.inline_keyboard for b in row] if out[0].markup else []
        assert buttons in ([], ["x"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(max_size=200), repeat=st.integers(min_value=1, max_value=80))
def test_rendered_long_answers_split_into_valid_messages(body: str, repeat: int):
    from bot.answer import Answer
    from tests.auxil.loopback import html_error, utf16_len, visible_text
    from handlers.render import render_answer

    text = "\n\n".join([body + " <b>&*_"] * repeat) + "\nSource: Doc <x> & co (as of 2023)"
    out = render_answer(Answer(intent="x", confidence=1.0, text=text))
    seen = "".join(visible_text(m.html, "HTML") for m in out)
    for m in out:
        assert html_error(m.html) is None
        assert utf16_len(visible_text(m.html, "HTML")) <= 4096
    assert "<b>&*_" in seen  # user-visible text survives, escaped on the wire


# --- the families that found the freezes and the hidden crises (issue: hostile input) ----------

WHITESPACE = " \n\t\r\u3000\u00a0\u2003\u2028\x0b\x0c"
INVISIBLE = "\u200b\u200c\u200d\u00ad\u2060\ufeff\u200e\u200f"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    head=st.sampled_from(["who chairs the board", "where can i get help", "what", "and", "?", ","]),
    run=st.text(alphabet=WHITESPACE, min_size=500, max_size=4000),
    tail=st.sampled_from(["x", "and who", "who is it", ".", "help"]),
)
def test_long_whitespace_runs_are_answered(assistant: Assistant, head: str, run: str, tail: str):
    assert assistant.ask(head + run + tail).text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    phrase=st.sampled_from(["i am going to kill myself", "he is strangling me", "my friend has overdosed",
                            "someone is stabbing him right now"]),
    data=st.data(),
)
def test_invisible_characters_inside_words_do_not_hide_a_crisis(assistant: Assistant, phrase: str, data: st.DataObject):
    chars = list(phrase)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(1, len(chars) - 1))
        chars.insert(at, data.draw(st.sampled_from(INVISIBLE)))
    a = assistant.ask("".join(chars))
    assert a.crisis and "999" in a.text.splitlines()[0]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(filler=st.text(alphabet=string.ascii_letters + " .,", min_size=20, max_size=60),
       length=st.integers(4_001, 9_000))
def test_crisis_text_past_four_thousand_characters_gets_999(assistant: Assistant, filler: str, length: int):
    text = (filler * (length // len(filler) + 1))[:length] + " he is going to kill me tonight"
    a = assistant.ask(text)
    assert a.crisis and "999" in a.text.splitlines()[0]
