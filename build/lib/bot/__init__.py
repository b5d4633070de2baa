"""Nottingham Crime and Drugs Partnership assistant: the core (no Telegram here)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Answer", "Assistant"]

if TYPE_CHECKING:
    from bot.answer import Answer
    from bot.assistant import Assistant


def __getattr__(name: str) -> Any:
    """Import lazily, so `import bot` opens nothing and reads nothing."""
    if name == "Assistant":
        from bot.assistant import Assistant

        return Assistant
    if name == "Answer":
        from bot.answer import Answer

        return Answer
    raise AttributeError(name)
