"""What the HTML pages (report.html, check.html) share: the page around the content, and escaping."""

from __future__ import annotations

import re
from html import escape
from importlib import resources

VIEWPORT = "<meta name='viewport' content='width=device-width, initial-scale=1'>"
END = "</body></html>"


def esc(x) -> str:
    """Text for HTML: escaped, and None as nothing."""
    return escape("" if x is None else str(x))


def head(title: str, viewport: bool = False) -> str:
    """The page up to its <body>: doctype, `title` (escaped here), the viewport meta when asked for, and
    the stylesheet inline (the page needs no other file). Close the page with END."""
    css = resources.files("stratalign.report").joinpath("report.css").read_text(encoding="utf-8")
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"{VIEWPORT if viewport else ''}<style>{css}</style></head><body>")


def plan_statement(match: dict | None) -> str:
    """Under a plan match (report.json's plan_match, or check's), the plan statement it rests on, if any."""
    if not match or not match.get("plan_statement"):
        return ""
    return f"<div class='where'>through the plan's “{esc(match['plan_statement'])}”</div>"


# The partnership names every strategy spells out, shortened as OPCC analysts write them
ABBREVIATIONS = (
    ("community safety partnership", "CSP"), ("violence against women and girls", "VAWG"),
    ("combating drugs partnership", "CDP"), ("police and crime plan", "PCP"), ("domestic abuse", "DA"),
    ("serious violence duty", "SVD"),
)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*(?:[-–/]|to)\s*(?:(?:19|20)?\d\d))?\b")
_SMALL_WORDS = frozenset("and of the for in on to a an".split())
_ACRONYMS = frozenset("csp csps vawg cdp pcp da svd yjs yot asb sv dv cjb lcjb ccb vru".split())
# words any strategy's title may have: a title of these alone ("Youth Justice Strategy") names no body
_KIND_WORDS = frozenset(
    "community safety partnership partnerships plan plans strategy strategic priorities priority youth justice "
    "drug drugs alcohol serious violence violent duty substance misuse tackling tackle violence against women girls "
    "domestic abuse sexual reducing reduce reoffending offending combating partnership board police crime "
    "commissioner safer safe stronger communities victims witnesses and of the for in on to a an our delivery "
    "action annual refresh draft summary csp vawg cdp pcp da svd".split())


def _shorten(text: str) -> str:
    text = _YEARS.sub(" ", text)
    for phrase, abbreviation in ABBREVIATIONS:
        text = re.sub(rf"\b{phrase}\b", abbreviation, text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" -–—,:;")


def _from_file(name: str) -> str:
    stem = re.sub(r"\.\w{2,4}$", "", name).replace("_", " ")
    words = _shorten(stem).split()
    return " ".join(w.upper() if w.lower() in _ACRONYMS else w if w in _SMALL_WORDS or w.isupper()
                    else w[:1].upper() + w[1:] for w in words)


def _names_a_body(title: str) -> bool:
    return any(w.lower() not in _KIND_WORDS for w in re.findall(r"[A-Za-z][A-Za-z'-]+", title))


def short_names(documents: list[dict]) -> dict[str, str]:
    """File name -> a short name for tables ("Dartford and Gravesham CSP Plan"): the document's title with
    its years off and the partnership names every strategy spells out abbreviated; the file's name shortened
    the same way where titles do not tell the documents apart ("Community Safety Partnership Plan" twice);
    the file name itself as a last resort."""
    out = {d["name"]: _shorten(d.get("title") or "") if _names_a_body(d.get("title") or "") else ""
           for d in documents}
    for attempt in (lambda d: _from_file(d["name"]), lambda d: d["name"]):
        seen: dict[str, int] = {}
        for short in out.values():
            seen[short] = seen.get(short, 0) + 1
        for d in documents:
            short = out[d["name"]]
            if not short or seen[short] > 1 or len(short.split()) < 2:
                out[d["name"]] = attempt(d)
    return out


def doc_ref(name: str, short: dict[str, str]) -> str:
    """A document named by its short name, its file name shown on hover."""
    return f"<span class='doc' title='{esc(name)}'>{esc(short.get(name, name))}</span>"
