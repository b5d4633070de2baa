"""Configuration: a YAML file (see config.example.yaml) over built-in defaults.

The YAML layout is the shape of the dataclasses below, and one schema derived from them validates
every file: each field's type (booleans must be YAML booleans, numbers numbers), its allowed
values and bounds, and no unknown keys. A setting added here is validated, and checked against
config.example.yaml by the tests, with no other change. A key given with no value keeps its default.

Every mistake is one `ConfigError` line naming the file, the key and what is allowed.
Nothing is read at import time; call `load_config`.
"""
from __future__ import annotations

import dataclasses
import difflib
import os
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bot.policy import Policy
from bot.yamlsafe import YamlError, load_yaml

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
"""The source checkout (meaningful only when running from one: benchmarks, tests)."""


def embedded_knowledge() -> Path:
    """The knowledge shipped with the code: bot/knowledge in an installed copy, knowledge/ in a checkout."""
    installed = PACKAGE_DIR / "knowledge"
    return installed if (installed / "sources.yaml").is_file() else REPO_ROOT / "knowledge"


def user_dir(kind: Literal["cache", "data"]) -> Path:
    """The per-user folder for writable things: $XDG_CACHE_HOME or ~/.cache (the index), and
    $XDG_DATA_HOME or ~/.local/share (the usage store), each with a cdp-bot folder. Never the
    installed package."""
    env, fallback = ("XDG_CACHE_HOME", ".cache") if kind == "cache" else ("XDG_DATA_HOME", ".local/share")
    base = os.environ.get(env, "").strip()
    return (Path(base) if base else Path.home() / fallback) / "cdp-bot"


DEFAULT_KNOWLEDGE = embedded_knowledge()
TOKEN_ENV = "CDP_BOT_TOKEN"
CONFIG_ENV = "CDP_BOT_CONFIG"

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
TelegramMode = Literal["polling", "webhook"]


class ConfigError(Exception):
    """A configuration that cannot be used; the message says why in one line."""


def setting(default: Any = dataclasses.MISSING, *, doc: str, factory: Any = None, **rules: Any) -> Any:
    """A configuration field: its default, a one-line description, and rules (min, max, pattern)."""
    meta = {"doc": doc, **rules}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class KnowledgeConfig:
    path: Path = setting(doc="the knowledge folder (sources, contacts, synonyms, intents)", factory=embedded_knowledge)
    index_path: Path | None = setting(None, doc="the compiled SQLite index (default: in the per-user cache folder)")


@dataclass
class WebhookConfig:
    listen: str = setting("127.0.0.1", doc="address the bot's own web server listens on")
    port: int = setting(8443, doc="port the bot's own web server listens on", min=1, max=65535)
    path: str = setting("telegram", doc="URL path the bot serves")
    url: str = setting("", doc="the public HTTPS URL Telegram calls (required in webhook mode)")
    secret_token: str = setting(
        "", doc="secret Telegram sends back in a header", pattern=r"[A-Za-z0-9_-]{0,256}",
        allowed="1-256 characters of A-Z, a-z, 0-9, _ and -",
    )

    def __post_init__(self) -> None:
        self.path = self.path.lstrip("/")


@dataclass
class RateLimitConfig:
    messages: int = setting(8, doc="updates a user may send per window", min=1)
    per_seconds: float = setting(10.0, doc="the window, in seconds", min=0.1)


@dataclass
class TelegramConfig:
    token: str = setting("", doc="the bot token from @BotFather (CDP_BOT_TOKEN wins)")
    base_url: str = setting("https://api.telegram.org/bot", doc="Bot API endpoint")
    base_file_url: str = setting("https://api.telegram.org/file/bot", doc="Bot API file endpoint")
    mode: TelegramMode = setting("polling", doc="polling or webhook")
    webhook: WebhookConfig = setting(doc="webhook mode", factory=WebhookConfig)
    protect_content: bool = setting(True, doc="send answers with forwarding and saving turned off")
    rate_limit: RateLimitConfig = setting(doc="per-user flood limit", factory=RateLimitConfig)
    max_retries: int = setting(5, doc="retries of one Bot API call", min=0, max=20)


@dataclass
class StorageConfig:
    path: Path = setting(doc="the usage database (SQLite)", factory=lambda: user_dir("data") / "usage.sqlite")


@dataclass
class PrivacyConfig:
    store_questions: bool = setting(False, doc="keep the text of users' questions")
    log_questions: bool = setting(False, doc="write users' questions (and raw updates) to the log")
    store_declined: bool = setting(False, doc="keep the text of declined questions (masked) for `cdp-bot review`")
    declined_days: int = setting(30, doc="days a declined question's text is kept", min=1, max=365)
    salt: str = setting("", doc="secret salt for hashing user ids (empty: generated and kept)")


@dataclass
class ConversationConfig:
    idle_minutes: float = setting(
        10.0, doc="minutes without a message after which a conversation's context is forgotten (0: remember nothing)",
        min=0, max=1440,
    )


@dataclass
class LoggingConfig:
    level: LogLevel = setting("INFO", doc="DEBUG, INFO, WARNING or ERROR")


@dataclass
class Config:
    knowledge: KnowledgeConfig = setting(doc="the knowledge base", factory=KnowledgeConfig)
    telegram: TelegramConfig = setting(doc="the Telegram bot", factory=TelegramConfig)
    admin_ids: list[int] = setting(doc="Telegram user ids of the operators", factory=list)
    storage: StorageConfig = setting(doc="the usage store", factory=StorageConfig)
    privacy: PrivacyConfig = setting(doc="what is kept and logged", factory=PrivacyConfig)
    conversation: ConversationConfig = setting(doc="short-lived conversation context (memory only)", factory=ConversationConfig)
    logging: LoggingConfig = setting(doc="logging", factory=LoggingConfig)
    policy: Policy = setting(doc="the thresholds of the decision (see bot/policy.py)", factory=Policy)
    source_file: Path | None = field(default=None, metadata={"internal": True})
    """The file this configuration was read from (not a setting)."""

    @property
    def token(self) -> str:
        """The bot token: the environment variable wins over the file."""
        return os.environ.get(TOKEN_ENV, "").strip() or self.telegram.token.strip()


# --- the schema, derived from the dataclasses ------------------------------------------------------


def settings(cls: type = Config, prefix: str = "") -> list[tuple[str, dataclasses.Field[Any], Any]]:
    """Every setting as (dotted key, field, type), depth first: the schema the validator and the
    documentation check share."""
    out: list[tuple[str, dataclasses.Field[Any], Any]] = []
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        key, kind = prefix + f.name, hints[f.name]
        out.append((key, f, kind))
        if dataclasses.is_dataclass(kind):
            out += settings(typing.cast(type, kind), key + ".")
    return out


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return repr(value)


def _scalar(kind: Any, value: Any, f: dataclasses.Field[Any], base: Path) -> Any:
    """The value for one setting of type `kind`, or ValueError saying what is allowed."""
    meta = f.metadata
    optional = typing.get_origin(kind) in (typing.Union, types.UnionType)
    if optional:
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
    if typing.get_origin(kind) is Literal:
        choices = typing.get_args(kind)
        for c in choices:
            if isinstance(value, str) and value.lower() == str(c).lower():
                return c
        raise ValueError(f"must be one of {', '.join(map(str, choices))}, not {_describe(value)}")
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError(f"must be true or false (a YAML boolean, without quotes), not {_describe(value)}")
        return value
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
            raise ValueError(f"must be {'a whole number' if kind is int else 'a number'}, not {_describe(value)}")
        low, high = meta.get("min"), meta.get("max")
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = f"at least {low}" if high is None else f"from {low} to {high}"
            raise ValueError(f"must be {bounds}, not {value}")
        return kind(value)
    if kind is str:
        if not isinstance(value, str):
            raise ValueError(f"must be text (in quotes if it looks like a number), not {_describe(value)}")
        if "pattern" in meta and not re.fullmatch(meta["pattern"], value):
            raise ValueError(f"must be {meta.get('allowed', 'text matching ' + meta['pattern'])}")
        return value
    if kind is Path:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"must be a file or folder path, not {_describe(value)}")
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p
    if typing.get_origin(kind) is list and typing.get_args(kind) == (int,):
        if not isinstance(value, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in value):
            raise ValueError(f"must be a list of whole numbers, not {_describe(value)}")
        return list(value)
    raise TypeError(f"unsupported setting type {kind!r}")  # pragma: no cover - a new type needs a rule here


def _build(cls: type, data: Any, prefix: str, base: Path) -> Any:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{prefix.rstrip('.') or 'the file'}: must be a mapping of settings, not {_describe(data)}")
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key)
        if name not in known:
            near = difflib.get_close_matches(name, known, n=1)
            hint = f"did you mean '{prefix}{near[0]}'? " if near else ""
            raise ConfigError(f"{prefix}{name}: unknown setting; {hint}allowed here: {', '.join(known)}")
        f, kind = known[name], hints[name]
        if dataclasses.is_dataclass(kind):
            values[name] = _build(typing.cast(type, kind), value, f"{prefix}{name}.", base)
        elif value is not None:
            try:
                values[name] = _scalar(kind, value, f, base)
            except ValueError as exc:
                raise ConfigError(f"{prefix}{name}: {exc}") from None
    return cls(**values)


def config_from_dict(data: Any, *, base: Path = REPO_ROOT) -> Config:
    """Build a Config from parsed YAML; relative paths are taken from `base`."""
    cfg: Config = _build(Config, data, "", base)
    return cfg


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Load the YAML file at `path` (or $CDP_BOT_CONFIG, or ./config.yaml if present); defaults otherwise.

    Raises ConfigError with one line: "<file>: <key>: <what is allowed>"."""
    chosen = path or os.environ.get(CONFIG_ENV)
    if not chosen and Path("config.yaml").is_file():
        chosen = "config.yaml"
    if not chosen:
        return Config()
    p = Path(chosen)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read the configuration: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: the configuration is not UTF-8 text") from None
    try:
        data = load_yaml(text)[0]
    except YamlError as exc:
        line = f" (line {exc.line})" if exc.line else ""
        raise ConfigError(f"{p}: {exc.reason}{line}") from None
    try:
        cfg = config_from_dict(data, base=p.resolve().parent)
    except ConfigError as exc:
        raise ConfigError(f"{p}: {exc}") from None
    cfg.source_file = p
    return cfg
