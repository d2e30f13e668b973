"""Safer Communities Torbay: Community Safety Partnership Plan 2024-2027, large print version (reportlab).

Large print: a single left-aligned column of 16 pt Liberation Sans with 25 pt leading, 22 pt headings, no
columns, no pictures, wide spacing.  The priorities are stated once, on p10, as bold 16 pt lines each with a
thick bar on the left and one plain sentence under it.  The Commissioner's seven priorities are quoted on p9.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from .kit import Box, family, rl_pages

FILE = "strategies/torbay_community_safety_partnership_plan_2024-27_large_print.pdf"
TITLE = "Safer Communities Torbay: Community Safety Partnership Plan 2024 to 2027 (large print)"
R, B = family("liberation-sans")
BODY = ParagraphStyle("b", fontName=R, fontSize=16, leading=25, spaceAfter=5 * mm)
H1 = ParagraphStyle("h1", fontName=B, fontSize=22, leading=28, spaceAfter=7 * mm)
H2 = ParagraphStyle("h2", fontName=B, fontSize=18, leading=24, spaceBefore=3 * mm, spaceAfter=4 * mm)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=9 * mm, bulletIndent=0, spaceAfter=3 * mm)
PRI = ParagraphStyle("pri", fontName=B, fontSize=16, leading=23)
PRD = ParagraphStyle("prd", fontName=R, fontSize=16, leading=23)


def p(t):
    return Paragraph(t, BODY)


def bl(items):
    return [Paragraph(t, BUL, bulletText="\u2022") for t in items]


def build(out_root):
    P = []
    P.append([Spacer(1, 40 * mm), Paragraph("Safer Communities Torbay", H1),
              Paragraph("Community Safety Partnership Plan", ParagraphStyle("c", parent=H1, fontSize=28, leading=34)),
              Paragraph("2024 to 2027", H1), Spacer(1, 20 * mm),
              Paragraph("Large print version", ParagraphStyle("lp", parent=H1, fontSize=26)),
              p("This version uses 16 point text. Other formats, including audio and Easy Read, are available "
                "on request.")])
    toc = [("About this version", 3), ("Foreword", 4), ("About Torbay", 5), ("What the evidence tells us", 6),
           ("What residents told us", 7), ("Our last plan", 8), ("The Police and Crime Plan", 9),
           ("Our priorities", 10), ("What we will do", 11), ("Our legal duties", 14),
           ("Measuring progress", 15), ("Governance and contacts", 16)]
    P.append([Paragraph("Contents", H1)] +
             [Paragraph(f"{t}, page {n}", ParagraphStyle("t", parent=BODY, spaceAfter=3.5 * mm)) for t, n in toc])
    P.append([Paragraph("About this version", H1),
              p("This is the large print version of the Safer Communities Torbay plan. It has the same "
                "content as the standard version. We have removed the pictures and charts and described "
                "what they show in words."),
              p("Page numbers in this version are different from the standard version."),
              p("If you need this plan in another format or language, please contact the community safety "
                "team. Our details are on the last page.")])
    P.append([Paragraph("Foreword", H1),
              p("Torbay is a great place to live, work and visit, and most people here are safe and feel safe. "
                "But we know that some communities carry much more than their share of crime and disorder, and "
                "that some harms, like domestic abuse and exploitation, are often hidden."),
              p("This plan sets out what the partnership will focus on for the next three years. It is based on "
                "our strategic assessment and on what more than 900 residents told us."),
              p("Chair, Safer Communities Torbay")])
    P.append([Paragraph("About Torbay", H1),
              p("Torbay is made up of three towns: Torquay, Paignton and Brixham. About 139,000 people live "
                "here, and the population rises by many thousands in the summer."),
              p("The standard version shows four figures in coloured boxes. They say:"),
              *bl(["about 12,500 crimes were recorded in a year",
                   "domestic abuse made up about one in six of these crimes",
                   "anti-social behaviour reports rise by about 40% in July and August",
                   "hospital admissions for alcohol are higher than the England average"]),
              p("<i>These figures are illustrative and are not official statistics.</i>")])
    P.append([Paragraph("What the evidence tells us", H1),
              p("Our strategic assessment looked at police, council, health and fire service data. "
                "Its key findings were:"),
              *bl(["crime is concentrated in a small number of streets in Torquay and Paignton town centres",
                   "repeat victims of domestic abuse are rising",
                   "drug and alcohol use lies behind much violence and disorder",
                   "county lines from outside the area target local children and vulnerable adults",
                   "violence peaks late at night at weekends near licensed premises"])])
    P.append([Paragraph("What residents told us", H1),
              p("Residents told us that the issues that matter most to them are:"),
              *bl(["drug dealing and drug use in public places",
                   "groups causing nuisance in town centres",
                   "feeling unsafe at night, especially women",
                   "not knowing how to report problems"]),
              p("They also asked us to tell them what happens after they report something.")])
    P.append([Paragraph("Our last plan", H1),
              p("Our plan for 2021 to 2024 had four priorities:"),
              *bl(["Domestic abuse", "Alcohol-related violence", "Anti-social behaviour",
                   "Serious and organised crime"]),
              p("We made progress on all four. The work on alcohol-related violence now sits within our work on "
                "the night-time economy, and the work on serious and organised crime within our work on "
                "exploitation.")])
    P.append([Paragraph("The Police and Crime Plan", H1),
              p("The Police and Crime Commissioner's plan for 2025 to 2029 has seven priorities:"),
              *bl(["Keeping people safe from violence", "Tackling anti-social behaviour",
                   "Stopping drug dealing and exploitation", "Making our roads safer", "Putting victims first",
                   "Breaking the cycle of reoffending", "Visible and accessible local policing"]),
              p("Our plan supports several of these. The Commissioner also funds part of our work.")])
    pri = [("Reducing anti-social behaviour in Torquay, Paignton and Brixham town centres",
            "So that people can use our town centres without fear."),
           ("Tackling domestic abuse and sexual violence", "So that fewer people are harmed at home."),
           ("Reducing drug and alcohol harm", "So that fewer people and families are harmed by drugs and drink."),
           ("Keeping the night-time economy safe", "So that a night out in Torbay is a safe one."),
           ("Protecting children and adults from exploitation", "So that no one is groomed or used by criminals.")]
    P.append([Paragraph("Our priorities", H1),
              p("For 2024 to 2027 the partnership has five priorities:")] +
             [x for t, d in pri for x in (Box([Paragraph(t, PRI), Paragraph(d, PRD)], border=colors.black,
                                               side=3 * mm, pad=3 * mm), Spacer(1, 5 * mm))])
    P.append([Paragraph("What we will do", H1),
              Paragraph("Anti-social behaviour", H2),
              *bl(["a town centre problem-solving group for each of the three towns",
                   "more use of community protection warnings and notices",
                   "an anti-social behaviour case review that repeat victims can use",
                   "extra patrols in the summer season"]),
              Paragraph("Domestic abuse and sexual violence", H2),
              *bl(["a single front door for domestic abuse support",
                   "specialist help for children who live with abuse"])])
    P.append([Paragraph("What we will do (continued)", H1),
              *bl(["a perpetrator programme for people who want to change",
                   "training for GP surgeries and pharmacies"]),
              Paragraph("Drugs and alcohol", H2),
              *bl(["work with the Torbay Combating Drugs Partnership",
                   "more people in treatment, and quicker",
                   "naloxone for families and hostel staff",
                   "outreach to people drinking on the street"])])
    P.append([Paragraph("What we will do (continued)", H1),
              Paragraph("Night-time economy", H2),
              *bl(["a safe space in Torquay on Friday and Saturday nights",
                   "Ask for Angela and spiking awareness in every venue",
                   "joint licensing visits"]),
              Paragraph("Exploitation", H2),
              *bl(["a multi-agency exploitation meeting every month",
                   "cuckooing visits to people at risk",
                   "training for taxi drivers and hotel staff"])])
    P.append([Paragraph("Our legal duties", H1),
              p("The Crime and Disorder Act 1998 says that partners must work together to reduce crime and "
                "disorder, substance misuse and reoffending."),
              p("The Serious Violence Duty requires us to work together to prevent and reduce serious violence. "
                "Our work with the peninsula Serious Violence Prevention Partnership meets this duty."),
              p("The Domestic Abuse Act 2021 requires the council to provide safe accommodation. "
                "The Prevent duty applies to all partners.")])
    P.append([Paragraph("Measuring progress", H1),
              p("We will report on these measures every quarter:"),
              *bl(["anti-social behaviour incidents in the three town centres",
                   "repeat domestic abuse incidents",
                   "people in drug and alcohol treatment",
                   "violent crimes between 10pm and 4am",
                   "referrals to the exploitation meeting"])])
    P.append([Paragraph("Governance and contacts", H1),
              p("The Safer Communities Torbay board meets four times a year and reports to the council's "
                "overview and scrutiny board. The standard version shows this as a diagram."),
              p("Community Safety Team, Torbay Council. Email: community.safety@torbay.example. "
                "Telephone: 01803 000 000 (illustrative)."),
              p("In an emergency call 999. To report a crime call 101.")])

    def on_page(c, n, total):
        W, H = c._pagesize
        c.setFont(R, 12)
        c.setFillColor(colors.black)
        if n > 1:
            c.drawString(22 * mm, 12 * mm, f"Page {n} of {total}")
            c.drawRightString(W - 22 * mm, 12 * mm, "Torbay Community Safety Plan, large print")

    return rl_pages(out_root / FILE, P, on_page, TITLE, "Safer Communities Torbay",
                    margins=(22 * mm, 22 * mm, 22 * mm, 24 * mm))
