"""Ellerdyke Serious Violence Strategy 2026-2029, a two-column, justified A4 document set in DejaVu Serif with the
typographic ligature glyphs (U+FB00 ff, U+FB01 fi, U+FB02 fl, U+FB03 ffi), in the priority headings as in the
body. The columns are flowed by reportlab's platypus, and the print room let the headings fall where they fell:
  * "Priority 2: ..." is the LAST thing in column 1 of page 2; its text starts at the top of column 2;
  * "Priority 4: ..." is at the foot of column 2 of page 2 with its whole text on page 3 (the heading is
    alone at the bottom of the page);
  * "Priority 5: ..." is split: its first line is the last line of column 1 on page 3 and its second line is
    the first line of column 2.
The page-1 needs-assessment findings are bold run-ins; the previous Violence Reduction Network priorities are a
list. `finish()` asserts where each heading landed."""
from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, FrameBreak, PageBreak, PageTemplate, Paragraph, Spacer, Table, \
    TableStyle

import common
from rl_kit import box, hexc, register_fonts, style, text

NAME = "column_straddle_serious_violence"
TITLE = "Ellerdyke Serious Violence Strategy 2026-2029"
W, H = A4
ACC, INK = "9C2A00", "1B1B1B"
MARG, GUT = 50, 22
COLW = (W - 2 * MARG - GUT) / 2


def lig(s: str) -> str:
    for a, b in (("ffi", "\ufb03"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")):
        s = s.replace(a, b)
    return s


PRI = [
    "Fewer young people affected by knife crime in Ellerdyke",
    "Preventing conflict and violence in the night-time economy",
    "Disrupting drug trafficking and the exploitation of children",
    "Identifying children at risk at the first sign of harm",
    "Building confidence in our communities to report violence and to stand up to it",
]


class FillBottom(Flowable):
    """Takes all the space left in the frame except `reserve` points: the print room's way of pushing a heading
    to the foot of a column."""

    def __init__(self, reserve):
        super().__init__()
        self.reserve = reserve

    def wrap(self, aw, ah):
        self.height = max(0.0, ah - self.reserve)
        return aw, self.height

    def draw(self):
        pass


def fonts():
    register_fonts()
    for name, f in (("DSerif", "DejaVuSerif.ttf"), ("DSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DSerif-Italic", "DejaVuSerif-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/dejavu/{f}"))
    pdfmetrics.registerFontFamily("DSerif", normal="DSerif", bold="DSerif-Bold", italic="DSerif-Italic",
                                  boldItalic="DSerif-Bold")


def finish(work, out):
    fonts()
    path = out / f"{NAME}.pdf"
    body = style("b", font="DSerif", size=9.2, leading=13, color=INK, align=TA_JUSTIFY, spaceAfter=6)
    h2 = style("h2", font="Sans-Bold", size=15, leading=18, color=ACC, spaceAfter=6, spaceBefore=4)
    ph = style("ph", font="DSerif-Bold", size=11.5, leading=14.5, color=ACC, spaceAfter=5, allowOrphans=1,
               allowWidows=1)
    bul = style("bul", font="DSerif", size=9.2, leading=12.5, color=INK, leftIndent=11, bulletIndent=0,
                spaceAfter=3, align=TA_JUSTIFY)

    def P(t, st=body):
        return Paragraph(lig(t), st)

    def B(items):
        return [Paragraph(lig(t), bul, bulletText="\u2022") for t in items]

    def heading(i):
        return [Paragraph(lig(f"Priority {i}: {PRI[i - 1]}"), ph)]

    top1 = H - 190
    f1 = [Frame(MARG, 56, COLW, top1 - 56, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
          Frame(MARG + COLW + GUT, 56, COLW, top1 - 56, id="c2", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)]
    f2 = [Frame(MARG, 56, COLW, H - 56 - 60, id="c1", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0),
          Frame(MARG + COLW + GUT, 56, COLW, H - 56 - 60, id="c2", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)]

    def first(c, doc):
        box(c, 0, H - 160, W, 160, "2B2B2B")
        box(c, 0, H - 166, W, 6, ACC)
        text(c, MARG, H - 62, "ELLERDYKE SERIOUS VIOLENCE DUTY PARTNERSHIP", "Sans-Bold", 8.5, "F0A17A",
             char_space=1.6)
        text(c, MARG, H - 104, "Serious Violence Strategy", "DSerif-Bold", 30, "FFFFFF")
        text(c, MARG, H - 138, "2026\u20132029", "DSerif", 20, "FFFFFF")
        foot(c, doc)

    def foot(c, doc):
        text(c, MARG, 32, "Ellerdyke Serious Violence Strategy 2026-2029", "Sans", 7.5, "666666")
        text(c, W - MARG, 32, f"Page {doc.page}", "Sans", 7.5, "666666", anchor="right")

    doc = BaseDocTemplate(str(path), pagesize=A4, title=TITLE, author="Ellerdyke Serious Violence Duty Partnership",
                          subject=TITLE, creator="reportlab", invariant=1, pageCompression=1)
    doc.addPageTemplates([PageTemplate("first", f1, onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", f2, onPage=foot)])
    landed: list = []

    def after(f):
        if isinstance(f, Paragraph) and f.style.name == "ph":
            landed.append((doc.page, doc.frame.id, f.getPlainText()[:12], len(f.blPara.lines)))

    doc.afterFlowable = after

    story = [
        Paragraph("Foreword", h2),
        P("Serious violence is rare in Ellerdyke, but when it happens it changes lives for ever. In 2025 two young "
          "men died after knife attacks in the town centre, and hospital admissions for assault with a sharp "
          "object rose for the third year running. Behind those figures are families, friends and whole "
          "neighbourhoods who no longer feel safe. The partners who signed this strategy have a legal duty to "
          "work together to prevent and reduce serious violence, and we intend to use it."),
        P("<i>Chief Superintendent Daniel Ashworth-Reid, Chair, Ellerdyke Serious Violence Duty Partnership</i>"),
        Paragraph("About the duty", h2),
        P("The Serious Violence Duty, in the Police, Crime, Sentencing and Courts Act 2022, requires the council, "
          "the police, fire and rescue, health, probation and youth justice to work together. Schools, colleges and "
          "prisons must cooperate. The partnership has defined serious violence for Ellerdyke as homicide, violence "
          "causing injury, knife and firearm crime, robbery, and violence linked to drug supply and exploitation."),
        Paragraph("What our needs assessment found", h2),
        P("<b>Finding 1: violence is concentrated.</b> Half of all knife crime happens in two wards, Riverside and "
          "Castlegate, and mostly between 6pm and 2am."),
        P("<b>Finding 2: the young people involved are known to services.</b> Four in five of the under-25s arrested "
          "for a knife offence had been excluded from school or referred to children's social care."),
        P("<b>Finding 3: drugs drive much of the violence.</b> A third of serious violence involves drug supply, "
          "often by children exploited by county lines."),
        P("<b>Finding 4: people do not report.</b> Only one in three residents say they would tell the police if "
          "they knew someone carried a knife."),
        Paragraph("Looking back", h2),
        P("Ellerdyke's Violence Reduction Network worked to three priorities from 2022 to 2025:"),
        *B(["reducing youth violence in public places;", "a trauma-informed workforce; and",
            "better data sharing between partners."]),
        P("The network has now been folded into this partnership, and its data-sharing work continues as part of "
          "how we deliver every priority below."),
        Paragraph("Our vision", h2),
        P("An Ellerdyke where young people grow up free from violence and the fear of it, and where everyone can "
          "enjoy the town centre at night."),
        Paragraph("How we wrote this strategy", h2),
        P("We took a public health approach: we looked at the evidence, asked the people most affected, and "
          "chose the things that partners can change together. The strategy was shaped by 1,100 young people in "
          "our schools survey, by 37 parents in three listening events, and by the staff of the emergency "
          "department at Ellerdyke General, who see the harm of serious violence first-hand."),
        P("Our guiding principles are to act early, to treat children who are exploited as victims first, to use "
          "data and evidence, and to work with communities rather than for them."),
        PageBreak(),
        Paragraph("Our priorities", h2),
        P("We have agreed five priorities for 2026 to 2029. They follow from the needs assessment and from what "
          "1,100 young people told us in our schools survey. Each has a lead partner and an action plan that the "
          "partnership reviews every quarter."),
        *heading(1),
        P("Knife crime involving under-25s rose by 14% in 2025. We will fund detached youth workers in Riverside and "
          "Castlegate on Friday and Saturday evenings, put a youth worker in the emergency department at Ellerdyke "
          "General, and offer every young person arrested for a knife offence a mentor within a week of their "
          "arrest. Schools will take part in a knife-crime education programme that is led by young people "
          "themselves and that is evaluated independently."),
        P("In the first year we will:"),
        *B(["recruit six detached youth workers, two of them with lived experience of the justice system;",
            "place a youth worker in the emergency department from 6pm to 2am on Fridays and Saturdays;",
            "offer every young person arrested for possessing a knife a mentor and a place on a sports or arts "
            "programme of their choosing;",
            "run weapon sweeps with residents in Riverside and Castlegate parks every month; and",
            "install two more bleed-control kits in the town centre, with training for the staff nearby."]),
        P("The first-year target is a fall of 10% in hospital admissions for assault with a sharp object among "
          "under-25s, measured against the 2025 baseline. We will also ask young people each year whether they "
          "feel the need to carry a knife to be safe; in 2025, 9% of the Year 10 pupils we surveyed said they "
          "did, and nearly a third said they knew someone who did."),
        P("Lead partner: Ellerdyke Council Youth Service, with Ellerdyke Police and the Youth Justice Service. "
          "It will report to the partnership each quarter."),
        P("<i>\u201cEveryone says don't carry, but nobody tells you how to be safe walking home.\u201d</i> "
          "Young person, Ellerdyke schools survey"),
        FillBottom(reserve=33),
        *heading(2),
        P("Four in ten violent offences in the town centre happen near licensed premises, mostly after midnight. We "
          "will train door staff and bar staff in conflict de-escalation and in spotting vulnerability, extend the "
          "taxi marshal scheme at the High Street rank, and use licensing reviews firmly where premises fail to "
          "keep customers safe. Street pastors and the safe haven at St Aidan's church will be funded for three "
          "more years."),
        *heading(3),
        P("County lines run from Ellerdyke to at least four other towns. We will map the lines with Coastway "
          "Regional Organised Crime Unit, close them through coordinated disruption, and treat every child found "
          "dealing drugs as a potential victim of exploitation first. Every such child will be referred to the "
          "National Referral Mechanism and offered a specialist exploitation worker."),
        P("Landlords and letting agents will be asked to report cuckooing, and the council will use closure orders "
          "where vulnerable tenants are being exploited."),
        P("In the first year we will:"),
        *B(["hold a multi-agency disruption fortnight each quarter, with the Regional Organised Crime Unit, "
            "British Transport Police and the council's licensing and housing teams;",
            "make a specialist exploitation worker available to any child found in possession of drugs with "
            "intent to supply, within 48 hours of the arrest;",
            "train 150 taxi drivers, hotel staff and rail staff to spot children travelling alone for "
            "exploitation, and to report it; and",
            "share intelligence on cuckooed addresses every week between the police and the council."]),
        P("We will know we are succeeding if the number of active lines falls, if more children referred to the "
          "National Referral Mechanism receive a positive decision within three months, and if fewer children "
          "are arrested away from home. Lead partner: Ellerdyke Police, with Children's Social Care and the "
          "Youth Justice Service. The police will share a quarterly profile of county lines activity with the "
          "partnership, with names removed."),
        FillBottom(reserve=33),
        *heading(4),
        P("Most of the young people involved in serious violence were known to services long before. We will "
          "create a single early-help panel for children at risk of violence, open to referrals from schools, GPs, "
          "the police and the youth justice service. Exclusion from school will trigger a referral, and each child "
          "will have one named worker who stays with them."),
        P("By March 2027 every secondary school in Ellerdyke will have a designated lead for serious violence and "
          "exploitation, and the panel will review its cases every month with the school concerned. We will also "
          "train 400 staff across health, education and the voluntary sector in contextual safeguarding, so that "
          "a risk seen on the street, at the bus station or online is shared with the panel the same day."),
        P("Parents told us they often see the warning signs first but do not know whom to tell. The panel will "
          "therefore take referrals from parents and carers directly, through a telephone line staffed by the "
          "council's early-help team."),
        P("In the first year we will:"),
        *B(["open the early-help panel by October 2026, chaired by the council's Head of Early Help;",
            "agree with every secondary school that a fixed-term exclusion of a child known to the panel will be "
            "discussed with the panel before it starts;",
            "fund two family support workers for the parents of children at risk of violence; and",
            "publish a simple guide for parents on the signs of exploitation, in the five languages most spoken "
            "in Ellerdyke."]),
        P("The measure of success is the number of children known to the panel who go on to be arrested for a "
          "violent offence, which we will track for two years after their first referral. Lead partner: "
          "Ellerdyke Council Children's Services, with the schools, NHS Ellerdyke and the police."),
        P("This priority depends on partners sharing information quickly and lawfully. The partnership's "
          "information-sharing agreement, signed under the Serious Violence Duty, lets schools, health and the "
          "police pass concerns to the panel without waiting for consent where a child is at risk of serious "
          "harm. We will review how well it is working after six months and publish what we find, including "
          "how long referrals took and how many came from each partner."),
        FillBottom(reserve=15),
        *heading(5),
        P("Residents told us they fear reprisals and do not believe anything will happen if they report. We will "
          "promote anonymous reporting through Crimestoppers, fund community-led projects in the two "
          "highest-harm wards, and tell communities what happened after they came forward. Bystander training "
          "will be offered to sports clubs, faith groups and colleges."),
        Paragraph("How we will measure progress", h2),
        Table([[P("<b>Measure</b>"), P("<b>2025</b>")],
               [P("Hospital admissions for assault with a sharp object, under-25s"), P("63")],
               [P("Knife crime offences, all ages"), P("212")],
               [P("Violence with injury in the night-time economy"), P("318")],
               [P("Children referred to the National Referral Mechanism"), P("47")]],
              colWidths=[COLW - 50, 50],
              style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("BBBBBB")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")])),
        Spacer(1, 6),
        Paragraph("Governance", h2),
        P("The Ellerdyke Serious Violence Duty Partnership reports to the Ellerdyke Community Safety Partnership "
          "Board and, once a year, to the Police and Crime Commissioner, who funds the duty. The strategy will be "
          "refreshed each year when the needs assessment is updated."),
    ]
    doc.build(story)
    common.normalise_pdf(path)
    # where each heading (or heading fragment) landed: page, column, its first words, its number of lines
    where = [(p, f, n) for p, f, _, n in landed]
    assert where == [(2, "c1", 2), (2, "c1", 2), (2, "c2", 3), (2, "c2", 2), (3, "c1", 1), (3, "c2", 2)], landed
    return [path]
