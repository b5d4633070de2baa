"""config.example.yaml: loads, documents every key, and matches the built-in defaults."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml

from bot.config import Config, load_config

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.yaml"


def test_example_config_loads_with_the_defaults(monkeypatch):
    monkeypatch.delenv("CDP_BOT_TOKEN", raising=False)
    cfg, default = load_config(EXAMPLE), Config()
    assert cfg.token == ""
    assert dataclasses.asdict(cfg.telegram) == dataclasses.asdict(default.telegram)
    assert cfg.privacy == default.privacy and cfg.admin_ids == [] and cfg.log_level == "INFO"
    assert cfg.storage_path == EXAMPLE.parent / "var" / "cdp-bot.sqlite" == default.storage_path


def test_example_config_names_every_setting():
    text = EXAMPLE.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert set(data) == {"knowledge", "telegram", "admin_ids", "storage", "privacy", "logging"}
    for key in ("path:", "index_path:"):
        assert key in text  # knowledge keys, shown commented out (the defaults are computed)
    tg = data["telegram"]
    assert set(tg) == {"token", "base_url", "base_file_url", "mode", "webhook", "protect_content", "rate_limit", "max_retries"}
    assert set(tg["webhook"]) == {"listen", "port", "path", "url", "secret_token"}
    assert set(data["privacy"]) == {"store_questions", "log_questions", "salt"}
