"""Safer Telford and Wrekin Partnership: Strategic Assessment 2025 with MoRiLE scoring (reportlab, canvas).

House style: plum and grey, DejaVu Serif headings over DejaVu Sans.  The MoRiLE scoring table (p5) ranks
thirteen candidate issues and the risk matrix (p6) plots them: both are distractors.  The priorities the
Board adopted are stated once, as five cards on p7, each with its MoRiLE rank on the right.
"""
from __future__ import annotations

from pathlib import Path

from .rlk import A4, C, Doc, S, face, mm

OUT = "strategies/safer_telford_and_wrekin_strategic_assessment_2025.pdf"
PLUM, GREY, INK, LIME = "#6d1f4b", "#5f6670", "#22252a", "#9bbb3c"

# issue, threat, risk, harm (TRH), likelihood, organisational position, score
MORILE = [
    ("Child sexual exploitation", 9, 8, 10, 6, 1.2, 272),
    ("Knife crime and serious violence", 8, 8, 9, 6, 1.1, 248),
    ("Child criminal exploitation", 8, 7, 9, 6, 1.1, 240),
    ("Domestic abuse", 8, 7, 9, 8, 0.8, 232),
    ("Town centre ASB", 6, 6, 6, 9, 1.2, 218),
    ("Shop theft and business crime", 5, 6, 5, 9, 1.1, 196),
    ("Drug supply and county lines", 7, 6, 7, 7, 0.9, 188),
    ("Hate crime and tensions", 6, 6, 7, 5, 1.2, 174),
    ("Modern slavery", 7, 5, 8, 3, 1.0, 150),
    ("Fraud against older people", 5, 5, 6, 5, 0.9, 138),
    ("Road danger and speeding", 5, 5, 7, 5, 0.8, 131),
    ("Deliberate fires", 4, 4, 5, 4, 1.0, 102),
    ("Fly-tipping", 3, 3, 2, 7, 0.9, 88),
]

ADOPTED = [
    ("Protect children and young people from sexual and criminal exploitation", "1 and 3"),
    ("Reduce serious violence and knife crime", "2"),
    ("Tackle anti-social behaviour in our town centres and estates", "5"),
    ("Reduce shop theft and business crime in Telford town centre", "6"),
    ("Build community cohesion and tackle hate crime", "8"),
]


def build(root: Path) -> Path:
    reg, bold = face("dejavu")
    sreg, sbold = face("dserif")
    creg, cbold = face("cond")
    d = Doc(root / OUT, "Safer Telford and Wrekin Strategic Assessment 2025", "Safer Telford and Wrekin Partnership")
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    body = S("b", reg, 8.8, INK, 12.6)
    small = S("s", reg, 7, GREY, 9.4)
    h2 = S("h2", sbold, 16, PLUM, 20)
    h3 = S("h3", sbold, 10.5, PLUM, 13)

    def chrome(title):
        d.rect(0, H - 8 * mm, W, 8 * mm, fill=PLUM)
        d.rect(0, H - 9.2 * mm, W, 1.2 * mm, fill=LIME)
        d.string(L, H - 5.4 * mm, "SAFER TELFORD AND WREKIN PARTNERSHIP  ·  STRATEGIC ASSESSMENT 2025", bold, 7,
                 "#ffffff")
        d.line(L, 14 * mm, R, 14 * mm, "#c8c8c8", 0.5)
        d.string(R, 9 * mm, f"{d.page}", sbold, 10, PLUM, align="right")
        d.string(L, 9 * mm, "OFFICIAL · published version · illustrative data", reg, 6.8, GREY)
        d.para(L, H - 20 * mm, R - L, title, h2)

    # 1 cover
    d.rect(0, 0, W, H, fill="#f5eff2")
    d.rect(0, H - 120 * mm, W, 120 * mm, fill=PLUM)
    for i, col in enumerate(["#8c3a68", "#a8578a", LIME]):
        d.rect(L + i * 24 * mm, H - 128 * mm, 20 * mm, 8 * mm, fill=col)
    d.string(L, H - 40 * mm, "Safer Telford and Wrekin Partnership", sreg, 13, "#f0d9e5")
    d.para(L, H - 50 * mm, R - L, "Strategic Assessment 2025", S("c", sbold, 30, "#ffffff", 36))
    d.para(L, H - 72 * mm, R - L, "Threat, risk and harm scoring (MoRiLE) and the partnership's priorities for "
           "2025–2028", S("c2", reg, 12, "#f0d9e5", 16))
    d.string(L, 24 * mm, "Community Safety Analysis Team · February 2025 · fictional document for testing", reg, 8, GREY)
    d.next()
    # 2 contents
    chrome("Contents")
    d.contents(L, H - 40 * mm, R - L, [
        ("Introduction and method", 3, 0), ("The picture in numbers", 4, 0), ("MoRiLE scoring of candidate issues", 5, 0),
        ("Risk matrix and analyst commentary", 6, 0), ("Board decision: our priorities", 7, 0),
        ("Delivery, measures and governance", 8, 0)], reg, bold, 11, INK, leader="·", step=21, num_colour=PLUM)
    d.next()
    # 3 intro
    chrome("Introduction and method")
    d.paras(L, H - 34 * mm, R - L, [
        ("This assessment describes crime, anti-social behaviour and community safety risks in Telford and "
         "Wrekin for the period January 2022 to December 2024. It is used by the Safer Telford and Wrekin "
         "Partnership Board to set priorities for the next three years.", body),
        ("<b>Why MoRiLE?</b>", h3),
        ("Volume alone is a poor guide to priority. Issues were scored with the Management of Risk in Law "
         "Enforcement (MoRiLE) method, which rates each issue for threat, risk and harm to individuals and "
         "communities, for the likelihood that it occurs, and for the partnership's organisational position "
         "(its capacity and capability to make a difference). Scores were agreed at a workshop of twenty-four "
         "analysts and practitioners.", body),
        ("<b>What a MoRiLE score is not</b>", h3),
        ("The ranking is an input to the Board's decision, not the decision itself. Some high-scoring issues are "
         "already led by another statutory board, and the Board may combine related issues into one priority. "
         "The priorities adopted are set out on page 7.", body),
        ("<b>Sources</b>", h3),
        ("West Mercia Police crime and incident data; Telford and Wrekin Council ASB, licensing and "
         "safeguarding records; Shropshire Fire and Rescue Service; NHS emergency department data; the 2024 "
         "residents' survey (2,204 responses); and the Serious Violence Duty strategic needs assessment.", body)], gap=5)
    d.next()
    # 4 numbers
    chrome("The picture in numbers")
    tiles = [("18,620", "recorded crimes", "+1%"), ("6,940", "ASB incidents", "-4%"), ("1,415", "shop thefts", "+19%"),
             ("131", "knife-enabled offences", "+7%"), ("96", "children assessed at risk of exploitation", "+11%"),
             ("312", "hate crimes", "+5%")]
    tw = (R - L - 10 * mm) / 3
    for i, (n, l, ch) in enumerate(tiles):
        x = L + (i % 3) * (tw + 5 * mm)
        y = H - 58 * mm - (i // 3) * 30 * mm
        d.rect(x, y, tw, 25 * mm, fill="#f5eff2")
        d.rect(x, y, 1.6 * mm, 25 * mm, fill=PLUM)
        d.string(x + 5 * mm, y + 14 * mm, n, sbold, 18, PLUM)
        d.string(x + 5 * mm, y + 8 * mm, l, reg, 7.6, INK)
        d.string(x + tw - 3 * mm, y + 3 * mm, ch + " on 2023", bold, 7, "#b03a2e" if ch.startswith("+") else "#2e7d32",
                 align="right")
    d.para(L, H - 100 * mm, R - L, "Recorded offences by type, 2024", h3)
    d.hbars(L, H - 108 * mm, R - L, ["Violence without injury", "Anti-social behaviour (incidents)", "Shop theft",
                                     "Criminal damage", "Violence with injury", "Vehicle offences", "Burglary",
                                     "Public order", "Drug offences", "Possession of weapons"],
            [4210, 6940, 1415, 1890, 1730, 1120, 690, 1240, 410, 160], PLUM, creg, 8, bar_h=10, gap=5,
            label_w=62 * mm)
    d.para(L, 30 * mm, R - L, "All figures are illustrative, prepared for a fictional document.", small)
    d.next()
    # 5 MoRiLE table (distractor)
    chrome("MoRiLE scoring of candidate issues")
    d.para(L, H - 32 * mm, R - L, "Thirteen candidate issues were scored. The table is ordered by total score. "
           "TRH = threat, risk and harm (each 1–10); L = likelihood (1–10); OP = organisational position "
           "multiplier.", body)
    rows = [["Rank", "Candidate issue", "Threat", "Risk", "Harm", "L", "OP", "Score"]]
    for i, (iss, t, r, h, l, op, sc) in enumerate(MORILE, 1):
        rows.append([str(i), iss, str(t), str(r), str(h), str(l), f"{op:.1f}", str(sc)])
    cmds = [("FONT", (0, 0), (-1, -1), creg, 8.6), ("FONT", (0, 0), (-1, 0), cbold, 8.6),
            ("BACKGROUND", (0, 0), (-1, 0), C(PLUM)), ("TEXTCOLOR", (0, 0), (-1, 0), C("#ffffff")),
            ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("LINEBELOW", (0, 1), (-1, -1), 0.3, C("#dddddd")),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
    for i, (*_, sc) in enumerate(MORILE, 1):
        shade = "#e9c9d9" if sc >= 200 else ("#f5e6ee" if sc >= 150 else "#ffffff")
        cmds.append(("BACKGROUND", (7, i), (7, i), C(shade)))
    y = d.table(L, H - 46 * mm, rows, [12 * mm, 66 * mm, 15 * mm, 15 * mm, 15 * mm, 12 * mm, 14 * mm, 18 * mm], cmds)
    d.paras(L, y - 6 * mm, R - L, [
        ("Scores of 200 and above are shaded dark; 150–199 light. Scoring workshop held 14 January 2025.", small)])
    d.next()
    # 6 risk matrix
    chrome("Risk matrix and analyst commentary")
    mx, my, mw, mh = L + 14 * mm, H - 140 * mm, 110 * mm, 100 * mm
    for gx in range(3):
        for gy in range(3):
            col = ["#f7f1d9", "#f4dcc6", "#eab7b7"][min(2, (gx + gy) // 2 + (1 if gx + gy == 4 else 0))]
            d.rect(mx + gx * mw / 3, my + gy * mh / 3, mw / 3, mh / 3, fill=col, stroke="#ffffff", lw=1)
    d.string(mx + mw / 2, my - 8 * mm, "Likelihood", bold, 8, GREY, align="centre")
    d.c.saveState()
    d.c.translate(mx - 6 * mm, my + mh / 2)
    d.c.rotate(90)
    d.string(0, 0, "Threat, risk and harm", bold, 8, GREY, align="centre")
    d.c.restoreState()
    for i, (iss, t, r, h, l, op, sc) in enumerate(MORILE, 1):
        px = mx + (l - 1) / 9 * (mw - 6 * mm) + 3 * mm
        py = my + ((t + r + h) / 3 - 1) / 9 * (mh - 6 * mm) + 3 * mm
        d.c.setFillColor(C(PLUM))
        d.c.circle(px, py, 3.2 * mm, stroke=0, fill=1)
        d.string(px, py - 1.1 * mm, str(i), bold, 7, "#ffffff", align="centre")
    d.paras(mx + mw + 8 * mm, H - 40 * mm, R - mx - mw - 8 * mm,
            [("<b>Key</b>", h3)] + [(f"{i}  {iss}", S("k", creg, 7.6, INK, 10)) for i, (iss, *_) in enumerate(MORILE, 1)],
            gap=1.5)
    d.paras(L, my - 16 * mm, R - L, [
        ("<b>Analyst commentary</b>", h3),
        ("Exploitation of children scores highest on harm: the two exploitation issues share victims, "
         "perpetrators and locations, and practitioners recommended treating them together. Domestic abuse "
         "scores fourth but is led by the Telford and Wrekin Domestic Abuse Local Partnership Board under the "
         "Domestic Abuse Act 2021. Drug supply scores seventh; it is the business of the Combating Drugs "
         "Partnership and of police operations, and much of its harm is captured under exploitation and "
         "violence. Shop theft has risen fastest of any issue.", body)], gap=4)
    d.next()
    # 7 board decision (gold)
    chrome("Board decision: our priorities")
    y = d.paras(L, H - 34 * mm, R - L, [
        ("On 4 March 2025 the Safer Telford and Wrekin Partnership Board considered the MoRiLE ranking, the "
         "commentary and the views of residents, and adopted the following priorities for 2025–2028. The "
         "MoRiLE rank of the issue or issues behind each priority is shown on the right.", body)], gap=8)
    for i, (t, rank) in enumerate(ADOPTED, 1):
        hcard = 21 * mm
        d.rect(L, y - hcard, R - L, hcard, fill="#f5eff2")
        d.rect(L, y - hcard, 14 * mm, hcard, fill=PLUM)
        d.string(L + 7 * mm, y - hcard / 2 - 3, str(i), sbold, 15, "#ffffff", align="centre")
        d.para(L + 19 * mm, y - 5 * mm, R - L - 60 * mm, t, S("ad", sbold, 12, PLUM, 15))
        d.string(R - 4 * mm, y - hcard / 2 + 1, "MoRiLE rank", reg, 6.8, GREY, align="right")
        d.string(R - 4 * mm, y - hcard / 2 - 9, rank, bold, 10, INK, align="right")
        y -= hcard + 3 * mm
    d.paras(L, y - 5 * mm, R - L, [
        ("<b>Issues not adopted as partnership priorities</b>", h3),
        ("Domestic abuse (rank 4) stays with the Domestic Abuse Local Partnership Board; the CSP will contribute "
         "through its exploitation and violence work. Drug supply and county lines (rank 7) is taken forward by "
         "the Combating Drugs Partnership. Issues ranked 9–13 will be monitored through the quarterly "
         "performance report.", body)], gap=4)
    d.next()
    # 8 delivery
    chrome("Delivery, measures and governance")
    rows = [["Theme", "Key actions 2025–26", "Measure"],
            ["Exploitation", "Contextual safeguarding in schools; hotel and taxi licensing checks", "Children with a safety plan"],
            ["Violence", "Knife arches at events; bleed kits; youth work in the evening economy", "Knife-enabled offences"],
            ["ASB", "Town centre and estate problem-solving; ASB case reviews", "Repeat ASB victims"],
            ["Retail", "Business crime partnership; radio link; prolific offender plans", "Shop thefts"],
            ["Cohesion", "Third-party hate crime reporting; tension monitoring", "Hate crimes reported"]]
    y = d.table(L, H - 34 * mm, rows, [30 * mm, 100 * mm, 44 * mm], [
        ("FONT", (0, 0), (-1, -1), creg, 8.6), ("FONT", (0, 0), (-1, 0), cbold, 8.6),
        ("LINEBELOW", (0, 0), (-1, 0), 1, C(PLUM)), ("LINEBELOW", (0, 1), (-1, -1), 0.3, C("#dddddd")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    d.paras(L, y - 8 * mm, R - L, [
        ("<b>Fit with the Police and Crime Plan</b>", h3),
        ("The Safer West Mercia Plan 2025–2029 (priorities: cutting crime; policing with the community; "
         "supporting victims and witnesses; maximising resources and value for money) funds part of this "
         "work through the community safety grant.", body),
        ("<b>Governance</b>", h3),
        ("The Board meets every two months. Delivery groups for each theme report quarterly. The Board reports "
         "to the council's Communities Scrutiny Committee and to the Police and Crime Commissioner.", body),
        ("<b>Contact</b>", h3),
        ("Safer Telford and Wrekin Partnership · safer@telford.example · 01000 000 430 (illustrative)", body)], gap=4)
    return d.save()
