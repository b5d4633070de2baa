"""A message, prepared once: cleaned, folded, year-parsed, tokenised, split into pieces.

`prepare(message, matcher)` does every step that the crisis check, the router, the policy, the
matcher and the passage search need, once, and hands down one `Prepared`. Its pieces (the
question parts and sentences of a rambling message) are prepared once too, on first use.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from bot.matcher import Candidate, Matcher, Query
from bot.normalise import Normaliser, Years, clean_text, corrects_a_year, collapse_repeats, find_years, fold, forum_shorthand, social_tags, spoken_punctuation, spoken_years, stem
from bot.questions import CLAUSE_RE, EMBEDDED_QUESTION, PIECE_EDGES, QUESTION_START, SENTENCE_RE, SPLIT_RE, form_fields

MAX_CHARS = 5000
"""What is matched of a message: the first 5,000 characters (Telegram allows 4,096)."""
RANK_LIMIT = 25
"""Candidates kept per ranking (the policy reads the first few, the situations up to this)."""
MAX_PARTS = 4
"""Question parts read of one message (a list of more gets its first four answered)."""
POINTS_BACK = re.compile(
    r"(?:and |so |but |also |or )?(?:(?:do|does) (?:you|anyone|anybody) know |can you tell me |any idea )?"
    r"(?:what|whats|who|whos|when|where|how|which|is|was|does|did|can|could|will|would|has|do)"
    r"(?: \w+){0,2}? (?:(?P<pronoun>it|its|they)|this|that|these|those)\b(?: (?P<noun>[a-z]+))?"
)
"""A question whose subject is in a sentence before it ("What is it called?", "Which sections of
that Act ...?"): read with the last sentence before it that names the noun it points to, else
with the sentence just before it."""
IT_IS = frozenset("called named known about for meant supposed going true real been done run worth".split())
"""Words after "its" that make it "it's" ("what its called"), not "its" before a noun it names
("what are its priorities")."""


def its_before_a_noun(m: re.Match[str]) -> bool:
    """Whether a POINTS_BACK match is "its" before a noun it names ("what are its priorities"):
    no pointer back, unlike "it", "they" or "what its called"."""
    return m.group("pronoun") == "its" and m.group("noun") is not None and m.group("noun") not in IT_IS


ENDS_POINTING_BACK = re.compile(r"\b(it|this|that|them)$|\b(of|for|to|about) (it|this|that|them) (would|will) do( me| us| nicely| fine)?$")
"""A question part that ends on what an earlier part named ("who is responsible for it"), or
asks only a detail of it ("the name of it would do")."""


SIGN_OFF = re.compile(
    r"(?i)\b(?:yours (?:faithfully|sincerely|truly|respectfully)|(?:kind|best|warm|warmest|many) (?:regards|wishes|thanks)|with (?:thanks|best wishes|kind regards))\b"
)
SIGN_OFF_TAIL = 200
"""A letter's or an e-mail's closing, and what follows it when that is short and asks nothing."""


def _without_sign_off(text: str) -> str:
    """The message without its closing block ("Yours faithfully, Frank Ellis, 3 Kirkewhite
    Street"): a name and an address are no part that could answer ("Frank" is no question for
    FRANK). The whole message is still read whole."""
    found = list(SIGN_OFF.finditer(text))
    if not found:
        return text
    last = found[-1]
    tail = text[last.end() :]
    if len(tail) > SIGN_OFF_TAIL or "?" in tail or last.start() < len(text) // 3:
        return text
    return text[: last.start()]


POINTS_TO_STORY = re.compile(r"\b(its|their) (name|names|number|numbers|phone number|telephone number|contact details|details|address|website)\b")
"""A question that points to something named just before it ("furnish me with its name and number")."""


PURPOSE_OF_IT = re.compile(
    r"\b(?:their|one s|ones) (?:stated |official |actual |real |main |whole )?(?:purpose|point|function)\b"
    r"|\b(?:purpose|point|aim|function) of (?:one|them|it|these|those|that|this)\b"
    r"|\b(?:what|who) (?:are|is|were|was) (?:they|it|one|these|those) (?:actually |really |even )?for\b|\bwhat (?:theyre|its) (?:actually |really |even )?for\b"
    r"|\bwhat (?:(?:are|were) (?:they|these|those)|theyre) (?:actually |really )?(?:meant|supposed|trying) to (?:achieve|do)\b"
)
"""What something named before is for ("what's the stated purpose of one?", "what is their purpose,
as set down officially?"): a question of what the story named (a DHR), not of the partnership's
aims, read with the sentence before it."""


def _pointed_to(before: list[str], noun: str | None) -> str:
    if noun and len(noun) > 3:
        for sentence in reversed(before):
            if re.search(rf"\b{re.escape(noun)}", fold(sentence)):
                return sentence
    return before[-1]


_QUOTED_QUESTION = re.compile(r"(?<![\w'])['\"\u2018\u201c][^'\"\u2019\u201d?\n]{1,80}\?+['\"\u2019\u201d]")
"""A question someone else asked, quoted in the story ("Someone asked 'how many years?' and he
laughed"): not what the writer asks."""
WANTED_THING = re.compile(
    r"\b(?:to|and|must|please) (?:quote|list|give|name|cite|include|state|know|check|confirm|explain|describe|mention|reference|"
    r"summarise|summarize|outline|set out|write down|put down|fill in|add|find|look up|pull|pull out|get hold of) "
    r"((?:the|its|their|your|our)\b[^.,;:?!\n]{3,80}?)(?= (?:and(?! drugs partnership)|but|so|because|which|that|who|in our|in my|on our|on my|for our|for my|into)\b|[.,;:?!\n]|$)",
    re.IGNORECASE,
)
"""The thing an errand asks for ("... wants us to quote [the partnership's priorities for 2021/22] and ...")."""
WINDOW = 12
"""Words in one window of a long message."""
WINDOW_SENTENCES = 6
"""A message of this many sentences or more is read by its sentences and clauses, without windows."""
BACKGROUND = 0.3
"""Weight of a word that only the story around a question uses (chosen over 0.0-1.0 on every set;
0.2-0.4 all gain, 0.0 loses)."""
ASKED_SPLIT = re.compile(r"(?<=[.!?:])\s+|\n")
PLACE_WORDS = frozenset(stem(w) for w in "nottingham nottinghamshire notts city county area areas local locally uk england".split())
"""Where, not what: a place names no subject a question asks about."""
QUESTION_MIN_WEIGHT = 2.0
"""The question must carry this much weight of its own to be read first."""
GENERIC_ASK = frozenset(
    stem(w) for w in (
        "ring call phone contact talk speak help support advice advise number numbers tell "
        "anyone someone somebody anybody service services organisation line helpline helplines info information chat "
        "email text need want look find go get do"
    ).split()
)
"""Words of asking for help, not of what it is about ("who can I ring", "is there anyone to talk to"):
they do not count towards QUESTION_MIN_WEIGHT."""
JUDGING = frozenset(
    stem(w) for w in (
        "normal normally overreacting overreact overthinking paranoid dramatic mad crazy silly stupid count counts "
        "serious seriously worth wrong right fair real ok okay acceptable enough bad feel feeling"
    ).split()
)
"""Words that ask for a judgement of what the story tells ("is this normal?", "am I overreacting?",
"does that count?"): the story is what it is about, so they name no subject either."""
MAX_READ = 100_000
"""What crisis detection reads of a message: all of it, up to this (every crisis pattern is linear)."""


@dataclass
class Prepared:
    """One message (or one piece of it) as every stage reads it."""

    text: str
    """The cleaned text that is matched (at most MAX_CHARS)."""
    folded: str
    years: Years
    terms: Query
    """Stemmed, corrected, weighted content tokens (the matcher's view)."""
    matcher: Matcher = field(repr=False)
    whole: str = ""
    """The cleaned whole message, up to MAX_READ (what crisis detection reads); "" for a piece."""
    _ranked: dict[tuple[tuple[int, ...], tuple[int, ...]], list[Candidate]] = field(default_factory=dict, repr=False)
    pieces_done: dict[str, Prepared] = field(default_factory=dict, repr=False)
    """Its pieces prepared so far, by text: a question part that is also a sentence is prepared once."""
    set_aside: dict[str, str] = field(default_factory=dict, repr=False)
    """Why each intent's answer cannot hold what this message asks ("" when it can), once per
    intent: every piece of a long message is judged against what the whole asks."""

    def ranked(self, years: Years) -> list[Candidate]:
        """The matcher's candidates for this text (up to RANK_LIMIT, best first), ranked once per
        set of years: the policy, the situations and the pieces all read the same ranking."""
        key = (years.financial, years.bare)
        cached = self._ranked.get(key)
        if cached is None:
            cached = self._ranked[key] = self.matcher.rank_query(self.terms, limit=RANK_LIMIT, years=years)
        return cached

    @cached_property
    def scores(self) -> dict[str, float]:
        """Each ranked intent's score for this text and its years (what a part of the message is
        weighed against)."""
        return {c.intent: c.score for c in self.ranked(self.years)}

    @cached_property
    def split_asked(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Its sentences (what follows a colon counts as one), and those that ask: a question mark,
        or "tell me who chairs it"."""
        sentences = tuple(p for s in ASKED_SPLIT.split(self.text) if s and s.strip() for p in _run_on(s))
        return sentences, tuple(s for s in sentences if "?" in _QUOTED_QUESTION.sub(" ", s) or _asks(fold(s)))

    @cached_property
    def asking(self) -> tuple[str, ...]:
        """Its sentences that ask, folded."""
        return tuple(fold(s) for s in self.split_asked[1])

    @cached_property
    def asked_alone(self) -> Prepared:
        """Its sentences that ask, prepared as one text of their own (ranked once, whoever reads
        them alone)."""
        return prepare_text(" ".join(self.asking), self.matcher)

    @cached_property
    def asked_sentences(self) -> tuple[str, ...]:
        """The sentences that ask, folded; every sentence when none asks (what is asked for is
        read in these)."""
        return self.asking or tuple(fold(s) for s in self.split_asked[0])

    @cached_property
    def year_asked(self) -> bool:
        """Whether the sentences that ask name a year (or no sentence asks, or none but asks)."""
        sentences, asked = self.split_asked
        return not asked or len(asked) == len(sentences) or bool(find_years(" ".join(self.asking)))

    @cached_property
    def corrected(self) -> str:
        """The whole message folded, each unknown word corrected ("attcaking" -> "attacking")."""
        return self.matcher.correct_text(self.whole)

    @cached_property
    def question(self) -> Query | None:
        """What its asking sentences ask, when some sentences ask and some do not and what is asked
        names its subject (QUESTION_MIN_WEIGHT): "wot r they?" does not."""
        sentences, asked = self.split_asked
        if len(sentences) < 2 or not asked or len(asked) == len(sentences):
            return None
        read = list(asked)
        if POINTS_TO_STORY.search(fold(asked[0])) and (i := sentences.index(asked[0])) > 0:
            # "... an organisation whose purpose is to support the victims of crime. I should be
            # grateful if you would furnish me with its name": what "its" is, is asked too
            read.insert(0, sentences[i - 1])
        question = self.matcher.query(" ".join(read))
        # "who can I ring?" names no subject: the words of asking for help are not one
        # (nor does a place: "where does he go in notts?" asks where to go about the story)
        subject = sum(w for t, w in zip(question.tokens, question.weights, strict=True) if t not in GENERIC_ASK and t not in JUDGING and t not in PLACE_WORDS)
        return question if subject >= QUESTION_MIN_WEIGHT else None

    @cached_property
    def corrected_sentences(self) -> str:
        """As `corrected`, sentence by sentence, with a full stop between them (for a reader that
        also reads each sentence alone, as the danger model does)."""
        sentences = (s for s in SENTENCE_RE.split(self.whole) if s and s.strip())
        return ". ".join(c for s in sentences if (c := self.matcher.correct_text(s)))

    @cached_property
    def parts(self) -> tuple[Prepared, ...]:
        """Its first question parts ("who chairs the board? and what are the priorities"), 2+ words each."""
        return self._prepare_all((p for p in SPLIT_RE.split(_question_lines(self.text))), limit=MAX_PARTS)

    @cached_property
    def sentences(self) -> Pieces:
        """Its sentences, question parts and clauses, for a rambling message (2+ words each, not the
        whole), then windows of WINDOW words every WINDOW // 2 words for a long one. Each is
        prepared when first read: a reader that stops early (a sure part) prepares no more."""
        text = _without_sign_off(self.text)
        sentences = [s for s in SENTENCE_RE.split(text) if s and s.strip()]
        pieces = [p for p in sentences + SPLIT_RE.split(text) if p]
        if len(sentences) >= 2:  # without a greeting or preamble before it, or a sign-off after it
            pieces += [" ".join(sentences[1:]), " ".join(sentences[:-1])]
        # a question that points back ("What is it called?", "Is their purpose to blame?") read
        # with the sentence it points to
        for i, sentence in enumerate(sentences[1:], 1):
            folded = fold(sentence)
            if (m := POINTS_BACK.match(folded)) is not None and not its_before_a_noun(m):
                noun = None if m.group("pronoun") else m.group("noun")  # ("that board"; not "it called")
                pieces.append(f"{_pointed_to(sentences[:i], noun)} {sentence}")
            elif PURPOSE_OF_IT.search(folded):
                pieces.append(f"{_pointed_to(sentences[:i], None)} {sentence}")
        for sentence in sentences:
            pieces += [p for p in CLAUSE_RE.split(sentence) if p]
            # what the asker must quote or list ("the bid form wants us to quote the partnership's
            # priorities for 2021/22 and show how we fit"): the thing itself, without the errand
            pieces += [m.group(1) for m in WANTED_THING.finditer(sentence)]
        words = self.text.split()
        # windows are for text with few sentence breaks (dictation, one long run-on); a message
        # already cut into several sentences is read by them and their clauses
        if len(words) > WINDOW and len(sentences) < WINDOW_SENTENCES:
            pieces += [" ".join(words[i : i + WINDOW]) for i in range(0, len(words) - WINDOW // 2, WINDOW // 2)]
        return Pieces(self._unique(pieces, skip=self.text), self.matcher, self.pieces_done)

    @staticmethod
    def _unique(pieces: Iterable[str], *, skip: str = "") -> list[str]:
        seen: dict[str, None] = {}
        for raw in pieces:
            piece = raw.strip(PIECE_EDGES)
            if piece and len(piece.split()) >= 2 and piece != skip:
                seen.setdefault(piece, None)
        return list(seen)

    def _prepare_all(self, pieces: Iterable[str], *, limit: int | None = None) -> tuple[Prepared, ...]:
        return tuple(_prepared_once(piece, self.matcher, self.pieces_done) for piece in self._unique(pieces)[:limit])

    def summary(self, *, with_text: bool) -> dict[str, object]:
        """What `--explain` shows of the prepared query (the words only when `with_text`)."""
        out: dict[str, object] = {
            "characters": len(self.whole or self.text),
            "tokens": list(self.terms.tokens) if with_text else len(self.terms.tokens),
            "unknown": list(self.terms.unknown) if with_text else len(self.terms.unknown),
            "years": self.years.label() or None,
            "parts": len(self.parts),
        }
        if with_text:
            out = {"text": self.text, "folded": self.folded, **out}
        return out


class Pieces:
    """A message's pieces, each prepared on first reading, then kept."""

    def __init__(self, texts: list[str], matcher: Matcher, done: dict[str, Prepared] | None = None) -> None:
        self._texts = texts
        self._matcher = matcher
        self._by_text: dict[str, Prepared] = {} if done is None else done
        self._done: list[Prepared] = []
        self._rankings: dict[Query, dict[tuple[tuple[int, ...], tuple[int, ...]], list[Candidate]]] = {}
        """Pieces that read the same (a clause that is its whole sentence) share one ranking."""

    def __len__(self) -> int:
        return len(self._texts)

    def __iter__(self) -> Iterator[Prepared]:
        for i, text in enumerate(self._texts):
            if i == len(self._done):
                piece = _prepared_once(text, self._matcher, self._by_text)
                piece._ranked = self._rankings.setdefault(piece.terms, piece._ranked)
                self._done.append(piece)
            yield self._done[i]


def _prepared_once(text: str, matcher: Matcher, done: dict[str, Prepared]) -> Prepared:
    piece = done.get(text)
    if piece is None:
        piece = done[text] = prepare_text(text, matcher)
    return piece


def prepare_text(text: str, matcher: Matcher) -> Prepared:
    """Prepare already-cleaned text (a piece of a message)."""
    return Prepared(text=text, folded=fold(text), years=find_years(text), terms=matcher.query(text), matcher=matcher)


_NAMED_THING = (
    "board|boards|law|laws|act|group|groups|sub group|sub-group|subgroup|process|scheme|review|reviews|duty|duties|team|teams|"
    "service|panel|charity|helpline|organisation|body|plan|report|strategy|target|targets|rule|rules|meeting|conference|requirement"
)
_POINTED = re.compile(r"\b(?:that|this|the same|these|those|the said) (" + _NAMED_THING + r")\b", re.IGNORECASE)
_MENTION_OF = {
    noun: re.compile(
        r"((?:[A-Za-z][\w'-]* ){1,3})" + re.escape(noun) + r"\b((?: (?:that|which|where|called|known as)\b)(?: [\w'-]+){1,8})?",
        re.IGNORECASE,
    )
    for noun in _NAMED_THING.split("|")
}
_NOT_A_MODIFIER = frozenset(
    "the a an its it their our his her my your this that these those of and or to in on at by with from is are was were be "
    "as also one some any every each new same said".split()
)
MAX_NAMED_SENTENCES = 12
"""How many sentences before a question "that board" is looked for in."""


def _described(before: list[str], noun: str) -> str | None:
    """How the last of `before` to name `noun` described it ("the [domestic abuse] board [that
    local areas must have by law]"), when with words of its own."""
    # (named in the singular, pointed to in the plural, or the reverse: "a Domestic Homicide Review
    # ... which law requires these reviews?")
    forms = (noun.lower(), noun.lower()[:-1] if noun.lower().endswith("s") else f"{noun.lower()}s")
    patterns = [p for form in forms if (p := _MENTION_OF.get(form)) is not None]
    if not patterns:
        return None
    for earlier in reversed(before):
        for found in reversed([m for pattern in patterns for m in pattern.finditer(earlier)]):
            before_noun = found.group(1).split()
            if before_noun[-1].lower() in ("that", "this", "these", "those"):
                continue  # (the same pointing again)
            words: list[str] = []  # the words just before it that describe it
            for word in reversed(before_noun):
                if word.lower() in _NOT_A_MODIFIER or "'" in word:
                    break
                words.insert(0, word)
            if words or found.group(2):
                return " ".join([*words, noun]) + (found.group(2) or "")
    return None


def _told_before(before: list[str], noun: str, norm: Normaliser | None) -> str | None:
    """What the story told without naming it, when that has `noun` in its name ("murdered by her
    husband ... a review round a table": "this review" is the domestic homicide review)."""
    if norm is None:
        return None
    return next((name for name in norm.described_in(" ".join(before)) if noun.lower() in name.split()), None)


def _named_before(text: str, norm: Normaliser | None = None) -> str:
    """`text` with "that board", "this review" in a later sentence read as what an earlier sentence
    named ("... the board also sits as the domestic abuse board that local areas must have by law.
    What is that board called?": "What is the domestic abuse board that local areas must have by
    law called?"). Only a thing named with words of its own is read so; a bare "the board" is left."""
    sentences = [s for s in SENTENCE_RE.split(text) if s]
    if len(sentences) < 2 or not _POINTED.search(text, len(sentences[0])):
        return text
    out = sentences[:1]
    for i, sentence in enumerate(sentences[1:], 1):
        before = sentences[max(0, i - MAX_NAMED_SENTENCES) : i]
        out.append(
            _POINTED.sub(
                lambda m, before=before: f"the {d}" if (d := _described(before, m.group(1)) or _told_before(before, m.group(1), norm)) else m.group(0),
                sentence,
            )
        )
    return " ".join(out)


YEAR_ONLY = re.compile(
    r"(?i)\b(?:(?:for|in|of) (?:the )?(?:(?:financial|calendar|municipal) )?(?:year )?\d{4}(?:\s?[/-]\s?\d{2,4})? only"
    r"|only (?:for|in|of) (?:the )?(?:(?:financial|calendar|municipal) )?(?:year )?\d{4}(?:\s?[/-]\s?\d{2,4})?)\b"
)
"""A year said to be the only one wanted ("for the year 2016/17 only", "only for 2019")."""


ERRAND = re.compile(
    r",?\s+\b(?:that|which|so that|so)\s+(?:i|we|you|they|staff|colleagues|the team)\s+(?:can|could|may|might|will|would|am able to|are able to)\s+"
    r"(?:put|add|include|pass|hand|print|quote|cite|stick|pop|share|use|reference|show|send|forward|attach|copy|drop|slot|give (?:him|her|them|out))\b[^.?!\n]*",
    re.IGNORECASE,
)
"""What the asker will do with the answer ("a phone line for people worried about their own
behaviour [that I can put in the plan as an action for him]"): not what is asked about."""
FOR_USE = re.compile(
    r"\bfor (?:a|an|the|my|our|this|their|his|her|next weeks|tomorrows|mondays|fridays)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:final |last |first |opening |closing )?(?:slide|slides|handout|handouts|leaflet|leaflets|poster|posters|newsletter|assembly|"
    r"presentation|powerpoint|lesson|display|noticeboard|notice board|project|essay|coursework|assignment|dissertation|worksheet|quiz|"
    r"booklet|factsheet|fact sheet|article|blog|podcast|flyer|flyers|timeline|infographic|resource pack|training pack)\b",
    re.IGNORECASE,
)
"""What the answer is for ("Modern Slavery Helpline number [for a slide], please", "[For a Year 12
politics project]: what were the priorities for 2021/22?"): not what is asked about."""


def prepare(message: str, matcher: Matcher) -> Prepared:
    """Prepare a raw message: cleaned (valid Unicode, whitespace runs collapsed), capped, parsed;
    "that board" in a question read as what the story named (`_named_before`)."""
    whole = form_fields(spoken_years(spoken_punctuation(collapse_repeats(forum_shorthand(social_tags(clean_text(message[:MAX_READ])))))))
    prepared = prepare_text(FOR_USE.sub(" ", ERRAND.sub("", _named_before(whole[:MAX_CHARS], matcher.norm))), matcher)
    prepared.whole = whole
    prepared.terms = _question_first(prepared, matcher)
    if prepared.years and not prepared.year_asked and CURRENT.search(" ".join(prepared.asking)):
        # "the only list I can find is on a 2021 slide ... which sub-groups currently oversee it?":
        # the year is the story's; what is asked is how things are now
        prepared.years = Years()
    elif prepared.years and not prepared.year_asked and max((*prepared.years.financial, *prepared.years.bare)) < matcher.first_year:
        # "a member who founded the Watch in 1998 says burglary was a priority: for which year?":
        # a year before every document, told only in the story, is no year asked about
        prepared.years = Years()
    elif prepared.years and (only := YEAR_ONLY.search(whole)) is not None and find_years(only.group(0)):
        # "I have the lists for 2021/22 and 2022/23 already. For the year 2016/17 only, please
        # answer: ...": the year said with "only" is the one asked about
        prepared.years = find_years(only.group(0))
    elif prepared.years and prepared.asking and not corrects_a_year(whole):
        # "I have the 2022/23 list from an old slide ... what are the priorities for 2023/24?": the
        # year the question names is the one asked about, not the one the story mentions
        asked = find_years(" ".join(prepared.split_asked[1]))
        if asked and asked != prepared.years:
            prepared.years = asked
    return prepared


CURRENT = re.compile(r"\b(current|currently|now|nowadays|these days|latest|newest|up to date|at the moment|at the minute|at the min|at present|as it stands|right now|rn|atm|this year|today|still)\b")
"""A question about how things are now."""


def _question_first(prepared: Prepared, matcher: Matcher) -> Query:
    """A story with a question in it: the words only the story uses count for less than the
    question's (BACKGROUND), so "Parish clerk here, asked by our chair: which law ...?" is about
    the law. Only when some sentences ask and some do not, and what is asked names its subject
    ("wot r they?" leaves the story as it is)."""
    # (what follows a colon is read as a sentence of its own: "asked by our chair: which law ...?")
    terms = prepared.terms
    question = prepared.question
    if question is None:
        return terms
    own = frozenset(question.tokens)
    weights = tuple(w if t in own else w * BACKGROUND for t, w in zip(terms.tokens, terms.weights, strict=True))
    return Query(terms.tokens, weights, terms.unknown, terms.sequence)


RUN_ON_QUESTION = re.compile(
    # ("a lad on our programme who I'm sure is being used": "who" after a noun tells who, it does not ask)
    r"\s(?=(?:what|wot|wat|who(?!\s+i(?:'m|m|'ve|ve)?\s)|hoo|where|wer|how|is there|is ther|are there|are ther|can i|can someone|can sumwun|"
    r"do i|should i|who do|wot do|wat do)\s(?:are|r|is|do|does|can|should|would|will|i|you|they|the|there|ther|happens|happened)\b)",
    re.IGNORECASE,
)
RUN_ON_WORDS = 6
"""A question that starts this many words or more into a sentence with no question mark."""


def _run_on(sentence: str) -> tuple[str, ...]:
    """A run-on sentence with its question last ("the counsil ofiser sed it was stage 1 wot are
    the other stages after that") as the story and the question; any other sentence as it is."""
    if "?" in sentence:
        return (sentence,)
    for m in RUN_ON_QUESTION.finditer(sentence):
        if len(sentence[: m.start()].split()) >= RUN_ON_WORDS:
            return (sentence[: m.start()], sentence[m.end() :])
    return (sentence,)


LIST_ITEM = re.compile(r"(?:[-\u2022*]|\(?[1-9][).])\s")
"""A line that is an item of a list ("- the chair", "2) the priorities")."""


def _question_lines(text: str) -> str:
    """`text` with its lines grouped as the questions they make: lines that tell (a chat burst's
    "hes like 21", "he takes her phone") join the question after them, and lines after the last
    question join it. A line that asks, or is an item of a list, ends a group; a line break is
    then a break between questions only between groups ("who chairs it?\nwhat are the priorities")."""
    if "\n" not in text:
        return text
    groups: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if LIST_ITEM.match(line.lstrip()) and current:
            groups.append(current)
            current = []
        current.append(line)
        if "?" in line or _asks(fold(line)):
            groups.append(current)
            current = []
    if current:
        if groups and not LIST_ITEM.match(current[0].lstrip()):
            groups[-1] += current
        else:
            groups.append(current)
    return "\n".join(" ".join(group) for group in groups)


def _asks(folded: str) -> bool:
    """A sentence that asks, without a question mark ("tell me who chairs it", "we were arguing
    about who chairs the board")."""
    return bool((QUESTION_START.match(folded) and not _STATEMENT_WHAT.match(folded)) or EMBEDDED_QUESTION.search(_NOT_KNOWING.sub(" ", folded)))


_STATEMENT_WHAT = re.compile(
    r"(what|whats|what has|what have|what ive|what weve) (really |honestly |most |also |always )?"
    r"(struck|strikes|strike|worries|worried|bothers|bothered|gets to|got to|annoys|annoyed|surprised|surprises|shocked|shocks|"
    r"concerns|concerned|frustrates|frustrated|upsets|upset|saddens|stood out|stands out|stuck with|sticks with|"
    r"(i|we|ive|weve) (have )?(noticed|seen|found|heard|learned|learnt)) (\w+ ){0,8}?(is|was|are|were|has been)\b"
)
"""A statement shaped like a question ("what's struck me this month is how many people say ..."): it asks nothing."""


_NOT_KNOWING = re.compile(
    r"\b(he|she|they|it|nobody|no one|noone) (doesnt|does not|dont|do not|didnt|did not|wont|cant|cannot|never) (know|knows|knew) "
    r"(who|what|where|when|which|how|whether|if)\b"
)
"""Someone else not knowing ("he doesn't know where I live"): a statement, not a question."""
