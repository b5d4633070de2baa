"""The Telegram front end's pure parts: HTML rendering and splitting, buttons, message log, rate limit, redaction."""
from __future__ import annotations

import logging

from tests.auxil.botapi import html_error, visible_text
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import Answer, Choice, Part, Source
from handlers import texts
from bot.charts import format_stats
from handlers.network import REDACTED, RedactingFilter, install_redaction, redact
from handlers.render import (
    answer_markup,
    callback,
    CB_EXIT_PATTERN,
    CB_FEEDBACK_PATTERN,
    CB_INTENT_PATTERN,
    menu_markup,
    pack,
    render_answer,
    utf16_len,
    without_feedback,
)
from handlers.services import BOT, DELETE_WINDOW, MessageLog, RateLimiter

SRC = Source("plan-2021", "Priorities", "2021-06", "The Plan")


def answer(text: str, *, suggestions: list[str] | None = None, suggestion_intents: list[str] | None = None,
           **kw: object) -> Answer:
    """An Answer as the core makes one: choices from (label, intent) pairs."""
    kw.setdefault("intent", "priorities")
    choices = tuple(Choice(label, iid) for label, iid in zip(suggestions or [], suggestion_intents or [], strict=True))
    return Answer(confidence=1.0, text=text, choices=choices, **kw)  # type: ignore[arg-type]


def data(markup: object) -> list[str]:
    return [b.callback_data for row in markup.inline_keyboard for b in row]  # type: ignore[attr-defined]


def seen_all(messages: list[str]) -> str:
    return "".join(visible_text(m, "HTML") for m in messages)


# --- HTML: split to size first, then marked up ----------------------------------------------------


def test_pack_escapes_everything_and_styles_whole_blocks():
    [out] = pack([[("plain", "a <b>x</b> & *y*"), ("italic", "Source: Doc <1> & co, s (as of 2021)")], [("bold", "T:")]])
    assert out == "a &lt;b&gt;x&lt;/b&gt; &amp; *y*\n<i>Source: Doc &lt;1&gt; &amp; co, s (as of 2021)</i>\n\n<b>T:</b>"
    assert html_error(out) is None


words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=60)
paragraphs = st.lists(st.lists(words, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(paragraphs, st.integers(min_value=80, max_value=600))
def test_pack_chunks_are_valid_fit_and_lose_nothing(paras: list[str], limit: int):
    styled = [[("italic" if i % 3 == 0 else "plain", p)] for i, p in enumerate(paras)]
    chunks = pack(styled, limit)  # type: ignore[arg-type]
    for c in chunks:
        assert utf16_len(visible_text(c, "HTML")) <= limit
        assert html_error(c) is None, c
        assert visible_text(c, "HTML").strip()
    squash = lambda s: "".join(s.split())
    assert squash(seen_all(chunks)) == squash("".join(paras))


def test_a_long_block_is_cut_and_each_piece_keeps_its_own_tags():
    chunks = pack([[("bold", "& " * 50 + "word" * 40)]], 100)
    assert len(chunks) > 2
    for c in chunks:
        assert c.startswith("<b>") and c.endswith("</b>") and html_error(c) is None
    assert seen_all(chunks).replace(" ", "") == "&" * 50 + "word" * 40


def test_pack_prefers_paragraphs():
    chunks = pack([[("plain", f"paragraph {i} " + "x" * 50)] for i in range(10)], 200)
    assert all(c.startswith("paragraph") for c in chunks)
    assert sum(c.count("paragraph") for c in chunks) == 10


def test_pack_counts_utf16_units():
    emoji = "\U0001f600" * 30  # 60 UTF-16 units
    chunks = pack([[("plain", e)] for e in [emoji] * 4], 130)
    assert len(chunks) == 2 and all(utf16_len(c) <= 130 for c in chunks)


# --- answers to messages ----------------------------------------------------------------------------


def test_render_crisis_first_alone_then_the_rest_with_quick_exit_first():
    crisis = "If you are in danger call 999 <now> & stay safe."
    a = answer(
        crisis + "\n\nJuno: call 0808.\nSource: The Plan, Priorities (as of June 2021)",
        intent="help-domestic-abuse", crisis=True, crisis_text=crisis, intents=("help-domestic-abuse",),
        parts=(Part("help-domestic-abuse", "Help", "Juno: call 0808.", (SRC,)),),
        suggestions=["Useful contacts"], suggestion_intents=["help-contacts"],
    )
    first, *rest = render_answer(a)
    assert first.markup is None and visible_text(first.html, "HTML") == crisis
    assert rest and "999" not in visible_text(rest[0].html, "HTML")
    assert data(rest[-1].markup) == ["x", "i:help-contacts"]  # Quick exit first; no feedback under a crisis
    shown = visible_text(rest[-1].html, "HTML")
    assert texts.SAFETY in shown and "Source: The Plan, Priorities (as of June 2021)" in shown


def test_render_long_answer_puts_buttons_on_the_last_chunk_only():
    body = "\n\n".join(f"Para {i} " + "y" * 300 for i in range(40))
    a = answer(body, parts=(Part("priorities", "P", body, (SRC,)),), suggestions=["More"], suggestion_intents=["subgroups"])
    out = render_answer(a)
    assert len(out) >= 3
    assert [m.markup is None for m in out] == [True] * (len(out) - 1) + [False]
    assert "Source:" in visible_text(out[-1].html, "HTML")


def test_buttons_carry_the_year_of_a_choice():
    a = Answer(intent=None, confidence=0.0, text="no", kind="decline",
               choices=(Choice("Priorities 2016/17", "priorities", "2016/17"), Choice("Priorities 2022/23", "priorities", "2022/23")))
    assert data(answer_markup(a)) == ["i:priorities:2016/17", "i:priorities:2022/23"]


def test_clarify_gives_at_most_three_buttons_and_no_feedback():
    a = answer("Did you mean", intent="clarify", kind="clarify", suggestions=["A", "B", "C", "D"],
               suggestion_intents=["a-id", "b-id", "c-id", "d-id"])
    assert data(answer_markup(a)) == ["i:a-id", "i:b-id", "i:c-id"]


def test_declined_answer_shows_menu_two_per_row_and_no_feedback():
    ids = [f"id-{i}" for i in range(10)]
    markup = answer_markup(answer("no", intent=None, kind="decline", suggestions=[f"L{i}" for i in range(10)], suggestion_intents=ids))
    assert data(markup) == [f"i:{i}" for i in ids]
    assert [len(r) for r in markup.inline_keyboard] == [2] * 5


def test_callback_data_over_64_bytes_is_left_out():
    long_id = "x" * 70
    assert callback("i", long_id) is None
    markup = answer_markup(answer("t", intent=long_id, suggestions=["L", "M"], suggestion_intents=[long_id, "ok"]))
    assert data(markup) == ["i:ok"]


def test_every_button_the_renderer_makes_fits_exactly_one_dispatch_pattern():
    a = answer("t", intent="priorities", intents=("help-domestic-abuse",), suggestions=["Help"], suggestion_intents=["help-asb"])
    a = Answer(**{**a.__dict__, "choices": (*a.choices, Choice("Priorities 2016/17", "priorities", "2016/17"))})
    made = data(answer_markup(a)) + data(menu_markup([Choice("Drugs", "help-drugs-alcohol")]))
    patterns = (CB_INTENT_PATTERN, CB_FEEDBACK_PATTERN, CB_EXIT_PATTERN)
    for d in made:
        assert sum(bool(p.match(d)) for p in patterns) == 1, d
    assert "x" in made and any(d.startswith("f:1:") for d in made) and "i:priorities:2016/17" in made
    for crafted in ("f:1:<script>", "f:2:help-asb", "i:../../etc", "i:priorities:2016; drop", "x:1", "garbage", ""):
        assert not any(p.match(crafted) for p in patterns), crafted


def test_without_feedback_keeps_other_rows():
    a = answer("t", intent="help-domestic-abuse", intents=("help-domestic-abuse",), suggestions=["S"], suggestion_intents=["s"])
    assert data(without_feedback(answer_markup(a))) == ["x", "i:s"]
    assert without_feedback(answer_markup(answer("t", suggestions=[], suggestion_intents=[]))) is None


def test_multi_part_titles_are_bold():
    a = answer(
        "First:\nbody one\n\nSecond:\nbody two", parts=(Part("a", "First", "body one", (SRC,)), Part("b", "Second", "body two"))
    )
    [msg] = render_answer(a)
    assert "<b>First:</b>" in msg.html and "<b>Second:</b>" in msg.html and "<i>Source: The Plan" in msg.html


# --- in-memory helpers -------------------------------------------------------------------------------


def test_message_log_returns_only_recent_own_and_bot_messages():
    now = [1_000_000.0]
    log = MessageLog(clock=lambda: now[0])
    log.add(1, 10, 7)  # user 7, old
    now[0] += DELETE_WINDOW + 10
    log.add(1, 11, 7)
    log.add(1, 12, BOT)
    log.add(1, 13, 8)  # someone else in the same (group) chat
    log.add(1, 12, BOT)  # duplicates are ignored
    assert log.take(1, 7) == [11, 12]
    assert log.take(1, 7) == []
    assert log.take(1, 8) == [13]
    assert len(log) == 0


def test_rate_limiter_warns_once_then_drops_until_the_window_passes():
    now = [0.0]
    rl = RateLimiter(3, 10.0, clock=lambda: now[0])
    assert [rl.check(1) for _ in range(6)] == ["ok", "ok", "ok", "warn", "drop", "drop"]
    assert rl.check(2) == "ok"
    now[0] = 10.5
    assert rl.check(1) == "ok"


# --- logging and operators -------------------------------------------------------------------------


def test_redaction_covers_messages_args_and_tracebacks():
    secret = "555:SECRET-redaction-test"
    install_redaction(secret)
    assert redact(f"https://x/bot{secret}/getMe") == f"https://x/bot{REDACTED}/getMe"
    try:
        raise ValueError(f"bad {secret}")
    except ValueError as exc:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "url %s", (f"/bot{secret}/x",), (type(exc), exc, exc.__traceback__))
    RedactingFilter().filter(record)
    text = logging.Formatter().format(record)
    assert secret not in text and REDACTED in text and "ValueError" in text


def test_format_stats():
    stats = {
        "available": True, "from": "2026-11-17", "to": "2026-11-23", "questions": 4, "declined": 1,
        "decline_rate": 0.25, "users": 2,
        "per_day": [{"day": "2026-11-23", "questions": 4, "declined": 1, "users": 2}],
        "top_intents": [("help-asb", 3)],
        "feedback": {"helpful": 2, "not_helpful": 1, "by_intent": [("help-asb", 2, 1)]},
    }
    text = format_stats(stats, 7)
    assert "4 questions from 2 users, 1 declined (25%)" in text
    assert "2026-11-23: 4 (1 declined, 2 users, 0 crisis)" in text and "help-asb 3" in text and "help-asb +2/-1" in text
    assert format_stats(None, 7).startswith("Usage storage is unavailable")


def test_the_chart_is_a_png_with_data_or_without(tmp_path):
    from bot.charts import chart_png

    stats = {
        "available": True, "from": "2026-11-17", "to": "2026-11-23", "questions": 4, "declined": 1, "crisis": 1,
        "decline_rate": 0.25, "users": 2,
        "per_day": [{"day": "2026-11-22", "questions": 1, "declined": 0, "users": 1, "crisis": 1},
                    {"day": "2026-11-23", "questions": 3, "declined": 1, "users": 2, "crisis": 0}],
        "top_intents": [("help-asb", 3)],
        "feedback": {"helpful": 2, "not_helpful": 1, "by_intent": [("help-asb", 2, 1)]},
    }
    full = chart_png(stats, 7)
    empty = chart_png({**stats, "per_day": [], "top_intents": [], "questions": 0}, 7)
    assert full.startswith(b"\x89PNG\r\n\x1a\n") and empty.startswith(b"\x89PNG") and full != empty
    import io

    from PIL import Image  # installed with matplotlib

    image = Image.open(io.BytesIO(full))
    image.load()  # decodes every pixel: a truncated or corrupt PNG fails here
    grey = image.convert("L")
    assert image.size == (1000, 750) and len(grey.getcolors(maxcolors=65536) or []) > 20  # drawn, not blank


def test_the_telegram_texts_hold_no_number_or_link_of_their_own():
    """The 999 line and the error reply are the core's (vetted by kb check); the Telegram layer's
    own texts carry no phone number, e-mail or link that could escape the vetting."""
    from bot.safety import Vetting

    none_vetted = Vetting.from_contacts([])
    fixed = [v for k, v in vars(texts).items() if k.isupper() and isinstance(v, str)]
    fixed += [d for _c, d in texts.FIXED_COMMANDS]
    assert len(fixed) > 10
    for text in fixed:
        assert none_vetted.unvetted(text) == [] and "999" not in text, text[:60]


def test_a_line_before_the_parts_is_shown_first(assistant):
    """"Is Prevent one of the priorities?": the yes or no line comes before the list on Telegram too."""
    got = assistant.ask("Is Prevent one of the main priorities?")
    assert got.parts and got.lead.startswith("Yes: Prevent")
    [msg] = render_answer(got, feedback=False)
    shown = visible_text(msg.html, "HTML")
    assert shown.startswith("Yes: Prevent is one of the priorities for 2023/24") and "Housing & Homelessness" in shown
