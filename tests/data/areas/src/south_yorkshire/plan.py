"""South Yorkshire Police and Crime Plan 2025-2029 (the Mayor holds the PCC's functions).

reportlab brochure (DejaVu Sans, Liberation Serif headings).  Each priority is the stamped text of a drawn
riveted steel NAMEPLATE (bevelled grey plate, four rivets, no number), two plates a page on pp5-7, each
followed by an italic tag line and lettered objectives "(a) ...".
"""
from pathlib import Path

from rl_kit import Flowable, Paragraph, ParagraphStyle, Spacer, colors, fonts, mm
from south_yorkshire.kit import rl_build

OUT = "plan/south_yorkshire_police_and_crime_plan_2025-29.pdf"
REG, BOLD = fonts("dejavu")
SERIF_R, SERIF_B = fonts("liberation-serif")

PRIORITIES = [
    ("Safer streets and neighbourhoods", "Neighbourhoods where people feel safe and crime is kept low.", [
        "Visible neighbourhood policing teams in every ward and a quicker, joined-up response to anti-social "
        "behaviour, working with the four community safety partnerships.",
        "Reducing burglary, vehicle crime, shop theft and abuse of shop workers.",
        "Making our roads safer: tackling dangerous and careless driving and the nuisance and danger caused by "
        "off-road motorbikes.",
        "Keeping our town and city centres safe and welcoming, day and night, with businesses and councils."]),
    ("Tackling serious violence and exploitation", "Fewer people hurt, and fewer people used by criminals.", [
        "Reducing serious violence and knife crime through the Violence Reduction Unit's public health approach, "
        "including violence in the night-time economy.",
        "Disrupting drug supply, county lines and organised crime groups.",
        "Protecting children and adults from criminal and sexual exploitation and modern slavery.",
        "Early help for children and young people at risk of being drawn into violence, in and out of school."]),
    ("Ending violence against women and girls", "Women and girls safe at home, online and in public.", [
        "Domestic abuse: earlier help, a better first response and pursuing the people who cause harm.",
        "Rape and sexual offences: more cases reaching charge and better support through to court.",
        "Stalking, harassment and women's safety in public spaces and at night.",
        "Programmes that change the behaviour of perpetrators, and education about healthy relationships."]),
    ("Putting victims and survivors first", "The right support, at the right time, whether or not a crime is reported.", [
        "Commissioning free, confidential support services for every victim who needs them.",
        "Safe accommodation and specialist support for survivors of domestic and sexual abuse and their children.",
        "Restorative justice, including for the victims of crimes committed by children.",
        "Protecting older and vulnerable people from fraud and scams, and supporting those who are targeted.",
        "Making sure every agency meets the Victims' Code."]),
    ("Breaking the cycle of offending", "Fewer victims in future because fewer people reoffend.", [
        "Integrated offender management for the people who cause the most harm in our communities.",
        "Drug and alcohol treatment and recovery, with the four combating drugs partnerships, including work to "
        "prevent drug-related deaths.",
        "Diverting children from crime and reducing reoffending by children, with the youth justice services, "
        "including getting children into education, training and work.",
        "Housing, training and work for people leaving prison."]),
    ("Treating people fairly and building trust", "A police service people trust because it is fair and open.", [
        "Fair and transparent use of stop and search and force, with independent scrutiny panels.",
        "A police workforce that reflects South Yorkshire's communities.",
        "Handling complaints well and learning from them.",
        "Answering 101 and 999 calls promptly and keeping callers informed."]),
]


class NamePlate(Flowable):
    """A riveted steel plate with the priority stamped on it."""

    def __init__(self, text, width, height=21 * mm):
        super().__init__()
        self.text, self.w, self.h = text, width, height

    def wrap(self, aw, ah):
        return self.w, self.h + 4 * mm

    def draw(self):
        c = self.canv
        w, h = self.w, self.h
        c.setFillColor(colors.HexColor("#5b6770"))
        c.roundRect(1.2 * mm, 2.8 * mm, w - 2 * mm, h, 3 * mm, stroke=0, fill=1)  # shadow
        c.setFillColor(colors.HexColor("#c9cfd4"))
        c.setStrokeColor(colors.HexColor("#7b868e"))
        c.setLineWidth(1.4)
        c.roundRect(0, 4 * mm, w - 2 * mm, h, 3 * mm, stroke=1, fill=1)
        c.setStrokeColor(colors.HexColor("#eef1f3"))
        c.setLineWidth(0.8)
        c.roundRect(2 * mm, 6 * mm, w - 6 * mm, h - 4 * mm, 2 * mm, stroke=1, fill=0)
        for x in (5 * mm, w - 7 * mm):
            for y in (8.5 * mm, h - 0.5 * mm):
                c.setFillColor(colors.HexColor("#8a949b"))
                c.circle(x, y, 1.7 * mm, stroke=0, fill=1)
                c.setFillColor(colors.HexColor("#e4e8eb"))
                c.circle(x - 0.4 * mm, y + 0.4 * mm, 0.7 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#1d2b36"))
        c.setFont(SERIF_B, 19)
        c.drawString(12 * mm, 4 * mm + h / 2 - 6, self.text)


def priority_blocks(items, fw):
    tag = ParagraphStyle("tag", fontName=SERIF_R, fontSize=11, leading=14, textColor=colors.HexColor("#6b4e16"),
                         spaceAfter=4)
    obj = ParagraphStyle("obj", fontName=REG, fontSize=9.2, leading=12.6, leftIndent=16, bulletIndent=0,
                         spaceAfter=3)
    out = []
    for title, tagline, objectives in items:
        out += [Spacer(1, 4), NamePlate(title, fw), Paragraph(f"<i>{tagline}</i>", tag),
                Paragraph("<b>What this means</b>", obj)]
        out += [Paragraph(x, obj, bulletText=f"({chr(97 + j)})") for j, x in enumerate(objectives)]
        out.append(Spacer(1, 10))
    return out


def build(root: Path) -> Path:
    out = root / OUT
    fw = 210 * mm - 36 * mm
    doc = {
        "title": "Police and Crime Plan 2025\u20132029", "org": "Mayor of South Yorkshire",
        "subtitle": "Safer communities across Barnsley, Doncaster, Rotherham and Sheffield",
        "cover_title_lines": ["Police and Crime Plan", "2025\u20132029"],
        "colour": "#16324f", "accent": "#d9a21b", "running": "South Yorkshire Police and Crime Plan 2025\u20132029",
        "folio": "{n}",
        "sections": [
            ("Foreword from the Mayor", [
                ("p", "Since May 2024 the Mayor of South Yorkshire has held the powers that used to belong to the "
                      "Police and Crime Commissioner. This is the first Police and Crime Plan written under those "
                      "arrangements. It sets out what I expect South Yorkshire Police to focus on, how I will work "
                      "with councils, health, probation and the voluntary sector, and how I will hold the Chief "
                      "Constable to account on your behalf."),
                ("p", "Crime and anti-social behaviour are not spread evenly. Some neighbourhoods carry far more than "
                      "their share, and some people \u2013 children who are exploited, women who are abused, older "
                      "people who are scammed \u2013 are harmed again and again. This plan is about them as much as "
                      "about the headline numbers."),
                ("p", "Policing cannot do this alone. The community safety partnerships in Barnsley, Doncaster, "
                      "Rotherham and Sheffield, the Violence Reduction Unit, the combating drugs partnerships and the "
                      "youth justice services all have their own strategies, and I want this plan to sit alongside "
                      "them rather than repeat them."),
                ("h", "Our values"),
                ("ul", ["Fairness: treating everyone with dignity and respect.",
                        "Openness: publishing what we do and what it achieves.",
                        "Partnership: solving problems together, not passing them on.",
                        "Listening: acting on what residents and victims tell us."]),
                ("p", "\u2013 The Mayor of South Yorkshire"),
            ]),
            ("South Yorkshire today", [
                ("p", "South Yorkshire is home to about 1.4 million people in four council areas. The figures below "
                      "are illustrative and are not official statistics."),
                ("stats", [("132,000", "crimes recorded in a year (illustrative)"),
                           ("41,000", "anti-social behaviour incidents (illustrative)"),
                           ("28%", "of crime is domestic abuse related (illustrative)"),
                           ("1 in 4", "residents worried about ASB (illustrative)")]),
                ("h", "What you told us"),
                ("ul", ["Anti-social behaviour and off-road bikes were the issues most often raised.",
                        "People want to see officers in their neighbourhood and to know what happened after they reported.",
                        "Women and girls said they often feel unsafe in town centres at night.",
                        "Many victims did not know where to get support."]),
                ("h", "The previous plan"),
                ("p", "The previous Police and Crime Plan (2022\u20132025) had three priorities: protecting "
                      "vulnerable people; tackling crime and anti-social behaviour; and treating people fairly. "
                      "This plan builds on them but is organised differently."),
            ]),
            ("Our priorities", [
                ("p", "There are six priorities in this plan. Each is stamped on a plate below, followed by what it "
                      "means in practice. The objectives under each priority tell partners where their work fits.")]
             + [("raw", priority_blocks(PRIORITIES[:2], fw))]),
            ("Our priorities: women, girls and victims", [("raw", priority_blocks(PRIORITIES[2:4], fw))]),
            ("Our priorities: offending and trust", [("raw", priority_blocks(PRIORITIES[4:], fw))]),
            ("Working in partnership", [
                ("p", "Much of this plan is delivered through partnerships that the Mayor funds or sits on. Each "
                      "sets its own priorities; the Mayor's office reviews their strategies every year."),
                ("table", [["Partnership", "Area", "Role"],
                           ["Safer Barnsley Partnership", "Barnsley", "Community safety partnership"],
                           ["Safer Stronger Doncaster Partnership", "Doncaster", "Community safety partnership"],
                           ["Safer Rotherham Partnership", "Rotherham", "Community safety partnership"],
                           ["Safer Sheffield Partnership", "Sheffield", "Community safety partnership"],
                           ["South Yorkshire Violence Reduction Unit", "County", "Serious Violence Duty"],
                           ["Combating drugs partnerships (four)", "Each district", "From harm to hope"],
                           ["Youth justice services (four)", "Each district", "Youth Justice Board plans"],
                           ["Local Criminal Justice Board", "County", "Courts, probation and prisons"]]),
                ("p", "Counter-terrorism and the Prevent duty are led nationally and through the councils, and are "
                      "not part of this plan."),
            ]),
            ("Holding the police to account", [
                ("p", "The Mayor holds the Chief Constable to account in public at a quarterly accountability "
                      "board. The Police and Crime Panel scrutinises the Mayor."),
                ("h", "How we will measure progress"),
                ("table", [["Measure", "Direction we want"],
                           ["Anti-social behaviour incidents", "Down"], ["Knife crime with injury", "Down"],
                           ["Domestic abuse arrests and charges", "Up"], ["Victim satisfaction", "Up"],
                           ["Proven reoffending rate", "Down"], ["Confidence in the police", "Up"]]),
                ("h", "The budget (illustrative)"),
                ("p", "Police grant and council tax provide about \u00a3330 million a year (illustrative); the "
                      "Mayor's commissioning budget for victims' services and crime reduction is about \u00a39 "
                      "million (illustrative)."),
            ]),
            ("Contact us", [
                ("p", "South Yorkshire Mayoral Combined Authority, Police and Crime team."),
                ("p", "Email: policeandcrime@southyorkshire-mca.example"),
                ("p", "Telephone: 0114 000 0000 (illustrative)"),
                ("p", "This plan is available in other formats on request."),
            ]),
        ],
    }
    return rl_build(doc, out, family="dejavu", head_family="liberation-serif")
