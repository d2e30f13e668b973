"""South Wales Serious Violence Prevention Strategy 2024-2029 (South Wales Serious Violence Duty partnership,
with the Wales Violence Prevention Unit): reportlab report (Liberation Sans Narrow body, DejaVu Sans
headings).

Four priorities, stated once, on p6 as the titles of a **performance dashboard**: a 2 x 2 grid of panels,
each titled by a priority in bold (wrapping over two lines), with a small line chart of an illustrative
five-year trend drawn in the panel, a "Lead indicator" caption, and "Baseline" / "Ambition 2029" figures.
No numbers.  The specified authorities, the definition and the WHO public health steps (p4), the key
findings of the needs assessment (p5), the indicator captions on the dashboard, the intervention titles
(p7), the Home Office success measures (p8) and the partner list (p9) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/south_wales_serious_violence_prevention_strategy_2024-29.pdf"
TITLE = "South Wales Serious Violence Prevention Strategy 2024–2029"

NAVY, CORAL, INK, GREY = hexc("#14213D"), hexc("#E4572E"), hexc("#1E1E1E"), hexc("#65707A")
PANEL, GRID = hexc("#F4F6F9"), hexc("#D5DBE3")
REG, BOLD = fonts("liberation-narrow")
HREG, HBOLD = fonts("dejavu")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10.2, leading=14, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=HBOLD, fontSize=19, leading=23, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=HBOLD, fontSize=10.5, leading=13.5, textColor=CORAL, spaceBefore=8,
                    spaceAfter=4)
ptitle = ParagraphStyle("pt", fontName=BOLD, fontSize=12.5, leading=15, textColor=NAVY)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.6, textColor=GREY)
fig = ParagraphStyle("fig", fontName=BOLD, fontSize=10, leading=12.5, textColor=INK)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=9.8, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=18, leading=21, textColor=colors.white)
tcap = ParagraphStyle("tcap", fontName=REG, fontSize=8.6, leading=10.8, textColor=colors.white)

PRIORITIES = [
    ("Reducing knife crime and serious violence in public places",
     "Lead indicator: knife and sharp-object offences recorded by police", [412, 436, 451, 447, 430],
     "447", "Down 20%"),
    ("Preventing children and young people from being drawn into violence",
     "Lead indicator: under-25s admitted to hospital after assault", [96, 104, 111, 108, 101], "108", "Down 25%"),
    ("Using shared data to target the places where violence happens",
     "Lead indicator: hotspots with a problem-solving plan", [4, 7, 11, 16, 22], "16", "All 30 hotspots"),
    ("Making services across South Wales trauma-informed",
     "Lead indicator: organisations assessed against the Trauma-Informed Wales framework", [0, 2, 5, 9, 14], "9",
     "All specified authorities"),
]


class Spark(Flowable):
    """A small line chart of an illustrative five-year trend."""

    def __init__(self, values, width, height=26 * mm):
        super().__init__()
        self.values, self.w, self.h = values, width, height

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        v = self.values
        lo, hi = min(v), max(v)
        span = (hi - lo) or 1
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        for k in range(4):
            y = 5 * mm + k * (self.h - 8 * mm) / 3
            c.line(0, y, self.w, y)
        pts = [(4 * mm + k * (self.w - 8 * mm) / (len(v) - 1), 5 * mm + (x - lo) / span * (self.h - 10 * mm))
               for k, x in enumerate(v)]
        c.setStrokeColor(CORAL)
        c.setLineWidth(1.6)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(CORAL)
        for x, y in pts:
            c.circle(x, y, 1.1 * mm, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont(REG, 6.5)
        for k, yr in enumerate(["19/20", "20/21", "21/22", "22/23", "23/24"]):
            c.drawCentredString(pts[k][0], 0.8 * mm, yr)


def panel(name, ind, values, base, amb, width):
    inner = width - 12
    items = [Paragraph(name, ptitle), Spacer(1, 5), Spark(values, inner), Spacer(1, 3), Paragraph(ind, cap),
             Spacer(1, 4)]
    figs = Table([[Paragraph("Baseline 2023/24", cap), Paragraph("Ambition 2029", cap)],
                  [Paragraph(base, fig), Paragraph(amb, fig)]], colWidths=[inner / 2, inner / 2])
    figs.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    items.append(figs)
    return items


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 16 * mm, 8 * mm, 16 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.6)
    c.drawString(20 * mm, H - 12 * mm, "South Wales Serious Violence Prevention Strategy 2024–2029")
    c.setFillColor(CORAL)
    c.rect(W - 30 * mm, 9 * mm, 10 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9)
    c.drawCentredString(W - 25 * mm, 11.3 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(CORAL)
    c.setLineWidth(3)
    p = c.beginPath()
    p.moveTo(0, 90 * mm)
    for k, y in enumerate([110, 98, 122, 104, 86, 70, 58]):
        p.lineTo((k + 1) * 30 * mm, y * mm)
    c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont(HBOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "SOUTH WALES SERIOUS VIOLENCE DUTY PARTNERSHIP")
    c.setFont(HBOLD, 30)
    c.drawString(20 * mm, H - 115 * mm, "Serious Violence")
    c.drawString(20 * mm, H - 128 * mm, "Prevention Strategy")
    c.setFont(HREG, 18)
    c.setFillColor(hexc("#F6B39F"))
    c.drawString(20 * mm, H - 144 * mm, "2024–2029")
    c.setFillColor(colors.white)
    c.setFont(REG, 9)
    c.drawString(20 * mm, 30 * mm, "With the Wales Violence Prevention Unit · Strategaeth Atal Trais Difrifol")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 22 * mm, W - 40 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    fw = W - 40 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The Serious Violence Duty", "duty"), ("What the evidence tells us", "ev"),
                      ("Our priorities and how we will track them", "pri"), ("What we will do", "what"),
                      ("Measuring success", "mea"), ("Governance and funding", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, NAVY, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence is rare in South Wales compared with the largest English cities, but its impact is "
        "devastating: on the people harmed, on their families, and on young people who come to believe that they "
        "need to carry a weapon to be safe.",
        "Wales has led the way in treating violence as a public health problem. The Cardiff Model, in which "
        "emergency departments share anonymised information about where violence happens, began here, and the "
        "Wales Violence Prevention Unit has brought police, health, education and communities together since "
        "2019.",
        "This strategy is the South Wales response to the Serious Violence Duty. It sets four priorities for five "
        "years, and for each one a lead indicator that we will publish every year.",
        "<b>Chair, South Wales Serious Violence Duty Strategic Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The Serious Violence Duty", h1),
          Paragraph("The Duty, under the Police, Crime, Sentencing and Courts Act 2022, requires specified "
                    "authorities to work together to prevent and reduce serious violence. In South Wales they are:",
                    body)]
    s += bullets(["South Wales Police", "the seven local authorities", "South Wales Fire and Rescue Service and Mid "
                  "and West Wales Fire and Rescue Service", "Cardiff and Vale, Cwm Taf Morgannwg and Swansea Bay "
                  "university health boards", "the Probation Service and the youth justice services"], bl)
    s += [Paragraph("Our local definition", h2),
          Paragraph("Serious violence means homicide, violence against the person that causes injury, knife and "
                    "weapon-enabled crime, and public-place violence linked to the night-time economy. Domestic "
                    "abuse and sexual violence are included, and are led by the regional VAWDASV boards.", body),
          Paragraph("The public health approach", h2),
          Paragraph("We follow the four steps of the World Health Organization's public health approach:", body)]
    s += bullets(["define and monitor the problem;", "identify risk and protective factors;",
                  "develop and test interventions;", "scale up what works."], bl)
    s += [PageBreak(), Paragraph("What the evidence tells us", h1),
          Paragraph("Our strategic needs assessment (2023) brought together police, hospital, ambulance, education "
                    "and youth justice data. The figures are illustrative and are not official statistics.", body),
          Tiles([("447", "knife and sharp-object offences, 2023/24"), ("108", "under-25s admitted after assault"),
                 ("38%", "of public-place violence between 10pm and 4am"), ("30", "hotspots account for a third of "
                 "violence")], 4, fw, num, tcap, [NAVY, CORAL, hexc("#2B4570"), hexc("#A23E48")]),
          Paragraph("Illustrative figures.", small), Paragraph("Key findings", h2)]
    s += bullets(["Violence is concentrated in a small number of places, mostly in Cardiff, Swansea and the larger "
                  "valley towns.",
                  "Young people excluded from school are far more likely to be involved in violence.",
                  "Many people involved in violence have experienced adversity and trauma in childhood.",
                  "Data sharing between hospitals and the police works well in Cardiff but not yet everywhere."], bl)
    s += [PageBreak(), Paragraph("Our priorities and how we will track them", h1),
          Paragraph("The partnership has four priorities for 2024–2029. Each panel below is one priority, with the "
                    "lead indicator that we will publish every year. Trends are illustrative.", body), Spacer(1, 6)]
    pw = (fw - 6 * mm) / 2
    cells = [panel(*p, width=pw) for p in PRIORITIES]
    grid = Table([[cells[0], cells[1]], [cells[2], cells[3]]], colWidths=[pw + 3 * mm, pw + 3 * mm])
    grid.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PANEL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 6 + 1.5 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                              ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                              ("GRID", (0, 0), (-1, -1), 3 * mm, colors.white),
                              ("LINEABOVE", (0, 0), (-1, 0), 3, CORAL), ("LINEABOVE", (0, 1), (-1, 1), 3, CORAL)]))
    s += [grid, Spacer(1, 6), Paragraph("The dashboard is refreshed every year and published on the partnership's "
                                        "website.", small)]
    s += [PageBreak(), Paragraph("What we will do", h1),
          Paragraph("Our main interventions for the first two years are below. Each is a means to one or more of "
                    "the priorities, not a priority in itself.", body)]
    for title, txt in [
        ("Hospital navigators", "Youth workers in the emergency departments of the University Hospital of Wales, "
         "Morriston and the Royal Glamorgan, reaching young people at the moment of injury."),
        ("The Cardiff Model everywhere", "Anonymised emergency department data shared every month with the "
         "police and councils in all seven local authority areas."),
        ("Focused deterrence", "A clear message, with support and enforcement, for the small number of people "
         "driving violence in Cardiff and Swansea."),
        ("Mentors in schools", "Trusted adults for children at risk of exclusion in 40 secondary schools."),
        ("Trauma-informed practice", "Training and organisational self-assessment for every specified authority.")]:
        s += [Paragraph(title, h2), Paragraph(txt, body)]
    s += [PageBreak(), Paragraph("Measuring success", h1),
          Paragraph("The Home Office asks every Duty partnership to report three success measures:", body)]
    s += bullets(["a reduction in hospital admissions for assaults with a knife or sharp object;",
                  "a reduction in knife and sharp-object enabled serious violence recorded by the police;",
                  "a reduction in homicides recorded by the police."], bl)
    s += [Paragraph("Our local measures", h2)]
    t = Table([["Measure", "Baseline", "2029"], ["Knife and sharp-object offences", "447", "360"],
               ["Under-25s admitted after assault", "108", "80"], ["Hotspots with a plan", "16", "30"],
               ["Specified authorities assessed as trauma-informed", "9", "All"]],
              colWidths=[100 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.4), ("FONT", (0, 0), (-1, 0), BOLD, 9.4),
                           ("BACKGROUND", (0, 0), (-1, 0), PANEL), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID)]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("Baselines are illustrative.", small)]
    s += [PageBreak(), Paragraph("Governance and funding", h1),
          Paragraph("The Strategic Board, chaired in turn by the police and a local authority chief executive, "
                    "meets every quarter. It reports to the Police and Crime Commissioner, who receives the Home "
                    "Office Duty grant, and to the public services boards.", body),
          Paragraph("Funding 2024/25 (illustrative)", h2)]
    ft = Table([["Source", "£000"], ["Home Office Serious Violence Duty grant", "1,020"],
                ["Police and Crime Commissioner", "480"], ["Local authorities and health boards (in kind)", "650"]],
               colWidths=[100 * mm, 30 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.4), ("FONT", (0, 0), (-1, 0), BOLD, 9.4),
                            ("BACKGROUND", (0, 0), (-1, 0), PANEL), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Paragraph("Contact: violence.prevention@southwales-svd.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "South Wales Serious Violence Duty Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "duty": "The Serious Violence Duty The Duty",
               "ev": "What the evidence tells us Our", "pri": "Our priorities and how we will track them The",
               "what": "What we will do Our main", "mea": "Measuring success The Home",
               "gov": "Governance and funding The"}
    two_pass(run, out, needles)
    return out
