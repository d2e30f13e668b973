"""Print-production helpers for this batch: seeded "photographs" (raster JPEGs drawn with Pillow), printer's
marks (crop marks, registration targets, a colour bar) and letter-by-letter and fake-small-caps setting.

Everything is seeded or fixed, so the images and the PDFs are the same on every build."""
from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from rl_kit import hexc


# ----------------------------------------------------------------------------- raster "photographs"
def night_street_photo(path: Path, size=(640, 900), seed=7, sky=((18, 26, 58), (196, 104, 58))) -> Path:
    """A soft-focus dusk street scene: a graded sky, dark building blocks with lit windows and blurred
    street-lamp glows. Saved as a baseline JPEG (quality 70) so that it stays small."""
    rnd = random.Random(seed)
    w, h = size
    top, bottom = sky
    strip = Image.new("RGB", (1, h))
    for y in range(h):
        t = min(1.0, y / (h * 0.62))
        strip.putpixel((0, y), tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    img = strip.resize(size)
    d = ImageDraw.Draw(img)
    x = -20
    while x < w:
        bw = rnd.randint(60, 150)
        bh = rnd.randint(int(h * 0.28), int(h * 0.62))
        shade = rnd.randint(14, 34)
        d.rectangle([x, h - bh, x + bw, h], fill=(shade, shade, shade + 8))
        for wy in range(h - bh + 14, h - 60, 22):
            for wx in range(x + 8, x + bw - 12, 18):
                if rnd.random() < 0.33:
                    d.rectangle([wx, wy, wx + 8, wy + 11], fill=(236, 196, 112))
        x += bw + rnd.randint(-10, 12)
    glow = Image.new("RGB", size, (0, 0, 0))
    g = ImageDraw.Draw(glow)
    for _ in range(9):
        cx, cy, r = rnd.randint(0, w), rnd.randint(int(h * 0.55), int(h * 0.9)), rnd.randint(16, 40)
        g.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 214, 150))
    glow = glow.filter(ImageFilter.GaussianBlur(18))
    img = ImageChops.add(img, glow)
    img = img.filter(ImageFilter.GaussianBlur(2.2))  # a shallow depth of field
    img.save(path, "JPEG", quality=70, optimize=False, progressive=False)
    return path


# ----------------------------------------------------------------------------- printer's marks
def crop_marks(c, x0, y0, w, h, *, offset=8.5 + 3, length=20, colour="000000"):
    """Trim marks at the four corners of the trim box (x0, y0, w, h), starting outside the bleed."""
    c.saveState()
    c.setStrokeColor(hexc(colour))
    c.setLineWidth(0.25)
    for cx, sx in ((x0, -1), (x0 + w, 1)):
        for cy, sy in ((y0, -1), (y0 + h, 1)):
            c.line(cx + sx * offset, cy, cx + sx * (offset + length), cy)
            c.line(cx, cy + sy * offset, cx, cy + sy * (offset + length))
    c.restoreState()


def registration(c, x, y, r=6):
    """A registration target: a circle with a cross through it."""
    c.saveState()
    c.setStrokeColor(hexc("000000"))
    c.setLineWidth(0.3)
    c.circle(x, y, r, stroke=1, fill=0)
    c.circle(x, y, r * 0.5, stroke=1, fill=0)
    c.line(x - r * 1.6, y, x + r * 1.6, y)
    c.line(x, y - r * 1.6, x, y + r * 1.6)
    c.restoreState()


def colour_bar(c, x, y, cell=9):
    """A process colour bar: C, M, Y, K solids, then 25/50/75 % tints of K."""
    c.saveState()
    for i, (cc, mm, yy, kk) in enumerate([(1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1), (1, 1, 0, 0),
                                           (0, 1, 1, 0), (1, 0, 1, 0), (0, 0, 0, .75), (0, 0, 0, .5),
                                           (0, 0, 0, .25)]):
        c.setFillColorCMYK(cc, mm, yy, kk)
        c.rect(x + i * cell, y, cell, cell, stroke=0, fill=1)
    c.restoreState()


# ----------------------------------------------------------------------------- type
def spaced(c, x, y, s, *, font="Sans-Bold", size=8.5, track=4.0, colour="222222"):
    """Letter-spaced capitals set glyph by glyph: one drawString per letter, word gaps are only distance.
    Returns the end x."""
    c.saveState()
    c.setFillColor(hexc(colour))
    for ch in s:
        if ch != " ":
            c.setFont(font, size)
            c.drawString(x, y, ch)
        x += c.stringWidth(ch, font, size) + track
    c.restoreState()
    return x


def fake_small_caps(c, x, y, s, *, font="Serif-Bold", big=16, small=12.4, colour="222222", max_width=None,
                    leading=None):
    """Small capitals as a word processor fakes them: every letter is a capital, word initials at `big`,
    the rest at `small`. Wraps at `max_width`; returns the number of lines."""
    words = s.split(" ")

    def width(ws):
        tot = 0.0
        for i, wd in enumerate(ws):
            if i:
                tot += c.stringWidth(" ", font, small)
            tot += c.stringWidth(wd[0].upper(), font, big) + c.stringWidth(wd[1:].upper(), font, small)
        return tot

    lines, cur = [], []
    for wd in words:
        if max_width and cur and width(cur + [wd]) > max_width:
            lines.append(cur)
            cur = []
        cur.append(wd)
    lines.append(cur)
    c.saveState()
    c.setFillColor(hexc(colour))
    for n, ws in enumerate(lines):
        t = c.beginText(x, y - n * (leading or big * 1.25))
        for i, wd in enumerate(ws):
            if i:
                t.setFont(font, small)
                t.textOut(" ")
            t.setFont(font, big)
            t.textOut(wd[0].upper())
            if len(wd) > 1:
                t.setFont(font, small)
                t.textOut(wd[1:].upper())
        c.drawText(t)
    c.restoreState()
    return len(lines)
