"""Safer Gosport Partnership Plan 2026-2029 (A4 landscape throughout).

Layout: p6 is a landscape magazine page: a photo strip with a white title over it across the top, then two
columns of serif text in which each priority is a coral bold run-in heading part-way down a column, and a navy
sidebar on the right with a pull quote and "You said, we did" items that use priority-like words."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, Paragraph, Pull, Spacer, colors, hx, landscape, mm, style

FILE = "strategies/safer_gosport_partnership_plan_2026-29.pdf"
BRAND = Brand(org="Safer Gosport Partnership", body="dejavu-serif", head="dejavu", primary="#12355b",
              secondary="#2e86ab", accent="#e4572e", tint="#e9f1f7", size=landscape(A4),
              folio="Safer Gosport \u2502 {n}", folio_pos="br", heading="caps")

PRIOS = [("Reducing anti-social behaviour",
          "We will focus on the places where it is most persistent, including the High Street, the Bus "
          "Station and Walpole Park, with early intervention for young people and enforcement for the few who "
          "persist."),
         ("Domestic abuse",
          "We will increase awareness of the support available, work with the Navy community at HMS Sultan "
          "and make sure children who live with abuse are identified early."),
         ("Drug and alcohol misuse",
          "Treatment and recovery services will be promoted through the custody suite, GP surgeries and the "
          "food bank, and we will tackle the drug dealing that residents report."),
         ("Youth engagement and diversion",
          "Positive activities in the school holidays, detached youth work and referrals from the police "
          "for young people at risk of entering the justice system."),
         ("Keeping people safe on and near the water",
          "With the RNLI, the harbour authority and the fire service we will promote water safety along the "
          "waterfront, at Stokes Bay and at Lee-on-the-Solent.")]

CFG = dict(
    org="Safer Gosport Partnership", cover_lines=["Safer Gosport"], years="Partnership Plan 2026\u20132029",
    org_line="Gosport Borough Council \u00b7 Hampshire and Isle of Wight Constabulary \u00b7 partners",
    cover="split", contents="boxes", seed=15,
    foreword=["Gosport is a peninsula town with a proud naval heritage and a strong sense of community. "
              "Thousands of residents take part in the Safer Gosport community day and our survey every year, "
              "and their views shape this plan.",
              "The plan sets five priorities for the next three years. Some are familiar, such as anti-social "
              "behaviour and domestic abuse. Others reflect what is special about Gosport, such as our long "
              "waterfront.",
              "We will keep listening, and we will report back every year on what has changed."],
    signed="Chair, Safer Gosport Partnership",
    tiles=[("82,000", "residents"), ("4,100", "survey responses (illustrative)"), ("1,480", "ASB incidents"),
           ("620", "domestic abuse crimes"), ("150", "adults in drug treatment"),
           ("11", "water rescues last summer")],
    findings=[("h", "Key findings"),
              ("b", ["Anti-social behaviour is concentrated in the town centre and two estates",
                     "Domestic abuse rates are above the county average", "Drug dealing is the crime residents "
                     "most often report through the survey", "Water-related incidents rise every summer"])],
    previous=["Anti-social behaviour", "Reducing violent crime and domestic abuse", "Reducing alcohol "
              "and drug related offending", "Supporting young people"],
    assessment="The themes of the last plan remain. Domestic abuse is separated from violent crime, and water "
               "safety is added after a rise in incidents on the waterfront.",
    actions=[["ASB", "Early intervention panel for young people", "Council", "Jun 2026"],
             ["DA", "Awareness sessions with the Navy welfare team", "DA forum", "Oct 2026"],
             ["Drugs", "Treatment outreach at the food bank", "Treatment provider", "Sep 2026"],
             ["Youth", "Summer holiday activity programme", "Youth service", "Jul 2026"],
             ["Water", "Water safety signage and throwlines", "Council / RNLI", "May 2026"]],
    measures=[["ASB incidents", "1,480", "Down"], ["Domestic abuse repeat victims", "31%", "Down"],
              ["Adults starting treatment", "150", "Up"], ["Young people in positive activities", "600", "Up"],
              ["Water rescues", "11", "Down"]],
    governance=["The Safer Gosport Partnership board meets quarterly and agrees the annual action plan.",
                "The council's community board acts as the crime and disorder committee.",
                "We work with Fareham on the peninsula and with county-wide partnerships."],
    contacts=["Safer Gosport, Town Hall, Gosport (illustrative)", "safer@gosport-csp.example",
              "Report crime on 101; in an emergency call 999."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    d.photo(0, H - 48 * mm, W, 48 * mm, seed=31, base="#15304a")
    c.setFillColor(colors.white)
    c.setFont(b.Hd[1], 26)
    c.drawString(m, H - 26 * mm, "Our priorities 2026\u20132029")
    c.setFont(b.B[2], 11)
    c.drawString(m, H - 36 * mm, "Five priorities shaped by more than four thousand residents")
    top = H - 56 * mm
    sw = 74 * mm
    c.setFillColor(b.P)
    c.rect(W - m - sw, 18 * mm, sw, top - 18 * mm, stroke=0, fill=1)
    side = [Pull("\u201cThe waterfront is Gosport's best asset. It should be safe for families.\u201d", b.B[2], 12,
                 colors.white, b.accent and hx(b.accent), "Community day participant"),
            Spacer(1, 6),
            Paragraph("You said, we did", style(b.Hd[1], 12, colors.white, 15, space_after=4))]
    for t in ["You said: anti-social behaviour on the High Street. We did: extra patrols and CCTV.",
              "You said: more for young people to do. We did: a summer activity programme.",
              "You said: drug dealing near schools. We did: closure orders on two properties."]:
        side.append(Paragraph(t, style(b.B[0], 8.6, colors.white, 11.5, space_after=5)))
    d.flow(side, [(W - m - sw + 5 * mm, 22 * mm, sw - 10 * mm, top - 26 * mm)])
    body = style(b.B[0], 9, b.I, 12.4, space_after=6)
    run = f'<font name="{b.Hd[1]}" color="{b.accent}">%s.</font> %s'
    st = [Paragraph("The partnership reviewed the strategic assessment, the survey results and the views of "
                    "partners in a workshop in January 2026. Five priorities were agreed.", body),
          Paragraph(run % PRIOS[0], body), Paragraph(run % PRIOS[1], body),
          Paragraph("Serious violence remains low in Gosport, and we support the Violence Reduction Unit's "
                    "county-wide work rather than setting a separate priority.", body),
          Paragraph(run % PRIOS[2], body), Paragraph(run % PRIOS[3], body), Paragraph(run % PRIOS[4], body),
          Paragraph("Each priority has a lead partner and an action plan reviewed every quarter.", body)]
    tw = W - 2 * m - sw - 8 * mm
    cw = (tw - 8 * mm) / 2
    d.flow(st, [(m, 18 * mm, cw, top - 18 * mm), (m + cw + 8 * mm, 18 * mm, cw, top - 18 * mm)])


def build(root):
    d = Doc(root / FILE, BRAND, "Safer Gosport Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
