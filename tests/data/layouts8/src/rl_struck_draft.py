"""Carrowmere VAWG Strategy, consultation draft v0.7, printed with its tracked changes showing ("All Markup"):
deletions in red with a line drawn through them, insertions in blue and underlined, and comment balloons in a
right margin. A deleted priority (the old Priority 3) is still printed, struck through; the new Priority 3 is an
insertion; the old "Priority 5" label is struck and replaced by "4". The text layer keeps the deleted words."""
from __future__ import annotations

from rl_kit import hexc
from kit8 import Doc, box, para_at, text

NAME = "struck_draft_vawg"
ACC = "6B1E4A"
DEL, INS = "C00000", "1F4FBF"
BODY_W = 360


class Marked:
    """Write runs left to right with wrapping; each run is (text, kind), kind in '', 'del', 'ins'."""

    def __init__(self, d, x, y, width, font="Sans", size=10.5, leading=14.5):
        self.d, self.x0, self.y, self.width = d, x, y, width
        self.font, self.size, self.leading = font, size, leading

    def write(self, runs, *, font=None, size=None, leading=None, after=8):
        """Runs are joined as written: put the spaces in the runs, as Word keeps them."""
        c = self.d.c
        font, size = font or self.font, size or self.size
        leading = leading or size * 1.38
        toks = []  # (word, kind, space after it)
        for s, kind in runs:
            parts = s.split(" ")
            for i, word in enumerate(parts):
                if word:
                    toks.append([word, kind, False])
                if i < len(parts) - 1 and toks:
                    toks[-1][2] = True
        x = self.x0
        sp = c.stringWidth(" ", font, size)
        for word, kind, space in toks:
            col = {"": "222222", "del": DEL, "ins": INS}[kind]
            ww = c.stringWidth(word, font, size)
            if x + ww > self.x0 + self.width and x > self.x0:
                x = self.x0
                self.y -= leading
            text(c, x, self.y, word, font, size, col)
            if kind:
                c.saveState()
                c.setStrokeColor(hexc(col))
                c.setLineWidth(0.8)
                yy = self.y + size * 0.3 if kind == "del" else self.y - 1.6
                c.line(x, yy, x + ww, yy)
                c.restoreState()
            x += ww + (sp if space else 0)
        self.y -= leading + after
        return self.y


def balloon(d, y, author, body, anchor_y):
    c = d.c
    x, w = 438, 118
    h = para_at(c, f"<b>Comment [{author}]:</b> {body}", x + 5, y - 4, w - 10, size=7.5, leading=9.5,
                color="333333") + 9
    box(c, x, y - h, w, h, "FCE9D9", stroke="E3A26F", radius=3)
    para_at(c, f"<b>Comment [{author}]:</b> {body}", x + 5, y - 4, w - 10, size=7.5, leading=9.5, color="333333")
    c.saveState()
    c.setStrokeColor(hexc("E3A26F"))
    c.setDash(2, 2)
    c.setLineWidth(0.6)
    c.line(56 + BODY_W, anchor_y + 3, x, y - 6)
    c.restoreState()
    return y - h - 8


def header(d):
    c, W, H = d.c, d.W, d.H
    box(c, 430, 0, W - 430, H, "F6F6F6")
    text(c, 56, H - 36, "DRAFT v0.7 \u2013 for partnership comment \u2013 not for publication", "Sans-Bold", 8, DEL)


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Carrowmere VAWG Strategy 2026-2030 DRAFT v0.7", "Safer Carrowmere Partnership",
            footer="Carrowmere Violence Against Women and Girls Strategy 2026-2030 \u2013 draft v0.7", accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 330, W, 330, ACC)
    para_at(c, "Ending violence against women and girls in Carrowmere", 56, H - 120, 460, font="Sans-Bold", size=30,
            color="FFFFFF", leading=36)
    para_at(c, "Strategy 2026-2030", 56, H - 250, 460, size=18, color="FFFFFF")
    para_at(c, "CONSULTATION DRAFT v0.7 \u2013 tracked changes shown", 56, H - 400, 460, font="Sans-Bold", size=14,
            color=DEL)
    para_at(c, "Circulated to the VAWG Strategic Group on 14 April 2026. Please send comments to the partnership "
            "team by 8 May 2026. Changes since v0.6 are shown in colour: deleted text is struck through in red, new "
            "text is underlined in blue.", 56, H - 430, 440, size=10.5, leading=14)
    d.next()
    header(d)
    m = Marked(d, 56, H - 80, BODY_W)
    w = d.writer(width=BODY_W, top=H - 64)
    w.heading("Document control", 15)
    w.table([["Version", "Date", "Author", "Change"],
             ["0.5", "12 Feb 2026", "R. Tan", "First draft for the VAWG Strategic Group"],
             ["0.6", "9 Mar 2026", "R. Tan", "Needs assessment findings added"],
             ["0.7", "14 Apr 2026", "J. Hale", "Priorities revised after the workshop of 3 March"]],
            [50, 70, 60, 180], head_bg=ACC, zebra="F4E8EF")
    w.heading("1. Introduction", 15)
    m.y = w.y - 12
    y0 = m.y
    m.write([("This strategy sets out how the Safer Carrowmere Partnership will work to end violence against women "
              "and girls. It replaces the ", ""), ("2022 Domestic Abuse and Sexual Violence Plan", "del"),
             ("Carrowmere Domestic Abuse and Sexual Violence Plan 2022-2025", "ins"),
             (" and covers domestic abuse, sexual violence, stalking, harassment in public places, so-called honour-"
              "based abuse and online abuse.", "")])
    balloon(d, y0 + 10, "JH1", "Use the plan's full title, as in the Cabinet report.", y0)
    y1 = m.y
    m.write([("Our vision is a Carrowmere where women and girls are safe, and feel safe, everywhere: at home, at "
              "work, online and in public places.", "")])
    m.y -= 6
    text(c, 56, m.y, "2. What the needs assessment found", "Sans-Bold", 15, ACC)
    m.y -= 24
    for f in ["1 in 4 women in the borough say they feel unsafe walking alone after dark in the town centre.",
              "Reports of stalking have doubled since 2021, but only 6% lead to a charge.",
              "Girls aged 13 to 16 are the group most likely to report sharing of intimate images."]:
        text(c, 60, m.y, "\u2022", "Sans", 10.5)
        m.x0 = 72
        m.write([(f, "")], after=3)
    m.x0 = 56
    m.y -= 6
    y2 = m.y
    m.write([("The needs assessment is published alongside this draft as Annex A.", "")])
    balloon(d, y1 + 6, "RT2", "Annex A still to be signed off by public health.", y2)
    d.next()

    header(d)
    m = Marked(d, 56, H - 80, BODY_W)
    text(c, 56, m.y, "3. Our priorities", "Sans-Bold", 15, ACC)
    m.y -= 24
    y0 = m.y
    m.write([("The Strategic Group agreed five priorities for the life of the strategy. ", ""),
             ("Priority 3 may change after the workshop.", "del"),
             ("At the workshop on 3 March the former Priority 3 was merged into Priority 2, and a new priority on "
              "online abuse was added.", "ins")])
    balloon(d, y0 + 10, "JH3", "Workshop notes are on the partnership SharePoint.", y0)
    m.y -= 4
    HEAD = dict(font="Sans-Bold", size=13.5, leading=17, after=6)
    m.write([("Priority 1: Preventing violence before it starts", "")], **HEAD)
    m.write([("Working with schools, colleges, sports clubs and employers to challenge the attitudes that lead to "
              "violence, starting with ", ""), ("healthy relationships education", "del"),
             ("a whole-school approach in every secondary school", "ins"), (".", "")])
    y0 = m.y
    m.write([("Priority 2: Women and girls safe in public spaces, day and night", "")], **HEAD)
    m.write([("Safer routes home, better lighting, trained staff in bars and on buses, and a faster response to "
              "reports of harassment in the street and on public transport.", "")])
    balloon(d, y0 + 14, "AM4", "Should this include spiking? It was in the old Priority 3.", y0)
    y0 = m.y
    m.write([("Priority 3: Tackling street harassment and spiking", "del")], **HEAD)
    m.write([("Street harassment is the most common form of VAWG reported in our survey, and spiking reports rose "
              "sharply in 2025.", "del")])
    balloon(d, y0 + 14, "JH5", "Deleted: merged into Priority 2 at the workshop on 3 March.", y0)
    d.next()

    header(d)
    m = Marked(d, 56, H - 80, BODY_W)
    y0 = m.y
    m.write([("Priority ", ""), ("4", "del"), ("3", "ins"),
             (": Every survivor believed, supported and safe", "")], **HEAD)
    m.write([("Specialist support for every survivor who needs it, including children, older women and women with "
              "no recourse to public funds, and safe accommodation under Part 4 of the Domestic Abuse Act 2021.",
              "")])
    balloon(d, y0 + 14, "RT6", "Renumbered after deletion of old Priority 3.", y0)
    y0 = m.y
    m.write([("Priority 4: Online abuse is taken as seriously as abuse offline", "ins")], **HEAD)
    m.write([("New priority agreed at the workshop. Covers image-based abuse, cyber-stalking and abuse through "
              "apps and smart devices.", "ins")])
    balloon(d, y0 + 14, "AM7", "New. Please check wording with the Youth Forum.", y0)
    y0 = m.y
    m.write([("Priority 5: Holding perpetrators to account", "")], **HEAD)
    m.write([("More perpetrators identified, challenged and brought to justice, with more places on behaviour-change "
              "programmes and more use of Stalking Protection Orders.", "")])
    balloon(d, y0 + 14, "JH8", "Should online abuse come last, after perpetrators?", y0)
    m.y -= 4
    text(c, 56, m.y, "4. Our principles", "Sans-Bold", 15, ACC)
    m.y -= 24
    for p in ["Survivors are believed", "Responsibility sits with the perpetrator, not the victim",
              "Intersectional: we recognise that racism, disability and poverty change how women experience violence"]:
        text(c, 60, m.y, "\u2022", "Sans", 10.5)
        m.x0 = 72
        m.write([(p, "")], after=3)
    m.x0 = 56
    d.next()

    header(d)
    w = d.writer(width=BODY_W, top=H - 64)
    w.heading("5. How we will measure progress", 15)
    w.table([["Measure", "Baseline", "Aim by 2030"],
             ["Women who feel safe walking alone after dark", "61%", "75%"],
             ["Stalking reports leading to a charge", "6%", "15%"],
             ["Survivors supported by an IDVA", "1,020", "1,400"]], [200, 70, 90], head_bg=ACC, zebra="F4E8EF")
    w.heading("6. Next steps", 15)
    w.bullets(["Comments on this draft by 8 May 2026",
               "Public consultation from June to August 2026",
               "Final strategy to the Partnership Board in October 2026"])
    w.para("The Police and Crime Commissioner's plan for the county has tackling violence against women and girls as "
           "one of its three priorities, alongside safer roads and rural crime.")
    balloon(d, H - 100, "RT9", "Check the PCC's wording before publication.", w.y + 20)
    return [d.close()]
