"""Hostile input and careless operators, end to end: crafted buttons, a revoked token, bad webhook
bodies, broken Bot API responses, /forget and the write-ahead log, invalid UTF-8 on the command line.

Telegram runs for real (python-telegram-bot's HTTP stack against the loopback Bot API server),
SQLite is a real file, and the command line runs as a real process where it has to exit.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.storage import Storage
from tests.auxil.botapi import BotApiServer, Call, visible_text
from tests.conftest import TG_TOKEN, TG_USER, TgBot
from tests.test_telegram import _cli_config, _sigterm, socket_port

ROOT = Path(__file__).resolve().parent.parent
MARKER = "MARKER-7f3a9c-private-words"


def seen(call: Call) -> str:
    return visible_text(call.text, call.params.get("parse_mode"))


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


# --- crafted button data is never stored -------------------------------------------------------


@pytest.mark.parametrize("data", [f"f:1:{MARKER}", "f:1:<script>alert(1)</script>", "f:0:nonexistent-intent", "f:9:help-asb",
                                  f"i:{MARKER}", "x:y", MARKER])
async def test_crafted_button_data_is_ignored_and_never_stored(tg: TgBot, data: str):
    mark = await tg.push(tg.api.press(data))
    [ack] = await tg.api.await_sent(None, since=mark, method="answerCallbackQuery")
    assert not ack.params.get("text")  # no "thanks for the feedback"
    silent = await tg.silent_since(mark, TG_USER)
    assert silent == []
    # a real press is still stored, so the store works; the crafted one left nothing
    mark = await tg.push(tg.api.press("f:1:help-asb"))
    await tg.api.await_sent(None, since=mark, method="answerCallbackQuery")
    db = tg.config.storage.path
    assert rows(db, "select intent, helpful from feedback") == [("help-asb", 1)]
    mark = await tg.push(tg.api.text("/stats", user_id=4242))
    [stats] = await tg.api.await_sent(4242, since=mark, method="sendPhoto")
    caption = stats.params["caption"]
    assert "Feedback: 1 helpful" in caption
    assert MARKER not in caption and "nonexistent" not in caption and "script" not in caption


# --- a revoked token ends the process ------------------------------------------------------------


def test_a_token_revoked_mid_run_ends_the_process_with_one_clear_line(botapi: BotApiServer, tmp_path: Path):
    cfg = _cli_config(tmp_path, botapi)
    env = dict(os.environ, CDP_BOT_TOKEN=TG_TOKEN)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "telegram", "--config", str(cfg)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        botapi.wait_for(lambda cs: any(c.method == "setMyCommands" for c in cs), timeout=30)
        mark = botapi.mark()
        botapi.push(botapi.text("how do I report hate crime"))
        botapi.wait_sent(TG_USER, since=mark, timeout=15)
        botapi.revoke()
        out, err = proc.communicate(timeout=30)  # it stops by itself, promptly
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 1
    last = err.strip().splitlines()[-1]
    assert last.startswith("cdp-bot: Telegram no longer accepts the bot token (401 Unauthorized)")
    assert TG_TOKEN not in out + err and TG_TOKEN.split(":")[1] not in out + err
    assert "Traceback" not in err


# --- webhook: bad bodies are 400 and never logged -------------------------------------------------


BAD_BODIES = {
    "malformed JSON": b'{"update_id": 1, "message": {"text": "' + MARKER.encode() + b'"',
    "not UTF-8": b'{"update_id": 1, "message": "\xff\xfe' + MARKER.encode() + b'"}',
    "empty": b"",
    "a JSON list": json.dumps([MARKER]).encode(),
    "not an update": json.dumps({"update_id": "x", "message": MARKER}).encode(),
}


def test_webhook_bad_bodies_get_400_and_stay_out_of_the_logs(botapi: BotApiServer, tmp_path: Path):
    with socket_port() as port:
        pass
    cfg = _cli_config(tmp_path, botapi, mode="webhook",
                      webhook={"listen": "127.0.0.1", "port": port, "path": "hook", "url": "https://bot.example.org/hook",
                               "secret_token": "s3cret"})
    env = dict(os.environ, CDP_BOT_TOKEN=TG_TOKEN)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "telegram", "--config", str(cfg)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/hook"
    headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret", "Content-Type": "application/json"}
    statuses: dict[str, int] = {}
    try:
        botapi.wait_for(lambda cs: any(c.method == "setWebhook" for c in cs), timeout=30)
        for _ in range(100):
            try:
                httpx.post(url, content=b"{}", headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        for name, body in BAD_BODIES.items():
            statuses[name] = httpx.post(url, content=body, headers=headers).status_code
        mark = botapi.mark()
        good = dict(botapi.text("how do I report hate crime"), update_id=7)
        assert httpx.post(url, json=good, headers=headers).status_code == 200
        [reply] = botapi.wait_sent(TG_USER, since=mark, timeout=15)  # still answering after the bad ones
        assert "True Vision" in seen(reply)
        out, err = _sigterm(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert statuses == dict.fromkeys(BAD_BODIES, 400)
    assert proc.returncode == 0, err
    assert "refused a request" in err  # the refusals are logged (logging.level DEBUG here) ...
    assert MARKER not in out + err  # ... without what was sent


# --- polling: unparseable Bot API responses are not logged; a broken send body is retried -------------


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)


async def test_unparseable_updates_are_logged_without_their_content(tg_start, tg_config, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    bot = await tg_start()
    mark = bot.api.mark()
    bot.api.respond("getUpdates", b'{"ok": true, "result": [' + MARKER.encode())
    bot.api.respond("getUpdates", json.dumps({"ok": True, "result": [{"update_id": 99, "message": MARKER}]}).encode())
    await bot.api.await_for(lambda cs: bot.api.faults_left("getUpdates") == 0 or None, timeout=20)
    [reply] = await bot.ask("how do I report hate crime", timeout=20)  # polling goes on
    assert "True Vision" in seen(reply) and mark < bot.api.mark()
    logged = _logged(caplog)
    assert "not JSON" in logged and "not logged while" in logged
    assert MARKER not in logged


async def test_with_log_questions_on_the_operator_sees_the_payload(tg_start, tg_config, caplog: pytest.LogCaptureFixture):
    """The control for the test above: the same fault, with logging of messages turned on."""
    caplog.set_level(logging.DEBUG)
    tg_config.privacy.log_questions = True
    bot = await tg_start(config=tg_config)
    bot.api.respond("getUpdates", b'{"ok": true, "result": [' + MARKER.encode())
    await bot.api.await_for(lambda cs: bot.api.faults_left("getUpdates") == 0 or None, timeout=20)
    await bot.ask("how do I report hate crime", timeout=20)
    assert MARKER in _logged(caplog)


@pytest.mark.parametrize("applied", [False, True], ids=["lost before Telegram acted", "lost after"])
async def test_a_send_answered_200_with_a_broken_body_is_retried_once_not_lost(tg: TgBot, applied: bool,
                                                                               caplog: pytest.LogCaptureFixture):
    tg.api.respond("sendMessage", b'{"ok": true, "result": {"message_id": ' + MARKER.encode(), applied=applied)
    mark = await tg.push(tg.api.text("how do I report hate crime"))
    replies = await tg.api.await_sent(TG_USER, since=mark, timeout=10)
    assert "True Vision" in seen(replies[0])
    silent = await tg.silent_since(mark, TG_USER)
    texts_sent = [seen(c) for c in silent]
    assert texts_sent.count(seen(replies[0])) == (2 if applied else 1)  # a duplicate is accepted, a loss is not
    assert not any("went wrong" in t for t in texts_sent)
    assert MARKER not in _logged(caplog)


# --- /forget leaves nothing in the write-ahead log ---------------------------------------------------


def test_forget_leaves_no_text_on_disk_while_the_store_is_open(tmp_path: Path):
    path = tmp_path / "usage.sqlite"
    store = Storage.open(path, store_questions=True)
    try:
        me = store.user_hash(1)
        store.record_question(me, None, True, text=f"my partner {MARKER} hits me")
        store.record_question(store.user_hash(2), "help-asb", False, text="noisy neighbours")
        on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
        assert MARKER.encode() in on_disk  # the control: it was written
        assert store.forget(me) == 2
        for p in tmp_path.iterdir():
            assert MARKER.encode() not in p.read_bytes(), p.name
        assert not (tmp_path / "usage.sqlite-wal").exists() or (tmp_path / "usage.sqlite-wal").stat().st_size == 0
        assert rows(path, "select text from questions") == [("noisy neighbours",)]
    finally:
        store.close()


# --- ask --json writes valid UTF-8 whatever stdin holds -------------------------------------------------


def test_ask_json_writes_valid_utf8_json_for_invalid_utf8_input(tmp_path: Path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"knowledge: {{index_path: {tmp_path / 'index.sqlite'}}}\n")
    stdin = b"who chairs the board \xff\xfe\n\xc3\x28 priorities \xed\xa0\x80\nplain question\n"
    p = subprocess.run([sys.executable, "-m", "bot", "--config", str(cfg), "ask", "--json"], input=stdin,
                       capture_output=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert len(lines) == 3
    records = [json.loads(line.decode("utf-8")) for line in lines]  # strict: raises on invalid UTF-8
    assert records[0]["question"] == "who chairs the board \ufffd\ufffd" and "Coaker" in records[0]["answer"]
    assert all("\ufffd" not in r["answer"] for r in records)
