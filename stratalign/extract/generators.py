"""The generators: each proposes groups of candidate priorities from one kind of structural evidence
(see the package docstring)."""

from __future__ import annotations

import itertools
import re

from ..cues import (
    DRAWN_COUNT,
    EXPLAINS,
    LABEL,
    NAME_DASH,
    NAMED_OWN,
    NON_PRIORITY_HEADING,
    PAST,
    PLACEHOLDER,
    PLURAL_CUE,
    SINGLE,
    SUBHEADING,
    cue_weight,
    heading_cue,
    is_choice_lead,
    is_column_distractor,
    is_distractor,
    is_welsh,
    sentences,
    stated_count,
    things_count,
)
from ..ingest.lines import BULLET_RE  # the bullet glyphs the readers mark items with
from ..models import HEADING, ITEM, PARAGRAPH, TOC, Block
from .describe import label_word
from .structure import (
    DESCRIPTION_CHARS,
    MAX_WORDS,
    NUMBERS_ONLY,
    NUMERAL,
    STATISTIC,
    YEARS,
    Candidate,
    Group,
    Structure,
    _label_parts,
    clean,
    norm,
)


# a label said inside running speech: "And priority four: ...", "Finally, priority five: ..."
_SPOKEN_LABEL = re.compile(r"^(?:and|finally,?|lastly,?|then)\s+((?:priority|objective|aim|theme) "
                           r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s*:\s*(.+)$",
                           re.IGNORECASE | re.DOTALL)


def _numbered(s: Structure) -> list[Group]:
    groups: dict[str, Group] = {}
    for i, b in enumerate(s.blocks):
        if b.kind == TOC or i in s.is_kicker:
            continue
        parts = _label_parts(b.text)
        label = ""
        text = ""
        if parts and parts[1] and _labels_box_title(s, i, parts[1]):
            label, text = parts[0], s.blocks[i + 1].text  # "Priority 1 delivery group" over a box's title
        elif parts and parts[1]:
            label, text = parts
        elif b.kind == HEADING and i in s.kicker and _label_parts(s.kicker[i]):
            label, text = _label_parts(s.kicker[i])[0], b.text
        elif b.kind == HEADING and i in s.kicker and NUMERAL.match(s.kicker[i]):
            label, text = s.kicker[i].strip(), b.text
        elif b.kind == HEADING and i in s.kicker and _cue_label(s.kicker[i]):
            label, text = s.kicker[i].strip(), b.text  # "PRIORITY AREA" set above each priority's heading
        elif b.kind == HEADING and i in s.kicker and WORD_NUMBER.fullmatch(s.kicker[i].strip()):
            label, text = s.kicker[i].strip(), b.text  # "FEATURE 01" over each of a magazine's features
        elif b.kind == HEADING and (m := _KIND_COLON.match(b.text)):
            label, text = m.group(1), m.group(2)  # "Priority: Reducing violence in the night-time economy"
        elif (b.kind == HEADING and NUMERAL.match(b.text) and i + 1 < len(s.blocks)
              and s.blocks[i + 1].kind == ITEM and s.blocks[i + 1].bold
              and s.blocks[i + 1].page == b.page and 2 <= len(s.blocks[i + 1].text.split()) <= 15):
            # a card's big "01" over its bold title (the title set as an item behind an icon glyph)
            nxt = s.blocks[i + 1]
            h, cue = s.parent[i], 0.0
            for _ in range(3):  # the heading over them, or the one over that ("OUR PRIORITIES" / "2026–2029")
                if h < 0 or (cue := _section_cue(s, h)) > 0:
                    break
                h = s.parent[h]
            if cue > 0:
                g = groups.setdefault(f"#card{b.page}", Group("numbered", [], cue=cue))
                g.candidates.append(Candidate(clean(nxt.text), i + 1, nxt.page, label=b.text.strip()))
            continue
        elif parts and not parts[1] and b.kind != HEADING and i + 1 < len(s.blocks):
            # "Objective 1" alone in a table cell or on a line: take the next block if it is its title
            nxt = s.blocks[i + 1]
            same_cell = nxt.table == b.table >= 0 and nxt.row == b.row and nxt.col == b.col
            if nxt.kind == HEADING or (nxt.bold and same_cell and len(nxt.text.split()) <= 15):
                label, text = parts[0], nxt.text
        if (not label and b.kind == PARAGRAPH and WORD_NUMBER.fullmatch(b.text.strip()) and i + 1 < len(s.blocks)
                and s.blocks[i + 1].kind == HEADING and (s.blocks[i + 1].table, s.blocks[i + 1].page) == (b.table, b.page)):
            label, text = b.text.strip(), s.blocks[i + 1].text  # "RESULT 1" set small over a result's title
        if b.kind == PARAGRAPH and not label and (m := _SPOKEN_LABEL.match(b.text)):
            # "And priority four: a women's centre approach ... Small numbers, but ...": said, then explained
            label, text = m.group(1), m.group(2)
        if not label or not text or s.in_past(i) or STATISTIC.match(text):
            continue  # (a dashboard tile's "4" over "520,000" labels a figure, not a priority)
        if b.kind == PARAGRAPH and not (b.bold or b.size > s.doc.body_size + 0.5) and len(text.split()) > 15:
            # "Priority one: a settled home for everyone leaving prison. That means ...": its first sentence
            first = sentences(text)[0] if re.match(r"^\s*\S[^:]{0,40}:", b.text) else ""
            if not first or len(first.split()) > 20 or first == text:
                continue  # "Objective 2 of the national strategy asks ..." is prose
            text = first.rstrip(".")
        if NUMERAL.match(label):
            word = "#"  # bare numbers: one sequence whatever the digits
        elif WORD_NUMBER.fullmatch(label) and not _label_parts(label):
            word = label.split()[0].lower()  # "FEATURE 01", "FEATURE 02": one sequence
        else:
            word = label_word(label) if _label_parts(label) else label.lower()
        # one group per label word, wherever the labels sit (a summary table, then the sections): the
        # same number twice is resolved below in favour of the priority's own section
        g = groups.setdefault(word, Group("numbered", [], cue=cue_weight(word) or 0.5))
        g.candidates.append(Candidate(clean(text), i, b.page, label=label))
    for g in groups.values():
        g.candidates = _one_per_label(s, g.candidates)
    # "Tick one outcome." then "Outcome 1: ...", "Outcome 2: ...": a form's fixed options; "03 Foreword", "06 Our
    # action plan": a designed contents page's chapters by page number
    return [g for g in groups.values() if not any(_last_sentence_picks(s.lead_in(c.index)) for c in g.candidates)
            and sum(1 for c in g.candidates if NON_PRIORITY_HEADING.match(c.text)) < 2]


# a kicker of any one word and a number: "FEATURE 01", "STOP 3"
WORD_NUMBER = re.compile(r"[A-Za-z]{3,12}\s+0?\d{1,2}")


def _numbered_cells(s: Structure) -> list[Group]:
    """Bare numbers, each over a short line of plain text, inside one box (a slide shrunk onto a handout,
    "1" over "Fewer lives lost to drugs and alcohol"): the box's numbered list, named by the box's title."""
    found: dict[tuple[int, int, int], list[Candidate]] = {}
    for i, b in enumerate(s.blocks[:-1]):
        nxt = s.blocks[i + 1]
        if (b.table >= 0 and NUMERAL.match(b.text) and nxt.kind == PARAGRAPH and not NUMERAL.match(nxt.text)
                and (nxt.table, nxt.row, nxt.col) == (b.table, b.row, b.col) and 2 <= len(nxt.text.split()) <= 15
                and not s.in_past(i)):
            found.setdefault((b.table, b.row, b.col), []).append(Candidate(clean(nxt.text), i + 1, nxt.page,
                                                                           label=b.text.strip(" .)")))
    groups = []
    for (table, _, col), cands in found.items():
        numbers = [int(c.label) for c in cands if c.label.isdigit()]
        if len(cands) < 2 or numbers != list(range(1, len(cands) + 1)):
            continue
        title = " ".join(s.blocks[j].text for j in s.table_cells.get(table, {}).get((0, col), []))
        if not title or is_distractor(title) or s.quotes_other(title) or PAST.search(title):
            continue
        groups.append(Group("numbered", cands, cue=cue_weight(title) or 0.3))
    return groups


def _last_sentence(text: str) -> str:
    """The sentence that leads into what follows: the last of a paragraph."""
    return re.split(r"(?<=[.!?])\s+", text)[-1] if text else ""


# a fronted phrase naming what a decision drew on ("Informed by the strategic assessment and public
# consultation, the plan sets ..."): the sources, not what follows
SOURCES = re.compile(r"^\W*(?:informed by|based on|drawing on|building on|guided by|shaped by|having considered|"
                     r"in the light of|in light of)\b[^,:;]*,\s+(?=\S)", re.IGNORECASE)


def _main_clause(sentence: str) -> str:
    """A lead-in sentence without its fronted sources, which say what it drew on rather than what the
    list after it is."""
    return SOURCES.sub("", sentence, count=1)


def _last_sentence_picks(lead: str) -> bool:
    return is_choice_lead(_last_sentence(lead.strip()))


def _labels_box_title(s: Structure, i: int, rest: str) -> bool:
    """Label line i ("Priority 1 delivery group", set small at the top of a box in a chart) names what
    the box is, and the bold line after it in the same box is the priority's title."""
    b = s.blocks[i]
    if i + 1 >= len(s.blocks) or b.table < 0 or len(rest.split()) > 3:
        return False
    nxt = s.blocks[i + 1]
    return ((nxt.table, nxt.row, nxt.col) == (b.table, b.row, b.col) and nxt.bold and not b.bold
            and nxt.size > b.size and 2 <= len(nxt.text.split()) <= 15)


_KIND_COLON = re.compile(r"^\s*((?:our\s+)?(?:strategic\s+)?(?:priority|objective|aim|outcome|goal))\s*:\s*(\S.*)$",
                         re.IGNORECASE)


def _one_per_label(s: Structure, cands: list[Candidate]) -> list[Candidate]:
    """"Priority 2" labelled twice (a plan-on-a-page, then the priority's own section, perhaps worded
    differently) is one priority: keep the one with the longer section of its own."""
    by_label: dict[str, Candidate] = {}
    order: list[str] = []
    for n, c in enumerate(cands):
        # a label without a number ("PRIORITY" over each one) names the kind, not which one
        key = c.label.lower() if _label_parts(c.label) or NUMERAL.match(c.label) else str(n)
        if key not in by_label:
            by_label[key] = c
            order.append(key)
            continue
        if c.key == by_label[key].key:
            continue  # the same words again (a spreadsheet's print titles on every page): first stated first
        if _label_rank(s, c) > _label_rank(s, by_label[key]):
            by_label[key] = c
    return [by_label[k] for k in order]


def _label_rank(s: Structure, c: Candidate) -> tuple[bool, int]:
    """Which of two items with the same number is the priority: not the one under a heading that
    announces something else ("What you told us": 1, 2, 3 beside "My five priorities": 1 ... 5), then
    the one with the longer section of its own."""
    p = s.parent[c.index]
    return (not (p >= 0 and is_distractor(s.cue_text(p))), s.span(c.index))


def _cue_label(text: str) -> bool:
    """A short label naming what the heading below it is: "PRIORITY AREA", "STRATEGIC OBJECTIVE"."""
    words = text.split()
    return 0 < len(words) <= 3 and cue_weight(text) >= 0.8 and not is_distractor(text)


# a sentence introducing what someone found or said, not what the partnership will do
FINDINGS_LEAD = re.compile(r"\b(?:found|find|showed|shows|told us|said|findings?|concerns? (?:were|are))\b",
                           re.IGNORECASE)


# a clause that counts the document's own priorities and says where they are ("The four priorities in the
# left-hand column are ...", "Our five priorities are set out below")
OWN_COUNT = re.compile(r"^\W*(?:the|our|these|its)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?:[\w-]+\s+)?priorities\s+(?:in|are|below|above|set out|listed|shown)\b", re.IGNORECASE)


def _cue_context(s: Structure, i: int) -> tuple[float, bool, str]:
    """Cue strength and whether the list or table starting at i is announced as something else.

    The section heading decides when it names priorities ("Our priorities"); otherwise the sentence
    introducing the list does ("The partnership will focus on:"). A distractor in whichever decides
    (vision, values, national outcomes, measures...) rules the list out, and so does a lead-in that
    quotes someone else's priorities."""
    h = s.parent[i]
    heading = s.cue_text(h)
    lead = s.lead_in(i)
    last_sentence = _last_sentence(lead)
    h_cue, h_distracted = heading_cue(heading)
    if h_cue > 0 and EXPLAINS.match(heading):
        h_cue = 0.0  # "Why these priorities": the reasons for them, not the priorities
    if h_distracted and lead == last_sentence and _own_title(s, lead):
        # "The national picture", then a box titled "The Board's priorities for 2027-28" over the list:
        # the title set right above the list says what it is
        return cue_weight(last_sentence), False, last_sentence
    if h_distracted or (s.quotes_other(heading) and not _names_own(s, heading)):
        return h_cue, True, heading
    if s.quotes_other(last_sentence) and last_sentence.rstrip().endswith(":"):
        return cue_weight(last_sentence), True, last_sentence  # "The plan's priorities are:"
    if is_choice_lead(last_sentence):
        return h_cue, True, last_sentence  # "Tick one:": a form's options
    if h_cue >= 0.5:
        # under a heading naming priorities, a list announced as something else is that ("The needs
        # assessment found that:")
        if (last_sentence.rstrip().endswith(":") and FINDINGS_LEAD.search(last_sentence)
                and not cue_weight(last_sentence)):
            return h_cue, True, last_sentence
        return h_cue, False, heading
    l_cue = cue_weight(last_sentence)
    distracted = bool(l_cue) and is_distractor(_main_clause(last_sentence))
    if distracted and any(OWN_COUNT.match(c) for c in re.split(r";\s+", last_sentence)):
        # "The four priorities in the left-hand column are where partners will focus; the other columns say
        # ... how we will measure it": the clause that counts the priorities says what the list is
        distracted = False
    return max(h_cue, l_cue), distracted, heading + " | " + last_sentence


DRAWN = re.compile(r"^\W*(?:(?:the|this|our)\s+(?:timeline|diagram|chart|graphic|map|wheel|picture|table|roadmap|"
                   r"bars?|lanes?|arrows?|colours?|icons?)\s+(?:below\s+|above\s+|opposite\s+)?(?:shows?|sets out|gives|"
                   r"marks?)\b|each (?:one )?is (?:a|one) (?:lane|column|row|box|segment|wedge|arrow|bar|card|tile|spoke)\b)",
                   re.IGNORECASE)


def _names_own(s: Structure, heading: str) -> bool:
    """The heading names our priorities beside someone else's ("Our priorities and the Police and Crime
    Plan": a matrix of the one against the other)."""
    parts = re.split(r"\s*[:;,]\s*|\s+(?:and|&|against|with|beside)\s+", heading)
    return any(re.search(r"\bour\b", p, re.IGNORECASE) and cue_weight(p) > 0 and not is_distractor(p)
               and not s.quotes_other(p) for p in parts)


def _own_title(s: Structure, text: str) -> bool:
    """`text` (a line of its own) is a title naming the document's own priorities: short, no sentence
    ending or lead-in colon ("It has three strategic priorities:" under "The national plan" is the
    national plan's), "priorities" in it, and nothing that makes them someone else's or past ones."""
    t = text.strip()
    return (0 < len(t.split()) <= 10 and not t.endswith((".", ":")) and "priorit" in t.lower()
            and cue_weight(t) >= 0.8 and not is_distractor(t) and not s.quotes_other(t) and not PAST.search(t))


def _lists(s: Structure) -> list[Group]:
    groups = []
    i = 0
    blocks = s.blocks
    while i < len(blocks):
        b = blocks[i]
        runin = b.kind == PARAGRAPH and b.lead and len(b.lead.split()) <= 12
        # numbered lines set in bold after a lead-in ("... priorities for 2026-27 are therefore:" then "1. Break
        # the supply ..."): read as headings for their weight, a list all the same
        numbered = (b.kind == HEADING and _number(b.marker) is not None and i > 0 and blocks[i - 1].kind == PARAGRAPH
                    and blocks[i - 1].text.rstrip().endswith(":") and blocks[i - 1].page == b.page)
        if b.kind != ITEM and not runin and not numbered:
            i += 1
            continue
        if (runin and b.text.rstrip().endswith(":") and i + 1 < len(blocks) and blocks[i + 1].kind == ITEM):
            i += 1  # "**Image description:** ... the arrows say:" introduces the items; it is not one of them
            continue
        start = i
        run = []
        while i < len(blocks):
            c = blocks[i]
            if run and not runin and is_welsh(c.text) and not is_welsh(blocks[run[0]].text):
                i += 1  # a parallel text's Welsh twin of an item, or its note, between the English ones
                continue
            if (c.kind == ITEM and not numbered) or (runin and c.kind == PARAGRAPH and c.lead) or (
                    numbered and c.kind == HEADING and _number(c.marker) is not None):
                run.append(i)
                i += 1
            elif c.kind == PARAGRAPH and run and runin is False and _continues_item(blocks[run[-1]], c):
                i += 1
            elif run and not runin and _between_items(blocks, run[-1], i):
                i += 1  # a short line under an item ("Lead: ...") with the list going on after it
            elif run and not runin and (k := _next_in_sequence(blocks, run[-1], i)):
                i = k  # "1. ..." then its paragraphs, then "2. ...": one numbered list
            else:
                break
        if not run:
            i += 1
            continue
        cell_lead = None
        if blocks[start].table >= 0 and blocks[start].row > 0:
            # bullets inside table cells are what a row's priority will do, unless the cell says what they
            # are ("The strategy has four priorities:" in a form's answer box)
            cell_lead = _cell_lead(blocks, start)
            if cell_lead is None:
                continue
        top = min(blocks[j].x0 for j in run)
        subs = _sublists(s, run, top)
        groups += subs
        run = [j for j in run if blocks[j].x0 <= top + 6]  # top-level items only
        if subs:
            # an item announcing the ones under it ("4.2 Our priorities for 2025 to 2030 are:") is not one
            # of them, nor are they its siblings ("4.2.1", flush with it)
            inner = {c.index for g in subs for c in g.candidates}
            run = [j for j in run if j not in inner and not blocks[j].text.rstrip().endswith(":")]
            if all(blocks[j].text.rstrip().endswith(".") for j in run):
                continue  # what is left is the report's numbered paragraphs around them ("4.1 ... agreed.")
        cue, distracted, _ = _cue_context(s, start)
        if cell_lead is not None:  # the cell's own lead-in decides
            cue, distracted = cue_weight(cell_lead.text), is_distractor(cell_lead.text) or s.quotes_other(cell_lead.text)
        if cue <= 0 or distracted:
            continue
        cands = []
        for j in run:
            c = blocks[j]
            text = c.lead if c.lead and len(c.lead.split()) >= 1 else c.text
            cands.append(Candidate(clean(text), j, c.page, description=c.text if c.lead else ""))
        groups.append(Group("list", cands, cue=cue))
    return groups


def _cell_lead(blocks: list[Block], start: int) -> Block | None:
    """The line just before the list at `start`, in the same table cell, that names what the list is."""
    lead, first = (blocks[start - 1], blocks[start]) if start else (None, None)
    # a lead-in with a colon, or the cell's own heading ("Ingredients: our four priorities" on a recipe card)
    if (lead is not None and (lead.kind == HEADING or (lead.kind == PARAGRAPH and lead.text.rstrip().endswith(":")))
            and (lead.table, lead.row, lead.col) == (first.table, first.row, first.col) and PLURAL_CUE.search(lead.text)):
        return lead
    # a titled box: its title in the cell right above ("OUR PRIORITIES 2026-29" over the ticked list)
    if (lead is not None and lead.kind == HEADING and lead.table == first.table and lead.col == first.col
            and lead.row == first.row - 1 and PLURAL_CUE.search(lead.text)):
        return lead
    return None


def _sublists(s: Structure, run: list[int], top: float) -> list[Group]:
    """Lists nested in an item that announces them: "(a) approves the strategy and its four priorities,
    which are: (i) ... (iv) ..." in a record of decision; "Five priorities, shaped by what the public told
    me" over five in a slide outline. The item's own words are the lead-in."""
    blocks = s.blocks
    groups = []
    for k, j in enumerate(run):
        parent = blocks[j]
        if parent.x0 > top + 6:
            continue
        # (a printed web page indents "(i)" under "(b)" by a few points only)
        nested = list(itertools.takewhile(lambda x: blocks[x].x0 > parent.x0 + 2, run[k + 1:]))
        if not nested and DECIMAL_MARKER.fullmatch(parent.marker):
            # a report numbered throughout sets "4.2.1" flush with "4.2": the number says it is under it
            prefix = parent.marker.rstrip(".") + "."
            for x in run[k + 1:]:
                if not blocks[x].marker.startswith(prefix):
                    break
                nested.append(x)
        intro = _last_sentence(parent.text)
        cue = cue_weight(intro)
        if len(nested) < 2 or cue <= 0 or is_distractor(_main_clause(intro)) or s.quotes_other(intro):
            continue
        inner = min(blocks[x].x0 for x in nested)
        # (a run-in title says what the item is: "Reducing knife crime ...: we will fund navigators ...")
        cands = [Candidate(clean(blocks[x].lead or blocks[x].text), x, blocks[x].page,
                           description=blocks[x].text if blocks[x].lead else "")
                 for x in nested if blocks[x].x0 <= inner + 6]
        # the item announces them with a colon, or counts them ("Five priorities, shaped by ..." over five)
        if parent.text.rstrip().endswith(":") or stated_count(parent.text) == len(cands):
            groups.append(Group("list", cands, cue=cue))
    return groups


DECIMAL_MARKER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")


def _between_items(blocks: list[Block], last_item: int, i: int) -> bool:
    """Block i sits between two items of one list: short, not a heading, and the next block is an item
    with the same marker at the same indent."""
    c = blocks[i]
    if c.kind != PARAGRAPH or len(c.text.split()) > 25 or i + 1 >= len(blocks) or c.text.rstrip().endswith(":"):
        return False
    k = i + 1
    while k + 1 < len(blocks) and is_welsh(blocks[k].text):
        k += 1  # (a parallel text: the Welsh twins sit between the English items)
    item, nxt = blocks[last_item], blocks[k]
    if not (c.size < item.size - 0.4 or c.x0 > item.x0 + 2):
        return False  # the same size and indent as the items: a paragraph of its own, not an item's note
    if nxt.kind != ITEM:
        return False
    # the same marker, or each item its own shape in the same style (a key: "◆ ...", "● ...", "▲ ...")
    marked = nxt.marker == item.marker or (
        bool(BULLET_RE.fullmatch(nxt.marker)) and bool(BULLET_RE.fullmatch(item.marker))
        and abs(nxt.size - item.size) < 0.3 and nxt.bold == item.bold)
    return marked and abs(nxt.x0 - item.x0) <= 6 and nxt.page == item.page


def _next_in_sequence(blocks: list[Block], last_item: int, i: int) -> int | None:
    """Where a numbered list goes on after paragraphs under its last item: the index of the item
    numbered one more, within a few paragraphs; None otherwise."""
    n = _number(blocks[last_item].marker)
    if n is None:
        return None
    for k in range(i, min(i + 8, len(blocks))):
        b = blocks[k]
        if b.kind == ITEM and _number(b.marker) is None and k > i and BULLET_RE.match(b.marker):
            continue  # the numbered item's own bulleted actions ("What we will do" then "• ...")
        if b.kind == ITEM:
            return k if _number(b.marker) == n + 1 and b.page in (blocks[last_item].page, blocks[last_item].page + 1) else None
        if k >= i + 4:
            return None
        if b.kind != PARAGRAPH:
            return None
    return None


def _number(marker: str) -> int | None:
    m = re.fullmatch(r"\(?(\d{1,2})[.)]?", marker or "")
    return int(m.group(1)) if m else None


def _continues_item(item: Block, para: Block) -> bool:
    """A paragraph indented under an item is the rest of it; an item that opens with a run-in title set
    larger than its text ends in lines smaller than its first."""
    same = abs(para.size - item.size) < 0.6 or (bool(item.lead) and para.size < item.size)
    return para.page == item.page and same and para.x0 > item.x0 + 2


# A column headed as the document's own priorities: "Our priority", "The Board's priorities"
OWN_COLUMN = re.compile(r"^\W*(?:our|the (?:partnership|board|council)'s)\s+(?:[\w-]+\s+)?priorit(?:y|ies)\b",
                        re.IGNORECASE)


def _cell_text(s: Structure, grid: dict, r: int, c: int) -> str:
    return " ".join(s.blocks[i].text for i in grid.get((r, c), []))


def _tables(s: Structure) -> list[Group]:
    cells = _join_continued_tables(s, s.table_cells)
    groups = []
    for t, grid in cells.items():
        rows = sorted({r for r, _ in grid})
        cols = sorted({c for _, c in grid})
        if len(rows) < 2 or len(cols) < 2:
            continue
        # the header is the first row with two or more cells: a title row spanning the table comes first.
        # A printed spreadsheet has a formula bar and column letters above its own header row: within the
        # first four such rows, one that names priorities in short cells is the header
        full = [r for r in rows if sum(1 for c in cols if grid.get((r, c))) >= 2]
        header_row = full[0] if full else rows[0]
        if full and not any(cue_weight(_cell_text(s, grid, header_row, c)) > 0 for c in cols):
            header_row = next((r for r in full[1:4] if all(len(_cell_text(s, grid, r, c).split()) <= 8 for c in cols)
                               and any(cue_weight(_cell_text(s, grid, r, c)) > 0 for c in cols)), header_row)
        rows = [r for r in rows if r >= header_row]
        if len(rows) < 2:
            continue
        first_block = min(i for idx in grid.values() for i in idx)
        h_cue, h_distracted, _ = _cue_context(s, first_block)
        headers = {c: _cell_text(s, grid, header_row, c) for c in cols}
        own = {c for c, h in headers.items() if OWN_COLUMN.match(h)}
        if h_distracted and not own:
            continue  # introduced as something else: no column of it is a list of priorities
        if any(len(h.split()) > 15 or any(s.blocks[i].kind == ITEM for i in grid.get((header_row, c), []))
               for c, h in headers.items()):
            continue  # a label | content layout table: its first row is content, not column headers
        if (banded := _banded_rows(s, grid, rows, cols, header_row)) is not None:
            groups.append(banded)
        transposed = _transposed(s, grid, rows, cols, headers, h_cue)
        if transposed is not None:
            groups.append(transposed)
            continue
        if (heads := _heading_row(s, grid, rows, cols, headers, h_cue)) is not None:
            groups.append(heads)
        # a refresh table sets last year's priorities beside this year's ("2025 priority" | "Decision" |
        # "Our priority from April 2027"): a column headed by an earlier year than another's is the past
        starts = {c: min(int(y[:4]) for y in YEARS.findall(h)) for c, h in headers.items()
                  if h and cue_weight(h) > 0 and YEARS.search(h)}
        for col in cols:
            header = headers[col]
            if not header or len(header.split()) > 8 or (h_distracted and col not in own):
                continue
            cue = cue_weight(header)
            if cue <= 0 or is_column_distractor(header) or s.quotes_other(header):
                continue
            if col in starts and starts[col] < max(starts.values()):
                continue
            cands = []
            # (where no row has text beyond its first cell, the other columns are ticks drawn as shapes)
            ticks = all(not any(grid.get((r, c)) for c in cols[1:]) for r in rows[1:])
            for r in rows[1:]:
                idx = grid.get((r, col), [])
                if (len(cols) >= 3 and cands and r != rows[-1] and grid.get((r, cols[0])) and not ticks
                        and not any(grid.get((r, c)) for c in cols[1:])):
                    break  # a band row across the table ("What makes it work"): the rows under it are others
                if not idx:
                    continue
                if cands and s.blocks[idx[0]].text[:1].islower() and not grid.get((r, cols[0])) and col != cols[0]:
                    # the rest of a merged cell that spans rows, or a cell wrapped across a row rule
                    prev = cands[-1]
                    prev.text = clean(prev.text + " " + " ".join(s.blocks[i].text for i in idx))
                    continue
                title = s.blocks[idx[0]]
                text = title.text
                others = [s.blocks[i].text for i in idx[1:]]
                if len(idx) > 1 and not (title.bold or title.kind == HEADING):
                    text = " ".join(s.blocks[i].text for i in idx)
                    others = []
                desc_cells = []
                for c2 in cols:
                    if c2 == col:
                        continue
                    head = headers[c2]
                    body = "; ".join(s.blocks[i].text for i in grid.get((r, c2), []))
                    if body:
                        desc_cells.append(f"{head}: {body}" if head else body)
                cands.append(Candidate(clean(text), idx[0], title.page,
                                       description="\n".join(others + desc_cells)[:DESCRIPTION_CHARS]))
            cands = [c for c in cands if c.text]
            if not cands or 2 * sum(1 for c in cands if SUBHEADING.match(c.text) or is_column_distractor(c.text)) >= len(cands):
                continue  # a form's row labels ("Why it matters", "Lead", "Key actions") under its first cell
            distinct = len({c.key for c in cands})
            if distinct < 0.8 * len(cands):
                continue  # an action plan repeats its priority on every action's row
            groups.append(Group("table", cands, cue=max(cue, 0.7 * h_cue)))
    return groups


def _banded_rows(s: Structure, grid: dict[tuple[int, int], list[int]], rows: list[int], cols: list[int],
                 header_row: int) -> Group | None:
    """A table split by band rows of one cell ("Priorities for 2024-2027" over the top five scores, "Kept
    under review (not priorities)" over the rest): the first cells of the rows under the band that names them."""
    def filled(r: int) -> list[int]:
        return [c for c in cols if grid.get((r, c))]

    cands: list[Candidate] = []
    taking = None
    for r in rows:
        if r <= header_row:
            continue
        cells = filled(r)
        if len(cells) == 1 and len(cols) >= 3:
            text = " ".join(s.blocks[i].text for i in grid[(r, cells[0])])
            own = cue_weight(text) >= 0.8 and not is_distractor(text) and not re.search(r"\bnot\b", text, re.IGNORECASE)
            if taking is not None and cands:
                break  # the band after the priorities ends them
            taking = own or None
            continue
        if taking and cells:
            idx = grid[(r, cells[0])]
            cands.append(Candidate(clean(" ".join(s.blocks[i].text for i in idx)), idx[0], s.blocks[idx[0]].page))
    return Group("table", cands, cue=1.0) if len(cands) >= 2 else None


def _heading_row(s: Structure, grid: dict[tuple[int, int], list[int]], rows: list[int], cols: list[int],
                 headers: dict[int, str], h_cue: float) -> Group | None:
    """A diagram drawn as a table whose header row is the priorities themselves: the pillars of a temple
    under "The five pillars of a safer Warrington. Each is a priority", each over its description. Taken
    where the section announces priorities and the row's cells are titles (headings, two words or more),
    none of them a field name ("Lead", "Measures") or a column's kind ("Priority")."""
    titled = [c for c in cols if headers[c]]
    if h_cue < 0.5 or len(titled) < 3 or len(rows) < 2:
        return None
    cells = {c: grid[(rows[0], c)] for c in titled}
    if any(s.blocks[i].kind != HEADING for idx in cells.values() for i in idx):
        return None
    if any(len(headers[c].split()) < 2 or len(headers[c].split()) > MAX_WORDS or cue_weight(headers[c])
           or SUBHEADING.match(headers[c]) or NON_PRIORITY_HEADING.match(clean(headers[c]))
           or is_column_distractor(headers[c]) for c in titled):
        return None
    below = [c for c in cols if grid.get((rows[1], c))]  # (its cells may not share the titles' columns)
    if len(below) < len(titled) - 1:
        return None  # a title row needs what it heads under it
    return Group("table", [Candidate(clean(headers[c]), cells[c][0], s.blocks[cells[c][0]].page,
                                     description=" ".join(s.blocks[i].text for i in grid.get((rows[1], c), [])))
                           for c in titled], cue=h_cue)


def _transposed(s: Structure, grid: dict[tuple[int, int], list[int]], rows: list[int], cols: list[int],
                headers: dict[int, str], h_cue: float) -> Group | None:
    """A table read down its columns: the priorities head the columns, and the first column names what
    each row says of them ("Why it matters", "What we will do", "Lead"). Taken where the table sits under
    a heading or lead-in that announces priorities, and most of its row names are such field names."""
    if h_cue <= 0 or len(cols) < 3 or len(rows) < 3 or headers.get(cols[0]):
        return None
    fields = [" ".join(s.blocks[i].text for i in grid.get((r, cols[0]), [])) for r in rows[1:]]
    named = sum(1 for f in fields if f and (SUBHEADING.match(f.strip()) or is_column_distractor(f)
                                            or NON_PRIORITY_HEADING.match(clean(f))))
    if named * 2 <= len(fields):
        return None
    cands = []
    for c in cols[1:]:
        idx = grid.get((rows[0], c), [])
        if not idx or not headers[c] or len(headers[c].split()) > MAX_WORDS:
            continue
        desc = [f"{f}: {' '.join(s.blocks[i].text for i in grid.get((r, c), []))}" for f, r in zip(fields, rows[1:])]
        cands.append(Candidate(clean(headers[c]), idx[0], s.blocks[idx[0]].page,
                               description="\n".join(desc)[:DESCRIPTION_CHARS]))
    return Group("table", cands, cue=h_cue) if len(cands) >= 2 else None


# A lead-in that ends by naming what follows as priorities ("... the board and every partner on it will work
# to these priorities:"): other words in it do not make it about something else
ANNOUNCES = re.compile(r"\b(?:these|the following|our|its|the board's|the partnership's)\s+(?:[\w-]+\s+){0,2}"
                       r"priorities\s*:\s*$", re.IGNORECASE)
# A lead-in in the document's own voice: "Our priorities for 2026-2029 are:" (not "It works through five pillars:")
OWN_LEAD = re.compile(r"\b(?:our|we|this (?:strategy|plan)(?:'s)?|the (?:board|partnership)(?:'s)?|these priorities)\b",
                      re.IGNORECASE)


def _section_cue(s: Structure, h: int) -> float:
    """How strongly heading h's section announces the document's own priorities, by its heading and the
    paragraph that opens it (0: it does not, or it is about something else)."""
    text = s.cue_text(h)
    if EXPLAINS.match(text):
        return 0.0  # "Why these priorities": what sits under it explains them
    cue, distracted = heading_cue(text)
    opening = s.blocks[h + 1].text if h + 1 < len(s.blocks) and s.blocks[h + 1].kind == PARAGRAPH else ""
    if distracted and NAMED_OWN.match(opening) and not s.quotes_other(opening):
        cue, distracted = 1.0, False  # "Board pledges" opening "These are the board's priorities for the year."
    if distracted or s.quotes_other(text):
        return 0.0
    # a clause of the opening saying what follows is the priorities ("...; together they are our priorities
    # for 2024-2027"), whatever else the opening mentions (each has "a three-year action plan")
    # or a clause that is itself a title naming them ("Our priorities for 2024 to 2027.", before "Each is
    # led by one partner on the board")
    def names_them(clause: str) -> bool:
        if NAMED_OWN.match(clause):
            return True
        if len(clause.split()) > 8 or not re.search(r"\bpriorities\b", clause, re.IGNORECASE):
            return False
        weight, distracted = heading_cue(clause.rstrip(". "))
        return weight >= 0.5 and not distracted

    clauses = [c.strip() for x in sentences(opening) for c in x.split(";")]
    if cue < 0.5 and any(names_them(c) and not s.earlier_period(c) and not s.quotes_other(c) for c in clauses):
        cue = 0.8
    # a sentence saying how they are drawn ("The timeline shows when each priority begins") is no
    # distractor: the section is still about them
    said = " ".join(x for x in sentences(opening) if not DRAWN.search(x))
    if cue < 0.5 and opening and not is_distractor(said):
        cue = max(cue, 0.8 * cue_weight(opening))  # "The plan at a glance" / "...this plan has four priorities."
    first = sentences(opening)[0] if opening else ""
    if cue < 0.5 and DRAWN_COUNT.search(first) and not s.quotes_other(first):
        # "The four points of the compass are our priorities ... Every intervention ... must ...": the first
        # sentence says what the drawing's parts are, whatever the next one asks
        cue = max(cue, 0.8)
    lead = _last_sentence(opening)
    if (cue < 0.5 and lead.rstrip().endswith(":") and OWN_LEAD.search(lead)
            and (not is_distractor(lead) or ANNOUNCES.search(lead))
            and not s.quotes_other(lead) and not s.earlier_period(lead)):
        # "... Our vision is unchanged ... Our priorities for 2026-2029 are:": the lead-in says what follows
        cue = max(cue, 0.8 * cue_weight(lead))
    return cue


def _priority_sections(s: Structure):
    """(heading, cue, end of its section) for each heading that names the priorities, several, strongly
    enough to look for them in its section however they are set."""
    for h, b in enumerate(s.blocks):
        if b.kind != HEADING or h in s.is_kicker or h in s.continuation:
            continue
        if PLURAL_CUE.search(s.cue_text(h)) and (cue := _section_cue(s, h)) >= 0.8:
            yield h, cue, s.section_end.get(h, h + 1)


def _bold_sentences(s: Structure) -> list[Group]:
    """Under a heading naming the priorities, whole sentences set in bold, each followed by plain text
    that explains it (a dyslexia-friendly version: "We will hold abusers to account and help them
    change." then "What this means: ..."); the list may go on under "Our priorities (continued)"."""
    groups = []
    for h, cue, end in _priority_sections(s):  # (end: over "Our priorities (continued)" on the next page too)
        cands = [Candidate(clean(x.text), i, x.page) for i in range(h + 1, end)
                 if (x := s.blocks[i]).kind == PARAGRAPH and x.bold and 3 <= len(x.text.split()) <= 25
                 and i + 1 < end and s.blocks[i + 1].kind == PARAGRAPH and not s.blocks[i + 1].bold]
        if len(cands) >= 2:
            groups.append(Group("list", cands, cue=cue))
    return groups


def _runin_titles(s: Structure) -> list[Group]:
    """Under a heading naming the priorities, paragraphs that open with a run-in title ("Reducing serious
    violence, including knife crime. Working with ..."), with other paragraphs, pull quotes and captions
    between them: a designed page whose priorities run into their text. A run-in that ends in a colon is
    a label ("What we will do:"), and labels that repeat are a template, not titles."""
    groups = []
    for h, cue, end in _priority_sections(s):
        cands = []
        for i in range(h + 1, end):
            x = s.blocks[i]
            if x.kind not in (PARAGRAPH, HEADING) or not x.lead or not 2 <= len(x.lead.split()) <= 20 or x.table >= 0:
                continue
            after = x.text[len(x.lead):len(x.lead) + 1] if x.text.startswith(x.lead) else ""
            if after not in (".", ""):
                continue
            cands.append(Candidate(clean(x.lead), i, x.page, description=x.text))
        if len(cands) >= 2 and len({c.key for c in cands}) == len(cands):
            groups.append(Group("list", cands, cue=cue))
    return groups


# the line under a card's title that says who leads it: "Lead: ASB Task Group", "Board sponsor: ..."
LEAD_LINE = re.compile(r"(?:^|(?<=\s))(?:lead(?: (?:partner|agency|group|officer|organisation|body))?|led by|owner|"
                       r"(?:board )?sponsor|delivered by)\s*:\s*\S", re.IGNORECASE)


def _led_titles(s: Structure) -> list[Group]:
    """Under a heading naming the priorities, bold titles set as paragraphs (headings have _sections), each
    with a line saying who leads it ("Anti-social behaviour and nuisance" over "Lead: ASB Task Group" on a
    row of chevrons): the titles, in reading order, however the shapes around them scatter it. As many
    "Lead:" lines as titles, give or take one; or the titles one after another in one size."""
    groups = []
    for h, cue, end in _priority_sections(s):
        leads = sum(len(LEAD_LINE.findall(s.blocks[i].text)) for i in range(h + 1, end)
                    if s.blocks[i].kind == PARAGRAPH and LEAD_LINE.match(s.blocks[i].text))
        titles = [i for i in range(h + 1, end)
                  if (x := s.blocks[i]).kind == PARAGRAPH and x.bold and 2 <= len(x.text.split()) <= 15
                  and not x.text.rstrip().endswith((".", ":")) and not LEAD_LINE.match(x.text)
                  and not s.quotes_other(x.text) and re.search(r"[^\W\d_]{3}", x.text)]
        # ... or, with no "Lead:" lines, bold titles of one size one after another (the tiers of a pyramid,
        # their notes set after them)
        together = (len({s.blocks[i].size for i in titles}) == 1 and titles == list(range(titles[0], titles[0] + len(titles)))
                    if titles else False)
        if len(titles) >= 3 and (abs(leads - len(titles)) <= 1 or together):
            groups.append(Group("list", [Candidate(clean(s.blocks[i].text), i, s.blocks[i].page) for i in titles], cue=cue))
    return groups


def _caption_cue(s: Structure, h: int, subs: list[int]) -> float:
    """A section whose titles are captioned, right under the last, as the document's own priorities ("Our
    priorities • community safety partnership plan, summary card" at the foot of a postcard)."""
    level = min(s.blocks[i].level for i in subs)
    titles = [i for i in subs if s.blocks[i].level == level]
    after = titles[-1] + 1
    if after >= s.section_end.get(h, h + 1) or s.blocks[after].kind != PARAGRAPH or len(titles) < 3:
        return 0.0
    cap = s.blocks[after]
    # (a caption: set smaller than the titles and the text, on their page)
    if (cap.size >= min(s.blocks[i].size for i in titles) or cap.size >= s.doc.body_size
            or any(s.blocks[i].page != cap.page for i in titles)):
        return 0.0
    head = re.split(r"\s*[•·|:–—]\s*", s.blocks[after].text.strip())[0]
    return 0.8 if _own_title(s, head) else 0.0


def _counted_lead_cue(s: Structure, h: int, subs: list[int]) -> float:
    """A section headed as something else ("About the Serious Violence Duty") whose paragraph right before
    its sub-headings, or one of the few before that, counts them as its priorities ("Partners agreed four
    priorities for 2026 to 2029. Each is listed below"): they are the priorities all the same."""
    first = subs[0]
    level = min(s.blocks[i].level for i in subs)
    titles = sum(1 for i in subs if s.blocks[i].level == level)
    # (the paragraph right before them, or the section's opening: "Our four priorities and their objectives,
    # by financial year and quarter." over a timeline's column heads)
    for j in range(first - 1, max(h, first - 4), -1):
        lead = s.blocks[j]
        if lead.kind != PARAGRAPH:
            continue
        if s.quotes_other(lead.text) or s.earlier_period(lead.text):
            return 0.0
        n = stated_count(lead.text, ("priorit", "objective"))
        if n:
            return 0.8 if n == titles else 0.0
    return 0.0


def counted_sections(s: Structure) -> list[Group]:
    """For a document in which nothing names its priorities: a section whose opening counts the titles
    under it ("The path up the mountain": "These four waymarks show the path the Board will follow",
    over four titles). Only asked when no other evidence is found (see extract._analyse)."""
    groups = []
    for h, b in enumerate(s.blocks):
        if (b.kind != HEADING or h in s.is_kicker or h in s.continuation or s.in_past(h) or b.page == 1
                or heading_cue(s.cue_text(h))[1] or h + 1 >= len(s.blocks) or s.blocks[h + 1].kind != PARAGRAPH):
            continue
        opening = " ".join(sentences(s.blocks[h + 1].text)[:2])
        n = things_count(opening)
        if not n or is_distractor(opening) or s.quotes_other(s.blocks[h + 1].text):
            continue
        subs = [i for i in range(h + 2, s.section_end.get(h, h + 1))
                if s.blocks[i].kind == HEADING and i not in s.is_kicker and i not in s.continuation]
        if not subs:
            continue
        level = min(s.blocks[i].level for i in subs)
        titles = [i for i in subs if s.blocks[i].level == level]
        if n >= 2 and len(titles) == n:
            groups.append(Group("section", [_heading_candidate(s, i) for i in titles], cue=0.5))
    return groups


def counted_titles(s: Structure) -> list[Group]:
    """For a document in which nothing names its priorities: a sentence of the document's own that counts
    them ("It has six priorities. Under each I set out what it means ...") and, after it, exactly that many
    headings in one style, the only such run (a plan that letters each priority on a plaque, with no
    heading over them). Only asked when no other evidence is found (see extract._analyse)."""
    for h, b in enumerate(s.blocks):
        if b.kind != PARAGRAPH or s.in_past(h) or s.quotes_other(b.text) or s.earlier_period(b.text):
            continue
        counts = [stated_count(x, ("priorit",)) for x in sentences(b.text) if not is_distractor(x)]
        n = next((c for c in counts if c), None)
        if not n or n < 2:
            continue
        titles = [i for i in range(h + 1, len(s.blocks))
                  if s.blocks[i].kind == HEADING and i not in s.is_kicker and i not in s.continuation
                  and not s.in_past(i) and _titled(s, i)]
        run = _counted_run(s, titles, n, lambda x: (x.level, x.bold, x.color))
        # the first count the document states is the one that says how many
        return [Group("section", [_heading_candidate(s, i) for i in run], cue=0.5)] if run else []
    return []


def _poster_run(s: Structure, h: int) -> list[int]:
    """The titles set after heading h (and its opening paragraph) larger than it: h's own, though their
    size ends its section at once ("Five things we will focus on" over five lines of poster type; "OUR
    FIVE PRIORITIES" over a newspaper's headlines). The run goes on to a title set larger still."""
    b = s.blocks[h]
    i = h + 1
    while i < len(s.blocks) and i - h <= 2 and s.blocks[i].kind == PARAGRAPH:
        i += 1
    run: list[int] = []
    for j in range(i, len(s.blocks)):
        x = s.blocks[j]
        if x.kind == HEADING and x.text.startswith("#"):
            continue  # a hashtag ("#SaferTamworth") set between the heading and its titles
        if x.kind != HEADING or j in s.is_kicker:
            if not run and x.kind != HEADING:
                return []  # the text under h is its own: h heads an ordinary section
            continue
        if not run and x.level >= b.level:
            return []
        if run and x.level < s.blocks[run[0]].level:
            break
        if not run or x.level == s.blocks[run[0]].level:
            run.append(j)
    if any(PLURAL_CUE.search(s.blocks[j].text) or is_distractor(s.blocks[j].text) for j in run):
        return []  # "Our priorities: in and out", "Measures and governance": the chapters of the document
    return run


def _tile_run(s: Structure, h: int) -> list[int]:
    """Tiles of unequal size under heading h, whose section holds only its opening: the first tile's title
    set as large as h (so ending h's section), the others' smaller, under it. Taken only when h or its
    opening counts exactly that many ("The board has agreed five priorities")."""
    j = s.section_end.get(h, h + 1)
    if j >= len(s.blocks) or s.blocks[j].kind != HEADING or s.blocks[j].page != s.blocks[h].page:
        return []
    if any(s.blocks[i].kind != PARAGRAPH for i in range(h + 1, j)) or j - h > 3:
        return []
    inner = [i for i in range(j + 1, s.section_end.get(j, j + 1)) if s.blocks[i].kind == HEADING
             and i not in s.is_kicker and s.blocks[i].page == s.blocks[j].page]
    if not inner:
        return []
    top = min(s.blocks[i].level for i in inner)
    run = [j] + [i for i in inner if s.blocks[i].level == top]
    said = " ".join([s.cue_text(h)] + [s.blocks[i].text for i in range(h + 1, j)])
    return run if stated_count(said, ("priorit", "objective")) == len(run) else []


def _root_node(text: str) -> bool:
    """A diagram's top box, labelled as what it is: "Our ambition: ...", "Vision: ..."."""
    head, sep, _ = text.partition(":")
    return bool(sep) and len(head.split()) <= 3 and re.search(r"\b(?:ambition|vision|aim|mission|purpose)\b",
                                                            head, re.IGNORECASE) is not None


def _styled_run(s: Structure) -> list[Group]:
    """Titles set in one colour and weight but each in its own size (a bullseye's rings, each label
    shrunk to fit its ring), one after another right under a heading that names the priorities: the
    titles. Size decides the heading levels, so no other generator sees them as one set."""
    groups = []
    for h, b in enumerate(s.blocks):
        if b.kind != HEADING or h in s.is_kicker or s.in_past(h):
            continue
        # a heading naming the priorities, or a page of them ("Our strategy on a page")
        named = PLURAL_CUE.search(s.cue_text(h)) or re.search(r"\bon a page\b|\bat a glance\b", s.cue_text(h), re.I)
        if not named or heading_cue(s.cue_text(h))[0] <= 0:
            continue
        i = h + 1
        while i < len(s.blocks) and i - h <= 2 and s.blocks[i].kind == PARAGRAPH and (
                not s.blocks[i].bold or _root_node(s.blocks[i].text)):
            i += 1  # its opening, or the diagram's root ("Our ambition: fewer victims ...")
        run: list[int] = []
        while i < len(s.blocks) and s.blocks[i].page == b.page:
            x = s.blocks[i]
            first = s.blocks[run[0]] if run else x
            if not (x.bold and x.color == first.color and 0.75 * first.size <= x.size <= 1.33 * first.size
                    and x.kind in (HEADING, PARAGRAPH) and len(x.text.split()) >= 2
                    and not x.text.rstrip().endswith(".") and x.table < 0):  # (a table is read as one)
                break
            run.append(i)
            i += 1
        # a diagram's end labels in capitals around titles in mixed case ("WHERE WE ARE NOW" at the foot of
        # stepping stones, "FEWER PEOPLE HURT" at the far bank) are not among the titles
        if 2 * sum(1 for j in run if s.blocks[j].text.isupper()) < len(run):
            while run and s.blocks[run[0]].text.isupper():
                run.pop(0)
            while run and s.blocks[run[-1]].text.isupper():
                run.pop()
        if len(run) >= 3 and len({s.blocks[j].size for j in run}) > 1:
            groups.append(Group("section", [_heading_candidate(s, j) for j in run], cue=_section_cue(s, h)))
    return groups


def _says_other(s: Structure, heading: str) -> bool:
    """A heading over what others said or found, someone else's priorities or the past ("What you told
    us", "The Mayor's priorities", "Looking back"). (A vision over the priorities is only their banner.)"""
    return bool(FINDINGS_LEAD.search(heading) or s.quotes_other(heading) or PAST.search(heading))


PRIORITY_TAG = re.compile(r"\bpriority\s+\d{1,2}\b", re.IGNORECASE)


def _under_other(s: Structure, i: int, top: int = -1) -> bool:
    """Heading i sits under a heading below `top` that says what is under it is something else ("What you
    told us" over residents' concerns ranked 1 to 6, in a sidebar of the priorities page)."""
    p = s.parent[i]
    while p > top:
        if _says_other(s, s.cue_text(p)):
            return True
        p = s.parent[p]
    return False


def _sections(s: Structure) -> list[Group]:
    groups = []
    for h, b in enumerate(s.blocks):
        if b.kind == HEADING and h in s.is_kicker and PLURAL_CUE.search(b.text):
            # "OUR FIVE PRIORITIES, 2025 TO 2030" set small over five titles set larger: read as the first
            # title's label, it names them all (as many as it says, where it says)
            run = _poster_run(s, h)
            said = stated_count(b.text)
            named, other = heading_cue(b.text)
            if len(run) >= 2 and (said is None or said == len(run)) and named > 0 and not other:
                groups.append(Group("section", [_heading_candidate(s, i) for i in run], cue=named))
        if b.kind != HEADING or h in s.is_kicker or h in s.continuation:
            continue
        if b.page == 1 and s.doc.page_count >= 4 and b.level <= min(x.level for x in s.blocks
                                                                   if x.kind == HEADING and x.page == 1):
            continue  # the title on the cover heads the whole document, not a section of priorities (a lesser
            #           heading on page 1 can head one: a bulletin's front-page story)
        subs = [i for i in range(h + 1, s.section_end.get(h, h + 1))  # a bare number is a label, not a title
                if s.blocks[i].kind == HEADING and i not in s.is_kicker and i not in s.continuation
                and not NUMERAL.match(s.blocks[i].text)
                and not NUMBERS_ONLY.match(s.blocks[i].text)
                and len(re.findall(r"[^\W\d_]", s.blocks[i].text)) > 2  # nor a tile's symbol ("Su", "Tr")
                and not _under_other(s, i, h)]
        if not subs:
            run = _poster_run(s, h)
            # the heading itself must name them, several ("PRIORITY AREA" over each title names one)
            named = s.cue_text(h)
            if len(run) < 2:
                run = _tile_run(s, h)
            if (len(run) >= 2 and heading_cue(named)[0] > 0 and (PLURAL_CUE.search(named) or stated_count(named))
                    and (cue := _section_cue(s, h)) > 0):
                groups.append(Group("section", [_heading_candidate(s, i) for i in run], cue=cue))
            continue
        cue = _section_cue(s, h) or _counted_lead_cue(s, h, subs) or _caption_cue(s, h, subs)
        if cue <= 0:
            continue
        level = min(s.blocks[i].level for i in subs)
        if any(s.blocks[i].level == level and PLURAL_CUE.search(s.blocks[i].text)
               and not heading_cue(s.blocks[i].text)[1] and not _after_titles(s, subs, i)
               and not (i == subs[0] and s.section_end.get(i, i + 1) == i + 1) for i in subs):
            # a child announces the priorities ("Agreed priorities"): they are under it, not its siblings (unless
            # nothing is under it: "Partnership priorities 2025-2028" set like the titles after it)
            continue
        subs = [i for i in subs if not _data_table_cell(s, i) and not _not_a_title(s, i)]
        if not subs:
            continue
        top_level = min(s.blocks[i].level for i in subs)
        children = [i for i in subs if s.blocks[i].level == top_level]
        if len(children) == 1 and children[0] == subs[0]:
            # one title over them all ("Our promise to Southend" heading a box): the list is its children,
            # unless the title says they are something else (a sidebar "What you told us" ranking concerns)
            if _says_other(s, s.cue_text(children[0])):
                continue
            inner = [i for i in subs if children[0] < i < s.section_end.get(children[0], children[0] + 1)]
            if inner:
                children = [i for i in inner if s.blocks[i].level == min(s.blocks[j].level for j in inner)]
        head = s.blocks[children[0]].text
        if len(children) >= 3 and PLURAL_CUE.search(head) and (hc := heading_cue(head))[0] > 0 and not hc[1]:
            children = children[1:]  # "Our four priorities for 2025 to 2028" set like the four titles after it
        numbered = [i for i in children if _number(s.blocks[i].marker) is not None or _label_parts(s.blocks[i].text)]
        if len(numbered) >= 2 and len(numbered) < len(children):
            children = numbered  # "1. ... 6." then "Who leads each priority": the numbers say which are the list
        # a tree of strands and their priorities, all titles set alike: the ones a label under them calls a
        # priority ("STRAND 1 · PRIORITY 2"), where as many as the document counts
        def tagged(k: int) -> bool:
            return (0 <= k < len(s.blocks) and s.blocks[k].kind == PARAGRAPH and PRIORITY_TAG.search(s.blocks[k].text)
                    is not None and len(s.blocks[k].text.split()) <= 8)

        # (the tag set over its title or under it)
        for labelled in ([i for i in children if tagged(i - 1)], [i for i in children if tagged(i + 1)]):
            if 2 <= len(labelled) < len(children) and len(labelled) in s.own_priority_counts:
                children = labelled
                break
        cands = [_heading_candidate(s, i) for i in children]
        opening = s.blocks[h + 1].text if h + 1 < len(s.blocks) and s.blocks[h + 1].kind == PARAGRAPH else ""
        said = stated_count(s.cue_text(h) + ". " + opening, ("priorit", "objective"))
        if said and said != len(children) and said >= 2:
            # the heading or its opening counts them, and the titles one level down are that many (a
            # departures board's "Destination" rows under its own header lines)
            for level in sorted({s.blocks[i].level for i in subs}):
                at = [i for i in subs if s.blocks[i].level == level]
                if len(at) == said and at != children:
                    groups.append(Group("section", [_heading_candidate(s, i) for i in at], cue=cue))
                    break
            # ... or one title more than that, the others set alike and it not (a monitor's red title over
            # its four green channel labels, all one size)
            alike: dict[tuple[int, bool], list[int]] = {}
            for i in children:
                alike.setdefault((s.blocks[i].color, s.blocks[i].bold), []).append(i)
            counted = [ids for ids in alike.values() if len(ids) == said]
            if len(children) == said + 1 and len(alike) == 2 and len(counted) == 1:
                groups.append(Group("section", [_heading_candidate(s, i) for i in counted[0]], cue=cue))
        if len(cands) >= 2:
            groups.append(Group("section", cands, cue=cue))
            # parts that group the priorities ("I have grouped my six priorities under three parts"): the
            # headings under every part, one level down, are candidates too; the stated count decides
            grand = [[i for i in subs if c < i < s.section_end.get(c, c + 1)] for c in children]
            if all(grand):
                level = min(s.blocks[i].level for g in grand for i in g)
                inner = [i for g in grand for i in g if s.blocks[i].level == level]
                if all(any(s.blocks[i].level == level for i in g) for g in grand) and len(inner) > len(children):
                    groups.append(Group("section", [_heading_candidate(s, i) for i in inner], cue=cue))
        # the run of sub-headings that opens the section, where later sections set larger sit inside it too
        # (a document whose next sections are not set above its priorities)
        first = subs[0]
        leading = []
        for i in subs:
            if s.blocks[i].level < s.blocks[first].level:
                break
            if s.blocks[i].level == s.blocks[first].level:
                leading.append(i)
        if len(leading) >= 2 and leading != children:
            groups.append(Group("section", [_heading_candidate(s, i) for i in leading], cue=cue))
            # ... and where a larger title interrupts that run (a diagram's hub, perhaps over two lines, among
            # the satellites around it), every sub-heading of the run's level and style in the section
            style = {(s.blocks[i].size, s.blocks[i].bold, s.blocks[i].color) for i in leading}
            every = [i for i in subs if s.blocks[i].level == s.blocks[first].level]
            between = [i for i in subs if every[0] < i < every[-1] and s.blocks[i].level != s.blocks[first].level]
            if (len(style) == 1 and len(every) > len(leading) and every[:len(leading)] == leading and len(between) <= 2
                    and all((s.blocks[i].size, s.blocks[i].bold, s.blocks[i].color) in style for i in every)):
                groups.append(Group("section", [_heading_candidate(s, i) for i in every], cue=cue))
    return groups


def _join_continued_tables(s: Structure, cells: dict[int, dict[tuple[int, int], list[int]]]
                           ) -> dict[int, dict[tuple[int, int], list[int]]]:
    """A table that breaks across a page, repeating its header row, is one table: its rows on the next
    page are appended under the first part (the repeated header dropped)."""
    def header(grid):
        top = min(r for r, _ in grid)
        return tuple(" ".join(s.blocks[i].text for i in grid[(r, c)]) for r, c in sorted(grid) if r == top)

    def pages(grid):
        return {s.blocks[i].page for idx in grid.values() for i in idx}

    out: dict[int, dict[tuple[int, int], list[int]]] = {}
    last = None
    for t in sorted(cells):
        grid = cells[t]
        if (last is not None and header(grid) == header(out[last]) and len(header(grid)) >= 2
                and min(pages(grid)) == max(pages(out[last])) + 1):
            base = out[last]
            offset = max(r for r, _ in base) + 1
            top = min(r for r, _ in grid)
            for (r, c), idx in grid.items():
                if r != top:
                    base[(offset + r - top, c)] = idx
            continue
        out[t] = dict(grid)
        last = t
    return out


def _not_a_title(s: Structure, i: int) -> bool:
    """Sub-headings of a priority's own section, sentences set large, table header words, icons and figures."""
    t = s.blocks[i].text
    if not re.search(r"[^\W\d_]", t):
        return True  # "★", "⚖": an icon marks the title beside it
    named = NAME_DASH.match(t)  # "Safer streets — Making every street ... safe." is a name and its statement
    return bool(SUBHEADING.match(t.strip()) or (t.rstrip().endswith(".") and len(t.split()) > 6 and not named)
                or NON_PRIORITY_HEADING.match(clean(t)) or (cue_weight(t) > 0 and len(t.split()) <= 3)
                or _ORDINAL_PRIORITY.match(t)  # "Our first priority is ..." set in bold: a sentence (see _prose)
                or bool(STATISTIC.match(t)))  # a reading beside a title ("1,350 offences"), not a title


def _after_titles(s: Structure, subs: list[int], i: int) -> bool:
    """Heading i follows two or more sibling titles set alike ("What the priorities mean" after the four
    priorities): it explains them, it does not announce what is under it."""
    before = [j for j in subs if j < i and s.blocks[j].level > s.blocks[i].level]
    return len(before) >= 2 and len({s.blocks[j].level for j in before}) == 1 and s.parent[before[0]] == s.parent[i]


def _data_table_cell(s: Structure, i: int) -> bool:
    """A cell of a table of three or more rows (its header row included) and two or more columns: read by
    the table generator, column by column. (A one-column table is a stack of boxes, and boxes holding a
    heading each are a diagram: their headings are sections like any others.)"""
    b = s.blocks[i]
    if b.table not in s.data_tables:
        return False
    # ... unless its column has no header the table generator could read it by: a lead-in sentence over the
    # column ("We, the partners of the Safer Walsall Partnership, commit to:") heads the rows' headings
    cells = s.table_cells[b.table]
    first = min(r for r, _ in cells)
    top = cells.get((first, b.col), [])
    header = " ".join(s.blocks[j].text for j in top)
    lead_in = (bool(top) and all(s.blocks[j].kind == PARAGRAPH for j in top)
               and (len(header.split()) > 8 or header.rstrip().endswith(":")))
    return not (b.kind == HEADING and b.row > first and lead_in)


def _heading_candidate(s: Structure, i: int) -> Candidate:
    """Heading i as a priority, its numbering label ("Priority 2 –") kept apart from its name."""
    t = s.blocks[i].text
    parts = _label_parts(t)
    if parts and parts[1]:
        return Candidate(clean(parts[1]), i, s.blocks[i].page, label=parts[0])
    return Candidate(clean(t), i, s.blocks[i].page)


def _contents(s: Structure) -> list[Group]:
    """Contents entries that name priorities: labelled ones, and those indented under a priorities entry."""
    entries = [i for i, b in enumerate(s.blocks) if b.kind == TOC]
    groups = []
    labelled = [i for i in entries if (p := _label_parts(s.blocks[i].text)) and p[1]]
    if labelled:
        groups.append(Group("contents", [Candidate(clean(s.blocks[i].text), i, s.blocks[i].target,
                                                   label=_label_parts(s.blocks[i].text)[0]) for i in labelled],
                            cue=1.0))
    for k, i in enumerate(entries):
        b = s.blocks[i]
        if cue_weight(b.text) <= 0 or is_distractor(b.text) or s.quotes_other(b.text):
            continue
        kids = []
        for j in entries[k + 1:]:
            if s.blocks[j].level <= b.level:
                break
            if s.blocks[j].level == b.level + 1:
                kids.append(j)
        if len(kids) >= 2:
            groups.append(Group("contents", [Candidate(clean(s.blocks[j].text), j, s.blocks[j].target)
                                             for j in kids], cue=cue_weight(b.text)))
    return groups


def _templates(s: Structure) -> list[Group]:
    """Consecutive sibling sections built on one template ("What we will do", "How we will measure
    success"...): the shape of a document that gives each priority its own section."""
    groups = []
    heads = [i for i, b in enumerate(s.blocks) if b.kind == HEADING and i not in s.is_kicker]
    by_parent: dict[tuple[int, int], list[int]] = {}
    for i in heads:
        by_parent.setdefault((s.parent[i], s.blocks[i].level), []).append(i)
    for (_, level), siblings in by_parent.items():
        if len(siblings) < 2:
            continue
        shapes = []
        for i in siblings:
            subs = frozenset(_shape_key(s.blocks[j].text) for j in range(i + 1, s.section_end.get(i, i + 1))
                             if s.blocks[j].kind == HEADING and j not in s.is_kicker and SUBHEADING.match(s.blocks[j].text.strip()))
            shapes.append(subs)
        run: list[int] = []
        for k, i in enumerate(siblings):
            if shapes[k] and run and shapes[k] & shapes[k - 1]:  # a run always ends at the previous sibling
                run.append(i)
                continue
            if len(run) >= 2:
                groups.append(_template_group(s, run))
            run = [i] if shapes[k] else []
        if len(run) >= 2:
            groups.append(_template_group(s, run))
    return groups


def _shape_key(text: str) -> str:
    return norm(text).split(" ")[0] + " " + " ".join(norm(text).split(" ")[1:3])


def _template_group(s: Structure, run: list[int]) -> Group:
    cands = [_heading_candidate(s, i) for i in run]
    return Group("template", [c for c in cands if c.text and not NON_PRIORITY_HEADING.match(c.text)], cue=0.5)


def _repeated(s: Structure) -> list[Group]:
    """Titles gathered on one page (an "at a glance" grid or summary) that each come back later as the
    heading of a section of their own."""
    heads = [i for i, b in enumerate(s.blocks) if b.kind == HEADING and i not in s.is_kicker]
    key_of = {i: norm(clean(s.blocks[i].text)) for i in heads}
    by_key: dict[str, list[int]] = {}  # key -> the headings with it, in document order
    by_page: dict[int, list[int]] = {}
    for i in heads:
        by_key.setdefault(key_of[i], []).append(i)
        by_page.setdefault(s.blocks[i].page, []).append(i)
    groups = []
    for page, idx in by_page.items():
        if len(idx) < 2:
            continue
        later: dict[int, int] = {}  # title on this page -> the first heading with its name on a later page
        for i in idx:
            key = key_of[i]
            if len(key) <= 3:
                continue
            j = next((j for j in by_key[key] if s.blocks[j].page > page), None)
            if j is not None:
                later[i] = j
        pages = {s.blocks[j].page for j in later.values()}
        if len(later) < 2 or len(pages) < 2:
            continue
        # what introduces the titles must say what they are: the heading above the first of them, or the
        # sentence just before it ("My priorities at a glance", "this plan has four priorities")
        first = min(later)
        intro = [s.heading_text(s.parent[first]), s.lead_in(first)]
        j = first - 1
        while j >= 0 and s.blocks[j].page == page and (j in s.is_kicker or s.blocks[j].table >= 0):
            j -= 1
        if j >= 0 and s.blocks[j].page == page and s.blocks[j].kind in (HEADING, PARAGRAPH):
            intro.append(s.blocks[j].text)
        said = [t for t in intro if t and not is_distractor(t)]
        cue = max((cue_weight(t) for t in said), default=0.0)
        if cue > 0:
            cands = [Candidate(clean(s.blocks[j].text), j, s.blocks[j].page) for i, j in sorted(later.items())]
            groups.append(Group("repeated", cands, cue=cue))
    return groups


INLINE = re.compile(r"(?P<intro>[^.;]*):\s*(?P<items>[^:]+?)\.?\s*$")  # (the last colon: "RESOLVED: that ...:")
LETTERED = re.compile(r"^\(?([a-h])\)\s+")
# items listed with commas, each opening with its verb: "reducing ..., preventing ..., and supporting ..."
COMMA_ITEMS = re.compile(r",\s+(?:and\s+)?(?=[a-z]+ing\b)")
THEY_ARE = re.compile(r"^(?:they|these|the priorities) are\s+(?P<items>[^:]+?)\.?\s*$", re.IGNORECASE)


def _inline(s: Structure) -> list[Group]:
    """Priorities stated in one sentence: "The draft strategy has four priorities: preventing abuse
    ...; supporting victims ...; and holding perpetrators to account." (a report summarising a plan)."""
    groups = []
    for i, b in enumerate(s.blocks):
        if (b.kind not in (PARAGRAPH, ITEM) or b.table >= 0 or not (";" in b.text or ":" in b.text) or s.in_past(i)
                or (s.parent[i] >= 0 and s.quotes_other(s.heading_text(s.parent[i])))):
            continue  # (under "The national strategy": its priorities, quoted)
        said = sentences(b.text)
        for k, sentence in enumerate(said):
            m = INLINE.match(sentence.strip())
            if not m and k and (t := THEY_ARE.match(sentence.strip())):
                # "It has five priorities. They are reducing ...; tackling ...; and protecting ...": the sentence
                # before says what they are
                m, intro = t, said[k - 1]
            elif not m:
                continue
            else:
                intro = m.group("intro")
            cue, distracted = heading_cue(intro)
            if cue < 0.8 or distracted or s.quotes_other(intro) or s.earlier_period(intro):
                continue
            items = m.group("items")
            parts = [re.sub(r"^(?:and|or)\s+", "", p.strip()) for p in items.split(";")]
            if len(parts) == 1:
                # no semicolons: commas, where the sentence before or the intro says how many there are
                parts = COMMA_ITEMS.split(items)
                if len(parts) < 3 or len(parts) != stated_count(intro):
                    continue
            if sum(bool(LETTERED.match(p)) for p in parts) >= 2:
                # "(a) keeping children ...; (b) ...; and (d) ...; and that the plan be submitted": the lettered ones
                parts = [LETTERED.sub("", p) for p in parts if LETTERED.match(p)]
            parts = [p for p in parts if 2 <= len(p.split()) <= 25]
            if len(parts) >= 3:
                groups.append(Group("inline", [Candidate(clean(p), i, b.page) for p in parts], cue=cue))
    return groups


def _single(s: Structure) -> list[Group]:
    """A plan with one priority says so in a sentence: "Our one priority for this year is making the
    town centre safer at night." Prose needs the "one" (or "single", "only"); a heading need not."""
    groups = []
    for i, b in enumerate(s.blocks):
        if b.kind not in (PARAGRAPH, HEADING) or b.table >= 0 or s.in_past(i):
            continue
        for sentence in sentences(b.text):
            m = SINGLE.match(sentence.strip())
            if not m or not (m.group("only") or b.kind == HEADING or b.bold):
                continue
            rest = m.group("rest").strip()
            if 2 <= len(rest.split()) <= 25 and not is_distractor(rest):
                groups.append(Group("single", [Candidate(clean(rest), i, b.page)], cue=1.0))
    return groups


_ORDINAL_PRIORITY = re.compile(
    r"\b[Oo]ur (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last) "
    r"(?:strategic )?(?:priority|objective|aim) (?:is|will be)\s+(?:to\s+(?=\w+\b))?(.+?)(?:[.;]\s|[.;]?$|,\s(?:because|so that|which|as)\b)")


_ORDINALS_WORDS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|final|last"
_END = r"(?:[.;]\s|[.;]?$|,\s(?:because|so that|which|as)\b)"
# the same said with a verb: "The first thing the Board will prioritise is ...", "Next, we will prioritise ...",
# "A third priority, and the one survivors raised most often, is ...", "Finally, we will prioritise ..."
_ORDINAL_VERB = (
    re.compile(r"\b[Tt]he (" + _ORDINALS_WORDS + r") thing (?:we|the [\w-]+) will prioriti[sz]e is\s+(.+?)" + _END),
    re.compile(r"(?:^|[.!?]\s+)(First|Secondly|Second|Next|Then|Thirdly|Third|Finally|Lastly),? (?:we|the [\w-]+) will "
               r"prioriti[sz]e\s+(.+?)" + _END),
    re.compile(r"\b[Aa] (" + _ORDINALS_WORDS + r") priority(?:, [^,.]{3,80},)? (?:is|will be)\s+(.+?)" + _END),
)


def _prose(s: Structure) -> list[Group]:
    """Priorities stated one by one in running prose: "Our first priority is a safe and settled home for
    everyone leaving prison. ... Our second priority is ..." (not "was": that is the last plan's)."""
    cands = []
    for i, b in enumerate(s.blocks):
        if s.in_past(i):
            continue
        sentence = b.text
        if b.kind == HEADING and _ORDINAL_PRIORITY.match(sentence) and not sentence.rstrip().endswith((".", ";", ":")):
            # the sentence set mostly in bold ("Our first priority is **managing ... through Integrated**")
            # reads as a heading, and goes on in the paragraph under it
            nxt = s.blocks[i + 1] if i + 1 < len(s.blocks) else None
            if nxt is None or nxt.kind != PARAGRAPH or nxt.page != b.page:
                continue
            sentence = f"{sentence} {nxt.text}"
        elif b.kind != PARAGRAPH:
            continue
        for m in _ORDINAL_PRIORITY.finditer(sentence):
            text = m.group(2).strip()
            if 1 <= len(text.split()) <= 25:
                cands.append(Candidate(clean(text), i, b.page, label=f"Our {m.group(1)} priority"))
        for pattern in _ORDINAL_VERB:
            for m in pattern.finditer(sentence):
                text = m.group(2).strip()
                if 1 <= len(text.split()) <= 25:
                    cands.append(Candidate(clean(text), i, b.page, label=m.group(1)))
    cands.sort(key=lambda c: (c.index, s.blocks[c.index].text.find(c.text)))
    return [Group("inline", cands, cue=1.0)] if len(cands) >= 2 else []


def _cell_span(s: Structure, i: int) -> int:
    """`span`, kept inside the table cell of block i: a panel's title heads its own cell, not the smaller
    headings of the panels set after it."""
    b = s.blocks[i]
    if b.table < 0:
        return s.span(i)
    return 1 + sum(1 for j in range(i + 1, s.section_end.get(i, i + 1))
                   if (s.blocks[j].table, s.blocks[j].row, s.blocks[j].col) == (b.table, b.row, b.col))


def _counted(s: Structure) -> list[Group]:
    """A heading that counts the priorities ("Our six priorities") on a page that sets exactly that many
    titles in one style elsewhere, outside its own section (a poster of hexagons around a centre): those
    titles. Likewise a sentence that counts them ("through the three priorities the board agreed") above
    exactly that many titles in one style on its page (a chain of boxes from a vision to a measure). A title
    under a label of its own ("OUR AMBITION", "OUR VISION") is something else, and so is a line that
    finishes the sentence above it."""
    groups = []
    if s.doc.format != "pdf":
        return groups  # only a drawn page places titles around a centre
    for h, b in enumerate(s.blocks):
        if h in s.is_kicker or s.in_past(h) or b.kind not in (HEADING, PARAGRAPH):
            continue
        n = stated_count(b.text, ("priorit", "objective"))
        if not n or n < 2 or (b.kind == PARAGRAPH and s.quotes_other(b.text)):
            continue
        titles = [i for i, x in enumerate(s.blocks)
                  if i != h and x.kind == HEADING and x.page == b.page and i not in s.is_kicker and i not in s.kicker
                  and (not s.inside(i, h) if b.kind == HEADING else i > h) and _titled(s, i)
                  and _cell_span(s, i) <= 3  # a title in a shape, not the head of a section
                  and not _labelled_otherwise(s, i) and not _under_other(s, i)]
        run = _counted_run(s, titles, n, lambda x: (x.level, x.bold))
        if run:
            groups.append(Group("section", [_heading_candidate(s, i) for i in run], cue=0.8))
    return groups


def _titled(s: Structure, i: int) -> bool:
    """Heading i can be a priority's title: not a number, an acrostic's letter or a drop cap, not a
    distractor, not a sub-heading, a sentence or a figure (_not_a_title)."""
    t = s.blocks[i].text
    return (not NUMERAL.match(t) and re.search(r"[^\W\d_]{3}", t) is not None and not is_distractor(t)
            and not _not_a_title(s, i))


def _counted_run(s: Structure, ids: list[int], n: int, style) -> list[int]:
    """Of the headings `ids`, the only run of exactly `n` set in one `style` (a function of the block),
    or []: where two runs are that many (titles and their figures, or titles and a "What I will do"
    under each), the titles are set larger."""
    by_style: dict[tuple, list[int]] = {}
    for i in ids:
        by_style.setdefault(style(s.blocks[i]), []).append(i)
    runs = [run for run in by_style.values() if len(run) == n]
    if len(runs) > 1:
        top = min(s.blocks[run[0]].level for run in runs)
        runs = [run for run in runs if s.blocks[run[0]].level == top]
    return runs[0] if len(runs) == 1 else []


def _labelled_otherwise(s: Structure, i: int) -> bool:
    """Title i follows a small label that names it as something else ("OUR VISION"), or finishes the
    sentence of the line above it ("... 72% in 2025," / "80% by 2027")."""
    if i == 0:
        return False
    prev = s.blocks[i - 1]
    if prev.page != s.blocks[i].page:
        return False
    if prev.text.rstrip().endswith((",", ";", ":")) and prev.kind == PARAGRAPH:
        return True
    return (prev.kind == PARAGRAPH and len(prev.text.split()) <= 5 and (prev.bold or prev.text.isupper())
            and is_distractor(prev.text))


def _header_neighbours(s: Structure, b: Block, nxt: Block) -> bool:
    """Two cells side by side in the header row of a table of three or more columns ("Our priority" |
    "Police and Crime Plan link"): column names, not a label over its wording (a form's "Priority" |
    value row has two columns)."""
    if b.table < 0 or (nxt.table, nxt.row) != (b.table, b.row) or not nxt.bold:
        return False
    return len({c for (r, c) in s.table_cells.get(b.table, {}) if r == b.row}) >= 3


def _callouts(s: Structure) -> list[Group]:
    """The same short label, set apart in capitals or bold, over each priority's wording: "OUR PRIORITY"
    in a margin note beside the section it belongs to ("NATIONAL PRIORITY" and "KEY FACT" notes around it)."""
    found: dict[str, list[Candidate]] = {}
    for i, b in enumerate(s.blocks[:-1]):
        nxt = s.blocks[i + 1]
        if (b.kind != PARAGRAPH or not (b.bold or b.text.isupper()) or not _cue_label(b.text) or s.in_past(i)
                or nxt.kind not in (PARAGRAPH, HEADING) or nxt.page != b.page or not 2 <= len(nxt.text.split()) <= 15
                or _header_neighbours(s, b, nxt)):
            continue
        found.setdefault(b.text.strip().lower(), []).append(Candidate(clean(nxt.text), i + 1, nxt.page))
    return [Group("callout", cands, cue=cue_weight(label)) for label, cands in found.items() if len(cands) >= 2]


def _forms(s: Structure) -> list[Group]:
    """The same two-column form filled in once per priority (a council template: "Priority title |
    Reducing anti-social behaviour ...", "Why this matters | ...", "Lead partner | ..."): the values of the
    row whose label names a priority, one per form, or else of the one row every form sets as a heading
    (a report card's "Result"). A form left empty (Word's "Click or tap here to enter text.") is not a
    priority."""
    forms: dict[tuple[str, ...], list[dict[str, list[int]]]] = {}
    for cells in s.table_cells.values():
        if {c for _, c in cells} != {0, 1}:
            continue
        # the form's fields: rows with a label and a value (a title row across the form is not one)
        rows = sorted({r for r, c in cells if c == 1 and (r, 0) in cells})
        labels = [" ".join(s.blocks[i].text for i in cells.get((r, 0), [])) for r in rows]
        if len(rows) < 2 or not all(labels) or any(len(x.split()) > 6 for x in labels):
            continue
        values = {norm(lab): cells.get((r, 1), []) for r, lab in zip(rows, labels)}
        forms.setdefault(tuple(norm(x) for x in labels), []).append(values)
    groups = []
    for labels, filled in forms.items():
        if len(filled) < 2:
            continue
        named = [x for x in labels if cue_weight(x) > 0 and not is_distractor(x)]
        # else the field every form sets as a heading is the form's title (an RBA report card's "Result")
        titled = [x for x in labels if all(values[x] and s.blocks[values[x][0]].kind == HEADING for values in filled)]
        if not named and len(titled) != 1:
            continue
        label = max(named, key=lambda x: (cue_weight(x), -labels.index(x))) if named else titled[0]
        cands = []
        for values in filled:
            idx = values[label]
            text = " ".join(s.blocks[i].text for i in idx).strip()
            if idx and text and not PLACEHOLDER.match(text) and not s.in_past(idx[0]):
                cands.append(Candidate(clean(text), idx[0], s.blocks[idx[0]].page))
        if len(cands) >= 2:
            groups.append(Group("table", cands, cue=cue_weight(label) or 0.5))
    return groups


def _flagged_rows(s: Structure) -> list[Group]:
    """A table that marks some of its rows as priorities in a column of its own (a scoring matrix whose
    "Board decision" column says PRIORITY on five of eleven issues): the marked rows' names, the longest
    cells of each row, in order."""
    groups = []
    for cells in s.table_cells.values():
        rows = sorted({r for r, _ in cells})
        cols = sorted({c for _, c in cells})
        if len(rows) < 4 or len(cols) < 2:
            continue
        text = {k: " ".join(s.blocks[i].text for i in v).strip() for k, v in cells.items()}
        for flag_col in cols:
            column = [text.get((r, flag_col), "") for r in rows[1:]]
            marks = {t.lower() for t in column if t}
            flagged = [r for r in rows[1:] if _flags_priority(text.get((r, flag_col), ""))]
            if len(marks) > 4 or len(flagged) < 2 or len(flagged) == len(rows) - 1:
                continue
            others = [c for c in cols if c != flag_col]
            # the row's name: the first column of worded cells (a reference number or a score is not one),
            # else the longest
            worded = [c for c in others if all(len(re.findall(r"[^\W\d_]{2,}", text.get((r, c), ""))) >= 2
                                               for r in flagged)]
            name_col = worded[0] if worded else max(
                others, key=lambda c: (sum(len(text.get((r, c), "").split()) for r in rows[1:]), -c))
            firsts = {r: cells[(r, name_col)][0] for r in flagged if text.get((r, name_col))}
            cands = [Candidate(clean(text[(r, name_col)]), i, s.blocks[i].page) for r, i in firsts.items()]
            if len(cands) >= 2:
                groups.append(Group("table", cands, cue=max(cue_weight(text[(r, flag_col)]) for r in flagged)))
    return groups


def _flags_priority(cell: str) -> bool:
    """A decision cell marking its row as a priority: "PRIORITY", "Adopted as a priority", not "Not adopted"
    nor "Not a priority – led by the county"."""
    return (cue_weight(cell) > 0 and len(cell.split()) <= 5
            and not re.search(r"\b(?:not|no|rejected|declined|dropped)\b", cell, re.IGNORECASE))


# "Our priorities (2 of 4)", "Priorities 3/5": the stem ends in a letter, so "Priorities 2025/26" is not one
SERIES = re.compile(r"^(?P<stem>.*?[^\d\s(\[])\s*[(\[]?\s*(?P<n>\d{1,2})\s*(?:of|/)\s*(?P<m>\d{1,2})\s*[)\]]?$",
                    re.IGNORECASE)


def _series(s: Structure) -> list[Group]:
    """One title per slide or page under a running heading that counts them ("Our priorities (2 of 4)"):
    the title that comes next under each, when the series is complete (1 to m, m of them)."""
    series: dict[tuple[str, int], dict[int, int]] = {}
    for i, b in enumerate(s.blocks):
        m = SERIES.match(b.text.strip()) if b.kind == HEADING else None
        if m and 2 <= int(m.group("m")) <= 12 and 1 <= int(m.group("n")) <= int(m.group("m")):
            series.setdefault((norm(m.group("stem")), int(m.group("m"))), {}).setdefault(int(m.group("n")), i)
    groups = []
    for (stem, total), heads in series.items():
        cue = cue_weight(stem)
        if len(heads) != total or cue <= 0 or is_distractor(stem):
            continue
        cands = []
        for n in range(1, total + 1):
            i = heads[n]
            j = i + 1
            if (j < len(s.blocks) and s.blocks[j].page == s.blocks[i].page
                    and s.blocks[j].kind in (HEADING, PARAGRAPH)):
                cands.append(Candidate(clean(s.blocks[j].text), j, s.blocks[j].page))
        if len(cands) == total:
            groups.append(Group("section", cands, cue=cue))
    return groups


def _cue_heading(s: Structure, h: int) -> float:
    """How strongly heading h announces the document's own current priorities (0: it does not)."""
    b = s.blocks[h]
    if b.kind != HEADING or h in s.is_kicker or s.in_past(h) or s.quotes_other(b.text):
        return 0.0
    cue, distracted = heading_cue(b.text)
    return 0.0 if distracted or EXPLAINS.match(b.text) else cue


def _plain_lines(s: Structure) -> list[Group]:
    """Short lines set one under another, without bullets, straight after a heading that announces the
    priorities (the key of a chart, "Key: our priorities", beside its colour swatches): a list all the
    same. Lines in one style and one indent, none a sentence; an introducing line ending in a colon may
    come first. Or, after a sentence that names them ("From 2025 to 2028 these are our priorities."), three
    or more plain one-sentence paragraphs, as an easy read version sets them."""
    groups = []
    blocks = s.blocks
    for h, b in enumerate(blocks):
        if b.kind != HEADING:
            continue
        cue = _cue_heading(s, h)
        i = h + 1
        intro = blocks[i] if i < len(blocks) and blocks[i].kind == PARAGRAPH and blocks[i].page == b.page else None
        # an easy read version: "From 2025 to 2028 these are our priorities." then one plain sentence each
        said = (intro is not None and len(sentences(intro.text)) == 1 and cue_weight(intro.text) >= 0.8
                and not is_distractor(intro.text) and not s.quotes_other(intro.text) and not s.in_past(i))
        if cue <= 0 and not said:
            continue
        if intro is not None and (intro.text.rstrip().endswith(":") or said):
            i += 1
        run: list[int] = []
        while i < len(blocks):
            c = blocks[i]
            first = blocks[run[0]] if run else c
            sentence = (said or cue > 0) and c.text.rstrip().endswith(".") and len(sentences(c.text)) == 1
            if (c.kind != PARAGRAPH or c.page != b.page or c.lead or c.table >= 0
                    or not 2 <= len(c.text.split()) <= (20 if sentence else 25)
                    or (c.text.rstrip().endswith((".", ":", ";", ",")) and not sentence) or abs(c.x0 - first.x0) > 3
                    or abs(c.size - first.size) > 0.3):
                break
            run.append(i)
            i += 1
        full_stops = sum(1 for j in run if blocks[j].text.rstrip().endswith("."))
        # sentences under a heading alone must be put alike ("We will ...", "We will ..."), as easy read is
        alike = said or len({" ".join(blocks[j].text.lower().split()[:2]) for j in run}) == 1
        if len(run) >= 2 and (not full_stops or (full_stops == len(run) and len(run) >= 3 and alike)):
            groups.append(Group("list", [Candidate(clean(blocks[j].text), j, blocks[j].page) for j in run],
                                cue=max(cue, cue_weight(intro.text) if said else 0.0)))
    return groups


def _headed_columns(s: Structure) -> list[Group]:
    """The boxes of one column of a diagram read left to right (a logic model: Inputs, Activities,
    Outputs, Outcomes, Impact) whose column heading announces the priorities ("Outcomes: our priorities").
    A column is what lies below its heading and between the midpoints to the headings beside it; a caption
    under the heading, set smaller than the boxes, is not a box."""
    groups = []
    if s.doc.format != "pdf":
        return groups  # only a drawn page says what sits below what
    blocks = s.blocks
    for h, b in enumerate(blocks):
        cue = _cue_heading(s, h)
        if cue < 1.0 or b.table >= 0:
            continue  # (a ruled table's columns are read as a table; "Outcome" alone heads its results)
        # the header row: headings on the page level with this one
        row = sorted((i for i, x in enumerate(blocks)
                      if x.kind == HEADING and x.page == b.page and x.top < b.bottom and x.bottom > b.top),
                     key=lambda i: blocks[i].x0)
        if len(row) < 3 or any(blocks[p].x1 > blocks[q].x0 for p, q in zip(row, row[1:])):
            continue
        k = row.index(h)
        left = (blocks[row[k - 1]].x1 + b.x0) / 2 if k > 0 else float("-inf")
        right = (b.x1 + blocks[row[k + 1]].x0) / 2 if k + 1 < len(row) else float("inf")
        bottom = max(blocks[i].bottom for i in row)
        below = sorted((i for i, x in enumerate(blocks) if x.page == b.page and x.top >= bottom),
                       key=lambda i: (blocks[i].top, blocks[i].x0))
        middle = (b.x0 + b.x1) / 2
        column = []
        for i in below:
            x = blocks[i]
            if x.x0 <= middle <= x.x1 and (x.x0 < left - 2 or x.x1 > right + 2):
                break  # something across the columns ends the diagram
            if left <= (x.x0 + x.x1) / 2 <= right and x.kind in (PARAGRAPH, ITEM, HEADING):
                column.append(i)  # (a box's title set large reads as a heading)
        sizes = [round(blocks[i].size, 1) for i in column]
        if not sizes:
            continue
        body = max(set(sizes), key=lambda z: (sizes.count(z), z))
        boxes = [i for i in column if round(blocks[i].size, 1) >= body and 2 <= len(blocks[i].text.split()) <= 25]
        if len(boxes) >= 2:
            groups.append(Group("table", [Candidate(clean(blocks[i].text), i, blocks[i].page) for i in boxes], cue=cue))
    return groups


# "Chapters 4 to 8 set out our five priorities", "Sections 3-6 describe the priorities"
CHAPTER_RANGE = re.compile(r"\b(?:chapters?|sections?|parts?)\s+(\d{1,2})\s*(?:to|-|–|—|and)\s*(\d{1,2})\b",
                           re.IGNORECASE)


def _chapter_range(s: Structure) -> list[Group]:
    """A sentence that says which numbered chapters hold the priorities: those chapters' headings are."""
    groups = []
    for i, b in enumerate(s.blocks):
        if b.kind != PARAGRAPH or s.in_past(i):
            continue
        for sentence in sentences(b.text):
            m = CHAPTER_RANGE.search(sentence)
            if not m or cue_weight(sentence) < 0.8 or is_distractor(sentence) or s.quotes_other(sentence):
                continue
            first, last = int(m.group(1)), int(m.group(2))
            if not 2 <= last - first + 1 <= 12:
                continue
            found: dict[int, int] = {}
            for j, h in enumerate(s.blocks):
                if h.kind != HEADING:
                    continue
                num = re.match(r"^(\d{1,2})[.)]?\s+\S", h.text) or re.fullmatch(r"(\d{1,2})[.)]?", h.marker or "")
                if num and first <= int(num.group(1)) <= last and int(num.group(1)) not in found:
                    found[int(num.group(1))] = j
            if len(found) == last - first + 1:
                cands = []
                for k in range(first, last + 1):
                    c = _heading_candidate(s, found[k])
                    cands.append(Candidate(re.sub(r"^\d{1,2}[.)]?\s+", "", c.text), c.index, c.page, label=str(k)))
                groups.append(Group("section", cands, cue=cue_weight(sentence)))
    return groups


# the last of a run of numbered priorities, named as such inside a paragraph: "Final priority: ..."
LABEL_START = re.compile(r"(?<=[.!?])\s+(?=(?:our\s+)?(?:priority\s+\w+|\w+\s+priority)\s*:)", re.IGNORECASE)
LAST_LABEL = re.compile(r"^(?:our\s+)?(?:final|last)\s+priority\s*:\s*(?P<rest>.+)$", re.IGNORECASE)


def _sentence_labels(s: Structure) -> list[Group]:
    """Priorities named inside paragraphs, each sentence opening with its label: "... estate. Priority one:
    fewer people dying from drug poisoning. Action: ..." then "SECOND PRIORITY: ...", "Final priority: ..."."""
    cands: list[Candidate] = []
    for i, b in enumerate(s.blocks):
        if b.kind != PARAGRAPH or s.in_past(i) or b.table >= 0:
            continue
        # (a label in lower case after a full stop still opens a sentence: "... outside. priority three: ...")
        parts = [x for chunk in sentences(b.text) for x in LABEL_START.split(chunk)]
        for sentence in parts:
            sentence = sentence.strip()
            m = LABEL.match(sentence)
            rest = m.group("rest") if m and re.match(r"^[^:]{0,30}:", sentence) else None
            if rest is None and cands and (last := LAST_LABEL.match(sentence)):
                rest = last.group("rest")
            if rest and 2 <= len(rest.split()) <= 25 and not (m and sentence.lower().startswith(("national", "the national"))):
                cands.append(Candidate(clean(rest), i, b.page, label=m.group("label") if m else "Final priority"))
    inside = [c for c in cands if s.blocks[c.index].text.strip()[:len(c.label)].lower() != c.label.lower()]
    return [Group("numbered", cands, cue=1.0)] if len(cands) >= 2 and inside else []


# "Each priority starts with the words “We will”."
STARTS_WITH = re.compile(r"\beach (?:of our )?priorit(?:y|ies) (?:starts?|begins?|opens?) with (?:the words? )?"
                         r"[“\"‘']([^”\"’']{2,30})[”\"’']", re.IGNORECASE)


def _starting_words(s: Structure) -> list[Group]:
    """A plain-words version that says how its priorities begin ("Each priority starts with the words
    'We will'"): the lines of that section that begin so, not those that say what will not be done."""
    groups = []
    for i, b in enumerate(s.blocks):
        m = STARTS_WITH.search(b.text) if b.kind == PARAGRAPH else None
        if not m:
            continue
        words = m.group(1).strip().rstrip(".").lower()
        end = s.section_end.get(s.parent[i], len(s.blocks)) if s.parent[i] >= 0 else len(s.blocks)
        cands = []
        for j in range(i + 1, end):
            t = s.blocks[j].text.strip()
            low = t.lower()
            if (s.blocks[j].kind in (PARAGRAPH, ITEM) and low.startswith(words + " ")
                    and not low.startswith((words + " not ", words + " never "))):
                cands.append(Candidate(clean(t), j, s.blocks[j].page))
        if len(cands) >= 2:
            groups.append(Group("list", cands, cue=1.0))
    return groups


_NUMBERS = re.compile(r"[\d\s.,:%£$€()+\-–—/]*\d[\d\s.,:%£$€()+\-–—/]*")
_CHART_NOTE = re.compile(r"^\W*(?:source|chart|note|notes|figures?|data|key|scale)\b", re.IGNORECASE)


def _chart_labels(s: Structure) -> list[Group]:
    """Priorities stated only as a chart's labels (the bars of "Partnership fund by priority", a radar's
    spokes, a legend): a page with a chart on it (three or more blocks that are only numbers, its axis and
    values), a title or sentence on it, outside any table, naming the priorities, a count of them stated
    there or before it, and exactly that many worded labels after it up to the next heading, read top to
    bottom."""
    if s.doc.format != "pdf":
        return []
    pages: dict[int, list[int]] = {}
    for i, b in enumerate(s.blocks):
        pages.setdefault(b.page, []).append(i)
    groups = []
    for page, idx in pages.items():
        numeric = {i for i in idx if _NUMBERS.fullmatch(s.blocks[i].text.strip())}
        if len(numeric) < 3:
            continue
        named = [i for i in idx if s.blocks[i].kind in (HEADING, PARAGRAPH) and s.blocks[i].table < 0
                 and cue_weight(s.blocks[i].text) > 0
                 and not is_distractor(s.blocks[i].text) and not s.quotes_other(s.blocks[i].text) and not s.in_past(i)]
        if not named:
            continue
        counts = [n for i in range(named[-1] + 1)
                  if (n := stated_count(s.blocks[i].text, ("priorit", "objective"))) and 2 <= n <= 12]
        if not counts:
            continue
        # the chart's own text: up to the next heading ("Reading the chart"); a legend of dates is not a label
        end = next((i for i in idx if i > named[-1] and s.blocks[i].kind == HEADING
                    and not _NUMBERS.fullmatch(s.blocks[i].text.strip()) and len(s.blocks[i].text.split()) > 1),
                   idx[-1] + 1)
        labels = [i for i in idx if named[-1] < i < end and i not in numeric and s.blocks[i].kind == PARAGRAPH
                  and s.blocks[i].table < 0  # a table of measures is read as a table
                  and 2 <= len(s.blocks[i].text.split()) <= 20 and not s.blocks[i].text.rstrip().endswith(".")
                  and not _CHART_NOTE.match(s.blocks[i].text) and not re.search(r"\b(?:19|20)\d\d\b", s.blocks[i].text)]
        if len(labels) != counts[-1] or len(labels) < 2:
            continue
        labels.sort(key=lambda i: (round(s.blocks[i].top), s.blocks[i].x0))
        groups.append(Group("chart", [Candidate(clean(s.blocks[i].text), i, page) for i in labels],
                            cue=max(cue_weight(s.blocks[i].text) for i in named)))
    return groups


def _counted_bold_lines(s: Structure) -> list[Group]:
    """Under a heading whose opening counts the priorities ("Our four local priorities, and the share of
    the grant each will receive"), exactly that many lines set in bold one after another, each a short
    name with no full stop: a till receipt's items, a poster's lines set no larger than the text."""
    groups = []
    for h, b in enumerate(s.blocks):
        if (b.kind != HEADING or h in s.is_kicker or h in s.continuation or s.in_past(h)
                or h + 1 >= len(s.blocks) or s.blocks[h + 1].kind != PARAGRAPH):
            continue
        n = stated_count(s.blocks[h + 1].text, ("priorit",))
        if not n or n < 2 or (cue := _section_cue(s, h)) <= 0:
            continue
        end = s.section_end.get(h, h + 1)
        i = h + 2
        while i < end:
            j = i  # the run of bold short lines from i, all in the size of its first
            while (j < end and (x := s.blocks[j]).kind == PARAGRAPH and x.bold and x.table < 0
                   and 2 <= len(x.text.split()) <= 15 and not x.text.rstrip().endswith(".")
                   and abs(x.size - s.blocks[i].size) < 0.3):
                j += 1
            if j - i == n:
                groups.append(Group("list", [Candidate(clean(s.blocks[k].text), k, s.blocks[k].page)
                                             for k in range(i, j)], cue=cue))
            i = max(j, i + 1)
    return groups


# where one title ends and the next begins when both are run into one block: a word, then a capital
_RUN_ON_TITLE = re.compile(r"(?<=[a-z0-9)’'])\s+(?=[A-Z][a-z])")


def _run_together(s: Structure) -> list[Group]:
    """A heading that counts the priorities ("OUR FIVE PRIORITIES, 2025 TO 2030") over one bold block that
    splits into exactly that many titles where a word is followed by a capital: titles one per line in a
    box, set so close that they read as one paragraph (a wrapped title goes on in lower case)."""
    groups = []
    for h, b in enumerate(s.blocks):
        if (b.kind != HEADING or h in s.is_kicker or s.in_past(h) or h + 1 >= len(s.blocks)
                or s.quotes_other(b.text)):
            continue
        n = stated_count(b.text, ("priorit",))
        x = s.blocks[h + 1]
        if not n or n < 2 or x.kind != PARAGRAPH or not x.bold or x.page != b.page or is_distractor(b.text):
            continue
        parts = [p.strip() for p in _RUN_ON_TITLE.split(x.text)]
        if (len(parts) == n and all(2 <= len(p.split()) <= 20 and not p.endswith((".", ":", ";")) for p in parts)
                and (cue := cue_weight(b.text)) > 0):
            groups.append(Group("list", [Candidate(clean(p), h + 1, x.page) for p in parts], cue=cue))
    return groups


GENERATORS = (_numbered, _sections, _tables, _forms, _flagged_rows, _lists, _plain_lines, _headed_columns, _callouts,
              _counted, _series, _contents, _templates, _repeated, _inline, _prose, _single, _chapter_range,
              _sentence_labels, _starting_words, _styled_run, _numbered_cells, _bold_sentences, _chart_labels,
              _counted_bold_lines, _run_together, _runin_titles, _led_titles)
