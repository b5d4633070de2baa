"""Shared fixtures. Core fixtures first; Telegram fixtures are in their own section below."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.config import DEFAULT_KNOWLEDGE, Config

DATA = Path(__file__).parent / "data"


def copy_knowledge(dest: Path) -> Path:
    """A private copy of the embedded knowledge base (without any built index)."""
    target = dest / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE, target, ignore=shutil.ignore_patterns("build"))
    return target


def make_config(tmp: Path, knowledge: Path | None = None) -> Config:
    cfg = Config()
    cfg.knowledge.path = knowledge or DEFAULT_KNOWLEDGE
    cfg.knowledge.index_path = tmp / "index.sqlite"
    cfg.storage.path = tmp / "store.sqlite"
    return cfg


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The assistant on the embedded knowledge base, with its index in a temp folder."""
    tmp = tmp_path_factory.mktemp("assistant")
    return Assistant.load(config=make_config(tmp))


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of the knowledge base for tests that break it."""
    return copy_knowledge(tmp_path)


# =============================================================================================
# Telegram front end (handlers/): a loopback Bot API server, a test knowledge base, a running bot.
# Owned by the Telegram work; see tests/botapi_server.py and tests/test_telegram*.py.
# =============================================================================================
import copy
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from tests.auxil.botapi import BotApiServer, Call, write_test_knowledge

TG_TOKEN = "123456789:AAH-secret-test-token-never-logged"
TG_ADMIN = 4242
TG_USER = 1001


@pytest.fixture(scope="session")
def tg_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The assistant on the Telegram test knowledge base (fixed answers, see botapi_server.py)."""
    tmp = tmp_path_factory.mktemp("tg-kb")
    return Assistant.load(config=make_config(tmp, write_test_knowledge(tmp)))


@pytest.fixture
def botapi() -> Iterator[BotApiServer]:
    """A Bot API server on 127.0.0.1 (free port), stopped after the test."""
    with BotApiServer(token=TG_TOKEN, max_poll=2.0) as server:
        yield server


@pytest.fixture
def tg_config(tmp_path: Path, botapi: BotApiServer, tg_assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> Config:
    """A Config for the bot: the loopback server, a temp usage store, one operator."""
    monkeypatch.delenv("CDP_BOT_TOKEN", raising=False)
    cfg = copy.deepcopy(tg_assistant.config)
    cfg.telegram.token = TG_TOKEN
    cfg.telegram.base_url = botapi.base_url
    cfg.telegram.max_retries = 4
    cfg.storage.path = tmp_path / "var" / "usage.sqlite"
    cfg.admin_ids = [TG_ADMIN]
    return cfg


class TgBot:
    """A running Application (polling the loopback server) and helpers to talk to it."""

    def __init__(self, api: BotApiServer, app: Any, config: Config) -> None:
        self.api, self.app, self.config = api, app, config

    @property
    def services(self) -> Any:
        return self.app.bot_data["services"]

    async def push(self, update: dict[str, Any]) -> int:
        """Queue one update; returns the call mark to wait from."""
        mark = self.api.mark()
        self.api.push(update)
        return mark

    async def ask(self, text: str, *, user_id: int = TG_USER, n: int = 1, timeout: float = 5.0) -> list[Call]:
        """Send text from a user in a private chat; wait for `n` replies."""
        mark = await self.push(self.api.text(text, user_id=user_id))
        return await self.api.await_sent(user_id, n, since=mark, timeout=timeout)

    async def silent_since(self, mark: int, chat_id: int, *, user_id: int | None = None, chat: dict[str, Any] | None = None) -> list[Call]:
        """Prove nothing was sent to `chat_id` for updates pushed before now: push a /help probe
        (updates of one chat are handled in order) and return what was sent before its reply."""
        probe = self.api.text("/help", user_id=user_id or chat_id, chat=chat)
        self.api.push(probe)
        calls = await self.api.await_for(
            lambda cs: [c for c in cs[mark:] if c.chat_id == chat_id and c.ok and "/priorities" in c.text] or None
        )
        probe_reply = calls[-1]
        return [c for c in self.api.calls(since=mark) if c.chat_id == chat_id and c.ok and c is not probe_reply
                and c.method != "answerCallbackQuery" and c.at < probe_reply.at]

    async def stop(self) -> None:
        if self.app.updater.running:
            await self.app.updater.stop()
        if self.app.running:
            await self.app.stop()
        await self.app.post_shutdown(self.app)
        await self.app.shutdown()


@pytest.fixture
async def tg_start(botapi: BotApiServer, tg_config: Config, tg_assistant: Assistant) -> AsyncIterator[Callable[..., Awaitable[TgBot]]]:
    """Start the real Application against the loopback server: `bot = await tg_start(config=..., assistant=...)`."""
    from handlers import build_application
    from handlers.app import ALLOWED_UPDATES

    started: list[TgBot] = []

    async def start(*, config: Config | None = None, assistant: Any = None, **kwargs: Any) -> TgBot:
        cfg = config or tg_config
        kwargs.setdefault("request_timeout", 2.0)
        kwargs.setdefault("retry_delay", 0.02)
        app = build_application(cfg, assistant or tg_assistant, **kwargs)
        await app.initialize()
        await app.post_init(app)
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=ALLOWED_UPDATES)
        bot = TgBot(botapi, app, cfg)
        started.append(bot)
        return bot

    yield start
    for bot in started:
        await bot.stop()


@pytest.fixture
async def tg(tg_start: Callable[..., Awaitable[TgBot]]) -> TgBot:
    """The bot, running with the default test configuration."""
    return await tg_start()
