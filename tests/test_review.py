"""Learning from what was not answered, without giving up privacy (issue #12, part 2): the text of
declined questions is kept only when configured, masked, for a limited time, and `cdp-bot review`
groups it for staff."""
from __future__ import annotations

import datetime as dtm
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.cli import main
from bot.review import group_questions, review
from bot.storage import Storage, mask_personal

DAY = "2026-11-23"


def files_hold(folder: Path, marker: bytes) -> bool:
    return any(marker in p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_by_default_only_counts_are_kept(tmp_path: Path):
    store = Storage.open(tmp_path / "u.sqlite")
    store.record_question(store.user_hash(1), None, True, DAY, declined_text="how do I renew my passport zebra")
    assert store.declined_questions(7, until=DAY) == [] and store.stats(1, until=DAY)["declined"] == 1
    store.close()
    assert not files_hold(tmp_path, b"zebra")


def test_declined_text_is_masked_and_answered_questions_are_never_kept(tmp_path: Path):
    store = Storage.open(tmp_path / "u.sqlite", store_declined=True)
    me = store.user_hash(1)
    store.record_question(me, None, True, DAY, declined_text="call me on 07700 900123 or a.b@example.com, I live at NG7 2RD")
    store.record_question(me, "chair", False, DAY, declined_text=None, text="who chairs the board")
    [(day, text)] = store.declined_questions(7, until=DAY)
    assert day == DAY and text == "call me on [phone] or [e-mail], I live at [postcode]"
    store.close()


def test_declined_text_goes_after_the_configured_days_and_is_gone_from_disk(tmp_path: Path):
    store = Storage.open(tmp_path / "u.sqlite", store_declined=True, declined_days=30)
    store.record_question(store.user_hash(1), None, True, "2026-10-01", declined_text="old marker zebrawood")
    later = (dtm.date(2026, 10, 1) + dtm.timedelta(days=31)).isoformat()
    store.record_question(store.user_hash(2), None, True, later, declined_text="new question")
    assert [t for _d, t in store.declined_questions(60, until=later)] == ["new question"]
    assert not files_hold(tmp_path, b"zebrawood")  # overwritten, and the write-ahead log truncated
    store.close()


def test_forget_deletes_a_users_declined_questions(tmp_path: Path):
    store = Storage.open(tmp_path / "u.sqlite", store_declined=True)
    me, them = store.user_hash(1), store.user_hash(2)
    store.record_question(me, None, True, DAY, declined_text="my marker quokka")
    store.record_question(them, None, True, DAY, declined_text="their question")
    store.forget(me)
    assert [t for _d, t in store.declined_questions(7, until=DAY)] == ["their question"]
    assert not files_hold(tmp_path, b"quokka")
    store.close()


def test_similar_questions_are_grouped_most_frequent_first():
    groups = group_questions([
        "can I get a parking permit", "how do i get a parking permit for my street", "what time is the match",
        "parking permit please", "what time does the match start",
    ])
    assert [g.count for g in groups] == [3, 2] and "parking" in groups[0].example


def test_review_suggests_an_intent_or_a_new_one(assistant: Assistant):
    groups = review(assistant, ["who heads the cdp board then", "who heads the board then?", "zorblax quantum hyperdrive"])
    assert groups[0].count == 2 and groups[0].nearest[0][0] == "chair"
    assert groups[0].suggestion.startswith("add it as an example of intent chair")
    assert groups[1].nearest == [] and "new intent" in groups[1].suggestion


def test_mask_leaves_ordinary_text_alone():
    assert mask_personal("who chairs the board in 2023?") == "who chairs the board in 2023?"


def test_review_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    usage = tmp_path / "u.sqlite"
    off = tmp_path / "off.yaml"
    off.write_text(f"knowledge: {{index_path: {tmp_path / 'i.sqlite'}}}\nstorage: {{path: {usage}}}\n")
    assert main(["--config", str(off), "review"]) == 0
    assert "privacy.store_declined: true" in capsys.readouterr().out
    on = tmp_path / "on.yaml"
    on.write_text(off.read_text() + "privacy: {store_declined: true}\n")
    store = Storage.open(usage, store_declined=True)
    today = dtm.datetime.now(dtm.timezone.utc).date().isoformat()
    for text in ("how do I get a parking permit", "parking permit for my road", "who is the boss of the board"):
        store.record_question(store.user_hash(1), None, True, today, declined_text=text)
    store.close()
    assert main(["--config", str(on), "review", "--days", "7"]) == 0
    out = capsys.readouterr().out
    assert "3 declined questions" in out and '1. 2 x "' in out and "nearest intents" in out and "suggestion:" in out


def test_stats_command_prints_the_summary_and_writes_a_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    usage = tmp_path / "u.sqlite"
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"knowledge: {{index_path: {tmp_path / 'i.sqlite'}}}\nstorage: {{path: {usage}}}\n")
    store = Storage.open(usage)
    today = dtm.datetime.now(dtm.timezone.utc).date().isoformat()
    store.record_question(store.user_hash(1), "help-asb", False, today)
    store.record_question(store.user_hash(1), None, True, today)
    store.record_question(store.user_hash(2), "help-danger-now", False, today, crisis=True)
    store.close()
    png = tmp_path / "chart.png"
    assert main(["--config", str(cfg), "stats", "--days", "3", "--png", str(png)]) == 0
    out = capsys.readouterr().out
    assert "3 questions from 2 users, 1 declined (33%), 1 crisis replies" in out and f"chart written to {png}" in out
    assert png.read_bytes().startswith(b"\x89PNG")
    assert main(["--config", str(cfg), "stats", "--png", str(tmp_path / "no" / "such" / "dir.png")]) == 1
