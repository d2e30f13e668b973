"""Bedfordshire Police and Crime Plan 2024-2028 (Police and Crime Commissioner): reportlab brochure
(DejaVu Sans body, Liberation Serif headings).

Six priorities, two to a page (pp5-7).  Each priority is **lettered along the envelope of a drawn airship**
(a nod to the Cardington airship sheds): a long silver-blue envelope with tail fins, a gondola and a
mooring line, the priority in white bold across the envelope (one or two lines), no number.  Under each
airship: an italic tag line and the numbered objectives "1.1 ...", which decide where each partner topic
belongs.  The principles and "What you told us" (p4), the objectives, the partnership list (p8) and the
budget and the national Strategic Policing Requirement (p9) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, pdfmetrics
from bedfordshire.work import needles, rl_story

FILE = "plan/bedfordshire_police_and_crime_plan_2024-28.pdf"
TITLE = "Bedfordshire Police and Crime Plan 2024–2028"

NAVY, SKY, INK, GREY = hexc("#14325C"), hexc("#DCEAF5"), hexc("#1C2230"), hexc("#5B6577")
ENV, ENV2, RED = hexc("#5F7FA8"), hexc("#46668F"), hexc("#C0392B")
REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 36 * mm

st = dict(
    body=ParagraphStyle("body", fontName=REG, fontSize=8.9, leading=12.6, spaceAfter=5, textColor=INK),
    bl=ParagraphStyle("bl", fontName=REG, fontSize=8.9, leading=12.2, leftIndent=12, spaceAfter=3, textColor=INK),
    h1=ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=NAVY, spaceAfter=10),
    h2=ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=NAVY, spaceBefore=8, spaceAfter=4),
    small=ParagraphStyle("small", fontName=REG, fontSize=7.2, leading=9.2, textColor=GREY),
    num=ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white),
    cap=ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white),
    cell=ParagraphStyle("cell", fontName=REG, fontSize=8.4, leading=11, textColor=INK),
    cell_h=ParagraphStyle("cellh", fontName=BOLD, fontSize=8.4, leading=11, textColor=colors.white),
    width=FW, fills=[NAVY, ENV2, hexc("#7A8FA8")], pale=SKY, dark=NAVY, rule=hexc("#C9D6E3"),
)
tagst = ParagraphStyle("tag", fontName=SREG, fontSize=11, leading=14, textColor=GREY, spaceAfter=4)
obj = ParagraphStyle("obj", fontName=REG, fontSize=8.5, leading=11.6, leftIndent=22, firstLineIndent=-22,
                     spaceAfter=3, textColor=INK)

PRIORITIES = [
    ("Fighting serious violence", "Fewer lives lost or changed for ever by violence.",
     ["Reduce knife crime and serious violence, working with the Bedfordshire Violence and Exploitation Reduction "
      "Unit (VERU) and the partners under the Serious Violence Duty.",
      "Make the night-time economies of Luton and Bedford safer for everyone, with licensing, street marshals, "
      "better lighting and welfare points.",
      "Reach children and young people at risk of violence early, with youth workers in schools, in custody and in "
      "the emergency departments.",
      "Protect children from criminal exploitation by gangs and county lines networks, and from going missing."]),
    ("Dismantling organised crime and drug supply", "Making Bedfordshire a hostile place for organised criminals.",
     ["Close county lines and disrupt local drug markets, and protect vulnerable adults whose homes are taken over "
      "(cuckooing).",
      "Target organised crime groups, including those behind modern slavery and organised immigration crime, and "
      "take their criminal assets.",
      "Work with the Combating Drugs Partnership to get more people into drug and alcohol treatment and keep them "
      "in recovery, especially people whose drug or alcohol use drives their offending: testing on arrest, "
      "treatment requirements and no gap in treatment on release from prison.",
      "Take firearms off our streets."]),
    ("Safer neighbourhoods", "Every community, town or village, feeling safe where they live.",
     ["Reduce anti-social behaviour with the councils, housing providers and residents, and make the ASB Case "
      "Review known and used.",
      "Cut burglary, vehicle crime and retail crime.",
      "Tackle rural crime: theft of farm machinery, hare coursing, fly-tipping and wildlife crime.",
      "Reduce reoffending by the prolific offenders who commit most neighbourhood crime, through Integrated "
      "Offender Management with the Probation Service, and help people leaving prison into a settled home, "
      "training and work."]),
    ("Protecting vulnerable people", "Seeing the person behind the crime and acting early.",
     ["Identify domestic abuse and stalking earlier, protect victims, pursue perpetrators and fund programmes "
      "that change perpetrators' behaviour.",
      "Tackle violence against women and girls: rape and sexual offences, and harassment in public places.",
      "Protect children from abuse, and divert children from the criminal justice system and reduce reoffending "
      "by children, working Child First with the youth justice services.",
      "Protect older and vulnerable adults targeted by fraud, scams and doorstep crime.",
      "Respond well to people in mental health crisis, with the NHS (Right Care, Right Person)."]),
    ("Putting victims first", "Help to cope and recover, whether or not a crime is reported.",
     ["Commission services that support every victim of crime to cope and recover, including victims of violence "
      "and of anti-social behaviour.",
      "Fund specialist services for victims of domestic abuse and sexual violence, including independent advisers "
      "(IDVAs and ISVAs) and safe accommodation.",
      "Offer restorative justice to every victim who wants it, for crimes by adults and by children.",
      "Hold the police and courts to the Victims' Code, and reduce the time victims wait for court."]),
    ("Building trust and confidence in policing", "A police service the public can see, reach and trust.",
     ["Make neighbourhood officers more visible and easier to contact, including 101 and online.",
      "Scrutinise the use of stop and search and force, with independent community panels.",
      "Handle complaints quickly and openly, and learn from them.",
      "Build a police workforce that reflects Bedfordshire's communities."]),
]


class Airship(Flowable):
    """A drawn airship with the priority lettered in white along the envelope."""

    def __init__(self, text, width, flip=False):
        super().__init__()
        self.text, self.width, self.flip = text, width, flip
        self.h = 46 * mm

    def wrap(self, aw, ah):
        return aw, self.h

    def _lines(self, maxw, size):
        words, lines, cur = self.text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, BOLD, size) > maxw and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    def draw(self):
        c = self.canv
        ew, eh = 128 * mm, 30 * mm
        x0 = (self.width - ew) / 2 + (8 * mm if self.flip else -8 * mm)
        y0 = 12 * mm
        # mooring line and mast
        c.setStrokeColor(GREY)
        c.setLineWidth(0.8)
        c.line(x0 + 4 * mm, y0 + eh / 2, x0 - 14 * mm, 1 * mm)
        c.setFillColor(GREY)
        c.rect(x0 - 16 * mm, 0, 4 * mm, 1.2 * mm, stroke=0, fill=1)
        # tail fins
        c.setFillColor(ENV2)
        tx = x0 + ew - 10 * mm
        p = c.beginPath()
        p.moveTo(tx, y0 + eh / 2)
        p.lineTo(tx + 18 * mm, y0 + eh + 6 * mm)
        p.lineTo(tx + 22 * mm, y0 + eh + 6 * mm)
        p.lineTo(tx + 16 * mm, y0 + eh / 2)
        p.lineTo(tx + 22 * mm, y0 - 6 * mm)
        p.lineTo(tx + 18 * mm, y0 - 6 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        # envelope
        c.setFillColor(ENV)
        c.ellipse(x0, y0, x0 + ew, y0 + eh, stroke=0, fill=1)
        c.setFillColor(hexc("#7E9CC2"))
        c.ellipse(x0 + 10 * mm, y0 + eh * 0.58, x0 + ew - 16 * mm, y0 + eh * 0.9, stroke=0, fill=1)
        c.setStrokeColor(hexc("#93AECF"))
        c.setLineWidth(0.4)
        for k in range(1, 6):
            xx = x0 + k * ew / 6
            c.line(xx, y0 + 2.5 * mm, xx, y0 + eh - 2.5 * mm)
        # gondola
        c.setFillColor(NAVY)
        c.roundRect(x0 + ew / 2 - 14 * mm, y0 - 7 * mm, 28 * mm, 6 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(SKY)
        for k in range(5):
            c.rect(x0 + ew / 2 - 11 * mm + k * 5 * mm, y0 - 5.5 * mm, 2.5 * mm, 2.5 * mm, stroke=0, fill=1)
        c.setFillColor(RED)
        c.rect(x0 + 6 * mm, y0 + eh / 2 - 0.8 * mm, 5 * mm, 1.6 * mm, stroke=0, fill=1)
        # lettering
        size = 15
        lines = self._lines(ew - 34 * mm, size)
        c.setFillColor(colors.white)
        c.setFont(BOLD, size)
        lead = size * 1.2
        ytop = y0 + eh / 2 + (len(lines) - 1) * lead / 2 - size * 0.35
        for i, ln in enumerate(lines):
            c.drawCentredString(x0 + ew / 2, ytop - i * lead, ln)


def priority_flowables():
    out = []
    for i, (name, tagline, objs) in enumerate(PRIORITIES, 1):
        block = [Airship(name, FW, flip=i % 2 == 0), Spacer(1, 3), Paragraph(f"<i>{tagline}</i>", tagst)]
        block += [Paragraph(f"{i}.{k}&nbsp;&nbsp;&nbsp;{o}", obj) for k, o in enumerate(objs, 1)]
        out.append(KeepTogether(block))
        out.append(Spacer(1, 8))
        if i % 2 == 0 and i < len(PRIORITIES):
            out.append(PageBreak())
    return out


SECTIONS = [
    dict(key="fw", title="Foreword", blocks=[
        ("p", "Bedfordshire is a small county with big-city crime. Luton and Bedford have the challenges of much "
              "larger places: serious violence, county lines and organised crime, alongside the quiet villages and "
              "market towns of Central Bedfordshire."),
        ("p", "This plan sets out what I expect of Bedfordshire Police and what I will fund with partners from "
              "2024 to 2028. It was shaped by more than 3,000 residents (illustrative), by victims' groups and by "
              "the councils, health, probation and the voluntary sector."),
        ("p", "I will publish an annual report on progress, and the Police and Crime Panel will hold me to "
              "account for it."),
        ("p", "<b>Police and Crime Commissioner for Bedfordshire</b>")]),
    dict(key="ctx", title="Bedfordshire today", blocks=[
        ("p", "The figures below describe the county in 2023/24. They are illustrative and are not official "
              "statistics."),
        ("tiles", [("700,000", "residents in Luton, Bedford Borough and Central Bedfordshire"),
                   ("68,000", "crimes recorded"), ("11,900", "anti-social behaviour incidents"),
                   ("640", "knife crime offences"), ("14,200", "domestic abuse incidents and crimes"),
                   ("1 in 3", "crimes linked to drugs (estimate)")]),
        ("h2", "What you told us"),
        ("ul", ["Residents want to see officers in their neighbourhoods.",
                "Young people worry most about knives and being targeted online.",
                "Victims want to be kept informed about their case.",
                "Rural communities feel forgotten when machinery is stolen."]),
        ("h2", "The principles behind this plan"),
        ("ul", ["<b>Prevention first</b>: stop harm before it happens.", "<b>Partnership</b>: no agency can do "
                "this alone.", "<b>Evidence</b>: fund what works and stop what does not.",
                "<b>Fairness</b>: treat every community with respect."])]),
    dict(key="pri", title="My six priorities", blocks=[
        ("p", "Each priority has a small number of objectives. Partners will find their own work in them, "
              "sometimes under a heading they might not expect."),
        ("special", "airships")]),
    dict(key="part", title="Working in partnership", blocks=[
        ("p", "Most of this plan depends on partners. I sit on, fund or work closely with:"),
        ("ul", ["Luton Community Safety Partnership", "Bedford Borough Community Safety Partnership",
                "Central Bedfordshire Community Safety Partnership",
                "The Bedfordshire Violence and Exploitation Reduction Unit (VERU)",
                "The Bedfordshire Domestic Abuse Partnership", "The Bedfordshire Combating Drugs Partnership",
                "The youth justice services of Luton, Bedford Borough and Central Bedfordshire",
                "The Bedfordshire Reducing Reoffending Board", "Bedfordshire Local Criminal Justice Board"]),
        ("p", "Each partnership sets its own priorities. I will align my funding to the places where they "
              "support this plan.")]),
    dict(key="acc", title="Money and accountability", blocks=[
        ("p", "The budget for 2024/25 is summarised below (illustrative)."),
        ("table", [["Area", "£m (illustrative)"], ["Bedfordshire Police (net)", "161.0"],
                   ["Commissioning: victims' services", "3.1"], ["Commissioning: crime reduction and VERU", "2.4"],
                   ["Office of the Police and Crime Commissioner", "1.2"]], [0.7, 0.3]),
        ("h2", "The Strategic Policing Requirement"),
        ("p", "I must also have regard to the national Strategic Policing Requirement, which sets out the "
              "national threats: terrorism, serious and organised crime, national cyber incidents, threats to "
              "public order and safety, civil emergencies, child sexual abuse and violence against women and "
              "girls."),
        ("p", "Contact: opcc@bedfordshire-pcc.example · 01234 000 000 (illustrative)")]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(ENV)
    c.setLineWidth(0.6)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFillColor(GREY)
    c.setFont(REG, 7.5)
    c.drawString(18 * mm, H - 12 * mm, "Bedfordshire Police and Crime Plan 2024–2028")
    c.setFillColor(NAVY)
    c.roundRect(W / 2 - 8 * mm, 8 * mm, 16 * mm, 6 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8)
    c.drawCentredString(W / 2, 10 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("#1F4478"))
    c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#0E2444"))
    for x, w_, h_ in [(20, 60, 34), (95, 60, 34)]:  # two sheds
        c.roundRect(x * mm, 70 * mm, w_ * mm, h_ * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "POLICE AND CRIME COMMISSIONER FOR BEDFORDSHIRE")
    c.setFont(SBOLD, 36)
    c.drawString(18 * mm, H - 95 * mm, "Police and")
    c.drawString(18 * mm, H - 110 * mm, "Crime Plan")
    c.setFont(SREG, 20)
    c.drawString(18 * mm, H - 126 * mm, "2024–2028")
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 30 * mm, "Luton · Bedford Borough · Central Bedfordshire")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(18 * mm, 60 * mm, "Office of the Police and Crime Commissioner for Bedfordshire")
    c.setFont(REG, 9)
    c.drawString(18 * mm, 52 * mm, "opcc@bedfordshire-pcc.example")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, FW, H - 40 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = rl_story(SECTIONS, pages, st, lambda t, p: ContentsLine(t, p, REG, 11, INK, leader=True, gap=14),
                 {"airships": priority_flowables})
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Bedfordshire")
        doc.build(story(pages))
    two_pass(run, out, needles(SECTIONS))
    return out
