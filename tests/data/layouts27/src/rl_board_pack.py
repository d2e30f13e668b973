"""Fallowmere Reducing Reoffending Board: the agenda pack for 17 September 2026 (reportlab, A4, 10 pages).

The strategy reaches the analyst inside the board's papers: an agenda (p1); the cover report for item 5
(pp2-3), whose paragraph 4.2 names the priorities in short forms; Appendix A, the needs assessment's six
numbered recommendations (p4); Appendix B, the Reducing Reoffending Strategy 2026-2029 (pp5-8) with its own
footer and folios 1-4 and a boxed "Appendix B" stamp at the top of each page; and then the NEXT item's paper
(item 6, pp9-10): the women's centre provider's contract report, whose "service priorities for 2026-27" are a
numbered list of the same design as the strategy's. The pack's own "Page N" stamp sits at the foot of every
page (the committee system's numbering, here equal to the PDF page).

The priorities are the five numbered cards on p7, under "Our five priorities"."""
from __future__ import annotations

import common
from kit27 import Doc as _Doc, box, hexc, text

NAME = "board_pack_appendix_next_item_reoffending"
TITLE = "Fallowmere Reducing Reoffending Board, 17 September 2026: agenda and reports pack"
ACC = "5B2C6F"
PRI = [
    "A settled home for everyone leaving prison in Fallowmere",
    "Getting people on probation into work, training and education",
    "Treatment for drug and alcohol dependence that starts in custody and continues on release",
    "Better support for women in contact with the justice system",
    "Fewer young adults aged 18 to 25 reoffending",
]
APPX_B = range(5, 9)


class Doc(_Doc):
    def _foot(self):
        c, n = self.c, self.n
        if n in APPX_B:
            if n > 5:
                text(c, 56, 46, "Fallowmere Reducing Reoffending Strategy 2026-2029", "Sans", 8, "666666")
                text(c, self.W - 56, 46, str(n - 4), "Sans", 8, "666666", anchor="right")
            c.saveState()
            c.setStrokeColor(hexc("000000"))
            c.setLineWidth(1)
            c.rect(self.W - 130, self.H - 38, 100, 22, stroke=1, fill=0)
            c.restoreState()
            text(c, self.W - 80, self.H - 31, "Appendix B", "Serif-Bold", 12, "000000", anchor="center")
        text(c, self.W / 2, 20, f"Page {n}", "Serif", 10, "000000", anchor="center")


def _cover_report(d, c, W, H):
    w = d.writer(top=H - 60, bottom=60, size=10.5)
    w.font = "Serif"
    text(c, W - 56, H - 40, "Agenda Item 5", "Serif-Bold", 11, "000000", anchor="right")
    w.heading("Fallowmere Reducing Reoffending Board", size=13, color="000000", after=2, font="Serif-Bold")
    w.para("17 September 2026", after=8)
    w.heading("Fallowmere Reducing Reoffending Strategy 2026-2029", size=15, color="000000", after=4,
              font="Serif-Bold")
    w.table([["Report of", "Head of Fallowmere Probation Delivery Unit"],
             ["Purpose", "For decision"], ["Appendices", "A: needs assessment summary; B: the strategy"]],
            [120, 363], head_bg="DDDDDD", size=9.5, zebra=None)
    w.heading("1. Purpose of report", size=11.5, color="000000", font="Serif-Bold")
    w.para("1.1 To ask the Board to approve the Fallowmere Reducing Reoffending Strategy 2026-2029 at "
           "Appendix B.")
    w.heading("2. Recommendations", size=11.5, color="000000", font="Serif-Bold")
    w.para("2.1 That the Board approves the strategy at Appendix B.", indent=14, after=3)
    w.para("2.2 That the Board notes the needs assessment summary at Appendix A.", indent=14, after=3)
    w.para("2.3 That the Board asks the delivery group to bring an action plan to its December meeting.",
           indent=14)
    w.heading("3. Background", size=11.5, color="000000", font="Serif-Bold")
    w.para("3.1 The Board's last strategy ran from 2023 to 2026. Its three priorities were housing on release, "
           "the Integrated Offender Management scheme, and a pilot problem-solving court. The court pilot has "
           "ended and IOM is now part of business as usual.")
    w.para("3.2 A needs assessment was completed in May 2026 and its recommendations (Appendix A) shaped the new "
           "strategy. The strategy also reflects the regional Reducing Reoffending Plan.")
    w.heading("4. The strategy", size=11.5, color="000000", font="Serif-Bold")
    w.para("4.1 The strategy is short by design: it sets direction and leaves detail to the action plan.")
    w.para("4.2 It has five priorities: housing on release; employment; treatment through the gate; women; and "
           "young adults. Each has a lead agency and two or three measures.")
    d.next()
    w = d.writer(top=H - 60, bottom=60, size=10.5)
    w.font = "Serif"
    w.para("4.3 The strategy also sets out four ways of working, which apply to all priorities.")
    w.heading("5. Consultation", size=11.5, color="000000", font="Serif-Bold")
    w.para("5.1 Forty-two people with lived experience took part in focus groups run by the User Voice council. "
           "Their main message was that support stops at the prison gate.")
    w.heading("6. Financial implications", size=11.5, color="000000", font="Serif-Bold")
    w.para("6.1 The strategy is delivered within existing budgets. Accommodation on release is part-funded by "
           "the Community Accommodation Service (Tier 3) until March 2028.")
    w.heading("7. Risks", size=11.5, color="000000", font="Serif-Bold")
    w.para("7.1 The main risk is the supply of move-on housing. The delivery group will report on it quarterly.")
    w.space(10)
    w.para("Contact officer: Nadia Ellwood, Reducing Reoffending Coordinator, 01632 960 552", size=9.5)


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Fallowmere Borough Council Democratic Services", footer="", accent=ACC,
            footer_on_first=True)
    c, W, H = d.c, d.W, d.H

    # p1: agenda
    w = d.writer(top=H - 70, bottom=60, size=11)
    w.font = "Serif"
    w.heading("Fallowmere Reducing Reoffending Board", size=18, color="000000", font="Serif-Bold")
    w.para("Thursday 17 September 2026, 2.00 pm<br/>Committee Room 2, Fallowmere Civic Offices", after=14)
    w.heading("AGENDA", size=14, color="000000", font="Serif-Bold", after=8)
    items = [("1.", "Apologies for absence", ""), ("2.", "Minutes of the meeting held on 11 June 2026", ""),
             ("3.", "Matters arising", ""), ("4.", "Performance report, quarter 1", "verbal"),
             ("5.", "Fallowmere Reducing Reoffending Strategy 2026-2029", "(Pages 2 - 8)"),
             ("6.", "Fallowmere Women's Centre: contract update", "(Pages 9 - 10)"),
             ("7.", "Any other business", ""), ("8.", "Date of next meeting: 10 December 2026", "")]
    for num, t, pages in items:
        text(c, 60, w.y - 12, num, "Serif-Bold", 11, "000000")
        text(c, 90, w.y - 12, t, "Serif-Bold" if num in ("5.", "6.") else "Serif", 11, "000000")
        text(c, W - 56, w.y - 12, pages, "Serif", 11, "000000", anchor="right")
        w.y -= 26
    w.space(10)
    w.para("Members of the public may attend this meeting. Please contact Democratic Services on 01632 960 500 "
           "if you need the papers in another format.", size=10)
    d.next()

    _cover_report(d, c, W, H)
    d.next()

    # p4: Appendix A
    w = d.writer(top=H - 60, bottom=60, size=10.5)
    w.font = "Serif"
    text(c, W - 56, H - 40, "Appendix A", "Serif-Bold", 11, "000000", anchor="right")
    w.heading("Reducing reoffending needs assessment 2026: summary", size=14, color="000000", font="Serif-Bold")
    w.para("The proven reoffending rate for adults in Fallowmere is 27.4%, above the regional rate of 24.9%. One "
           "in three people released from prison in 2025 had no settled accommodation on their first night.")
    w.heading("Recommendations", size=12, color="000000", font="Serif-Bold")
    for i, r in enumerate([
            "Commission more move-on housing for people leaving HMP Larkbourne",
            "Make employment support available from the first day on probation",
            "Start treatment in custody and hand over to community services before release",
            "Fund the women's centre to provide a one-stop service",
            "Extend the young adults' hub to people aged up to 25",
            "Improve data sharing between Probation, the council and the NHS"], start=1):
        w.para(f"{i}. {r}", indent=10, after=4)
    d.next()

    # p5: Appendix B cover
    box(c, 0, H - 430, W, 300, ACC)
    text(c, 56, H - 220, "Fallowmere Reducing", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 258, "Reoffending Strategy", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 296, "2026-2029", "Sans", 22, "FFFFFF")
    text(c, 56, H - 400, "Fallowmere Reducing Reoffending Board", "Sans", 12, "E8DDEE")
    w = d.writer(top=H - 470, bottom=80, size=10)
    w.para("Draft for Board approval, 17 September 2026", color="555555")
    d.next()

    # p6: foreword, context, last strategy
    w = d.writer(top=H - 70, bottom=80, size=10)
    w.heading("Foreword", size=16)
    w.para("Most crime in Fallowmere is committed by people who have offended before. When someone leaves prison "
           "with nowhere to live, no work and no treatment in place, the chances are they will be back. This "
           "strategy is about closing those gaps. - Alan Marden, Chair of the Board", after=10)
    w.heading("Where we are now", size=13)
    w.bullets(["27.4% of adults reoffend within a year, against 24.9% across the region",
               "1 in 3 people left HMP Larkbourne in 2025 without settled accommodation",
               "only 17% of people on probation were in work six months after their sentence began",
               "women make up 9% of the probation caseload but 22% of those with a mental health need"])
    w.space(4)
    w.heading("What we achieved in 2023-2026", size=13)
    w.para("Our last strategy had three priorities: <b>housing on release</b>, <b>Integrated Offender "
           "Management</b> and a <b>problem-solving court pilot</b>. We halved the number of people released to "
           "no fixed abode, and IOM reoffending fell by a fifth.")
    w.heading("How we will work", size=13)
    w.bullets(["<b>Through the gate</b>: support starts before release and does not stop at the gate",
               "<b>Lived experience</b>: people who have been through the system help design services",
               "<b>One plan</b>: one shared plan for each person, not one per agency",
               "<b>Evidence</b>: we fund what works and stop what does not"])
    d.next()

    # p7: the priorities
    w = d.writer(top=H - 70, bottom=80, size=10)
    w.heading("Our five priorities", size=18, after=4)
    w.para("The Board will focus on five priorities from 2026 to 2029. Each has a lead agency and measures of "
           "success (page 4).", after=10)
    body = ["Lead: Fallowmere Borough Council Housing. Every prison leaver has an accommodation plan 12 weeks "
            "before release.",
            "Lead: Probation Service. Employment advisers in the probation office and a guaranteed interview "
            "scheme with local employers.",
            "Lead: Fallowmere Recovery Service. A named worker meets each person in custody and on the day of "
            "release.",
            "Lead: Fallowmere Women's Centre partnership. A women-only reporting space and trauma-informed "
            "support.",
            "Lead: Probation Service and Youth Justice Service. The young adults' hub extends to age 25."]
    for i, (p, b) in enumerate(zip(PRI, body), start=1):
        top = w.y
        c.setFillColor(hexc(ACC))
        c.circle(74, top - 14, 13, stroke=0, fill=1)
        text(c, 74, top - 19, str(i), "Sans-Bold", 14, "FFFFFF", anchor="center")
        w.reset(x=100, top=top, width=W - 156)
        w.para(f"<b>{p}</b>", size=12, color=ACC, after=3, leading=15)
        w.para(b, size=9.5, after=14)
        w.x = 56
    d.next()

    # p8: measures
    w = d.writer(top=H - 70, bottom=80, size=10)
    w.heading("Measuring success", size=16)
    w.table([["Priority", "Measure", "2025 baseline"],
             ["1", "People released to settled accommodation", "67%"],
             ["2", "People on probation in work at six months", "17%"],
             ["3", "Treatment starts within 3 weeks of release", "41%"],
             ["4", "Women completing an order or licence", "72%"],
             ["5", "Proven reoffending, adults aged 18-25", "33.8%"]], [70, 300, 113], head_bg=ACC, size=9)
    w.heading("Governance", size=13)
    w.para("The Reducing Reoffending Board owns this strategy and reports to the Safer Fallowmere Partnership. A "
           "delivery group meets every two months and keeps an action plan.")
    d.next()

    # p9-10: item 6
    w = d.writer(top=H - 60, bottom=60, size=10.5)
    w.font = "Serif"
    text(c, W - 56, H - 40, "Agenda Item 6", "Serif-Bold", 11, "000000", anchor="right")
    w.heading("Fallowmere Reducing Reoffending Board", size=13, color="000000", after=2, font="Serif-Bold")
    w.para("17 September 2026", after=8)
    w.heading("Fallowmere Women's Centre: contract update", size=15, color="000000", font="Serif-Bold", after=6)
    w.table([["Report of", "Commissioning Manager, Fallowmere Borough Council"], ["Purpose", "For information"]],
            [120, 363], head_bg="DDDDDD", size=9.5, zebra=None)
    w.heading("1. Summary", size=11.5, color="000000", font="Serif-Bold")
    w.para("1.1 The contract with Sallowby Women's Trust to run the Fallowmere Women's Centre was extended to "
           "March 2028. This report sets out the provider's plan for the coming year.")
    w.heading("2. The provider's service priorities for 2026-27", size=11.5, color="000000", font="Serif-Bold")
    w.para("2.1 The Trust's board has set these service priorities for 2026-27:")
    for i, s in enumerate(["Open the centre on Saturday mornings",
                           "Offer every woman on a community order a key worker within five days",
                           "Run a peer mentoring scheme with women who have used the centre",
                           "Bring the children's contact room back into use"], start=1):
        c.setFillColor(hexc("444444"))
        c.circle(74, w.y - 10, 10, stroke=0, fill=1)
        text(c, 74, w.y - 14, str(i), "Sans-Bold", 11, "FFFFFF", anchor="center")
        w.reset(x=96, top=w.y, width=W - 152)
        w.para(f"<b>{s}</b>", size=11, font="Serif", after=10)
        w.x = 56
    w.heading("3. Performance", size=11.5, color="000000", font="Serif-Bold")
    w.para("3.1 In 2025-26 the centre worked with 212 women, up from 174. Attendance at appointments was 81%.")
    d.next()
    w = d.writer(top=H - 60, bottom=60, size=10.5)
    w.font = "Serif"
    w.heading("4. Financial implications", size=11.5, color="000000", font="Serif-Bold")
    w.para("4.1 The contract value is \u00a3186,000 a year, shared between the council, the Police and Crime "
           "Commissioner and the Probation Service.")
    w.heading("5. Recommendation", size=11.5, color="000000", font="Serif-Bold")
    w.para("5.1 That the Board notes the report.")
    w.space(10)
    w.para("Contact officer: Leona Quillford, Commissioning Manager", size=9.5)
    d.close()
    assert common.pdf_pages(d.path) == 10
    return [d.path]
