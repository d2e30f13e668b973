"""The vocabulary of strategy documents: words that announce priorities, and words that announce
lists which are not priorities. Kept apart from the structural logic in the extract package so that
both can be read (and tested) on their own. These are general English community-safety usages, not any
one corpus's wording."""

from __future__ import annotations

import re

# What announces a set of priorities, with how strongly.
CUES: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p, re.IGNORECASE), w)
    for p, w in (
        (r"\bpriorit(?:y|ies)\b", 1.0),
        (r"\bstrategic (?:objectives?|aims?|themes?|goals?|outcomes?|pillars?)\b", 1.0),
        (r"\b(?:objectives?|aims?|themes?|pillars?|goals?|ambitions?|missions?)\b", 0.8),
        (r"\b(?:focus areas?|areas? of focus|key areas?|we(?: will|'re going to| are going to) focus on|our focus)\b", 0.7),
        # a column or lead-in saying it with the verb: "IN: what the partnership will prioritise"
        (r"\bwhat (?:we|the [\w-]+) will prioriti[sz]e\b", 0.7),
        # the plain words of a young people's or Easy Read version
        (r"\bwhat we want to (?:change|achieve)\b|\b(?:things|what) (?:we|the (?:partnership|board|council))"
         r"(?: will|'re going to| are going to| promises? to| have agreed to| agreed to) work on\b", 0.7),
        (r"\b(?:outcomes?|commitments?|workstreams?|strands?|pledges?)\b", 0.5),
        (r"\bat a glance\b|\bon a page\b", 0.6),
        (r"\bwhat we will do\b", 0.3),
    )
)

# Sections and lead-ins whose lists are not the document's own priorities.
DISTRACTOR = re.compile(
    r"\b(?:vision|values?|principles?|cross[- ]?cutting|national|previous|last strategy|approach|"
    r"partners?\b(?! ?ship (?:plan|strateg|priorit))|governance|measur\w*|indicators?|kpis?|performance|"
    r"action plan|manifesto|risks?|challenges|consultation|told us|said|statistics|"
    r"figures|funding|budget|definition|requirements?|must|sub[- ]?objectives?|under this (?:theme|priority)|"
    r"case stud(?:y|ies)|glossary|appendix|membership|members|terms of reference|not separate|"
    r"how we will|how we'll|success looks|timeline|milestones?|achievements?|"
    r"what we have done|key facts|at a glance\b(?= facts)|legislation|statutory|duty|contacts?|"
    r"further information|useful|subgroups?|sub-groups?|"
    r"progress|last year'?s?|review of|looking back|we achieved|deliver(?:ing|y)(?! priorit)|implementation|"
    # the ones a board set aside: "Priorities considered but not recommended"
    r"not recommended|not taken forward|considered but|ruled out|rejected|discounted|not (?:been )?(?:selected|chosen)|"
    # a list said not to be them: "They are not priorities of this plan, but the plan contributes to them:"
    r"(?:are|is) not (?:(?:the|our|my|its|separate) )?priorit(?:y|ies)|"
    r"findings|(?:key |main )?finding(?= \d| [a-e]\b| one| two| three| four| five|:)|found that|showed that|shows that|"
    # people, places and things given priority, not priorities: "Priority cohort: young people aged 10 to 24"
    r"priority (?:cohorts?|places?|locations?|neighbourhoods?|wards?|offences?|offenders?|groups?|"
    r"actions?|premises|individuals?|families))\b",
    re.IGNORECASE,
)

# Sections about the past: last strategy's priorities reviewed, progress reported.
PAST = re.compile(
    r"\b(?:progress|previous|last (?:year|strategy|plan)|review of|looking back|achievements?|"
    r"what we (?:did|achieved|said)|how did we do|how we did|end[- ]of[- ](?:strategy|plan|term) review)\b",
    re.IGNORECASE)

# The title of a police and crime plan: a plan quoting the plan's (or the government's) priorities is
# stating its own, so QUOTED does not apply to it.
PLAN_TITLE = re.compile(r"police,? (?:fire )?and crime plan|policing plan", re.IGNORECASE)

# A strategy quoting someone else's priorities (the plan's, the government's) is not stating its own.
QUOTED = re.compile(
    r"\b(?<!my )(?<!our )(?:police and crime plan|police, fire and crime plan|plan's|national|regional|government'?s?|"
    r"home office|mayor's|commissioner's|pcc's|pfcc'?s?|[a-z]+-wide|"
    # "The Police and Crime Commissioner for Surrey's plan"
    r"commissioner for (?:[a-z-]+ ){0,3}?[a-z-]+'s)\b",
    re.IGNORECASE,
)

# Priorities that are never the document's own, a police and crime plan's included: the force's
# operational ones and the national requirements a plan must have regard to.
OTHER_OWNER = re.compile(
    # (whose priorities: "the Chief Constable's operational priorities", not "the Chief Constable's assessment")
    r"\b(?:(?:chief constable'?s|the force'?s)(?= (?:[\w-]+ ){0,2}(?:priorit|plans?\b|objectives|aims|strateg))|"
    r"operational priorities|strategic policing requirement|"
    r"beating crime plan)\b", re.IGNORECASE)

# Numbering that structures a document without naming what the part is: "Chapter 2:", "Section 3 –".
STRUCTURAL_LABEL = re.compile(r"^(?:chapter|section|part)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h])\b\s*[:.\-–—]?\s*", re.IGNORECASE)

# Headings inside a priority's own section: never priorities themselves.
SUBHEADING = re.compile(
    r"^(?:(?:in|during|by) (?:20\d\d(?:\s*[-–/]\s*\d{2,4})?|this year|year one|the first year),?\s+)?"
    r"(?:what we will do|we will|what we'll do|how we will\b.*|how we'll\b.*|why (?:this|it) matters|"
    r"what (?:success|good) looks like|measures?( of success)?|key (?:actions|measures|facts)|actions?|"
    r"our (?:actions|commitments)|case stud(?:y|ies)\b.*|what you told us|what the data tells us|"
    r"what the partnership will do|outcomes?|key performance indicators|lead(?: partner| agency)?s?|"
    r"supports?:.*|links? to\b.*|where we are now|context|background|introduction|summary|the evidence|"
    r"delivery|governance|performance|milestones|next steps|contact(?: us)?):?$",
    re.IGNORECASE,
)

# "Why these priorities", "Why it matters": reasons. A question of five words or more ("Why do women still
# feel unsafe on the seafront at night?") can be a priority's own heading.
_WHY = r"why\b(?!(?:\s+\S+){4,}\?$)"
EXPLAINS = re.compile(r"^\W*(?:" + _WHY + r"|what (?:the|these|our|each|this) (?:\w+ )?means?\b)", re.IGNORECASE)

# Headings of the other sections of a strategy: never a priority's own heading.
NON_PRIORITY_HEADING = re.compile(
    r"^(?:our\s+|the\s+)?(?:vision(?: and values)?|values|principles|guiding principles|cross[- ]?cutting\b.*|"
    r"foreword|introduction|contents|governance\b.*|partners|partnership arrangements|membership|"
    r"measuring (?:success|impact|progress)|performance\b.*|action plan\b.*|delivery plan\b.*|glossary|"
    r"appendi(?:x|ces)\b.*|case stud(?:y|ies)\b.*|contact(?: us)?|welcome|background|context|summary|"
    r"(?:local|national) context|.+ in numbers|.+ at a glance|how we\b.*|what we\b.*|" + _WHY + r".*|where we\b.*|"
    r"(?:joint )?strategic (?:needs )?assessment|funding\b.*|budget|resources|risks(?: and \w+)?|"
    r"consultation\b.*|next steps|timeline|sign[- ]off|acknowledgements|references|further information)$",
    re.IGNORECASE,
)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

_WORD = (r"(?:priority|priority area|objective|aim|theme|pillar|outcome|goal|commitment|ambition|strand|workstream|"
         r"mission|pledge|area|focus area)")
_ORDINALS = "|".join(k for k in NUMBER_WORDS if k.endswith(("st", "nd", "rd", "th")))
_CARDINALS = "|".join(k for k in NUMBER_WORDS if not k.endswith(("st", "nd", "rd", "th")))
# "Priority 1 –", "Strategic Objective B:", "Theme two.", "PRIORITY 3", "Outcome iv)", "Our first priority"
LABEL = re.compile(
    r"^(?P<label>(?:(?:our|the)\s+)?(?:(?:strategic|key|local|overarching|partnership|shared|joint|delivery)\s+)?"
    r"(?:" + _WORD + r"\s*(?:no\.?\s*)?"
    r"(?P<num>\d{1,2}(?:\.\d)?|(?-i:[A-H])(?![a-z])|[ivx]{1,4}(?![a-z])|" + "|".join(NUMBER_WORDS) + r")"
    r"|(?P<ord>" + _ORDINALS + r"|\d(?:st|nd|rd|th))\s+(?:(?:strategic|key)\s+)?" + _WORD + r"))"
    r"(?![\w'’])\s*[:.\-–—)|]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)

# A count the document states itself: "four priority areas", "our 5 strategic objectives".
COUNT = re.compile(
    r"\b(?P<n>\d{1,2}|" + _CARDINALS + r")\s+"
    r"(?:(?:\w+|[\w-]+)\s+){0,2}?(?P<noun>priorit(?:y|ies)|objectives|aims|themes|pillars|goals|outcomes|priority areas|"
    r"things (?:(?:we|the partnership|the board) (?:will|are going to) |to )(?:focus|work) on)\b"
    r"(?!\s+(?:at|for|in|on|under)?\s*(?:each|every|per)\b)",  # "one priority at each level": not a total
    re.IGNORECASE,
)

# Section numbers printed before headings: "4.1", "2.", "B."
SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-H]\.|[ivx]{1,4}\.)\s+", re.IGNORECASE)

# A heading naming a set of priorities in the plural ("Agreed priorities"): what follows it is the set.
PLURAL_CUE = re.compile(r"\b(?:priorities|objectives|themes|pillars|ambitions|focus areas)\b", re.IGNORECASE)

# One priority stated in a sentence: "Our one priority for this year is making the town centre safer."
SINGLE = re.compile(
    r"^(?:our|the partnership's|the board's|this year's|the)\s+(?P<only>(?:one|single|only|sole|overriding)\s+)?"
    r"priority(?:\s+(?:for|in)\s+[^,.]{1,30}?|\s+this year)?\s+(?:is|will be)\s+(?:to\s+)?(?P<rest>[^.;:]+?)\.?$",
    re.IGNORECASE)

# Words announcing a line that is an aside, not a priority: "Note: ...", "Source: ...".
# "Note: ...", and a refresh table's cell for a priority that is no more ("Retired: now led by ...")
NOTE_WORDS = frozenset({"note", "notes", "source", "retired", "removed", "dropped", "discontinued", "closed"})

# Where one sentence ends and the next begins: end punctuation, space, a capital.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, split where a capital follows end punctuation."""
    return SENTENCE_BREAK.split(text)


APPENDIX_LABEL = re.compile(r"^\s*(?:appendix|annex)\s+(?:\d{1,2}|[A-Z])\b\s*[:.\-–—]\s*(?=\S)", re.IGNORECASE)


def heading_cue(text: str) -> tuple[float, bool]:
    """(cue strength, distracted) of a heading whose parts may say different things: "Appendix A: Our
    priorities and measures" announces priorities; "Cross-cutting priorities" does not. The heading is
    split at colons, commas and "and"; a part with a cue and no distractor decides."""
    # "Appendix A:" only says where a section sits: what follows it says what the section is
    text = APPENDIX_LABEL.sub("", text) or text
    parts = [p for p in re.split(r"\s*[:;,]\s*|\s+(?:and|&)\s+", text) if p.strip()]
    clean_cue = max((cue_weight(p) for p in parts if not is_distractor(p)), default=0.0)
    if clean_cue > 0:
        return clean_cue, False
    return cue_weight(text), is_distractor(text)


# An opening that says outright that what follows is the document's own priorities ("These are the board's
# priorities for the year. We have written them as pledges"): it outweighs a heading's word for them.
NAMED_OWN = re.compile(
    r"^\W*(?:(?:together|taken together|between them),?\s+)?(?:these|they|the following) (?:are|form|make up) "
    r"(?:our|its|the(?: [\w-]+){0,3}'s|the) "
    r"(?:(?:own|current|agreed|main|local|strategic|key|new)\s+){0,2}priorities\b", re.IGNORECASE)


def cue_weight(text: str) -> float:
    return max((w for p, w in CUES if p.search(text)), default=0.0)


# Table columns that are not what the table is about: who leads, by when, how it is going.
COLUMN_DISTRACTOR = re.compile(
    r"\b(?:leads?|owners?|boards?(?!'?s?\s+priorit)|by when|deadline|date|rag|status|target|ref(?:erence)?|budget|cost|"
    r"ranking|rank)\b", re.IGNORECASE)


# a bold short name and its statement in one heading: "Safer streets — Making every street ..."
NAME_DASH = re.compile(r"^\S[^—–.:]{1,50}\s[—–]\s\S")

# what Word shows in a content control nobody filled in, or a cell saying there is nothing there
# ("None (retired)", "(none)", "N/A")
PLACEHOLDER = re.compile(r"^(?:click or tap here to enter (?:text|a date)|choose an item|click here to enter text|"
                         r"\[?(?:click|tap)(?: or tap)?(?: here)? to (?:enter|add|type|insert)\b[^\]]*\]?|"
                         r"\(?(?:none|n/a|nil|not applicable)\)?(?:\s*[(:–—-].*)?)\.?$", re.IGNORECASE)


# A form's instruction to pick among fixed options ("Tick one outcome.", "Select all that apply",
# "Delete as appropriate"): what follows are the form's choices, not the document's priorities.
CHOICE_LEAD = re.compile(
    r"^\W*(?:please\s+)?(?:tick|select|choose|circle|mark|check)\b(?:\s+\S+){0,3}?\s+(?:one|only one|all that apply|"
    r"any that apply|one option|one box|the box|as appropriate)\b|\bdelete as appropriate\b", re.IGNORECASE)


def is_choice_lead(text: str) -> bool:
    """The text (a lead-in's last sentence) tells the reader to pick among the options that follow."""
    return bool(text) and len(text.split()) <= 20 and CHOICE_LEAD.search(text) is not None


# Welsh: public bodies in Wales publish bilingually, and the report is read in English. Words that are
# Welsh and not English (function words first, then the community-safety vocabulary of Welsh plans).
WELSH_WORDS = frozenset("""
ac ag a'r i'r o'r y'r mae'r yr yn ym yng ein eich eu ei gyda gan mewn wrth trwy drwy dros rhag hyn sy'n sydd mae bod
cael neu fel pob pawb gyfer ar gyfer â ddim hefyd rhwng ynghylch tuag ynghyd
blaenoriaeth blaenoriaethau cymunedau cymuned cymunedol diogel diogelach diogelwch lleihau trais cefnogi
dioddefwyr atal troseddau trosedd troseddu cam-drin domestig pobl ifanc plant teuluoedd gwella cynyddu sicrhau
gweithio partneriaeth partneriaid cynllun strategaeth mynd afael gwrthgymdeithasol ymddygiad camddefnyddio
sylweddau cyffuriau difrifol rhywiol menywod merched cydlyniant casineb ffyrdd mwy llai iach cryfach
amcan amcanion nod nodau ymyrryd cynnar ddiogel fwy lles llesiant dioddefwr diogelu bregus cefnogaeth
gam-drin adnabod ymateb proffesiynol gweithwyr hyfforddi newid cyfle iddynt arnynt cyn iddo goroeswyr
gwasanaethau arbenigol cyflawnwyr rhoi herio agweddau cymorth cymru gyda'n ni nhw hwy
pam bob ar un yw ydy oes wedi bydd byddwn gallu angen gwaith newydd sut beth ble pryd
""".split())
ENGLISH_WORDS = frozenset("""
the and of to in for with our we will from on by is are an people crime violence support supporting
reducing reduce tackling tackle safer safe young children victims abuse communities community
""".split())


# Spellings that are Welsh and rare in English ("troseddol", "gwella", "rhywiol", "swyddogion"), and ones
# that are English and not Welsh (Welsh has no k, q, v, x or z; "-ing", "-tion", "-ment"...).
WELSH_SPELLING = re.compile(r"dd|wy|yw|[ŵŷ]|^(?:rh|ll|ngh|mh|nh|chw|gw)|(?<!e)au$")
ENGLISH_SPELLING = re.compile(r"[kqvxzj]|sh|ing$|ed$|tion|ment|ly$|ity$|ness$|ive$|ies$")


# letters English does not use, from the other languages a summary is translated into (Polish, Romanian,
# Czech, Lithuanian, Portuguese, Spanish, Turkish...): a line with several is not the English one
OTHER_LETTERS = re.compile(r"[ąćęłńśźżőűřěščžůėįųūșțăçñãõğışäöüß]")


def is_welsh(text: str) -> bool:
    """Not the English of a bilingual pair: mostly Welsh words, and more Welsh than English ones; or a
    line in another language, by its letters ("Bezpieczny dom dla każdej osoby ...")."""
    words = re.findall(r"[a-zâêîôûŵŷ'-]+", text.lower().replace("’", "'"))
    if len(words) < 2:
        return False
    if len(OTHER_LETTERS.findall(text.lower())) >= 2 and sum(1 for w in words if w in ENGLISH_WORDS) <= 1:
        return True
    welsh = sum(1 for w in words if w in WELSH_WORDS or (w not in ENGLISH_WORDS and WELSH_SPELLING.search(w)))
    english = sum(1 for w in words if w in ENGLISH_WORDS or (w not in WELSH_WORDS and ENGLISH_SPELLING.search(w)))
    return welsh >= 0.4 * len(words) and welsh > english


def english_half(text: str) -> str:
    """"Lleihau trais difrifol / Reducing serious violence" -> the English half of a bilingual line."""
    parts = re.split(r"\s+[/|]\s+", text)
    if len(parts) == 2:
        welsh = [is_welsh(p) for p in parts]
        if welsh == [True, False] or welsh == [False, True]:
            return parts[welsh.index(False)].strip()
    return text


def is_distractor(text: str) -> bool:
    return bool(DISTRACTOR.search(text))


def is_column_distractor(text: str) -> bool:
    if DISTRACTOR.search(text):
        return True
    # the last word names what the column holds: "Board priority" holds priorities, "Priority lead" leads
    words = re.findall(r"[\w'-]+", text)
    if words and cue_weight(words[-1]) >= 0.8 and not COLUMN_DISTRACTOR.search(words[-1]):
        return False
    return bool(COLUMN_DISTRACTOR.search(text))


# "They are grouped under the three national themes", "grouped my six priorities under three parts": the
# count of the groups, not of the priorities
GROUPED = re.compile(
    r"\b(?:grouped|organi[sz]ed|arranged|structured)\b(?:\s+(?:my|our|its|the|them|these)(?:\s+\w+){0,2}\s+priorities)?"
    r"\s+(?:under|into|in|around)\s+"
    r"(?:the\s+|our\s+|its\s+|my\s+)?(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(?:[\w-]+\s+)?"
    r"(?:themes?|parts?|pillars?|areas?|headings?|strands?|chapters?|sections?|groups?|missions?)\b", re.IGNORECASE)


def grouping_count(text: str) -> int | None:
    held = HOLDS.search(text)
    if held:
        return _count(held, "groups")
    m = GROUPED.search(text)
    if not m:
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n)


# "The four orange boxes are our priorities": a count of the shapes that hold them
DRAWN_COUNT = re.compile(
    r"\b(?:the|these|our)\s+(?P<n>\d{1,2}|" + _CARDINALS + r")\s+(?:[\w-]+\s+){0,2}?(?:boxes|circles|arrows|cards|"
    r"tiles|bricks|hexagons|panels|notes|lanes|bars|shapes|signs|boards|stops|steps|points)\s+(?:of the [\w-]+\s+)?"
    r"(?:are|show|hold|name)\s+"
    r"(?:our|the|its)\s+(?:[\w-]+\s+)?(?P<noun>priorit(?:y|ies))\b", re.IGNORECASE)


# "These four waymarks show the path ...": a count of what follows, whatever the document calls them
COUNTED_THINGS = re.compile(r"\b(?:these|our|the)\s+(?P<n>\d{1,2}|" + _CARDINALS + r")\s+(?:[\w-]+\s+)?[\w-]+s\b",
                            re.IGNORECASE)


def _count(m: re.Match[str], group: str = "n") -> int | None:
    n = m.group(group).lower()
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n)


# "Three aims hold seven outcomes": the groups, then what they hold
HOLDS = re.compile(
    r"\b(?P<groups>\d{1,2}|" + _CARDINALS + r")\s+(?:[\w-]+\s+)?(?:aims?|themes?|pillars?|parts?|strands?|areas?|"
    r"missions?)\s+(?:hold|contain|group|bring together|cover|are made up of|take in)\s+(?P<n>\d{1,2}|" + _CARDINALS
    + r")\s+(?:[\w-]+\s+)?(?P<noun>outcomes|priorities|objectives|commitments)\b", re.IGNORECASE)


def stated_count(text: str, nouns: tuple[str, ...] = ()) -> int | None:
    """The first count the text states ("four priority areas" -> 4); with `nouns`, only a count of those
    ("eight priorities" for ("priorit",), not "three pillars"). Where groups are said to hold them ("Three
    aims hold seven outcomes"), the count of what they hold."""
    held = HOLDS.search(text)
    if held:
        return _count(held)  # (whatever they are called: the units the groups are made of)
    for m in [*COUNT.finditer(text), *DRAWN_COUNT.finditer(text)]:
        if nouns and not m.group("noun").lower().startswith(nouns):
            continue
        if ADDED.search(text[:m.start()]):
            continue  # "keeps that focus and adds two new priorities": some of them, not how many
        return _count(m)
    return None


# a count of some of the priorities, added to others: "adds two new priorities", "plus three more"
ADDED = re.compile(r"\b(?:adds?|added|adding|plus|another|a further)\s+$", re.IGNORECASE)


def things_count(text: str) -> int | None:
    """The first count of things of any name the text states ("these four waymarks" -> 4)."""
    m = COUNTED_THINGS.search(text)
    return _count(m) if m else None
