"""Brayfield Combating Drugs Partnership Board, agenda item 7 (plain text, as a committee-management system
exports a report): fixed 72-column lines with hard wraps and indented continuation lines, ALL CAPS section
headings underlined with "====", typed paragraph numbers ("4.3"), a running header and a "Page N of 3" line on
every page, and FORM FEEDS between the pages. The four priorities are "1)" to "4)" items under 4.3 on page 2,
each wrapped over two lines. Distractors: recommendations lettered "a)"-"c)" and From Harm to Hope's three
priorities "i)"-"iii)" on page 1, the 2023-2026 plan's three focus areas in capitals, the needs assessment's
"-" findings, and Appendix A's "1)"-"3)" priorities considered but not recommended (page 3).
The source in src/text/ is stored with LF line ends; the published file has CRLF, as the export has."""
from __future__ import annotations

from pathlib import Path

NAME = "board_paper_formfeeds_drugs"
SRC = Path(__file__).resolve().parent / "text" / f"{NAME}.txt"


def finish(work: Path, out: Path) -> list[Path]:
    text = SRC.read_text(encoding="utf-8")
    target = out / f"{NAME}.txt"
    target.write_bytes(text.replace("\n", "\r\n").encode("ascii"))
    return [target]
