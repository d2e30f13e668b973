"""Time and peak memory of a cold `analyse` from 10 to 200 documents, in one run.

    python bench/scaling.py [10 25 50 100 200]

The documents are synthetic strategies made from the bundled corpus with variations: each takes five
priorities from the corpus's gold labels, varied by place so that no two documents share wording, and
sets them out over eight pages (cover, contents, one section per priority, governance), in one of three
layouts. Each size runs cold with a new store. Both time and memory should grow about linearly: the
per-document figures printed last should stay roughly flat.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

from _common import ROOT, STRATALIGN, run

PLACES = ["Ashford", "Brinton", "Calder", "Dunmore", "Elmstead", "Fallow", "Grayle", "Hurst", "Ivybridge",
          "Jarrow Vale", "Kettering", "Lowmoor", "Marden", "Northam", "Oakley", "Penrose", "Quarry Hill",
          "Redbank", "Stanwick", "Thornby"]


def priority_pool() -> list[str]:
    gold = json.loads((ROOT / "corpus" / "gold.json").read_text())
    return sorted({p["text"] for d in gold["documents"].values() for p in d["priorities"]})


def make_document(path: Path, n: int, pool: list[str], rng: random.Random) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    place = PLACES[n % len(PLACES)] + ("" if n < len(PLACES) else f" {n // len(PLACES) + 1}")
    picks = rng.sample(pool, 5)
    texts = [f"{t} in {place}" if i % 2 == 0 else t + f" across {place}" for i, t in enumerate(picks)]
    layout = n % 3
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4

    def footer(page: int) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, f"{place} Community Safety Strategy")
        c.drawRightString(w - 50, 30, f"Page {page}")

    c.setFont("Helvetica-Bold", 28)
    c.drawString(50, h - 200, f"{place} Community Safety")
    c.drawString(50, h - 235, "Strategy 2025-2028")
    c.showPage()
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, h - 80, "Contents")
    c.setFont("Helvetica", 11)
    for i, t in enumerate(texts):
        c.drawString(60, h - 120 - 18 * i, f"Priority {i + 1} – {t}"[:80])
        c.drawRightString(w - 50, h - 120 - 18 * i, str(i + 3))
    footer(2)
    c.showPage()
    for i, t in enumerate(texts):
        if layout == 0:
            c.setFont("Helvetica-Bold", 18)
            c.drawString(50, h - 90, f"Priority {i + 1} – {t}"[:70])
        elif layout == 1:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, h - 70, f"PRIORITY {i + 1}")
            c.setFont("Helvetica-Bold", 18)
            c.drawString(50, h - 92, t[:60])
        else:
            c.setFont("Helvetica-Bold", 18)
            c.drawString(50, h - 90, f"Objective {chr(65 + i)}: {t}"[:70])
        c.setFont("Helvetica", 10.5)
        y = h - 130
        for line in [f"This priority responds to what residents of {place} told us and to the strategic",
                     "assessment. Partners will work together on prevention, enforcement and support.", ""]:
            c.drawString(50, y, line)
            y -= 15
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "What we will do")
        y -= 16
        c.setFont("Helvetica", 10.5)
        for k in range(4):
            c.drawString(60, y, f"\u2022 Action {k + 1} for {place}: joint work with partners, reviewed each quarter")
            y -= 15
        footer(i + 3)
        c.showPage()
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, h - 90, "Governance")
    c.setFont("Helvetica", 10.5)
    c.drawString(50, h - 120, "The partnership board meets quarterly and publishes an annual report.")
    footer(8)
    c.showPage()
    c.save()


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [10, 25, 50, 100, 200]
    pool = priority_pool()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docs = tmp / "docs"
        docs.mkdir()
        rng = random.Random(7)
        for n in range(max(sizes)):
            make_document(docs / f"strategy_{n:03d}.pdf", n, pool, rng)
        for size in sizes:
            folder = tmp / f"corpus_{size}"
            folder.mkdir()
            for n in range(size):
                (folder / f"strategy_{n:03d}.pdf").symlink_to(docs / f"strategy_{n:03d}.pdf")
            seconds, mb = run(STRATALIGN + ["analyse", str(folder), "--store", str(tmp / f"store_{size}.db"),
                                            "--out", str(tmp / f"out_{size}"), "-q"])
            rows.append((size, seconds, mb))
            print(f"{size:4d} documents  {seconds:7.1f} s  peak {mb:5d} MB", flush=True)
    base_n, base_s, base_mb = rows[0]
    print()
    print("documents   seconds/doc   time vs linear   memory vs first")
    for size, seconds, mb in rows:
        linear = base_s * size / base_n
        print(f"{size:9d}   {seconds / size:11.3f}   {seconds / linear:14.2f}   {mb / base_mb:15.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
