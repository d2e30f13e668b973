"""House style C (reportlab): "Our priorities at a glance" roundels early on (a summary page, not the
statement), then a register-style "Priority register" table where each priority has a code such as
"HBC-P3", evidence, a lead and the Police and Crime Plan priority it supports."""
from __future__ import annotations

from pathlib import Path

from .kit import (ILLUS, P, Flowable, Spacer, Table, TableStyle, build_rl, colors, contents, grid_table, hexc, mm,
                  section, styles, tiles, wrap_lines, draw_lines)
from reportlab.lib.styles import ParagraphStyle
from rl_kit import A4

PCP = ["Visible neighbourhood policing in every community", "Protecting rural communities",
       "Cutting serious violence, drugs and exploitation", "Keeping women and girls safe",
       "Outstanding support for victims", "Breaking the cycle of reoffending",
       "An efficient police service the public can trust"]


class Roundels(Flowable):
    """Circles in a row (or two rows), each with a short text inside."""

    def __init__(self, items, fills, font, width):
        super().__init__()
        self.items, self.fills, self.font, self.w = items, fills, font, width
        self.per = 3 if len(items) > 4 else len(items)
        self.rows = (len(items) + self.per - 1) // self.per
        self.r = min(26 * mm, self.w / self.per / 2 - 4 * mm)

    def wrap(self, aw, ah):
        return self.w, self.rows * (2 * self.r + 8 * mm)

    def draw(self):
        c = self.canv
        h = self.rows * (2 * self.r + 8 * mm)
        for i, text in enumerate(self.items):
            row, col = divmod(i, self.per)
            n_in_row = min(self.per, len(self.items) - row * self.per)
            step = self.w / n_in_row
            cx = step * col + step / 2
            cy = h - row * (2 * self.r + 8 * mm) - self.r - 2 * mm
            c.setFillColor(self.fills[i % len(self.fills)])
            c.circle(cx, cy, self.r, stroke=0, fill=1)
            c.setFillColor(colors.white)
            lines = wrap_lines(text, self.font, 9.2, 1.5 * self.r)
            y = cy + (len(lines) - 1) * 5.6 - 3
            draw_lines(c, lines, cx, y, self.font, 9.2, 11.2, centre=True)


def build(root: Path, s: dict) -> Path:
    t = s["theme"]
    S = styles(t)
    W, H = A4
    width = W - 44 * mm

    def cover(c, d):
        c.setFillColor(colors.white)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc(t["main"]))
        c.rect(0, H - 150 * mm, W * 0.62, 150 * mm, stroke=0, fill=1)
        c.setFillColor(hexc(t["acc"]))
        c.circle(W * 0.72, H - 150 * mm, 45 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        draw_lines(c, s["cover_title"], 18 * mm, H - 60 * mm, S["hbold"], 24, 29)
        c.setFont(S["reg"], 13)
        c.drawString(18 * mm, H - 120 * mm, s["years"])
        c.setFillColor(hexc(t["main"]))
        c.setFont(S["reg"], 10)
        c.drawString(18 * mm, 30 * mm, s["body"])
        c.setFont(S["reg"], 8)
        c.drawString(18 * mm, 24 * mm, "A fictional re-creation for testing; not a published document.")

    def chrome(c, d, n, land):
        PW, PH = d.pagesize
        c.setFillColor(hexc(t["acc"]))
        c.rect(PW - 14 * mm, 0, 14 * mm, PH, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(S["bold"], 10)
        c.drawCentredString(PW - 7 * mm, 14 * mm, str(n))
        c.saveState()
        c.translate(PW - 5 * mm, PH / 2)
        c.rotate(90)
        c.setFont(S["reg"], 7.5)
        c.drawCentredString(0, 0, s["running"])
        c.restoreState()

    def back(c, d):
        c.setFillColor(hexc(t["main"]))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(S["hbold"], 14)
        c.drawString(18 * mm, 90 * mm, "Get in touch")
        draw_lines(c, s["contacts"], 18 * mm, 80 * mm, S["reg"], 10, 14)

    toc = [("Foreword", 3), ("Our priorities at a glance", 4), ("Our area in figures", 5), ("Key findings", 5),
           ("What shapes this plan", 6), ("Priority register", 7), ("Action plan", 8), ("Outcome measures", 9),
           ("Governance", 9), ("Contacts", 10)]
    pages = [("p", contents(S, toc))]
    pages.append(("p", section(S, "Foreword", s["foreword"] + [("small", s["signed"]), ("sp", 6),
                                                                ("h2", "Our statutory role")] + s["role"])))
    fills = [hexc(x) for x in s["fills"]]
    pages.append(("p", section(S, "Our priorities at a glance", [
        f"<b>Our vision:</b> {s['vision']}", ("sp", 8),
        Roundels([x[0] for x in s["priorities"]], fills, S["bold"], width), ("sp", 8),
        ("small", "A summary only. Each priority, its reference, evidence and lead are set out in the priority "
                  "register on page 7.")])))
    pages.append(("p", section(S, "Our area in figures", [
        s["area_intro"], tiles(S, s["stats"], width, fills=[S["main"], hexc(s["fills"][1])]), ("small", ILLUS),
        ("sp", 4), P("Key findings", S["h1"]), ("bul", s["findings"])])))
    prev = grid_table(S, ["Previous priority (2022\u20132025)", "Status"], s["previous"], [80 * mm, width - 80 * mm],
                      bold_first=True)
    pcp = grid_table(S, ["Police and Crime Plan 2025\u20132029"], [[f"{i + 1}. {x}"] for i, x in enumerate(PCP)],
                     [width])
    pages.append(("p", section(S, "What shapes this plan", [
        s["shape_intro"], prev, ("sp", 6), ("h2", "National frameworks"), ("bul", s["national"]),
        ("h2", "The Police and Crime Commissioner's priorities"), pcp])))
    rs = ParagraphStyle("rs", fontName=S["bold"], fontSize=10, leading=12.4, textColor=S["main"])
    cs = ParagraphStyle("cs", fontName=S["reg"], fontSize=8, leading=10, textColor=S["ink"])
    code = ParagraphStyle("code", fontName=S["bold"], fontSize=7.6, leading=10, textColor=colors.white)
    hd = ParagraphStyle("hd", fontName=S["bold"], fontSize=8, leading=10, textColor=colors.white)
    data = [[P(h, hd) for h in ("Ref.", "Priority", "Why (evidence)", "Lead", "Supports PCP")]]
    for i, (text, why, lead, pcp_no) in enumerate(s["priorities"]):
        data.append([P(f"{s['code']}-P{i + 1}", code), P(text, rs), P(why, cs), P(lead, cs), P(pcp_no, cs)])
    reg = Table(data, colWidths=[19 * mm, 52 * mm, 43 * mm, 25 * mm, width - 139 * mm], repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), hexc("#333333")), ("BACKGROUND", (0, 1), (0, -1), S["main"]),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.6, hexc("#AAAAAA")),
          ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    for i in range(2, len(data), 2):
        st.append(("BACKGROUND", (1, i), (-1, i), S["pale"]))
    reg.setStyle(TableStyle(st))
    pages.append(("p", [P("Priority register", S["h1"]), P(s["register_intro"], S["body"]), Spacer(1, 4), reg,
                        Spacer(1, 6), P("Register status: agreed by the partnership board; reviewed every April. "
                                        "Items on the watch list below are monitored but are not priorities.",
                                        S["small"]), Spacer(1, 4),
                        grid_table(S, ["Watch list (not priorities)", "Why we are watching it"], s["watch"],
                                   [70 * mm, width - 70 * mm], head_fill=hexc("#888888"))]))
    pages.append(("p", section(S, "Action plan", [
        "Actions carry the reference of the priority they deliver.",
        grid_table(S, ["Ref.", "Action", "Partner", "Due"], s["actions"],
                   [20 * mm, width - 20 * mm - 36 * mm - 16 * mm, 36 * mm, 16 * mm], bold_first=True)])))
    pages.append(("p", section(S, "Outcome measures", [
        grid_table(S, ["Ref.", "Measure", "Baseline (illustrative)"], s["measures"],
                   [20 * mm, width - 20 * mm - 40 * mm, 40 * mm]), ("sp", 6), P("Governance", S["h1"])] +
        s["governance"])))
    return build_rl(root / s["out"], {"title": s["title"], "author": s["body"]}, t, pages, cover, back, chrome,
                    margins=(20 * mm, 24 * mm, 20 * mm, 20 * mm))
