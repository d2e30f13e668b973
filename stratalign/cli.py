"""The command line: options -> Settings -> library calls -> output. Errors become one-line messages here
and nowhere else. Heavy libraries are imported inside commands so that `--help` stays instant."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import StratalignError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_SKIPPED = 3  # the job ran, but some documents could not be read
EXIT_CHECK_FAILED = 4  # `check --fail-on` condition met
EXIT_INTERRUPTED = 130

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Group(click.Group):
    """Turns library errors into `Error: ...` lines with exit code 1, in this one place."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StratalignError as exc:
            if os.environ.get("STRATALIGN_DEBUG"):
                raise
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            if os.environ.get("STRATALIGN_DEBUG"):
                raise
            click.echo("Interrupted: everything finished so far is kept in the store; run the same command "
                       "again to resume.", err=True)
            ctx.exit(EXIT_INTERRUPTED)


class Progress:
    """A one-line progress display on stderr, only when stderr is a terminal and --quiet is off."""

    def __init__(self, quiet: bool) -> None:
        self.live = not quiet and sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int, detail: str) -> None:
        if not self.live:
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        width = 24
        filled = int(width * done / total) if total else width
        label = {"extract": "Reading documents", "embed": "Comparing priorities", "align": "Aligning"}.get(stage, stage)
        line = f"\r{label:22} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {detail[:30]:30}"
        sys.stderr.write(line)
        if done >= total:
            sys.stderr.write("\r" + " " * len(line) + "\r")
        sys.stderr.flush()


def warn(message: str) -> None:
    click.echo(f"Warning: {message}", err=True)


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="stratalign")
def cli() -> None:
    """Map partner strategies against a Police and Crime Plan: extract their priorities, find the themes
    they duplicate, and score how each supports the plan. Runs offline; nothing leaves this computer.

    \b
    Example:
        stratalign analyse corpus/
    """


def _settings(model, store, no_store, workers, reader="pdfium"):
    from .pipeline import Settings

    return Settings(model=model, store=Path(store) if store else None, use_store=not no_store,
                    workers=workers, reader=reader)


model_option = click.option("--model", envvar="STRATALIGN_MODEL", metavar="NAME|PATH",
                            help="Embedding model: a registered name or a local sentence-transformers folder "
                                 "[env: STRATALIGN_MODEL; default: all-MiniLM-L6-v2].")
store_option = click.option("--store", envvar="STRATALIGN_STORE", metavar="PATH", type=click.Path(dir_okay=False),
                            help="Where to keep the cache of extracted priorities and embeddings "
                                 "[env: STRATALIGN_STORE; default: FOLDER/.stratalign/store.db].")
no_store_option = click.option("--no-store", is_flag=True, help="Keep nothing between runs.")
workers_option = click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
                              help="Documents read in parallel.")
quiet_option = click.option("-q", "--quiet", is_flag=True, help="No progress display.")


@cli.command(context_settings=CONTEXT)
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--plan", type=click.Path(path_type=Path), help="The Police and Crime Plan "
              "[default: the single document in FOLDER/plan/].")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("stratalign-report"),
              show_default=True, help="Folder for report.html, report.json and the CSV files (priorities, themes, coverage, overlap).")
@model_option
@store_option
@no_store_option
@click.option("--corrections", type=click.Path(path_type=Path, dir_okay=False),
              help="An analyst's corrections to apply (CSV: document, priority, correction, value, note) "
                   "[default: FOLDER/corrections.csv if there is one].")
@workers_option
@quiet_option
def analyse(folder: Path, plan: Path | None, out_dir: Path, model, store, no_store, corrections, workers,
            quiet) -> None:
    """Analyse a folder of strategies against the Police and Crime Plan.

    Strategies are FOLDER/strategies/ if it exists, else the documents in FOLDER; the plan is --plan, else
    the single document in FOLDER/plan/. Without a plan, priorities are still extracted and clustered.
    An analyst's corrections (FOLDER/corrections.csv) are applied and listed in the report.
    Exit codes: 0 done, 1 error, 3 done but some documents could not be read.

    \b
    Example:
        stratalign analyse corpus/ --out report/
    """
    from .corrections import FILE_NAME as CORRECTIONS_FILE
    from .pipeline import analyse as run
    from .report import build_report, write_all

    settings = _settings(model, store, no_store, workers)
    analysis = run(folder, plan, settings, progress=Progress(quiet), corrections=corrections)
    for s in analysis.skipped:
        warn(f"skipped {s.path}: {s.reason}")
    for o in analysis.corrections:
        if not o.applied:
            warn(f"{corrections or folder / CORRECTIONS_FILE} row {o.correction.row} not applied: {o.reason}")
    for d in ([analysis.plan] if analysis.plan else []) + list(analysis.strategies):
        if not d.priorities:
            warn(f"found no priorities in {d.path}: see what was read with `stratalign extract {d.path} --explain`")
    report = build_report(analysis)
    write_all(report, out_dir)
    click.echo(summary_text(report, out_dir))
    if analysis.skipped:
        sys.exit(EXIT_SKIPPED)


def summary_text(report: dict, out_dir: Path) -> str:
    s = report["summary"]
    lines = [f"stratalign {report['stratalign_version']} · model {report['model'].get('name')}"]
    plan = report.get("plan")
    if plan:
        lines.append(f"Plan: {plan['title']} ({len(plan['priorities'])} priorities)")
        if not plan["priorities"]:
            lines.append(f"Warning: no priorities were found in the plan {plan['name']}, so nothing can support it: "
                         f"add them in corrections.csv, or see why with `stratalign extract --explain`")
    else:
        lines.append("Plan: none given (overlap report only; alignment needs a plan in FOLDER/plan/ or --plan)")
    lines.append(f"{s['strategy_priorities']} priorities across {s['strategies']} strategies → {s['themes']} themes; "
                 f"{s['themes_in_3_plus_strategies']} themes appear in 3+ strategies, "
                 f"{s['themes_in_2_plus_strategies']} in 2+")
    if plan:
        gaps = [c for c in plan["coverage"] if c["id"] in report["gaps"]]
        if gaps:
            lines.append(f"Plan priorities with no partner support ({len(gaps)}): " + "; ".join(c["text"] for c in gaps))
        elif plan["priorities"]:
            lines.append("Every plan priority is supported by at least one strategy.")
        lines.append(f"Strategy priorities outside the plan: {s['outside_plan']}")
        lines.append("Alignment with the plan:")
        for d in sorted(report["strategies"], key=lambda d: (-(d["alignment_score"] or 0), d["name"])):
            score = "  n/a" if d["alignment_score"] is None else f"{d['alignment_score']:4.0f}%"
            lines.append(f"  {score}  {d['name']}  ({len(d['priorities'])} priorities)")
    if s["skipped"]:
        lines.append(f"Skipped {s['skipped']} document(s): see the warnings above.")
    done, not_done = s.get("corrections_applied", 0), s.get("corrections_not_applied", 0)
    if done or not_done:
        lines.append(f"Analyst's corrections: {done} of {done + not_done} applied"
                     + (" (see the warnings above)." if not_done else "."))
    if s.get("possible_duplicates"):
        lines.append(f"Possible duplicates to review: {s['possible_duplicates']} pairs (possible_duplicates.csv).")
    lines.append(f"Report: {out_dir / 'report.html'} (also report.json, priorities.csv, themes.csv, coverage.csv, "
                 "overlap.csv, possible_duplicates.csv)")
    return "\n".join(lines)


@cli.command(context_settings=CONTEXT)
@click.argument("draft", type=click.Path(path_type=Path))
@click.option("--against", type=click.Path(path_type=Path, file_okay=False), default=Path("."), show_default=True,
              help="The folder of existing strategies (with plan/ and strategies/, or the documents themselves).")
@click.option("--plan", type=click.Path(path_type=Path), help="The Police and Crime Plan [default: the single "
              "document in FOLDER/plan/].")
@click.option("--fail-on", type=click.Choice(["duplicates", "misaligned", "any"]),
              help="Exit with code 4 when the draft duplicates existing priorities, has priorities that support "
                   "no plan priority, or either.")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Also write check.html and check.json to this folder.")
@model_option
@store_option
@no_store_option
@workers_option
@quiet_option
def check(draft: Path, against: Path, plan: Path | None, fail_on: str | None, fmt: str, out_dir: Path | None,
          model, store, no_store, workers, quiet) -> None:
    """Check a draft strategy before publication.

    For each draft priority: the existing strategy priorities it duplicates (strategy, page, similarity),
    the plan priority it supports or none, and gentle flags where it is not SMART (no measurable outcome,
    no timescale, no owner); and the plan gaps the draft could help fill. Exit codes: 0 passed, 4 the
    --fail-on condition was met, 1 error.

    \b
    Example:
        stratalign check drafts/new_strategy.pdf --against corpus/ --fail-on duplicates
    """
    from .check import check_draft, result_dict, result_text

    settings = _settings(model, store, no_store, workers)
    result = check_draft(draft, against, plan, settings, progress=Progress(quiet))
    data = result_dict(result)
    if out_dir is not None:
        from .report.check_writer import write as write_check

        write_check(data, out_dir)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(result_text(data))
        if out_dir is not None:
            click.echo(f"Report: {out_dir / 'check.html'} (also check.json)")
    failed = (fail_on in ("duplicates", "any") and result.duplicates_found) or \
             (fail_on in ("misaligned", "any") and result.misaligned)
    if failed:
        sys.exit(EXIT_CHECK_FAILED)


@cli.command(context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--reader", type=click.Choice(["pdfium", "pdfplumber"]), default="pdfium", show_default=True,
              help="PDF reader: pdfium is fast; pdfplumber is the slower reference.")
@click.option("--explain", is_flag=True, help="Also show every set of candidates considered and its score "
              "(on stderr), to see why a list was or was not taken as the priorities.")
def extract(files: tuple[Path, ...], fmt: str, reader: str, explain: bool) -> None:
    """List the priorities found in each document, with their pages.

    Reads PDF, .docx, .html, .md and .txt. Exit codes: 0 done, 1 error, 3 some files could not be read.

    \b
    Example:
        stratalign extract corpus/strategies/*.pdf --format csv > priorities.csv
    """
    from .errors import DocumentError
    from .extract import extract_priorities
    from .ingest import read_document

    results = []
    failed = 0
    for path in files:
        try:
            doc = read_document(path, reader=reader)
        except DocumentError as exc:
            warn(f"skipped {exc}")
            failed += 1
            continue
        if not explain:
            results.append((doc, extract_priorities(doc)))
        else:
            from .extract import extract_and_explain

            priorities, groups = extract_and_explain(doc)
            results.append((doc, priorities))
            click.echo(f"{doc.name}: candidate sets, best first", err=True)
            for label, score, sources, texts in sorted(groups, key=lambda g: -g[1]):
                click.echo(f"  {score:5.2f}  {label:22} ({sources}): " + "; ".join(t[:50] for t in texts[:8]), err=True)
    if fmt == "json":
        out = [{"path": str(d.path), "title": d.title, "pages": d.page_count, "priorities": [
            {"id": p.id, "text": p.text, "page": p.page, "section": p.section, "label": p.label,
             "evidence": p.evidence, "description": p.description} for p in ps]} for d, ps in results]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["document", "priority_id", "priority", "page", "section", "evidence"])
        for d, ps in results:
            for p in ps:
                w.writerow([d.name, p.id, p.text, p.page, p.section, p.evidence])
    else:
        for d, ps in results:
            click.echo(f"{d.name} — {d.title} ({d.page_count} pages): {len(ps)} priorities")
            for p in ps:
                click.echo(f"  p.{p.page:<4} {p.text}")
            if not ps:
                click.echo("  (no priorities found)")
    if failed:
        sys.exit(EXIT_SKIPPED)


@cli.command(context_settings=CONTEXT)
@click.argument("golds", nargs=-1, required=True, type=click.Path(path_type=Path))
@model_option
@click.option("--store", type=click.Path(path_type=Path, dir_okay=False), help="Cache for extraction and vectors.")
@click.option("--write", is_flag=True, help="Save the chosen thresholds in the model's registry entry (models/).")
@click.option("--weight", "weights", multiple=True, metavar="AREA=W",
              help="Count an area W times (the folder name of its gold.json); repeatable.")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def calibrate(golds: tuple[Path, ...], model, store, write: bool, weights: tuple[str, ...], fmt: str) -> None:
    """Choose similarity thresholds on labelled areas (gold.json files beside their documents).

    Sweeps the clustering threshold, the alignment thresholds and how a priority's own words and its
    context are weighted, and prints duplicate F1 and alignment accuracy across the range, so you can
    see how sharp the optimum is. --write stores the choice for the model in models/.

    \b
    Example:
        stratalign calibrate corpus/gold.json tests/data/areas/thames_valley/gold.json --write
    """
    from .calibrate import format_table, load_area, sweep, write_registry
    from .embed import registry_path
    from .pipeline import Settings, make_embedder, open_store

    settings = Settings(model=model, store=store, use_store=store is not None)
    st = open_store(Path("."), settings)
    try:
        areas = [load_area(g, settings, st) for g in golds]
        spec, embedder, _ = make_embedder(settings, st)
        parsed = {}
        for item in weights:
            name, _, value = item.partition("=")
            try:
                parsed[name] = float(value)
            except ValueError:
                raise click.BadParameter(f"{item!r}: give AREA=W, e.g. london=2", param_hint="--weight") from None
        result = sweep(areas, embedder, parsed)
    finally:
        st.close()
    if fmt == "json":
        shown = {k: v for k, v in result.items() if k not in ("dup_by_area", "align_by_area")}
        click.echo(json.dumps(shown, indent=2, default=str))
    else:
        click.echo(format_table(result))
    if write:
        path = registry_path(spec.name)
        write_registry(path, result)
        click.echo(f"Wrote the thresholds to {path}")


@cli.command(context_settings=CONTEXT)
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("report", type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="List every miss, extra, wrong page and wrong alignment.")
def evaluate(gold: Path, report: Path, fmt: str, verbose: bool) -> None:
    """Score a report.json against hand-labelled gold priorities.

    Prints priority precision, recall and F1 per document and overall, page accuracy, and, where the gold
    has them, alignment and duplicate-pair scores. The gold format is described in the README.

    \b
    Example:
        stratalign analyse corpus/ --out out/ && stratalign evaluate corpus/gold.json out/report.json
    """
    from .evaluate import evaluate_files, format_text

    result = evaluate_files(gold, report)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(format_text(result, verbose))
