"""Shared helpers for building the labelled area PDFs.

Everything here runs offline.  Output is made deterministic by fixing the
dates, document ids and checksums that LibreOffice and Chromium write.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

FIXED_DATE = b"20240401090000"
TMP = Path(tempfile.gettempdir())
LO_PROFILE = "file://" + str(TMP / "lo_areas")
CHROME_PROFILE = str(TMP / "chr_areas")


# --------------------------------------------------------------------------- PDFs
def normalise_pdf(path: Path) -> None:
    """Rewrite dates, /ID and /DocChecksum in place, keeping byte offsets."""
    b = Path(path).read_bytes()

    def fixdate(m: re.Match) -> bytes:
        s = m.group(0)
        out = bytearray(s)
        start = s.index(b"D:") + 2
        i = 0
        for k in range(start, len(s)):
            if i < len(FIXED_DATE) and chr(s[k]).isdigit():
                out[k] = FIXED_DATE[i]
                i += 1
        return bytes(out)

    b = re.sub(rb"/(?:CreationDate|ModDate)\s*\(D:[^)]*\)", fixdate, b)
    body = re.sub(rb"/ID\s*\[[^\]]*\]", b"", b)
    body = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", b"", body)
    h = hashlib.md5(body).hexdigest().upper().encode() * 4
    b = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + h[: len(m.group(2))], b)
    b = re.sub(
        rb"/ID\s*\[[^\]]*\]",
        lambda m: re.sub(rb"<([0-9A-Fa-f]+)>", lambda n: b"<" + h[: len(n.group(1))] + b">", m.group(0)),
        b,
    )
    Path(path).write_bytes(b)


def soffice_to_pdf(src: Path, out_pdf: Path) -> None:
    """Convert a .docx/.pptx with headless LibreOffice."""
    out_pdf = Path(out_pdf)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", td, str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        produced = Path(td) / (Path(src).stem + ".pdf")
        shutil.move(str(produced), out_pdf)
    normalise_pdf(out_pdf)


def chromium_to_pdf(html: Path, out_pdf: Path) -> None:
    """Print a local HTML file with headless Chromium."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--disable-background-networking", "--disable-component-update",
         f"--user-data-dir={CHROME_PROFILE}", f"--print-to-pdf={Path(out_pdf).resolve()}",
         "file://" + str(Path(html).resolve())],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    normalise_pdf(out_pdf)


# ----------------------------------------------------------------- page finding
def page_texts(pdf: Path) -> list[str]:
    """Text of each page (pdftotext -layout off), whitespace collapsed."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    pages = out.decode("utf-8", "replace").split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [squash(p) for p in pages]


def squash(s: str) -> str:
    s = s.replace("\u00ad", "").replace("\u2019", "'").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip().lower()


def locate(pdf: Path, needles: dict[str, str], first: int = 3) -> dict[str, int]:
    """Map key -> first page (1-based, >= first) whose text contains the needle."""
    texts = page_texts(pdf)
    found = {}
    for key, needle in needles.items():
        start = first
        if isinstance(needle, tuple):  # (text, first page to search)
            needle, start = needle
        n = squash(needle)
        for i, t in enumerate(texts, start=1):
            if i >= start and n in t:
                found[key] = i
                break
        else:
            found[key] = 0
    return found


def two_pass(build, pdf: Path, needles: dict[str, str], first: int = 3) -> dict[str, int]:
    """Build with placeholder page numbers, locate sections, rebuild with real ones."""
    pages = {k: 0 for k in needles}
    build(pages)
    pages = locate(pdf, needles, first)
    build(pages)
    again = locate(pdf, needles, first)
    if again != pages:  # settle if the numbers themselves moved something
        build(again)
        pages = again
    missing = [k for k, v in pages.items() if not v]
    if missing:
        raise RuntimeError(f"{pdf.name}: contents entries not found: {missing}")
    return pages


def num_pages(pdf: Path) -> int:
    return len(page_texts(pdf))


# --------------------------------------------------------------------------- building an area

def build_area(root: Path, area: str, modules: list[str], only: list[str] | None = None,
               profile: str | None = None) -> None:
    """Build `area`'s PDFs into root/area/{plan,strategies} from the modules of src/<area>/; with `profile`,
    LibreOffice and Chromium use profiles of their own (/tmp/lo_<profile>, /tmp/chr_<profile>) so that the
    build can run beside the other areas' builds."""
    import importlib

    global LO_PROFILE, CHROME_PROFILE
    if profile:
        LO_PROFILE = "file://" + str(TMP / f"lo_{profile}")
        CHROME_PROFILE = str(TMP / f"chr_{profile}")
    out_root = root / area
    (out_root / "plan").mkdir(parents=True, exist_ok=True)
    (out_root / "strategies").mkdir(parents=True, exist_ok=True)
    for name in modules:
        if only and name not in only:
            continue
        out = importlib.import_module(f"{area}.{name}").build(out_root)
        print(f"{area}/{out.relative_to(out_root)}: {num_pages(out)} pages, {out.stat().st_size // 1024} KB")
