"""Test helpers (python-telegram-bot keeps its equivalents in tests/auxil): the loopback Bot API server and the Telegram test knowledge base."""
