"""Hexleigh Community Safety Partnership Strategy 2026-2029, as released under the Freedom of Information Act
(reportlab, A4, 7 pages).

A disclosure bundle: the council's two-page response letter (pp1-2), then the strategy as "Annex A" (pp3-7).
Every page carries the disclosure stamp "FOI 2026/0412 - page N of 7" (bottom right) and a red
"RELEASED UNDER FOIA 2000" box (top right); the strategy keeps its own footer and page numbers (1-5).
Redactions are black boxes drawn as a background behind non-breaking spaces, some with a white "s.40(2)" or
"s.31(1)(a)" label in them, so the withheld words are not in the text layer at all.

The letter answers the request's three numbered questions; its answer to question 2 lists the 2022-2025
strategy's three priorities as bullets, two pages before the real ones. The priorities are "Priority N -"
headings, three on p5 and two on p6."""
from __future__ import annotations

import common
from kit27 import Doc as _Doc, box, hexc, text

NAME = "foi_disclosure_redacted_csp"
TITLE = "FOI 2026/0412: Hexleigh Community Safety Partnership Strategy 2026-2029 (disclosure)"
ACC = "23395B"
RED = "B3261E"
TOTAL = 7
PRI = [
    "Reducing violence and anti-social behaviour in Hexleigh town centre at night",
    "Protecting children and young people from criminal exploitation",
    "Supporting victims of domestic abuse and stalking",
    "Tackling neighbourhood crime: burglary, vehicle crime and shop theft",
    "Building safer, more confident communities in Brinsley Vale and Kettleby",
]
OLD = ["Reducing burglary and vehicle crime", "Tackling anti-social behaviour in the town centre",
       "Protecting vulnerable people from exploitation"]


def red(n: int, label: str = "") -> str:
    """A redaction: a black box n spaces wide; the label (an exemption) in white inside it."""
    sp = "&nbsp;" * n
    if label:
        return f'<font backColor="#000000" color="#FFFFFF" size="7">&nbsp;{label}{sp}</font>'
    return f'<font backColor="#000000">{sp}</font>'


class Doc(_Doc):
    """Letter pages have no strategy footer; annex pages have the strategy's own footer from its 2nd page.
    Every page gets the disclosure stamps."""

    def _foot(self):
        c = self.c
        if self.n >= 4:
            text(c, 56, 30, "Safer Hexleigh: CSP Strategy 2026-2029", "Sans", 8, "666666")
            text(c, self.W / 2, 30, str(self.n - 2), "Sans", 8, "666666", anchor="center")
        # the disclosure stamp, added to every page by the redaction software
        c.saveState()
        c.setStrokeColor(hexc(RED))
        c.setLineWidth(1)
        c.rect(self.W - 200, 16, 170, 20, stroke=1, fill=0)
        c.restoreState()
        text(c, self.W - 115, 23, f"FOI 2026/0412 - page {self.n} of {TOTAL}", "Sans-Bold", 8.5, RED,
             anchor="center")
        c.saveState()
        c.setStrokeColor(hexc(RED))
        c.setLineWidth(1.4)
        c.roundRect(self.W - 170, self.H - 40, 140, 26, 4, stroke=1, fill=0)
        c.restoreState()
        text(c, self.W - 100, self.H - 25, "RELEASED UNDER FOIA 2000", "Sans-Bold", 7.5, RED, anchor="center")
        text(c, self.W - 100, self.H - 35, "Redactions applied: s.31, s.40", "Sans", 6.5, RED, anchor="center")


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Hexleigh Borough Council Information Governance", footer="",
            accent=ACC, footer_on_first=True)
    c, W, H = d.c, d.W, d.H

    # ---------------------------------------------------------------- p1: response letter
    text(c, 56, H - 70, "Hexleigh Borough Council", "Sans-Bold", 15, ACC)
    text(c, 56, H - 86, "Information Governance Team, Civic Centre, Market Street, Hexleigh HX1 2AB", "Sans", 8.5,
         "555555")
    w = d.writer(top=H - 118, bottom=60, size=10)
    w.para("Our reference: FOI 2026/0412<br/>Date: 5 October 2026", after=10)
    w.para(f"Dear {red(22)}", after=8)
    w.para("<b>Freedom of Information Act 2000: request for information</b>", after=6)
    w.para("Thank you for your request, which we received on 8 September 2026. You asked for:", after=4)
    w.para("1. A copy of the current Hexleigh Community Safety Partnership strategy.", indent=14, after=2)
    w.para("2. The priorities in the previous (2022-2025) strategy and whether they were achieved.", indent=14,
           after=2)
    w.para("3. The names of the officers who sit on the partnership's town centre tasking group.", indent=14,
           after=10)
    w.para("<b>Our response</b>", after=6)
    w.para("<b>Question 1: information provided, with redactions.</b> The Safer Hexleigh Community Safety "
           "Partnership Strategy 2026-2029 is attached as Annex A (pages 3 to 7 of this bundle). It was agreed by "
           "the partnership board on 17 July 2026 and is due to be published on the council's website in "
           "November. A small amount of information has been redacted: the names of officers below Head of "
           "Service (section 40(2)) and the details of planned police operations (section 31(1)(a)). Each "
           "redaction is marked with the exemption that applies.", after=6)
    w.para("<b>Question 2: information provided.</b> The 2022-2025 strategy had three priorities:", after=3)
    w.bullets(OLD)
    w.para("The partnership's final report on that strategy (March 2026) found that burglary fell by 18% and "
           "vehicle crime by 11%. Anti-social behaviour in the town centre rose, which is why it remains a focus "
           "of the new strategy. The report is already published, so we are not providing it again (section 21); "
           "it can be found on the council's website under Community safety > Reports.", after=6)
    w.para(f"<b>Question 3: information withheld.</b> The tasking group is chaired by the council's Head of "
           f"Community Safety. The names of the other officers are personal data and are withheld under section "
           f"40(2). The group is made up of officers from the council's community safety and licensing teams, "
           f"the police neighbourhood team for {red(14, 's.31(1)(a)')} and the town centre business crime "
           f"partnership.", after=6)
    d.next()

    # ---------------------------------------------------------------- p2: letter, exemptions, rights
    w = d.writer(top=H - 70, bottom=60, size=10)
    w.heading("Exemptions applied", size=12, after=6)
    w.table([["Section", "Information withheld", "Why"],
             ["40(2) personal information", "Names and contact details of officers below Head of Service; the "
              "name of the requester in this letter as published in the disclosure log",
              "Disclosure would breach the data protection principles; officers at this level would not expect "
              "their names to be made public."],
             ["31(1)(a) law enforcement", "Names and timings of planned police operations; the locations of "
              "covert cameras",
              "Disclosure would be likely to prejudice the prevention or detection of crime. We have weighed "
              "the public interest (see below)."]],
            [120, 170, 193], size=8.5)
    w.heading("Public interest test (section 31)", size=12, after=6)
    w.para("There is a public interest in openness about how the partnership spends public money and tackles "
           "crime. We have released the whole strategy apart from operational details. Releasing the names and "
           "timings of operations would let offenders avoid them, which is not in the public interest.", after=8)
    w.heading("Your right to complain", size=12, after=6)
    w.para("If you are unhappy with this response you may ask for an internal review within 40 working days by "
           "writing to foi@hexleigh.gov.example. If you are still unhappy you may complain to the Information "
           "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", after=8)
    w.para("This response will be published in our disclosure log with the requester's details removed.", after=14)
    w.para("Yours sincerely,", after=14)
    w.para(f"{red(18, 's.40(2)')}<br/>Information Governance Officer<br/>Hexleigh Borough Council", after=6)
    text(c, 56, 140, "Annex A: Safer Hexleigh Community Safety Partnership Strategy 2026-2029 (5 pages)", "Sans", 9,
         "333333")
    d.next()

    # ---------------------------------------------------------------- p3: annex cover
    text(c, 56, H - 70, "ANNEX A", "Sans-Bold", 10, RED)
    box(c, 0, H - 440, W, 320, ACC)
    text(c, 56, H - 200, "Safer Hexleigh", "Sans-Bold", 34, "FFFFFF")
    text(c, 56, H - 240, "Community Safety Partnership Strategy", "Sans", 20, "FFFFFF")
    text(c, 56, H - 268, "2026 to 2029", "Sans", 20, "FFFFFF")
    text(c, 56, H - 330, "Hexleigh Borough Council  |  Hexleigh Police  |  Hexleigh Fire and Rescue", "Sans", 10,
         "DDE6F0")
    text(c, 56, H - 346, "Probation Service  |  Integrated Care Board  |  Hexleigh Voluntary Action", "Sans", 10,
         "DDE6F0")
    w = d.writer(top=H - 480, bottom=60, size=10)
    w.para("<b>Contents</b>", after=4)
    for a, b in [("Foreword", "2"), ("Hexleigh today", "2"), ("Our priorities for 2026-2029", "3"),
                 ("How we will work", "4"), ("Governance and measures", "5")]:
        w.para(f"{a} ........................................................ {b}", after=2)
    d.next()

    # ---------------------------------------------------------------- p4: foreword, context
    w = d.writer(top=H - 70, bottom=60, size=10)
    w.heading("Foreword", size=16, after=6)
    w.para("Hexleigh is a safe place to live, work and visit, but not everyone feels that way. Our residents' "
           "survey found that only 46% of people feel safe in the town centre after dark, and the partnership's "
           "strategic assessment shows that violence is concentrated in a few streets on Friday and Saturday "
           "nights. This strategy sets out what the partnership will focus on for the next three years.", after=4)
    w.para("Councillor Rhona Pryor, Chair, Safer Hexleigh Partnership", size=9, color="555555", after=10)
    w.heading("Hexleigh today", size=13, after=6)
    w.para("Our 2026 strategic assessment found:", after=3)
    w.bullets([
        f"violence with injury in the night-time economy is up 14% on 2024, with most incidents within 200 "
        f"metres of {red(20, 's.31(1)(a)')}",
        "anti-social behaviour reports fell by 6%, but repeat victims make up a third of all calls",
        f"at least 40 children were identified as at risk of criminal exploitation; county lines from "
        f"{red(16, 's.31(1)(a)')} use Hexleigh railway station",
        "domestic abuse makes up one in five crimes recorded in the borough",
        "shop theft rose by 32% and is now the most common neighbourhood crime"])
    w.space(4)
    w.heading("The Police and Crime Commissioner's plan", size=13, after=6)
    w.para("The partnership also supports the Police and Crime Commissioner's Police and Crime Plan 2025-2029, "
           "whose priorities are <i>visible neighbourhood policing</i>, <i>tackling violence against women and "
           "girls</i>, <i>cutting crime that harms rural communities</i> and <i>supporting victims through the "
           "justice system</i>. Our own priorities were chosen to fit with these.", after=6)
    d.next()

    # ---------------------------------------------------------------- p5: priorities 1-3
    w = d.writer(top=H - 70, bottom=60, size=10)
    w.heading("Our priorities for 2026-2029", size=16, after=6)
    w.para("The partnership board agreed five priorities in July 2026, based on the strategic assessment and "
           "on what more than 900 residents told us in the spring consultation.", after=8)
    bodies = [
        [f"Most violent crime in the town centre happens between 10pm and 3am. We will keep the Safe Space on "
         f"Church Street open every weekend, train door staff in the Ask for Angela scheme, and run targeted "
         f"patrols under Operation {red(12, 's.31(1)(a)')} on the busiest nights.",
         "Lead: Hexleigh Police and the council's licensing team."],
        [f"We will use the contextual safeguarding approach in schools and youth clubs, share intelligence "
         f"through the Child Exploitation Group, and disrupt the lines that use Hexleigh station "
         f"({red(24, 's.31(1)(a)')}).",
         "Lead: Hexleigh Children's Services."],
        ["We will fund an Independent Stalking Advocate, make sure every high-risk case is heard at MARAC within "
         "two weeks, and work with GP practices to help staff spot and respond to abuse.",
         "Lead: the Domestic Abuse Partnership Board."],
    ]
    for i in range(3):
        w.heading(f"Priority {i + 1} - {PRI[i]}", size=12.5, before=6, after=4)
        w.para(bodies[i][0], after=3)
        w.para(f"<i>{bodies[i][1]}</i>", size=9, color="555555", after=6)
    d.next()

    # ---------------------------------------------------------------- p6: priorities 4-5, how we work
    w = d.writer(top=H - 70, bottom=60, size=10)
    bodies = [
        [f"Shop theft rose by a third last year. We will back the Business Crime Partnership's radio scheme, "
         f"target prolific offenders through the Integrated Offender Management team, and fit "
         f"{red(26, 's.31(1)(a)')} in the three car parks where most vehicle crime happens.",
         "Lead: Hexleigh Police and Hexleigh Business Crime Partnership."],
        ["These two wards have the highest rates of anti-social behaviour and the lowest feelings of safety. "
         "We will hold monthly 'Your Street' meetings, fund youth provision in the evenings and at weekends, "
         "and bring housing, police and council teams together in one neighbourhood hub.",
         "Lead: the council's Neighbourhoods team."],
    ]
    for i in (3, 4):
        w.heading(f"Priority {i + 1} - {PRI[i]}", size=12.5, before=2, after=4)
        w.para(bodies[i - 3][0], after=3)
        w.para(f"<i>{bodies[i - 3][1]}</i>", size=9, color="555555", after=8)
    w.heading("How we will work", size=16, before=6, after=6)
    w.para("Four principles guide everything the partnership does:", after=3)
    w.bullets(["<b>Prevention first</b>: acting early, before harm happens",
               "<b>Listening to residents</b>: using what people tell us to shape what we do",
               "<b>Sharing information</b>: safely and quickly between partners",
               "<b>Using evidence</b>: doing more of what works and stopping what does not"])
    d.next()

    # ---------------------------------------------------------------- p7: governance and measures
    w = d.writer(top=H - 70, bottom=60, size=10)
    w.heading("Governance and measures", size=16, after=6)
    w.para("The Safer Hexleigh Partnership Board oversees the strategy and reports each year to the council's "
           "Overview and Scrutiny Committee. Each priority has a delivery group:", after=6)
    w.table([["Delivery group", "Chair", "Priority"],
             ["Night-time economy group", f"{red(16, 's.40(2)')}", "1"],
             ["Child Exploitation Group", "Head of Children's Safeguarding", "2"],
             ["Domestic Abuse Partnership Board", "Director of Public Health", "3"],
             ["Neighbourhood crime tasking group", f"{red(16, 's.40(2)')}", "4"],
             ["Brinsley Vale and Kettleby hub board", "Head of Neighbourhoods", "5"]],
            [210, 190, 83], size=8.5)
    w.para("We will track these measures every quarter:", after=3)
    w.bullets(["violence with injury in the town centre, 10pm to 3am",
               "the number of children referred to the Child Exploitation Group",
               "the share of high-risk domestic abuse cases heard at MARAC within two weeks",
               "repeat shop theft offences by people on the IOM scheme",
               "the share of residents in Brinsley Vale and Kettleby who feel safe after dark"])
    w.space(4)
    w.heading("Operational annex (restricted)", size=12, after=4)
    w.para(f"{red(95, 's.31(1)(a)')}<br/>{red(110)}<br/>{red(60)}", leading=15, after=6)
    d.close()
    assert common.pdf_pages(d.path) == TOTAL
    return [d.path]
