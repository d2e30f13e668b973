"""Kent and Medway Serious Violence Duty Strategy 2026-2029: reportlab report with a drawn diagram.

Four priorities on p5, written in the four bands of a **drawn hourglass** ("Turning the glass on violence"):
a wide band at the top, two narrow bands either side of the neck and a wide band at the bottom, each priority
in white bold; grey kicker labels outside the glass on the left ("Upstream", "Early", "At the point of risk",
"After harm") are decoration.  Distractors: the Duty's specified authorities and the Home Office success
measures (p4), the PCC's priorities quoted (p6), the interventions and measures.
"""
from kent_districts import rkit
from kent_districts.shared import PCC_SENTENCE
from rl_kit import Flowable, Paragraph, ParagraphStyle, Spacer, TA_CENTER, colors, hexc, mm


class Hourglass(Flowable):
    BANDS = [(150, "#14213D", "Upstream"), (92, "#2B4C7E", "Early"), (92, "#9D0208", "At the point of risk"),
             (150, "#6A040F", "After harm")]

    def __init__(self, texts, font, kfont, width):
        super().__init__()
        self.texts, self.font, self.kfont, self.width = texts, font, kfont, width

    def wrap(self, aw, ah):
        return self.width, 168 * mm

    def draw(self):
        c = self.canv
        cx = self.width / 2 + 12 * mm
        bh, gap = 34 * mm, 3 * mm
        # frame
        c.setFillColor(hexc("#8B5E34"))
        c.rect(cx - 82 * mm, 164 * mm, 164 * mm, 4 * mm, stroke=0, fill=1)
        c.rect(cx - 82 * mm, 0, 164 * mm, 4 * mm, stroke=0, fill=1)
        st = ParagraphStyle("h", fontName=self.font, fontSize=12, leading=14.5, textColor=colors.white,
                            alignment=TA_CENTER)
        y = 164 * mm - 5 * mm
        for i, ((w, fill, kick), text) in enumerate(zip(self.BANDS, self.texts)):
            y -= bh
            top_w = [150, 92, 40, 92][i] * mm
            bot_w = [92, 40, 92, 150][i] * mm
            c.setFillColor(hexc(fill))
            p = c.beginPath()
            p.moveTo(cx - bot_w / 2, y)
            p.lineTo(cx + bot_w / 2, y)
            p.lineTo(cx + top_w / 2, y + bh)
            p.lineTo(cx - top_w / 2, y + bh)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            para = Paragraph(text, st)
            inner = max(min(top_w, bot_w), 58 * mm) - 6 * mm
            pw, ph = para.wrap(inner, bh)
            para.drawOn(c, cx - inner / 2, y + (bh - ph) / 2)
            c.setFillColor(hexc("#7A7A7A"))
            c.setFont(self.kfont, 7.5)
            c.drawString(0, y + bh / 2 - 3, kick.upper())
            y -= gap


def pri_fn(doc, st, width):
    return [Spacer(1, 3 * mm), Hourglass(doc["priorities"], st["bold"], st["reg"], width),
            Paragraph("Turning the glass on violence: we will work at every stage, from long before violence "
                      "happens to the care of those it harms.", st["small"])]


DOC = {
    "file": "strategies/kent_and_medway_serious_violence_duty_strategy_2026-29.pdf",
    "title": "Kent and Medway Serious Violence Duty Strategy 2026–2029",
    "org": "Kent and Medway Violence Reduction Unit",
    "cover_lines": ["Serious Violence", "Duty Strategy"],
    "years": "2026 – 2029",
    "theme": dict(c1="#14213D", c2="#9D0208", c3="#EEF0F5", font="dejavu-cond", hfont="liberation-serif",
                  folio="Page {n}", header="Kent and Medway Serious Violence Duty Strategy 2026–2029"),
    "heads": {"fw": "Foreword", "ctx": "Serious violence in Kent and Medway", "pri": "Our priorities",
              "del": "Interventions", "gov": "Governance and measures"},
    "foreword": [
        "The Serious Violence Duty requires councils, the police, fire and rescue, health, probation and youth "
        "justice services in Kent and Medway to work together to prevent and reduce serious violence. The Violence "
        "Reduction Unit co-ordinates that work on behalf of the partnership.",
        "This strategy follows our 2025 strategic needs assessment. It uses a public health approach: we look for "
        "the causes of violence and act on them, as well as responding when violence happens.",
    ],
    "signed": "Chair, Kent and Medway Violence Reduction Unit Board",
    "context": {
        "intro": "The figures below are illustrative and come from the strategic needs assessment.",
        "stats": [("1,480", "knife crime offences"), ("620", "hospital admissions for assault with a sharp object"),
                  ("41%", "of violence with injury happens at night in town centres"),
                  ("15–24", "the age group most affected"), ("28", "county lines active at any time"),
                  ("1 in 3", "young people who know someone who carries a knife")],
        "find_head": "The Duty and the Home Office success measures",
        "findings": ["Specified authorities: councils, Kent Police, Kent Fire and Rescue Service, NHS Kent and "
                     "Medway, the Probation Service and youth justice services.",
                     "Success measures: fewer hospital admissions for assault with a knife or sharp object; fewer "
                     "knife and sharp object offences; fewer homicides.",
                     "Local needs assessment: violence is concentrated in a small number of places and among a "
                     "small number of young people."],
        "previous": "Our 2023 response strategy had three aims: Understanding violence; Preventing violence; and "
                    "Responding to violence.",
        "prev_head": "Our 2023 response strategy",
    },
    "pri_intro": "The partnership has agreed four priorities, shown here as the four stages of an hourglass.",
    "priorities": ["Intervening early with children at risk of violence",
                   "Reducing knife crime and the carrying of weapons",
                   "Tackling violence linked to drug markets and county lines",
                   "Preventing violence in the night-time economy"],
    "delivery": {
        "intro": "The Violence Reduction Unit funds and co-ordinates these interventions:",
        "head": ["Intervention", "What it does", "Lead"],
        "rows": [("Navigators in A&E", "Youth workers at hospitals reach young people after injury", "VRU, NHS"),
                 ("Mentors in schools", "Mentoring for children excluded or at risk of exclusion", "VRU, KCC"),
                 ("Knife crime education", "Workshops in every secondary school", "Kent Police"),
                 ("County lines rescue", "Support for children recovered from county lines", "VRU"),
                 ("Night-time economy", "Street pastors, bleed kits and licensing checks", "District councils")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The Violence Reduction Unit Board is chaired by the Police and Crime Commissioner and reports "
                 "to the Kent and Medway Criminal Justice Board.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("Hospital admissions for sharp object assault", "620", "Down"), ("Knife crime offences", "1,480",
                                                                               "Down"),
                 ("Homicides", "17", "Down"), ("Night-time violence with injury", "3,900", "Down")],
        "partners": "Kent County Council; Medway Council; district councils; Kent Police; Kent Fire and Rescue "
                    "Service; NHS Kent and Medway; the Probation Service; youth justice services; schools.",
    },
    "contact": "Kent and Medway Violence Reduction Unit · vru@kent-medway.example",
}


def build(root):
    return rkit.build(root, DOC, pri_fn)
