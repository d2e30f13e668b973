"""Devon, Cornwall and Isles of Scilly Serious Violence Prevention Strategy 2025-2030 (reportlab, standard).

A standard strategy for contrast, in DejaVu Sans Condensed: a dark red side stripe on each page, section
names in small capitals above each heading.  The four strategic priorities are stated once, on p7, as wide
rows with a code "SP1"..."SP4" in a red square on the left; the Home Office headline measures, the definition
of serious violence and the delivery themes are distractors.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .kit import family, rl_pages

FILE = "strategies/peninsula_serious_violence_prevention_strategy_2025-30.pdf"
TITLE = "Devon, Cornwall and Isles of Scilly Serious Violence Prevention Strategy 2025-2030"
R, B = family("dejavu-cond")
RED, DARK = colors.HexColor("#8c1d18"), colors.HexColor("#262626")
BODY = ParagraphStyle("b", fontName=R, fontSize=10, leading=14.5, textColor=DARK, spaceAfter=2.5 * mm)
KICK = ParagraphStyle("k", fontName=B, fontSize=8, leading=10, textColor=RED)
H1 = ParagraphStyle("h1", fontName=B, fontSize=17, leading=21, spaceAfter=4 * mm)
H2 = ParagraphStyle("h2", fontName=B, fontSize=11.5, leading=15, spaceBefore=2 * mm, spaceAfter=1.5 * mm)
CODE = ParagraphStyle("code", fontName=B, fontSize=13, leading=16, textColor=colors.white, alignment=1)
PT = ParagraphStyle("pt", fontName=B, fontSize=13, leading=17)
PD = ParagraphStyle("pd", fontName=R, fontSize=9.5, leading=13, textColor=colors.HexColor("#555555"))
CELL = ParagraphStyle("c", fontName=R, fontSize=9, leading=12)


def p(t):
    return Paragraph(t, BODY)


def head(kicker, title):
    return [Paragraph(kicker.upper(), KICK), Paragraph(title, H1)]


def bl(items):
    return [Paragraph(t, BODY, bulletText="\u25aa") for t in items]


def grid(rows, widths):
    t = Table([[Paragraph(c, CELL) for c in r] for r in rows], colWidths=widths)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), B), ("LINEBELOW", (0, 0), (-1, 0), 1.2, RED),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    t._cellvalues[0] = [Paragraph(f"<b>{c.text}</b>", CELL) for c in t._cellvalues[0]]
    return t


def build(out_root):
    P = [[Spacer(1, 60 * mm), Paragraph("Serious Violence Prevention Partnership",
                                         ParagraphStyle("c0", parent=H2, textColor=RED)),
          Paragraph("Devon, Cornwall and Isles of Scilly Serious Violence Prevention Strategy 2025\u20132030",
                    ParagraphStyle("c1", parent=H1, fontSize=24, leading=30)),
          p("Published under the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022).")]]
    toc = [("Foreword", 3), ("The Serious Violence Duty", 4), ("What the needs assessment tells us", 5),
           ("Our approach", 6), ("Strategic priorities", 7), ("Delivery", 8), ("Measuring impact", 9),
           ("Governance and contacts", 10)]
    tt = Table([[Paragraph(t, BODY), Paragraph(str(n), BODY)] for t, n in toc], colWidths=[140 * mm, 20 * mm])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    P.append(head("", "Contents") + [tt])
    P.append(head("Introduction", "Foreword") + [
        p("Serious violence is rare in Devon, Cornwall and the Isles of Scilly compared with big cities, but it "
          "is rising among young people and its effects on families and communities are lasting."),
        p("Since 2023 the Serious Violence Duty has required councils, the police, fire and rescue, health, "
          "probation and youth justice services to work together to prevent and reduce serious violence. This "
          "strategy is our shared response for the whole peninsula."),
        p("It builds on the Serious Violence Prevention Programme begun in 2021 and on our strategic needs "
          "assessment, and it was shaped by young people, victims and front-line staff."),
        p("<i>Chair, Serious Violence Prevention Partnership</i>")])
    P.append(head("Context", "The Serious Violence Duty") + [
        p("The Duty requires the specified authorities to agree a local definition of serious violence, prepare "
          "a strategic needs assessment, and publish and review a strategy."),
        Paragraph("Our local definition", H2),
        p("Serious violence is violence that results in, or risks, significant injury or death, including "
          "homicide, knife and weapon crime, grievous bodily harm, robbery, and violence linked to drugs and "
          "exploitation. Domestic abuse and sexual violence are included where they meet this threshold and are "
          "led by the domestic abuse and sexual violence partnerships."),
        Paragraph("The specified authorities", H2),
        *bl(["Devon County Council, Plymouth City Council, Torbay Council, Cornwall Council and the Council of "
             "the Isles of Scilly", "Devon and Cornwall Police", "Devon and Somerset, and Cornwall, fire and "
             "rescue services", "NHS Devon and NHS Cornwall and Isles of Scilly", "The Probation Service",
             "The youth justice services"])])
    P.append(head("Evidence", "What the needs assessment tells us") + [
        grid([["Finding", "Figure (illustrative)"],
              ["Knife and sharp object offences a year", "about 1,150"],
              ["Share involving someone under 25", "about 40%"],
              ["Hospital admissions for assault with a sharp object", "about 90"],
              ["Violence in night-time economy areas, share of all violence", "about 22%"],
              ["Children referred for criminal exploitation", "about 480"]], [110 * mm, 55 * mm]),
        Spacer(1, 3 * mm),
        p("Violence is concentrated in Plymouth, Exeter, Torquay and a handful of Cornish towns, late at night "
          "and at weekends. Many young people involved in violence have been excluded from school or exploited "
          "by county lines.")])
    P.append(head("Approach", "Our approach") + [
        p("We follow a public health approach to violence. That means we:"),
        *bl(["focus on a defined population", "work with and for communities", "are not constrained by "
             "organisational boundaries", "focus on long-term as well as short-term solutions",
             "base our work on data and intelligence", "look for the root causes of violence"]),
        Paragraph("What young people told us", H2),
        p("Young people told us that they carry knives because they are scared, that they want trusted adults "
          "to talk to, and that they do not feel safe in some town centres at night.")])
    pri = [("SP1", "Reducing knife crime and serious youth violence",
            "Fewer young people hurt or killed, and fewer carrying weapons."),
           ("SP2", "Preventing the criminal exploitation of children",
            "Spotting and protecting children drawn into county lines and violence."),
           ("SP3", "Reducing violence in the night-time economy",
            "Safer nights out in our cities and resort towns."),
           ("SP4", "Reaching children early, in schools and communities",
            "Trusted adults, mentoring and support before violence happens.")]
    rows = []
    for code, t, d in pri:
        rows.append([Paragraph(code, CODE), [Paragraph(t, PT), Paragraph(d, PD)]])
    pt = Table(rows, colWidths=[18 * mm, None], rowHeights=[26 * mm] * 4)
    pt.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), RED), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.grey), ("LEFTPADDING", (1, 0), (1, -1), 6 * mm),
                            ("LINEBELOW", (0, 0), (0, -1), 3, colors.white)]))
    P.append(head("Priorities", "Strategic priorities") + [
        p("Partners have agreed four strategic priorities for 2025\u20132030:"), Spacer(1, 2 * mm), pt])
    P.append(head("Delivery", "Delivery") + [
        p("Each priority has a delivery plan agreed by the partnership. The main actions are:"),
        grid([["Theme", "Action", "Lead"],
              ["Knife crime", "Weapons sweeps, knife arches and surrender bins", "Police"],
              ["Hospital", "Youth workers in emergency departments in Plymouth, Exeter and Truro", "NHS"],
              ["Exploitation", "A peninsula-wide exploitation screening tool", "Children's services"],
              ["Night-time", "Street marshals and welfare hubs", "Councils"],
              ["Schools", "Mentoring for pupils at risk of exclusion", "Education"],
              ["Communities", "Small grants for youth clubs in hotspots", "OPCC"]], [30 * mm, 100 * mm, 35 * mm])])
    P.append(head("Impact", "Measuring impact") + [
        p("We will use the Home Office's headline measures for serious violence:"),
        *bl(["hospital admissions for assault with a sharp object", "knife and sharp object enabled serious "
             "violence recorded by the police", "homicides"]),
        p("We will also track local measures: first-time entrants to the youth justice system, children "
          "referred for exploitation, and violence in night-time economy areas.")])
    P.append(head("Governance", "Governance and contacts") + [
        p("The Serious Violence Prevention Partnership reports to the Police and Crime Commissioner's Local "
          "Criminal Justice Board and to each community safety partnership. The strategy will be reviewed "
          "every year."),
        p("Contact: svpp@peninsula.example \u00b7 illustrative telephone 01392 000 111")])

    def on_page(c, n, total):
        W, H = c._pagesize
        c.setFillColor(RED)
        c.rect(0, 0, 8 * mm, H, stroke=0, fill=1)
        if n > 1:
            c.setFont(R, 8)
            c.setFillColor(DARK)
            c.drawRightString(W - 18 * mm, 11 * mm, f"Serious Violence Prevention Strategy 2025\u20132030  |  {n}")

    return rl_pages(out_root / FILE, P, on_page, TITLE, "Serious Violence Prevention Partnership",
                    margins=(24 * mm, 18 * mm, 22 * mm, 22 * mm))
