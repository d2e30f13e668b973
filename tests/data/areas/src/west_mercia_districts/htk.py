"""HTML helpers for the Chromium-printed documents of the west_mercia_districts area.

A document is a list of fixed-size A4 pages (<section class="page">), so the page numbers printed in the
contents are known when the HTML is written.  Chromium prints it; common.normalise_pdf fixes the dates and ids.
"""
from __future__ import annotations

import html as _html
from pathlib import Path

import common

WORK = Path("/tmp/west_mercia_districts_build")

BASE_CSS = """
@page { size: 210mm 297mm; margin: 0; }
html, body { margin: 0; padding: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.page { width: 210mm; height: 297mm; overflow: hidden; position: relative; break-after: page; }
section.page:last-child { break-after: auto; }
table { border-collapse: collapse; }
"""


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def render(out_pdf: Path, title: str, css: str, pages: list[str], lang: str = "en-GB", landscape=False) -> Path:
    base = BASE_CSS
    if landscape:
        base = base.replace("size: 210mm 297mm", "size: 297mm 210mm").replace(
            "width: 210mm; height: 297mm", "width: 297mm; height: 210mm")
    body = "\n".join(f'<section class="page p{i}">{p}</section>' for i, p in enumerate(pages, start=1))
    doc = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
           f"<style>{base}{css}</style></head><body>{body}</body></html>")
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / (Path(out_pdf).stem + ".html")
    src.write_text(doc, encoding="utf-8")
    common.chromium_to_pdf(src, out_pdf)
    return Path(out_pdf)


def spark(values, w=90, h=26, colour="#1f6f8b", fill=None, width=1.6) -> str:
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1
    pts = [(round(2 + i * (w - 4) / (len(values) - 1), 1), round(h - 2 - (v - lo) / span * (h - 4), 1))
           for i, v in enumerate(values)]
    poly = " ".join(f"{x},{y}" for x, y in pts)
    area = ""
    if fill:
        area = f'<polygon points="2,{h} {poly} {w - 2},{h}" fill="{fill}" stroke="none"/>'
    lx, ly = pts[-1]
    return (f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}">{area}<polyline points="{poly}" fill="none" '
            f'stroke="{colour}" stroke-width="{width}"/><circle cx="{lx}" cy="{ly}" r="2.2" fill="{colour}"/></svg>')


def columns_svg(labels, series, colours, legend, w=520, h=170, font="Liberation Sans", size=9) -> str:
    """Grouped column chart; x-axis labels and a legend are real text (they name crime types)."""
    n, k = len(labels), len(series)
    top = max(max(s) for s in series) or 1
    left, bottom, leg = 34, 22, 18
    ph = h - bottom - leg - 6
    slot = (w - left) / n
    bw = slot * 0.72 / k
    out = [f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{font}" font-size="{size}">']
    for gi in range(0, 5):
        y = 6 + ph - ph * gi / 4
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w}" y2="{y:.1f}" stroke="#e3e3e3"/>')
        out.append(f'<text x="{left - 4}" y="{y + 3:.1f}" text-anchor="end" fill="#777">{round(top * gi / 4):,}</text>')
    for i, lab in enumerate(labels):
        for j, s in enumerate(series):
            bh = ph * s[i] / top
            x = left + i * slot + slot * 0.14 + j * bw
            out.append(f'<rect x="{x:.1f}" y="{6 + ph - bh:.1f}" width="{bw - 1:.1f}" height="{bh:.1f}" '
                       f'fill="{colours[j]}"/>')
        out.append(f'<text x="{left + i * slot + slot / 2:.1f}" y="{6 + ph + 13:.1f}" text-anchor="middle" '
                   f'fill="#444">{esc(lab)}</text>')
    lx = left
    for name, col in zip(legend, colours):
        out.append(f'<rect x="{lx}" y="{h - 11}" width="9" height="9" fill="{col}"/>'
                   f'<text x="{lx + 13}" y="{h - 3}" fill="#444">{esc(name)}</text>')
        lx += 24 + len(name) * size * 0.52
    out.append("</svg>")
    return "".join(out)


def line_svg(labels, series, colours, legend, w=520, h=160, font="Liberation Sans", size=9) -> str:
    """Multi-line trend chart with month labels and a legend naming each series."""
    top = max(max(s) for s in series) or 1
    left, bottom, leg = 34, 20, 18
    ph = h - bottom - leg - 6
    n = len(labels)
    step = (w - left - 8) / (n - 1)
    out = [f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{font}" font-size="{size}">']
    for gi in range(0, 5):
        y = 6 + ph - ph * gi / 4
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w}" y2="{y:.1f}" stroke="#e6e6e6"/>')
        out.append(f'<text x="{left - 4}" y="{y + 3:.1f}" text-anchor="end" fill="#777">{round(top * gi / 4):,}</text>')
    for i, lab in enumerate(labels):
        out.append(f'<text x="{left + i * step:.1f}" y="{6 + ph + 13:.1f}" text-anchor="middle" fill="#555">'
                   f'{esc(lab)}</text>')
    for s, col in zip(series, colours):
        pts = " ".join(f"{left + i * step:.1f},{6 + ph - ph * v / top:.1f}" for i, v in enumerate(s))
        out.append(f'<polyline points="{pts}" fill="none" stroke="{col}" stroke-width="2"/>')
    lx = left
    for name, col in zip(legend, colours):
        out.append(f'<line x1="{lx}" y1="{h - 6}" x2="{lx + 14}" y2="{h - 6}" stroke="{col}" stroke-width="3"/>'
                   f'<text x="{lx + 18}" y="{h - 3}" fill="#444">{esc(name)}</text>')
        lx += 30 + len(name) * size * 0.52
    out.append("</svg>")
    return "".join(out)


def heat(v: float, lo: float, hi: float, ramp=("#fff5eb", "#fdae6b", "#e6550d", "#a63603")) -> str:
    t = 0 if hi == lo else (v - lo) / (hi - lo)
    i = min(int(t * (len(ramp) - 1) + 0.5), len(ramp) - 1)
    return ramp[i]
