"""Building and running the Telegram application (python-telegram-bot v22).

    app = build_application(config, assistant)   # the tests use this too
    run_telegram(config, assistant)             # long polling, or webhook when configured
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.config import Config, ConfigError
from bot.storage import Storage
from handlers import callbacks, texts
from handlers.network import PerChatUpdateProcessor, RetryingRequest, install_redaction, redact
from handlers.services import MessageLog, RateLimiter, Services

if TYPE_CHECKING:
    from bot.assistant import Assistant

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]
NOISY_LOGGERS = ("httpx", "httpcore", "hpack", "tornado.access")


class TelegramStartError(ConfigError):
    """The bot could not start; the message is one line and never contains the token."""


def configure_logging(config: Config) -> None:
    """Privacy-safe logging: the token redacted everywhere, HTTP client logs at WARNING, and PTB's
    debug logs (which print whole updates, i.e. users' messages) off unless log_questions is on."""
    install_redaction(config.token)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if not config.privacy.log_questions:
        ptb = logging.getLogger("telegram")
        if ptb.level < logging.INFO:  # NOTSET included: a later DEBUG root must not reach PTB
            ptb.setLevel(logging.INFO)


async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
    """Open the usage store and register the command menu (setMyCommands)."""
    svc: Services = app.bot_data["services"]
    if svc.storage is None:
        cfg = svc.config
        svc.storage = Storage.open(cfg.storage.path, salt=cfg.privacy.salt, store_questions=cfg.privacy.store_questions)
    try:
        await app.bot.set_my_commands(list(texts.COMMANDS))
    except TelegramError as exc:
        log.warning("could not register the command menu: %s", type(exc).__name__)


async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
    """Close the usage store."""
    svc: Services = app.bot_data["services"]
    if svc.storage is not None:
        svc.storage.close()
        svc.storage = None


def build_application(
    config: Config,
    assistant: Assistant,
    *,
    storage: Storage | None = None,
    request_timeout: float = 10.0,
    retry_delay: float = 0.5,
    max_concurrent_updates: int = 64,
    connection_pool_size: int = 8,
) -> Application:  # type: ignore[type-arg]
    """The configured Application with every handler; the usage store opens in post_init.

    `storage` replaces the configured store (tests). `request_timeout` is the read timeout of one
    Bot API call, `retry_delay` the first back-off after a network error or 5xx. Updates of
    different chats are handled `max_concurrent_updates` at a time over `connection_pool_size`
    connections. Eight connections carry 80 calls a second at a 100 ms round trip, well above
    the 30 messages a second Telegram allows a bot; more only cost CPU: httpcore checks every
    pooled connection (a system call or two for each idle one) whenever a call starts or ends, and
    16 instead of 8 cut a 1,000-update loopback burst from about 270 to 220 updates/s.
    """
    token = config.token
    if not token:
        raise ConfigError("no Telegram token: set CDP_BOT_TOKEN or telegram.token in the config file")
    configure_logging(config)
    tg = config.telegram
    request = RetryingRequest(
        max_retries=tg.max_retries,
        base_delay=retry_delay,
        connection_pool_size=connection_pool_size,
        read_timeout=request_timeout,
        write_timeout=request_timeout,
        connect_timeout=request_timeout,
        pool_timeout=request_timeout,
    )
    updates_request = HTTPXRequest(connection_pool_size=2, read_timeout=request_timeout, connect_timeout=request_timeout)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(tg.base_url)
        .base_file_url(tg.base_file_url)
        .request(request)
        .get_updates_request(updates_request)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                protect_content=tg.protect_content,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .concurrent_updates(PerChatUpdateProcessor(max_concurrent_updates))
        .post_init(on_startup)
        .post_shutdown(on_shutdown)
        .build()
    )
    app.bot_data["services"] = Services(
        assistant=assistant,
        config=config,
        messages=MessageLog(),
        limiter=RateLimiter(tg.rate_limit.messages, tg.rate_limit.per_seconds),
        storage=storage,
    )
    add_handlers(app)
    return app


def add_handlers(app: Application) -> None:  # type: ignore[type-arg]
    """Register the gates, commands, messages, buttons and the one error handler."""
    messages = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
    app.add_handler(TypeHandler(Update, callbacks.track), group=-2)
    app.add_handler(TypeHandler(Update, callbacks.rate_gate), group=-1)
    app.add_handler(CommandHandler("start", callbacks.start, filters=messages))
    app.add_handler(CommandHandler("help", callbacks.help_command, filters=messages))
    app.add_handler(CommandHandler("priorities", callbacks.priorities, filters=messages))
    app.add_handler(CommandHandler(list(texts.COMMAND_INTENTS), callbacks.intent_command, filters=messages))
    app.add_handler(CommandHandler("privacy", callbacks.privacy, filters=messages))
    app.add_handler(CommandHandler("forget", callbacks.forget, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CommandHandler("exit", callbacks.quick_exit, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CommandHandler("stats", callbacks.stats, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CommandHandler("reload", callbacks.reload, filters=filters.UpdateType.MESSAGE))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, callbacks.unknown_command))
    app.add_handler(MessageHandler(messages & filters.TEXT & ~filters.COMMAND, callbacks.text_message))
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL, callbacks.other_message
        )
    )
    app.add_handler(CallbackQueryHandler(callbacks.button))
    app.add_error_handler(callbacks.on_error)


def run_telegram(config: Config, assistant: Assistant) -> None:
    """Run the bot until SIGINT/SIGTERM: long polling, or a webhook when telegram.mode is 'webhook'."""
    logging.getLogger().setLevel(config.logging.level)
    app = build_application(config, assistant)
    tg = config.telegram
    try:
        if tg.mode == "webhook":
            wh = tg.webhook
            if not wh.url:
                raise TelegramStartError("webhook mode needs telegram.webhook.url (the public HTTPS address)")
            log.info("starting the Telegram bot (webhook on %s:%d/%s)", wh.listen, wh.port, wh.path)
            app.run_webhook(
                listen=wh.listen,
                port=wh.port,
                url_path=wh.path,
                webhook_url=wh.url,
                secret_token=wh.secret_token or None,
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            log.info("starting the Telegram bot (long polling)")
            app.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        raise TelegramStartError("Telegram rejected the bot token: check CDP_BOT_TOKEN or telegram.token") from None
    except RuntimeError as exc:
        if "webhooks" in str(exc):
            raise TelegramStartError(
                "webhook mode needs the webhook extra: pip install 'python-telegram-bot[webhooks]'"
            ) from None
        raise TelegramStartError(redact(f"the Telegram bot stopped: {exc}").splitlines()[0]) from None
    except TelegramError as exc:
        raise TelegramStartError(redact(f"the Telegram bot stopped: {exc}").splitlines()[0]) from None
    log.info("the Telegram bot stopped")
