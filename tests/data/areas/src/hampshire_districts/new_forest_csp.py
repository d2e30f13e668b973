"""New Forest Community Safety Partnership Plan 2026-2029.

Layout: p6 is a circle diagram: a central disc ("A safer New Forest") joined by spokes to five satellite
circles, each holding one priority in white; small grey "lead partner" tags sit beside the satellites, and a
band of three commitments runs along the foot of the page (ways of working, not priorities)."""
from __future__ import annotations

import math

from . import csp_common
from .kit import A4, Brand, Doc, colors, hx, mm, style

FILE = "strategies/new_forest_community_safety_partnership_plan_2026-29.pdf"
BRAND = Brand(org="New Forest Community Safety Partnership", body="lib-sans", head="lib-serif",
              primary="#3c5a2a", secondary="#7b5e3b", accent="#c7b37a", tint="#f1efe4", size=A4,
              folio="{n}  New Forest CSP Plan", folio_pos="br", heading="bar")

PRIOS = [("Rural, wildlife and heritage crime in the National Park", "Lead: police Country Watch"),
         ("Anti-social behaviour, including in our coastal towns", "Lead: district council"),
         ("Domestic abuse", "Lead: domestic abuse forum"),
         ("Road safety, including animal strikes on forest roads", "Lead: roads policing and verderers"),
         ("Keeping children and young people safe from exploitation", "Lead: children's services")]
FILLS = ["#3c5a2a", "#2f6f73", "#8e3b46", "#7b5e3b", "#44546a"]

CFG = dict(
    org="New Forest Community Safety Partnership", cover_lines=["New Forest", "Community Safety", "Plan"],
    years="2026\u20132029", org_line="New Forest District Council with its partners", cover="full", seed=16,
    contents="big",
    foreword=["The New Forest is a special place: a National Park, a working forest with commoners' animals "
              "roaming free, a coastline from Milford on Sea to Calshot, and busy towns such as Lymington, "
              "Ringwood and Totton.",
              "Crime is low, but the issues we face are different from a city. Livestock killed on the roads, "
              "wildlife crime, and young people drawn into county lines from Bournemouth and Southampton.",
              "This plan sets our five priorities for the next three years."],
    signed="Chair, New Forest Community Safety Partnership",
    tiles=[("180,000", "residents"), ("15m", "day visits a year (illustrative)"),
           ("52", "commoners' animals killed on roads"), ("1,740", "ASB incidents"),
           ("760", "domestic abuse crimes"), ("29", "children at risk of exploitation")],
    findings=[("h", "Key findings"),
              ("b", ["Animal deaths on forest roads have risen for the second year", "Wildlife and heritage "
                     "crime is under-reported", "Summer anti-social behaviour peaks in coastal towns",
                     "County lines reach Totton and New Milton"])],
    previous=["Rural crime", "Anti-social behaviour", "Domestic abuse", "Road safety", "Exploitation"],
    assessment="All five themes of the last plan remain. The rural crime priority is widened to include "
               "wildlife and heritage crime in the National Park.",
    actions=[["Rural", "Wildlife crime training for rangers", "Police / Forestry England", "Sep 2026"],
             ["ASB", "Summer coastal patrol plan", "Council / police", "May 2026"],
             ["DA", "Outreach in rural surgeries", "DA forum", "Dec 2026"],
             ["Roads", "Reflective collars and night-time speed checks", "Verderers / police", "Oct 2026"],
             ["Exploitation", "Exploitation awareness for holiday park staff", "Children's services",
              "Jun 2026"]],
    measures=[["Rural and wildlife crime reports", "410", "Up (reporting)"], ["ASB incidents", "1,740",
                                                                          "Down"],
              ["Domestic abuse outreach referrals", "120", "Up"], ["Animal accidents", "52", "Down"],
              ["Children safeguarded from exploitation", "29", "Monitor"]],
    governance=["The partnership meets quarterly. Its rural crime group includes the National Park Authority, "
                "Forestry England and the verderers.",
                "The council's overview and scrutiny panel reviews the partnership every year."],
    contacts=["Community Safety, Appletree Court, Lyndhurst (illustrative)", "csp@newforest-csp.example",
              "Report crime on 101; in an emergency call 999."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Our priorities 2026\u20132029")
    cx, cy = W / 2, y - 92 * mm
    R, r = 70 * mm, 27 * mm
    pts = []
    for i in range(5):
        a = math.radians(90 - i * 72)
        pts.append((cx + R * math.cos(a), cy + R * math.sin(a)))
    c.setStrokeColor(b.A)
    c.setLineWidth(3)
    for (x, yy) in pts:
        c.line(cx, cy, x, yy)
    c.setFillColor(b.T)
    c.setStrokeColor(b.P)
    c.circle(cx, cy, 24 * mm, stroke=1, fill=1)
    c.setFillColor(b.P)
    c.setFont(b.Hd[1], 13)
    c.drawCentredString(cx, cy + 2 * mm, "A safer")
    c.drawCentredString(cx, cy - 4 * mm, "New Forest")
    for i, ((t, lead), (x, yy)) in enumerate(zip(PRIOS, pts)):
        c.setFillColor(hx(FILLS[i]))
        c.circle(x, yy, r, stroke=0, fill=1)
        lines = d.lines(t, b.Hd[1], 10.5, 2 * r - 10 * mm)
        d.centred(t, b.Hd[1], 10.5, x, yy + len(lines) * 12.5 / 2, 2 * r - 10 * mm, colors.white, leading=12.5)
        c.setFont(b.B[2], 7.5)
        c.setFillColor(colors.grey)
        c.drawCentredString(x, yy - r - 4 * mm, lead)
    y = cy - R - r - 16 * mm
    c.setFillColor(b.P)
    c.rect(0, 18 * mm, W, y - 18 * mm, stroke=0, fill=1)
    cw = (W - 2 * m - 12 * mm) / 3
    for k, (h, t) in enumerate([("Listen", "We will ask residents, parishes and visitors what matters."),
                                ("Prevent", "We will act early, before problems grow."),
                                ("Protect", "We will put the most vulnerable first.")]):
        x = m + k * (cw + 6 * mm)
        c.setFont(b.Hd[1], 13)
        c.setFillColor(b.A)
        c.drawString(x, y - 10 * mm, h)
        d.para(t, style(b.B[0], 9, colors.white, 12), x, y - 13 * mm, cw)


def build(root):
    d = Doc(root / FILE, BRAND, "New Forest Community Safety Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
