"""West Midlands Reducing Reoffending Plan 2026-2029: reportlab report.

Five priorities on p5, each the label on a slot of a **drawn wooden pigeonhole unit** ("Sorted: five
pigeonholes, one plan"): a 3 + 2 grid of deep slots with shaded backs, a brass label frame on each slot's lower
rail holding the priority in bold (two to four lines), and drawn letters or folders in some slots (no text).
No numbers.  Distractors: the seven resettlement pathways, the IOM cohorts and the Female Offender Strategy
(p4), the previous plan's themes (p4), the Mayor's priorities quoted (p6), task groups and measures.
"""
from rl_kit import Paragraph, ParagraphStyle, Spacer, colors, hexc, mm
from west_midlands_metro import rkit
from west_midlands_metro.shared import Art, PLAN_SENTENCE, put


def pigeonholes(doc, st):
    lab = ParagraphStyle("lab", fontName=st["bold"], fontSize=9.2, leading=11, textColor=hexc("#2B2118"))
    pr = doc["priorities"]

    def draw(c, w, h):
        c.saveState()
        c.setFillColor(hexc("#8B5E34"))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        cols, rows = 3, 2
        pad = 4 * mm
        sw, sh = (w - pad * (cols + 1)) / cols, (h - pad * (rows + 1)) / rows
        k = 0
        for r in range(rows):
            n_here = 3 if r == 0 else 2
            off = 0 if r == 0 else (sw + pad) / 2
            for col in range(n_here):
                if k >= len(pr):
                    break
                x = pad + off + col * (sw + pad)
                y = h - (r + 1) * (sh + pad)
                c.setFillColor(hexc("#3E2A1A"))
                c.rect(x, y, sw, sh, stroke=0, fill=1)
                c.setFillColor(hexc("#5A3E27"))
                c.rect(x + 3 * mm, y + 3 * mm, sw - 6 * mm, sh - 6 * mm, stroke=0, fill=1)
                if k % 2 == 0:
                    c.setFillColor(hexc("#F3EBDD"))
                    c.rect(x + 8 * mm, y + 26 * mm, sw - 20 * mm, 14 * mm, stroke=0, fill=1)
                    c.setFillColor(hexc("#E2D3B8"))
                    c.rect(x + 11 * mm, y + 29 * mm, sw - 24 * mm, 14 * mm, stroke=0, fill=1)
                c.setFillColor(hexc("#C9A227"))
                c.rect(x + 3 * mm, y + 2 * mm, sw - 6 * mm, 22 * mm, stroke=0, fill=1)
                c.setFillColor(hexc("#FFFBEF"))
                c.rect(x + 4.2 * mm, y + 3.2 * mm, sw - 8.4 * mm, 19.6 * mm, stroke=0, fill=1)
                put(c, pr[k][0], lab, x + 6 * mm, y + 21.5 * mm, sw - 12 * mm)
                k += 1
        c.restoreState()
    return Art(120 * mm, draw)


def pri_fn(doc, st, width):
    out = [pigeonholes(doc, st), Spacer(1, 4 * mm), Paragraph("What we will sort out", st["h2"])]
    out += [Paragraph(why, st["bul"], bulletText="\u25aa") for _, why in doc["priorities"]]
    return out


DOC = {
    "file": "strategies/west_midlands_reducing_reoffending_plan_2026-29.pdf",
    "title": "West Midlands Reducing Reoffending Plan 2026–2029",
    "org": "West Midlands Reducing Reoffending Board",
    "cover_lines": ["Reducing Reoffending", "Plan 2026–2029"],
    "years": "Probation Service West Midlands and partners",
    "theme": dict(c1="#3E2A1A", c2="#C9A227", c3="#F6F1E7", font="liberation-sans", hfont="liberation-serif",
                  header="West Midlands Reducing Reoffending Plan", folio="[ {n} ]"),
    "heads": {"fw": "Foreword", "ctx": "Reoffending in the West Midlands", "pri": "Sorted: five pigeonholes, one "
              "plan", "del": "Task groups", "gov": "Governance and measures"},
    "foreword": [
        "The West Midlands Reducing Reoffending Board brings together the Probation Service, the prisons, West "
        "Midlands Police, the Mayor's office, the seven councils, health and the voluntary sector.",
        "Most crime is committed by people who have offended before. This plan sets five priorities where joint "
        "work will cut reoffending and so prevent victims.",
    ],
    "signed": "Regional Probation Director, Chair of the Reducing Reoffending Board",
    "context": {
        "intro": "About 21,000 people are supervised by the Probation Service in the West Midlands at any time "
                 "(illustrative).",
        "stats": [("21,000", "people on probation"), ("26%", "proven reoffending rate"), ("1,100", "people in "
                  "IOM"), ("14%", "released homeless"), ("19%", "in work six weeks after release"),
                  ("1,900", "women on probation")],
        "find_head": "Frameworks we work within",
        "findings": ["The seven resettlement pathways: accommodation; education, training and employment; health; "
                     "drugs and alcohol; finance, benefit and debt; children and families; and attitudes, "
                     "thinking and behaviour.",
                     "Integrated Offender Management works with fixed, flex and free cohorts.",
                     "The Female Offender Strategy asks for community-based support for women."],
        "prev_head": "Our previous plan",
        "previous": "The 2022–2025 plan worked through four themes: Homes; Jobs; Health; and Families.",
    },
    "pri_intro": "Each pigeonhole holds one of our five priorities.",
    "priorities": [
        ("Managing the most prolific neighbourhood offenders together",
         "A single IOM model across the seven boroughs, with police and probation co-located."),
        ("A settled home for everyone leaving prison",
         "No one released homeless, through housing officers in prisons and move-on accommodation."),
        ("Work, training and a steady income",
         "Employment hubs in prisons and job coaches in probation offices."),
        ("Women in contact with the justice system",
         "Women's centres in every borough and alternatives to short prison sentences."),
        ("Treatment for drug and alcohol dependence on community sentences",
         "More drug and alcohol treatment requirements made and completed."),
    ],
    "delivery": {
        "intro": "Five task groups deliver the plan.",
        "head": ["Task group", "2026/27 focus", "Chair"],
        "rows": [("IOM", "Shared cohort selection tool", "West Midlands Police"),
                 ("Accommodation", "Prison housing officers", "Probation"),
                 ("Employment", "Employment hubs", "Prisons"),
                 ("Women", "Women's centres", "Mayor's office"),
                 ("Health", "Community sentence treatment requirements", "NHS")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The board meets quarterly; the Local Criminal Justice Board receives its reports.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Proven reoffending", "26%", "Down"), ("Released homeless", "14%", "Down"),
                 ("In work six weeks after release", "19%", "Up"), ("Treatment requirements started", "1,050", "Up")],
        "partners": "Probation Service; HM Prison and Probation Service; West Midlands Police; the Mayor's "
                    "office; the seven councils; NHS England; Department for Work and Pensions; voluntary sector.",
    },
    "contact": "Reducing Reoffending Board secretariat · reoffending@probation.example",
}


def build(root):
    return rkit.build(root, DOC, pri_fn)
