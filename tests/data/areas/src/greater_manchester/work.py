"""The fixed work folder for the intermediate .html files of the greater_manchester area (LibreOffice and
Chromium profiles /tmp/lo_gm26 and /tmp/chr_gm26 are set by build_greater_manchester.py)."""
from pathlib import Path

WORK = Path("/tmp/greater_manchester_build")


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name
