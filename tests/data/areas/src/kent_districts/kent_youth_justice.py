"""Kent Youth Justice Plan 2026-27: a one-off HTML/CSS design printed by Chromium.

Five priorities on p5, written in the squares of a **chalk hopscotch grid** drawn on a grey pavement: square 1
at the bottom, squares 2 and 3 side by side, then 4 and 5, and a "HOME" half-circle at the top; each square
holds its chalk number and the priority.  Distractors: the Child First tenets (p3), the YJB key performance
indicators and last year's review (p4), the PCC's priorities quoted (p6), actions and measures.
"""
from kent_districts import hkit
from kent_districts.hkit import e
from kent_districts.shared import PCC_SENTENCE

EXTRA = """
.pave { background: #8E9196; border-radius: 3mm; padding: 6mm 0 7mm 0; margin: 4mm 0; }
.hop { width: 120mm; margin: 0 auto; }
.hop .r { display: flex; justify-content: center; }
.hop .sq { width: 60mm; min-height: 33mm; border: 1.2mm solid #FDFDF8; margin: -0.6mm; padding: 2mm 3mm;
  color: #fff; position: relative; }
.hop .sq .n { font-size: 20pt; font-weight: 700; color: #FFF6A8; line-height: 1; }
.hop .sq .p { font-size: 11.5pt; font-weight: 700; line-height: 1.22; margin-top: 1mm; }
.hop .home { width: 60mm; height: 26mm; border: 1.2mm solid #FDFDF8; border-bottom: 0; border-radius: 30mm 30mm 0 0;
  margin: 0 auto; text-align: center; color: #FFF6A8; font-size: 15pt; font-weight: 700; padding-top: 9mm; }
"""

DOC = {
    "file": "strategies/kent_youth_justice_plan_2026-27.pdf",
    "title": "Kent Youth Justice Plan 2026–27",
    "org": "Kent Youth Justice Partnership Board",
    "cover_title": "Youth Justice Plan",
    "years": "2026–27",
    "theme": dict(c1="#264653", c2="#E9C46A", c3="#EEF3F4", font="DejaVu Sans", hfont="DejaVu Sans",
                  foot="Kent Youth Justice Plan 2026–27", folio='"Page " counter(page) " of " counter(pages)',
                  extra=EXTRA),
    "heads": {"fw": "Introduction from the Chair", "ctx": "Our children and our performance",
              "pri": "Our priorities for 2026–27", "del": "Our plan for the year",
              "gov": "Governance, risks and resources"},
    "foreword": [
        "This is the Kent Youth Justice Plan for 2026–27, written to the Youth Justice Board's guidance and agreed "
        "by the Kent Youth Justice Partnership Board. Medway has its own youth justice plan.",
        "We are a Child First service. We see children as children, build on their strengths, help them take part "
        "in decisions and promote a positive identity. Those four tenets shape everything in this plan.",
    ],
    "signed": "Chair, Kent Youth Justice Partnership Board",
    "context": {
        "intro": "Kent's youth justice service works with about 700 children a year (illustrative figures).",
        "stats": [("410", "first-time entrants in 2024/25"), ("31%", "of children reoffended within a year"),
                  ("9", "children in custody"), ("140", "children screened for exploitation risk"),
                  ("3.1x", "over-representation of Black children in the cohort"),
                  ("62%", "of victims took part in restorative work")],
        "find_head": "Key performance indicators we report to the Youth Justice Board",
        "findings": ["First-time entrants; reoffending; use of custody.",
                     "Suitable accommodation; education, training and employment; special educational needs.",
                     "Mental health care; substance misuse; out-of-court disposals; links to wider services.",
                     "Management board attendance; serious violence; victims."],
        "previous": "In 2025–26 our priorities were: Prevention and diversion; Serious youth violence; Education "
                    "and inclusion; and Transitions to adult services. The review of that year is in the annex.",
        "prev_head": "Last year's priorities",
    },
    "pri_intro": "The board has set five priorities for 2026–27. We drew them as a game of hopscotch with children "
                 "who work with us: one step at a time, and every square matters.",
    "priorities": ["Diverting children from the justice system",
                   "Reducing reoffending by children",
                   "Keeping children safe from criminal exploitation",
                   "Putting victims' voices at the centre of restorative work",
                   "Reducing the over-representation of Black and mixed-heritage children"],
    "delivery": {
        "intro": "Each priority has a board sponsor and actions for the year:",
        "head": ["Priority", "Actions 2026–27", "Sponsor"],
        "rows": [("Diversion", "Turnaround in every district; out-of-court panel review", "Kent Police"),
                 ("Reoffending", "Reoffending tracker; speech and language screening", "Youth justice"),
                 ("Exploitation", "Joint exploitation panel; National Referral Mechanism pilot", "Children's services"),
                 ("Victims", "Victim worker in each team; restorative conferences", "PCC's office"),
                 ("Disproportionality", "Audit of decisions; training on bias", "Board chair")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The Kent Youth Justice Partnership Board meets every quarter and oversees this plan.",
        "head": ["Measure", "2024/25", "2026–27 aim"],
        "rows": [("First-time entrants", "410", "Down"), ("Reoffending rate", "31%", "Down"),
                 ("Children screened for exploitation", "140", "All at risk"),
                 ("Victims taking part in restorative work", "62%", "Up"),
                 ("Over-representation ratio", "3.1", "Down")],
        "paras": ["Main risks: recruitment of case workers; rising numbers of children on remand; reduced funding "
                  "for prevention."],
        "partners": "Kent County Council; Kent Police; the Probation Service; NHS Kent and Medway; schools and "
                    "colleges; the Police and Crime Commissioner; voluntary groups.",
    },
    "contact": "Kent Youth Justice Service, Sessions House, Maidstone · youthjustice@kent.example",
}


def pri_html(doc):
    p = [e(x) for x in doc["priorities"]]

    def sq(n, t, fill):
        return f'<div class="sq" style="background:{fill}"><div class="n">{n}</div><div class="p">{t}</div></div>'
    return ('<div class="pave"><div class="hop"><div class="home">HOME</div>'
            f'<div class="r">{sq(4, p[3], "#6D6F74")}{sq(5, p[4], "#6D6F74")}</div>'
            f'<div class="r">{sq(2, p[1], "#7B7E83")}{sq(3, p[2], "#7B7E83")}</div>'
            f'<div class="r">{sq(1, p[0], "#6D6F74")}</div></div></div>')


def build(root):
    return hkit.build(root, DOC, pri_html, "kent_youth_justice")
