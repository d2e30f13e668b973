"""Safer Hartlepool Partnership Community Safety Plan 2024-2027: reportlab report (DejaVu Sans Condensed,
Liberation Serif headings).

Five priorities, stated once, as the **callout labels of a pie chart** on p6 ("Our priorities and how we will
share our effort"): a drawn pie of five slices, each slice joined by a leader line to a label outside the
pie, holding the priority in bold (wrapping over two lines) and a grey "30% of partnership effort" line; no
numbers.  pdftotext reads the labels by position, not in order.  The previous plan's priorities and the
PCC's priorities quoted in a box (p5), the key findings (p4), the delivery theme headings (p7) and the
measures (p8) are distractors.
"""
import math

from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from cleveland.work import rl_build, rl_styles

FILE = "strategies/safer_hartlepool_partnership_community_safety_plan_2024-27.pdf"
TITLE = "Safer Hartlepool Partnership Community Safety Plan 2024–2027"

REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
C1, C2, C3 = hexc("#0E5A8A"), hexc("#E07A1F"), hexc("#EAF2F8")
ST = rl_styles(REG, BOLD, SBOLD, C1, C2, C3, width=W - 40 * mm,
               fills=[C1, hexc("#2A7F62"), hexc("#7D3C98"), hexc("#B03A2E"), hexc("#B9770E"), hexc("#34495E")])

PRIORITIES = [  # (priority, share of effort)
    ("Reducing anti-social behaviour and the fear it causes", 30),
    ("Cutting the harm caused by drugs and alcohol", 20),
    ("Tackling domestic abuse and sexual violence", 20),
    ("Reducing reoffending by the people who cause most harm", 15),
    ("Building cohesive communities and tackling hate crime", 15),
]
SLICE = [hexc("#0E5A8A"), hexc("#2A7F62"), hexc("#7D3C98"), hexc("#B03A2E"), hexc("#B9770E")]
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=10.5, leading=13, textColor=hexc("#1B1B1B"))
labr = ParagraphStyle("labr", parent=lab, alignment=TA_RIGHT)
pct = ParagraphStyle("pct", fontName=REG, fontSize=8, leading=10, textColor=hexc("#666666"))
pctr = ParagraphStyle("pctr", parent=pct, alignment=TA_RIGHT)


class PieCallouts(Flowable):
    def __init__(self, height=118 * mm):
        super().__init__()
        self.h = height

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        cx, cy, r = self.aw / 2, self.h / 2, 36 * mm
        start = 90.0
        lw = 50 * mm
        for i, (name, share) in enumerate(PRIORITIES):
            ext = -360.0 * share / 100
            c.setFillColor(SLICE[i])
            c.setStrokeColor(colors.white)
            c.setLineWidth(2)
            c.wedge(cx - r, cy - r, cx + r, cy + r, start, ext, stroke=1, fill=1)
            mid = math.radians(start + ext / 2)
            ex, ey = cx + r * math.cos(mid), cy + r * math.sin(mid)
            right = math.cos(mid) >= 0
            ly = cy + (r + 14 * mm) * math.sin(mid)
            kx = cx + (r + 8 * mm) * math.cos(mid)
            lx = self.aw - lw if right else 0
            ax = lx - 2 * mm if right else lw + 2 * mm
            c.setStrokeColor(hexc("#888888"))
            c.setLineWidth(0.7)
            c.line(ex, ey, kx, ly)
            c.line(kx, ly, ax, ly)
            c.setFillColor(SLICE[i])
            c.circle(ex, ey, 1.6, stroke=0, fill=1)
            p = Paragraph(name, lab if right else labr)
            _, ph = p.wrap(lw, 100)
            q = Paragraph(f"{share}% of partnership effort", pct if right else pctr)
            _, qh = q.wrap(lw, 100)
            p.drawOn(c, lx, ly + 1)
            q.drawOn(c, lx, ly - qh - 1)
            start += ext
        c.setFillColor(colors.white)
        c.circle(cx, cy, 13 * mm, stroke=0, fill=1)
        c.setFillColor(C1)
        c.setFont(BOLD, 9)
        c.drawCentredString(cx, cy + 1, "Safer")
        c.drawCentredString(cx, cy - 10, "Hartlepool")


def sections():
    return [
        ("fw", "Foreword", [
            ("p", "Hartlepool is a proud coastal town with a strong sense of community, from the Headland to the "
                  "Marina and the villages beyond. Most people feel safe here most of the time, but crime and "
                  "anti-social behaviour are felt most in a small number of streets and estates."),
            ("p", "The Safer Hartlepool Partnership is the town's community safety partnership. It brings together "
                  "Hartlepool Borough Council, Cleveland Police, Cleveland Fire Brigade, the Probation Service, the "
                  "NHS, housing providers and the voluntary sector."),
            ("p", "This plan sets out our priorities for 2024 to 2027. It draws on our strategic assessment and on "
                  "the views of more than 1,100 residents (illustrative)."),
            ("p", "<b>Chair, Safer Hartlepool Partnership</b>"),
        ]),
        ("ctx", "Hartlepool in numbers", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("93,000", "residents"), ("11,600", "crimes recorded in 2023/24"),
                       ("3,900", "anti-social behaviour incidents"), ("2,300", "domestic abuse incidents"),
                       ("640", "adults in drug and alcohol treatment"), ("95", "hate crimes recorded")]),
            ("h2", "What our strategic assessment found"),
            ("ul", ["Anti-social behaviour is the issue residents raise most, above all in the town centre and on "
                    "three estates.",
                    "Drug and alcohol use lies behind much acquisitive crime and many hospital admissions.",
                    "One in five recorded crimes is linked to domestic abuse.",
                    "A small group of prolific offenders commits a large share of shop theft and burglary.",
                    "Reports of hate crime rose after incidents in 2023, and some residents feel divided."]),
        ]),
        ("bg", "Where this plan comes from", [
            ("p", "This plan replaces the community safety plan for 2021–2024. We have kept what worked and named "
                  "the issues more precisely."),
            ("box", "Our previous plan (2021–2024) had four priorities", [
                "Reduce crime and repeat victimisation", "Reduce the harm caused by drugs and alcohol",
                "Create confident, cohesive and safe communities", "Reduce offending and reoffending"]),
            ("box", "The Police and Crime Plan for Cleveland 2025–2029: the Commissioner's priorities", [
                "Visible and responsive neighbourhood policing", "Tackling violence and exploitation",
                "Protecting women, girls and people at risk of harm", "Putting victims first",
                "Breaking the cycle of offending", "A police service you can trust"]),
            ("p", "The partnership also meets its statutory duties under the Crime and Disorder Act 1998, the "
                  "Serious Violence Duty and the Domestic Abuse Act 2021."),
        ]),
        ("pri", "Our priorities and how we will share our effort", [
            ("p", "The partnership has agreed five priorities for 2024 to 2027. The chart shows each priority and "
                  "the share of the partnership's shared time and funding we expect it to take (illustrative)."),
            ("custom", [Spacer(1, 6), PieCallouts()]),
            ("p", "Shares are a guide for planning and will be reviewed each year."),
        ]),
        ("del", "How we will deliver", [
            ("p", "Each priority has a lead partner and a delivery group. Our main actions for 2024/25 are below."),
            ("h2", "Neighbourhoods"),
            ("ul", ["Joint patrols and a town centre ASB hub with the council's community safety team.",
                    "Faster use of Community Protection Notices and closure orders."]),
            ("h2", "Substance misuse"),
            ("ul", ["Naloxone in hostels and pharmacies.", "An alcohol liaison nurse at the University Hospital of "
                    "Hartlepool."]),
            ("h2", "Abuse"),
            ("ul", ["An IDVA in the emergency department.", "Training for licensed premises staff."]),
            ("h2", "Offender management"),
            ("ul", ["A shared caseload for the prolific offender team.", "Housing advice before release."]),
            ("h2", "Cohesion"),
            ("ul", ["Third-party hate crime reporting in libraries.", "A community events fund."]),
        ]),
        ("gov", "Governance and measures", [
            ("p", "The partnership meets quarterly and reports to the council's Audit and Governance Committee and "
                  "to the Police and Crime Commissioner."),
            ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "3,900", "Down"],
                       ["Adults in treatment", "640", "Up"], ["Repeat referrals to MARAC", "29%", "Down"],
                       ["Reoffending rate, prolific offender cohort", "48%", "Down"],
                       ["Hate crimes reported", "95", "Up (more reporting)"]], [0.55, 0.2, 0.25]),
            ("note", "Baselines are illustrative. Contact: saferhartlepool@hartlepool.example"),
        ]),
    ]


def cover(c, doc):
    c.saveState()
    c.setFillColor(C1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(C2)
    c.wedge(W - 120 * mm, H - 170 * mm, W + 20 * mm, H - 30 * mm, 90, -120, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "SAFER HARTLEPOOL PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(20 * mm, 110 * mm, "Community Safety Plan")
    c.setFont(SREG, 20)
    c.drawString(20 * mm, 96 * mm, "2024–2027")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 30 * mm, "Hartlepool Borough Council · Cleveland Police · Cleveland Fire Brigade · "
                                   "Probation Service · NHS")
    c.restoreState()


def header(c, doc):
    c.saveState()
    c.setFont(REG, 7.5)
    c.setFillColor(hexc("#666666"))
    c.drawString(20 * mm, H - 12 * mm, "Safer Hartlepool Partnership · Community Safety Plan 2024–2027")
    c.setFillColor(C2)
    c.rect(0, H - 14 * mm, 12 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(C1)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 20 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


def contents_line(text, page):
    return ContentsLine(text, page, REG, 11, C1, leader=True, gap=14)


def build(root):
    out = root / FILE
    rl_build(out, TITLE, "Safer Hartlepool Partnership", sections, ST, cover, header, contents_line)
    return out
