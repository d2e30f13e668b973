"""Police and Crime Plan for Leicester, Leicestershire and Rutland 2024-2029: reportlab brochure (Liberation Sans,
DejaVu Serif headings).

Six priorities, stated once, on p5 as the **leaves of a tree** ("Our plan as a tree"): a drawn trunk holding the
vision, six curved branches, and at the end of each branch a rounded leaf-shaped box holding a small number disc
and the priority in bold (three leaves on each side, at staggered heights).  The roots carry the four principles
(distractors).  The numbered objectives "1.1 ..." follow on pp6-8 under **short names** only ("1  Neighbourhoods",
"2  Violence" ...), which are not the priorities' wording.  "What you told us" (p4), the national Policing
Priorities quoted on p9, the funding table and the partner list (p9) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from leicestershire.work import rl_frame_templates, wrapped

FILE = "plan/leicester_leicestershire_rutland_police_and_crime_plan_2024-29.pdf"
TITLE = "Police and Crime Plan for Leicester, Leicestershire and Rutland 2024–2029"

GREEN, DARK, INK, GREY, BARK = hexc("#2F6B3A"), hexc("#173B22"), hexc("#222222"), hexc("#666666"), hexc("#6B4A2B")
LEAF = [hexc("#DDEFD9"), hexc("#E7F2CF"), hexc("#D3ECE3"), hexc("#E9F0D6"), hexc("#D9EAD0"), hexc("#E1EFE0")]
REG, BOLD = fonts("liberation-sans")
if "DejaVuSerif-Bold" not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
SERB = "DejaVuSerif-Bold"
W, H = A4
M = 20 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.5, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, leftIndent=22, firstLineIndent=-22, spaceAfter=3.5)
h1 = ParagraphStyle("h1", fontName=SERB, fontSize=20, leading=25, textColor=GREEN, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=DARK, spaceBefore=8, spaceAfter=4)
short = ParagraphStyle("short", fontName=SERB, fontSize=14, leading=18, textColor=GREEN, spaceBefore=10, spaceAfter=3)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=GREY)
leaf_st = ParagraphStyle("leaf", fontName=BOLD, fontSize=11.2, leading=13.6, textColor=DARK)
trunk_st = ParagraphStyle("trunk", fontName=BOLD, fontSize=9, leading=11, textColor=colors.white, alignment=TA_CENTER)
root_st = ParagraphStyle("root", fontName=REG, fontSize=7.6, leading=9, textColor=BARK, alignment=TA_CENTER)

PRIORITIES = ["Safer neighbourhoods and town centres", "Preventing serious violence",
              "Tackling violence against women and girls", "Putting victims first", "Safer roads for everyone",
              "A visible police service the public trusts"]
SHORT = ["Neighbourhoods", "Violence", "Women and girls", "Victims", "Roads", "Trust"]
TAGS = ["Less anti-social behaviour and crime where people live, work and shop.",
        "Fewer lives harmed by knives, gangs and the drug trade.",
        "Women and girls safe at home, online and in public.",
        "Every victim treated with respect and helped to cope and recover.",
        "Fewer people killed or seriously hurt on our roads.",
        "Policing that is seen, answers quickly and treats everyone fairly."]
OBJECTIVES = [
    ["Cut anti-social behaviour, burglary and vehicle crime, with neighbourhood policing teams and the community "
     "safety partnerships in Leicester, the seven county districts and Rutland.",
     "Tackle rural, wildlife and heritage crime with the Rural Crime Team and farm and horse watch schemes.",
     "Keep town and city centres safe and welcoming by day and by night, including the night-time economy, and "
     "reduce shop theft and crime against businesses.",
     "Reduce reoffending: fund Integrated Offender Management for the most prolific offenders, and help people "
     "leaving prison into settled accommodation, training and work.",
     "Reduce the crime and harm caused by drugs and alcohol, with the combating drugs partnership: more people in "
     "treatment and recovery, and fewer drug-related deaths."],
    ["Support the Violence Reduction Network and its public health approach to serious violence.",
     "Reduce knife crime and weapon carrying, with targeted stop and search, amnesties and education.",
     "Close down county lines and local drug markets, and protect children and adults from criminal "
     "exploitation and cuckooing.",
     "Divert children from crime and reduce reoffending by children, with the youth justice services of the "
     "city and county (including the Turnaround programme)."],
    ["Improve the response to domestic abuse, from the first call to court.",
     "Raise the number of rapes and other sexual offences, and stalking, charged and brought to court.",
     "Make streets, parks, public transport and the night-time economy safer for women and girls.",
     "Fund programmes that challenge and change the behaviour of perpetrators."],
    ["Commission Victim First and specialist services, including support for survivors of domestic and sexual "
     "abuse and safe accommodation.",
     "Make sure every victim receives their rights under the Victims' Code.",
     "Protect older and vulnerable people from fraud, scams and doorstep crime, and support those who are "
     "targeted.",
     "Offer restorative justice to every victim who wants it."],
    ["Reduce the number of people killed or seriously injured, with the Leicestershire and Rutland road safety "
     "partners.",
     "Back Community Speedwatch and enforcement against speeding, drink and drug driving and using a phone.",
     "Take uninsured and unlicensed vehicles off the road."],
    ["Keep neighbourhood officers visible and easy to contact in every community.",
     "Answer 999 and 101 calls quickly and keep callers informed.",
     "Build the confidence of every community in policing, tackle hate crime and work with partners to keep "
     "community tensions low and relations strong.",
     "Handle complaints openly and fairly, and scrutinise stop and search and the use of force."],
]
PRINCIPLES = ["Prevention first", "Working in partnership", "Value for money", "Listening to communities"]


class Tree(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width, self.height = width, 178 * mm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        w = self.width
        cx = w / 2
        # roots
        c.setStrokeColor(BARK)
        c.setLineWidth(3)
        for dx in (-55, -20, 20, 55):
            p = c.beginPath()
            p.moveTo(cx, 30 * mm)
            p.curveTo(cx + dx * mm * 0.3, 22 * mm, cx + dx * mm * 0.8, 20 * mm, cx + dx * mm, 12 * mm)
            c.drawPath(p, stroke=1, fill=0)
        for i, t in enumerate(PRINCIPLES):
            x = cx + (-55, -20, 20, 55)[i] * mm
            c.setFillColor(hexc("#F3EDE6"))
            c.roundRect(x - 17 * mm, 0, 34 * mm, 11 * mm, 2 * mm, stroke=0, fill=1)
            wrapped(c, t, root_st, x - 16 * mm, 9 * mm, 32 * mm)
        # trunk
        c.setFillColor(BARK)
        p = c.beginPath()
        p.moveTo(cx - 14 * mm, 30 * mm)
        p.lineTo(cx - 8 * mm, 150 * mm)
        p.lineTo(cx + 8 * mm, 150 * mm)
        p.lineTo(cx + 14 * mm, 30 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.saveState()
        wrapped(c, "A safer Leicester, Leicestershire and Rutland", trunk_st, cx - 13 * mm, 112 * mm, 26 * mm)
        c.restoreState()
        # branches and leaves
        lw, lh = 58 * mm, 27 * mm
        ys = [165, 148, 113, 96, 61, 44]
        for i, text in enumerate(PRIORITIES):
            left = i % 2 == 0
            y = ys[i] * mm
            bx = cx - (10 * mm if left else -10 * mm)
            ex = (lw + 2 * mm) if left else (w - lw - 2 * mm)
            c.setStrokeColor(BARK)
            c.setLineWidth(4)
            p = c.beginPath()
            p.moveTo(bx, y - 30 * mm)
            p.curveTo(bx, y - 10 * mm, (bx + ex) / 2, y - lh / 2, ex, y - lh / 2)
            c.drawPath(p, stroke=1, fill=0)
            x0 = 0 if left else w - lw
            c.setFillColor(LEAF[i])
            c.setStrokeColor(GREEN)
            c.setLineWidth(1.2)
            c.roundRect(x0, y - lh, lw, lh, 11 * mm, stroke=1, fill=1)
            c.setFillColor(GREEN)
            c.circle(x0 + 9 * mm, y - lh / 2, 4.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(BOLD, 11)
            c.drawCentredString(x0 + 9 * mm, y - lh / 2 - 1.4 * mm, str(i + 1))
            para = Paragraph(text, leaf_st)
            _, ph = para.wrap(lw - 22 * mm, lh)
            para.drawOn(c, x0 + 16 * mm, y - lh / 2 - ph / 2)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 7.4)
    c.drawString(M, H - 6 * mm, "Police and Crime Plan 2024–2029  ·  Leicester, Leicestershire and Rutland")
    c.setFillColor(GREEN)
    c.setFont(BOLD, 9)
    c.drawRightString(W - M, 11 * mm, f"{p}")
    c.setFont(REG, 7.2)
    c.setFillColor(GREY)
    c.drawString(M, 11 * mm, "Office of the Police and Crime Commissioner")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.circle(W - 40 * mm, 70 * mm, 60 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#4E8F55"))
    c.circle(W - 70 * mm, 105 * mm, 35 * mm, stroke=0, fill=1)
    c.setFillColor(BARK)
    c.rect(W - 62 * mm, 0, 14 * mm, 60 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(M, H - 24 * mm, "POLICE AND CRIME COMMISSIONER FOR LEICESTERSHIRE AND RUTLAND")
    c.setFont(SERB, 32)
    c.drawString(M, H - 92 * mm, "Police and")
    c.drawString(M, H - 106 * mm, "Crime Plan")
    c.setFont(REG, 18)
    c.drawString(M, H - 122 * mm, "2024–2029")
    c.setFont(REG, 10)
    c.drawString(M, H - 134 * mm, "Leicester  ·  Leicestershire  ·  Rutland")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SERB, 14)
    c.drawString(M, 130 * mm, "Office of the Police and Crime Commissioner")
    c.setFont(REG, 9.5)
    c.drawString(M, 120 * mm, "Leicestershire Police Headquarters, Enderby")
    c.drawString(M, 113 * mm, "opcc@leics-pcc.example  ·  0116 000 0000 (illustrative)")
    c.drawString(M, 106 * mm, "All statistics in this plan are illustrative.")
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("What you told us", "told"), ("Our plan as a tree", "pri"),
                      ("What I will do", "obj"), ("Working with partners and funding", "fund")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, DARK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Leicester, Leicestershire and Rutland are home to more than a million people, in one of England's most "
        "diverse cities, busy market towns and some of its quietest countryside. Wherever they live, people want the "
        "same thing: to be safe, and to feel safe.",
        "This plan sets out my priorities for policing and community safety until 2029. It is built on what "
        "residents, victims, businesses and partners told me, and on the evidence of where harm is greatest.",
        "I will hold the Chief Constable to account for delivering it, and I will fund partners, including the "
        "community safety partnerships, the Violence Reduction Network and Victim First, to do the work that the "
        "police cannot do alone.",
        "<b>Police and Crime Commissioner for Leicestershire and Rutland</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("What you told us", h1),
          Paragraph("More than 3,200 people answered our survey in 2023 (illustrative). The figures on this page are "
                    "illustrative and are not official statistics.", small), Spacer(1, 4)]
    s += bullets(["68% want to see more police officers in their neighbourhood.",
                  "Speeding and anti-social driving were the most common local concern in rural areas.",
                  "Anti-social behaviour was the most common concern in Leicester and the towns.",
                  "Only four in ten victims felt kept informed about their case.",
                  "Women told us they feel less safe after dark in city and town centres."], bl)
    st = Table([["Indicator (illustrative)", "2023/24"], ["Residents", "1,120,000"], ["Crimes recorded", "96,000"],
                ["Anti-social behaviour incidents", "24,500"], ["Domestic abuse crimes and incidents", "21,300"],
                ["Killed or seriously injured on the roads", "410"]], colWidths=[100 * mm, 40 * mm])
    st.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                            ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C9DCC9"))]))
    st.hAlign = "LEFT"
    s += [Spacer(1, 8), st]
    s += [PageBreak(), Paragraph("Our plan as a tree", h1),
          Paragraph("My six priorities are the branches of the tree. They grow from a single trunk, our shared "
                    "vision, and they are rooted in four principles that guide how I work.", body),
          Spacer(1, 6), Tree(W - 2 * M)]
    s += [PageBreak(), Paragraph("What I will do", h1),
          Paragraph("For each branch of the tree, the objectives I will hold the Chief Constable and partners to. "
                    "The numbers match the leaves on page %d." % pages.get("pri", 0), body)]
    for i, (name, tag, objs) in enumerate(zip(SHORT, TAGS, OBJECTIVES), 1):
        if i in (3, 5):
            s.append(PageBreak())
        s += [Paragraph(f"{i}&nbsp;&nbsp;{name}", short), Paragraph(f"<i>{tag}</i>", body)]
        for j, o in enumerate(objs, 1):
            s.append(Paragraph(f"{i}.{j}&nbsp;&nbsp;&nbsp;{o}", obj))
    s += [PageBreak(), Paragraph("Working with partners and funding", h1),
          Paragraph("The national Policing Priorities", h2),
          Paragraph("The Home Office's national priorities for policing are quoted here for reference; they are not "
                    "priorities of this plan: reduce murder and other homicide; reduce serious violence; disrupt "
                    "drugs supply and county lines; reduce neighbourhood crime; tackle cyber crime; improve "
                    "satisfaction among victims.", body),
          Paragraph("Our partners", h2)]
    s += bullets(["Leicester City Council, Leicestershire County Council, Rutland County Council and the seven "
                  "district and borough councils", "The community safety partnerships",
                  "The Violence Reduction Network", "The combating drugs partnership",
                  "The youth justice services", "The Probation Service", "Victim First and specialist services"], bl)
    ft = Table([["Commissioning budget 2024/25 (illustrative)", "£000"], ["Victim services", "3,100"],
                ["Violence Reduction Network", "1,400"], ["Community safety partnership grants", "900"],
                ["Reducing reoffending and IOM", "600"], ["Road safety", "150"]], colWidths=[100 * mm, 40 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                            ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C9DCC9"))]))
    ft.hAlign = "LEFT"
    s += [Spacer(1, 6), ft, Spacer(1, 4), Paragraph("All figures are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, rl_frame_templates(W, H, M, cover, header, back), TITLE,
                       "Office of the Police and Crime Commissioner for Leicestershire and Rutland")
        doc.build(story(pages))
    needles = {"fw": "Foreword Leicester, Leicestershire and Rutland are home", "told": "What you told us More",
               "pri": "Our plan as a tree My six", "obj": "What I will do For each", "fund": "Working with partners and funding"}
    two_pass(run, out, needles)
    return out
