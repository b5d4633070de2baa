"""What the callbacks share, kept in `application.bot_data["services"]`.

In memory only: message ids per chat (for /exit; never their text), per-user rate windows, and
each user's short-lived conversation context (`bot.conversation`, keyed by chat and user).
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.config import Config
from bot.conversation import Conversations
from bot.storage import Storage
from handlers.network import TokenWatch

if TYPE_CHECKING:
    from bot.assistant import Assistant

BOT = 0
"""Sender id used in the message log for the bot's own messages."""
DELETE_WINDOW = 48 * 3600 - 120
"""Telegram lets a bot delete messages under 48 hours old; keep a margin of two minutes."""


class MessageLog:
    """Ids of recent messages per chat, the bot's and each user's, for quick exit. No text."""

    def __init__(self, *, per_chat: int = 500, clock: Callable[[], float] = time.time) -> None:
        self._chats: dict[int, deque[tuple[int, int, float]]] = {}
        self._per_chat = per_chat
        self._clock = clock
        self._adds = 0

    def add(self, chat_id: int, message_id: int, sender: int = BOT) -> None:
        """Remember that `message_id` (from `sender`, BOT for ours) is in `chat_id`."""
        log = self._chats.setdefault(chat_id, deque(maxlen=self._per_chat))
        if any(m == message_id for m, _s, _t in log):
            return
        log.append((message_id, sender, self._clock()))
        self._adds += 1
        if self._adds % 1000 == 0:
            self.prune()

    def take(self, chat_id: int, user_id: int) -> list[int]:
        """Remove and return the ids still deletable: the bot's and `user_id`'s, under 48 hours old."""
        log = self._chats.get(chat_id)
        if not log:
            return []
        cutoff = self._clock() - DELETE_WINDOW
        mine = [m for m, s, t in log if s in (BOT, user_id) and t >= cutoff]
        keep = deque(((m, s, t) for m, s, t in log if s not in (BOT, user_id) and t >= cutoff), maxlen=self._per_chat)
        if keep:
            self._chats[chat_id] = keep
        else:
            del self._chats[chat_id]
        return sorted(mine)

    def prune(self) -> None:
        """Drop entries that can no longer be deleted anyway."""
        cutoff = self._clock() - DELETE_WINDOW
        for chat_id in list(self._chats):
            log = self._chats[chat_id]
            while log and log[0][2] < cutoff:
                log.popleft()
            if not log:
                del self._chats[chat_id]

    def __len__(self) -> int:
        return sum(len(v) for v in self._chats.values())


class RateLimiter:
    """At most `limit` updates per `window` seconds per user: then one warning, then silence."""

    OK, WARN, DROP = "ok", "warn", "drop"

    def __init__(self, limit: int, window: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = max(1, limit)
        self.window = window
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._warned: set[int] = set()
        self._checks = 0

    def check(self, user_id: int) -> str:
        """OK to answer, WARN (answer "slow down" once), or DROP silently."""
        now = self._clock()
        hits = self._hits.setdefault(user_id, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        self._checks += 1
        if self._checks % 5000 == 0:
            self._prune(now)
        if len(hits) < self.limit:
            hits.append(now)
            self._warned.discard(user_id)
            return self.OK
        if user_id in self._warned:
            return self.DROP
        self._warned.add(user_id)
        return self.WARN

    def forget(self, user_id: int) -> None:
        self._hits.pop(user_id, None)
        self._warned.discard(user_id)

    def _prune(self, now: float) -> None:
        for uid in [u for u, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[uid]
            self._warned.discard(uid)


@dataclass
class Services:
    """The assistant, the usage store and the in-memory helpers, shared by every callback."""

    assistant: Assistant
    config: Config
    messages: MessageLog = field(default_factory=MessageLog)
    limiter: RateLimiter = field(default_factory=lambda: RateLimiter(8, 10.0))
    storage: Storage | None = None
    watch: TokenWatch = field(default_factory=TokenWatch)
    conversations: Conversations | None = None
    """Per (chat, user) context; built from the config when not given."""

    def __post_init__(self) -> None:
        if self.conversations is None:
            self.conversations = Conversations(self.assistant, idle_minutes=self.config.conversation.idle_minutes)

    @property
    def chats(self) -> Conversations:
        assert self.conversations is not None
        return self.conversations

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in set(self.config.admin_ids)
