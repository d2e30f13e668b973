"""`check` of a 30-page draft against an analysed corpus: cold (first check) and warm (checked again).

    python bench/check_speed.py

The draft is the corpus's own draft strategy with pages of two other strategies appended, 30 pages in
all. The corpus is analysed first, so its documents and vectors are in the store. Target: warm check
<= 3 s. Baseline in the same run: `stratalign --version`, the cost of starting the command at all.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from _common import ROOT, STRATALIGN, run


def thirty_page_draft(dest: Path) -> Path:
    corpus = ROOT / "corpus"
    out = pdfium.PdfDocument.new()
    for src in [corpus / "drafts" / "draft_merrowdale_neighbourhood_crime_strategy_2026-29.pdf",
                corpus / "strategies" / "saltmere_coast_community_safety_strategy_2024-27.pdf",
                corpus / "strategies" / "merrowdale_youth_justice_plan_2025-26.pdf"]:
        doc = pdfium.PdfDocument(str(src))
        take = min(len(doc), 30 - len(out))
        out.import_pages(doc, list(range(take)))
        if len(out) >= 30:
            break
    out.save(str(dest))
    return dest


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        draft = thirty_page_draft(tmp / "draft_30_pages.pdf")
        pages = len(pdfium.PdfDocument(str(draft)))
        store = tmp / "store.db"
        run(STRATALIGN + ["analyse", str(ROOT / "corpus"), "--store", str(store), "--out", str(tmp / "out"), "-q"])
        check = STRATALIGN + ["check", str(draft), "--against", str(ROOT / "corpus"), "--store", str(store)]
        cold, _ = run(check)
        warm = min(run(check)[0] for _ in range(3))
        base = min(run(STRATALIGN + ["--version"])[0] for _ in range(3))
    print(f"draft: {pages} pages")
    print(f"stratalign --version   {base:6.2f} s   (start-up baseline)")
    print(f"check, first time      {cold:6.2f} s   (reads the draft, embeds wording not seen before)")
    print(f"check, warm            {warm:6.2f} s   (target <= 3 s)   {warm / base:.1f} x start-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
