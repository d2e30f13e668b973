"""Essex Police, Fire and Crime Plan 2025-2029 (fictional edition).  reportlab brochure; each of the six
priorities is lettered in white on a drawn blue direction sign (white border, an arrow, a route shield
"PFCP n"), two signs a page (pp4-6), each followed by its numbered objectives."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from .kit_rl import ML, W, Doc, wrap_lines

FILE = "plan/essex_police_fire_and_crime_plan_2025-29.pdf"

PRIORITIES = [
    ("Preventing crime and anti-social behaviour",
     "Stopping harm before it happens, in every town, village and estate.",
     ["1.1 Keep neighbourhood policing teams in every district and work with community safety partnerships "
      "on the anti-social behaviour that matters most to residents.",
      "1.2 Tackle shop theft and violence towards retail workers with retailers and town centre partnerships.",
      "1.3 Make town and city centres safe at night, with licensing, Best Bar None and safe spaces.",
      "1.4 Reduce reoffending through Integrated Offender Management, with housing and work for people "
      "leaving prison.",
      "1.5 Divert children from crime through youth diversion and out-of-court work with the Youth Justice "
      "Service."]),
    ("Reducing violence and drug-driven crime",
     "Less violence, fewer weapons and no safe place for dealers.",
     ["2.1 Reduce serious violence and knife crime with the Violence and Vulnerability Partnership.",
      "2.2 Close county lines and disrupt the supply of drugs in our towns.",
      "2.3 Protect children and vulnerable adults from criminal exploitation, including cuckooing.",
      "2.4 Get people whose offending is driven by drugs or alcohol into treatment, through drug "
      "testing on arrest and the Combating Drugs Partnership."]),
    ("Tackling violence against women and girls, and domestic abuse",
     "Safety for women and girls at home, online and in public.",
     ["3.1 Prevent domestic abuse, stalking and sexual violence through education and early help.",
      "3.2 Pursue perpetrators and fund programmes that change their behaviour.",
      "3.3 Make streets, parks, transport and the night-time economy safer for women and girls."]),
    ("Supporting victims and witnesses",
     "Every victim treated with care, kept informed and helped to recover.",
     ["4.1 Fund the Essex victims' care service and keep victims informed at every stage.",
      "4.2 Commission specialist support for victims of domestic abuse and sexual violence, including "
      "independent advisers and safe accommodation.",
      "4.3 Protect people from fraud and scams, especially older and vulnerable residents, and support "
      "those targeted."]),
    ("Protecting rural and coastal communities",
     "Nowhere in Essex is too remote to matter.",
     ["5.1 Tackle rural, wildlife and heritage crime with the Rural Engagement Team.",
      "5.2 Work with councils and landowners against fly-tipping and other environmental crime.",
      "5.3 Reduce speeding and dangerous driving on rural roads, supporting Community Speedwatch.",
      "5.4 Keep our coastal towns and estuary communities safe, working with the marine unit."]),
    ("Building trust and confidence in Essex Police",
     "A force people trust, see and would recommend.",
     ["6.1 Make officers more visible and easier to contact.",
      "6.2 Scrutinise stop and search and use of force, and publish the results.",
      "6.3 Recruit and keep a workforce that reflects Essex, with more special constables and volunteers.",
      "6.4 Handle complaints quickly and fairly."]),
]


class RoadSign(Flowable):
    def __init__(self, doc, n, title):
        super().__init__()
        self.doc, self.n, self.title = doc, n, title

    def wrap(self, aw, ah):
        self.aw = aw
        self.lines = wrap_lines(self.title, self.doc.bold, 17, aw - 62 * 2.8346)
        self.h = 18 * 2.8346 + 21 * len(self.lines)
        return aw, self.h + 6

    def draw(self):
        c, d = self.canv, self.doc
        c.setFillColor(colors.HexColor("#1d4f9c"))
        c.setStrokeColor(colors.white)
        c.roundRect(0, 0, self.aw, self.h, 8, stroke=0, fill=1)
        c.setLineWidth(2.2)
        c.roundRect(4, 4, self.aw - 8, self.h - 8, 6, stroke=1, fill=0)
        # route shield
        c.setFillColor(colors.HexColor("#f2c230"))
        c.rect(14, self.h - 34, 70, 20, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(d.bold, 10)
        c.drawCentredString(49, self.h - 28, f"PFCP {self.n}")
        # arrow
        c.setFillColor(colors.white)
        ax, ay = self.aw - 52, self.h / 2
        p = c.beginPath()
        p.moveTo(ax, ay - 5)
        p.lineTo(ax + 22, ay - 5)
        p.lineTo(ax + 22, ay - 13)
        p.lineTo(ax + 38, ay)
        p.lineTo(ax + 22, ay + 13)
        p.lineTo(ax + 22, ay + 5)
        p.lineTo(ax, ay + 5)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        y = self.h - 58
        for ln in self.lines:
            c.setFont(d.bold, 17)
            c.drawString(16, y, ln)
            y -= 21


D = dict(
    font="dejavu", c1="#1d4f9c", c2="#b8322a", org="Essex Police, Fire and Crime Commissioner",
    short="Police, Fire and Crime Plan 2025\u20132029", folio="{n}", pdf_title="Essex Police, Fire and Crime Plan 2025-2029",
    title_lines=["Police, Fire and", "Crime Plan"], years="2025\u20132029 \u00b7 Police and crime",
)


def build(out_root):
    d = Doc(D)
    path = out_root / FILE
    body, h1, h2, small = d.body, d.h1, d.h2, d.small
    story = []
    from reportlab.platypus import NextPageTemplate
    from rl_kit import ContentsLine
    story += [NextPageTemplate("body"), PageBreak(), Paragraph("Contents", h1)]
    for t, p, ind in [("Foreword and our principles", 3, 0), ("Our priorities", 4, 0)] + \
            [(pt, pg, 14) for (pt, _, _), pg in zip(PRIORITIES, [4, 4, 5, 5, 6, 6])] + \
            [("Resources, partnership and accountability", 7, 0)]:
        story += [ContentsLine(t, str(p), d.reg, 11 if not ind else 10, d.ink, indent=ind), Spacer(1, 6)]
    story += [PageBreak(), Paragraph("Foreword", h1)]
    for p in ["Essex is a large and varied county: busy towns and a growing city, quiet villages, a long "
              "coastline and the estuary ports. This plan sets out what I expect from Essex Police, and from "
              "the partners I fund, over the next four years.",
              "Residents told us they want crime prevented, violence and drug dealing tackled, women and girls "
              "kept safe, victims supported, rural and coastal areas protected and a police service they can "
              "trust. Those are the six priorities of this plan.",
              "I will hold the Chief Constable to account for delivering it, and I will work with the twelve "
              "district and borough councils, Southend-on-Sea and Thurrock, whose community safety "
              "partnerships do so much of the work on the ground."]:
        story.append(Paragraph(p, body))
    story += [Paragraph("Police, Fire and Crime Commissioner for Essex", ParagraphStyle_bold(d)),
              Paragraph("Our principles", h2)]
    for p in ["Prevention first: act early, before harm is done.", "Partnership: no agency can do this alone.",
              "Evidence: fund what works and stop what does not.", "Value for money: every pound accounted for."]:
        story.append(Paragraph("\u2022 " + p, body))
    story += [Paragraph("What you told us", h2),
              Paragraph("Illustrative results of our 2024 survey of 3,100 residents: 64% worried about "
                        "anti-social behaviour; 58% about drug dealing; 47% about speeding in their village; "
                        "41% felt unsafe in their town centre after dark.", body), PageBreak()]
    pages = [[0, 1], [2, 3], [4, 5]]
    for pg in pages:
        if pg[0] == 0:
            story.append(Paragraph("Our priorities", h1))
        for i in pg:
            title, tag, objs = PRIORITIES[i]
            story += [RoadSign(d, i + 1, title), Paragraph("<i>" + tag + "</i>", small),
                      Paragraph("What we will do", h2)]
            story += [Paragraph(o, body) for o in objs]
            story.append(Spacer(1, 8))
        story.append(PageBreak())
    story += [Paragraph("Resources, partnership and accountability", h1),
              Paragraph("The police budget for 2025/26 is about \u00a3420 million (illustrative). The "
                        "Commissioner's commissioning budget of \u00a39.8 million (illustrative) funds victim "
                        "services, domestic abuse and sexual violence support, youth diversion and community "
                        "safety grants to every partnership.", body),
              Paragraph("Working with partners", h2)]
    rows = [["Partnership", "Role"], ["Community safety partnerships (12 districts, Southend, Thurrock)",
                                      "Local priorities, ASB case reviews, problem-solving"],
            ["Violence and Vulnerability Partnership", "Serious Violence Duty lead"],
            ["Southend, Essex and Thurrock Domestic Abuse Board", "Domestic abuse and VAWG strategy"],
            ["Essex Combating Drugs Partnership", "From Harm to Hope delivery"],
            ["Essex Youth Justice Service", "Youth justice plan"]]
    t = Table([[Paragraph(a, d.cell), Paragraph(b, d.cell)] for a, b in rows], colWidths=[85 * 2.8346, 85 * 2.8346])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (-1, 0),
                                                                         colors.HexColor("#dde6f3"))]))
    story += [t, Paragraph("Accountability", h2),
              Paragraph("The Police, Fire and Crime Panel scrutinises this plan. A quarterly performance report "
                        "is published at pfcc.essex.example.", body)]
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.lib.pagesizes import A4
    doc = BaseDocTemplate(str(path), pagesize=A4, title=D["pdf_title"], author=D["org"],
                          creator="stratalign test data")
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, A4[1], **pad)], onPage=d.cover),
                          PageTemplate("body", [Frame(ML, 18 * 2.8346, W - 2 * ML, A4[1] - 36 * 2.8346, **pad)],
                                       onPage=d.page)])
    doc.build(story)
    return path


def ParagraphStyle_bold(d):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle("sb", parent=d.body, fontName=d.bold)
