"""Word (.docx), web pages (.html), Markdown (.md) and plain text (.txt) into the same blocks as PDFs.

These formats state their structure (heading styles, <h2>, "##"), so no layout analysis is needed: each
reader maps it onto headings with levels, paragraphs (with a bold run-in title as `lead`), list items
and table cells. Pages are counted from explicit page breaks where the format has them, else page 1.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

from ..errors import DocumentError
from ..models import HEADING, ITEM, PARAGRAPH, TOC, Block, Document
from .pages import furniture_key
from .pdf import LIGATURES

BODY = 11.0
LEAD_TRIM = " .:–—-"  # trimmed off the end of a bold run-in title ("Priority 1:", "Prevention –")


def _heading_size(level: int) -> float:
    return round(BODY * max(1.05, 2.0 - 0.15 * level), 1)


def _heading(text: str, level: int, page: int, **kw) -> Block:
    return Block(kind=HEADING, text=text, page=page, size=_heading_size(level), bold=True, level=level, **kw)


_CLEAN = str.maketrans({**LIGATURES, "\u00ad": "", "\xa0": " "})
_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_CLEAN)).strip()


def _cell(text: str, page: int, table: int, row: int, col: int, bold: bool = False, marker: str = "") -> Block:
    """A table cell's paragraph, or with a marker one of its list items."""
    return Block(kind=ITEM if marker else PARAGRAPH, text=text, page=page, size=BODY, table=table, row=row, col=col,
                 marker=marker, bold=bold)


def read_other(path: Path, digest: str) -> Document:
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            from .word import read_docx

            title, blocks, pages = read_docx(path)
            fmt = "docx"
        elif suffix in (".html", ".htm"):
            title, blocks, pages = _read_html(path)
            fmt = "html"
        elif suffix in (".md", ".markdown"):
            title, blocks, pages = _read_markdown(_text(path))
            fmt = "md"
        else:
            text = _text(path)
            title, blocks, pages = _read_delimited(text) if _looks_delimited(text) else _read_text(text)
            fmt = "txt"
    except DocumentError:
        raise
    except Exception as exc:  # each library fails in its own way on a damaged file
        raise DocumentError(str(path), f"cannot be read as {suffix[1:]} ({type(exc).__name__})",
                            "check it opens in its usual program, or save it again as PDF") from None
    if not any(b.text for b in blocks):
        raise DocumentError(str(path), "contains no text", "check it is the right file")
    return Document(path=str(path), name=path.name, sha256=digest, format=fmt,
                    title=title or path.stem.replace("_", " "), page_count=pages, body_size=BODY,
                    blocks=tuple(blocks))


def _looks_delimited(text: str) -> bool:
    """A spreadsheet saved as tab-delimited text: most lines hold two or more tabs."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) >= 4 and sum(ln.count("\t") >= 2 for ln in lines) >= 0.6 * len(lines)


def _read_delimited(text: str) -> tuple[str, list[Block], int]:
    """A sheet saved as text: lines with one filled cell are its title and notes; the first row of three or
    more filled cells is a table's header, and the rows under it its cells (a cell that Excel quoted may
    run over lines). A blank row or a row of one cell ends the table."""
    blocks: list[Block] = []
    tables, row, in_table = 0, 0, False
    for cells in csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"):
        filled = [(c, _clean(v)) for c, v in enumerate(cells) if _clean(v)]
        if in_table and len(filled) >= 2:
            for c, v in filled:
                blocks.append(_cell(v, 1, tables, row, c, bold=row == 0))
            row += 1
            continue
        if in_table:
            tables, in_table = tables + 1, False
        if len(filled) >= 3:
            in_table, row = True, 1
            for c, v in filled:
                blocks.append(_cell(v, 1, tables, 0, c, bold=True))
        elif filled:
            line = " ".join(v for _, v in filled)
            if not blocks:
                blocks.append(_heading(line, 1, 1))
            else:
                blocks.append(Block(kind=PARAGRAPH, text=line, page=1, size=BODY))
    title = next((b.text for b in blocks if b.kind == HEADING), "")
    return title, blocks, 1


def _text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")  # every byte is a latin-1 character, so this cannot fail


# --- html -----------------------------------------------------------------------------------------

def _read_html(path: Path) -> tuple[str, list[Block], int]:
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(_text(path), "html.parser")
    for t in soup(["script", "style", "noscript", "template", "nav", "svg", "select", "form"]):
        t.decompose()
    # cookie and menu buttons are chrome, but an accordion's title is a button inside its heading, and a
    # tab's label names the panel it opens
    for t in soup("button"):
        if t.find_parent(["h1", "h2", "h3", "h4", "h5", "h6", "summary"]) is None and t.get("role") != "tab":
            t.decompose()
    title = _clean(soup.title.get_text()) if soup.title else ""
    # a saved web page: the strategy is in <main> (or the article), not the site's header, menus and footer
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article")
    if root is None:
        root = soup.body or soup
        for t in root.find_all(["header", "footer", "aside"]):
            t.decompose()
    for t in root.find_all(class_=re.compile(r"cookie|breadcrumb|skip-link|visually-hidden|sr-only", re.IGNORECASE)):
        if re.fullmatch(r"h[1-6]", t.name or "") and not re.search(r"cookie|breadcrumb|skip", " ".join(t.get("class", []))):
            continue  # a heading only screen readers announce ("Our priorities") still heads what follows
        t.decompose()
    blocks: list[Block] = []
    tables = [0]
    last_level = [1]

    def lead_of(el: Tag) -> str:
        first = next((c for c in el.children if not (isinstance(c, NavigableString) and not c.strip())), None)
        if isinstance(first, Tag) and first.name in ("strong", "b"):
            return _clean(first.get_text()).rstrip(LEAD_TRIM)
        return ""

    def list_items(lst: Tag, depth: int) -> None:
        # <ol start="3">: a list carried on after text (each priority its own one-item list, as Google
        # Docs exports a list broken by paragraphs)
        first = int(lst["start"]) if lst.name == "ol" and str(lst.get("start", "")).isdigit() else 1
        for n, li in enumerate(lst.find_all("li", recursive=False), start=first):
            nested = li.find_all(["ul", "ol"], recursive=False)
            for sub in nested:
                sub.extract()  # the item's own text, without its sub-list's
            text = _clean(li.get_text(" "))
            if text:
                blocks.append(Block(kind=ITEM, text=text, page=1, size=BODY, level=depth,
                                    marker=f"{n}." if lst.name == "ol" else "•", lead=lead_of(li), x0=depth * 18.0))
            for sub in nested:
                list_items(sub, depth + 1)

    def table(el: Tag) -> None:
        t = tables[0]
        tables[0] += 1
        for r, c, cell in _html_grid(el):
            # a table inside the cell is a table of its own, read after the cell's own text
            inner = [x for x in cell.find_all("table") if x.find_parent("table") is el]
            for x in inner:
                x.extract()
            # a list in a cell: the cell's other text first, then its items
            items = cell.find_all("li")
            parts = [_clean(x.get_text(" ")) for x in items]
            for li in items:
                li.decompose()
            rest = _clean(cell.get_text(" "))
            if rest:
                blocks.append(_cell(rest, 1, t, r, c, bold=cell.name == "th" or cell.find(["strong", "b"]) is not None))
            blocks.extend(_cell(part, 1, t, r, c, marker="•") for part in parts if part)
            for x in inner:
                table(x)

    def walk(el: Tag, depth: int) -> None:
        for child in el.children:
            if isinstance(child, NavigableString):
                if type(child) is not NavigableString:
                    continue  # a comment (Outlook's <!--[if mso]> tables), a doctype, CDATA
                text = _clean(str(child))
                if text and el.name not in ("ul", "ol", "table", "tr", "thead", "tbody"):
                    blocks.append(_styled_block(el, text))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                text = _clean(child.get_text(" "))
                if text:
                    last_level[0] = int(name[1])
                    blocks.append(_heading(text, int(name[1]), 1))
            elif name == "details":
                # an accordion's visible title heads the content it opens, one level below the heading
                # the accordion sits under, whatever headings the opened content uses itself
                outer = last_level[0]
                summary = child.find("summary")
                if summary is not None:
                    text = _clean(summary.get_text(" "))
                    summary.extract()
                    if text:
                        blocks.append(_heading(text, min(6, outer + 1), 1))
                        last_level[0] = min(6, outer + 1)
                walk(child, depth)
                last_level[0] = outer
            elif name == "summary":
                text = _clean(child.get_text(" "))
                if text:
                    blocks.append(_heading(text, min(6, last_level[0] + 1), 1))
            elif name == "dl":
                for item in child.find_all(["dt", "dd"]):
                    text = _clean(item.get_text(" "))
                    if not text:
                        continue
                    if item.name == "dt":
                        blocks.append(Block(kind=ITEM, text=text, page=1, size=BODY, level=depth, marker="•",
                                            bold=True, x0=depth * 18.0))
                    else:  # the description under its term, indented like a list item's second line
                        blocks.append(Block(kind=PARAGRAPH, text=text, page=1, size=BODY, x0=depth * 18.0 + 20))
            elif name == "p":
                text = _clean(child.get_text(" "))
                if text:
                    strong = child.find(["strong", "b"])
                    typed = TYPED_MARKER.match(text)
                    word_list = "msolist" in " ".join(child.get("class") or []).lower()
                    if typed and (typed.group(1) in TYPED_BULLETS or word_list):
                        # Word's "Web Page, Filtered": a list is paragraphs with the number or bullet typed in
                        rest = text[typed.end():]
                        bolds = [_clean(b.get_text(" ")) for b in child.find_all(["strong", "b"])]
                        lead = next((b.rstrip(LEAD_TRIM) for b in bolds if len(b) > 3 and rest.startswith(b)), "")
                        blocks.append(Block(kind=ITEM, text=rest, page=1, size=BODY, level=depth, lead=lead,
                                            marker="•" if typed.group(1) in TYPED_BULLETS else typed.group(1),
                                            x0=depth * 18.0 + _margin_left(child)))
                        continue
                    blocks.append(Block(kind=PARAGRAPH, text=text, page=1, size=BODY, lead=lead_of(child),
                                        bold=strong is not None and _clean(strong.get_text(" ")) == text))
            elif name in ("ul", "ol"):
                list_items(child, depth)
            elif child.get("role") == "tablist":
                # tabs name the panels they open: a list of titles, as a reader scans them
                for tab in child.find_all(attrs={"role": "tab"}):
                    text = _clean(tab.get_text(" "))
                    if text:
                        blocks.append(Block(kind=ITEM, text=text, page=1, size=BODY, level=depth, marker="•",
                                            x0=depth * 18.0))
            elif name == "table" and child.get("role") in ("presentation", "none"):
                # a layout table (an e-mail's columns and cards): read its cells in order, as the page flows
                for _, _, cell in _html_grid(child):
                    walk(cell, depth)
            elif name == "table":
                table(child)
            elif name in ("br", "hr", "img"):
                continue
            else:
                walk(child, depth)

    walk(root, 0)
    if not title:
        title = next((b.text for b in blocks if b.kind == HEADING), "")
    return title, blocks, 1


def _styled_block(el, text: str) -> Block:
    """Text set straight in an element that styles it inline (an e-mail's <td style="font-size:16px;
    font-weight:bold">): a short bold line larger than the body is a heading, by its size."""
    style = (el.get("style") or "").lower() if hasattr(el, "get") else ""
    size = re.search(r"font-size:\s*([\d.]+)(px|pt)", style)
    pt = float(size.group(1)) * (0.75 if size.group(2) == "px" else 1.0) if size else None
    bold = bool(re.search(r"font-weight:\s*(?:bold|[6-9]00)", style))
    if (bold and pt is not None and pt > BODY and len(text.split()) <= 15
            and not text.endswith((".", ":"))):
        level = 2 if pt >= 18 else 3 if pt >= 15 else 4
        return _heading(text, level, 1)
    return Block(kind=PARAGRAPH, text=text, page=1, size=BODY, bold=bold)


def _margin_left(el) -> float:
    """An element's inline left margin in points (Word's HTML indents list levels this way)."""
    m = re.search(r"margin-left:\s*(-?[\d.]+)(pt|in|cm|px)", el.get("style") or "")
    if not m:
        return 0.0
    return float(m.group(1)) * {"pt": 1.0, "in": 72.0, "cm": 28.35, "px": 0.75}[m.group(2)]


TYPED_BULLETS = "·•▪§o"  # what Word types for a bullet in its filtered HTML (Symbol, Wingdings and Courier "o")
TYPED_MARKER = re.compile(rf"^([{TYPED_BULLETS}]|\d{{1,2}}[.)]|\(?[a-z]\))\s+")


def _html_grid(table):
    """(row, column, cell) for each cell of an HTML table, with the columns that rowspan and colspan
    cells occupy counted, so that a column means the same thing on every row."""
    taken: set[tuple[int, int]] = set()
    out = []
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]  # not a nested table's rows
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in taken:
                c += 1
            try:
                rows, cols = int(cell.get("rowspan", 1) or 1), int(cell.get("colspan", 1) or 1)
            except ValueError:
                rows, cols = 1, 1
            for dr in range(rows):
                for dc in range(cols):
                    taken.add((r + dr, c + dc))
            out.append((r, c, cell))
            c += cols
    return out


# --- markdown -------------------------------------------------------------------------------------

_MD_ITEM = re.compile(r"^\s*([-*+•]|\d{1,2}[.)])\s+")  # "- ", "* ", "1. ", "2) " after any indent
_MD_LEAD = re.compile(r"^(\*\*|__)(.+?)\1")  # a bold run-in title: **Prevention.** or __Prevention.__
_CELL_BULLET = re.compile(r"^[-*•]\s+")  # a bullet typed in a table cell


def _split_bullet(part: str) -> tuple[str, str]:
    """A table cell's "- text" -> ("text", "•"); any other part -> (part, "")."""
    m = _CELL_BULLET.match(part)
    return (part[m.end():], "•") if m else (part, "")


# Markdown exported from SharePoint or Confluence carries HTML: comments, <div> wrappers on lines of
# their own, <br> hard breaks inside a paragraph, inline <span>s
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
TAG_LINE = re.compile(r"^\s*(?:</?(?:div|section|article|span|p)\b[^>]*>\s*)+$", re.IGNORECASE)
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
BLOCKQUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")


def _markdown_lines(text: str) -> list[str]:
    """The Markdown's lines with its HTML reduced to Markdown: comments dropped, wrapper tags made blank
    lines, and a <br> outside a table a paragraph break (each part of "**Priority one**<br>**Safe homes**"
    is a line of its own, as it is on the page)."""
    text = HTML_COMMENT.sub("", text.replace("\r\n", "\n"))
    out = []
    for line in text.split("\n"):
        # a blockquote ("> **Image description:** ... > - item") holds Markdown of its own: read it as such
        line = BLOCKQUOTE.sub("", line)
        if TAG_LINE.match(line):
            out.append("")
        elif BREAK.search(line) and not line.lstrip().startswith("|"):
            for part in BREAK.split(line):
                out += [part, ""]
        else:
            out.append(line)
    return out


def _read_markdown(text: str) -> tuple[str, list[Block], int]:
    blocks: list[Block] = []
    lines = _markdown_lines(text)
    para: list[str] = []
    tables = 0
    in_table = False
    table_row = 0
    page = 1
    front_title = ""
    if lines and lines[0].strip() == "---":
        # YAML front matter (a wiki or static-site export): metadata, not text; its title is the title
        end = next((k for k in range(1, min(len(lines), 200)) if lines[k].strip() in ("---", "...")), None)
        if end is not None:
            for meta in lines[1:end]:
                tm = re.match(r"^title:\s*(.+?)\s*$", meta)
                if tm:
                    front_title = _clean(tm.group(1).strip("\"'"))
            lines = [""] * (end + 1) + lines[end + 1:]

    def flush() -> None:
        if para:
            joined = _clean(" ".join(para))
            lead = ""
            m = _MD_LEAD.match(joined)
            if m:
                lead = _strip_md(m.group(2)).rstrip(LEAD_TRIM)
            text = _strip_md(joined)
            bold = bool(m) and _strip_md(m.group(0)) == text
            if bold and len(text.split()) <= 15 and not text.endswith((".", ":")):
                # a short line all in bold: the heading of a page written without "#" headings
                blocks.append(_heading(text, 4, page))
            else:
                blocks.append(Block(kind=PARAGRAPH, text=text, page=page, size=BODY, lead=lead, bold=bold))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if "\f" in line:
            page += line.count("\f")
            stripped = stripped.replace("\f", "")
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        grid = _grid_table(lines, i) if stripped.startswith("+-") else None
        if grid is not None:
            # a pandoc grid table: cells that wrap over several lines, a list inside a cell
            flush()
            rows, i = grid
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    for part in cell:
                        text, marker = _split_bullet(part)  # the bullet off first, then the markup
                        text = _strip_md(text)
                        if text:
                            blocks.append(_cell(text, page, tables, r, c, bold=r == 0, marker=marker))
            tables += 1
            continue
        if stripped.startswith("|") and stripped.count("|") >= 2:
            flush()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                i += 1
                continue
            if not in_table:
                in_table, table_row = True, 0
            for c, cell in enumerate(cells):
                for raw in re.split(r"<br\s*/?>", cell):
                    part = _strip_md(raw)  # the markup off first, then the bullet
                    text, marker = _split_bullet(part)
                    if text:  # bold: a header row, or a cell that starts in bold (seen before the ** go)
                        blocks.append(_cell(text, page, tables, table_row, c, marker=marker,
                                            bold=table_row == 0 or raw.strip().startswith("**")))
            table_row += 1
            i += 1
            continue
        if in_table:
            tables += 1
            in_table = False
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
        if m:
            flush()
            blocks.append(_heading(_strip_md(m.group(2)), len(m.group(1)), page))
        elif stripped and nxt and re.fullmatch(r"=+|-+", nxt) and (not para or len(para) <= 2):
            # a setext heading: the lines above the underline (a heading may run over two)
            text = " ".join(para + [stripped])
            para.clear()
            blocks.append(_heading(_strip_md(text), 1 if nxt.startswith("=") else 2, page))
            i += 1
        elif mm := _MD_ITEM.match(line):
            flush()
            indent = len(line) - len(line.lstrip())
            item = line[mm.end():]
            while i + 1 < len(lines) and lines[i + 1].startswith(" " * (indent + 2)) and lines[i + 1].strip() \
                    and not _MD_ITEM.match(lines[i + 1]):
                i += 1
                item += " " + lines[i].strip()
            if re.fullmatch(r"\[[^\]]+\]\(#[^)]*\)", item.strip()):
                # "On this page" links to the page's own headings: a contents list, not content
                blocks.append(Block(kind=TOC, text=_strip_md(item), page=page, level=indent // 2 + 1, target=page))
                i += 1
                continue
            lead = ""
            lm = _MD_LEAD.match(item.strip())
            if lm:
                lead = _strip_md(lm.group(2)).rstrip(LEAD_TRIM)
            blocks.append(Block(kind=ITEM, text=_strip_md(item), page=page, size=BODY, level=indent // 2,
                                marker="•" if mm.group(1) in "-*+•" else mm.group(1), lead=lead, x0=float(indent * 6)))
        elif not stripped:
            flush()
        else:
            para.append(stripped)
        i += 1
    flush()
    title = front_title or next((b.text for b in blocks if b.kind == HEADING), "")
    return title, blocks, page


def _grid_table(lines: list[str], start: int) -> tuple[list[list[list[str]]], int] | None:
    """Parse a pandoc grid table starting at lines[start] ("+----+----+"). Returns the rows (each a list
    of cells, each a list of the cell's paragraphs and list items, wrapped lines joined) and the index
    of the first line after the table."""
    border = lines[start].strip()
    if not re.fullmatch(r"\+(?:[-=:]+\+)+", border):
        return None
    indent = len(lines[start]) - len(lines[start].lstrip())
    cuts = [k for k, ch in enumerate(border) if ch == "+"]
    rows: list[list[list[str]]] = []
    current: list[list[str]] = []
    i = start + 1
    while i < len(lines):
        line = lines[i][indent:] if len(lines[i]) > indent else lines[i].strip()
        if re.fullmatch(r"\+(?:[-=:]+\+)+", line.strip()):
            if current:
                rows.append([_cell_parts(col) for col in current])
            current = []
            i += 1
            if i >= len(lines) or not lines[i].strip().startswith(("|", "+")):
                break
            continue
        if not line.startswith("|"):
            break
        cols = [line[a + 1:b] for a, b in zip(cuts, cuts[1:])]
        if not current:
            current = [[] for _ in cols]
        for k, col in enumerate(cols[: len(current)]):
            current[k].append(col.rstrip())
        i += 1
    return (rows, i) if rows else None


def _cell_parts(col_lines: list[str]) -> list[str]:
    """A grid-table cell's lines -> its paragraphs and list items, each with its wrapped lines joined."""
    parts: list[str] = []
    for raw in col_lines:
        text = raw.strip()
        if not text:
            if parts and parts[-1]:
                parts.append("")
            continue
        if _CELL_BULLET.match(text) or not parts or not parts[-1]:
            parts.append(text)
        else:
            parts[-1] += " " + text
    return [p for p in parts if p]


def _strip_md(text: str) -> str:
    text = re.sub(r"\[\]\{[^}]*\}", "", text)  # pandoc anchors: []{#_Toc123 .anchor}
    text = re.sub(r"\[\^\d+\]", "", text)  # footnote references
    text = text.replace("---", "—").replace("--", "–")  # pandoc's dashes
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = text.replace("`", "")
    text = re.sub(r"</?[a-zA-Z][^>]*>", " ", text)  # inline HTML: <span style=...>, <strong>
    return _clean(text)


# --- plain text -----------------------------------------------------------------------------------

COLUMN_GAP = re.compile(r"\S( {3,})\S")
CHAR_W, LINE_H, SIZE = 6.0, 12.0, 10.0  # a text page as a grid of points, for the PDF layout code


def _looks_laid_out(text: str) -> bool:
    """A `pdftotext -layout` style dump: text set side by side in columns separated by runs of spaces."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    wide = sum(1 for ln in lines if COLUMN_GAP.search(ln.strip()))
    return len(lines) >= 10 and wide >= 0.15 * len(lines)


def _read_laid_out(text: str) -> tuple[str, list[Block], int]:
    """Columns of a laid-out text page are found as in a PDF: each run of words is placed on a grid
    and the page is cut into columns and rows (XY-cut), then read region by region."""
    from .layout import blocks_from_region
    from .lines import Frag
    from .pdf import RawPage
    from .regions import reading_order

    blocks: list[Block] = []
    pages = text.replace("\r\n", "\n").split("\f")
    region_base = 0
    for number, page_text in enumerate(pages, start=1):
        lines = page_text.split("\n")
        frags: list[Frag] = []
        for row, line in enumerate(lines):
            for m in re.finditer(r"\S+(?: {1,2}\S+)*", line):
                x0, x1 = m.start() * CHAR_W, m.end() * CHAR_W
                frags.append(Frag(text=m.group(0), x0=x0, top=row * LINE_H, x1=x1, bottom=row * LINE_H + SIZE,
                                  size=SIZE, bold=False, color=0, char_x=[x0 + k * CHAR_W for k in range(12)]))
        frags = _number_markers(frags)
        width = max((len(ln) for ln in lines), default=80) * CHAR_W
        raw = RawPage(number, width, max(len(lines), 1) * LINE_H)
        regions, _ = reading_order(frags, raw, SIZE, 0)
        for region in regions:
            for b in blocks_from_region(region, number, SIZE, region_base):
                blocks.append(_text_heading(b))
            region_base += 1
    blocks = [b for b in blocks if not re.fullmatch(r"(?:page\s+)?\d{1,3}", b.text, re.IGNORECASE)]
    title = _text_title(blocks)
    return title, blocks, len(pages)


def _number_markers(frags):
    """A bare "1" (or "(iv)", "b.") set apart before its title is that title's number."""
    skip: set[int] = set()
    by_row: dict[float, list] = {}
    for f in frags:
        by_row.setdefault(f.top, []).append(f)
    for row in by_row.values():
        row.sort(key=lambda f: f.x0)
        for a, b in zip(row, row[1:]):
            if (re.fullmatch(r"\d{1,2}[.)]?|\(?(?:[a-zA-Z]|[ivxIVX]{1,4})[.)]", a.text) and b.x0 - a.x1 <= 6 * CHAR_W
                    and id(a) not in skip):
                b.marker, b.text_x0, b.x0 = a.text, b.x0, a.x0
                skip.add(id(a))
    return [f for f in frags if id(f) not in skip]


def _text_heading(b: Block) -> Block:
    """Without styles, a short line standing alone that does not end like a sentence is a heading."""
    from dataclasses import replace

    if b.kind == PARAGRAPH and _texty_heading(b.text) and not b.text.endswith(":") and b.bottom - b.top <= LINE_H:
        return replace(b, kind=HEADING, level=2 if b.text.isupper() else 3, size=_heading_size(3), bold=True)
    if b.kind == ITEM and b.marker and b.marker[:1].isdigit() and 0 < len(b.text.split()) <= 12 \
            and not b.text.endswith("."):
        return replace(b, kind=HEADING, level=4, size=_heading_size(4), bold=True)
    return b


# a bullet or number starting a line, and the space after it
_TXT_BULLET = re.compile(r"^\s*([-*•▪·§]|o(?=\t| {2,})|\d{1,2}[.)]|\(?[a-h]\)|\(?[ivx]{1,4}\))(?=\s)\s*")


def _read_text(text: str) -> tuple[str, list[Block], int]:
    """Plain text has no styles: headings are short lines standing alone (capitals, an underline, a
    number or a label), items are lines with a bullet or number; a form feed starts a new page."""
    text = _strip_text_furniture(text)
    if _looks_laid_out(text):
        return _read_laid_out(text)
    blocks: list[Block] = []
    page = 1
    chunks: list[tuple[int, list[str]]] = []
    cur: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        pages_here = raw.count("\f")
        if pages_here:
            if cur:
                chunks.append((page, cur))
                cur = []
            page += pages_here
            raw = raw.replace("\f", "")
        if not raw.strip():
            if cur:
                chunks.append((page, cur))
                cur = []
            continue
        cur.append(raw.rstrip())
    if cur:
        chunks.append((page, cur))
    for pg, lines in chunks:
        k = 0
        while k < len(lines):
            line = lines[k]
            s = line.strip()
            nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if nxt and re.fullmatch(r"[=\-~]{3,}", nxt):
                blocks.append(_heading(s, 1 if nxt.startswith("=") else 2, pg))
                k += 2
                continue
            after = lines[k + 2].strip() if k + 2 < len(lines) else ""
            if (k == 0 and nxt and after and re.fullmatch(r"[=\-~]{3,}", after) and nxt[:1].islower()
                    and len(after) >= 0.8 * max(len(s), len(nxt))):
                # a heading wrapped onto a second line above its underline
                blocks.append(_heading(f"{s} {nxt}", 1 if after.startswith("=") else 2, pg))
                k += 3
                continue
            mm = _TXT_BULLET.match(line)
            if mm:
                indent = len(line) - len(line.lstrip())
                item = line[mm.end():]
                while k + 1 < len(lines) and not _TXT_BULLET.match(lines[k + 1]) \
                        and len(lines[k + 1]) - len(lines[k + 1].lstrip()) > indent:
                    k += 1
                    item += " " + lines[k].strip()
                # Word's "save as text" writes sub-bullets as "o" (Courier) or "§" (Wingdings) after a tab
                sub = 1 if mm.group(1) in ("o", "§") else 0
                blocks.append(Block(kind=ITEM, text=_clean(item), page=pg, size=BODY, marker=mm.group(1),
                                    level=indent // 2 + sub, x0=float(indent * 6 + sub * 18)))
                k += 1
                continue
            # a chunk's first line: a heading if it is alone, in capitals, or does not end with a colon
            # (not when the next line goes on in lower case: "... these four local" / "priorities:")
            if (k == 0 and _texty_heading(s) and (s.isupper() or not s.endswith(":")) and not nxt[:1].islower()):
                blocks.append(_heading(s, 2 if s.isupper() else 3, pg))
                k += 1
                continue
            para = [s]
            while k + 1 < len(lines) and not _TXT_BULLET.match(lines[k + 1]):
                k += 1
                para.append(lines[k].strip())
            blocks.append(Block(kind=PARAGRAPH, text=_clean(" ".join(para)), page=pg, size=BODY))
            k += 1
    return _text_title(blocks), blocks, page


# a government protective marking on every page ("OFFICIAL"): not what the document is called
MARKING = re.compile(r"(?:OFFICIAL(?:[- ]SENSITIVE)?|NOT PROTECTIVELY MARKED|UNCLASSIFIED|RESTRICTED)")

# "Report title:  X" up to the next field ("Date of decision:"), whose name is capitalised whatever the case
TITLE_FIELD = re.compile(r"\b(?:report |document )?title:\s+(.+?)(?=\s+(?-i:[A-Z][a-z]+(?: [a-z]+){0,2}):\s|$)",
                         re.IGNORECASE)
FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:\s")  # "Meeting date:  10 September 2026"


def _text_title(blocks: list[Block]) -> str:
    """A board paper's "Report title:" field, else the first heading that is neither a protective
    marking nor a field of the paper's header block."""
    for b in blocks:
        if b.page == 1 and (m := TITLE_FIELD.search(b.text)):
            return m.group(1).strip(" :")
    return next((b.text for b in blocks if b.kind == HEADING and not MARKING.fullmatch(b.text.strip())
                 and not FIELD.match(b.text)), "")


def _strip_text_furniture(text: str) -> str:
    """Running headers and footers of a text with form-feed pages: a first or last line that comes back
    on most pages (digits ignored, so "Page 2 of 3" and "Page 3 of 3" repeat)."""
    pages = text.replace("\r\n", "\n").split("\f")
    if len(pages) < 2:
        return text
    ends = []
    for page in pages:
        lines = [ln for ln in page.split("\n") if ln.strip()]
        ends.append({furniture_key(ln) for ln in (lines[:1] + lines[-1:])})
    seen = Counter(k for keys in ends for k in keys)
    repeated = {k for k, n in seen.items() if n >= max(2, round(0.5 * len(pages)))}
    if not repeated:
        return text
    out = []
    for page in pages:
        lines = page.split("\n")
        body = [i for i, ln in enumerate(lines) if ln.strip()]
        drop = {i for i in body[:1] + body[-1:] if furniture_key(lines[i]) in repeated}
        out.append("\n".join(ln for i, ln in enumerate(lines) if i not in drop))
    return "\f".join(out)


# a line that stops on one of these goes on in the next: "... came to the workshop, and"
DANGLING = re.compile(r"\b(?:and|or|but|the|a|an|of|to|in|on|for|with|by|from|that|which|these|this|our|their)$",
                      re.IGNORECASE)


def _texty_heading(s: str) -> bool:
    """A short line that does not end like a sentence, nor in the middle of one, and starts with a
    capital or a number."""
    words = s.split()
    return (0 < len(words) <= 12 and not s.endswith((".", ",", ";")) and (s[0].isupper() or s[0].isdigit())
            and not DANGLING.search(s))
