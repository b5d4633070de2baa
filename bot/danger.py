"""A learned second opinion on danger now, beside the crisis rules in `bot.safety`.

The rules catch the wording they were written for. This model catches danger in other words: a
logistic regression over a message's words and word pairs (stemmed, after typo correction),
trained on messages from people in danger now and on near misses (professional questions about
violence, past abuse, idioms, everyday worries). It reads the whole message and each of its
sentences, and a sentence is enough: danger late in a long message counts.

Training is reproducible and needs no download: `python -m bot.danger` retrains from
`bot/data/danger_training.yaml` alone (messages written for this project by a helper who never saw
an evaluation set, plus a snapshot of the knowledge base's own examples and phrasings, refreshed
with `--snapshot`), and writes `bot/data/danger_model.json`. The threshold is chosen on the training data alone, by 5-fold
cross-validation: the lowest score at which at most 1% of held-out near misses would fire.
`tests/test_danger.py` checks that retraining gives the shipped model.
"""
from __future__ import annotations

import json
import math
from itertools import pairwise
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.normalise import fold, stem
from bot.questions import SENTENCE_RE

DATA = Path(__file__).parent / "data"
MODEL_PATH = DATA / "danger_model.json"
TRAINING_PATH = DATA / "danger_training.yaml"
FALSE_ALARM_RATE = 0.01
"""The share of held-out near misses allowed to fire when the threshold is chosen."""
EPOCHS = 25
L2 = 1e-2
"""Weight decay. Cross-validated recall at 1% false alarms on the training file: 1e-4 89.3%, 1e-3
90.8%, 1e-2 90.5%, 2e-2 89.7%. 1e-2 is as good within one message and leans far less on single
words: at 1e-4 "the lad had gone for his dinner" read as danger (0.99)."""
RATE = 0.2
MIN_COUNT = 2
"""A feature must be seen in at least this many training messages."""
SENTENCE_THRESHOLD = 0.99
"""What one sentence of a longer message must score on its own."""
SENTENCE_WORDS = 4
"""A sentence read on its own has at least this many words."""
MAX_SENTENCES = 40
"""Sentences of one message scored (the whole message is always scored)."""
LONG_SENTENCES = 5
LONG_THRESHOLD = 0.97
"""A message of LONG_SENTENCES or more, read whole, must score this: a long story adds up many
weak words (a hospital, tears, a door) to a score no sentence of it reaches. One sentence over
SENTENCE_THRESHOLD is still enough. Read sets: of the messages only the model reads as danger,
the 92 dangers now all still fire and false alarms fall from 22 to 14 (4 sentences, or 0.98, would
each lose a danger now)."""

_KIND_WORDS = {
    "medical": re.compile(
        r"\b(breath\w*|blue|grey|gray|purple|wake|waking|woke|conscious|unconscious|responsive|pills?|tablets?|overdos\w*|"
        r"needle|seizure|fit|fitting|gurgl\w*|snor\w*|come round|collaps\w*|bleed\w*|blood|ambulance|limp|pulse|sick|vomit\w*)\b"
    ),
    "suicide": re.compile(
        r"\b(end (it|things|my life|her life|his life|it all)|ending (it|things)|done with (it|all|everything|life)|"
        r"goodbye|affairs in order|wont be here|not be here|better off without|no point|kill (my|him|her)self|"
        r"suicid\w*|jump|bridge|rope|noose|blade|cut (my|him|her)self|take (all|my) (pills|tablets))\b"
    ),
}


def features(folded: str) -> set[str]:
    """The words (stemmed) and adjacent word pairs of folded text."""
    words = [stem(w) for w in folded.split()]
    return set(words) | {f"{a} {b}" for a, b in pairwise(words)}


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


@dataclass(frozen=True)
class DangerModel:
    """Weights per feature, a bias and the decision threshold (a probability)."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, folded: str) -> float:
        return _sigmoid(self.bias + sum(self.weights.get(f, 0.0) for f in features(folded)))

    def score(self, text: str) -> float:
        """The probability of danger now in the whole message."""
        return self.probability(fold(text))

    def fires(self, text: str, *, clean: Callable[[str], str] = str) -> bool:
        """The whole message over the threshold (LONG_THRESHOLD for a long one), or one of its
        sentences over SENTENCE_THRESHOLD (stricter: a sentence out of context is easier to
        misread). `clean` is applied to the folded text first (the crisis rules' figures of speech
        are blanked out)."""
        raw = [s for s in SENTENCE_RE.split(text)[:MAX_SENTENCES] if s and s.strip()]
        whole_bar = self.threshold if len(raw) < LONG_SENTENCES else max(self.threshold, LONG_THRESHOLD)
        if self.probability(clean(fold(text))) >= whole_bar:
            return True
        sentences = [clean(fold(s)) for s in raw]  # (read one by one only when the whole did not fire)
        bar = max(self.threshold, SENTENCE_THRESHOLD)
        # a sentence of a few words ("Jordan here.") says too little to be read alone
        return len(sentences) > 1 and any(self.probability(s) >= bar for s in sentences if len(s.split()) >= SENTENCE_WORDS)

    def kind(self, folded: str) -> str:
        """Which danger, read from its words: medical, suicide, else violence."""
        for kind in ("suicide", "medical"):
            if _KIND_WORDS[kind].search(folded):
                return kind
        return "violence"

    def to_json(self) -> dict[str, object]:
        return {"bias": round(self.bias, 6), "threshold": round(self.threshold, 6),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}


@cache
def load_model(path: Path = MODEL_PATH) -> DangerModel | None:
    """The shipped model, or None if it is missing or unreadable (the rules still work alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return DangerModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _fit(examples: Sequence[tuple[set[str], int]], *, seed: int = 0) -> tuple[dict[str, float], float]:
    """Logistic regression by stochastic gradient descent, classes balanced, deterministic."""
    counts: dict[str, int] = {}
    for feats, _y in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    data = [(sorted(feats & keep), y) for feats, y in examples]
    pos = sum(y for _f, y in data) or 1
    neg = (len(data) - pos) or 1
    weight_of = {1: len(data) / (2 * pos), 0: len(data) / (2 * neg)}
    w: dict[str, float] = {}
    b = 0.0
    order = list(range(len(data)))
    rng = random.Random(seed)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch * 0.2)
        for i in order:
            row, y = data[i]
            p = _sigmoid(b + sum(w.get(f, 0.0) for f in row))
            g = (p - y) * weight_of[y]
            b -= rate * g
            for f in row:
                w[f] = w.get(f, 0.0) * (1 - rate * L2) - rate * g
    return {f: v for f, v in w.items() if abs(v) >= 1e-3}, b


def _threshold(examples: Sequence[tuple[str, int]], folds: int = 5) -> tuple[float, float]:
    """The lowest probability at which at most FALSE_ALARM_RATE of held-out negatives fire,
    chosen by cross-validation; and the held-out recall at it."""
    scored: list[tuple[float, int]] = []
    for k in range(folds):
        train = [(features(fold(t)), y) for i, (t, y) in enumerate(examples) if i % folds != k]
        w, b = _fit(train)
        model = DangerModel(w, b, 0.5)
        scored += [(model.score(t), y) for i, (t, y) in enumerate(examples) if i % folds == k]  # whole messages
    negatives = sorted((s for s, y in scored if y == 0), reverse=True)
    allowed = int(len(negatives) * FALSE_ALARM_RATE)
    threshold = max(0.5, negatives[allowed] + 1e-6 if allowed < len(negatives) else 0.5)
    positives = [s for s, y in scored if y == 1]
    return threshold, sum(s >= threshold for s in positives) / max(len(positives), 1)


def training_examples() -> list[tuple[str, int]]:
    """The training messages: danger (1) and not danger (0), all from TRAINING_PATH."""
    from bot.yamlsafe import safe_load

    data = safe_load(TRAINING_PATH.read_text(encoding="utf-8"))
    examples = [(str(t), 1) for t in data["danger"]] + [(str(t), 0) for t in data["not_danger"]]
    kb = data.get("from_knowledge") or {}
    return examples + [(str(t), 1) for t in kb.get("danger") or []] + [(str(t), 0) for t in kb.get("not_danger") or []]


def knowledge_snapshot(knowledge: Path | None = None) -> dict[str, list[str]]:
    """The knowledge base's examples and phrasings as training messages: its emergency-help ones
    as danger, every other as not danger (`python -m bot.danger --snapshot` stores them)."""
    from bot.config import embedded_knowledge
    from bot.kbcheck import load_valid

    kb = load_valid(knowledge or embedded_knowledge())
    out: dict[str, list[str]] = {"danger": [], "not_danger": []}
    for intent in kb.intents.values():
        out["danger" if intent.id == "help-danger-now" else "not_danger"] += [*intent.examples, *intent.phrasings]
    return out


def train(examples: Iterable[tuple[str, int]]) -> tuple[DangerModel, float]:
    """Fit on every example, with the cross-validated threshold; and the held-out recall."""
    rows = list(examples)
    threshold, recall = _threshold(rows)
    w, b = _fit([(features(fold(t)), y) for t, y in rows])
    return DangerModel(w, b, threshold), recall


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - run by hand: python -m bot.danger
    import sys

    import yaml

    args = list(sys.argv[1:] if argv is None else argv)
    if "--snapshot" in args:  # refresh the knowledge base's examples kept in the training file
        text = TRAINING_PATH.read_text(encoding="utf-8").split("\nfrom_knowledge:")[0].rstrip("\n")
        snap = yaml.safe_dump({"from_knowledge": knowledge_snapshot()}, allow_unicode=True, width=200, sort_keys=True)
        TRAINING_PATH.write_text(text + "\n" + SNAPSHOT_NOTE + snap, encoding="utf-8")
    examples = training_examples()
    model, recall = train(examples)
    MODEL_PATH.write_text(json.dumps(model.to_json(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(examples)} examples; threshold {model.threshold:.3f}; held-out recall {recall:.1%}; "
          f"{len(model.weights)} features -> {MODEL_PATH}")
    return 0


SNAPSHOT_NOTE = (
    "# The knowledge base's own examples and phrasings, as stored by `python -m bot.danger --snapshot`\n"
    "# (help-danger-now's as danger, every other as not danger), so that the model is rebuilt from this file alone.\n"
)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
