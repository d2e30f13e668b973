"""Ingest: find the documents of a folder and read each into a `Document` of blocks in reading order."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import DocumentError, InputError
from ..models import HEADING, Document

SUPPORTED = (".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt")
IGNORED_NAMES = re.compile(r"^(\.|~\$|gold\.json$|readme)", re.IGNORECASE)


def find_documents(folder: Path) -> list[Path]:
    """Documents directly in `folder`, sorted by name so results never depend on directory order."""
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder: point stratalign at the folder that holds the strategies")
    out = []
    for p in folder.iterdir():
        if p.is_file() and not IGNORED_NAMES.match(p.name) and p.suffix.lower() in SUPPORTED:
            out.append(p)
    return sorted(out, key=lambda p: p.name)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_document(path: Path, reader: str = "pdfium", digest: str | None = None) -> Document:
    """Read one document of any supported format. Raises DocumentError with a user-facing reason."""
    if not path.exists():
        raise DocumentError(str(path), "does not exist", "check the path")
    try:
        size = path.stat().st_size
        digest = digest or sha256_of(path)
    except OSError as exc:
        raise DocumentError(str(path), f"cannot be read ({exc.strerror})", "check its permissions") from None
    if size == 0:
        raise DocumentError(str(path), "is empty (0 bytes)", "replace it with the full document")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _read_pdf(path, reader, digest)
    if suffix in SUPPORTED:
        from .formats import read_other

        return read_other(path, digest)
    raise DocumentError(str(path), f"has an unsupported type ({suffix or 'no extension'})",
                        "convert it to PDF, .docx, .html, .md or .txt")


def _read_pdf(path: Path, reader: str, digest: str) -> Document:
    from .layout import build_structure
    from .pdf import read_raw

    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF" not in head:
        raise DocumentError(str(path), "is not a PDF (the file does not start with %PDF)",
                            "check it opens in a PDF viewer, or give it its real extension")
    raw = read_raw(path, reader)
    if not any(p.chars for p in raw.pages):
        raise DocumentError(str(path), "has no text layer (a scan?)",
                            f"run OCR first, e.g. `ocrmypdf {path.name} {path.stem}-ocr.pdf`")
    blocks, pages, body = build_structure(raw)
    title = _title(raw.title, blocks, path)
    return Document(path=str(path), name=path.name, sha256=digest, format="pdf", title=title,
                    page_count=len(pages), body_size=body, blocks=tuple(blocks), pages=tuple(pages),
                    outline=tuple(raw.outline))


REFERENCE = re.compile(r"^[A-Z0-9]+(?:[-_/.][A-Z0-9]+){2,}\b")


def _title(meta_title: str, blocks, path: Path) -> str:
    """The metadata title when it looks like one (not a file name: a page printed from "plan.html"), else
    the largest text on the first page."""
    t = (meta_title or "").strip()
    # (not a records system's reference: "CARN-YJS-PLAN-2026-27 archived copy")
    if (t and not re.search(r"untitled|microsoft word|\.(?:docx?|pdf|html?|pptx?|odt|rtf|txt|md)$|^document\d*$", t, re.IGNORECASE) and len(t) > 3
            and not REFERENCE.match(t)):
        return t
    first_page = min((b.page for b in blocks), default=1)  # once, not once per block
    first = [b for b in blocks if b.page == first_page and b.kind == HEADING]
    if first:
        top_size = max(b.size for b in first)
        parts = [b.text for b in first if b.size >= top_size - 0.5]
        title = " ".join(parts).strip()
        if title:
            return title[:200]
    return path.stem.replace("_", " ").replace("-", " ")
