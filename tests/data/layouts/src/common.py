"""Shared helpers for build.py: running the producers and making their output deterministic."""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent          # .../layouts/src
OUT = HERE.parent                               # .../layouts
FIXED_DATE = _dt.datetime(2025, 4, 1, 9, 0, 0)  # every document is "published" on 1 April 2025
FIXED_PDF_DIGITS = b"20250401090000"
LO_PROFILE = "file:///tmp/lo_layouts"
CHROMIUM_PROFILE = "/tmp/chr_layouts"


def _same_length_date(m: re.Match) -> bytes:
    return m.group(1) + FIXED_PDF_DIGITS + m.group(3)


def normalise_pdf(path: Path) -> None:
    """Pin the creation/modification dates and the file /ID without moving any byte offset."""
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*\))", _same_length_date, data)
    # XMP dates, if a producer wrote any (same length again)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)",
                  lambda m: m.group(1) + b"2025-04-01T09:00:00", data)
    digest = hashlib.md5(path.name.encode()).hexdigest().upper().encode()

    def fix_id(m: re.Match) -> bytes:
        return re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + (digest * 4)[: len(h.group(1))] + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)
    # LibreOffice's checksum covers the original dates; pin it too
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + digest[: len(m.group(2))], data)
    path.write_bytes(data)


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed member timestamps (python-docx/pptx stamp 'now')."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, blob)
    tmp.replace(path)


def set_core_properties(doc, title: str, author: str, subject: str = "") -> None:
    """Fixed OOXML core properties for python-docx / python-pptx documents."""
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.subject = subject
    cp.last_modified_by = author
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "community safety"


def soffice_to_pdf(src: Path, pdf_name: str, workdir: Path) -> Path:
    """Convert src (.docx/.pptx) with headless LibreOffice; returns OUT/pdf_name."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
         "--outdir", str(workdir), str(src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )
    produced = workdir / (src.stem + ".pdf")
    target = OUT / pdf_name
    shutil.move(produced, target)
    normalise_pdf(target)
    return target


def chromium_to_pdf(html: Path, pdf_name: str) -> Path:
    target = OUT / pdf_name
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--disable-background-networking", "--disable-component-update",
         f"--user-data-dir={CHROMIUM_PROFILE}", f"--print-to-pdf={target}", html.resolve().as_uri()],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
        env={**os.environ, "TZ": "UTC"},
    )
    normalise_pdf(target)
    return target
