"""The stages in order: ingest -> extract -> embed -> cluster -> align. The report stage reads the result.

Extraction is per document and cached in the store by content hash; everything after it depends on the
whole corpus and is recomputed each run (it takes well under a second once vectors are cached).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import numpy as np

from . import __version__
from .errors import DocumentError, InputError
from .models import (
    Alignment,
    Analysis,
    Extracted,
    Match,
    PossibleDuplicate,
    Priority,
    Skipped,
    Theme,
)

Progress = Callable[[str, int, int, str], None]  # (stage, done, total, detail)


@dataclass(frozen=True, slots=True)
class Settings:
    model: str | None = None
    store: Path | None = None  # None: the default place for the folder
    use_store: bool = True
    workers: int = 2
    reader: str = "pdfium"
    cluster_threshold: float | None = None  # None: the model's calibrated value
    supports_threshold: float | None = None
    partly_threshold: float | None = None


def _noop(stage: str, done: int, total: int, detail: str) -> None:
    return None


# --- locating the documents -----------------------------------------------------------------------

def locate(folder: Path, plan: Path | None) -> tuple[Path | None, list[Path]]:
    """The plan (--plan, else the single document in FOLDER/plan/) and the strategies
    (FOLDER/strategies/ if it exists, else the documents in FOLDER)."""
    from .ingest import find_documents

    if not folder.exists():
        raise InputError(f"{folder} does not exist: give the folder that holds the strategies")
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder: give the folder that holds the strategies")
    if plan is None and (folder / "plan").is_dir():
        found = find_documents(folder / "plan")
        if len(found) > 1:
            raise InputError(f"{folder / 'plan'} holds {len(found)} documents: keep only the Police and Crime "
                             "Plan there, or name it with --plan")
        plan = found[0] if found else None
    if plan is not None and not plan.exists():
        raise InputError(f"{plan} does not exist: check the --plan path")
    strategies_dir = folder / "strategies" if (folder / "strategies").is_dir() else folder
    strategies = [p for p in find_documents(strategies_dir) if plan is None or p.resolve() != plan.resolve()]
    if not strategies and plan is None:
        raise InputError(f"{strategies_dir} holds no documents (.pdf, .docx, .html, .md, .txt): "
                         "point stratalign at the folder of strategies")
    return plan, strategies


# --- extraction -----------------------------------------------------------------------------------

INTERNAL = "could not be analysed (internal error"


def _extract_one(path: str, reader: str, digest: str) -> tuple[str, dict | str]:
    """Read and extract one document (runs in a worker process). Never raises: one bad document must
    not lose the results of the others. The status is "ok", "error" (the document's own fault, remembered
    so it costs nothing next time) or "retry" (memory, a missing library, a bug: not the document's fault,
    so it is tried again on the next run instead of being remembered)."""
    from .context import definitions
    from .extract import extract_priorities
    from .ingest import read_document

    try:
        doc = read_document(Path(path), reader=reader, digest=digest)
        priorities = extract_priorities(doc, prefix="_")
        text = " ".join(b.text for b in doc.blocks)
        return "ok", {
            "format": doc.format, "title": doc.title, "page_count": doc.page_count,
            "priorities": [[p.text, p.page, p.section, p.description, p.label, p.evidence] for p in priorities],
            "definitions": sorted(definitions([text]).items()),
        }
    except DocumentError as exc:
        return "error", exc.detail
    except MemoryError:
        return "retry", "is too large to read in memory: split it into smaller files"
    except Exception as exc:  # a bug must cost one document, not the run
        return "retry", f"{INTERNAL} {type(exc).__name__}: {exc}); please report it"


def _prefixes(paths: Sequence[Path]) -> dict[Path, str]:
    """Stable, unique, readable id prefixes: the file stem; the file name where stems collide; the
    folder too where names collide (plan/x.pdf and strategies/x.pdf)."""
    stems: dict[str, int] = {}
    for p in paths:
        stems[slug(p.stem)] = stems.get(slug(p.stem), 0) + 1
    out = {p: slug(p.stem) if stems[slug(p.stem)] == 1 else slug(p.name) for p in paths}
    seen: dict[str, int] = {}
    for p in paths:
        seen[out[p]] = seen.get(out[p], 0) + 1
    return {p: out[p] if seen[out[p]] == 1 else slug(f"{p.parent.name}_{p.name}") for p in paths}


def slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text).strip("_") or "document"


def extract_documents(paths: Sequence[Path], settings: Settings, store, progress: Progress = _noop
                      ) -> tuple[list[Extracted], list[Skipped]]:
    from .extract import EXTRACTOR_VERSION
    from .ingest import sha256_of

    extractor = f"{EXTRACTOR_VERSION}/{settings.reader}"
    prefixes = _prefixes(paths)
    payloads: dict[Path, dict] = {}
    skipped: list[Skipped] = []
    todo: list[tuple[Path, str]] = []
    digests: dict[Path, str] = {}
    for p in paths:
        try:
            digests[p] = sha256_of(p)
        except OSError as exc:
            skipped.append(Skipped(str(p), f"cannot be read ({exc.strerror}): check its permissions"))
            continue
        cached = store.get_extraction(digests[p], extractor)
        failure = store.get_failure(digests[p], extractor) if cached is None else None
        if failure is not None and failure.startswith(INTERNAL):
            failure = None  # remembered by an older version: not the document's fault, so read it again
        if cached is not None:
            payloads[p] = cached
        elif failure is not None:
            skipped.append(Skipped(str(p), failure))
        else:
            todo.append((p, digests[p]))
    total = len(paths)
    done = total - len(todo)
    progress("extract", done, total, "")

    def record(p: Path, digest: str, status: str, result) -> None:
        nonlocal done
        if status == "ok":
            store.put_extraction(digest, extractor, result)
            payloads[p] = result
        else:
            if status == "error":
                store.put_failure(digest, extractor, result)
            skipped.append(Skipped(str(p), result))
        done += 1
        progress("extract", done, total, p.name)

    workers = max(1, min(settings.workers, len(todo), os.cpu_count() or 1))
    if workers <= 1:
        for p, digest in todo:
            record(p, digest, *_extract_one(str(p), settings.reader, digest))
    else:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
            futures = {pool.submit(_extract_one, str(p), settings.reader, d): (p, d) for p, d in todo}
            try:
                for fut in as_completed(futures):
                    p, d = futures[fut]
                    record(p, d, *fut.result())
            except BaseException:
                for fut in futures:
                    fut.cancel()
                raise
    out = []
    for p in paths:
        if p not in payloads:
            continue
        pay = payloads[p]
        prefix = prefixes[p]
        priorities = tuple(
            Priority(id=f"{prefix}#{n}", document=p.name, text=t, page=page, section=sec, description=desc,
                     label=label, evidence=ev)
            for n, (t, page, sec, desc, label, ev) in enumerate(pay["priorities"], start=1))
        out.append(Extracted(path=str(p), name=p.name, sha256=digests[p], format=pay["format"], title=pay["title"],
                             page_count=pay["page_count"], priorities=priorities,
                             definitions=tuple(tuple(d) for d in pay.get("definitions", []))))
    skipped.sort(key=lambda s: s.path)
    return out, skipped


# --- the corpus-wide stages -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Thresholds:
    cluster: float
    supports: float
    partly: float
    name_weight: float
    unit_weight: float
    lexical_weight: float
    topic_weight: float
    document_weight: float
    population_weight: float = 0.0
    outside: float = 0.0
    outside_unsure: float = 0.0
    review: float = 1.0  # possible duplicates to review: pairs not in one theme at this similarity or more


DEFAULTS = {"cluster": 0.62, "supports": 0.45, "partly": 0.35, "name_weight": 0.7, "unit_weight": 0.0,
            "lexical_weight": 0.0, "topic_weight": 0.0, "document_weight": 0.0, "population_weight": 0.0,
            "outside": 0.0, "outside_unsure": 0.0, "review": 0.56}


def thresholds_for(spec, settings: Settings) -> Thresholds:
    def pick(key: str, override: float | None) -> float:
        if override is not None:
            return override
        return spec.threshold(key, DEFAULTS[key]) if spec is not None else DEFAULTS[key]

    overrides = {"cluster": settings.cluster_threshold, "supports": settings.supports_threshold,
                 "partly": settings.partly_threshold}
    return Thresholds(**{k: pick(k, overrides.get(k)) for k in DEFAULTS})


@dataclass(frozen=True)
class Features:
    """Every vector the corpus-wide stages need, computed once: each priority's blended vector, name
    vector and context vector (rows in the order of `priorities`, the plan's own priorities first), and the
    vectors of each plan priority's own statements (one entry per plan priority)."""

    priorities: tuple[Priority, ...]
    blended: np.ndarray
    names: np.ndarray
    plan_units: tuple[np.ndarray, ...]
    plan_statements: tuple[tuple[str, ...], ...]  # the statements `plan_units` embeds, as worded
    lexical: np.ndarray  # every priority x plan priority: shared rare words (see context.lexical_overlap)
    topics: np.ndarray  # the vector of each priority's subject (see context.topic)
    contexts: np.ndarray  # what `blended` mixes with `names` (see with_name_weight)
    scopes: tuple[frozenset[str], ...] = ()  # the groups each names and the stage it acts at (see context.scope)
    # every priority x plan priority: shared rare words of the priority's subject (context.topic), without
    # the places it names, which no plan priority shares ("Anti-social behaviour in Alton and Petersfield")
    subject_words: np.ndarray | None = None

    def with_name_weight(self, name_weight: float) -> "Features":
        """The same features with `blended` mixed at another name weight (nothing is embedded again)."""
        from .context import blend

        return dataclasses.replace(self, blended=blend(self.names, self.contexts, name_weight))

    def plan_similarity(self, unit_weight: float, lexical_weight: float, document_weight: float = 0.0) -> np.ndarray:
        """The priorities after the plan's own x the plan priorities (see align.plan_similarity)."""
        from .align import plan_similarity

        n = len(self.plan_units)
        return plan_similarity(self.blended[n:], self.blended[:n], self.plan_units, unit_weight,
                               self.lexical[n:], lexical_weight, [p.document for p in self.priorities[n:]],
                               document_weight)

    def theme_similarity(self, topic_weight: float, population_weight: float = 0.0) -> np.ndarray:
        """priorities x priorities, what clustering compares: whole priorities, and their subjects, less
        `population_weight` where their scopes differ (one "by children" or "before it starts", the other not)."""
        sim = self.blended @ self.blended.T
        if topic_weight > 0:
            sim = (1.0 - topic_weight) * sim + topic_weight * (self.topics @ self.topics.T)
        if population_weight > 0 and self.scopes:
            groups = {g: k for k, g in enumerate(dict.fromkeys(self.scopes))}  # one code per scope
            code = np.array([groups[g] for g in self.scopes])
            sim = sim - population_weight * (code[:, None] != code[None, :])
        return sim


def features(priorities: Sequence[Priority], plan: Sequence[Priority], docs: Sequence[Extracted], embedder,
             name_weight: float) -> Features:
    from .context import blend, lexical_overlap, priority_texts, scope, topic, units

    known = {d.name: dict(d.definitions) for d in docs}
    names, contexts = priority_texts(priorities, known, {d.name: d.title for d in docs})
    plan_statements = [units(p, known) for p in plan]
    plan_unit_texts = [[text for _, text in us] for us in plan_statements]
    flat = [u for us in plan_unit_texts for u in us]
    if not priorities:
        empty = np.zeros((0, 1), dtype=np.float32)
        return Features(tuple(priorities), empty, empty, (), (), empty, empty, empty)
    plan_names, _ = priority_texts(plan, known)
    targets = [n + " " + " ".join(us) for n, us in zip(plan_names, plan_unit_texts)]
    lexical = lexical_overlap(names, targets)
    topics = [topic(x) for x in names]
    vectors = embedder.embed(names + contexts + topics + flat)
    n = len(names)
    name_vecs, ctx_vecs, topic_vecs, unit_vecs = vectors[:n], vectors[n:2 * n], vectors[2 * n:3 * n], vectors[3 * n:]
    split, start = [], 0
    for us in plan_unit_texts:
        split.append(unit_vecs[start:start + len(us)])
        start += len(us)
    return Features(tuple(priorities), blend(name_vecs, ctx_vecs, name_weight), name_vecs, tuple(split),
                    tuple(tuple(raw for raw, _ in us) for us in plan_statements), lexical, topic_vecs, ctx_vecs,
                    tuple(scope(x) for x in names), lexical_overlap(topics, targets))


def match_plan(f: Features, plan: Extracted | None, thresholds: Thresholds,
               overrides: dict[str, tuple[str | None, str]] | None = None) -> tuple[tuple[Match, ...], tuple[float, float]]:
    """The plan match of each priority of `f` after the plan's own (`f` starts with the plan's priorities),
    and the similarities below which a priority sits outside the plan here (align.bars: every priority's,
    an unsure one's); without a plan, each is "none". `overrides` (priority id -> (plan priority id or None, note)) are an analyst's
    decisions: they replace the computed ones, and the similarity shown is to their choice."""
    from .align import (
        NONE,
        SUPPORTS,
        AlignSettings,
        bars,
        match_priorities,
        stated_links,
        statement_index,
    )

    if plan is None:
        return tuple(Match(p.id, None, 0.0, "none") for p in f.priorities), (thresholds.partly, thresholds.partly)
    n = len(plan.priorities)
    sim = f.plan_similarity(thresholds.unit_weight, thresholds.lexical_weight, thresholds.document_weight)
    settings = AlignSettings(thresholds.supports, thresholds.partly, thresholds.outside, thresholds.outside_unsure)
    # (a plan whose priorities could not be found leaves every priority outside it: no bar to raise)
    bar = bars(sim, settings)
    matches = match_priorities(f.priorities[n:], sim, plan.priorities, settings, bar,
                               f.subject_words[n:] if f.subject_words is not None else None)
    index_of = {p.id: j for j, p in enumerate(plan.priorities)}
    if overrides:
        fixed = []
        for i, m in enumerate(matches):
            if m.priority in overrides:
                target, note = overrides[m.priority]
                m = dataclasses.replace(m, plan_priority=target, decision=SUPPORTS if target else NONE,
                                        similarity=round(float(sim[i, index_of[target]]), 4) if target else m.similarity,
                                        best=target or m.best, corrected=note, unsure=False)
            fixed.append(m)
        matches = tuple(fixed)
    # what an analyst checks a match against: the plan's own words it rests on
    out = []
    for i, m in enumerate(matches):
        j = index_of.get(m.plan_priority) if m.plan_priority else None
        k = -1 if j is None else statement_index(f.blended[n + i], f.blended[j], f.plan_units[j], thresholds.unit_weight)
        stated, line = stated_links(f.priorities[n + i], plan.priorities)
        out.append(dataclasses.replace(m, statement=f.plan_statements[j][k] if k >= 0 else "", stated=stated,
                                       stated_line=line))
    return tuple(out), bar


def analyse_extracted(plan: Extracted | None, strategies: Sequence[Extracted], embedder, thresholds: Thresholds,
                      model_info: dict, skipped: Sequence[Skipped] = (), progress: Progress = _noop,
                      corrections: Sequence = (), page_texts=None) -> Analysis:
    """Everything after extraction. `corrections` (see corrections.py) are applied: priorities left out
    or added (`page_texts(doc)` finds an added one's page), plan matches set, themes joined or kept apart."""
    from .align import align_strategies
    from .cluster import ThemeClusterer, possible_duplicates, prepare_themes
    from .corrections import apply_to_area, settle, theme_links

    plan, strategies, overrides, outcomes = apply_to_area(plan, strategies, corrections, page_texts)
    strategies = sorted(strategies, key=lambda d: d.name)
    same, apart, theme_outcomes = theme_links(([plan] if plan else []) + list(strategies), corrections)
    outcomes += theme_outcomes
    plan_priorities = plan.priorities if plan else ()
    strategy_priorities = tuple(p for d in strategies for p in d.priorities)
    everything = tuple(plan_priorities) + strategy_priorities
    progress("embed", 0, len(everything), "")
    docs = ([plan] if plan else []) + list(strategies)
    f = features(everything, plan_priorities, docs, embedder, thresholds.name_weight)
    progress("embed", len(everything), len(everything), "")
    matches, bar = match_plan(f, plan, thresholds, overrides)
    themes: tuple[Theme, ...] = ()
    possible: tuple[PossibleDuplicate, ...] = ()
    if everything:
        clusterer = ThemeClusterer(thresholds.cluster)
        prepared = prepare_themes(
            everything, f.theme_similarity(thresholds.topic_weight, thresholds.population_weight), clusterer,
            plan.name if plan else None, {m.priority: m.plan_priority for m in matches} if plan else None,
            same, apart)
        themes = prepared.themes(clusterer)
        possible = possible_duplicates(prepared, themes, thresholds.review)
    alignments: tuple[Alignment, ...] = align_strategies([d.name for d in strategies], strategy_priorities, matches,
                                                         has_plan=plan is not None)
    progress("align", 1, 1, "")
    return Analysis(plan=plan, strategies=tuple(strategies), priorities=everything, themes=themes,
                    alignments=alignments, plan_matches=matches, model=tuple(sorted(model_info.items())),
                    thresholds=tuple(sorted({**dataclasses.asdict(thresholds), "bar": bar[0],
                                             "unsure_bar": bar[1]}.items())),
                    skipped=tuple(skipped), corrections=settle(outcomes, themes), possible_duplicates=possible)


def open_store(folder: Path, settings: Settings):
    from .store import MemoryStore, Store, default_store_path

    if not settings.use_store:
        return MemoryStore()
    return Store(settings.store or default_store_path(folder))


def make_embedder(settings: Settings, store):
    from .embed import CachedEmbedder, SentenceTransformerEmbedder, resolve_model

    spec = resolve_model(settings.model)
    embedder = CachedEmbedder(SentenceTransformerEmbedder(spec), store)
    info = {"name": spec.name, "sha256": spec.sha256, "path": str(spec.path), "listed": spec.listed,
            "calibrated_on": spec.calibrated_on}
    return spec, embedder, info


def page_texts(doc: Extracted) -> list[str]:
    """A document's text, page by page (read again: the store keeps only what extraction found)."""
    from .ingest import read_document

    try:
        d = read_document(Path(doc.path))
    except DocumentError:
        return []
    pages: list[list[str]] = [[] for _ in range(max(d.page_count, 1))]
    for b in d.blocks:
        if 1 <= b.page <= len(pages):
            pages[b.page - 1].append(b.text)
    return [" ".join(p) for p in pages]


def analyse(folder: Path, plan: Path | None = None, settings: Settings = Settings(),
            progress: Progress = _noop, embedder=None, corrections: Path | None = None) -> Analysis:
    """The main job: a folder of strategies (and a plan) -> an Analysis ready to report. `corrections`:
    an analyst's corrections file (default: FOLDER/corrections.csv when there is one)."""
    from .corrections import FILE_NAME, read_corrections

    plan_path, strategy_paths = locate(folder, plan)
    if corrections is not None and not corrections.is_file():
        raise InputError(f"{corrections} does not exist: check the --corrections path")
    if corrections is None and (folder / FILE_NAME).is_file():
        corrections = folder / FILE_NAME
    rows = read_corrections(corrections) if corrections is not None else ()
    store = open_store(folder, settings)
    try:
        paths = ([plan_path] if plan_path else []) + strategy_paths
        extracted, skipped = extract_documents(paths, settings, store, progress)
        by_path = {Path(e.path): e for e in extracted}
        plan_doc = by_path.get(plan_path) if plan_path else None
        strategies = [by_path[p] for p in strategy_paths if p in by_path]
        if embedder is None:
            spec, embedder, info = make_embedder(settings, store)
        else:
            from .embed import CachedEmbedder

            spec, info = None, {"name": embedder.name, "sha256": embedder.model_id}
            embedder = CachedEmbedder(embedder, store)
        thresholds = thresholds_for(spec, settings)
        info["stratalign_version"] = __version__
        return analyse_extracted(plan_doc, strategies, embedder, thresholds, info, skipped, progress, rows, page_texts)
    finally:
        store.close()
