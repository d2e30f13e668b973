"""The document as the generators see it: blocks with their labels placed (kickers like "PRIORITY 1"
above a heading, numbers beside it), the heading tree and each heading's section; and the candidate
and group records the generators produce."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..cues import (
    LABEL,
    OTHER_OWNER,
    PAST,
    PLAN_TITLE,
    QUOTED,
    SECTION_NUMBER,
    STRUCTURAL_LABEL,
    SUBHEADING,
    cue_weight,
    grouping_count,
    is_distractor,
    is_welsh,
    sentences,
    stated_count,
)
from ..models import HEADING, PARAGRAPH, TOC, Block, Document

MAX_WORDS = 40  # a "priority" longer than this is a paragraph, not a priority
_CIRCLED = "\u2460-\u2473\u24ea\u24f5-\u24fe\u2776-\u2793"  # ① ❶ ➀ ... set as a priority's number
NUMERAL = re.compile(rf"^\s*(?:0?\d{{1,2}}[.)]?|[{_CIRCLED}](?:\s+[{_CIRCLED}])*)\s*$")
# numbers only, several on one line: a wheel's wedge numbers read across ("4 3"), a contents page's column
# (or a lone capital: a compass's "N"; or a tile's symbol, "Su" in a periodic table of priorities)
NUMBERS_ONLY = re.compile(r"^\s*(?:\d{1,2}(?:\s+\d{1,2})+|[A-Z][a-z]?)\s*$")
_SMALL = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a hundred)"
STATISTIC = re.compile(
    r"^\s*[▲▼↑↓+\-–£$€]?\s*\d[\d,.]*\s*(?:%|pts?|points|hrs?|hours|days|weeks|years|yrs|mins|minutes|k|m|bn|million|"
    r"km|miles|sq\.? ?(?:km|miles)|km²|ha|hectares|acres|tonnes|mph)?\s*$|"
    rf"^\s*{_SMALL}\s+(?:in|out of)\s+{_SMALL}\s*$|"  # ... or a ratio: "1 in 5", "one in four"
    # ... or a count of something that is not the priorities, set as a reading: "1,350 offences", "38 hotspots"
    r"^\s*[▲▼↑↓+\-–£$€]?\s*\d[\d,.]*\s*%?\s+(?-i:(?!(?:[a-z]+\s+)?(?:priorit|objective|theme|aim|pillar|ambition|outcome|goal|"
    r"strand|area|commitment))[a-z]+(?:\s+[a-z]+)?)\s*$", re.IGNORECASE)
# a year or a span of years, written any way ("2025-26", "2022–2025", "2024/25"), as digits only
YEARS = re.compile(r"(?<!\d)(20\d\d(?:\s*[-–/]\s*(?:20)?\d\d|\s+to\s+20\d\d)?)(?!\d)")
FINAL = re.compile(r"\bfinal\b.*\bpriorit|\bpriorit.*\bfinal\b", re.IGNORECASE)
SUPERSEDED = re.compile(r"\b(?:draft|proposed|consulted on|emerging)\b", re.IGNORECASE)
# "The Community Safety Partnership's priorities", "the Board's three priorities"
POSSESSIVE = re.compile(r"\bthe ((?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)['’]s?\s+(?:\w+\s+)?priorit", re.IGNORECASE)
GENERIC_BODY = frozenset(
    "partnership board group council service services the and of for strategy plan document report".split())
DESCRIPTION_CHARS = 1500
PROGRESS_REPORT = re.compile(r"\bprogress (?:report|update)\b|\b(?:end|mid)[- ]of[- ]year (?:report|update)\b|"
                             r"\bannual (?:update|report)\b", re.IGNORECASE)
PROGRESS_AGAINST = re.compile(r"^\s*progress (?:against|on|towards|with|in delivering)\s+", re.IGNORECASE)
_WORD_CHAR = re.compile(r"[^\W_]")  # a letter or a digit: a heading without one is an icon or a rule
_CACHE = 1 << 16  # texts remembered by norm and clean: every block of a long document several times over


def _years(text: str) -> set[str]:
    """The years and spans of years a text names, written one way ("2025–26", "2025/26" -> "2025-26";
    "2022 to 2025" -> "2022-2025")."""
    return {re.sub(r"\s*[-–/]\s*|\s+to\s+", "-", y) for y in YEARS.findall(text)}


def _span(years: str) -> tuple[int, int]:
    """"2021-24" -> (2021, 2024)."""
    a, b = years.split("-")
    end = int(b) if len(b) == 4 else int(a[:2] + b)
    return int(a), end


@dataclass(slots=True)
class Candidate:
    text: str
    index: int  # block index where it is stated
    page: int
    label: str = ""
    description: str = ""

    @property
    def key(self) -> str:
        return norm(self.text)  # not stored: a generator may still extend the text (a wrapped table cell)


@dataclass(slots=True)
class Group:
    evidence: str
    candidates: list[Candidate]
    cue: float = 0.0
    bonus: float = 0.0
    sources: set[str] = field(default_factory=set)
    rejected: str = ""

    def keys(self) -> set[str]:
        return {c.key for c in self.candidates}


# what a heading naming an earlier span of years must be about to make its section the last strategy's
# (the years must qualify the priorities themselves: "Our 2021-2024 priorities", "Priorities for 2021-24";
# not "Our four priorities, sized by demand in 2025-26")
# a sentence about the plan or strategy before this one: "My predecessor's plan had four priorities"
EARLIER_PLAN = re.compile(r"\b(?:predecessor'?s|previous|last|former|old|earlier|outgoing)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:plan|strategy|partnership plan|police and crime plan)\b", re.IGNORECASE)
PERIOD_OF = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–/]\s*|\s+to\s+)\d{2,4}\s+(?:[\w-]+\s+)?priorit(?:y|ies)\b|"
                       r"\bpriorit(?:y|ies)\s+(?:for\s+|in\s+|of\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*|\s+to\s+)\d{2,4}",
                       re.IGNORECASE)
# a heading split over pages by what each page holds: "Our priorities: A and B", "Our priorities: C and D"
PAGED_HEAD = re.compile(r"^(?P<head>[^:]{3,60}?priorit[^:]{0,30}?)\s*[:–—-]\s+(?P<part>\S.{0,40})$", re.IGNORECASE)
CONTINUED = re.compile(r"^(.+?)\s*[(\[]?\s*(?i:continued|cont(?:'d|\.|d\.?)?)\s*[)\]]?\s*$")


@lru_cache(maxsize=_CACHE)
def norm(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=_CACHE)
def clean(text: str) -> str:
    """A priority as a reader would quote it: label and list punctuation off, wrapped lines joined."""
    text = re.sub(r"\s+", " ", text).strip()
    # a comment anchor left in an exported draft ("... for women and girls [b]", "[c][d]")
    text = re.sub(r"(?:\s*\[[a-z]{1,2}\])+$", "", text)
    m = LABEL.match(text)
    if m and m.group("rest"):
        text = m.group("rest")
    text = SECTION_NUMBER.sub("", text) if re.match(r"^\d{1,2}(\.\d{1,2})*\.?\s+[A-Z]", text) else text
    text = STRUCTURAL_LABEL.sub("", text) or text  # "Chapter 2: Safer roads" is the chapter "Safer roads"
    # an accordion's open/close sign after a heading on a printed web page ("Putting victims first −")
    text = re.sub(r"\s+[−+▾▴▸▼▲⌄⌃]$", "", text)
    text = text.strip(" \t:;,.-–—•|")
    text = re.sub(r"\s*(?:;|,)?\s*\b(?:and|or)$", "", text).strip()  # "...; and" ending a list item
    quoted = re.fullmatch(r'"([^"]+)"|“([^“”]+)”|‘([^‘’]+)’', text)
    if quoted:  # the words a diagram says, quoted by its description
        text = next(g for g in quoted.groups() if g).strip(" .,")
    return text


LINK_LINE = re.compile(r"^\W*(?:read more|related(?: stories| articles)?|see also|also read|more on this story|"
                       r"recommended|most read)\s*[:|›»>]", re.IGNORECASE)


def _label_parts(text: str) -> tuple[str, str] | None:
    """("Priority 1", "rest") when text starts with a numbering label."""
    m = LABEL.match(text.strip())
    if not m or SENTENCE_GOES_ON.match(m.group("rest")):
        return None  # "Our first priority is managing ...": a sentence, not a label and a title
    return m.group("label").strip(), m.group("rest").strip(" :.-–—|")


SENTENCE_GOES_ON = re.compile(r"(?:is|are|was|were|will be|remains?)\s+\S", re.IGNORECASE)


def _bare_label(text: str) -> bool:
    """A number or label with no title after it: "3", "02.", "PRIORITY 2"."""
    if NUMERAL.match(text):
        return True
    parts = _label_parts(text)
    return bool(parts) and not parts[1]


def _rank(b: Block) -> float:
    """A heading's depth: its style level, made a little shallower by a section number ("6." above the
    unnumbered headings set in the same style after it; "4.1" below "4.")."""
    m = re.fullmatch(r"(\d{1,2})((?:\.\d{1,2})*)\.?", b.marker or "")
    if not m:
        return float(b.level)
    return b.level - 0.5 + 0.1 * m.group(2).count(".")


class Structure:
    """The document's blocks with what the generators need: kickers, the heading tree, sections."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.blocks = list(doc.blocks)
        # a progress report on a strategy reports against that strategy's priorities: its "Progress against
        # our priorities" is the present, not a look back at an old plan
        self.progress_report = bool(PROGRESS_REPORT.search(doc.title) or any(
            PROGRESS_REPORT.search(b.text) for b in self.blocks if b.page == 1 and b.kind == HEADING))
        n = len(self.blocks)
        self.kicker: dict[int, str] = {}  # heading index -> the small label line above it
        self.is_kicker: set[int] = set()
        self._place_labels()  # numbers and labels by where they sit, then kickers by reading order
        for i, b in enumerate(self.blocks[:-1]):
            nxt = self.blocks[i + 1]
            if (b.kind == HEADING and nxt.kind == HEADING and nxt.page == b.page and i not in self.is_kicker
                    and i + 1 not in self.kicker and i + 1 not in self.is_kicker and self._kicker_like(b, nxt)):
                self.kicker[i + 1] = b.text
                self.is_kicker.add(i)
        self._place_side_labels()
        # heading tree: parent heading of every block, and where each heading's section ends
        self.parent: list[int] = [-1] * n
        self.section_end: dict[int, int] = {}
        self.continuation: set[int] = set()  # headings that only say an earlier one goes on
        stack: list[int] = []
        for i, b in enumerate(self.blocks):
            if b.kind == TOC:
                continue
            if (b.kind == HEADING and i not in self.is_kicker and not NUMERAL.match(b.text)
                    and not NUMBERS_ONLY.match(b.text) and not STATISTIC.match(b.text) and _WORD_CHAR.search(b.text)
                    and not LINK_LINE.match(b.text)):
                # (a bare number set large, in a wheel or a tile, labels something, a figure in a dashboard
                # tile, "▼ 11%", "9,412", "48 hrs", states one, and an icon, "★", marks one; a news page's
                # "READ MORE: <another story>" links away: none heads a section)
                continued = self._continued(b, stack)
                if continued is not None:
                    # "Our priorities (continued)" over the next page's: the section it continues goes on,
                    # the ones inside it end here
                    while stack[-1] != continued:
                        self.section_end[stack.pop()] = i
                    self.continuation.add(i)
                    self.parent[i] = continued
                    continue
                while stack and _rank(self.blocks[stack[-1]]) >= _rank(b):
                    self.section_end[stack.pop()] = i
                self.parent[i] = stack[-1] if stack else -1
                stack.append(i)
            else:
                self.parent[i] = stack[-1] if stack else -1
        for h in stack:
            self.section_end[h] = n
        # past[h]: heading h, or a heading above it, is about the past (parents come before children)
        self._past = [False] * n
        # a consultation response names its final priorities: the draft ones it consulted on are superseded
        final = any(b.kind == HEADING and FINAL.search(b.text) for b in self.blocks)
        self._present_heads: list[int] = []
        present = -1  # the last heading naming this period's priorities ("Our five priorities for 2024-2027")
        for h, b in enumerate(self.blocks):
            if b.kind == HEADING and h not in self.is_kicker:
                p = self.parent[h]
                # ("Our 2021-2024 priorities" in a 2024-2027 plan: the years say it is the last one's)
                own_past = (bool(PAST.search(self.cue_text(h))) or (final and bool(SUPERSEDED.search(b.text)))
                            or self.earlier_period(" ".join(m.group(0) for m in PERIOD_OF.finditer(b.text))))
                if not own_past and self._names_present(b.text):
                    # set smaller than the "Looking back" above it, it still ends the look back
                    present = h
                    self._present_heads.append(h)
                self._past[h] = own_past or (p >= 0 and self._past[p] and present < p)
        self.table_rows: dict[int, set[int]] = {}  # table -> its row numbers
        for b in self.blocks:
            if b.table >= 0:
                self.table_rows.setdefault(b.table, set()).add(b.row)
        # a police and crime plan quoting the plan's priorities is stating its own
        self.own = not PLAN_TITLE.search(doc.title)

    def _continued(self, b: Block, stack: list[int]) -> int | None:
        """The open heading `b` continues: its words again with "(continued)", on a later page; or, set alike,
        the same words before a colon with the next ones after it ("Our priorities: A and B", then "Our
        priorities: C and D" over the next page's)."""
        m = CONTINUED.match(b.text)
        if m:
            return next((h for h in reversed(stack)
                         if self.blocks[h].page < b.page and norm(self.blocks[h].text) == norm(m.group(1))), None)
        head = PAGED_HEAD.match(b.text)
        if not head:
            return None
        return next((h for h in reversed(stack)
                     if self.blocks[h].page < b.page and abs(self.blocks[h].size - b.size) < 0.3
                     and (o := PAGED_HEAD.match(self.blocks[h].text)) and norm(o.group(1)) == norm(head.group(1))
                     and norm(o.group(2)) != norm(head.group(2))), None)

    def _place_labels(self) -> None:
        """A number or label ("3", "PRIORITY 2") labels the heading just beside or below it, even where
        reading order put it elsewhere (two numerals side by side across a spread)."""
        if self.doc.format != "pdf":
            return  # only a PDF says where things sit; elsewhere reading order is all there is
        heads = [i for i, b in enumerate(self.blocks) if b.kind == HEADING]
        bare = {i for i in heads if _bare_label(self.blocks[i].text)}
        titles: dict[int, list[int]] = {}  # page -> the headings on it that a label could belong to
        for j in heads:
            # ("Why it matters" under a numbered title is the title's sub-heading, never what it numbers)
            if j not in bare and not SUBHEADING.match(self.blocks[j].text.strip()):
                titles.setdefault(self.blocks[j].page, []).append(j)
        for i in heads:
            if i not in bare or i in self.is_kicker:
                continue
            b = self.blocks[i]
            best, best_d = None, None
            # a label with a table cell of its own labels the value in its row (see `row` below)
            own_cell = b.table >= 0 and not any(
                (self.blocks[k].table, self.blocks[k].row, self.blocks[k].col) == (b.table, b.row, b.col)
                for k in titles.get(b.page, ()))
            for j in titles.get(b.page, ()):
                if j in self.kicker:
                    continue  # already labelled by a label placed before this one
                h = self.blocks[j]
                below = h.top - b.bottom
                beside = ((abs(h.top - b.top) <= b.size or h.top <= (b.top + b.bottom) / 2 <= h.bottom)
                          and 0 <= h.x0 - b.x0 <= 8 * b.size)  # (level with a title of several lines, in a disc)
                under = -0.5 * h.size <= below <= 3 * h.size and -b.size <= h.x0 - b.x0 <= 8 * b.size
                # a form's label cell and the value cell in its row ("Priority 3" | "Protecting children ..."),
                # where the label has a cell of its own
                row = own_cell and (h.table, h.row) == (b.table, b.row) and h.col != b.col and h.x0 > b.x0
                if beside or under or row:
                    d = h.x0 - b.x0 - 1000.0 if row else abs(h.top - b.top) + abs(h.x0 - b.x0)
                    if best_d is None or d < best_d:
                        best, best_d = j, d
            over = self._title_over(i, titles.get(b.page, ()))
            if over is not None and (best is None or self.blocks[best].top - b.bottom > b.top - self.blocks[over].bottom):
                best = over  # a table whose title row comes before the row numbering it
            if best is None:
                best = self._page_numeral_title(i, bare, titles.get(b.page, ()))
            if best is not None:
                self.kicker[best] = b.text
                self.is_kicker.add(i)

    def _title_over(self, i: int, titles) -> int | None:
        """In a table, the title in the row just above label i, in its column (a shaded row holding the
        priority, then a row "1 | What we will do | ..."): the nearest, not yet labelled."""
        b = self.blocks[i]
        if b.table < 0:
            return None
        over = [j for j in titles if j not in self.kicker and self.blocks[j].table == b.table
                and self.blocks[j].col == b.col and 0 <= b.top - self.blocks[j].bottom <= 3 * self.blocks[j].size]
        return max(over, key=lambda j: self.blocks[j].bottom) if over else None

    def _page_numeral_title(self, i: int, bare: set[int], titles) -> int | None:
        """A huge number alone on its page, set apart in a corner as decoration (a pale "1" at 110 pt
        beside a chapter's 25 pt title) numbers the page's title: its largest heading."""
        b = self.blocks[i]
        if not NUMERAL.match(b.text) or sum(1 for k in bare if self.blocks[k].page == b.page) != 1:
            return None
        free = [j for j in titles if j not in self.kicker]
        if not free:
            return None
        top = max(free, key=lambda j: (self.blocks[j].size, -j))
        if b.size < 2.5 * self.blocks[top].size or any(self.blocks[j].size >= self.blocks[top].size for j in free
                                                       if j != top):
            return None
        return top

    def _place_side_labels(self) -> None:
        """A small label in capitals set beside a display title, level with its first line ("PRIORITY"
        to the right of "Safer nights in Hollinsford town centre" on a full-page colour) is its kicker."""
        if self.doc.format != "pdf":
            return
        by_page: dict[int, list[int]] = {}
        for i, b in enumerate(self.blocks):
            if b.kind == HEADING:
                by_page.setdefault(b.page, []).append(i)
        for heads in by_page.values():
            for i in heads:
                b = self.blocks[i]
                if (i in self.is_kicker or len(b.text.split()) > 3 or b.text.upper() != b.text
                        or not any(ch.isalpha() for ch in b.text)):
                    continue
                for j in heads:
                    h = self.blocks[j]
                    if (j != i and j not in self.kicker and j not in self.is_kicker and h.size >= 2 * b.size
                            and abs(h.top - b.top) <= 0.5 * h.size and 0 <= b.x0 - h.x1 <= 12 * b.size):
                        self.kicker[j] = b.text
                        self.is_kicker.add(i)
                        break

    @staticmethod
    def _kicker_like(b: Block, nxt: Block) -> bool:
        label = _label_parts(b.text)
        if label and not label[1]:
            return True  # "PRIORITY 1" above its heading
        if NUMERAL.match(b.text) and not NUMERAL.match(nxt.text):
            return True  # a big "01" or "2" set above (or beside) its heading
        caps = b.text.upper() == b.text and any(ch.isalpha() for ch in b.text)
        return caps and len(b.text.split()) <= 10 and nxt.size > b.size + 0.5 and nxt.top - b.bottom < 4 * nxt.size

    def cue_text(self, i: int) -> str:
        """heading_text as read for cues: in a progress report, "Progress against" says nothing, and nor
        does the report naming itself ("End-of-year progress update")."""
        text = self.heading_text(i)
        if is_welsh(text) and i > 0 and self.blocks[i - 1].kind == HEADING and not is_welsh(self.blocks[i - 1].text) \
                and self.blocks[i - 1].page == self.blocks[i].page:
            text = self.heading_text(i - 1)  # "Ein blaenoriaethau" beside "Our priorities": read the English
        if not self.progress_report:
            return text
        years = _years(text)
        if years and not years <= self._title_years:
            # "Progress against our 2022-2025 priorities" in a report on 2024/25 with a 2025-2028 strategy:
            # an earlier period's, looked back on
            return text
        return PROGRESS_REPORT.sub("", PROGRESS_AGAINST.sub("", text))

    @cached_property
    def _title_years(self) -> set[str]:
        return _years(self.doc.title)

    def earlier_period(self, text: str) -> bool:
        """The text names a span of years that ended by the time the document's own began ("Our 2021-2024
        strategy had three priorities" in a 2024-2027 strategy): an earlier strategy's."""
        start = self._own_start
        return start is not None and any(b <= start and a < start for a, b in (_span(y) for y in _years(text) if "-" in y))

    @cached_property
    def _own_start(self) -> int | None:
        """The first year of the span the document's title names ("Strategy 2024-2027" -> 2024)."""
        own = [_span(y) for y in self._title_years if "-" in y]
        return min(a for a, _ in own) if own else None

    def heading_text(self, i: int) -> str:
        """A heading with its kicker: the context a cue is looked for in."""
        if i < 0:
            return ""
        return (self.kicker.get(i, "") + " " + self.blocks[i].text).strip()

    def lead_in(self, i: int) -> str:
        """The paragraph that introduces the list or table starting at block i, if any."""
        j = i - 1
        while j > 0 and is_welsh(self.blocks[j].text) and self.blocks[j - 1].page == self.blocks[i].page:
            j -= 1  # a parallel text: the English lead-in sits beside its Welsh twin
        if j >= 0 and self.blocks[j].kind == PARAGRAPH and self.blocks[j].table < 0:
            text = self.blocks[j].text
            return text if len(text) < 600 else text[-300:]
        return ""

    @cached_property
    def table_cells(self) -> dict[int, dict[tuple[int, int], list[int]]]:
        """table -> (row, column) -> the indexes of the blocks in that cell, in reading order."""
        cells: dict[int, dict[tuple[int, int], list[int]]] = {}
        for i, b in enumerate(self.blocks):
            if b.table >= 0:
                cells.setdefault(b.table, {}).setdefault((b.row, b.col), []).append(i)
        return cells

    @cached_property
    def data_tables(self) -> set[int]:
        """Tables of three or more rows and two or more columns, read column by column. Boxes set about a
        page that hold a heading each and nothing else (a ring of priorities round a hub) are a diagram; so
        is a stack of boxes with one box beside or under it (beams over a foundation slab): a column counts
        when two rows have text in it."""
        out = set()
        for t, cells in self.table_cells.items():
            filled = Counter(c for _, c in cells)
            if (len(self.table_rows[t]) >= 3 and sum(1 for n in filled.values() if n >= 2) >= 2
                    and not all(self.blocks[j].kind == HEADING for idx in cells.values() for j in idx)):
                out.add(t)
        return out

    def span(self, i: int) -> int:
        """How many blocks heading i's section takes, the heading included (1 for any other block)."""
        return self.section_end.get(i, i + 1) - i

    def quotes_other(self, text: str) -> bool:
        """The text quotes someone else's priorities ("the Police and Crime Plan's priorities are:", and in
        a plan too, "The Chief Constable's operational priorities")."""
        return ((self.own and QUOTED.search(text) is not None) or OTHER_OWNER.search(text) is not None
                or self._other_body(text))

    def _other_body(self, text: str) -> bool:
        """"The Community Safety Partnership's priorities" in the VAWG board's strategy: a body named in
        the possessive whose name is mostly not in the document's title is someone else."""
        m = POSSESSIVE.search(text)
        if not m:
            return False
        words = {w for w in re.findall(r"[a-z]+", m.group(1).lower()) if w not in GENERIC_BODY}
        return bool(words) and len(words & self._title_words) * 2 < len(words)

    @cached_property
    def _title_words(self) -> set[str]:
        return set(re.findall(r"[a-z]+", self.doc.title.lower()))

    def section_text(self, i: int, limit: int = DESCRIPTION_CHARS, end: int | None = None) -> str:
        """The text of heading i's section, up to the next heading at its level or above (or `end`)."""
        end = self.section_end.get(i, i + 1) if end is None else end
        parts = []
        for j in range(i + 1, end):
            b = self.blocks[j]
            if b.kind == TOC or j in self.is_kicker:
                continue  # a kicker is the label of the next section's heading, not this section's text
            parts.append(b.text)
            if sum(len(p) for p in parts) > limit:
                break
        return "\n".join(parts)[:limit].strip()  # one line per block: the units alignment compares against

    @cached_property
    def _present_columns(self) -> set[tuple[int, int]]:
        """(table, column) of each column whose header names this period's priorities."""
        out = set()
        for t, cells in self.table_cells.items():
            top = min(r for r, _ in cells)
            for (r, c), idx in cells.items():
                if r == top and self._names_present(" ".join(self.blocks[i].text for i in idx)):
                    out.add((t, c))
        return out

    def _names_present(self, text: str) -> bool:
        """A heading naming the priorities of a span of years that is not over: "OUR FIVE PRIORITIES FOR
        2024–2027"."""
        # (only against the document's own span of years: without one, any span might be the last one's)
        spans = [_span(y) for y in _years(text) if "-" in y]
        return (self._own_start is not None and bool(spans) and all(a >= self._own_start for a, _ in spans)
                and cue_weight(text) >= 0.8 and not is_distractor(text))

    def in_past(self, i: int) -> bool:
        """Block i sits in a section about the past (a review of the last strategy's priorities)."""
        h = self.parent[i] if i >= 0 else -1
        if h < 0 or not self._past[h]:
            return False
        b = self.blocks[i]
        if (b.table, b.col) in self._present_columns:
            return False  # "Our priority for 2024–2029" beside "Our 2018–2023 priority": this column is now
        k = bisect.bisect_left(self._present_heads, i)  # a heading naming this period's priorities ends it
        return not (k and self._present_heads[k - 1] > h)

    @cached_property
    def heading_keys(self) -> list[tuple[int, str]]:
        """(index, key) of each heading that can head a priority's own section: its name, with a
        numbering label ("Priority 1 –", "Chapter 2:") taken off, normalised."""
        out = []
        for i, b in enumerate(self.blocks):
            if b.kind != HEADING or i in self.is_kicker:
                continue
            parts = _label_parts(b.text)
            text = parts[1] if parts and parts[1] else STRUCTURAL_LABEL.sub("", b.text)
            out.append((i, norm(clean(text))))
        return out

    @cached_property
    def block_keys(self) -> list[str]:
        """Every block's text, normalised."""
        return [norm(b.text) for b in self.blocks]

    @cached_property
    def stated_counts(self) -> list[int]:
        """The counts of priorities the document states: "four priority areas"."""
        return [n for i, b in enumerate(self.blocks) if b.kind in (HEADING, PARAGRAPH)
                and (n := stated_count(self._present(b.text))) and not self._quoting(i)]

    def _present(self, text: str) -> str:
        """The text without its sentences about an earlier period ("The 2021-2024 strategy had three
        priorities", "My predecessor's plan had four priorities"): the counts that describe this document."""
        dated = self._own_start is not None and bool(YEARS.search(text))
        if not dated and not EARLIER_PLAN.search(text):
            return text
        return " ".join(x for x in sentences(text) if not (dated and self.earlier_period(x)) and not EARLIER_PLAN.search(x))

    @cached_property
    def grouping_counts(self) -> list[int]:
        """The counts of the groups the priorities are gathered in: "grouped under the three national themes"."""
        return [n for b in self.blocks if b.kind in (HEADING, PARAGRAPH) and (n := grouping_count(b.text))]

    def _quoting(self, i: int) -> bool:
        """Block i sits under a heading that quotes someone else's priorities ("The national strategy":
        "From harm to hope sets three strategic priorities")."""
        parent = self.parent[i] if self.blocks[i].kind != HEADING else -1
        return parent >= 0 and self.quotes_other(self.heading_text(parent))

    @cached_property
    def own_priority_counts(self) -> list[int]:
        """The counts of its own priorities the document states by that name, outside quotations."""
        return [n for i, b in enumerate(self.blocks) if b.kind in (HEADING, PARAGRAPH)
                and (n := stated_count(self._present(b.text), ("priorit",))) and not self._quoting(i)]

    @cached_property
    def stated_priority_counts(self) -> list[int]:
        """The counts of things the document calls its priorities or objectives: "the eight priorities"."""
        return [n for b in self.blocks if b.kind in (HEADING, PARAGRAPH)
                and (n := stated_count(self._present(b.text), ("priorit", "objective")))]

    def inside(self, i: int, heading: int) -> bool:
        return heading < i < self.section_end.get(heading, heading + 1)
