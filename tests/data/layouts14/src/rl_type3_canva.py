"""Ravendale domestic abuse strategy, imitating an online design tool's export: **every** piece of text is set
in **Type 3 fonts** built from glyph outlines (regular and bold), with codes handed out in order of first use
and a ToUnicode map; the font is selected at **size 1** (`/T3a 1 Tf`) and scaled by the text matrix
(`24 0 0 24 x y Tm`); **each word is its own text object** at an absolute position, with no space glyphs at
all; words containing a kerning pair ("To", "Wa", "Yo", "ty", "ke", "Av") are split into **two text objects
at the pair**, the second nudged left by the kern."""
from __future__ import annotations

import kit14
from glyphs import Outlines, Type3Font
from kit14 import Doc, box, font_dict_num, hexc

NAME = "type3_word_objects_domestic_abuse"
TITLE = "Ravendale Domestic Abuse Strategy 2026-2029"
PLUM = "4A1D5C"
PINK = "D9487A"

REG = Outlines("LiberationSans-Regular.ttf")
BOLD = Outlines("LiberationSans-Bold.ttf")
KERN = {"To": -1.2, "Wa": -0.6, "Yo": -1.0, "ty": -0.35, "ke": -0.2, "Av": -0.8, "Te": -0.9, "Wo": -0.5}

PRIORITIES = [
    ("Recognising domestic abuse early and acting on it",
     "GPs, schools, midwives, housing officers and employers will know the signs and what to do. We will train "
     "2,000 staff and put a domestic abuse champion in every GP practice."),
    ("Safe accommodation and support for every survivor who needs it",
     "No survivor should have to choose between staying with an abuser and becoming homeless. We will add twelve "
     "refuge spaces, including four for women with older sons."),
    ("Supporting children and young people who live with domestic abuse",
     "Children are victims in their own right. Every child in a household known to MARAC will be offered support, "
     "and schools will hear from the police by 9am after an incident."),
    ("Changing the behaviour of people who cause harm",
     "We will commission an accredited behaviour change programme, use the new protection orders and make sure "
     "perpetrators, not survivors, are the ones asked to change."),
]


class Canvas3:
    """Writes Type 3 text one word object at a time onto a kit14 Doc's canvas."""

    def __init__(self, d):
        self.d = d
        self.f = {"reg": Type3Font(REG, "T3a"), "bold": Type3Font(BOLD, "T3b")}
        self.o = {"reg": REG, "bold": BOLD}

    def word(self, s, x, y, size, style, color):
        f, o = self.f[style], self.o[style]
        r, g, b = hexc(color).rgb()
        parts = [(s, x)]
        for pair, k in KERN.items():
            i = s.find(pair)
            if i >= 0 and len(s) > 2:
                a, b2 = s[: i + 1], s[i + 1:]
                xb = x + o.width(a, size) + k * size / 24.0
                parts = [(a, x), (b2, xb)]
                break
        ops = []
        for part, px in parts:
            ops.append(f"BT /{f.tag} 1 Tf {r:.3f} {g:.3f} {b:.3f} rg {size:g} 0 0 {size:g} {px:.2f} {y:.2f} Tm "
                       f"{f.encode(part)} Tj ET")
        self.d.c._code.append("\n".join(ops))

    def line(self, s, x, y, size, style="reg", color="222222", align="left", width=0):
        o = self.o[style]
        sp = o.advance(" ") * size / 1000.0
        if align == "center":
            x = x + (width - o.width(s, size)) / 2
        for wd in s.split():
            self.word(wd, x, y, size, style, color)
            x += o.width(wd, size) + sp

    def box(self, s, x, top, width, size, style="reg", color="222222", leading=None, align="left"):
        """A wrapped text box; returns the y of its last baseline minus the descent."""
        o = self.o[style]
        leading = leading or size * 1.3
        lines, cur = [], []
        for wd in s.split():
            if cur and o.width(" ".join(cur + [wd]), size) > width:
                lines.append(" ".join(cur))
                cur = []
            cur.append(wd)
        if cur:
            lines.append(" ".join(cur))
        y = top - size
        for ln in lines:
            self.line(ln, x, y, size, style, color, align, width)
            y -= leading
        return y + leading - size * 0.3

    def fonts(self, pdf):
        fd = font_dict_num(pdf, pdf.pages()[0])
        for f in self.f.values():
            pdf.dict_add(fd, b"/%s %d 0 R" % (f.tag.encode(), f.objects(pdf)))


def build(path):
    d = Doc(path, TITLE, "Ravendale Domestic Abuse Partnership Board", footer="", accent=PLUM,
            footer_on_first=False)
    d._foot = lambda: None  # the design has its own footers
    c = d.c
    T = Canvas3(d)
    W, H = d.W, d.H

    def footer(n):
        T.line(f"Ravendale Domestic Abuse Strategy 2026-2029 | {n}", 40, 26, 8, "reg", "888888")

    # ---------------------------------------------------------------- p1
    box(c, 0, H - 330, W, 330, PLUM)
    c.saveState()
    c.setFillColor(hexc(PINK))
    c.circle(W - 60, H - 40, 110, stroke=0, fill=1)
    c.restoreState()
    T.line("RAVENDALE DOMESTIC ABUSE PARTNERSHIP BOARD", 40, H - 70, 10, "bold", "F5C6D8")
    y = T.box("Ravendale Domestic Abuse Strategy 2026-2029", 40, H - 100, 380, 34, "bold", "FFFFFF", leading=40)
    T.box("Safe at home. Heard when you ask. Free to live without fear.", 40, y - 16, 380, 14, "reg", "F1E4F6")
    y = H - 370
    T.line("A message from the board", 40, y, 17, "bold", PLUM)
    y = T.box("Domestic abuse touches every street in Ravendale. Last year the police recorded 3,204 domestic abuse "
              "incidents, and 1,130 children lived in households referred to MARAC. Behind every number is a "
              "person who deserved to be safe at home.", 40, y - 12, W - 80, 10.5)
    y = T.box("This strategy meets our duties under the Domestic Abuse Act 2021. It was shaped by 140 survivors, "
              "by the specialist services who support them and by the children who told us what it is like to "
              "live with abuse. It sets four priorities for the next three years.", 40, y - 8, W - 80, 10.5)
    y = T.box("Sarah Quayle, Chair, Ravendale Domestic Abuse Partnership Board", 40, y - 8, W - 80, 10, "bold",
              "555555")
    tiles = [("3,204", "domestic abuse incidents recorded in 2025-26"), ("1 in 5", "adults in Ravendale have "
             "experienced domestic abuse"), ("1,130", "children in households referred to MARAC")]
    tw = (W - 80 - 2 * 14) / 3
    for i, (big, small) in enumerate(tiles):
        x = 40 + i * (tw + 14)
        box(c, x, y - 118, tw, 96, "F6EAF0")
        T.line(big, x + 14, y - 56, 26, "bold", PINK)
        T.box(small, x + 14, y - 66, tw - 28, 9.5, "reg", "333333")
    footer(1)
    # ---------------------------------------------------------------- p2 priorities
    d.next()
    T.line("Our four priorities", 40, H - 70, 28, "bold", PLUM)
    T.box("These are the four things we will focus on until 2029. Every partner on the board has signed up to "
          "them.", 40, H - 86, W - 80, 11, "reg", "444444")
    top = H - 140
    ch = 128
    for i, (name, desc) in enumerate(PRIORITIES):
        yt = top - i * (ch + 14)
        box(c, 40, yt - ch, W - 80, ch, "F6EAF0", radius=10)
        c.saveState()
        c.setFillColor(hexc(PINK))
        c.roundRect(40, yt - ch, 70, ch, 10, stroke=0, fill=1)
        c.restoreState()
        T.line(f"0{i + 1}", 52, yt - 50, 30, "bold", "FFFFFF")
        yb = T.box(name, 128, yt - 16, W - 200, 15, "bold", PLUM, leading=18)
        T.box(desc, 128, yb - 8, W - 200, 10, "reg", "333333")
    yq = top - 4 * (ch + 14) - 6
    T.line("What survivors asked us for", 40, yq - 14, 13, "bold", PLUM)
    asks = ["Believe me the first time", "Don't make me tell my story again", "Help my children too"]
    bw = (W - 80 - 2 * 12) / 3
    for i, a in enumerate(asks):
        x = 40 + i * (bw + 12)
        box(c, x, yq - 70, bw, 42, "FFFFFF", stroke=PINK, radius=16)
        T.line("\u201c" + a + "\u201d", x, yq - 54, 10.5, "reg", PLUM, align="center", width=bw)
    footer(2)
    # ---------------------------------------------------------------- p3
    d.next()
    T.line("Our duties and the national plan", 40, H - 70, 20, "bold", PLUM)
    y = T.box("Part 4 of the Domestic Abuse Act 2021 requires Ravendale Council to assess the need for safe "
              "accommodation, publish a strategy and report on it every year. This strategy covers that duty and "
              "goes further.", 40, H - 84, W - 80, 10.5)
    y = T.box("The Government's Tackling Domestic Abuse Plan is organised around four pillars, which our "
              "priorities support:", 40, y - 8, W - 80, 10.5)
    for p in ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"]:
        c.saveState()
        c.setFillColor(hexc(PINK))
        c.circle(50, y - 17, 2.6, stroke=0, fill=1)
        c.restoreState()
        y = T.box(p, 60, y - 10, W - 100, 10.5)
    y -= 14
    T.line("How we will know we are making a difference", 40, y - 20, 16, "bold", PLUM)
    y -= 34
    rows = [("Repeat MARAC referrals", "38%", "28%"), ("Survivors refused refuge for lack of space", "97", "20"),
            ("Children offered support after an incident", "45%", "90%"),
            ("Perpetrators completing a behaviour change programme", "23", "80")]
    T.line("Measure", 40, y - 12, 10, "bold", "555555")
    T.line("2025-26", 390, y - 12, 10, "bold", "555555")
    T.line("2029", 480, y - 12, 10, "bold", "555555")
    y -= 20
    for m, a, b in rows:
        c.saveState()
        c.setStrokeColor(hexc("E2C9D6"))
        c.line(40, y - 4, W - 40, y - 4)
        c.restoreState()
        T.line(m, 40, y - 18, 10)
        T.line(a, 390, y - 18, 10)
        T.line(b, 480, y - 18, 10)
        y -= 24
    y -= 16
    T.line("Looking back", 40, y - 16, 16, "bold", PLUM)
    y = T.box("Our 2022-2025 strategy had three objectives: a single point of access for survivors, an increase "
              "in reporting by older people, and more perpetrator accountability. The single point of access "
              "opened in 2024 and now takes 2,600 calls a year.", 40, y - 26, W - 80, 10.5)
    box(c, 40, y - 96, W - 80, 80, PLUM, radius=10)
    T.line("Need help now?", 58, y - 44, 15, "bold", "FFFFFF")
    T.box("In an emergency call 999. Ravendale Domestic Abuse Service: 0300 555 0199 (24 hours). National "
          "Domestic Abuse Helpline: 0808 2000 247.", 58, y - 52, W - 116, 10.5, "reg", "F1E4F6")
    footer(3)
    pdf = d.raw()
    T.fonts(pdf)
    d.info(pdf, creator="Canva", producer="Canva")
    return pdf.write(path.name)


def finish(work, out):
    return [kit14.publish_bytes(build(work / f"{NAME}.pdf"), out / f"{NAME}.pdf")]
