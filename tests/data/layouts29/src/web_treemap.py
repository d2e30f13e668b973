"""Stourwick Violence Against Women and Girls Strategy 2026-2029, the council's web page printed by Chromium
(A4, 2 pages; the page's HTML, with an inline SVG chart, is generated here): the priorities are the PARENT
tiles of a nested TREEMAP.

p1: council header, menu and breadcrumb, the page title, a short introduction saying the strategy has four
priorities and that the chart shows them as the four outlined blocks, sized by demand. "Figure 1" is an SVG
treemap: four parent blocks, each with a coloured header strip holding the priority's wording (wrapped by
hand into <tspan> lines, 11.5 px bold), divided into child tiles for the offence and service types that make
it up (label and count in each). The largest block takes two thirds of the chart; the headers of the three
right-hand blocks wrap over two or three lines. p2: "Figure 2", a flat treemap of the same style whose tiles are the sources of
referrals; what women and girls told us (a numbered list), the national strategy's aims, the 2022-2025
priorities, contacts and the footer."""
from __future__ import annotations

import html
from pathlib import Path

import common

NAME = "treemap_parent_tiles_vawg"
W, H = 700, 430
GROUPS = [  # (priority, colour, [(child, count)])
    ("Safety and support for everyone experiencing domestic abuse", "7A1F5C",
     [("Domestic abuse crimes", 4210), ("Coercive control", 612), ("Non-fatal strangulation", 148)]),
    ("Tackling rape and sexual violence, and supporting survivors", "B5446E",
     [("Other sexual offences", 540), ("Rape", 311)]),
    ("Ending stalking and online abuse", "5B4B8A",
     [("Stalking", 388), ("Online harassment", 230), ("Image-based abuse", 97)]),
    ("Safe streets, venues and transport for women and girls", "C96A2B",
     [("Public sexual harassment reports", 420), ("Spiking", 86)]),
]
SOURCES = [("Police", 3120), ("Self-referral", 1460), ("Health services", 880), ("Children's social care", 610),
           ("Housing", 420), ("Schools and colleges", 260), ("Other", 190)]


def wrap(s, width_px, size):
    per = max(4, int(width_px / (size * 0.55)))
    lines, cur = [], ""
    for word in s.split():
        if cur and len(cur) + 1 + len(word) > per:
            lines.append(cur)
            cur = word
        else:
            cur = (cur + " " + word).strip()
    lines.append(cur)
    return lines


def svg_text(x, y, s, width, size, *, bold=False, fill="#fff"):
    lines = wrap(s, width, size)
    weight = ' font-weight="bold"' if bold else ""
    out = [f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}"{weight}>']
    for i, ln in enumerate(lines):
        out.append(f'<tspan x="{x:.1f}" dy="{0 if i == 0 else size * 1.2:.1f}">{html.escape(ln)}</tspan>')
    out.append("</text>")
    return "\n".join(out), len(lines)


def slice_dice(items, x, y, w, h, vertical):
    """Split the rectangle among items (name, value, ...) in proportion: in a column if vertical."""
    tot = sum(it[1] for it in items)
    out, pos = [], 0.0
    for it in items:
        frac = it[1] / tot
        if vertical:
            out.append((it, x, y + pos * h, w, frac * h))
        else:
            out.append((it, x + pos * w, y, frac * w, h))
        pos += frac
    return out


def leaf(parts, it, x, y, w, h, colour, opacity):
    """A tile with its label and count, as far as they fit: labels that do not fit are cut with an ellipsis
    and the count is dropped, the way charting tools treat small tiles."""
    name, v = it[0], it[1]
    parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="#{colour}" '
                 f'fill-opacity="{opacity}" stroke="#fff" stroke-width="2"/>')
    room = int((h - 8) // 12)
    lines = wrap(name, w - 12, 10)
    if room < 1 or w < 26:
        return
    if len(lines) > room:
        lines = lines[:room]
        lines[-1] = lines[-1][: max(1, len(lines[-1]) - 2)] + "\u2026"
    out = [f'<text x="{x + 6:.1f}" y="{y + 15:.1f}" font-size="10" fill="#fff">']
    for i, ln in enumerate(lines):
        out.append(f'<tspan x="{x + 6:.1f}" dy="{0 if i == 0 else 12:.1f}">{html.escape(ln)}</tspan>')
    out.append("</text>")
    parts.append("\n".join(out))
    if room > len(lines):
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 15 + len(lines) * 12:.1f}" font-size="10" fill="#fff" '
                     f'fill-opacity="0.85">{v:,}</text>')


def split_first(items, x, y, w, h):
    """The biggest item takes its share along the long side; the rest are stacked in the remaining strip."""
    tot = sum(it[1] for it in items)
    first, rest = items[0], items[1:]
    if not rest:
        return [(first, x, y, w, h)]
    f = first[1] / tot
    if w >= h:
        return [(first, x, y, w * f, h)] + slice_dice(rest, x + w * f, y, w * (1 - f), h, True)
    return [(first, x, y, w, h * f)] + slice_dice(rest, x, y + h * f, w, h * (1 - f), False)


def treemap():
    vals = [(g[0], sum(v for _, v in g[2]), g) for g in GROUPS]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
             f'font-family="Liberation Sans, Arial, sans-serif" role="img" aria-labelledby="fig1">']
    first, rest = vals[0], vals[1:]
    tot = sum(v[1] for v in vals)
    w0 = W * first[1] / tot
    cells = [(first, 0, 0, w0, H)] + slice_dice(rest, w0, 0, W - w0, H, True)
    for (name, v, g), x, y, w, h in cells:
        colour = g[1]
        head, n = svg_text(x + 8, y + 17, name, w - 16, 11.5, bold=True)
        strip = 10 + n * 13.8
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="#{colour}" '
                     f'stroke="#fff" stroke-width="3"/>')
        parts.append(head)
        kids = sorted(g[2], key=lambda kv: -kv[1])
        inner = split_first(kids, x + 3, y + strip, w - 6, h - strip - 3)
        for it, cx, cy, cw, ch in inner:
            leaf(parts, it, cx, cy, cw, ch, "FFFFFF", 0.16)
        parts.append(f'<rect x="{x + 1.5:.1f}" y="{y + 1.5:.1f}" width="{w - 3:.1f}" height="{h - 3:.1f}" '
                     f'fill="none" stroke="#222" stroke-width="1.5"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def flat_treemap():
    w, h = 700, 200
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
             f'font-family="Liberation Sans, Arial, sans-serif" role="img">']
    big, rest = SOURCES[0], SOURCES[1:]
    tot = sum(v for _, v in SOURCES)
    w0 = w * big[1] / tot
    leaf(parts, big, 0, 0, w0, h, "4A5A6A", 1)
    top, bottom = rest[:2], rest[2:]
    tt = sum(v for _, v in top)
    bt = sum(v for _, v in bottom)
    ht = h * tt / (tt + bt)
    for it, x, y, cw, ch in slice_dice(top, w0, 0, w - w0, ht, False) + slice_dice(bottom, w0, ht, w - w0, h - ht,
                                                                                     False):
        leaf(parts, it, x, y, cw, ch, "6F8294", 1)
    parts.append("</svg>")
    return "\n".join(parts)


PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Violence against women and girls strategy 2026-2029 | Stourwick Borough Council</title>
<style>
@page {{ size: A4; margin: 14mm 14mm 16mm 14mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; color: #1e1e1e; font-size: 10.5pt; line-height: 1.45;
        margin: 0; }}
header.site {{ background: #203a43; color: #fff; padding: 10px 16px; display: flex; justify-content: space-between;
              align-items: center; }}
header.site .logo {{ font-weight: bold; font-size: 15pt; }}
header.site nav a {{ color: #fff; margin-left: 14px; font-size: 9.5pt; text-decoration: none; }}
.crumbs {{ font-size: 8.5pt; color: #555; margin: 8px 0 0; }}
.crumbs a {{ color: #1a5b8a; }}
h1 {{ font-size: 19pt; margin: 8px 0 6px; color: #203a43; }}
h2 {{ font-size: 14pt; margin: 18px 0 6px; color: #203a43; }}
.updated {{ color: #666; font-size: 9pt; }}
figure {{ margin: 10px 0 6px; }}
figcaption {{ font-weight: bold; font-size: 10pt; margin-bottom: 6px; }}
.note {{ font-size: 8.5pt; color: #555; margin-top: 4px; }}
.p2 {{ break-before: page; }}
footer {{ border-top: 3px solid #203a43; margin-top: 18px; padding-top: 6px; font-size: 8.5pt; color: #444; }}
</style></head>
<body>
<header class="site"><span class="logo">Stourwick Borough Council</span>
<nav><a href="#">Bins and recycling</a><a href="#">Council tax</a><a href="#">Housing</a><a href="#">Community safety</a></nav></header>
<p class="crumbs"><a href="#">Home</a> &gt; <a href="#">Community safety</a> &gt; <a href="#">Strategies and plans</a> &gt; VAWG strategy</p>
<main>
<h1>Violence against women and girls strategy 2026-2029</h1>
<p class="updated">Last updated: 16 November 2026</p>
<p>The Stourwick Violence Against Women and Girls Partnership published its new strategy in November 2026.
It was written with women and girls who live, work and study in Stourwick, and with the specialist services that
support them. The strategy has four priorities. In Figure 1 they are the four outlined blocks: each block is
sized by the demand on police and support services in 2025-26, and is divided into the offences and services
that make it up.</p>
<figure>
<figcaption id="fig1">Figure 1. Our four priorities, sized by demand in 2025-26 (crimes recorded and referrals to
specialist services)</figcaption>
{treemap}
<p class="note">Source: Stourwick Community Safety Team, police recorded crime and specialist service referrals,
April 2025 to March 2026. A case can appear under more than one offence.</p>
</figure>
<p>Domestic abuse makes up most of the demand, and the strategy puts most of its resources there. The smaller
blocks are no less important: rape and stalking are under-reported, and harassment in public places was the issue
raised most often in our survey.</p>
<section class="p2">
<h2>Who refers women and girls for support</h2>
<figure>
<figcaption>Figure 2. Referrals to specialist VAWG services by source, 2025-26</figcaption>
{flat}
</figure>
<h2>What women and girls told us</h2>
<ol>
<li>Half of the women who answered our survey do not feel safe walking alone in the town centre after dark.</li>
<li>Young women said online abuse is part of everyday life and that reporting it rarely leads anywhere.</li>
<li>Survivors want one worker who stays with them from first contact to the end of any court case.</li>
</ol>
<h2>The national picture</h2>
<p>The national strategy to tackle violence against women and girls aims to prioritise prevention, support
victims and pursue perpetrators. Our four priorities are how we will do that in Stourwick.</p>
<h2>Our previous strategy</h2>
<p>The 2022-2025 strategy's priorities were prevention in schools, a specialist independent sexual violence
adviser service and training for licensed premises. Each has become part of the new priorities.</p>
<h2>Contact us</h2>
<p>Stourwick Community Safety Team, Civic Offices, Stourwick. Email: community.safety@stourwick.example.
If you are in danger now, call 999.</p>
</section>
</main>
<footer>&copy; Stourwick Borough Council 2026 &middot; Accessibility &middot; Privacy &middot; Cookies</footer>
</body></html>
"""


def finish(work: Path, out: Path) -> list[Path]:
    page = work / f"{NAME}.html"
    page.write_text(PAGE.format(treemap=treemap(), flat=flat_treemap()), encoding="utf-8")
    target = out / f"{NAME}.pdf"
    common.chromium_to_pdf(page, target)
    got = common.pdf_pages(target)
    if got != 2:
        raise SystemExit(f"{NAME}: expected 2 pages, got {got}")
    return [target]
