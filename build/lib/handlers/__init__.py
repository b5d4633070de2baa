"""The Telegram front end (python-telegram-bot v22): thin handlers over `bot.Assistant`.

    from handlers import build_application, run_telegram

`handlers.loopback` is a Bot API server on 127.0.0.1 for the tests and `handlers.bench`.
"""
from __future__ import annotations

from handlers.app import TelegramStartError, build_application, run_telegram

__all__ = ["TelegramStartError", "build_application", "run_telegram"]
