"""What shape a question has: greetings, other places, several questions in one, "how many",
"the address of", "who is the <role>". Pure regular expressions and small checks, no knowledge."""
from __future__ import annotations

import re


DA_WORDS = re.compile(r"\b(partner|husband|wife|boyfriend|girlfriend|bf|gf|fella|ex|hubby|dad|stepdad|mum|domestic)\b")
GREETING = re.compile(r"^(hi|hiya|hello|hey|heya|hullo|good (morning|afternoon|evening)|yo|ey up|ay up|start)( there| bot| all)?$")
THANKS = re.compile(r"^(thanks|thank you|thank u|ta|cheers|thx|ty|great thanks|ok thanks|thanks a lot)( very much| so much| mate| duck)?$")
OTHER_PLACES = (
    "bristol", "leeds", "leicester", "derby", "sheffield", "manchester", "birmingham", "liverpool",
    "london", "newcastle", "lincoln", "coventry", "bradford", "cardiff", "glasgow", "edinburgh",
    "belfast", "wolverhampton", "stoke", "northampton", "mansfield", "newark", "bassetlaw",
    "southampton", "portsmouth", "brighton", "oxford", "cambridge", "york", "hull", "plymouth",
    "norwich", "swansea", "reading", "milton keynes", "luton", "peterborough", "loughborough",
    "chesterfield", "doncaster", "rotherham", "barnsley", "wakefield", "huddersfield", "lancashire",
    "yorkshire", "derbyshire", "leicestershire", "lincolnshire", "kent", "essex", "surrey", "wales",
    "scotland", "ireland", "america", "usa", "france",
)
OTHER_PLACE_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in OTHER_PLACES) + r")s?\b")
SITUATED = re.compile(
    r"\b(i|im|ive|id|me|my|we|were|our|us|mum|mam|mom|dad|son|daughter|partner|husband|wife|boyfriend|girlfriend|"
    r"fella|ex|brother|sister|friend|mate|neighbour|neighbours|family|kid|kids|child|children|nan|grandad|auntie|uncle|"
    r"cousin|flatmate|colleague|client|tenant|resident|someone|somebody|he|she|hes|shes|they|theyre)\b"
)
"""A message about someone's own situation (theirs, a relative's, a client's): recall-first for help topics."""
# Where one message asks a second question: a question mark, a semicolon, or "and/also/plus" before a
# question word. Every pattern applied to user text starts with a literal or a word boundary and has
# no two unbounded repeats over the same characters, so it runs in linear time (tests/test_linear.py).
SPLIT_RE = re.compile(r"\?+|;|\b(?:and|also|plus)\s+(?=(?:who|what|where|when|how|which|whats|whos|is|are|can|do|does|could)\b)")
CLAUSE_RE = re.compile(
    r"[,;:()]|\s[-\u2013\u2014]+\s|\b(?:but|so|because|cos|coz|though|although|however|anyway)\b"
    r"|\band (?=(?:his|her|my|their|our|he|she|they|i|we)\b)"
)
"""Where a sentence divides into clauses ("who chairs the board, asking for my manager")."""
PIECE_EDGES = " ,.\n\t"
"""What `SPLIT_RE`'s pieces are stripped of."""
QUANTITY = re.compile(r"\b(how (many|much)|what (is|was|s) the (number|amount|total|figure) of|number of)\b(?P<rest>.*)")
FIGURES = re.compile(r"\b(how (many|much)|figures?|statistics|stats|numbers?|rate|total|recorded|count)\b")
DATUM = re.compile(
    r"\b(?P<kind>address|postcode|phone number|telephone number|phone no|number for|contact number|"
    r"email address|e mail address|email for|website for|salary|wage|opening hours)\b(?P<rest>.*)"
    r"|^(?P<who>who is|whos|who s|who was) (?P<role>(\w+ ){0,6}(chair|chairman|chairwoman|chief executive|ceo|director|manager|"
    r"head|commissioner|leader|boss|secretary|minister|mayor|mp|councillor|solicitor|constable|officer|lead))\b"
    r"|\b(?P<named>(the )?names? of (the |a |an )?(\w+ ){0,5}(officer|person|people|head|manager|chair|lead|leader|boss|"
    r"commissioner|inspector|sergeant|worker|staff|councillor|director))\b"
)
PERSON = re.compile(
    r"\b(Lord|Lady|Sir|Dame|Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Constable|Inspector|Superintendent) [A-Z][a-z]+"
    r"|\b[A-Z][a-z]+ [A-Z][a-z]+ [\u2013-] [A-Z]"
)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|\n")


def has_figure(text: str) -> bool:
    """Whether answer text gives a count (not a year, date, section number, helpline or "one of")."""
    text = re.sub(
        r"\b(19|20)\d\d(/\d\d)?\b|\{\w+:[\w-]+\}|\b(999|101|111)\b"
        r"|\b(sections?|s|stages?|part|schedule|article|chapter|para(graph)?|page|footnote|option|no)\.? ?\d+[a-z]?\b"
        r"|\b\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
        " ",
        text,
        flags=re.I,
    )
    return bool(re.search(r"\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|half)\b", text, re.I))


def looks_like_junk(folded: str) -> bool:
    """No real words: keyboard mash, one repeated letter, digits, or nothing at all."""
    words = folded.split()
    if not words:
        return True
    vowels = sum(1 for w in words if re.search(r"[aeiouy]", w) and len(set(w)) > 2)
    return vowels == 0 or all(len(set(w)) <= 2 for w in words)
