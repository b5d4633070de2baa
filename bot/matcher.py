"""Fuzzy intent matching: which intents a question is about, and how sure we are.

Three signals per intent, all on normalised, stemmed content tokens:
- coverage: how much of the question's weighted vocabulary the intent knows (its examples,
  keywords and title in full; its answer text at half credit), so rambling messages still
  find their intent;
- overlap: BM25-style weighted Dice overlap with the intent's best example;
- fuzz: rapidfuzz `token_sort_ratio` of the question against that intent's examples.
Words are weighted by how distinctive they are across intents (inverse intent frequency), with
domain-common words ("nottingham", "help", "partnership") damped and unknown words counted, so a
question about the weather or another city is not pulled onto the nearest intent.
Typos are corrected against the knowledge base's own vocabulary (Damerau-Levenshtein).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.knowledge import Intent, KnowledgeBase
from bot.normalise import WEAK_WORDS, Normaliser, stem

WEAK_FACTOR = 0.3
UNKNOWN_WEIGHT = 2.6
NUMBER_WEIGHT = 1.0
ANSWER_ONLY_WEIGHT = 1.5
DOCUMENT_ONLY_WEIGHT = 3.0
ANSWER_CREDIT = 0.5
W_COVERAGE, W_OVERLAP, W_FUZZ = 0.45, 0.35, 0.20


@dataclass(frozen=True)
class Candidate:
    """One intent's score for a question (0..1) and the signals behind it."""

    intent: str
    score: float
    coverage: float
    overlap: float
    fuzz: float
    matched_weight: float


@dataclass(frozen=True)
class Query:
    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    unknown: tuple[str, ...]

    @property
    def total(self) -> float:
        return sum(self.weights)


class Matcher:
    """Scores questions against a knowledge base's intents. Build once; `rank` is pure."""

    def __init__(self, kb: KnowledgeBase, normaliser: Normaliser) -> None:
        self.norm = normaliser
        self.intent_ids: list[str] = list(kb.intents)
        self.vocab: list[set[str]] = []
        self.answer_vocab: list[set[str]] = []
        self.examples: list[tuple[int, tuple[str, ...], str]] = []
        for idx, intent in enumerate(kb.intents.values()):
            vocab: set[str] = set()
            for phrase in (*intent.examples, *intent.keywords, intent.title):
                vocab.update(self.norm.tokens(phrase))
            self.vocab.append(vocab)
            answer_tokens: set[str] = set()
            for version in intent.versions:
                answer_tokens.update(self.norm.tokens(version.answer))
            self.answer_vocab.append(answer_tokens - vocab)
            for ex in (*intent.examples, *intent.keywords):
                toks = tuple(self.norm.tokens(ex))
                if toks:
                    self.examples.append((idx, toks, " ".join(toks)))
        n = max(len(self.intent_ids), 1)
        df: dict[str, int] = defaultdict(int)
        for vocab in self.vocab:
            for t in vocab:
                df[t] += 1
        self.weight: dict[str, float] = {}
        weak = {stem(w) for w in WEAK_WORDS}
        for t, d in df.items():
            w = math.log(1 + n / d)
            if t in weak:
                w *= WEAK_FACTOR
            self.weight[t] = w
        self.known: set[str] = set(df)
        for answer_tokens in self.answer_vocab:
            self.known.update(answer_tokens)
        self.answer_only = set(self.known) - set(df)
        self.document_only: set[str] = set()
        for doc in kb.documents.values():
            self.document_only.update(self.norm.tokens(doc.text))
        self.document_only -= self.known
        self.known |= self.document_only
        self._vocab_list = sorted(self.known)
        self.by_token: dict[str, list[int]] = defaultdict(list)
        for ei, (_idx, toks, _s) in enumerate(self.examples):
            for t in set(toks):
                self.by_token[t].append(ei)
        self.by_answer_token: dict[str, list[int]] = defaultdict(list)
        for idx, answer_tokens in enumerate(self.answer_vocab):
            for t in answer_tokens:
                self.by_answer_token[t].append(idx)
        self.example_weight = [sum(self.w(t) for t in set(toks)) for _i, toks, _s in self.examples]
        self._correct = lru_cache(maxsize=50_000)(self._correct_uncached)

    # -- query -------------------------------------------------------------------------------

    def w(self, token: str) -> float:
        if token in self.weight:
            return self.weight[token]
        if token.isdigit():
            return NUMBER_WEIGHT
        if token in self.answer_only:
            return ANSWER_ONLY_WEIGHT
        if token in self.document_only:
            return DOCUMENT_ONLY_WEIGHT
        return UNKNOWN_WEIGHT

    def _correct_uncached(self, token: str) -> str:
        if token in self.known or token.isdigit() or len(token) < 4:
            return token
        cutoff = 0.74 if len(token) <= 4 else 0.79
        best = process.extractOne(
            token, self._vocab_list, scorer=DamerauLevenshtein.normalized_similarity, score_cutoff=cutoff
        )
        if best is None:
            return token
        if len(token) <= 4 and best[0][0] != token[0]:
            return token
        return str(best[0])

    def query(self, text: str) -> Query:
        """Normalise, drop years, correct typos and weigh the question's tokens."""
        toks: list[str] = []
        for t in self.norm.tokens(text):
            if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20"):
                continue
            toks.append(self._correct(t))
        toks = list(dict.fromkeys(toks))
        unknown = tuple(t for t in toks if t not in self.known and not t.isdigit())
        return Query(tuple(toks), tuple(self.w(t) for t in toks), unknown)

    # -- scoring -----------------------------------------------------------------------------

    def rank(self, text: str, *, limit: int = 5) -> list[Candidate]:
        """The best `limit` intents for `text`, best first (empty when nothing matches)."""
        q = self.query(text)
        return self.rank_query(q, limit=limit)

    def rank_query(self, q: Query, *, limit: int = 5) -> list[Candidate]:
        if not q.tokens or q.total <= 0:
            return []
        qset = dict(zip(q.tokens, q.weights))
        total = q.total
        # Overlap with each example that shares a token (weighted Dice).
        best_overlap: dict[int, float] = {}
        best_example: dict[int, list[int]] = defaultdict(list)
        shared: dict[int, float] = defaultdict(float)
        for t, wt in qset.items():
            for ei in self.by_token.get(t, ()):
                shared[ei] += wt
        for ei, s in shared.items():
            idx = self.examples[ei][0]
            dice = 2 * s / (total + self.example_weight[ei])
            if dice > best_overlap.get(idx, 0.0):
                best_overlap[idx] = dice
            best_example[idx].append(ei)
        for t in qset:
            for idx in self.by_answer_token.get(t, ()):
                best_overlap.setdefault(idx, 0.0)
        cands: list[Candidate] = []
        qstring = " ".join(q.tokens)
        for idx, overlap in best_overlap.items():
            vocab, answer_vocab = self.vocab[idx], self.answer_vocab[idx]
            matched = sum(wt for t, wt in qset.items() if t in vocab)
            matched += ANSWER_CREDIT * sum(wt for t, wt in qset.items() if t in answer_vocab)
            coverage = matched / total
            strings = [self.examples[ei][2] for ei in best_example.get(idx, ())]
            fz_hit = process.extractOne(qstring, strings, scorer=fuzz.token_sort_ratio) if strings else None
            fz = (fz_hit[1] / 100.0) if fz_hit else 0.0
            score = W_COVERAGE * coverage + W_OVERLAP * overlap + W_FUZZ * fz
            cands.append(Candidate(self.intent_ids[idx], score, coverage, overlap, fz, matched))
        cands.sort(key=lambda c: c.score, reverse=True)
        return cands[:limit]

    def intent_tokens(self, intent: Intent) -> set[str]:
        return self.vocab[self.intent_ids.index(intent.id)]
