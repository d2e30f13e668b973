#!/usr/bin/env python3
"""Check merseyside_boroughs/gold.json against its documents, with stricter checks for this area.

Usage:  python check_gold_merseyside_boroughs.py [-v]

This area mixes printed web pages (PDF) with pages kept as published text: three .html files, one Markdown (.md)
and one plain text (.txt) file, each counted as a single page 1.  The shared checks of check_gold.py read pages with
pdfinfo and pdftotext, which cannot open those files, so this script runs them (check_gold.check, through
check_gold.run_area) with check_gold.page_text and check_gold.num_pages extended: a text file has one page, whose
text is the visible text of the HTML (script, style and head left out, entities decoded) or the Markdown / plain
text itself.  PDFs are read exactly as before.  Every gold text must then occur on its stated page, ignoring case,
whitespace, line breaks and punctuation; ids, plan references and duplicate groups must be well formed; no gold
page is page 2.

Stricter checks:

- the set: one plan and 11-13 strategies; 55-75 gold priorities in all; among the strategies exactly three .html,
  one .md and one .txt file, the rest PDFs; no document for Halton (Cheshire's force area);
- every PDF was printed by Chromium (producer Skia/PDF), is under 200 KB and has 2-8 pages; at least one is printed
  on a narrow mobile page (under 320 pt wide and taller than twice its width); one is on US Letter;
- every strategy states all its priorities on one page; gold texts carry no label ("Priority 1:", "1.") and none
  ends with a full stop;
- PDFs and text files: each gold text starts a line of its page once a label is removed (a list number, a
  Markdown heading mark "### 1.", "Priority N:"); a wrapped heading, tile or list item may continue on the next
  lines (up to three in all);
- HTML files: each gold text is the whole text of one element of the kind the page uses for its priorities
  (Knowsley: <strong class="steps__title">; VAWG: the <span class="acc__title"> of a <summary>; reoffending:
  <th scope="row">), and nothing else on the page has that text;
- the Markdown priorities are "### N. ..." headings and the plain-text ones "Priority N: ..." lines;
- the plan: six priorities, each on a page that carries its "PRIORITY N OF 6" eyebrow; P6 has no partner support;
  at least three strategy priorities support no plan priority; at least two duplicate groups span three or more
  documents; the strategy priorities in one group share their `plan` list (check_gold.group_errors).

With -v it also prints who supports each plan priority and the strategy priorities that support none.  Exit status
0 when all pass.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import check_gold  # noqa: E402
from check_gold import group_errors, norm, run_area, starts_line  # noqa: E402

GOLD = HERE / "merseyside_boroughs" / "gold.json"
TEXT_SUFFIXES = {".html", ".md", ".txt"}
LABEL = re.compile(r"^\s*(?:#{1,6}\s*)?(?:[-*\u2022]\s+)?(?:priority\s+\d+\s*:\s*)?(?:\d+[.)]?(?:\s+|$))?", re.I)
TEXT_LABEL = re.compile(r"^(?:priority|commitment|pledge)\s*\d+\s*[:.\u2013-]|^\d+[.)]?\s", re.I)
HTML_ELEMENT = {  # file name fragment -> (tag, required attribute (name, value) or None)
    "knowsley": ("strong", ("class", "steps__title")),
    "vawg": ("span", ("class", "acc__title")),
    "reoffending": ("th", ("scope", "row")),
}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "summary", "section", "header",
         "footer", "nav", "aside", "main", "article", "ul", "ol", "table", "caption", "blockquote", "figure",
         "form", "button", "details", "br", "strong", "span", "a", "label", "cite"}


class _Text(HTMLParser):
    """Visible text of an HTML page, one line per block-level element (script, style and head left out); also
    records the text of every element, for the element checks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.stack: list[tuple[str, dict, int]] = []
        self.elements: list[tuple[str, dict, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")
        if tag not in ("br", "meta", "link", "img", "input"):
            self.stack.append((tag, dict(attrs), len(self.parts)))

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                t, attrs, start = self.stack[i]
                self.elements.append((t, attrs, re.sub(r"\s+", " ", "".join(self.parts[start:])).strip()))
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def parse_html(path: Path) -> _Text:
    p = _Text()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def file_text(path: Path) -> str:
    if path.suffix == ".html":
        text = "".join(parse_html(path).parts)
        return "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())
    return path.read_text(encoding="utf-8")


_page_text, _num_pages = check_gold.page_text, check_gold.num_pages


def page_text(pdf: Path, n: int) -> str:
    if Path(pdf).suffix in TEXT_SUFFIXES:
        if n != 1:
            raise RuntimeError(f"{pdf}: a text file has page 1 only")
        return file_text(Path(pdf))
    return _page_text(pdf, n)


def num_pages(pdf: Path) -> int:
    return 1 if Path(pdf).suffix in TEXT_SUFFIXES else _num_pages(pdf)


check_gold.page_text = page_text  # used by check_gold.check through the module's globals
check_gold.num_pages = num_pages


def pdfinfo(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout


def extra(gold: dict) -> list[str]:
    errors: list[str] = []
    root = GOLD.parent
    docs, plan_rel = gold["documents"], gold["plan"]
    strategies = [r for r in docs if r != plan_rel]
    if not 11 <= len(strategies) <= 13:
        errors.append(f"{len(strategies)} strategies, expected 11-13")
    total = sum(len(d["priorities"]) for d in docs.values())
    if not 55 <= total <= 75:
        errors.append(f"{total} gold priorities, expected 55-75")
    suffixes = [Path(r).suffix for r in strategies]
    for suf, want in ((".html", 3), (".md", 1), (".txt", 1)):
        if suffixes.count(suf) != want:
            errors.append(f"{suffixes.count(suf)} {suf} strategies, expected {want}")
    if any("halton" in r.lower() for r in docs):
        errors.append("Halton is in Cheshire's force area and should not be in this area")
    mobile = letter = 0
    plan_of: dict[str, list[str]] = {}
    for rel, doc in docs.items():
        path = root / rel
        if path.suffix == ".pdf":
            info = pdfinfo(path)
            if "Skia/PDF" not in info:
                errors.append(f"{rel}: not printed by Chromium")
            n = num_pages(path)
            if not 2 <= n <= 8:
                errors.append(f"{rel}: {n} pages, expected 2-8")
            if path.stat().st_size >= 200 * 1024:
                errors.append(f"{rel}: {path.stat().st_size // 1024} KB, expected under 200 KB")
            m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
            w, h = (float(m.group(1)), float(m.group(2))) if m else (0, 0)
            mobile += w < 320 and h > 2 * w
            letter += "(letter)" in info
        elif path.suffix not in TEXT_SUFFIXES:
            errors.append(f"{rel}: unexpected file type")
        pages = {p["page"] for p in doc["priorities"]}
        if rel != plan_rel and len(pages) != 1:
            errors.append(f"{rel}: priorities on more than one page {sorted(pages)}")
        cache: dict[int, str] = {}
        parsed = parse_html(path) if path.suffix == ".html" else None
        for p in doc["priorities"]:
            if rel != plan_rel:
                plan_of[p["id"]] = sorted(p["plan"])
            if TEXT_LABEL.search(p["text"]):
                errors.append(f"{p['id']}: text keeps its label: {p['text']!r}")
            if p["text"].rstrip().endswith("."):
                errors.append(f"{p['id']}: text ends with a full stop")
            if p["page"] not in cache:
                cache[p["page"]] = page_text(path, p["page"])
            if parsed is not None:
                key = next((k for k in HTML_ELEMENT if k in rel), None)
                if key is None:
                    errors.append(f"{rel}: no element rule for this HTML file")
                    continue
                tag, (an, av) = HTML_ELEMENT[key]
                same = [e for e in parsed.elements if norm(e[2]) == norm(p["text"])]
                if not any(t == tag and av in (a.get(an) or "").split() for t, a, _ in same):
                    errors.append(f"{p['id']}: not the text of a <{tag} {an}=\"{av}\"> element")
                inner = {(t, tuple(sorted(a.items()))) for t, a, _ in same}
                if any(not (t == tag or t in ("summary", "li", "details")) for t, _ in inner):
                    errors.append(f"{p['id']}: the same text stands elsewhere on the page: {sorted(inner)}")
            elif not starts_line(p["text"], cache[p["page"]], LABEL):
                errors.append(f"{p['id']}: no line of page {p['page']} of {rel} starts with the text")
            if path.suffix == ".md" and not re.search(rf"^### \d+\. {re.escape(p['text'])}$", cache[1], re.M):
                errors.append(f"{p['id']}: not a '### N. ...' heading")
            if path.suffix == ".txt" and not re.search(rf"^Priority \d+: {re.escape(p['text'])}$", cache[1], re.M):
                errors.append(f"{p['id']}: not a 'Priority N: ...' line")
    if not mobile:
        errors.append("expected a PDF printed on a narrow mobile page")
    if not letter:
        errors.append("expected a PDF printed on US Letter")
    plan_items = docs[plan_rel]["priorities"]
    if len(plan_items) != 6:
        errors.append(f"the plan has {len(plan_items)} priorities, expected 6")
    for i, p in enumerate(plan_items, 1):
        if p["id"] != f"P{i}":
            errors.append(f"plan priority {i} has id {p['id']}")
        if f"PRIORITY {i} OF 6" not in page_text(root / plan_rel, p["page"]):
            errors.append(f"{p['id']}: page {p['page']} of the plan lacks its 'PRIORITY {i} OF 6' eyebrow")
    errors += group_errors(gold, plan_of)
    support = {p["id"]: sum(p["id"] in v for v in plan_of.values()) for p in plan_items}
    if support.get("P6", 1) != 0:
        errors.append("P6 should have no partner support")
    if sum(1 for v in plan_of.values() if not v) < 3:
        errors.append("expected at least three strategy priorities that support no plan priority")
    owner = {p["id"]: rel for rel, d in docs.items() for p in d["priorities"]}
    if sum(1 for g in gold["duplicates"] if len({owner.get(x) for x in g}) >= 3) < 2:
        errors.append("expected at least two duplicate groups spanning three or more documents")
    return errors


if __name__ == "__main__":
    sys.exit(run_area(GOLD, extra, sys.argv[1:]))
