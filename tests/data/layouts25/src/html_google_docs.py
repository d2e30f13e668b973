"""google_docs_split_lists_vawg.html / .pdf: the Evenmoor VAWG Partnership's strategy written in Google Docs and
exported with File > Download > Web page (.html). The .html is that export (hand-written to its pattern: class
names c1 ... c24 in one style block, "h.xxxx" heading ids, empty spacer paragraphs, comments as [a] [b] [c]
anchors with the comment threads at the end of the body); the .pdf is the export opened in Chromium and printed
(Chromium's default Letter paper, Google's 72 pt page padding).

What the export does, and this file keeps:
  * a numbered list that is interrupted by other paragraphs becomes one <ol> PER ITEM: the five priorities are five
    single-item <ol>s of the same list id, continued with start="2" ... start="5"; the numbers are not in the
    text at all but drawn by CSS counters (li:before), so the HTML text has no "1." and the print has;
  * bold is a CSS class (c10) on a <span>, not <b> or a heading: the priorities and the national strategy's four
    priorities (another <ol>, numbered 1-4, same classes) look and read the same;
  * comment anchors are superscript links glued to the end of two priorities ("...women and girls[b]"), and the
    comment threads at the end propose other wordings (one rejected, one not answered).

Gold is the five items of the single-item lists under "Our priorities" (the .pdf: page 2 for the first three, page 3
for the last two; the .html: page 1), without the anchors.

Not gold: the national strategy's four priorities, the survey findings, the "What we will do" bullets, the
measures table's short names, the 2022-2025 strategy's focus in Governance, the comment texts.
"""
from __future__ import annotations

import shutil
from pathlib import Path

NAME = "google_docs_split_lists_vawg"


def finish(work: Path, out: Path) -> list[Path]:
    src = Path(__file__).resolve().parent / "html" / f"{NAME}.html"
    target = out / f"{NAME}.html"
    shutil.copyfile(src, target)
    return [target]
