"""Configuration: one schema derived from the dataclasses validates every file, and
config.example.yaml documents every setting with the built-in defaults."""
from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Config, ConfigError, load_config, settings
from bot.yamlsafe import safe_load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config.example.yaml"


def test_example_config_loads_with_the_defaults(monkeypatch):
    monkeypatch.delenv("CDP_BOT_TOKEN", raising=False)
    cfg, default = load_config(EXAMPLE), Config()
    assert cfg.token == ""
    for section in ("telegram", "privacy", "logging", "storage", "policy"):
        assert dataclasses.asdict(getattr(cfg, section)) == dataclasses.asdict(getattr(default, section)), section
    assert cfg.admin_ids == default.admin_ids


def test_example_config_documents_every_setting_of_the_schema():
    """Each key of the configuration dataclasses is in the example (set, or commented out when its
    default is computed), right after a comment that explains it."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    data = safe_load(EXAMPLE.read_text(encoding="utf-8"))
    keyed: dict[str, int] = {}
    stack: list[tuple[int, str]] = []
    for n, line in enumerate(lines):
        m = re.match(r"^(\s*)#?\s*([a-z_]+):", line)
        if not m or (line.lstrip().startswith("#") and " " in line.lstrip("# ").split(":")[0]):
            continue
        indent = len(m.group(1))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        key = ".".join([k for _i, k in stack] + [m.group(2)])
        keyed.setdefault(key, n)
        stack.append((indent, m.group(2)))
    for key, _field, _kind in settings():
        assert key in keyed, f"config.example.yaml does not mention {key}"
        above = lines[keyed[key] - 1].strip()
        assert above.startswith("#") or lines[keyed[key]].lstrip().startswith("#"), f"{key} has no comment above it"
    allowed = {k for k, _f, _t in settings()}
    def walk(d: object, prefix: str = "") -> None:
        if isinstance(d, dict):
            for k, v in d.items():
                assert prefix + k in allowed, f"config.example.yaml sets {prefix + k}, which is not a setting"
                if isinstance(v, dict):
                    walk(v, prefix + k + ".")
    walk(data)


BAD = [
    ("privacy:\n  log_questions: \"no\"\n", "privacy.log_questions: must be true or false", "the text 'no'"),
    ("telegram:\n  protect_content: \"false\"\n", "telegram.protect_content: must be true or false", "'false'"),
    ("telegram:\n  rate_limt: {messages: 3}\n", "telegram.rate_limt: unknown setting", "did you mean 'telegram.rate_limit'"),
    ("privacy:\n  log_question: true\n", "privacy.log_question: unknown setting", "did you mean 'privacy.log_questions'"),
    ("logging:\n  level: LOUD\n", "logging.level: must be one of DEBUG, INFO, WARNING, ERROR", "'LOUD'"),
    ("telegram:\n  mode: carrier-pigeon\n", "telegram.mode: must be one of polling, webhook", "carrier-pigeon"),
    ("telegram:\n  rate_limit:\n    messages: lots\n", "telegram.rate_limit.messages: must be a whole number", "'lots'"),
    ("telegram:\n  max_retries: -1\n", "telegram.max_retries: must be from 0 to 20", "-1"),
    ("admin_ids: [12, bob]\n", "admin_ids: must be a list of whole numbers", "a list"),
    ("telegram:\n  webhook:\n    secret_token: \"not secret!\"\n", "telegram.webhook.secret_token: must be 1-256 characters", ""),
    ("privacy: yes\n", "privacy: must be a mapping of settings", "true"),
    ("colour: blue\n", "colour: unknown setting", "allowed here: knowledge, telegram"),
    ("a: &x [1]\nb: *x\n", "aliases", ""),
    ("telegram: [1, 2\n", "not valid YAML", "line"),
]


@pytest.mark.parametrize("text,message,detail", BAD)
def test_every_mistake_is_one_line_naming_file_key_and_what_is_allowed(tmp_path: Path, text: str, message: str, detail: str):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    line = str(info.value)
    assert "\n" not in line and line.startswith(f"{cfg}: ") and message in line and detail in line, line


def test_a_key_with_no_value_keeps_its_default(tmp_path: Path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("telegram:\n  token:\n  rate_limit:\nprivacy:\n")
    c = load_config(cfg)
    assert c.telegram.token == "" and c.telegram.rate_limit.messages == 8 and c.privacy.log_questions is False


def test_quoted_no_never_turns_logging_on(tmp_path: Path):
    cfg = tmp_path / "config.yaml"
    for value in ('"no"', '"false"', '"0"', "0", '"off"'):
        cfg.write_text(f"privacy:\n  log_questions: {value}\n")
        with pytest.raises(ConfigError):
            load_config(cfg)
    cfg.write_text("privacy:\n  log_questions: false\n")
    assert load_config(cfg).privacy.log_questions is False


COMMANDS = [["ask", "hi"], ["ask", "--json", "hi"], ["chat"], ["run"], ["telegram"], ["kb", "check"], ["kb", "build"],
            ["eval", str(ROOT / "tests" / "data" / "dev.yaml")]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_command_reports_a_config_error_in_one_line(tmp_path: Path, command: list[str]):
    from bot.cli import main

    cfg = tmp_path / "config.yaml"
    cfg.write_text("logging:\n  level: LOUD\n")
    p = subprocess.run([sys.executable, "-m", "bot", "--config", str(cfg), *command], input="", capture_output=True,
                       text=True, cwd=tmp_path, timeout=60)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert p.stderr.strip() == f"cdp-bot: {cfg}: logging.level: must be one of DEBUG, INFO, WARNING, ERROR, not the text 'LOUD'"
    assert main  # the same entry point runs in-process in test_cli.py
