"""The fixed work folder for the intermediate .docx and .html files of the wiltshire area, and a
LibreOffice conversion whose font object order is pinned (as in the Essex and Cheshire areas).

LibreOffice sometimes writes its embedded font objects in a different order from run to run; the files are
otherwise identical, so `soffice_stable` converts again until the font order matches a fixed order (sorted
by name), which makes the output byte-identical from build to build.
"""
import subprocess
from pathlib import Path

from common import soffice_to_pdf

WORK = Path("/tmp/wiltshire_build")


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


def soffice_stable(src: Path, out: Path, tries: int = 40) -> None:
    """Convert until OpenSymbol (if present) is the first font object."""
    for _ in range(tries):
        soffice_to_pdf(src, out)
        names = _fonts_by_object(out)
        if "OpenSymbol" not in names or names.index("OpenSymbol") == 0:
            return
    raise RuntimeError(f"{out.name}: LibreOffice never wrote OpenSymbol first in {tries} tries")
