"""The fixed work folder for the intermediate .docx and .html files of the sussex_districts area."""
from pathlib import Path

WORK = Path("/tmp/sussex_districts_build")


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name


ILLUS = "Illustrative figures for this re-created document; not official statistics."
