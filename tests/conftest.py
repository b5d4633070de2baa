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
    cfg.knowledge_path = knowledge or DEFAULT_KNOWLEDGE
    cfg.index_path = tmp / "index.sqlite"
    cfg.storage_path = tmp / "store.sqlite"
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
