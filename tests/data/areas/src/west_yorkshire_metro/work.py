"""The fixed work folder for the intermediate .html and .docx files of the west_yorkshire_metro area."""
from pathlib import Path

WORK = Path("/tmp/west_yorkshire_metro_build")


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name
