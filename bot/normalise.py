"""Text normalisation shared by the matcher, the index and the knowledge checks.

`Normaliser.tokens(text)` turns "Who's in charge of ASB in my neighborhood??" into stemmed
content tokens such as ["charge", "anti", "social", "behaviour", "neighbourhood"]: lower case,
accents folded, punctuation dropped, acronyms expanded, spellings and slang folded, stop words
removed, light suffix stripping.
"""
from __future__ import annotations

import re
import sys
import unicodedata
import weakref
from functools import lru_cache
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.diskcache import JsonCache

_APOSTROPHES = "'\u2019\u2018`\u00b4"
_NON_WORD = re.compile(r"[^a-z0-9]+")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)(?:\s*[/\-\u2013\u2014]\s*(\d\d(?:\d\d)?)|\s+(?:to|until|till)\s+(20\d\d))\b")
_SHORT_RANGE = re.compile(r"(?<![\d/])\b(\d\d)\s*/\s*(\d\d)\b(?![\d/])")
# "21-22" (not "aged 15-16") and "apr 21 - mar 22" / "April 2021 to March 2022" are financial years too.
_SHORT_DASH = re.compile(r"(?<![\d/\-])(?<!age )(?<!aged )(?<!ages )\b(\d\d)\s*[\-\u2013]\s*(\d\d)\b(?![\d/\-])(?!\s*(?:years?|yrs?|yo|year olds?)\b)", re.I)
# "nov 22", "Dec '21": a month and a two-digit year
_MONTH_YEAR = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+'?(\d\d)\b(?![\d/\-:])(?!,?\s+(?:19|20)\d\d)", re.I
)
_MONTH_RANGE = re.compile(r"\bapr(?:il)?\s+(?:20)?(\d\d)\s*(?:-|\u2013|to|until|till)\s*mar(?:ch)?\s+(?:20)?(\d\d)\b", re.I)
_BARE_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_AGE = re.compile(
    r"\b(?:aged?|(?:he|she)(?: is|'s|s)|i(?: am|'m|m)|they(?: are|'re|re)|turned|turns) \d{1,2}\b(?!\s*(?:%|percent|per cent|[.,/:-]?\d))"
    r"(?: ?(?:yo|y/o|yrs? old|years? old|year old)\b)?"
    r"|\b\d{1,2} ?(?:yo|y/o|yrs? old|years? old|year old)\b|(?<=[a-z]) \(\d{1,2}\)",
    re.IGNORECASE,
)

_CHILD_AGE = re.compile(r"\b(\d{1,2})[- ]?(?:yo|y/o|yrs?[- ]old|years?[- ]old)s?\b", re.IGNORECASE)
_AGE_AFTER = re.compile(
    r"\b(lad|boy|girl|kid|lass|youngster|teen|teenager|child|mate|friend|pal|cousin|brother|sister|son|daughter)(?:,| is| s)? (?:about |around |maybe |aged |age |only |just )?(\d{1,2})(?:ish)?\b"
    r"(?![.:/]?\d)(?! ?(?:am|pm|quid|pounds|p|minutes|mins|hours|hrs|o ?clock|times|%|percent|miles|mph|stone|st|kg|lbs|ft|feet|cm)\b)"
    # (a count of time that is no age: "16 years older", "12 weeks pregnant"; "2 weeks old" is one)
    r"(?! (?:years?|yrs?|months?|weeks?|days?|foot|inches)\b(?! old\b))",
    re.IGNORECASE,
)
"""An age after the one it is of ("a lad, 13ish", "my mate is 15"): a child under 18."""

# Function words and question scaffolding: they say nothing about the topic.
STOPWORDS = frozenset(
    """
    a about above after again all also am an and any are as at be been being both but by can
    could did do does doing done down during each few for from further get gets getting got had
    has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not of off on once only or other our ours ourselves out
    over own please same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves tell know let
    thanks thank hi hello hey want wanted wanna need needs like would could should might shall
    may must us am im ive id youre theyre thats theres whats whos hows wheres isnt arent wasnt
    werent doesnt didnt dont cant cannot wont ok okay yes yeah yep really just also still ever
    one ones thing things something anything someone anyone somebody anybody much many lot lots
    bit kind sort way quite pretty well actually basically literally mean means meant
    give go going gonna gotta say said find out look looking went goes gone
    um umm uh uhm erm er hmm ah oh quick question questions basically wondering wonder hiya
    sorry bother cheers duck ta lol back
    hes shes weve wed youve youll youd theyll theyd theyve itll ill hed shed wouldnt couldnt shouldnt
    havent hasnt hadnt aint innit dunno
    daft silly apologies apologise apologize pls plz tbh ngl lmao omg idk imo btw fyi hun hon babe
    asap thx thnx ty tldr tl dr channel cc
    actual exact exactly whole whenever totally simply guys folks whatever obviously entirely completely clearly
    apparently anymore whoever usually usual particular particularly rather definitely certainly surely possibly absolutely fully
    although afterward afterwards among badly barely directly either eventually everything finally ideally neither
    nicely normally occasionally perfectly purely sadly simple specifically supposedly therefore ultimately unless widely
    meantime meanwhile whatsit lovely pleasant nice
    haha hahaha hahah hehe lmfao rofl okey dokey bro bruv hunny alright alrite howdy goodnight mint hen ducks
    wondered curious hopefully maybe perhaps probably honestly seriously anyway anyways though
    nowt owt summat ey ay ayup eyup ow yer ya ye yous youse reckon ducky yo wi doin goin gettin sayin nothin somethin anythin summink nuffink
    even wait fr frfr tho ig smh istg ikr tbf ffs pmsl bruh fam lowkey highkey deadass nah wise
    assignment homework coursework essay
    regarding concerning pertaining instead hereby herewith respected trustworthy hardly previously regularly
    dm dms dmed dmd dming
    aibu wibu aita wwyd
    dear sir madam faithfully sincerely regards kindly grateful obliged
    moment nowadays lately brilliant useless bloody rubbish ridiculous pathetic disgrace
    disgraceful shocking impress frankly genuinely waffle flipping effing bleedin flaming sodding
    anywhere stated insist insists insisted insisting darling darlin
    """.split()
) | frozenset("bcdefghjklmnopqrstuvwxyz")  # single letters: "n" for "and", "r" for "are"

_ASKS_A_NAME = re.compile(r"(what|whats|what s|wat|wats|wot|wots)(?! (is |s |was |are )?(it|its|that|thats|this|they|those|these|he|she)\b) ")
"""A question that begins by asking what of a thing it names; with "called" last, it asks that
thing's name ("what's Juno's service for children called?"; not "what is it called?", which the
story names and the reader of pointing back reads)."""
# Ways of saying "I have a question" that say nothing about it ("ive been meaning to ask", "my friend
# said to try here"); "ask" and "try" alone keep their meaning (the "Ask" stage of ASB enforcement).
_NOT_ASKED_FOR = (
    r"(a |an |my |me |the |our |his |her )?"
    r"(teacher|teachers|mum|mam|mom|dad|parents?|gp|doctor|nurse|social worker|counsellor|school|boss|manager)"
)
"""Someone a message says it does not want to talk to ("not a teacher or my mum")."""
ASKING = re.compile(
    r"\b(been |was |were )?meaning to (ask|get in touch|message|write)( you| this| something)?\b|\b(for|since) ages\b|\bages ago\b"
    r"|\b((my )?(friend|mate|mum|sister|brother|neighbour|partner|gp|doctor|teacher|manager) )?(said|says|told me|suggested|recommended) (i |we )?(should )?(to )?(try|ask|message|contact) (asking )?(here|on here|this|you|this bot|this chat)\b"
    r"|\b(try|trying|tried|thought id try|thought i would try) (asking )?(here|on here|this|this bot|you)\b"
    r"|\b(can|could|may) i (just )?ask( you)?( something| a question)?\b|\b(just )?(wanted|want|need) to ask( you)?\b"
    r"|\basking for a (friend|mate)\b|\bsorry to (ask|bother you|trouble you)\b"
    # ...or "now" in other words, or checking that one has it right
    r"|\b(right now|rn|atm|rite now|at present|these days|as of now|as things stand|as it stands|at the minute|at the min|at the mo|at this minute|is that right|get it right|have i got that right)\b"
    # ("my mum said there's some rule ... is that a real thing?": the thing is in the sentence before)
    r"|\b(is|was) (that|this|it) (even |actually |really )?((a|an) )?(real|actual|proper|genuine|official) (thing|rule|law)\b|\bis (that|this) (even )?a thing\b"
    # ...or courtesy around the question: greetings, apologies, thanks, sign-offs and mail footers
    r"|\b(i was|im|i am|was) (just )?wondering\b|\b(dying|dyin|desperate) to (know|no|find out|ask)\b|\b(quick|genuine|honest|serious|real|legit|random|stupid|daft|dumb|silly|simple|general|nosy|noob|newbie|psa) (one|question|q|qn)\b|\bpsa\b|\bhope (you are|youre|your|you|all|everyone) "
    r"(is |are )?(all )?(well|ok|okay|good|keeping well)\b|\bsorry if (this|thats|that is|its|it is) (a |an )?(bit of a )?"
    r"(daft|stupid|silly|dumb|obvious|basic|odd|weird|strange) (question|one|thing to ask)\b"
    r"|\bsorry (this is|its|it is|its a|for the|for this) (so |a bit |really |very |quite )?long( post| one| message)?\b|\b(long|longish) post( sorry| alert)?\b"
    r"|\b(first time|long time) (poster|posting|lurker)\b"
    # ...or the schoolwork it is for ("for my citizenship project", "school project:")
    r"|\b(for )?(my |our |a |the )?(citizenship|school|college|uni|university|gcse|a level|pshe|sociology|criminology|law|history|media|class|group) "
    r"(project|homework|assignment|lesson|presentation|essay|coursework|dissertation|module)\b"
    r"|\bfor future reference\b|\b(question|asking|this is|its|it is) (just )?(for|about) (the )?future\b(,? not (for )?now)?"
    r"|\b(thanks|thank you|thanking you|cheers) (in advance|so much|very much|a lot|loads|ever so much)\b|\bin advance\b"
    r"|\b(kind|best|warm|many) (regards|wishes|thanks)\b|\bany help (would be|will be|is|much|greatly) (much |greatly |really )?appreciated\b"
    r"|\bsent from my (iphone|ipad|android|samsung|galaxy|phone|mobile|huawei|pixel)\b|\bget outlook for (ios|android)\b"
    r"|\basking (for|on behalf of) (my |a |our )?(manager|boss|colleague|team leader|line manager|supervisor|team|friend|mate)\b"
    r"|\b(i was |ive been |been |was |im being )?(asked|told) by (my |our |the )(chair|chairman|chairwoman|manager|boss|colleague|team leader|line manager|supervisor|team|clerk|councillor|vicar|head|headteacher)( to (ask|find out|check))?\b"
    r"|\b(our |your |my )?(ref|reference|case ref|case reference|case no|case number)( no| number)?[ :]+[a-z]*\d[\w/-]*\b"
    # ...or that the asker is safe, said in passing ("everything's just a lot rn. im safe tho")
    r"|\b(im|i am|were|we are) (safe|ok|okay|fine|alright) (tho|though)\b"
    # ...or who is not what is asked for ("someone to talk to that's not a teacher or my mum")
    r"|\b(thats|that is|who is|whos|who isnt|that isnt|other than|apart from|besides|except) (not )?" + _NOT_ASKED_FOR + "( or " + _NOT_ASKED_FOR + r")?\b"
    # ...or what is set apart from what is asked ("its statutory responsibilities (as distinct
    # from its aims)": the responsibilities are asked for, not the aims)
    r"|\b(as distinct from|as opposed to|distinct from|rather than|not to be confused with) (its|their|the|your|our) (\w+)\b"
    # ...or who is writing, and the errand of their own it is for ("duty manager here, updating our
    # safeguarding policy": a manager on shift, and their own policy, not a duty or a policy of ours)
    r"|\b(duty|shift|centre|site|deputy|assistant|store|general|office|practice|team|club) (manager|lead|leader|supervisor|coordinator) here\b"
    r"|\b(updating|reviewing|writing|drafting|refreshing|redoing|rewriting) (our|my) (\w+ ){0,2}(policy|policies|procedure|procedures|handbook|induction pack|risk assessment)\b"
    # ...or the asker's own document to compare with ("for comparison with our previous improvement plan")
    r"|\b(for comparison with|to compare with|to compare against|compared with|in comparison with) (our|my) (\w+ ){0,3}(plan|strategy|policy|report|priorities)\b"
    # ...or the time a question is set in, told by a document's making ("back in 2021, when the
    # last-but-one plan was drawn up, what were the priorities?": the year is kept, the plan is no topic)
    r"|\bwhen (the|our|your|their|that|this) (\w+ ){0,4}(plan|strategy|assessment|report) (was|were|got) (being )?(drawn up|written|published|agreed|approved|put together|signed off|adopted)\b"
    # ...or doubt about the place to ask ("not sure if this is the right place but here goes")
    r"|\b(im |i am )?(not sure|unsure|dont know|not certain) (if|whether) (this is|im in|i am in|i have come to|ive come to) (the )?(right|correct|wrong) (place|bot|chat|service|page|group)( to ask| for this)?\b"
    r"|\bhere goes( nothing)?\b"
    # ...or how hard it is to say ("I hardly know how to put this"), and thanks for guidance to come
    r"|\b(i )?(hardly |barely |dont |do not |really dont )?know how to (put|say|word|phrase|start|begin) (this|it)\b"
    r"|\b(i|we) (should|would|will) be (most |very |so |really )?(grateful|obliged|thankful) for any (guidance|advice|help|pointers|steer)\b"
    # ...or asking for ideas ("any ideas?")
    r"|\bany (ideas|thoughts|suggestions|tips)\b"
    # ...or words of emphasis ("what law set them up in the first place")
    r"|\bin the first place\b|\bat the end of the day\b|\bto be honest\b|\bif im honest\b|\bto be fair\b|\bofficially\b"
    # ...or a dialect "really" ("what is the Crime and Drugs Partnership when it's at home?")
    r"|\bwhen (its|it is|theyre|they are|hes|shes) at home\b"
    r"|\b(just )?out of (interest|curiosity)\b|\b(just )?(curious|wondering) (really|like)\b"
    # ...or who is asking, as a kind of body ("as a business, who do we report this to?")
    r"|\bas an? (small |local |family |independent )?(business|businesses|shop|company|firm|retailer|store|supermarket|employer)\b"
    # ...or where a rumour came from ("word on the estate is ...", "heard on the grapevine")
    r"|\b(someone|somebody|people|ppl|a guy|a lad|a girl|loads of people|everyone|half) in (my|the) (comments|replies|dms|chat|group chat)"
    r"( (says|said|say|reckons|reckon|is saying|are saying|keep saying|keeps saying|told me)( (no|yes|otherwise|not|so))?)?\b"
    r"|\b(the )?word (on|round|around) the (street|streets|estate|block|grapevine)( is)?\b|\brumou?r (has it|is)\b|\bon the grapevine\b"
    # ...or what the asker's own work is ("for the purposes of our review": an audit, not a DHR)
    r"|\bfor (the )?purposes? of (our|this|my|the present|the current) (review|audit|inspection|assessment|scoping|work|records)\b"
    # ...or how the answer should be put ("please make a list", "tell me simple", "in easy words")
    r"|\b(please )?(make|give me|send|do) (me )?(a |it as a |it in a )?(short |simple |quick |brief )?list( please| pls)?\b"
    r"|\b(keep it|tell me|say it|explain it|put it) (short|simple|brief|simply|plainly)( please| pls)?\b"
    r"|\bin (easy|simple|plain|basic|everyday|normal) (words|english|language|terms)\b|\bin (laymans|layman|lay|layperson|lay persons) terms\b|\bin a nutshell\b|\b(a )?short (list|answer|one) (is|would be) (good|fine|great|ok|okay|best)\b"
    r"|\bshort please\b|\b(in )?bullet points( please| pls)?\b"
    # ...or what the answer is wanted for ("need it for a report by 5", "for a slide I'm doing")
    r"|\b(i )?(need|want|needed) (it|this|them|these|that) for (a|an|my|our|the|tomorrows|mondays) (\w+ )?(report|presentation|meeting|essay|paper|"
    r"slide|slides|briefing|newsletter|article|assignment|deadline|pack|agenda)( by \w+)?\b"
    # ...or where the answer will be put up ("a service I can put on the welfare cards for freshers' week")
    r"|\b(i|we) (can|could|will|would|might|want to|need to) (put|stick|print|add|include|pin|display|hand out|give out|list) (\w+ ){0,5}?"
    r"(cards?|posters?|leaflets?|noticeboards?|notice boards?|newsletter|handbook|slides?|packs?|flyers?|signs?|induction|wall|board|fridge)"
    r"( (in|at|for) (the |our |a |their )?(\w+ ){0,2}(week|day|event|fair|rooms?|room|office|club|hall|reception|kitchen|toilets|loos))?\b"
)

_DOC_FILL = (
    r"(?:(?:the|a|its|their|latest|recent|most|last|annual|new|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,4}|cdps?|partnerships?|councils?|city|"
    r"strategic|overview|and|scrutiny|committee|board|s) ){0,8}"
)
# Where the asker read something ("according to the January 2023 report to scrutiny", "as reported
# to scrutiny"): the source they cite, not what they ask about (the year still picks the version).
CITING = re.compile(
    r"\b(according to|as (reported|set out|stated|said|shown|presented|described|mentioned|listed|given|published) (to|in|at|by)|as per|going by|"
    r"(?<=figures )reported to|(?<=figures )presented to|"
    r"(we |i )?understand from|(we |i )(read|noted|note|saw|see) (in|from)|in reviewing|(having )?reviewed|"
    r"(it )?(says|said) in|mentioned in|referred to in) " + _DOC_FILL +
    r"(report|reports|plan|assessment|document|documents|slides?|slide deck|minutes|paper|papers|review|strategy|scrutiny|"
    r"committee|board)( (to|for|of|from) (the )?" + _DOC_FILL + r"(committee|scrutiny|board|council))?\b"
)
# ...or the document that lists what is asked about ("what does the January 2023 scrutiny report
# list as the statutory responsibilities?", "the 2023 scrutiny report mentions new duties"): the
# source, when what it lists follows. (Read only in a text that has one of CITED_VERBS: its start,
# "the", begins most sentences.)
CITED = re.compile(
    r"\b(the |that |this |your |their )" + _DOC_FILL + r"(report|plan|assessment|document|slides?|slide deck|minutes|paper|strategy) "
    r"(to (the )?(overview and )?scrutiny (committee )?)?"
    r"(lists?|listed|names?|named|mentions?|mentioned|identifies|identified|refers to|referred to)( as)?(?=( \w+){2})"
)
CITED_VERBS = frozenset("list lists listed name names named mention mentions mentioned identifies identified refers referred".split())



Branches = tuple[list[str], dict[str, tuple[int, ...]], tuple[int, ...]]
"""A pattern's top-level alternatives, which of them can begin with each start string, and the
lengths of those strings."""

_ALL_PATTERNS: weakref.WeakSet[WordStartPattern] = weakref.WeakSet()
"""Every WordStartPattern made (for `compile_all`)."""

CODE = Path(__file__).read_bytes()
"""This module's source: what the kept pattern analyses and example tokens depend on (read once)."""

PATTERN_ANALYSES = JsonCache("patterns", CODE, sys.version)
"""What `WordStartPattern` works out of each pattern, kept between runs (see `bot.diskcache`);
written once the assistant is ready."""


def compile_all() -> int:
    """Compile every `WordStartPattern` not yet compiled (each is otherwise compiled on its first
    use): for a process that will answer many messages, so that no early message waits for it.
    Returns how many were compiled."""
    compiled = 0
    for p in list(_ALL_PATTERNS):
        compiled += p._compiled is None
        _ = p.pattern, p._starts
    return compiled


class WordStartPattern:
    """A pattern whose every alternative begins at a word boundary, for folded text (lower-case
    letters and digits between single spaces), tried only where its first characters can begin:
    `search` and `sub` give what `pattern.search` and `pattern.sub` give, several times faster for
    a long alternation like ASKING (re tries every alternative at every character; the starts are
    found by one search for the few strings they can begin with).

    The strings are worked out from the pattern itself (up to PREFIX characters of each
    alternative). Where that is not possible (an alternative that need not begin a word, or can
    begin with any character), they are plain `pattern.search` and `pattern.sub`."""

    PREFIX = 4

    MAX_STARTS = 500
    """More start strings than this are read shorter (one scan for thousands of strings is slow)."""

    MAX_NARROWED = 50_000
    """Word beginnings whose narrowed pattern is kept (a few thousand occur in practice)."""

    def __init__(self, pattern: re.Pattern[str] | str) -> None:
        # (given as text, the pattern is compiled only when first needed: most of the hundreds of
        # rule parts are never tried on a message, whose words none of them can begin with)
        self._source, self._flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
        self._compiled = None if isinstance(pattern, str) else pattern
        starts, self._branches = self._analysis(self._source, self._flags)
        self._starts_at = r"(?<![a-z0-9])(?=" + _trie(starts) + ")" if starts is not None else None
        self._starts_re: re.Pattern[str] | None = None
        by_length: dict[int, set[str]] = {}
        for start in starts or ():
            by_length.setdefault(len(start), set()).add(start)
        self._by_length = tuple((n, frozenset(group)) for n, group in sorted(by_length.items())) if starts is not None else None
        self._narrowed: dict[str, re.Pattern[str]] = {}
        self._by_choice: dict[tuple[int, ...], re.Pattern[str]] = {}
        """The narrowed pattern for each word beginning, and for each set of alternatives."""
        _ALL_PATTERNS.add(self)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The whole pattern, compiled on first use."""
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    @property
    def _starts(self) -> re.Pattern[str] | None:
        """Where a match can begin (None: anywhere), compiled on first use."""
        if self._starts_re is None and self._starts_at is not None:
            self._starts_re = re.compile(self._starts_at)
        return self._starts_re

    @classmethod
    def _analysis(cls, source: str, flags: int) -> tuple[set[str] | None, Branches | None]:
        """The strings a match can begin with (None: anywhere) and the alternatives each can begin,
        worked out once and then kept between runs (PATTERN_ANALYSES: parsing hundreds of long
        patterns took most of a cold start)."""
        key = f"{flags} {source}"
        kept = PATTERN_ANALYSES.get(key)
        if isinstance(kept, list) and len(kept) == 2:
            starts, branches = kept
            if branches is None:
                return (set(starts) if starts is not None else None), None
            alternatives, by_start, lengths = branches
            return set(starts), (alternatives, {s: tuple(js) for s, js in by_start.items()}, tuple(lengths))
        for k in range(cls.PREFIX, 0, -1):
            found = _prefixes(source, k)
            if found is None or len(found) <= cls.MAX_STARTS:
                break
        starts = found if found and "" not in found else None
        branches = _branches(source, k) if starts is not None else None
        PATTERN_ANALYSES.put(key, [sorted(starts) if starts is not None else None, branches])
        return starts, branches

    def can_match(self, heads: dict[int, frozenset[str]]) -> bool:
        """Whether a match can begin in the text whose `word_heads` are `heads` (False only when
        none of the strings a match begins with begins a word of it)."""
        if self._by_length is None:
            return True
        return any(not group.isdisjoint(heads.get(n, ())) for n, group in self._by_length)

    def _match(self, text: str, i: int) -> re.Match[str] | None:
        """`pattern.match(text, i)`'s span, trying only the alternatives that can begin with the
        text at `i`: the first of them to match is the first of all to match, since the others
        cannot. (The match's groups are numbered as in the narrowed pattern.)"""
        if self._branches is None:
            return self.pattern.match(text, i)
        head = text[i : i + self.PREFIX]  # (which alternatives can begin here depends on it alone)
        narrowed = self._narrowed.get(head)
        if narrowed is None:
            alternatives, by_start, lengths = self._branches
            chosen: set[int] = set()
            for n in lengths:
                chosen.update(by_start.get(head[:n], ()))
            key = tuple(sorted(chosen))
            narrowed = self._by_choice.get(key)
            if narrowed is None:
                narrowed = self._by_choice[key] = re.compile("|".join(alternatives[j] for j in key) or "(?!)", self._flags)
            if len(self._narrowed) < self.MAX_NARROWED:
                self._narrowed[head] = narrowed
        return narrowed.match(text, i)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self._starts is None:
            return self.pattern.search(text, pos)
        while (start := self._starts.search(text, pos)) is not None:
            if self._match(text, start.start()) is not None:
                return self.pattern.match(text, start.start())  # (the whole pattern's groups)
            pos = start.start() + 1
        return None

    def sub(self, repl: str, text: str) -> str:
        if self._starts is None:
            return self.pattern.sub(repl, text)
        out: list[str] = []
        last = pos = 0
        while (start := self._starts.search(text, pos)) is not None:
            i = start.start()
            m = self._match(text, i)
            if m is not None and m.end() > i:
                out += (text[last:i], repl)
                last = pos = m.end()
            else:
                pos = i + 1
        out.append(text[last:])
        return "".join(out)


@lru_cache(maxsize=32)
def word_heads(folded: str) -> dict[int, frozenset[str]]:
    """The first 1 to PREFIX characters from each word start of folded text (what
    `WordStartPattern.can_match` looks up)."""
    starts = [0, *(i + 1 for i, ch in enumerate(folded) if ch == " ")]
    return {n: frozenset(folded[i : i + n] for i in starts) for n in range(1, WordStartPattern.PREFIX + 1)}


def _top_level(pattern: str) -> list[str] | None:
    """The top-level alternatives of `pattern` ("a|(b|c)" -> "a", "(b|c)"), or None where they
    cannot be read apart safely (a back-reference, or flags set inside the pattern)."""
    if re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]", pattern):
        return None
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            i += pattern[i : i + 1] == "]"  # (a "]" first in a class is the character itself)
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    try:
        for part in parts:
            re.compile(part)
    except re.error:
        return None
    return parts if depth == 0 and not in_class else None


def _branches(pattern: str, k: int) -> Branches | None:
    """`pattern`'s top-level alternatives, which of them can begin with each start string (up to
    `k` characters), and the lengths of those strings; None where a pattern has one alternative
    or one cannot be read."""
    alternatives = _top_level(pattern)
    if alternatives is None or len(alternatives) < 2:
        return None
    by_start: dict[str, list[int]] = {}
    for j, alternative in enumerate(alternatives):
        starts = _prefixes(alternative, k)
        if starts is None or "" in starts:
            return None
        for start in starts:
            by_start.setdefault(start, []).append(j)
    lengths = tuple(sorted({len(s) for s in by_start}))
    return alternatives, {s: tuple(js) for s, js in by_start.items()}, lengths


def _trie(strings: set[str]) -> str:
    """An alternation that matches where one of `strings` begins, factored by first character
    ("a(?:b|c)" for "ab", "ac"): each position is tried against a few characters, not every string."""
    if "" in strings:
        return ""  # (a string that is a prefix of others already matches here)
    by_first: dict[str, set[str]] = {}
    for s in strings:
        by_first.setdefault(s[0], set()).add(s[1:])
    parts = []
    for first in sorted(by_first):
        rest = _trie(by_first[first])
        parts.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(parts)


BROAD_CLASS = 10
"""A character class wider than this ends a prefix where it stands (a word character, a digit)."""


def _prefixes(pattern: str, k: int) -> set[str] | None:
    """Every string of up to `k` characters a match of `pattern` can begin with (a shorter one
    where a match can end sooner), or None when some alternative can begin with anything."""
    try:
        from re import _constants as c, _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as c
        import sre_parse as parser
    word = "abcdefghijklmnopqrstuvwxyz0123456789_"
    categories = {c.CATEGORY_DIGIT: "0123456789", c.CATEGORY_WORD: word, c.CATEGORY_SPACE: " "}

    def chars(items: list[tuple[Any, Any]]) -> str | None:
        out = ""
        for op, av in items:
            if op is c.LITERAL:
                out += chr(av)
            elif op is c.RANGE:
                out += "".join(chr(x) for x in range(av[0], av[1] + 1))
            elif op is c.CATEGORY and av in categories:
                out += categories[av]
            else:
                return None  # a negated set, or a category that is not a word's
        return out

    class Anything(Exception):
        pass

    def starts(nodes: list[tuple[Any, Any]], left: int, bounded: bool = False) -> set[str]:
        if left == 0 or not nodes:
            return {""}
        op, av = nodes[0]
        rest = nodes[1:]
        if op in (c.LITERAL, c.IN) and left == k and not bounded:
            raise Anything  # a match that need not start a word (every alternative must begin with \b)
        if op is c.LITERAL:
            return {chr(av) + s for s in starts(rest, left - 1, True)}
        if op is c.IN:
            cs = chars(av)
            if cs is None:
                raise Anything
            if len(cs) > BROAD_CLASS and left < k:
                return {""}  # ("i \w+ ...": the prefix "i " is enough; every "i xy" would be a long scan)
            tails = starts(rest, left - 1, True)
            return {ch + s for ch in cs for s in tails}
        if op is c.AT:
            return starts(rest, left, bounded or av is c.AT_BOUNDARY)
        if op in (c.ASSERT, c.ASSERT_NOT):  # they only narrow where a match can be
            return starts(rest, left, bounded)
        if op is c.SUBPATTERN:
            return starts(list(av[-1]) + rest, left, bounded)
        if op is c.BRANCH:
            return set().union(*(starts(list(b) + rest, left, bounded) for b in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            out = starts(rest, left, bounded) if lo == 0 else set()
            if hi != 0:
                more = hi if hi is c.MAXREPEAT else hi - 1
                again = [(op, (max(lo - 1, 0), more, sub))] if more != 0 else []
                out |= starts(list(sub) + again + rest, left, bounded)
            return out
        raise Anything

    try:
        return starts(list(parser.parse(pattern)), k)
    except (Anything, RecursionError):
        return None


_FILLER = WordStartPattern(ASKING.pattern + "|" + CITING.pattern)
"""ASKING and CITING in one pass (every word is read once)."""

# Someone called a word masked with asterisks ("they called him a p***"): a slur, so hate crime.
_MASKED_SLUR = re.compile(r"\bcalled ((?:me|him|her|us|them|my \w+) )?(?:an? )?[A-Za-z]\*{2,}\w*", re.IGNORECASE)

# Words so common in this domain that they carry little signal on their own.
WEAK_WORDS = frozenset(
    """
    nottingham city partnership cdp help support information info advice advise current currently
    latest new now today year years work works working make made use used list main key
    people person safety regular regularly valid
    """.split()
)


_WHITESPACE = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """A message as the core reads it: valid Unicode (lone surrogates and other unencodable code
    points become U+FFFD), each run of whitespace one space, or one line break if it held one."""
    if not text.isascii():
        text = _SURROGATE.sub("\ufffd", text)
    return _WHITESPACE.sub(lambda m: "\n" if "\n" in m.group() else " ", text).strip()


_MENTION = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{2,30}\b(?!\.\w)")
_HASHTAG = re.compile(r"(?<![\w&])#([A-Za-z][A-Za-z0-9_]{1,60})\b")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|_")


_CAPS_RUN = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])")
_SUFFIX = re.compile(r"(?<=[A-Za-z])(official|news|online|live|hq)$")
_OF = re.compile(r"(?<=[a-z])(of|and)(?=[A-Z])")


def _account_words(handle: str) -> str:
    """An account's name as words ("UniofNottingham" is "Uni of Nottingham", "NTUofficial" is "NTU official")."""
    return _CAPS_RUN.sub(" ", _CAMEL.sub(" ", _OF.sub(r" \1 ", _SUFFIX.sub(r" \1", handle))))


def social_tags(text: str) -> str:
    """A social-media post as words: an @account the post is addressed to is no word of what is
    asked ("@NottsCDP are the universities members?", "... by text? @NottsPolice"), one named inside a
    sentence is what it names ("are @UniofNottingham members?"), and a #hashtag is its words
    ("#DomesticAbuse" is "Domestic Abuse"). E-mail addresses are left as they are."""
    if "@" in text:

        def account(m: re.Match[str]) -> str:
            before = text[: m.start()].rstrip()
            after = text[m.end() :].strip()
            addressed = not before or before[-1] in ".!?:\n" or _MENTION.fullmatch(before.split()[-1]) is not None
            if addressed or not after or not any(c.isalnum() for c in after.split("#")[0]):
                return " "
            return _account_words(m.group(0)[1:])

        text = _MENTION.sub(account, text)
    if "#" in text:
        text = _HASHTAG.sub(lambda m: _CAMEL.sub(" ", m.group(1)), text)
    return text


MAX_REPEATS = 3
"""A word, or a pair of words, said more times than this in a row says nothing more."""


def collapse_repeats(text: str) -> str:
    """`text` with runs of the same word or pair of words cut to MAX_REPEATS ("help help help help
    ..." -> "help help help"): one pass, so a 4,096-character run costs what three words cost after.
    Unchanged (line breaks and all) when nothing repeats that often."""
    words = text.split()
    for period in (1, 2):
        out: list[str] = []
        run = 0  # how many words in a row have repeated the word `period` places before
        for i, w in enumerate(words):
            run = run + 1 if i >= period and w.lower() == words[i - period].lower() else 0
            if run <= period * (MAX_REPEATS - 1):
                out.append(w)
        if len(out) < len(words):
            words = out
            text = " ".join(words)
    return text


_FAMILY = {
    "DH": "husband", "DP": "partner", "DW": "wife", "DS": "son", "DD": "daughter", "DB": "brother",
    "DSis": "sister", "DSIS": "sister", "DSD": "stepdaughter", "DSS": "stepson", "DGD": "granddaughter",
    "DGS": "grandson", "DC": "children", "DCs": "children", "DN": "nephew", "DNiece": "niece",
    "MIL": "mother in law", "FIL": "father in law", "SIL": "sister in law", "BIL": "brother in law",
    "xH": "ex husband", "XH": "ex husband", "exH": "ex husband", "xP": "ex partner",
    "XP": "ex partner", "exP": "ex partner", "xW": "ex wife", "exW": "ex wife",
}
_FAMILY_LOWER = {k.lower(): v for k, v in _FAMILY.items() if k.lower() in ("dh", "dp", "dw", "dsis", "ds", "dd", "db", "dsd", "dss")}
_FAMILY_LOWER["oh"] = "partner"  # "my OH" (other half), never a bare "OH" ("OH AND THE POLICE SAID ...")
# Written as forums write them: "DH", "DD13", "DS (16)", "ex-DP", "my dh"; "dd" and "ds" in lower
# case only with an age or after "my", "our", "her", "his" ("dd/mm" and a "ds" are other things)
_FORUM_FAMILY = re.compile(
    r"(?<![\w/-])(?:(?P<ex>[Ee]x-?|[Xx]-?)(?=[A-Z]))?(?P<who>" + "|".join(sorted(_FAMILY, key=len, reverse=True)) + r")(?P<age>\d{1,2})?(?![\w/-])"
    r"(?!(?<=\bDC)\s+[A-Z][a-z])(?!(?<=\bDS)\s+[A-Z][a-z])"  # "DC Smith", "DS Brown": police ranks
    r"|(?P<pre>\b(?:my|our|her|his|My|Our|Her|His|MY|OUR|HER|HIS) )(?P<low>(?i:" + "|".join(sorted(_FAMILY_LOWER, key=len, reverse=True)) + r"))(?P<lage>\d{1,2})?\b"
    r"|\b(?P<low2>dd|ds)(?P<lage2>\d{1,2})\b"
)
_NAME_CHANGED = re.compile(
    r"\b(?:(?:i'?ve|i have|have)\s+name[ -]?changed|nc'?d|nced)(?:\s+for\s+(?:this(?: one| post)?|obvious reasons|privacy))?\b"
    r"|\bname[ -]?changed\s+for\s+(?:this(?: one| post)?|obvious reasons|privacy)\b",
    re.I,
)
"""A forum poster's note that they post under another name: no word of what is asked ("name" is)."""


def forum_shorthand(text: str) -> str:
    """A parenting or relationship forum's shorthand as words: "DH" is her husband, "DD13" her
    daughter of 13, "ex-DP" an ex-partner, "MIL" a mother-in-law; "I've name changed for this"
    is dropped (it names nothing asked about)."""
    text = _NAME_CHANGED.sub(" ", text)

    def spell(m: re.Match[str]) -> str:
        if m.group("who"):
            word = _FAMILY[m.group("who")]
            ex = "ex " if m.group("ex") and not word.startswith("ex ") else ""
            age = m.group("age")
        else:
            low = m.group("low") or m.group("low2")
            word = _FAMILY_LOWER[low.lower()]
            ex = m.group("pre") or ""
            age = m.group("lage") or m.group("lage2")
        return f"{ex}{word}" + (f" aged {age}" if age else "")

    return _FORUM_FAMILY.sub(spell, text)


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_SPOKEN: dict[str, int] = {w: 10 + i for i, w in enumerate(_TEENS)}
_SPOKEN.update({"twenty": 20, **{f"twenty {u}": 21 + i for i, u in enumerate(_UNITS)}, **{f"twenty-{u}": 21 + i for i, u in enumerate(_UNITS)}})
_TWO_DIGITS = "|".join(sorted(_SPOKEN, key=len, reverse=True))
_SPOKEN_YEAR = re.compile(rf"\b(?:twenty|two thousand(?: and)?) ({_TWO_DIGITS})\b", re.I)
_SPOKEN_SECOND = re.compile(rf"\b(20(?:1\d|2\d))(?: to | ?- ?| )({_TWO_DIGITS})\b(?! (?:percent|per cent|%|people|women|men|calls|cases))", re.I)


_SPOKEN_MARK = re.compile(r"\b(full stop|question mark|exclamation (?:mark|point)|new (?:paragraph|line)|comma)\b[ \t]*", re.I)
_MARKS = {"full stop": ". ", "question mark": "? ", "exclamation mark": "! ", "exclamation point": "! ", "new paragraph": ". ", "new line": ". ", "comma": ", "}


def spoken_punctuation(text: str) -> str:
    """Punctuation said aloud, as voice typing sometimes writes it out ("she didn't have the
    numbers full stop so has crime gone down question mark"): the mark itself, so the sentences
    are read as sentences."""
    if not _SPOKEN_MARK.search(text):
        return text
    return _SPOKEN_MARK.sub(lambda m: _MARKS[" ".join(m.group(1).lower().split())], text).strip()


def spoken_years(text: str) -> str:
    """Years said aloud, as dictation writes them, in digits: "twenty twenty three twenty four" is
    "2023/24", "twenty fifteen sixteen" is "2015/16", "two thousand and sixteen" is "2016"."""
    if "twenty" not in text.lower() and "thousand" not in text.lower():
        return text
    text = _SPOKEN_YEAR.sub(lambda m: str(2000 + _SPOKEN[m.group(1).lower()]), text)

    def second(m: re.Match[str]) -> str:
        first, then = int(m.group(1)), _SPOKEN[m.group(2).lower()]
        return f"{first}/{then:02d}" if then == first % 100 + 1 else m.group(0)

    text = re.sub(r"\b(20(?:1\d|2\d)) (20(?:1\d|2\d))\b", lambda m: f"{m.group(1)}/{m.group(2)[2:]}" if int(m.group(2)) == int(m.group(1)) + 1 else m.group(0), text)
    text = re.sub(r"\b(20(?:1\d|2\d)) to (20(?:1\d|2\d))\b", r"\1-\2", text)
    return _SPOKEN_SECOND.sub(second, text)


_EMOJI_WORDS = {
    ord(e): f" {w} "
    for e, w in {
        "\U0001F52A": "knife", "\U0001F5E1": "knife", "\U0001F52B": "gun", "\U0001F48A": "pills", "\U0001F489": "needle",
        "\U0001FA78": "blood", "\U0001F377": "wine", "\U0001F37A": "beer", "\U0001F37B": "beers", "\U0001F943": "whisky",
        "\U0001F378": "cocktail", "\U0001F44A": "punch", "\U0001F91B": "punch", "\U0001F91C": "punch", "\U0001F621": "angry",
        "\U0001F92C": "angry", "\U0001F6AA": "door", "\U0001F634": "sleepy", "\U0001F198": "sos", "\U0001F694": "police",
        "\U0001F46E": "police", "\U0001F691": "ambulance", "\U0001F4DE": "phone", "\u260E": "phone", "\U0001F476": "baby",
    }.items()
}
"""Emoji that say something the words around them may not ("\U0001F52A\U0001F6AA hes back", "bf gets
\U0001F621\U0001F44A most weekends"): read as the word. Others (smiles, hearts) are dropped by `fold`."""


_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")


def fold(text: str) -> str:
    """Lower-case, fold accents and apostrophes, turn every non-alphanumeric run into a space.

    Invisible format characters (zero-width spaces and joiners, soft hyphens, direction marks)
    are dropped, so one inside a word joins it: "ki\u200bll" is "kill", not "ki ll"."""
    if not text.isascii():
        if _TWO_LETTERS.search(text):  # (emoji alone, "\U0001F37A\U0001F37A\U0001F937", are no question)
            text = text.translate(_EMOJI_WORDS)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    text = text.lower()
    for ch in _APOSTROPHES:
        text = text.replace(ch, "")
    text = text.replace("&", " and ")
    return " ".join(_NON_WORD.sub(" ", text).split())


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A deliberately small suffix stripper: same result for a word's common forms."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, repl, min_len in (
        ("ies", "y", 5),
        ("ied", "y", 5),
        ("sses", "ss", 5),
        ("ing", "", 6),
        ("ed", "", 5),
        ("es", "e", 5),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= min_len:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: len(word) - len(suffix)] + repl
            if suffix in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # stopped -> stop, running -> run
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


@dataclass(frozen=True)
class Years:
    """Years a question names: financial years like 2022/23 (by start year) and bare years."""

    financial: tuple[int, ...] = ()
    bare: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.financial or self.bare)

    def label(self) -> str:
        if self.financial:
            y = self.financial[0]
            return f"{y}/{(y + 1) % 100:02d}"
        return str(self.bare[0]) if self.bare else ""


def strip_years(text: str) -> str:
    """`text` without the years it names (they select versions; they are not topic words)."""
    if not _DIGIT.search(text):
        return text  # every way of naming a year has digits (most text names none: speed)
    # a child named by their age ("my 14-year-old") is a child; other ages ("she is 20", "my son
    # (22)") are no figure asked about
    text = _CHILD_AGE.sub(lambda m: " child " if int(m.group(1)) < 18 else " ", text)
    text = _AGE_AFTER.sub(lambda m: f"{m.group(1)} child " if int(m.group(2)) < 18 else f"{m.group(1)} ", text)
    text = _AGE.sub(lambda m: " child " if (age := _DIGITS.search(m.group(0))) and int(age.group(0)) < 18 else " ", text)
    given = text
    text = _IN_YEAR.sub(" ", text)  # "early 2016": where in the year says nothing about the topic
    text = _MONTH_RANGE.sub(lambda m: " " if _short_financial(m) else m.group(0), text)
    text = _YEAR_RANGE.sub(" ", text)
    text = _SHORT_RANGE.sub(" ", text)
    text = _SHORT_DASH.sub(lambda m: " " if _short_financial(m) else m.group(0), text)
    text = _MONTH_YEAR.sub(lambda m: " " if _two_digit_year(m.group(1)) else m.group(0), text)
    text = _BARE_YEAR.sub(" ", text)
    return _SPEAK_FOR.sub(" ", text) if text != given else text


_IN_YEAR = re.compile(r"\b(early|late|mid|the start of|the end of|the beginning of|start of|end of)(?=[\s-]+(?:19|20)\d\d\b)", re.IGNORECASE)
_SPEAK_FOR = re.compile(r"(?<![\w.,/-])[42](?=[ ?!.]*$)")
"""Text-speak "4" or "2" left at the end when a year went ("priorities 4 2021/22")."""


def _two_digit_year(yy: str) -> int | None:
    """"21" -> 2021 for the years documents and questions can mean (2010 to 2040), else None."""
    return 2000 + int(yy) if 10 <= int(yy) <= 40 else None


def _short_financial(m: re.Match[str]) -> int | None:
    """The start year of a two-digit financial year ("21/22" -> 2021), or None when it isn't one."""
    start = _two_digit_year(m.group(1))
    return start if start is not None and int(m.group(2)) == int(m.group(1)) + 1 else None


_ACT_YEAR = re.compile(r"(?i)\bact,? (of )?(19|20)\d\d\b")
"""The year in a law's name ("Domestic Abuse Act 2021")."""


_CORRECTION = re.compile(
    r"(?i)\b(sorry,? i mean|sorry,? i meant|i meant|or rather|no wait|wait,? no|scratch that|correction|no,? sorry|sorry,? no|"
    r"i think (?:that|it) was|sorry,?(?= (?:the |in |for )?(?:\d{4}|\d\d/\d\d)\b))"
)
"""Someone correcting themselves ("the 2021 plan, sorry I mean the 2022 one"): the years after it count."""


def _corrected_years(text: str) -> Years:
    """The years named after someone's last correction of themselves (none without one)."""
    corrections = list(_CORRECTION.finditer(text))
    return _find_years(text[corrections[-1].end() :]) if corrections else Years()


def corrects_a_year(text: str) -> bool:
    """Whether someone corrects themselves and names a year after it ("in 2017/18? Sorry,
    2016/17 I mean"): the years after the correction are the ones meant, wherever the question is."""
    return bool(_DIGIT.search(text)) and bool(_corrected_years(text))


def find_years(text: str) -> Years:
    """The years named in `text`: "2022/23", "2022-2023", "22/23" are financial; "2016" is bare."""
    if not _DIGIT.search(text):
        return Years()
    return _corrected_years(text) or _find_years(text)


def _find_years(text: str) -> Years:
    if not _DIGIT.search(text):
        return Years()
    financial: list[int] = []
    ranges: list[int] = []
    text = rest = _ACT_YEAR.sub(" Act ", text)  # ("the Police and Justice Act 2006" names a law, not a year)
    for m in _MONTH_RANGE.finditer(text):
        start = _short_financial(m)
        if start is not None:
            financial.append(start)
            rest = rest.replace(m.group(0), " ")
    for m in _YEAR_RANGE.finditer(rest):
        start, end = int(m.group(1)), m.group(2) or m.group(3)
        end_full = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
        if end_full == start + 1:
            financial.append(start)
        elif end_full > start:
            ranges.append(start)
        rest = rest.replace(m.group(0), " ")
    for m in (*_SHORT_RANGE.finditer(rest), *_SHORT_DASH.finditer(rest)):
        start = _short_financial(m)
        if start is not None:
            financial.append(start)
            rest = rest.replace(m.group(0), " ")
    bare = ranges + [int(y) for y in _BARE_YEAR.findall(rest)]
    bare += [y for y in map(_two_digit_year, _MONTH_YEAR.findall(rest)) if y is not None]
    return Years(tuple(dict.fromkeys(financial)), tuple(dict.fromkeys(bare)))


DESCRIBED_WINDOW = 60
"""A situation told without its name is told within this many words: "I do wedding cakes ... I don't
want to end up in trouble" a long story apart is no forced marriage."""


def _together(folded: str, groups: Sequence[WordStartPattern]) -> bool:
    """Whether a match of every group lies within DESCRIBED_WINDOW words of folded text."""
    events: list[tuple[int, int]] = []  # (word index, group)
    for g, pattern in enumerate(groups):
        pos, found = 0, False
        while (m := pattern.search(folded, pos)) is not None:
            events.append((folded.count(" ", 0, m.start()), g))
            found = True
            pos = m.start() + 1
        if not found:
            return False
    events.sort()
    last: dict[int, int] = {}
    for word, g in events:
        last[g] = word
        if len(last) == len(groups) and word - min(last.values()) <= DESCRIBED_WINDOW:
            return True
    return False


@dataclass
class Normaliser:
    """Folds text with the knowledge base's acronyms, synonyms and spellings."""

    acronyms: Mapping[str, str] = field(default_factory=dict)
    case_sensitive: Mapping[str, str] = field(default_factory=dict)
    synonyms: Mapping[str, str] = field(default_factory=dict)
    correct: Callable[[str], str] | None = None
    described: Mapping[str, Sequence[Sequence[str]]] = field(default_factory=dict)
    """A situation told without its name: the name is added to a text that holds a word of every group."""

    def __post_init__(self) -> None:
        table = {fold(k): fold(v) for k, v in {**self.synonyms, **self.acronyms}.items()}
        self._single = {k: v for k, v in table.items() if " " not in k}
        self._single_stem = {stem(k): v for k, v in self._single.items() if len(k) > 3}
        phrases = sorted((k for k in table if " " in k), key=len, reverse=True)
        self._phrase_table = {p: table[p] for p in phrases}
        # Phrases by their first word, longest first: one dictionary look-up per word (an
        # alternation of every phrase was a fifth of the time of a long message).
        self._phrase_starts: dict[str, list[tuple[int, str]]] = {}
        for p in phrases:
            self._phrase_starts.setdefault(p.split(" ", 1)[0], []).append((p.count(" ") + 1, p))
        for starts in self._phrase_starts.values():
            starts.sort(key=lambda n_phrase: len(n_phrase[1]), reverse=True)
        self._described = [
            (fold(name), [WordStartPattern(r"\b(" + "|".join(re.escape(fold(w)) for w in group) + r")\b") for group in groups])
            for name, groups in self.described.items()
        ]
        # the first words each group's phrases can begin with: a group none of whose first words is
        # a word of the text cannot match (one set lookup before any scan; whole words, cheaper here
        # than `WordStartPattern.can_match`'s word heads, which a piece's every call would rebuild)
        self._described_firsts = [
            [frozenset(fold(w).split()[0] for w in group if fold(w).strip()) for group in groups] for groups in self.described.values()
        ]
        self._case_table = {k: f" {fold(v)} " for k, v in self.case_sensitive.items()}
        self._case = (
            re.compile(r"\b(" + "|".join(re.escape(k) for k in self.case_sensitive) + r")\b")
            if self.case_sensitive
            else None
        )

    def described_in(self, text: str) -> list[str]:
        """The names of the situations `text` tells without naming them (folded): "my sister was
        murdered by her husband ... a review round a table" tells of a domestic homicide review."""
        return self._told(fold(text))[2]

    def _told(self, folded: str) -> tuple[str, frozenset[str], list[str]]:
        """Folded text with the name of each situation it tells without naming it added, its set
        of words, and those names (a name added can complete a later one's groups)."""
        present = frozenset(folded.split())
        names: list[str] = []
        for (name, groups), firsts in zip(self._described, self._described_firsts, strict=True):
            if all(not f.isdisjoint(present) for f in firsts) and _together(folded, groups):
                folded = f"{folded} {name}"
                present |= frozenset(name.split())
                names.append(name)
        return folded, present, names

    def words(self, text: str) -> list[str]:
        """Folded words with acronyms, synonyms and spellings applied (stop words kept)."""
        if "**" in text:
            text = _MASKED_SLUR.sub(lambda m: f"called {m.group(1) or ''}slur", text)
        if self._case is not None:
            text = self._case.sub(lambda m: self._case_table[m.group(1)], text)
        folded = fold(text)
        if self.correct is not None:
            folded = " ".join(self.correct(w) for w in folded.split())
        folded, present, _names = self._told(folded)
        if folded.endswith(" called") and _ASKS_A_NAME.match(folded):
            folded = folded[: -len(" called")] + " name"  # "what's Juno's service for children called?" asks its name (no call made)
        if self._phrase_starts:
            folded = self._replace_phrases(folded)
        folded = _FILLER.sub(" ", folded)
        if not CITED_VERBS.isdisjoint(present):
            folded = CITED.sub(" ", folded)
        out: list[str] = []
        for w in folded.split():
            mapped = self._single.get(w) or self._single_stem.get(stem(w)) or w
            out.extend(mapped.split())
        return out

    def _replace_phrases(self, folded: str) -> str:
        """Each known phrase, longest first and left to right, replaced by its meaning."""
        words = folded.split(" ")
        out: list[str] = []
        i = 0
        while i < len(words):
            for n, phrase in self._phrase_starts.get(words[i], ()):
                if " ".join(words[i : i + n]) == phrase:
                    out.append(self._phrase_table[phrase])
                    i += n
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out)

    def tokens(self, text: str) -> list[str]:
        """Stemmed content tokens: what the matcher compares."""
        return [stem(w) for w in self.words(text) if w not in STOPWORDS]

    def vocabulary(self, *, variants: bool = True) -> set[str]:
        """Folded words of the synonym tables: what they produce, and with `variants` what they replace."""
        words: set[str] = set()
        for k, v in {**self.synonyms, **self.acronyms}.items():
            if variants:
                words.update(fold(k).split())
            words.update(fold(v).split())
        return words

    def text(self, text: str) -> str:
        """The content tokens joined by spaces (for string scorers and full-text search)."""
        return " ".join(self.tokens(text))
