#!/usr/bin/env python3
"""Check gold.json against the documents in this folder.

    python tests/data/layouts/check_gold.py [-v]

For every gold priority, its text must appear on its page:
  * PDF   the text of that page only, from `pdftotext -f N -l N` and `pdftotext -raw -f N -l N`
          (poppler-utils); either may match
  * DOCX  the text between the explicit page breaks (w:br type=page, pageBreakBefore, section breaks)
  * HTML, Markdown, plain text: the whole text (the page is always 1)
Matching ignores runs of whitespace, typographic ligatures (NFKC), quote and dash variants, and a
hyphen at a line break ("commu-\\nnities" matches "communities", "over-\\nrepresentation" matches
"over-representation"); case and wording must be exact.
It also checks that every document in the folder has a gold entry (and the reverse), that ids are
unique, that pages are within the document, and that no gold text still carries its label.
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

HERE = Path(__file__).resolve().parent
DOC_SUFFIXES = {".pdf", ".docx", ".html", ".md", ".txt"}
NOT_DOCUMENTS = {"README.md"}
KINDS = {"csp", "vawg", "serious_violence", "drugs", "youth_justice", "domestic_abuse", "plan", "other"}
LABEL = re.compile(r"^\s*(?:(?:our\s+\w+\s+)?(?:strategic\s+)?(?:priority|objective|theme|pillar|outcome)\s*"
                   r"(?:\d+|[a-h]\b|[ivx]+\b|one|two|three|four|five|six)?\s*[:.\-\u2013\u2014]|\d+[.)]\s)",
                   re.IGNORECASE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "")
    text = re.sub(r"[\u2018\u2019\u201b\u2032]", "'", text)
    text = re.sub(r"[\u201c\u201d]", '"', text)
    text = re.sub(r"[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def variants(raw: str) -> list[str]:
    """The page text as is; with line-break hyphens dropped (commu-|nities); and with a compound's own
    hyphen kept at a line break (over-|representation)."""
    dropped = re.sub(r"(\w)[-\u00ad\u2010]\s*\n\s*(\w)", r"\1\2", raw)
    kept = re.sub(r"(\w)([-\u2010])\s*\n\s*(\w)", r"\1\2\3", raw)
    return [norm(raw), norm(dropped), norm(kept)]


# ---------------------------------------------------------------- readers
def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def pdf_page_text(path: Path, page: int) -> str:
    """pdftotext's reading-order text, then its -raw (content stream order) text of the same page.
    The default mode joins line-end hyphens itself ("over-|representation" -> "overrepresentation"),
    so -raw is what keeps a compound's hyphen."""
    out = []
    for mode in ([], ["-raw"]):
        out.append(subprocess.run(["pdftotext", "-enc", "UTF-8", *mode, "-f", str(page), "-l", str(page),
                                   str(path), "-"], capture_output=True, text=True, check=True).stdout)
    return "\n\n".join(out)


def docx_pages(path: Path) -> list[str]:
    """Split a .docx into pages at explicit page breaks only."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    pages: list[list[str]] = [[]]

    def para_text(p) -> None:
        ppr = p.find(W + "pPr")
        if ppr is not None and ppr.find(W + "pageBreakBefore") is not None and any(pages[-1]):
            pages.append([])
        buf = []
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
        if child.tag == W + "p":
            para_text(child)
        elif child.tag == W + "tbl":
            for p in child.iter(W + "p"):
                pages[-1].append("".join(t.text or "" for t in p.iter(W + "t")))
    return ["\n".join(p) for p in pages if any(x.strip() for x in p)] or [""]


class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br", "section", "ul", "ol"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    p = _HTMLText()
    p.feed(path.read_text(encoding="utf-8"))
    return "".join(p.parts)


def page_texts(path: Path) -> list[str]:
    """Every page's text (1-based list index + 1)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return [pdf_page_text(path, n) for n in range(1, pdf_pages(path) + 1)]
    if suffix == ".docx":
        return docx_pages(path)
    if suffix == ".html":
        return [html_text(path)]
    return [path.read_text(encoding="utf-8")]


# ---------------------------------------------------------------- checks
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every priority checked")
    ap.add_argument("--gold", type=Path, default=HERE / "gold.json")
    args = ap.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    folder = args.gold.parent
    passed = failed = 0
    problems: list[str] = []

    def fail(msg: str) -> None:
        nonlocal failed
        failed += 1
        problems.append(msg)

    on_disk = {p.name for p in folder.iterdir() if p.suffix.lower() in DOC_SUFFIXES and p.name not in NOT_DOCUMENTS}
    labelled = set(gold["documents"])
    for name in sorted(on_disk - labelled):
        fail(f"{name}: document has no gold entry")
    for name in sorted(labelled - on_disk):
        fail(f"{name}: gold entry but no such document")

    seen_ids: dict[str, str] = {}
    for name, doc in sorted(gold["documents"].items()):
        path = folder / name
        if not path.exists():
            continue
        if doc.get("kind") not in KINDS:
            fail(f"{name}: kind {doc.get('kind')!r} is not one of {sorted(KINDS)}")
        if not doc.get("title"):
            fail(f"{name}: no title")
        pages = page_texts(path)
        pages_v = [variants(t) for t in pages]
        for pr in doc["priorities"]:
            pid, text, page = pr["id"], pr["text"], pr["page"]
            if pid in seen_ids:
                fail(f"{name} {pid}: id already used in {seen_ids[pid]}")
            seen_ids[pid] = name
            if LABEL.match(text):
                fail(f"{name} {pid}: text still carries its label: {text!r}")
            if text != text.strip() or text.endswith("."):
                fail(f"{name} {pid}: stray whitespace or trailing full stop: {text!r}")
            if not 1 <= page <= len(pages):
                fail(f"{name} {pid}: page {page} outside 1..{len(pages)}")
                continue
            want = norm(text)
            if any(want in v for v in pages_v[page - 1]):
                passed += 1
                if args.verbose:
                    elsewhere = [n + 1 for n, vs in enumerate(pages_v) if n + 1 != page and any(want in v for v in vs)]
                    also = f"  (also on page {', '.join(map(str, elsewhere))})" if elsewhere else ""
                    print(f"ok   {name} p{page} {pid}: {text}{also}")
            else:
                where = [n + 1 for n, vs in enumerate(pages_v) if any(want in v for v in vs)]
                hint = f"; found on page(s) {where}" if where else "; not found on any page"
                fail(f"{name} {pid}: {text!r} not on page {page}{hint}")
        if not doc["priorities"] and args.verbose:
            print(f"ok   {name}: no priorities (negative case), {len(pages)} page(s)")
    for p in problems:
        print("FAIL " + p)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
