"""Bedfordshire Combating Drugs Partnership Strategy 2023-2026: reportlab report (DejaVu Sans Condensed,
Liberation Serif headings).

Four priorities, stated once, on p6 as **the labels of four planets in an orbit diagram** ("Everything we do
circles recovery"): a drawn sun in the middle holding the word "Recovery", three elliptical orbits, four
coloured planets, and beside each planet, in a corner of the drawing, the priority in bold (two or three
lines) with a short grey line under it; no numbers.  The national *From harm to hope* priorities (p4), the
principles and the "Quick facts" (p5), the workstream names (p7) and the outcomes table (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from bedfordshire.work import needles, rl_story

FILE = "strategies/bedfordshire_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Bedfordshire Combating Drugs Partnership Strategy 2023–2026"

DARK, GOLD, INK, GREY = hexc("#0D3B3E"), hexc("#E0A526"), hexc("#1E1E1E"), hexc("#666666")
PLANETS = [hexc("#2A9D8F"), hexc("#E76F51"), hexc("#5E60CE"), hexc("#8AB17D")]
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 36 * mm

st = dict(
    body=ParagraphStyle("body", fontName=REG, fontSize=9.3, leading=13, spaceAfter=5, textColor=INK),
    bl=ParagraphStyle("bl", fontName=REG, fontSize=9.3, leading=12.6, leftIndent=12, spaceAfter=3, textColor=INK),
    h1=ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=DARK, spaceAfter=10),
    h2=ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=DARK, spaceBefore=8, spaceAfter=4),
    small=ParagraphStyle("small", fontName=REG, fontSize=7.4, leading=9.4, textColor=GREY),
    num=ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white),
    cap=ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=colors.white),
    cell=ParagraphStyle("cell", fontName=REG, fontSize=8.6, leading=11.2, textColor=INK),
    cell_h=ParagraphStyle("cellh", fontName=BOLD, fontSize=8.6, leading=11.2, textColor=colors.white),
    width=FW, fills=[DARK, hexc("#2A9D8F"), hexc("#3D6B6E")], pale=hexc("#E7F1EF"), dark=DARK,
    rule=hexc("#C6DAD7"),
)
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=12, leading=14.5, textColor=DARK)
labs = ParagraphStyle("labs", fontName=REG, fontSize=8.2, leading=10.4, textColor=GREY)

PRIORITIES = [
    ("Breaking county lines and local drug supply", "Closing lines, disrupting dealers and protecting the "
     "people they exploit."),
    ("More people in treatment and staying in recovery", "Faster access, more residential rehab places and "
     "peer-led recovery communities."),
    ("Preventing drug-related deaths", "Naloxone for every person at risk and a review of every death."),
    ("Getting more people in the criminal justice system into treatment", "Testing on arrest, treatment "
     "requirements and no gap on release from prison."),
]


class Orbits(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width = width
        self.h = 175 * mm

    def wrap(self, aw, ah):
        return aw, self.h

    def draw(self):
        c = self.canv
        cx, cy = self.width / 2, self.h / 2
        c.setFillColor(hexc("#F4F8F7"))
        c.roundRect(0, 0, self.width, self.h, 4 * mm, stroke=0, fill=1)
        c.setStrokeColor(hexc("#9FBFBA"))
        c.setLineWidth(0.8)
        c.setDash(3, 3)
        for rx, ry in [(32, 22), (52, 36), (72, 50)]:
            c.ellipse(cx - rx * mm, cy - ry * mm, cx + rx * mm, cy + ry * mm, stroke=1, fill=0)
        c.setDash()
        c.setFillColor(GOLD)
        c.circle(cx, cy, 15 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 11)
        c.drawCentredString(cx, cy - 1.5 * mm, "Recovery")
        pos = [(-50, 30), (52, 32), (-60, -36), (56, -33)]
        corners = [(0, 1), (1, 1), (0, 0), (1, 0)]
        for (px, py), (right, top), col, (name, txt) in zip(pos, corners, PLANETS, PRIORITIES):
            c.setFillColor(col)
            c.circle(cx + px * mm, cy + py * mm, 6 * mm, stroke=0, fill=1)
            lw = 56 * mm
            p1, p2 = Paragraph(name, lab), Paragraph(txt, labs)
            _, h1_ = p1.wrap(lw, 100 * mm)
            _, h2_ = p2.wrap(lw, 100 * mm)
            x = 5 * mm if not right else self.width - lw - 5 * mm
            y = self.h - 6 * mm - h1_ if top else 6 * mm + h2_ + 2 * mm
            p1.drawOn(c, x, y)
            p2.drawOn(c, x, y - h2_ - 1.5 * mm)


SECTIONS = [
    dict(key="fw", title="Foreword", blocks=[
        ("p", "Drugs cause harm to the people who use them, to their families and to the communities where "
              "they are sold. In Bedfordshire, drug markets drive much of our serious violence, and too many "
              "people die from drug poisoning each year."),
        ("p", "The Combating Drugs Partnership was set up in 2022 in response to the national drug strategy. "
              "It brings together the three councils, public health, Bedfordshire Police, the Police and Crime "
              "Commissioner, the Probation Service, HMP Bedford, the NHS and treatment providers."),
        ("p", "This strategy sets out four priorities for 2023 to 2026. Everything in it circles one idea: "
              "recovery is possible."),
        ("p", "<b>Senior Responsible Owner, Bedfordshire Combating Drugs Partnership</b>")]),
    dict(key="nat", title="The national strategy", blocks=[
        ("p", "<i>From harm to hope</i> (2021), the ten-year national drug strategy, has three strategic "
              "priorities:"),
        ("ul", ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                "Achieve a generational shift in the demand for drugs"]),
        ("p", "Every partnership reports against the national outcomes framework: reducing drug use, reducing "
              "drug-related crime, reducing drug-related deaths and harm, reducing drug supply, and increasing "
              "engagement in treatment and recovery.")]),
    dict(key="ctx", title="Drugs in Bedfordshire", blocks=[
        ("p", "The figures below describe 2022/23 and are illustrative, not official statistics."),
        ("tiles", [("4,100", "adults in treatment"), ("52", "drug poisoning deaths"), ("61", "county lines "
                   "closed"), ("38%", "of prison leavers engaged in treatment within three weeks"),
                   ("1,900", "naloxone kits issued"), ("6", "recovery cafés")]),
        ("h2", "Our principles"),
        ("ul", ["Recovery is possible for everyone.", "Lived experience leads.", "Stigma has no place in our "
                "services.", "Enforcement and treatment work together."])]),
    dict(key="pri", title="Our priorities", blocks=[
        ("p", "Everything we do circles recovery. Our four priorities for 2023–2026 are shown in orbit "
              "around it."),
        ("special", "orbits")]),
    dict(key="work", title="How we will deliver", blocks=[
        ("p", "Four workstreams report to the partnership board."),
        ("table", [["Workstream", "Actions 2023/24", "Lead"],
                   ["Supply", "Operation to close lines into Luton and Bedford; cuckooing protocol",
                    "Bedfordshire Police"],
                   ["Treatment", "Extra keyworkers; residential rehab budget; recovery cafés", "Public health"],
                   ["Deaths", "Naloxone in hostels; drug death review panel", "Public health"],
                   ["Justice", "Drug testing on arrest; prison release team", "Probation, PCC"]],
         [0.2, 0.55, 0.25])]),
    dict(key="out", title="Outcomes and governance", blocks=[
        ("p", "The board meets quarterly and reports to the Health and Wellbeing Boards and to the Joint "
              "Combating Drugs Unit."),
        ("table", [["Outcome", "Baseline (illustrative)", "2026"], ["Adults in treatment", "4,100", "4,800"],
                   ["Drug poisoning deaths", "52", "Down"], ["County lines closed", "61", "Up"],
                   ["Prison leavers in treatment within three weeks", "38%", "60%"]], [0.55, 0.27, 0.18]),
        ("p", "Contact: cdp@bedfordshire.example")]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "Bedfordshire Combating Drugs Partnership")
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Strategy 2023–2026")
    c.setFillColor(GOLD)
    c.circle(W - 20 * mm, 12 * mm, 4.5 * mm, stroke=0, fill=1)
    c.setFillColor(DARK)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(W - 20 * mm, 10.8 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.circle(W - 40 * mm, 70 * mm, 30 * mm, stroke=0, fill=1)
    c.setStrokeColor(hexc("#2A9D8F"))
    c.setLineWidth(1)
    c.ellipse(W - 110 * mm, 30 * mm, W + 30 * mm, 110 * mm, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "BEDFORDSHIRE COMBATING DRUGS PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(18 * mm, H - 100 * mm, "Combating Drugs")
    c.drawString(18 * mm, H - 114 * mm, "Strategy 2023–2026")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, FW, H - 40 * mm, id="s", **pad)], onPage=header)]


def story(pages):
    return rl_story(SECTIONS, pages, st, lambda t, p: ContentsLine(t, p, REG, 11, INK, leader=True, gap=14),
                    {"orbits": lambda: [Orbits(FW)]})


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Bedfordshire Combating Drugs Partnership")
        doc.build(story(pages))
    two_pass(run, out, needles(SECTIONS))
    return out
