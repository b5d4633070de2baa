"""The dangers and near misses written for sessions 23 to 32, read by one set of checks.

Each session's module keeps its lists (`DANGER_NOW`, `NOT_DANGER_NOW`, from session 27
`FOUND_IN_THE_REPLY`, from session 30 `NEAR_MISSES_DECLINED`) beside its other tests; the same
checks apply to every list, here."""
from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.safety import detect_crisis
from tests import test_session23, test_session24, test_session25, test_session26, test_session27, test_session28, test_session29, test_session30, test_session31, test_session32, test_session33, test_session34, test_session35, test_session36
from tests.test_session16 import _999_first

SESSIONS = (test_session23, test_session24, test_session25, test_session26, test_session27, test_session28, test_session29, test_session30, test_session31, test_session32, test_session33, test_session34, test_session35, test_session36)


def _each(name: str) -> list:
    """Every session's messages in the list `name`, each marked with its session."""
    return [
        pytest.param(message, id=f"{module.__name__.rsplit('_', 1)[-1]}-{i}")
        for module in SESSIONS
        for i, message in enumerate(getattr(module, name, ()))
    ]


@pytest.mark.parametrize("message", _each("DANGER_NOW"))
def test_the_rules_read_danger_now_told_these_ways(message: str):
    """Read by the rules themselves, not left to the learned model (which a long story about
    something else can outweigh)."""
    assert detect_crisis(message) is not None


@pytest.mark.parametrize("message", _each("DANGER_NOW"))
def test_danger_now_told_these_ways_gets_999_first(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert _999_first(got), got.text[:160]


@pytest.mark.parametrize("message", _each("NOT_DANGER_NOW"))
def test_these_are_no_danger_now(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert not got.crisis, got.text[:160]


@pytest.mark.parametrize("message_and_found", _each("FOUND_IN_THE_REPLY"))
def test_these_replies_hold_what_was_asked_for_without_999_first(assistant: Assistant, message_and_found: tuple[str, str]):
    message, found = message_and_found
    got = assistant.ask(message)
    assert found in got.text and not got.crisis, got.text[:200]


@pytest.mark.parametrize("message", _each("NEAR_MISSES_DECLINED"))
def test_these_near_misses_are_declined(assistant: Assistant, message: str):
    got = assistant.ask(message)
    assert got.intent is None and not got.crisis, (got.intent, got.text[:120])
