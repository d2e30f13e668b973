"""What gets embedded for a priority: its words with abbreviations spelled out, and its context.

Short headings ("Violent Crime", "ASB") carry little meaning on their own, so each priority is embedded
twice: its text alone (abbreviations expanded from the document's own definitions and a small glossary
of community-safety terms), and that text with its section and the start of its description. The two
vectors are blended (see `blend`): the name decides, the context breaks ties between short names.
"""

from __future__ import annotations

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

DEFINITION = re.compile(r"\b((?:[A-Z][\w'-]*|and|of|the|for|against|in|on|to|&)(?:[\s-]+(?:[A-Z][\w'-]*|and|of|the|for|"
                        r"against|in|on|to|&)){1,8})\s*\(([A-Z][A-Za-z&]{1,7})\)", re.IGNORECASE)
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


def priority_texts(priorities: Iterable[Priority], known: dict[str, dict[str, str]]) -> tuple[list[str], list[str]]:
    """(name texts, context texts) for each priority, abbreviations expanded with its document's own
    definitions (`known`: document name -> {abbreviation: long form}) and the glossary."""
    names, contexts = [], []
    for p in priorities:
        defs = known.get(p.document, {})
        name = expand(p.text, defs)
        description = " ".join(expand(p.description, defs).split()[:CONTEXT_WORDS])
        names.append(name)
        contexts.append(f"{name}. {description}".strip() if description else name)
    return names, contexts


UNIT_WORDS = (2, 40)
MAX_UNITS = 40


def units(p: Priority, known: dict[str, dict[str, str]]) -> list[str]:
    """The separate statements of a priority's description (its objectives, "we will" lines, measures):
    a plan priority supports a strategy priority that matches any one of them well."""
    defs = known.get(p.document, {})
    out: list[str] = []
    for line in p.description.split("\n"):
        for part in re.split(r"(?<=[.;])\s+(?=[A-Z])|;\s+", line):
            part = part.strip(" •-–—:;.")
            n = len(part.split())
            if UNIT_WORDS[0] <= n <= UNIT_WORDS[1]:
                text = expand(part, defs)
                if text not in out:
                    out.append(text)
    return out[:MAX_UNITS]


def blend(names: np.ndarray, contexts: np.ndarray, weight: float) -> np.ndarray:
    """weight * name + (1 - weight) * context, re-normalised."""
    if names.size == 0:
        return names
    v = weight * names + (1.0 - weight) * contexts
    n = np.linalg.norm(v, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return (v / n).astype(np.float32)
