"""Safer MK Partnership Plan 2024-25: landscape slide deck drawn with reportlab.

One priority per slide, with a big "01".."06" number in a side panel.  An
"at a glance" slide lists the priorities first (not the gold page).
"""
from rl_kit import *  # noqa: F401,F403
from reportlab.pdfgen import canvas as rl_canvas

FILE = "strategies/safer_mk_partnership_plan_2024-25.pdf"
TITLE = "Safer MK Partnership Plan 2024–25"

W, H = landscape(A4)
ORANGE, CHAR, CREAM, BLUE, GREY = hexc("#E8590C"), hexc("#2B2D42"), hexc("#FFF4EA"), hexc("#1D6FA3"), hexc("#6C757D")
REG, BOLD = fonts("liberation-narrow")
SREG, SBOLD = fonts("helvetica")

body = ParagraphStyle("body", fontName=SREG, fontSize=12, leading=16, textColor=CHAR, spaceAfter=6)
bl = ParagraphStyle("bl", parent=body, leftIndent=14, bulletIndent=0, spaceAfter=5)
title = ParagraphStyle("title", fontName=BOLD, fontSize=30, leading=34, textColor=CHAR)
h3 = ParagraphStyle("h3", fontName=SBOLD, fontSize=13, leading=16, textColor=ORANGE, spaceAfter=6)
boxs = ParagraphStyle("boxs", parent=body, fontSize=11, leading=14.5, textColor=colors.white)

PRIORITIES = [
    ("Keeping young people safe",
     "Young people in Milton Keynes told us they worry about knives, about being targeted online and about older "
     "people pressuring them to carry drugs.",
     ["Expand the youth outreach team in the estates with the highest levels of youth violence.",
      "Deliver knife crime and exploitation education in every secondary school.",
      "Use the contextual safeguarding approach to make places safer, not only individual children.",
      "Work with the Thames Valley Violence Reduction Unit on hospital-based youth work."],
     ["Under-25s admitted to hospital with a knife injury", "Children identified at risk of exploitation"]),
    ("Tackling domestic abuse and supporting those affected",
     "Domestic abuse makes up more than a fifth of violent crime in Milton Keynes (illustrative). Many victims have "
     "children in the household.",
     ["Commission a single point of access for domestic abuse support.",
      "Train 500 professionals as domestic abuse champions.",
      "Reduce the time victims wait for an IDVA after a MARAC referral.",
      "Offer support to children who have witnessed abuse."],
     ["Repeat MARAC cases", "Time from referral to first contact"]),
    ("Neighbourhood crime: burglary, vehicle crime and theft",
     "Burglary, theft of and from vehicles and bike theft affect large numbers of residents and drive fear of crime.",
     ["Target hotspots identified by the Safer MK analyst with joint patrols.",
      "Offer crime prevention advice and target hardening to repeat victims.",
      "Design out crime in redways, underpasses and car parks.",
      "Work with Neighbourhood Watch and parish councils."],
     ["Residential burglary", "Vehicle crime", "Repeat victims of burglary"]),
    ("Protecting residents from fraud and scams",
     "Fraud is the crime residents are most likely to experience. Older and isolated residents are targeted by "
     "doorstep, phone and romance scams.",
     ["Run scams awareness sessions with Age UK, libraries and community groups.",
      "Install call blockers for residents who are repeatedly targeted.",
      "Work with banks and Trading Standards on the Banking Protocol.",
      "Help small businesses protect themselves from cyber-enabled fraud."],
     ["Residents reached through scams awareness", "Repeat victims of fraud"]),
    ("Making our roads safer",
     "Speeding and anti-social driving are among the top concerns raised at community forums.",
     ["Support Community Speedwatch groups in every ward that wants one.",
      "Target dangerous and anti-social driving with joint operations.",
      "Share collision data to prioritise engineering schemes."],
     ["Killed or seriously injured casualties", "Community Speedwatch groups active"]),
    ("Improving women's and girls' safety in public places",
     "Women and girls told our survey that they feel unsafe in the city centre at night, on redways and on public "
     "transport (illustrative).",
     ["Extend the Ask for Angela and Safe Spaces schemes across the night-time economy.",
      "Improve lighting and CCTV on routes identified through the StreetSafe tool.",
      "Train door staff and taxi drivers in bystander intervention.",
      "Run campaigns challenging misogyny and harassment."],
     ["Women who feel safe in the city centre after dark", "Venues signed up to Safe Spaces"]),
]


class Deck:
    def __init__(self, path):
        self.c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
        self.c.setTitle(TITLE)
        self.c.setAuthor("Safer MK Partnership")
        self.n = 0

    def frame(self, dark=False):
        self.n += 1
        c = self.c
        if self.n > 1:
            c.setFillColor(CREAM if not dark else CHAR)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillColor(ORANGE)
            c.rect(0, H - 6, W, 6, stroke=0, fill=1)
            c.setFont(SREG, 8)
            c.setFillColor(GREY if not dark else colors.white)
            c.drawString(68 * mm, 8 * mm, "Safer MK Partnership  |  Partnership Plan 2024–25")
            c.drawRightString(W - 20 * mm, 8 * mm, f"{self.n}")

    def paras(self, items, x, y, w):
        for p in items:
            _, h = p.wrap(w, H)
            y -= h
            p.drawOn(self.c, x, y)
            y -= p.style.spaceAfter if hasattr(p, "style") else 0
        return y

    def end(self):
        self.c.showPage()


def draw(path, pages):
    d = Deck(path)
    c = d.c
    # 1 title
    d.frame()
    c.setFillColor(CHAR)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, 0, W * 0.36, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 44)
    c.drawString(W * 0.42, H * 0.58, "Safer MK Partnership")
    c.setFont(REG, 30)
    c.drawString(W * 0.42, H * 0.49, "Partnership Plan 2024–25")
    c.setFont(SREG, 13)
    c.drawString(W * 0.42, H * 0.38, "Our community safety priorities for Milton Keynes")
    c.setFont(SBOLD, 60)
    c.drawString(20 * mm, H * 0.45, "MK")
    d.end()
    # 2 contents
    d.frame()
    c.setFillColor(CHAR)
    c.setFont(BOLD, 32)
    c.drawString(20 * mm, H - 30 * mm, "What's in this plan")
    items = [("Welcome", "fw", 0), ("Milton Keynes in numbers", "num", 0), ("Our priorities at a glance", "glance", 0)]
    items += [(p[0], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    items += [("How we will deliver", "gov", 0), ("Contact us", "end", 0)]
    y = H - 48 * mm
    for text, key, ind in items:
        c.setFont(SBOLD if not ind else SREG, 14 if not ind else 12.5)
        c.setFillColor(CHAR if not ind else GREY)
        c.drawString(30 * mm + ind * 10 * mm, y, text)
        c.setFillColor(ORANGE)
        c.drawRightString(W * 0.62, y, str(pages.get(key, 0)))
        y -= 9.5 * mm if not ind else 8 * mm
    c.setFillColor(ORANGE)
    c.rect(W * 0.68, 25 * mm, W * 0.27, H - 55 * mm, stroke=0, fill=1)
    d.paras([Paragraph("Safer MK is the community safety partnership for Milton Keynes. It is required by the Crime and "
                       "Disorder Act 1998 to produce an annual partnership plan based on a strategic assessment of crime "
                       "and disorder.", boxs)], W * 0.68 + 8 * mm, H - 40 * mm, W * 0.27 - 16 * mm)
    d.end()
    # 3 welcome
    d.frame()
    c.setFillColor(CHAR)
    c.setFont(BOLD, 32)
    c.drawString(20 * mm, H - 30 * mm, "Welcome")
    ps = [Paragraph(t, body) for t in [
        "Milton Keynes is a young, growing city, and it is a safe place to live for most residents. But crime is not evenly "
        "spread: a small number of neighbourhoods and a small number of people account for a large share of the harm.",
        "This plan sets out the six priorities that Safer MK partners have agreed for 2024–25, based on our strategic "
        "assessment and on what residents told us in the Your Voice survey.",
        "For each priority we set out what we will do and how we will know whether it is working. Progress will be "
        "reported to the Safer MK board every quarter and to the council's scrutiny committee each year.",
        "We cannot do this without residents. Please report crime, join your local Neighbourhood Watch or Speedwatch group, "
        "and tell us what matters to you."]]
    d.paras(ps, 20 * mm, H - 42 * mm, W * 0.55)
    c.setFillColor(BLUE)
    c.rect(W * 0.66, 30 * mm, W * 0.29, H - 70 * mm, stroke=0, fill=1)
    d.paras([Paragraph("“Everyone in Milton Keynes should feel safe at home, online and in public.”",
                       ParagraphStyle("q", parent=boxs, fontName=SBOLD, fontSize=17, leading=22)),
             Paragraph("Chair, Safer MK Partnership", boxs)], W * 0.66 + 8 * mm, H - 50 * mm, W * 0.29 - 16 * mm)
    d.end()
    # 4 numbers
    d.frame()
    c.setFillColor(CHAR)
    c.setFont(BOLD, 32)
    c.drawString(20 * mm, H - 30 * mm, "Milton Keynes in numbers")
    stats = [("290,000", "residents"), ("24,800", "crimes recorded in 2023/24"), ("-6%", "change in burglary on last year"),
             ("3,900", "domestic abuse incidents"), ("£4.1m", "reported lost to fraud"), ("71%", "feel safe in their area after dark")]
    for i, (n, t) in enumerate(stats):
        x = 20 * mm + (i % 3) * 85 * mm
        y = H - 85 * mm - (i // 3) * 55 * mm
        c.setFillColor(colors.white)
        c.roundRect(x, y, 78 * mm, 45 * mm, 4, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.setFont(BOLD, 30)
        c.drawString(x + 6 * mm, y + 25 * mm, n)
        c.setFillColor(CHAR)
        c.setFont(SREG, 11)
        c.drawString(x + 6 * mm, y + 12 * mm, t)
    c.setFont(SREG, 9)
    c.setFillColor(GREY)
    c.drawString(20 * mm, 20 * mm, "All figures are illustrative and are not official statistics.")
    d.end()
    # 5 glance
    d.frame(dark=True)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 32)
    c.drawString(20 * mm, H - 30 * mm, "Our priorities at a glance")
    for i, p in enumerate(PRIORITIES):
        x = 20 * mm + (i % 3) * 85 * mm
        y = H - 95 * mm - (i // 3) * 60 * mm
        c.setFillColor(ORANGE if i % 2 == 0 else BLUE)
        c.roundRect(x, y, 78 * mm, 52 * mm, 5, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(SBOLD, 22)
        c.drawString(x + 6 * mm, y + 38 * mm, f"{i + 1:02d}")
        d.paras([Paragraph(p[0], ParagraphStyle("g", fontName=SBOLD, fontSize=13, leading=16, textColor=colors.white))],
                x + 6 * mm, y + 33 * mm, 66 * mm)
    d.end()
    # priorities
    for i, (name, why, dos, kpis) in enumerate(PRIORITIES):
        d.frame()
        c.setFillColor(ORANGE if i % 2 == 0 else BLUE)
        c.rect(0, 0, 55 * mm, H - 6, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(SBOLD, 64)
        c.drawCentredString(27.5 * mm, H - 55 * mm, f"{i + 1:02d}")
        c.setFont(SREG, 10)
        c.drawCentredString(27.5 * mm, H - 65 * mm, "PRIORITY")
        y = d.paras([Paragraph(name, title)], 68 * mm, H - 20 * mm, W - 90 * mm)
        y = d.paras([Paragraph(why, ParagraphStyle("w", parent=body, fontSize=12.5, leading=17, textColor=GREY))],
                    68 * mm, y - 6 * mm, W - 90 * mm)
        top = y - 6 * mm
        d.paras([Paragraph("We will", h3)] + bullets(dos, bl, bullet="\u25a0"), 68 * mm, top, 120 * mm)
        c.setFillColor(colors.white)
        c.roundRect(196 * mm, 22 * mm, W - 216 * mm, top - 22 * mm, 4, stroke=0, fill=1)
        d.paras([Paragraph("How we will measure progress", h3)] + bullets(kpis, bl, bullet="–"),
                202 * mm, top - 5 * mm, W - 228 * mm)
        d.end()
    # governance
    d.frame()
    c.setFillColor(CHAR)
    c.setFont(BOLD, 32)
    c.drawString(20 * mm, H - 30 * mm, "How we will deliver")
    d.paras([Paragraph("Safer MK Board", h3), Paragraph("Meets quarterly. Chaired by the council's Director of "
             "Environment and Property, with Thames Valley Police as vice-chair.", body), Paragraph("Partners", h3)] +
            bullets(["Milton Keynes City Council", "Thames Valley Police", "Buckinghamshire Fire and Rescue Service",
                     "Probation Service", "NHS Bedfordshire, Luton and Milton Keynes ICB", "Milton Keynes Youth Justice Service",
                     "Community Action: MK", "Office of the Police and Crime Commissioner"], bl), 20 * mm, H - 40 * mm, 120 * mm)
    d.paras([Paragraph("Delivery groups", h3)] +
            bullets(["Youth Violence and Exploitation Group", "Domestic Abuse Strategic Group", "Neighbourhood Tasking Group",
                     "Fraud and Scams Forum", "Road Safety Partnership", "VAWG Night-Time Economy Group"], bl) +
            [Paragraph("Funding", h3), Paragraph("Activity is funded by partners' own budgets, the PCC's Community Safety Fund "
                                                  "and the Serious Violence Duty grant.", body)],
            150 * mm, H - 40 * mm, 120 * mm)
    d.end()
    # end
    d.frame(dark=True)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 40)
    c.drawString(20 * mm, H * 0.6, "Contact us")
    c.setFont(SREG, 14)
    for k, line in enumerate(["community.safety@milton-keynes.example", "Report crime online or call 101. In an emergency call 999.",
                              "Safer MK Partnership, Civic, 1 Saxon Gate East, Milton Keynes"]):
        c.drawString(20 * mm, H * 0.5 - k * 9 * mm, line)
    d.end()
    c.save()
    return {"fw": 3, "num": 4, "glance": 5, **{f"p{i}": 6 + i for i in range(len(PRIORITIES))},
            "gov": 6 + len(PRIORITIES), "end": 7 + len(PRIORITIES)}


def build(root):
    out = root / FILE
    pages = draw(out, {})
    draw(out, pages)
    return out
