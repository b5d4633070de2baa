"""The command line: the JSON contract, stdin, eval and kb build (run as real processes)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


def run(*args: str, stdin: str | None = None, tmp: Path) -> subprocess.CompletedProcess[str]:
    cfg = tmp / "config.yaml"
    if not cfg.exists():
        cfg.write_text(f"knowledge: {{index_path: {tmp / 'index.sqlite'}}}\n")
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(cfg), *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli")


def test_ask_json_contract(tmp: Path):
    p = run("ask", "--json", "Who", "chairs", "the", "CDP", "board?", tmp=tmp)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.strip().splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert set(rec) == {"question", "kind", "intent", "confidence", "answer", "sources", "suggestions", "crisis"}
    assert rec["kind"] == "answer"
    assert rec["question"] == "Who chairs the CDP board?"
    assert rec["intent"] == "chair" and "Coaker" in rec["answer"]
    assert 0 <= rec["confidence"] <= 1 and rec["crisis"] is False
    assert rec["sources"] and set(rec["sources"][0]) == {"document", "section", "date"}
    assert isinstance(rec["suggestions"], list)


def test_ask_reads_stdin_one_question_per_line(tmp: Path):
    p = run("ask", "--json", stdin="what is a DHR\nweather tomorrow\nsomeone is attacking me right now\n\n", tmp=tmp)
    assert p.returncode == 0, p.stderr
    recs = [json.loads(line) for line in p.stdout.strip().splitlines()]
    assert len(recs) == 4
    assert recs[0]["intent"] == "dhr-what"
    assert recs[1]["intent"] is None
    assert recs[2]["crisis"] is True and recs[2]["answer"].startswith("If you or someone else is in danger")
    assert recs[3]["answer"]  # the empty line still gets a reply


def test_ask_plain_text(tmp: Path):
    p = run("ask", "what are the statutory aims", tmp=tmp)
    assert p.returncode == 0 and "reduce reoffending" in p.stdout.lower() and "Source:" in p.stdout


def test_eval_prints_failures_and_summary(tmp: Path):
    p = run("eval", str(DATA / "dev.yaml"), tmp=tmp)
    assert p.returncode == 0, p.stderr
    assert "answer:" in p.stdout and "out_of_scope:" in p.stdout and "crisis:" in p.stdout


def test_eval_bad_file_is_one_line(tmp: Path):
    bad = tmp / "bad.yaml"
    bad.write_text("- q: hello\n  kind: nonsense\n")
    p = run("eval", str(bad), tmp=tmp)
    assert p.returncode == 1 and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_kb_build_reports_what_it_built(tmp: Path):
    p = run("kb", "build", tmp=tmp)
    assert p.returncode == 0, p.stderr
    assert "intents" in p.stdout and (tmp / "index.sqlite").is_file()


def test_chat_answers_and_quits(tmp: Path):
    p = run("chat", stdin="who chairs the board\n/quit\n", tmp=tmp)
    assert p.returncode == 0 and "Coaker" in p.stdout and "Source:" in p.stdout


def test_run_without_token_starts_the_terminal_chat(tmp: Path):
    env_cfg = tmp / "notoken.yaml"
    env_cfg.write_text(f"knowledge: {{index_path: {tmp / 'index.sqlite'}}}\ntelegram: {{token: ''}}\n")
    p = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(env_cfg), "run"],
        input="what is a DHR\n", capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={k: v for k, v in __import__("os").environ.items() if k != "CDP_BOT_TOKEN"},
    )
    assert p.returncode == 0 and "terminal chat" in p.stderr and "Domestic Homicide Review" in p.stdout


def test_broken_config_is_one_line(tmp: Path):
    cfg = tmp / "broken.yaml"
    cfg.write_text("telegram: [1, 2\n")
    p = subprocess.run([sys.executable, "-m", "bot", "--config", str(cfg), "ask", "hi"],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 1 and "Traceback" not in p.stderr and "not valid YAML" in p.stderr
