"""Bedford Borough Community Safety Partnership Strategy 2024-2027: reportlab report (Liberation Sans,
Liberation Serif headings).

Five priorities, stated once, on p6 as **the signwritten cabin panels of five narrowboats moored along the
Embankment** ("Moored on the Great Ouse"): a drawn river with a towpath, five long boats one below the other,
each with a coloured hull, a cabin with portholes and a cream panel on which the priority is lettered in
dark serif (one or two lines); no numbers.  A short sentence follows each boat.  The previous strategy's
priorities (p4), the key findings (p4), the national Serious Violence Duty and ASB Action Plan (p5), the
delivery themes (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, pdfmetrics
from bedfordshire.work import needles, rl_story

FILE = "strategies/bedford_borough_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Bedford Borough Community Safety Partnership Strategy 2024–2027"

GREEN, INK, GREY = hexc("#1E5631"), hexc("#1D1D1D"), hexc("#5E5E5E")
WATER, BANK, CREAM = hexc("#A7C7D9"), hexc("#7FA36B"), hexc("#F7EBC8")
HULLS = [hexc("#1E5631"), hexc("#8C1C13"), hexc("#1F3A68"), hexc("#5B2A6E"), hexc("#B5651D")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 36 * mm

st = dict(
    body=ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=INK),
    bl=ParagraphStyle("bl", fontName=REG, fontSize=9.4, leading=12.8, leftIndent=12, spaceAfter=3, textColor=INK),
    h1=ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=GREEN, spaceAfter=10),
    h2=ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=GREEN, spaceBefore=8, spaceAfter=4),
    small=ParagraphStyle("small", fontName=REG, fontSize=7.4, leading=9.4, textColor=GREY),
    num=ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white),
    cap=ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=colors.white),
    cell=ParagraphStyle("cell", fontName=REG, fontSize=8.6, leading=11.2, textColor=INK),
    cell_h=ParagraphStyle("cellh", fontName=BOLD, fontSize=8.6, leading=11.2, textColor=colors.white),
    width=FW, fills=[GREEN, hexc("#3C7A4F"), hexc("#5E8F6A")], pale=hexc("#EAF2E6"), dark=GREEN,
    rule=hexc("#C8D8C2"),
)
after = ParagraphStyle("after", fontName=REG, fontSize=8.6, leading=11.4, textColor=GREY, leftIndent=14 * mm,
                       spaceAfter=2)

PRIORITIES = [
    ("Cutting anti-social behaviour and the harm it does to residents",
     "Problem-solving in Queens Park, Kempston and the town centre, and support for repeat victims."),
    ("Violent crime", "Hotspot patrols, knife arches at events and youth workers at Bedford Hospital."),
    ("Tackling drug dealing and county lines", "Closure orders on cuckooed homes and joint operations with "
     "the police's county lines team."),
    ("Keeping people safe on and near the River Great Ouse", "Throw lines along the Embankment, water "
     "safety in schools and patrols on summer evenings, with the fire service."),
    ("Violence against women and girls", "Safe spaces in the night-time economy, Ask for Angela and "
     "bystander training for licensed premises."),
]


class Boat(Flowable):
    def __init__(self, text, hull, width, offset):
        super().__init__()
        self.text, self.hull, self.width, self.offset = text, hull, width, offset

    def wrap(self, aw, ah):
        return aw, 27 * mm

    def draw(self):
        c = self.canv
        # water strip
        c.setFillColor(WATER)
        c.rect(0, 0, self.width, 27 * mm, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.5)
        for k in range(4):
            y = 3 * mm + k * 6 * mm
            c.line(4 * mm + k * 7 * mm, y, 20 * mm + k * 7 * mm, y)
        x0, y0 = 12 * mm + self.offset, 4 * mm
        L = 150 * mm
        # hull with pointed bow
        c.setFillColor(self.hull)
        p = c.beginPath()
        p.moveTo(x0, y0)
        p.lineTo(x0 + L - 12 * mm, y0)
        p.lineTo(x0 + L, y0 + 7 * mm)
        p.lineTo(x0, y0 + 7 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        # cabin
        c.setFillColor(self.hull)
        c.rect(x0 + 8 * mm, y0 + 7 * mm, L - 30 * mm, 13 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.rect(x0 + 7 * mm, y0 + 19.5 * mm, L - 28 * mm, 1.2 * mm, stroke=0, fill=1)
        # portholes
        c.setFillColor(CREAM)
        for k in range(3):
            c.circle(x0 + 14 * mm + k * 6 * mm, y0 + 13.5 * mm, 1.6 * mm, stroke=0, fill=1)
        # panel
        px, pw = x0 + 34 * mm, L - 62 * mm
        c.setFillColor(CREAM)
        c.roundRect(px, y0 + 8.3 * mm, pw, 10.4 * mm, 1.5 * mm, stroke=0, fill=1)
        size = 10.5
        words, lines, cur = self.text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, SBOLD, size) > pw - 6 * mm and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        c.setFillColor(self.hull)
        c.setFont(SBOLD, size)
        yy = y0 + 13.5 * mm + (len(lines) - 1) * 6.2 - 3.4
        for ln in lines:
            c.drawCentredString(px + pw / 2, yy, ln)
            yy -= 12.4
        # tiller
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)
        c.line(x0 + 2 * mm, y0 + 7 * mm, x0 - 3 * mm, y0 + 14 * mm)


def boats():
    out = []
    for i, (name, txt) in enumerate(PRIORITIES):
        out += [Boat(name, HULLS[i], FW, (i % 2) * 6 * mm), Spacer(1, 1.5), Paragraph(txt, after), Spacer(1, 4)]
    return out


SECTIONS = [
    dict(key="fw", title="Foreword", blocks=[
        ("p", "Bedford is a riverside town with a lively centre, surrounded by villages and a growing rural "
              "economy. It is one of the most diverse places in England, and residents are proud of it."),
        ("p", "The Community Safety Partnership brings together Bedford Borough Council, Bedfordshire Police, "
              "Bedfordshire Fire and Rescue Service, the Probation Service, the NHS and local charities."),
        ("p", "This strategy sets out the five priorities we have agreed for 2024 to 2027. We chose them from "
              "our strategic assessment and from a residents' survey with 870 replies (illustrative)."),
        ("p", "<b>Chair, Bedford Borough Community Safety Partnership</b>")]),
    dict(key="ctx", title="Bedford Borough in context", blocks=[
        ("p", "The figures below describe 2023/24. They are illustrative and are not official statistics."),
        ("tiles", [("190,000", "residents"), ("17,600", "crimes recorded"), ("3,400", "ASB incidents"),
                   ("1,450", "violence with injury offences"), ("38", "county lines identified"),
                   ("4", "water-related deaths in five years")]),
        ("h2", "Key findings"),
        ("ul", ["ASB is the issue residents raise most often.", "Violence peaks in the town centre at night.",
                "Drug lines from London and Luton target Bedford's vulnerable adults.",
                "Most river incidents happen on warm evenings near the Embankment.",
                "Women tell us they feel less safe in the town centre after dark."]),
        ("h2", "Our 2021–2024 priorities"),
        ("ul", ["Neighbourhood crime and ASB", "Violence and exploitation", "Domestic abuse",
                "Reducing reoffending"])]),
    dict(key="nat", title="The national picture", blocks=[
        ("p", "National duties and plans shape what we do, alongside the Police and Crime Plan:"),
        ("ul", ["<b>The Serious Violence Duty</b> (2023): partners must work together to prevent and reduce "
                "serious violence.", "<b>The Anti-social Behaviour Action Plan</b> (2023): swifter justice and "
                "visible consequences for ASB.", "<b>From harm to hope</b> (2021): the national drug strategy.",
                "<b>Tackling violence against women and girls</b> (2021): the national strategy."]),
        ("p", "Domestic abuse is now led by the Bedfordshire Domestic Abuse Partnership and reducing reoffending "
              "by the Bedfordshire Reducing Reoffending Board, so neither is a separate priority in this "
              "strategy.")]),
    dict(key="pri", title="Our priorities", blocks=[
        ("p", "Moored on the Great Ouse: five priorities the partnership has agreed for 2024–2027."),
        ("special", "boats")]),
    dict(key="del", title="Delivery", blocks=[
        ("p", "Each priority has a lead partner and a task group. The main actions for 2024/25 are below."),
        ("table", [["Theme", "Actions 2024/25", "Lead"],
                   ["Neighbourhoods", "Problem-solving plans in three wards; ASB victim champion", "Council"],
                   ["Violence", "Town centre hotspot plan; hospital youth workers", "Police, VERU"],
                   ["Drugs", "Cuckooing protocol; closure orders", "Police, council housing"],
                   ["River", "Throw-line stations; schools water safety week", "Fire and rescue"],
                   ["Women's safety", "Ask for Angela; Best Bar None", "Council licensing"]], [0.2, 0.58, 0.22])]),
    dict(key="gov", title="Measures and governance", blocks=[
        ("p", "The partnership board meets quarterly and reports to the council's Environment and Sustainable "
              "Communities Overview and Scrutiny Committee."),
        ("table", [["Measure", "Baseline (illustrative)", "Aim"], ["ASB incidents", "3,400", "Down"],
                   ["Violence with injury", "1,450", "Down"], ["County lines closed", "12", "Up"],
                   ["River rescues", "21", "Down"], ["Women who feel safe in the town centre at night", "38%",
                                                     "Up"]], [0.55, 0.27, 0.18]),
        ("p", "Contact: communitysafety@bedford.example")]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawString(18 * mm, 11 * mm, "Bedford Borough Community Safety Partnership")
    c.drawRightString(W - 18 * mm, 11 * mm, f"{p} / 8")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(WATER)
    c.rect(0, 0, W, 75 * mm, stroke=0, fill=1)
    c.setFillColor(CREAM)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "BEDFORD BOROUGH COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(18 * mm, H - 100 * mm, "Community Safety")
    c.drawString(18 * mm, H - 114 * mm, "Strategy 2024–2027")
    c.setFillColor(HULLS[1])
    c.rect(30 * mm, 60 * mm, 130 * mm, 8 * mm, stroke=0, fill=1)
    c.rect(38 * mm, 68 * mm, 100 * mm, 10 * mm, stroke=0, fill=1)
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, FW, H - 40 * mm, id="s", **pad)], onPage=header)]


def story(pages):
    return rl_story(SECTIONS, pages, st, lambda t, p: ContentsLine(t, p, REG, 11, INK, leader=True, gap=14),
                    {"boats": boats})


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Bedford Borough Community Safety Partnership")
        doc.build(story(pages))
    two_pass(run, out, needles(SECTIONS))
    return out
