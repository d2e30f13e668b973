"""Tees Domestic Abuse and Sexual Violence Strategy 2024-2027 (the four councils' domestic abuse local
partnership boards): reportlab report (Liberation Sans, DejaVu Serif in the arches).

Four priorities, stated once, on p6 as the **arches of a drawn bridge** ("Bridges to safety"): a deck across
the page carrying the vision (not a priority), four stone arches on piers over a river, each arch opening
holding one priority centred in bold serif (three or four lines); grey bank labels "Today" and "2027" at the
ends are not priorities.  The national plan's four objectives and the principles (p5), the definition and
survivors' words (p4), the delivery labels (p7) and the outcomes (p8) are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from cleveland.work import rl_build, rl_styles

FILE = "strategies/tees_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Tees Domestic Abuse and Sexual Violence Strategy 2024–2027"

REG, BOLD = fonts("liberation-sans")
DREG, DBOLD = fonts("dejavu")
SERIF_B = "DejaVuSerif-Bold"
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
if SERIF_B not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont(SERIF_B, "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
W, H = A4
C1, C2, C3 = hexc("#4A235A"), hexc("#1A7F7A"), hexc("#F3EDF6")
ST = rl_styles(REG, BOLD, SERIF_B, C1, C2, C3, width=W - 40 * mm,
               fills=[C1, C2, hexc("#7D3C98"), hexc("#5B2C6F"), hexc("#117A65"), hexc("#6C3483")])

PRIORITIES = [
    "Recognising abuse early and acting on it",
    "Safe accommodation and specialist support for every survivor",
    "Holding perpetrators to account and changing their behaviour",
    "Supporting children and young people harmed by domestic abuse",
]
arch_st = ParagraphStyle("arch", fontName=SERIF_B, fontSize=9.5, leading=12.5, alignment=TA_CENTER,
                         textColor=C1)


class Bridge(Flowable):
    def __init__(self):
        super().__init__()
        self.h = 120 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        aw, h = self.aw, self.h
        c.saveState()
        c.setFillColor(hexc("#AED6F1"))  # river
        c.rect(0, 0, aw, 22 * mm, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1)
        for k in range(6):
            y = 5 * mm + k * 3 * mm
            p = c.beginPath()
            p.moveTo(0, y)
            for x in range(0, int(aw) + 20, 20):
                p.curveTo(x + 5, y + 2, x + 15, y - 2, x + 20, y)
            c.drawPath(p, stroke=1, fill=0)
        deck_y = h - 22 * mm
        c.setFillColor(C1)
        c.rect(0, deck_y, aw, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 10)
        c.drawCentredString(aw / 2, deck_y + 5.3 * mm, "Our vision: everyone in Tees lives free from abuse and the fear of abuse")
        c.setFillColor(hexc("#9C8AA5"))
        c.setFont(REG, 8)
        c.drawString(0, h - 6 * mm, "Today")
        c.drawRightString(aw, h - 6 * mm, "2027")
        n = len(PRIORITIES)
        pier = 5 * mm
        span = (aw - (n + 1) * pier) / n
        stone = hexc("#C9B79C")
        c.setFillColor(stone)
        c.rect(0, 18 * mm, aw, deck_y - 18 * mm, stroke=0, fill=1)
        for i, text in enumerate(PRIORITIES):
            x0 = pier + i * (span + pier)
            # arch opening: rectangle with a semicircular top
            top = deck_y - 6 * mm
            r = span / 2
            c.setFillColor(colors.white)
            p = c.beginPath()
            p.moveTo(x0, 18 * mm)
            p.lineTo(x0, top - r)
            p.arcTo(x0, top - 2 * r, x0 + span, top, startAng=180, extent=-180)
            p.lineTo(x0 + span, 18 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.setStrokeColor(hexc("#8D7A5F"))
            c.setLineWidth(1.2)
            c.arc(x0, top - 2 * r, x0 + span, top, 0, 180)
            para = Paragraph(text, arch_st)
            pw, ph = para.wrap(span - 2 * mm, 80 * mm)
            para.drawOn(c, x0 + 1 * mm, (18 * mm + top - r) / 2 - ph / 2 + 8 * mm)
        c.restoreState()


def sections():
    return [
        ("fw", "Foreword", [
            ("p", "Domestic abuse and sexual violence devastate lives in every community on Teesside. This strategy "
                  "is shared by the domestic abuse local partnership boards of Hartlepool, Middlesbrough, Redcar and "
                  "Cleveland, and Stockton-on-Tees, so that survivors get the same help wherever they live."),
            ("p", "It was written with survivors, specialist services, the police, health and the councils, and it "
                  "meets our duties under Part 4 of the Domestic Abuse Act 2021."),
            ("p", "<b>Chairs of the four domestic abuse local partnership boards</b>"),
        ]),
        ("ctx", "What we know", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("9,800", "domestic abuse incidents and crimes a year"), ("1,150", "cases heard at MARAC"),
                       ("36%", "of MARAC cases were repeat referrals"), ("420", "households in safe accommodation"),
                       ("1,900", "sexual offences recorded"), ("3,400", "children in households referred")]),
            ("h2", "What survivors told us"),
            ("ul", ["<i>\u201cI told three people before anyone asked what was really going on.\u201d</i>",
                    "<i>\u201cThe refuge was the first place I slept properly in years.\u201d</i>",
                    "<i>\u201cNobody talked to my son about what he had seen.\u201d</i>"]),
            ("p", "The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between people aged 16 or "
                  "over who are personally connected, and recognises children who see, hear or experience its "
                  "effects as victims in their own right."),
        ]),
        ("nat", "National and local frameworks", [
            ("box", "The national Tackling Domestic Abuse Plan (2022) has four objectives", [
                "Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"]),
            ("h2", "Our principles"),
            ("ul", ["<b>Survivor-led</b>: survivors' voices shape services.", "<b>Think family</b>: we see the "
                    "whole household.", "<b>Trauma-informed</b>: we understand the impact of abuse.",
                    "<b>Inclusive</b>: services that work for men, older people, disabled people and LGBT+ survivors."]),
            ("p", "The Police and Crime Commissioner funds independent advisers, the sexual assault referral centre "
                  "and perpetrator programmes, and is a member of each board."),
        ]),
        ("pri", "Our priorities: bridges to safety", [
            ("p", "The boards have agreed four priorities for 2024 to 2027. We picture them as the arches of a "
                  "bridge from where survivors are today to a life free from abuse."),
            ("custom", [Spacer(1, 8), Bridge()]),
        ]),
        ("del", "Delivering the strategy", [
            ("p", "A delivery group leads each priority. The main actions for 2024/25 are:"),
            ("table", [["Label", "Main actions 2024/25", "Lead"],
                       ["Early help", "Routine enquiry in GP practices and maternity; training for 2,000 staff", "NHS, councils"],
                       ["Safe accommodation", "Two more refuge units; sanctuary scheme; IDVAs and ISVAs", "Councils, PCC"],
                       ["Perpetrators", "Perpetrator programme across Teesside; DAPOs", "Police, Probation, PCC"],
                       ["Children", "Operation Encompass; therapeutic group work", "Children's services"]],
             [0.2, 0.58, 0.22]),
        ]),
        ("out", "Outcomes and governance", [
            ("p", "The four boards report jointly each year to the councils' health and wellbeing boards and to "
                  "the Police and Crime Commissioner. We want to see these outcomes by 2027:"),
            ("ul", ["Fewer repeat referrals to MARAC.", "More survivors say they feel safer when support ends.",
                    "More perpetrators complete a programme.", "More children receive support in school."]),
            ("note", "Contact: dapartnership@tees.example. All figures in this strategy are illustrative."),
        ]),
    ]


def cover(c, doc):
    c.saveState()
    c.setFillColor(C1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(C2)
    c.rect(0, 0, W, 55 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 24 * mm, "HARTLEPOOL · MIDDLESBROUGH · REDCAR AND CLEVELAND · STOCKTON-ON-TEES")
    c.setFont(SERIF_B, 30)
    c.drawString(20 * mm, 150 * mm, "Domestic Abuse and")
    c.drawString(20 * mm, 137 * mm, "Sexual Violence Strategy")
    c.setFont(REG, 18)
    c.drawString(20 * mm, 122 * mm, "2024–2027")
    c.restoreState()


def header(c, doc):
    c.saveState()
    c.setFont(REG, 7.5)
    c.setFillColor(hexc("#777777"))
    c.drawString(20 * mm, H - 12 * mm, TITLE)
    c.setFillColor(C1)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(W / 2, 10 * mm, f"~ {doc.page} ~")
    c.restoreState()


def contents_line(text, page):
    return ContentsLine(text, page, REG, 11, C1, leader=False, gap=15)


def build(root):
    out = root / FILE
    rl_build(out, TITLE, "Tees domestic abuse local partnership boards", sections, ST, cover, header, contents_line)
    return out
