"""Safer Crawley Partnership Strategy 2026-2029 (fictional re-creation).

House style: reportlab report, Liberation Sans Narrow body with Liberation Sans headings, crimson and slate,
folio "Safer Crawley Partnership - page n" at the right.  The priorities page (p6) uses **numbered headings
under strand rules**: a small-caps strand line ("STRAND A \u2014 PEOPLE") with a rule, then each priority as a
bold heading with its code in grey ("A1  Preventing ..."), a paragraph and a "We will" line.  The document
says it has six priorities grouped into three strands, so the gold is the six coded headings.
"""
from __future__ import annotations

from pathlib import Path

from rl_kit import Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors, hexc, mm
from sussex_districts import kit_rl
from sussex_districts.work import ILLUS

OUT = "strategies/safer_crawley_partnership_strategy_2026-29.pdf"
CRIMSON, SLATE = "#a4161a", "#3d4852"

STRANDS = [
    ("A", "People", [
        ("Preventing youth violence and knife crime",
         "Most young people in Crawley are never involved in violence, but a small number are both victims and "
         "perpetrators.", "mentoring, detached youth work and a schools knife crime programme."),
        ("Protecting children and vulnerable adults from exploitation",
         "Exploitation links county lines, cuckooing and the use of young people to carry drugs and cash.",
         "a multi-agency exploitation panel and training for transport and hotel staff near Gatwick."),
    ]),
    ("B", "Places", [
        ("Reducing anti-social behaviour in neighbourhoods and the town centre",
         "ASB is concentrated in Queens Square, the Broadway and a small number of neighbourhood parades.",
         "joint patrols, a town centre Public Spaces Protection Order and quicker action on repeat cases."),
        ("Reducing shoplifting and business crime",
         "Shop theft has risen sharply and is often linked to drug dependency.",
         "a business crime reduction partnership, radio links and a town centre banning scheme."),
    ]),
    ("C", "Communities", [
        ("Tackling hate crime and strengthening community cohesion",
         "Crawley is one of the most diverse towns in the South East, and tensions can rise quickly after national "
         "events.", "third-party reporting, tension monitoring and community events."),
        ("Preventing people from being drawn into terrorism",
         "Crawley is a Prevent priority area.", "Prevent training, a Channel panel and work with faith groups."),
    ]),
]


def cover(c, W, H, meta):
    c.setFillColor(hexc(SLATE))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc(CRIMSON))
    c.rect(0, H - 120 * mm, W * 0.66, 62 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LiberationSans-Bold", 30)
    c.drawString(18 * mm, H - 84 * mm, "Safer Crawley")
    c.setFont("LiberationSansNarrow-Regular", 17)
    c.drawString(18 * mm, H - 98 * mm, "Partnership Strategy 2026\u20132029")
    c.setFont("LiberationSansNarrow-Regular", 10)
    c.drawString(18 * mm, H - 110 * mm, "People \u2022 Places \u2022 Communities")
    c.drawString(18 * mm, 24 * mm, "Crawley Borough Council \u2022 Sussex Police \u2022 West Sussex County Council")


def priorities(h):
    strand = ParagraphStyle("sn", fontName="LiberationSans-Bold", fontSize=9, leading=11, textColor=hexc(SLATE),
                            spaceBefore=6)
    head = ParagraphStyle("ph", fontName="LiberationSans-Bold", fontSize=12, leading=15, textColor=hexc(CRIMSON),
                          spaceBefore=3, spaceAfter=2, leftIndent=26, firstLineIndent=-26)
    body = ParagraphStyle("pb", parent=h.p, leftIndent=26, spaceAfter=2)
    will = ParagraphStyle("pw", parent=body, textColor=hexc("#555555"), spaceAfter=5)
    out = []
    for code, name, pris in STRANDS:
        line = Table([[Paragraph(f"STRAND {code} \u2014 {name.upper()}", strand)]], colWidths=[170 * mm])
        line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, hexc(SLATE)),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        out += [Spacer(1, 5), line, Spacer(1, 4)]
        for k, (t, why, we) in enumerate(pris, 1):
            out.append(Paragraph(f"<font color='#8a939c'>{code}{k}</font>&nbsp;&nbsp;&nbsp;{t}", head))
            out.append(Paragraph(why, body))
            out.append(Paragraph(f"<b>We will</b> deliver {we}", will))
    return out


def build(root: Path) -> Path:
    h = kit_rl.House(body="liberation-narrow", head="liberation-sans", size=10.2, main=CRIMSON, accent=SLATE,
                     tint="#f3f0f0", header="Safer Crawley Partnership Strategy 2026\u20132029",
                     folio="Safer Crawley Partnership \u2014 page {n}", folio_pos="right", cover=cover,
                     leader=False)
    pages = [
        [("h1", "Introduction"),
         ("p", "Crawley is a young, diverse and growing town, home to Gatwick Airport and one of the largest "
               "economies in the South East. The Safer Crawley Partnership is the statutory community safety "
               "partnership for the borough."),
         ("p", "This strategy sets out what we will focus on together between 2026 and 2029. It was developed from "
               "the 2025 strategic assessment, a residents' survey and consultation with community and faith "
               "groups, businesses and young people."),
         ("p", "We have organised our work in three strands \u2014 people, places and communities \u2014 with two "
               "priorities in each."),
         ("h2", "Partners"),
         ("p", "Crawley Borough Council; Sussex Police; West Sussex County Council; West Sussex Fire and Rescue "
               "Service; the Probation Service; NHS Sussex; Crawley Community Action; Gatwick Airport (invited)."),
         ("small", "Chair, Safer Crawley Partnership")],
        [("h1", "Crawley today"),
         ("tiles", [("119,000", "residents"), ("1,460", "shop theft offences"), ("93", "knife crime offences"),
                    ("180", "hate crimes reported"), ("3,050", "ASB incidents"),
                    ("41", "children referred to the exploitation panel")], 3),
         ("small", ILLUS),
         ("h2", "Key findings"),
         ("bul", ["Shop theft rose by 38% in two years, much of it by a small number of repeat offenders.",
                  "Knife crime victims are mostly aged 16 to 24.",
                  "Racially and religiously aggravated offences make up three-quarters of hate crime.",
                  "Crawley remains a Prevent priority area.",
                  "Most ASB reports concern the town centre and a few neighbourhood parades."])],
        [("h1", "Policy context"),
         ("h2", "What we delivered in 2023\u20132026"),
         ("p", "The previous strategy had four priorities: town centre safety; serious violence; exploitation; and "
               "community cohesion. All four remain in some form."),
         ("h2", "National duties"),
         ("bul", ["Crime and Disorder Act 1998: the partnership strategy.",
                  "Serious Violence Duty: with the Sussex Violence Reduction Partnership.",
                  "Counter-Terrorism and Security Act 2015: the Prevent duty.",
                  "Anti-social Behaviour, Crime and Policing Act 2014: the ASB case review."]),
         ("h2", "The Police and Crime Plan"),
         ("box", "Sussex Police and Crime Plan 2025\u20132029: the pillars",
          ["1. Strengthen local policing", "2. Fight crime and prevent harm",
           "3. Put victims first and reduce reoffending", "4. Improve access and public confidence"])],
        [("h1", "Our strands and priorities"),
         ("p", "Six priorities, grouped into three strands, will guide the partnership from 2026 to 2029."),
         ("flow", priorities(h))],
        [("h1", "Action plan 2026\u201327"),
         ("table", [["Strand", "Action", "Lead", "When"],
                    ["People", "Knife crime programme in all secondary schools", "WSCC", "By March 2027"],
                    ["People", "Exploitation panel to meet fortnightly", "Police", "From April 2026"],
                    ["Places", "Renew town centre PSPO", "CBC", "October 2026"],
                    ["Places", "Launch business crime partnership", "CBC / BID", "June 2026"],
                    ["Communities", "Third-party hate reporting centres in libraries", "WSCC", "September 2026"],
                    ["Communities", "Prevent training for 600 frontline staff", "CBC", "By March 2027"]],
          [0.17, 0.5, 0.15, 0.18])],
        [("h1", "Performance and governance"),
         ("table", [["Measure", "2024/25", "Aim"], ["Knife crime offences", "93", "Down"],
                    ["Shop theft offences", "1,460", "Down"], ["ASB incidents", "3,050", "Down"],
                    ["Hate crimes reported", "180", "Up (confidence)"]], [0.55, 0.2, 0.25]),
         ("small", ILLUS),
         ("p", "The partnership board meets quarterly and reports to the council's Overview and Scrutiny "
               "Commission. Contact: Community Safety Team, Crawley Borough Council, Town Hall, The Boulevard. "
               "community.safety@crawley.example")],
    ]
    contents = [("Introduction", 3, 0), ("Crawley today", 4, 0), ("Policy context", 5, 0),
                ("Our strands and priorities", 6, 0), ("Action plan 2026\u201327", 7, 0),
                ("Performance and governance", 8, 0)]
    out = root / OUT
    kit_rl.build(out, "Safer Crawley Partnership Strategy 2026\u20132029", "Safer Crawley Partnership", h,
                 contents, pages)
    return out
