"""Stenbury Community Safety Partnership Plan 2027-28 (reportlab, 4 pages). The partnership's priorities are
stated ONLY as some rows of the strategic assessment's MoRiLE scoring table on p3: eleven issues ranked by
score, and a last column "Board decision" that says PRIORITY for five of them and "Watching brief" or
"Business as usual" for the others. The five priority rows are not the top five: rank 4 (domestic abuse) is a
watching brief because the VAWG Board owns it, and rank 7 (hate crime) was raised to a priority by the board.
The rank numbers are not priority numbers. Other lists: the 2026-27 priorities (p2, prose), the Police and Crime
Commissioner's priorities (p2, bullets), the scoring criteria (p2), and a p4 delivery table keyed by short
names."""
from __future__ import annotations

from reportlab.platypus import Paragraph, Table, TableStyle

from kit16 import Doc, box, hexc, style, text

NAME = "scoring_matrix_decision_column_csp"
ACC = "225E5A"
TITLE = "Stenbury Community Safety Partnership Plan 2027-28"
P, W, B = "PRIORITY", "Watching brief", "Business as usual"
# rank, issue, harm, likelihood, organisational risk, total, decision
ROWS = [
    (1, "Antisocial behaviour in Stenbury town centre and on the Tollgate estate", 38, 36, 14, 88, P),
    (2, "Exploitation of children and young people by county lines gangs", 41, 27, 16, 84, P),
    (3, "Violence in the night-time economy around Bridge Street", 36, 29, 13, 78, P),
    (4, "Domestic abuse", 42, 22, 12, 76, W),
    (5, "Residential burglary and theft from vehicles in the rural villages", 27, 31, 11, 69, P),
    (6, "Shoplifting", 18, 34, 9, 61, B),
    (7, "Hate crime and community tensions after local incidents", 30, 16, 13, 59, P),
    (8, "Fraud and scams targeting older residents", 24, 20, 10, 54, W),
    (9, "Road safety and antisocial driving", 22, 19, 8, 49, B),
    (10, "Fly-tipping", 12, 24, 6, 42, B),
    (11, "Modern slavery", 31, 6, 4, 41, W),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Stenbury Community Safety Partnership", footer=TITLE, accent=ACC)
    c, Wd, H = d.c, d.W, d.H
    # ---------------------------------------------------------------- p1 cover and foreword
    box(c, 0, H - 250, Wd, 250, ACC)
    text(c, 56, H - 110, "Stenbury Community Safety", "Sans-Bold", 28, "FFFFFF")
    text(c, 56, H - 145, "Partnership Plan 2027-28", "Sans-Bold", 28, "FFFFFF")
    text(c, 56, H - 185, "Stenbury Community Safety Partnership", "Sans", 13, "D6ECEA")
    text(c, 56, H - 205, "Agreed by the partnership board on 9 December 2026", "Sans", 11, "D6ECEA")
    w = d.writer(top=H - 290)
    w.heading("Foreword", 16)
    w.para("Every year the partnership looks again at what harms people in Stenbury most, using the strategic "
           "assessment prepared by the community safety analysts at Stenbury District Council and Wessington "
           "Police. This plan sets out what the assessment found, which issues the board has chosen to make its "
           "priorities for 2027-28, and how we will tackle them.")
    w.para("Recorded crime in the district fell by 4% last year, but residents tell us that they feel less safe "
           "in the town centre after dark, and the number of children referred to the exploitation panel has "
           "doubled in two years. We cannot do everything at once, so the board has been open about the issues "
           "it is keeping a close eye on and those that partners will deal with as part of their day-to-day "
           "work.")
    w.para("<i>Councillor Ruth Emsley, Chair, Stenbury Community Safety Partnership</i>", after=14)
    w.heading("About the partnership", 13)
    w.para("The Stenbury Community Safety Partnership brings together the responsible authorities under the "
           "Crime and Disorder Act 1998: Stenbury District Council, Wessington Police, Wessington Fire and Rescue "
           "Service, the Probation Service and NHS Wessington Integrated Care Board, with Wessington County "
           "Council, the Office of the Police and Crime Commissioner and Stenbury Voluntary Action.")
    d.next()
    # ---------------------------------------------------------------- p2 how we chose
    w = d.writer()
    w.heading("1. How we chose our priorities", 17)
    w.para("The strategic assessment scored eleven community safety issues with the Management of Risk in Law "
           "Enforcement (MoRiLE) method, which partners across Wessington use. Each issue is scored on three "
           "things:")
    w.bullets(["<b>Harm</b>: how seriously the issue hurts victims, families and the community (up to 45)",
               "<b>Likelihood</b>: how often it happens and whether it is getting worse (up to 40)",
               "<b>Organisational risk</b>: what happens to public confidence if partners do not act (up to 15)"])
    w.para("The board then made a decision for each issue, shown in the last column of Table 2 on the next page. "
           "An issue the board makes a <b>priority</b> gets a delivery group, a lead officer and a share of the "
           "partnership's budget. A <b>watching brief</b> means the analysts report on it every quarter and the "
           "board can raise it to a priority during the year. <b>Business as usual</b> means that one partner "
           "deals with it through its own services.", after=8)
    w.para("The board's decision does not always follow the score. Domestic abuse scores fourth, but the "
           "Stenbury VAWG Board leads on it under its own strategy, so the partnership keeps a watching brief. "
           "Hate crime scores seventh, but the board raised it to a priority after the incidents in Eastgate in "
           "the summer.", after=10)
    w.heading("What we did in 2026-27", 13, before=4)
    w.para("Last year the partnership had three priorities: making Stenbury's parks and open spaces feel safe, "
           "reducing reoffending by prolific offenders, and tackling drug dealing on the Tollgate estate. The "
           "annual report, published in September 2026, sets out what was achieved. Drug dealing is now part of "
           "the exploitation priority, and the integrated offender management scheme continues as business as "
           "usual.", after=10)
    w.heading("The Police and Crime Commissioner's priorities", 13, before=4)
    w.para("The Wessington Police and Crime Plan 2025-2029 sets four priorities for the whole county. Our plan "
           "supports them, and the Commissioner part-funds our delivery groups:")
    w.bullets(["Put more police officers in neighbourhoods", "Protect women and girls from violence",
               "Support victims to cope and recover", "Make Wessington's roads safer"])
    d.next()
    # ---------------------------------------------------------------- p3 the scoring table
    w = d.writer()
    w.heading("2. What the strategic assessment found", 17)
    w.para("Table 1 summarises the changes in recorded crime and calls for service over the last year. Table 2 "
           "gives every issue's scores, ranked from highest to lowest, and the board's decision.", after=8)
    w.table([["Indicator", "2025-26", "2026-27", "Change"],
             ["All recorded crime", "9,412", "9,036", "-4%"],
             ["Antisocial behaviour incidents", "3,870", "4,214", "+9%"],
             ["Children referred to the exploitation panel", "38", "77", "+103%"],
             ["Violence with injury, Bridge Street area, Fri-Sat nights", "164", "181", "+10%"]],
            [250, 80, 80, 73], head_bg=ACC, zebra="E6F1F0")
    w.para("<b>Table 1: key changes</b>", size=9, color="555555", after=12)
    sth = style(font="Sans-Bold", size=8.5, leading=10.5, color="FFFFFF")
    st = style(font="Sans", size=9, leading=11.5)
    stc = style(font="Sans", size=9, leading=11.5, align=1)
    stp = style(font="Sans-Bold", size=9, leading=11.5, color="FFFFFF", align=1)
    data = [[Paragraph(h, sth) for h in ("Rank", "Issue", "Harm", "Likeli-<br/>hood", "Org. risk", "Total",
                                         "Board decision")]]
    cmds = [("BACKGROUND", (0, 0), (-1, 0), hexc(ACC)), ("GRID", (0, 0), (-1, -1), 0.4, hexc("B7CFCC")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for i, (rank, issue, h, l_, o, tot, dec) in enumerate(ROWS, 1):
        data.append([Paragraph(str(rank), stc), Paragraph(issue, st), Paragraph(str(h), stc),
                     Paragraph(str(l_), stc), Paragraph(str(o), stc), Paragraph(f"<b>{tot}</b>", stc),
                     Paragraph(dec, stp if dec == P else stc)])
        if dec == P:
            cmds.append(("BACKGROUND", (6, i), (6, i), hexc("C0392B")))
        elif i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), hexc("F2F7F6")))
    t = Table(data, colWidths=[34, 205, 40, 44, 40, 40, 80])
    t.setStyle(TableStyle(cmds))
    _, h = t.wrap(483, 10000)
    assert w.y - h > 120, (w.y, h)
    t.drawOn(c, 56, w.y - h)
    w.y -= h + 4
    w.para("<b>Table 2: strategic assessment scores and the board's decision, 2027-28</b>", size=9,
           color="555555", after=10)
    w.para("The five issues marked PRIORITY are the partnership's priorities for 2027-28. Section 3 says what "
           "we will do about each of them.", after=6)
    d.next()
    # ---------------------------------------------------------------- p4 delivery and governance
    w = d.writer()
    w.heading("3. What we will do", 17)
    w.para("Each priority has a delivery group that reports to the board every quarter. The table uses the short "
           "names the delivery groups go by.", after=8)
    w.table([["Delivery group", "Lead", "Main actions in 2027-28", "Measure"],
             ["Town centre and Tollgate ASB", "District Council", "Public Spaces Protection Order review; "
              "detached youth work four nights a week; a single ASB case review process", "ASB incidents down 10%"],
             ["Exploitation", "Wessington Police", "Exploitation panel extended to 18 to 24 year olds; "
              "return-home interviews within 72 hours", "Repeat missing episodes down 15%"],
             ["Bridge Street nights", "District Council (Licensing)", "Street marshals and a welfare hub on Friday "
              "and Saturday nights; a late-night levy consultation", "Violence with injury down 10%"],
             ["Rural acquisitive crime", "Wessington Police", "Farm and village watch schemes; vehicle crime "
              "patrols on the A614 lay-bys", "Burglary and vehicle crime down 8%"],
             ["Hate crime and cohesion", "Stenbury Voluntary Action", "Third-party reporting centres; a community "
              "tensions monitoring group", "Hate crime reports up, repeat victims down"]],
            [100, 85, 200, 98], head_bg=ACC, zebra="E6F1F0")
    w.heading("Our principles", 13, before=4)
    w.bullets(["We use evidence to decide where to act and stop what does not work.",
               "We listen to residents and victims before we act.",
               "We share information lawfully and quickly."])
    w.heading("Governance", 13, before=6)
    w.para("The board meets quarterly and reports to the District Council's Overview and Scrutiny Committee once a "
           "year. Issues on a watching brief are reported on in each quarter's performance report, and the board "
           "can change any decision in Table 2 during the year if the evidence changes.")
    return [d.close()]
