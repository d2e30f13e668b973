"""Shared helpers for build.py: the producers, and pinning their output so rebuilds are identical."""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

SRC = Path(__file__).resolve().parent          # .../layouts3/src
OUT = SRC.parent                               # .../layouts3
FIXED_DATE = _dt.datetime(2025, 9, 1, 9, 0, 0)   # every document is "published" on 1 September 2025
FIXED_PDF_DIGITS = b"20250901090000"
FIXED_ZIP_TIME = (2025, 9, 1, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo_l3"
CHROMIUM_PROFILE = "/tmp/chr_l3"


def normalise_pdf(path: Path) -> None:
    """Pin creation/modification dates, XMP dates, /ID and LibreOffice's checksum (same byte lengths,
    so the xref offsets stay valid)."""
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*\))",
                  lambda m: m.group(1) + FIXED_PDF_DIGITS + m.group(3), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)",
                  lambda m: m.group(1) + b"2025-09-01T09:00:00", data)
    digest = hashlib.md5(path.name.encode()).hexdigest().upper().encode()

    def fix_id(m: re.Match) -> bytes:
        return re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + (digest * 4)[: len(h.group(1))] + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + digest[: len(m.group(2))], data)
    path.write_bytes(data)


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed member timestamps, a fixed member order and pinned core dates."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            if name in ("docProps/core.xml", "docProps/app.xml"):
                blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z", b"2025-09-01T09:00:00Z", blob)
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
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


def soffice(files: list[Path], outdir: Path) -> None:
    """One LibreOffice start converts every Writer and Impress source to PDF."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice not found: apt-get install libreoffice-writer libreoffice-impress")
    subprocess.run([exe, f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900,
                   env={**os.environ, "TZ": "UTC"})


def chromium_to_pdf(html: Path, target: Path) -> Path:
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
