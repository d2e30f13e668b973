"""Descriptions for priorities stated only in a list: where the document describes them later.

Strategies often list their priorities once ("Our strategic objectives are: ...") and describe them
further on, one section or run-in paragraph each, in the same order: under headings that repeat the
number only ("Objective 4", "Delivering objective 2"), a short form of the name ("Domestic abuse." as
a bold run-in for "Tackling domestic abuse and coercive control"), or a different word altogether
("Recovery" for "treatment for drug and alcohol misuse"). A run of such sections following the list,
as many as there are priorities and most of them recognisably the priority in that position (by
number or by name), describes them in order. Without it a listed priority has no description, and
what it means has to be guessed from its name alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from ..context import content_words, expand
from ..cues import LABEL, NUMBER_WORDS
from ..models import HEADING, PARAGRAPH, TOC
from .structure import DESCRIPTION_CHARS, Structure

MIN_WORDS = 15  # a description shorter than this says too little to stand on its own
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def label_number(text: str) -> int | None:
    """The number a heading repeats: "Objective 4", "Delivering objective 2", "Priority three", "Theme B",
    "Our second priority"."""
    m = LABEL.match(re.sub(r"^(?:delivering|achieving)\s+", "", text.strip(), flags=re.IGNORECASE))
    if not m:
        return None
    n = (m.group("num") or m.group("ord")).lower()
    n = re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", n)
    if n.isdigit():
        return int(n)
    if n in _ROMAN:
        return _ROMAN[n]
    if len(n) == 1 and n.isalpha():
        return ord(n) - ord("a") + 1
    return NUMBER_WORDS.get(n)  # None for "1.2": a sub-section, not a priority


def label_word(label: str) -> str:
    """The word a numbered label repeats: "PRIORITY 3" -> "priority", "Pillar 2" -> "pillar"."""
    return re.sub(r"\s*\S+$", "", label.strip()).lower()


def which(names: Sequence[set[str]], own: str, context: str) -> int | None:
    """Which priority (0-based, in list order) a later heading or run-in is recognisably about: by the
    number it repeats ("Objective 4"), else by most of its words (`own` text; `context` adds the kicker
    above it, tried only where the heading alone says nothing). -1: a number outside the list; None:
    it does not say."""
    n = label_number(own)
    if n is not None:
        return n - 1 if 1 <= n <= len(names) else -1
    for text in dict.fromkeys((own, context)):
        words = content_words_of(text)  # "ASB" is anti-social behaviour
        share = [len(words & o) / len(words) for o in names] if words else [0.0]
        best = max(share)
        if best >= 0.5:
            return share.index(best) if share.count(best) == 1 else None  # shared by several: says nothing
    return None


def _runs(s: Structure, after: int) -> list[list[tuple[int, str, str]]]:
    """Candidate describing sequences after block `after`: sibling headings (same parent and level) with
    content under them, and the run-in paragraphs of one section. Each item is (block index, its own
    text, that text with the kicker above it)."""
    siblings: dict[tuple, list[tuple[int, str, str]]] = {}
    for i in range(after + 1, len(s.blocks)):
        b = s.blocks[i]
        if b.kind == TOC or i in s.is_kicker or b.table >= 0:
            continue
        if b.kind == HEADING and s.span(i) > 1:
            siblings.setdefault(("h", s.parent[i], b.level), []).append((i, b.text, s.heading_text(i)))
        elif b.kind == PARAGRAPH and b.lead and len(b.lead.split()) <= 12:
            siblings.setdefault(("p", s.parent[i]), []).append((i, b.lead, b.lead))
    return list(siblings.values())


def _text_of(s: Structure, i: int) -> str:
    """What describes the priority: a heading's section, or a run-in paragraph (without its run-in) and
    what follows it up to the next run-in or heading."""
    b = s.blocks[i]
    if b.kind == HEADING:
        return s.section_text(i)
    parts = [b.text[len(b.lead):].strip(" .:–—-") if b.text.startswith(b.lead) else b.text]
    for nb in s.blocks[i + 1:]:
        if nb.kind in (HEADING, TOC) or (nb.kind == PARAGRAPH and nb.lead) or sum(map(len, parts)) > DESCRIPTION_CHARS:
            break
        parts.append(nb.text)
    return "\n".join(p for p in parts if p)[:DESCRIPTION_CHARS].strip()


def content_words_of(text: str) -> set[str]:
    """What `which` compares: content words, with "ASB" spelled out."""
    return content_words(expand(text, {}))


def recover(s: Structure, names: Sequence[str], at: Sequence[int], descriptions: Sequence[str]) -> list[str]:
    """`descriptions` with the short ones (all of them, where most are short) taken from a run of later
    sections that describes the priorities (`names`, stated at blocks `at`, in order) one by one.
    Unchanged where no run does."""
    out = list(descriptions)
    n = len(names)
    if n < 2 or all(len(d.split()) >= MIN_WORDS for d in descriptions):
        return out
    words = [content_words_of(x) for x in names]
    need = max(2, math.ceil(n / 2))
    best: tuple[int, list[int]] | None = None  # (how many recognised, block of each priority)
    for run in _runs(s, max(at)):
        for start in range(len(run) - n + 1):
            window = run[start:start + n]
            seen = [which(words, own, context) for _, own, context in window]
            if sorted(w for w in seen if w is not None) == list(range(n)):
                # every one recognised, in whatever order the document describes them
                found = (n, [window[seen.index(k)][0] for k in range(n)])
            elif all(w is None or w == k for k, w in enumerate(seen)):
                # in list order, most of them recognised and none contradicting
                found = (sum(w is not None for w in seen), [i for i, _, _ in window])
            else:
                continue
            if found[0] >= need and (best is None or found[0] > best[0]):
                best = found
    if best is None:
        return out
    short = [len(d.split()) < MIN_WORDS for d in descriptions]
    # where most are only listed, the list is where they are stated and the run is where they are
    # described, for all of them: the last item's "description" is then just what follows the list
    replace_all = sum(short) > n / 2
    for k, i in enumerate(best[1]):
        if (replace_all or short[k]) and i not in at:
            text = _text_of(s, i)
            have = len(out[k].split())
            if len(text.split()) > (min(have, MIN_WORDS) if replace_all else have):
                out[k] = text
    return out
