"""The assistant: one object the terminal, JSON CLI and Telegram front ends all call.

    from bot import Assistant
    assistant = Assistant.load()
    answer = assistant.ask("who chairs the board?")

`ask` never raises: any failure becomes a polite reply that still points to 999.
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from bot.answer import Answer, Part, Source
from bot.config import Config, load_config
from bot.index import PassageSearch, build_index, default_index_path, index_fingerprint, normaliser_for, read_index
from bot.kbcheck import load_valid
from bot.knowledge import Intent, KnowledgeBase, KnowledgeError, Version, fingerprint, human_date
from bot.matcher import Candidate, Matcher
from bot.normalise import Years, clean_text, find_years, fold
from bot import render
from bot.questions import (
    DA_WORDS,
    DATUM,
    FIGURES,
    GREETING,
    OTHER_PLACE_RE,
    PERSON,
    PIECE_EDGES,
    QUANTITY,
    SENTENCE_RE,
    SPLIT_RE,
    THANKS,
    has_figure,
    looks_like_junk,
)
from bot.safety import CRISIS_WORDS, Vetting, detect_crisis

log = logging.getLogger(__name__)

MAX_CHARS = 5000
"""What is matched of a message: the first 5,000 characters (Telegram allows 4,096)."""
MAX_READ = 100_000
"""What crisis detection reads of a message: all of it, up to this (every crisis pattern is linear)."""
ANSWER_AT = 0.50
CLARIFY_AT = 0.42
GAP = 0.05
MIN_EVIDENCE = 2.0
MIN_COVERAGE = 0.6
SURE_AT = 0.8  # a score this high answers even when part of the question is unexplained
PASSAGE_COVERAGE = 0.8
PASSAGE_RARE_DF = 2  # a "rare" word appears in at most this many passages
@dataclass(frozen=True)
class Decision:
    """What the matcher concluded for one piece of text."""

    kind: str  # "answer" | "clarify" | "none"
    best: Candidate | None
    second: Candidate | None


class Assistant:
    """Answers questions from one knowledge base; swap it with `reload` (atomic)."""

    def __init__(self, kb: KnowledgeBase, config: Config, *, index_path: Path, warnings: list[str] | None = None) -> None:
        self.config = config
        self.index_path = index_path
        self.warnings: list[str] = list(warnings or [])
        self._lock = threading.Lock()
        self._install(kb)

    # -- loading -----------------------------------------------------------------------------

    @classmethod
    def load(cls, config_path: str | Path | None = None, *, config: Config | None = None) -> Assistant:
        """Load the configured (default: embedded) knowledge base, building its index if stale.

        If the YAML is broken but an index from the last good build exists, that is served and
        the reason is kept in `warnings`; with no good index, KnowledgeError is raised.
        """
        cfg = config or load_config(config_path)
        root = Path(cfg.knowledge.path)
        index = cfg.knowledge.index_path or default_index_path(root)
        kb, warnings = _load_or_build(root, index)
        return cls(kb, cfg, index_path=index, warnings=warnings)

    def _install(self, kb: KnowledgeBase) -> None:
        norm = normaliser_for(kb)
        matcher = Matcher(kb, norm, extra_words=CRISIS_WORDS)
        vetting = Vetting.from_contacts(kb.contacts.values())
        passages = PassageSearch(self.index_path)
        passage_df = passages.token_df()
        newest = max((d.date for d in kb.documents.values()), default="2023")
        with self._lock:
            old = getattr(self, "_passages", None)
            self.kb, self.norm, self.matcher, self.vetting, self._passages = kb, norm, matcher, vetting, passages
            self._passage_df = passage_df
            self._prefix_cache: dict[str, frozenset[str]] = {}
            self._newest_year, self._newest_label = int(newest[:4]), human_date(newest)
        if old is not None:
            old.close()

    def reload(self) -> tuple[bool, str]:
        """Re-read the knowledge files. A broken set is refused and the current one stays live."""
        root = Path(self.config.knowledge.path)
        try:
            kb = load_valid(root)
        except KnowledgeError as exc:
            log.warning("knowledge reload refused: %s", exc)
            return False, f"Refused the new knowledge base, still serving the last good one: {exc}"
        try:
            build_index(kb, self.index_path)
        except OSError as exc:
            return False, f"Refused: could not write the index ({exc.strerror}); still serving the last good one."
        self._install(kb)
        return True, f"Reloaded: {len(kb.intents)} intents from {len(kb.documents)} documents."

    # -- asking ------------------------------------------------------------------------------

    def ask(self, text: object) -> Answer:
        """Answer one message. Never raises."""
        try:
            message = text if isinstance(text, str) else ("" if text is None else str(text))
            return self._ask(clean_text(message[:MAX_READ]))
        except Exception:  # noqa: BLE001 - the promise is "never raises"
            log.exception("ask failed")
            return Answer(intent=None, confidence=0.0, text=self._expand(render.ERROR))

    def answer_intent(self, intent_id: str, *, year: str | int | None = None) -> Answer:
        """The answer of a known intent (commands, buttons); unknown ids decline."""
        intent = self.kb.intents.get(intent_id)
        if intent is None:
            return self._decline()
        if intent.kind == "decline":
            return self._decline_topic(intent)
        years = find_years(str(year)) if year else Years()
        result = self._compose([(intent, 1.0)], years)
        return result if result is not None else self._no_year(intent, years)

    def _ask(self, whole: str) -> Answer:
        crisis = detect_crisis(whole)
        if crisis is None:
            corrected = self.matcher.correct_text(whole)  # "attcaking" is still an attack
            if corrected != fold(whole):
                crisis = detect_crisis(corrected)
        message = whole[:MAX_CHARS]
        folded = fold(message)
        answer = self._route(message, folded)
        if crisis is None:
            return answer
        return self._with_crisis(answer, crisis.kind, folded)

    def _route(self, message: str, folded: str) -> Answer:
        if GREETING.match(folded) and "greeting" in self.kb.intents:
            return self.answer_intent("greeting")
        if THANKS.match(folded) and "thanks" in self.kb.intents:
            return self.answer_intent("thanks")
        query = self.matcher.query(message)
        if not query.tokens or all(t in query.unknown for t in query.tokens) and looks_like_junk(folded):
            return self._junk()
        place = OTHER_PLACE_RE.search(folded)
        if place and "nottingham" not in folded:
            return self._decline(render.OTHER_PLACE.replace("{place}", place.group(1).title()))
        years = find_years(message)

        multi = self._multi(message, years)
        if multi is not None:
            return multi

        decision = self._decide(message)
        if decision.kind == "none":
            decision = self._best_piece(message) or decision
        if years and decision.kind in ("answer", "clarify") and decision.best:
            missing = self._missing_year(decision, years)
            if missing is not None:
                return self._no_year(missing, years)
        if decision.kind == "answer" and decision.best and years:
            intent = self.kb.intents[decision.best.intent]
            asked = max((*years.financial, *years.bare))
            if asked > self._newest_year and asked not in self.matcher.years_of(intent.id):
                return self._decline(render.TOO_NEW.replace("{year}", years.label()).replace("{newest}", self._newest_label))
        if decision.kind in ("answer", "clarify") and decision.best and self._declines(decision.best.intent):
            return self._decline_topic(self.kb.intents[decision.best.intent])
        if decision.kind == "clarify" and decision.second and self._declines(decision.second.intent):
            return self._decline()
        if decision.kind == "answer" and decision.best:
            intent = self.kb.intents[decision.best.intent]
            composed = self._compose([(intent, decision.best.score)], years)
            return composed if composed is not None else self._no_year(intent, years)
        if decision.kind == "clarify" and decision.best and decision.second:
            return self._clarify(decision.best, decision.second)
        passage = self._passage(message)
        if passage is not None:
            return passage
        return self._decline()

    def _gives_what_is_asked(self, folded: str, intent: Intent, years: Years) -> bool:
        """Whether the answer holds what the question asks for.

        "How many X" needs a figure about X, for a year the answer covers (never a helpline list);
        "the address/number/salary of X" needs that datum about X; "who is the <role>" needs a name.
        """
        version = self._pick_version(intent, years)
        if version is None or intent.kind == "decline":
            return True  # a known out-of-scope topic "answers" by saying so
        if years and FIGURES.search(folded) and not self._covers_year(intent, years):
            return False
        prefixes = self._prefixes(version.answer)
        quantity = QUANTITY.search(folded)
        if quantity:
            # the thing counted: the first telling word after "how many" ("the cdp" tells nothing)
            head = [t for t in self.matcher.norm.tokens(quantity.group("rest")) if self.matcher.w(t) >= 1.0][:1]
            return intent.kind != "help" and has_figure(version.answer) and all(t[:5] in prefixes for t in head)
        datum = DATUM.search(folded)
        if datum is None:
            return True
        text = self._expand(version.answer)
        if datum.group("who"):
            return bool(PERSON.search(text))
        kind = datum.group("kind")
        if kind in ("address", "postcode"):
            has = re.search(r"\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b|\b(street|road|lane)\b", text, re.I)
        elif kind in ("salary", "wage"):
            has = re.search(r"£\s?\d", text)
        elif kind == "opening hours":
            has = re.search(r"\b\d{1,2}(am|pm|:\d\d)\b|24/7|24 hours", text)
        else:
            has = re.search(r"\d{3}|@|https?://|www\.", text)
        # whose datum: the words after "phone number" and the two or three just before it
        # ("for juno", "lord coaker's phone number")
        owner = " ".join(folded[: datum.start("kind")].split()[-3:]) + " " + datum.group("rest")
        rest = [t for t in self.matcher.norm.tokens(owner) if self.matcher.w(t) >= 1.0]
        return bool(has) and all(t[:5] in prefixes for t in rest)

    def _prefixes(self, text: str) -> frozenset[str]:
        """The first five letters of each content token of an answer (cached: answers are few)."""
        cached = self._prefix_cache.get(text)
        if cached is None:
            cached = self._prefix_cache[text] = frozenset(t[:5] for t in self.matcher.norm.tokens(text))
        return cached

    def _covers_year(self, intent: Intent, years: Years) -> bool:
        """Whether an intent's versions or sources speak of a year the question names."""
        named = set(years.financial) | set(years.bare)
        known = set(self.matcher.years_of(intent.id))
        for v in intent.versions:
            known.update(int(s.date[:4]) for s in v.sources if s.date[:4].isdigit())
            known.update(int(y) for y in re.findall(r"\b(20\d\d)\b", v.answer))
        return bool(named & known)

    def _declines(self, intent_id: str) -> bool:
        """A known out-of-scope topic: recognised so that it is declined, not matched to a near miss."""
        return self.kb.intents[intent_id].kind == "decline"

    def _related(self, a: str, b: str) -> bool:
        ia, ib = self.kb.intents[a], self.kb.intents[b]
        return b in ia.related or a in ib.related

    def _missing_year(self, decision: Decision, years: Years) -> Intent | None:
        """A year-aware intent among the front runners that has no version for the named year."""
        assert decision.best is not None
        for cand in (decision.best, decision.second):
            if cand is None or cand.score < decision.best.score - GAP:
                continue
            intent = self.kb.intents[cand.intent]
            if intent.year_aware and self._pick_version(intent, years) is None:
                return intent
        return None

    def _decide(self, text: str) -> Decision:
        """Answer, clarify or nothing for one piece of text.

        Candidates whose answer cannot hold what is asked ("how many" with no figure, a year the
        answer does not cover) are set aside first, so the next one that can is considered.
        """
        folded, years = fold(text), find_years(text)
        cands = [
            c for c in self.matcher.rank(text, limit=5) if self._gives_what_is_asked(folded, self.kb.intents[c.intent], years)
        ]
        return self._rank_decision(cands)

    def _rank_decision(self, cands: list[Candidate]) -> Decision:
        if not cands:
            return Decision("none", None, None)
        best = cands[0]
        second = next((c for c in cands[1:] if c.intent != best.intent), None)
        s2 = second.score if second else 0.0
        if best.matched_weight < MIN_EVIDENCE and not (best.coverage >= 0.95 and best.overlap >= 0.75):
            return Decision("none", best, second)
        help_keyword = best.keyword and self.kb.intents[best.intent].kind == "help"
        if best.coverage < MIN_COVERAGE and best.score < SURE_AT and not (help_keyword and best.score >= CLARIFY_AT):
            return Decision("none", best, second)
        related = second is not None and self._related(best.intent, second.intent)
        if (best.score >= ANSWER_AT or help_keyword) and (best.score - s2 >= GAP or s2 < CLARIFY_AT or related):
            return Decision("answer", best, second)
        if best.score >= CLARIFY_AT and second is not None and best.score - s2 < GAP and second.matched_weight >= MIN_EVIDENCE:
            return Decision("clarify", best, second)
        return Decision("none", best, second)

    def _best_piece(self, message: str) -> Decision | None:
        """For a rambling message: the most confident of its sentences and question parts."""
        pieces = dict.fromkeys(p.strip(PIECE_EDGES) for p in SENTENCE_RE.split(message) + SPLIT_RE.split(message) if p)
        best: Decision | None = None
        for piece in pieces:
            if len(piece.split()) < 2 or piece == message.strip():
                continue
            d = self._decide(piece)
            if d.kind == "answer" and d.best and (best is None or (best.best and d.best.score > best.best.score)):
                best = d
        return best

    def _multi(self, message: str, years: Years) -> Answer | None:
        pieces = [p.strip(PIECE_EDGES) for p in SPLIT_RE.split(message) if p and len(p.split()) >= 2]
        if len(pieces) < 2:
            return None
        found: list[tuple[Intent, float]] = []
        for piece in pieces[:4]:
            d = self._decide(piece)
            if d.kind == "answer" and d.best and not self._declines(d.best.intent) and all(d.best.intent != i.id for i, _ in found):
                found.append((self.kb.intents[d.best.intent], d.best.score))
        if len(found) < 2:
            return None
        return self._compose(found[:3], years)

    # -- composing replies -------------------------------------------------------------------

    def _expand(self, text: str) -> str:
        return render.expand(text, self.kb.contacts)

    def _pick_version(self, intent: Intent, years: Years) -> Version | None:
        if not intent.year_aware or not years:
            return intent.latest
        for y in years.financial:
            for v in intent.versions:
                if v.period[:4].isdigit() and int(v.period[:4]) == y:
                    return v
        # A financial year is not answered by another financial year that merely overlaps it
        # (2024/25 is not 2023/24), only by a version about a plain year.
        for y in years.financial:
            for v in intent.versions:
                if "/" not in v.period and y in v.years:
                    return v
        for y in years.bare:
            for v in intent.versions:
                if y in v.years:
                    return v
        return None

    def _part(self, intent: Intent, version: Version, years: Years) -> Part:
        body = self._expand(version.answer)
        if intent.contacts:
            lines = [render.contact_line(self.kb.contacts[c], self.kb.contacts) for c in intent.contacts]
            body += "\n\nContacts:\n" + "\n".join(f"- {line}" for line in lines)
        note = ""
        if intent.year_aware:
            others = sorted({v.period for v in intent.versions if v is not version and v.period})
            label = f"This is the {version.period} version" if version.period else "This is the latest version"
            if others:
                note = f"{label}; I also have {', '.join(others)}: name a year to see one."
        elif years and version.as_of:
            asked = years.label()
            if asked and not version.as_of.startswith(asked[:4]):
                note = f"You asked about {asked}; the documents I have give this as of {human_date(version.as_of)}."
        return Part(intent.id, intent.title, body, version.sources, version.as_of, note)

    def _compose(self, matched: list[tuple[Intent, float]], years: Years) -> Answer | None:
        parts: list[Part] = []
        for intent, _score in matched:
            version = self._pick_version(intent, years)
            if version is None:
                if len(matched) == 1:
                    return None
                version = intent.latest
            parts.append(self._part(intent, version, years))
        blocks: list[str] = []
        sources: list[Source] = []
        for part in parts:
            lines = [part.body]
            if len(parts) > 1:
                lines.insert(0, f"{part.title}:")
            if part.note:
                lines.append(part.note)
            lines.extend(render.source_lines(part.sources))
            blocks.append("\n".join(lines))
            sources.extend(s for s in part.sources if s not in sources)
        first = matched[0][0]
        related = [r for r in first.related if r in self.kb.intents and all(r != p.intent for p in parts)]
        return Answer(
            intent=first.id,
            confidence=min(1.0, max(s for _i, s in matched)),
            text="\n\n".join(blocks),
            sources=sources,
            suggestions=[self.kb.intents[r].title for r in related],
            suggestion_intents=related,
            parts=tuple(parts),
            intents=tuple(p.intent for p in parts),
            topic=first.topic,
        )

    def _no_year(self, intent: Intent, years: Years) -> Answer:
        periods = sorted(v.period for v in intent.versions if v.period)
        text = render.NO_YEAR.format(
            title_lower=intent.title[0].lower() + intent.title[1:],
            year=years.label() or "that year",
            periods=", ".join(periods),
        )
        return Answer(
            intent=None,
            confidence=0.0,
            text=text,
            suggestions=[f"{intent.title} {p}" for p in periods][-3:],
            suggestion_intents=[intent.id] * min(3, len(periods)),
            topic=intent.topic,
        )

    def _clarify(self, a: Candidate, b: Candidate) -> Answer:
        ia, ib = self.kb.intents[a.intent], self.kb.intents[b.intent]
        return Answer(
            intent="clarify",
            confidence=a.score,
            text=render.CLARIFY.format(a=ia.title, b=ib.title),
            suggestions=[ia.title, ib.title],
            suggestion_intents=[ia.id, ib.id],
        )

    def _menu(self) -> tuple[list[str], list[str]]:
        items = [(i, label) for i, label in render.MENU if i in self.kb.intents]
        return [label for _i, label in items], [i for i, _l in items]

    def _decline(self, text: str = render.DECLINE) -> Answer:
        labels, ids = self._menu()
        return Answer(intent=None, confidence=0.0, text=self._expand(text), suggestions=labels, suggestion_intents=ids)

    def _decline_topic(self, intent: Intent) -> Answer:
        """A known out-of-scope topic: its one-line reason, then what the assistant can help with."""
        return self._decline(intent.latest.answer.strip() + "\n\n" + render.DECLINE_TAIL)

    def _junk(self) -> Answer:
        labels, ids = self._menu()
        return Answer(intent=None, confidence=0.0, text=self._expand(render.JUNK), suggestions=labels, suggestion_intents=ids)

    def _passage(self, message: str) -> Answer | None:
        q = self.matcher.query(message)
        years = find_years(message)
        if len(q.tokens) < 2 or q.unknown:
            return None
        for doc_id, section, text, norm, _rank in self._passages.search(list(q.tokens), limit=3):
            ptoks = set(norm.split())
            covered = sum(w for t, w in zip(q.tokens, q.weights) if t in ptoks)
            rare = [t for t in q.tokens if t in ptoks and self._passage_df.get(t, 0) <= PASSAGE_RARE_DF]
            if covered / q.total < PASSAGE_COVERAGE or len(rare) < 2:
                continue
            doc = self.kb.documents.get(doc_id)
            if doc is None or (years and not any(str(y) in text for y in (*years.financial, *years.bare))):
                continue
            excerpt = self.vetting.scrub(text if len(text) <= 700 else text[:700].rsplit(" ", 1)[0] + " …")
            src = Source(doc_id, section, doc.date, doc.title)
            body = render.PASSAGE.format(text=excerpt)
            return Answer(
                intent="passage",
                confidence=round(covered / q.total * 0.6, 3),
                text="\n".join([body, *render.source_lines([src])]),
                sources=[src],
                parts=(Part("passage", "Extract", body, (src,), doc.date),),
                intents=("passage",),
            )
        return None

    def _with_crisis(self, answer: Answer, kind: str, folded: str) -> Answer:
        lines = [render.CRISIS[kind]]
        if kind == "violence" and (DA_WORDS.search(folded) or "help-domestic-abuse" in answer.intents):
            lines.append(render.CRISIS_DA)
        crisis_text = self._expand("\n".join(lines))
        # After the 999 line only signposting follows: a document extract or a fact about the
        # partnership is noise to someone in danger.
        if any(self.kb.intents[i].kind != "help" for i in answer.intents if i in self.kb.intents) or answer.intent == "passage":
            answer = replace(answer, intent=None)
        rest = answer.text if answer.intent not in (None, "clarify") else ""
        text = crisis_text + ("\n\n" + rest if rest else "")
        intent = answer.intent if answer.intent not in (None, "clarify") else "help-danger-now"
        if intent == "help-danger-now" and "help-danger-now" not in self.kb.intents:
            intent = None  # pragma: no cover - knowledge without the danger intent
        return replace(
            answer,
            intent=intent,
            confidence=max(answer.confidence, 0.99),
            text=text,
            crisis=True,
            crisis_text=crisis_text,
            suggestions=[] if answer.intent in (None, "clarify") else answer.suggestions,
            suggestion_intents=[] if answer.intent in (None, "clarify") else answer.suggestion_intents,
        )


def _load_or_build(root: Path, index: Path) -> tuple[KnowledgeBase, list[str]]:
    """The knowledge base from a fresh index, rebuilding when the YAML changed."""
    current = fingerprint(root)
    stored = index_fingerprint(index)
    if stored is not None and stored == current:
        return read_index(index), []
    try:
        kb = load_valid(root)
    except KnowledgeError as exc:
        if stored is not None:
            log.warning("knowledge files refused, serving the last good index: %s", exc)
            return read_index(index), [f"knowledge files refused, serving the last good build: {exc}"]
        raise
    build_index(kb, index)
    return kb, []
