"""Strategy priorities x Police and Crime Plan priorities -> matches, scores, coverage, gaps.

Each strategy priority is matched to its most similar plan priority. The decision uses two calibrated
thresholds: at or above `supports` it supports that plan priority; at or above `partly` it partly does;
below, it sits outside the plan. A strategy's alignment score is

    100 x (supporting priorities + 0.5 x partly supporting priorities) / all its priorities

so 100 means every priority of the strategy supports a plan priority, and 0 that none does.

How close a priority comes to the plan depends on how an area writes: one whose plan spells out long
objectives scores higher all round than one of short headings. So a priority also sits outside the plan
when it comes far less close than the area's others do: `outside` standard deviations or more below the
mean best similarity of all the strategy priorities analysed together (the bar is the higher of that
and `partly`; `bar_for`).

A priority whose match rests on the embedding alone is held to a stricter bar (`outside_unsure`
standard deviations, fewer than `outside`): one whose nearest plan priority is hardly closer than the next
(by less than UNSURE_MARGIN) and whose subject shares few of its rarer words with any plan priority
(UNSURE_WORDS at most; context.topic, context.lexical_overlap: the places a priority names are no part
of it). "Water safety on our coast" comes about as close to the plan's "Protecting rural and coastal
communities" as to its other priorities, and no plan priority speaks of water: the plan does not name its
subject, so a middling similarity is not taken as support.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .models import Alignment, Match, Priority

SUPPORTS, PARTLY, NONE = "supports", "partly", "none"


@dataclass(frozen=True, slots=True)
class AlignSettings:
    supports: float = 0.45
    partly: float = 0.35
    outside: float = 0.0  # standard deviations below the area's mean best similarity; 0: not used
    outside_unsure: float = 0.0  # the same for a priority with no clear match (`unsure`); 0: as `outside`


# A match is unsure when its plan priority leads the next by less than this similarity ...
UNSURE_MARGIN = 0.1
# ... and the priority shares at most this share of its rarer words with every plan priority.
UNSURE_WORDS = 0.3


# Fewer priorities than this say too little about an area's spread to judge any of them by it.
MIN_FOR_SPREAD = 8


def bar_for(best: np.ndarray, partly: float, outside: float, ceiling: float = 1.0) -> float:
    """The similarity a priority's best plan match must reach to support the plan at all: `partly`, or,
    where higher, `outside` standard deviations below the mean of `best` (each priority's similarity to
    its nearest plan priority, over all the strategy priorities analysed together), but never above
    `ceiling` (`supports`: a confident match is never called outside the plan)."""
    if outside <= 0 or len(best) < MIN_FOR_SPREAD:
        return partly
    # rounded, so float noise from the order of the rows never moves the bar
    spread = round(float(best.mean()) - outside * float(best.std()), 4)
    return max(partly, min(spread, ceiling))


def unsure(row: np.ndarray, lexical_row: np.ndarray | None) -> bool:
    """Whether a priority's similarities to the plan priorities (`row`) and its share of words found in
    each (`lexical_row`) leave its match resting on the embedding alone: no plan priority clearly nearest,
    and none that names its subject."""
    if lexical_row is None or len(row) == 0:
        return False
    top = np.sort(np.round(row, 6))[::-1]
    margin = float(top[0] - top[1]) if len(top) > 1 else 1.0
    return margin < UNSURE_MARGIN and float(lexical_row.max()) <= UNSURE_WORDS


def plan_similarity(vectors: np.ndarray, plan_vectors: np.ndarray, plan_units: Sequence[np.ndarray],
                    unit_weight: float, lexical: np.ndarray | None = None, lexical_weight: float = 0.0,
                    documents: Sequence[str] | None = None, document_weight: float = 0.0) -> np.ndarray:
    """Strategy priorities x plan priorities. The plan priority as a whole (name and context), or, scaled
    by `unit_weight`, the best of its own statements (the objectives and measures listed under it): a
    plan theme "Increasing trust and confidence" whose objectives include responding to burglary and
    anti-social behaviour is what a CSP's "Burglary" priority supports. `lexical` (the share of the
    priority's rarer words found in the plan priority's text) is averaged in with weight `lexical_weight`.
    `documents` (each row's document) with `document_weight` averages in where the priority's strategy
    as a whole points (the mean of its priorities' rows): "Preventing violence and abuse before it
    starts" in a VAWG strategy leans to the plan's VAWG priority rather than to its serious violence one.
    A strategy with one priority is unchanged."""
    sim = vectors @ plan_vectors.T
    if unit_weight > 0:
        for j, u in enumerate(plan_units):
            if len(u):
                sim[:, j] = np.maximum(sim[:, j], unit_weight * (vectors @ u.T).max(axis=1))
    if lexical is not None and lexical_weight > 0:
        # a weighted mean, so the result stays a similarity between -1 and 1
        sim = (sim + lexical_weight * lexical) / (1.0 + lexical_weight)
    if documents is not None and document_weight > 0 and len(sim):
        rows_of: dict[str, list[int]] = {}
        for i, d in enumerate(documents):
            rows_of.setdefault(d, []).append(i)
        shifted = np.empty_like(sim)
        for rows in rows_of.values():
            whole = sim[rows].mean(axis=0)
            shifted[rows] = (sim[rows] + document_weight * whole) / (1.0 + document_weight)
        sim = shifted
    # rounded as in clustering: float noise from how texts were batched never flips a decision
    return np.round(sim, 4)


def statement_index(vector: np.ndarray, plan_vector: np.ndarray, units: np.ndarray, unit_weight: float) -> int:
    """Which of a plan priority's own statements a priority's match with it rests on (-1: the plan
    priority as a whole): the closest statement, where it scores above the whole in `plan_similarity`."""
    if unit_weight <= 0 or not len(units):
        return -1
    sims = units @ vector
    k = int(np.argmax(np.round(sims, 6)))
    return k if unit_weight * float(sims[k]) > float(plan_vector @ vector) else -1


# A line that says which plan priorities it serves: "Supports: ...", "Links to the Police and Crime Plan: ...",
# "PCP priority: ...", "... supports the PCC's priority ...". A colon or the plan named, so that narrative
# ("premises linked to violence") is not read as a claim.
STATED_CUE = re.compile(
    r"^\W*(?:supports?|supporting|contribut(?:es|ing) to|links? to|linked to|aligns? (?:with|to)|delivers? against)"
    r"\b[^:]{0,40}:|\b(?:police and crime plan|pcp|pcc'?s?)\b[^:]{0,20}:|"
    r"\bsupports? the (?:pcc'?s?|police and crime (?:commissioner|plan)'?s?|commissioner'?s?) priorit(?:y|ies)\b",
    re.IGNORECASE)


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("&", " and "))) + " "


def stated_links(priority: Priority, plan: Sequence[Priority]) -> tuple[tuple[str, ...], str]:
    """The plan priorities a strategy priority's own description says it supports, and the line that
    says so: a line naming a plan priority word for word after a cue ("Supports: Increasing trust and
    confidence"), or, for a plan priority of three words or more, anywhere in the line. What the partners
    claim, shown beside what the tool finds, never instead of it."""
    names = [(p.id, _words(p.text)) for p in plan]
    for line in priority.description.split("\n"):
        words = _words(line)
        cue = STATED_CUE.search(line)
        after = _words(line[cue.end():]) if cue else ""
        found = sorted((words.index(n), pid) for pid, n in names
                       if n.strip() and (n in after or (len(n.split()) >= 3 and n in words)))
        if found:
            return tuple(pid for _, pid in found), line.strip()
    return (), ""


def bars(sim: np.ndarray, settings: AlignSettings) -> tuple[float, float]:
    """The bar every priority's best match must reach (bar_for), and the stricter one for an unsure
    match (never below the first)."""
    if not sim.size:
        return settings.partly, settings.partly
    best = sim.max(axis=1)
    bar = bar_for(best, settings.partly, settings.outside, settings.supports)
    return bar, max(bar, bar_for(best, settings.partly, settings.outside_unsure, settings.supports))


def match_priorities(priorities: Sequence[Priority], sim: np.ndarray, plan: Sequence[Priority],
                     settings: AlignSettings, bar: tuple[float, float] | None = None,
                     lexical: np.ndarray | None = None) -> tuple[Match, ...]:
    """`sim` is priorities x plan priorities, from plan_similarity; `bar` is bars()'s result when the
    caller has it already; `lexical` (priorities x plan priorities, context.lexical_overlap) tells which
    matches are unsure (without it, none is)."""
    if not plan or not priorities:
        return tuple(Match(p.id, None, 0.0, NONE) for p in priorities)
    bar_all, bar_unsure = bar if bar is not None else bars(sim, settings)
    out = []
    for i, p in enumerate(priorities):
        row = sim[i]
        # ties go to the plan priority listed first, so the result never depends on float noise
        j = int(np.argmax(np.round(row, 6)))
        s = float(row[j])
        doubt = unsure(row, lexical[i] if lexical is not None else None)
        decision = NONE if s < (bar_unsure if doubt else bar_all) else SUPPORTS if s >= settings.supports else PARTLY
        out.append(Match(p.id, plan[j].id if decision != NONE else None, round(s, 4), decision, best=plan[j].id,
                         unsure=doubt and s < settings.supports))
    return tuple(out)


def alignment_score(matches: Sequence[Match]) -> float | None:
    if not matches:
        return None
    points = sum(1.0 if m.decision == SUPPORTS else 0.5 if m.decision == PARTLY else 0.0 for m in matches)
    return round(100.0 * points / len(matches), 1)


def align_strategies(documents: Sequence[str], priorities: Sequence[Priority], matches: Sequence[Match],
                     has_plan: bool) -> tuple[Alignment, ...]:
    by_doc: dict[str, list[Match]] = {d: [] for d in documents}
    doc_of = {p.id: p.document for p in priorities}
    for m in matches:
        by_doc.setdefault(doc_of[m.priority], []).append(m)
    return tuple(Alignment(document=d, score=alignment_score(by_doc[d]) if has_plan else None,
                           matches=tuple(by_doc[d])) for d in documents)


def coverage(plan: Sequence[Priority], matches: Sequence[Match], decision: str | None = None
             ) -> dict[str, tuple[str, ...]]:
    """Plan priority id -> the strategy priorities that support it (fully or partly; with `decision`,
    only those whose decision it is)."""
    out: dict[str, list[str]] = {p.id: [] for p in plan}
    for m in matches:
        if m.plan_priority is not None and (decision is None or m.decision == decision):
            out[m.plan_priority].append(m.priority)
    return {k: tuple(sorted(v)) for k, v in out.items()}
