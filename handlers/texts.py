"""The fixed texts of the Telegram front end (plain text; escaped when rendered).

Answers themselves come from the core (`bot.render` and the knowledge base); these are only the
Telegram-specific lines: welcome, privacy and safety, quick exit, and operational replies. They hold
no phone number, e-mail or link: the 999 line and the error reply are the core's, defined once and
vetted by `kb check` (`{danger}` below is filled with `Assistant.danger_line`). The commands that
answer an intent come from knowledge/menus.yaml.
"""
from __future__ import annotations

from collections.abc import Sequence

from telegram import BotCommand

from bot.knowledge import Command

WELCOME = (
    "Hello. I'm the Nottingham Crime and Drugs Partnership assistant: an automated helper, not a "
    "person.\n\n"
    "I can tell you where to get help (domestic abuse, drugs and alcohol, anti-social behaviour, hate "
    "crime, modern slavery), which group or board owns an issue, and about the partnership's "
    "priorities, statutory duties, targets and Domestic Homicide Reviews. Every answer says which "
    "partnership document it comes from and how current it is.\n\n"
    "I can't report a crime, contact anyone for you, or give advice about your own case.\n"
    "{danger}\n\nTap a topic or type your question."
)

PRIVACY_LINE = "Privacy: I don't keep what you write, only which topics are asked about. /privacy for details, /forget to delete what I hold."
PRIVACY_LINE_STORED = "Privacy: this service keeps the questions you type (not your name) to improve its answers. /privacy for details, /forget to delete them."

HELP_INTRO = (
    "Ask me a question in your own words, for example \"Where can I get help with domestic abuse?\" "
    "or \"Which group deals with anti-social behaviour?\", or use a command:"
)
FIXED_COMMANDS = (
    ("privacy", "What I keep, and how to hide this chat"),
    ("forget", "Delete everything I hold about you"),
    ("exit", "Quick exit: delete this conversation's recent messages"),
)
"""Commands of the Telegram front end itself, advertised after the knowledge's own."""


def bot_commands(commands: Sequence[Command]) -> list[BotCommand]:
    """The command menu (setMyCommands): /help, the knowledge's commands, then privacy, forget, exit.
    /start, /stats and /reload work but are not advertised."""
    return [
        BotCommand("help", "What I can do and how to ask"),
        *(BotCommand(c.name, c.description) for c in commands),
        *(BotCommand(name, desc) for name, desc in FIXED_COMMANDS),
    ]


def help_text(commands: Sequence[Command], danger: str) -> str:
    """/help: how to ask, every command with what it does, and the 999 line."""
    lines = [f"/{c.name}: {c.description[0].lower() + c.description[1:]}" for c in commands]
    lines += [f"/{name}: {desc[0].lower() + desc[1:]}" for name, desc in FIXED_COMMANDS]
    return HELP_INTRO + "\n\n" + "\n".join(lines) + "\n\n" + danger


SAFETY = (
    "Staying safe: if someone might look at your phone or computer, delete this chat when you're "
    "done (press and hold it, or right-click it, then Delete chat). Telegram shows your chats on every "
    "device you're logged in on, so check those too. /exit clears my recent messages at once."
)

PRIVACY_KEEP = (
    "What I keep: how many questions are asked about each topic each day, how many I couldn't answer, "
    "which answers people marked helpful or not, and a scrambled code made from your Telegram account "
    "number (a salted hash), so that /forget can find your records. I don't keep your name, username "
    "or the text of your messages."
)
PRIVACY_KEEP_STORED = (
    "What I keep: the operators of this service have turned on question storage, so the questions you "
    "type are kept with a scrambled code made from your Telegram account number (a salted hash), not "
    "your name. I also count questions per topic per day and helpful / not helpful presses. /forget "
    "deletes your questions and everything else linked to you."
)

PRIVACY_KEEP_DECLINED = (
    "The operators have also turned on keeping the questions I couldn't answer, so they can improve "
    "me: the text of those questions only (never ones I answered, never a message about danger), with "
    "phone numbers, e-mail addresses and postcodes blanked out, deleted after {days} days. /forget deletes yours."
)
PRIVACY_LINE_DECLINED = "Questions I can't answer are kept for {days} days (without phone numbers, e-mails or postcodes) to improve me."
PRIVACY_REST = (
    "/forget deletes everything I hold that is linked to you, straight away.\n\n"
    "Quick exit: /exit (or the Quick exit button under domestic abuse answers) deletes the messages in "
    "this chat that Telegram still lets me delete (those under 48 hours old), yours and mine, and "
    "leaves one neutral line.\n\n"
    "What that cannot hide:\n"
    "- The chat itself stays in your chat list until you delete it: press and hold it (or right-click "
    "it), then Delete chat.\n"
    "- Telegram shows your chats on every device where you're logged in (phone, tablet, computer, web): "
    "delete the chat there too, and check Settings, then Devices, for devices you don't recognise.\n"
    "- Notifications and message previews may already have appeared on a lock screen; you can turn "
    "previews off in Settings, then Notifications.\n"
    "- Messages older than 48 hours can't be deleted by me; you can delete them yourself.\n"
    "- Telegram (the company) handles every message under its own privacy policy."
)
PROTECTED = "My answers are sent with forwarding and saving turned off."

NON_TEXT = "Sorry, I can only read text. Please type your question in words, or send /help to see what I can do."
UNKNOWN_COMMAND = "I don't know that command. Send /help to see what I can do, or just type your question."
SLOW_DOWN = "You're sending messages faster than I can answer. Please wait a few seconds, then try again."
EXIT_DONE = "Done."
FEEDBACK_THANKS = "Thanks for the feedback."
FORGET_DONE = "Done: I've deleted everything I held that was linked to you ({n} record{s}). New questions are counted again, without their text."
FORGET_DONE_STORED = "Done: I've deleted everything I held that was linked to you ({n} record{s}), including any questions you typed."
FORGET_FAILED = "Sorry, I couldn't reach my records just now, so nothing was deleted. Please try /forget again later."

BUTTON_HELPFUL = "\U0001f44d Helpful"
BUTTON_NOT_HELPFUL = "\U0001f44e Not helpful"
BUTTON_EXIT = "Quick exit"
