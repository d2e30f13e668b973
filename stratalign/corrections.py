"""An analyst's corrections, kept beside the strategies and applied on every run.

The analyst reads the report, writes down in `corrections.csv` what the tool got wrong, and every later
report follows those decisions and says which it applied. The file is made in Excel or any editor:

    document,priority,correction,value,note
    kestlemoor_csp_plan_2025-28.pdf,Safeguarding adults at risk from self-neglect and hoarding,supports,nothing,Adult safeguarding is outside the plan
    brackenford_csp_plan_2024-27.pdf,Reducing reoffending,same theme as,merrowdale_reducing_reoffending_strategy_2024-27#1,
    saltmere_coast_community_safety_strategy_2024-27.pdf,Improving how we share information,not same theme as,Improve the way partners share and use data and intelligence about violence,

`priority` (and `value`, where it names a priority) is a priority's wording as the report prints it, or its
id from priorities.csv. The corrections:

- `not a priority`: leave it out of the analysis.
- `add priority`: `priority` is the wording of one the tool missed; it must appear in the document, and
  its page is where it does.
- `supports`: `value` is the plan priority it supports (its wording or id), or `nothing`.
- `same theme as` / `not same theme as`: `value` is the other priority, optionally "file.pdf: wording".

A row that no longer matches anything (the document changed, the wording was mistyped) is reported as not
applied; it never stops the run.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError
from .models import Extracted, Priority
from .pipeline import slug

FILE_NAME = "corrections.csv"
COLUMNS = ("document", "priority", "correction", "value", "note")
NOT_A_PRIORITY, ADD, SUPPORTS, SAME, NOT_SAME = ("not a priority", "add priority", "supports", "same theme as",
                                                 "not same theme as")
KINDS = (NOT_A_PRIORITY, ADD, SUPPORTS, SAME, NOT_SAME)
NOTHING = ("nothing", "none", "no plan priority")
ANALYST = "analyst"  # Priority.evidence of a priority the analyst added


@dataclass(frozen=True, slots=True)
class Correction:
    row: int  # line of the file, for messages
    document: str
    priority: str
    kind: str
    value: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one correction: applied, or why not."""

    correction: Correction
    applied: bool
    reason: str = ""
    priority: str = ""  # the id it applied to
    target: str = ""  # the id of the plan priority or other priority it names ("" for nothing)


def read_corrections(path: Path) -> tuple[Correction, ...]:
    """The rows of a corrections file. A file that cannot be used at all is an InputError naming the file
    and the row; a row that names something not found is dealt with when it is applied."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path} cannot be read ({exc.strerror or exc}): check the file") from None
    for encoding in ("utf-8-sig", "cp1252"):  # Excel saves "CSV UTF-8" or, on Windows, the ANSI code page
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise InputError(f"{path} is not a text file: save it from Excel as CSV UTF-8")
    rows = list(csv.reader(text.splitlines()))
    if not rows or not any(c.strip() for c in rows[0]):
        return ()
    header = [_norm(c) for c in rows[0]]
    missing = [c for c in COLUMNS[:3] if c not in header]
    if missing:
        raise InputError(f"{path} has no column {', '.join(repr(c) for c in missing)}: its first row must read "
                         f"{','.join(COLUMNS)}")
    at = {c: header.index(c) for c in COLUMNS if c in header}
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cell = {name: row[i].strip() if i < len(row) else "" for name, i in at.items()}
        cell.update({name: "" for name in COLUMNS if name not in cell})
        kind = _norm(cell["correction"])
        if kind not in KINDS:
            raise InputError(f"{path} row {n}: unknown correction {cell['correction']!r}: use one of "
                             + ", ".join(KINDS))
        if not cell["document"] or not cell["priority"]:
            raise InputError(f"{path} row {n}: give the document's file name and the priority")
        if kind in (SUPPORTS, SAME, NOT_SAME) and not cell["value"]:
            what = "the plan priority it supports, or nothing" if kind == SUPPORTS else "the other priority"
            raise InputError(f"{path} row {n}: '{kind}' needs a value: {what}")
        out.append(Correction(n, cell["document"], cell["priority"], kind, cell["value"], cell["note"]))
    return tuple(out)


def _norm(text: str) -> str:
    """Wording as compared, as extraction compares it (case, punctuation, spacing and a final full stop do
    not matter), after Unicode's compatibility forms (a ligature typed in Excel)."""
    from .extract.structure import norm

    return norm(unicodedata.normalize("NFKC", text))


def _find(priorities: Sequence[Priority], ref: str) -> Priority | None:
    """The priority `ref` names: its id, else its wording."""
    for p in priorities:
        if p.id == ref:
            return p
    key = _norm(ref)
    hits = [p for p in priorities if _norm(p.text) == key]
    return hits[0] if len(hits) == 1 else None


def _document(docs: Sequence[Extracted], name: str) -> Extracted | None:
    key = name.strip().lower()
    for d in docs:
        if d.name.lower() == key or Path(d.path).as_posix().lower().endswith("/" + key):
            return d
    return None


def apply_to_area(plan: Extracted | None, strategies: Sequence[Extracted], corrections: Sequence[Correction],
                  page_texts) -> tuple[Extracted | None, list[Extracted], dict[str, tuple[str | None, str]],
                                       list[Outcome]]:
    """What `analyse` and `check` both apply: priorities left out or added, then the plan matches the
    analyst set. (plan, strategies, plan match overrides, outcomes); theme links are `theme_links`."""
    if not corrections:
        return plan, list(strategies), {}, []
    fixed, outcomes = apply_to_documents(([plan] if plan else []) + list(strategies), corrections, page_texts)
    plan, strategies = (fixed[0], fixed[1:]) if plan else (None, fixed)
    overrides, match_outcomes = plan_overrides(plan, strategies, corrections)
    return plan, strategies, overrides, outcomes + match_outcomes


def settle(outcomes: Sequence[Outcome], themes) -> tuple[Outcome, ...]:
    """The outcomes in file order, a "not same theme as" marked not applied where "same theme as" rows
    joined the two anyway (A with B, B with C, but not A with C)."""
    theme_of = {m: t.id for t in themes for m in t.members}
    out = []
    for o in sorted(outcomes, key=lambda o: o.correction.row):
        if o.applied and o.correction.kind == NOT_SAME and theme_of.get(o.priority) == theme_of.get(o.target):
            o = replace(o, applied=False, reason="other 'same theme as' rows join the two")
        out.append(o)
    return tuple(out)


def apply_to_documents(docs: Sequence[Extracted], corrections: Sequence[Correction], page_texts
                       ) -> tuple[list[Extracted], list[Outcome]]:
    """Priorities left out or added. `page_texts(doc)` gives a document's text page by page (read only
    for documents that have a priority to add)."""
    outcomes: list[Outcome] = []
    by_name = {d.name: d for d in docs}
    removed: dict[str, set[str]] = {}
    added: dict[str, list[Priority]] = {}
    for c in corrections:
        if c.kind not in (NOT_A_PRIORITY, ADD):
            continue
        d = _document(docs, c.document)
        if d is None:
            outcomes.append(Outcome(c, False, f"no document {c.document} was analysed"))
            continue
        if c.kind == NOT_A_PRIORITY:
            p = _find(d.priorities, c.priority)
            if p is None:
                outcomes.append(Outcome(c, False, f"no priority of {d.name} reads {c.priority!r}: copy its wording "
                                                  "from priorities.csv"))
                continue
            removed.setdefault(d.name, set()).add(p.id)
            outcomes.append(Outcome(c, True, priority=p.id))
            continue
        if _find(d.priorities, c.priority) is not None:
            outcomes.append(Outcome(c, False, f"{d.name} already has this priority"))
            continue
        page = _page_of(c.priority, page_texts(d))
        if page is None:
            outcomes.append(Outcome(c, False, f"{d.name} does not contain {c.priority!r}: copy the wording from "
                                              "the document"))
            continue
        mine = added.setdefault(d.name, [])
        if any(_norm(q.text) == _norm(c.priority) for q in mine):
            outcomes.append(Outcome(c, False, "the same priority is added twice"))
            continue
        stem = d.priorities[0].id.rsplit("#", 1)[0] if d.priorities else slug(Path(d.name).stem)
        p = Priority(id=f"{stem}#a{len(mine) + 1}", document=d.name, text=c.priority.strip().rstrip("."),
                     page=page, description=c.note, evidence=ANALYST)
        mine.append(p)
        outcomes.append(Outcome(c, True, priority=p.id))
    out = []
    for d in docs:
        gone = removed.get(d.name, set())
        extra = added.get(d.name, [])
        if not gone and not extra:
            out.append(d)
            continue
        kept = [p for p in d.priorities if p.id not in gone] + extra
        kept.sort(key=lambda p: p.page)  # stable: the document's order, an added one after those on its page
        out.append(replace(by_name[d.name], priorities=tuple(kept)))
    return out, outcomes


def _page_of(wording: str, pages: Sequence[str]) -> int | None:
    """The first page whose text holds the wording (lines may break anywhere; case and punctuation aside)."""
    key = _norm(wording)
    if not key:
        return None
    for n, text in enumerate(pages, start=1):
        if key in _norm(text):
            return n
    return None


def plan_overrides(plan: Extracted | None, strategies: Sequence[Extracted], corrections: Sequence[Correction]
                   ) -> tuple[dict[str, tuple[str | None, str]], list[Outcome]]:
    """strategy priority id -> (the plan priority id the analyst says it supports, or None; the note)."""
    overrides: dict[str, tuple[str | None, str]] = {}
    outcomes = []
    for c in corrections:
        if c.kind != SUPPORTS:
            continue
        d = _document(strategies, c.document)
        if d is None:
            outcomes.append(Outcome(c, False, f"no strategy {c.document} was analysed"))
            continue
        p = _find(d.priorities, c.priority)
        if p is None:
            outcomes.append(Outcome(c, False, f"no priority of {d.name} reads {c.priority!r}: copy its wording from "
                                              "priorities.csv"))
            continue
        if _norm(c.value) in NOTHING:
            target = None
        elif plan is None:
            outcomes.append(Outcome(c, False, "no Police and Crime Plan was analysed"))
            continue
        elif (q := _find(plan.priorities, c.value)) is None:
            outcomes.append(Outcome(c, False, f"no plan priority reads {c.value!r}: copy its wording from "
                                              "coverage.csv, or write nothing"))
            continue
        else:
            target = q.id
        overrides[p.id] = (target, c.note or ANALYST)
        outcomes.append(Outcome(c, True, priority=p.id, target=target or ""))
    return overrides, outcomes


def theme_links(docs: Sequence[Extracted], corrections: Sequence[Correction]
                ) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[Outcome]]:
    """(pairs to keep in one theme, pairs to keep apart, outcomes), as priority ids."""
    same: list[tuple[str, str]] = []
    apart: list[tuple[str, str]] = []
    outcomes = []
    everything = [p for d in docs for p in d.priorities]
    said: dict[tuple[str, str], Correction] = {}
    for c in corrections:
        if c.kind not in (SAME, NOT_SAME):
            continue
        d = _document(docs, c.document)
        p = _find(d.priorities, c.priority) if d else None
        if p is None:
            outcomes.append(Outcome(c, False, f"no priority of {c.document} reads {c.priority!r}: copy its wording "
                                              "from priorities.csv"))
            continue
        other_doc, _, other_text = c.value.partition(":")
        o = None
        if other_text and (od := _document(docs, other_doc)) is not None:
            o = _find(od.priorities, other_text)
        if o is None:
            o = _find(everything, c.value)
        if o is None or o.id == p.id:
            outcomes.append(Outcome(c, False, f"no other priority reads {c.value!r}: give its id from priorities.csv"))
            continue
        pair = (min(p.id, o.id), max(p.id, o.id))
        if pair in said and said[pair].kind != c.kind:
            outcomes.append(Outcome(c, False, f"row {said[pair].row} says the opposite: keep one of the two rows"))
            continue
        said[pair] = c
        (same if c.kind == SAME else apart).append(pair)
        outcomes.append(Outcome(c, True, priority=p.id, target=o.id))
    return same, apart, outcomes
