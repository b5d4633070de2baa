"""Short-lived conversation context, held in memory only.

A `Context` is what one conversation remembers between messages. It holds intent ids, a year,
the last reply's choices and phone numbers, and flags ("a partner came up", "a child came
up", "danger now was signalled"). It never holds the user's words. `Conversations` keeps one
Context per key: a chat, or a (chat, user) pair in a group, so that one person's context never
answers another's. A context left idle for `idle_minutes` is gone. Contexts are never written
to disk or to logs, and `clear` forgets them (/exit, /forget).

    conversations = Conversations(assistant, idle_minutes=10)
    conversations.ask(key, "which sub-group deals with anti-social behaviour?")
    conversations.ask(key, "and hate crime?")        # read as "which sub-group deals with hate crime"
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot import render
from bot.answer import Answer, Choice

if TYPE_CHECKING:
    from bot.assistant import Assistant

CLEAR_COMMANDS = ("/exit", "/forget")
"""Lines that clear the conversation in the terminal chat and `ask --conversation`."""
MAX_CONVERSATIONS = 10_000
"""Contexts kept at most; the longest idle go first (memory stays bounded under a flood)."""


@dataclass(frozen=True)
class Context:
    """What one conversation remembers. No user text: ids, a year label, flags."""

    intent: str | None = None
    """The intent the last answer was about (its first part), for "and in 2016?" and "who chairs it?"."""
    year: str = ""
    """The year or period the last answer was for ("2023/24"), if one was named."""
    choices: tuple[Choice, ...] = ()
    """The last reply's numbered choices ("did you mean"), for a reply of 1, 2 or 3."""
    phones: tuple[str, ...] = ()
    """The contact ids whose phone numbers the last reply gave, in order ("that number again")."""
    domestic: bool = False
    """A partner or ex, or domestic-abuse help, came up: danger later is read as domestic."""
    child: bool = False
    """A child came up: danger later gets the children's helplines."""
    crisis: str | None = None
    """The kind of danger now signalled earlier ("violence", "medical", "suicide")."""
    silent: bool = False
    """The person said they can't talk."""


EMPTY = Context()


class Conversations:
    """One Context per key, in memory, each forgotten after `idle_minutes` without a message.

    `clock` returns seconds (time.monotonic by default); tests pass their own. With
    idle_minutes 0 nothing is remembered: every message is read on its own.
    """

    def __init__(
        self,
        assistant: Assistant,
        *,
        idle_minutes: float = 10,
        clock: Callable[[], float] = time.monotonic,
        limit: int = MAX_CONVERSATIONS,
    ) -> None:
        self.assistant = assistant
        self.idle = idle_minutes * 60
        self.clock = clock
        self.limit = limit
        self._contexts: OrderedDict[Hashable, tuple[float, Context]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            self._expire(self.clock())
            return len(self._contexts)

    def context(self, key: Hashable) -> Context:
        """The live context of `key` (empty when there is none, or it expired)."""
        now = self.clock()
        with self._lock:
            self._expire(now)
            held = self._contexts.get(key)
        return held[1] if held is not None else EMPTY

    def message(self, key: Hashable, text: str, *, explain: bool = False) -> Answer:
        """`ask`, except that a line "/exit" or "/forget" clears the conversation (the terminal
        and `ask --conversation`; Telegram has its own commands)."""
        if text.strip().lower() in CLEAR_COMMANDS:
            self.clear(key)
            return Answer(intent=None, confidence=1.0, text=render.CONTEXT_CLEARED, kind="cleared", lead=render.CONTEXT_CLEARED)
        return self.ask(key, text, explain=explain)

    def ask(self, key: Hashable, text: object, *, explain: bool = False) -> Answer:
        """Answer a message in the light of this conversation, and remember what it adds."""
        answer, context = self.assistant.converse(text, self.context(key), explain=explain)
        self._keep(key, context)
        return answer

    def answer_intent(self, key: Hashable, intent: str, *, year: str | None = None) -> Answer:
        """A button or command: answer the intent, and remember it as the conversation's topic."""
        answer = self.assistant.answer_intent(intent, year=year)
        self._keep(key, self.assistant.remember(self.context(key), answer))
        return answer

    def clear(self, key: Hashable) -> None:
        """Forget one conversation (/exit, /forget)."""
        with self._lock:
            self._contexts.pop(key, None)

    def clear_where(self, match: Callable[[Hashable], bool]) -> int:
        """Forget every conversation whose key matches (a user's, in every chat); how many."""
        with self._lock:
            gone = [k for k in self._contexts if match(k)]
            for k in gone:
                del self._contexts[k]
        return len(gone)

    def _keep(self, key: Hashable, context: Context) -> None:
        if self.idle <= 0:
            return
        now = self.clock()
        with self._lock:
            self._contexts.pop(key, None)
            if context != EMPTY:
                self._contexts[key] = (now, context)
            while len(self._contexts) > self.limit:
                self._contexts.popitem(last=False)
            self._expire(now)

    def _expire(self, now: float) -> None:
        """Drop contexts idle too long (kept in order of last use, so only the front is read)."""
        while self._contexts:
            key, (at, _ctx) = next(iter(self._contexts.items()))
            if now - at < self.idle:
                break
            del self._contexts[key]


__all__ = ["CLEAR_COMMANDS", "EMPTY", "MAX_CONVERSATIONS", "Context", "Conversations"]
