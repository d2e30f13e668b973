#!/usr/bin/env python3
"""Check a layouts batch's gold.json against the documents beside it (tests/data/layouts, layouts2 ... 5).

    python tests/data/check_gold.py FOLDER [-v] [--gold PATH]

Every gold priority's text must be found on its gold page:
  * PDF   that page alone, from `pdftotext -f N -l N` and from `pdftotext -raw -f N -l N`
          (poppler-utils); either may match
  * DOCX  the text between explicit page breaks (w:br type="page", pageBreakBefore, a section break
          in a paragraph's properties); field results (a TOC, also inside a w:sdt content control),
          hyperlinks and text boxes (w:txbxContent, in both the DrawingML and the VML copy) are text like
          any other. Numbers and labels drawn by list numbering ("Priority %1:") are not text, so they are
          not checked. Tracked changes are read as accepted: inserted runs (w:ins) count, deleted text
          (w:delText) does not
  * TXT   the text between form feeds (page N follows the (N-1)th form feed); a UTF-8 byte-order mark is
          dropped and CRLF line ends are read as LF
  * HTML, Markdown: the whole text (the page is always 1); HTML comments, <script>, <style> and <title>
          are not text. In Markdown, each pandoc grid table is also read cell by cell, with a cell's wrapped
          lines joined, so that a priority wrapped inside a cell matches
Matching ignores runs of whitespace, typographic ligatures (NFKC), soft hyphens, quote and dash
variants, and a hyphen at a line break ("commu-\\nnities" = "communities"; "over-\\nrepresentation" =
"over-representation"); case and wording must otherwise be exact.
Also checked: every document in the folder has a gold entry and the reverse, every document is under 300 KB,
kinds are known, ids are unique, pages are inside the document, and no gold text still carries a label
("Priority 1 -", "3.1", "1.", "1)", "PRIORITY TWO", "Objective A –", "THEME 1", "Chapter 2:", "Aim 1") or a
trailing full stop. A document may have no priorities (an empty list).
With -v it lists each priority and the other pages on which the same wording appears (contents pages,
summaries, tables), which is where a tool is most likely to pick the wrong page.
Exit code 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import html.parser
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

DOC_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".md", ".txt"}
NOT_DOCUMENTS = {"README.md"}
KINDS = {"csp", "vawg", "serious_violence", "drugs", "youth_justice", "domestic_abuse", "reoffending", "plan",
         "other"}
NUMWORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
LABEL = re.compile(
    r"^\s*(?:"
    r"(?i:(?:our\s+\w+\s+)?(?:strategic\s+|local\s+|well-being\s+)?(?:priority|objective|theme|pillar|outcome|aim|mission|pledge|"
    r"commitment|chapter|step|blaenoriaeth)\s*"
    r"(?:\d+(?:\.\d+)?|[a-h]\b|[ivx]+\b|" + NUMWORDS + r")?\s*[:.\-\u2013\u2014]"
    r"|(?:priority|objective|aim|mission|theme|chapter)\s+(?:\d+|[a-h]\s*[:.\-\u2013\u2014]|" + NUMWORDS + r")\b)"
    r"|\d+(?:\.\d+)*[.)]?\s+(?=[A-Z])"
    r"|\d+(?:\.\d+)*[.)]\s"
    r"|\(?[a-h\d]\)\s"
    r")")
MAX_BYTES = 300 * 1024
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    text = re.sub(r"[\u2018\u2019\u201b\u2032`]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e]", '"', text)
    text = re.sub(r"[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def variants(raw: str) -> list[str]:
    """The text as is; with line-break hyphens dropped; with a compound's own hyphen kept at a break."""
    dropped = re.sub(r"(\w)[-\u00ad\u2010]\s*\n\s*(\w)", r"\1\2", raw)
    kept = re.sub(r"(\w)([-\u2010])\s*\n\s*(\w)", r"\1\2\3", raw)
    return [norm(raw), norm(dropped), norm(kept)]


# ------------------------------------------------------------------------------------ readers
def pdf_pages(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    n = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    pages = []
    for p in range(1, n + 1):
        both = []
        for mode in ([], ["-raw"]):
            both.append(subprocess.run(["pdftotext", "-enc", "UTF-8", *mode, "-f", str(p), "-l", str(p), str(path),
                                        "-"], capture_output=True, text=True, check=True).stdout)
        pages.append("\n\n".join(both))
    return pages


def docx_pages(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    pages: list[list[str]] = [[]]

    def block(el) -> None:
        """A body-level element: a paragraph, a table, or a content control (w:sdt) around either."""
        if el.tag == W + "p":
            paragraph(el)
        elif el.tag == W + "tbl":
            for p in el.iter(W + "p"):
                pages[-1].append("".join(t.text or "" for t in p.iter(W + "t")))
        elif el.tag == W + "sdt":
            content = el.find(W + "sdtContent")
            for child in (content if content is not None else []):
                block(child)

    def paragraph(p) -> None:
        ppr = p.find(W + "pPr")
        if ppr is not None and ppr.find(W + "pageBreakBefore") is not None and any(pages[-1]):
            pages.append([])
        buf: list[str] = []
        for el in p.iter():
            if el.tag == W + "t":
                buf.append(el.text or "")
            elif el.tag == W + "tab":
                buf.append("\t")
            elif el.tag == W + "br" and el.get(W + "type") == "page":
                pages[-1].append("".join(buf))
                buf = []
                pages.append([])
        pages[-1].append("".join(buf))
        if ppr is not None and ppr.find(W + "sectPr") is not None:
            pages.append([])

    for child in body:
        block(child)
    out = ["\n".join(p) for p in pages]
    while len(out) > 1 and not out[-1].strip():
        out.pop()
    return out


class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br", "section", "article",
             "aside", "header", "footer", "nav", "main", "ul", "ol", "details", "summary", "blockquote", "a",
             "dl", "dt", "dd", "caption", "table", "thead", "tbody", "option", "select", "button", "label",
             "form", "figcaption"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title", "template"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "template"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


GRID_SEP = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")


def grid_tables(text: str) -> str:
    """Pandoc grid tables read cell by cell: every cell's wrapped lines joined with spaces, one cell a line."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if not GRID_SEP.match(lines[i]):
            i += 1
            continue
        sep = lines[i].rstrip()
        cuts = [k for k, ch in enumerate(sep) if ch == "+"]
        i += 1
        row: list[list[str]] = [[] for _ in cuts[1:]]
        while i < len(lines) and (lines[i].lstrip().startswith("|") or GRID_SEP.match(lines[i])):
            if GRID_SEP.match(lines[i]):
                out.extend(" ".join(x for x in cell if x) for cell in row)
                row = [[] for _ in cuts[1:]]
            else:
                for c, (a, b) in enumerate(zip(cuts, cuts[1:])):
                    row[c].append(lines[i][a + 1:b].strip())
            i += 1
    return "\n".join(out)


def page_texts(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_pages(path)
    if suffix == ".docx":
        return docx_pages(path)
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    if suffix in (".html", ".htm"):
        parser = _HTMLText()
        parser.feed(text)
        return ["".join(parser.parts)]
    if suffix == ".md":
        return [text + "\n\n" + grid_tables(text)]
    if suffix == ".txt":
        pages = text.split("\f")
        if len(pages) > 1 and not pages[-1].strip():
            pages.pop()  # pdftotext ends every page, the last one too, with a form feed
        return pages
    return [text]


# ------------------------------------------------------------------------------------ checks
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every priority checked")
    ap.add_argument("folder", type=Path, help="the batch folder, e.g. tests/data/layouts5")
    ap.add_argument("--gold", type=Path, help="the gold file [default: FOLDER/gold.json]")
    args = ap.parse_args()
    args.gold = args.gold or args.folder / "gold.json"
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    folder = args.folder
    passed = 0
    problems: list[str] = []

    on_disk = {p.name for p in folder.iterdir() if p.suffix.lower() in DOC_SUFFIXES and p.name not in NOT_DOCUMENTS}
    for name in sorted(on_disk - set(gold["documents"])):
        problems.append(f"{name}: document has no gold entry")
    for name in sorted(set(gold["documents"]) - on_disk):
        problems.append(f"{name}: gold entry but no such document")
    for name in sorted(on_disk):
        size = (folder / name).stat().st_size
        if size > MAX_BYTES:
            problems.append(f"{name}: {size} bytes, over the {MAX_BYTES} byte limit")

    seen: dict[str, str] = {}
    for name, doc in sorted(gold["documents"].items()):
        path = folder / name
        if not path.exists():
            continue
        if doc.get("kind") not in KINDS:
            problems.append(f"{name}: kind {doc.get('kind')!r} not in {sorted(KINDS)}")
        if not doc.get("title"):
            problems.append(f"{name}: no title")
        pages_v = [variants(t) for t in page_texts(path)]
        for pr in doc["priorities"]:
            pid, text, page = pr["id"], pr["text"], pr["page"]
            if pid in seen:
                problems.append(f"{name} {pid}: id already used in {seen[pid]}")
            seen[pid] = name
            if LABEL.match(text):
                problems.append(f"{name} {pid}: text still carries its label: {text!r}")
            if text != text.strip() or text.endswith("."):
                problems.append(f"{name} {pid}: stray whitespace or trailing full stop: {text!r}")
            if not isinstance(pr.get("plan"), list):
                problems.append(f"{name} {pid}: 'plan' must be a list")
            if not 1 <= page <= len(pages_v):
                problems.append(f"{name} {pid}: page {page} outside 1..{len(pages_v)}")
                continue
            want = norm(text)
            if any(want in v for v in pages_v[page - 1]):
                passed += 1
                if args.verbose:
                    other = [n + 1 for n, vs in enumerate(pages_v) if n + 1 != page and any(want in v for v in vs)]
                    also = f"  (also on page {', '.join(map(str, other))})" if other else ""
                    print(f"ok   {name} p{page} {pid}: {text}{also}")
            else:
                where = [n + 1 for n, vs in enumerate(pages_v) if any(want in v for v in vs)]
                hint = f"; found on page(s) {where}" if where else "; not found on any page"
                problems.append(f"{name} {pid}: {text!r} not on page {page}{hint}")
    for p in problems:
        print("FAIL " + p)
    print(f"{passed} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
