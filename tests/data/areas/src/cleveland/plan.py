"""Police and Crime Plan for Cleveland 2025-2029 (Police and Crime Commissioner): reportlab brochure
(Liberation Sans body, Liberation Serif card titles).

Six priorities, two to a page (pp5-7), each written on a drawn **index card**: a cream card with a grey
border and a shadow, a paper clip in the top-left corner, the priority as the card's title line in serif
bold, a red rule under it (as on a ruled record card), then pale blue ruled lines carrying an italic tag
line and the numbered objectives "1.1 ...".  No priority number is printed.  The objectives decide where
partner topics belong.  Distractors: the principles (p3), "What you told us" (p4), the partnership list
(p8), the national policing requirement and the budget (p9).
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from cleveland.work import needles, rl_story

FILE = "plan/cleveland_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Cleveland 2025–2029"

NAVY, TEAL, RED, INK, GREY = hexc("#14284B"), hexc("#1B8A8F"), hexc("#C0392B"), hexc("#1E1E1E"), hexc("#5A5A5A")
CREAM, RULE, PALE = hexc("#FFFDF3"), hexc("#B9D3EA"), hexc("#EAF2F3")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 40 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=5, textColor=INK)
ST = {
    "h1": ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=NAVY, spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4),
    "body": body,
    "bl": ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3),
    "small": ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.4, textColor=GREY),
    "boxt": ParagraphStyle("boxt", parent=body, textColor=NAVY),
    "th": ParagraphStyle("th", parent=body, fontName=BOLD, fontSize=8.5, leading=11, textColor=colors.white),
    "td": ParagraphStyle("td", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
    "num": ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white),
    "cap": ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white),
    "fills": [NAVY, TEAL, hexc("#6A4C93"), hexc("#2E5E4E"), hexc("#8C3B2E"), hexc("#3C5A7A")],
    "c1": NAVY, "c3": PALE, "width": FW,
}
title_st = ParagraphStyle("ct", fontName=SBOLD, fontSize=16.5, leading=20, textColor=NAVY)
tag_st = ParagraphStyle("tg", fontName=SREG, fontSize=10.5, leading=16, textColor=GREY)
obj_st = ParagraphStyle("ob", fontName=REG, fontSize=8.8, leading=16, leftIndent=22, firstLineIndent=-22,
                        textColor=INK)

PRIORITIES = [
    ("Visible and responsive neighbourhood policing", "Police officers you know, who deal with what matters on your street.",
     ["Put more officers and PCSOs into neighbourhood teams, with a named officer for every ward.",
      "Tackle anti-social behaviour with the councils and housing providers, including off-road motorbikes, "
      "nuisance neighbours and disorder in town centres, and make the ASB Case Review work for victims.",
      "Make town centres, shops and the night-time economy safer with retailers and licensees, and tackle shop "
      "theft and abuse of shop workers.",
      "Tackle rural and coastal crime: farm and machinery theft, wildlife crime and fly-tipping in East Cleveland, "
      "the Cleveland Hills and along the coast.",
      "Answer 101 and 999 calls faster, and keep callers told what happens next."]),
    ("Tackling violence and exploitation", "Fewer people hurt, and fewer young lives lost to gangs and drugs.",
     ["Reduce serious violence, homicide and knife crime with the Cleveland Unit for the Reduction of Violence and "
      "the partners under the Serious Violence Duty.",
      "Close down drug dealing networks and county lines, and protect vulnerable adults whose homes are taken over "
      "by dealers (cuckooing).",
      "Protect children and young people from criminal and sexual exploitation, and find children who go missing "
      "quickly.",
      "Find and free the victims of modern slavery and human trafficking."]),
    ("Protecting women, girls and people at risk of harm", "Safety at home, in public and online.",
     ["Respond to domestic abuse quickly and well: pursue perpetrators, use protection orders, manage the most "
      "dangerous through MARAC and MAPPA, and change perpetrators' behaviour through perpetrator programmes.",
      "Improve the investigation of rape and serious sexual offences, and the number that reach court.",
      "Make streets, parks, public transport and the night-time economy safer for women and girls.",
      "Respond with health partners to people in mental health crisis and to adults who go missing."]),
    ("Putting victims first", "Every victim treated with dignity, kept informed and helped to recover.",
     ["Commission a victim care service that helps every victim to cope and recover, check that the Victims' "
      "Code is kept, and offer restorative justice to victims who want it.",
      "Fund specialist support for survivors of domestic and sexual abuse: independent advisers (IDVAs and ISVAs), "
      "support for children affected by abuse, and refuges and other safe accommodation.",
      "Tackle hate crime: encourage reporting through third-party reporting centres, support its victims, and "
      "work with councils and faith groups to keep communities cohesive and calm community tensions.",
      "Protect people, and older people above all, from fraud, scams and online crime."]),
    ("Breaking the cycle of offending", "Fewer people coming back through the custody door.",
     ["Manage the most prolific and harmful offenders through Integrated Offender Management with the Probation "
      "Service.",
      "Get people whose drug or alcohol use drives crime into treatment and recovery, through drug testing on "
      "arrest and the combating drugs partnership, and reduce drug-related deaths.",
      "Divert children and young people from crime, and cut first-time entrants and reoffending by children, with "
      "the youth justice services.",
      "Help people leaving prison into a settled home and into training or work."]),
    ("A police service you can trust", "Standards the public can see, and a force that looks like Cleveland.",
     ["Raise standards of conduct and remove officers and staff who are not fit to serve.",
      "Make the police complaints system quicker, fairer and open to review by my office.",
      "Build a workforce that reflects Cleveland's communities.",
      "Spend every pound well, on buildings, vehicles and technology that help officers do their job."]),
]


class IndexCard(Flowable):
    """A ruled record card: paper clip, title line, red rule, blue ruled lines with the text."""

    def __init__(self, i, name, tg, objs):
        super().__init__()
        self.title = Paragraph(name, title_st)
        self.items = [Paragraph(f"<i>{tg}</i>", tag_st)]
        self.items += [Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj_st) for k, o in enumerate(objs, 1)]

    def wrap(self, aw, ah):
        self.aw = aw - 6
        iw = self.aw - 34
        self.th = self.title.wrap(iw, ah)[1]
        self.hs = [p.wrap(iw, ah)[1] for p in self.items]
        self.h = 16 + self.th + 10 + sum(self.hs) + 14
        return aw, self.h + 6

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(hexc("#D8D8D8"))
        c.rect(5, 0, self.aw, self.h, stroke=0, fill=1)  # shadow
        c.setFillColor(CREAM)
        c.setStrokeColor(hexc("#A8A8A8"))
        c.setLineWidth(0.6)
        c.rect(0, 6, self.aw, self.h, stroke=1, fill=1)
        top = 6 + self.h
        ytitle = top - 16 - self.th
        self.title.drawOn(c, 22, ytitle)
        c.setStrokeColor(RED)
        c.setLineWidth(1.3)
        c.line(0, ytitle - 5, self.aw, ytitle - 5)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        y = ytitle - 5 - 16
        while y > 12:
            c.line(0, y + 11.5, self.aw, y + 11.5)
            y -= 16
        c.setStrokeColor(hexc("#F2B8B0"))
        c.line(16, 6, 16, ytitle - 5)  # margin line
        y = ytitle - 10
        for p, h in zip(self.items, self.hs):
            y -= h
            p.drawOn(c, 22, y)
        # paper clip
        c.setStrokeColor(hexc("#7C8690"))
        c.setLineWidth(1.4)
        x0, y0 = 28, top - 2
        c.roundRect(x0, y0 - 14, 9, 30, 4.5, stroke=1, fill=0)
        c.roundRect(x0 + 2.2, y0 - 8, 4.6, 20, 2.3, stroke=1, fill=0)
        c.restoreState()


def header(c, doc):
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.5)
    c.drawString(20 * mm, H - 12 * mm, "Police and Crime Commissioner for Cleveland")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Police and Crime Plan 2025–2029")
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.6)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(NAVY)
    c.rect(W / 2 - 5 * mm, 8 * mm, 10 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9)
    c.drawCentredString(W / 2, 10.4 * mm, str(doc.page))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, 0, W, 62 * mm, stroke=0, fill=1)
    c.setStrokeColor(hexc("#2C4A78"))
    c.setLineWidth(14)
    for k in range(4):  # river bends
        c.bezier(-10, 90 * mm + k * 9 * mm, 70 * mm, 130 * mm + k * 9 * mm, 140 * mm, 60 * mm + k * 9 * mm,
                 W + 10, 110 * mm + k * 9 * mm)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "POLICE AND CRIME COMMISSIONER FOR CLEVELAND")
    c.setFont(SBOLD, 38)
    c.drawString(20 * mm, H - 95 * mm, "Police and Crime Plan")
    c.setFont(SREG, 18)
    c.drawString(20 * mm, H - 110 * mm, "Hartlepool · Middlesbrough · Redcar and Cleveland · Stockton-on-Tees")
    c.setFont(SBOLD, 22)
    c.drawString(20 * mm, H - 126 * mm, "2025–2029")
    c.setFont(REG, 9.5)
    c.drawString(20 * mm, 30 * mm, "Safer communities, fewer victims, a police service you can trust.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Police and Crime Commissioner for Cleveland")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: pcc@cleveland-pcc.example", "Telephone: 01642 000 000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in large print, easy read and other languages on request."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7)
    c.drawString(20 * mm, 16 * mm, "All statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, FW, H - 40 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def cards():
    out = []
    for i, p in enumerate(PRIORITIES):
        if i in (2, 4):
            out.append(PageBreak())
        out += [IndexCard(i, *p), Spacer(1, 12)]
    return out


def sections():
    return [
    ("fw", "Foreword", [
        ("p", "Cleveland is a place of strong communities, proud towns and a coastline and countryside that "
              "people love. It is also an area where crime, and the harm that drugs and violence bring, fall "
              "hardest on some of the most deprived neighbourhoods in England."),
        ("p", "This plan sets out what I expect of Cleveland Police, and what I will do with the four councils, "
              "the health service, the Probation Service and the voluntary sector, over the next four years."),
        ("p", "More than 2,600 people answered my survey, and I met residents, victims, shop workers, farmers, "
              "young people and officers (illustrative). They asked for officers they can see, action on "
              "anti-social behaviour and drug dealing, and a police service they can trust."),
        ("p", "My plan has six priorities. Each is written out on the following pages with its objectives; it is "
              "those objectives that I will hold the Chief Constable and the services I commission to account for."),
        ("p", "<b>Police and Crime Commissioner for Cleveland</b>"),
        ("h2", "The principles behind this plan"),
        ("ul", ["<b>Listen first</b>: residents and victims shape what we do.",
                "<b>Prevent harm</b>: stop crime before it happens.",
                "<b>Work together</b>: no single agency can make Cleveland safer on its own.",
                "<b>Be open</b>: publish what we spend and what we achieve."]),
    ]),
    ("ctx", "Cleveland today", [
        ("p", "The figures below are illustrative. They describe the scale of the force area and the demand on "
              "the police; they are not official statistics."),
        ("stats", [("570,000", "residents in four unitary council areas"), ("85,000", "crimes recorded in 2023/24"),
                   ("21,000", "anti-social behaviour incidents"), ("1 in 4", "violent crimes linked to domestic abuse"),
                   ("1,450", "police officers"), ("38", "drug-related deaths a year")]),
        ("note", "Illustrative figures."),
        ("h2", "What you told us"),
        ("ul", ["Anti-social behaviour and off-road motorbikes were the top concerns on estates.",
                "Drug dealing in plain sight was the second most common worry.",
                "Shop workers described daily theft and abuse.",
                "Women told us they avoid some town centre streets after dark.",
                "Many people did not know who their neighbourhood officer was."]),
    ]),
    ("pr", "My priorities", [
        ("p", "My six priorities are set out below, two to a page, each with its objectives. They are listed in no "
              "order of importance."),
        ("custom", cards()),
    ]),
    ("part", "Working with partners", [
        ("p", "Much of this plan is delivered with partners. They set their own priorities; I align my grants with "
              "them where we share an aim."),
        ("h2", "Partnerships I work with"),
        ("ul", ["The community safety partnerships of Hartlepool, Middlesbrough, Redcar and Cleveland, and "
                "Stockton-on-Tees",
                "The Cleveland Unit for the Reduction of Violence and the Serious Violence Duty partnership",
                "The domestic abuse local partnership boards and the Tees domestic abuse and sexual violence strategy group",
                "The Cleveland combating drugs partnership",
                "The Cleveland Reducing Reoffending Partnership and the Local Criminal Justice Board",
                "The youth justice services for Hartlepool, Stockton-on-Tees and South Tees"]),
        ("h2", "What partners can expect from me"),
        ("ul", ["Grants for three years wherever I can offer them.", "A single annual monitoring return.",
                "A seat at the table, and an open door when the plan is not working."]),
    ]),
    ("acc", "Accountability and resources", [
        ("p", "I hold the Chief Constable to account in public at my Scrutiny, Performance and Delivery Board. The "
              "Cleveland Police and Crime Panel scrutinises my decisions."),
        ("box", "National requirements (not priorities of this plan)", [
            "The Strategic Policing Requirement: terrorism, serious and organised crime, public disorder, civil "
            "emergencies, child sexual abuse, national cyber incidents and violence against women and girls.",
            "The Home Office's national priorities for policing, against which every force reports."]),
        ("p", "The table shows the budget for 2025/26 (illustrative)."),
        ("table", [["Area", "£m"], ["Cleveland Police (net)", "172.6"], ["Victims' services", "3.1"],
                   ["Community safety and violence reduction grants", "2.4"], ["Office of the PCC", "1.3"]],
         [0.75, 0.25]),
        ("note", "Figures are illustrative."),
    ]),
]


def contents_line(text, page):
    return ContentsLine(text, page, BOLD, 11.5, NAVY, leader=True, gap=14)


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Cleveland")
        story = rl_story({"title": TITLE, "sections": sections()}, pages, ST, contents_line, [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)])
        doc.build(story)
    two_pass(run, out, needles(sections()))
    return out
