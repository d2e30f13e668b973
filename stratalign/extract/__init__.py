"""Find a document's priorities by reasoning over its structure.

Several generators each propose a *group* of candidate priorities from one kind of structural evidence:

- numbered:  headings (or label lines above headings) labelled "Priority 1 –", "Objective A:", "Theme two";
- section:   the sub-headings of a section announced as priorities ("Our priority areas"), including the
             titles of an "at a glance" grid of boxes;
- table:     the column of a table whose header announces priorities ("Priority | What we will do");
- list:      a bulleted or numbered list introduced as priorities ("Our strategic objectives are:"),
             including run-in bold paragraphs;
- contents:  contents entries labelled as priorities or indented under a priorities entry;
- template:  sibling sections built on one template ("What we will do", "How we will measure");
- repeated:  titles gathered on a summary page that come back as section headings;
- inline:    priorities listed in one sentence, separated by semicolons (a report summarising a plan);
- callout:   the same short label over each priority's wording, set apart ("OUR PRIORITY" margin notes).

Groups are scored on the strength of their evidence, their cue words, corroboration by other groups
(the same names on the contents page, in a grid and as section headings), whether their size matches a
count the document states ("four priority areas"); lists nested inside another group's sections are set
aside as sub-structure, and candidates in sections about the past, or in lists quoting another body's
priorities, are dropped. The best group wins; each of its priorities is then located at its own section
heading when the body has one, and given its section and description.
"""

from __future__ import annotations

import difflib
import re

from ..cues import (
    NAME_DASH,
    NOTE_WORDS,
    PLACEHOLDER,
    english_half,
    is_distractor,
    is_welsh,
)
from ..models import HEADING, ITEM, TOC, Document, Priority
from .describe import content_words_of, label_number, label_word, recover, which
from .generators import GENERATORS, counted_sections, counted_titles
from .structure import (
    DESCRIPTION_CHARS,
    MAX_WORDS,
    NUMERAL,
    Candidate,
    Group,
    Structure,
    clean,
    norm,
)

__all__ = ["EXTRACTOR_VERSION", "clean", "explain", "extract_and_explain", "extract_priorities"]

EXTRACTOR_VERSION = "86"
# how much each kind of evidence is worth before cues and corroboration
BASE = {"numbered": 3.0, "section": 2.5, "table": 2.5, "list": 2.0, "callout": 2.5, "repeated": 2.0, "template": 1.5,
        "inline": 1.5, "single": 2.5, "contents": 1.0, "chart": 2.0}

# a date is when, not what: the stops of a roadmap, a timeline's column heads ("April 2026", "Q3 2026/27")
DATE_ONLY = re.compile(
    r"(?:(?:early|mid|late|spring|summer|autumn|winter|by|from|until)\s+)?"
    r"(?:(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+|q[1-4]\s+)?"
    r"(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?", re.IGNORECASE)


def _announced_other(text: str) -> bool:
    """A row or item that says what it is, and it is not a priority: "Cross-cutting: ...", "Note: ..."."""
    head, sep, _ = text.partition(":")
    return bool(sep) and len(head.split()) <= 3 and (is_distractor(head) or head.strip().lower() in NOTE_WORDS)


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _similar_keys(a: str, b: str) -> bool:
    """The same name, allowing a trailing year ("... 2024-27")."""
    if a == b:
        return True
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    rest = long_[len(short):].strip() if long_.startswith(short) else None
    return bool(rest) and bool(re.fullmatch(r"(?:\d{2,4}\s*){1,2}", rest))


def _score(g: Group, counts: list[int], grouped: list[int] = (), priority_counts: list[int] = ()) -> float:
    n = len(g.candidates)
    score = BASE[g.evidence] + g.cue + g.bonus
    score += min(1.5, 0.5 * len(g.sources - {g.evidence}))
    if n == 1:
        score -= 1.5
    elif n > 12:
        score -= 1.0 + 0.1 * (n - 12)
    numbers = [int(c.label) for c in g.candidates if re.fullmatch(r"[0-9]{1,3}", c.label.strip())]
    if g.evidence == "numbered" and len(numbers) == n >= 2 and sorted(numbers) != list(range(min(numbers), min(numbers) + n)):
        score -= 1.0  # "1", "3", "4" of five numbered stops: numbers read off a diagram, not a numbered list
    if n in grouped and n not in priority_counts:
        # as many as the themes the priorities are grouped under ("Three aims hold seven outcomes", "It keeps
        # the three aims"): the themes, not the priorities
        score -= 0.75
    elif n in counts:
        score += 0.5
    long_items = sum(1 for c in g.candidates if len(c.text.split()) > 25)
    score -= 1.0 * long_items / n
    if 2 * sum(1 for c in g.candidates if is_welsh(c.text)) > n:
        score -= 2.0  # the Welsh half of a bilingual document: the report is read in English
    return score


def choose(groups: list[Group], s: Structure) -> Group | None:
    groups = [g for g in groups if g.candidates]
    for g in groups:
        g.candidates = [c for c in g.candidates
                        if c.text and re.search(r"[A-Za-z]{3}", c.text)
                        and (len(c.text.split()) <= MAX_WORDS or (NAME_DASH.match(c.text) and len(c.text.split()) <= 50))
                        and not DATE_ONLY.fullmatch(c.text) and not PLACEHOLDER.match(c.text)
                        and not (s.blocks[c.index].kind != TOC and s.in_past(c.index)) and not _announced_other(c.text)]
        g.sources = {g.evidence}
    groups = [g for g in groups if g.candidates]
    if not groups:
        return None
    for g in groups:
        distinct = len({norm(c.text) for c in g.candidates})
        if len(g.candidates) >= 2 and distinct == 1:
            g.rejected = "one label"  # "I WILL BE ABLE TO SAY" over every card: the cards' template, not their names
        elif len(g.candidates) >= 4 and 2 * distinct <= len(g.candidates):
            # "What is the problem?", "How will we know?" under every priority: a template's sub-headings
            g.rejected = "repeated labels"
    # corroboration: the same names proposed by different kinds of evidence
    keys = [g.keys() for g in groups]
    for g, g_keys in zip(groups, keys):
        for other, other_keys in zip(groups, keys):
            if other is not g and _overlap(g_keys, other_keys) >= 0.6:
                g.sources.add(other.evidence)
                if other.evidence == g.evidence:
                    g.bonus = max(g.bonus, 0.25)  # named twice, e.g. in a grid and as section headings
    # sub-structure: a group whose members all sit inside another group's sections
    body = [g for g in groups if g.evidence != "contents"]
    for g in [g for g in body if g.evidence in ("list", "table")]:
        for other in body:
            if other is g or other.evidence not in ("numbered", "section", "template", "repeated"):
                continue
            heads = [c.index for c in other.candidates if s.blocks[c.index].kind == HEADING]
            if (len(heads) >= 2 and all(any(s.inside(c.index, h) for h in heads) for c in g.candidates)
                    and not (len(g.candidates) in s.stated_priority_counts
                             and len(other.candidates) not in s.stated_priority_counts)):
                # (unless the document counts the inner ones, not the headings: a receipt's items under
                # its shop's name and "TOTAL")
                g.rejected = "nested"
    counts = s.stated_counts
    live = [g for g in groups if not g.rejected and g.evidence != "contents"]
    if not live:
        # the contents page alone names them: still worth finding in the body
        live = [g for g in groups if not g.rejected]
    if not live:
        return None  # every proposal ruled out ("one label" over each of the only ones): none found
    # ties go to the group the document's own count confirms ("four priorities"), then to the earliest
    best = max(live, key=lambda g: (_score(g, counts, s.grouping_counts, s.own_priority_counts),
                                    len(g.candidates) in s.stated_priority_counts,
                                    -min(c.index for c in g.candidates)))
    best = _called_priorities(best, groups, s)
    chosen = _united(_fuller(_grouped(_prune(best, groups, s.stated_priority_counts), groups, s), groups), groups, s)
    return _labelled(_english_twin(chosen, groups, s), groups)


def _called_priorities(best: Group, groups: list[Group], s: Structure) -> Group:
    """Two numbered levels (pillars 1 to 4, and priorities 1 to 9 inside them): the level the document
    calls its priorities, where the winning level goes by another name: labelled "Priority n", or the
    inner level under a heading that names both ("Our ambitions and priorities": "Ambition 1" over "1.1")."""
    if best.evidence != "numbered" or any(label_word(c.label) == "priority" for c in best.candidates):
        return best
    heads = [c.index for c in best.candidates]
    # the section over them names both ("Our ambitions and priorities", "Our themes and priorities")
    over = s.parent[heads[0]] if heads[0] < len(s.blocks) else -1
    named = over >= 0 and re.search(r"\bpriorities\b", s.cue_text(over), re.IGNORECASE) is not None
    for other in groups:
        if other is best or other.rejected or len(other.candidates) <= len(heads):
            continue
        called = other.evidence == "numbered" and all(label_word(c.label) == "priority" for c in other.candidates)
        if not (called or (named and other.evidence in ("numbered", "section"))):
            continue
        inside = all(any(s.inside(c.index, h) for h in heads) for c in other.candidates)
        # (or set among them in the named section, where the inner titles are set larger than the outer)
        among = named and all(heads[0] < c.index < s.section_end.get(over, len(s.blocks)) for c in other.candidates)
        if inside or among:
            return other
    return best


def _label_value(label: str) -> int | None:
    """The number a priority's label gives it ("3", "Priority three"), if any."""
    return int(label) if label.strip().isdigit() else label_number(label)


def _labelled(best: Group, groups: list[Group]) -> Group:
    """Names found unnumbered (an at-a-glance grid) that another group finds, the same names in the same
    order, under their numbers ("1", "2" on their own pages): the numbers are theirs too."""
    if any(c.label for c in best.candidates):
        return best
    keys = [c.key for c in best.candidates]
    for other in groups:
        if (other is not best and not other.rejected and [c.key for c in other.candidates] == keys
                and all(c.label for c in other.candidates)):
            for c, o in zip(best.candidates, other.candidates):
                c.label = o.label
            break
    return best


def _english_neighbour(c: Candidate, s: Structure) -> Candidate:
    """A Welsh title whose English twin is the line just above or below it, in the same box and column
    ("The criminal justice system is efficient and effective" over "Mae'r system cyfiawnder ...")."""
    if not is_welsh(c.text):
        return c
    b = s.blocks[c.index]
    for j in (c.index - 1, c.index + 1):
        if 0 <= j < len(s.blocks):
            o = s.blocks[j]
            if (o.page == b.page and o.table == b.table and abs(o.x0 - b.x0) < 3 and o.kind == b.kind == HEADING
                    and len(o.text.split()) >= 2 and not is_welsh(o.text)):
                return Candidate(clean(o.text), j, o.page, label=c.label, description=c.description)
    return c


ENGLISH_TAG = re.compile(r"^(?:EN|ENG|English)\s*[:\-–—]?\s+")


def _tagged_english(c: Candidate, s: Structure) -> Candidate | None:
    """The English of a line in another language, set right after it and tagged as English ("EN ...")."""
    j = c.index + 1
    if j >= len(s.blocks) or s.blocks[j].page != s.blocks[c.index].page:
        return None
    m = ENGLISH_TAG.match(s.blocks[j].text)
    rest = s.blocks[j].text[m.end():] if m else ""
    if not rest or len(rest.split()) < 2 or is_welsh(rest):
        return None
    return Candidate(clean(rest), j, s.blocks[j].page, label=c.label, description=c.description)


def _english_twin(best: Group, groups: list[Group], s: Structure) -> Group:
    """A bilingual document states its priorities twice. When the chosen ones are Welsh, the English list
    of as many items (proposed as a group, or a plain run of list items, say under "In English") is the one
    to report: the report is read in English."""
    welsh = [c for c in best.candidates if is_welsh(c.text)]
    if 2 * len(welsh) <= len(best.candidates):
        if len(welsh) >= 2:  # both languages in one list (Welsh and English boxes side by side)
            best.candidates = [c for c in best.candidates if c not in welsh]
        else:  # one Welsh title among English ones: its English line sits right beside it
            best.candidates = [_english_neighbour(c, s) for c in best.candidates]
        return best
    n, first = len(best.candidates), best.candidates[0].index

    def english(texts: list[str]) -> bool:
        return not any(is_welsh(x) for x in texts)

    twins = [g for g in groups if g is not best and not g.rejected and len(g.candidates) == n
             and english([c.text for c in g.candidates])]
    if twins:
        return min(twins, key=lambda g: abs(g.candidates[0].index - first))
    runs, run = [], []
    for i, b in enumerate(s.blocks):
        if b.kind == ITEM and (not run or b.level == s.blocks[run[-1]].level):
            run.append(i)
            continue
        if run:
            runs.append(run)
        run = [i] if b.kind == ITEM else []
    if run:
        runs.append(run)
    mine = {c.index for c in best.candidates}
    runs = [r for r in runs if len(r) == n and not mine & set(r) and english([s.blocks[i].text for i in r])]
    if not runs:
        # each line followed by its English, tagged ("Bezpieczny dom dla ..." then "EN A safe home for ...")
        tagged = [_tagged_english(c, s) for c in best.candidates]
        if all(tagged):
            return Group(best.evidence, tagged, cue=best.cue, sources=set(best.sources))
        return best
    r = min(runs, key=lambda r: abs(r[0] - first))
    return Group(best.evidence, [Candidate(clean(s.blocks[i].lead or s.blocks[i].text), i, s.blocks[i].page)
                                 for i in r], cue=best.cue, sources=set(best.sources))


def _united(best: Group, groups: list[Group], s: Structure) -> Group:
    """Sibling sections that each list some of the priorities ("The Partnership's priorities", "The
    Board's priorities", "Our joint priorities"), in a document that counts them all together ("It sets out
    eight priorities: three for ..., three for ... and two joint"): the priorities are every list, in
    order. Each list's items are headings of one style under its own heading of one level that names
    priorities; the lists' sizes must add up to a stated count."""
    counts = s.stated_priority_counts
    if best.evidence not in ("numbered", "section") or not counts:
        return best
    style = {(s.blocks[c.index].kind, s.blocks[c.index].level, s.blocks[c.index].bold) for c in best.candidates}
    if len(style) != 1 or next(iter(style))[0] != HEADING:
        return best

    def parent_of(g: Group) -> int | None:
        parents = {s.parent[c.index] for c in g.candidates}
        if len(parents) != 1 or (p := next(iter(parents))) < 0:
            return None
        text = s.cue_text(p)
        if "priorit" not in text.lower() or is_distractor(text) or s.quotes_other(text) or s.in_past(p):
            return None
        return p

    own = parent_of(best)
    if own is None:
        return best
    lists: dict[int, Group] = {own: best}
    for g in groups:
        if g.rejected or g.evidence not in ("numbered", "section") or len(g.candidates) < 2:
            continue
        p = parent_of(g)
        if (p is None or p in lists or s.blocks[p].level != s.blocks[own].level
                or {(s.blocks[c.index].kind, s.blocks[c.index].level, s.blocks[c.index].bold)
                    for c in g.candidates} != style):
            continue
        lists[p] = g
    if len(lists) < 2 or sum(len(g.candidates) for g in lists.values()) not in counts:
        return best
    return Group(best.evidence, [c for p in sorted(lists) for c in lists[p].candidates], cue=best.cue,
                 sources=set(best.sources))


def _near(a: str, b: str) -> bool:
    if a == b or (len(a) >= 8 and len(b) >= 8 and (a in b or b in a)):
        return True
    m = difflib.SequenceMatcher(None, a, b)
    # the quick ratios are upper bounds of ratio(), computed alike: they rule most pairs out cheaply
    return m.real_quick_ratio() >= 0.85 and m.quick_ratio() >= 0.85 and m.ratio() >= 0.85


def _grouped(best: Group, groups: list[Group], s: Structure) -> Group:
    """Pillars or themes that each hold a few sections ("Pillar one: Safer neighbourhoods", then three
    headings under it), in a document that counts its priorities as those sections ("Under them sit the
    eight priorities"): the priorities are the sections, all of them, pillar by pillar."""
    counts = s.stated_priority_counts
    if best.evidence not in ("numbered", "section") or len(best.candidates) < 2 or not counts:
        return best
    parts = []
    for c in best.candidates:
        inside = [g for g in groups if g is not best and g.evidence == "section" and not g.rejected
                  and all(s.inside(x.index, c.index) for x in g.candidates)]
        if not inside:
            inside = _second_level(s, c.index)
        if not inside:
            return best
        parts.append(max(inside, key=lambda g: (len(g.candidates), -g.candidates[0].index)))
    total = sum(len(g.candidates) for g in parts)
    if total in counts and len(best.candidates) not in counts:
        return Group("section", [x for g in parts for x in g.candidates], cue=max(g.cue for g in parts),
                     sources={"section"})
    return best


SECOND_LEVEL = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")


def _second_level(s: Structure, h: int) -> list[Group]:
    """The items numbered "N.1", "N.2" ... in pillar h's section (one multilevel list: pillars, then
    priorities, then their actions as bullets), as a group; none when there are none."""
    end = s.section_end.get(h, h + 1)
    numbers = {i: m.group(1) for i in range(h + 1, end) if (m := SECOND_LEVEL.match(s.blocks[i].marker))}
    items = list(numbers)
    if not items or len(set(numbers.values())) != 1:
        return []
    return [Group("numbered", [Candidate(clean(s.blocks[i].text), i, s.blocks[i].page) for i in items])]


def _fuller(best: Group, groups: list[Group]) -> Group:
    """Short names ("Objective 1 – Town centre" headings, a summary table's "Roads") that another group
    states in full, one for one and in the same order (a list's "Reducing anti-social behaviour in
    Brackwater town centre and on public transport", a chapter's "Safer roads for drivers, riders,
    cyclists and walkers"): the priorities are that group's, where their full wording is."""
    n = len(best.candidates)
    if n < 2:
        return best
    for other in groups:
        if other is best or other.rejected or other.evidence == "contents" or len(other.candidates) != n:
            continue
        if any(len(c.text.split()) > 15 for c in other.candidates):
            continue  # sentences describing them, not their names
        full = [content_words_of(c.text) for c in other.candidates]
        if sum(len(c.text.split()) for c in other.candidates) <= sum(len(c.text.split()) for c in best.candidates):
            continue
        # each short name is recognised as its own full one; a name whose words two of them share
        # ("Violence" beside "serious violence" and "violence against women") fits its own place
        found = [which(full, c.text, c.text) for c in best.candidates]
        fits = [w == k or (w is None and bool(words := content_words_of(c.text)) and words <= full[k])
                for k, (w, c) in enumerate(zip(found, best.candidates))]
        aligned = sum(w == k for k, w in enumerate(found))
        if all(fits) and 2 * aligned > n:
            return other
        # a table, list or sections announced as the priorities ("Our priority | What it means"), then
        # sections under short labels ("Priority 1: Town centres") in the same order: most labels are
        # recognised in their own row and none in another's (or all are one to three words beside
        # statements), so the rest are the rows' too, however differently named
        crossed = any(w is not None and w != k for k, w in enumerate(found))
        labels = all(len(c.text.split()) <= 3 for c in best.candidates) and all(
            len(c.text.split()) >= 5 for c in other.candidates)  # "IOM", "Accommodation" beside sentences
        if (other.evidence in ("table", "list", "section") and other.cue >= 1.0 and not crossed
                and (2 * aligned > n or labels)):
            return other
    return best


def _prune(best: Group, groups: list[Group], counts: list[int] = ()) -> Group:
    """When most of the winning group's names are confirmed by other evidence (the contents page, the
    section headings, a template), drop the few that nothing else confirms: a "cross-cutting" box in
    an at-a-glance grid, an extra sub-heading."""
    if best.evidence in ("numbered", "contents") or len(best.candidates) < 3:
        return best  # each labelled priority is its own evidence
    for other in groups:
        if other is best or other.rejected or other.evidence == best.evidence or len(other.candidates) < 2:
            continue
        keys = other.keys()
        confirmed = [c for c in best.candidates if any(_near(c.key, k) for k in keys)]
        # another kind of evidence names exactly these, and nothing else
        if len(best.candidates) in counts and len(confirmed) not in counts:
            continue  # the document counts them as the winning group has them ("our four priorities")
        if len(confirmed) == len(other.candidates) and len(best.candidates) > len(confirmed) >= 0.6 * len(best.candidates):
            best.candidates = confirmed
            break
    return best


def _locate(c: Candidate, s: Structure) -> tuple[int, int]:
    """Where a priority is stated: its own section heading if the body has one (the largest heading with
    its wording, then the one with the longest section: a chapter opener, not a summary tile), else where
    it was found. Returns (block index, page)."""
    key = c.key
    best = None
    for i, heading_key in s.heading_keys:
        if not _similar_keys(heading_key, key):
            continue
        if s.in_past(i) and c.index < len(s.blocks) and not s.in_past(c.index):
            continue  # the same words heading last strategy's review: a priority carried forward
        if i != c.index and s.blocks[i].table >= 0 and c.index < len(s.blocks) and s.blocks[c.index].table >= 0:
            continue  # a table's row and the same row printed again (print titles): not its own section
        rank = (s.blocks[i].size, s.span(i))
        # a larger heading, or one heading a much longer section (a chapter, not a tile); the same
        # title repeated much alike (a sheet's print titles on every page) stays where first stated
        if best is None or rank[0] > best[0][0] or (rank[0] == best[0][0] and rank[1] > 2 * best[0][1]):
            best = (rank, i)
    if best is not None:
        i = best[1]
        own = s.blocks[c.index] if c.index < len(s.blocks) else None
        if own is None or own.kind == TOC or own.table >= 0 or s.span(i) > s.span(c.index):
            return i, s.blocks[i].page
    if c.index < len(s.blocks) and s.blocks[c.index].kind == TOC:
        # a contents entry: find the same words on the page it points to, else anywhere in the body
        if key:
            texts = s.block_keys
            for i, b in enumerate(s.blocks):
                if b.kind != TOC and b.page == c.page and key in texts[i]:
                    return i, b.page
            for i, b in enumerate(s.blocks):
                if b.kind != TOC and key in texts[i]:
                    return i, b.page
        return -1, c.page
    return c.index, c.page


def _template_ends(s: Structure, heads: list[int]) -> dict[int, int]:
    """Priorities whose sections share one template ("My objectives", "How I will measure progress"):
    the last one's section ends at the first sub-heading none of the others has, such as the plan's
    "Working in partnership" set in the same style after the last priority. {heading index: end}."""
    if len(heads) < 3 or any(i < 0 or s.blocks[i].kind != HEADING for i in heads):
        return {}

    def subs(h: int) -> list[int]:
        return [j for j in range(h + 1, s.section_end.get(h, h + 1)) if s.blocks[j].kind == HEADING
                and j not in s.is_kicker and not NUMERAL.match(s.blocks[j].text)]

    template = [{norm(s.blocks[j].text) for j in subs(h)} for h in heads[:-1]]
    shared = set.intersection(*template)
    if not shared:
        return {}
    last, known, seen = heads[-1], set.union(*template), False
    level = None  # the template headings' rank: a heading of its own under one of them is deeper
    for j in subs(last):  # past the template's own headings (a tagline of its own may come first)
        b = s.blocks[j]
        key = norm(b.text)
        if key in shared:
            seen, level = True, b.level if level is None else min(level, b.level)
        elif seen and key not in known and b.level <= level:
            return {last: j}
    return {}


def _description(i: int, c: Candidate, s: Structure, end: int | None = None) -> str:
    if c.description:
        return c.description
    if i < 0:
        return ""
    b = s.blocks[i]
    if b.kind == HEADING:
        return s.section_text(i, end=end)
    if b.kind == ITEM:
        # nested items and the paragraph continuing the item
        parts = []
        for nb in s.blocks[i + 1:i + 8]:
            if nb.kind == ITEM and nb.x0 > b.x0 + 6:
                parts.append(nb.text)
            else:
                break
        return "\n".join(parts)
    return ""


def _beside_titles(s: Structure, at: list[int], descriptions: list[str], ends: dict[int, int]) -> list[str]:
    """Titles set one under another down the left of a page (seals, discs), their text in a column to
    their right: reading order gives the titles first, so the text all falls under the last one. That
    text is shared out in order, cut where it is set furthest apart."""
    out = list(descriptions)
    k = 0
    while k < len(at):
        run = [k]
        while (run[-1] + 1 < len(at) and at[run[-1] + 1] == at[run[-1]] + 1 and at[run[-1]] >= 0
               and s.blocks[at[run[-1] + 1]].page == s.blocks[at[k]].page):
            run.append(run[-1] + 1)
        k = run[-1] + 1
        heads = [at[r] for r in run]
        if len(run) < 2 or any(s.blocks[i].kind != HEADING for i in heads):
            continue
        if any(out[r].strip() for r in run[:-1]):
            continue  # the titles above have text of their own
        if any(s.blocks[b].top < s.blocks[a].bottom for a, b in zip(heads, heads[1:])):
            continue  # not one under another
        last = heads[-1]
        body = list(range(last + 1, ends.get(last, s.section_end.get(last, last + 1))))
        left = max(s.blocks[i].x1 for i in heads)
        if not body or any(s.blocks[i].page != s.blocks[last].page or s.blocks[i].x0 < left for i in body):
            continue
        # the text of one title is set apart from the next's by the widest gaps down the column
        gaps = sorted(range(len(body) - 1), key=lambda j: (s.blocks[body[j + 1]].top - s.blocks[body[j]].bottom, -j),
                      reverse=True)[:len(heads) - 1]
        cuts = [0] + sorted(j + 1 for j in gaps) + [len(body)]
        parts = [[s.blocks[i].text for i in body[a:b]] for a, b in zip(cuts, cuts[1:])]
        if len(parts) == len(heads) and all(parts):
            for r, texts in zip(run, parts):
                out[r] = "\n".join(texts)[:DESCRIPTION_CHARS]
    return out


_OBJECTIVE_NUMBER = re.compile(r"^(\d{1,2})\.\d{1,2}\.?$")


def _numbered_home(s: Structure, at: list[int], descriptions: list[str], ends: dict[int, int]) -> list[str]:
    """Objectives numbered by their priority ("3.1" ... "4.4") that reading order put under another
    priority (two titles set one under the other, the objectives of both in a column beside them): each
    numbered objective goes back to the priority of its number, where every priority's number is found."""
    n = len(at)
    if n < 2 or any(i < 0 or s.blocks[i].kind != HEADING for i in at):
        return descriptions
    sections = [range(i + 1, ends.get(i, s.section_end.get(i, i + 1))) for i in at]
    numbered: dict[int, list[int]] = {}
    for k, sec in enumerate(sections):
        for j in sec:
            m = _OBJECTIVE_NUMBER.match(s.blocks[j].marker or "")
            if m:
                numbered.setdefault(int(m.group(1)), []).append(j)
    if sorted(numbered) != list(range(1, n + 1)):
        return descriptions  # not numbered by priority, one number each
    home = {j: number - 1 for number, js in numbered.items() for j in js}
    moved = any(j not in sections[home[j]] for j in home)
    if not moved:
        return descriptions
    out = []
    for k, sec in enumerate(sections):
        own = [s.blocks[j].text for j in sec if j not in home]
        own += [s.blocks[j].text for j in numbered[k + 1]]
        out.append("\n".join(own)[:DESCRIPTION_CHARS])
    return out


def _section_name(i: int, s: Structure) -> str:
    if i < 0:
        return ""
    p = s.parent[i]
    return s.heading_text(p) if p >= 0 else ""


def _analyse(doc: Document) -> tuple[Structure, list[Group], Group | None]:
    """The document's structure, every group the generators propose (as `choose` leaves them: filtered,
    corroborated, rejected or not) and the chosen group."""
    s = Structure(doc)
    groups = [g for gen in GENERATORS for g in gen(s)]
    best = choose(groups, s)
    if best is None and (counted := counted_sections(s)):
        # nothing names the priorities: a section that counts the titles under it is the best left
        groups += counted
        best = choose(groups, s)
    if best is None and (counted := counted_titles(s)):
        # nor does any section: a sentence that counts them, over that many headings of one style
        groups += counted
        best = choose(groups, s)
    return s, groups, best


def extract_priorities(doc: Document, prefix: str | None = None) -> tuple[Priority, ...]:
    """The priorities of one document, in document order, with stable ids "{prefix}#{n}"."""
    s, _, best = _analyse(doc)
    return _priorities(doc, prefix, s, best)


def _priorities(doc: Document, prefix: str | None, s: Structure, best: Group | None) -> tuple[Priority, ...]:
    if best is None:
        return ()
    prefix = prefix or re.sub(r"[^\w.-]+", "_", doc.name.rsplit(".", 1)[0])
    seen: set[str] = set()
    located = []
    found = [(c, *_locate(c, s)) for c in best.candidates]
    # a priority goes to its own section's heading when the priorities have sections of their own; where
    # most do not, one whose words happen to head a later section (the short heading "Domestic abuse" in an
    # action plan of short names) stays where the list states it
    moved = [c for c, i, _ in found if 0 <= i != c.index and c.index < len(s.blocks)
             and s.blocks[c.index].kind != TOC]
    sectioned = sum(1 for _, i, _ in found if 0 <= i < len(s.blocks) and s.blocks[i].kind == HEADING and s.span(i) > 1)
    stay = {id(c) for c in moved} if len(found) >= 3 and 2 * sectioned < len(found) else set()
    for c, i, page in found:
        if id(c) in stay:
            i, page = c.index, c.page
        if i < 0 and best.evidence == "contents":
            continue
        key = c.key
        if key in seen:
            continue
        seen.add(key)
        located.append((i if i >= 0 else c.index, page, c))
    # a name cut short (a wheel or grid that wraps it) gives way to the full name found elsewhere
    keys = [c.key for _, _, c in located]
    located = [t for t in located
               if not any(k != t[2].key and k.startswith(t[2].key + " ") for k in keys)]
    # document order; priorities numbered 1 to n in their numbers' order on a page, whatever order a
    # drawing sets them in (a tree whose branches read 1, 3, 2 across the page)
    numbers = [_label_value(c.label) for _, _, c in located]
    if len(numbers) >= 2 and None not in numbers and sorted(numbers) == list(range(1, len(numbers) + 1)):
        located.sort(key=lambda t: (t[1], _label_value(t[2].label)))
    else:
        located.sort(key=lambda t: (t[1], t[0]))
    ends = _template_ends(s, [i for i, _, _ in located])
    descriptions = recover(s, [c.text for _, _, c in located], [i for i, _, _ in located],
                           [_description(i, c, s, ends.get(i))[:DESCRIPTION_CHARS] for i, _, c in located]
                           ) if located else []
    beside = _beside_titles(s, [i for i, _, _ in located], descriptions, ends)
    descriptions = (beside if beside != descriptions
                    else _numbered_home(s, [i for i, _, _ in located], descriptions, ends))
    out = []
    for n, ((i, page, c), description) in enumerate(zip(located, descriptions), start=1):
        out.append(Priority(id=f"{prefix}#{n}", document=doc.name, text=english_half(c.text), page=page,
                            section=_section_name(i, s), description=description,
                            label=c.label, evidence=best.evidence))
    return tuple(out)


def explain(doc: Document) -> list[tuple[str, float, str, list[str]]]:
    """Every group considered, with its score: for debugging and for `extract --explain`."""
    return _explanation(*_analyse(doc))


def _explanation(s: Structure, groups: list[Group], best: Group | None) -> list[tuple[str, float, str, list[str]]]:
    return [(g.evidence + (" *" if g is best else "") + (f" ({g.rejected})" if g.rejected else ""),
             round(_score(g, s.stated_counts, s.grouping_counts, s.own_priority_counts), 2), ",".join(sorted(g.sources)),
             [c.text for c in g.candidates])
            for g in groups if g.candidates]


def extract_and_explain(doc: Document, prefix: str | None = None
                        ) -> tuple[tuple[Priority, ...], list[tuple[str, float, str, list[str]]]]:
    """`extract_priorities` and `explain` of one document, from one analysis of it."""
    s, groups, best = _analyse(doc)
    return _priorities(doc, prefix, s, best), _explanation(s, groups, best)
