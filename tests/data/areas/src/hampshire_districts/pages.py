"""Standard pages shared by the hampshire_districts brochures: cover, contents, prose, statistics, tables and
back page, each drawn in the document's own brand.  The priorities pages are drawn by each document itself."""
from __future__ import annotations

from .kit import TA_CENTER, Doc, colors, mm, style

ILLUSTRATIVE = "All figures on this page are illustrative, for this re-created document only."


def cover(d: Doc, title_lines, years, org_line, variant="split", seed=1):
    """Cover page (no folio)."""
    W, H = d.new(folio=False)
    b, c = d.b, d.c
    if variant == "split":  # photo top, colour block bottom
        d.photo(0, H * 0.45, W, H * 0.55, seed=seed)
        c.setFillColor(b.P)
        c.rect(0, 0, W, H * 0.45, stroke=0, fill=1)
        y = H * 0.45 - 25 * mm
        for ln in title_lines:
            c.setFont(b.Hd[1], 30)
            c.setFillColor(colors.white)
            c.drawString(b.margin, y, ln)
            y -= 12 * mm
        c.setFont(b.Hd[0], 20)
        c.setFillColor(b.A)
        c.drawString(b.margin, y - 4 * mm, years)
    elif variant == "full":  # full-bleed photo with a colour tab
        d.photo(0, 0, W, H, seed=seed)
        c.setFillColor(b.P)
        c.rect(b.margin, H * 0.3, W * 0.62, H * 0.32, stroke=0, fill=1)
        y = H * 0.62 - 22 * mm
        for ln in title_lines:
            c.setFont(b.Hd[1], 27)
            c.setFillColor(colors.white)
            c.drawString(b.margin + 8 * mm, y, ln)
            y -= 11 * mm
        c.setFont(b.Hd[0], 17)
        c.setFillColor(b.A)
        c.drawString(b.margin + 8 * mm, y - 3 * mm, years)
    elif variant == "circles":  # light page with brand circles
        c.setFillColor(b.T)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        for k, col in enumerate((b.P, b.S, b.A)):
            c.setFillColor(col)
            c.circle(W * (0.75 - 0.12 * k), H * (0.72 + 0.05 * k), W * (0.28 - 0.06 * k), stroke=0, fill=1)
        y = H * 0.42
        for ln in title_lines:
            c.setFont(b.Hd[1], 30)
            c.setFillColor(b.P)
            c.drawString(b.margin, y, ln)
            y -= 12 * mm
        c.setFont(b.Hd[0], 19)
        c.setFillColor(b.S)
        c.drawString(b.margin, y - 4 * mm, years)
    else:  # "stripe": vertical colour stripe on the left
        c.setFillColor(b.P)
        c.rect(0, 0, W * 0.38, H, stroke=0, fill=1)
        d.photo(W * 0.38, H * 0.35, W * 0.62, H * 0.65, seed=seed)
        y = H * 0.3
        for ln in title_lines:
            c.setFont(b.Hd[1], 28)
            c.setFillColor(b.P)
            c.drawString(W * 0.38 + 10 * mm, y, ln)
            y -= 11 * mm
        c.setFont(b.Hd[0], 18)
        c.setFillColor(b.S)
        c.drawString(W * 0.38 + 10 * mm, y - 3 * mm, years)
    c.setFont(b.B[1], 10)
    c.setFillColor(colors.white if variant in ("split", "stripe", "full") else b.P)
    c.drawString(b.margin if variant != "stripe" else 10 * mm, 14 * mm, org_line)


def contents(d: Doc, entries, intro=None, variant="list"):
    """Contents page (always page 2). entries: (title, page) or (title, page, indent)."""
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Contents")
    if intro:
        y = d.left(intro, b.B[2], 9.5, m, y, W - 2 * m, b.S) - 6 * mm
    for e in entries:
        title, page = e[0], e[1]
        ind = e[2] if len(e) > 2 else 0
        if variant == "big":  # large page numbers in a left column
            c.setFont(b.Hd[1], 22)
            c.setFillColor(b.A)
            c.drawRightString(m + 14 * mm, y - 7 * mm, f"{page:02d}")
            c.setFont(b.Hd[0], 12)
            c.setFillColor(b.I)
            c.drawString(m + 20 * mm + ind, y - 7 * mm, title)
            y -= 13 * mm
        elif variant == "boxes":  # ruled rows with a coloured number box on the right
            c.setStrokeColor(b.T)
            c.setLineWidth(0.8)
            c.line(m, y - 9 * mm, W - m, y - 9 * mm)
            c.setFont(b.B[0] if ind else b.B[1], 11)
            c.setFillColor(b.I)
            c.drawString(m + ind, y - 6 * mm, title)
            c.setFillColor(b.P)
            c.rect(W - m - 10 * mm, y - 8 * mm, 10 * mm, 7 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(b.B[1], 10)
            c.drawCentredString(W - m - 5 * mm, y - 6 * mm, str(page))
            y -= 10.5 * mm
        else:  # dotted leaders
            c.setFont(b.B[0] if ind else b.B[1], 11)
            c.setFillColor(b.I)
            c.drawString(m + ind, y - 6 * mm, title)
            tw = c.stringWidth(title, b.B[0] if ind else b.B[1], 11)
            c.setFillColor(colors.grey)
            x = m + ind + tw + 3 * mm
            while x < W - m - 10 * mm:
                c.circle(x, y - 6 * mm + 1.2, 0.45, stroke=0, fill=1)
                x += 2.2 * mm
            c.setFillColor(b.P)
            c.setFont(b.B[1], 11)
            c.drawRightString(W - m, y - 6 * mm, str(page))
            y -= 9.5 * mm


def prose(d: Doc, heading, blocks, cols=2, sidebar=None, kicker=None, size=9.5, quote=None, size_of=None):
    """A text page: heading, then blocks in one or two columns, with an optional tinted sidebar on the right
    (title, blocks) and an optional pull quote (text, attribution) across the foot."""
    W, H = d.new(size_of)
    b = d.b
    m = b.margin
    y = d.heading(heading, kicker=kicker)
    bottom = 18 * mm
    if quote:
        qh = 34 * mm
        d.c.setFillColor(b.T)
        d.c.rect(m, bottom, W - 2 * m, qh - 4 * mm, stroke=0, fill=1)
        d.c.setFillColor(b.A)
        d.c.setFont(b.Hd[1], 40)
        d.c.drawString(m + 4 * mm, bottom + qh - 20 * mm, "\u201c")
        d.para(quote[0], style(b.Hd[2], 12, b.P, 16), m + 18 * mm, bottom + qh - 9 * mm, W - 2 * m - 26 * mm)
        d.c.setFont(b.B[0], 8)
        d.c.setFillColor(b.I)
        d.c.drawRightString(W - m - 5 * mm, bottom + 4 * mm, quote[1])
        bottom += qh + 2 * mm
    right = W - m
    if sidebar:
        sw = 58 * mm
        right = W - m - sw - 7 * mm
        d.c.setFillColor(b.T)
        d.c.rect(W - m - sw, bottom, sw, y - bottom, stroke=0, fill=1)
        d.c.setFillColor(b.S)
        d.c.rect(W - m - sw, y - 2, sw, 2, stroke=0, fill=1)
        st = [d.story([("h", sidebar[0])], size - 1)[0]] + d.story(sidebar[1], size - 1)
        d.flow(st, [(W - m - sw + 4 * mm, bottom + 3 * mm, sw - 8 * mm, y - bottom - 7 * mm)])
    story = d.story(blocks, size)
    tw = right - m
    if cols == 2:
        gut = 7 * mm
        cw = (tw - gut) / 2
        d.flow(story, [(m, bottom, cw, y - bottom), (m + cw + gut, bottom, cw, y - bottom)])
    elif cols == 3:
        gut = 6 * mm
        cw = (tw - 2 * gut) / 3
        d.flow(story, [(m + k * (cw + gut), bottom, cw, y - bottom) for k in range(3)])
    else:
        d.flow(story, [(m, bottom, tw, y - bottom)])


def stats(d: Doc, heading, tiles, blocks, note=ILLUSTRATIVE, kicker=None, cols=3):
    """Statistics page: a grid of figure tiles, then text in two columns, then the 'illustrative' note."""
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading(heading, kicker=kicker)
    gap = 4 * mm
    tw = (W - 2 * m - (cols - 1) * gap) / cols
    th = 28 * mm
    for i, (num, cap) in enumerate(tiles):
        r, k = divmod(i, cols)
        x = m + k * (tw + gap)
        yy = y - r * (th + gap)
        c.setFillColor((b.P, b.S, b.A)[i % 3] if b.extra.get("tile_colours", True) else b.T)
        c.roundRect(x, yy - th, tw, th, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white if b.extra.get("tile_colours", True) else b.P)
        c.setFont(b.Hd[1], 20)
        c.drawString(x + 4 * mm, yy - 10 * mm, num)
        d.para(cap, style(b.B[0], 8, colors.white if b.extra.get("tile_colours", True) else b.I, 10),
               x + 4 * mm, yy - 13 * mm, tw - 8 * mm)
    rows = (len(tiles) + cols - 1) // cols
    y -= rows * (th + gap) + 4 * mm
    bottom = 24 * mm
    story = d.story(blocks, 9)
    cw = (W - 2 * m - 7 * mm) / 2
    d.flow(story, [(m, bottom, cw, y - bottom), (m + cw + 7 * mm, bottom, cw, y - bottom)])
    c.setFont(b.B[2], 7.5)
    c.setFillColor(colors.grey)
    c.drawString(m, 16 * mm, note)


def table_page(d: Doc, heading, intro, header, rows, widths, note=None, kicker=None, size=8, bold_first=False,
               size_of=None):
    W, H = d.new(size_of)
    b = d.b
    m = b.margin
    y = d.heading(heading, kicker=kicker)
    if intro:
        y -= d.para(intro, d.st_body(9.5), m, y, W - 2 * m) + 4 * mm
    scale = (W - 2 * m) / sum(widths)
    y = d.table(header, rows, [w * scale for w in widths], m, y, size=size, bold_first=bold_first)
    if note:
        d.para(note, style(b.B[2], 8, colors.grey, 10), m, y - 4 * mm, W - 2 * m)


def back(d: Doc, org, lines, strap=None):
    W, H = d.new(folio=False)
    b, c = d.b, d.c
    c.setFillColor(b.P)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(b.S)
    c.rect(0, H * 0.62, W, 3 * mm, stroke=0, fill=1)
    d.para(org, style(b.Hd[1], 22, colors.white, 26), b.margin, H * 0.62 + 40 * mm, W - 2 * b.margin)
    y = H * 0.62 - 12 * mm
    for ln in lines:
        y -= d.para(ln, style(b.B[0], 10.5, colors.white, 14), b.margin, y, W - 2 * b.margin) + 3 * mm
    if strap:
        d.para(strap, style(b.B[2], 8, colors.white, 10, TA_CENTER), b.margin, 22 * mm, W - 2 * b.margin)
