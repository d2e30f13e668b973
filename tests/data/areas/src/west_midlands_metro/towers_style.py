"""House style T (reportlab): **priorities on the name bands of drawn tower blocks**.

Birmingham and Sandwell share this design.  On the priorities page (p5) a skyline of tower blocks rises from left
to right (each tower 18 mm taller than the last, windows drawn as a grid); across the top of each tower a white
band carries one priority in bold, so the bands sit at different heights and never share a line.  No numbers are
printed on the towers.  Under the skyline, a numbered list "What each one means, from left to right" explains
them (the explanations are not priorities).
"""
from rl_kit import Paragraph, ParagraphStyle, Spacer, colors, hexc, mm
from west_midlands_metro import rkit
from west_midlands_metro.shared import Art, put


def skyline(doc, st):
    pr = doc["priorities"]
    n = len(pr)
    band = ParagraphStyle("band", fontName=st["bold"], fontSize=8.0, leading=9.4, textColor=st["c1"])
    H = 150 * mm

    def draw(c, w, h):
        c.saveState()
        gap = 1.6 * mm
        tw = (w - gap * (n - 1)) / n
        c.setFillColor(hexc(doc["theme"].get("sky", "#EAF1F7")))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        for i, (text, _) in enumerate(pr):
            x = i * (tw + gap)
            th = 52 * mm + i * (95 * mm / max(n - 1, 1))
            c.setFillColor(hexc(doc["theme"]["towers"][i % len(doc["theme"]["towers"])]))
            c.rect(x, 0, tw, th, stroke=0, fill=1)
            c.setFillColor(hexc("#FFF4C2"))
            rows = int((th - 31 * mm) / (5 * mm))
            for r in range(rows):
                for k in range(3):
                    c.rect(x + 3 * mm + k * (tw - 6 * mm) / 3, 4 * mm + r * 5 * mm, 2.6 * mm, 2.6 * mm, stroke=0,
                           fill=1)
            c.setFillColor(colors.white)
            c.rect(x + 1.0 * mm, th - 25 * mm, tw - 2.0 * mm, 22 * mm, stroke=0, fill=1)
            put(c, text, band, x + 1.8 * mm, th - 4.4 * mm, tw - 3.6 * mm)
        c.setFillColor(hexc("#5B5B5B"))
        c.rect(0, 0, w, 2 * mm, stroke=0, fill=1)
        c.restoreState()
    return Art(H, draw)


def pri_fn(doc, st, width):
    out = [skyline(doc, st), Spacer(1, 4 * mm),
           Paragraph(doc.get("key_head", "What each one means, from left to right"), st["h2"])]
    out += [Paragraph(f"{i}. {why}", st["bul"]) for i, (_, why) in enumerate(doc["priorities"], 1)]
    return out


def build(root, doc):
    return rkit.build(root, doc, pri_fn)
