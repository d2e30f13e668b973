"""Batch 14's reportlab layer: a canvas document with a footer and page counter whose finished bytes are handed
to pdfobj.PDF for the internals reportlab does not write (structure tree, optional content, Type 3 fonts,
incremental updates), and a structure-tree builder for tagged PDF."""
from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

import common
from pdfobj import PDF, pdf_string, pin_info
from rl_kit import Writer, box, hexc, make_canvas, para_at, style, text  # noqa: F401

PRODUCER = "ReportLab PDF Library - www.reportlab.com"


class Doc:
    """A reportlab canvas that counts its pages and draws a footer on each one (except the cover)."""

    def __init__(self, path: Path, title: str, author: str, *, footer: str, accent="1F4E79", land=False,
                 font="Sans", footer_on_first=False, pagesize=None):
        self.size = pagesize or (landscape(A4) if land else A4)
        self.W, self.H = self.size
        self.c = make_canvas(path, title, author, pagesize=self.size)
        self.path, self.footer, self.accent, self.font = path, footer, accent, font
        self.title, self.author = title, author
        self.n = 1
        self.footer_on_first = footer_on_first
        self.foot_hook = None  # called around the footer (tagged documents mark it as an artifact)

    def writer(self, x=56, top=None, width=None, bottom=64, size=10.5):
        return Writer(self.c, x, top or self.H - 60, width or self.W - 112, bottom=bottom, font=self.font,
                      body_size=size, accent=self.accent)

    def _foot(self):
        if self.n == 1 and not self.footer_on_first:
            return
        if self.foot_hook:
            self.c._code.append("/Artifact << /Type /Pagination /Subtype /Footer >> BDC")
        text(self.c, 56, 30, self.footer, self.font, 8, "666666")
        text(self.c, self.W - 56, 30, str(self.n), self.font, 8, "666666", anchor="right")
        if self.foot_hook:
            self.c._code.append("EMC")

    def next(self, pagesize=None):
        self._foot()
        self.c.showPage()
        self.n += 1
        if pagesize:
            self.size = pagesize
            self.W, self.H = pagesize
            self.c.setPageSize(pagesize)

    def raw(self) -> PDF:
        """Finish the canvas and read it back as a pdfobj.PDF."""
        self._foot()
        self.c.showPage()
        self.c.save()
        return PDF(self.path.read_bytes())

    def info(self, pdf: PDF, creator: str = "ReportLab", producer: str = PRODUCER, title: str | None = None):
        pin_info(pdf, Title=title or self.title, Author=self.author, Subject=title or self.title,
                 Creator=creator, Producer=producer)


def font_dict_num(pdf: PDF, page: int) -> int:
    """The object number of the (shared) font dictionary reportlab points every page at."""
    return int(re.search(rb"/Font (\d+) 0 R", pdf.get(page)).group(1))


class Tagger:
    """Marked content and a structure tree, in the logical order the author intends, independent of the
    order in which the page content is drawn. Elements are declared in reading order (`elem`), then drawing
    code wraps content in `begin(key)` / `end()`, which writes `/Role <</MCID n>> BDC … EMC`."""

    def __init__(self, doc: Doc, lang: str = "en-GB"):
        self.doc, self.lang = doc, lang
        self.order: list[str] = []
        self.info: dict[str, dict] = {}
        self.mcid: dict[int, int] = {}  # page index (0-based) -> next MCID

    def elem(self, key: str, role: str, parent: str | None = None, alt: str | None = None) -> str:
        self.order.append(key)
        self.info[key] = {"role": role, "parent": parent, "kids": [], "alt": alt}
        return key

    def begin(self, key: str) -> None:
        page = self.doc.n - 1
        n = self.mcid.get(page, 0)
        self.mcid[page] = n + 1
        self.info[key]["kids"].append((page, n))
        role = self.info[key]["role"]
        tag = "Span" if role in ("Document", "Sect", "Div", "L", "Table", "TR") else role
        self.doc.c._code.append(f"/{tag} <</MCID {n}>> BDC")

    def end(self) -> None:
        self.doc.c._code.append("EMC")

    def artifact(self, on: bool) -> None:
        self.doc.c._code.append("/Artifact BMC" if on else "EMC")

    def build(self, pdf: PDF) -> None:
        pages = pdf.pages()
        num = {k: pdf.add(b"null") for k in self.order}
        root = pdf.add(b"null")
        by_page: dict[int, dict[int, int]] = {}
        for k in self.order:
            it = self.info[k]
            parent = num[it["parent"]] if it["parent"] else root
            kids = [f"{num[c]} 0 R" for c in self.order if self.info[c]["parent"] == k]
            mc = []
            for page, m in it["kids"]:
                mc.append(f"<< /Type /MCR /Pg {pages[page]} 0 R /MCID {m} >>")
                by_page.setdefault(page, {})[m] = num[k]
            parts = kids + mc
            d = f"<< /Type /StructElem /S /{it['role']} /P {parent} 0 R /K [{' '.join(parts)}]"
            if it["alt"]:
                d += " /Alt " + pdf_string(it["alt"]).decode()
            pdf.set(num[k], d.encode() + b" >>")
        nums = []
        for i, page in enumerate(pages):
            if i in by_page:
                arr = " ".join(f"{by_page[i][m]} 0 R" for m in sorted(by_page[i]))
                nums.append(f"{i} [{arr}]")
                pdf.dict_add(page, b"/StructParents %d /Tabs /S" % i)
        parent_tree = pdf.add(f"<< /Nums [{' '.join(nums)}] >>".encode())
        top = [f"{num[k]} 0 R" for k in self.order if not self.info[k]["parent"]]
        pdf.set(root, f"<< /Type /StructTreeRoot /K [{' '.join(top)}] /ParentTree {parent_tree} 0 R "
                      f"/ParentTreeNextKey {len(pages)} >>".encode())
        pdf.dict_add(pdf.root, b"/MarkInfo << /Marked true >> /StructTreeRoot %d 0 R /Lang (%s) "
                               b"/ViewerPreferences << /DisplayDocTitle true >>" % (root, self.lang.encode()))


def publish_bytes(data: bytes, target: Path) -> Path:
    target.write_bytes(data)
    return target
