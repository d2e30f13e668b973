"""Shared helpers for build.py: the producers (LibreOffice, Chromium, pypdfium2) and the pinning of their
output, so that two rebuilds on the same machine give byte-identical files."""
from __future__ import annotations

import datetime as _dt
import hashlib
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

SRC = Path(__file__).resolve().parent          # .../layouts4/src
OUT = SRC.parent                               # .../layouts4
FIXED_DATE = _dt.datetime(2025, 11, 3, 9, 0, 0)   # every document is "published" on 3 November 2025
FIXED_PDF_DIGITS = b"20251103090000"
FIXED_ISO = b"2025-11-03T09:00:00"
FIXED_ZIP_TIME = (2025, 11, 3, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo_l4"
CHROMIUM_PROFILE = "/tmp/chr_l4"
ENV = {**os.environ, "TZ": "UTC", "LC_ALL": "C.UTF-8", "SOURCE_DATE_EPOCH": "1762160400"}


def normalise_pdf(path: Path) -> None:
    """Pin creation/modification dates, XMP dates, /ID and LibreOffice's checksum (same byte lengths, so the
    xref offsets stay valid)."""
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*\))",
                  lambda m: m.group(1) + FIXED_PDF_DIGITS + m.group(3), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)",
                  lambda m: m.group(1) + FIXED_ISO, data)
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
                blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z", FIXED_ISO + b"Z", blob)
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


def _soffice_exe() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice not found: apt-get install libreoffice-writer libreoffice-calc libreoffice-impress")
    return exe


def soffice(files: list[Path], outdir: Path, filter_spec: str = "pdf") -> None:
    """One LibreOffice start converts a batch of Writer / Calc / Impress sources to PDF."""
    if not files:
        return
    subprocess.run([_soffice_exe(), f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", filter_spec,
                    "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900, env=ENV)


# Impress "notes pages" export (slide at the top, speaker notes below), as File > Export as PDF does it
NOTES_PAGES_FILTER = ('pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},'
                      '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}')


# The browser's own print header/footer shows the clock time. It is pinned with libfaketime (Debian package
# "faketime") to this moment, the time the analyst "printed" the saved page.
PRINT_CLOCK = ""  # set by the batch that prints with the header on (layouts5), e.g. "@2026-01-12 09:14:00"
# Where the page is printed from when the browser's header/footer is on: the footer shows this file:// URL, so it
# must not depend on where the repository is checked out. It imitates a "Save page as" file name.
PRINT_DIR = Path("/tmp/stratalign_print/Downloads")  # likewise


def chromium_to_pdf(html: Path, target: Path, *, browser_header_footer: bool = False,
                    saved_name: str | None = None) -> Path:
    """Print an HTML file with headless Chromium. With browser_header_footer the page is printed as a person
    would from the browser's print dialog with "Headers and footers" ticked: date and time and the <title> at the
    top, the file:// URL and "N/M" at the bottom. The page is first copied to PRINT_DIR/saved_name."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu"]
    if not browser_header_footer:
        cmd.append("--no-pdf-header-footer")
    cmd += ["--disable-background-networking", "--disable-component-update", f"--user-data-dir={CHROMIUM_PROFILE}",
            f"--print-to-pdf={target}"]
    if browser_header_footer:
        faketime = shutil.which("faketime")
        if not faketime:
            raise SystemExit("faketime not found (apt-get install faketime): it pins the date in the browser's header")
        PRINT_DIR.mkdir(parents=True, exist_ok=True)
        copy = PRINT_DIR / (saved_name or html.name)
        shutil.copyfile(html, copy)
        cmd = [faketime, "-f", PRINT_CLOCK] + cmd + [copy.as_uri()]
    else:
        cmd.append(html.resolve().as_uri())
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300, env=ENV)
    normalise_pdf(target)
    return target


# ----------------------------------------------------------------------------- pypdfium2 (merging)
def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    n = len(doc)
    doc.close()
    return n


def merge_pdfs(parts: list[Path], target: Path, *, stamp=None, title: str = "", author: str = "",
               creator: str = "PDFium") -> int:
    """Concatenate PDFs with pypdfium2 (import pages), optionally drawing a stamp on every page: `stamp(n, w, h)`
    returns the bytes of a one-page PDF (reportlab) or None; it is placed over page n as a form XObject, the way
    committee-management systems number an agenda pack. Returns the page count."""
    import pypdfium2 as pdfium
    dst = pdfium.PdfDocument.new()
    keep = []
    for part in parts:
        src = pdfium.PdfDocument(str(part))
        dst.import_pages(src)
        keep.append(src)
    if stamp is not None:
        for i in range(len(dst)):
            page = dst[i]
            w, h = page.get_size()
            blob = stamp(i + 1, w, h)
            if blob is None:
                continue
            sd = pdfium.PdfDocument(blob)
            keep.append(sd)
            xo = sd.page_as_xobject(0, dst)
            page.insert_obj(xo.as_pageobject())
            page.gen_content()
    n = len(dst)
    buf = io.BytesIO()
    dst.save(buf)
    target.write_bytes(buf.getvalue())
    normalise_pdf(target)
    if title or author:
        set_pdf_info(target, title=title, author=author, creator=creator)
    return n


def set_pdf_info(path: Path, *, title: str, author: str, creator: str = "PDFium") -> None:
    """Give a pdfium-saved file a title and author: a new /Info dictionary appended as an incremental update
    (fixed dates), the way many PDF tools add metadata after merging."""
    data = path.read_bytes()
    m = list(re.finditer(rb"startxref\s+(\d+)", data))
    if not m:
        return
    prev = int(m[-1].group(1))
    size_m = list(re.finditer(rb"/Size\s+(\d+)", data))
    size = int(size_m[-1].group(1))
    root = re.findall(rb"/Root\s+(\d+\s+\d+\s+R)", data)[-1]
    ids = re.findall(rb"/ID\s*\[[^\]]*\]", data)

    def esc(s: str) -> bytes:  # a PDF text string as UTF-16BE hex
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"

    obj_off = len(data) + 1
    info = (b"\n%d 0 obj\n<< /Title " % size + esc(title) + b" /Author " + esc(author)
            + b" /Producer " + esc("PDFium") + b" /Creator " + esc(creator)
            + b" /CreationDate (D:" + FIXED_PDF_DIGITS + b"Z) /ModDate (D:" + FIXED_PDF_DIGITS + b"Z) >>\nendobj\n")
    xref_off = len(data) + len(info)
    xref = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (size, obj_off)
    trailer = (b"trailer\n<< /Size %d /Root " % (size + 1) + root + b" /Info %d 0 R /Prev %d " % (size, prev)
               + (ids[-1] if ids else b"") + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_off)
    path.write_bytes(data + info + xref + trailer)


def publish(src: Path, target: Path) -> Path:
    """Move a finished PDF from the work folder into the test folder and pin its metadata."""
    shutil.move(str(src), str(target))
    normalise_pdf(target)
    return target
