"""Wrayburn Reducing Reoffending Delivery Plan 2026-2029 (A4 landscape). The four priorities are first stated
as a numbered list on p2 ("Our priorities for 2026-2029"). Then one table per year, 2026-27 (p3), 2027-28
(p4) and 2028-29 (p5), each repeats the four priorities WORD FOR WORD as shaded full-width group rows
("Priority N: X") above that year's different actions. p6 has measures and the 2022-25 plan's seven pathways
in prose."""
from __future__ import annotations

from reportlab.platypus import Paragraph, Table, TableStyle

from kit15 import Doc, box, hexc, style, text

NAME = "yearly_tables_repeat_reoffending"
ACC = "6B3E13"
TITLE = "Wrayburn Reducing Reoffending Delivery Plan 2026-2029"
PRI = [
    "A settled home for everyone leaving prison or on probation in Wrayburn",
    "Treatment for drug and alcohol dependence that starts before release and continues after it",
    "Employment, training and education that lead to a job",
    "Women in contact with the justice system supported through a whole-system approach",
]
YEARS = {
    "2026-27": [
        [("Appoint two housing navigators in HMP Wrayburn's resettlement team", "Council (Housing)", "Jun 2026"),
         ("Agree a duty to refer protocol with every registered provider", "Council (Housing)", "Sep 2026")],
        [("Set up continuity of care appointments before release for every prisoner in treatment", "NHS / CGL",
          "Jul 2026"),
         ("Introduce naloxone on release from HMP Wrayburn", "Public Health", "Apr 2026")],
        [("Open a jobs hub at the Probation office on Tanner Street", "Probation / DWP", "Oct 2026")],
        [("Extend the women's centre to three days a week", "PCC / Probation", "Apr 2026"),
         ("Map women's pathways through arrest, court and custody", "Women's Justice Group", "Jan 2027")],
    ],
    "2027-28": [
        [("Open 20 units of supported move-on accommodation", "Council (Housing)", "Jun 2027")],
        [("Commission a peer recovery mentoring service for people on licence", "Public Health", "Apr 2027"),
         ("Audit how many people start community treatment within three weeks of release", "NHS / CGL",
          "Sep 2027")],
        [("Recruit 15 employers to the Wrayburn Fair Chance pledge", "Probation / Chamber of Commerce",
          "Mar 2028"),
         ("Offer a construction skills course in HMP Wrayburn", "Prison education provider", "Sep 2027")],
        [("Pilot a women's diversion scheme at the point of arrest", "Police / women's centre", "Jun 2027")],
    ],
    "2028-29": [
        [("Review the housing pathway against the national accommodation standard", "Council (Housing)",
          "Jun 2028")],
        [("Make the continuity of care pathway part of standard commissioning", "Public Health", "Apr 2028")],
        [("Evaluate the jobs hub and decide whether to fund it beyond 2029", "Probation / DWP", "Dec 2028")],
        [("Evaluate the diversion pilot and agree a long-term model", "Women's Justice Group", "Oct 2028"),
         ("Publish a joint commissioning plan for women's services", "PCC / Council", "Mar 2029")],
    ],
}


def year_table(d, year, rows):
    c = d.c
    text(c, 56, d.H - 70, f"Year plan {year}", "Sans-Bold", 20, ACC)
    text(c, 56, d.H - 90, f"Actions the board has agreed for {year}, by priority", "Sans", 11, "555555")
    sth = style(font="Sans-Bold", size=9.5, leading=12, color="FFFFFF")
    stp = style(font="Sans-Bold", size=10.5, leading=13, color="3A2208")
    st = style(font="Sans", size=9.5, leading=12)
    data = [[Paragraph(h, sth) for h in ("Action", "Lead", "By")]]
    cmds = [("BACKGROUND", (0, 0), (-1, 0), hexc(ACC)), ("GRID", (0, 0), (-1, -1), 0.4, hexc("C9B8A6")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for i, (p, acts) in enumerate(zip(PRI, rows), 1):
        r = len(data)
        data.append([Paragraph(f"Priority {i}: {p}", stp), "", ""])
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), hexc("F1E6D8"))]
        for a, lead, by in acts:
            data.append([Paragraph(a, st), Paragraph(lead, st), Paragraph(by, st)])
    t = Table(data, colWidths=[470, 170, 90])
    t.setStyle(TableStyle(cmds))
    _, h = t.wrap(730, 10000)
    assert h < d.H - 110 - 50, h
    t.drawOn(c, 56, d.H - 105 - h)


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Wrayburn Reducing Reoffending Board", footer=TITLE, accent=ACC,
            land=True)
    c, W, H = d.c, d.W, d.H
    # p1 cover + introduction
    box(c, 0, H - 200, W, 200, ACC)
    text(c, 56, H - 100, "Wrayburn Reducing Reoffending", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 138, "Delivery Plan 2026-2029", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 172, "Wrayburn Reducing Reoffending Board", "Sans", 14, "F1E6D8")
    w = d.writer(top=H - 235, width=470)
    w.heading("Introduction", 15)
    w.para("This delivery plan turns the Reducing Reoffending Board's priorities into actions, year by year. It "
           "replaces the 2022-25 plan and runs for three years from April 2026. The board reviews it every "
           "December; this version includes the actions agreed at the board's meeting on 12 November 2026.")
    w.para("Around 1,100 people are supervised by the Probation Service in Wrayburn at any one time, and HMP "
           "Wrayburn releases about 60 people a month into the area. Almost half of those released without a "
           "settled home are recalled or reoffend within a year.")
    w.heading("In this plan", 13, before=6)
    for s in ["Our priorities for 2026-2029", "Year plan 2026-27", "Year plan 2027-28", "Year plan 2028-29",
              "How we will measure progress"]:
        w.para(s, after=1)
    w2 = d.writer(x=580, top=H - 235, width=W - 636)
    w2.heading("Board members", 13)
    w2.bullets(["Probation Service (chair)", "Wrayburn Borough Council", "Office of the Police and Crime "
                "Commissioner", "Calder Vale Police", "HMP Wrayburn", "NHS Calder Vale ICB",
                "Department for Work and Pensions", "Wrayburn Women's Centre"], size=10)
    d.next()
    # p2 the priorities
    w = d.writer(width=640)
    w.heading("Our priorities for 2026-2029", 20)
    w.para("The board agreed four priorities in March 2026, after looking at what drives reoffending in Wrayburn "
           "and what people on probation told us. They stay the same for all three years; the actions under them "
           "change each year.", after=10)
    why = ["People released without a settled home are twice as likely to reoffend within a year.",
           "Only 31% of people released with a drug or alcohol need start community treatment within three weeks.",
           "Six months after release, just 17% of people from HMP Wrayburn are in paid work.",
           "Most women supervised in Wrayburn are victims of domestic abuse, and many serve short sentences "
           "that cost them their homes and their children's placements."]
    for i, (p, y) in enumerate(zip(PRI, why), 1):
        w.para(f"<b>{i}.&nbsp;&nbsp;{p}</b>", size=13, leading=17, after=2, color=ACC)
        w.para(y, size=10.5, after=10, indent=20)
    w.heading("Our principles", 13, before=6)
    w.bullets(["We treat people as individuals with strengths, not as risks to be managed.",
               "We act on evidence and stop doing what does not work.",
               "We recognise the harm caused to victims and keep it in mind in every decision."], size=10)
    d.next()
    for year, rows in YEARS.items():
        year_table(d, year, rows)
        d.next()
    # p6 measures + previous plan
    w = d.writer(width=700)
    w.heading("How we will measure progress", 18)
    w.table([["Priority", "Measure", "Baseline 2025-26", "Target 2028-29"],
             ["1", "People released from custody into settled accommodation", "63%", "80%"],
             ["2", "Continuity of care: treatment started within three weeks of release", "31%", "60%"],
             ["3", "In paid work six months after release", "17%", "28%"],
             ["4", "Women diverted from prosecution at the point of arrest", "n/a", "150 a year"],
             ["All", "Proven reoffending rate, adults (12-month cohort)", "26.4%", "23%"]],
            [70, 400, 110, 110], head_bg=ACC, size=10)
    w.heading("What came before", 14, before=6)
    w.para("The 2022-25 plan was built around the seven national reducing reoffending pathways: accommodation; "
           "education, training and employment; health; drugs and alcohol; finance, benefit and debt; children "
           "and families; and attitudes, thinking and behaviour. The board found that seven pathways spread its "
           "effort too thinly, so this plan concentrates on four priorities.")
    w.para("Contact: Wrayburn Reducing Reoffending Board secretariat, rrb@wrayburn.example.gov.uk", size=9.5,
           color="555555")
    return [d.close()]
