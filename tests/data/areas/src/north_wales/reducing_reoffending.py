"""North Wales Reducing Reoffending Strategy 2024-2027: reportlab, drawn page by page (A4).

Four priorities, stated once, on p6 as **waymarker stones on a zig-zag mountain path** ("The path up the
mountain"): a drawn mountain with a summit labelled with the aim, a dashed path zig-zagging up from a car park
at the foot, and at each bend a squat waymarker stone with a coloured band; the priority is written in bold
beside each stone (on the right of stones left of the fall line, on the left of the others), with a grey "Waymark" note under it naming the lead.  No
numbers.
Distractors: the previous strategy's themes (p3), the seven resettlement pathways (p4), the key findings (p5),
the waymark lead notes and the summit/car park labels (p6), the work streams (p7), the measures (p8).
"""
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from rl_kit import fonts
from north_wales.kit import check_pages, rl_para, rl_paras

FILE = "strategies/north_wales_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "North Wales Reducing Reoffending Strategy 2024–2027"
W, H = A4
SLATE, MOSS, GREY = colors.HexColor("#2C3E50"), colors.HexColor("#4E7D4A"), colors.HexColor("#707070")

PRIORITIES = [  # bottom to top
    ("Reducing reoffending through integrated offender management", "Waymark: IOM Cymru steering group"),
    ("Finding settled accommodation for people leaving prison", "Waymark: housing task group"),
    ("Supporting women in the justice system", "Waymark: women's pathfinder board"),
    ("Changing the behaviour of domestic abuse perpetrators", "Waymark: perpetrator programme group"),
]


def build(root):
    reg, bold = fonts("liberation-sans")
    sreg, sbold = fonts("dejavu")
    body = ParagraphStyle("b", fontName=reg, fontSize=10, leading=14)
    h1 = ParagraphStyle("h", fontName=sbold, fontSize=20, leading=24, textColor=SLATE)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, textColor=MOSS)
    pri = ParagraphStyle("p", fontName=bold, fontSize=11.5, leading=14, textColor=SLATE)
    note = ParagraphStyle("n", fontName=reg, fontSize=8, leading=10, textColor=GREY)
    out = root / FILE
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(TITLE); c.setAuthor("North Wales Reducing Reoffending Board"); c.setCreator("stratalign test data")
    L, R = 20 * mm, W - 20 * mm
    TW = R - L
    n = [0]

    def page(title):
        n[0] += 1
        c.setFillColor(MOSS); c.rect(0, 0, 6 * mm, H, stroke=0, fill=1)
        c.setFillColor(GREY); c.setFont(reg, 8)
        c.drawString(L, 11 * mm, "North Wales Reducing Reoffending Board")
        c.drawRightString(R, 11 * mm, f"[ {n[0]} ]")
        return rl_para(c, title, h1, L, H - 22 * mm, TW) - 6 * mm

    n[0] += 1
    c.setFillColor(SLATE); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(MOSS)
    pth = c.beginPath(); pth.moveTo(0, 0); pth.lineTo(0, 60 * mm); pth.lineTo(90 * mm, 150 * mm)
    pth.lineTo(130 * mm, 110 * mm); pth.lineTo(W, 170 * mm); pth.lineTo(W, 0); pth.close(); c.drawPath(pth, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont(bold, 10)
    c.drawString(L, H - 28 * mm, "NORTH WALES REDUCING REOFFENDING BOARD")
    c.setFont(sbold, 26); c.drawString(L, 230 * mm, "Reducing Reoffending"); c.drawString(L, 218 * mm, "Strategy 2024–2027")
    c.setFont(reg, 10); c.drawString(L, 205 * mm, "Strategaeth Lleihau Aildroseddu Gogledd Cymru")
    c.showPage()

    y = page("Contents")
    for t, p in [("Foreword", 3), ("Resettlement in Wales", 4), ("What we know", 5), ("The path up the mountain", 6),
                 ("Work streams", 7), ("Measures and governance", 8)]:
        c.setFont(reg, 11.5); c.setFillColor(SLATE); c.drawString(L, y, t); c.drawRightString(R, y, str(p))
        c.setStrokeColor(colors.HexColor("#BBBBBB")); c.line(L, y - 2.5 * mm, R, y - 2.5 * mm); y -= 10 * mm
    c.showPage()

    y = page("Foreword")
    y = rl_paras(c, ["Most crime in North Wales is committed by people who have offended before. Breaking that "
                     "cycle is good for victims, for communities and for the people themselves.",
                     "The Reducing Reoffending Board brings together HM Prison and Probation Service in Wales, HMP "
                     "Berwyn, North Wales Police, the Police and Crime Commissioner, the six councils, the health "
                     "board and the third sector.",
                     "Our 2021–2024 strategy worked under three themes: Accommodation; Health; and Employment. We "
                     "have learned that housing on release matters most, and this strategy reflects that.",
                     "<b>Chair, North Wales Reducing Reoffending Board</b>"], body, L, y, TW, gap=7)
    c.showPage()

    y = page("Resettlement in Wales")
    y = rl_para(c, "Probation in Wales works to seven resettlement pathways, which every partner in this "
                   "strategy recognises:", body, L, y, TW) - 4
    rl_paras(c, ["• Accommodation", "• Education, training and employment", "• Health", "• Drugs and alcohol",
                 "• Finance, benefit and debt", "• Children and families", "• Attitudes, thinking and behaviour"],
             body, L + 4 * mm, y, TW, gap=2)
    c.showPage()

    y = page("What we know")
    y = rl_para(c, "All figures are illustrative and are not official statistics.", body, L, y, TW) - 4 * mm
    for v, t in [("26%", "adult proven reoffending rate"), ("1 in 3", "people released from HMP Berwyn without settled homes"),
                 ("140", "people in the IOM cohort"), ("62%", "of women on probation who are victims of domestic abuse")]:
        c.setFillColor(MOSS); c.setFont(bold, 17); c.drawString(L, y - 6 * mm, v)
        c.setFillColor(SLATE); c.setFont(reg, 10); c.drawString(L + 32 * mm, y - 5 * mm, t); y -= 13 * mm
    y = rl_para(c, "Key findings", h2, L, y - 4 * mm, TW) - 3
    rl_paras(c, ["• Homelessness on release roughly doubles the chance of reoffending.",
                 "• Short sentences for women disrupt housing and children's care.",
                 "• Domestic abuse perpetrators are the largest group of repeat offenders managed by IOM."],
             body, L, y, TW, gap=3)
    c.showPage()

    # 6 mountain path
    y = page("The path up the mountain")
    y = rl_para(c, "Reducing reoffending is a long climb. These four waymarks show the path the Board will follow "
                   "between 2024 and 2027.", body, L, y, TW) - 3 * mm
    top, bot = y - 8 * mm, 22 * mm
    c.setFillColor(colors.HexColor("#DDE8D5"))
    m = c.beginPath(); m.moveTo(L, bot); m.lineTo(W / 2, top); m.lineTo(R, bot); m.close(); c.drawPath(m, stroke=0, fill=1)
    c.setFillColor(colors.white)
    s = c.beginPath(); s.moveTo(W / 2 - 18 * mm, top - 26 * mm); s.lineTo(W / 2, top); s.lineTo(W / 2 + 18 * mm, top - 26 * mm)
    s.close(); c.drawPath(s, stroke=0, fill=1)
    c.setFillColor(SLATE); c.setFont(bold, 9)
    c.drawCentredString(W / 2, top + 3 * mm, "SUMMIT: FEWER VICTIMS, FEWER CRIMES")
    c.drawCentredString(W / 2, bot - 7 * mm, "CAR PARK: WHERE WE START")
    pts = [(W / 2, bot), (W / 2 - 25 * mm, bot + 45 * mm), (W / 2 + 22 * mm, bot + 90 * mm),
           (W / 2 - 18 * mm, bot + 135 * mm), (W / 2 + 12 * mm, bot + 175 * mm), (W / 2, top - 12 * mm)]
    c.setStrokeColor(colors.HexColor("#8B5A2B")); c.setLineWidth(2); c.setDash(4, 3)
    for a, b in zip(pts, pts[1:]):
        c.line(a[0], a[1], b[0], b[1])
    c.setDash()
    for i, (t, lead) in enumerate(PRIORITIES):
        x, yy = pts[i + 1]
        c.setFillColor(colors.HexColor("#7F8C8D")); c.roundRect(x - 5 * mm, yy - 4 * mm, 10 * mm, 12 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor([MOSS, colors.HexColor("#C0392B"), colors.HexColor("#D4AC0D"), colors.HexColor("#2471A3")][i])
        c.rect(x - 5 * mm, yy + 3 * mm, 10 * mm, 2.5 * mm, stroke=0, fill=1)
        bw = 62 * mm
        bx = x + 9 * mm if x < W / 2 else x - 9 * mm - bw
        yb = rl_para(c, t, pri, bx, yy + 8 * mm, bw)
        rl_para(c, lead, note, bx, yb - 1 * mm, bw)
    c.showPage()

    y = page("Work streams")
    for t, d in [("IOM Cymru", "A single IOM cohort across North Wales, with police, probation and the third sector in one team."),
                 ("Homes on release", "A housing officer in HMP Berwyn; a protocol with all six councils."),
                 ("Women's pathfinder", "A whole-system approach and a women's centre in each sub-region."),
                 ("Perpetrators", "Accredited and community programmes, with checks on compliance."),
                 ("Work and skills", "Employer pledge with local businesses (a supporting theme, not a priority).")]:
        y = rl_para(c, f"<b>{t}.</b> {d}", body, L, y, TW) - 6
    c.showPage()

    y = page("Measures and governance")
    y = rl_paras(c, ["Measures (illustrative baselines): proven reoffending rate of the IOM cohort (38%); people "
                     "housed on the night of release (67%); women diverted from custody (45 a year); perpetrators "
                     "completing a programme (120 a year).",
                     "The Board meets quarterly, reports to the Wales Criminal Justice Board and the North Wales "
                     "Safer Communities Board, and is supported by the Police and Crime Commissioner's office.",
                     "Contact: rrb@northwales.example"], body, L, y, TW, gap=7)
    c.showPage()
    c.save()
    check_pages(out, 8)
    return out
