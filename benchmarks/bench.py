"""`cdp-bot bench`: the project's engine against baselines, in one run.

Engines, on the same knowledge and questions:
- live: `Assistant.ask`, the engine as it is now;
- frozen: `benchmarks.baseline`, the engine as it stood before the understanding work (today's
  matcher, kept unchanged so every later figure has it beside it);
- baseline A: rapidfuzz `process.extractOne(WRatio, default_process)` over every example, answering
  the best one's intent above a cutoff tuned on the same set;
- baseline B: SQLite FTS5 BM25 over the raw examples, top hit's intent above a tuned cutoff.
Question sets: the dev set, a perturbed copy (typos, lower case, filler words, acronyms expanded
and contracted) generated with a fixed seed, `--factor` times its size, and the blind sets of
docs/quality.md (written by people who never saw the knowledge base; never tuned on). The
rapidfuzz and FTS5 baselines' cutoffs are tuned on the dev set and applied to every set.
Speed: per-question latency on each set, and the slowest answer to messages built to be slow
(whitespace runs, repeated words, up to 4,096 characters) and to long narratives up to the cap.
"""
from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from bot.answer import Answer
from bot.assistant import Assistant
from bot.config import REPO_ROOT, load_config
from bot.evaluate import Case, judge, load_cases
from bot.normalise import fold

DA_INTENTS = {"help-domestic-abuse", "juno-about", "juno-services", "dalpb"}
DRUG_INTENTS = {"help-drugs-alcohol", "help-alcohol-family", "combatting-drugs", "owner-substance-use"}
_DA_Q = re.compile(r"\b(domestic (abuse|violence)|partner|husband|boyfriend|wife|girlfriend|abusive|juno)\b")
_DRUG_Q = re.compile(r"\b(drugs?|alcohol|drink|drinking|heroin|cocaine|substance|needle|naloxone|frank)\b")
FILLERS = ("um", "please", "hiya", "can you tell me", "quick question", "sorry", "so basically", "pls")


# --- perturbation ---------------------------------------------------------------------------------

def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("drop", "double", "swap"))
    if op == "drop":
        return word[:i] + word[i + 1 :]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


def perturb(q: str, rng: random.Random, acronyms: dict[str, str]) -> str:
    """One noisy variant of a question: typos, case, fillers, acronyms swapped."""
    text = q
    long_to_short = {v: k for k, v in acronyms.items() if len(v.split()) >= 2}
    if rng.random() < 0.5:
        folded = fold(text)
        for long, short in long_to_short.items():
            if long in folded and rng.random() < 0.7:
                folded = folded.replace(long, short.upper())
                text = folded
                break
        else:
            for short, long in acronyms.items():
                if re.search(rf"\b{re.escape(short)}\b", text, re.I) and rng.random() < 0.7:
                    text = re.sub(rf"\b{re.escape(short)}\b", long, text, flags=re.I)
                    break
    words = text.split()
    for _ in range(rng.choice((0, 1, 1, 2))):
        if words:
            j = rng.randrange(len(words))
            words[j] = _typo(words[j], rng)
    text = " ".join(words)
    if rng.random() < 0.5:
        text = text.lower().rstrip("?.!")
    if rng.random() < 0.4:
        filler = rng.choice(FILLERS)
        text = f"{filler} {text}" if rng.random() < 0.7 else f"{text} {filler}"
    return text


def perturbed_set(cases: list[Case], *, factor: int, seed: int, acronyms: dict[str, str]) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    for case in cases:
        for n in range(factor):
            out.append(Case(f"{case.id}~{n}", perturb(case.q, rng, acronyms), case.kind, case.expect, case.forbid))
    return out


# --- baselines ------------------------------------------------------------------------------------

class BaselineA:
    """rapidfuzz extractOne (WRatio, default_process) over all examples, with a cutoff."""

    def __init__(self, assistant: Assistant) -> None:
        self.a = assistant
        self.choices: list[str] = []
        self.owner: list[str] = []
        for intent in assistant.kb.intents.values():
            for ex in intent.examples:
                self.choices.append(ex)
                self.owner.append(intent.id)
        self.cutoff = 0.0

    def score(self, q: str) -> tuple[str | None, float]:
        hit = process.extractOne(q, self.choices, scorer=fuzz.WRatio, processor=utils.default_process)
        return (self.owner[hit[2]], float(hit[1])) if hit else (None, 0.0)

    def ask(self, q: str) -> Answer:
        intent, score = self.score(q)
        if intent is None or score < self.cutoff:
            return Answer(intent=None, confidence=0.0, text="Sorry, I don't know.")
        return self.a.answer_intent(intent)


class BaselineB:
    """SQLite FTS5 BM25 over the raw examples; the top hit's intent below a rank cutoff."""

    def __init__(self, assistant: Assistant) -> None:
        self.a = assistant
        self.db = sqlite3.connect(":memory:")
        self.db.execute("create virtual table ex using fts5(intent unindexed, text)")
        self.db.executemany(
            "insert into ex values (?, ?)",
            [(i.id, e) for i in assistant.kb.intents.values() for e in i.examples],
        )
        self.cutoff = 0.0

    def score(self, q: str) -> tuple[str | None, float]:
        words = re.findall(r"\w+", q.lower())
        if not words:
            return None, 0.0
        match = " OR ".join(f'"{w}"' for w in words)
        row = self.db.execute("select intent, bm25(ex) from ex where ex match ? order by bm25(ex) limit 1", (match,)).fetchone()
        return (row[0], -float(row[1])) if row else (None, 0.0)

    def ask(self, q: str) -> Answer:
        intent, score = self.score(q)
        if intent is None or score < self.cutoff:
            return Answer(intent=None, confidence=0.0, text="Sorry, I don't know.")
        return self.a.answer_intent(intent)


def tune(engine: BaselineA | BaselineB, cases: list[Case]) -> float:
    """Pick the cutoff that passes most cases of this very set (generous to the baseline)."""
    scored = [(c, *engine.score(c.q)) for c in cases]
    candidates = sorted({round(s, 2) for _c, _i, s in scored})
    answers = {i: engine.a.answer_intent(i) for _c, i, _s in scored if i}
    best_cut, best_pass = 0.0, -1
    for cut in [*candidates[:: max(1, len(candidates) // 60)], candidates[-1] + 1 if candidates else 0.0]:
        passed = 0
        for case, intent, s in scored:
            ans = answers[intent] if intent and s >= cut else Answer(intent=None, confidence=0.0, text="Sorry.")
            passed += judge(case, ans)[0]
        if passed > best_pass:
            best_cut, best_pass = cut, passed
    engine.cutoff = best_cut
    return best_cut


# --- measuring ------------------------------------------------------------------------------------

@dataclass
class Row:
    engine: str
    qset: str
    n: int
    answer_acc: float
    decline: float
    confusions: int
    p50_us: float
    p99_us: float
    qps: float
    peak_kib: float


def critical(case: Case, answer: Answer) -> bool:
    """A domestic-abuse question answered as drugs or the reverse, or a crisis without 999 first.

    "Answered as" is the first answer given: a second situation's help after the right one (a
    partner who hits, and then the help for a family member's drinking) is no swap."""
    if case.kind == "crisis":
        first = answer.text.strip().splitlines()[0] if answer.text.strip() else ""
        return "999" not in first
    q = fold(case.q)
    first_intent = (answer.intents or ((answer.intent,) if answer.intent else ()))[:1]
    intents = set(first_intent)
    if _DA_Q.search(q) and not _DRUG_Q.search(q) and intents & DRUG_INTENTS:
        return True
    return bool(_DRUG_Q.search(q) and not _DA_Q.search(q) and intents & DA_INTENTS)


def measure(name: str, qset: str, ask: Callable[[str], Answer], cases: list[Case]) -> Row:
    for c in cases[:20]:
        ask(c.q)  # warm caches
    times: list[float] = []
    results: list[tuple[Case, Answer]] = []
    gc.collect()
    start = time.perf_counter()
    for c in cases:
        t0 = time.perf_counter_ns()
        ans = ask(c.q)
        times.append((time.perf_counter_ns() - t0) / 1000)
        results.append((c, ans))
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    for c in cases[:200]:
        ask(c.q)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    answer_cases = [(c, a) for c, a in results if c.kind == "answer"]
    oos = [(c, a) for c, a in results if c.kind == "out_of_scope"]
    times.sort()
    return Row(
        engine=name,
        qset=qset,
        n=len(cases),
        answer_acc=sum(judge(c, a)[0] for c, a in answer_cases) / max(len(answer_cases), 1),
        decline=sum(a.intent is None for _c, a in oos) / max(len(oos), 1),
        confusions=sum(critical(c, a) for c, a in results),
        p50_us=statistics.median(times),
        p99_us=times[min(len(times) - 1, int(len(times) * 0.99))],
        qps=len(cases) / elapsed if elapsed else 0.0,
        peak_kib=peak / 1024,
    )


def cold_start(config_path: str | None) -> float:
    """Seconds from process start (interpreter included) to the first answer, index already built."""
    code = (
        "import time,sys;t=time.perf_counter();from bot.assistant import Assistant;"
        "a=Assistant.load(config_path=sys.argv[1] if len(sys.argv)>1 else None);a.ask('who chairs the board');"
        "print(time.perf_counter()-t)"
    )
    args = [sys.executable, "-c", code] + ([config_path] if config_path else [])
    t0 = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=REPO_ROOT)
    return time.perf_counter() - t0


def kb_build_seconds(assistant: Assistant) -> float:
    from bot.index import build_index
    from bot.knowledge import load_knowledge

    tmp = Path(assistant.index_path).with_name(".bench-index.sqlite")
    t0 = time.perf_counter()
    kb = load_knowledge(assistant.config.knowledge.path)
    build_index(kb, tmp)
    took = time.perf_counter() - t0
    tmp.unlink(missing_ok=True)
    return took


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}; {os.cpu_count()} cores; Python {platform.python_version()}; {platform.system()} {platform.release()}"


def table(rows: list[Row]) -> str:
    out = [
        "| engine | question set | n | answer accuracy | out-of-scope declined | critical confusions | p50 µs | p99 µs | questions/s (1 core) | peak memory KiB |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        out.append(
            f"| {r.engine} | {r.qset} | {r.n} | {100 * r.answer_acc:.1f}% | {100 * r.decline:.1f}% | {r.confusions} | "
            f"{r.p50_us:.0f} | {r.p99_us:.0f} | {r.qps:.0f} | {r.peak_kib:.0f} |"
        )
    return "\n".join(out)


def telegram_table(tg: dict[str, Any]) -> str:
    """The burst through the assistant's handlers and through the echo baseline, side by side."""
    out = [
        f"| Telegram, {tg['updates']} updates at once | answered | updates/s | reply p50 ms | reply p99 ms "
        "| service p50 ms | service p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [("this bot's handlers", tg)]
    if tg.get("echo"):
        rows.append(("baseline: echo handler, same Application", tg["echo"]))
    for name, r in rows:
        out.append(
            f"| {name} | {r['answered']} | {r['per_second']:.0f} | {r['p50_ms']:.0f} | {r['p99_ms']:.0f} | "
            f"{r['service_p50_ms']:.1f} | {r['service_p99_ms']:.1f} |"
        )
    return "\n".join(out)


BLIND_SETS = (
    "blind7.yaml", "blind8.yaml", "blind9.yaml", "blind10.yaml", "blind11.yaml", "blind12.yaml",
    "blind13.yaml", "blind14.yaml", "blind15.yaml", "blind16.yaml", "blind17.yaml", "blind18.yaml",
    "blind19.yaml", "blind20.yaml", "blind21.yaml", "blind22.yaml", "blind23.yaml", "blind24.yaml", "blind25.yaml",
    "blind26.yaml", "blind27.yaml", "blind28.yaml", "blind29.yaml", "blind30.yaml", "blind31.yaml", "blind32.yaml",
    "blind33.yaml", "blind34.yaml", "blind35.yaml", "blind36.yaml", "blind37.yaml", "blind38.yaml", "blind39.yaml",
    "blind40.yaml", "blind41.yaml", "blind42.yaml", "blind43.yaml", "blind44.yaml", "blind45.yaml", "blind46.yaml", "blind47.yaml", "blind48.yaml",
    "blind49.yaml", "blind50.yaml", "blind51.yaml", "blind52.yaml", "blind53.yaml", "blind54.yaml", "blind55.yaml", "blind56.yaml", "blind57.yaml", "blind58.yaml", "blind59.yaml", "blind60.yaml",
    "blind61.yaml", "blind62.yaml", "blind63.yaml", "blind64.yaml", "blind65.yaml", "blind66.yaml", "blind67.yaml",
    "blind68.yaml", "blind69.yaml", "blind70.yaml", "blind71.yaml", "blind72.yaml", "blind73.yaml", "blind74.yaml",
    "blind75.yaml", "blind76.yaml", "blind77.yaml", "blind78.yaml", "blind79.yaml", "blind80.yaml", "blind81.yaml", "blind82.yaml", "blind83.yaml", "blind84.yaml", "blind85.yaml", "blind86.yaml", "blind87.yaml", "blind88.yaml", "blind89.yaml", "blind90.yaml", "blind91.yaml", "blind92.yaml", "blind93.yaml", "blind94.yaml", "blind95.yaml", "blind96.yaml", "blind97.yaml", "blind98.yaml", "blind99.yaml", "blind100.yaml", "blind101.yaml", "blind102.yaml", "blind103.yaml", "blind104.yaml", "blind105.yaml", "blind106.yaml", "blind107.yaml", "blind108.yaml", "blind109.yaml", "blind110.yaml", "blind111.yaml", "blind112.yaml", "blind113.yaml", "blind114.yaml", "blind115.yaml", "blind116.yaml",
    "crisis_blind1.yaml", "crisis_blind2.yaml", "crisis_blind3.yaml", "crisis_blind4.yaml", "crisis_blind5.yaml",
    "crisis_blind6.yaml", "crisis_blind7.yaml", "crisis_blind8.yaml", "crisis_blind9.yaml", "crisis_blind10.yaml",
    "crisis_blind11.yaml", "crisis_blind12.yaml", "crisis_blind13.yaml", "crisis_blind14.yaml", "crisis_blind15.yaml", "crisis_blind16.yaml", "crisis_blind17.yaml", "crisis_blind18.yaml", "crisis_blind19.yaml", "crisis_blind20.yaml", "crisis_blind21.yaml", "crisis_blind22.yaml", "crisis_blind23.yaml", "crisis_blind24.yaml", "crisis_blind25.yaml", "crisis_blind26.yaml", "crisis_blind27.yaml", "crisis_blind28.yaml", "crisis_blind29.yaml", "crisis_blind30.yaml", "crisis_blind31.yaml", "crisis_blind32.yaml", "crisis_blind33.yaml", "crisis_blind34.yaml", "crisis_blind35.yaml", "crisis_blind36.yaml", "crisis_blind37.yaml", "crisis_blind38.yaml", "crisis_blind39.yaml", "crisis_blind40.yaml", "crisis_blind41.yaml", "crisis_blind42.yaml", "crisis_blind43.yaml", "crisis_blind44.yaml", "crisis_blind45.yaml", "notcrisis_blind1.yaml", "notcrisis_blind2.yaml", "notcrisis_blind3.yaml",
)


def slowest_ms(ask: Callable[[str], Answer], messages: list[str], *, runs: int = 3) -> float:
    """The slowest answer, in milliseconds, to any of `messages`: each is asked once to warm up,
    then timed `runs` times, and its best time counts (the code's time, not the machine's
    scheduling noise, which on a shared 2-core machine adds a third or more to a single run)."""
    worst = 0.0
    for m in messages:
        ask(m)
        best = float("inf")
        for _ in range(runs):
            t0 = time.perf_counter()
            ask(m)
            best = min(best, (time.perf_counter() - t0) * 1000)
        worst = max(worst, best)
    return worst


def long_messages(cases: list[Case]) -> list[str]:
    """Long narratives up to the 5,000-character cap, built from the sets' own questions."""
    pool = [c.q for c in cases if c.kind == "answer"]
    out: list[str] = []
    for n in (1_000, 2_500, 5_000):
        text = ""
        for q in pool:
            if len(text) + len(q) + 1 > n:
                break
            text += q + " "
        out.append(text.strip())
    return out


def run_bench(args: argparse.Namespace) -> int:
    from benchmarks.baseline.assistant import Assistant as FrozenAssistant
    from tests.auxil.hostile import PATHOLOGICAL

    config_path = getattr(args, "config", None)
    config = load_config(config_path)
    assistant = Assistant.load(config=config)
    assistant.warm()  # (as the Telegram bot runs: latency is read once the patterns are compiled; cold start is its own line)
    frozen = FrozenAssistant.load(config=config)
    data = REPO_ROOT / "tests" / "data"
    dev_path = Path(args.dev) if args.dev else data / "dev.yaml"
    dev = load_cases(dev_path)
    noisy = perturbed_set(dev, factor=args.factor, seed=args.seed, acronyms=assistant.kb.acronyms)
    sets = [(dev_path.name, dev), (f"perturbed x{args.factor} (seed {args.seed})", noisy)]
    if not getattr(args, "no_blind", False):
        sets += [(name, load_cases(data / name)) for name in BLIND_SETS if (data / name).is_file()]
    a, b = BaselineA(assistant), BaselineB(assistant)
    tune(a, dev)
    tune(b, dev)
    rows: list[Row] = []
    for qname, cases in sets:
        rows.append(measure("live engine (this project)", qname, assistant.ask, cases))
        rows.append(measure("frozen engine (before the understanding work)", qname, frozen.ask, cases))
        rows.append(measure(f"baseline A: rapidfuzz WRatio (cutoff {a.cutoff:.0f})", qname, a.ask, cases))
        rows.append(measure(f"baseline B: FTS5 BM25 (cutoff {b.cutoff:.1f})", qname, b.ask, cases))
        print(table(rows[-4:]), flush=True)
    hostile = list(PATHOLOGICAL.values())
    narratives = long_messages([c for _n, cs in sets for c in cs])
    slow = [
        f"- slowest answer to {len(hostile)} messages built to be slow (4,096 characters): live "
        f"{slowest_ms(assistant.ask, hostile):.1f} ms, frozen {slowest_ms(frozen.ask, hostile):.1f} ms",
        f"- slowest answer to long narratives of 1,000, 2,500 and 5,000 characters: live "
        f"{slowest_ms(assistant.ask, narratives):.1f} ms, frozen {slowest_ms(frozen.ask, narratives):.1f} ms",
    ]
    warm = cold_start(config_path)
    build = kb_build_seconds(assistant)
    import resource

    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    extra = [
        *slow,
        f"- peak memory column: Python allocations while answering 200 questions (tracemalloc); whole "
        f"benchmark process peak resident size so far: {rss_mib:.0f} MiB",
        f"- cold start to first answer (new process, built index): {warm * 1000:.0f} ms",
        f"- `kb build` (load and validate YAML, write SQLite with FTS5): {build * 1000:.0f} ms",
    ]
    if args.updates:
        try:
            from benchmarks.telegram import telegram_throughput

            tg = telegram_throughput(assistant, n=args.updates)
            extra.append(
                f"- Telegram, one update at a time ({tg['one_by_one']} updates, each waiting for its reply) through the "
                f"real Application against the loopback Bot API server: reply latency p50 {tg['one_p50_ms']:.1f} ms, "
                f"p99 {tg['one_p99_ms']:.1f} ms"
            )
            extra.append(
                f"- Telegram, {tg['updates']} updates pushed at once (loopback server in its own process): reply "
                f"latency is from the push to the reply reaching the server, queueing included; service time from "
                f"the bot's first handler starting on the update to its reply being acknowledged"
            )
            extra += ["", telegram_table(tg)]
        except ImportError:
            extra.append("- Telegram throughput: not measured (benchmarks.telegram not available)")
    report = "\n".join(
        [
            "## Benchmark",
            "",
            f"Machine: {machine()}",
            f"Command: `cdp-bot bench` (seed {args.seed}, perturbed factor {args.factor})",
            "",
            table(rows),
            "",
            *extra,
        ]
    )
    print()
    print("\n".join(extra))
    if args.out:
        Path(args.out).write_text(report + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0
