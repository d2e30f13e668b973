"""Norfolk Domestic Abuse and Sexual Violence Strategy 2026-2029, post-consultation version (reportlab; teal and
magenta, DejaVu Sans with Liberation Serif headings).

p6 keeps the consultation draft's four "Proposed priorities" (a grey table stamped "DRAFT \u2013 October 2025");
p7 is "You said, we did"; p8 states the five "Final priorities" in a table of magenta-numbered rows: the priority
in bold beside "The outcome we want by 2029".  Gold = p8.
"""
from __future__ import annotations

from pathlib import Path

from .kit_rl import (A4, P, ParagraphStyle, Spacer, Table, TableStyle, bullets, build_pages, colors, grid, house,
                     mm, styles, TA_CENTER)

OUT = "strategies/norfolk_domestic_abuse_and_sexual_violence_strategy_2026-29.pdf"
TITLE = "Norfolk Domestic Abuse and Sexual Violence Strategy 2026\u20132029"
AUTHOR = "Norfolk Domestic Abuse and Sexual Violence Board"
H = house("dejavu", "liberation-serif", accent="#00656F", accent2="#A3195B", mag="#A3195B", pale="#E6F2F3",
          ink="#1F1F1F")
ST = styles(H, 9.2)
W, HH = A4
PROPOSED = ["Preventing abuse before it starts", "Supporting all victims and survivors", "Responding to perpetrators",
            "Improving justice outcomes"]
FINAL = [("Preventing domestic abuse and sexual violence through early intervention and education",
          "Children and young people learn about healthy relationships, and professionals spot abuse earlier."),
         ("Ensuring survivors and their children have safe accommodation and specialist support",
          "No survivor has to choose between staying with an abuser and becoming homeless."),
         ("Holding perpetrators to account and changing their behaviour",
          "More perpetrators face justice, and more take part in programmes that work."),
         ("Improving the criminal justice response to rape and sexual violence",
          "Fewer cases drop out, and survivors are supported from report to court."),
         ("Recognising and supporting children as victims in their own right",
          "Every child affected by domestic abuse is offered support of their own.")]


def deco(c, n):
    if n == 1:
        c.setFillColor(H["accent"])
        c.rect(0, 0, W, HH, stroke=0, fill=1)
        c.setFillColor(H["mag"])
        c.circle(W - 20 * mm, HH - 40 * mm, 70 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#0B7E89"))
        c.circle(30 * mm, 30 * mm, 50 * mm, stroke=0, fill=1)
        return
    c.setFillColor(H["pale"])
    c.rect(0, HH - 15 * mm, W, 15 * mm, stroke=0, fill=1)
    c.setFillColor(H["accent"])
    c.setFont(H["reg"], 7.5)
    c.drawString(18 * mm, HH - 9.5 * mm, "Norfolk Domestic Abuse and Sexual Violence Strategy 2026\u20132029")
    c.setFillColor(H["mag"])
    c.circle(W / 2, 11 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(H["bold"], 8)
    c.drawCentredString(W / 2, 9.6 * mm, str(n))


def build(root: Path) -> Path:
    out = root / OUT
    b, h1, h2, h3, sm = ST["body"], ST["h1"], ST["h2"], ST["h3"], ST["small"]
    ct = ParagraphStyle("ct", fontName=H["hbold"], fontSize=30, leading=36, textColor=colors.white)
    cs = ParagraphStyle("cs", fontName=H["reg"], fontSize=12.5, leading=17, textColor=colors.white)
    cover = [Spacer(1, 70 * mm), P("Norfolk Domestic Abuse and Sexual Violence Strategy", ct), P("2026\u20132029", ct),
             Spacer(1, 6 * mm), P("Post-consultation version, approved by the Board in January 2026", cs),
             P("Norfolk Domestic Abuse and Sexual Violence Board", cs)]
    toc = [("Foreword", 3), ("Domestic abuse and sexual violence in Norfolk", 4), ("The national picture", 5),
           ("The consultation draft", 6), ("You said, we did", 7), ("Final priorities", 8),
           ("Delivering the strategy", 9), ("Outcomes, governance and contacts", 10)]
    contents = [P("Contents", h1), grid([[P(a, b), P(f"<para alignment='right'>{n}</para>", b)] for a, n in toc],
                                       [150 * mm, 20 * mm], ST, line=H["mag"])]
    fw = [P("Foreword", h1),
          P("Domestic abuse and sexual violence cause immense harm to adults and children across Norfolk, in every "
            "community. This strategy sets out how the partners on the Norfolk Domestic Abuse and Sexual Violence "
            "Board will work together over the next three years.", b),
          P("In October 2025 we published a consultation draft with four proposed priorities. Survivors, "
            "specialist services, schools and the public responded. We listened: the final priorities in this "
            "version are different from those in the draft, and page 7 explains why.", b),
          P("This strategy also meets the Board's duty under Part 4 of the Domestic Abuse Act 2021 to assess the "
            "need for, and publish a strategy on, support in safe accommodation.", b),
          P("Independent Chair, Norfolk Domestic Abuse and Sexual Violence Board", h3)]
    loc = [P("Domestic abuse and sexual violence in Norfolk", h1), P("All figures are <b>illustrative</b>.", sm),
           grid([["Measure", "2024/25"], ["Domestic abuse incidents and crimes recorded", "19,400"],
                 ["Cases heard at MARAC", "1,250"], ["Children in households discussed at MARAC", "1,610"],
                 ["Rape offences recorded", "820"], ["Households supported in refuge or safe accommodation", "310"],
                 ["Perpetrators starting a behaviour-change programme", "140"]],
                [120 * mm, 50 * mm], ST, head_bg=H["accent"], line=colors.HexColor("#CCCCCC"), zebra=H["pale"]),
           Spacer(1, 8), P("Key findings of the needs assessment", h2)]
    loc += bullets(["Demand for refuge places outstrips supply, especially for larger families.",
                    "Rural survivors face long journeys to services.",
                    "Only a small share of reported rapes reach court.",
                    "Children's services see domestic abuse in most child protection cases."], ST["bullet"])
    nat = [P("The national picture", h1), P("The Tackling Domestic Abuse Plan", h2),
           P("The national plan (2022) is built on four pillars:", b)]
    nat += bullets(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"],
                   ST["bullet"])
    nat += [P("The Domestic Abuse Act 2021", h2),
            P("Recognises children as victims in their own right and places a duty on tier-one local authorities to "
              "provide support in safe accommodation.", b),
            P("Our previous strategy (2021\u20132024)", h2), P("Its priorities were:", b)]
    nat += bullets(["Prevention and early intervention", "Provision of support", "Pursuing perpetrators",
                    "Partnership working"], ST["bullet"])
    stamp = ParagraphStyle("stamp", fontName=H["bold"], fontSize=9, leading=11, textColor=colors.HexColor("#8A8A8A"),
                           alignment=TA_CENTER)
    grey = ParagraphStyle("grey", parent=b, textColor=colors.HexColor("#6A6A6A"), fontName=H["bold"])
    prop = Table([[P(f"Proposed priority {i}", sm), P(t, grey)] for i, t in enumerate(PROPOSED, start=1)],
                 colWidths=[40 * mm, 130 * mm])
    prop.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F0F0F0")),
                              ("LINEBELOW", (0, 0), (-1, -1), 1, colors.white), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    box = Table([[P("DRAFT \u2013 October 2025", stamp)]], colWidths=[60 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#8A8A8A"))]))
    draft = [P("The consultation draft", h1),
             P("For the record, this is how the proposed priorities appeared in the draft we consulted on between "
               "October and December 2025. They have been replaced by the final priorities on page 8.", b),
             box, Spacer(1, 6), prop, Spacer(1, 8),
             P("The draft asked three questions: do these priorities cover what matters; what is missing; and how "
               "should survivors be involved in delivering the strategy?", b)]
    ysd = [P("You said, we did", h1), P("486 responses (an illustrative figure), plus eight survivor focus groups.",
                                        sm),
           grid([["You said", "We did"],
                 ["'Prevention' is too vague: say who and how.", "Reworded priority 1 around early intervention and "
                                                                 "education."],
                 ["Safe accommodation is missing, and it is a legal duty.", "Made safe accommodation part of "
                                                                           "priority 2."],
                 ["'Responding to' perpetrators sounds passive.", "Priority 3 now commits to accountability and "
                                                                  "behaviour change."],
                 ["Justice for rape victims is the biggest gap.", "Priority 4 now names rape and sexual violence."],
                 ["Children are invisible in the draft.", "Added priority 5 on children as victims."]],
                [85 * mm, 85 * mm], ST, head_bg=H["mag"], line=colors.HexColor("#CCCCCC"), pad=6)]
    num = ParagraphStyle("num", fontName=H["hbold"], fontSize=20, leading=24, textColor=colors.white,
                         alignment=TA_CENTER)
    pt = ParagraphStyle("pt", fontName=H["bold"], fontSize=11, leading=14.5, textColor=H["accent"])
    rows = [[P("", sm), P("<b>Final priority</b>", sm), P("<b>The outcome we want by 2029</b>", sm)]]
    rows += [[P(str(i), num), P(t, pt), P(o, b)] for i, (t, o) in enumerate(FINAL, start=1)]
    fin = Table(rows, colWidths=[14 * mm, 82 * mm, 74 * mm])
    fin.setStyle(TableStyle([("BACKGROUND", (0, 1), (0, -1), H["mag"]), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.HexColor("#CCCCCC")),
                             ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                             ("LEFTPADDING", (1, 0), (-1, -1), 7)]))
    final = [P("Final priorities", h1),
             P("The Board approved these five priorities for 2026\u20132029 in January 2026.", b), fin]
    acts = [["Action", "National pillar", "Lead", "Year"],
            ["Healthy relationships education in every secondary school", "Prioritising prevention",
             "Children's Services", "1\u20133"],
            ["Domestic abuse training for GPs and midwives", "Prioritising prevention", "ICB", "1"],
            ["Ten more refuge units and a move-on housing pathway", "Supporting victims", "County council", "1\u20132"],
            ["Sanctuary scheme in all seven districts", "Supporting victims", "District councils", "1"],
            ["Behaviour-change programme places doubled", "Pursuing perpetrators", "OPCC / Probation", "1\u20133"],
            ["Specialist rape and sexual violence advisers at court", "A stronger system", "OPCC", "2"],
            ["Children's recovery groups in every locality", "Supporting victims", "Children's Services", "1\u20132"]]
    deliv = [P("Delivering the strategy", h1),
             P("Actions are grouped under the national plan's pillars so that progress can be reported "
               "nationally. The pillars are not the Board's priorities.", b),
             grid(acts, [72 * mm, 38 * mm, 38 * mm, 22 * mm], ST, head_bg=H["accent"],
                  line=colors.HexColor("#CCCCCC"), zebra=H["pale"])]
    outc = [P("Outcomes, governance and contacts", h1),
            grid([["Outcome measure", "Direction"], ["Repeat MARAC cases", "Down"],
                  ["Survivors leaving refuge to settled housing", "Up"],
                  ["Rape cases reaching charge", "Up"], ["Children offered recovery support", "Up"]],
                 [120 * mm, 50 * mm], ST, head_bg=H["mag"], line=colors.HexColor("#CCCCCC")),
            Spacer(1, 8), P("Governance", h2),
            P("The Board reports to the Norfolk Safeguarding Adults Board, the Norfolk Safeguarding Children "
              "Partnership and the Norfolk County Community Safety Partnership. It links to the Police and Crime "
              "Plan's priority 'Making Norfolk safe for women and girls'.", b),
            P("Contact", h2), P("Domestic abuse board support team, County Hall, Norwich. Email: "
                                "dasvboard@norfolk.example. If you are in danger, call 999.", b),
            P("This document is a fictional re-creation prepared as test data; all statistics are illustrative.", sm)]
    pages = [cover, contents, fw, loc, nat, draft, ysd, final, deliv, outc]
    return build_pages(out, pages, deco, TITLE, AUTHOR, margins=(20 * mm, 20 * mm, 24 * mm, 22 * mm),
                       cover_frame=(20 * mm, 30 * mm, 160 * mm, 230 * mm))
