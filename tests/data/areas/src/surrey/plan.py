"""Surrey Police and Crime Plan 2025-2029 (Police and Crime Commissioner): reportlab brochure
(Liberation Sans body, Liberation Serif headings).

Five priorities (P1 on p5, P2 on p6, P3 on p7, P4 and P5 on p8).  Each priority heading is set in large serif
bold with a **highlighter-pen stroke** drawn behind every line of it (a translucent coloured band a little
wider than the words, ends slightly uneven, as if marked by hand); no priority number is printed.  A grey
tag line and the numbered objectives "1.1 ..." under "What I will do" follow; the objectives decide where
partner topics belong.  The principles and "What you told us" (p4), the Strategic Policing Requirement's
national threats quoted on p4, the partnership list (p9) and the budget (p10) are distractors.
"""
from reportlab.lib.utils import simpleSplit

from reportlab.pdfbase import pdfmetrics

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/surrey_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Surrey 2025–2029"

NAVY, TEAL, INK, GREY = hexc("#14325C"), hexc("#0E7C86"), hexc("#1C1C1C"), hexc("#5E6670")
MARKS = [hexc("#FFE45C"), hexc("#9BE7D8"), hexc("#FFC2D1"), hexc("#C9D7FF"), hexc("#FFD39A")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
SERIF_B = fonts("liberation-serif")[1]
W, H = A4
pdfmetrics.registerFontFamily(REG, normal=REG, bold=BOLD, italic=REG, boldItalic=BOLD)

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=9.1, leading=12.6, leftIndent=24, firstLineIndent=-24,
                     spaceAfter=4)
h1 = ParagraphStyle("h1", fontName=SERIF_B, fontSize=24, leading=28, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
tag = ParagraphStyle("tag", fontName=REG, fontSize=10.5, leading=14, textColor=GREY, spaceBefore=2, spaceAfter=6)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Preventing violence against women and girls",
     "Women and girls should be safe, and feel safe, at home, online and in public.",
     ["Improve the investigation of rape, sexual offences and stalking, and the support that victims receive "
      "as their case goes through the justice system.",
      "Identify domestic abuse earlier, manage the highest-risk perpetrators, and fund programmes that change "
      "perpetrators' behaviour.",
      "Make streets, parks, public transport and the night-time economy safer for women and girls, with "
      "licensees, transport operators and the borough and district councils.",
      "Fund specialist services for survivors of domestic abuse and sexual violence, including outreach, "
      "independent advisers, refuges and other safe accommodation.",
      "Work with schools and youth services on healthy relationships, and challenge misogyny among boys and "
      "young men."]),
    ("Protecting people from harm",
     "Finding and protecting the people most at risk, wherever the harm comes from.",
     ["Protect children and adults at risk of exploitation, including county lines, child criminal and sexual "
      "exploitation, cuckooing and modern slavery.",
      "Reduce serious violence and knife crime, supporting the partners under the Serious Violence Duty and "
      "their public health approach.",
      "Reduce the harm that drugs and alcohol cause, with the Surrey Combating Drugs Partnership: disrupt drug "
      "supply, get more people into treatment and recovery, and prevent drug-related deaths.",
      "Make sure that people in mental health crisis get help from the right service, quickly.",
      "Help victims of crime to cope and recover: commission victim services, hold every agency to the Victims' "
      "Code and offer restorative justice to every victim who wants it.",
      "Protect older and vulnerable residents from fraud, scams and doorstep crime."]),
    ("Working with communities so that they feel safe",
     "Visible local policing, and partners who act on what residents tell them.",
     ["Tackle anti-social behaviour and neighbourhood crimes such as burglary, vehicle crime and shoplifting, "
      "with the community safety partnerships in each borough and district.",
      "Tackle rural, wildlife and heritage crime with the Rural Crime Team.",
      "Reduce reoffending: support Integrated Offender Management with the Probation Service, and help people "
      "leaving prison into settled accommodation, training and work.",
      "Divert children and young people from crime, and reduce reoffending by children, with the youth justice "
      "service.",
      "Make sure that residents can use the ASB case review (the Community Trigger) and neighbourhood panels to "
      "raise concerns."]),
    ("Strengthening relationships between Surrey Police and residents",
     "Trust and confidence are earned by how the police treat people every day.",
     ["Improve how quickly and how well the force answers 999, 101 and online contact.",
      "Make neighbourhood officers more visible and easier to reach.",
      "Scrutinise the use of stop and search and of force with residents, and publish what we find.",
      "Support a police workforce, including Special Constables and volunteers, that reflects Surrey's "
      "communities."]),
    ("Making Surrey's roads safer",
     "Fewer people killed or seriously injured on our roads.",
     ["Reduce the number of people killed or seriously injured, with the Drive SMART road safety partnership.",
      "Tackle speeding, dangerous and anti-social driving, and support Community Speedwatch groups.",
      "Work with Surrey County Council on safer routes to school and on protecting cyclists, horse riders and "
      "other vulnerable road users."]),
]


class Marked(Flowable):
    """A heading with a highlighter-pen band behind each of its lines."""

    def __init__(self, text, font, size, colour, mark, seed=0):
        super().__init__()
        self.text, self.font, self.size, self.colour, self.mark, self.seed = text, font, size, colour, mark, seed

    def wrap(self, aw, ah):
        self.lines = simpleSplit(self.text, self.font, self.size, aw - 14)
        self.lead = self.size * 1.32
        self.h = self.lead * len(self.lines) + 4
        return aw, self.h

    def draw(self):
        c = self.canv
        y = self.h - self.size - 2
        for i, ln in enumerate(self.lines):
            w = pdfmetrics.stringWidth(ln, self.font, self.size)
            j = ((self.seed * 7 + i * 5) % 9) - 4  # uneven ends, fixed per line
            c.saveState()
            c.setFillColor(self.mark)
            c.setFillAlpha(0.85)
            p = c.beginPath()
            x0, x1 = -1 + j * 0.4, w + 11 + j * 0.6
            b, t = y - self.size * 0.28, y + self.size * 0.78
            p.moveTo(x0 + 2, b)
            p.lineTo(x1, b + 1.2)
            p.lineTo(x1 - 2, t)
            p.lineTo(x0, t - 1.0)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.restoreState()
            c.setFillColor(self.colour)
            c.setFont(self.font, self.size)
            c.drawString(4, y, ln)
            y -= self.lead




def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 6 * mm, "Police and Crime Plan for Surrey 2025–2029")
    c.drawRightString(W - 18 * mm, H - 6 * mm, "Office of the Police and Crime Commissioner for Surrey")
    c.setFillColor(TEAL)
    c.setFont(BOLD, 9)
    c.drawRightString(W - 18 * mm, 11 * mm, str(p))
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.8)
    c.line(W - 30 * mm, 15 * mm, W - 18 * mm, 15 * mm)
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.circle(W - 20 * mm, H - 40 * mm, 70 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#FFE45C"))
    c.rect(18 * mm, H - 150 * mm, 120 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont(SERIF_B, 30)
    c.drawString(20 * mm, H - 146 * mm, "Police and Crime Plan")
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 26 * mm, "POLICE AND CRIME COMMISSIONER FOR SURREY")
    c.setFont(REG, 20)
    c.drawString(20 * mm, H - 166 * mm, "for Surrey 2025 – 2029")
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 28 * mm, "Safer Surrey: working with residents, partners and Surrey Police")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 13)
    c.drawString(18 * mm, 80 * mm, "Office of the Police and Crime Commissioner for Surrey")
    c.setFont(REG, 10)
    for i, t in enumerate(["Mount Browne, Guildford, Surrey", "opcc@surrey-pcc.example",
                           "01483 000 000 (illustrative)", "This plan is available in other formats on request."]):
        c.drawString(18 * mm, 70 * mm - i * 14, t)
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 22 * mm, W - 40 * mm, H - 44 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def priority(i, name, tagline, objectives):
    s = [Spacer(1, 6), Marked(name, SERIF_B, 21, NAVY, MARKS[i], seed=i), Paragraph(tagline, tag),
         Paragraph("What I will do", h2)]
    for k, o in enumerate(objectives, 1):
        s.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
    s.append(Spacer(1, 10))
    return s


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key, ind in [("Foreword", "fw", 0), ("Surrey today", "ctx", 0), ("What you told us", "told", 0),
                           ("My priorities", "pri", 0), ("Working in partnership", "part", 0),
                           ("Funding the plan and measuring progress", "fund", 0)]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, indent=ind, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Surrey is one of the safest counties in England, and I want it to stay that way. But safety is not only "
        "a matter of crime figures. It is about whether a woman feels able to walk home through Guildford at "
        "night, whether an older resident in Epsom trusts the voice on the phone, and whether a family in "
        "Spelthorne believes the police will come when they call.",
        "This plan sets out what I will ask of Surrey Police, and what I will fund and do with partners, over the "
        "four years of my term. It was shaped by more than 3,000 responses to our public survey (illustrative), "
        "by meetings with victims' groups, businesses and young people, and by the borough and district "
        "community safety partnerships.",
        "I will hold the Chief Constable to account for delivering it in public, at my performance meetings, and "
        "I will report each year to the Police and Crime Panel.",
        "<b>Police and Crime Commissioner for Surrey</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Surrey today", h1),
          Paragraph("The figures on this page are illustrative and are not official statistics.", small),
          Spacer(1, 4)]
    s.append(Tiles([("1.2m", "residents in eleven boroughs and districts"), ("78,000", "crimes recorded in 2023/24"),
                    ("17,500", "domestic abuse incidents and crimes"), ("14,900", "anti-social behaviour incidents"),
                    ("410", "people killed or seriously injured on the roads"),
                    ("£7.9m", "commissioned for victim services")], 3, W - 40 * mm, num, cap,
                   [NAVY, TEAL, hexc("#6C3F8E")]))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Speeding and anti-social driving worry residents in every borough.",
                  "Women feel less safe after dark than men do, especially in town centres.",
                  "Residents want to see officers in their neighbourhood and to get through on 101.",
                  "Victims want to be kept informed about their case.",
                  "Young people want to be listened to by the police."], bl)
    s.append(Paragraph("How I will work", h2))
    s += bullets(["<b>Listening first</b>: residents' priorities shape what I ask of the police.",
                  "<b>Prevention</b>: it is better to stop harm than to respond to it.",
                  "<b>Value for money</b>: every pound of the police budget is spent well.",
                  "<b>Fairness</b>: everyone is treated with dignity and respect."], bl)
    s.append(Paragraph("The national picture", h2))
    s.append(Paragraph("The Home Secretary's Strategic Policing Requirement sets out national threats that every "
                       "force must help to counter: terrorism, serious and organised crime, a national cyber "
                       "incident, threats to public order and safety, civil emergencies, child sexual abuse and "
                       "violence against women and girls. This plan sits beside it and does not repeat it.", body))
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("I have five priorities for policing and community safety in Surrey. Each is set out below "
                    "with what I will do to deliver it.", body)]
    for i, (name, tagline, objectives) in enumerate(PRIORITIES):
        if i in (1, 2, 3):
            s.append(PageBreak())
        s += priority(i, name, tagline, objectives)
    s += [PageBreak(), Paragraph("Working in partnership", h1),
          Paragraph("I cannot deliver this plan alone. I sit on, fund or work closely with these partnerships:",
                    body)]
    s += bullets(["The eleven borough and district community safety partnerships.",
                  "The Surrey Domestic Abuse Partnership Board.",
                  "The Serious Violence Duty partners in Surrey.",
                  "The Surrey Combating Drugs Partnership.",
                  "The Surrey Youth Justice Partnership Board.",
                  "The Surrey Reducing Reoffending Board and the Local Criminal Justice Board.",
                  "The Drive SMART road safety partnership."], bl)
    s.append(Paragraph("Holding the Chief Constable to account", h2))
    s.append(Paragraph("I hold public performance meetings every quarter, publish the papers, and ask residents to "
                       "send me questions. The Police and Crime Panel scrutinises my decisions.", body))
    s += [PageBreak(), Paragraph("Funding the plan and measuring progress", h1),
          Paragraph("The figures below are illustrative.", small), Spacer(1, 4)]
    t = Table([["", "2025/26"], ["Police grant and precept", "£297m"], ["Commissioned services", "£9.4m"],
               ["Community safety fund", "£0.8m"], ["Office of the Commissioner", "£2.1m"]],
              colWidths=[100 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, hexc("#C9D3DE")), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("How I will measure progress", h2)]
    s += bullets(["Residents' confidence in Surrey Police (survey).", "Charge rates for rape and sexual offences.",
                  "Repeat victims of domestic abuse.", "People killed or seriously injured on the roads.",
                  "999 and 101 answer times."], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Surrey")
        doc.build(story(pages))
    needles = {"fw": "Foreword Surrey is one", "ctx": "Surrey today The figures", "told": "What you told us",
               "pri": "My priorities I have five", "part": "Working in partnership I cannot",
               "fund": "Funding the plan and measuring progress The figures"}
    two_pass(run, out, needles)
    return out
