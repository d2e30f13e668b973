"""House style A (reportlab): community safety plans whose priorities are stated as the rows of a landscape
alignment matrix, mapped against the Police and Crime Plan's, the Health and Wellbeing Strategy's and the
council plan's priorities (column headers, distractors). Cells are ticks or strong/medium marks."""
from __future__ import annotations

from pathlib import Path

from .kit import (ILLUS, P, Spacer, Table, TableStyle, build_rl, colors, contents, grid_table, hexc, mm, section,
                  styles, tiles, draw_lines)
from reportlab.lib.styles import ParagraphStyle
from rl_kit import A4, fonts

PCP = ["Visible neighbourhood policing in every community", "Protecting rural communities",
       "Cutting serious violence, drugs and exploitation", "Keeping women and girls safe",
       "Outstanding support for victims", "Breaking the cycle of reoffending",
       "An efficient police service the public can trust"]


def build(root: Path, s: dict) -> Path:
    t = s["theme"]
    S = styles(t)
    sym, symb = fonts("dejavu")
    W, H = A4
    width = W - 40 * mm

    def cover(c, d):
        c.setFillColor(hexc(t["main"]))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc(t["acc"]))
        for i in range(5):
            c.rect(20 * mm + i * 9 * mm, H - 60 * mm, 6 * mm, 30 * mm - i * 5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        y = H * 0.55
        c.setFont(S["hbold"], 26)
        for ln in s["cover_title"]:
            c.drawString(20 * mm, y, ln)
            y -= 11 * mm
        c.setFont(S["reg"], 15)
        c.drawString(20 * mm, y - 2 * mm, s["years"])
        c.setFont(S["reg"], 10)
        c.drawString(20 * mm, 22 * mm, s["body"])
        c.drawString(20 * mm, 16 * mm, "A fictional re-creation for testing; not a published document.")

    def chrome(c, d, n, land):
        PW, PH = d.pagesize
        c.setStrokeColor(hexc(t["main"]))
        c.setLineWidth(2)
        c.line(20 * mm, PH - 14 * mm, PW - 20 * mm, PH - 14 * mm)
        c.setFillColor(hexc(t["main"]))
        c.setFont(S["reg"], 8)
        c.drawString(20 * mm, PH - 12 * mm, s["running"])
        c.setFont(S["bold"], 8.5)
        c.drawRightString(PW - 20 * mm, 10 * mm, s["folio"].format(n=n))

    def back(c, d):
        c.setFillColor(hexc(t["main"]))
        c.rect(0, 0, W, 95 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(S["bold"], 13)
        c.drawString(20 * mm, 80 * mm, "Contact the partnership")
        draw_lines(c, s["contacts"], 20 * mm, 70 * mm, S["reg"], 10, 14)

    toc = [("Foreword", 3), ("About the partnership", 3), (s["area_title"], 4), ("Key findings", 4),
           ("Where we have come from", 5), ("Our priorities and how they align", 6), ("Action plan", 7),
           ("Measuring progress", 8), ("Governance", 8), ("Contact us", 9)]
    pages = [("p", contents(S, toc))]
    pages.append(("p", section(S, "Foreword", s["foreword"] + [("small", s["signed"]), ("sp", 8),
                                                                ("h2", "About the partnership")] + s["about"])))
    pages.append(("p", section(S, s["area_title"], [
        s["area_intro"], tiles(S, s["stats"], width), ("small", ILLUS), ("sp", 6),
        P("Key findings", S["h1"]), s["findings_intro"], ("bul", s["findings"])])))
    prev = grid_table(S, ["Our 2022\u20132025 priorities", "What happened"], s["previous"],
                      [70 * mm, width - 70 * mm], bold_first=True)
    pcp = grid_table(S, ["#", "Police and Crime Plan 2025\u20132029 priorities (quoted)"],
                     [[str(i + 1), x] for i, x in enumerate(PCP)], [10 * mm, width - 10 * mm])
    pages.append(("p", section(S, "Where we have come from", [
        s["prev_intro"], prev, ("sp", 8), ("h2", "The plans we must have regard to"), s["context"], pcp])))

    # ---- the matrix (landscape): the statement of the priorities
    LW = A4[1] - 40 * mm
    hw = s["hwb"]
    cp = s["council"]
    ncol = len(PCP) + len(hw) + len(cp)
    first = 70 * mm
    cw = (LW - first) / ncol
    hs = ParagraphStyle("mh", fontName=S["reg"], fontSize=6.1, leading=7.3, textColor=S["ink"])
    gs = ParagraphStyle("mg", fontName=S["bold"], fontSize=7.6, leading=9, textColor=colors.white, alignment=1)
    ps = ParagraphStyle("mp", fontName=S["bold"], fontSize=9.6, leading=11.6, textColor=S["main"])
    ds = ParagraphStyle("md", fontName=S["reg"], fontSize=7.4, leading=9, textColor=hexc("#555555"))
    ms = ParagraphStyle("mm", fontName=sym, fontSize=11, leading=12, alignment=1, textColor=S["main"])
    mark = {"s": "\u25cf", "m": "\u25d0", "t": "\u2713", "": ""}
    row0 = [P("", hs), P("Police and Crime Plan 2025\u20132029", gs)] + [""] * (len(PCP) - 1) + \
           [P("Health and Wellbeing Strategy", gs)] + [""] * (len(hw) - 1) + [P(s["council_name"], gs)] + \
           [""] * (len(cp) - 1)
    row1 = [P(s["matrix_corner"], ParagraphStyle("c", parent=hs, fontName=S["bold"], fontSize=8))] + \
           [P(x, hs) for x in PCP + hw + cp]
    data = [row0, row1]
    for (text, desc), cells in zip(s["priorities"], s["matrix"]):
        data.append([[P(text, ps), P(desc, ds)]] + [P(mark[x], ms) for x in cells.split(",")])
    tb = Table(data, colWidths=[first] + [cw] * ncol, repeatRows=2)
    a, b = 1 + len(PCP), 1 + len(PCP) + len(hw)
    st = [("SPAN", (1, 0), (a - 1, 0)), ("SPAN", (a, 0), (b - 1, 0)), ("SPAN", (b, 0), (-1, 0)),
          ("BACKGROUND", (1, 0), (a - 1, 0), hexc(t["main"])), ("BACKGROUND", (a, 0), (b - 1, 0), hexc(t["acc"])),
          ("BACKGROUND", (b, 0), (-1, 0), hexc("#666666")), ("BACKGROUND", (1, 1), (-1, 1), S["pale"]),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
          ("GRID", (1, 1), (-1, -1), 0.4, hexc("#BBBBBB")), ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#BBBBBB")),
          ("LINEAFTER", (a - 1, 0), (a - 1, -1), 1.6, hexc("#444444")),
          ("LINEAFTER", (b - 1, 0), (b - 1, -1), 1.6, hexc("#444444")),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
          ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    tb.setStyle(TableStyle(st))
    key = ("Key: \u25cf strong contribution \u00a0\u00a0 \u25d0 some contribution \u00a0\u00a0 blank: little or none"
           if s["marks"] == "sm" else "Key: \u2713 this priority contributes directly to the other plan's priority")
    pages.append(("l", [P(s["matrix_title"], S["h1"]), P(s["matrix_intro"], S["body"]), Spacer(1, 2), tb,
                        Spacer(1, 5), P(key, ParagraphStyle("k", parent=S["small"], fontName=sym))]))
    pages.append(("p", section(S, "Action plan", [
        s["actions_intro"],
        grid_table(S, ["Theme", "Action", "Lead", "By"], s["actions"],
                   [28 * mm, width - 28 * mm - 38 * mm - 18 * mm, 38 * mm, 18 * mm], bold_first=True)])))
    pages.append(("p", section(S, "Measuring progress", [
        "We will report to the partnership board every quarter on these measures. Targets are set in the "
        "annual delivery plan.",
        grid_table(S, ["Outcome measure", "Source"], s["measures"], [width - 45 * mm, 45 * mm]),
        ("sp", 6), P("Governance", S["h1"])] + s["governance"])))
    return build_rl(root / s["out"], {"title": s["title"], "author": s["body"]}, t, pages, cover, back, chrome)
