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

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.diskcache import JsonCache
from bot.knowledge import KnowledgeBase
from bot.questions import OTHER_PLACES
from bot.normalise import STOPWORDS, WEAK_WORDS, Normaliser, Years, find_years, fold, stem, strip_years

WEAK_FACTOR = 0.3
UNKNOWN_WEIGHT = 3.5
"""A word the knowledge base never uses: the message may be about something else, so it counts
against every intent's share of the message."""
UNKNOWN_ENGLISH_WEIGHT = 2.75
"""...and a common English word the knowledge base does not use ("weather", "arguing"): a little
less than gibberish, still enough that a message about something else is declined (2.5-3.0 all
gain on the read sets and lose nothing; 1.0 loses declines and the right helpline under 999)."""
CODE_WEIGHT = 0.0
"""An unknown token of letters and digits ("zebra7731", "qzx81"): a code, a reference or a typo
of the keyboard; it says nothing about the topic, so it does not count (0.5 still turned "qzx81
what is the CDP" into a decline, the two known words there being weak ones)."""
NUMBER_WEIGHT = 1.0
SHORT_UNKNOWN_WEIGHT = 0.5
ANSWER_ONLY_WEIGHT = 1.5
DOCUMENT_ONLY_WEIGHT = 3.0
ANSWER_CREDIT = 0.5
W_COVERAGE, W_OVERLAP, W_FUZZ = 0.45, 0.35, 0.20
YEAR_BONUS = 0.15
PERIOD_BONUS = 0.05
"""...and more for a version of exactly the financial year asked for (2022/23, not a plan for 2022-2025)."""
_FINANCIAL = re.compile(r"\d{4}/\d{2}")
KEYWORD_BONUS = 0.05
KEYWORD_MIN_WEIGHT = 3.0
FUZZ_SHORTLIST = 6
FUZZ_EXAMPLES = 8
"""How many of an intent's examples (those closest by overlap) rapidfuzz compares with the question."""
CANDIDATE_MIN_WEIGHT = 1.0
ANSWER_CANDIDATE_MIN_WEIGHT = 2.5


ENGLISH_WORDS = Path(__file__).parent / "data" / "english_words.txt"
NO_YEARS = Years()


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words of four letters or more (read once, on first use)."""
    with ENGLISH_WORDS.open(encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class Candidate:
    """One intent's score for a question (0..1) and the signals behind it."""

    intent: str
    score: float
    coverage: float
    overlap: float
    fuzz: float
    matched_weight: float
    keyword: bool = False


@dataclass(frozen=True)
class Query:
    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    unknown: tuple[str, ...]
    sequence: tuple[str, ...] = ()
    """The tokens in the message's order, repeats kept (`tokens` keeps each once): a key phrase
    runs through these ("lost my licence for drink driving ... a drink problem": "alcohol problem")."""

    @property
    def in_order(self) -> tuple[str, ...]:
        return self.sequence or self.tokens

    @property
    def total(self) -> float:
        return sum(self.weights)


class Matcher:
    """Scores questions against a knowledge base's intents. Build once; `rank` is pure."""

    def __init__(self, kb: KnowledgeBase, normaliser: Normaliser, *, extra_words: frozenset[str] = frozenset()) -> None:
        kept = _tokens_kept(kb, normaliser, extra_words)
        words = kept.get(" words")  # (what this reads of the knowledge base's words, kept between runs)
        if not (isinstance(words, list) and len(words) == 2 and all(isinstance(w, list) for w in words)):
            words = [sorted(w) for w in _kb_words(kb, normaliser, extra_words)]
            kept.put(" words", words)
        targets, names = (set(w) for w in words)
        # Known words are left alone (misspellings the synonym table maps, too), and so are common
        # English words ("heard" is not a typo of "hard"); unknown ones are corrected towards words
        # the knowledge base really uses.
        self._english = english_words()
        self.words = frozenset(targets | normaliser.vocabulary() | STOPWORDS | self._english | OTHER_ACRONYMS)
        self._by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
        for w in sorted(targets):
            if len(w) >= 3 and not w.isdigit():
                self._by_start[(w[0], len(w))].append(w)
        self._correct = lru_cache(maxsize=50_000)(self._correct_uncached)
        self.norm = replace(normaliser, correct=self._correct)
        self.names = frozenset(names)
        """Names and places of the examples' stories: dropped from a question where capitalised."""
        self._name_stems = frozenset(stem(n) for n in self.names if n not in self._english)
        """...and, those that are no English word, from the vocabulary and every question."""
        tokenised: dict[str, list[str]] = {}

        def tokens_of(phrase: str, *, years: bool = False) -> list[str]:
            """Each text is tokenised once (the vocabulary and the example index both read it),
            and then kept between runs; `years`: with its years left out first."""
            key = ("y " if years else "t ") + phrase
            found = tokenised.get(key)
            if found is None:
                found = kept.get(key)
                if not (isinstance(found, list) and all(isinstance(t, str) for t in found)):
                    found = self.norm.tokens(strip_years(phrase) if years else phrase)
                    kept.put(key, found)
                tokenised[key] = found
            return found

        self.intent_ids: list[str] = list(kb.intents)
        self._position = {iid: n for n, iid in enumerate(self.intent_ids)}
        self.vocab: list[set[str]] = []
        self.answer_vocab: list[set[str]] = []
        self.examples: list[tuple[int, tuple[str, ...], str]] = []
        self.intent_years: list[frozenset[int]] = []
        self.intent_financial: list[frozenset[int]] = []
        """The financial years an intent has a version for, exactly ("2022/23", not "2022-2025")."""
        self.keywords: list[list[tuple[str, ...]]] = []
        starts = [int(v.period[:4]) for i in kb.intents.values() for v in i.versions if v.period[:4].isdigit()]
        self.first_year = min(starts, default=0)
        """The first year any answer has a version for: a year before it that only a story names
        ("a member who founded the Watch in 1998") is no year asked about."""
        for idx, intent in enumerate(kb.intents.values()):
            years: set[int] = set()
            for version in intent.versions:
                years.update(version.years)
                if version.period[:4].isdigit():
                    years.add(int(version.period[:4]))
            for phrase in (*intent.examples, intent.title):
                named = find_years(phrase)
                years.update(named.financial)
                years.update(named.bare)
            self.intent_years.append(frozenset(years))
            self.intent_financial.append(frozenset(int(v.period[:4]) for v in intent.versions if _FINANCIAL.fullmatch(v.period)))
            vocab: set[str] = set()
            for phrase in (*intent.examples, *intent.phrasings, *intent.keywords, intent.title):
                vocab.update(tokens_of(phrase, years=True))
            vocab -= self._name_stems
            self.vocab.append(vocab)
            answer_tokens: set[str] = set()
            for version in intent.versions:
                answer_tokens.update(tokens_of(version.answer))
            self.answer_vocab.append(answer_tokens - vocab)
            self.keywords.append([tuple(tokens_of(k)) for k in intent.keywords])
            for ex in (*intent.examples, *intent.phrasings, *intent.keywords):
                toks = tuple(t for t in tokens_of(ex, years=True) if t not in self._name_stems)
                if toks:
                    self.examples.append((idx, toks, " ".join(toks)))
        n = max(len(self.intent_ids), 1)
        df: dict[str, int] = defaultdict(int)
        for vocab in self.vocab:
            for t in vocab:
                df[t] += 1
        self.weight: dict[str, float] = {}
        weak = self.weak = frozenset(stem(word) for word in WEAK_WORDS)
        for t, d in df.items():
            weight = math.log(1 + n / d)
            self.weight[t] = weight * WEAK_FACTOR if t in weak else weight
        self.known: set[str] = set(df)
        for answer_tokens in self.answer_vocab:
            self.known.update(answer_tokens)
        self.answer_only = set(self.known) - set(df)
        self.document_only: set[str] = set()
        for doc in kb.documents.values():
            self.document_only.update(tokens_of(doc.text))
        self.document_only -= self.known
        self.known |= self.document_only
        by_token: dict[str, list[int]] = defaultdict(list)
        for ei, (_idx, toks, _s) in enumerate(self.examples):
            for t in set(toks):
                by_token[t].append(ei)
        by_answer_token: dict[str, list[int]] = defaultdict(list)
        for idx, answer_tokens in enumerate(self.answer_vocab):
            for t in answer_tokens:
                by_answer_token[t].append(idx)
        # the keywords heavy enough to count, by their first word: a keyword is in a question when
        # the question's words run through it from where its first word stands
        by_first: dict[str, dict[tuple[str, ...], list[int]]] = defaultdict(dict)
        for idx, kws in enumerate(self.keywords):
            for kw in kws:
                if kw and sum(self.w(t) for t in kw) >= KEYWORD_MIN_WEIGHT:
                    by_first[kw[0]].setdefault(kw, []).append(idx)
        self._kw_first = {t: [(kw, tuple(idxs)) for kw, idxs in kws.items()] for t, kws in by_first.items()}
        self._ex_strings = [string for _i, _t, string in self.examples]
        # (in the order of the words: a sum over a set would differ in its last bits from run to run)
        example_weight = [sum(self.w(t) for t in dict.fromkeys(toks)) for _i, toks, _s in self.examples]
        # The same index as arrays, so a question is scored against every example and intent at
        # once (numpy; a long message is ranked piece by piece, many times per message).
        self._ex_intent = np.array([idx for idx, _t, _s in self.examples], dtype=np.intp)
        # examples are stored intent by intent: each intent's are one slice
        self._ex_start = np.searchsorted(self._ex_intent, np.arange(len(self.intent_ids)), side="left")
        self._ex_end = np.searchsorted(self._ex_intent, np.arange(len(self.intent_ids)), side="right")
        self._has_examples = self._ex_end > self._ex_start
        assert bool(np.all(np.diff(self._ex_intent) >= 0)), "examples must be stored intent by intent"
        self._ex_weight = np.array(example_weight, dtype=np.float64)
        self._ex_post = {t: np.array(eis, dtype=np.intp) for t, eis in by_token.items()}
        vocab_post: dict[str, list[int]] = defaultdict(list)
        for idx, vocab in enumerate(self.vocab):
            for t in vocab:
                vocab_post[t].append(idx)
        self._vocab_post = {t: np.array(ids, dtype=np.intp) for t, ids in vocab_post.items()}
        self._answer_post = {t: np.array(ids, dtype=np.intp) for t, ids in by_answer_token.items()}
        kept.save()

    # -- query -------------------------------------------------------------------------------

    def w(self, token: str) -> float:
        if token in self.weight:
            return self.weight[token]
        if token.isdigit():
            return NUMBER_WEIGHT
        if len(token) <= 3 and token not in self.known:
            return SHORT_UNKNOWN_WEIGHT
        if token in self.answer_only:
            return ANSWER_ONLY_WEIGHT
        if token in self.document_only:
            return DOCUMENT_ONLY_WEIGHT
        if not token.isalpha():
            return CODE_WEIGHT
        if self._is_english(token):
            return UNKNOWN_ENGLISH_WEIGHT
        return UNKNOWN_WEIGHT

    def _is_english(self, token: str) -> bool:
        """Whether a token is the stem of a common English word ("argu" of "arguing"): the forms
        `stem` strips are tried, so the 38,000 words need not all be stemmed at start."""
        forms = [token, token + "e", token + "s", token + "es", token + "ing", token + "ed", token + "eing"]
        if len(token) > 2:
            forms += [token + token[-1] + "ing", token + token[-1] + "ed"]
        if token.endswith("y"):
            forms += [token[:-1] + "ies", token[:-1] + "ied"]
        return any(f in self._english and stem(f) == token for f in forms)

    def _is_name(self, m: re.Match[str]) -> bool:
        """A capitalised word that is a name or a place: one the examples use only as a name, or,
        inside a sentence, a word that is neither English nor the knowledge base's."""
        word = m.group(0).lower()
        if word in self.names:
            return True
        # (after a word, or after "&" in a firm's name: "Lyon & Healy")
        before = m.string[: m.start()].rstrip()[-1:]
        inside = m.start() > 0 and (before.isalpha() or before == "&")
        return inside and word not in self._english and word not in self.words

    def _correct_uncached(self, word: str) -> str:
        """A folded word the knowledge base doesn't know, replaced by the closest one it does.

        Candidates share the word's first letter (or its first two letters swapped) and are within
        two letters of its length: typos rarely touch the first letter, and it keeps this fast.
        """
        if word.endswith("in") and len(word) >= 5 and word + "g" in self.words and word not in self._english:
            return word + "g"  # dropped g: "drinkin", "stoppin" (even where an example spells it so)
        if word in self.words or word.isdigit() or len(word) < 4:
            return word
        n = len(word)
        candidates: list[str] = []
        # (not towards an abbreviation of three letters or fewer: "raws" is no "ras")
        for length in range(max(4, n - 2), n + 3):
            candidates.extend(self._by_start.get((word[0], length), ()))
            candidates.extend(w for w in self._by_start.get((word[1], length), ()) if len(w) > 1 and w[1] == word[0])
        cutoff = 0.74 if n <= 4 else 0.79
        best = process.extractOne(word, candidates, scorer=DamerauLevenshtein.normalized_similarity, score_cutoff=cutoff)
        return str(best[0]) if best is not None else word

    def correct_text(self, text: str) -> str:
        """`text` folded, with every unknown word corrected towards the knowledge base's words."""
        return " ".join(self._correct(w) for w in fold(text).split())

    def query(self, text: str) -> Query:
        """Normalise, drop years and names, correct typos and weigh the question's tokens."""
        # (a name leaves a word that joins no phrase: "for her Thursday. I'd like" is no "her id")
        text = _CAPITALISED.sub(lambda m: " erm " if self._is_name(m) else m.group(0), text)
        sequence = tuple(t for t in self.norm.tokens(strip_years(text)) if t not in self._name_stems)
        toks = list(dict.fromkeys(sequence))
        unknown = tuple(t for t in toks if t not in self.known and not t.isdigit())
        # (the sequence is kept only when a word repeats: otherwise it is `tokens` itself, and pieces
        # that read the same still share one ranking, keyed by the query)
        return Query(tuple(toks), tuple(self.w(t) for t in toks), unknown, sequence if len(sequence) > len(toks) else ())

    # -- scoring -----------------------------------------------------------------------------

    def rank(self, text: str, *, limit: int = 5) -> list[Candidate]:
        """The best `limit` intents for `text`, best first (empty when nothing matches)."""
        return self.rank_query(self.query(text), limit=limit, years=find_years(text))

    def rank_query(self, q: Query, *, limit: int = 5, years: Years = NO_YEARS) -> list[Candidate]:
        """Score the intents for a prepared query; intents with a version for a named year get a bonus."""
        named = set(years.financial) | set(years.bare)
        if not q.tokens or q.total <= 0:
            return []
        qset = dict(zip(q.tokens, q.weights, strict=True))
        total = q.total
        n = len(self.intent_ids)
        # Candidates come through the question's telling words (common ones only add weight), which
        # keeps the choice sharp however many examples mention "partnership".
        telling = [t for t, wt in qset.items() if wt >= CANDIDATE_MIN_WEIGHT] or list(qset)
        candidate = np.zeros(len(self.examples), dtype=bool)
        posts = [p for t in telling if (p := self._ex_post.get(t)) is not None]
        if posts:
            candidate[np.concatenate(posts)] = True
        # Overlap with each candidate example (weighted Dice); each example's shared weight, and
        # each intent's matched weight, is summed in the question's word order (bincount adds in
        # the order it is given: the same sums, bit for bit, as adding token by token).
        ex_posts: list[np.ndarray] = []
        ex_weights: list[float] = []
        in_posts: list[np.ndarray] = []
        in_weights: list[float] = []
        for t, wt in qset.items():
            post = self._ex_post.get(t)
            if post is not None:
                ex_posts.append(post)
                ex_weights.append(wt)
            post = self._vocab_post.get(t)
            if post is not None:
                in_posts.append(post)
                in_weights.append(wt)
            post = self._answer_post.get(t)
            if post is not None:
                in_posts.append(post)
                in_weights.append(ANSWER_CREDIT * wt)
        shared = _summed(ex_posts, ex_weights, len(self.examples))
        matched = _summed(in_posts, in_weights, n)
        dice = 2 * shared / (total + self._ex_weight)
        dice[~candidate] = 0.0
        best_overlap = np.zeros(n)
        if len(dice):
            # the best example of each intent (reduceat over each intent's slice; none: 0)
            starts = np.minimum(self._ex_start, len(dice) - 1)
            best_overlap = np.where(self._has_examples, np.maximum.reduceat(dice, starts), 0.0)
        scored = best_overlap > 0
        for t in telling:
            if qset[t] >= ANSWER_CANDIDATE_MIN_WEIGHT:
                post = self._answer_post.get(t)
                if post is not None:
                    scored[post] = True
        # Keywords: an intent's curated phrase present in full in the question.
        keyword_hits: set[int] = set()
        toks = q.in_order
        for i, t in enumerate(toks):
            for kw, owners in self._kw_first.get(t, ()):
                if toks[i : i + len(kw)] == kw:
                    keyword_hits.update(owners)
        # First the cheap signals for every intent, then rapidfuzz for the front runners only.
        coverage = matched / total
        score = W_COVERAGE * coverage + W_OVERLAP * best_overlap
        if named:
            score = score + np.array([YEAR_BONUS if named & ys else 0.0 for ys in self.intent_years])
        if years.financial:
            asked = set(years.financial)
            score = score + np.array([PERIOD_BONUS if asked & fy else 0.0 for fy in self.intent_financial])
        if keyword_hits:
            bonus = np.zeros(n)
            bonus[list(keyword_hits)] = KEYWORD_BONUS
            score = score + bonus
        ids = np.flatnonzero(scored)
        # best first; a tie goes to the later intent (as sorting (score, index) pairs in reverse does)
        front = ids[np.lexsort((-ids, -score[ids]))[:FUZZ_SHORTLIST]]
        rough = [(float(score[idx]), idx) for idx in front.tolist()]
        qstring = " ".join(q.tokens)
        cands: list[Candidate] = []
        in_play = np.flatnonzero(candidate)
        bounds = np.searchsorted(in_play, np.stack((self._ex_start[front], self._ex_end[front]), axis=1)).tolist()
        for (total_score, idx), (lo, hi) in zip(rough, bounds, strict=True):
            # rapidfuzz reads only the shortlisted intents' closest examples: long phrasings make a
            # full pass slow (closest first; a tie goes to the later example)
            mine = in_play[lo:hi]
            if len(mine) > FUZZ_EXAMPLES:
                mine = mine[np.lexsort((-mine, -dice[mine]))[:FUZZ_EXAMPLES]]
            strings = [self._ex_strings[ei] for ei in mine.tolist()]
            fz_hit = process.extractOne(qstring, strings, scorer=fuzz.token_sort_ratio) if strings else None
            fz = (fz_hit[1] / 100.0) if fz_hit else 0.0
            cands.append(
                Candidate(
                    self.intent_ids[idx], total_score + W_FUZZ * fz, float(coverage[idx]), float(best_overlap[idx]), fz,
                    float(matched[idx]), idx in keyword_hits,
                )
            )
        cands.sort(key=lambda c: (-c.score, c.intent))
        return cands[:limit]

    def vocabulary(self, intent_id: str) -> set[str]:
        """The tokens of an intent's examples, phrasings, keywords and title."""
        return self.vocab[self._position[intent_id]]

    def key_phrases_in(self, intent_id: str, tokens: tuple[str, ...], *, min_words: int = 1) -> list[tuple[str, ...]]:
        """An intent's curated key phrases of `min_words` words or more that run through `tokens`."""
        found = []
        for kw in self.keywords[self._position[intent_id]]:
            if len(kw) >= min_words and any(tokens[i : i + len(kw)] == kw for i in range(len(tokens) - len(kw) + 1)):
                found.append(kw)
        return found

    def years_of(self, intent_id: str) -> frozenset[int]:
        """The years an intent is tied to: its versions' periods and years, and years its examples name."""
        return self.intent_years[self._position[intent_id]]


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
OTHER_ACRONYMS = frozenset(
    "dvsa dvla dwp hmrc acas ofgem ofwat ofcom ofsted rspca pdsa cqc gmc nmc hcpc dbs fca fos ico cps ipcc iopc "
    "rnli rspb nhsbt ucas slc hmpps gdpr sia tfl itv bbc".split()
)
"""Other bodies' acronyms: left as they are, not corrected towards a similar one the knowledge
base knows ("the fee back from DVSA" is the driving agency, not the DSVA Strategy Group)."""


def _names(kb: KnowledgeBase, common: set[str] | frozenset[str]) -> frozenset[str]:
    """Words the examples and phrasings use only capitalised ("Jordan", "Kieran", "Clifton") and
    that no title, keyword, answer or document uses: the names and places of someone's story,
    which say nothing about what is asked."""
    capital: set[str] = set()  # capitalised inside a sentence ("my son Kieran"), not only at its start
    lower: set[str] = set()
    for intent in kb.intents.values():
        for phrase in (*intent.examples, *intent.phrasings):
            for m in re.finditer(r"[A-Za-z]+", phrase):
                w = m.group(0)
                if w[0].isupper() and not w.isupper():
                    if phrase[: m.start()].rstrip()[-1:].isalpha() or phrase[: m.start()].rstrip()[-1:] == ",":
                        capital.add(w.lower())
                else:
                    lower.add(w.lower())
    solid: set[str] = set()  # (the documents' words come in `common`)
    for intent in kb.intents.values():
        for text in (intent.title, *intent.keywords, *(v.answer for v in intent.versions)):
            solid.update(fold(text).split())
    return frozenset(w for w in capital - lower - solid - set(common) if len(w) > 2)


def _tokens_kept(kb: KnowledgeBase, normaliser: Normaliser, extra_words: frozenset[str]) -> JsonCache:
    """The tokens of a knowledge base's texts, kept between runs (see `bot.diskcache`), named by
    all they depend on: the knowledge base itself, the normaliser's tables, the words typos are
    corrected towards, and the code that reads them."""
    from bot import normalise
    from bot.index import kb_to_json

    tables = json.dumps([dict(normaliser.acronyms), dict(normaliser.case_sensitive), dict(normaliser.synonyms), dict(normaliser.described)], sort_keys=True)
    return JsonCache(
        "tokens", kb_to_json(kb), tables, " ".join(sorted(extra_words)), ENGLISH_WORDS.read_bytes(),
        Path(__file__).read_bytes(), normalise.CODE,
    )


def _kb_words(kb: KnowledgeBase, normaliser: Normaliser, extra_words: frozenset[str]) -> tuple[set[str], frozenset[str]]:
    """The words typos are corrected towards (the knowledge base's, the documents', the synonym
    table's and `extra_words`), and the names and places of the examples' stories."""
    targets: set[str] = normaliser.vocabulary(variants=False) | extra_words
    for intent in kb.intents.values():
        for phrase in (*intent.examples, *intent.phrasings, *intent.keywords, intent.title, *(v.answer for v in intent.versions)):
            targets.update(fold(phrase).split())
    doc_words: set[str] = set()
    for doc in kb.documents.values():
        doc_words.update(fold(doc.text).split())
    targets |= doc_words
    names = _names(kb, normaliser.vocabulary() | STOPWORDS | {w for p in OTHER_PLACES for w in p.split()} | doc_words)
    return targets, names


def _summed(posts: list[np.ndarray], weights: list[float], size: int) -> np.ndarray:
    """weights[k] added at every index of posts[k], in order (one bincount)."""
    if not posts:
        return np.zeros(size)
    index = np.concatenate(posts)
    repeated = np.repeat(np.array(weights), [len(p) for p in posts])
    return np.bincount(index, weights=repeated, minlength=size)
