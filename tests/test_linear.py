"""No message can freeze the assistant: every pattern applied to user text runs in linear time.

Two kinds of test. First, the patterns themselves are read (with the `re` module's own parser)
for the shapes that make a backtracking engine slow: a repeat inside an unbounded repeat
("(a+)+"), two unbounded repeats over the same characters with only optional items between them
("\\s*[,.]?\\s*"), an unbounded repeat that can cross words and still has something to find after
it ("A.*B"), and a leading unbounded repeat that can fail after it (tried from every position).
Second, pathological 4,096-character messages are answered within a generous bound.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot import assistant as assistant_module
from bot import normalise, query, questions, safety
from bot.assistant import Assistant
from bot.normalise import WordStartPattern
from tests.auxil.hostile import PATHOLOGICAL

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as sre  # type: ignore[no-redef]

SAMPLES = " \n\t\u3000azk09.,?;-/_'\u00e9"
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _in_set(items: list[tuple[Any, Any]], ch: str) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= ord(ch) == av
        elif op is C.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]
        elif op is C.CATEGORY:
            name = str(av).lower()
            test = {"digit": ch.isdigit(), "space": ch.isspace(), "word": ch.isalnum() or ch == "_"}
            kind = next(k for k in test if k in name)
            hit |= test[kind] != ("not" in name)
    return hit != negate


def chars(seq: Any) -> set[str]:
    """Sample characters that any item of a parsed (sub)pattern may consume."""
    out: set[str] = set()
    for op, av in seq:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.NOT_LITERAL:
            out |= {c for c in SAMPLES if ord(c) != av}
        elif op is C.ANY:
            out |= set(SAMPLES) - {"\n"}
        elif op is C.IN:
            out |= {c for c in SAMPLES if _in_set(av, c)}
        elif op in REPEATS:
            out |= chars(av[2])
        elif op is C.SUBPATTERN:
            out |= chars(av[-1])
        elif op is C.BRANCH:
            for alt in av[1]:
                out |= chars(alt)
    return out


def _unbounded(item: tuple[Any, Any]) -> bool:
    return item[0] in REPEATS and item[1][1] == C.MAXREPEAT


def _optional(item: tuple[Any, Any]) -> bool:
    op, av = item
    return op in ZERO_WIDTH or (op in REPEATS and av[0] == 0)


def _edge(seq: Any, *, last: bool) -> set[str]:
    """Sample characters a (sub)pattern may start (or, with `last`, end) with."""
    out: set[str] = set()
    for op, av in reversed(list(seq)) if last else seq:
        if op in ZERO_WIDTH:
            continue
        if op in REPEATS:
            out |= _edge(av[2], last=last)
        elif op is C.SUBPATTERN:
            out |= _edge(av[-1], last=last)
        elif op is C.BRANCH:
            for alt in av[1]:
                out |= _edge(alt, last=last)
        else:
            out |= chars([(op, av)])
        if not _optional((op, av)):
            break
    return out


def _has_repeat(seq: Any) -> bool:
    for op, av in seq:
        if op in REPEATS and (av[1] > 1 or _has_repeat(av[2])):
            return True
        if op is C.SUBPATTERN and _has_repeat(av[-1]):
            return True
        if op is C.BRANCH and any(_has_repeat(alt) for alt in av[1]):
            return True
    return False


WORD = {c for c in SAMPLES if c.isalnum() or c == "_"}


def problems(seq: Any, *, top: bool = True) -> Iterator[str]:
    """Why a parsed pattern may take more than linear time (nothing when it is safe)."""
    items = list(seq)
    anchor: set[str] | None = None  # what the pattern is anchored against so far (None: not yet)
    for i, item in enumerate(items):
        op, av = item
        name = str(av).lower() if op is C.AT else ""
        if name.endswith(("at_beginning", "at_beginning_string")):
            anchor = set(SAMPLES)
        elif name.endswith("at_boundary") and anchor is None:
            anchor = WORD  # a word boundary never falls inside a run of word characters
        elif op is C.ASSERT_NOT and av[0] == -1 and anchor is None:
            anchor = chars(av[1])  # (?<![x]) never holds inside a run of x
        if op is C.SUBPATTERN:
            yield from problems(av[-1], top=top and anchor is None and i == 0)
        elif op is C.BRANCH:
            for alt in av[1]:
                yield from problems(alt, top=top and anchor is None)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from problems(av[1], top=False)
        elif op in REPEATS:
            body = av[2]
            if _unbounded(item) and _has_repeat(body) and _edge(body, last=True) & _edge(body, last=False):
                yield "a repeat inside an unbounded repeat whose iterations can split in more than one place"
            yield from problems(body, top=False)
        if not _unbounded(item):
            if op not in ZERO_WIDTH:
                anchor = set(SAMPLES)
            continue
        mine = chars(av[2])
        rest = items[i + 1 :]
        required = [x for x in rest if not _optional(x)]
        for nxt in rest:
            if _unbounded(nxt) and mine & _edge([nxt], last=False):
                yield "two unbounded repeats over the same characters with only optional items between"
            if not _optional(nxt):
                break
        if required and {" ", "a"} <= mine:
            yield "an unbounded repeat that crosses words with more to match after it (A.*B)"
        if top and required and not (anchor is not None and mine <= anchor):
            yield "a leading unbounded repeat that can fail after it (tried at every position)"
        anchor = set(SAMPLES)


def check(pattern: re.Pattern[str]) -> list[str]:
    return sorted(set(problems(sre.parse(pattern.pattern, pattern.flags))))


def _collect(value: Any, seen: set[int]) -> Iterator[re.Pattern[str]]:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, WordStartPattern):
        yield value.pattern
        if value._starts is not None:
            yield value._starts
    elif isinstance(value, dict):
        for v in value.values():
            yield from _collect(v, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _collect(v, seen)


def user_text_patterns(assistant: Assistant) -> list[re.Pattern[str]]:
    """Every compiled pattern of the modules that read user text, and the knowledge base's
    synonym and acronym patterns."""
    seen: set[int] = set()
    found: list[re.Pattern[str]] = []
    for module in (questions, normalise, safety, query, assistant_module):
        for value in vars(module).values():
            found += _collect(value, seen)
    norm = assistant.norm
    found += [p for p in (norm._case,) if p is not None]
    for _name, groups in norm._described:  # (phrases are a word-by-word lookup)
        for g in groups:
            found += _collect(g, seen)
    return found


@pytest.mark.parametrize(
    "bad",
    [
        r"\?+\s*|;\s*|\s*[,.]?\s*\b(?:and|also)\b\s+(?=who)",  # the message splitter that froze the bot
        r"\b(fire|smoke)\b.*\b(flat|house)\b",
        r"(a+)+b",
        r"\s*x",
        r"^(?=.*\bhelp\b).*\bnot let me out\b",
        r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b",  # "a.a.a.a..." has a word boundary at every letter
        r"(a+b?)+c",
    ],
)
def test_the_check_finds_slow_shapes(bad: str):
    assert check(re.compile(bad))


@pytest.mark.parametrize(
    "good",
    [r"\b(how many|number of)\b(?P<rest>.*)", r"[^a-z0-9]+", r"\b\w+ing\b", r"\s+", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b",
     r"\b(\w+ ){0,4}x"],
)
def test_the_check_passes_linear_shapes(good: str):
    assert check(re.compile(good)) == []


def test_every_pattern_applied_to_user_text_is_linear(assistant: Assistant):
    patterns = user_text_patterns(assistant)
    assert len(patterns) > 20  # the collection really found the modules' patterns
    slow = {p.pattern[:80]: check(p) for p in patterns if check(p)}
    assert slow == {}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_messages_are_answered_promptly(assistant: Assistant, name: str):
    """The one test with a timing: a generous bound; the slowest of these took minutes before."""
    started = time.perf_counter()
    answer = assistant.ask(PATHOLOGICAL[name])
    assert answer.text and time.perf_counter() - started < 2.0


FILLER = "I have been meaning to write for a while about the area and how things have been lately. "


@pytest.mark.parametrize("length", [4_100, 6_000, 20_000])
def test_crisis_at_the_end_of_a_long_message_gets_999(assistant: Assistant, length: int):
    text = (FILLER * (length // len(FILLER) + 1))[:length] + " I am going to kill myself tonight"
    answer = assistant.ask(text)
    assert answer.crisis and "999" in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    "message",
    ["ki\u200bll myself tonight", "he is s\u200btrangling me", "i am going to ki\u00adll my\u200dself", "he is sta\u2060bbing her"],
)
def test_invisible_characters_inside_a_word_join_it(assistant: Assistant, message: str):
    answer = assistant.ask(message)
    assert answer.crisis and "999" in answer.text.splitlines()[0]
