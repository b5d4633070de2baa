"""`cdp-bot`: the command line (a thin adapter over the core).

    cdp-bot run                     Telegram if a token is configured, else the terminal chat
    cdp-bot chat                    terminal chat
    cdp-bot ask [--json] [Q ...]    answer one question, or each line of stdin
    cdp-bot ask --conversation      the lines of stdin as one chat, with its context
    cdp-bot eval FILE.yaml          score a question set
    cdp-bot stats [--days N] [--png F]  usage summary, and a chart
    cdp-bot review [--days N]       the declined questions kept, grouped (privacy.store_declined)
    cdp-bot kb check | kb build     validate / compile the knowledge base
    cdp-bot kb add SOURCE --title T --date D    add a document (file or URL)
    cdp-bot kb draft DOC_ID         draft intents from a document (not live)
    cdp-bot telegram --config F     run the Telegram bot
    cdp-bot bench                   benchmark against baselines
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Config, ConfigError, load_config

if TYPE_CHECKING:
    from bot.answer import Answer
    from bot.assistant import Assistant
    from bot.conversation import Conversations


class CliError(Exception):
    """A failure to report as one line on stderr, with exit status 1."""


def _config(args: argparse.Namespace) -> Config:
    return load_config(getattr(args, "config", None))


def _assistant(args: argparse.Namespace) -> Assistant:
    from bot.assistant import Assistant
    from bot.knowledge import KnowledgeError

    try:
        assistant = Assistant.load(config=_config(args))
    except KnowledgeError as exc:
        raise CliError(f"the knowledge base cannot be used: {exc}") from None
    for warning in assistant.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return assistant


def _text(raw: str | bytes) -> str:
    """Text that can be written as UTF-8: invalid bytes (from stdin or arguments) become U+FFFD."""
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    try:
        data = raw.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = raw.encode("utf-8", "replace")
    return data.decode("utf-8", "replace")


def _stdin_lines() -> Iterator[str]:
    """Each line of standard input as text, whatever bytes it holds."""
    stream = getattr(sys.stdin, "buffer", None)
    for line in stream if stream is not None else sys.stdin:
        yield _text(line).rstrip("\r\n")


def _conversations(assistant: Assistant, cfg: Config) -> Conversations:
    from bot.conversation import Conversations

    return Conversations(assistant, idle_minutes=cfg.conversation.idle_minutes)


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer QUESTION (all words as one question), or each line of standard input. With
    --conversation, the lines are one chat's successive messages ("/exit" or "/forget" clears it).
    Lines piped in are answered by --jobs processes at once (each line is its own question, so the
    answers are the same, in the same order)."""
    assistant = _assistant(args)
    questions = [_text(" ".join(args.question))] if args.question else _stdin_lines()
    if args.conversation:
        chat = _conversations(assistant, assistant.config)
        for q in questions:
            print(_shown(chat.message("stdin", q, explain=args.explain), q, args.json, args.explain), flush=True)
        return 0
    jobs = _jobs(args)
    if jobs <= 1:
        for q in questions:
            print(_shown(assistant.ask(q, explain=args.explain), q, args.json, args.explain), flush=True)
        return 0
    import multiprocessing

    global _WORKER
    assistant.warm()  # (compiled once here, not in every worker)
    _WORKER = (assistant, args.json, args.explain)
    with multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_start) as pool:
        for shown in pool.imap(_worker_ask, questions):  # (in order, each as soon as it and those before it are done)
            print(shown, flush=True)
    return 0


def _shown(answer: Answer, q: str, as_json: bool, explain: bool) -> str:
    """An answer as `ask` prints it: one JSON line, or its text (and, with --explain, why)."""
    if as_json:
        return json.dumps(answer.to_json(q), ensure_ascii=False)
    return answer.text + "\n" + (f"\n{format_explain(answer)}\n" if explain else "")


MAX_JOBS = 4
"""Processes that answer piped lines at most (each holds the knowledge in memory once it answers)."""


def _jobs(args: argparse.Namespace) -> int:
    """How many processes answer the lines of stdin: --jobs, or, for lines piped in (not a
    terminal, where one person types one question at a time), one per CPU up to MAX_JOBS. Only on
    Linux, where a process with the assistant loaded forks safely (macOS's libraries may not)."""
    import os

    if args.question or not sys.platform.startswith("linux"):
        return 1
    if args.jobs is not None:
        return max(1, int(args.jobs))
    return 1 if sys.stdin.isatty() else min(MAX_JOBS, os.cpu_count() or 1)


_WORKER: tuple[Assistant, bool, bool] | None = None
"""The loaded assistant, and how answers are shown, that forked workers inherit."""


def _worker_start() -> None:
    """In a forked worker: its own connection to the index (one is never shared across a fork)."""
    if _WORKER is not None:
        _WORKER[0].reopen()


def _worker_ask(q: str) -> str:
    assert _WORKER is not None
    assistant, as_json, explain = _WORKER
    return _shown(assistant.ask(q, explain=explain), q, as_json, explain)


def format_explain(answer: Answer) -> str:
    """The decision's trace for the terminal."""
    from bot.assistant import explain_lines

    ex = answer.explain or {}
    return "\n".join([f"--- why: {answer.kind} ({ex.get('rule', '')}: {ex.get('reason', '')})", *explain_lines(ex)])


def format_chat(answer: Answer) -> str:
    """An answer for the terminal: the text, then numbered follow-ups."""
    out = [answer.text]
    if answer.suggestions:
        out.append("")
        out.append("You could also ask: " + " | ".join(answer.suggestions))
    return "\n".join(out)


def cmd_chat(args: argparse.Namespace) -> int:
    """Chat in the terminal (type /quit to leave)."""
    assistant = _assistant(args)
    print("Nottingham Crime and Drugs Partnership assistant. Ask a question; /forget to start over, /quit to leave.")
    print(assistant.danger_line + "\n")
    chat = _conversations(assistant, assistant.config)
    while True:
        try:
            line = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        cmd = line.strip().lower()
        if cmd in ("/quit", "/exit", "quit", "exit"):
            return 0
        if cmd == "/reload":
            _ok, msg = assistant.reload()
            print(msg + "\n")
            continue
        answer = chat.message("terminal", line)
        print("\nbot> " + format_chat(answer).replace("\n", "\n     ") + "\n")


def cmd_eval(args: argparse.Namespace) -> int:
    """Score a question set: failures, then a per-kind summary."""
    from bot.evaluate import EvalFileError, evaluate, format_report, load_cases

    try:
        cases = load_cases(args.file)
    except EvalFileError as exc:
        raise CliError(str(exc)) from None
    assistant = _assistant(args)
    chats = _conversations(assistant, assistant.config)
    report = evaluate(assistant.ask, cases, chat=lambda key, text: chats.message(key, text))
    print(format_report(report, verbose=args.verbose))
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    """Group the declined questions kept (privacy.store_declined), most frequent first."""
    from bot.review import NOT_STORED, format_review, review
    from bot.storage import Storage

    cfg = _config(args)
    if not cfg.privacy.store_declined:
        print(NOT_STORED)
        return 0
    store = Storage.open(cfg.storage.path, salt=cfg.privacy.salt, store_declined=True, declined_days=cfg.privacy.declined_days)
    if not store.available:
        raise CliError(f"the usage store cannot be opened: {cfg.storage.path}")
    try:
        texts = [t for _day, t in store.declined_questions(args.days)]
    finally:
        store.close()
    assistant = _assistant(args)
    print(format_review(review(assistant, texts), args.days, len(texts)))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """The usage summary (questions, declines, top intents, feedback, crisis replies); --png also
    writes it as a chart image."""
    from bot.charts import chart_png, format_stats
    from bot.storage import Storage

    cfg = _config(args)
    days = max(1, min(366, args.days))
    store = Storage.open(cfg.storage.path, salt=cfg.privacy.salt)
    try:
        data = store.stats(days)
    finally:
        store.close()
    print(format_stats(data, days))
    if args.png:
        if not data.get("available"):
            raise CliError(f"no chart: the usage store cannot be opened ({cfg.storage.path})")
        try:
            Path(args.png).write_bytes(chart_png(data, days))
        except OSError as exc:
            raise CliError(f"cannot write {args.png}: {exc.strerror}") from None
        print(f"chart written to {args.png}")
    return 0


def cmd_kb(args: argparse.Namespace) -> int:
    """Validate (check) or compile (build) the knowledge base."""
    from bot.index import build_index, default_index_path
    from bot.kbcheck import load_valid, validate_knowledge
    from bot.knowledge import KnowledgeError

    cfg = _config(args)
    root = Path(cfg.knowledge.path)
    if args.action in ("add", "draft"):
        return _kb_write(args, cfg, root)
    if args.source or args.title or args.date:
        raise CliError(f"kb {args.action} takes no SOURCE, --title or --date (they are for kb add)")
    if args.action == "check":
        checked = validate_knowledge(root, advisories=True)
        for p in checked.errors:
            print(p)
        for w in checked.warnings:
            print(f"warning: {w}")
        if checked.errors:
            print(f"{len(checked.errors)} error(s): this knowledge would be refused", file=sys.stderr)
            return 1
        note = f" ({len(checked.warnings)} warning(s))" if checked.warnings else ""
        print(f"knowledge base OK: {root}{note}")
        return 0
    started = time.perf_counter()
    try:
        kb = load_valid(root)
    except KnowledgeError as exc:
        for p in exc.problems:
            print(p)
        raise CliError("knowledge base not built: fix the problems above (see `cdp-bot kb check`)") from None
    path = build_index(kb, cfg.knowledge.index_path or default_index_path(root))
    ms = (time.perf_counter() - started) * 1000
    print(f"built {path} ({len(kb.intents)} intents, {len(kb.documents)} documents) in {ms:.0f} ms")
    return 0


def _kb_write(args: argparse.Namespace, cfg: Config, root: Path) -> int:
    """kb add SOURCE --title --date [--kind] [--id]; kb draft DOC_ID."""
    from bot.config import PACKAGE_DIR
    from bot.index import build_index, default_index_path
    from bot.ingest import IngestError, add_document
    from bot.kbcheck import load_valid
    from bot.knowledge import KnowledgeError

    if root.resolve().is_relative_to(PACKAGE_DIR.resolve()):
        raise CliError(
            f"{root} is the knowledge shipped inside the installed package, which is never written to: copy it to a "
            "folder of your own and set knowledge.path in the configuration"
        )
    if args.action == "draft":
        from bot.drafts import write_drafts

        if not args.source:
            raise CliError("kb draft DOC_ID: name the document (its id in sources.yaml)")
        try:
            kb = load_valid(root)
            path, n = write_drafts(root, kb, args.source)
        except KnowledgeError as exc:
            raise CliError(f"the knowledge base cannot be used: {exc}") from None
        except KeyError:
            raise CliError(f"no document {args.source!r} in {root / 'sources.yaml'}") from None
        print(f"wrote {n} draft intent(s) to {path} (not live: review them, then promote; see knowledge/README.md)")
        return 0
    if not args.source or not args.title or not args.date:
        raise CliError("kb add SOURCE --title TITLE --date YYYY[-MM[-DD]] [--kind KIND] [--id ID]")
    try:
        added = add_document(root, args.source, title=args.title, date=args.date, kind=args.kind or "", doc_id=args.id)
    except IngestError as exc:
        raise CliError(str(exc)) from None
    kb = load_valid(root)
    build_index(kb, cfg.knowledge.index_path or default_index_path(root))
    print(f"added '{added.title}' ({added.date}) as {added.id}: {added.characters} characters in {root / added.file}; "
          f"index rebuilt. A running bot picks it up on /reload. Draft intents: cdp-bot kb draft {added.id}")
    return 0


def cmd_telegram(args: argparse.Namespace) -> int:
    """Run the Telegram bot (long polling, or webhook when configured)."""
    cfg = _config(args)
    if not cfg.token:
        raise CliError("no Telegram token: set CDP_BOT_TOKEN or telegram.token in the config file")
    from handlers import run_telegram

    assistant = _assistant(args)
    assistant.warm()  # (a long-running bot: no early message waits for a pattern to compile)
    run_telegram(cfg, assistant)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Start Telegram when a token is configured, the terminal chat otherwise."""
    cfg = _config(args)
    if cfg.token:
        return cmd_telegram(args)
    print("(no Telegram token configured: starting the terminal chat)", file=sys.stderr)
    return cmd_chat(args)


def cmd_bench(args: argparse.Namespace) -> int:
    """Benchmark the matcher against baselines and print the table (from a source checkout)."""
    from bot.config import REPO_ROOT

    if not (REPO_ROOT / "benchmarks" / "bench.py").is_file():
        raise CliError("the benchmark runs from a source checkout with the test extras (scripts/test installs them); "
                       "it is not part of the installed package")
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from benchmarks.bench import run_bench

    return int(run_bench(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cdp-bot", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", help="YAML configuration file (default: $CDP_BOT_CONFIG or ./config.yaml)")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=func.__doc__)
        p.add_argument("--config", default=argparse.SUPPRESS, help="YAML configuration file")
        p.set_defaults(func=func)
        return p

    p = add("ask", cmd_ask, "answer a question (or each line of stdin)")
    p.add_argument("--json", action="store_true", help="one JSON object per question per line")
    p.add_argument("--explain", action="store_true", help="also show why: the prepared query, the candidates and the rule that decided")
    p.add_argument("--conversation", action="store_true",
                   help="the lines of stdin are one chat's messages, read with its context (/exit or /forget clears it)")
    p.add_argument("--jobs", type=int, default=None,
                   help=f"processes that answer piped lines (default: one per CPU, at most {MAX_JOBS}; 1 for a terminal or --conversation)")
    p.add_argument("question", nargs="*", help="the question (all words together); none: read stdin")
    add("chat", cmd_chat, "chat in the terminal")
    p = add("eval", cmd_eval, "score a question set")
    p.add_argument("file", help="question set in the format of tests/data/dev.yaml")
    p.add_argument("--verbose", "-v", action="store_true", help="show every case, not only failures")
    p = add("stats", cmd_stats, "usage summary; --png FILE writes a chart")
    p.add_argument("--days", type=int, default=7, help="how many days back (default 7)")
    p.add_argument("--png", default=None, help="also write the chart to this PNG file")
    p = add("review", cmd_review, "group the declined questions kept (privacy.store_declined)")
    p.add_argument("--days", type=int, default=30, help="how many days back (default 30)")
    p = add("kb", cmd_kb, "check, build or grow the knowledge base")
    p.add_argument("action", choices=["check", "build", "add", "draft"],
                   help="check | build | add SOURCE --title T --date D | draft DOC_ID")
    p.add_argument("source", nargs="?", default=None, help="add: a file path or http(s) URL; draft: a document id")
    p.add_argument("--title", default=None, help="add: the document's title")
    p.add_argument("--date", default=None, help="add: YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--kind", default=None, help="add: what it is (\"council report\", \"web page\")")
    p.add_argument("--id", default=None, help="add: its id (lower-case words and dashes; default from the title)")
    add("telegram", cmd_telegram, "run the Telegram bot")
    add("run", cmd_run, "Telegram if a token is configured, else the terminal chat")
    p = add("bench", cmd_bench, "benchmark the matcher against baselines")
    p.add_argument("--dev", default=None, help="question set (default: tests/data/dev.yaml)")
    p.add_argument("--factor", type=int, default=10, help="perturbed copies per question (default 10)")
    p.add_argument("--seed", type=int, default=20261123)
    p.add_argument("--updates", type=int, default=1000, help="Telegram updates to push (0 to skip)")
    p.add_argument("--out", default=None, help="also write the table to this Markdown file")
    p.add_argument("--no-blind", action="store_true",
                   help="leave out the blind sets' accuracy rows (the speed figures only; about an hour less)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (CliError, ConfigError) as exc:
        print(f"cdp-bot: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
