"""The command line, in-process (`main(argv)` with captured output, like sqlite-utils' CliRunner
tests): the JSON contract, stdin, --explain, eval, kb check and build, chat, run, bench, errors.
One test runs it as a real process, as a user would."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def cfg(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("cli")
    path = tmp / "config.yaml"
    path.write_text(f"knowledge: {{index_path: {tmp / 'index.sqlite'}}}\nstorage: {{path: {tmp / 'usage.sqlite'}}}\n")
    return str(path)


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_ask_json_contract(cfg: str, capsys: pytest.CaptureFixture[str]):
    assert main(["--config", cfg, "ask", "--json", "Who", "chairs", "the", "CDP", "board?"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert set(rec) == {"question", "kind", "intent", "confidence", "answer", "sources", "suggestions", "crisis"}
    assert rec["question"] == "Who chairs the CDP board?" and rec["kind"] == "answer"
    assert rec["intent"] == "chair" and "Coaker" in rec["answer"]
    assert 0 <= rec["confidence"] <= 1 and rec["crisis"] is False
    assert rec["sources"] and set(rec["sources"][0]) == {"document", "section", "date"}
    assert isinstance(rec["suggestions"], list)


def test_ask_reads_stdin_one_question_per_line(cfg: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    stdin(monkeypatch, b"what is a DHR\nweather tomorrow\nsomeone is attacking me right now\n\n")
    assert main(["--config", cfg, "ask", "--json"]) == 0
    recs = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert [r["kind"] for r in recs[:2]] + [r["kind"] for r in recs[3:]] == ["answer", "decline", "junk"]
    assert recs[2]["kind"] in ("crisis", "answer")  # 999 first, then help for it if any matched
    assert recs[0]["intent"] == "dhr-what" and recs[1]["intent"] is None
    assert recs[2]["crisis"] is True and recs[2]["answer"].startswith("If you or someone else is in danger")
    assert recs[3]["answer"]  # the empty line still gets a reply


def test_ask_explain_shows_the_prepared_query_candidates_and_rule(cfg: str, capsys: pytest.CaptureFixture[str]):
    assert main(["--config", cfg, "ask", "--explain", "who chairs the board"]) == 0
    out = capsys.readouterr().out
    assert "Coaker" in out and "--- why: answer (confident: score" in out
    assert "prepared query: text=who chairs the board" in out and "candidates:\n  chair: score" in out
    assert main(["--config", cfg, "ask", "--json", "--explain", "who chairs the board"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["explain"]["rule"] == "confident" and rec["explain"]["candidates"][0]["intent"] == "chair"


def test_ask_plain_text(cfg: str, capsys: pytest.CaptureFixture[str]):
    assert main(["--config", cfg, "ask", "what are the statutory aims"]) == 0
    out = capsys.readouterr().out
    assert "reduce reoffending" in out.lower() and "Source:" in out


def test_eval_prints_failures_and_summary(cfg: str, capsys: pytest.CaptureFixture[str]):
    assert main(["--config", cfg, "eval", str(DATA / "dev.yaml")]) == 0
    out = capsys.readouterr().out
    assert "answer: 53/53" in out and "out_of_scope:" in out and "crisis:" in out


def test_eval_bad_file_is_one_line(cfg: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- q: hello\n  kind: nonsense\n")
    assert main(["--config", cfg, "eval", str(bad)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "case 1 needs 'q' and a 'kind'" in err


def test_kb_check_and_build(cfg: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["--config", cfg, "kb", "check"]) == 0
    assert "knowledge base OK" in capsys.readouterr().out
    assert main(["--config", cfg, "kb", "build"]) == 0
    out = capsys.readouterr().out
    assert "intents" in out and Path(cfg).with_name("index.sqlite").is_file()


def test_kb_build_refuses_broken_knowledge_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from tests.conftest import copy_knowledge

    kb = copy_knowledge(tmp_path)
    (kb / "intents" / "zz.yaml").write_text("intents: [oops\n")
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"knowledge: {{path: {kb}, index_path: {tmp_path / 'i.sqlite'}}}\n")
    assert main(["--config", str(cfg), "kb", "build"]) == 1
    out = capsys.readouterr()
    assert "zz.yaml" in out.out and out.err.strip().startswith("cdp-bot: knowledge base not built")
    assert not (tmp_path / "i.sqlite").exists()


def test_chat_answers_follows_did_you_mean_and_quits(cfg: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    stdin(monkeypatch, b"who chairs the board\nasb numbers\n1\n/reload\n/quit\n")
    assert main(["--config", cfg, "chat"]) == 0
    out = capsys.readouterr().out
    assert "call 999" in out.splitlines()[1]  # the 999 line, from the vetted contacts
    assert "Coaker" in out and "Source:" in out and "Did you mean" in out and "Reloaded:" in out


def test_run_without_token_starts_the_terminal_chat(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("CDP_BOT_TOKEN", raising=False)
    cfg = tmp_path / "notoken.yaml"
    cfg.write_text(f"knowledge: {{index_path: {tmp_path / 'index.sqlite'}}}\ntelegram: {{token: ''}}\n")
    stdin(monkeypatch, b"what is a DHR\n")
    assert main(["--config", str(cfg), "run"]) == 0
    out = capsys.readouterr()
    assert "terminal chat" in out.err and "Domestic Homicide Review" in out.out


def test_telegram_without_token_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("CDP_BOT_TOKEN", raising=False)
    cfg = tmp_path / "c.yaml"
    cfg.write_text("telegram: {token: ''}\n")
    assert main(["--config", str(cfg), "telegram"]) == 1
    assert capsys.readouterr().err.strip() == "cdp-bot: no Telegram token: set CDP_BOT_TOKEN or telegram.token in the config file"


def test_missing_config_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    missing = tmp_path / "nope.yaml"
    assert main(["--config", str(missing), "ask", "hi"]) == 1
    assert capsys.readouterr().err.strip() == f"cdp-bot: {missing}: cannot read the configuration: No such file or directory"


def test_broken_knowledge_with_no_index_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from tests.conftest import copy_knowledge

    kb = copy_knowledge(tmp_path)
    (kb / "contacts.yaml").write_text("contacts: 3\n")
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"knowledge: {{path: {kb}, index_path: {tmp_path / 'i.sqlite'}}}\n")
    assert main(["--config", str(cfg), "ask", "hi"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("cdp-bot: the knowledge base cannot be used: knowledge/contacts.yaml") and "\n" not in err


def test_every_command_has_help_text(capsys: pytest.CaptureFixture[str]):
    from bot.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():  # type: ignore[attr-defined]
        assert p.description, f"cdp-bot {name} has no description"
    with pytest.raises(SystemExit) as stop:
        main(["ask", "--help"])
    assert stop.value.code == 0 and "--explain" in capsys.readouterr().out


def test_the_installed_command_runs_as_a_process(cfg: str):
    """One real process: the console script, as a user runs it."""
    exe = Path(sys.executable).with_name("cdp-bot")
    p = subprocess.run([str(exe), "--config", cfg, "ask", "who chairs the board"], capture_output=True, text=True,
                       cwd=ROOT, timeout=120, env={k: v for k, v in os.environ.items() if k != "CDP_BOT_TOKEN"})
    assert p.returncode == 0 and "Coaker" in p.stdout
