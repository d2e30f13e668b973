"""Safer Wealden Partnership Plan 2026-2029 (fictional re-creation).

House style: reportlab report, DejaVu Sans Condensed, forest green and ochre, folio "- n -" centred.  The
priorities page (p6) is a **tree diagram**: a root box "Safer Wealden" with connector lines down to three
**strand** boxes, each with two **priority** leaf boxes hanging below it (elbow connectors).  The document calls
the leaves its priorities, so the gold is the six leaves, not the strands.
"""
from __future__ import annotations

from pathlib import Path

from rl_kit import Flowable, Paragraph, ParagraphStyle, Spacer, colors, hexc, mm
from sussex_districts import kit_rl
from sussex_districts.work import ILLUS

OUT = "strategies/safer_wealden_partnership_plan_2026-29.pdf"
GREEN, OCHRE = "#2f5d3a", "#c98b1e"

STRANDS = [
    ("Safer roads and rural communities", [
        "Reducing speeding and road casualties on rural roads",
        "Tackling rural, farm and wildlife crime"]),
    ("Protecting vulnerable people", [
        "Protecting older residents from fraud and doorstep crime",
        "Supporting victims of domestic abuse in rural areas"]),
    ("Healthy, safe young people", [
        "Reducing underage drinking and substance misuse among young people",
        "Reducing anti-social behaviour by young people in our market towns"]),
]


class Tree(Flowable):
    def __init__(self, width):
        super().__init__()
        self.w = width
        self.root = ParagraphStyle("rt", fontName="DejaVuSansCondensed-Bold", fontSize=13, leading=16,
                                   textColor=colors.white, alignment=1)
        self.st = ParagraphStyle("st", fontName="DejaVuSansCondensed-Bold", fontSize=10, leading=12.5,
                                 textColor=colors.white, alignment=1)
        self.lf = ParagraphStyle("lf", fontName="DejaVuSansCondensed-Bold", fontSize=10, leading=12.8,
                                 textColor=hexc("#1e1e1e"))
        self.tag = ParagraphStyle("tg", fontName="DejaVuSansCondensed", fontSize=7, leading=9,
                                  textColor=hexc(OCHRE))

    def wrap(self, aw, ah):
        self.h = 150 * mm
        return self.w, self.h

    def draw(self):
        c = self.canv
        H = self.h
        cw = (self.w - 2 * 9 * mm) / 3
        # root
        rw, rh = 62 * mm, 14 * mm
        rx, ry = (self.w - rw) / 2, H - rh
        c.setFillColor(hexc(GREEN))
        c.roundRect(rx, ry, rw, rh, 7, stroke=0, fill=1)
        p = Paragraph("Safer Wealden", self.root)
        _, ph = p.wrap(rw - 8, rh)
        p.drawOn(c, rx + 4, ry + (rh - ph) / 2)
        c.setStrokeColor(hexc(GREEN))
        c.setLineWidth(1.4)
        bus = ry - 9 * mm
        c.line(self.w / 2, ry, self.w / 2, bus)
        c.line(cw / 2, bus, self.w - cw / 2, bus)
        sh = 17 * mm
        for i, (strand, leaves) in enumerate(STRANDS):
            x = i * (cw + 9 * mm)
            sy = bus - 7 * mm - sh
            c.setStrokeColor(hexc(GREEN))
            c.line(x + cw / 2, bus, x + cw / 2, sy + sh)
            c.setFillColor(hexc(OCHRE))
            c.rect(x, sy, cw, sh, stroke=0, fill=1)
            p = Paragraph(strand, self.st)
            _, ph = p.wrap(cw - 10, sh)
            p.drawOn(c, x + 5, sy + (sh - ph) / 2)
            spine = x + 5 * mm
            y = sy - 8 * mm
            c.line(spine, sy, spine, sy - 8 * mm)
            for j, leaf in enumerate(leaves):
                lw = cw - 9 * mm
                tg = Paragraph(f"STRAND {i + 1} \u00b7 PRIORITY {j + 1}", self.tag)
                lp = Paragraph(leaf, self.lf)
                _, lh = lp.wrap(lw - 10, 80 * mm)
                _, th = tg.wrap(lw - 10, 20 * mm)
                bh = lh + th + 12
                by = y - bh
                c.setStrokeColor(hexc(GREEN))
                c.line(spine, y + (8 * mm if j == 0 else 0), spine, by + bh / 2)
                c.line(spine, by + bh / 2, x + 9 * mm, by + bh / 2)
                c.setFillColor(hexc("#eef3ea"))
                c.setStrokeColor(hexc(GREEN))
                c.setLineWidth(0.8)
                c.roundRect(x + 9 * mm, by, lw, bh, 4, stroke=1, fill=1)
                c.setLineWidth(1.4)
                tg.drawOn(c, x + 9 * mm + 5, by + bh - 5 - th)
                lp.drawOn(c, x + 9 * mm + 5, by + 5)
                y = by - 7 * mm


def cover(c, W, H, meta):
    c.setFillColor(hexc("#f6f1e4"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc(GREEN))
    for k, r in enumerate((95, 70, 48)):
        c.setFillColor(hexc(["#2f5d3a", "#4f7f4f", "#7ea66b"][k]))
        c.circle(W * 0.72, H * 0.28, r * mm, stroke=0, fill=1)
    c.setFillColor(hexc(GREEN))
    c.setFont("DejaVuSansCondensed-Bold", 32)
    c.drawString(20 * mm, H - 60 * mm, "Safer Wealden")
    c.setFont("DejaVuSansCondensed", 17)
    c.drawString(20 * mm, H - 73 * mm, "Partnership Plan 2026\u20132029")
    c.setFillColor(hexc(OCHRE))
    c.rect(20 * mm, H - 80 * mm, 40 * mm, 2 * mm, stroke=0, fill=1)
    c.setFillColor(hexc(GREEN))
    c.setFont("DejaVuSansCondensed", 9.5)
    c.drawString(20 * mm, 22 * mm, "Wealden District Council and partners")


def build(root: Path) -> Path:
    h = kit_rl.House(body="dejavu-cond", head="dejavu-cond", size=9.6, main=GREEN, accent=OCHRE, tint="#eef3ea",
                     header="Safer Wealden Partnership Plan 2026\u20132029", folio="\u2013 {n} \u2013",
                     folio_pos="centre", cover=cover)
    pages = [
        [("h1", "Foreword"),
         ("p", "Wealden is the largest district in East Sussex: 320 square miles of farmland, woodland and the "
               "High Weald, with market towns at Crowborough, Hailsham, Heathfield, Uckfield and Polegate. Crime "
               "is low, but the rural nature of the district brings its own risks: isolation, long distances to "
               "services, and fast country roads."),
         ("p", "The Safer Wealden Partnership is the district's community safety partnership. This plan sets out "
               "three strands of work for 2026\u20132029, each with two priorities, chosen from the evidence and from "
               "what residents and parish councils told us."),
         ("p", "We will review the plan every year and publish what we have achieved."),
         ("small", "Chair, Safer Wealden Partnership, and Cabinet Member for Community Safety"),
         ("h2", "Partners"),
         ("p", "Wealden District Council; Sussex Police; East Sussex County Council (including Trading Standards "
               "and Highways); East Sussex Fire and Rescue Service; NHS Sussex; the Probation Service; parish and "
               "town councils; the Sussex Safer Roads Partnership; Action in Rural Sussex.")],
        [("h1", "Wealden in figures"),
         ("tiles", [("162,000", "residents"), ("41%", "live in villages or hamlets"),
                    ("96", "people killed or seriously injured on Wealden roads in 2024"),
                    ("\u00a3880k", "lost by residents to fraud"), ("740", "ASB incidents in the market towns"),
                    ("1 in 3", "crimes against farms involve machinery or fuel theft")], 3),
         ("small", ILLUS),
         ("h2", "Findings from the strategic assessment"),
         ("bul", ["Speeding on the A22, A26 and A267 and on rural lanes is the top concern raised by parish "
                  "councils.",
                  "Rural crime, including theft of machinery, hare coursing and fly-tipping on farmland, is "
                  "under-reported.",
                  "Doorstep crime and rogue traders target older residents in villages.",
                  "Victims of domestic abuse in rural areas take longer to seek help.",
                  "Young people in the market towns report little to do in the evenings."])],
        [("h1", "Context"),
         ("h2", "The 2023\u20132026 plan"),
         ("p", "The previous plan's priorities were road safety, rural crime, scams, and domestic abuse. The review "
               "of that plan recommended adding work with young people."),
         ("h2", "The Police and Crime Plan for Sussex"),
         ("p", "The Commissioner's plan for 2025\u20132029 sets out nine priorities under four pillars. Those most "
               "relevant to Wealden are:"),
         ("bul", ["Safer neighbourhoods, towns and villages", "Making Sussex's roads safer",
                  "Supporting victims and witnesses", "Ending violence against women and girls"]),
         ("h2", "East Sussex partners"),
         ("p", "County-wide themes (the Serious Violence Duty, drug-related harm and Prevent) are led by the East "
               "Sussex Safer Communities Partnership, to which this partnership contributes.")],
        [("h1", "Our strands and priorities"),
         ("p", "Our plan has three strands and six priorities. Each strand is led by a partner agency."),
         ("flow", [Spacer(1, 4), Tree(170 * mm)])],
        [("h1", "What we will do"),
         ("table", [["Strand", "Action 2026\u201327", "Lead"],
                    ["Roads and rural", "Community Speedwatch in 20 more parishes; mobile speed cameras on the "
                     "A267 and A26", "Sussex Safer Roads Partnership"],
                    ["Roads and rural", "Farm Watch and Horse Watch schemes; rural crime surgeries",
                     "Sussex Police Rural Crime Team"],
                    ["Vulnerable people", "Doorstep crime 'no cold calling' zones; scams talks in village halls",
                     "Trading Standards"],
                    ["Vulnerable people", "Outreach domestic abuse advocate in rural surgeries", "Council"],
                    ["Young people", "Test purchasing and proxy sales operations", "Licensing and police"],
                    ["Young people", "Detached youth work in Hailsham and Crowborough", "Youth service"]],
          [0.22, 0.53, 0.25])],
        [("h1", "Measures and governance"),
         ("table", [["Measure", "2024/25", "Aim"], ["Killed or seriously injured", "96", "Down"],
                    ["Rural crimes reported", "410", "Up (reporting)"],
                    ["Doorstep crime victims supported", "85", "Up"],
                    ["ASB incidents, market towns", "740", "Down"]], [0.55, 0.2, 0.25]),
         ("small", ILLUS),
         ("p", "The partnership board meets four times a year and reports to the council's Overview and Scrutiny "
               "Committee. Contact: Community Safety, Wealden District Council, Vicarage Lane, Hailsham. "
               "communitysafety@wealden.example")],
    ]
    contents = [("Foreword", 3, 0), ("Wealden in figures", 4, 0), ("Context", 5, 0),
                ("Our strands and priorities", 6, 0), ("What we will do", 7, 0), ("Measures and governance", 8, 0)]
    out = root / OUT
    kit_rl.build(out, "Safer Wealden Partnership Plan 2026\u20132029", "Safer Wealden Partnership", h, contents,
                 pages)
    return out
