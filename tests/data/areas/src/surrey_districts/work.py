"""The fixed work folder for the intermediate .docx and .html files of the surrey_districts area, a
LibreOffice conversion whose font object order is pinned (as in the essex area), and a check that each
section starts on the page the contents page gives."""
import subprocess
from pathlib import Path

from common import soffice_to_pdf

WORK = Path("/tmp/surrey_districts_build")


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name


def _fonts_by_object(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 3 and parts[-1].isdigit() and parts[-2].isdigit():
            rows.append((int(parts[-2]), parts[0].split("+")[-1]))
    return [name for _, name in sorted(rows)]


def soffice_stable(src: Path, out: Path, tries: int = 40, symbol_at: int = 0) -> None:
    """Convert until OpenSymbol (if present) is font object number `symbol_at`."""
    for _ in range(tries):
        soffice_to_pdf(src, out)
        names = _fonts_by_object(out)
        if "OpenSymbol" not in names or names.index("OpenSymbol") == symbol_at:
            return
    raise RuntimeError(f"{out.name}: LibreOffice never wrote OpenSymbol at position {symbol_at} in {tries} tries")


def check_pages(pdf: Path, expect: dict[str, int]) -> None:
    """Each section heading must be on the page the contents page gives for it."""
    from common import page_texts, squash
    texts = page_texts(pdf)
    for head, pg in expect.items():
        if pg > len(texts) or squash(head) not in texts[pg - 1]:
            raise RuntimeError(f"{pdf.name}: {head!r} not on page {pg}")
