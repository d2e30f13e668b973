"""What gets embedded for a priority: its words with abbreviations spelled out, and its context.

Short headings ("Violent Crime", "ASB") carry little meaning on their own, so each priority is embedded
twice: its text alone (abbreviations expanded from the document's own definitions and a small glossary
of community-safety terms), and that text with its section and the start of its description. The two
vectors are blended (see `blend`): the name decides, the context breaks ties between short names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np

from .models import Priority

GLOSSARY = {
    "ASB": "anti-social behaviour",
    "CCE": "child criminal exploitation",
    "CDP": "combating drugs partnership",
    "CJS": "criminal justice system",
    "CSE": "child sexual exploitation",
    "CSP": "community safety partnership",
    "CYP": "children and young people",
    "DA": "domestic abuse",
    "DV": "domestic violence",
    "FGM": "female genital mutilation",
    "FTE": "first-time entrants",
    "HBA": "honour-based abuse",
    "IDVA": "independent domestic violence adviser",
    "IOM": "integrated offender management",
    "ISVA": "independent sexual violence adviser",
    "MAPPA": "multi-agency public protection arrangements",
    "MARAC": "multi-agency risk assessment conference",
    "NTE": "night-time economy",
    "OCG": "organised crime group",
    "OPCC": "office of the police and crime commissioner",
    "PCC": "police and crime commissioner",
    "PCP": "police and crime plan",
    "RJ": "restorative justice",
    "RSO": "registered sex offender",
    "SOC": "serious and organised crime",
    "SV": "serious violence",
    "SVD": "serious violence duty",
    "VAWG": "violence against women and girls",
    "VRU": "violence reduction unit",
    "VRP": "violence reduction partnership",
    "YJ": "youth justice",
    "YJS": "youth justice service",
    "YOT": "youth offending team",
}

# "Violence Against Women and Girls (VAWG)": up to nine words (or "&"), then the abbreviation in brackets.
# Case-insensitive, so a word is any word: which words and initials count is decided in `definitions`.
DEFINITION = re.compile(r"\b((?:[A-Z][\w'-]*|&)(?:[\s-]+(?:[A-Z][\w'-]*|&)){1,8})\s*\(([A-Z][A-Z&]{1,7})\)",
                        re.IGNORECASE)
CONTEXT_WORDS = 60


def definitions(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviations a document defines itself: "Violence Against Women and Girls (VAWG)"."""
    out: dict[str, str] = {}
    for text in texts:
        for m in DEFINITION.finditer(text):
            long_form, abbr = m.group(1).strip(), m.group(2)
            if abbr.upper() != abbr.replace("&", "").upper() or not abbr[0].isupper():
                continue
            words = [w for w in re.split(r"[\s-]+", long_form) if w]
            # keep the shortest tail of the phrase whose initials spell the abbreviation
            letters = [ch for ch in abbr.upper() if ch.isalpha()]
            for start in range(len(words)):
                tail = words[start:]
                initials = [w[0].upper() for w in tail if w.lower() not in ("and", "of", "the", "for", "in", "on", "to", "&")]
                if initials == letters or "".join(initials).startswith("".join(letters)) and len(initials) <= len(letters) + 1:
                    out.setdefault(abbr, " ".join(tail).lower())
                    break
    return out


def expand(text: str, known: dict[str, str]) -> str:
    """Spell out abbreviations: "Preventing and reducing VAWG" -> "... violence against women and girls"."""
    def repl(m: re.Match[str]) -> str:
        abbr = m.group(0)
        full = known.get(abbr) or GLOSSARY.get(abbr)
        return full if full else abbr

    return re.sub(r"\b[A-Z]{2,6}\b", repl, text)


def priority_texts(priorities: Iterable[Priority], known: dict[str, dict[str, str]],
                   titles: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """(name texts, context texts) for each priority, abbreviations expanded with its document's own
    definitions (`known`: document name -> {abbreviation: long form}) and the glossary. The context
    is the name, the document's title and the start of the description: "Preventing violence and abuse
    before it starts" means violence against women and girls when it heads a VAWG strategy."""
    titles = titles or {}
    names, contexts = [], []
    for p in priorities:
        defs = known.get(p.document, {})
        name = expand(p.text, defs)
        title = expand(titles.get(p.document, ""), defs)
        description = " ".join(expand(p.description, defs).split()[:CONTEXT_WORDS])
        names.append(name)
        contexts.append(". ".join(x for x in (name, title, description) if x))
    return names, contexts


UNIT_WORDS = (2, 40)
MAX_UNITS = 40


def units(p: Priority, known: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    """The separate statements of a priority's description (its objectives, "we will" lines, measures):
    a plan priority supports a strategy priority that matches any one of them well. Each is (as worded,
    with abbreviations spelled out): the second is embedded, the first is quoted back to the reader."""
    defs = known.get(p.document, {})
    out: dict[str, str] = {}
    for line in p.description.split("\n"):
        for part in re.split(r"(?<=[.;])\s+(?=[A-Z])|;\s+", line):
            part = part.strip(" •-–—:;.")
            n = len(part.split())
            if UNIT_WORDS[0] <= n <= UNIT_WORDS[1]:
                out.setdefault(expand(part, defs), part)
    return [(raw, text) for text, raw in out.items()][:MAX_UNITS]


# Verbs and qualifiers every strategy uses: without them a priority's name says what it is about.
GENERIC = re.compile(
    r"\b(?:reduc(?:e|es|ing|tion)|tackl(?:e|es|ing)|prevent(?:s|ing)?|improv(?:e|es|ing)|deliver(?:s|ing)?|"
    r"address(?:es|ing)?|cut(?:s|ting)?|increas(?:e|es|ing)|decreas(?:e|es|ing)|achiev(?:e|es|ing)|"
    r"ensur(?:e|es|ing)|enhanc(?:e|es|ing)|strengthen(?:s|ing)?|promot(?:e|es|ing)|mak(?:e|es|ing)|"
    r"work(?:s|ing)? (?:to|with)|continu(?:e|ing) to|our|the|and|a|an|we will|better|more|fewer|less)\b",
    re.IGNORECASE)


def topic(name: str) -> str:
    """"Reducing and preventing violence" -> "violence": the subject a priority is about, which is what
    two strategies' duplicate priorities share even when one tackles and the other reduces; what it
    includes and the place it names left off ("anti-social behaviour, including nuisance off-road bikes",
    "drug dealing and county lines in Darlington", "crime across every community", "anti-social behaviour
    in our town centres and coastal resorts")."""
    asked = QUESTION.match(name)
    if asked and len(name[asked.end():].split()) >= 2:
        # a priority put as a question ("How do we keep children safe from exploitation?"): what it asks about
        name = name[asked.end():].rstrip(" ?")
    plain = PLAIN_FRAME.match(name)
    if plain and name[plain.end():].strip(" .,"):
        # easy read: "We will help stop scams", "We want to stop people selling drugs": what it is about
        name = name[plain.end():]
    kept = SAFE_FROM.search(name)
    if kept and 1 <= len(name[kept.end():].split()) <= 8:
        # a result for people ("Children and young people in Hull are safe from criminal exploitation"): the
        # harm it keeps them from
        name = name[kept.end():].strip(" .")
    when = OUTCOME_BY.match(name)
    if when:
        # an outcome statement ("By 2029, fewer people in Guildford will experience anti-social behaviour"):
        # what it is about, without its date, its future tense and the place it names
        rest = NAMED_PLACE.sub(" ", OUTCOME_VERBS.sub(" ", name[when.end():]))
        rest = re.sub(r"\s+", " ", rest).strip()
        name = rest if len(rest.split()) >= 2 else name
    where = PLACE_AFTER.search(name)
    if where and len(where.group("rest").split()) <= 8 and PLACE_WORD.search(where.group("rest")):
        cut = name[:where.start()].strip(" ,;:-–—")
        name = cut if len(cut.split()) >= 2 else name
    text = re.sub(r"\s+", " ", GENERIC.sub(" ", name)).strip(" ,;:-–—")
    subject = QUALIFIER.sub("", text).strip(" ,;:-–—")
    return subject or text or name


# "How do we ...?", "How can partners ...?", "What will we do to ...?": a priority put as a question
QUESTION = re.compile(r"^\W*(?:how|what)\s+(?:do|can|will|should|could|must)\s+(?:we|you|partners|the \w+)\s+"
                      r"(?:do\s+to\s+)?(?=\S.*\?\s*$)", re.IGNORECASE)

# the plain words an easy read version puts a priority in: "We will work to stop ...", "We want to stop ..."
PLAIN_FRAME = re.compile(r"^\W*we\s+(?:want|will|would like|are going)(?:\s+to)?(?:\s+(?:help|work on|work to|try to|"
                         r"make sure))?(?:\s+(?:stop|end|cut|keep|get))?\s+", re.IGNORECASE)

# "... are safe from ...", "... live free from ...": a result stated for people
SAFE_FROM = re.compile(r"\b(?:are|is|live|lives)\s+(?:safe|free)\s+from\s+", re.IGNORECASE)

# "By 2029, ...", "By the end of 2027, ...", "In 2026-27, ...": the date an outcome statement opens with
OUTCOME_BY = re.compile(r"^\W*(?:by|in|from|before|until)\s+(?:(?:the\s+)?(?:end|spring|summer|autumn|winter|march|april)"
                        r"\s+(?:of\s+)?)?(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?\s*,?\s*", re.IGNORECASE)
OUTCOME_VERBS = re.compile(r"\b(?:will|be|have|has|see|get|experience|feel)\b", re.IGNORECASE)
NAMED_PLACE = re.compile(r"\b(?:in|across|around)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s*)+")

# where: the first "in / across / on ..." of a name, if what follows it is a short phrase naming kinds of
# place ("in our towns and villages", "on the seafront and in our town centre"): where partners act, not
# what they act on, so two CSPs' "anti-social behaviour" meet whatever their towns ("the night-time
# economy" names no place: it is a subject of its own)
PLACE_AFTER = re.compile(r",?\s+(?:in|across|on|throughout|within|around|at)\s+(?P<rest>.*)$", re.IGNORECASE)
PLACE_WORD = re.compile(
    r"\b(?:towns?|city|cities|high streets?|neighbourhoods?|communit(?:y|ies)|villages?|coast(?:al)?|seafront|"
    r"resorts?|countryside|streets?|estates?|districts?|boroughs?|areas?|places?|parks?|rural|urban|centres?)\b",
    re.IGNORECASE)
# what a subject includes, and a named place or "every ..." after it
QUALIFIER = re.compile(r",?\s+(?:(?i:including|like|such as)\b|(?i:where\s+(?:people|residents|they|we)\b)|(?i:in|across|on|throughout|within|around)\s+(?i:every|all|each)\b"
                       r"|(?i:in|across)\s+[A-Z]).*$")


STOPWORDS = frozenset(
    "the and of to in for a an on with by our we will from at as be is are that this their its into across more "
    "all who which or not can so they them those these has have been being was were it us".split())


def content_words(text: str) -> set[str]:
    """Stemmed content words: plural and -ies endings off, then the first six letters, so that
    "offending"/"offenders" and "drugs"/"drug" meet."""
    out = set()
    for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text):
        w = w.lower().strip("'-")
        if len(w) <= 2 or w in STOPWORDS:
            continue
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w[:6])
    return out


def lexical_overlap(names: list[str], targets: list[str]) -> np.ndarray:
    """names x targets: the share of each name's content words (weighted by how rare they are among the
    targets) found in each target text. "Burglary" meets the plan priority whose objectives mention
    burglary, even when embeddings of a one-word heading are vague."""
    target_words = [content_words(t) for t in targets]
    n = len(targets)
    df: dict[str, int] = {}
    for ws in target_words:
        for w in ws:
            df[w] = df.get(w, 0) + 1
    out = np.zeros((len(names), n), dtype=np.float32)
    for i, name in enumerate(names):
        words = content_words(name)
        weights = {w: math.log((n + 1) / (df.get(w, 0) + 0.5)) for w in words}
        total = sum(weights.values())
        if total <= 0:
            continue
        for j, ws in enumerate(target_words):
            out[i, j] = sum(v for w, v in weights.items() if w in ws) / total
    return out


def blend(names: np.ndarray, contexts: np.ndarray, weight: float) -> np.ndarray:
    """weight * name + (1 - weight) * context, re-normalised."""
    if names.size == 0:
        return names
    v = weight * names + (1.0 - weight) * contexts
    n = np.linalg.norm(v, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return (v / n).astype(np.float32)


# Who a priority is about, when it names a narrower group than everyone: "Reducing reoffending by
# children" is not "Reducing reoffending", nor "Changing the behaviour of domestic abuse perpetrators"
# "Domestic abuse". Terms from a community-safety taxonomy written without sight of any labelled area;
# a trailing * matches any ending. Only groups that narrow a priority's scope are listed (not residents,
# communities, victims or families, whom nearly every priority serves).
POPULATIONS: dict[str, tuple[str, ...]] = {
    "children_young_people": (
        "children and young people", "cyp", "young people", "young person", "child", "children", "youth", "youths",
        "teenager*", "adolescen*", "juvenile*", "pupil*", "school-age", "under 18*", "under-18*", "young adults",
        "young men", "young women", "minors", "girls and boys",
    ),
    "children_in_care": (
        "looked after children", "looked-after children", "children looked after", "children in care",
        "child in care", "care leaver*", "care-experienced", "care experienced", "lac", "cla", "corporate parent*",
        "leaving care", "children's homes", "foster care",
    ),
    "men_boys": (
        "men and boys", "boys", "young men", "males", "masculinit*", "fathers", "engaging men",
    ),
    "older_people": (
        "older people", "older person", "older adults", "older residents", "elderly", "later life", "pensioner*",
        "over 65s", "over-65s", "aged 65", "over 60s", "dementia",
    ),
    "adults_at_risk": (
        "adults at risk", "adult at risk", "vulnerable adults", "vulnerable adult", "care and support needs",
        "adults with care and support", "people who lack capacity", "adults who lack capacity",
        "people with care needs", "care home residents", "adults with needs for care",
    ),
    "prolific_offenders": (
        "prolific", "prolific offender*", "persistent offender*", "prolific and priority offender*", "ppo*",
        "repeat offender*", "high-harm offender*", "high harm offender*", "high-risk offender*",
        "high risk offender*", "priority offender*", "most prolific", "iom", "integrated offender management",
        "neighbourhood crime offenders", "serial offender*", "dangerous offenders", "high-harm perpetrator*",
        "serial perpetrator*",
    ),
    "perpetrators": (
        "perpetrat*", "abuser*", "perpetrator programme*", "perpetrator intervention*", "drive project",
        "drive programme", "men who harm", "people who harm", "those who harm", "people who cause harm",
        "those who cause harm", "abusive behaviour", "domestic abuse perpetrator*", "stalking perpetrator*",
        "high-harm perpetrator*", "serial perpetrator*", "people who commit domestic abuse", "people who commit abuse",
        "those who commit domestic abuse", "those who commit abuse", "people who use abuse", "men who use violence",
    ),
    "prison_leavers": (
        "prison leaver*", "leaving prison", "leave prison", "release from prison", "released from prison",
        "release from custody", "released from custody", "custody leaver*", "newly released", "on release",
        "day one release", "day-one release", "through the gate", "people released", "prison release*",
        "released prisoners", "resettlement",
    ),
}


def _population_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alts = []
    for t in terms:
        stem = re.escape(t.rstrip("*")).replace(r"\ ", r"\s+")
        alts.append(stem + (r"\w*" if t.endswith("*") else r"s?"))
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


_POPULATION_PATTERNS = {name: _population_pattern(terms) for name, terms in POPULATIONS.items()}


def populations(text: str) -> frozenset[str]:
    """The narrower groups a priority's wording names ("... by children" -> {"children_young_people"}),
    except the group a harm is known to fall on or come from, which narrows nothing: scams on older people,
    nuisance from young people (TYPICAL)."""
    found = frozenset(name for name, pattern in _POPULATION_PATTERNS.items() if pattern.search(text))
    return found - frozenset(name for name, subject in TYPICAL.items() if name in found and subject.search(text))


# A harm and the group it typically falls on or comes from: naming the group does not narrow the priority.
# Read off the labelled areas: where one of two fraud or scams priorities names older people and the other
# no one, the labels put them together in 22 of 25 pairs (13 of 17 where neither names a group); for
# anti-social behaviour naming young people, 7 of 8. (Violence naming young people: 29 of 656, so it stays.)
TYPICAL = {
    "older_people": re.compile(r"\b(?:scams?|fraud|doorstep crime|rogue traders?)\b", re.IGNORECASE),
    "children_young_people": re.compile(r"\b(?:anti-?social behaviou?r|asb|nuisance)\b", re.IGNORECASE),
}


# When a priority acts, where it names a stage narrower than the whole problem: "Preventing domestic abuse
# before it starts" is one part of a domestic abuse strategy, not a partnership's "Tackling domestic abuse".
# "Preventing" alone does not narrow: the Serious Violence Duty is a duty to prevent serious violence.
STAGES: dict[str, tuple[str, ...]] = {
    "before_harm": (
        "before it starts", "before it happens", "before it begins", "before it occurs", "before it escalates",
        "before they start", "before harm happens", "before abuse happens", "from happening", "in the first place",
        "early intervention", "intervene early", "intervening early", "early help", "primary prevention",
        "through education", "from starting", "start using", "starting to use",
    ),
}

_STAGE_PATTERNS = {name: _population_pattern(terms) for name, terms in STAGES.items()}

# How a priority acts, where it names one specialist approach: "Putting victims at the heart of restorative
# justice" is a youth justice service's restorative work, one part of "Putting victims first".
APPROACHES: dict[str, tuple[str, ...]] = {
    "restorative": ("restorative justice", "restorative practice*", "restorative approach*", "restorative work",
                    "restorative conference*", "restorative*"),
}

_APPROACH_PATTERNS = {name: _population_pattern(terms) for name, terms in APPROACHES.items()}


def scope(text: str) -> frozenset[str]:
    """What narrows a priority's scope: the groups it names, the stage it acts at and the specialist
    approach it names (see POPULATIONS, STAGES, APPROACHES). Two priorities of different scope are less likely one theme."""
    return (populations(text) | frozenset(name for name, pattern in _STAGE_PATTERNS.items() if pattern.search(text))
            | frozenset(name for name, pattern in _APPROACH_PATTERNS.items() if pattern.search(text)))


# "crime" qualified by the kind it is: knife crime is one kind of crime, not crime in general
CRIME_KIND = (
    "knife", "hate", "violent", "rural", "organised", "organized", "cyber", "online", "economic", "financial",
    "wildlife", "heritage", "business", "retail", "acquisitive", "youth", "serious", "vehicle", "car", "street",
    "drug", "drugs", "drug-related", "alcohol-related", "gun", "weapon", "sexual", "environmental", "property",
    "fraud", "cyber-enabled", "digital", "water", "road", "transport", "border", "gang", "county",
)
_CRIME = re.compile(r"(?:(?P<before>[\w-]+)\s+)?\bcrimes?\b", re.IGNORECASE)


def crime_in_general(text: str) -> bool:
    """The priority names crime as a whole ("Preventing crime and anti-social behaviour", "Cutting
    neighbourhood crime, reoffending and ..."), not one kind of it ("knife crime", "rural crime")."""
    return any((m.group("before") or "").lower() not in CRIME_KIND for m in _CRIME.finditer(text))
