"""North Wales Serious Violence Prevention Strategy 2024-2029: reportlab, drawn page by page (A4).

Four priorities, stated once, on p6 as **stepping stones across a river** ("Stepping stones to a safer North
Wales"): a drawn blue river running down the page between two grassy banks, four flat grey stones crossing
it on a diagonal from the lower-left bank to the upper-right bank, each stone holding one priority in bold
(two to four lines), no numbers; the aim is written on the far bank.
Distractors: the definition and specified authorities (p4), the key findings and the Welsh public health
approach (p5), the bank labels (p6), the interventions (p7), the measures (p8).
"""
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from rl_kit import fonts
from north_wales.kit import check_pages, rl_para, rl_paras

FILE = "strategies/north_wales_serious_violence_prevention_strategy_2024-29.pdf"
TITLE = "North Wales Serious Violence Prevention Strategy 2024–2029"
W, H = A4
NAVY, RED, GREY = colors.HexColor("#102A43"), colors.HexColor("#C0392B"), colors.HexColor("#666666")

PRIORITIES = [
    "Reducing knife crime and violence in public places",
    "Intervening early with children at risk of violence",
    "Tackling violence in the night-time economy",
    "Building a trauma-informed approach across services",
]


def build(root):
    reg, bold = fonts("dejavu-cond")
    sreg, sbold = fonts("liberation-serif")
    body = ParagraphStyle("b", fontName=reg, fontSize=9.5, leading=13.5)
    h1 = ParagraphStyle("h", fontName=sbold, fontSize=22, leading=26, textColor=NAVY)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, textColor=RED)
    stone = ParagraphStyle("s", fontName=bold, fontSize=11, leading=13.5, alignment=TA_CENTER, textColor=NAVY)
    out = root / FILE
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(TITLE); c.setAuthor("North Wales Serious Violence Duty Partnership"); c.setCreator("stratalign test data")
    L, R = 22 * mm, W - 22 * mm
    TW = R - L
    n = [0]

    def page(title):
        n[0] += 1
        c.setFillColor(NAVY); c.setFont(reg, 8)
        c.drawString(L, H - 12 * mm, "North Wales Serious Violence Prevention Strategy 2024–2029")
        c.setStrokeColor(RED); c.setLineWidth(1.2); c.line(L, H - 14 * mm, R, H - 14 * mm)
        c.setFillColor(GREY); c.drawRightString(R, 11 * mm, f"Page {n[0]} of 9")
        return rl_para(c, title, h1, L, H - 24 * mm, TW) - 6 * mm

    # 1 cover
    n[0] += 1
    c.setFillColor(NAVY); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RED); c.rect(0, 120 * mm, W, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont(bold, 10)
    c.drawString(L, H - 28 * mm, "NORTH WALES SERIOUS VIOLENCE DUTY PARTNERSHIP")
    c.setFont(sbold, 28); c.drawString(L, 190 * mm, "Serious Violence"); c.drawString(L, 178 * mm, "Prevention Strategy")
    c.setFont(sreg, 16); c.drawString(L, 163 * mm, "2024 – 2029")
    c.setFont(reg, 9); c.drawString(L, 100 * mm, "Strategaeth Atal Trais Difrifol Gogledd Cymru")
    c.showPage()
    # 2 contents
    y = page("Contents")
    for t, p in [("Foreword", 3), ("Understanding serious violence", 4), ("What the needs assessment found", 5),
                 ("Stepping stones: our priorities", 6), ("Interventions", 7), ("Measuring success", 8),
                 ("Governance", 9)]:
        c.setFont(reg, 11); c.setFillColor(NAVY); c.drawString(L, y, t); c.drawRightString(R, y, str(p))
        c.setDash(1, 3); c.line(L + c.stringWidth(t, reg, 11) + 4, y + 1, R - 10, y + 1); c.setDash()
        y -= 9 * mm
    c.showPage()
    # 3 foreword
    y = page("Foreword")
    y = rl_paras(c, ["Serious violence is rare in North Wales compared with the big cities, but when it happens it "
                     "devastates families and communities. Knife crime has risen, and too many of those involved are "
                     "children.",
                     "The Serious Violence Duty asks the police, councils, health, fire and rescue, probation and "
                     "youth justice to work together to prevent and reduce serious violence. This strategy is our "
                     "response for the six counties of North Wales.",
                     "It is built on a public health approach: understand the causes, act early and use evidence.",
                     "<b>Chair, North Wales Serious Violence Duty Partnership</b>"], body, L, y, TW, gap=6)
    c.showPage()
    # 4 understanding
    y = page("Understanding serious violence")
    y = rl_paras(c, ["<b>Our local definition.</b> Serious violence means homicide, violence with injury, knife and "
                     "weapon offences, robbery and sexual violence in public places, and violence linked to drug "
                     "supply and exploitation.",
                     "<b>Specified authorities.</b> North Wales Police; the six local authorities; Betsi Cadwaladr "
                     "University Health Board; North Wales Fire and Rescue Service; the Probation Service; the six "
                     "youth justice services. Educational and custodial institutions are relevant authorities.",
                     "<b>The Welsh context.</b> The Duty in Wales builds on the Violence Prevention Unit's work and "
                     "on the Well-being of Future Generations (Wales) Act 2015."], body, L, y, TW, gap=7)
    c.showPage()
    # 5 findings
    y = page("What the needs assessment found")
    y = rl_para(c, "All figures are illustrative and are not official statistics.", body, L, y, TW) - 5 * mm
    for v, t in [("+21%", "knife and weapon offences since 2019"), ("38%", "of violence with injury in the night-time economy"),
                 ("1 in 4", "suspects under 18"), ("62%", "of young people in custody with four or more ACEs")]:
        c.setFillColor(RED); c.setFont(bold, 18); c.drawString(L, y - 6 * mm, v)
        c.setFillColor(NAVY); c.setFont(reg, 10); c.drawString(L + 35 * mm, y - 5 * mm, t)
        y -= 13 * mm
    y = rl_para(c, "Key findings", h2, L, y - 3 * mm, TW) - 3
    y = rl_paras(c, ["• Violence clusters in Rhyl, Wrexham, Bangor and Colwyn Bay town centres.",
                     "• Children excluded from school are over-represented among young suspects.",
                     "• Victims and perpetrators are often the same young people."], body, L, y, TW, gap=2)
    y = rl_para(c, "A public health approach", h2, L, y - 5 * mm, TW) - 3
    rl_para(c, "We follow the four steps of the public health approach: define the problem, identify risk and "
               "protective factors, develop and test interventions, and scale up what works.", body, L, y, TW)
    c.showPage()
    # 6 stepping stones
    y = page("Stepping stones: our priorities")
    y = rl_para(c, "Four stepping stones take us from where we are today to a North Wales where fewer people are "
                   "hurt by violence. We will work on all four at once.", body, L, y, TW) - 4 * mm
    top, bot = y, 20 * mm
    c.setFillColor(colors.HexColor("#A9CC8C")); c.rect(L, bot, TW, top - bot, stroke=0, fill=1)
    rv = c.beginPath()
    rv.moveTo(L + 30 * mm, top); rv.curveTo(L + 70 * mm, top - 60 * mm, L + 20 * mm, bot + 90 * mm, L + 45 * mm, bot)
    rv.lineTo(R - 25 * mm, bot); rv.curveTo(R - 55 * mm, bot + 90 * mm, R - 5 * mm, top - 60 * mm, R - 40 * mm, top)
    rv.close()
    c.setFillColor(colors.HexColor("#5DADE2")); c.drawPath(rv, stroke=0, fill=1)
    c.setFillColor(NAVY); c.setFont(bold, 9)
    c.drawString(L + 3 * mm, bot + 5 * mm, "WHERE WE ARE NOW")
    c.drawRightString(R - 3 * mm, top - 8 * mm, "FEWER PEOPLE HURT BY VIOLENCE")
    sw, sh = 62 * mm, 34 * mm
    for i, t in enumerate(PRIORITIES):
        cx = L + 40 * mm + i * 28 * mm
        cy = bot + 40 * mm + i * 48 * mm
        c.setFillColor(colors.HexColor("#7F8C8D")); c.ellipse(cx - sw / 2 + 1.5 * mm, cy - sh / 2 - 1.5 * mm,
                                                               cx + sw / 2 + 1.5 * mm, cy + sh / 2 - 1.5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#D5D8DC")); c.ellipse(cx - sw / 2, cy - sh / 2, cx + sw / 2, cy + sh / 2, stroke=0, fill=1)
        p = Paragraph(t, stone)
        _, ph = p.wrap(sw - 16 * mm, 100)
        p.drawOn(c, cx - (sw - 16 * mm) / 2, cy + ph / 2 - 1 * mm - ph)
    c.showPage()
    # 7 interventions
    y = page("Interventions")
    for t, d in [("Hospital navigators", "Youth workers in the emergency departments at Ysbyty Gwynedd, Glan Clwyd and Wrexham Maelor."),
                 ("Knife crime education", "Sessions for Year 8 pupils in every secondary school."),
                 ("Safer nights", "Street pastors, taxi marshals and welfare hubs in four towns."),
                 ("Focused deterrence", "Direct offers of help, backed by enforcement, to young men at risk."),
                 ("ACE-aware services", "Training with the ACE Hub Wales for all specified authorities.")]:
        y = rl_para(c, f"<b>{t}</b> – {d}", body, L, y, TW) - 5
    c.showPage()
    # 8 measures
    y = page("Measuring success")
    y = rl_para(c, "We will use the national success measures for the Duty (hospital admissions for assault with a "
                   "sharp object, knife and sharp object offences, and homicides) and these local measures "
                   "(illustrative baselines):", body, L, y, TW) - 5
    for t, v in [("Violence with injury in the night-time economy", "1,920"), ("Knife offences", "310"),
                 ("Children referred for early help after a violent incident", "140"),
                 ("Staff trained in trauma-informed practice", "600")]:
        c.setFont(reg, 10); c.setFillColor(NAVY); c.drawString(L, y, t); c.drawRightString(R, y, v)
        c.setStrokeColor(colors.HexColor("#CCCCCC")); c.line(L, y - 2 * mm, R, y - 2 * mm); y -= 9 * mm
    c.showPage()
    # 9 governance
    y = page("Governance")
    rl_paras(c, ["The partnership reports to the North Wales Safer Communities Board. The Police and Crime "
                 "Commissioner is the convener and holds the Home Office grant.",
                 "Each community safety partnership has a local serious violence lead.",
                 "Contact: svd@northwales.example"], body, L, y, TW, gap=6)
    c.showPage()
    c.save()
    check_pages(out, 9)
    return out
