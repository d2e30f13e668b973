"""The records that flow between stages: ingest -> extract -> embed -> cluster -> align -> report.

All frozen, with tuples rather than lists, so a stage can never change what an earlier one produced.
Vectors never live in these records: they travel beside them as one array aligned with a tuple of ids.
"""

from __future__ import annotations

from dataclasses import dataclass

# Block kinds produced by ingest and consumed by extract.
HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"  # a bulleted or numbered list item
TOC = "toc"  # an entry of a contents page


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line of text (or one column's part of it) on a page. Points, origin top-left."""

    text: str
    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # dominant font size in points
    bold: bool
    color: int = 0  # fill colour as 0xRRGGBB
    lead: str = ""  # a leading run set in a stronger style (bold or larger) than the rest


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of document structure in reading order: a heading, paragraph, list item or contents entry.

    Blocks inside a table or a grid of boxes carry the table number and their row and column, so that
    the first column of a "Priority | What we will do" table can be read as a list of priorities.
    """

    kind: str
    text: str
    page: int
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    level: int = 0  # heading level (1 = largest), list depth, or contents-entry depth
    marker: str = ""  # the list or section marker as printed: "•", "2.", "4.1", "(a)"
    lead: str = ""  # run-in title set in bold at the start of a paragraph or item
    color: int = 0
    region: int = -1  # reading-order region (column, box or cell) the block came from
    table: int = -1  # table or box grid number in the document, -1 outside tables
    row: int = -1
    col: int = -1
    target: int = 0  # for contents entries: the page number printed beside the entry


@dataclass(frozen=True, slots=True)
class Document:
    path: str  # as given by the user
    name: str  # the file name, the key under which results are reported
    sha256: str
    format: str  # "pdf", "docx", "html", "md", "txt"
    title: str
    page_count: int
    body_size: float  # the most common font size: what "larger than body text" is measured against
    blocks: tuple[Block, ...]
    pages: tuple[Page, ...] = ()
    outline: tuple[tuple[int, str, int], ...] = ()  # PDF bookmarks: (level, title, page)


@dataclass(frozen=True, slots=True)
class Priority:
    id: str  # unique in a report: "{document stem}#{n}"
    document: str  # Document.name
    text: str  # as worded, label ("Priority 1 –") removed, wrapped lines joined
    page: int  # where its own heading, list item or table row is
    section: str = ""  # the nearest heading above it
    description: str = ""  # its supporting text, including "We will ..." commitments
    label: str = ""  # the label as printed: "Priority 1", "Objective A"
    evidence: str = ""  # how it was recognised: "numbered-heading", "cue-list", "table-column", ...


@dataclass(frozen=True, slots=True)
class Theme:
    """A cluster of priorities that are substantially the same thing."""

    id: str
    label: str
    members: tuple[str, ...]  # priority ids
    documents: tuple[str, ...]  # names of the documents the members come from


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    """Two priorities of different documents, each the other's closest in its document, that are not in one
    theme but come near enough that an analyst should decide: the duplicates clustering may have missed."""

    a: str  # priority id (the lower of the two)
    b: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Match:
    """A strategy priority against the Police and Crime Plan."""

    priority: str  # priority id
    plan_priority: str | None  # best plan priority id, None when it supports none
    similarity: float  # to the best plan priority, whatever the decision
    decision: str  # "supports" | "partly" | "none"
    best: str = ""  # the best plan priority id even when the decision is "none"
    statement: str = ""  # the plan priority's own statement (objective, commitment) the match rests on, if one
    stated: tuple[str, ...] = ()  # the plan priorities the strategy itself says this priority supports
    stated_line: str = ""  # the line of its description that says so
    corrected: str = ""  # set by an analyst's correction: their note (see corrections.py)
    unsure: bool = False  # no plan priority clearly nearest and none naming its subject (align.unsure)


@dataclass(frozen=True, slots=True)
class Alignment:
    """How one strategy supports the plan."""

    document: str
    score: float | None  # 0-100, None without a plan
    matches: tuple[Match, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document that could not be analysed, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Extracted:
    """A document after extraction: what later stages and reports need, without its layout."""

    path: str
    name: str
    sha256: str
    format: str
    title: str
    page_count: int
    priorities: tuple[Priority, ...]
    definitions: tuple[tuple[str, str], ...] = ()  # abbreviations the document defines: (ABBR, long form)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything a report is written from."""

    plan: Extracted | None
    strategies: tuple[Extracted, ...]
    priorities: tuple[Priority, ...]  # plan first, then strategies in name order
    themes: tuple[Theme, ...]
    alignments: tuple[Alignment, ...]  # one per strategy, same order as strategies
    plan_matches: tuple[Match, ...] = ()  # one per strategy priority; empty without a plan
    model: tuple[tuple[str, object], ...] = ()
    thresholds: tuple[tuple[str, float], ...] = ()
    skipped: tuple[Skipped, ...] = ()
    corrections: tuple = ()  # corrections.Outcome of each row of the analyst's corrections file
    possible_duplicates: tuple[PossibleDuplicate, ...] = ()  # closest first
