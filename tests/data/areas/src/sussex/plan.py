"""Sussex Police and Crime Plan 2024-2028: reportlab brochure (Liberation Sans body, DejaVu Serif captions).

Six priorities, two to a page (pp5-7).  Each priority opens with a drawn **landscape illustration** (sky,
the rolling Downs, a band of sea, a sun or moon; no text in it) across the full width, and the priority is
the white caption laid over the foot of the picture in a **translucent dark caption band**, like the
caption on a hero photograph.  No priority number is printed.  Under the picture sit an italic tag line
and the numbered objectives "1.1 ...", which decide where each partner topic belongs.  The "What you told
us" findings, the principles and the Strategic Policing Requirement threats (p4), the 2021-2024 plan's
priorities (p8), the partner list (p8) and the budget (p9) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/sussex_police_and_crime_plan_2024-28.pdf"
TITLE = "Sussex Police and Crime Plan 2024–2028"

NAVY, TEAL, INK, GREY = hexc("#14284B"), hexc("#1E7F86"), hexc("#1E2430"), hexc("#5C6470")
SAND, LINE = hexc("#F3EBDD"), hexc("#C9D3DE")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
for _n, _f in (("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
               ("DejaVuSerif-Italic", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(_n, _f))
CAPF, TAGF = "DejaVuSerif-Bold", "DejaVuSerif-Italic"
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.7, leading=11.6, leftIndent=22, firstLineIndent=-22, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=22, leading=26, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
capst = ParagraphStyle("cap", fontName=CAPF, fontSize=16, leading=19.5, textColor=colors.white)
tag = ParagraphStyle("tag", fontName=TAGF, fontSize=9.6, leading=12.5, textColor=GREY, spaceBefore=5, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.3, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
tcap = ParagraphStyle("tcap", fontName=REG, fontSize=7.9, leading=10, textColor=colors.white)

# (priority, tag line, objectives, (sky, hills, sea))
PRIORITIES = [
    ("Strengthening local policing and preventing crime",
     "Officers you know, in the places you live, stopping crime before it happens.",
     ["More neighbourhood officers and PCSOs, visible in town centres, villages and along the coast, with a named "
      "local contact for every ward.",
      "Tackle anti-social behaviour with the district and borough councils and housing providers, and use the ASB "
      "Case Review (the Community Trigger) so that repeat victims are heard.",
      "Reduce shop theft and crime against businesses, with the Business Crime Reduction Partnerships in our towns.",
      "Tackle rural, heritage and wildlife crime with the Rural Crime Team and Farm Watch.",
      "Divert children from crime, with the youth justice services, Turnaround and out-of-court resolutions, and "
      "prevent further offending by children already known to them.",
      "Respond to hate crime and community tensions: make hate crime easier to report, and support the community "
      "safety partnerships' work on community cohesion."],
     ("#BFD9EA", "#6E9E5A", "#2F6F9E")),
    ("Disrupting serious and organised crime",
     "Relentless pressure on the networks that cause the most harm.",
     ["Close county lines and disrupt local drug markets, and protect vulnerable people whose homes are taken over "
      "by dealers (cuckooing).",
      "Protect children and adults from criminal and sexual exploitation and from modern slavery.",
      "Reduce serious violence and knife crime with the Sussex Violence Reduction Partnership, delivering the "
      "Serious Violence Duty, including violence in and around the night-time economy.",
      "Get people whose drug or alcohol use drives their offending into treatment and recovery, through testing on "
      "arrest and treatment requirements, and support the combating drugs partnerships' work to prevent "
      "drug-related deaths.",
      "Pursue fraudsters and cyber criminals, and protect older and vulnerable people from scams and doorstep crime "
      "with Trading Standards."],
     ("#F2C48D", "#4F7B48", "#23577F")),
    ("Tackling violence against women and girls",
     "Every woman and girl should be safe, and feel safe, at home, online and in public.",
     ["Identify domestic abuse earlier, take positive action at every incident and pursue perpetrators, using "
      "Domestic Abuse Protection Orders.",
      "Improve the investigation of rape and serious sexual offences, and the number of cases charged.",
      "Use stalking protection orders, and give every stalking victim a single point of contact.",
      "Make public spaces, public transport and the night-time economy safer for women and girls.",
      "Fund behaviour-change programmes for perpetrators of domestic abuse and stalking.",
      "Prevent abuse before it starts, through healthy relationships education in schools and colleges."],
     ("#D8C3E3", "#5E7F63", "#3A4E86")),
    ("Putting victims first",
     "Fewer victims in the first place, and the right help for every victim.",
     ["One support service for every victim of crime, whether or not they report it to the police, and the "
      "Victims' Code met in every case.",
      "Specialist support for adult and child victims of domestic abuse and sexual violence: independent advisers, "
      "counselling, and refuges and other safe accommodation.",
      "Restorative justice for every victim who wants it.",
      "Fewer victims in future through reducing reoffending: with the Probation Service and the Sussex Reducing "
      "Reoffending Board, manage prolific offenders through Integrated Offender Management, and help people leaving "
      "prison into settled accommodation, training and work."],
     ("#FBE3B0", "#7FA35E", "#2C7A8F")),
    ("Making Sussex's roads safer",
     "Fewer people killed or seriously injured on our roads.",
     ["Target the \u2018fatal five\u2019: speeding, drink and drug driving, mobile phones, seatbelts and careless "
      "driving.",
      "Grow Community Speedwatch in every district that wants it.",
      "Act on every public report of dangerous driving made through Operation Crackdown.",
      "Support the Sussex Safer Roads Partnership and the roads policing unit."],
     ("#A9C8E0", "#5C8B4C", "#35648A")),
    ("Improving access to policing services",
     "Easy to reach, quick to answer, and kept informed.",
     ["Answer 999 and 101 calls faster, and publish how quickly we do it.",
      "Make online and webchat reporting easy for everyone, including disabled people and people whose first language "
      "is not English, with Easy Read and British Sign Language information.",
      "Keep front counters and police contact points open in every district.",
      "Keep people informed about what happens after they report a crime.",
      "Build confidence among the communities that report least."],
     ("#C7D9D4", "#6A935B", "#2A6A80")),
]


class Hero(Flowable):
    """A drawn landscape picture with the priority as a caption in a translucent band at its foot."""

    def __init__(self, text, palette, seed, height=40 * mm):
        super().__init__()
        self.text, self.palette, self.seed, self.height = text, palette, seed, height
        self.para = Paragraph(text, capst)

    def wrap(self, aw, ah):
        self.aw = aw
        _, self.ph = self.para.wrap(aw - 16 * mm, ah)
        return aw, self.height

    def draw(self):
        c = self.canv
        sky, hill, sea = (hexc(x) for x in self.palette)
        w, h = self.aw, self.height
        c.saveState()
        p = c.beginPath()
        p.roundRect(0, 0, w, h, 3 * mm)
        c.clipPath(p, stroke=0, fill=0)
        c.setFillColor(sky)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
        c.circle(w * (0.18 + 0.12 * (self.seed % 3)), h * 0.78, 5.5 * mm, stroke=0, fill=1)
        # two ranges of downs
        for k, (shade, base, amp) in enumerate(((0.75, 0.42, 0.16), (1.0, 0.30, 0.13))):
            col = colors.Color(hill.red * shade + (1 - shade) * 0.9, hill.green * shade + (1 - shade) * 0.9,
                               hill.blue * shade + (1 - shade) * 0.9)
            c.setFillColor(col)
            q = c.beginPath()
            q.moveTo(0, 0)
            q.lineTo(0, h * base)
            n = 6
            for i in range(n):
                x0, x1 = w * i / n, w * (i + 1) / n
                lift = amp * h * (1 if (i + self.seed + k) % 2 else 0.45)
                q.curveTo(x0 + (x1 - x0) * 0.3, h * base + lift, x0 + (x1 - x0) * 0.7, h * base + lift,
                          x1, h * base)
            q.lineTo(w, 0)
            q.close()
            c.drawPath(q, stroke=0, fill=1)
        c.setFillColor(sea)
        c.rect(0, 0, w, h * 0.16, stroke=0, fill=1)
        band = self.ph + 7 * mm
        c.setFillColor(colors.Color(0.05, 0.1, 0.2, alpha=0.62))
        c.rect(0, 0, w, band, stroke=0, fill=1)
        c.restoreState()
        self.para.drawOn(c, 8 * mm, 3.5 * mm)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.8)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 11.5 * mm, "Sussex Police and Crime Plan 2024–2028")
    c.drawRightString(W - 18 * mm, H - 11.5 * mm, "Office of the Sussex Police and Crime Commissioner")
    c.setFillColor(NAVY)
    c.rect(W - 30 * mm, 0, 30 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawCentredString(W - 15 * mm, 5.3 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    hero = Hero(" ", ("#2B4C7E", "#3F6F4E", "#1E4E78"), 1, height=120 * mm)
    hero.wrap(W, H)
    hero.drawOn(c, 0, 0)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "SUSSEX POLICE AND CRIME COMMISSIONER")
    c.setFont(BOLD, 34)
    c.drawString(18 * mm, H - 95 * mm, "Police and Crime Plan")
    c.setFont(REG, 22)
    c.drawString(18 * mm, H - 108 * mm, "for Sussex 2024–2028")
    c.setFont(REG, 10)
    c.drawString(18 * mm, H - 122 * mm, "Brighton & Hove · East Sussex · West Sussex")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 13)
    c.drawString(18 * mm, 70 * mm, "Office of the Sussex Police and Crime Commissioner")
    c.setFont(REG, 10)
    for i, t in enumerate(["Email: opcc@sussex-pcc.example", "Telephone: 01273 000 000 (illustrative)",
                           "Web: www.sussex-pcc.example", "This plan is available in Easy Read and large print."]):
        c.drawString(18 * mm, 58 * mm - i * 6 * mm, t)
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def priority_block(i, name, tagline, objs, palette):
    out = [Hero(name, palette, i), Paragraph(tagline, tag)]
    out += [Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj) for k, o in enumerate(objs, 1)]
    return out


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key, ind in [("Foreword", "fw", 0), ("Sussex today", "ctx", 0), ("What you told us", "told", 0),
                           ("My priorities", "p1", 0)] + [(p[0], f"p{i + 1}", 14) for i, p in
                                                            enumerate(PRIORITIES)] + \
            [("Working together", "part", 0), ("Money and accountability", "money", 0)]:
        s.append(ContentsLine(text, pages.get(key, 0), BOLD if not ind else REG, 10.5 if not ind else 9.5, INK,
                              indent=ind, leader=True, gap=12 if not ind else 9))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Sussex is a safe place to live, work and visit, but safe is not the same as feeling safe. Over the last year "
        "thousands of you have told me what worries you: anti-social behaviour in town centres, dangerous driving on "
        "rural roads, and whether anyone will answer when you call.",
        "This plan sets out what I expect of Sussex Police and what I will fund from 2024 to 2028. It is built around "
        "six priorities. Under each one you will find the objectives I will hold the Chief Constable to account for, "
        "and the partners I will work with to deliver them.",
        "Much of what keeps Sussex safe is not done by the police alone. The community safety partnerships, the "
        "Violence Reduction Partnership, the combating drugs partnerships, the youth justice services and the "
        "Probation Service all have a part to play, and this plan is written so that they can see where their work "
        "fits.",
        "<b>Sussex Police and Crime Commissioner</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Sussex today", h1),
          Paragraph("Sussex Police serves about 1.7 million people across Brighton & Hove, East Sussex and West "
                    "Sussex: a city, coastal towns, market towns and a large rural area including the South Downs "
                    "National Park.", body), Paragraph("Sussex in numbers", h2),
          Tiles([("1.7m", "residents"), ("142,000", "crimes recorded in 2023/24"), ("6,300", "officers, staff and "
                                                                                            "volunteers"),
                 ("1 in 4", "crimes with a rural or coastal location"), ("48%", "of residents confident in local "
                                                                               "policing"),
                 ("£420m", "net revenue budget")], 3, W - 36 * mm, num, tcap,
                [NAVY, TEAL, hexc("#3E5C76")], gap=5),
          Paragraph("All figures in this plan are illustrative and are not official statistics.", small),
          Paragraph("Our principles", h2)]
    s += bullets(["Prevention first: stop harm before it happens.", "Victims at the centre of every decision.",
                  "Value for money, spent where it makes the most difference.",
                  "Open and accountable to the people of Sussex."], bl)
    s += [PageBreak(), Paragraph("What you told us", h1),
          Paragraph("More than 5,000 residents, businesses and partners answered my survey in autumn 2023. What "
                    "they said most often:", body)]
    s += bullets(["Police are not visible enough in my area.", "Anti-social behaviour makes the town centre feel "
                  "unsafe at night.", "Speeding and dangerous driving are a daily worry on rural roads.",
                  "It takes too long to get through on 101.", "Women do not feel safe walking home after dark."], bl)
    s += [Paragraph("The Strategic Policing Requirement", h2),
          Paragraph("Sussex Police must also play its part in the national threats set out by the Home Secretary in "
                    "the Strategic Policing Requirement: terrorism, serious and organised crime, a national cyber "
                    "incident, child sexual abuse, public disorder, civil emergencies and violence against women and "
                    "girls. These national requirements sit alongside this plan; they are not its priorities.", body),
          Paragraph("How to read the next pages", h2),
          Paragraph("My six priorities follow, two to a page. Under each you will find what we are aiming for and the "
                    "objectives that the Chief Constable and partners will deliver.", body)]
    for i, (name, tagline, objs, pal) in enumerate(PRIORITIES):
        if i % 2 == 0:
            s.append(PageBreak())
            if i == 0:
                s.append(Paragraph("My priorities", h1))
        else:
            s.append(Spacer(1, 8 * mm))
        s.append(KeepTogether(priority_block(i, name, tagline, objs, pal)))
    s += [PageBreak(), Paragraph("Working together", h1),
          Paragraph("This plan builds on my 2021–2024 plan, whose priorities were:", body)]
    s += bullets(["Strengthen local policing", "Fight crime and prevent harm", "Support victims and reduce "
                  "vulnerability", "Improve access to policing"], bl)
    s += [Paragraph("I will work with these partners to deliver the plan:", body)]
    s += bullets(["Brighton & Hove Safer Communities Partnership, East Sussex Safer Communities Partnership and the "
                  "West Sussex Community Safety Partnership, with the district and borough partnerships",
                  "The Sussex Violence Reduction Partnership", "The combating drugs partnerships in Brighton & Hove, "
                  "East Sussex and West Sussex", "The pan-Sussex domestic abuse and sexual violence partnership "
                  "board", "The youth justice services", "The Probation Service and the Sussex Reducing Reoffending "
                  "Board", "The Sussex Safer Roads Partnership", "The NHS, fire and rescue services and the "
                  "voluntary sector"], bl)
    s += [PageBreak(), Paragraph("Money and accountability", h1),
          Paragraph("Illustrative budget for 2024/25:", body)]
    t = Table([["", "£m"], ["Policing (through the Chief Constable)", "402.6"], ["Victim services (commissioned)",
                                                                                "7.9"],
               ["Crime prevention and partnership grants", "4.1"], ["Office of the PCC", "2.3"],
               ["Reserves and capital", "3.1"]], colWidths=[120 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE)]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("How I will hold the Chief Constable to account", h2)]
    s += bullets(["Monthly Performance and Accountability Meetings, held in public and webcast.",
                  "A quarterly performance report to the Sussex Police and Crime Panel.",
                  "An annual report on the progress of this plan."], bl)
    s += [Paragraph("The figures on this page are illustrative.", small), NextPageTemplate("back"), PageBreak(),
          Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Office of the Sussex Police and Crime Commissioner")
        doc.build(story(pages))
    needles = {"fw": "Foreword Sussex is a safe", "ctx": "Sussex today Sussex Police serves",
               "told": "What you told us More than", "part": "Working together This plan builds",
               "money": "Money and accountability Illustrative"}
    needles.update({f"p{i + 1}": p[0] for i, p in enumerate(PRIORITIES)})
    two_pass(run, out, needles)
    return out
