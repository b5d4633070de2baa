"""What shape a question has: greetings, other places, several questions in one, "how many",
"the address of", "who is the <role>". Pure regular expressions and small checks, no knowledge."""
from __future__ import annotations

import re


DA_WORDS = re.compile(r"\b(partner|husband|wife|boyfriend|girlfriend|bf|gf|fella|ex|hubby|dad|stepdad|mum|domestic)\b")
DOMESTIC_SETTING = re.compile(
    r"\b(he|she|hes|shes|him|her)( \w+){0,12}? (again|at home|our house|our flat|the house|the flat|bedroom|kitchen|"
    r"bathroom|landing|living room|front door|back door|my keys|the keys|my phone|the kids|our kids|my kids|upstairs|downstairs|"
    r"next room|hall|the door|sofa|settee|couch|the bed|our bed|one of his moods|one of her moods|this house|this flat)\b"
)
"""Danger from "he" or "she" at home ("he had his hands round my throat again"): read as domestic."""
HARM_WORDS = re.compile(
    r"\b(hit|hits|hitting|punch\w*|kick\w*|strangl\w*|chok\w*|throttl\w*|beat|beaten|beating|batter\w*|slash\w*|glassed|"
    r"slap\w*|stab\w*|hurt|hurts|attack\w*|pushed|shoved|(shoving|pushing) (me|him|her|them|us) (about|around)|threw|thrown|smash\w*|bruis\w*|black eyes?|split lip|violent|knock\w* (me|him|her|them|us|\w+ )?about|knocked about|(goes|went|going|go) for (me|him|her|them|us)(?! (\w+ )?(birthday|bday|meal|tea|dinner|lunch|drinks?|food|party|interview|appointment|exams?|scan|operation|check up))|(lays|laid|lay|laying) into|"
    r"grabbed|grabs|grab (me|her|him|them|us) (by|round|hard)|grabbing (me|her|him|them|us)|scratched|dragged|pinned|left (a )?marks?|spat (at|on)|bit (me|him|her)|cut lip|fat lip|punish(es|ed|ing)? (me|her|him)|(throws|throwing|chucks|chucking|lobs|lobbing) (\w+ ){0,2}at (me|her|him|us)|"
    # a fist through a door, shouting in someone's face: intimidation ("put my fist through the kitchen door")
    r"(fist|fists|foot|head) through (the|a|our|my|his|her|their) (\w+ ){0,2}(door|wall|window|cupboard|table|tv|telly)|"
    r"(shouted|shouting|shouts|screamed|screaming|screams|yelled|yelling|yells|swore|swearing) (right )?in (her|his|my|their) face|"
    # a head put through a door or against a wall ("he put my head through the kitchen cupboard door")
    r"(put|puts|putting|shoved|slammed|slams|smashed|banged|bangs) (my|her|his|their) (head|face) (through|into|against|off)|"
    # a bang through the wall and someone crying after it ("last night I heard a bang and her crying")
    r"(heard|hear|hearing) (a |an |this )?(loud )?(bang|thud|crash|smash|scream)( \w+){0,3} (her|him|them|someone) (crying|screaming|sobbing|yelp\w*)|"
    # a partner shouted at night after night ("shouting at his girlfriend most nights, calling her names")
    r"(shouting|screaming|yelling|swearing) at (his|her) (girlfriend|wife|partner|boyfriend|husband|missus|fella)( \w+){0,3} (most|every) (nights?|days?|evenings?)|"
    # a thing thrown at someone's head ("last week a mug at my head")
    r"(mug|cup|plate|glass|bottle|remote|phone|chair|shoe|ashtray|kettle|pan|vase|lamp|iron|plates|mugs) at(?= (my|her|his|their) (head|face)))\b"
)
"""Someone doing harm: with a partner named, a medical emergency is domestic abuse too."""
PARTNER = re.compile(
    r"\b(partner(?! (agency|agencies|organisation|organisations|org|orgs|body|bodies|service|services|staff|meeting|meetings|board|boards|data|contributions?|councils?|authorit\w+))|(husband|wife|boyfriend|girlfriend|bf|gf|ex|hubby|missus)s?|(?<!\bsome )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bthe )(?<!\bone )(?<!\banother )(?<!\bold )(?<!\byoung )(?<!\bbig )(?<!\blovely )(?<!\bnice )(?<!\bgood )(?<!\bdecent )(?<!\bgrand )(?<!\bquiet )(?<!\bfunny )(?<!\bdaft )(?<!\bpoor )fella|other half|"
    r"stepdad|step dad|stepfather|step father|mums (boyfriend|partner|fella|bf)|(her|my) (new |current )?(man|bloke)|"
    # two people together ("I walk the dogs for a couple in Mapperley"), not a number ("a couple of weeks")
    r"(a|the|this|that) couple(?! (of|o|more|times|days|weeks|months|years|hours|mins|minutes|quid|pounds)\b)|"
    # someone to be married ("the groom-to-be wouldn't let her out of his sight")
    r"fianc(e|ee)s?|(groom|bride|husband|wife) to be|(her|his|my|the) (groom|bride)|"
    # "in my relationship", said of the one they are with
    r"(my|our) relationship|"
    # someone being dated ("a guy I've been seeing", "the man I met on Hinge", "my date")
    r"(guy|man|lad|bloke|girl|woman|lass|fella|person|someone) (im|i am|ive been|i have been|i was|i been|shes|hes|she is|he is|shes been|hes been) (seeing|dating|talking to)|"
    r"(guy|man|lad|bloke|girl|woman|lass|fella|someone|match) (\w+ ){0,2}(i|she|he) met on (hinge|tinder|bumble|grindr|an app|a dating app|the app|plenty of fish|pof|match|facebook|instagram|snapchat)|"
    r"met (a|this|some) (guy|man|lad|bloke|girl|woman|lass|fella) on (hinge|tinder|bumble|grindr|an app|a dating app|plenty of fish|pof)|"
    # parents, one of the other ("my dad gets drunk and hits my mum")
    r"(dad|father|mum|mam|mom|mother)s? (\w+ ){0,6}(?<!\band )(?<!\bor )(?<!\b& )(my |our |your |his |her |their |the )?(mum|mam|mom|mother|dad|father)|"
    # a couple heard or seen from next door ("the couple next door ... something smashed and she was sobbing")
    r"(the|a|that|this|young) couple (next door|upstairs|downstairs|opposite|across the (road|street|landing|hall|way)|below|above|over the road|in the (flat|house) (next door|above|below|opposite))|"
    # someone the writer left ("he hit me for years before I left", not "before I left school")
    r"(before|since|after|when|until|till) i (finally |eventually )?left (him|her|them)|"
    r"(before|since|after|when|until|till) i (finally |eventually )?left(?= (he|she|they|and|but|so|i|im|ive)\b))\b"
)
"""A partner, or a parent's partner (a child seeing abuse at home gets the same help, Childline in it)."""
CONTROL = re.compile(
    r"\b(checks|check|checking|goes through|go through|goes thru|reads|read) (my|her|his) (phone|messages|texts)\b"
    r"|\b(decides|decide|decided|chooses|choose|picks|pick) who (i|she|he) (see|sees|talk to|talks to|can see|can talk to)\b"
    r"|\b(tracks|tracking|tracked|follows|checks) (my|her|his) (location|whereabouts|phone location)\b"
    r"|\b(wants|want|asks for|demands|makes me share|makes her share|makes him share) (my|her|his) (live )?location\b"
    # cutting someone off from friends ("goes quiet for days if I see my mates without him")
    r"|\b(sulks|sulk|goes quiet|goes silent|silent treatment|kicks off|gets angry|gets jealous)( \w+){0,3} (if|when|whenever) (i|she|he) (see|sees|go out with|goes out with|meet|meets) (my|her|his) (mates|friends|family|sister|mum)\b"
    r"|\b(wont|will not|doesnt|does not) let (me|her|him) (see|go|leave|have|out|talk)\b"
    r"|\b(controls|control|controlled|controlling|takes|took|keeps|kept|holds|looks after|looking after|has taken) (my|her|his|all my|all her|all his|every|the) "
    r"(money|wages|bank card|bank cards|cards|phone|penny|pound|finances|benefits|pension)\b|\bcontrolling\b"
    # an older person's food, aids or medicines kept from them ("rationing her food, hiding her hearing aids")
    r"|\b(rations|rationing|rationed) (my|her|his) (food|meals|money)\b"
    r"|\b(hides|hiding|hid|hidden) (my|her|his) (hearing aids?|glasses|medication|meds|tablets|walking stick|walking frame|zimmer)\b"
    # checking up on someone, and cutting them off ("rings her in the interval to check where she is",
    # "she's dropped all her friends", "the control is chilling")
    r"|\b(rings|calls|phones|texts|ringing|calling|phoning|texting) (her|me|him) (\w+ ){0,6}?to check (where|who|what) (she|i|he)\b"
    r"|\b(dropped|cut off|stopped seeing|isolated from) (all )?(her|my|his) (friends|mates|family)\b(?! (off|at|home|round|back|to|in)\b)|\b(cuts?|cutting) (her|me|him) off from\b"
    r"|\bthe control (is|was|he has|she has)\b|\bcontrols (her|me|him|everything)\b"
)
"""Coercive control, which is domestic abuse with a partner named, whatever else a message is about."""
RELATIVE_HARM = re.compile(
    r"\bmy (\w+ )?(son|daughter|grandson|granddaughter|nephew|niece|stepson|stepdaughter|brother|sister)\b( \w+){0,8} "
    r"(hits|hit|hitting|shoves|shoved|pushes|pushed|slaps|slapped|punches|punched|kicks|kicked|grabs|grabbed|threatens|threatened|"
    r"hurts|takes|took|steals|stole|controls) (me|my (pension|money|bank card|cards?|benefits|savings|wages))\b"
)
"""A grown-up relative who hurts the writer or takes their money ("my son takes my pension and
shoves me when I say no"): domestic abuse too, as a partner's would be."""
CHILD_WRITER = re.compile(
    r"\b(im|i am|were|we are|were both|we r|im only|i am only) (\d|1[0-5]|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen)( n \d+| and \d+)?\b(?! (minutes|mins|hours|days|weeks|months|years|miles|quid|pounds|percent))"
)
"""A child writing ("im 12", "were 13 n 10"): the NSPCC and Childline follow 999 whatever the danger."""
YOUNG_WRITER = re.compile(
    r"\b(im|i am|im only|i am only) (1[0-7]|sixteen|seventeen)( (yo|years old|year old|yrs old))?\b(?! (minutes|mins|hours|days|weeks|months|miles|quid|pounds|percent|stone))"
)
"""Someone under 18 writing ("im 17 and on the chase crew"): a child, for the help about a child."""
CHILD_WORDS = re.compile(
    r"\b(child|children|kid|kids|kiddies|bairn|bairns|wean|weans|baby|babies|toddler|little one|little ones|son|daughter|my boy|my girl|"
    r"(little|small|young|lil|baby) (boy|girl|lad|bro|brother|sis|sister|un|one)|the (boy|girl) (is|was|cry|crying|screaming)|"
    r"from (school|skl|skool)|after (school|skl)|"
    r"grandson|granddaughter|grandchild|grandkids|nephew|niece|stepson|stepdaughter|(1[0-7]|\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen) ?(year|yr) ?olds?|newborn|infant|schoolgirl|schoolboy|im (1[0-5]|[6-9]))\b"
)
"""A child in the message: under the 999 line, the NSPCC Helpline and Childline."""
YOUNG_PEOPLE = re.compile(
    r"\b(young (person|people|ones?)|teen|teens|teenager|teenagers|teenage|pupil|pupils|student|students|youngster|youngsters|"
    r"minor|minors|under 1[0-8]s?|under eighteens?|youth|juniors?|nspcc|childline|safeguarding|neglect\w*|foster\w*|"
    r"school|schools|nursery|class|year (\d|1[0-3])|lad|lads|boy|boys|step ?(kids?|children)|sleepovers?|playground|my teacher|"
    # (not a grown woman so called: "a client, lovely girl", "one of my girls" at work, "im girl rider")
    r"(?<!lovely )(?<!nice )(?<!sweet )(?<!working )(?<!grown )(?<!old )girl(?! (rider|driver|boss|manager))|(?<!my )(?<!the )(?<!our )(?<!all the )(?<!of us )girls)\b"
)
"""Young people in other words: with CHILD_WORDS, what "worried about a child" needs the message to name."""
FOLLOW_ON = re.compile(
    r"^((and|also|ok|okay|so|but|then|right|cool|thanks|ta|cheers)( so| then| and)? ){0,3}"
    r"((what|how) about|what of|and|same (for|with|in|but)|the same (for|in)|also for|now for|how abt|wot about|wat about|what abt)\b"
)
"""A message that leans on the one before ("and in 2016?", "what about hate crime")."""
REFERS = re.compile(r"\b(it|its|they|them|their|theirs|that one|this one|that group|that board|those|these|that)\b")
"""A pronoun or demonstrative that may point back to the last answer ("who chairs it?")."""
NUMBER_AGAIN = re.compile(
    r"\b(number|no|nos|numbers|phone|digits|helpline|line|contact)( \w+){0,4} (again|was that|was it|one more time)\b"
    r"|\b(what|whats|wot|wat|which) (was|is|s) (the|that|their|her|its) (phone )?(number|no|helpline|line)( again)?\b"
    r"|\b(repeat|remind me of|say again|resend|send again|give me|gimme|just give me|can i have|can you give me|tell me)"
    r" (the|that|their|her|its|just the) (phone )?(number|no|helpline number)\b"
    r"|^(the |that |what |whats the )?(number|phone number|no)( again| please| pls)?$"
)
"""'What was that number again': the number from the last answer, in one line."""
CHOICE = re.compile(r"^(option |number |no )?([123])$")
"""A reply to "did you mean 1, 2 or 3" (folded: no punctuation or outer spaces)."""
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
_DERBY = (
    r"(?:derby(?= (?:city|county|council|police|hospital))"  # ("the Derby City Council ASB number"; Derby Road is in Nottingham)
    r"|(?<!a )(?<!the )(?<!big )(?<!local )(?<!midlands )derby(?! (?:day|days|game|games|match|matches|weekend|win|defeat|loss)))"
)
"""Derby the city, not a derby match ("after a big derby", "the Derby game", "derby day")."""
OTHER_PLACE_RE = re.compile(
    r"\b(" + "|".join(_DERBY if p == "derby" else re.escape(p) for p in OTHER_PLACES if p != "reading") + r")s?\b"
    # (a Nottingham street named for the town it leads to: "catching the bus down Mansfield Road")
    r"(?! (?:road|rd|street|lane|avenue|way|drive|close|crescent|terrace|grove|gardens|square|junction|roundabout|bus station)\b)"
    # "reading" is mostly a verb ("I've been reading about Juno"): the town only after a preposition
    # (and not "thank you for reading this", "sorry to have to resort to reading it")
    r"|\b(?:in|from|to|near|around|for|of) (reading)\b(?! (?:this|that|it|my|all|the|these|through|up|week|weeks|list|lists|group|groups|glasses|material|age|ages|room|ability|skills)\b)"
)


def other_place(folded: str) -> str | None:
    """The place other than Nottingham a question names, if any ("leeds", "reading")."""
    m = OTHER_PLACE_RE.search(folded)
    return (m.group(1) or m.group(2)) if m else None

ABOUT_THE_WORK = re.compile(
    r"\b(which|what) (part|parts|bit|sub ?group|subgroup|sub ?groups|board|boards|group|body|team|strand|forum|meeting) "
    r"(of|in|within|at) (the )?(crime and drugs partnership|partnership|cdp|council)( \w+){0,3}? (is |are )?"
    r"(responsible|in charge|deals|deal|leads|lead|looks after|oversees|oversee|owns|covers|handles)\b"
    r"|\b(is|was|are|were) (\w+ ){1,8}?one of (the |its |their |your |nottinghams |the citys |the partnerships |the cdps )?priorities\b"
    r"|\b(is|was|are|were) (\w+ ){1,4}(a|the|their|its|your) (main |key |top |partnership |cdp |city |council )?priority\b"
    # "is child exploitation something the partnership has as a priority?"
    r"|\b(partnership|cdp|board|council|it|they) (has|have|had) (\w+ ){0,2}as (a|one of its|one of their) (main |key |top )?(priority|priorities)\b"
    r"|\b(is there|are there|whats|what is|what are) (any |a |the )?(target|targets)\b"
    # "who's actually in charge of drugs in this partnership thing?"
    r"|\bwho(s| is| are)? (\w+ )?(in charge of|responsible for|leads on|looks after) (\w+ ){1,4}(in|at|within|on|for) (the|this|that|your) (\w+ )?(partnership|cdp|board)\b"
    # "does the partnership even have a target for people hit again and again with hate crime?"
    r"|\b(partnership|cdp|board|council|it|they) (\w+ )?(has|have|had|set|sets) (\w+ )?(a|any|the|its|their) (\w+ )?(target|targets)\b"
    # "what it has listed as its current priorities", "which of its priorities covers ..."
    r"|\b(its|their|the partnerships|the cdps|your) (current |main |key |top |strategic |latest |new |own )?(priorities|priority list|list of priorities)\b"
    r"|\b(its|the partnerships|the cdps|your) (current |main |key |headline |latest |new |own )?targets\b"
    r"|\bwhich (one )?of (the|its|their|your) (\w+ ){0,3}priorities\b"
    # "is kids being groomed into dealing something the crime and drugs partnership actually looks at?"
    r"|\bsomething (that )?(the )?(crime and drugs partnership|partnership|cdp|board) (actually |really |even |ever )?(looks at|deals with|covers|works on|focuses on|is involved in|gets involved in)\b"
    r"|\b(does|do) (the )?(crime and drugs partnership|partnership|cdp|board) (actually |really |even |ever )?(look at|deal with|cover|work on|focus on|get involved in|get involved with) (\w+ ){1,3}"
    r"(exploitation|grooming|groomed|county lines|trafficking|slavery|knife crime|serious violence|hate crime|domestic abuse|drugs|drug|alcohol|anti social behaviour|reoffending|violence)\b"
)
"""A question about the partnership's own work (which part owns a topic, whether it is a priority,
its target): help for someone in that situation is not what is asked."""
SITUATED = re.compile(
    r"\b(i|im|ive|id|me|my|we|were|our|us|mum|mam|mom|dad|son|daughter|partner|husband|wife|boyfriend|girlfriend|"
    r"fella|ex|brother|sister|friend|mate|neighbour|neighbours|family|kid|kids|child|children|nan|grandad|auntie|uncle|"
    r"cousin|flatmate|colleague|client|tenant|resident|someone|somebody|he|she|hes|shes|they|theyre)\b"
)
"""A message about someone's own situation (theirs, a relative's, a client's): recall-first for help topics."""
# Where one message asks a second question: a question mark, a semicolon, or "and/also/plus" before a
# question word. Every pattern applied to user text starts with a literal or a word boundary and has
# no two unbounded repeats over the same characters, so it runs in linear time (tests/test_linear.py).
SPLIT_RE = re.compile(
    r"\?+|;|\b(?:and|also|plus)\s+(?=(?:who|what|where|when|how|which|whats|whos|is|are|can|do|does|could)\b)"
    # "..., and under which law it was set up": a preposition before the question word
    r"|,\s*(?:and|also|plus)\s+(?=(?:under|by|in|for|from|with|to|on)\s+(?:which|what|whom|whose)\b)"
    # "list the priorities for 2023/24, together with the cross-cutting issues": a second thing asked for
    r"|,\s*(?:together with|along with|as well as|and also)\s+(?=(?:the|its|their|any)\b)"
    # a list: "1) ... 2) ...", "- ... - ...", one per line, "first, ... second, ..."
    r"|\n+|(?<![\w.])\(?[1-9][).]\s|(?:^|\n)\s*[-\u2022*]\s|\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|and also)\b[,:]",
    re.IGNORECASE,  # ("First, which sub-group ...? Second, which body ...?", "And who chairs it?")
)
CLAUSE_RE = re.compile(
    r"[,;:()]|\s[-\u2013\u2014]+\s|\b(?:but|so|because|cos|coz|though|although|however|anyway)\b"
    r"|\band (?=(?:his|her|my|their|our|he|she|they|i|we)\b)"
)
"""Where a sentence divides into clauses ("who chairs the board, asking for my manager")."""
PIECE_EDGES = " ,.\n\t"
"""What `SPLIT_RE`'s pieces are stripped of."""
_A_LINE = r"(telephone|phone|contact|the (helpline|line|telephone|phone|service|charity|organisation))\b"
"""What a "number of" that is a phone number is of ("the number of telephone for the women who
suffer violence", as a translator writes it): no count asked for."""
QUANTITY = re.compile(
    r"\b(how (many|much)|what (is|was|s) the (number|amount|total|figure) of(?! " + _A_LINE + r")|(?<!set )(?<!fixed )(?<!certain )number of(?! " + _A_LINE + r"))\b(?P<rest>.*)"
)
FIGURES = re.compile(r"\b(how (many|much)|figures?|statistics|stats|numbers?|rate|total|recorded|count)\b")
DATUM = re.compile(
    # ("whats the actual number" asks for a figure, not a phone number)
    r"^(?!(whats |what is |wots |wat is )?(the |an? )?(actual|total|exact|real|overall|latest|current|final|official|rough|true) number$)"
    r"(?P<short>(\w+ ){1,3})(?P<kind2>number|no|phone|phone number|contact|contact number|helpline)$"
    r"|\b(?<!to )(?<!correctly )(?P<kind>address(?! (a|the|my|our|this|that|it|them|him|her|issues?|problems?|concerns?|letters?|these|those)\b)|(?<!same )(?<!nottingham )(?<!ng )(?<!city )postcode|phone number|telephone number|phone no|(?<!reference )(?<!ref )(?<!crime )(?<!case )(?<!incident )(?<!log )number for|contact number|number(?= (can|could|should) (i|we) (give|pass on|pass|hand) (her|him|them))|"
    r"email address|e mail address|email for|website for|salary|wage|opening hours)\b(?P<rest>.*)"
    r"|^(?P<who>who is|whos|who s|who was) (?P<role>(\w+ ){0,6}(chair|chairman|chairwoman|chief executive|ceo|director|manager|"
    r"head|commissioner|leader|boss|secretary|minister|mayor|mp|councillor|solicitor|constable|officer|lead))\b"
    r"|\b(?P<named>(the )?names? of (the |a |an )?(\w+ ){0,5}(officer|person|people|head|manager|chair|lead|leader|boss|"
    r"commissioner|inspector|sergeant|worker|staff|councillor|director|woman|man|victim|lady|girl|boy|child|family))\b"
)
PERSON = re.compile(
    r"\b(Lord|Lady|Sir|Dame|Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Constable|Inspector|Superintendent) [A-Z][a-z]+"
    r"|\b[A-Z][a-z]+ [A-Z][a-z]+ [\u2013-] [A-Z]"
    # a name and the post held ("by Philip Broxholme, Senior Community Safety Manager")
    r"|\b[A-Z][a-z]+ [A-Z][a-z]+, (?:the )?(?:Senior|Chief|Deputy|Head|Director|Manager|Chair|Officer|Lead|Commissioner)\b"
)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|\n")
_REQUEST = r"set out|confirm|provide|list|identify|explain|outline|describe|summarise|summarize|clarify|specify|state"
"""The verbs of a formal request ("Please set out...", "Kindly confirm..."), at a sentence's start or after a clause."""
QUESTION_START = re.compile(
    r"(who|whos|what|whats|where|wheres|when|why|how|which|wot|wots|wat|wats|hoo|wen|is there|are there|is it|can i|can you|could i|could you|"
    r"do i|do you|does|should i|would you|please (tell|let|can|could|send|give)|tell me|i need to know|i want to know|give me|send me|"
    # a formal request ("Please set out the statutory responsibilities", "Kindly confirm the date")
    r"(please |kindly |can you |could you |would you )?(" + _REQUEST + r"|advise|define|detail|evidence)|(i|we) (would|should) be (grateful|obliged)|(id|wed) be (grateful|obliged)|"
    # a request for a datum ("need the address", "I'd like their number")
    r"(i )?(need|want|would like|id like|looking for) (the|a|an|their|his|her|your|its) (\w+ )?(address|number|phone number|email|postcode|contact details|name))\b"
)
"""A sentence that asks (matched at its start, folded), besides one that ends with "?"."""
EMBEDDED_QUESTION = re.compile(
    r"\b(about|know|knows|wondering|wondered|ask|asking|tell me|find out|check|sure|idea|clue|arguing|debating) "
    r"(who|what|where|when|which|how|whether|if)\b"
    # a question someone else asked the writer ("his wife's asked me quietly if there's help locally")
    r"|\b(asked|asks|asking) (me|us) (\w+ )?(if|whether) (theres|there is|there are) (any )?(\w+ )?(help|support|advice|treatment)\b"
    r"|\b(please|kindly) (" + _REQUEST + r"|tell|send|give)\b"
)
"""A question inside a sentence ("we were arguing about who chairs the board", "I'd like to know where ...",
"she asked me if there's help locally for alcohol"), or a request after a clause ("For our review, please list the sub-groups")."""


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


# Common words of other languages that English (and its text-speak and dialect) never uses:
# Spanish, Portuguese, French, Italian, German, Polish, Romanian, Turkish, Roman Urdu and Somali.
FOREIGN_WORDS = frozenset("""
el los las que en por para una ayuda mujer marido hijo hija esta estoy tengo pero muy como donde necesito puedo
policia senora senor favor porque hola gracias ella tambien
je les est mon mes pas une elle avec dans aide mari suis besoin ou comment bonjour merci moi il qui
eu meu minha nao voce estou obrigado obrigada socorro
sono mio mia aiuto marito che della perche grazie sei
ich nicht und mein meine ist hilfe mann bin wie kann bitte danke habe
nie jest sie moj moja mnie pomoc maz gdzie czy jestem dziekuje prosze zeby
este sunt ajutor sotul meu mea unde pot vreau multumesc
bir icin yardim kocam nerede degil lutfen
mera meri mujhe nahi madad kya kahan kyun hain
waxaan iyo waa caawimaad
""".split())
"""Ambiguous words are left out: "me", "mi", "y", "no", "la", "ma", "mam", "die", "come", "to"."""


def other_language(text: str, folded: str, english: frozenset[str]) -> bool:
    """A message written in another language: mostly letters of another script (`text`, before
    folding drops them), or Latin-script words that are mostly not English with two or more
    common words of another language."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 3 and sum(1 for c in letters if ord(c) > 0x24F) > len(letters) / 2:
        return True
    words = folded.split()
    if len(words) < 3:
        return False
    foreign = {w for w in words if w in FOREIGN_WORDS}
    known = sum(1 for w in words if w in english and w not in FOREIGN_WORDS)
    return len(foreign) >= 2 and known < len(words) / 2

# A request for help that names what it is about ("somewhere I can point them for straight info
# about drugs", "is there any support for families of people who drink"): what follows is the topic.
HELP_TOPIC = re.compile(
    r"\b(help|info|information|advice|advise|support|someone to talk to|somebody to talk to|someone to speak to|"
    r"(?<!goods and )(?<!goods & )(?<!goods n )services?|helplines?|help lines?|(a )?(number|numba|numbr)|number to ring|numbers|charity|charities|organisations?|groups?|"
    r"point (him|her|them|me|us) to|signpost (him|her|them|me|us) to|who deals|who helps|anyone who helps|anyone who deals)"
    r"( \w+){0,2}? (with|about|for|on|around|regarding|re) (?P<topic>[^?.!]{3,80})"
)


# A message written like a form ("Name: Dev", "Where: Leeds", "Issue: ...", "Question: ..."). A
# label is a few words at the start of a line, before a colon.
FORM_LABEL = re.compile(r"(?m)^[ \t]*(?:[-*\u2022>][ \t]*)?([A-Za-z][A-Za-z '/&]{0,30}?)[ \t]*:[ \t]*(?=\S)")
WEIGHTLESS_LABEL = re.compile(
    r"(my |our |your |case |full )?(name|names|ref|reference|age|area|where|location|who|when|date|time|subject|re|to|from|"
    r"sent|phone|tel|mobile|email|e-mail|postcode|address|ward|contact|for|about|person|details)"
    # ...and the labels of the field that holds what is asked ("What I want to know: ...")
    r"|(my )?(question|questions|query|queries|ask|request|want|wanted|need|needed|looking for|help needed|help wanted|"
    r"enquiry|inquiry)|what (do )?i (want|need|would like|d like|'d like|am asking|m asking)( to know| to find out)?|"
    r"what (id|i'd|i would) like to know",
    re.IGNORECASE,
)
"""Labels that are not words of the message: "Who:" and "Where:" ask nothing, and "Name:" is no
question about a change of name. Other labels ("Issue:", "Danger:") say what their field is about."""
MIN_FORM_FIELDS = 2


def form_fields(text: str) -> str:
    """A form-like message read as one paragraph of sentences, one per line, each ending in a full
    stop, without the labels that are not words of the message (the fields are one request, not a
    list of questions). Text with fewer than MIN_FORM_FIELDS labelled lines is returned as it is
    ("Quick question: who chairs it?")."""
    if len(FORM_LABEL.findall(text)) < MIN_FORM_FIELDS:
        return text
    lines = []
    for line in text.split("\n"):
        m = FORM_LABEL.match(line)
        if m is not None and WEIGHTLESS_LABEL.fullmatch(m.group(1).strip()):
            line = line[m.end() :]
        line = line.strip()
        if line:
            lines.append(line if line[-1:] in ".!?" else line + ".")
    return " ".join(lines)
