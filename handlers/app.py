"""Building and running the Telegram application (python-telegram-bot v22).

    app = build_application(config, assistant)   # the tests use this too
    run_telegram(config, assistant)             # long polling, or webhook when configured

`run_telegram` runs the Application itself (initialize, start, wait, stop, shutdown) rather than
through `run_polling`/`run_webhook`, so that it can stop on a revoked token (and exit non-zero)
and serve the webhook with its own handler (bad bodies are 400 and are never logged).
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from typing import TYPE_CHECKING, Any

import tornado.httpserver
import tornado.web

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

from bot.config import Config, ConfigError
from bot.storage import Storage
from handlers import callbacks, texts
from handlers.network import BotApiRequest, PerChatUpdateProcessor, RetryingRequest, TokenWatch, install_redaction, redact
from handlers.render import CB_EXIT_PATTERN, CB_FEEDBACK_PATTERN, CB_INTENT_PATTERN
from handlers.services import MessageLog, RateLimiter, Services

if TYPE_CHECKING:
    from bot.assistant import Assistant

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]
"""The Application type (python-telegram-bot's generic with the default context types)."""

ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]
NOISY_LOGGERS = ("httpx", "httpcore", "hpack", "tornado.access")


class TelegramStartError(ConfigError):
    """The bot could not start; the message is one line and never contains the token."""


def configure_logging(config: Config) -> None:
    """Privacy-safe logging: the token redacted everywhere, HTTP client logs at WARNING, and PTB's
    debug logs (which print whole updates, i.e. users' messages) off unless log_questions is on."""
    install_redaction(config.token, log_payloads=config.privacy.log_questions)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if not config.privacy.log_questions:
        ptb = logging.getLogger("telegram")
        if ptb.level < logging.INFO:  # NOTSET included: a later DEBUG root must not reach PTB
            ptb.setLevel(logging.INFO)


async def on_startup(app: App) -> None:
    """Open the usage store and register the command menu (setMyCommands)."""
    svc: Services = app.bot_data["services"]
    if svc.storage is None:
        cfg = svc.config
        svc.storage = Storage.open(
            cfg.storage.path, salt=cfg.privacy.salt, store_questions=cfg.privacy.store_questions,
            store_declined=cfg.privacy.store_declined, declined_days=cfg.privacy.declined_days,
        )
    try:
        await app.bot.set_my_commands(texts.bot_commands(svc.assistant.kb.commands))
    except TelegramError as exc:
        log.warning("could not register the command menu: %s", type(exc).__name__)


async def on_shutdown(app: App) -> None:
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
) -> App:
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
    watch = TokenWatch()
    log_payloads = config.privacy.log_questions
    request = RetryingRequest(
        watch=watch,
        log_payloads=log_payloads,
        max_retries=tg.max_retries,
        base_delay=retry_delay,
        connection_pool_size=connection_pool_size,
        read_timeout=request_timeout,
        write_timeout=request_timeout,
        connect_timeout=request_timeout,
        pool_timeout=request_timeout,
    )
    updates_request = BotApiRequest(
        watch=watch, log_payloads=log_payloads, connection_pool_size=2, read_timeout=request_timeout, connect_timeout=request_timeout
    )
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
        watch=watch,
    )
    add_handlers(app)
    return app


def add_handlers(app: App) -> None:
    """Register the gates, commands, messages, buttons and the one error handler."""
    messages = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
    app.add_handler(TypeHandler(Update, callbacks.track), group=-2)
    app.add_handler(TypeHandler(Update, callbacks.rate_gate), group=-1)
    app.add_handler(CommandHandler("start", callbacks.start, filters=messages))
    app.add_handler(CommandHandler("help", callbacks.help_command, filters=messages))
    app.add_handler(CommandHandler("privacy", callbacks.privacy, filters=messages))
    app.add_handler(CommandHandler("forget", callbacks.forget, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CommandHandler("exit", callbacks.quick_exit, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CommandHandler("stats", callbacks.stats, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CommandHandler("reload", callbacks.reload, filters=filters.UpdateType.MESSAGE))
    app.add_handler(MessageHandler(messages & filters.COMMAND, callbacks.knowledge_command))
    app.add_handler(MessageHandler(messages & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND, callbacks.text_message))
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.CAPTION & ~filters.StatusUpdate.ALL,
            callbacks.other_message,
        )
    )
    app.add_handler(CallbackQueryHandler(callbacks.intent_button, pattern=CB_INTENT_PATTERN))
    app.add_handler(CallbackQueryHandler(callbacks.feedback_button, pattern=CB_FEEDBACK_PATTERN))
    app.add_handler(CallbackQueryHandler(callbacks.exit_button, pattern=CB_EXIT_PATTERN))
    app.add_handler(CallbackQueryHandler(callbacks.unknown_button))
    app.add_error_handler(callbacks.on_error)


def run_telegram(config: Config, assistant: Assistant) -> None:
    """Run the bot until SIGINT/SIGTERM: long polling, or a webhook when telegram.mode is 'webhook'.

    Raises TelegramStartError (one line, never the token) when it cannot start, and when Telegram
    stops accepting the token while it runs: a supervisor then sees a non-zero exit."""
    logging.getLogger().setLevel(config.logging.level)
    app = build_application(config, assistant)
    tg = config.telegram
    if tg.mode == "webhook" and not tg.webhook.url:
        raise TelegramStartError("webhook mode needs telegram.webhook.url (the public HTTPS address)")
    try:
        revoked = asyncio.run(_serve(app, config))
    except InvalidToken:
        raise TelegramStartError("Telegram rejected the bot token: check CDP_BOT_TOKEN or telegram.token") from None
    except (TelegramError, OSError) as exc:
        raise TelegramStartError(redact(f"the Telegram bot stopped: {exc}").splitlines()[0]) from None
    if revoked:
        raise TelegramStartError(
            "Telegram no longer accepts the bot token (401 Unauthorized): it was revoked or replaced; "
            "stopped. Set a new token in CDP_BOT_TOKEN or telegram.token"
        )
    log.info("the Telegram bot stopped")


async def _serve(app: App, config: Config) -> bool:
    """Start the application, serve until a stop signal or a revoked token, stop cleanly.
    True when it stopped because the token was revoked."""
    svc: Services = app.bot_data["services"]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    tg = config.telegram
    server: Any = None
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        if tg.mode == "webhook":
            server = await _start_webhook(app, config)
            log.info("starting the Telegram bot (webhook on %s:%d/%s)", tg.webhook.listen, tg.webhook.port, tg.webhook.path)
        else:
            log.info("starting the Telegram bot (long polling)")
            assert app.updater is not None  # built by ApplicationBuilder
            await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        await app.start()
        waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(svc.watch.revoked.wait())]
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        for w in waiters:
            w.cancel()
    finally:
        if server is not None:
            server.stop()
            await server.close_all_connections()
        if app.updater is not None and app.updater.running:
            try:
                await app.updater.stop()
            except InvalidToken:
                if not svc.watch.revoked.is_set():
                    raise  # pragma: no cover - a 401 always sets the watch first
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    return svc.watch.revoked.is_set()


MAX_WEBHOOK_BODY = 1_000_000
"""Telegram's updates are a few kilobytes; anything near this is not from Telegram."""


async def _start_webhook(app: App, config: Config) -> Any:
    """Register the webhook with Telegram and serve it (tornado, from the webhooks extra)."""
    wh = config.telegram.webhook
    await app.bot.set_webhook(url=wh.url, allowed_updates=ALLOWED_UPDATES, secret_token=wh.secret_token or None)
    routes = tornado.web.Application(
        [(rf"/{wh.path}/?", WebhookHandler, {"app": app, "secret": wh.secret_token, "log_payloads": config.privacy.log_questions})]
    )
    server = tornado.httpserver.HTTPServer(routes, max_body_size=MAX_WEBHOOK_BODY)
    server.listen(wh.port, address=wh.listen)
    return server


class WebhookHandler(tornado.web.RequestHandler):
    """POST /<path>: one update from Telegram. 403 without the secret; 400 for a body that is empty,
    not UTF-8, not JSON or not an update (logged without its content unless log_questions)."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, app: App, secret: str, log_payloads: bool) -> None:
        self.app, self.secret, self.log_payloads = app, secret, log_payloads

    def set_default_headers(self) -> None:
        self.set_header("Content-Type", "application/json; charset=utf-8")

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:
        """Quiet: tornado would log the request, body included."""

    def _refuse(self, status: int, why: str) -> None:
        if self.log_payloads:
            log.warning("webhook: refused a request (%s): %r", why, self.request.body[:2000])
        else:
            log.warning("webhook: refused a request (%s; %d bytes, content not logged)", why, len(self.request.body))
        self.set_status(status)
        self.finish(json.dumps({"ok": False, "error": why}))

    async def post(self) -> None:
        if self.secret:
            given = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
            if not hmac.compare_digest(given.encode(), self.secret.encode()):
                self._refuse(403, "wrong or missing secret token")
                return
        body = self.request.body
        if not body:
            self._refuse(400, "empty body")
            return
        try:
            data = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError:
            self._refuse(400, "body is not UTF-8")
            return
        except ValueError:
            self._refuse(400, "body is not JSON")
            return
        try:
            update = Update.de_json(data, self.app.bot) if isinstance(data, dict) else None
        except Exception:  # noqa: BLE001 - any shape PTB cannot read is a bad request
            update = None
        if update is None:
            self._refuse(400, "body is not a Telegram update")
            return
        await self.app.update_queue.put(update)
        self.set_status(200)
        self.finish(b"{}")
