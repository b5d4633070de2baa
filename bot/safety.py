"""Safety: crisis detection (999 first) and vetting of phone numbers, e-mails and links.

Both work on plain strings and know nothing of the matcher or of Telegram.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise
from dataclasses import dataclass
from functools import cache

from bot.knowledge import Contact
from bot.normalise import WordStartPattern, fold, word_heads
from bot.questions import SENTENCE_RE

# --- crisis -------------------------------------------------------------------------------

_PUBLIC_PLACE = (
    r"(post office|shop|shops|school|station|pub|club|chippy|library|church|mosque|temple|gurdwara|supermarket|"
    r"tesco|asda|aldi|lidl|co op|coop|offy|off licence|bookies|bank|chemist|pharmacy|court|hospital|cinema|ground|stadium|arena|office|gym|"
    r"cafe|takeaway|garage|community centre|venue|college|uni|university|surgery|practice|vets|clinic|dentist|dentists|opticians|health centre|"
    r"bar|bars|nightclub|restaurant|hotel|kebab shop|chip shop|casino|bowling alley|leisure centre|petrol station|salon|barbers|barber shop|hairdressers|nail bar|"
    r"newsagents|newsagent|bakery|butchers|launderette|laundrette|bus station|train station|market|shopping centre|"
    r"maccies|mcdonalds|maccy ds|kfc|subway|greggs|costa|starbucks|nandos|spoons|wetherspoons|"
    # places at large ("seeing more knives outside the night time economy areas than they used to")
    r"night time economy|nighttime economy|time economy|pubs|clubs|venues|city centre|town centre)"
)
"""Public places: "outside the pub" says where something happened, not that it is happening at
the door now (one list for `_NOW` and `NOW_SAID`)."""
_FOR_A_WHILE_NOW = "".join(
    f"(?<!{how_long} now)"
    for how_long in (
        *(f"{amount} {unit}" for amount in ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "few", "couple of", "several", "many", "for")
          for unit in ("year", "years", "month", "months", "week", "weeks")),
        "for ages", "a while",
    )
)
"""How long something has gone on ("for over a year now", "nearly four years now"): no sign of now.
(Not "last year. Now he's ...": a sentence that starts with "now".)"""
_NOW = (
    r"(right now|rn|atm|now" + _FOR_A_WHILE_NOW + r"|at the moment|this moment|this very moment|tonight|today|currently|as we speak|as i type|happening|"
    # (not where a past attack happened: "assaulted outside a bar on Friday night")
    r"outside(?! (the|a|an) (\w+ )?" + _PUBLIC_PLACE + r"\b)|in the (house|flat|room))"
)
_PERSON = r"(me|us|her|him|them|my \w+|mum|mom|dad|the kids?|the baby|a child|a kid|someone|somebody)"

@dataclass(frozen=True)
class Then:
    """Each part in turn, later in the message than the one before ("A ... B").

    Searching the parts one after another reads the message once per part. The regex `A.*B` it
    replaces backtracks over the rest of the message at every place A matches: quadratic time
    on a long message that repeats A."""

    parts: tuple[str, ...]

    def __init__(self, *parts: str) -> None:
        object.__setattr__(self, "parts", parts)


@dataclass(frozen=True)
class All:
    """Every part somewhere in the message, in any order (replaces `^(?=.*A).*B`)."""

    parts: tuple[str, ...]

    def __init__(self, *parts: str) -> None:
        object.__setattr__(self, "parts", parts)


Rule = str | Then | All

# Matched against folded text (lower case, no apostrophes or punctuation). A plain string is one
# regex; Then and All combine regexes without `.*`, so every rule runs in linear time.
# A fit (a seizure), not fitting something ("I'm fitting the same shed locks", "fitting in at school")
_FITTING = (
    # (not a fitting appointment: "her second fitting today", "a dress fitting")
    r"(?<!a )(?<!the )(?<!her )(?<!his )(?<!my )(?<!their )(?<!your )(?<!our )(?<!second )(?<!first )(?<!final )(?<!last )(?<!next )"
    r"(?<!dress )(?<!bridal )(?<!wedding )(?<!suit )(?<!prom )(?<!bra )(?<!shoe )fitting(?! (the|a|an|new|some|smoke|fire|carbon|locks?|alarms?|them|it|our|your|their|in|into|out|up|carpets?|kitchens?|"
    r"windows?|doors?|bathrooms?|boilers?|cameras?|doorbells?|for|round|around)\b)"
)
# What breaks down that is no door ("since my relationship broke down in the summer")
_BROKE_DOWN = (
    r"(?<!relationship )(?<!marriage )(?<!things )(?<!family )(?<!placement )(?<!tenancy )(?<!car )(?<!van )(?<!boiler )(?<!lift )"
)
# Smoke as a thing, not a habit ("none of us even smoke", "he doesn't smoke in the flat")
_SMOKE = (
    r"(?<!\bdont )(?<!\bdoesnt )(?<!\bdidnt )(?<!\bnever )(?<!\beven )(?<!\bnot )(?<!\bto )(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\byou )(?<!\bwho )smoke"
    r"(?! (weed|cannabis|skunk|dope|ganja|spice|crack|fags?|cigs?|cigarettes?|joints?|a joint|in (the|my|our|his|her|their) (flat|house|room|building))\b)"
)
# Tablets by kind and by name, as the overdose rules read them ("the rest of her sertraline", "a box of co-codamol")
_SMALL_CHILD = r'\b(child|toddler|little (boy|girl|one|kid|lad|lass)|kid|kiddie|baby|(\d|one|two|three|four|five|six) (year|yr) old|\dyo)\b'
"""A small child, for the rules that read one at a drop, over water or on a runway."""
_MEDICINES = (
    r"tablets?|pills?|meds|medication|painkillers?|paracetamol|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|diazepam|"
    r"pregabalin|gabapentin|codeine|co codamol|tramadol|ibuprofen|aspirin|sleeping (pills|tablets)|antidepressants?|packets?"
)
_CRISIS_RULES: dict[str, tuple[Rule, ...]] = {
    "suicide": (
        # on the edge of a high place now ("sitting on the edge of the top floor of the multi-storey now, legs over")
        r'\b(sitting|sat|standing|stood|perched) on the (edge|ledge|wall|railings?|parapet) of (the |a |this )?(\w+ ){0,4}(roof|rooftop|bridge|multi ?storey|car park|building|balcony|cliff|top floor|tower|flats|block|viaduct)\b'
        r'|\blegs (over|dangling over) (the )?(edge|side|railings?|barrier|parapet|ledge)\b',
        # alone at the top of a high place, decided ("on the top level of the multi-storey on my own ... I've left my keys on the car seat")
        # (the edge of a high place, not "the edge of the estate")
        All(r'\b(top (level|floor|deck|storey|story) of (the |a )?(multi ?storey|car park|tower|flats|block)|on (the |a )?(roof|rooftop|parapet|viaduct)'
            r'|(edge|ledge) of (the |a )?(roof|rooftop|bridge|building|car park|multi ?storey|cliff|viaduct|tower|block))\b',
            r'\b(on my own|by myself|alone|nobody (else )?(is )?(here|around)|no one (else )?(is )?(here|around))\b',
            r'\b(decided(?! to\b)|just wanted (someone|somebody|you) to know|left my (keys|phone|wallet|bag|shoes|coat)|not spending another|goodbye|say bye|cant do (it|this) any ?more|had enough)\b'),
        # notes left for everyone, from a height ("left notes for everyone ... bridge looks so pretty from up here")
        r'\b(left|written|wrote|leaving) (a )?(notes?|letters?) for (everyone|everybody|my (family|kids|children|mum|dad|wife|husband|partner|parents))\b',
        # someone walking into the water and not stopping, read even in a professional's message ("stepped off the edge into the water and is wading out ... he won't turn round")
        All(r'(?<!dog )(?<!dogs )(?<!horse )\b(wading|waded|walking|walked|walks|stepped|wandered) (\w+ ){0,3}(out|in|into|off)\b',
            r'\b(canal|river|trent|water|lake|reservoir|sea|pond|weir|quarry)\b',
            r'\b(not stopping|isnt stopping|wont (stop|turn round|turn around|turn back|come back))\b(?! (\w+ing|for|to)\b)'),
        # a car in a closed garage with its engine running
        All(r'\b(engine|motor) (is |s )?(still )?(running|on|ticking over)\b', r'\b(garage|door shut|doors shut|door closed|doors closed|shut in)\b'),
        # pills, and said to be done ("pills and wine, me tonight, already done it")
        All(r'\b(pills|tablets|meds|medication|paracetamol|painkillers)\b', r'\b(already done it|done it now|ive done it|i have done it|taken them all|took them all|taken the lot|took the lot|necked them|swallowed them)\b'),
        # pills saved up ("saved up weeks of sertraline, it's all on my desk")
        Then(r'\b(saved up|saving up|been saving|stockpil\w*|hoard\w*|collected up)\b',
             r'\b(pills|tablets|meds|medication|sertraline|citalopram|fluoxetine|paracetamol|codeine|co codamol|tramadol|amitriptyline|painkillers)\b'),
        r'\b(every|all|all the|all my|all of my|each) (\w+ )?(tablets?|pills?|meds|painkillers?|sleeping pills)( \w+){0,2} (ive|i have|id|i had|i) (been )?(saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|kept back|put by)\b',
        r'\b(kill|killing|hang|hanging|hurt|hurting|harm|harming) (my ?self|meself)\b',
        r'\b(end|ending|take|taking) (my|my own) life\b',
        r'\bend it all\b',
        r'\b(want|wanna|going|gonna|about|plan|planning|decided|ready) to end it\b|\bend(ing)? it (tonight|now|today|rn)\b',
        r'\bsuicidal\b',
        # at the platform's edge for a train that does not stop
        r'\b(edge|end) of the platform\b|\b(next|fast) train (through )?(doesnt|does not|dont|wont) stop\b|\b(in front of|under) (a|the) train\b',
        r'\b(gonna|going to|wanna|want to|about to|will|might|finna|im|i am) kms\b|\bkms (tonight|rn|now|today|fr)\b|\bkill my ?self\b',
        r'\b(commit|committing|attempt|attempting|going to|gonna|about to) suicide\b',
        r'\b(want|wanna|going|gonna|about) to die\b',
        r'\bdo not want to (be alive|live|be here)\b|\bdont want to (be alive|live|be here)\b',
        r'\bno reason to live\b|\bbetter off dead\b',
        # (not things taken: "a boss type took all the money", "we took all the devices")
        # ("took a load of copper cable from the shed" is theft)
        r'(?<!nothing )(?<!nowt )(?<!nothing was )(?<!nothing got )(?<!nothing been )\b(taken|took|swallowed|downed) ((all|a lot of|loads of|lots of|a load of|a bunch of)(?! (the |our |their |his |her |your |my |of (the |our |their |his |her |your |my ))?(money|devices?|phones?|passports?|ids?|keys|cash|wages|pay|documents|papers|stuff|things|credit|cards?|bags?|clothes|food|toys|chairs?|blame|time|tools|equipment|details|photos|pictures|evidence|records|post|letters|copper|cable|cabling|wire|wiring|lead|metal|scrap|diesel|fuel|petrol|red diesel|stock|gear|kit|parcels|boxes|timber|tiles|plants|fish|notes|cuttings)\b)|too many|a whole|an overdose)\b',
        # a dose injected ("she's injected all of her mum's insulin")
        r'\b(injected|injecting|injected herself with|injected himself with) (all|all of|the lot|the whole|a whole|loads of|a load of|too much|way too much) (\w+ ){0,2}?(insulin|heroin|methadone|gear|it|them|the lot)\b|\binjected (the lot|all of it|everything)\b',
        r'\b(taken|took|swallowed|downed|had|necked) (every|each|the rest of (the|my|his|her|their)) (\w+ ){0,2}(' + _MEDICINES + r')\b',
        # a box of tablets swallowed ("swallowed the rest of her sertraline and a box of paracetamol")
        r'\b(taken|took|swallowed|downed|necked) (a|the|her|his|my|their|two|three|four|a couple of|a whole|the whole) (whole )?(box|boxes|packet|packets|pack|packs|strip|strips|bottle|tub|blister pack|handful)s? of (\w+ )?(' + _MEDICINES + r')\b',
        # tablets counted out and meant to be taken ("I have counted out all of my tablets ... I intend to take them tonight")
        Then(r'\b(tablets?|pills?|meds|medication|painkillers|paracetamol|sleeping pills|co codamol|sertraline|citalopram)\b',
             r'\b(i|im|i am|ive|i have|i will|ill) (\w+ ){0,2}(intend|intending|plan|planning|going|gonna|about|decided|want|wanna|mean|meaning) to (take|swallow|neck|down) (them|it|the lot|all of them|all)\b(?! (back|to|into|in|out|with|round|over|home|for|off)\b)'),
        Then(r'\b(counted out|laid out|lined up|set out|emptied out|got out) (all )?(of )?(my |the )?(\w+ )?(tablets|pills|meds|medication|painkillers|sleeping pills|paracetamol)\b',
             r'\b(tonight|now|take them|taking them|swallow|the lot|goodbye|sorry|no one will|nobody will)\b'),
        # a whole strip or packet ("swallowed the whole strip of my sleeping tablets")
        r'\b(taken|took|swallowed|downed|necked) (a |the |my |his |her )?(whole|entire|full) (strip|packet|box|pack|blister pack|sheet|tub|bottle of (pills|tablets|painkillers|paracetamol))s?\b',
        r'\b(taken|took|swallowed|downed) ([1-9]\d|twenty|thirty|forty|fifty|sixty|a hundred) (\w+ )?(tablets?|pills?|paracetamol|painkillers?|sleeping pills|co codamol)\b',
        r'\bcant (do|take|go on with) this any ?more\b|\bcannot (do|take|go on with) this any ?more\b|\bcant go on\b',
        Then(r'\b(?<!guy )(?<!skipping )(?<!tow )(?<!washing )(?<!jump )(?<!mooring )(?<!boat )(rope|ropes|noose)\b(?! (untied|cut|snapped|came loose|loosened|undone|nicked|stolen))', r'\b(ready|tied|round|around|got)\b'),
        r'\b(tied|got|bought) (a|the) (rope|noose)\b',
        r'\b(going to|gonna|about to|want to|wanna) (jump|throw myself)\b|\b(jump|jumping) (off|in front)\b',
        r'\b(thinking|thought) (about|of) (killing myself|ending it|ending my life|jumping|suicide|dying)\b',
        r'\b(cut|slit|slashed|slashing|cutting) (his|her) (wrists?|arms?|throat)\b',
        r'\b(i|ive|i have|i just|im|i am|been|keep|going to|gonna|want to) (\w+ ){0,2}(cut|slit|slash|slashed|slashing|cutting) my (wrists?|arms?|throat)\b',
        # ...and with no one else named doing it ("cut my wrists n its bleeding", not "my wife slashed my arm")
        # (the word's start is checked before the lookbehinds: one test per position, not sixteen)
        r'\b(?=[cs])(?<!he )(?<!she )(?<!they )(?<!has )(?<!had )(?<!just )(?<!wife )(?<!husband )(?<!partner )(?<!boyfriend )(?<!girlfriend )'
        r'(?<!someone )(?<!ex )(?<!fella )(?<!bf )(?<!gf )(cut|slit|slashed|slashing|cutting) my (wrists?|arms?|throat)\b',
        Then(r'\b(blade|blades|razor|razors)\b', r'\b(do it|doing it|doin it|end it|use it)\b'),
        r'\b(last|final) (message|goodbye|note)\b|\bsuicide note\b',
        r'\bdo something (stupid|silly|daft)\b',
        # going over a barrier or an edge ("once it's quiet I'm going over the barrier")
        r'\b(im|i am|ill|i will|going to|gonna|about to|i might|want to|wanna) (\w+ )?(go|going|step|stepping|climb|climbing|get|getting) (over|off) (the )?(barrier|edge|railings?|side|parapet|ledge)\b',
        r'\b(kill|killing|hang|hanging|hurt|hurting|harm|harming) (himself|herself|themselves)\b',
        r'\b(found|is|hes|shes|theyre) (\w+ ){0,2}hanging\b(?! (out|around|about|round))',
        r'\b(swallowed|drank|drunk|taken|took) (some |a lot of |loads of )?(bleach|poison|antifreeze|weedkiller)\b',
        r'\bending (things|everything)\b',
        r'\b(end|ending) (things|it all|everything|my life) (tonight|now|today|soon)\b',
        r'\b(i )?(wont|will not) be (here|around|alive) (to|tomorrow|anymore|any more|much longer|for long)\b',
        r'\b(had|ive had|i have had) enough of (life|living|everything|it all)\b',
        r'\b(said|saying|written|wrote|left|sent) (all )?(my )?goodbyes?\b',
        r'\bno (point|reason) (in )?(going on|living|carrying on|being here|being alive)\b',
        r'\b(take|taking|took|swallow|swallowed|down|downed|going to take|gonna take) (all|all of) (my|the|his|her|their) (tablets|pills|meds|medication|medicine)\b',
        r'\b(dont|do not|never) want to wake up\b',
        # a hose from a car's exhaust into the car or a garage
        r'\b(hose|hosepipe|pipe|tube)s? (\w+ ){0,4}(from|on|off|to|into|in|round|over) (the |his |her |their |my |a )?(cars? )?exhaust\b'
        r'|\bexhaust (\w+ ){0,3}(hose|hosepipe|pipe|tube)\b',
        Then(r'\b(saving|saved|stockpil\w*|hoard\w*|collect\w*|got) (up )?(all )?(my |the |enough )?(tablets|pills|meds|medication|painkillers|sleeping pills)\b',
             r'\b(take|taking|swallow\w*|neck\w*|down) (them|it|the lot|all)\b(?! (back|to|into|in|out|with|round|over|home|for|off)\b)'),
        Then(r'\b(rope|ropes|noose|ligature)\b', r'\b(going to|gonna|about to|will) do it\b|\bdo it (tonight|now|once|when|after)\b'),
        # into a garage, a loft or the woods with a rope ("went into his garage with a length of rope")
        Then(r'\b(with|took|taking|carrying|got|had|holding) (a |the |some |his |her )?(length of |bit of |piece of |coil of )?(rope|noose)\b(?! (swing|ladder|course|bridge))',
             r'\b(garage|loft|attic|shed|woods|beam|banister|bannister|bolt|locked|lock)\b'),
    ),
    "medical": (
        # someone caught in the gap between a train and the platform
        All(r'\bgap between (the )?(train|tram|carriage) and (the )?platform\b|\bbetween the (train|tram) and the platform\b|\bdown the gap\b',
            r'\b(stuck|trapped|slipped|fallen|fell|wedged)\b', r'\b(train|tram|platform|carriage)\b'),
        # climbing an electricity pylon or the overhead line mast
        All(r'\b(climbed|climbing|up|top of) (\w+ ){0,4}(pylon|overhead (wire|wires|line|lines)|wire mast|electricity (tower|mast)|substation)\b',
            r'\b(touch|top|nearly|dare\w*|kids?|lads?|boy|girl|teenagers?)\b'),
        # someone left cold and confused ("sat in his chair since yesterday, freezing cold to touch and not making sense")
        All(r'\b((freezing|ice|stone|icy|very|really|so) cold to (the )?touch|hypothermi\w*)\b',
            r'\b(not making sense|confused|cant get up|cannot get up|wont wake|not responding|unresponsive|drowsy|floppy|blue|mumbling|cant speak)\b'),
        # someone lying at the foot of the stairs or on the floor and not answering
        All(r'\b(lying|lay|laid|collapsed|slumped|crumpled) (at the bottom of|at the foot of|on|in) (the )?(stairs|floor|ground|kitchen floor|bathroom floor|hall|hallway|landing|pavement)\b',
            r'\b(isnt|is not|not|wont|won\w*t|cant|hasnt) (answering|responding|moving|waking|getting up|talking|speaking)\b'),
        # down on the floor and not getting up ("one's on the floor and isn't getting back up")
        r'\b(on|hit) the (floor|ground|deck|tiles) and (isnt|is not|not|wont|will not|cant|cannot|hasnt|has not|aint) '
        r'(getting (back )?up|get (back )?up|got (back )?up|moving|responding|answering|waking)\b',
        # stuck somewhere and gone silent ("stuck in lift 2 ... was chatting on the intercom, now nowt. Not even a cough")
        All(r'\b(stuck|trapped|shut|locked) (in|inside) (the |a |an |our |their )?(\w+ )?(lift|elevator|cupboard|container|tank|sewer|manhole|drain|shaft|chimney|loft|crawl space)\b',
            r'\b(now nowt|now nothing|not even a (cough|sound|peep|whimper|knock|tap|groan)|stopped (answering|talking|responding|shouting|banging|knocking|calling out)|'
            r'gone (very |really |all )?(quiet|silent)|no (answer|reply|response) (now|anymore|any more)|cant hear (him|her|them) (now|anymore|any more))\b'),
        # someone in the water being carried off or gone quiet ("man in the Trent ... getting dragged downstream, he's stopped shouting")
        All(r'\b(in|into) the (river|trent|canal|water|lake|reservoir|weir|lock|quarry|sea|pond|flood water|floodwater)\b',
            r'\b(dragged|swept|carried|pulled|washed|drifting|being taken) (\w+ )?(downstream|under|away|off)\b|\bstopped (shouting|splashing|screaming|waving|kicking)\b'
            r'|\b(cant|cannot|can not) swim\b|\b(face down|going under|gone under|head under)\b'),
        # a chemical leak with people down ("the chlorine dosing has leaked and two of my lads are in there coughing")
        All(r'\b(chlorine|ammonia|chemicals?|fumes)\b (\w+ ){0,3}(leak\w*|spill\w*|escap\w*)|\b(leak|spill) of (chlorine|ammonia|chemicals?)\b',
            r'\b(coughing|choking|on the floor|collapsed|cant breathe|cannot breathe|not getting up|passed out|eyes streaming|struggling to breathe)\b'),
        # a baby hard to wake ("the baby in the bouncer is really hard to wake up")
        r'\b(baby|babys|toddler|newborn|little one)\b (\w+ ){0,4}?(really |very |so )?(hard|difficult|impossible) to (wake|rouse)\b',
        # a small child climbing at a drop ("a little one ... has dragged a chair right up to the railing and is climbing on it")
        All(r'\b(toddler|baby|little (one|boy|girl|un)|(\d|one|two|three|four) (year|yr) old|(2|3|two|three) maybe)\b',
            r'\b(climb\w*|clambering|stood|standing|leaning|hanging|dangling) (\w+ ){0,4}(railings?|balcony|ledge|parapet|window ?sill|windowsill)\b'
            r'|\b(chair|stool|box|crate|bin) (\w+ ){0,4}(up to|against|by|next to|under) the (railings?|balcony|ledge|parapet|window|edge)\b'),
        # a crowd crush ("a girl went down and people are stood on her")
        r'\b(crowd (surge|crush)|crush at the (front|barrier|gate)|(crushed|squashed|squished|pinned|crammed) (up )?against (it|the (front |crash )?(barrier|fence|railings|gate|wall|stage)))\b'
        r'|\b(the )?crowd (keeps|is|s|are|just|still) (surging|pushing forward|crushing)\b'
        r'|\b(people|they|everyone|the crowd) (are |is )?(stood|standing|trampling|walking|stepping) on (her|him|them|someone|a (girl|boy|lad|woman|man|kid|child))\b',
        # a gas bottle alight or leaking by people ("burger stall's gas bottle is hissing with flames off the valve")
        r'\bgas (bottle|cylinder|canister|tank)s? (\w+ ){0,3}(hissing|leaking|on fire|alight|in flames|flames|burning|caught)\b'
        r'|\bflames (\w+ ){0,2}(off|from|out of) the (valve|bottle|cylinder|regulator)\b',
        # a dog biting someone now ("it's just bitten a child in the face")
        r'\b(dog|dogs|it|its|the dog) (has |s |is |just |has just |is still |still ){0,3}(bitten|biting|attacking|mauling|savaging|got hold of|dragging) (a |the |my |our |his |her |their |this )?(little |young |small |old |elderly )?(child|kid|boy|girl|baby|toddler|man|woman|lady|someone|somebody|lad|lass|son|daughter|postman|runner|jogger)\b',
        # ... or holding on to someone ("loose dog has got a little girl by the face")
        r'\b((dog|dogs)( \w+){0,4}|it|its) (has |s |just |has just |still ){1,3}got (a |the |my |our |his |her |their |this )?(little |young |small |old |elderly )?(child|kid|boy|girl|baby|toddler|man|woman|lady|someone|somebody|lad|lass|son|daughter|postman|runner|jogger) by the (face|throat|neck|arm|leg|hand|head|ankle)\b',
        # ... a dog named by its breed with hold of someone ("big staffy type has hold of a kid's arm")
        r'\b(dog|dogs|staffy|staffie|staffies|pit ?bulls?|xl bully|bully|rottweiler|rottie|alsatian|german shepherd|husky|akita)( \w+){0,3} (has |s |is |just |has just |still ){0,3}(got )?hold of '
        r'(a |the |my |our |his |her |their |this )?(little |young |small |old |elderly )?(kids?|child|boy|girl|baby|toddler|man|woman|lady|someone|somebody|lad|lass|son|daughter)s?\b',
        # dogs on someone who is down ("2 big dogs have got a colleague on the ground ... biting her legs")
        All(r'\b(dog|dogs|staffy|staffie|staffies|pit ?bulls?|xl bully|xl bullies|rottweilers?|alsatians?)\b',
            r'\b(biting|mauling|savaging|ripping at|tearing at|attacking|got hold of|latched on to|locked on to) (her|him|them|me|us|my|his|their|a|the)\b',
            r'\b(on the ground|on the floor|pinned|cant get (it|them) off|wont let go|will not let go|owner nowhere|owners nowhere|no owner|bleeding|blood everywhere)\b'),
        # a bull, a cow or a horse that has gone for someone who is down ("bull charged us,
        # passenger's down and it's still going at her")
        Then(r'\b(bull|bulls|cow|cows|cattle|bullock|bullocks|horse|stag)s? (\w+ ){0,2}(charged|charging|attacked|attacking|went for|going for|trampled|trampling|knocked|butted|butting)\b',
             r'\b(still going at|still on (her|him|them)|(hes|shes|theyre|s|is|are) down|on the ground|not moving|not getting up|cant get up|trampling|wont stop)\b'),
        # someone who touched a live line ("envelope's over the power lines ... he's on the ground twitching")
        All(r'\b(power lines?|overhead lines?|overhead cables?|overhead (tram |power )?wires?|tram wires?|pylons?|live wires?|live cables?|electrocuted|electric shock|substation|third rail|'
            # something electrical that sparked ("grabbed the charging rack when it sparked and she's stuck to it")
            r'(it|rack|socket|plug|cable|lead|wire|machine|panel|box|heater|charger|fuse box) (just )?(sparked|sparking|arced|arcing|went bang)'
            # ("grabbed the dimmer rack to reseat a 15 amp and he's stuck to it, jerking")
            r'|(grabbed|touched|holding|reached into|reseating|plugging in|unplugging) (the |a |an )?(\w+ )?(dimmer|dimmers|rack|socket|plug|cable|lead|wire|panel|fuse ?box|distribution board|isolator|consumer unit|junction box|lamp|light fitting)s?)\b',
            r'\b(twitching|fitting|not moving|not breathing|unconscious|on the ground|collapsed|cant let go|stuck to (it|the)|thrown (back|off)|smoking|burnt|burned|wont wake|(hes|shes|theyre|he is|she is|they are) down)\b'),
        # a small child out on a roof or a ledge alone ("a toddler crawling along a conservatory roof, no grown-ups")
        All(r'\b(toddler|baby|little (one|boy|girl|un)|child|kid|small (boy|girl|child)|(\d|one|two|three|four|five) (year|yr) old|\dyo)\b',
            r'\b(on|along|across|onto|up on|out on) (a |the |their |our |his |her )?(conservatory |garage |shed |flat |extension |kitchen )?(roof|window ?ledge|windowsill|ledge|balcony railing)\b',
            r'\b(no (grown ups|grownups|adults|one|parents)( \w+){0,3}|nobody (\w+ ){0,2}(watching|with (him|her|them)|about|around)|on (his|her|their) own|alone|near the edge|by the edge|right on the edge)\b'),
        # bleeding that will not be stopped ("blood absolutely everywhere ... soaking through the jeans")
        r'\bblood (is |s )?(absolutely |literally |just )?(everywhere|pouring|pumping|spurting|gushing|pissing out)\b'
        r'|\b(soaking|soaked) through (the |his |her |their |my )?(\w+ )?(jeans|trousers|towel|towels|tea towel|shirt|top|bandage|clothes|t shirt)\b'
        r'|\b(wont|will not|cant|cannot) (stop (the )?bleeding|stop the blood)\b'
        # ... or held in by hand ("holding his side, blood coming through his fingers")
        r'|\bblood (is |s )?(coming |pouring |seeping |oozing |running |dripping |all )(out )?(through|between|from under) (his|her|their|my|your) (fingers|hands)\b',
        r'\boverdos(e|ed|ing)\b|\bod\b|\boded\b|\boding\b',
        r'\b(not|isnt|is not|stopped|cant stop|cannot stop|struggling) breathing\b',
        r'\bunconscious\b|\bunresponsive\b|\bwont wake up\b|\bwill not wake up\b|\bcollapsed\b',
        r'\b(bleeding|blood) (badly|heavily|everywhere|a lot|loads)\b',
        # self-harm with blood now ("she's cut herself and there's blood everywhere", "they have harmed themselves, it won't stop bleeding")
        Then(r'\b(cut|harmed|hurt|slashed) (himself|herself|themselves|myself)\b', r'\b(blood|bleeding|deep|badly)\b'),
        r'\b(?<!people )(?<!folk )(?<!youngsters )(?<!more )(been|got|getting|was|just been|is being) (stabbed|shot|glassed)\b|\bstabbed (me|him|her|them|someone|my)\b',
        r'\b(having|had) a (fit|seizure)\b',
        r'\b(wont|will not|cant|doesnt|isnt) stop(ping)? bleeding\b|\bbleeding out\b|\blosing (a lot of )?blood\b',
        r'\b(threw|thrown|throwing|chucked) acid\b|\bacid attack\b',
        r'\b(fallen|fell|fall|slipped|tumbled)( (off|from|down) (\w+ ){1,3}?)? (in|into)( the)? ((\w+ ){0,3}of the )?(\w+ )?(canal|river|water|lake|trent|pond|deep end|reservoir|quarry)\b|\bdrowning\b',
        # carried off by the water ("slipped in off the steps ... current's got him")
        r'\b(the )?(current|currents|tide|undertow)( has| s|s)? (got|taken|took|dragging|pulling|pulled|dragged|sweeping|swept) (him|her|them|my \w+|the (kid|child|boy|girl|dog))\b',
        # someone in the water who has not come up ("slipped into the pond ... hasn't come back up")
        Then(r'\b(canal|river|water|lake|trent|pond|deep end|reservoir|quarry|pool|weir|dock|marina)\b',
             r'\b(hasnt|has not|havent|have not|not|didnt|did not|never) (\w+ ){0,2}((come|came|coming|popped) (back )?up|resurfaced|surfaced)\b'),
        # gone under the water and not come up ("went under by the buoy and hasn't come back up")
        Then(r'\b(went|gone|go|goes|going|slipped|pulled|dragged|sank|sunk) under\b',
             r'\b(hasnt|has not|havent|have not|not|didnt|did not|never) (\w+ ){0,2}((come|came|coming|popped) (back )?up|resurfaced|surfaced)\b'),
        # gasping with no breath to speak ("she's just gasping, can't get a word out")
        r'\b(hes|shes|theyre|is|are|just|keeps|started|now|still|and) (just |only )?gasping\b(?! for (a|an|some|my|me|the) (?!breath|air))',
        r'\b(cant|cannot|can not|couldnt) get (a word|words|any words|a breath|her breath|his breath|their breath) out\b',
        # choking now ("lad in bunk 12 is choking on something, going purple")
        r'\b(is|hes|shes|theyre|are|keeps|still|started|now|s) choking\b(?! (up|back|on (his|her|my|their) (words|tears)))',
        r'\b(hes|shes|theyre|is|are|and|now|face|lips) (\w+ )?(going|gone|turning|turned) (blue|bluish|purple|grey|greyish|gray)\b(?! (in the face )?(with|from) (rage|anger|laughing|laughter|the cold|cold))',
        # someone else who can't get a breath ("says she can't get her breath and her lips look off")
        r'\b(cant|cannot|can not|couldnt|could not) get (her|his|their) breath\b(?! back)',
        # no breath seen ("I can't see his chest moving at all")
        r'\b(cant|cannot|can not|couldnt|could not) see (his|her|their) chest (moving|move|going up|rising|rise)\b'
        r'|\b(his|her|their) chest (isnt|is not|not|has stopped|stopped|wont|aint) (moving|rising|going up and down)\b',
        # a room going up in flames ("front room is going up, grandad's still asleep upstairs")
        # (a room "going up", not a building or a tree put up: "a new block is going up next door",
        # "the tree is going up on Saturday")
        r'\b(room|kitchen|bedroom|lounge|living room|front room|back room|caravan|tent)s? (is |s |are )?(going up|gone up)\b'
        r'(?! (in (value|price)|for|by|to|at|on|next|tomorrow|soon|this|\d)\b)'
        r'|\b(house|flat|room|kitchen|bedroom|lounge|living room|front room|back room|shed|garage|caravan|tent|car|van|building|block|shop|stockroom|stock room|'
        r'unit|workshop|warehouse|factory|office|barn|mill|pub|hostel|school|church)s? '
        r'(is |s |are )?(alight|ablaze|in flames|on fire)\b',
        Then(r'\b(?<!since his )(?<!since her )(?<!since my )(?<!after his )(?<!after her )(?<!after my )(?<!from a )(?<!from his )(?<!from her )(?<!after a )(?<!since a )(heart attack|stroke|choking on)\b(?! (last|in|back in|a few|two|three|several|some) (year|years|month|months|week|weeks|ago|january|february|march|april|may|june|july|august|september|october|november|december|19\d\d|20\d\d)\b)', r'\b(now|help|hes|shes|he is|she is)\b'),
        # the signs of a stroke told beside the word ("I think dad's had a stroke, his face has dropped")
        All(r'\bstroke\b', r'\b(face (has |is )?(dropped|drooping|droopy|gone droopy|fallen)|slurring|cant lift (his|her|my) arm|arm (has )?gone (weak|numb|dead))\b'),
        r'\b(lips?|face|skin) (\w+ )?(is |are |r |going |gone |turning |turned )(a )?(funny |weird |strange |bit |light |dark )?(blue|bluish|grey|greyish|purple)\b|\bgoing blue\b'
        # not knowing whether someone is breathing ("I can't tell if he's breathing or not, he's not answering me")
        r'|\b(cant|cannot|can not|not sure i can|dont know if i can) tell (if|whether) (hes|shes|theyre|he is|she is|they are) (still )?breathing\b',
        r'\b(' + _FITTING + r'|seizing|convulsing)\b',
        r'\bchest (pains?|hurts|is hurting|is tight|tightness)\b|\bpain in (my|his|her) chest\b',
        r'\b(hit|banged|smashed|cracked) (his|her|my|their) head\b',
        r'\b(slashed|cut|stabbed|glassed|sliced) (my|his|her|their) (arm|arms|face|hand|hands|leg|legs|neck|throat|back|side|stomach)\b',
        # "he got stabd in his belly", said as it sounds
        # ("stabbed in the back" by colleagues is a figure of speech: the back only with whose it is)
        r'\b(stabbed|stabd|stabed|knifed|shot|glassed|slashed) (in|through) (the|his|her|my|their) (\w+ )?(belly|stomach|tummy|chest|neck|throat|side|leg|arm|head|face|gut)\b'
        r'|\b(stabbed|stabd|stabed|knifed|shot) (in|through) (his|her|my|their) back\b',
        # no longer talking or moving ("he aint tawkin no more"), or gone a strange colour
        r'\b(aint|isnt|is not|not|wont|stopped) (talking|talkin|tawkin|tawking|responding|moving|breathing|breathin) (no more|anymore|any more)\b',
        r'\b(gone|going|turned|turning|gone a|turned a) (a )?(funny|funy|weird|strange|odd|blue|grey|gray|purple) (colour|color|colur|colo)\b',
        r'\bspiked (me|her|him|them|us)\b',
        r'\b(been|was|got|getting|is|think (she|he|they|i) (was|were|has been|have been|s been)) spiked\b|\bspiked (my|her|his|their) drink\b',
        r'\bcant (stand up|move|breathe|breath|feel (my|his|her) (legs|arms|body))\b|\bcannot (move|breathe)\b',
        r'\b(?<!no )(?<!not a )(?<!any )(smell|smells|smelling|smelt) (of )?gas\b|\b(?<!no )(?<!not a )(?<!any )gas leak\b',
        # gas smelt in other words ("the whole landing stinks of gas", "massive gas stink in the site office")
        r'\b(stinks|stinking|stank|reeks|reeking|stinks proper|honks|honking|whiffs) (\w+ ){0,2}of gas\b|\b(?<!no )(?<!not a )(?<!any )gas (stink|stench|whiff|pong|smell|odour|odor)\b|\bsmells? like (gas|rotten eggs)\b|\b(lel|gas) (alarm|detector|monitor) (is |s |has )?(gone|going|went) (into alarm|off)\b|\bgone into lel alarm\b',
        # someone pinned under something heavy ("one of the lads is pinned under the trunk")
        r'\b(pinned|trapped|stuck|crushed|wedged) (under|underneath|beneath) (a|the|that|this|his|her|their|an) (\w+ )?(tree|trunk|branch|log|car|van|lorry|wall|rubble|pallet|pallets|beam|girder|machine|forklift|slab|scaffold|tractor|bike|motorbike|fridge|wardrobe)\b',
        # a fall with a broken limb ("fell off scaffold ... leg facing wrong way, cant stand")
        r'\b(leg|arm|ankle|foot|knee|wrist) (is |s )?(facing|pointing|bent|going|twisted) (the )?wrong way\b',
        Then(r'\b(fell|fallen|come|came) (off|from) (the |a )?(scaffold|scaffolding|roof|ladder|ladders|tower)\b',
             r'\b(cant (stand(?! (for|it|him|her|them|the|being|that|people|heights))|move|get up|feel)|not moving|unconscious|out cold|bleeding|screaming)\b'),
        r'\b(overheating|not moving|isnt moving|is not moving|stopped moving|not responding|isnt responding)\b(?! to (texts|text|emails|email|calls|messages|letters|my|our|me|us|the council|complaints))(?<!\bim not moving)(?<!\bwere not moving)(?<!\bi am not moving)(?! (out|house|away|home|anywhere|on|forward))',
        # someone lying there who hasn't moved ("a fella lying by the fountain who hasn't moved for ages")
        # (not someone idle on a sofa all day: "lying on the sofa and hasn't moved all day, just gaming")
        Then(r'\b(lying|lay|laid|slumped|collapsed|sprawled|face down|flat out) (\w+ ){0,6}?(on|by|in|at|near|outside|against|across)\b'
             r'(?! (the |his |her |their |my |a )?(sofa|settee|couch|bed|sun|beach|sunbed|lounger|hammock)\b)',
             r'\b(hasnt|has not|havent|have not|not) (moved|stirred)\b(?! (out|in|on|house|away|forward|a finger|anything|since (we|i|they|you|he|she) (moved|got|came|arrived)|all (day|morning|afternoon|evening|weekend)|for days))'),
        r'\b(hit|run over|knocked down|knocked over) by a (car|van|bus|lorry|bike|motorbike)\b|\b(car|van|bus|lorry|motorbike) (has )?(just )?(hit|run over|ran over|knocked down|knocked over) (a|my|the|someone|somebody)\b',
        # (not drink had in passing: "I've had too much prosecco to google properly")
        r'\b(took|taken|had|done|did|taking) (way )?too (much|many)\b(?! (to drink|drink|booze|wine|prosecco|beer|beers|cider|vodka|gin|rum|whisky|fizz|champagne|lager|sugar|coffee|caffeine|food|cake|chocolate|time|fun)\b)',
        r'\b(pushed|fell|fallen|thrown|threw) (\w+ )?down the stairs\b',
        r'\bbleeding from (my|his|her|the|their) (head|face|mouth|neck|chest|stomach)\b',
        r'(?<!\bi )(?<!\bi had )(?<!\bid )\bpassed out\b|\b(cant|cannot|can not|wont|will not) wake (her|him|them|up)\b|\bturning blue\b',
        # (smoke as a thing, not a habit: "none of us even smoke", "he doesn't smoke in the flat")
        Then(r'\b(' + _SMOKE + r'|flames|fire)\b',
             r'\b(flat|house|building|floor|room|stairs|trapped|screaming|inside|burning|coming|hut|cabin|portakabin|classroom|still in there|jammed)\b'),
        # a place filling with smoke ("the flat is full of smoke", "the stairwell's filling up with smoke")
        r'\b(house|flat|building|kitchen|room|bedroom|lounge|living room|stairwell|stairs|hallway|hall|landing|corridor|block|home|car|shop|office|ward|loft|garage|stockroom|warehouse)s? '
        r'(is |s |are )?(now |still |all )?(filling|filled|full|thick) (up )?(with|of) (black |thick |grey )?smoke\b',
        r'\b(house|flat|building|car|home) (is )?(on fire|burning)\b|\bpetrol bomb\b|\bset fire to\b(?! (the |a |some |our |their |two |three )?(wheelie |communal )?(bins?|bin stores?|rubbish|litter|grass|skips?|bus shelters?|compost( bays?| heaps?| bins?)?|sheds?|fences?|hedges?|bushes|greenhouses?|bonfires?|leaves|tyres?|mattress(es)?|trolleys?|fields?))',
        r'\b(poured|pouring|poured out|spread|splashed|splashing) (petrol|fuel|diesel|lighter fluid|paraffin)\b',
        r'\bburn (the|my|our|this|your) (house|flat|place|home|door)\b|\bburn (me|us|her|him|them) (alive|out)\b',
        r'\bset (my|the|our|his|her|their|this|your) (\w+ )?(house|flat|home|car|door|place|shop) (alight|on fire|ablaze)\b',
        # fumes from a boiler or heater: headache or dizziness, then confusion or no answer
        All(r'\b(boiler|gas fire|gas heater|heater|flue|carbon monoxide|co alarm|fumes|generator|barbecue|bbq|log burner|wood burner|the heating (went|came|has been|was) on)\b',
            r'\b(headaches?|dizzy|dizziness|drowsy|sleepy|light headed|half asleep|(hard|difficult) to wake)\b',
            r'\b(slurr\w*|confused|collapsed|passed out|not picking up|not answering|isnt answering|wont answer|wont wake|unconscious|vomit\w*|being sick|(hard|difficult) to wake'
            # ("one of the juniors has gone really drowsy on the sofa and I can't get much sense out of her")
            r'|(cant|can not|cannot) get (much |any )?sense out of (her|him|them)|not making (any )?sense)\b'),
        # a beating, then signs now ("pal got stamped on in the doorway, he can't get up and keeps being sick")
        Then(r'\b(got|been|was|getting|just been|has been|have been) (stamped on|kicked in the head|jumped|battered|beaten up|knocked out|booted in the head)\b'
             r'|\b(stamped|stamping|jumped) on (me|him|her|them|us|my|his|their)\b',
             r'\b(cant get up|cannot get up|wont get up|keeps being sick|being sick|throwing up|not moving|wont wake|bleeding|unconscious|cant stand|not making sense)\b'),
        # a small child who has swallowed something ("my toddler has swallowed some of my tablets")
        Then(r'\b(toddler|baby|babys|child|kid|little one|little boy|little girl|year old|month old|son|daughter|grandson|granddaughter)\b',
             r'\b(swallowed|eaten|ate|drunk|drank|chewed|got into) (some|a|an|one|two|three|a few|a handful of|a load of|loads of|all|half|some of|one of|a couple of|my|mummys|daddys|mums|dads|nans|the) '
             r'(\w+ ){0,3}(pills|tablets|capsules|meds|medicine|medication|paracetamol|methadone|pregabalin|gabapentin|tramadol|codeine|sertraline|'
             r'bleach|button batter(y|ies)|batter(y|ies)|magnets?|detergent|washing (tablets?|capsules?|pods?)|pods|liquitabs?|dishwasher tablets?|'
             r'antifreeze|weed ?killer|rat poison|poison|white spirit|e ?liquid|vape liquid)\b'),
        # breath barely heard ("he's gone grey on the sofa and I can barely hear him breathing")
        r'\b(barely|hardly|only just|can barely hear (him|her|them)|can hardly hear (him|her|them)|cant hear (him|her|them)) (breathing|breathin|breathe)\b',
        Then(r'\b(hes|shes|theyve|theyre|he has|she has|face has|face is|lips are|lips have|skin has|skin is) (gone|going|turned|turning) (grey|gray|blue|purple)\b',
             r'\b(breath\w*|sofa|settee|floor|wont wake|used|using|overdose|drugs|needle|pills|not moving|not responding)\b'),
        Then(r'\b(petrol|lighter fluid|paraffin|fuel|accelerant)\b', r'\b(alight|ablaze|on fire|set fire|burn|torch|lit|going up)\b'),
        # someone through the ice ("walked out on the ice at the far end and it's just gone under him")
        r'\b(fell|fallen|falling|gone|went|going|broke|broken) (\w+ )?through the ice\b',
        Then(r'\b(on|onto|across) the (frozen )?ice\b', r'\b(gone under|went under|going under|gone through|went through|in up to (his|her|their|the) (chest|neck|waist|shoulders)|cant get out)\b'),
        # a vehicle driven into people ("car's mounted the kerb into the pickup crowd ... kids under it")
        r'\b(car|cars|van|lorry|truck|vehicle|bus)s? (has |have |is |just )?(\w+ ){0,3}(mounted|ploughed|plowed|driven|drove|smashed|crashed|gone|went|careered|swerved) '
        r'(\w+ ){0,4}(into|through) (the |a |all the )?(\w+ )?(crowd|people|kids|children|pupils|parents|queue|pedestrians)\b',
        r'\b(kids?|child|children|someone|somebody|people|a (man|woman|boy|girl|kid|child|lad)|baby|toddler|pram|buggy) (is |are |s )?(still )?(trapped |pinned |stuck )?'
        r'under (it|the car|the van|a car|a van|the bus|the lorry|the truck|the wheels|the vehicle)\b',
        # someone under something that came down, with signs ("racking's come down and our Gaz is under it, can hear him groaning")
        All(r'\b(is|s|are|hes|shes|theyre|still|trapped|pinned|stuck|crushed) (\w+ )?(under|underneath|beneath) (it|them|that|the|a)\b',
            r'\b(groan\w*|moan\w*|screaming|crying out|cant move|cannot move|not moving|cant get (him|her|them) out|bleeding|unconscious|not breathing|cant breathe|cant feel|gone (very |really |all )?(quiet|silent)'
            # ("he's not answering us and his leg's bent the wrong way", "I can see her feet, she's not crying")
            r'|(hes|shes|theyre|he is|she is|they are|s) not (answering|responding|crying|talking|making a sound)|(leg|arm|neck|foot)s? (is |s |are )?bent|can (only )?see (his|her|their) (feet|legs|hand|hands|arm|arms|head)'
            # ("she's pinned under it and only her legs are moving")
            r'|only (his|her|their) (\w+ )?(legs?|arms?|feet|foot|hands?|fingers|head) (is |are )?(moving|twitching))\b'),
        # something big come down with people on or under it ("bouncy castle's just gone down with loads of kids on it ... cant see two of them under it")
        All(r'\b(bouncy castle|inflatable|marquee|gazebo|stage|scaffold\w*|racking|shelving|shelves|roof|ceiling|wall|stand|stack of \w+|pallets?|truss|lighting rig|speaker stack|trolley|mat trolley|bookcase|wardrobe|tv|telly|goalposts?|gate)s? (has |s |is |have |just |has just |is just ){0,2}(gone down|collapsed|come down|came down|fallen|fell|caved in|given way|deflat\w*|toppled|tipped over|tipped|gone over|went over)\b',
            r'\b(under (it|them|there|the \w+)|on it|trapped|pinned|stuck|buried|cant (see|find|get to) (\w+ ){0,3}(of )?(them|him|her|the kids)|screaming|not moving)\b'),
        # fire that has caught where someone sleeps ("the fire's caught the tent, and I know old Stevie sleeps in there. Haven't seen him come out")
        All(r'\b(flames|on fire|alight|ablaze|caught fire|burning|caught (the|his|her|their) (\w+ )?(tent|caravan|van|shed|boat|bedding|mattress|cabin|hut)|(barn|house|shed|stable|stables|garage|workshop|kitchen|chip pan|caravan) fire)\b',
            r'\b((sleeps|sleeping|kips|kipping|lives|living|dosses|dossing) in (there|it|that|the (tent|caravan|van|shed|boat|cabin|hut))|(havent|have not|hasnt|has not|not|never|didnt) (seen|heard) (him|her|them|anyone|anybody) (come|coming|get|getting|got|came) out'
            # someone who went in and is not out ("Sue went in for the horses and hasn't come out")
            r'|(went|gone|ran|run|go|goes|dashed) (back )?in(to)? (\w+ ){0,5}?(and )?(hasnt|has not|havent|have not|not|never|didnt|did not) (come|came|got|get|been) (back )?out)\b'),
        # squashed between things, with signs ("the racking rolled shut on her, she's squashed between two bays, going purple")
        All(r'\b(squashed|crushed|trapped|pinned|wedged|jammed|stuck|caught) (between|under|beneath|in)\b',
            r'\b((going|gone|turning|turned) (purple|blue|grey|gray)|(cant|can not|cannot|struggling to) breathe|not breathing|cant get (her|him|them) out|'
            r'cant (wind|move|shift|lift|get|push|pull) (it|them) (back|off|up|open|apart))\b'),
        # a small child shut in a hot vehicle ("the driver's locked the coach and gone off ... 31 degrees ... banging on the back window crying")
        All(r'\b(toddler|baby|little (one|boy|girl|un)|child|kid|(shes|hes|she is|he is) [1-7]\b|(\d|one|two|three|four|five|six) (year|yr) old)\b',
            r'\b(locked (the|his|her|their|my|our) (car|coach|van|minibus|bus)|(locked|left|shut|stuck) (\w+ ){0,3}in (the|a|his|her|their|my|our) (car|coach|van|minibus|bus|vehicle))\b',
            r'\b(degrees|boiling|roasting|baking|sweltering|scorching|hot|heat|sun|sweat\w*|going (very |really |bright )?red|floppy|banging on (the )?(\w+ )?window)\b'),
        # a poisonous plant or mushroom eaten, with signs ("I think I've given him a death cap ... vomiting and now he's very confused")
        All(r'\b(death caps?|destroying angels?|poisonous (mushrooms?|fungi|toadstools?|berries|plants?)|toadstools?|hemlock|foxgloves?|yew berries|deadly nightshade|wild mushrooms?)\b',
            r'\b(ate|eaten|eating|cooked|picked|given (him|her|them|me)|had some|swallowed)\b',
            r'\b(been sick|being sick|vomit\w*|throwing up|threw up|confused|not making sense|drowsy|collapsed|passed out|wont wake|cant wake|unconscious|fitting|cant breathe|struggling to breathe)\b'),
        # someone on a railway line with a train coming ("kid on the line at the level crossing, barriers are down, the 14:07 is due")
        All(r'\b(kids?|child|children|boy|girl|lad|lads|someone|somebody|man|woman|bloke|person|people|teenagers?|toddler|hes|shes|theyre|he is|she is|they are) (is |are |s |still |just )?(\w+ )?(on|onto|across|along|down on|sat on|sitting on|lying on|walking on|playing on) (the )?(line|lines|track|tracks|railway|rails)\b',
            r'\b(trains?(?! (used to|ran|no longer|stopped running|dont run))|barriers (are |is |s )?down|level crossing|(is |s )due (any|in|now))\b'),
        # a carbon monoxide reading, and someone who cannot be woken ("CO monitor reading 300ppm ... can't rouse her")
        All(r'\b(co|carbon monoxide) (alarm|detector|monitor|reading|level)s?\b',
            r'\b(cant|cannot|can not|wont|will not) (rouse|wake|get) (her|him|them|the kids|the baby|my \w+|our \w+)( up)?\b|\b(unconscious|not responding|collapsed)\b'),
        # a boiler's signs (a banging head, being sick) and children who cannot be got up
        All(r'\b(boilers?|gas fires?|gas heaters?|heaters?|flues?|fumes)\b',
            r'\b(banging head|headaches?|been sick|being sick|vomit\w*|dizzy|drowsy)\b',
            r'\b(cant|cannot|can not|wont) (get|wake|rouse) (them|him|her|the kids|the children|the baby|my \w+|our \w+)( up)?\b'),
        # a carbon monoxide alarm sounding, and someone with its signs ("CO alarm screaming, wife's been sick and keeps asking what day it is")
        All(r'\b(co|carbon monoxide) (alarm|detector|monitor)s? ((in|on) (the|our|my) (\w+ ){0,3})?(is |s |are |has |keeps |just |been |keep )?(going off|gone off|went off|screaming|beeping|sounding|ringing|bleeping|shrieking|wailing|chirping|chirped|chirps|beeped|bleeped)\b',
            r'\b(been sick|being sick|vomit\w*|throwing up|threw up|confused|keeps asking|asking what day|not making sense|drowsy|dizzy|headaches?|collapsed|passed out|wont wake|cant wake|unconscious|sleepy|light headed|fainted|cant rouse|wont rouse|'
            r'(thumping|pounding|banging|splitting) (heads?|headaches?)|feel(ing)? (sick|woozy|faint|funny|rough)|woozy|groggy)\b'),
        # a small child into a household or yard product, with signs ("got hold of the tube of wormer paste ... dribbling, wobbly and sleepy")
        All(r'\b(toddler|baby|little one|child|kid|(\d|one|two|three|four|five) (year|yr) old|little (boy|girl)|son|daughter)\b',
            r'\b(got hold of|got into|been into|been at|getting into|got at|into the|licked|sucking|sucked|chewing|chewed) (a |an |the |my |some |his |her |an open |the open )?(\w+ ){0,4}(tube|bottle|tub|packet|pot|can|tin|spray|paste|tablets?|pills?|liquid|cleaner|gel|cream|pods?|capsules?|wormer|pesticide|insecticide|poison|medicine)\b',
            r'\b(dribbling|drooling|round (his|her|their) mouth|on (his|her|their) (lips|mouth)|sleepy|drowsy|wobbly|floppy|unsteady|being sick|vomit\w*|wont wake|not waking|fitting|twitching|foaming)\b'),
    ),
    "violence": (
        # breaking into a place with people inside ("breaking the shutter of our shop with iron rods, me and my father are inside")
        All(r'\b(breaking|smashing|kicking|forcing|bashing|hammering|prising|ramming|battering|booting|cutting|trying to (break|force|smash|kick)) '
            r'(down |in |open |through )?(the |our |my |his |her |their |this )?(\w+ ){0,3}(shutters?|doors?|windows?|gates?|locks?|garage|fence)\b',
            r'\b(in here|locked in|hiding|barricaded|(we|were|we are|im|i am|me and \w+ (are|r)|the kids are|my \w+ (is|are)) (still )?(in|inside|upstairs|in the back)'
            r'|(people|someone|somebody|kids|children|family|staff|customers|we|were|im|i am|theyre|they are|hes|shes) (are |is |still |all ){0,3}(stuck )?inside)\b'),
        # (to "get" someone, not to get one's licence back: "how do I get my driving licence back ... clear now")
        Then(r'\b(kill|murder|stab|shoot|strangle|hurt) (me|us|her|him|them|my \w+|the kids?|the baby)\b(?! before\b)'
             r'|\bget (me|us|her|him|them|my (mum|mam|dad|wife|husband|partner|son|daughter|kids|children|baby|sister|brother|girlfriend|boyfriend)|the kids?|the baby)\b'
             r'(?! (back|a|an|the|some|help|out|home|to|into|in|on|off|through|started|sorted|support|advice|seen|checked|registered|ready|dressed|there|here'
             r'|banned|barred|kicked|sacked|arrested|excluded|expelled|told off|caught|nicked|evicted|chucked|thrown out|blamed|labelled|judged))',
             r'\b(tonight|now|today|going to|gonna)\b'),
        r'\b(hell|shell|theyll|he will|she will|they will|hes going to|shes going to|hes gonna|shes gonna|says he will|says she will) (kill|murder|stab|shoot|strangle|hurt|batter|burn) (me|us|her|him|them|my|the)\b',
        r'\b(kill|murder|stab|shoot) (me|us)\b',
        r'\b(hes|shes|theyre|he is|she is|they are|is|are|someone is|somebody is|someones|im being|i am being) (\w+ ){0,4}(strangling|choking|hitting|beating|attacking|stabbing|punching|kicking|raping|battering|hurting|dragging|chasing|smashing|threatening|throwing|slamming|shoving|pinning) (me|us|her|him|them|my|mum|dad|the|a|his|our|their)\b'
        # ("following" only of a person: "a review is to be carried out following a death" is no one followed)
        r'|\b(hes|shes|theyre|he is|she is|they are|is|are|someone is|somebody is|someones|im being|i am being) (\w+ ){0,4}following (me|us|her|him|them|my|mum|dad|(a|the) (girl|woman|boy|man|child|kid|lad|lass|teenager|pupil|lady|student))\b',
        r'\bjust (punched|headbutted|hit|stabbed|attacked|kicked|raped|assaulted|strangled|choked|beat|battered|smacked|slapped|threatened|mugged|robbed) (me|us|her|him|my|them)\b',
        # a small child alone by an open window or a drop ("nobody's seen her come back ... I can see him on the floor by the window, and it's wide open")
        All(r'\b(toddler|baby|little (boy|girl|one)|\d+ months?( old)?|(\d|one|two|three) (year|yr) old)\b',
            r'\b(on (his|her|their) own|alone|by (himself|herself)|nobody (with|home|in)|no one (with|home|in)|left (him|her|them)|went out|gone out|not come back|nobodys seen)\b',
            r'\b(windows? (is |s |are )?(wide )?open|wide open|open window|on the (balcony|ledge|window ?sill|windowsill)|gone (really |very )?quiet)\b'),
        # a tool held as a weapon near the writer ("my ex is in the car park next to my car with a tyre iron in his hand")
        All(r'\b(tyre iron|wheel brace|crowbar|crow bar|hammer|baseball bat|cricket bat|axe|hatchet|iron bar|metal bar|scaffold pole|golf club|cleaver|broken bottle|screwdriver) '
            r'(in (his|her|their) hands?)\b|\b(holding|waving|swinging|brandishing|wielding) (a|an|the|his|her|their) (\w+ )?(tyre iron|wheel brace|crowbar|crow bar|hammer|baseball bat|cricket bat|axe|hatchet|iron bar|metal bar|scaffold pole|golf club|cleaver|broken bottle|screwdriver)\b',
            r'\b(followed me|following me|waiting for me|wait all day|outside|car park|at the door|coming (for|at|towards)|my ex|threaten\w*|shouting|screaming)\b'),
        Then(r'\b(chasing|coming for|after|following|threatening) (me|us)\b', r'\b(knife|knives|machetes?|guns?|blades?|weapon|bat|hiding|hide|scared)\b'),
        Then(r'\b(knife|knives|machetes?|guns?|handguns?|pistols?|firearms?|blades?|weapon)\b(?! crime)', r'\b(chasing|coming|outside|at the door|in the house|threaten\w*|banging on (the |my |our |her |his )?(\w+ )?door|waiting for (me|us|her|him|them)|(im|i am|were|we are|shes|she is|hes|he is|theyre|they are|me and \w+ are) hiding in (the|a|my|our|her|his|their)|pointing|pointed|waving|holding|waistband|in his pocket|in her pocket|on him|on her|(tucked |stuck |shoved )?(in|into|under) (his|her|their) (belt|waistband|coat|jacket|trousers|hoodie|pocket)|(sticking|poking) out of (his|her|their) (\w+ )?(pocket|coat|jacket|waistband|bag|hoodie|sleeve|belt|trousers)|(showed|flashed|showing|flashing) (me|us|her|him|them))\b'),
        r'\b(trying|(?<!when someone )(?<!when somebody )(?<!when they )(?<!when he )(?<!when she )(?<!time someone )(?<!night someone )tried) to (get|break|force his way|force her way) in\b',
        # "he got knife 2 my mum neck", "up against the wall by her throat"
        r'\b(knife|knives|blade|gun|machete|box cutter|stanley knife|razor|cutter|scissors|screwdriver|broken bottle) (2|to|at|against|on|in) (my|her|his|their|the|your|our|a|an|this|that|some|someones|somebodys) (\w+ )?(neck|throat|throte|face|head|chest)\b',
        r'\b(by|round|around) (the|her|his|my|their) (throat|throte|neck)\b',
        r'\b(kicking|smashing|booting|breaking) (the|my|our|her|his|their) (\w+ )?(door|window)s? (in|down)\b',
        # someone just taken somewhere by force ("he's dragged my daughter into the bathroom")
        r'\b(hes|shes|theyve|he has|she has|they have) (just )?(dragged|pulled|shoved|pushed|locked|thrown|carried) (me|us|her|him|them|my \w+) (into|in|out of|down|up|onto|to) (the|a|my|our|her|his|their) (\w+ )?(bathroom|bedroom|room|toilet|loo|kitchen|car|van|cellar|basement|garden|stairs|shed|attic|cupboard|wardrobe|hallway|floor)\b',
        Then(r'\b(left him|left her|left mine|left my (partner|husband|wife|boyfriend|girlfriend)|my ex|ex partner)\b',
             r'\b(?<!keeps )(?<!kept )(?<!always )(?<!keep )(parked|waiting|sat|sitting|standing|is) outside\b'),
        Then(r'\b(hit|hits|hitting|beat|beats|beating|hurt|hurting|smacking|punching|kicking|shaking) (the|a|his|her|that|this|their) (\w+ )?(boy|girl|child|kid|baby|toddler|little one)\b',
             r'\b(cry\w*|scream\w*|stop|now|quiet|help)\b'),
        All(r'\blocked (the|my|our|all the) (\w+ )?(door|doors|windows)\b|\blocked (me|us) in\b',
            r'\b(cant get out|cannot get out|can not get out|no way out|trapped|(taken|took) my (passport and my |passport and )?(phone|keys|passport))\b'),
        r'\b(held|holding|put|pushed|pressed|holds) (a |the )?(pillow|cushion|hand|hands|bag|plastic bag) (over|on) (my|her|his|their) (face|mouth|head)\b',
        Then(r'\b(trying|rattling|trying to open|turning|pulling at) (my|the|our) (back |front |side |patio |bedroom |kitchen |garden )?(door ?handle|handle|door|lock|window)s?\b', r'\b(now|right now|rn|hes|shes|someone|somebody|some1|sum1|man|on my own|im alone|again)\b'),
        Then(r'\b(?<!\bi )(?<!\bwe )turned up\b(?! (from|a few|later|each|every|after))(?! with (in|on|at|last|this|after|before)\b| with (a |an )?(black eye|bruises?|bruised \w+|cuts?|scratch(es)?|marks?|injur\w*|split lip|broken \w+))(?! (\w+ ){0,4}(\d+|two|three|four|five|six|several|a few|a couple of|many) times)', r'\b(doors?|windows?|house|flat|outside)\b'),
        # someone dragged by the hair, across the floor or into a room or a car ("the live view has just
        # shown her partner dragging her across the floor by her hair into the kitchen")
        r'\b(dragging|dragged|yanking|yanked|pulling|pulled) (her|him|me|them|us|my \w+|the (kids?|child|baby|girl|boy|woman|man|lad|lass)) (\w+ ){0,4}by (her|his|their|my|the) hair\b'
        r'|\bdragging (her|him|me|them|us|my \w+|the (kids?|child|baby|girl|boy|woman|man|lad|lass)) (across|along|down|up) the (floor|ground|road|street|car park|pavement|room|hall|hallway|landing|stairs)\b'
        r'|\bdragging (her|him|me|them|us|my \w+|the (kids?|child|baby|girl|boy|woman|man|lad|lass)) (\w+ ){0,2}into (a |the |his |her |their )?(car|van|kitchen|room|bedroom|bathroom|house|flat|bushes|alley|woods|back)\b',
        # shut in a freezer, a cold store or a container ("stuck in the walk-in freezer, her banging's getting weaker")
        r'\b(stuck|trapped|locked|shut) (in|inside) (the |a |an |our |their )?(walk in )?(freezer|fridge|chiller|cold store|cold room|shipping container|container|car boot|boot of (a|the|his|her|their) car)\b'
        r'|\b(banging|knocking|shouting|crying|voice|breathing) (is |s )?(getting |going )(weaker|quieter|fainter)\b',
        # made to do things on camera now, or pictures shared ("he's making me stay on video and do stuff or he posts my pics")
        All(r'\b(or|else|otherwise) (he|she|they|hell|shell|theyll|he will|she will|they will|hes going to|shes going to|theyre going to) (post|posts|share|shares|send|sends|leak|leaks|put|puts|show|shows) (my|the|our|her|his) (pics|pictures|photos|nudes|videos?|images|vids)\b',
            r'\b(rn|right now|now|watching me|on (video|cam|camera|facetime|the call|a call)|(making|forcing|makin) (me|her|him))\b'),
        # a child taken from their bed or pram ("she's been taken from her bed, the window is open")
        r'\b(she|he|they|baby|child|daughter|son|kid|toddler|girl|boy|shes|hes|theyve|theyre)( has| had| was| were| is| have| s)?( just)?( been)? (taken|snatched|grabbed|lifted) (out of|from) (her|his|their|my|the) (bed|cot|crib|bedroom|room|pram|buggy|pushchair|car seat)\b',
        r'\bscream\w* (for )?help\b|\b(shouting|crying|calling) (out )?for help\b',
        Then(r'\b(being|been) (held|kept|locked|taken(?! (advantage|seriously|into account|into care|to court|over)\b)|dragged|bundled|forced|snatched|abducted|kidnapped)\b', r'\b(van|car|house|room|flat|against|inside|there|in)\b'),
        r'\b(going to|gonna|threaten\w*|threat\w* to|will|wants to|about to|trying to|tried to) (kill|murder|stab|shoot|strangle|burn)\b',
        r'\b(has|got|holding|with|waving|carrying|pulled) (a|his|her|their) (knife|gun|blade|machete|weapon|bat)\b',
        Then(r'\b(banging|kicking|pounding|smashing) (on|at|in|down)? ?(all )?(the|my|our) (door|window)s?\b', r'\b(kill|hurt|threaten\w*|scared|help|get in)\b'),
        # (kicking a thing is not a person: "kicking the shutter", "kicking a ball about outside")
        Then(r'\b(attacking|hitting|beating|punching|headbutting|kicking(?! off| (the|a|our|my|his|her|their|some) (\w+ )?(shutters?|bins?|balls?|football|fence|gate|wall|cars?|tyres?|cans?|stones?|leaves|lamp post|wheelie bin|vending machine)\b)|strangling|choking|stabbing|hurting|assaulting|raping|battering) ' + _PERSON + r'?\b', r'\b' + _NOW + r'\b'),
        Then(r'\b' + _NOW + r'\b', r'\b(attacking|hitting|beating|punching|kicking(?! off)|strangling|choking|stabbing|hurting|assaulting|raping|battering)\b'),
        Then(r'\b(?<!for men )(?<!for women )(?<!for people )(?<!for anyone )(?<!for someone )(?<!for those )(?<!for victims )(being|is being|are being|getting) (attacked|hit|beaten|hurt|abused|assaulted|raped|strangled|choked|kidnapped|stabbed|threatened)\b', r'\b' + _NOW + r'\b'),
        r'\b(is|are|am|im|being) being (attacked|beaten|hurt|assaulted|raped|strangled|choked|kidnapped|stabbed|dragged|abducted|battered)\b',
        r'\b(is|are|am|im|being) (being )?(dragged|bundled|forced) (into|in)\b',
        Then(r'\b' + _NOW + r'\b', r'\b(?<!for men )(?<!for women )(?<!for people )(?<!for anyone )(?<!for someone )(?<!for those )(?<!for victims )(being|is being|are being|getting) (attacked|hit|beaten|hurt|abused|assaulted|raped|strangled|choked|kidnapped|stabbed)\b'),
        # (not "broke into the bin store" last month: a place no one is in)
        Then(r'\b(' + _BROKE_DOWN + r'breaking(?! down (in |into )?(tears|crying))|' + _BROKE_DOWN + r'(?<!got )(?<!get )(?<!gets )(?<!was )(?<!were )(?<!been )(broken|broke)(?! into (the |a |our |their |my |his |her )?(bin|bins|bin stores?|sheds?|garages?|cars?|vans?|lock ?ups?|allotments?|yard|storage|cellar))'
             # (someone who "broke down at the door" wept: no door was broken)
             r'|trying to get|kicking the door|smashing)( in| into| down)\b(?! (at|on|in|when|and (cried|wept|sobbed|said|told)|crying|in tears|said|saying|told|telling|sobbing|weeping|completely|totally|a bit|in front of)\b)', r'\b(now|house|flat|home|door)\b'),
        # (a place that "got broken into" is an event told after it, unless the burglars are still there)
        Then(r'\b(got|get|gets|was|were|been) broken (in|into)\b', r'\b(right now|as we speak|still (in|inside|there|here|in there)|(are|is|theyre|hes|shes) (still )?(inside|in the (house|flat) now))\b'),
        Then(r'\b(locked in|trapped|held|kept) ', r'\b(screaming|crying|hurt|against (my|her|his|their) will|cant get out|cannot get out)\b'),
        # someone held now ("they won't let me leave", texted from a house, her phone taken)
        Then(r"\b(wont|will not|arent|are not|isnt|is not) (let|letting) (me|her|him|us|them) (leave|go|out)\b",
             r"\b(now|right now|rn|tonight|since last night|not replying|stopped replying|(took|taken|take) (her|his|my|their) phone|locked|texted|messaged)\b"),
        r'\b(i am|im|we are|were|she is|shes|he is|hes) in (danger|immediate danger)\b|\b(?<!nobodys )(?<!nobody is )(?<!no ones )(?<!no one is )(?<!noone is )(?<!not )in danger (now|right now)\b',
        r'\bhelp(?<!\bcan help)(?<!\bcould help)(?<!\bwill help)(?<!\bwould help) me (now|please now|hes|shes|he is|she is)\b',
        r'\b(choking|choked|strangling|strangled|throttling|throttled|suffocating) (me|her|him|them|us|my (?!(chimney|chimneys|drain|drains|sink|pipes?|gutters?|flue|engine|filter|hoover|printer|garden|plants?|flowers?|veg|lawn|pond|roses|hedge|fish|tank)\b)\w+)\b',
        r'\b(stabbing|hitting|beating|punching|headbutting|kicking|attacking|raping|battering|hurting|smothering) (me|us|her|him|them|my (mum|dad|mam|sister|brother|son|daughter|baby|kids?|wife|husband|partner|nan|friend|mate))\b'
        r'(?! (over|about|around|down the road|down the street|(\w+ )?(bins?|car|cars|door|doors|gate|fence|ball|stuff|things|plants?|pots?|mirrors?|tyres?|recycling|bike|van)\b))',
        r'\bfinish (me|us|her|him|them) off\b',
        # heard on the phone: a scream or thuds, then no answer ("she just screamed ... a lot of thuds ... now she isn't answering me")
        Then(r'\b(screamed|screaming|scream|screams|thuds?|thudding|crash|crashing)\b',
             r'\b(she|he|they|mum|mam|dad|nan|grandad|grandma) (isnt|is not|wont|will not|has stopped|stopped|aint|arent|are not) (answering|responding|replying|talking|saying anything|making a sound)\b'
             r'(?! (my |the |our |her |his )?(texts?|calls?|messages?|emails?|letters?|door|phone))|\b(line|phone|call) (went|has gone|gone|just went) (dead|quiet|silent)\b'),
        r'\b(locked|trapped|stuck|held|tied up|shut) in (a|the|his|her|their|my) (van|car|boot|room|bedroom|cellar|basement|shed|flat|house|bathroom)\b',
        # someone tied to something ("a photo of her tied to a kitchen chair")
        # (a person tied, not a dog to a post: "her tied to", "he's tied her to")
        r'\b(me|her|him|them|us|someone|somebody|hes|shes|im|theyre|man|woman|boy|girl|child|kid|baby|mum|mam|dad|nan|gran|grandad|mother|father|wife|husband) '
        r'(tied|tied up|strapped|chained|cable tied|taped|handcuffed) (\w+ ){0,2}(to|onto) (a|the|her|his|their|my|our) (\w+ )?(chair|bed|radiator|pipe|post|tree|banister|bannister|table|bedpost)\b'
        r'|\b(tied|strapped|chained|taped|handcuffed) (me|her|him|them|us|my \w+) (up )?(to|onto) (a|the|her|his|their|my|our) (\w+ )?(chair|bed|radiator|pipe|post|tree|banister|bannister|table|bedpost)\b',
        # taken abroad to be married, now ("taking me to Pakistan to marry my cousin ... boarding in 40 mins")
        All(r'\b(taking|flying|sending|shipping|putting) (me|her|him|us|my (\w+ )?(sister|daughter|cousin|friend|niece|son|brother)) (\w+ ){0,4}to (marry|get married|be married|wed)\b'
            r'|\b(forcing|making) (me|her|him) (to )?(marry|get married)\b'
            r'|\b(im|i am|shes|she is|hes|he is) (getting|going to get|gonna get|being) married (over there|out there|abroad|back home)\b',
            r'\b(boarding|board|flight|plane|airport|heathrow|gatwick|stansted|luton|departures|gate|terminal|(flying|fly|flies|leaving|leave|leaves|flight|taking (her|him|me|us)) (\w+ ){0,2}(tonight|today)|mins|minutes|in an hour)\b'),
        # a child being taken out of the country now ("not brought her back ... at the airport ... leaves in an hour")
        All(r'\b(airport|departures|departure lounge|check in|boarding gate|ferry port|terminal)\b',
            r'\b(daughter|son|kid|kids|child|children|baby|little one|(\d|one|two|three|four|five|six|seven|eight|nine|ten) (year|yr) old|shes \d|hes \d)\b',
            r'\b(didnt|did not|hasnt|has not|never|not) (bring|brought|bringing) (her|him|them|my \w+|our \w+) back\b'
            r'|\b(take|taking|taken|took|snatched) (her|him|them) (back )?(to|abroad|out of the country)\b',
            r'\b(didnt|did not|hasnt|has not|never|not) (bring|brought|bringing) (her|him|them|my \w+|our \w+) back\b'
            r'|\b(leaves|leaving|boards|boarding|takes off|departs) in (about |around )?(an? |\d+ |half an )?(hour|hours|mins?|minutes)\b'),
        # strangers inside someone's home now, watched on a camera ("two men are inside his hallway and going up the stairs")
        Then(r'\b(men|man|lads|people|strangers|someone|somebody) (ive |i have |weve )?(never seen|dont know|i dont know)?(\w+ ){0,4}(are |is )?(inside|in) (his|her|their|my|mums|dads|nans|grandads) (\w+ )?(hallway|house|flat|home|bungalow|bedroom|kitchen|living room)\b',
             r'\b(frightened|scared|terrified|hands up|shut the door|going up the stairs|watching|camera|live)\b'),
        # people shut inside a lorry or container ("banging and voices coming from inside a sealed container")
        r'\b(banging|knocking|voices|screaming|shouting|crying|people|someone|somebody) (\w+ ){0,4}(inside|in the back of) (a|the|that|this) (\w+ )?(container|lorry|trailer|boot|shipping container)\b',
        r'\b(gang|group of \w+|lads|men|people|crowd|youths) (\w+ ){0,3}(with|carrying|got|have|has|holding|waving|wielding) (\w+ )?(bats?|knives|knife|machetes?|weapons?|guns?|swords?)\b',
        Then(r'\b(fight|fighting|brawl|mass brawl)\b', r'\b(knives|knife|machetes?|weapons?|guns?|blood|bottles?|glassed)\b(?! crime)'),
        Then(r'\b(throwing|chucking|smashing) (things|stuff|plates|glasses|bottles|furniture)\b(?! (\w+ )?(on|onto|against|all over|in|into) the (ramps?|floor|ground|road|street|pavement|path|wall|park|benches|bins?|bowl|skatepark|kerb)\b)', r'\b(me|us|scared|at (me|us|her|him|them|my|our|people|someone|somebody|each other|the (kids|children|baby|staff|door|window|windows|house|flat|bus|driver)))\b'
             r'(?! (windows?|doors?|house|flat|car|cars|fence|garden|bungalow|home|shed|van|boats?|walls?|gate)\b)'),
        Then(r'\b(going|gone|kicking off|kicked off) (mental|mad|crazy|psycho|nuts)\b|\b(kicking|kicked) off\b', r'\b((?<!police on )(?<!cops on )(?<!council on )me|us|scared|hurt|throwing|hitting|smashing)\b'),
        r'\bnot safe (at home|here|in (my|the|this) (house|home|flat))?\s*(now|right now|tonight|rn)\b|\bnot safe at home\b|\b(dont|do not) feel safe (at home|here) (now|right now|tonight|rn)\b',
        r'\b(exposing|flashing) (himself|herself|themselves)\b',
        r'\b(following|stalking|chasing) (me|us|her|him)\b(?! (up|on|to|about|with|through))|\b(stalking|chasing) my \w+\b|\b(is|are|hes|shes|theyre|keeps|been|keep) following my \w+\b',
        r'\b(?<!like )(?<!looks like )(a|the|theres a|there is a) (bomb|explosive device|suspicious package|grenade)\b(?! (squad|disposal|threat level|(has |had )?(hit|gone off in|went off in) (it|this|that|my|the|our|his|her)))|\bbomb threat\b',
        # a device said to go off ("a man rang to say there's a device in the building and it'll go off at half nine")
        Then(r'\b(a|the|theres a|there is a|planted a|left a) (\w+ )?device (in|at|on|under|inside)\b',
             r'\b(go off|goes off|going off|explode|explodes|detonate|detonates|blow (up|the place|everyone))\b'),
        # a child on a live stream with a grown man telling her what to do ("girl on a live looks about 11 ... still live")
        All(r'\b(looks?|looking|aged|about|maybe|only|prob|probably) (about |like |around )?([5-9]|1[0-4]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\b|\b(little|young) (girl|boy|kid)\b',
            r'\b(grown|adult|older|old) (man|men|bloke|guy|fella)\b',
            r'\b(still live|live now|on camera|on cam|on the stream|on (a|her|his|the) live)\b'),
        All(r'\b(wont|will not|arent|are not|isnt|is not) (let|letting) (me|her|him|us|them) (leave|go|out)\b',
            r'\b(back of (a|the|his|their) (van|car|lorry)|in (a|the|his|their) (van|car|lorry|boot)|(took|taken|take) (her|his|my|their) (\w+ )?phone)\b'),
        All(r'\b(outside|garden|door|house|flat|coming|waving|threaten\w*|got|has|with)\b', r'\b(crowbar|hammer|axe|machete|baseball bat|screwdriver|broken bottle|cleaver|hatchet)\b'),
        # a weapon swung at someone ("the kitchen porter's swinging a cleaver at the head chef")
        r'\b(swinging|waving|brandishing|wielding|lunging with|slashing with|jabbing|pointing|aiming|holding|pulling|pulled|pointed|aimed|held) (a|an|his|her|their|the) (\w+ )?(cleaver|knife|machete|axe|hatchet|hammer|bat|crowbar|bottle|screwdriver|scissors|sword|blade|bar|pole|spanner|chair|gun|pistol|shotgun|rifle|firearm) (at|towards|to (my|her|his|their|your|our|the|him|me|them|us|someones|somebodys)|in (his|her|their|my) face)\b',
        r'\b(im|i am|hes|shes|theyre|he is|she is|they are) (going to|gonna|about to) (hurt|attack|batter|kill|stab) (him|her|them|someone|somebody|my \w+)\b',
        r'\b(hes|shes|theyve|they have|he has|she has|someones|someone has) (just )?(got|taken|took|grabbed|snatched) my (sister|brother|mum|mam|dad|friend|mate|partner|wife|husband|girlfriend|boyfriend)\b',
        r'\b(dragged|bundled|pulled|forced|grabbed|snatched|shoved) (\w+ ){0,3}(into|in) (the back of )?(his|her|their|a|the|an) (\w+ )?(car|van|motor|boot|taxi)\b',
        # a child driven off with now ("man from the school gate just drove off with my daughter")
        # (not a child's agreed weekend with the other parent)
        r'\b(drove|driven|driving|sped|speeding|ran|run|running) off with (my|our|her|his|their|the|a) (\w+ )?(daughter|son|child|kid|baby|boy|girl|little one|toddler|grandson|granddaughter|niece|nephew)\b'
        r'(?! (for|to) (the|his|her|their|a) (weekend|contact|holiday|visit|day|school|park|shops|match)\b)(?! as (agreed|usual|planned|arranged)\b)',
        # someone's car waiting where the writer has gone to hide ("his car has pulled up behind mine at the end of her street with the lights off")
        All(r'\b(his|her|their|the same|that) (\w+ )?(cars?|vans?|motors?)\b',
            # (just now, not "has been parked outside for weeks")
            r'\b(pulled up|(is|s|just|now|still) (parked|sat|sitting|stopped|waiting|idling)|(cars|vans|motors) (parked|sat)|sitting|waiting|idling|parked up) (\w+ ){0,3}'
            r'(behind|outside|opposite|across (from|the road|the street)|at the end of|up the road|down the road|over the road)\b',
            r'\b(lights off|headlights off|hasnt got out|not got out|still in the car|sat in the car|watching (me|us|the house)|followed me|tracker|tracking)\b'),
        # a gun or crossbow being fired or aimed at people now ("man with a crossbow firing bolts at dog walkers",
        # "man with a shotgun ... pointing it into a parked car, couple inside"); not paintball, airsoft or toy guns
        All(r'\b(?<!paintball )(?<!airsoft )(?<!nerf )(?<!water )(?<!toy )(?<!bb )(crossbow|shotgun|gun|rifle|air rifle|pistol|firearm|bow and arrows?)s?\b',
            r'\b(firing|shooting|fired|shot|aiming|pointing|loading) (\w+ ){0,3}(bolts|arrows|pellets|rounds|at (people|us|me|him|her|them|the|dog walkers|kids|walkers|cars|passers)|it (at|into|towards|in through))\b'),
        # a weapon pointed at someone ("pointing what looks like a gun at me, wants the till emptied")
        # ("one's got a rifle pointed at my underkeeper"; "pulled a big blade on the girl at my hatch")
        r'\b(gun|pistol|shotgun|rifle|knife|blade|machete|crossbow|taser|weapon) (pointed|pointing|aimed|aiming|levelled|held) (at|to|towards) (me|us|her|him|them|my|the|our|his|their|a)\b',
        r'\b(pulled|pulls|pulling|drawn|drew|produced|whipped out) (out )?(a |an |his |her |their )?(\w+ )?(knife|blade|machete|gun|pistol|weapon|shank|screwdriver) on (me|us|her|him|them|my|the|our|a|his|their)\b',
        r'\b(pointing|pointed|aiming|aimed) (what looks like |what looked like |something like |summat like )?(a |an |the |his |her |their )?(\w+ )?(gun|pistol|shotgun|rifle|knife|blade|machete|crossbow|taser|weapon) (at|to) (me|us|her|him|them|my|the|our)\b',
        # someone coming at the writer who is alone ("he's walking straight across the car park towards me, and there's nobody else here")
        All(r'\b(walking|coming|heading|running|storming|marching|striding|making his way|making her way) (straight )?(\w+ ){0,4}(towards|toward|up to) (me|us)\b',
            r'\b(nobody else|no one else|noone else|on my own|by myself|nobody around|no one around)\b'),
        # a small child and a corrosive or a battery, with signs ("into the drain cleaner ... drooling, lips blistered")
        All(r'\b(drain cleaner|bleach|oven cleaner|caustic|descaler|dishwasher tablets?|washing (machine )?(pods?|tablets?|capsules?)|laundry pods?|liquitabs?|button batter(y|ies)|antifreeze|weedkiller|rat poison|slug pellets|white spirit|paraffin|lighter fluid)\b',
            r'\b(drooling|dribbling|lips|mouth|tongue|blister\w*|burns?|burnt|vomit\w*|being sick|choking|gagging|swallowed|drank|licked)\b',
            r'\b(toddler|baby|little one|child|kid|(\d|one|two|three|four) (year|yr) old|little (boy|girl))\b'),
        # driving drunk now with a child in the car ("drunk dad drivin rn wiv my 5yo sister in the back")
        # (not the offence: "lost my licence for drink-driving", a "high risk offender")
        All(r'\b(drunk|pissed|hammered|wasted|off (his|her|their) face|over the limit|high(?! risk)|stoned|been drinking)\b',
            r'\b((?<!drink )(?<!drug )driving|drivin|drives off|behind the wheel|at the wheel)\b',
            r'\b(rn|right now|now|in the back|in the car|kids?|baby|sister|brother|son|daughter|\d+ ?(yo|year old))\b'),
        # a small child at a drop or over water, alone ("a little lad ... stood on the outside of the railing on the
        # third-floor walkway, leaning right over", "a kid has climbed over the lock gate beam ... can't see any grown-ups")
        All(_SMALL_CHILD,
            r'\b(outside of the (\w+ )?(railing|railings|balcony|barrier)|wrong side of the (\w+ )?(railing|railings|barrier|fence)|over the (\w+ )?(railing|railings|balcony)|window ledge|on the ledge|'
            r'edge of the (roof|balcony|quay|dock|lock|weir)|on the roof|lock gate|top of the gate|gate beam|on the parapet|along the parapet)\b',
            r'\b(leaning|climbed|climbing|walking along|balancing|stood|standing|sat|sitting|hanging)\b',
            r'\b(cant see (a |any )?(grown ?ups?|adults?|parents?|mum|dad)|no (grown ?ups?|adults?|parents?)|nobody with|no one with|on (his|her|their) own|by (himself|herself)|nobody about|no one about)\b'),
        # breathing slowed right down with tablets or pinpoint pupils ("his breathing's really slow ... pupils are tiny pinpricks ...
        # an empty blister strip")
        All(r'\b(breathing|breaths?)( is|s)? (really |very |so |dead |ever so )?(slow|shallow)\b|\b(\w+|\d+) (breaths )?a minute\b',
            r'\b(pupils|pinpricks?|pinpoint|tablets|pills|blister|strip|methadone|heroin|gear|wont wake|cant wake|not waking|groaned|barely (responding|awake|conscious))\b'),
        # being followed by a car now ("a car that's passed me three times now really slowly and just pulled in up ahead with lights off")
        All(r'\b(car|van|motor)s?\b',
            r'\b(passed me|gone past me|driven past me|drove past me|come past me|circling|crawling (past|alongside)|pulled (in|up) (up )?ahead)\b',
            r'\b(\w+ times|slowly|lights off|headlights off)\b',
            r'\b(still walking|im walking|i am walking|walking (home|back)|on my own|by myself|on foot)\b'),
        # a small child on a runway or a railway line ("a little kid ... has wandered onto the active runway")
        All(_SMALL_CHILD,
            r'\b(runway|taxiway|airstrip|railway line|train tracks?|rail tracks?|the tracks|the line|level crossing|live rail)\b',
            r'\b(wandered|walked|run|ran|toddled|crawled|climbed|gone|got|strayed|is|s|standing|stood|playing|sat|sitting) (out )?(onto|on to|on|across|over|down)\b'),
        # a small child alone by traffic ("a child of about three walking unaccompanied along the central reservation")
        All(r'\b(child|toddler|little (boy|girl|one)|kid|baby|(\d|one|two|three|four|five) (year|yr) old|\dyo)\b',
            r'\b(central reservation|ring road|dual carriageway|motorway|hard shoulder|busy road|main road|in the road|into the road|traffic)\b',
            r'\b(unaccompanied|no adult|no grown up|on (his|her|their) own|by (himself|herself|themselves)|nobody with (him|her|them))\b'),
        # a shot heard, then silence or screaming now ("what sounded like a gunshot next door and now it's silent")
        Then(r'\b(heard|hear|hearing|sounded like|sounds like) (\w+ ){0,4}(gunshots?|gun shots?|shots? fired|a gun go(ing)? off|a shot)\b',
             r'\b(now|just|right now|silent|gone quiet|screaming|crying|not answering)\b'),
        # ...or through a van's side door ("shoved a young woman through the side door")
        r'\b(dragged|bundled|pulled|forced|grabbed|snatched|shoved|pushed|threw|thrown) (\w+ ){0,3}(into|in|through) (the back of )?(his|her|their|a|the|an) (\w+ )?(side door|sliding door|back door of (a|the|their|his) (van|car))\b(?! of (a |the |our |my )?(house|flat|shop|pub|club|school))',
        Then(r'\b(grabbed|snatched|took|taken|taking|grabbing|snatching) (my|our|the|her|his) (son|daughter|kid|kids|child|children|baby|boy|girl|toddler)\b', r'\b(driv\w*|drove|ran off|running off|car|van|off with|wont give|will not give)\b'),
        r'\blocked (me|us|her|him|them)( (n|and) (the |my )?\w+)? in\b',
        # held now ("the men downstairs brought her here and won't let her leave and she's begging me not to go")
        All(r'\b(help|locked|trapped|kept|keeping|held|prisoner|note|begging|brought (her|him|them|me|us) here)\b', r'\b(wont|will not|dont|do not|never) let (me|us|her|him|them) (out|leave|go)\b'),
        Then(r'\b(being|been|getting|is being|im being) (followed|stalked|watched)\b', r'\b(now|rn|home|scared|terrified|car|van|outside|behind)\b'),
        # someone keeping pace behind the writer ("bloke's been behind me since the marina. I slowed down, he slowed")
        All(r'\b(behind me|following me|on my tail|tailing me)\b',
            r'\b(i (slowed|sped up|speeded up|crossed|stopped|turned)|so did (he|she|they)|(he|she|they) (slowed|sped up|crossed|stopped)|still (behind|there|following)|'
            r'on my own|by myself|nobody (about|around|else)|no one (about|around|else)|(just )?(rammed|ramming|rammin|hit|shunted|bumped) (my|the|our) (car|van|bumper|back end|motor|wagon))\b'),
        # people coming at the writer from a vehicle with weapons ("2 of em getting out with bars")
        r'\b(getting|got|jumped|jumping|piling|pilin|climbing) out (of (the|a|their|that) (car|van|motor|vehicle) )?(with|wi|carrying|holding) (bars|iron bars|bats|a bat|a bar|knives|a knife|machetes|a machete|weapons|poles|hammers|a hammer|crowbars|a crowbar|blades)\b',
        r'\b(someone|somebody|someones|somebodys|theres someone|people|they|theyre|hes|shes|man|men) (is |are )?(breaking|trying to break|trying to get|getting) (in|into)\b',
        r'\b(hes|shes|theyve|they have|he has|she has|someone has|someones|somebody has|man has|mans) (just )?(got|taken|took|grabbed|snatched) (her|him|them|my (son|daughter|kid|kids|child|children|baby|boy|girl))\b(?! (own|bedroom|room|bed|money|card|cards|bank card|purse|pension|phone|keys|passport|flat|place|seat|car|benefits|chair|tenancy|job|license|licence|'
        # (her own people: "she's got her sister coming round")
        r'sister|brother|mum|mam|dad|nan|gran|grandma|grandad|auntie|aunt|uncle|cousin|friend|friends|mate|mates|family|partner|husband|wife|boyfriend|girlfriend|daughter|son|kids|children|carer|neighbour))',
        # a child lost in a crowd minutes ago ("lost my daughter at Goose Fair 20 minutes ago, not at the meeting point")
        All(r'\b(lost|cant find|cannot find|lost sight of) (my|our|her|his|a) (\w+ )?(daughter|son|child|kid|little one|boy|girl|toddler|grandson|granddaughter|niece|nephew)\b',
            r'\b(\d+ ?(mins?|minutes) ago|(five|ten|fifteen|twenty|thirty|forty) (mins?|minutes) ago|just now|right now|meeting point|looked everywhere|nowhere to be seen)\b'),
        Then(r'\b(child|kid|son|daughter|boy|girl|toddler|baby)\b(?! in law)', r'\b(missing|gone missing|gone(?! (up|down|through the roof|mad|quiet|bad|off))|not come home|not came home|hasnt come home|has not come home|been taken|taken|not answering|isnt answering|disappeared|ran away|run away|cant find)\b', r'\b(\d+|man|stranger|text\w*|hours|night|since)\b'),
        Then(r'\b(fire|house is on fire|on fire)\b(?! (twice|three times|four times|a few times|several times|a couple of times|loads of times|every|most nights|last)\b)', r'\b(now|help|trapped|inside)\b'),
        # a fire against a building with people still in it ("set the bins alight against the classroom block. kids are still inside")
        Then(r'\b(alight|ablaze|on fire|burning|flames|set fire)\b', r'\b(still (sat |sitting |stood |standing |asleep |sleeping |stuck |lying )?(inside|in there|in the (building|block|classroom|school|house|flat|tent|marquee|hall))|trapped|cant get out|cannot get out)\b'),
        # someone pushed towards a drop or the tracks ("shoving a drunk lad towards the edge of platform 4"),
        # not "pushed me to the edge" of patience, nor a dog that "dragged me to the river"
        r'\b(shoving|pushing|pushed|shoved|dragging|dragged|forcing) (\w+ ){0,5}(towards|to|near|onto|over|off) (the )?'
        r'(edge of (the )?(platform|tracks|bridge|roof|balcony|cliff|canal|river|quay|dock)|platform edge|tracks|track|rails|railway line)\b'
        r'|\b(shoving|pushing|pushed|shoved|dragging|dragged|forcing|throwing|threw|thrown) (\w+ ){0,5}(off|over) (the )?(bridge|balcony|railings?)\b'
        r'|\b(shoving|pushing|pushed|shoved|throwing|threw|thrown|dragging|dragged) (\w+ ){0,3}(in|into) (the )?(canal|river|trent|lock|water)\b(?! (bill|rates|board|company|meter))',
        # a drunk driver about to set off with a child ("reeking of drink, slurring ... strapped her into the back seat ... engine running")
        All(r'\b(reeking of (drink|booze|alcohol)|stinking of (drink|booze|alcohol)|smelling of (drink|booze|alcohol)|(hes|shes|is|s) (really |absolutely |completely )?(drunk|hammered|wasted|paralytic|legless)|slurring|off (his|her) face|over the limit|had a skinful)\b',
            r'\b(drivers seat|driving seat|behind the wheel|engine running|engine on|started the car|starting the car|about to drive|going to drive|gonna drive|insisted on driving|drive (off|home|away) with)\b',
            r'\b(child|kid|kids|daughter|son|toddler|baby|year old|little one|children|little girl|little boy)\b'),
        All(r'\b(missing|gone missing|cant find|wandered off|run off|ran off|disappeared)\b(?! (persons|people|children|episodes|from home reports))',
            r'\b(canal|river|towpath|lake|pond|weir|trent|reservoir|quarry)\b', r'\b(mins|minutes|\d+ ?mins?|just now|now|rn|right now)\b'),
    ),
}


def _compile(rules: tuple[Rule, ...]) -> tuple[WordStartPattern | None, list[tuple[bool, tuple[WordStartPattern, ...]]]]:
    """One alternation of the plain rules (a single pass over the message, tried only where a rule
    can begin) and the combined ones."""
    plain = [r for r in rules if isinstance(r, str)]
    combined = [(isinstance(r, Then), tuple(WordStartPattern(p) for p in r.parts)) for r in rules if not isinstance(r, str)]
    return (WordStartPattern("|".join(f"(?:{p})" for p in plain)) if plain else None), combined


_COMPILED = {kind: _compile(rules) for kind, rules in _CRISIS_RULES.items()}


def _in_order(parts: tuple[WordStartPattern, ...], text: str) -> bool:
    """Whether each part matches after the previous one's match (the earliest match of each)."""
    pos = 0
    for part in parts:
        m = part.search(text, pos)
        if m is None:
            return False
        pos = m.end()
    return True


def _matches(kind: str, folded: str, close: Callable[[], list[str]] | None = None) -> bool:
    """Whether one of the kind's rules matches. A rule of parts in order ("A ... B") in a message of
    three or more sentences must match within two that follow each other: "bins set on fire" in
    one story and "now" three sentences on say nothing together."""
    plain, combined = _COMPILED[kind]
    if plain is not None and plain.search(folded):
        return True
    heads = word_heads(folded)  # (a combined rule none of whose parts can begin here is not scanned)
    for ordered, parts in combined:
        if not (all(p.can_match(heads) for p in parts) and (_in_order(parts, folded) if ordered else all(p.search(folded) for p in parts))):
            continue
        if ordered and close is not None and (pairs := close()) and not any(_in_order(parts, pair) for pair in pairs):
            continue
        return True
    return False


# A second, looser net: a danger word, a sign that it is happening now, and a person involved.
# (This and the rules' other long alternations below are `WordStartPattern`s: each is tried only
# where one of its alternatives can begin, the same matches in a fraction of the time.)
_DANGER = WordStartPattern(
    # (a run of "stabbings" or "shootings", or "attacks", is a topic; the loose net needs an act)
    r"\b(kill\w*|stab(?!bings\b)\w*|knife(?! crime)|knives(?! crime)|gun(?! crime)|(?<!engagement )(?<!photo )(?<!wedding )(?<!portrait )(?<!fashion )(?<!family )(?<!newborn )(?<!model )(?<!studio )(?<!the )(?<!a )(?<!next )(?<!our )(?<!photo )shoot(?!ings\b)\w*(?! (game|games|em up))|shot|attack(?!s\b)\w*|hitting|beating|punch\w*|strangl\w*|choking|"
    r"rap(e|ed|ing)|(?<!gas )(?<!electric )fire(?! to (the |some |a |their |our )?(wheelie |communal )?(bins?|bin stores?|rubbish|litter|skips?))(?! (twice|three times|four times|a few times|several times|a couple of times|loads of times|every|most nights|last)\b)|burning|" + _SMOKE + r"|bomb|overdos\w*|unconscious|bleeding|blood|suicid\w*|(?<!not )(?<!isnt )(?<!arent )(?<!never )dying(?! to)|die|dead|"
    r"trapped|locked in|drown\w*|acid|weapon|machetes?|(?<!hasnt )(?<!has not )(?<!havent )(?<!have not )(?<!never )(?<!not )(?<!quite )(?<!very )(?<!bit )(?<!pretty )(?<!rather )(?<!fairly )(?<!slightly )threat\w*|hurt\w*|screaming|shut (her|him|it|them) up|"
    r"chok\w*|strangl\w*|breath\w*|spiked|gas(?! (bills?|bottles?|cylinders?|canisters?|safety|meters?|and electric\w*|electric\w*|prices?|suppliers?|company|engineer|card|top up|bread|food|petrol|diesel|water|rent|broadband|board|works|mains?|pipes?|network|fires?|heaters?|cookers?|hobs?|appliances?)\b)|headbutt\w*|" + _FITTING + r"|seizure|bats?|bottle(?! of)|glassed|(?<!out of )(?<!in )(?<!off )(?<!drum )beat|battered|punched|"
    r"kicked|pushed|stalk\w*|followed(?! (our|the|all|your|their|his|her|my|local|safeguarding|usual|normal) (\w+ )?(protocols?|procedures?|polic(y|ies)|guidance|advice|instructions|process|processes|steps|rules|pathways?|plans?)\b)|missing(?! from (the|our|my|his|her|their|your|this|that) (\w+ )?(drive|shared drive|file|files|folder|records?|system|list|table|lookup table|report|document|page|copy|pack|website|spreadsheet|database|sheet|data))(?! (the|(a|an)(?! (hour|minute|min|day|night|week|weekend|while|few|couple|fortnight|month|year)s?\b)|out|some|any|lots|loads|school|work|lectures?|lessons?|classes|games?|matches|appointments?|meetings?|rehearsals?|sessions?|shifts?|payments?|deadlines?|is|bits?|pieces?|info|information|details|pages?)\b)|kidnap\w*|abduct\w*|hostage|jump(?! (every time|at every|at the|out of my skin|whenever|when))|(on|off|over|from|edge of|jump|jumping|stood on|standing on) (the |a )(\w+ ){0,2}bridge|goodbye|(?<!shelter )(?<!shelters )(?<!screen )(?<!windscreen )(?<!mirror )(?<!mirrors )(?<!lights )(?<!cameras )(?<!signs )(?<!benches )(?<!planters )smash\w*|(?<!my )(?<!our )(?<!his )(?<!her )(?<!lunch )(?<!tea )(?<!coffee )break\w* in)\b"
)
# Words in -ing that are not something happening ("im a housing officer", "is there anything").
_NOT_VERBS = (
    r"(any|some|no|every)thing\b|thing\b|housing\b|morning\b|evening\b|building\b|ceiling\b|wedding\b|meeting\b|"
    r"funding\b|training\b|briefing\b|ring\b|king\b|during\b|spring\b|string\b|sibling\b|ongoing\b|clothing\b|"
    r"parking\b|shopping\b|offending\b|reoffending\b|policing\b|safeguarding\b|wellbeing\b|nothing\b|"
    r"wondering\b|asking\b|enquiring\b|inquiring\b|writing\b|emailing\b|messaging\b|hoping\b|doing\b|planning\b|organising\b|"
    # how someone is getting on ("my husband's health is suffering"), or writing to us ("I'm now typing this")
    r"suffering\b|struggling\b|coping\b|studying\b|renting\b|saying\b|typing\b|posting\b|"
    # a trade carried on, not something done this minute ("the lads on the stairwell are dealing")
    r"dealing\b|selling\b|"
    # how a thing strikes the writer ("so this is annoying", "it's confusing")
    r"annoying\b|boring\b|confusing\b|frustrating\b|interesting\b|amazing\b|exhausting\b|embarrassing\b|depressing\b|"
    # growing older or weary ("my wife thinks I'm getting old and grumpy")
    r"getting (old|older|on|fed up|tired|bored|sick|worried|annoyed|frustrated|paranoid|grumpy|soft|forgetful)\b"
)
# People who live next door, upstairs or downstairs ("the family next door", "the people upstairs"):
# where they live, not someone in the next room now
_WHERE_THEY_LIVE = (
    r"(?<!family )(?<!people )(?<!neighbours )(?<!neighbour )(?<!lads )(?<!kids )(?<!couple )(?<!man )(?<!woman )(?<!bloke )"
    r"(?<!lady )(?<!guy )(?<!house )(?<!flat )(?<!lot )(?<!girl )(?<!lad )(?<!folk )(?<!tenants )(?<!ones )(?<!from )"
)
# "just" that softens a question ("I was just wondering"), not one that says it has just happened
_JUST = r"(?<!not )just(?! (wondering|asking|curious|checking|a quick|a question|want|wanted|need|needed|trying to find|dont|do not|cant|cannot|feel|felt|think|thought|know|knew|understand))"
_TOLD_NOW = r"(?<!\btold me )(?<!\btold me properly )(?<!\btold us )(?<!\bopened up )(?<!\badmitted it )"
"""Before "now": the time of the telling, not of the danger ("she's told me properly now")."""
_NOT_YET_TO_THE_POLICE = r"(?<!go to the police )(?<!go to police )(?<!involve the police )(?<!report it )"
"""Before "right now": not ready for the police yet ("I don't want to go to the police right now")."""
_IMMEDIATE = WordStartPattern(
    r"\b((?<!before )(?<!until )(?<!by )(?<!only )(?<!live )(?<!lives )(?<!living )(?<!not )" + _TOLD_NOW + r"now" + _FOR_A_WHILE_NOW + r"(?! (typing|writing|asking|messaging|posting|emailing|contacting))|right now|rn|atm|tonight|at the moment|currently|" + _JUST + r"|still(?! (live|lives|living|lived)\b)|(hes|shes|theyre|is|are|still|right|in) here|"
    r"(hes|shes|theyre|is|are|waiting|standing|sat|sitting|parked|right) outside|outside (now|my (door|house|flat|window|home))|next room|" + _WHERE_THEY_LIVE + r"next door|" + _WHERE_THEY_LIVE + r"downstairs|"
    r"" + _WHERE_THEY_LIVE + r"upstairs|hurry|quick(?! (one|question|q|query|thing|favour)\b)|quickly|cant talk|cannot talk|hiding|for hours|this minute|as we speak|coming back(?! (to|on) (me|us|him|her|them)\b)|"
    r"please help|help me|help us|(scared|terrified)(?! (to|of (going|getting|walking|leaving|being|using|driving|taking))\b)|cant get out|cant move|cant breathe|wont stop)\b"
    # (a thing done by habit is no sign of now: "they're shouting at all hours", "is drinking every night")
    r"|\b(im|i am|hes|shes|theyre|were|is|are) (?!not |never )(\w+ )?(?!" + _NOT_VERBS + r")\w+ing\b(?! (at )?all (hours|night|day)\b| every (night|day|weekend|evening)\b| most (nights|days|weekends|evenings)\b)"
    r"(?! (\w+ ){0,2}for (years|months|weeks|ages|a long time|a while|so long|the (last|past) (\w+ )?(years?|months?|weeks?))\b)"
)
# Past events ("was attacked last year") are for support services, not 999; the strong patterns still apply.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_HANDLED = (
    # already reported ("it went to police, there's a case number"), already attended ("paramedics came")
    r"(theres|there is|got|ive got|i have|have|weve|weve got|we have|with|gave me|given|giving me|gave us|given us) (a|the|my|our) (crime|case|police|incident|reference|ref) (reference |ref )?number|"
    r"(its|it has|this has|that has|its all) been reported to (the )?police|(the )?police (came|come) (out|round|straight out|straight round|within)|"
    r"(it|this|that) went to (the )?police|(paramedics|ambulance|the ambulance|an ambulance|ambulance crew) (came|arrived|turned up|took (him|her|them))|"
    r"police (came|arrived|turned up) (and|but) (took|arrested|left|spoke)|"
    r"(the )?police (are|were|have been|is) (already )?(dealing with|investigating|looking into) (it|this|that|them|both|him|her|the (case|matter|incident|incidents))|"
    r"(the )?police (have|has|know about|are aware of) (it|this|that|the case)( now)?|(the )?police had (been|come|attended)|"
    # "which the police have recorded and are investigating"
    r"(the )?police (have|has) (already )?(recorded|logged|attended|been out to)"
)
"""An event already reported to the police or attended by an ambulance: over, for the whole message."""
_HANDLED_RE = WordStartPattern(r"\b(" + _HANDLED + r")\b")
_PAST = WordStartPattern(
    r"\b(last (year|month|week|summer|winter|christmas|season)|years ago|months ago|weeks ago|(\d+|two|three|four|five|six|several|a few|few|a couple of|couple of) days ago|used to|when i was|"
    # a day gone, told as what happened ("so on saturday i was in the queue")
    r"on (saturday|sunday|friday|monday|tuesday|wednesday|thursday|sat|sun|fri) (i was|we were|i got|she was|he was|they were|my \w+ was)|"
    # a night out gone ("got spiked in town sat")
    r"(in town|out|at the club|at a party|on a night out|at the pub|at a bar|at uni) (on )?(sat|sun|fri|saturday|sunday|friday)( night)?(?! (down|on|in|there|with|next|outside|by|at|up|tonight)\b)|"
    r"as a (child|kid|teenager|teen|young (woman|girl|man|lad|boy|mum|mother))|in (19|20)\d\d|back in (?=(the |my |our |those )?(19\d\d|20\d\d|day|days|\d0s|eighties|nineties|school|youth|" + _MONTHS + r"|spring|summer|autumn|winter|time|times)\b)|historic|historical|in the past|(was|were|been) (killed|murdered)|passed away|"
    r"(?:the (weekend|week|night|saturday|sunday|friday) before|(saturday|sunday|friday|monday|tuesday|wednesday|thursday|weekend) gone)|last (weekend|wknd|wkend|spring|autumn|easter|term|yr|yer|" + _MONTHS + r")|(a|one) (year|month|fortnight) ago|(years|months) back|that (year|summer|winter)|(twice|three times|a few times|several times|a couple of times) (that|this) (year|month|summer|season|term)|"
    # a stage of life that is over ("in first year" at uni, "before I had the baby", "when we were together")
    r"in (my )?(first|second|third|final|1st|2nd|3rd) year|before i had (the|my) (baby|son|daughter|kids|children)|when we were together|"
    # read about, not seen ("in the paper", "on the news"), or history ("a talk on the history of policing")
    r"in the (paper|papers|news)|on the news|history of|(local|family) history|history (society|group|talk|book|project|lesson|lessons)|"
    # a season gone, said in the past tense ("my nephew was stabbed outside a shop in the summer")
    r"(was|were) \w+ (\w+ ){0,7}(in|over) the (summer|spring|autumn|winter)|"
    # a month gone, told in the past tense ("was found in his flat in Clifton in September")
    r"(was|were) \w+ (\w+ ){0,7}in (" + _MONTHS + r")\b(?! (next|coming)\b)|"
    # a cause found after ("it turned out to be an overdose")
    r"(turned out|proved) (to be|it was) (an|a) (\w+ )?(overdose|od)|"
    # a spate of incidents told ("we've had a spate round ours"); a break-in this season
    r"(had|been|there has been|theres been) a (spate|run|string|series|spell) of|"
    r"(broken into|burgled|robbed|stolen|nicked|vandalised|done over) (\w+ ){0,6}(this|last) (autumn|summer|spring|winter|year|month)|"
    # learned after, or a cause told of what happened ("we found out later it was an overdose")
    r"(found out|heard|learned|learnt|were told|was told) (later|afterwards|after)|(it|that) was (an|a) (suspected )?(drug )?overdose|"
    # a weekday gone, told in the past tense ("she thinks she got spiked on a night out on sat")
    r"(was|were|got|woke up|went|happened|did|took|had|came|left|started|doing|working|shooting) (\w+ ){0,10}?on (a |the )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|weds|thurs|fri|sat|sun)( night| morning| afternoon| evening)?\b(?! (night )?(coming|next))|"
    # a visit on a weekday gone, "on" left out ("he came round Sunday and broke down")
    r"(came|went|turned up|showed up|popped) (round |over |home |back |in |up )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! (night )?(coming|next))|"
    # a weekday gone ("last Sunday"), the other day
    r"last (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the other (day|night|week)|"
    # news of something that happened near someone ("there was a stabbing near my brother's place")
    r"there (was|were|has been|had been|have been) (a |an |another |two |several )?(stabbing|stabbings|shooting|shootings|murder|murders|killing|attack|attacks|fight|fights)|(the )?last time(?! (ill|i will|id|im|i am|youll|you will|youre|you are|anyone|anybody|you|i))|"
    # what someone told after it happened ("she told me he'd locked her in overnight")
    # ("he'd" is "he had" only before a past participle: "he said he'd hurt me if ..." is a threat)
    r"(told me|told us|said|admitted|mentioned|let slip) (that )?((hed|shed|theyd) (\w+ )?(locked|pushed|kicked|punched|thrown|threatened|attacked|grabbed|taken|overdosed|collapsed)"
    r"|(he|she|they) had (\w+ )?(locked|hit|hurt|pushed|kicked|punched|thrown|threatened|attacked|grabbed|taken))|"
    # what a child let out of what happened at home ("her little girl said daddy pushed mummy down the stairs")
    r"(said|told me|told us|told her teacher|told the teacher|blurted out) (that )?(daddy|mummy|dad|mum|mam|her dad|his dad|her mum|his mum|her daddy|his daddy) (pushed|hit|kicked|punched|hurt|threw|grabbed|slapped|locked|smacked)|"
    # a call-out attended ("crew went to a small kitchen fire")
    r"(we|i|crews?|the crew|firefighters|paramedics|officers) (went|were called|was called|got called|attended|turned out|responded) to (a|an|the) (\w+ ){0,3}(fire|incident|call|job|callout|shout|collision|crash|rtc)|"
    # harm done before, told as a pattern past ("she'd never leave the dog with him because he's kicked her before")
    r"(hes|shes|theyve|he has|she has|they have|has) (\w+ed|hit|beaten|bitten|thrown) (her|him|me|them|us|it) ((down|into|at|against|across|through|out|off|on|onto|over) (\w+ ){0,3})?before( now)?\b(?! (he|she|they|i|we|you|it|the|someone|somebody|anyone)\b)|"
    # harm done more than once, told after ("they've kicked the door in twice"), not "twice tonight"
    r"(kicked|smashed|broken|broke|pushed|thrown|threw|chucked|hit|punched|attacked|set fire to|put) (\w+ ){0,4}(twice|three times|four times|a few times|several times|a couple of times|loads of times|many times|multiple times)\b(?! (now|today|tonight|this (morning|afternoon|evening)|in the last (hour|few minutes)))|"
    # an event of a day gone ("a grim one from Saturday")
    r"(one|story|incident|thing|something|this|that) from (last )?(saturday|sunday|monday|tuesday|wednesday|thursday|friday|the weekend|last night|yesterday|last week)\b|"
    # harm done one time, told after ("pushed him down the stairs once"), not "once he's asleep"
    r"(pushed|shoved|hit|punched|kicked|slapped|strangled|choked|threw|thrown|grabbed|attacked|bit|bitten|battered|beat|beaten|hurt|glassed|stabbed) (\w+ ){0,6}once\b(?! (he|she|they|i|we|you|it|the|my|his|her|their|our|everyone|everybody|shes|hes|theyre|its|im|youre|were|all|again|more|or|in a|a|an|tonight|today|this|now|just|already|already today|earlier)\b)|"
    # an event named as a thing past ("after the break-in", "a break-in this year")
    r"(after|since|following) (the|a|our|my|that) (break in|burglary|robbery|break ins|burglaries|robberies|raid|attack|fire|assault|incident)|"
    r"(a|the|one|two|three|several) (break in|break ins|burglary|burglaries|robbery|robberies) (this|last) (year|month|week|summer|winter|spring|autumn)|"
    r"" + _HANDLED + r")\b"
)
# A death that has happened ("stabbed to death", "we lost my brother to heroin", "since she died"):
# no one to save now. Only danger said to be now outright (_URGENT) outweighs it; other sentences
# of the message are still read on their own.
_DEATH = WordStartPattern(
    r"\b((stabbed|shot|beaten|kicked|knifed) to death|(stabbed|shot|beaten) and killed|killed by (her|his|their|a|an|the)|"
    r"lost (my|our|her|his|their) (\w+ ){0,2}to|lost (a|an) (\w+ ){0,2}to (an |a )?(overdose|od|drugs|heroin|spice|suicide|knife crime|cancer)|lost (one|two|three|four|some|several|a few|\w+) of (my|our|her|his|their|the) (\w+ ){0,2}to|lost (\w+ ){0,3}(patients?|clients?|residents?|service users?|members?|tenants?|customers?|young people|friends|lads|pupils|students|regulars|punters|people|mates|guys|folk) to|since (he|she|they) (died|was killed|passed)|took (his|her|their) own life|"
    r"(her|his|their|my|our) (death|murder|funeral|inquest)|inquest|coroner|bereave\w*|post mortem|postmortem|autopsy|"
    r"(who|that|whod|who had|that had) (died|was killed|been killed|passed away|lost (her|his|their) life)|"
    r"(was|were|had been|has been|have been) found dead|"
    # a death told with when ("he died in March", "she passed away two years ago")
    r"(he|she|they) (died|passed away) (in (" + _MONTHS + r"|the (spring|summer|autumn|winter)|(19|20)\d\d)|last|back in|(a|two|three|four|five|six|several|\d+) (days|weeks|months|years) ago)|"
    # a killing told as the background of a question ("can he still inherit, even though he killed her?")
    r"(even though|even tho|even if|after|since|because|now that|given that) (he|she|they) (killed|murdered) (her|him|them|my \w+)|"
    # "a tenant of mine died of an overdose", "my brother died in February, an overdose"
    r"(died|passed away) (\w+ ){0,4}?(an|a suspected|suspected) (drug )?(overdose|od)|"
    r"(died|passed away) (of|from|after) (an? |his |her |their )?(suspected )?(drug )?(overdose|od|drugs|heroin|fentanyl|injuries|stab wounds)|"
    # deaths as news ("people dying from drugs in town")
    r"(people|folk|men|women|lads|young people|addicts) (\w+ )?dying (from|of) (drugs|overdoses?|drug use|heroin|spice|fentanyl|knife crime)|"
    # the cause of a death told as hearsay ("found dead in his flat ... Overdose they reckon")
    r"overdose (they|the police|police|the coroner|doctors|the doctors|everyone|people) (reckon|reckoned|said|say|think|thought|believe|suspect|suspected))\b"
)
# The words the patterns look for, so that a typo ("attcaking") can be corrected towards them.
CRISIS_WORDS = frozenset(
    w
    for rules in _CRISIS_RULES.values()
    for rule in rules
    for p in ((rule,) if isinstance(rule, str) else rule.parts)
    for w in re.findall(r"[a-z]{4,}", p)
)

# Questions about a topic ("what is the penalty for stabbing someone") are not emergencies.
_ABOUT_TOPIC = re.compile(
    r"\b(statistic|statistics|figures|rate|rates|strategy|policy|policies|review|reviews|priority|priorities|"
    r"target|targets|report on|reports on|data|trend|trends|prevention|penalty|sentence|law|act|deaths|investigation|investigations|naloxone|"
    # "is knife stuff on their list now?"
    r"(on|off) (their|there|the|your|its|his) (\w+ )?(list|radar|agenda))\b(?<!\bpick rate)(?<!\bpick rates)(?<!\bpiece rate)(?<!\bpay rate)"
)


_PERSONAL = re.compile(
    r"\b(me|my|i|i am|im|ive|mate|friend|he|she|hes|shes|they|theyre|theyve|we|were|us|someone|somebody|someones|now|"
    r"kids?|baby|child|neighbours?|man|woman|her|him|ex|partner|husband|wife|boyfriend|girlfriend|dad|mum|brother|sister|son|daughter)\b"
)


# "I can't talk, he'll hear me": someone who may only be able to call without speaking.
CANT_TALK = re.compile(
    r"\b(cant|cannot|can not|cnt|unable to|dont dare|daren?t|not able to|too scared to|afraid to) "
    r"(talk|speak|say (anything|owt|much)|make a sound|make noise|be heard)\b(?! (to|with|about|of|on|in|english|properly|much english))"
    r"|\b(whispering|have to whisper|got to be quiet|gotta be quiet|must be quiet|cant be heard)\b"
)
"""Can't talk or call out loud."""
_OVERHEARD = re.compile(
    r"\b(hear|hears|heard|listening|listen|here|in the room|next room|next to me|downstairs|upstairs|outside|"
    r"watching|sees me|find out|finds out|in the house|in the flat|hell hear|shell hear)\b"
)
"""...because someone is near: with CANT_TALK, a silent call is what is needed."""


def cant_talk(folded: str) -> bool:
    """Someone who can't speak because the danger is near ("i cant talk he will hear me")."""
    m = CANT_TALK.search(folded)
    return m is not None and _OVERHEARD.search(folded) is not None


@dataclass(frozen=True)
class Crisis:
    """A message that signals immediate danger, and of what kind."""

    kind: str  # "suicide" | "medical" | "violence"
    silent: bool = False
    """The person can't talk: the Silent Solution comes first."""
    learned: bool = False
    """Found by the learned model (`bot.danger`) where no rule fired."""
    habitual: bool = False
    """Violence described as a pattern ("he keeps hitting me", "she's started hitting him"), with
    no sign it is happening now: 999 still comes first, and the help asked for follows it."""


# Figures of speech and topics that use danger words and mean no danger: blanked out before the
# rules read a message ("hitting our targets", "my boss will kill me", "overdose deaths").
_PEOPLE = (
    r"he|she|they|someone|somebody|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|mum|mam|son|daughter|brother|sister|"
    r"man|fella|bloke|lad|lads|neighbour|neighbours|lodger|flatmate|uncle|auntie|nephew|niece|cousin|stepdad|stepmum|landlord|dealer|pimp"
)
"""People, who can hurt someone (not things, which can only 'kill' in a figure of speech)."""
_IDIOMS = re.compile(
    # a threat to pets if she leaves: the abuse asked about, not danger to a person now ("her partner
    # has threatened to hurt the birds if she leaves")
    r"\b(threatened|threatening|threatens) to (hurt|harm|kill|get rid of|drown|dump|give away|sell) (the|her|his|their|my|our) (\w+ )?"
    r"(birds?|pets?|dogs?|cats?|animals?|horses?|ponies|pony|kestrels?|owls?|rabbits?|tortoise|budgie|hamster|puppy|kitten)\b|"
    # slow to act ("insurance are dragging their feet")
    r"\b(dragging|dragged|drag) (their|his|her|its|our|your|my) (feet|heels)\b|"
    # a deal that fell apart ("the chain collapsed at 4pm")
    r"\b(property |housing |house )?(chain|deal|sale|purchase|talks|negotiations|market|business|company|firm|project|scheme|bid|contract) (has |had |just |completely )?collapsed\b|"
    # a bad day at work ("completion day was a bloodbath")
    r"\b(was|is|been|its|it was|it is|a) (a )?(complete |total |absolute |proper |right |bit of a )?bloodbath\b|"
    # naming what is happening ("my friend says this is stalking and there's people who help")
    r"\b(this|that|it|what hes doing|what she is doing|what shes doing|what he is doing) (is|counts as|would count as|sounds like) (called )?(stalking|harassment)\b|"
    # a fear of what may come ("the family are scared he'll overdose", "worried she might OD")
    r"\b(scared|worried|afraid|frightened|terrified|petrified|fear|fears|fearing|panicking|convinced|worry) (that )?(\w+ )?(hell|shell|theyll|he will|she will|they will|"
    r"(hes|shes|theyre|he is|she is|they are) (going to|gonna)|he might|she might|they might|he could|she could|they could|he may|she may) (\w+ )?(overdose|od|end up overdosing)\b|"
    # what someone would do if they knew ("asking for my brother, he'd kill me if he knew")
    r"\b(hed|shed|theyd|he would|she would|they would|(my )?(mum|mam|mom|dad|wife|husband|boss|brother|sister|nan|gran) would|(my )?(mum|mam|mom|dad|wife|husband|boss|brother|sister|nan|gran)d) "
    r"(literally |actually |honestly )?(kill|murder|skin|strangle|throttle) (me|us|him|her)( (if|when) (he|she|they|i|we) (knew|found out|ever found out|saw|heard|read this))\b|"
    # nobody minds ("nobody bats an eye"), a trade dying ("the ASB is killing trade"), a class wearing someone out
    r"\b(bats?|batted|batting) an (eye|eyelid)\b|\b(is|are|s|was|its) (slowly )?killing (trade|business|the business|our business|my business|sales|footfall|the high street|the town|the trade|the atmosphere|the vibe|takings)\b|"
    r"\b(year \d+|my class|the class|this class|the kids|my kids|the children|these kids|my students|the students|my feet|my legs|my back|my knees|these shoes) (are|is) (literally |actually |absolutely )?killing me\b|"
    # put out of a home ("I'm not kicking him out"), not a kick
    r"\b(kick|kicks|kicking|kicked) (him|her|them|me|us|my \w+|our \w+|his \w+|her \w+) out\b(?! of (the|a|my|our|his|her) (window|car|moving))|"
    # a question asked and answered no ("asked him if he was thinking of hurting himself and he said no")
    r"\bif ((he|she|they) (was|were|is|are|had been|has been)|hes|shes|theyre) (thinking (of|about)|planning (on|to)?|going to) (hurting|harming|killing|hurt|harm|kill|ending) (himself|herself|themselves|his life|her life|their lives|it all)"
    r"( and| but)? (he|she|they) (said|says|swore|told me) (no|not|definitely not|he wasnt|she wasnt|they werent)\b|"
    # news that has come out since ("it's now come out that her partner killed her")
    r"\b(its|it has|it s|has|had) now (come out|emerged|turned out|transpired|been confirmed|come to light)\b"
    # a hospital admission told ("brought in with chest pain on Saturday")
    r"|\b(brought|came|come|admitted) (in|into hospital|to hospital|to a and e|to a e|onto the ward) with (\w+ ){0,2}(chest pains?|pains?|a fall|breathing problems|an overdose|a head injury|a seizure)\b"
    # the fire service in a list of services ("council, police, fire, probation")
    r"|\b(police|council|probation|health|nhs|ambulance|councils) fire\b|\bfire (police|council|probation|health|nhs|ambulance)\b|"
    # drink by the bottle ("can't get through a day without a bottle", "a bottle a day")
    r"\bwithout (a|the|his|her|their) bottle\b|\b(a|one|two|half a) bottle (of \w+ )?(a|per|every) (day|night)\b|\bon the bottle\b|\bhit(s|ting)? the bottle\b"
    # a cigarette outside ("her partner went out for a smoke"), no fire
    r"|\b(for|having|have|had|on) a (quick |crafty |sneaky )?(smoke|fag|cig|ciggie|vape)\b(?! (alarm|alarms|detector|detectors))|\bsmoke breaks?\b"
    # people in general, not someone now ("young men who think nothing of carrying a blade")
    r"|\b(think|thinks|thought) nothing of (carrying|having|pulling|using)\b|"
    r"\b(hitting|hit|meeting|meet|missing|miss|beating|beat|smashing|smash|smashed) ((our|its|their|the|this|that|a|all|any|every|those|these|your|my|his|her) )?(\w+ )?(targets?|goals?|figures?|numbers?|kpis?|deadlines?|milestones?)\b"
    # what nearly happened ("she nearly got hit by a van pulling out")
    r"|\b(nearly|almost|near enough) (got |been |was |getting |being )?(hit|run over|knocked (down|over)) by\b"
    # time since an illness or a habit ended ("seizure, two years clear now", "six months clean now")
    r"|\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (\w+ )?(years?|months?|weeks?|yrs?) (clear|free|clean|sober|dry|seizure free)( now)?\b"
    # a date that can't be moved ("a hospital appointment she's waited months for and can't move")
    r"|\b(appointment|interview|meeting|booking|shift|hearing|exam|flight|date|operation|scan|tribunal|surgery|holiday)s? (\w+ ){0,10}?(cant|cannot|can not|couldnt|could not) (be )?(move|moved)\b"
    r"|\boff (its|his|her|their|my|our|your) own bat\b|\bkill(ing)? two birds\b|\bkilling it\b|\b(absolutely|really) killing\b|\b(dying|dyin) to (?!death\b)\w+|\b(dead|dying|died) on (my|his|her|their|our|your) feet\b"
    # a mistake of one's own making ("proper shot myself in the foot letting my certificate lapse")
    r"|\b(shot|shoot|shooting) (myself|yourself|himself|herself|ourselves|themselves|ourself) in the foot\b"
    # a review's jibe ("more blood than sense"), and a trend ("crime is going up and up")
    r"|\bmore (\w+ ){1,2}than sense\b|\b(going|gone|went|goes) (up|down) (and|or) (up|down)\b"
    # dust in the air at work ("choking on dust up here lol")
    r"|\b(choking|chokin|coughing) on (the |all the |this |that )?(dust|sawdust|plaster dust|brick dust)\b(?! (and|cant|can not|cannot|not) )"
    # games and armies named for death ("my Death Guard", "a Kill Team game", "Blood Bowl league")
    r"|\b(death guard|kill team|blood bowl|deathwatch|death korps|killzone|deathmatch|death match|kill count|killstreak|kill streak)s?\b"
    # a target beaten, and a life stage ("it was beating it comfortably", "retired now")
    r"|\bbeating (the target|its target|their target|the targets|targets|expectations|the record|the odds|the deadline|the queues?|the traffic|the rush)\b"
    r"|\bbeating it (comfortably|easily|hands down|by (\w+ )?(points?|percent|miles|a mile))\b"
    r"|\b(semi )?retired now\b"
    # a thing, not a person, "killing me" ("the school run is killing me"); a craving ("I'd murder a brew")
    r"|\b(the|this|that|these|those|my|our|it|its) (?:(?!(?:" + _PEOPLE + r")\b)\w+ ){0,4}(is |are |s |was )?(literally |actually |honestly |absolutely |really )?(killing|killin) me\b"
    # a chore or a cost "killing me" ("paying to park at the hospital for every scan is killing me")
    r"|\b(paying|working|waiting|driving|commuting|studying|revising|parking|cooking|cleaning|travelling|queuing|queueing|budgeting|saving|juggling|"
    r"sitting|standing|walking|running|lifting|carrying|teething|sleeping|not sleeping) (\w+ ){0,10}(is |s )(literally |actually |honestly |absolutely |really )?(killing|killin) me\b"
    # a workout that "destroyed" or "murdered" someone ("leg day destroyed me")
    r"|\b(leg day|arm day|workout|session|training|gym|run|spin class|spin|circuits|bootcamp|hike|shift|week) (absolutely |proper |totally |literally |properly |well |has |just )?(destroyed|murdered|killed|wrecked|battered|finished|annihilated|broke) me\b"
    r"|\b(id|i would|i could|could) (murder|kill)( for)? (a|an|some|the) \w+"
    # feelings that are not ready for something yet ("I genuinely can't face that right now")
    r"|\b(cant|cannot|can not|couldnt|not ready to) (face|deal with) (that|this|it|them|the police|any of (that|this|it))( \w+)? (right now|rn|at the moment)\b"
    # a chef's knife work ("best knife hand I've ever worked with", "knife skills")
    r"|\bknife (hand|hands|skills|work|roll|block|rack|bag|set|sharpening|sharpener)\b"
    # a habit or a technique that "will kill me one day" ("instructor reckons my approaches will kill me one day lol")
    r"|\bmy (\w+ )?(approaches|landings|driving|cooking|diet|habits|smoking|drinking|job|hours|riding|flying|take offs|takeoffs|technique|knees|back|heart|lungs|sweet tooth|coffee habit) "
    r"(will|ll|are going to|is going to|are gonna|is gonna) (kill|be the death of) me\b"
    # a near miss in the kitchen ("nearly set the base kitchen on fire doing bacon butties, all fine")
    r"|\b(nearly|almost) (set|setting) (the|my|our|his|her|their) (\w+ ){0,2}(on fire|alight)\b"
    # watched closely ("the exam board are breathing down my neck")
    r"|\bbreathing down (my|our|his|her|their|your|the) (\w+ )?necks?\b"
    # swamped ("currently drowning in both tbh", "drowning in paperwork")
    r"|\bdrowning in (\w+ )?(mould|mold|damp|condensation|work|both|paperwork|debt|debts|assignments?|deadlines?|essays?|coursework|emails?|admin|stuff|bills|laundry|orders|it all|everything|the lot|uni|college|school)\b"
    # a set that went well ("absolutely killed it on the Square last night")
    r"|\b(absolutely|totally|proper|properly|really|honestly|literally|well) (killed|smashed|nailed) it\b|\bkilled it (on|at) (the )?(stage|square|set|gig|show|karaoke|open mic|mic|interview|exam|dance ?floor)\b"
    # a price ("fix a cracked screen without it costing a bomb")
    r"|\b(cost|costs|costing|costin|costed|charge|charges|charging|charged|spend|spent|spending|paid|pay|paying) (me |us |you |him |her |them )?a (bloody |flipping |small )?(bomb|fortune)\b"
    # a worry of what may come ("worried about him overdosing"), not one said to be happening ("scared he's overdosing")
    r"|\b(worried|worrying|worry|worries|scared|afraid|frightened|terrified|fear|fears|risk|chance|danger) (\w+ )?(about|of) (him|her|them|someone|somebody|people|dad|mum|my \w+|our \w+|the \w+) (overdosing|oding|od ing|having an overdose|having an od)\b"
    # a temper feared some day ("scared of him kicking off"), a way of speaking ("I'm going to be
    # blunt"), stabbings as news ("another stabbing in the paper")
    r"|\b(scared|afraid|frightened|worried|terrified|nervous|worry|worrying) (of |about |that )?(him|her|them|he|she|they|hell|shell|theyll) "
    r"(kicking|kicks|kick|will kick|going to kick|gonna kick|might kick) off\b"
    r"|\b(im|i am|i was|im just) (going to|gonna) be (blunt|honest|frank|straight|straight with you|upfront)\b"
    r"|\b(another|latest|recent|fatal|double|triple|mass) stabbing\b"
    # "in one breath she says he's her friend"
    r"|\bin (one|the same|the next|another) breath\b"
    # abuse spoken of in general ("anyone men can talk to when it is their partner who is hurting them")
    r"|\bwhen (it is|its) (\w+ ){0,3}(who is|whos|that is|thats|who are|that are) (hurting|hitting|abusing|attacking|controlling) (them|him|her|you|people)\b"
    # money that hits hard ("it's just money and it's hitting the lads with kids hard")
    r"|\b(its|it is|thats|that is|this is|prices are|costs are|money is|bills are|rent is|it s) (really )?hitting (\w+ ){0,4}hard\b"
    # a fear that lasts, not danger now ("the little ones are scared to get in the car now")
    r"|\b(scared|afraid|frightened|nervous|terrified|too scared|too frightened) (to|of) (\w+ ){1,4}now\b(?! (hes|shes|theyre|because|cos|as|he is|she is|they are))"
    # a mess or a price, not a bomb ("runs an absolute bomb site", "cost a bomb", "went down a bomb")
    r"|\b(bomb site|bombsite|cost a bomb|costs a bomb|costing a bomb|went down a bomb|goes down a bomb|going down a bomb|spent a bomb|like a bomb(s)? (has |had )?(hit|gone off in) (it|this|the|my|our))\b"
    # a camera's frame, not a gun ("he sits just out of shot")
    r"|\b(out of|in|into|outside) (the )?shot\b(?! (at|in the|him|her|me|them|us|dead))"
    # a thing gone missing, not a person ("now they say he owes them because a bag went missing")
    r"|\b(bag|phone|money|cash|parcel|package|stuff|wallet|purse|keys|gear|bike|car|laptop|delivery|it) (has |had |is |was |s )?(went|gone|go|going) missing\b"
    # a worry for some day, not now ("we're scared he'll overdose one night")
    r"|\b(scared|worried|afraid|frightened|terrified|worry|worrying) (that )?(hell|shell|theyll|he will|she will|they will|he might|she might|they might|he could|she could|they could) "
    r"(\w+ ){0,2}(overdose|od|die) (one day|one night|some day|someday|one of these days|eventually|at some point)\b"
    # how overdoses are prevented or reversed, and the fire service's work, are topics
    r"|\b(reverse|reverses|reversing|reversal of|prevent|prevents|preventing|survive|survived|surviving) (an |a |the )?(opioid )?overdoses?\b"
    # what the partnership is focusing on now ("is serious violence something it is focusing on at the moment?")
    r"|\b(focusing|focussing|focused|focussed|concentrating|prioritising|prioritizing) (on )?(\w+ ){0,3}(at the moment|right now|currently|now|these days)\b"
    # pushed or pressured into a marriage (forced marriage: help, not an assault)
    r"|\b(pushed|pressured|pressed|forced|bullied|talked) into (a |an |the )?(marriage|marrying|getting married|wedding|engagement)\b"
    # a threat that hangs on what someone does ("if he stops they'll hurt him")
    r"|\bif (he|she|they|i|we|you) (stops?|stopped|tells?|told|leaves?|left|quits?|says? anything|grass|grasses|goes to the police|go to the police|refuses?) "
    r"(\w+ ){0,4}(theyll|they will|theyd|they would|hell|he will|hed|shell|she will) (hurt|kill|beat|stab|do|come for|get)\b"
    # a fear that drink or drugs will kill someone in time ("she's scared it's going to kill her")
    r"|\b(scared|afraid|frightened|worried|terrified|worry|worries|fear|fears) (that )?(its|it is|it will|itll|the drink|the drinking|drinking|the drugs|drugs|the booze|booze|the heroin|the gear) "
    r"(is |are )?(going to|gonna|will|could|might) (kill|be the death of) (her|him|me|them|herself|himself|myself)\b(?! (tonight|now|right now|today))"
    # what a kit does ("a spray that can bring someone back from an overdose")
    r"|\b(bring|brings|bringing|get|gets|pull|pulls) (someone|somebody|people|them|him|her|you) (back |round )(from|out of) (an |a )?(opioid )?overdose\b"
    r"|\b(bring|brings|bringing) (someone|somebody|people|them|him|her|you) (back|round) (if|when) (they|he|she|someone|somebody|you) (overdose|overdoses|od|ods)\b"
    r"|\bfire (brigade|service|station|and rescue)\b|\bsmoke alarms?( (fitting|fitted|fitter|fitters))?\b"
    r"|\b(traffic|work|this|it|that|job|commute|heat|wait|queue|deadline|paper|report|meeting|meetings|feet|back|head|hangover|weather|uni|exams?|cold) (is |are |s |was )?killing me\b"
    r"|\b(boss|manager|line manager|supervisor|teacher|tutor|lecturer|director|chair|editor|sergeant|inspector|colleagues?|gaffer|team) (is going to|will|s going to|is gonna|gonna|would|ll|going to|is) (kill|murder|shoot|strangle|have my head)( me)?\b"
    r"|\b(bossll|gafferll|managerll|supervisorll|teacherll|tutorll|coachll|sargell|mumll|mamll|nanll) (kill|murder|have my head)( me)?\b"
    r"|\b(murder|kill) me (i|for|because|cos|as) (forgot|forgetting|missed|being late|was late)\b"
    # a parent's temper over a lost bus pass ("my mum's gonna kill me, I lost my bus pass again",
    # "my mum will kill me lol")
    r"|\b(mum|mam|mom|mummy|dad|daddy|parents|nan|gran|nana)s? (is |are |will |ll |s )?(gonna |going to |literally |actually |honestly |defo |deffo |definitely ){0,3}"
    # (not "if I tell anyone": that is a threat an abuser makes)
    r"(kill|murder) me (lol|lool|haha|lmao|(i|we|ive|weve|cos i|cos we|cause we|because we) (lost|broke|forgot|missed|failed|spent|dropped|smashed|crashed|ruined)|for (losing|breaking|forgetting|missing|failing|spending))\b"
    # things that spoil a chance ("my dating profile is murdering my chances")
    r"|\b(murdering|murdered|murders|killing|killed|kills) (my|the|our|your|his|her|their|any) (chances|vibe|vibes|mood|buzz|sales|trade|business|ratings?|score|"
    r"street cred|rep|reputation|confidence|love life|dating life|social life|appetite)\b"
    # a slur that asks about a bomb ("punters asking if I've got a bomb under my turban")
    r"|\b(ask|asks|asked|asking|joke|jokes|joked|joking|say|says|said|saying|shout|shouts|shouted|shouting) (at me |to me |me )?(if|whether|about|that) "
    r"(ive|i have|i had|im|i am|i was|ive got) (got |carrying |hiding |wearing )?(a |any )?(bomb|bombs|explosives?)\b"
    # harm not seen, self-harm said not to have happened, startled by noises ("I have not seen anyone
    # being hit", "he's not hurt himself and he's safe in his house now", "I jump at every noise")
    r"|\b(not|never|havent|have not|hasnt|has not|didnt|did not) (\w+ )?(seen|heard|witnessed|noticed|saw) (anyone|anybody|someone|somebody|him|her|them|any of them) "
    r"(being |get |getting )?(hit|hurt|attacked|beaten|abused|threatened|harmed)\b"
    r"|\b(hes|shes|theyve|theyre|he has|she has|they have|has|have|is|are) (not|never) (hurt|harmed|cut) (himself|herself|themselves)\b(?! yet)"
    r"|\b(hasnt|havent|has not|have not|isnt|arent|never) (hurt|harmed|cut) (himself|herself|themselves)\b(?! yet)"
    # self-harm said not to be talked of ("she's not talking about hurting herself")
    r"|\b(not|isnt|hasnt|never|no one|nobody) (been )?(talking|talked|talk|said anything|saying anything|mentioned anything|mentioning|spoken) (about|of) (hurting|harming|killing|ending) (himself|herself|themselves|myself|it all|her life|his life|their life)\b"
    # a confidence, not a time ("now this is between us and these four walls")
    r"|\b(now )?(this is|its|this|thats) (just |strictly )?between (us|you and me|ourselves|me and you)( and (these|the) four walls| and the gatepost)?\b"
    # things gone missing ("several board packs are missing from the shared drive")
    r"|\b(packs?|documents?|files?|pages?|records?|references?|items?|parcels?|keys|money|cash|wallet|purse|passport|tools|stock|data|values?|cells?|rows?|fields?|entries|links?|receipts?|paperwork|letters?|minutes|post) (are |is |has |have |keeps |keep |been |gone |going |went |go |goes ){0,3}missing\b"
    # no one hurt, and gone ("nobody's been hurt and they've gone for tonight")
    r"|\b(nobody|no one|noone|nobodys|no ones|noones) (has |have |had |s |was |were |is )?(been |got |ever been )?(hurt|injured|harmed)\b|\bgone (home )?for (tonight|the night|today)\b"
    r"|\b(jump|jumps|jumping|jumped) at (every|the slightest|any|each) (little )?(noise|sound|knock|bang|creak)\b"
    # what abuse is said to be, in general ("everyone says domestic abuse is men hitting women")
    r"|\b(men|women|blokes|lads|people|husbands|partners) (hitting|beating|hurting|attacking) (women|men|people|their (wives|partners|husbands|girlfriends|boyfriends))\b"
    # a rent rise or the cold, not a person ("the landlord is going to murder us with this rent hike", "frozen to death on the school run")
    # (a bill or a price, never a weapon: "he's going to kill me with this knife" is danger)
    r"|\b(murder|kill|bankrupt|finish) (us|me|them|her|him) (off )?with (this|that|the|these|those|their|his|her|its|all (this|that|the|these|those)) "
    r"(\w+ )?(bills?|tax|rent|rents|hikes?|rises?|increases?|prices?|charges?|fees?|fines?|paperwork|forms?|admin|homework|questions|"
    r"kindness|cooking|noise|music|rules|demands|letters|emails|calls|texts|meetings|workload|chores|cuts|interest|debts?|costs?|repairs|arrears)\b"
    # a likeness, not an injury ("felt like I'd been shot", "as if I'd been stabbed")
    r"|\b(felt|feels|feel|feeling|felt just|feels just) (like|as if|as though) (i|id|i had|ive|i have|someone|somebody|hed|shed|hes|shes|youve|youd) (just )?(been |had been )?"
    r"(shot|stabbed|hit by a (bus|train|truck|lorry|car)|run over|punched|kicked|hit)\b"
    # drinking a bottle down ("killing a bottle of vodka every night")
    r"|\b(killing|killed|kill|kills|murdering|murdered|demolishing|demolished|destroying|destroyed|sinking|sank|sunk|necking|necked) "
    r"(a|the|half a|half the|another|two|three|a whole|his|her|their|my) (\w+ )?(bottles?|pints?|cans?|crates?|slabs?|boxes|box|bags?|pack|packs|litres?)\b"
    r"(?! of (\w+ )?(tablets?|pills?|meds|medication|paracetamol|painkillers?|co codamol|codeine|tramadol|sertraline|diazepam|pregabalin|sleeping))"
    r"|\b(frozen|freezing|froze|bored|starving|starved|worried|scared) to death\b"
    # harm said not to have happened ("nobody has hurt me", "he's never laid a finger on me")
    r"|\b(nobody|no one|noone|nobodys|never|hasnt|havent|has not|have not) (has |have |had |s |ever ){0,2}(hurt|hit|touched|harmed|attacked|laid a (finger|hand) on) (me|us|her|him|them)\b"
    # "the gaffer'll kill me if I'm late" (folded "gafferll")
    r"|\b(boss|manager|gaffer|teacher|mum|mam|missus|wife|husband)ll (kill|murder) me (if|when) (im|i am|i was|were|we are|i get|i forget|i miss|i dont)\b"
    # a slip at work or home ("chef will murder me if I burn the jus again"), not "he'll kill me if I leave"
    # (said of someone at work or school, never of a partner: "he'll kill me if I break anything" is a threat)
    r"|\b(chef|boss|manager|gaffer|teacher|coach|supervisor|sarge|tutor|lecturer|landlady|landlord)( will|ll| is gonna| gonna| is going to| would) "
    r"(kill|murder|skin|strangle|throttle) (me|us) (if|when) (i|we) (\w+ )?(burn|burnt|break|broke|forget|spill|miss|lose|drop|"
    r"scratch|mess up|ruin|overcook|overcooked|undercook|am late|m late|run late|turn up late|fail|dent|smash|crash)\b"
    # a chore or a stage of life, not a person ("SATs are killing me as a parent lol")
    r"|\b(the |my |these |our |his |her )?(kids|children|twins|grandkids|boys|girls|toddlers|little ones) (are|r|were) (literally |actually |honestly |absolutely |really |proper )?(killing|killin) me\b"
    # a horse or a cat with a temper ("my mare tried to murder the farrier again")
    r"|\b(mare|gelding|horse|pony|cob|stallion|cat|kitten) (\w+ )?(tried to|nearly|almost|wants to|wanted to) (murder|kill)\b"
    r"|\bkilling me as an? (parent|mum|mam|dad|teacher|carer|nurse|student|chef|manager|grandparent|single (mum|dad|parent)|volunteer|landlord|business owner|coach|driver)\b"
    # the date or the time told, not danger now ("It's November now")
    r"|\b(its|it is) (january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter|christmas|the weekend) now\b"
    # still a priority today ("is serious violence on the priority list now?")
    r"|\b(priority|priorities|priority list|plan|strategy|targets?|agenda) now\b"
    r"|\b(wake|waken|raise) the dead\b"
    # games lost ("getting absolutely battered at darts"), alarms and locks fitted
    r"|\b(battered|hammered|thrashed|smashed|destroyed|slaughtered|murdered|annihilated) (\w+ ){0,2}(at|in) (darts|pool|snooker|football|footy|five a side|5 a side|"
    r"cricket|rugby|the quiz|quiz|bingo|fifa|chess|cards|poker|bowls|tennis|squash|badminton|netball|the league|league)\b"
    r"|\b(alarms?|locks?|doorbells?|cameras?|cctv|carpets?|kitchens?|boilers?) (fitting|fitted|fitter|fitters)\b"
    r"|\b(fit|fitted|fitting) (a |an |the |new |free )?(smoke |fire |carbon monoxide |co )?(alarms?|locks?|doorbells?)\b"
    r"|\b(meeting|meetings|lecture|training|queue|wait|commute|agenda|exam|shift|film|match|this|it|that) (is|was|are|were|s) (genuine |absolute |pure |total |actual )?(torture|murder)\b"
    r"|\bshoot me now\b|\bthreats to kill\b|\b(is|are|s|was|its|thats) (absolute |pure |bloody |proper )?murder\b|\b(non|not an?|isnt an?|no) emergency\b"
    r"|\bdead (old|good|funny|nice|easy|hard|busy|boring|serious|keen|posh|proud|chuffed|lush|quick|slow|scared|worried|frightened|nervous|upset|excited|sweet|lovely|friendly|quiet|tired|happy|sad|rude|shy|embarrassed|pleased|annoyed|mardy)\b"
    r"|\boverdos(e|ed|es|ing) (on|of) (coffee|caffeine|chocolate|sugar|netflix|work|tea|energy drinks?|red bull|paperwork|meetings)\b"
    r"|\b(overdose|drug related|drug) (deaths?|mortality|rates?|figures|statistics|prevention|awareness|data|reviews?|reversal|kits?|sprays?|injections?|training|risks?)\b"
    r"|\b(risk|risks|chance|danger|dangers) of (an |a )?overdos\w*\b|\breversal (stuff|kit|kits|drug|drugs|spray|medicine|injection)\b"
    # in case of an overdose some day ("something to keep in the house in case he overdoses")
    r"|\b(in case|incase|if ever|if) (he|she|they|someone|somebody|anyone|my \w+|your \w+|her \w+|his \w+) (ever |does |did )?(overdoses|overdose|ods|od|overdosed|over doses|stops breathing|stop breathing|goes over)\b"
    # a fear for some day ("frightened of finding him one morning not breathing", "scared I'll end up getting stabbed")
    r"|\b(scared|afraid|frightened|worried|terrified|worry|worrying|dread|dreading) (of |about |that )?(\w+ ){0,6}(one day|one morning|one night|some day|someday|one of these days) (\w+ ){0,4}(not breathing|dead|overdosed|gone|hurt)\b"
    r"|\b(scared|afraid|frightened|worried|terrified|worry|worrying|dread|dreading) (of |about |that )?(\w+ ){0,6}(not breathing|dead|overdosed) (one day|one morning|one night|some day|someday|one of these days)\b"
    r"|\b(end up|ending up|might|could|would|ill|i will|im going to) (\w+ )?(getting|being|get|be) (stabbed|shot|hurt|killed|glassed|jumped)\b"
    # carrying a knife for protection, said of oneself ("I've started carrying a knife because I got jumped")
    r"|\b(ive|i have|i|im|i am|ive been|i been|i started|ive started) (started |been |begun |taken to )?(carrying|to carry|carry) (a |my )?(knife|blade|weapon)\b"
    # someone who goes missing, as a pattern ("he's been going missing overnight")
    r"|\b(been|keeps|keep|kept|always|started|starts|start) going missing\b"
    # a threat to complain, not to hurt ("she's threatening to report him for noise")
    r"|\b(threaten\w*|threats?) (to )?(report|complain|sue|evict|sack|fine|leave|call the (council|landlord)|ring the (council|landlord)|take (us|me|him|her|them) to court)\b"
    # the gas bill, a dog that fell down the stairs, things kicked over, edge cases kept hitting,
    # outside the priorities
    r"|\b(the |my |our )?gas (bill|bills|meter|supplier|company|and electric\w*|top up|card|payment|arrears|safe|engineer|boiler)\b|\b(behind|arrears) (on|with) (the|my|our) gas\b"
    r"|\b(it|dog|cat|pet|puppy|kitten|animal|hamster|rabbit) (\w+ ){0,2}(fell|was pushed|got pushed|was thrown|fallen) down the stairs\b"
    r"|\b(kicked|knocked|threw|smashed|tipped|pushed) over (the|a|some|my|our|his|her|their) (\w+ )?(cages?|bins?|chairs?|tables?|displays?|shelves|stands?|plants?|pots?|boxes|signs?|bikes?|stalls?)\b"
    r"|\b(keep|keeps|kept|i keep|we keep) hitting (the |a |these |those |this |that )?(\w+ )?(edge cases?|wall|walls|limits?|snags?|bugs?|errors?|roadblocks?|brick wall|ceiling|issues?|problems?)\b|\bedge cases?\b"
    r"|\boutside (the|of the|of) (\w+ )?(priorities|scope|remit|hours|office hours|working hours|box|six|five|seven|city|area|county|uk|brief)\b"
    # kicking a ball, attacking the hedge, hitting the gym
    r"|\bkick\w* (a |the |their |his |her |my |our )?(foot ?balls?|balls?)\b"
    r"|\b(attack\w*|hitting|hit|smash\w*|beating|battering) the (hedge|hedges|weeds|garden|lawn|grass|bushes|brambles|ironing|housework|gym|books|shops|sales|road|snooze button|paperwork|inbox|bottle)\b"
    # a marriage planned abroad, not someone being taken now ("being taken to Pakistan in the summer to marry")
    r"|\b(being|be|is being|getting|get|gets) (taken|sent|flown|shipped) (abroad|overseas|out of the country|back home|home|to \w+)( \w+){0,4} "
    r"(in|this|next|over|during|for|after) (the )?(summer|holidays?|half term|easter|christmas|eid|" + _MONTHS + r"|year|month|week|term)\b"
    # things, plants and bodies' tests, not people ("the battery is dead", "my tomatoes are dying",
    # "blood test results", "the fire alarm is tested on Tuesdays", "mould is killing the walls")
    r"|\b(battery|batteries|phone|laptop|tablet|car|engine|drill|charger|printer|tv|telly|boiler|bulb|torch|remote|"
    r"tomatoes|plants?|leaves|lawn|grass|hedge|tree|trees|flowers|roses|seedlings|crops?|veg|houseplants?) "
    r"((is|are|was|were|has|have|keeps?|just|gone|went|completely|totally|all) ){0,2}(dead|dying|died|die)\b"
    r"|\b(kill|killing|get rid of) (it|them) off\b|\b(mould|damp|weeds|slugs|frost|heat|the cold) (is |are )?killing\b"
    r"|\bblood (tests?|results?|pressure|sugars?|levels|count|donation|donor|bank|work)\b"
    r"|\bfire (alarms?|drills?|doors?|exits?|escapes?|extinguishers?|safety|brigade visit|risk assessments?|blankets?)( \w+){0,2} "
    r"(test|tests|tested|testing|check|checks|checked|went off|goes off|going off|practice)\b"
    r"|\bfire (drill|alarm test|safety check|extinguisher)\b"
    r"|\b(test|tests|tested|testing|check|checks|checked|service|serviced) (the |our |a |all the )?fire (alarms?|doors?|extinguishers?|exits?)\b"
    r"|\b(kill|killing|killed) my ?self laughing\b|\b(died|dying|dead) (laughing|of embarrassment|of shame)\b"
    r"|\b(shifts?|nights|night shifts|rota|hours|overtime|knees|legs|teeth) (is |are |s )?killing (me|us)\b"
    r"|\bill (kill|murder|strangle|throttle) (him|her|them|you) if (hes|shes|theyre|youre|he is|she is|they are|you are|he|she|they|you) "
    r"(late|not|forgets?|forgot|doesnt|dont|does that|do that)\b"
    # how long it has gone on, not when ("four times now", "for months now")
    r"|\b(times|days|weeks|months|years|ages|a while|some time|a bit|weekends|nights) now\b"
    # things and pets that go missing ("the recipe has gone missing", "a missing cat")
    r"|\b(recipe|parcel|post|letter|keys|wallet|purse|phone|bike|payment|money|paperwork|documents?|cat|dog|pet|kitten|puppy|tortoise|rabbit|budgie) "
    r"((has|have|had|went|gone|go|is|are|was|were|been) ){0,3}missing\b|\bmissing (cat|dog|pet|kitten|puppy|parcel|post|letter|item|payment|keys|wallet|purse)\b"
    # too much of something ("drowning in courgettes", "drowning in paperwork"), a craving ("dying for a kebab")
    r"|\bdrowning in (\w+ ){0,2}(work|paperwork|emails?|e mails|debt|bills|admin|marking|washing|laundry|ironing|courgettes|tomatoes|apples|plums|"
    r"beans|veg|vegetables|produce|fruit|requests|referrals|cases|calls|applications|forms|homework|toys|letters|post|stuff|orders|jobs|complaints|reports|"
    r"scripts|essays|papers|assignments|dissertations|exams|grading|tickets|bookings|invoices|receipts|spreadsheets|messages|texts|notifications|deadlines)\b"
    r"|\b(dying|dyin|gasping) for (a|an|some|my|me) (?!breath\b|air\b)\w+"
    # a phone about to die, the gas safety check, a home fire-safety visit
    r"|\b(my |the |his |her |their )?(phone|phones|battery|batteries|laptop|tablet|torch) ((is|s|are|about|to|going|gonna|nearly|almost|just) ){0,3}(die|dying|dead)\b"
    # (not a gas fire or heater: those are read by the fumes rules, "the gas heater on all night ... hard to wake")
    r"|\bgas (safety|safe|certificates?|certs?|checks?|fitters?|man|supply|leak checks?)\b"
    r"|\b(home )?fire safety (visits?|checks?|advice|talks?|officers?|team|plans?|campaigns?|inspections?|work|assessments?|visitors?|messages?|leaflets?|sessions?)\b"
    # a place or a thing missed ("he's been missing his job club sessions")
    r"|\b(nearly|almost) (drowned|drowning) (in|at) (the )?(lane|lanes|swimming|pool|paperwork|work|emails?|admin|marking|washing|courgettes)\b"
    r"|\bmissing ((his|her|my|their|our|the|your|a|an|some|lots of|loads of) )?(\w+ ){0,2}(sessions?|appointments?|classes|class|lessons?|school|college|work|meetings?|"
    r"club|bus|buses|train|trains|tram|trams|shifts?|payments?|deadlines?|the point|practice|practices|rehearsals?|training|matches|games|gigs|lectures?|uni)\b"
    # a hazard, not a fire ("it's a fire waiting to happen"); bored, not dying; a sibling's threat over homework
    r"|\bdeath ?traps?\b|\b(accident|fire|disaster|tragedy) waiting to happen\b|\bfire (hazard|hazards|risk|risks|trap|traps)\b"
    r"|\b(dying|died|die|dead) (of|from) (boredom|embarrassment|shame|cringe|the heat|heat|hunger|thirst)\b|\bbored to death\b"
    r"|\b(going to|gonna|will|is going to|s going to) (murder|kill) me if (i|we) (dont|do not|didnt) (finish|do|tidy|clean|hand in) "
    r"(this|my|the|our|me) (homework|essay|room|coursework|project|bedroom|chores|dishes|washing up|assignment|revision)\b"
    r"|\b(not|never) (about|going) to (get|risk getting) (myself|me) (stabbed|shot|killed|hurt|beaten up|jumped)\b"
    # a party drink (a punch bowl), and one that won't leave everyone dead on the floor
    r"|\bpunch (recipes?|bowls?|ingredients)\b|\b(fruit|rum|party|christmas) punch\b"
    r"|\b(wont|will not|doesnt|does not|wouldnt|without) (have|having|leave|leaving|get|getting) (everyone|everybody|us|them|people|the guests|half the guests) (\w+ ){0,2}(dead|flat out|passed out|on the floor)( on the (\w+ )?floor)?\b"
    # a panic attack is no assault (its breathlessness is read by the medical rules)
    r"|\bpanic attacks?\b"
    # no one hurting anyone, statistics that climb, toys that shoot, hypothetical threats, verbal
    # attacks, a dying heat, the risk of carrying knives
    r"|\b(nobody|no one|noone|nobodys|no ones) (is |s |has |have )?(hurting|hitting|harming|attacking|threatening|touching|touched|hurt|hit|laid a finger on) (me|us|her|him|them|anyone|anybody)\b"
    r"|\b(assaults|stabbings|shootings|violence|knife crime|attacks|fights|incidents|violent crime) (\w+ ){0,2}(climb|climbs|rise|rises|rising|go up|goes up|increase|increases|spike|spikes|peak|peaks)\b"
    r"|\b(rise|rises|increase|increases|spike|spikes) in (assaults|stabbings|shootings|violence|knife crime|attacks|fights)\b"
    r"|\b(shot|shoots|shooting|shoot) (me|us|him|her|them) with (a |his |her |their |my )?(water pistol|water gun|nerf gun|nerf|toy gun|cap gun|super soaker|pea shooter)\b"
    r"|\b(water pistols?|water guns?|nerf guns?|toy guns?|cap guns?|super soakers?|pea shooters?)\b|\bdied (very |so |really )?(dramatically|theatrically)\b"
    r"|\bif (someone|somebody|anyone|anybody|a stranger|people) (online )?(is |s |are )?(genuinely |ever |really )?(threatening|hurting|bullying|blackmailing|grooming|harassing|targeting) "
    r"(them|you|kids|children|young people|a child|our kids|the kids)\b"
    r"|\b(verbally|verbal) (attacked|attacking|abused|assaulted)\b|\b(attacked|attacking) (\w+ ){0,4}\(?verbally\b|\beach others throats\b|\bwar zone\b"
    r"|\b(dying|dyin|melting|boiling) in (this|the) (heat|sun|sunshine|queue|traffic|weather)\b"
    r"|\b(eyes|head|feet|back|brain|ears|legs|arms) (hurt|hurts|ache|aches|aching|are aching|is aching)\b"
    r"|\bstabbing (\w+ ){0,6}?(a few |few |some |two |three |four |several )?(days|weeks|months|years) ago\b"
    r"|\bthreaten\w* to out (them|him|her|me|us)\b"
    # bottles broken on the ground, not at anyone ("smashing bottles on the ramps so there's glass everywhere")
    r"|\bsmash(ing|ed|es)? (bottles|glass|glasses|cans|jars) (on|onto|against|all over) (the )?(\w+ )?(ramps?|floor|ground|road|street|pavement|path|wall|park|benches|bins?|kerb|steps|car park)\b"
    r"|\brisk of (\w+ ){0,3}(knives|knife|weapons?|knife crime|violence|exploitation)\b"
    r"|\b(being |been |getting )?blackmailed by my (\d+ ?(year|yr) old|little|kid|son|daughter|toddler|sister|brother)\b"
    # jumping to conclusions, bins kicked over, a busy hour missed, the beat officers, someone said
    # not to be hurt or violent ("he isn't violent and he isn't hurt")
    r"|\bjump(s|ed|ing)? (to (conclusions|a conclusion|the wrong conclusion)|the gun|the queue|at the chance)\b"
    r"|\b(kicking|kicked|kick|kicks|knocking|knocked|tipping|tipped) (the |a |some |our |their |my |all the )?(wheelie )?(bins?|chairs?|tables?|signs?|bikes?|cones?|plant pots?|boards?) (over|about|around|round)\b"
    r"|\bmissing (the |our |my |their |a )?(busiest |best |last |first |late |main )?(hour|hours|rush|trade|custom|customers|business|chance|boat|window|start|end)\b"
    r"|\bbeat (officers?|managers?|team|bobby|coppers?|pcs?|police)\b"
    # (a state, not a threat: "he's not hurt her yet" is read in full)
    r"|\b(isnt|arent|wasnt|werent|is not|are not|was not|were not|im not|hes not|shes not|theyre not|never been) (hurt|injured|violent|bleeding|aggressive)\b"
    r"(?! (her|him|me|them|us|you|anyone|anybody|yet)\b)"
    # a passport or a phone taken off someone ("her passport has been taken from her")
    r"|\b(passport|passports|phone|phones|keys|money|documents|papers|id|ids|cards?|bank cards?|wages|flat|house|place) (has |have |had |was |were )?(been )?taken (off|from|over)( (her|him|me|them|us)\b)?"
    # fire doors and the licence's checks, a priority's name ("weapon enabled offending"), a craving
    # without an article ("dying for chips"), exams that will be the end of someone
    r"|\bfire (doors?|exits?|escapes?|extinguishers?|blankets?|regs|regulations|precautions|certificates?|risk assessments?|notices?|drills?|procedures?|marshals?|wardens?|safety)\b"
    r"|\bweapons? enabled (offending|offences?|crime|violence)\b|\b(knife|gun|weapon|weapons) (crime|offending|offences|amnest(y|ies)|arch(es)?|surrenders?|bins?)\b"
    r"|\b(dying|dyin|gasping) for (chips|a chippy|kebabs?|pizza|food|coffee|tea|brews?|cuppas?|pints?|beers?|drinks?|a wee|wee|a pee|fags?|smokes?|sleep|my bed|bed|holidays?|burgers?|nuggets|chocolate|snacks?|curry|maccies|mcdonalds|greggs|takeaways?|cigs?|cheesy chips)\b"
    r"|\b(exam season|exams?|revision|homework|coursework|deadlines?|work|job|heat|traffic|commute|uni|school|college|week|mondays?|"
    r"gym|leg day|rent|bills|weather|cold) (is |are |s |will )?(actually |literally |honestly |defo |deffo |proper )?(gonna|going to|will) (kill|be the death of|finish) me\b"
    # thoughts someone says they do not have ("no thoughts of hurting herself")
    # (only hurting or harming: "no plans to kill myself but I've taken 30 pills" is read in full)
    r"|\bno (thoughts?|thought) (of|about) (hurting|harming) (her|him|my|them|your)(self|selves)\b"
    # things set alight before now ("twice now have set fire to the compost bays")
    r"|\b(twice|once|three times|four times|a few times|several times) now\b"
    # a target met or not ("what's their target ... are they hitting it or not")
    r"|\b(are|were|is|was|arent|werent|isnt|wasnt) (they|we|you|it|the partnership|the cdp|the board) (\w+ )?(hitting|meeting|missing|smashing) it\b"
    # a flat battery ("car's dead ... who can come jump me tonight")
    r"|\bjump ?start\w*|\bjump leads\b|\b(car|van|battery|motor|engine|breakdown)s? (\w+ ){0,12}?jump (me|my car|the car|my van|the van|us|it)\b"
    # a thing that has stopped working ("car's dead as a dodo", "phone battery's dead")
    r"|\bdead as (a |the )?(dodo|doornail|door nail)\b|\b(battery|batteries|car|engine|laptop|van|motor|tablet|torch|radio|telly|tv|router|wifi)s? (is |s |was |has |went |gone |has gone |just |totally |completely |properly ){0,3}dead\b"
    # worn out, not dying ("I'm dying here, been planning my dad's 60th for weeks")
    r"|\b(im|i am) (literally |actually |honestly |absolutely )?dying here\b"
)
_IDIOMS_SCAN = WordStartPattern(_IDIOMS)
"""_IDIOMS, tried only where one can begin (a long message is read once for all of them)."""
# Past events: with one of these and no sign of "now", the strong rules do not read the message as
# danger now ("my son overdosed last year"); the learned model and support services still see it.
NOW_SAID = WordStartPattern(
    # "now", but not reporting it now, nor a lasting change ("she now won't leave the house")
    r"\b(" + _TOLD_NOW + r"now(?<!\bonly now)(?<!\bnot now)(?<!\bthe police right now)(?<!\bgo to police right now)(?<!\breport it right now)" + _FOR_A_WHILE_NOW + r"(?<!\buntil now)(?<!\bbefore now)(?<!\beverywhere now)(?<!\banywhere now)(?<!\breport it now)(?<!\breport this now)(?<!\breport that now)(?<!\breport now)(?<!\blist now)(?<!\blists now)(?<!\bagenda now)(?<!\bradar now)(?<!\bregular now)(?<!\bregulars now)(?<!\bpriority now)(?<!\bpriorities now)(?<!\blive now)(?<!\blives now)(?<!\bliving now)(?! (typing|writing|asking|messaging|posting|emailing|contacting))"
    r"(?! (been |being )?(charged|arrested|convicted|sentenced|jailed|released|bailed|points?|pointing|suggests?|shows?|confirmed|ruled|closed|rehoused)\b)"
    r"(?! ((he|she|they|hes|shes|theyre) )?(wont|will not|doesnt|does not|refuses to|cant bring (herself|himself)|is too scared to|is scared to) (leave|go out|go))|" + _NOT_YET_TO_THE_POLICE + r"right now|rn|tonight|2nite|2night|tonite|just now|at the moment|currently|as we speak|minutes ago|min ago|mins ago|"
    r"outside(?! (the|a|an) (\w+ )?" + _PUBLIC_PLACE + r")(?! (of )?(office|working|opening|school|business|normal|core|usual|visiting) hours)"
    # (a thing on the outside, not someone out there: "nicked the copper off the outside pipes")
    r"(?! (pipes?|pipework|taps?|lights?|lighting|walls?|bins?|toilets?|loo|space|seating|tables?|drains?|cameras?|cctv|agencies|organisations|interests)\b)|"
    # "still", but not the speaker's own lasting hurt ("I still get nightmares", "I've still got that in me")
    r"still(?! (live|lives|living|lived)\b)(?<!\bwas still)(?<!\bwere still)(?<!\bi still)(?<!\bive still)(?<!\bi have still)(?<!\bit still)(?<!\bwould still)(?<!\bcould still)(?<!\bwill still)(?<!\bcan still)(?<!\bmight still)(?<!\bshould still)(?! (bugs|bothers|haunts|upsets|affects|gets to|hurts) me)(?! (wont|will not|refuses to|hasnt|has not|doesnt|does not) (giv|give|pay|return|send|fix|sort|repair|refund|answer my|reply))|"
    r"(hes|shes|theyre|is|are|still|right|in) here|(?<!overdosed )(?<!died )(?<!collapsed )(?<!happened )(?<!had been )(?<!whos )(?<!who is )(?<!whats )(?<!anyone )(?<!anybody else )(?<!anyone else )in the (house|flat)|next room|(?<!\bhappening )(?<!\bhappen )(?<!\bhappens )again|(?<!told me )(?<!told us )(?<!rang me )(?<!texted me )(?<!messaged me )(?<!mentioned )(?<!admitted )(?<!confided )(this evening|this morning|today)(?! (she|he|they|my \w+) (finally |eventually |at last )?(told|said|admitted|confided|opened up|mentioned|had|was|were|came in|came|wore|turned up|looked|seemed|walked in|arrived))|is being)\b"
)
# Someone asking in a professional role: the topic words are their work, unless danger is now.
_PROFESSIONAL = WordStartPattern(
    r"\b(councillor|cllr|commissioner|researcher|phd|dissertation|thesis|student (writing|researching|doing a)|journalist|reporter|analyst|pcso|"
    r"community protection officers?|social worker|practitioner|board member|committee member|scrutiny|briefing(?! room)|"
    # (a workshop held, not the one someone works in: "the unit next to my workshop is on fire")
    r"(training|board|members|partners|partnership|stakeholder|council|development|planning|strategy|away day) workshop|"
    r"training session|presentation|portfolio holder|my ward|our team|my team|new starter|just started as|im new to|"
    r"peer mentor|governors|parent rep|union rep|staff rep|shop steward|service user forum|agenda|"
    r"(hr|human resources) (business partner|manager|adviser|advisor|officer|lead|team|department)|hrbp|occupational health|employee assistance|"
    # health staff writing about a patient ("PN here. Male pt, wife has been hitting him")
    # (not a health visitor or nurse as such: on a home visit they may be watching danger now)
    r"(gp|pn) here|(male|female|f|m) (pt|patient)|pt (disclosed|told|said|asked|admitted|admits|reports|reported|states|stated)|"
    r"(im|i am) (\w+ ){0,3}from the (housing association|council|police|probation service|nhs trust|fire service)|"
    # (a talk given, not "went outside to talk about it")
    r"((?<!to )talk|session|assembly|lesson|leaflet|article|blog|essay|project|newsletter|podcast|workshop) (on|about|for (our|the|my))|"
    r"(putting|put) together a|"
    # a case written up after a visit ("I'm writing up a case from today's visit where ...")
    r"writing up (a|the|my|our|this) (case|notes|visit|assessment|report|referral|record)|from (todays|yesterdays|this mornings|last weeks|a|my|our) (home )?visit)\b"
)
# "She's not in danger right now", "he's not there now", "we're safe for now": said so that the
# rest is not read as an emergency; the rules then read it as they read a past event.
_QUITE = r"(completely |totally |perfectly |absolutely |quite |pretty |all |both )?"
_IN_DANGER = r"(in )?(any )?(immediate |imminent |acutely |currently |immediately )?(danger|risk|unsafe)\b( (right )?now| at the moment| this (minute|second)| rn| today| tonight)?"
"""...in danger (right now): what _CALM says someone is not, or is not thought to be."""
_STAYING = (
    r"(im|i am|shes|hes|she is|he is|theyre|they are|were|we are|and|is|are|has gone to|have gone to|gone to) (staying|sleeping|stopping|stopping over|stay|sleep) "
    r"(at|with|in) (a |my |her |his |their |our )?(friends|friend|mums|mum|mams|dads|sisters|sister|brothers|brother|nans|aunties|"
    r"mates|mate|family|parents|refuge|supported living|hostel|hospital|safe house|mine|ours|yours|theirs|\w+s)( house| place| flat)?( with staff)?( tonight| for now| for a few days| at the moment)?\b"
)
"""Someone staying somewhere safe for now ("she's staying with a friend", "I'm stopping at my brother's tonight")."""
_CALM = WordStartPattern(
    r"\b(not|isnt|is not|arent|are not|aint|wasnt|nobody is|nobodys|no one is|no ones|noone is|noones|never|nobody was|no one was|noone was|nobody|no one|noone) " + _IN_DANGER +
    # "not saying he's in danger this minute"
    r"|\bnot (saying|suggesting|claiming) (that )?(hes|shes|theyre|he is|she is|they are|im|i am|its|anyone is|someone is|the \w+ is) " + _IN_DANGER +
    # "he didn't seem in danger this minute"
    r"|\b(didnt|doesnt|dont|did not|does not|do not) (seem|look|appear) (to be )?" + _IN_DANGER +
    # "a question for the future, not now"
    r"|\b(for|about|in) (the )?future,? not (for )?now\b|\bnot (for )?now,? (for|in) (the )?future\b"
    # "she's at mine now and safe", "home and safe"
    r"|\b(im|i am|shes|she is|hes|he is|theyre|they are|were|we are|is|are|everyones|everyone is|all) (\w+ ){0,5}(now|here|mine|ours|home|house|place|flat|away|tonight|us|me|own|alone) and (perfectly |completely |totally |quite )?safe\b"
    r"|\b(hes|shes|theyre|he is|she is|they are|were|we are|im|i am) not (there|here|around|home|about|with (me|her|him|them|us)|at (the|his|her|their|my|our) (\w+ )?\w+) "
    r"(now|right now|rn|atm|at the moment|anymore|any more|today|this minute)\b"
    r"|\b(shes|hes|theyre|were|im|i am|she is|he is|they are|we are|everyones|everyone is|everybodys|everybody is) " + _QUITE + r"(safe|ok|okay|fine|alright|sober|straight|calm|sound|better|recovered|healed|home|back home|safe at home)"
    r"( safe| safely| safe and sound| here| at home| with me)? (now|right now|today|tonight|at the moment|at present|at the minute|this minute|for the moment|for now|for the time being|rn|atm)\b"
    # "I'm on my break in the staff room now, completely safe"
    r"|\b(im|i am|were|we are) (\w+ ){0,8}(now|here|tonight|at the moment) (completely|totally|perfectly|absolutely|quite) safe\b"
    # "right now he's fine", "for now we're safe"
    r"|\b(right now|for now|at the moment|today) (shes|hes|theyre|were|im|i am|she is|he is|they are|we are) " + _QUITE
    + r"(safe|ok|okay|fine|alright|sober|straight|calm)\b"
    # "he is at work now", "nobody is threatening me right now", "it is not happening now"
    r"|\b(hes|shes|he is|she is|theyre|they are) (at work|at the pub|away|out|out at work|at (his|her|their) (mums|mams|dads|mates|sisters|brothers|nans|friends)( house| place)?) (now|right now|at the moment|today|tonight|for the night|this weekend|for a few days|for the week|for the weekend|this week|all week)\b(?! (with|waving|banging|holding|carrying|swinging|shouting|screaming|kicking|smashing|coming|heading|walking|running|chasing|trying)\b)"
    r"|\b(nobody|no one|noone|nobodys) (is |s )?(threatening|hurting|hitting|attacking|following|harming|bothering) (me|us|her|him|them)( right now| now| at the moment| today)?\b"
    r"|\b(nobody|no one|noone|nobodys|no ones) (is |s )?(getting|being) (hurt|hit|harmed|attacked)( (right )?now| at the moment| rn| atm)?\b"
    # "he doesn't know where she lives" (somewhere he can't find)
    r"|\b(he|she|they) (doesnt|does not|dont|do not|wont|will not|cant|cannot) (know|find out|find) where (i|we|she|he|they|my \w+) (live|lives|living|stay|stays|am staying|is staying|are staying|moved to|have moved|went)\b"
    # "it's all over now", "all over now" (not "he's all over her now")
    r"|\b(its|it is|thats|that is|everythings|everything is|the (fight|fighting|row|argument|scuffle|incident|trouble|scrap))( s| is)? (all )?over (now|and done)\b"
    r"|(?<!hes )(?<!shes )(?<!theyre )(?<!is )(?<!are )(?<!was )(?<!were )\ball over now\b(?! (her|him|them|me|us|the)\b)"
    # "threatening like, not happening now"
    r"|\bnot happening (now|right now|at the moment|atm|rn|tonight|today)\b"
    # "it's not like something's happening this second"
    r"|\bnot (like )?(something|anything|owt|summat)s? (is )?(happening|going on|kicking off) (right now|now|this (second|minute)|at the moment|rn|atm)\b"
    # "he's not dying or anything, just wants advice"
    r"|\b(hes|shes|im|i am|theyre|he is|she is|they are|nobodys|nobody is|no ones|no one is) not (dying|dead|in a bad way|at deaths door)( or anything)?\b"
    # "he's doing ok now" (after an overdose last month)
    r"|\b(hes|shes|theyre|he is|she is|they are) doing " + _QUITE + r"(ok|okay|fine|alright|all right|better|well) (now|at the moment|these days)\b"
    # "he's not hurting anyone right now"
    r"|\b(hes|shes|theyre|he is|she is|they are|is|are) not (hurting|harming|threatening|attacking|a danger to|a risk to) (anyone|anybody|himself|herself|themselves)( (right )?now| at the moment| rn| atm)?\b"
    r"|\b(it isnt|its not|it is not|this is not|thats not|that is not|(its|it is|this is|thats|that is) not) (happening|going on|kicking off) (now|right now|at the moment|today)\b"
    # "she's here with me and safe", "so I'm ok", "I'm at work now so I'm ok"
    r"|\b(and|so) (shes|hes|theyre|were|im|i am|she is|he is|they are|we are) (safe|ok|okay|fine|alright|cool|good)"
    r"( (for )?(now|right now|rn|at the moment|tonight|today))?\b|\b(with me|here) and safe\b"
    r"|\b(im|i am|were|we are) (at work|at school|at uni|at college|at (my|a|her|his|our) \w+s( house| place)?|away from (him|her|them)) (now|right now|at the moment|today)\b"
    r"|\b(danger|risk|immediate danger|immediate risk) (none|no|low|not (right )?now|not at the moment|not currently|not immediate)\b"
    r"|\b(nothing|not|nowt) (dangerous|serious|violent)\b|\b(its|it is|thats) (all )?over now\b"
    # "so it's calm right now", "things are quiet at the moment"
    r"|\b(its|it is|things are|everything is|everythings|all is|its all) (calm|quiet|ok|okay|fine|settled|peaceful) (right now|now|at the moment|for now|for the moment|tonight|atm)\b"
    # "tonight it is quiet", "right now things are calm"
    r"|\b(tonight|today|right now|at the moment|for now|at present) (its|it is|things are|everything is|everythings|all is|its all) (calm|quiet|ok|okay|fine|settled|peaceful)\b"
    # "he's at a mate's tonight, safe"
    r"|\b(shes|hes|theyre|she is|he is|they are|im|i am|were|we are) (at|with) (a |my |her |his |their |our )?(mates|mate|friends|friend|mums|mum|mams|dads|sisters|brothers|nans|aunties|\w+s)( house| place| flat)? "
    r"(tonight|for now|for the night|at the moment|now|today)( so| and)? (safe|ok|okay|fine)\b"
    # "everyone is safe", "nothing is happening right now", "she's staying with a friend tonight"
    r"|\b(everyone|everybody|we all|all of us|the kids|the children|the baby) (is |are |s )?(all )?(safe|ok|okay|fine|alright)\b|\b(everyones|everybodys) (all )?(safe|ok|okay|fine|alright)\b"
    r"|\b(nothing|nothings|nowt) (is |s )?(happening|going on|kicking off)( (right )?now| at the moment| rn| today| tonight)?\b"
    # "I'm not being hurt right now", "she's gone to her mum's with the kids"
    r"|\b(im|i am|were|we are|shes|hes|she is|he is|theyre|they are) not being (hurt|hit|attacked|threatened|harmed|touched)( (right )?now| at the moment| tonight| rn)?\b"
    r"|\b(shes|hes|theyve|she has|he has|they have) (gone|left|gone off|taken the kids|took the kids) (to|round) (her|his|their) (mums|mams|dads|sisters|brothers|nans|friends|mates|aunties)( house| place)? with (the|our|my|her|his) (kids|children|baby|little ones|boys|girls)\b"
    # "nobody around now", "they've gone now", "he's ok, breathing fine", "I don't think it's a now thing"
    r"|\b(?<!theres )(?<!there is )(?<!its )(?<!and )(nobody|no one|noone|no1|nobodys|no ones) (is |s |was )?(around|about|here|there) (now|anymore|any more|at the moment|rn)\b(?! (except|but|apart|other than|besides|bar))"
    r"|\b(theyve|theyre|they have|they) (all )?(gone|left) now\b|\b(hes|shes|he has|she has) left now\b"
    r"|\b(theyre|they are|theyve|they have|hes|shes|he is|she is|he has|she has) (been )?long gone\b|\b(long gone|long since gone) now\b"
    # ("they'd gone by the time we got outside")
    r"|\b(theyd|they had|hed|he had|shed|she had) (all )?(gone|left|run off|legged it|scarpered|disappeared) by the time (we|i|they|he|she|the police|security|staff) (got|came|went|ran|arrived)\b"
    r"|\b(nothing|nowt|nothings) (is |s )?(on fire|burning|alight)\b"
    r"|\b(?<!not )(?<!isnt )(?<!arent )(?<!wasnt )breathing (fine|normally|normal|ok|okay|alright|all right)\b"
    r"|\b(not|isnt|is not|its not|dont think its|dont think it is|doesnt feel like|doesnt seem like) (really )?an? (now|right now|tonight|urgent) thing\b"
    r"|\b" + _STAYING +
    r"|\b(not|isnt|is not|its not|no) (an? )?(emergency|urgent)( (right now|now|at the moment|rn|today))?\b"
    # "she's safe and not planning to hurt herself"
    r"|\b(not|no|isnt|is not|has no|have no|with no) (planning|plans?|intending|intention|thinking) (on |of |to )?(hurt|hurting|harm|harming|kill|killing|end|ending) "
    r"(herself|himself|myself|themselves|(her|his|my|their) (own )?life)\b"
    r"|\b(dont|do not|didnt|did not) (think|believe|feel) (that )?(shes|hes|theyre|she is|he is|they are|im|i am|were|we are|it is|its|anyone is|anybody is|anyones|anybodys) "
    + _IN_DANGER +
    # "nothing that makes me think she's in danger this minute"
    r"|\b(nothing|no reason|dont|do not|didnt|did not) (that |to )?(\w+ )?(makes|made|make|making) me (think|feel|believe) (that )?(shes|hes|theyre|she is|he is|they are|im|i am|were|we are|its|it is|anyone is) "
    + _IN_DANGER +
    # "im in the library right now so im safe"
    # (only a place that is safe of itself: "hiding in the wardrobe right now and I'm ok" is not calm)
    r"|\b(im|i am|were|we are) (at|in) (the |my |our |a )?(school |college |uni |public |local )?(library|school|college|uni|work|office|class|lesson|"
    r"friends|mates|nans|grans|aunties|uncles|church|mosque|youth club|police station|hospital)( house| place)? "
    r"(right now|now|at the moment|atm|rn) (so|and) (im|i am|were|we are) (safe|ok|okay|fine|alright)\b"
)


# ...unless the danger is on its way ("he's not here now but he's coming back tonight").
_COMING = WordStartPattern(
    # (someone else coming back, not "I won't be coming back to uni")
    r"\b((?<!\bi )(?<!\bim )(?<!\bwe )(?<!\bwere )(?<!\bare )(?<!\bwont be )(?<!\bnot be )(?<!\bnot )(coming back|come back)(?! (to|on) (me|us|him|her|them)\b| (late|home late|every|most|drunk|at all hours|whenever|at (\d|one|two|three|four|midnight)))|on (his|her|their) way|coming (round|over|for)|will be back|be back (soon|tonight|later|any minute)|"
    r"when (he|she|they) (gets?|comes?) (back|home|in)|"
    # (not help wanted tonight: "who can she ring for advice tonight")
    r"(?<!advice )(?<!help )(?<!health )(?<!line )(?<!number )(?<!support )(?<!open )(?<!ring )(?<!call )(?<!talk )(?<!someone )(?<!anyone )(?<!somebody )(?<!anybody )(?<!together )(?<!apart )(?<!anxious )(?<!low )(?<!lonely )(?<!sad )(?<!upset )(?<!feeling )(?<!rough )(?<!twice )(?<!once )(?<!times )(?<!earlier )tonight|any minute|any second)\b"
)


# Calm in someone else's words, said of danger ("he says it's normal and he's fine"): what the
# person being hurt says to play it down, not what the writer sees.
_REPORTED_CALM = re.compile(
    r"\b(says|said|insists|insisted|claims|claimed|keeps saying|reckons) (that )?((its|it is) (normal|nothing|fine)( and)? )?"
    r"(hes|shes|theyre|he is|she is|they are|its|it is) (fine|ok|okay|alright|normal|nothing)\b"
    r"(?! (now|right now|at the moment|today|tonight|for now))"
)


_BUT = re.compile(r"\b(?:but|however|except|although|though|only thing is|thing is)\b")
"""Where what follows calm words turns from them."""
_AT_HOME_TONIGHT = re.compile(
    r"\b(at home|home|indoors|back home) (with|at) (her|his|my|their|our|us|me) (\w+ ){0,2}?(tonight|today)\b"
    # somewhere else safe tonight ("I'm at my sister's tonight, he doesn't know her address")
    r"|\b(im|i am|were|we are|shes|she is|hes|he is|theyre|they are) (at|with) (my|her|his|their|our|a) (\w+ )?(\w+s|friend|mate|sister|brother|mum|dad)( house| place| flat)? (tonight|today)\b"
    # ... said the other way round ("tonight she's at her sister's in Bulwell, doors locked")
    r"|\b(tonight|today|for now) (im|i am|were|we are|shes|she is|hes|he is|theyre|they are) (at|with) (my|her|his|their|our|a) (\w+ )?(\w+s|friend|mate|sister|brother|mum|dad)( house| place| flat)?\b"
    # the writer indoors tonight ("I'm indoors tonight with the doors locked, he's not around")
    r"|\b(im|i am|were|we are) (at home|home|indoors|in|inside|in bed|staying in) (tonight|today)\b"
    # away somewhere for the night ("she's stopping at her sister's in Carlton tonight", "I'm out at the bothy tonight")
    r"|\b(im|i am|were|we are|shes|she is|hes|he is|theyre|they are) (staying|stopping|sleeping|kipping|out|away|up) (over )?(at|with|in|on|round) (\w+ ){0,5}?(tonight|today)\b"
)


_NO_DANGER_SAID = WordStartPattern(
    r"\b(not|isnt|is not|arent|are not|wasnt|nobody is|nobodys|no one is|no ones|noone is|nobody|no one|noone) (in )?(any |immediate |real ){0,2}(danger|an emergency|emergency)\b"
)


def says_no_danger(folded: str) -> bool:
    """The message says in so many words that no one is in danger or it is no emergency ("she's
    not in danger, just really low"), not only that someone is "ok" (said hiding in a wardrobe)."""
    return bool(_NO_DANGER_SAID.search(folded) or _NOT_EMERGENCY.search(folded))


def not_now(folded: str) -> bool:
    """The message says it is not an emergency ("she's not in danger right now", "not an emergency
    as such"), and nothing says the danger is on its way."""
    folded = _REPORTED_CALM.sub(" ", folded)  # (the person being hurt playing it down says nothing calm)
    # (what says it is calm is not danger on its way: "staying at her sister's tonight")
    # (being at home with family tonight is no one on their way: "she's at home with her gran tonight
    # and says she's fine for now"; it is never calm of itself, since home is where abuse happens)
    return bool(_CALM.search(folded) or _NOT_EMERGENCY.search(folded)) and not _COMING.search(_CALM.sub(" ", _AT_HOME_TONIGHT.sub(" ", folded)))


# How to call if there ever is an emergency ("if I ever have to ring 999", "by text if there's an emergency").
_HYPOTHETICAL = WordStartPattern(
    r"\bif (i|we|you|she|he|they) ever (\w+ ){0,3}(ring|call|phone|dial|contact|text|use) (999|the police|police)\b"
    r"|\b(if|in case) (there is|theres|there was|of) an emergency\b"
    # what would happen if ("if someone goes for him, how does he get the police?", "if I ring 999 but can't talk")
    r"|\bif (someone|somebody|anyone|someones|somebodys|a man|a stranger) (\w+ ){0,2}(goes for|went for|attacks|attacked|comes at|came at|"
    r"stood over|standing over|breaks in|broke in|hits|follows|followed|threatens|is robbing|robs|robbed|is attacking|is hitting|comes in|came in)\b"
    r"|\bif (i|we|she|he|they) (manage|managed|get|got|try|tried) to (ring|call|phone|dial|text) (999|the police|police)\b"
    r"|\bif (i|we|you|u|he|she|they|someone|somebody|anyone|a man|a woman|a person|man|woman|people) (ring|rings|call|calls|phone|phones|dial|dials|text|texts) (999|the police|police)\b"
    r"|\bif (\w+ ){1,8}(ring|rings|call|calls|phone|phones|dial|dials) (999|the police|police) but (i |we |she |he |they |u |you )?(cant|cannot|can not|couldnt|could not|darent|dare not|daresnt|is too scared to|is afraid to) (speak|talk)\b"
    # whenever 999 is needed ("if she ever needs 999 how does she contact them by text?")
    r"|\bif (i|we|you|she|he|they|someone|somebody|anyone) ever (need|needs|needed) (999|the police|an ambulance|the emergency services)\b"
    # how someone is meant to reach 999 ("how's he meant to get hold of 999? He can't hear a thing on the phone")
    r"|\bhow (is|s|are|am|would|will|can|could|do|does)? ?(i|you|she|he|they|we|people|deaf people|a deaf person|someone|somebody) (meant|supposed|expected|able) to "
    r"(get hold of|contact|reach|ring|call|phone|dial|get through to) (999|the police|emergency services|an ambulance)\b"
    r"|\bhows (he|she|they|someone|somebody) (meant|supposed|expected|able) to (get hold of|contact|reach|ring|call|phone|dial|get through to) (999|the police|emergency services|an ambulance)\b"
    r"|\bhow (do|does|can|could|would) (i|you|she|he|they|we|people|someone|somebody|deaf people|a deaf person) (\w+ ){0,2}(contact|reach|call|ring|get through to|use) "
    r"(999|the police|police|emergency services) (by|via|using|with|through) (text|sms|txt|textphone|relay|bsl|video|an app|the app)\b"
    # whether 999 can be texted ("can she text 999 instead of calling?")
    r"|\b(can|could|is it possible to|how (do|does|can|could|would)) (i|you|she|he|they|we|people|someone|somebody|my|your|her|his|their|our|a|deaf) (\w+ ){0,2}(text|txt|message|sms) (999|the police|police)\b"
    r"|\bhow (i|you|she|he|they|we|people|someone|somebody|deaf people) (can|could|would|should|might|do|does) (\w+ ){0,2}(text|txt|message|sms) (999|the police|police)\b"
    # ("she asked how she'd get help in an emergency ... is there a way to text 999?")
    r"|\bis there (a|any) way (for (her|him|them|someone|somebody|deaf people|\w+) )?to (text|txt|message|sms|contact|reach) (999|the police|police|emergency services)\b"
    r"|\bhow (shed|hed|theyd|id|youd|wed|she would|he would|they would|i would|you would|we would) (get|call for|summon|ask for) help in an emergency\b"
)
_NOT_EMERGENCY = WordStartPattern(
    # ("not an emergency", "not urgent" are _CALM's: it blanks them with any "right now" after them)
    r"\b(not|isnt|is not|its not|no) (an? )?999 (job|call|thing|matter|situation)\b"
    # "don't want to ring 999 over it now, it's been a week"
    r"|\b(dont|do not|didnt|did not) (want|wanna|need) to (ring|call|phone|dial|bother) 999 (over|about|for) (it|this|that)\b"
    # "a number for matters that are not emergencies", "urgent but not life-threatening"
    r"|\b(matters|things|calls|situations|issues|problems|cases|stuff) (that are |which are |that arent |which arent )?not (an? )?(emergency|emergencies)\b"
    r"|\b(not|isnt|is not|non|nothing) (life threatening|life or death)\b"
    # "rather not ring 999 on a hunch"
    r"|\b(rather|id rather|would rather|i would rather) not (ring|call|phone|dial|bother|tie up) 999\b"
    # "it doesn't feel like a 999 thing"
    r"|\b(doesnt|does not|dont|do not|didnt|did not) (feel|seem|sound|look) like (an? )?(999|emergency)( (job|call|thing|matter|situation))?\b"
    # "the number for the police when it's not 999"
    r"|\b(when|if) (its|it is|it isnt|its not|it is not|thats|that is) (not )?(a )?999\b"
    r"|\b(nobody|no one|noone)( has| is|s)? (been |got |was )?(hurt|injured)\b(?! yet)"
    r"|\b(nobody|no one|noone)( has|s)? threatened (anybody|anyone|anybody else|anyone else)\b"
    r"|\b(im|i am|i was|were|we are|we were|i wasnt|we werent) (not |wasnt |werent )?(physically )?(hurt|injured)( just| but)\b"
    r"|\b(not|wasnt|werent) (physically )?(hurt|injured)\b(?! yet)"
    r"|\b(hes|shes|theyve|he has|she has|they have|has|have) never (actually |once |ever )?(threatened|hurt|hit|touched|attacked|harmed)\b"
    # (a person not touched, not a light switch: "I haven't touched any light switches")
    r"|\b(hasnt|has not|havent|have not|hes not|shes not|theyve not) (actually |ever |once )?(threatened|hurt|hit|touched(?! (any|the|a|an|my|our|it|anything|nothing|lights?|switch|switches|food|drink|drugs|alcohol)\b)|attacked|harmed)\b"
    r"(?!( (me|her|him|us|them))? yet)"
    r"|\b(nothing|not|wouldnt|would not|couldnt|could not|cant|cannot) (\w+ ){0,3}(call|class|count|describe) (it |this |that )?(as )?an? (emergency|999)"
)


# Asking which service helps ("who can she talk to", "is there anyone who deals with this", "lgbt
# helpline?"): someone asking where to turn describes a situation that goes on, not one happening
# as they type. (Not "who do I call", which is asked in an emergency too.)
_ASKS_FOR_A_SERVICE = WordStartPattern(
    r"\bwho (can|could|should|would|will) (i|we|she|he|they|me|me or my \w+|my \w+)( \w+)? (talk|speak|go|turn)( to)?\b"
    r"|\bwho (helps|deals|handles|looks|supports)\b|\b(is|are) (there|their) (any|some)(one|body|where|thing| services?| support| help| charity| group)\b"
    r"|\bhelplines?\b|\bwhere (can|do|could|should|would) (i|we|she|he|they|adults|people|someone) (go|get|find|turn)( \w+)? (help|support|advice|to)\b"
    # where a thing is got ("where in town can he get clean needles and naloxone?")
    r"|\bwhere (in (town|the city|nottingham|notts)|round here|near (me|here|us)|locally) (can|could|do|does|should) (i|we|she|he|they|people|someone|my \w+) (get|find|pick up|collect)\b"
    r"|\bwhat (services?|support|help) (is|are) (there|out there|available)\b"
    # how the emergency services are reached ("is it possible to contact the emergency services by text?")
    r"|\b(is it possible to|how (do|can|could|would|should) (you|i|we|people|someone|they)) (contact|reach|call|text|ring|get through to|get hold of) (the )?(emergency services|999)\b"
    r"|\bwho (can|could|should|would) (i|we|she|he|they) (ring|call|phone|contact|text) (for|about) (advice|support|a chat|this|that|it)\b"
    r"|\b(wants|want|needs|need|looking for|would like) (someone|somebody|a service|an organisation|a charity|a helpline|a group|people) (who|that|to|which)\b"
    r"|\b(want|wants|need|needs|wanna) to (talk|speak|chat) to (someone|somebody|a person|an adult|a grown up)\b"
    r"|\bwhats the (\w+ ){0,2}(helpline|number)\b(?<!police number)(?<!999 number)(?<!ambulance number)"
    r"|\b(is|are) (there|their) (a|any) (\w+ ){0,4}(number|phone number|line|service|charity|organisation|group)s?\b"
    r"|\b(is|are) (there|their) (\w+ )?(support|help|advice|services?) (for|available|out there)\b"
)


# Told after the fact ("yesterday on the bus", "heard screaming last night", "on Saturday in Asda"),
# or a trouble reported again and again ("he has complained five times"): the
# learned model, which weighs words and not time, leaves these to the rules.
_EARLIER = WordStartPattern(
    r"\b((?<!since )yesterday|last night|earlier today|earlier (in the (night|evening|day)|tonight|this evening)|the other (day|night)|at the weekend|over the weekend|"
    r"on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)( (night|morning|afternoon|evening))?|"
    r"(reported|complained|rang|rung|called|phoned) (\w+ ){0,6}(\w+|\d+) times)\b"
)


# What to do if ("wyd if ur mate is selling for some older guys"): asked of a case, some day.
_WHAT_IF = WordStartPattern(r"\b(wyd|wud u do|what (do|would|should|can) (you|u|i|we|people|someone) do) if\b")


# A question of law or of a claim ("is it legal to put her photo in my window?", "can I claim off
# his insurance?"): asked about, not happening.
_ASKS_THE_LAW = WordStartPattern(
    r"\bis it (legal|illegal|lawful|unlawful|against the law|allowed)\b|\b(can|could) (i|we|she|he|they) legally\b|\btake (me|us|him|her) to court\b"
    r"|\b(can|could|how do|how can|should) (i|we) (claim|make a claim|put in a claim|sue)\b"
)


def about_a_topic(folded: str) -> bool:
    """A professional's question about a topic, a past event, or danger said not to be now, with
    no sign of danger now: the learned model (`bot.danger`) leaves these to the rules."""
    rest = _CALM.sub(" ", folded)  # ("not in danger right now" is no sign of "right now")
    return bool(
        _PROFESSIONAL.search(folded) or _PAST.search(folded) or _DEATH.search(folded) or _HYPOTHETICAL.search(folded) or not_now(folded)
        or (_OWN_BEHAVIOUR.search(folded) and not said_now(folded))  # (asking for help with their own behaviour)
        or _ASKS_FOR_A_SERVICE.search(folded) or _EARLIER.search(folded) or _ASKS_THE_LAW.search(folded) or _WHAT_IF.search(folded)
    ) and not _URGENT.search(rest)


_ARRIVED = (
    # (not the writer home from work: "just got in from a shift at the arena")
    r"(?<!\bi )(?<!\bive )(?<!\bweve )(?<!\bwe )just (come|got|broken|broke|walked|climbed|burst|barged|kicked|smashed|crept|sneaked|snuck|forced his way|forced her way|let himself|let herself|let themselves) in"
    r"(?! from (a |an |my |our |the |his |her )?(\w+ )?(shift|shifts|work|walk|run|class|lesson|meeting|training|job|gig|match|game))|"
    r"(has|hes|shes|have|theyve) just (come|got) (home|back)|"
    r"(hes|shes|theyre|he is|she is|they are) (standing|stood|sat|sitting|waiting) (in|at|outside) (my|the|our) (bedroom|room|doorway|door|kitchen|hall|front door|back door|window)|"
    r"(hes|shes|theyre|he is|she is|they are) in (my|the|our) (doorway|hallway)"
)
"""Someone who has just got in, or stands in the room now."""
_BODY_NOW = (
    # a body or a building in danger now, in the present tense ("he's not breathing", "she won't wake up";
    # "he wasn't breathing last year" is a story): no calm words and no story of before silence it
    r"(?:(not|isnt|is not|aint) breathing|(hes|shes|has|theyve|have) stopped breathing|(cant|cannot|can not) breathe|"
    r"(wont|will not|cant|cannot|can not) wake (up|her|him|them)|(is|are|hes|shes|theyre|lying|lies) (\w+ )?unconscious|"
    r"turning blue|lips (are |going |turning |gone |have gone |look |looking )?(blue|bluish|grey|greyish|purple)|(is|are|hes|shes|im|theyre|its) (\w+ )?bleeding|"
    r"(didnt|did not|wont|will not|not) (really )?(come round|come to|respond|responding)|"
    r"bleeding (heavily|badly|a lot|everywhere|loads)|"
    r"(house|flat|building|kitchen|room|car|home|block|hallway|stairwell) (is |s )?(on fire|burning|full of smoke)|"
    r"(fire|smoke) (is )?(coming in|pouring|spreading))"
)
_URGENT = WordStartPattern(
    r"\b(" + _NOT_YET_TO_THE_POLICE + r"right now|rn|as we speak|just now|minutes ago|mins ago|(?<!knocks )(?<!knocked )(?<!knock )(?<!stopped him )(?<!stopped her )(?<!stopped them )(?<!stopped someone )(?<!caught him )(?<!caught her )(?<!challenged him )(?<!challenged her )(?<!searched him )(?<!searched her )(?<!met him )(?<!met her )(?<!away )(?<!tags )(?<!alarm )at the door|outside now|happening now|"
    r"(trying|rattling) (my|the|our) (\w+ ){0,2}(door|handle|lock)|in my room now|"
    r"(kicking|smashing|booting|breaking) (the|my|our|her|his|their) (\w+ )?(door|window)s? (in|down)|"
    # a weapon held to someone, or someone held by the throat, whatever else is said ("its not urgent but ...")
    r"(knife|knives|blade|gun|machete) (2|to|at|against) (my|her|his|their|the|your|our) (\w+ )?(neck|throat|throte|head)|"
    r"(got|has|have) (me|her|him|them|us) by the (throat|throte|neck)|"
    # violence that has just happened or is happening to someone's body ("he's just punched me", "hands round her throat")
    r"just (punched|headbutted|hit|stabbed|attacked|kicked|raped|assaulted|strangled|choked|beat|battered|smacked|slapped) (me|us|her|him|my|them)|"
    # violence with a weapon in the present tense ("he's threatening her with a knife")
    r"(hes|shes|theyre|he is|she is|they are|someones|someone is) (threatening|attacking|hitting|stabbing|chasing|waving|pointing|swinging|holding) "
    r"(\w+ ){0,3}?(a |his |her |their |the )?(knife|knives|gun|machete|blade|hammer|bat|axe|weapon)|"
    # violence to a body happening as they write ("he's strangling her"), whoever is writing
    r"(hes|shes|theyre|he is|she is|they are) (strangling|choking|throttling|stabbing|smothering|suffocating|battering|raping) (me|her|him|them|us|my \w+)|"
    r"(hands?|arms?) (round|around|on) (my|her|his|their) (throat|throte|neck)|(hes|shes|theyre|he is|she is|they are) still (here|in the house|in the flat|in the room)|"
    + _BODY_NOW + r"|"
    r"(hes|shes|theyre|is|are) (right |just )?(stood |standing |sat |sitting |waiting |parked )?outside (my|the|our|her|his|their) (front |back )?(door|flat|house|window|place)"
    r"(?! (every|most|all|at night|on|some))|" + _ARRIVED + r")\b"
)
_DOING_NOW = WordStartPattern(
    r"\b(hes|shes|theyre|he is|she is|they are|someones|someone is) (?:(?!been )\w+ ){0,2}"
    r"(kicking|smashing|booting|banging|breaking|hitting|punching|attacking|stabbing|strangling|choking|beating|battering|threatening|waving|pointing|swinging) "
    r"(me|us|her|him|them|my|the|our|a|his|their)\b"
    r"|\b(hes|shes|theyre|he has|she has|they have|theyve) (just )?got (a|his|her|their|the) (\w+ )?(knife|gun|blade|machete|weapon|bat|hammer|axe)\b"
    r"|\b(says|saying|is saying|keeps saying) (hell|he will|shell|she will|theyll|they will) (kill|stab|hurt|batter|burn|shoot) (me|us|her|him|them)\b"
    r"|\b(they|he|she) (wont|will not) let (me|us) (leave|go|out)\b"
    # a grip on the throat now ("he's got his hands round her throat", "he's got her by the neck")
    r"|\b(hes|shes|theyre|he has|she has|they have|theyve) (still )?got (his|her|their) (hands?|arms?) (round|around|on) (my|her|his|their) (throat|neck)\b"
    r"|\b(hes|shes|theyre|he has|she has|they have|theyve) (still )?got (me|her|him|them|us) by the (throat|neck)\b"
)
"""Violence being done as they write, in the present tense ("... last summer and he's kicking the door
in"): a story's past words do not make it past."""
_ARRIVED_RE = re.compile(r"\b(" + _ARRIVED + r")\b")
_BODY_NOW_RE = re.compile(r"\b" + _BODY_NOW + r"\b")


def urgent(folded: str) -> bool:
    """Danger said to be now outright ("right now", "at the door", "he's got a knife to her throat")."""
    return _URGENT.search(folded) is not None


def said_now(folded: str) -> bool:
    """The message says the danger is now ("right now", "still here", "has just climbed in")."""
    return bool(NOW_SAID.search(folded) or _ARRIVED_RE.search(folded))


_DOING_KILLS_ME = re.compile(
    r"\b(?!(hitting|beating|kicking|punching|strangling|choking|stabbing|hurting|attacking|battering|threatening)\b)[a-z]+ing "
    r"([a-z]+ ){0,3}(is|s|was) (literally |actually |honestly |absolutely |really )?(killing|killin) me\b"
)
"""A pastime or a loss, not a person, "killing me" ("missing games is killing me"): read only
where "killin" stands (a word that may begin anywhere cannot lead a one-pass scan)."""


def without_idioms(folded: str) -> str:
    """Folded text with figures of speech and topic phrases that use danger words blanked out."""
    # (a pastime first, before an idiom blanks part of it: "missing games is killing me")
    out = _DOING_KILLS_ME.sub(" ", folded) if "killin" in folded else folded
    return _IDIOMS_SCAN.sub(" ", out)


def detect_crisis(text: str) -> Crisis | None:
    """Return the kind of immediate danger `text` signals, or None."""
    plain = fold(text)
    folded = without_idioms(plain)
    if not folded.strip():
        return None
    hypothetical = _HYPOTHETICAL.search(folded) is not None  # (how to call, if ever there is a need)
    calm = not_now(plain) or hypothetical  # (read before "not an emergency" is blanked as a figure of speech)
    if calm:
        # what follows "but" after the calm words is read without them ("it's calm right now but
        # he's threatening her with a knife", "they've gone now but one of them has a gun")
        first = _CALM.search(folded)
        if first is not None:
            for tail in _BUT.split(folded[first.end() :])[1:]:
                if (found := _detect(tail)) is not None:
                    return found
        else:
            # calm words a figure of speech blanked ("nobody's hurt but one has a knife"): what
            # follows "but" after them in their sentence, by the rules' own patterns only (not the
            # loose net of a danger word and a sign of now: "nobody got hurt, but I've not stopped
            # shaking since")
            for sentence in SENTENCE_RE.split(text[:MAX_SENTENCE_READ]):
                said_in = fold(sentence or "")
                if (said := _CALM.search(said_in) or _NOT_EMERGENCY.search(said_in)) is None:
                    continue
                for tail in _BUT.split(said_in[said.end() :])[1:]:
                    if (found := _detect(without_idioms(tail), loose=False)) is not None:
                        return found
        folded = _CALM.sub(" ", folded)
    if cant_talk(folded) and not (hypothetical and not _URGENT.search(folded)):
        found = _detect(folded, calm=calm)
        return Crisis(found.kind if found else "violence", silent=True)
    found = _detect(folded, calm=calm, close=cache(lambda: _close_pairs(text, calm=calm)))
    if found is None and _at_a_distance(folded) and not (_HANDLED_RE.search(folded) and not said_now(folded)):
        # a professional's or a past story can still hold danger now in sentences of their own
        # ("... for my dissertation. My housemate snorted something and I can't wake him."):
        # those sentences are read together, without the ones that keep their distance (but an
        # event already reported or attended, "there's a case number", is over in every sentence)
        sentences = SENTENCE_RE.split(text[:MAX_SENTENCE_READ])[-LAST_SENTENCES:]
        # what a later sentence says is over ("My brother was stabbed outside a shop. ... Since then
        # I've seen councillors on the news"): the sentences before it are read no more
        since = [i for i, sentence in enumerate(sentences) if sentence and _SINCE_THEN.search(fold(sentence))]
        # (in that sentence only what follows it: "she thinks she was spiked, and she's been in pieces ever since")
        sentences = [_SINCE_THEN.split(sentences[since[-1]])[-1], *sentences[since[-1] + 1 :]] if since else sentences
        parts = (without_idioms(fold(sentence)) for sentence in sentences)
        rest = " ".join(p for p in parts if p.strip() and not _at_a_distance(p) and not not_now(p))
        if rest and rest != folded:
            # (a message that says it is no emergency says it of all of it; and the loose net, a
            # danger word with a sign of now, needs the sign said in these sentences: "It was 6
            # years ago. ... I still feel scared." is no danger now)
            found = _detect(rest, calm=calm, loose=said_now(rest))
    if (
        found is not None and found.kind == "violence" and (_HABITUAL.search(folded) or _OWN_BEHAVIOUR.search(folded))
        and not NOW_SAID.search(folded) and _habitual_where_found(text)
    ):
        if _DISCLOSED.search(folded) and _ASKS_FOR_A_SERVICE.search(folded) and not _URGENT.search(folded):
            return None  # a pattern someone told the writer of, who asks where to send them: no danger now
        return Crisis(found.kind, habitual=True)
    return found


_DISCLOSED = re.compile(
    r"\b(told|tells|telling) (me|us|our \w+|my \w+)|\b(disclosed|confided|confiding|opened up|admitted|admits)\b"
    r"|\b(messaged|emailed|texted|rang|wrote to) (me|us|our \w+|my \w+)( \w+){0,3} to say\b"
)
"""The writer was told of it ("a rower I coach told me his wife has been hitting him", "she
messaged our shop's Instagram afterwards to say her partner has been hitting her")."""


def _read_sentences(text: str) -> list[str]:
    """Each sentence of a message as the rules read it (folded, figures of speech blanked)."""
    return [without_idioms(fold(s)) for s in SENTENCE_RE.split(text[:MAX_SENTENCE_READ]) if s and s.strip()]


def _told_as_past(folded: str) -> bool:
    """A past event ("last year", "years ago"), or what a sentence says is over ("since then")."""
    return bool(_PAST.search(folded) or _SINCE_THEN.search(folded))


def _habitual_where_found(text: str) -> bool:
    """Whether the pattern words ("keeps", "every night", "my temper") are told of the danger: in a
    sentence that reads as danger ("my manager keeps telling me to sort the rota
    ... there's a knife sticking out of his pocket" is no pattern of violence). When no sentence
    reads as danger on its own, the whole message tells it, and its pattern words count."""
    sentences = _read_sentences(text)
    found = [i for i, s in enumerate(sentences) if _detect(s) is not None]
    if not found:
        return True
    return any(_HABITUAL.search(sentences[i]) or _OWN_BEHAVIOUR.search(sentences[i]) for i in found)


def _close_pairs(text: str, *, calm: bool) -> list[str]:
    """Each sentence of a message of three or more, read with the one after it, as the rules read
    it (none for a shorter message: it is read whole)."""
    sentences = _read_sentences(text)
    if calm:
        sentences = [_CALM.sub(" ", s) for s in sentences]
    if len(sentences) < 3:
        return []
    return [f"{a} {b}" for a, b in pairwise(sentences)]


MAX_SENTENCE_READ = 20_000
LAST_SENTENCES = 20
_SINCE_THEN = re.compile(
    r"\b(since then|ever since|since it happened|since that (day|night|happened)|after it happened|in the (weeks|months|years|days) since"
    # a sentence dating what was told before it ("... waking up in his flat. That was two days ago.")
    r"|(that|this|it|all that|all this) (was|happened|all happened) (only |just )?((\w+ ){1,2}(days|weeks|months|years) ago|yesterday|last (night|week|weekend|month|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)))\b"
)
"""How much of a message, and how many of its last sentences, are read sentence by sentence (the
whole message is always read whole; danger told after a long story comes at its end)."""


def _at_a_distance(folded: str) -> bool:
    """A professional's question or a past event, with no sign of danger now."""
    return bool(_PROFESSIONAL.search(folded) or _DEATH.search(folded) or (_told_as_past(folded) and not NOW_SAID.search(folded))) and not _URGENT.search(folded)


# Someone asking for help with their own behaviour ("I think I'm becoming abusive, I shout and smash
# things"): a pattern to change, so the help asked for (the Respect line) follows the 999 line.
_OWN_BEHAVIOUR = re.compile(
    r"\b(i think )?(im|i am|ive been) (becoming |being |getting |turning )?(abusive|violent|controlling|aggressive)\b"
    r"|\bmy (own )?(behaviour|temper|anger)\b|\bi (keep )?(losing|lose|lost) (it|my temper)\b"
    r"|\b(i )?(dont|do not) want to be (that|like that|like him|like my dad|that kind of) (man|guy|bloke|dad|father|husband|partner)\b|\bi (think i )?(might be|am|m) the problem\b"
    r"|\b(sort|sorting|sorted) myself out\b|\bnever be that (guy|man|bloke|person|woman)\b|\b(change|changing) (myself|how i act|the way i act)\b"
)


_HABITUAL = re.compile(
    r"\b(keeps|keep|kept|has started|have started|started|always|sometimes|often|every (time|night|weekend|week|day)|"
    # since a date long gone ("since August there's been a group of lads"), harm done over a while ("wife's been throwing stuff at me")
    r"since (january|february|march|april|may|june|july|august|september|october|november|december|last (year|month|summer|spring|autumn|winter|christmas)|the (summer|spring|autumn|winter)|christmas|easter|(19|20)\d\d)|"
    r"(\w+s|has|have|hes|shes|theyve) been (throwing|hitting|kicking|punching|pushing|shoving|slapping|smashing|grabbing|biting|threatening|chucking) (stuff|things|me|us|him|her|them|my|our|his|their)|"
    r"most (nights|weekends|days)|for (over |more than |nearly |almost |about |the (last|past) )?(a|an|two|three|four|five|six|several|many|\d+) (years?|months?|weeks?)( now)?|"
    r"(reported|rung|called|phoned) (it |them |this |the police |101 )?(\w+ ){0,2}times|when (hes|shes|he is|she is|theyre|they are) (drunk|had a drink|been drinking|angry|high))\b"
)


def _detect(folded: str, *, calm: bool = False, loose: bool = True, close: Callable[[], list[str]] | None = None) -> Crisis | None:
    about_topic = bool(_ABOUT_TOPIC.search(folded)) and not _PERSONAL.search(folded)
    if calm and not (_URGENT.search(folded) or _DOING_NOW.search(folded)):
        about_topic = True  # "she's not in danger right now": only the suicide rules still read it
    if (_told_as_past(folded) and not NOW_SAID.search(folded) and not _BODY_NOW_RE.search(folded) and not _DOING_NOW.search(folded)) or (
        _DEATH.search(folded) and not _URGENT.search(folded)
    ):
        about_topic = True  # a past event: only the suicide rules still read it
    if _PROFESSIONAL.search(folded) and not _URGENT.search(folded):
        about_topic = True  # a professional's question about the topic
    for kind in ("suicide", "medical", "violence"):
        if (kind == "suicide" or not about_topic) and _matches(kind, folded, close):
            return Crisis(kind)
    if (
        loose
        and not about_topic
        and _DANGER.search(folded)
        and _IMMEDIATE.search(folded)
        and _PERSONAL.search(folded)
        and not _PAST.search(folded)
        # (in a message of several sentences, the danger word and the sign of now within two that
        # follow each other: "we'd been screaming at each other about gravy" and "we were boiling
        # kettles" a story apart say nothing together)
        and (close is None or not (pairs := close()) or any(_DANGER.search(c) and _IMMEDIATE.search(c) for c in pairs))
    ):
        return Crisis("violence")
    return None


# --- vetting of contacts -------------------------------------------------------------------

_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>()\"']+")
_EMAIL = re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# UK-style numbers: 0 followed by 9-10 more digits with optional spaces or dashes, +44 forms,
# three-digit service numbers written after a calling verb, and 116 123-style helplines.
_PHONE = re.compile(
    r"(?<![\w£$,.])(?:\+44[\s-]?|0)\d(?:[\s-]?\d){8,10}(?![\w,])"
    r"|(?<![\w£$,.])1\d\d[\s-]\d{3}(?![\w,])"
)
_SHORT_NUMBER = re.compile(r"(?i)\b(?:call|ring|dial|phone|text|txt|tel|on)\s+(\d{3,6})\b(?![\s-]?\d)")


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _url_key(u: str) -> str:
    u = u.lower().rstrip(".,;:!?)")
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")


@dataclass(frozen=True)
class Vetting:
    """The set of phone numbers, e-mails and links answers may contain."""

    phones: frozenset[str]
    emails: frozenset[str]
    urls: frozenset[str]

    @classmethod
    def from_contacts(cls, contacts: Iterable[Contact]) -> Vetting:
        listed = list(contacts)
        phones = {_digits(v) for c in listed for v in (c.phone, c.text) if v}
        emails = {c.email.lower() for c in listed if c.email}
        urls = {_url_key(c.web) for c in listed if c.web}
        return cls(frozenset(phones), frozenset(emails), frozenset(urls))

    def url_ok(self, url: str) -> bool:
        key = _url_key(url)
        return any(key == u or key.startswith(u + "/") for u in self.urls)

    def unvetted(self, text: str) -> list[str]:
        """Every phone number, e-mail or link in `text` that is not in the registry."""
        bad: list[str] = []
        for m in _URL.finditer(text):
            if not self.url_ok(m.group(0)):
                bad.append(m.group(0).rstrip(".,;:!?)"))
        for m in _EMAIL.finditer(text):
            if m.group(0).lower() not in self.emails:
                bad.append(m.group(0))
        for m in _PHONE.finditer(text):
            if _digits(m.group(0)) not in self.phones:
                bad.append(m.group(0).strip())
        for m in _SHORT_NUMBER.finditer(text):
            if m.group(1) not in self.phones:
                bad.append(m.group(1))
        return bad

    def scrub(self, text: str) -> str:
        """`text` with every unvetted phone number, e-mail and link replaced by a marker."""
        text = _URL.sub(lambda m: m.group(0) if self.url_ok(m.group(0)) else "[link removed]", text)
        text = _EMAIL.sub(lambda m: m.group(0) if m.group(0).lower() in self.emails else "[e-mail removed]", text)
        text = _PHONE.sub(lambda m: m.group(0) if _digits(m.group(0)) in self.phones else "[number removed]", text)
        return text
