"""Kent and Medway Reducing Reoffending Plan 2026-2029: reportlab report with a drawn diagram.

Four priorities on p5, lettered along the **bars of a drawn five-bar field gate** standing open between two
posts ("The way through"): the top four bars each carry a priority in dark bold on pale oak, the bottom bar
and the diagonal brace are blank.  Distractors: the seven resettlement pathways and the IOM cohorts (p4), the
PCC's priorities quoted (p6), the task groups and measures.
"""
from kent_districts import rkit
from kent_districts.shared import PCC_SENTENCE
from rl_kit import Flowable, Paragraph, ParagraphStyle, Spacer, hexc, mm


class Gate(Flowable):
    def __init__(self, texts, font, width):
        super().__init__()
        self.texts, self.font, self.width = texts, font, width

    def wrap(self, aw, ah):
        return self.width, 138 * mm

    def draw(self):
        c = self.canv
        x0, x1 = 14 * mm, self.width - 14 * mm
        bar_h, pitch, top = 17 * mm, 24 * mm, 128 * mm
        c.setFillColor(hexc("#5C4033"))
        c.rect(0, 0, 12 * mm, 138 * mm, stroke=0, fill=1)
        c.rect(self.width - 12 * mm, 0, 12 * mm, 138 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#7FB069"))
        c.rect(-4 * mm, 0, self.width + 8 * mm, 3 * mm, stroke=0, fill=1)
        # brace (behind)
        c.setStrokeColor(hexc("#CDB38B"))
        c.setLineWidth(9)
        c.line(x0 + 4 * mm, top - 4 * pitch - bar_h + 4 * mm, x1 - 4 * mm, top - 4 * mm)
        st = ParagraphStyle("g", fontName=self.font, fontSize=11, leading=13, textColor=hexc("#3B2A1A"))
        for i in range(5):
            y = top - i * pitch - bar_h
            c.setFillColor(hexc("#E8D5B0"))
            c.setStrokeColor(hexc("#A68A64"))
            c.setLineWidth(0.8)
            c.roundRect(x0, y, x1 - x0, bar_h, 2, stroke=1, fill=1)
            if i < len(self.texts):
                para = Paragraph(self.texts[i], st)
                pw, ph = para.wrap(x1 - x0 - 16 * mm, bar_h)
                para.drawOn(c, x0 + 8 * mm, y + (bar_h - ph) / 2)
        c.setFillColor(hexc("#333333"))
        for y in (top - 6 * mm, top - 4 * pitch - 6 * mm):
            c.rect(self.width - 15 * mm, y, 4 * mm, 3 * mm, stroke=0, fill=1)


def pri_fn(doc, st, width):
    return [Spacer(1, 3 * mm), Gate(doc["priorities"], st["bold"], width),
            Paragraph("The way through: each bar of the gate is one of the board's priorities.", st["small"])]


DOC = {
    "file": "strategies/kent_and_medway_reducing_reoffending_plan_2026-29.pdf",
    "title": "Kent and Medway Reducing Reoffending Plan 2026–2029",
    "org": "Kent and Medway Reducing Reoffending Board",
    "cover_lines": ["Reducing Reoffending", "Plan"],
    "years": "2026–2029",
    "theme": dict(c1="#3B2A1A", c2="#7FB069", c3="#F4EFE6", font="liberation-sans", hfont="liberation-serif",
                  folio="— {n} —", header="Kent and Medway Reducing Reoffending Board"),
    "heads": {"fw": "Introduction", "ctx": "Reoffending in Kent and Medway", "pri": "Our priorities",
              "del": "Task groups and actions", "gov": "Governance and measures"},
    "foreword": [
        "Most crime is committed by people who have offended before. Helping them stop is one of the surest ways to "
        "cut crime and protect future victims.",
        "The Kent and Medway Reducing Reoffending Board brings together the Probation Service, the prisons, Kent "
        "Police, the councils, health and the voluntary sector. This plan sets out its priorities for 2026 to 2029.",
    ],
    "signed": "Chair, Kent and Medway Reducing Reoffending Board",
    "context": {
        "intro": "Four prisons in Kent release about 3,000 people a year (illustrative figures).",
        "stats": [("3,000", "releases from Kent prisons a year"), ("24%", "proven reoffending rate"),
                  ("1 in 6", "released with no settled home"), ("19%", "in work six weeks after release"),
                  ("410", "people in the IOM cohort"), ("380", "women on probation")],
        "find_head": "Frameworks we work within",
        "findings": ["The seven resettlement pathways: accommodation; education, training and employment; health; "
                     "drugs and alcohol; finance, benefit and debt; children and families; attitudes, thinking "
                     "and behaviour.",
                     "The integrated offender management cohorts: fixed (neighbourhood crime), flex (local "
                     "priorities) and free (local discretion).",
                     "The Female Offender Strategy asks areas to provide women's centres and to use community "
                     "sentences where they can."],
        "previous": "The board's 2022–2025 plan had four themes: Housing; Employment; Health; and Women.",
        "prev_head": "Our last plan",
    },
    "pri_intro": "The board agreed four priorities for 2026 to 2029 at its development day in December 2025.",
    "priorities": ["Stable accommodation for people leaving prison",
                   "Work, training and money advice for people on probation",
                   "Managing prolific neighbourhood offenders through integrated offender management",
                   "A women's pathway out of offending"],
    "delivery": {
        "intro": "Task groups deliver the priorities. Their main actions for 2026/27:",
        "head": ["Task group", "Actions 2026/27", "Lead"],
        "rows": [("Housing", "Duty to refer from prisons; move-on accommodation", "District councils, probation"),
                 ("Employment", "Employment hubs in prisons; bank accounts and ID before release", "DWP, prisons"),
                 ("IOM", "Joint case management of the neighbourhood crime cohort", "Kent Police, probation"),
                 ("Women", "Women's centre in Maidstone; women-only reporting", "Probation, voluntary sector")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The board meets quarterly and reports to the Kent and Medway Criminal Justice Board.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Settled accommodation on release", "68%", "Up"), ("In work six weeks after release", "19%",
                                                                     "Up"),
                 ("IOM cohort reoffending", "51%", "Down"), ("Women completing community orders", "72%", "Up")],
        "partners": "Probation Service; HM Prison and Probation Service; Kent Police; the Police and Crime "
                    "Commissioner; Kent County Council; Medway Council; district councils; DWP; NHS; voluntary "
                    "groups.",
    },
    "contact": "Kent and Medway Reducing Reoffending Board · rrb@kent-medway.example",
}


def build(root):
    return rkit.build(root, DOC, pri_fn)
