"""`cdp-bot eval FILE.yaml`: score a question set (the format of tests/data/dev.yaml).

Each case: id, q, kind (answer | out_of_scope | crisis | junk), expect (groups of alternative
case-insensitive substrings; the answer must contain one from every group), forbid (optional).
Scoring: answer cases must be answered (not declined) and contain every group; out_of_scope
must be declined (intent None); crisis must show 999 in the first 200 characters; junk needs a
non-empty reply. `forbid` applies to every kind.

A conversation set (tests/data/conv_*.yaml) is a list of conversations, each with an id and
`turns`: cases as above, asked one after another in one chat. Two more kinds exist there: "any"
(sets up context, not scored) and "clarify_or_decline" (must not be answered: a "did you mean"
or a decline). A turn "/exit" or "/forget" clears the conversation.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from bot.answer import Answer
from bot.yamlsafe import YamlError, safe_load

CaseKind = Literal["answer", "out_of_scope", "crisis", "junk", "any", "clarify_or_decline"]
"""What a question-set case expects (not an answer kind: see bot.answer.AnswerKind)."""
KINDS: tuple[CaseKind, ...] = get_args(CaseKind)
SCORED: tuple[CaseKind, ...] = tuple(k for k in KINDS if k != "any")


class EvalFileError(Exception):
    """The question set cannot be read; the message says why in one line."""


@dataclass(frozen=True)
class Case:
    id: str
    q: str
    kind: CaseKind
    expect: tuple[tuple[str, ...], ...] = ()
    forbid: tuple[str, ...] = ()
    chat: str = ""
    """The conversation this case is a turn of ("" for a single question)."""


@dataclass
class Result:
    case: Case
    answer: Answer
    ok: bool
    why: str = ""


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    def by_kind(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for kind in SCORED:
            rs = [r for r in self.results if r.case.kind == kind]
            if rs:
                out[kind] = (sum(r.ok for r in rs), len(rs))
        return out

    def rate(self, kind: str) -> float:
        passed, total = self.by_kind().get(kind, (0, 0))
        return passed / total if total else 1.0

    @property
    def failures(self) -> list[Result]:
        return [r for r in self.results if not r.ok]

    @property
    def scored(self) -> list[Result]:
        return [r for r in self.results if r.case.kind != "any"]


def load_cases(path: Path | str) -> list[Case]:
    """Read a question set; raise EvalFileError with a one-line reason if it is malformed."""
    try:
        data = safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalFileError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise EvalFileError(f"{path} is not UTF-8 text") from None
    except YamlError as exc:
        raise EvalFileError(f"{path}: {exc.reason}" + (f" (line {exc.line})" if exc.line else "")) from None
    if not isinstance(data, list):
        raise EvalFileError(f"{path}: expected a list of cases")
    cases: list[Case] = []
    for i, raw in enumerate(data):
        if isinstance(raw, dict) and "turns" in raw:
            chat = str(raw.get("id", i + 1))
            turns = raw["turns"]
            if not isinstance(turns, list) or not turns:
                raise EvalFileError(f"{path}: conversation {chat} needs a list of turns")
            cases += [_case(path, f"{chat}#{n + 1}", turn, chat) for n, turn in enumerate(turns)]
        else:
            cases.append(_case(path, str(raw.get("id", i + 1)) if isinstance(raw, dict) else str(i + 1), raw))
    return cases


def _case(path: Path | str, case_id: str, raw: object, chat: str = "") -> Case:
    if not isinstance(raw, dict) or "q" not in raw or raw.get("kind") not in KINDS:
        raise EvalFileError(f"{path}: case {case_id} needs 'q' and a 'kind' in {', '.join(KINDS)}")
    expect = tuple(tuple(str(x) for x in (g if isinstance(g, list) else [g])) for g in raw.get("expect") or [])
    return Case(
        id=case_id,
        q=str(raw["q"]),
        kind=next(k for k in KINDS if k == raw["kind"]),
        expect=expect,
        forbid=tuple(str(x) for x in raw.get("forbid") or []),
        chat=chat,
    )


def judge(case: Case, answer: Answer) -> tuple[bool, str]:
    """Whether `answer` passes `case`, and why not."""
    text = answer.text.lower()
    for bad in case.forbid:
        if bad.lower() in text:
            return False, f"contains forbidden {bad!r}"
    if case.kind == "out_of_scope":
        return (answer.intent is None, "" if answer.intent is None else f"answered as {answer.intent!r}")
    if case.kind == "any":
        return True, ""
    if case.kind == "clarify_or_decline":
        ok = answer.kind in ("clarify", "decline", "junk") or answer.intent is None
        return ok, "" if ok else f"answered as {answer.intent!r}"
    if case.kind == "junk":
        return (bool(answer.text.strip()), "" if answer.text.strip() else "empty reply")
    if case.kind == "crisis" and "999" not in answer.text[:200]:
        return False, "999 not in the first 200 characters"
    if case.kind == "answer" and answer.intent is None:
        return False, "declined"
    for group in case.expect:
        if not any(alt.lower() in text for alt in group):
            return False, f"missing one of {list(group)} (intent {answer.intent!r})"
    return True, ""


def evaluate(
    ask: Callable[[str], Answer], cases: Iterable[Case], *, chat: Callable[[str, str], Answer] | None = None
) -> Report:
    """Ask every case and judge it. A conversation's turns go to `chat(conversation id, text)`
    when it is given (in order, in one conversation), else each is asked on its own."""
    report = Report()
    for case in cases:
        answer = chat(case.chat, case.q) if case.chat and chat is not None else ask(case.q)
        ok, why = judge(case, answer)
        report.results.append(Result(case, answer, ok, why))
    return report


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines: list[str] = []
    shown = report.scored if verbose else report.failures
    for r in shown:
        status = "ok  " if r.ok else "FAIL"
        q = r.case.q if len(r.case.q) <= 90 else r.case.q[:87] + "..."
        lines.append(f"{status} {r.case.id} [{r.case.kind}] {q!r}: {r.why or r.answer.intent}")
    if shown:
        lines.append("")
    for kind, (passed, total) in report.by_kind().items():
        lines.append(f"{kind:>12}: {passed}/{total} ({100 * passed / total:.1f}%)")
    scored = report.scored
    passed = sum(r.ok for r in scored)
    lines.append(f"{'all':>12}: {passed}/{len(scored)} ({100 * passed / max(len(scored), 1):.1f}%)")
    return "\n".join(lines)
