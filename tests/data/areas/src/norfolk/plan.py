"""Norfolk Police, Crime and Community Safety Plan 2024-2029 (Police and Crime Commissioner): reportlab
brochure (Liberation Sans body, DejaVu Serif headings).

Seven priorities, two to a page (pp5-8, P7 with the partnership note on p8).  Each priority is a **split-size
heading**: its first word in very large serif type on a line of its own, the rest of the heading in smaller
serif type on the line below (for example "Sustaining" / "a resilient Norfolk Constabulary").  Above it, a
hairline rule carries a small grey index "01 / 07" on its own line at the right; below it an italic tag line,
"What I will do" and the numbered objectives "1.1 ...", which decide where each partner topic belongs.  The
previous plan's pillars (p3), "What you told us" (p4), the objectives, the Strategic Policing Requirement and
the national crime and policing measures (p9) and the budget (p10) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/norfolk_police_crime_and_community_safety_plan_2024-29.pdf"
TITLE = "Norfolk Police, Crime and Community Safety Plan 2024–2029"

NAVY, TEAL, INK, GREY = hexc("#16324F"), hexc("#2A7F7A"), hexc("#1E2328"), hexc("#66707A")
SAND, LINE = hexc("#F3EBDD"), hexc("#C9D3DC")
ACCENTS = [hexc("#16324F"), hexc("#2A7F7A"), hexc("#8A3B12"), hexc("#6B2D5C"), hexc("#3E6B2F"), hexc("#9A6A10"),
           hexc("#2F4E8C")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
_serif = fonts("liberation-serif")
SERIF, SERIFB = _serif
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.9, leading=12.2, leftIndent=22, firstLineIndent=-22,
                     spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SERIFB, fontSize=24, leading=28, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=TEAL, spaceBefore=7, spaceAfter=3)
tag = ParagraphStyle("tag", fontName=SERIF, fontSize=11, leading=14, textColor=GREY, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=NAVY)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10.2, textColor=INK)

# (first word, rest of the heading, tag line, objectives, how we will know)
PRIORITIES = [
    ("Sustaining", "a resilient Norfolk Constabulary", "A force with the people, kit and buildings it needs.",
     ["Keep the number of police officers at its highest level and look after the wellbeing of officers, staff "
      "and volunteers.",
      "Invest in technology, vehicles and the police estate so that officers spend more of their time in "
      "communities.",
      "Answer 999 and 101 calls promptly, and make online reporting simpler.",
      "Get the best value from the budget and from the collaboration with Suffolk Constabulary."],
     "Officer numbers; 101 answer times; sickness absence; savings delivered."),
    ("Visible", "and trusted policing", "Police you can see, in every town and village.",
     ["Keep neighbourhood teams local and visible, with Safer Neighbourhood Action Panels setting local "
      "priorities.",
      "Tackle rural, wildlife and heritage crime, including the theft of farm machinery and hare coursing.",
      "Work with district councils and housing providers to tackle anti-social behaviour and support its "
      "victims, including through the ASB case review.",
      "Raise standards and build trust and confidence, especially among young people and minority communities."],
     "Public confidence; rural crime reports; ASB incidents and repeat callers; complaints resolved."),
    ("Tackling", "serious crime and exploitation", "Going after the people who cause the most harm.",
     ["Reduce serious violence and knife crime, with the partners under the Serious Violence Duty.",
      "Close down county lines and disrupt the supply of drugs into Norfolk.",
      "Protect children and adults at risk from criminal and sexual exploitation, cuckooing and modern slavery.",
      "Disrupt organised crime groups and take away the proceeds of their crimes."],
     "Knife crime; county lines closed; exploitation referrals; assets recovered."),
    ("Making", "Norfolk safer for women and girls", "Safe at home, in public and online.",
     ["Identify domestic abuse earlier and pursue perpetrators, using protection orders and improving charge "
      "rates.",
      "Improve the investigation of rape and sexual offences, and support victims through the court process.",
      "Tackle stalking and harassment.",
      "Make streets, parks, transport and the night-time economy safer for women and girls.",
      "Challenge misogyny and support healthy relationships education in schools and colleges."],
     "Domestic abuse arrests and charges; rape charge rate; women's feelings of safety at night."),
    ("Preventing", "offending", "Stopping crime before it starts, and stopping it happening again.",
     ["Manage the people who cause the most harm in their communities through Integrated Offender Management.",
      "Help people leaving prison into settled housing, training and work, with the Probation Service.",
      "Support the Norfolk Combating Drugs Partnership to get more people into drug and alcohol treatment and "
      "recovery, and to reduce drug-related deaths.",
      "Divert children and young people from the criminal justice system and reduce reoffending by children, "
      "with Norfolk Youth Justice Service.",
      "Fund behaviour-change programmes for perpetrators of domestic abuse and stalking."],
     "Proven reoffending; people in treatment; first-time entrants to the youth justice system."),
    ("Putting", "victims first", "Every victim helped to cope and recover.",
     ["Commission a victim care service that any victim of crime can use, whether or not they report to the "
      "police.",
      "Fund specialist support for victims of domestic abuse and sexual violence: independent advisers, the sexual "
      "assault referral centre, refuges and other safe accommodation.",
      "Hold every criminal justice agency to the Victims' Code.",
      "Offer restorative justice to every victim who wants it."],
     "Victim satisfaction; Victims' Code compliance; referrals to specialist services."),
    ("Safer", "and stronger communities", "Communities that look out for each other.",
     ["Reduce the number of people killed or seriously injured on Norfolk's roads.",
      "Tackle hate crime and promote community cohesion.",
      "Protect older and vulnerable residents from fraud, scams and doorstep crime.",
      "Support volunteering, Neighbourhood Watch and Community Speedwatch."],
     "Killed or seriously injured casualties; hate crime reports; scam victims supported."),
]


class SplitHeading(Flowable):
    """Index line over a hairline rule, then the heading: first word very large, the rest smaller below."""

    def __init__(self, big, rest, idx, total, colour, width):
        super().__init__()
        self.big, self.rest, self.idx, self.total, self.colour, self.width = big, rest, idx, total, colour, width

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 30 * mm

    def draw(self):
        c = self.canv
        top = 30 * mm
        c.setFillColor(GREY)
        c.setFont(REG, 7.5)
        c.drawRightString(self.aw, top - 3 * mm, f"{self.idx:02d} / {self.total:02d}")
        c.setStrokeColor(self.colour)
        c.setLineWidth(0.6)
        c.line(0, top - 5 * mm, self.aw, top - 5 * mm)
        c.setFillColor(self.colour)
        c.setFont(SERIFB, 36)
        c.drawString(0, top - 17.5 * mm, self.big)
        c.setFont(SERIF, 18)
        c.setFillColor(INK)
        c.drawString(1, top - 26 * mm, self.rest)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(20 * mm, H - 12 * mm, "Norfolk Police and Crime Commissioner")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Police, Crime and Community Safety Plan 2024–2029")
    c.setStrokeColor(LINE)
    c.setLineWidth(0.5)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(TEAL)
    c.rect(20 * mm, 9 * mm, 9 * mm, 5.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8)
    c.drawCentredString(24.5 * mm, 10.7 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(SAND)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.rect(0, H - 150 * mm, W, 150 * mm, stroke=0, fill=1)
    # a low horizon of fields and a windmill silhouette
    c.setFillColor(TEAL)
    p = c.beginPath()
    p.moveTo(0, H - 150 * mm)
    p.curveTo(60 * mm, H - 138 * mm, 120 * mm, H - 160 * mm, W, H - 144 * mm)
    p.lineTo(W, H - 150 * mm)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "NORFOLK POLICE AND CRIME COMMISSIONER")
    c.setFont(SERIFB, 34)
    c.drawString(20 * mm, H - 80 * mm, "Police, Crime and")
    c.drawString(20 * mm, H - 94 * mm, "Community Safety Plan")
    c.setFont(SERIF, 20)
    c.drawString(20 * mm, H - 110 * mm, "2024–2029")
    c.setFillColor(NAVY)
    c.setFont(SERIF, 12)
    c.drawString(20 * mm, 60 * mm, "Keeping Norfolk one of the safest places to live, work and visit")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SERIFB, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Police and Crime Commissioner for Norfolk")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: opccn@norfolk-pcc.example", "Telephone: 01953 000 000 (illustrative)", "",
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
            PageTemplate("single", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def priority_block(i, pr):
    big, rest, tg, objs, know = pr
    out = [SplitHeading(big, rest, i, len(PRIORITIES), ACCENTS[i - 1], W - 40 * mm), Spacer(1, 3),
           Paragraph(tg, tag), Paragraph("What I will do", h2)]
    out += [Paragraph(f"{i}.{k}&nbsp;&nbsp;&nbsp;{t}", obj) for k, t in enumerate(objs, 1)]
    out.append(Paragraph(f"<b>How we will know:</b> {know}", small))
    return out


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    entries = [("Foreword", "fw"), ("Norfolk today", "ctx"), ("My priorities", "pri")]
    for text, key in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=15))
    for i, pr in enumerate(PRIORITIES, 1):
        s.append(ContentsLine(f"{pr[0]} {pr[1]}", pages.get(f"p{i}", 0), REG, 10, GREY, indent=14, leader=True,
                              gap=11))
    for text, key in [("Working in partnership", "part"), ("National and regional responsibilities", "nat"),
                      ("Funding the plan and holding to account", "fund")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Norfolk is one of the safest counties in England, and I want to keep it that way. But safe is not the same "
        "as free from harm. Behind the low crime rate sit thousands of people living with domestic abuse, children "
        "drawn into county lines, farmers who have lost their livelihoods to theft, and families grieving after a "
        "crash on our rural roads.",
        "This plan sets out what I will do over the next five years, as your Police and Crime Commissioner, to keep "
        "Norfolk safe. It is built on what more than 3,000 of you told me in the consultation, on the evidence, and "
        "on the views of the Chief Constable and our partners (figures illustrative).",
        "My previous plan was built around six pillars: sustaining the Constabulary; visible and trusted policing; "
        "tackling crime; preventing offending; supporting victims; and safer and stronger communities. Much of that "
        "work continues, but this plan names seven priorities and is sharper about what each means.",
        "Policing cannot do this alone. The plan is also a community safety plan: it sets out how I will work with "
        "the councils, the health service, Probation, the youth justice service and the voluntary sector.",
        "<b>Police and Crime Commissioner for Norfolk</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Norfolk today", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4),
          Tiles([("925,000", "residents, a quarter of them over 65"), ("2,100 sq mi", "of mostly rural county"),
                 ("58,400", "crimes recorded in 2023/24"), ("14,900", "domestic abuse incidents and crimes"),
                 ("410", "knife crime offences"), ("39", "people killed on Norfolk's roads")], 3, W - 40 * mm,
                num, cap, [SAND, hexc("#E3EEEC")]),
          Paragraph("What you told me", h2)]
    s += bullets(["Keep police visible in towns and villages, not only in Norwich.",
                  "Take anti-social behaviour seriously: it wears people down.",
                  "Do more about speeding and dangerous driving on rural roads.",
                  "Women and girls want to feel safe walking home at night.",
                  "Help victims even when nobody is charged."], bl)
    s += [Paragraph("How I will work", h2)]
    s += bullets(["<b>Listening:</b> public meetings in every district each year.",
                  "<b>Evidence-led:</b> money follows need and what works.",
                  "<b>In partnership:</b> shared problems, shared solutions.",
                  "<b>Open:</b> every decision published."], bl)
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("Each priority sets out what I will do and how we will know it is working. The numbered "
                    "objectives are the commitments I will hold the Chief Constable and partners to.", body),
          Spacer(1, 4)]
    for i, pr in enumerate(PRIORITIES, 1):
        if i in (3, 5, 7):
            s.append(PageBreak())
        else:
            s.append(Spacer(1, 8))
        s += priority_block(i, pr)
    s += [Spacer(1, 12), Paragraph("Working in partnership", h2),
          Paragraph("I chair the Norfolk Countywide Community Safety Partnership's strategic board and fund the "
                    "partnerships below. Each sets its own priorities; this plan says where I will support them.",
                    body)]
    s += bullets(["Norfolk County Community Safety Partnership and the district operational partnership teams",
                  "Norfolk Domestic Abuse and Sexual Violence Board", "Norfolk Combating Drugs Partnership",
                  "Norfolk Youth Justice Board", "Norfolk and Suffolk Criminal Justice Board and its Reducing "
                  "Reoffending Board", "Norfolk Safeguarding Children Partnership and Adults Board"], bl)
    s += [PageBreak(), Paragraph("National and regional responsibilities", h1),
          Paragraph("The Strategic Policing Requirement", h2),
          Paragraph("Norfolk Constabulary must play its part in the national response to the threats set out in "
                    "the Strategic Policing Requirement:", body)]
    s += bullets(["Terrorism", "Serious and organised crime", "A national cyber incident", "Child sexual abuse",
                  "Public disorder", "Civil emergencies", "Violence against women and girls"], bl)
    s.append(Paragraph("The national crime and policing measures", h2))
    s += bullets(["Reduce murder and other homicide", "Reduce serious violence",
                  "Disrupt drugs supply and county lines", "Reduce neighbourhood crime", "Tackle cyber crime",
                  "Improve satisfaction among victims, with a particular focus on victims of domestic abuse"], bl)
    s.append(Paragraph("Collaboration with Suffolk", h2))
    s.append(Paragraph("Norfolk and Suffolk constabularies share specialist departments, including major "
                       "investigations, protective services and custody. I will review the collaboration with the "
                       "Suffolk Police and Crime Commissioner every year.", body))
    s += [PageBreak(), Paragraph("Funding the plan and holding to account", h1)]
    t = Table([["Budget 2024/25 (illustrative)", "£m"], ["Police officers and staff", "151.3"],
               ["Premises, vehicles and technology", "28.7"], ["Commissioning: victims and community safety",
                                                              "5.4"],
               ["Office of the PCC", "1.6"], ["Total", "187.0"]], colWidths=[120 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("FONT", (0, -1), (-1, -1), BOLD, 9.2), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                           ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    t.hAlign = "LEFT"
    s += [t, Spacer(1, 8), Paragraph("How I will hold the Chief Constable to account", h2)]
    s += bullets(["A public Police Accountability Forum every quarter, webcast and minuted.",
                  "Performance reports against every measure in this plan.",
                  "Scrutiny of complaints, stop and search and use of force by independent panels.",
                  "An annual report to the Norfolk Police and Crime Panel."], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Norfolk Police and Crime Commissioner")
        doc.build(story(pages))
    needles = {"fw": "Foreword Norfolk is one", "ctx": "Norfolk today The figures", "pri": "My priorities Each",
               "part": "Working in partnership I chair", "nat": "National and regional responsibilities The",
               "fund": "Funding the plan and holding to account Budget"}
    for i, pr in enumerate(PRIORITIES, 1):
        needles[f"p{i}"] = f"{pr[0]} {pr[1]} {pr[2]}"
    two_pass(run, out, needles)
    return out
