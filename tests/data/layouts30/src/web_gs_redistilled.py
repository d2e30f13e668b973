"""Thistleford Combating Drugs Partnership plan 2026 to 2029: a council web page (hand-written HTML in
src/thistleford_drugs.html) printed by Chromium, then re-distilled through Ghostscript's pdfwrite, as a
web team's "optimise PDF" step does: Chromium's TrueType subsets become Ghostscript's re-embedded subsets
with new encodings, and the text layer is rewritten from scratch."""
from __future__ import annotations

from pathlib import Path

import common
from kit30 import gs_distill

NAME = "ghostscript_redistilled_web_drugs"


def finish(work: Path, out: Path) -> list[Path]:
    printed = common.chromium_to_pdf(common.SRC / "thistleford_drugs.html", work / f"{NAME}_chromium.pdf")
    pdf = gs_distill(printed, out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 2, common.pdf_pages(pdf)
    return [pdf]
