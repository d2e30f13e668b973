"""The fixed work folder for the intermediate .html files of the essex_districts area.

LibreOffice and Chromium run with this area's own profiles (/tmp/lo_ed, /tmp/chr_ed: build_area's
profile="ed"); the HTML files are written to /tmp/essex_districts_build so that this build can run beside
other areas' builds.
"""
from pathlib import Path

WORK = Path("/tmp/essex_districts_build")


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name
