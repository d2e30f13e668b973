"""Batch 8's small reportlab layer over layouts4's rl_kit: a document with running footer and page numbers,
and a `publish` that pins the PDF."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

import common
from rl_kit import Writer, box, hexc, make_canvas, para_at, style, text  # noqa: F401


class Doc:
    """A reportlab canvas that counts its pages and draws a footer on each one (except the cover)."""

    def __init__(self, path: Path, title: str, author: str, *, footer: str, accent="1F4E79", land=False,
                 font="Sans", footer_on_first=False):
        self.size = landscape(A4) if land else A4
        self.W, self.H = self.size
        self.c = make_canvas(path, title, author, pagesize=self.size)
        self.path, self.footer, self.accent, self.font = path, footer, accent, font
        self.n = 1
        self.footer_on_first = footer_on_first

    def writer(self, x=56, top=None, width=None, bottom=64, size=10.5):
        return Writer(self.c, x, top or self.H - 60, width or self.W - 112, bottom=bottom, font=self.font,
                      body_size=size, accent=self.accent)

    def _foot(self):
        if self.n == 1 and not self.footer_on_first:
            return
        text(self.c, 56, 30, self.footer, self.font, 8, "666666")
        text(self.c, self.W - 56, 30, str(self.n), self.font, 8, "666666", anchor="right")

    def next(self):
        self._foot()
        self.c.showPage()
        self.n += 1

    def close(self) -> Path:
        self._foot()
        self.c.showPage()
        self.c.save()
        common.normalise_pdf(self.path)
        return self.path
