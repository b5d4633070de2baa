"""An installed copy works: the wheel holds only the product and its embedded knowledge, and,
installed into a fresh virtual environment and run from another folder, it answers from that
knowledge without writing anything inside the installed package."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    src = tmp_path_factory.mktemp("src")  # a copy: setuptools writes build/ next to the sources
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("bot", "handlers", "knowledge"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "build"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)],
                   check=True, capture_output=True, timeout=300)
    [whl] = dist.glob("cdp_bot-*.whl")
    return whl


def test_the_wheel_holds_the_product_and_its_knowledge_and_no_test_or_benchmark_code(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops <= {"bot", "handlers"} | {n for n in tops if n.endswith(".dist-info")}
    assert not [n for n in names if "loopback" in n or "bench" in n or n.startswith(("tests/", "benchmarks/"))]
    for needed in ("bot/knowledge/sources.yaml", "bot/knowledge/contacts.yaml", "bot/knowledge/menus.yaml",
                   "bot/knowledge/intents/help.yaml", "bot/knowledge/sources/004_fd40de0d2069b261.txt",
                   "bot/data/english_words.txt"):
        assert needed in names, needed
    assert not [n for n in names if "/build/" in n or n.endswith(".sqlite")]


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if "__pycache__" not in p.parts}


def test_the_installed_wheel_answers_from_its_embedded_knowledge_in_another_folder(wheel: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    # The dependencies (python-telegram-bot, rapidfuzz, ...) come from this environment, after the
    # fresh one's own packages: the `bot` imported is the installed wheel's, not the checkout's.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    before = _files(site / "bot")
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CDP_BOT", "PYTHON"))}
    env["HOME"] = str(home)
    p = subprocess.run([str(venv / "bin" / "cdp-bot"), "ask", "--json", "who chairs the board"], cwd=elsewhere,
                       env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    record = json.loads(p.stdout)
    assert "Coaker" in record["answer"] and record["sources"] and record["kind"] == "answer"
    where = subprocess.run([str(python), "-c", "import bot; print(bot.__file__)"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(site))  # the installed copy, not the checkout
    check = subprocess.run([str(venv / "bin" / "cdp-bot"), "kb", "check"], cwd=elsewhere, env=env, capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0 and str(site / "bot" / "knowledge") in check.stdout
    assert _files(site / "bot") == before  # nothing written inside the installed package
    assert list((home / ".cache" / "cdp-bot").glob("index-*.sqlite"))  # the index went to the user's cache
    bench = subprocess.run([str(venv / "bin" / "cdp-bot"), "bench"], cwd=elsewhere, env=env, capture_output=True,
                           text=True, timeout=120)
    assert bench.returncode == 1 and "source checkout" in bench.stderr and "Traceback" not in bench.stderr
