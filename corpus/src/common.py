"""Shared helpers for the corpus build: PDF text look-ups, contents-page numbering
and metadata normalisation so that rebuilds are reproducible."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

FIXED_PDF_DATE = "20250401090000"  # 1 April 2025 09:00:00, used for every PDF
FIXED_ZIP_DATE = (2025, 4, 1, 9, 0, 0)

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def norm(text: str) -> str:
    """Whitespace- and typography-insensitive form used to look text up in a PDF."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u00ad", "")
    text = re.sub(r"[\u2010\u2011\u2012\u2013\u2014]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def page_texts(pdf: Path) -> list[str]:
    """Raw pdftotext output, one string per page (index 0 = page 1)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def find_pages(pdf: Path, headings: list[str], start_page: int) -> dict[str, int]:
    """Page (1-based) of each heading, searched in order from start_page onwards.
    Headings are expected to occur in document order."""
    texts = [norm(t) for t in page_texts(pdf)]
    found: dict[str, int] = {}
    cur = start_page - 1
    for h in headings:
        skip = h.startswith(">")  # ">" = the heading is on a later page than the previous one
        nh = norm(h.lstrip(">"))
        for i in range(cur + (1 if skip else 0), len(texts)):
            if nh in texts[i]:
                found[h] = i + 1
                cur = i
                break
        else:
            raise RuntimeError(f"{pdf.name}: heading not found for contents: {h!r}")
    return found


def two_pass(render, headings: list[str], pdf: Path, start_page: int, max_rounds: int = 4):
    """render(pages: dict) -> writes pdf. Repeats until contents page numbers are stable."""
    pages = {h: 0 for h in headings}
    for _ in range(max_rounds):
        render(pages)
        new = find_pages(pdf, headings, start_page)
        if new == pages:
            return pages
        pages = new
    render(pages)
    if find_pages(pdf, headings, start_page) != pages:
        raise RuntimeError(f"{pdf.name}: contents page numbers did not settle")
    return pages


_DATE_RE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:([^)]*)\)")
_ID_RE = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")


def normalise_pdf(pdf: Path) -> None:
    """Fix the dates and file identifiers written by LibreOffice and Chromium.
    Same-length byte substitutions, so the cross-reference table stays valid."""
    data = pdf.read_bytes()

    def fix_date(m: re.Match) -> bytes:
        old = m.group(2)
        new = FIXED_PDF_DATE.encode() + old[14:] if len(old) >= 14 else old
        return m.group(0).replace(b"D:" + old, b"D:" + new)

    data = _DATE_RE.sub(fix_date, data)
    digest = hashlib.md5(pdf.name.encode()).hexdigest().upper().encode()

    def fix_id(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, (digest * 4)[:len(a)]).replace(b, (digest * 4)[:len(b)])

    data = _ID_RE.sub(fix_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + digest[:32], data)
    pdf.write_bytes(data)


def fix_zip_dates(path: Path) -> None:
    """Rewrite a .docx/.pptx with fixed member timestamps and order (reproducible bytes)."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def soffice_to_pdf(src: Path, out_pdf: Path) -> None:
    outdir = src.parent
    subprocess.run([SOFFICE, "-env:UserInstallation=file:///tmp/lo_corpus", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, env={**os.environ, "TZ": "UTC"})
    produced = outdir / (src.stem + ".pdf")
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(produced), str(out_pdf))
    normalise_pdf(out_pdf)


def chromium_to_pdf(src: Path, out_pdf: Path) -> None:
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--disable-background-networking",
                    "--disable-component-update", "--user-data-dir=/tmp/chr_corpus",
                    "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000",
                    "--font-render-hinting=none",
                    f"--print-to-pdf={out_pdf}", src.resolve().as_uri()],
                   check=True, capture_output=True, env={**os.environ, "TZ": "UTC"})
    normalise_pdf(out_pdf)
