"""The Telegram front end (python-telegram-bot v22): thin handlers over `bot.Assistant`.

    from handlers import build_application, run_telegram

The fake Bot API server the tests and the benchmark use lives in tests/auxil/loopback.py (not shipped).
"""
from __future__ import annotations

from handlers.app import TelegramStartError, build_application, run_telegram

__all__ = ["TelegramStartError", "build_application", "run_telegram"]
