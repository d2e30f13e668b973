"""Priorities -> themes: which priorities across documents are substantially the same thing.

Agglomerative clustering on cosine distance, scikit-learn style (`fit` returns self, `labels_`), with two
guards an analyst would insist on:
- two priorities of the same document are kept apart unless they are near-identical (a document does
  not list the same priority twice), which is what stops one vague priority gluing two themes together
  through its siblings;
- a priority can only join its mutual best match in another document (a strategy does not duplicate
  two of another strategy's priorities at once);
- average linkage with a calibrated threshold, and a final check that every member of a theme is
  within reach of the rest (no chaining through one member).
The input order never matters: priorities are sorted by id before anything is computed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .context import crime_in_general
from .models import PossibleDuplicate, Priority, Theme

SAME_DOCUMENT_BLOCK = 2.0  # cosine distance can be at most 2: this never merges


class ThemeClusterer:
    def __init__(self, threshold: float = 0.62, same_document_threshold: float = 0.92,
                 linkage: str = "average", min_member_similarity: float | None = None,
                 mutual: bool = True) -> None:
        self.threshold = threshold  # similarity needed to be one theme
        self.same_document_threshold = same_document_threshold
        self.linkage = linkage
        self.min_member_similarity = (threshold - 0.12) if min_member_similarity is None else min_member_similarity
        self.mutual = mutual
        self.labels_: np.ndarray | None = None

    def fit(self, similarity: np.ndarray, documents: Sequence[str],
            cannot_link: np.ndarray | None = None) -> "ThemeClusterer":
        """`similarity`: priorities x priorities, rounded so float noise never flips a decision.
        `cannot_link`: pairs that must never be in one theme (True where forbidden)."""
        return self.fit_prepared(self.prepare(similarity, documents, cannot_link))

    def prepare(self, similarity: np.ndarray, documents: Sequence[str],
                cannot_link: np.ndarray | None = None) -> "Prepared":
        """The part of `fit` that does not depend on the threshold (nor the linkage): which pairs are
        blocked, and the distances. Cut it at any threshold with `fit_prepared`."""
        n = len(documents)
        if n <= 1:
            return Prepared(n)
        sim = np.round(np.clip(similarity, -1.0, 1.0), 4)
        dist = 1.0 - sim
        docs = np.asarray(documents)
        same_doc = docs[:, None] == docs[None, :]
        blocked = same_doc & (sim < self.same_document_threshold)
        if self.mutual:
            # a priority duplicates at most one priority of another document: its best match there,
            # when it is that priority's best match too
            blocked |= ~same_doc & ~_mutual_best(sim, docs)
        if cannot_link is not None:
            blocked |= cannot_link
        dist = np.where(blocked, SAME_DOCUMENT_BLOCK, dist)
        np.fill_diagonal(dist, 0.0)
        apart = same_doc if cannot_link is None else same_doc | cannot_link
        return Prepared(n, sim, blocked, dist, apart)

    def fit_prepared(self, prepared: "Prepared") -> "ThemeClusterer":
        """`fit`, from `prepare`'s result (which is not changed, so it can be cut again)."""
        if prepared.n <= 1:
            self.labels_ = np.zeros(prepared.n, dtype=int)
            return self
        labels = _agglomerate(prepared.dist, 1.0 - self.threshold, self.linkage)
        labels = _split_chains(labels, prepared.sim, prepared.blocked, self.min_member_similarity)
        self.labels_ = _canonical(labels)
        return self


@dataclass(frozen=True)
class Prepared:
    """What clustering n priorities needs whatever the threshold (None for n <= 1): the rounded
    similarity, the pairs that may never share a theme, and the distances with those pairs blocked.
    `apart` is the pairs kept apart whatever their similarity: of one document, or forbidden by the plan
    matches or the analyst (`blocked` adds the pairs that are not each other's closest)."""

    n: int
    sim: np.ndarray | None = None
    blocked: np.ndarray | None = None
    dist: np.ndarray | None = None
    apart: np.ndarray | None = None


def _mutual_best(sim: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """True where i and j (of different documents) are each other's most similar priority in the other's
    document. Ties go to the lower index, so the result is deterministic."""
    n = len(docs)
    out = np.zeros((n, n), dtype=bool)
    groups = {d: np.flatnonzero(docs == d) for d in sorted(set(docs.tolist()))}
    names = list(groups)
    for a_i, a in enumerate(names):
        for b in names[a_i + 1:]:
            A, B = groups[a], groups[b]
            sub = sim[np.ix_(A, B)]
            best_b = sub.argmax(axis=1)
            best_a = sub.argmax(axis=0)
            for ii, jj in enumerate(best_b):
                if best_a[jj] == ii:
                    out[A[ii], B[jj]] = out[B[jj], A[ii]] = True
    return out


def _agglomerate(dist: np.ndarray, cut: float, linkage: str) -> np.ndarray:
    """Agglomerative clustering on a precomputed distance matrix: merge the closest pair of clusters
    while their linkage distance is below `cut` (scikit-learn's AgglomerativeClustering with
    distance_threshold, in numpy: importing scikit-learn costs a warm run three seconds).
    Ties go to the pair that comes first, so the result is deterministic."""
    n = len(dist)
    d = np.array(dist, dtype=np.float64)
    np.fill_diagonal(d, np.inf)
    size = np.ones(n)
    members: list[list[int]] = [[i] for i in range(n)]
    while n > 1:
        flat = int(np.argmin(d))
        i, j = divmod(flat, n)
        if not d[i, j] < cut:
            break
        i, j = min(i, j), max(i, j)
        if linkage == "average":
            merged = (size[i] * d[i] + size[j] * d[j]) / (size[i] + size[j])
        elif linkage == "complete":
            merged = np.maximum(d[i], d[j])
        elif linkage == "single":
            merged = np.minimum(d[i], d[j])
        else:
            raise ValueError(f"unknown linkage {linkage!r}")
        d[i, :] = merged
        d[:, i] = merged
        d[i, i] = np.inf
        d[j, :] = np.inf
        d[:, j] = np.inf
        size[i] += size[j]
        members[i] += members[j]
        members[j] = []
    labels = np.empty(n, dtype=int)
    for label, group in enumerate(g for g in members if g):
        labels[group] = label
    return labels


def _split_chains(labels: np.ndarray, sim: np.ndarray, blocked: np.ndarray, floor: float) -> np.ndarray:
    """Take out of a theme any member too far from the others on average (a chain's far end), and
    any second member from a document already in the theme."""
    labels = labels.copy()
    next_label = labels.max() + 1 if len(labels) else 0
    groups: dict[int, list[int]] = {}  # a member taken out gets a new label, so these stay as they are
    for i, lab in enumerate(labels.tolist()):
        groups.setdefault(lab, []).append(i)
    for lab in sorted(groups):
        members = groups[lab]
        changed = True
        while changed and len(members) > 2:
            changed = False
            mean_sim = [(sim[i, [j for j in members if j != i]].mean(), i) for i in members]
            worst, i = min(mean_sim)
            if worst < floor:
                members.remove(i)
                labels[i] = next_label
                next_label += 1
                changed = True
        for a in list(members):
            for b in list(members):
                if a < b and blocked[a, b] and b in members:
                    members.remove(b)
                    labels[b] = next_label
                    next_label += 1
    return labels


def _canonical(labels: np.ndarray) -> np.ndarray:
    """Number themes by their first member, so equal partitions give equal labels."""
    mapping: dict[int, int] = {}
    out = np.empty_like(labels)
    for i, lab in enumerate(labels.tolist()):
        if lab not in mapping:
            mapping[lab] = len(mapping)
        out[i] = mapping[lab]
    return out


def build_themes(priorities: Sequence[Priority], similarity: np.ndarray, clusterer: ThemeClusterer,
                 plan_document: str | None = None, plan_match: dict[str, str | None] | None = None,
                 same: Sequence[tuple[str, str]] = (), apart: Sequence[tuple[str, str]] = ()
                 ) -> tuple[Theme, ...]:
    """Cluster priorities (sorted by id, whatever order they came in) into labelled themes.
    `similarity` is priorities x priorities in the order given. `plan_match` (strategy priority id ->
    the plan priority it is aligned with, or None) keeps themes consistent with the alignment: a strategy
    priority shares a theme with a plan priority only if it is aligned with that plan priority.
    `same` and `apart` are pairs of priority ids an analyst put in one theme or kept apart."""
    return prepare_themes(priorities, similarity, clusterer, plan_document, plan_match, same, apart).themes(clusterer)


@dataclass(frozen=True)
class PreparedThemes:
    """build_themes up to the threshold: the priorities sorted by id, their similarity in that order,
    and the prepared clustering. `labels`/`themes` then cut it at a clusterer's threshold."""

    priorities: tuple[Priority, ...]
    sim: np.ndarray
    plan_document: str | None
    clustering: Prepared
    joined: tuple[tuple[int, int], ...] = ()  # pairs (indexes) an analyst put in one theme
    separated: tuple[tuple[int, int], ...] = ()  # pairs (indexes) an analyst kept apart

    def labels(self, clusterer: ThemeClusterer) -> np.ndarray:
        """Theme label of each priority (in `priorities` order): equal labels, one theme."""
        clusterer.fit_prepared(self.clustering)
        labels = clusterer.labels_ if clusterer.labels_ is not None else np.zeros(0, dtype=int)
        if self.joined:
            labels = labels.copy()
            for a, b in self.joined:  # whole themes join: the analyst said these two are one thing
                labels[labels == labels[b]] = labels[a]
            labels = _canonical(labels)
        return labels

    def themes(self, clusterer: ThemeClusterer) -> tuple[Theme, ...]:
        ps, sim = self.priorities, self.sim
        groups: dict[int, list[int]] = {}
        for i, lab in enumerate(self.labels(clusterer).tolist()):
            groups.setdefault(lab, []).append(i)
        themes = []
        for members in groups.values():
            label = _label(members, ps, sim, self.plan_document)
            ids = tuple(sorted(ps[i].id for i in members))
            docs = tuple(sorted({ps[i].document for i in members}))
            themes.append((ids, label, docs))
        # largest themes first, then by first member id: stable whatever the input order
        themes.sort(key=lambda t: (-len(t[2]), -len(t[0]), t[0][0]))
        return tuple(Theme(id=f"T{n}", label=label, members=ids, documents=docs)
                     for n, (ids, label, docs) in enumerate(themes, start=1))


def prepare_themes(priorities: Sequence[Priority], similarity: np.ndarray, clusterer: ThemeClusterer,
                   plan_document: str | None = None, plan_match: dict[str, str | None] | None = None,
                   same: Sequence[tuple[str, str]] = (), apart: Sequence[tuple[str, str]] = ()
                   ) -> PreparedThemes:
    """The threshold-independent part of build_themes (same arguments): sorting, the pairs the alignment
    or an analyst forbids, and `clusterer.prepare`."""
    order = sorted(range(len(priorities)), key=lambda i: priorities[i].id)
    ps = tuple(priorities[i] for i in order)
    sim = similarity[np.ix_(order, order)] if len(order) else similarity
    cannot = None
    if plan_document and plan_match is not None:
        cannot = np.zeros((len(ps), len(ps)), dtype=bool)
        plan_idx = [i for i, p in enumerate(ps) if p.document == plan_document]
        for j, p in enumerate(ps):
            if p.document == plan_document:
                continue
            for i in plan_idx:
                if plan_match.get(p.id) != ps[i].id:
                    cannot[i, j] = cannot[j, i] = True
    if plan_document:
        # a plan priority about crime as a whole is broader than a partner priority about one kind of crime
        # or about anti-social behaviour alone: that partner priority serves part of it, it does not
        # duplicate it (partners that name crime as a whole, "Reducing crime and anti-social behaviour", can)
        if cannot is None:
            cannot = np.zeros((len(ps), len(ps)), dtype=bool)
        general = np.array([crime_in_general(p.text) for p in ps])
        in_plan = np.array([p.document == plan_document for p in ps])
        pairs = np.outer(in_plan & general, ~in_plan & ~general)
        cannot |= pairs | pairs.T
    index = {p.id: i for i, p in enumerate(ps)}
    joined = tuple(sorted((index[a], index[b]) for a, b in same if a in index and b in index))
    separated = tuple(sorted((index[a], index[b]) for a, b in apart if a in index and b in index))
    if separated:
        if cannot is None:
            cannot = np.zeros((len(ps), len(ps)), dtype=bool)
        for i, j in separated:
            cannot[i, j] = cannot[j, i] = True
    return PreparedThemes(ps, sim, plan_document, clusterer.prepare(sim, [p.document for p in ps], cannot), joined,
                          separated)


def _label(members: list[int], ps: Sequence[Priority], sim: np.ndarray, plan_document: str | None) -> str:
    """The plan's own wording when the plan is in the theme, else the most central member's wording."""
    if plan_document:
        for i in members:
            if ps[i].document == plan_document:
                return ps[i].text
    if len(members) <= 2:
        return min((ps[i].text for i in members), key=lambda t: (len(t), t))
    centrality = sim[np.ix_(members, members)].mean(axis=1)
    # the shortest of the members close to the centre: a label, not a sentence
    near = [k for k in range(len(members)) if centrality[k] >= centrality.max() - 0.05]
    best = min(near, key=lambda k: (len(ps[members[k]].text), ps[members[k]].text))
    return ps[members[best]].text


def possible_duplicates(prepared: PreparedThemes, themes: Sequence[Theme], floor: float
                        ) -> tuple[PossibleDuplicate, ...]:
    """The pairs an analyst should look at: the pairs the clustering was free to join (of different
    documents, each the other's closest in its document, not kept apart by the plan matches or the analyst)
    at similarity `floor` or more that `themes` put in different themes; the closest such pair of each two
    themes, closest first. Clustering misses some duplicates (a pair just below the threshold, or a
    priority the rest of a large theme keeps out on average): these are where."""
    c = prepared.clustering
    if c.sim is None or c.blocked is None or c.apart is None:
        return ()
    ps = prepared.priorities
    theme_of = {m: t.id for t in themes for m in t.members}
    candidates = np.argwhere(np.triu(~c.blocked & ~c.apart & (c.sim >= floor), 1))
    pairs = sorted(((float(c.sim[i, j]), ps[i].id, ps[j].id) for i, j in candidates.tolist()),
                   key=lambda x: (-x[0], x[1], x[2]))
    # two themes the analyst has kept apart somewhere are not one: their other pairs are not asked about again
    seen = {frozenset((theme_of[ps[i].id], theme_of[ps[j].id])) for i, j in prepared.separated}
    out = []
    for similarity, a, b in pairs:
        themes_ab = frozenset((theme_of[a], theme_of[b]))
        # one pair per two themes, the closest: the question is whether the two themes are one
        if len(themes_ab) == 2 and themes_ab not in seen:
            seen.add(themes_ab)
            out.append(PossibleDuplicate(a, b, similarity))
    return tuple(out)
