"""Batch 30's layer: layouts6's reportlab Doc (a page counter and a running footer), plus the post-processing
steps that turn an ordinary PDF into what a council's document system or a print shop publishes: qpdf
(encryption, linearisation, merging), Ghostscript (pdfwrite re-distilling, PDF/A-2b), pikepdf (CropBox, page
labels) and a hand-written incremental update. Every step is pinned so that a rebuild is byte-identical."""
from __future__ import annotations

import glob
import hashlib
import importlib.util
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import common

_spec = importlib.util.spec_from_file_location(
    "_layouts30_kit6", Path(__file__).resolve().parents[2] / "layouts6" / "src" / "kit6.py")
_kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_kit)
globals().update({k: v for k, v in vars(_kit).items() if not k.startswith("__")})

SRC = Path(__file__).resolve().parent


def _run(cmd, **kw):
    subprocess.run([str(c) for c in cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                   timeout=300, env=kw.pop("env", common.ENV), **kw)


def _need(exe: str, hint: str) -> str:
    path = shutil.which(exe)
    if not path:
        raise SystemExit(f"{exe} not found: {hint}")
    return path


# ----------------------------------------------------------------------------------------------- qpdf
def encrypt_owner_only(src: Path, dst: Path, work: Path, owner: str) -> Path:
    """AES-256 (R6) with an empty user password and an owner password: opens without a password; copying,
    changing and annotating not allowed, printing allowed. The key and salts come from fixed_random.c."""
    qpdf = _need("qpdf", "apt-get install qpdf")
    so = work / "fixed_random.so"
    if not so.exists():
        _run([_need("gcc", "apt-get install gcc"), "-shared", "-fPIC", "-O2", "-o", so, SRC / "fixed_random.c"])
    env = {**common.ENV, "LD_PRELOAD": str(so)}
    _run([qpdf, "--static-id", "--encrypt", "", owner, "256", "--extract=n", "--modify=none", "--annotate=n",
          "--form=n", "--assemble=n", "--print=full", "--", src, dst], env=env)
    return dst


def linearize(src: Path, dst: Path) -> Path:
    """Fast web view: linearised, with objects packed into compressed object streams."""
    _run([_need("qpdf", "apt-get install qpdf"), "--linearize", "--object-streams=generate",
          "--compress-streams=y", "--recompress-flate", "--deterministic-id", src, dst])
    return dst


# ------------------------------------------------------------------------------------------ Ghostscript
def gs_distill(src: Path, dst: Path, *extra: str) -> Path:
    """Re-distil a PDF through Ghostscript's pdfwrite (fonts re-embedded as subsets, text re-encoded)."""
    gs = _need("gs", "apt-get install ghostscript")
    _run([gs, "-q", "-dSAFER", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.7",
          "-dPDFSETTINGS=/printer", *extra, f"-sOutputFile={dst}", src])
    common.normalise_pdf(dst)
    return dst


def gs_pdfa2b(src: Path, dst: Path, work: Path, title: str, author: str) -> Path:
    """Convert to PDF/A-2b with Ghostscript (sRGB output intent), as a records system's archiving step does.
    The Info and XMP title and author are the records system's (plain ASCII: Ghostscript discards a DOCINFO
    it cannot write to XMP)."""
    icc = sorted(glob.glob("/usr/share/ghostscript/*/iccprofiles/srgb.icc")
                 + glob.glob("/usr/share/ghostscript/*/iccprofiles/default_rgb.icc"))
    if not icc:
        raise SystemExit("Ghostscript's iccprofiles/srgb.icc not found")
    stock = sorted(glob.glob("/usr/share/ghostscript/*/lib/PDFA_def.ps"))[-1]
    ps = Path(stock).read_text(encoding="latin-1")
    ps = ps.replace("/Title (Title)", f"/Title ({title}) /Author ({author})").replace("(srgb.icc)", "(" + icc[0] + ")")
    defn = work / "pdfa_def.ps"
    defn.write_text(ps, encoding="latin-1")
    gs = _need("gs", "apt-get install ghostscript")
    _run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dPDFA=2", "-dPDFACompatibilityPolicy=1", "-sDEVICE=pdfwrite",
          "-sColorConversionStrategy=RGB", f"--permit-file-read={icc[0]}", f"-sOutputFile={dst}", defn, src])
    common.normalise_pdf(dst)
    return dst


# ---------------------------------------------------------------------------------------------- pikepdf
def _pike_save(pdf, dst: Path) -> Path:
    pdf.save(str(dst), deterministic_id=True, compress_streams=True)
    common.normalise_pdf(dst)
    return dst


def set_crop_boxes(src: Path, dst: Path, box) -> Path:
    """Set a CropBox (and TrimBox) on every page: `box(index, mediabox)` gives [x0, y0, x1, y1]."""
    import pikepdf
    with pikepdf.open(str(src)) as pdf:
        for i, page in enumerate(pdf.pages):
            mb = [float(v) for v in page.obj.MediaBox]
            b = box(i, mb)
            page.obj.CropBox = pikepdf.Array(b)
            page.obj.TrimBox = pikepdf.Array(b)
        return _pike_save(pdf, dst)


def merge_with_labels(parts: list[Path], dst: Path, labels: list[tuple[int, dict]]) -> Path:
    """Concatenate PDFs (qpdf's page copying through pikepdf) and set /PageLabels: labels is a list of
    (first page index, {"S": "/r" | "/D" | ..., "P": prefix, "St": start})."""
    import pikepdf
    out = pikepdf.Pdf.new()
    srcs = [pikepdf.open(str(p)) for p in parts]
    try:
        for s in srcs:
            out.pages.extend(s.pages)
        nums = []
        for idx, spec in labels:
            d = pikepdf.Dictionary()
            for k, v in spec.items():
                d[f"/{k}"] = pikepdf.Name("/" + v) if k == "S" else (v if isinstance(v, int) else pikepdf.String(v))
            nums += [idx, d]
        out.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array(nums))
        info = srcs[0].docinfo
        out.docinfo = out.make_indirect(pikepdf.Dictionary({k: info[k] for k in info.keys()}))
        out.docinfo["/Producer"] = pikepdf.String("qpdf / pikepdf")
        return _pike_save(out, dst)
    finally:
        for s in srcs:
            s.close()


# ----------------------------------------------------------------------------------- incremental update
def page_content_ref(data: bytes, page_index: int) -> int:
    """The object number of page `page_index`'s single /Contents stream in a reportlab PDF."""
    pages = [m for m in re.finditer(rb"(\d+) 0 obj\s*<<[^>]*?/Type /Page\b(?!s)", data)]
    starts = sorted(re.finditer(rb"\n(\d+) 0 obj", data), key=lambda m: m.start())
    objs = {}
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(data)
        objs[int(m.group(1))] = data[m.start():end]
    page_objs = [n for n, body in objs.items() if re.search(rb"/Type /Page\b(?!s)", body)]
    kids = re.search(rb"/Kids \[([^\]]*)\]", data).group(1)
    order = [int(x) for x in re.findall(rb"(\d+) 0 R", kids)]
    assert set(order) <= set(page_objs), (order, page_objs)
    body = objs[order[page_index]]
    return int(re.search(rb"/Contents (\d+) 0 R", body).group(1)), pages


def page_stream(data: bytes, obj: int) -> bytes:
    m = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*stream\r?\n" % obj, data, re.S)
    length = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
    raw = data[m.end():m.end() + length]
    if b"ASCII85Decode" in m.group(1):
        import base64
        raw = raw.strip()
        raw = raw[2:] if raw.startswith(b"<~") else raw
        raw = base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw)
    return zlib.decompress(raw) if b"FlateDecode" in m.group(1) else raw


def append_update(original: Path, edited: Path, dst: Path, page_index: int, info: dict[str, str]) -> Path:
    """Save `edited`'s page `page_index` on top of `original` as an incremental update: a new version of that
    page's content stream object and a new /Info, an xref section and a trailer with /Prev. The old stream stays
    in the file, unreferenced, as it does after an "edit text and save" in a PDF editor."""
    data = original.read_bytes()
    new = edited.read_bytes()
    obj, _ = page_content_ref(data, page_index)
    obj2, _ = page_content_ref(new, page_index)
    stream = zlib.compress(page_stream(new, obj2), 9)
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
    ids = re.findall(rb"/ID\s*\[[^\]]*\]", data)
    if not data.endswith(b"\n"):
        data += b"\n"
    off1 = len(data)
    part = b"%d 0 obj\n<< /Filter /FlateDecode /Length %d >>\nstream\n" % (obj, len(stream)) + stream \
        + b"\nendstream\nendobj\n"

    def esc(s: str) -> bytes:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"

    off2 = off1 + len(part)
    infobj = b"%d 0 obj\n<< " % size + b" ".join(b"/" + k.encode() + b" " + (
        v.encode() if v.startswith("(D:") else esc(v)) for k, v in info.items()) + b" >>\nendobj\n"
    xref_off = off2 + len(infobj)
    xref = (b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n"
            % (obj, off1, size, off2))
    trailer = (b"trailer\n<< /Size %d /Root " % (size + 1) + root + b" /Info %d 0 R /Prev %d " % (size, prev)
               + (ids[-1] if ids else b"") + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_off)
    dst.write_bytes(data + part + infobj + xref + trailer)
    return dst


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
