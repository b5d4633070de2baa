"""Configuration: a YAML file (see config.example.yaml) over built-in defaults.

Nothing is read at import time; call `load_config`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE = REPO_ROOT / "knowledge"
TOKEN_ENV = "CDP_BOT_TOKEN"
CONFIG_ENV = "CDP_BOT_CONFIG"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message says why in one line."""


@dataclass
class WebhookConfig:
    listen: str = "127.0.0.1"
    port: int = 8443
    path: str = "telegram"
    url: str = ""
    secret_token: str = ""


@dataclass
class TelegramConfig:
    token: str = ""
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    mode: str = "polling"
    webhook: WebhookConfig = field(default_factory=WebhookConfig)
    protect_content: bool = True
    rate_limit_messages: int = 8
    rate_limit_seconds: float = 10.0
    max_retries: int = 5


@dataclass
class PrivacyConfig:
    store_questions: bool = False
    log_questions: bool = False
    salt: str = ""


@dataclass
class Config:
    knowledge_path: Path = DEFAULT_KNOWLEDGE
    index_path: Path | None = None
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    admin_ids: list[int] = field(default_factory=list)
    storage_path: Path = REPO_ROOT / "var" / "cdp-bot.sqlite"
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    log_level: str = "INFO"
    source_file: Path | None = None

    @property
    def token(self) -> str:
        """The bot token: the environment variable wins over the file."""
        return os.environ.get(TOKEN_ENV, "").strip() or self.telegram.token.strip()


def _section(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise ConfigError(f"'{key}' must be a mapping, not {type(value).__name__}")
    return value


def _path(value: Any, base: Path) -> Path:
    p = Path(str(value)).expanduser()
    return p if p.is_absolute() else (base / p)


def config_from_dict(data: dict[str, Any], *, base: Path = REPO_ROOT) -> Config:
    """Build a Config from parsed YAML; relative paths are taken from `base`."""
    if not isinstance(data, dict):
        raise ConfigError("the configuration file must be a YAML mapping")
    cfg = Config()
    kn = _section(data, "knowledge")
    if kn.get("path"):
        cfg.knowledge_path = _path(kn["path"], base)
    if kn.get("index_path"):
        cfg.index_path = _path(kn["index_path"], base)
    tg = _section(data, "telegram")
    t = cfg.telegram
    t.token = str(tg.get("token") or "")
    t.base_url = str(tg.get("base_url") or t.base_url)
    t.base_file_url = str(tg.get("base_file_url") or t.base_file_url)
    t.mode = str(tg.get("mode") or t.mode)
    if t.mode not in ("polling", "webhook"):
        raise ConfigError(f"telegram.mode must be 'polling' or 'webhook', not {t.mode!r}")
    t.protect_content = bool(tg.get("protect_content", t.protect_content))
    rl = _section(tg, "rate_limit")
    try:
        t.rate_limit_messages = int(rl.get("messages", t.rate_limit_messages))
        t.rate_limit_seconds = float(rl.get("per_seconds", t.rate_limit_seconds))
        t.max_retries = int(tg.get("max_retries", t.max_retries))
        wh = _section(tg, "webhook")
        t.webhook = WebhookConfig(
            listen=str(wh.get("listen", "127.0.0.1")),
            port=int(wh.get("port", 8443)),
            path=str(wh.get("path", "telegram")).lstrip("/"),
            url=str(wh.get("url", "")),
            secret_token=str(wh.get("secret_token", "")),
        )
        cfg.admin_ids = [int(x) for x in (data.get("admin_ids") or [])]
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"a number in the configuration is not a number: {exc}") from None
    st = _section(data, "storage")
    if st.get("path"):
        cfg.storage_path = _path(st["path"], base)
    pv = _section(data, "privacy")
    cfg.privacy = PrivacyConfig(
        store_questions=bool(pv.get("store_questions", False)),
        log_questions=bool(pv.get("log_questions", False)),
        salt=str(pv.get("salt") or ""),
    )
    lg = _section(data, "logging")
    cfg.log_level = str(lg.get("level", "INFO")).upper()
    return cfg


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Load the YAML file at `path` (or $CDP_BOT_CONFIG, or ./config.yaml if present); defaults otherwise."""
    chosen = path or os.environ.get(CONFIG_ENV)
    if not chosen and Path("config.yaml").is_file():
        chosen = "config.yaml"
    if not chosen:
        return Config()
    p = Path(chosen)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read configuration {p}: {exc.strerror}") from None
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"configuration {p} is not valid YAML: {exc}".splitlines()[0]) from None
    cfg = config_from_dict(data, base=p.resolve().parent)
    cfg.source_file = p
    return cfg
