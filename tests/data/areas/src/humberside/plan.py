"""Police and Crime Plan for Humberside 2025-2029 (Police and Crime Commissioner): reportlab brochure
(DejaVu Sans body, Liberation Serif headings).

Six priorities, two to a page (pp5-7), each painted on the side of a drawn **shipping container** (a nod to
the Humber ports): a coloured box with vertical corrugation ribs, corner castings, door locking bars at the
right-hand end and a small stencilled container code ("HMBU 250001 1") above the priority, which is set in
white bold capitals-and-lower-case on the container side.  No priority number is printed.  Under each
container an italic tag line and the numbered objectives "1.1 ..." follow as ordinary text.  The objectives
decide where partner topics belong.  Distractors: the principles (p3), "What you told us" (p4), the
container codes, the partnership list (p8), the national requirements and the budget (p9).
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine
from humberside.work import needles, rl_story

FILE = "plan/humberside_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Humberside 2025–2029"

NAVY, SEA, INK, GREY = hexc("#10324A"), hexc("#1F7A8C"), hexc("#1E1E1E"), hexc("#5A5A5A")
PALE = hexc("#E8F1F3")
REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 40 * mm
BOXES = ["#1F5F8B", "#B3432E", "#2E6B4F", "#6A4C93", "#C27C0E", "#3D5A6C"]

body = ParagraphStyle("body", fontName=REG, fontSize=8.9, leading=12.8, spaceAfter=5, textColor=INK)
ST = {
    "h1": ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=NAVY, spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=14, textColor=SEA, spaceBefore=8, spaceAfter=4),
    "body": body,
    "bl": ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3),
    "small": ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.4, textColor=GREY),
    "boxt": ParagraphStyle("boxt", parent=body, textColor=NAVY),
    "th": ParagraphStyle("th", parent=body, fontName=BOLD, fontSize=8.3, leading=11, textColor=colors.white),
    "td": ParagraphStyle("td", parent=body, fontSize=8.3, leading=11, spaceAfter=0),
    "num": ParagraphStyle("num", fontName=BOLD, fontSize=15, leading=19, textColor=colors.white),
    "cap": ParagraphStyle("cap", fontName=REG, fontSize=7.6, leading=10, textColor=colors.white),
    "fills": [NAVY, SEA, hexc("#2E6B4F"), hexc("#B3432E"), hexc("#6A4C93"), hexc("#3D5A6C")],
    "c1": NAVY, "c3": PALE, "width": FW,
}
side_st = ParagraphStyle("side", fontName=BOLD, fontSize=15, leading=19, textColor=colors.white)
tag_st = ParagraphStyle("tg", fontName=SREG, fontSize=10.5, leading=14, textColor=GREY, spaceBefore=4, spaceAfter=3)
obj_st = ParagraphStyle("ob", fontName=REG, fontSize=8.6, leading=11.6, leftIndent=22, firstLineIndent=-22,
                        textColor=INK, spaceAfter=2.5)

PRIORITIES = [
    ("Safer, stronger neighbourhoods", "Local officers who know your area, and a quick answer to the problems that "
     "spoil it.",
     ["Keep neighbourhood teams in every community, with a named officer and PCSO for each ward and village.",
      "Tackle anti-social behaviour with the four councils and housing providers, including off-road motorbikes, "
      "nuisance neighbours and disorder on estates and seafronts, and make the ASB Case Review work for victims.",
      "Challenge hate crime and build community cohesion: more reporting through third-party centres, a quick "
      "response to community tensions, and work with faith and community groups.",
      "Protect rural and coastal communities from farm, machinery, wildlife and heritage crime and fly-tipping, "
      "from the Wolds and Holderness to the Isle of Axholme.",
      "Make town and city centres and the night-time economy safer with councils, retailers and licensees, and "
      "tackle shop theft and violence against shop workers."]),
    ("Taking on violence, drugs and organised crime", "Fewer people hurt, and the gangs behind the drugs trade "
     "put out of business.",
     ["Reduce serious violence, homicide and knife crime with the Humber Violence Prevention Partnership and the "
      "partners under the Serious Violence Duty.",
      "Close down drug supply, county lines and the exploitation of vulnerable adults whose homes are taken over "
      "by dealers (cuckooing).",
      "Protect children and vulnerable adults from criminal and sexual exploitation by gangs, and find children "
      "who go missing quickly.",
      "Disrupt organised crime groups, modern slavery and people smuggling through the Humber ports."]),
    ("Protecting women and girls", "Safety at home, in public and online.",
     ["Respond to domestic abuse quickly and well: pursue perpetrators, use protection orders, manage the most "
      "dangerous through MARAC and MAPPA, and fund programmes that change perpetrators' behaviour.",
      "Improve the investigation of rape and serious sexual offences, and the number that reach court.",
      "Respond earlier to stalking and harassment, including online.",
      "Make streets, parks and public transport safer for women and girls."]),
    ("Care and justice for victims", "Every victim treated with dignity, kept informed and helped to recover.",
     ["Commission a victim care service that helps every victim to cope and recover, and check that the Victims' "
      "Code is kept.",
      "Fund specialist support for survivors of domestic and sexual abuse: independent advisers (IDVAs and ISVAs), "
      "refuges and other safe accommodation, and support for children who live with abuse.",
      "Protect people from fraud, scams, doorstep crime and online crime, and older and isolated people above "
      "all.",
      "Offer restorative justice to every victim who wants it, including when the offender is a child."]),
    ("Reducing offending and reoffending", "Fewer people coming back through the custody door.",
     ["Manage the most prolific and harmful offenders through Integrated Offender Management with the Probation "
      "Service.",
      "Get more people into drug and alcohol treatment and recovery, with the combating drugs partnerships and "
      "through drug testing on arrest, and reduce drug-related deaths.",
      "Divert children and young people from crime, and reduce first-time entrants and reoffending by children, "
      "with the youth justice services.",
      "Help people leaving prison into a settled home and into training or work.",
      "Support a whole-system approach for women in contact with the criminal justice system."]),
    ("Safer roads and waterways", "Fewer deaths and serious injuries on our roads, rivers and coast.",
     ["Target the causes of fatal and serious collisions: speeding, drink and drug driving, mobile phones and "
      "seat belts.",
      "Back community speed watch and the Safer Roads Humber partnership.",
      "Work with the coastguard, councils and the fire and rescue service on water safety along the Humber and "
      "the coast."]),
]


class Container(Flowable):
    """A shipping container seen from the side, with the priority painted on it."""

    def __init__(self, i, name):
        super().__init__()
        self.i, self.fill = i, hexc(BOXES[i])
        self.para = Paragraph(name, side_st)

    def wrap(self, aw, ah):
        self.aw = aw
        _, ph = self.para.wrap(aw - 70 * mm, ah)
        self.ph = ph
        self.h = max(34 * mm, ph + 22 * mm)
        return aw, self.h + 3 * mm

    def draw(self):
        c = self.canv
        c.saveState()
        w, h, y0 = self.aw, self.h, 3 * mm
        c.setFillColor(hexc("#9AA5AD"))
        c.rect(6 * mm, 0, w - 12 * mm, 3 * mm, stroke=0, fill=1)  # quay shadow
        c.setFillColor(self.fill)
        c.rect(0, y0, w, h, stroke=0, fill=1)
        dark = self.fill.clone() if hasattr(self.fill, "clone") else self.fill
        c.setStrokeColor(colors.Color(0, 0, 0, alpha=0.18))
        c.setLineWidth(1.6)
        x = 9 * mm
        while x < w - 30 * mm:
            c.line(x, y0 + 4 * mm, x, y0 + h - 4 * mm)
            x += 5 * mm
        c.setFillColor(colors.Color(0, 0, 0, alpha=0.28))
        for cx in (0, w - 6 * mm):  # corner posts
            c.rect(cx, y0, 6 * mm, h, stroke=0, fill=1)
        c.rect(0, y0, w, 3.5 * mm, stroke=0, fill=1)
        c.rect(0, y0 + h - 3.5 * mm, w, 3.5 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#2B2B2B"))
        for cx in (0, w - 6 * mm):
            for cy in (y0, y0 + h - 4 * mm):
                c.rect(cx, cy, 6 * mm, 4 * mm, stroke=0, fill=1)  # corner castings
        c.setStrokeColor(hexc("#DADADA"))
        c.setLineWidth(1.4)
        for bx in (w - 24 * mm, w - 18 * mm, w - 12 * mm):  # locking bars
            c.line(bx, y0 + 5 * mm, bx, y0 + h - 5 * mm)
            c.rect(bx - 1.2 * mm, y0 + h / 2 - 2 * mm, 2.4 * mm, 4 * mm, stroke=1, fill=0)
        c.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
        c.setFont(REG, 7)
        c.drawString(12 * mm, y0 + h - 9 * mm, f"HMBU 25000{self.i + 1} {self.i + 3}   22G1")
        self.para.drawOn(c, 12 * mm, y0 + (h - 6 * mm) / 2 - self.ph / 2)
        c.restoreState()


def header(c, doc):
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.3)
    c.drawString(20 * mm, H - 12 * mm, "Police and Crime Commissioner for Humberside")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Police and Crime Plan 2025–2029")
    c.setStrokeColor(SEA)
    c.setLineWidth(0.6)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(SEA)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 20 * mm, 10 * mm, f"{doc.page}")
    c.setFillColor(GREY)
    c.setFont(REG, 7.3)
    c.drawString(20 * mm, 10 * mm, "humberside-pcc.example")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(SEA)
    c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
    x = 18 * mm
    for k, col in enumerate(BOXES * 2):  # a stack of containers on the quay
        c.setFillColor(hexc(col))
        c.rect(x + (k % 6) * 29 * mm, 70 * mm + (k // 6) * 13 * mm, 27 * mm, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "POLICE AND CRIME COMMISSIONER FOR HUMBERSIDE")
    c.setFont(SBOLD, 38)
    c.drawString(20 * mm, H - 95 * mm, "Police and Crime Plan")
    c.setFont(SREG, 15)
    c.drawString(20 * mm, H - 110 * mm, "Hull · East Riding · North Lincolnshire · North East Lincolnshire")
    c.setFont(SBOLD, 22)
    c.drawString(20 * mm, H - 126 * mm, "2025–2029")
    c.setFont(REG, 9.5)
    c.drawString(20 * mm, 30 * mm, "Both banks of the Humber: safer places, fewer victims.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Police and Crime Commissioner for Humberside")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: contact@humberside-pcc.example", "Telephone: 01482 000 000 (illustrative)", "",
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
            PageTemplate("single", [Frame(20 * mm, 18 * mm, FW, H - 38 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def containers():
    out = []
    for i, (name, tg, objs) in enumerate(PRIORITIES):
        if i in (2, 4):
            out.append(PageBreak())
        out += [Container(i, name), Paragraph(f"<i>{tg}</i>", tag_st)]
        out += [Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj_st) for k, o in enumerate(objs, 1)]
        out.append(Spacer(1, 10))
    return out


def sections():
    return [
        ("fw", "Foreword", [
            ("p", "Humberside stretches across both banks of the Humber: a great port city, seaside towns, market "
                  "towns, the steelworks of Scunthorpe, the fishing heritage of Grimsby and a large, quiet "
                  "countryside. Most people here are safe most of the time, but crime and disorder fall hardest on "
                  "a small number of neighbourhoods."),
            ("p", "This plan sets out what I expect of Humberside Police, and what I will do with the four councils, "
                  "the health service, the Probation Service and the voluntary sector, over the next four years."),
            ("p", "Around 3,200 people answered my survey (illustrative), and I met residents, victims, farmers, "
                  "shop workers, young people and officers. They asked for officers they know, quick action on "
                  "anti-social behaviour and drug dealing, and help for victims that does not run out."),
            ("p", "My plan has six priorities. Each is set out on the following pages with its objectives; it is "
                  "those objectives that I will hold the Chief Constable and the services I commission to "
                  "account for."),
            ("p", "<b>Police and Crime Commissioner for Humberside</b>"),
            ("h2", "The principles behind this plan"),
            ("ul", ["<b>Local first</b>: what matters in each community shapes what we do.",
                    "<b>Prevent harm</b>: stop crime before it happens.",
                    "<b>One system</b>: police, councils, health and justice working as one.",
                    "<b>Value for money</b>: every pound spent where it does most good."]),
        ]),
        ("ctx", "Humberside today", [
            ("p", "The figures below are illustrative. They describe the scale of the force area and the demand on "
                  "the police; they are not official statistics."),
            ("stats", [("940,000", "residents in four unitary council areas"), ("98,000", "crimes recorded in 2023/24"),
                       ("24,000", "anti-social behaviour incidents"), ("1 in 5", "violent crimes linked to domestic abuse"),
                       ("2,100", "police officers"), ("61", "drug-related deaths a year")]),
            ("note", "Illustrative figures."),
            ("h2", "What you told us"),
            ("ul", ["Anti-social behaviour and off-road bikes were the top concern on estates and seafronts.",
                    "Drug dealing was the second most common worry in Hull and Grimsby.",
                    "Rural residents asked for faster help with theft from farms.",
                    "Women told us they avoid some parks and streets after dark.",
                    "Victims wanted to be kept informed about their case."]),
        ]),
        ("pr", "My priorities", [
            ("p", "My six priorities are set out below, two to a page, each with its objectives. They are in no "
                  "order of importance."),
            ("custom", containers()),
        ]),
        ("part", "Working with partners", [
            ("p", "Much of this plan is delivered with partners. They set their own priorities; I align my grants "
                  "with them where we share an aim."),
            ("h2", "Partnerships I work with"),
            ("ul", ["The community safety partnerships of Hull, the East Riding of Yorkshire, North Lincolnshire and "
                    "North East Lincolnshire",
                    "The Humber Violence Prevention Partnership and the Serious Violence Duty partners",
                    "The domestic abuse partnership boards for each council area",
                    "The combating drugs partnerships",
                    "The Humberside Reducing Reoffending Board and the Local Criminal Justice Board",
                    "The four youth justice services",
                    "Safer Roads Humber"]),
            ("h2", "What partners can expect from me"),
            ("ul", ["Grants for three years wherever I can offer them.", "A single annual monitoring return.",
                    "Shared data through the Humber community safety data hub."]),
        ]),
        ("acc", "Accountability and resources", [
            ("p", "I hold the Chief Constable to account in public at my accountability board. The Humberside "
                  "Police and Crime Panel scrutinises my decisions."),
            ("box", "National requirements (not priorities of this plan)", [
                "The Strategic Policing Requirement: terrorism, serious and organised crime, public disorder, "
                "civil emergencies, child sexual abuse, national cyber incidents and violence against women and girls.",
                "The national crime and policing measures, against which every force reports."]),
            ("p", "The table shows the budget for 2025/26 (illustrative)."),
            ("table", [["Area", "£m"], ["Humberside Police (net)", "251.4"], ["Victims' services", "3.6"],
                       ["Community safety and violence prevention grants", "2.9"], ["Office of the PCC", "1.5"]],
             [0.75, 0.25]),
            ("note", "Figures are illustrative."),
        ]),
    ]


def contents_line(text, page):
    return ContentsLine(text, page, BOLD, 11, NAVY, leader=True, gap=14)


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Humberside")
        story = rl_story({"title": TITLE, "sections": sections()}, pages, ST, contents_line,
                         [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)])
        doc.build(story)
    two_pass(run, out, needles(sections()))
    return out
