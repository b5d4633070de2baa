"""The decision: answer, ask "did you mean", or neither, with the rule that decided and why.

One object holds every threshold (configurable under `policy:` in the configuration, see
config.example.yaml), in the spirit of Rasa's FallbackClassifier: a score to reach before
answering (`answer_at`), a lead over the runner-up below which the assistant asks rather than
guesses (`gap`), and a few guards on how much of the message the best intent explains. `decide`
returns the decision and the reason, with the numbers that decided it, so a changed threshold
shows which decisions move (`cdp-bot ask --explain`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from bot.matcher import Candidate

DecisionKind = Literal["answer", "clarify", "none"]


def _knob(default: float, doc: str, low: float = 0.0, high: float = 1.0) -> float:
    knob: float = field(default=default, metadata={"doc": doc, "min": low, "max": high})
    return knob


@dataclass
class Policy:
    """Every threshold of the decision. The defaults were tuned on the dev and held-out sets."""

    answer_at: float = _knob(0.50, "score the best intent needs to be answered")
    clarify_at: float = _knob(0.42, "score below which the assistant never asks 'did you mean'")
    gap: float = _knob(0.05, "lead over the runner-up needed to answer rather than ask")
    min_evidence: float = _knob(2.0, "weight of the message's words the best intent must explain", 0.0, 20.0)
    min_coverage: float = _knob(0.6, "share of the message's weighted words the best intent must know")
    sure_at: float = _knob(0.8, "score that answers even when part of the message is unexplained")
    passage_coverage: float = _knob(0.8, "share of the message's words a quoted passage must contain")
    out_of_scope_margin: float = _knob(0.1, "a known out-of-scope topic this close to the best candidate declines")
    keyword_lead: float = _knob(0.1, "lead over the runner-up with which an intent's own key phrase answers a long message")
    passage_rare: int = field(default=2, metadata={"doc": "a passage word is rare in at most this many passages", "min": 1, "max": 100})


@dataclass(frozen=True)
class Decision:
    """What the policy concluded for one piece of text, and why."""

    kind: DecisionKind
    best: Candidate | None
    second: Candidate | None
    rule: str
    reason: str


def decide(
    policy: Policy,
    cands: Sequence[Candidate],
    *,
    is_help: Callable[[str], bool],
    related: Callable[[str, str], bool],
    is_out_of_scope: Callable[[str], bool] = lambda _i: False,
) -> Decision:
    """Answer, clarify or neither for ranked candidates (best first).

    `is_help(intent)`: a help intent (a curated help keyword in the message may answer it on a
    lower score); `related(a, b)`: two intents that answer together, never a "did you mean";
    `is_out_of_scope(intent)`: a known out-of-scope topic, which wins when it is close to the best
    (the message may well be about that other thing)."""
    if not cands:
        return Decision("none", None, None, "no-candidates", "no intent shares a telling word with the message")
    best = cands[0]
    if not is_out_of_scope(best.intent) and best.score >= policy.clarify_at:
        # help named by its own key phrase ("raped", "racist abuse") is recall-first: a topic the
        # documents do not answer takes it away only by scoring as well
        margin = 0.0 if best.keyword and is_help(best.intent) else policy.out_of_scope_margin
        rival = next((c for c in cands[1:3] if is_out_of_scope(c.intent) and c.score >= best.score - margin), None)
        if rival is not None and rival.matched_weight >= policy.min_evidence:
            return Decision(
                "answer", rival, best, "near-out-of-scope",
                f"the out-of-scope topic {rival.intent} scores {rival.score:.2f}, within out_of_scope_margin "
                f"{policy.out_of_scope_margin:g} of {best.intent} {best.score:.2f}",
            )
    second = next((c for c in cands[1:] if c.intent != best.intent), None)
    s2 = second.score if second else 0.0
    lead = best.score - s2
    p = policy
    if best.matched_weight < p.min_evidence and not (best.coverage >= 0.95 and best.overlap >= 0.75):
        return Decision(
            "none", best, second, "too-little-evidence",
            f"the words {best.intent} explains weigh {best.matched_weight:.2f} < min_evidence {p.min_evidence:g}",
        )
    # help named by its key phrase is recall-first: topics the documents do not answer take it away
    # only by scoring clearly better ("a domestic abuse number ... open 24 hours?" is no question
    # about shops' opening times; nor is "I was raped ... is there a place I can go?", with two such
    # topics level above it)
    named_help = None
    if is_out_of_scope(best.intent):
        # (the first candidate within the gap that the documents do answer)
        named_help = next((c for c in cands[1:] if c.score > best.score - p.gap and not is_out_of_scope(c.intent)), None)
    if (
        named_help is not None and named_help.keyword and is_help(named_help.intent)
        and named_help.score >= p.clarify_at and named_help.matched_weight >= p.min_evidence
    ):
        return Decision(
            "answer", named_help, best, "help-key-phrase",
            f"{named_help.intent}'s key phrase is in the message and the out-of-scope topic {best.intent} leads it by "
            f"only {best.score - named_help.score:.2f} < gap {p.gap:g}",
        )
    help_keyword = best.keyword and is_help(best.intent)
    # an intent's own key phrase ("Community Trigger") in a long message, well ahead of the rest
    named = best.keyword and best.score >= p.clarify_at and lead >= p.keyword_lead and not is_out_of_scope(best.intent)
    if named and best.coverage < p.min_coverage and best.score < p.sure_at:
        return Decision(
            "answer", best, second, "key-phrase",
            f"{best.intent}'s key phrase is in the message and it leads by {lead:.2f} >= keyword_lead {p.keyword_lead:g}",
        )
    if best.coverage < p.min_coverage and best.score < p.sure_at and not (help_keyword and best.score >= p.clarify_at):
        return Decision(
            "none", best, second, "too-little-covered",
            f"{best.intent} knows {best.coverage:.2f} of the message < min_coverage {p.min_coverage:g} "
            f"and scores {best.score:.2f} < sure_at {p.sure_at:g}",
        )
    is_related = second is not None and related(best.intent, second.intent)
    if best.score >= p.answer_at or help_keyword:
        why_score = (
            f"score {best.score:.2f} >= answer_at {p.answer_at:g}" if best.score >= p.answer_at
            else f"a help keyword of {best.intent} is in the message (score {best.score:.2f})"
        )
        if lead >= p.gap:
            return Decision("answer", best, second, "confident", f"{why_score}; lead {lead:.2f} >= gap {p.gap:g}")
        if s2 < p.clarify_at:
            return Decision("answer", best, second, "confident", f"{why_score}; runner-up {s2:.2f} < clarify_at {p.clarify_at:g}")
        if is_related:
            assert second is not None
            return Decision("answer", best, second, "confident", f"{why_score}; runner-up {second.intent} is related")
    if best.score >= p.clarify_at and second is not None and lead < p.gap and second.matched_weight >= p.min_evidence:
        return Decision(
            "clarify", best, second, "too-close",
            f"{best.intent} {best.score:.2f} and {second.intent} {s2:.2f}: lead {lead:.2f} < gap {p.gap:g}",
        )
    return Decision("none", best, second, "not-sure", f"score {best.score:.2f} < answer_at {p.answer_at:g}")
