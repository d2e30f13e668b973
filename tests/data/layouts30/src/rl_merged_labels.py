"""Stourfield Reducing Reoffending Strategy 2026-2029: the strategy (reportlab, its front matter numbered i-iii
in print) merged with an appendix made in Word by another team (python-docx + LibreOffice), then given page
labels (pikepdf): "i" to "iii" for the cover, contents and foreword, "1" to "3" for the strategy and "A1",
"A2" for the appendix. A viewer shows "2 (5 of 7)" on the priorities page; the printed folio there is 2."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import new_doc, para, set_footer, table
from kit30 import Doc, merge_with_labels, text

NAME = "merged_roman_labels_reoffending"
ACC = "3F3A7A"
PRI = ["A safe and stable home for everyone leaving prison",
       "Treatment for drug and alcohol misuse that starts before release",
       "Work, training and money advice that lead to a job",
       "Keeping families together and children connected to a parent in prison"]
TITLE = "Stourfield Reducing Reoffending Strategy 2026-2029"


class Folio(Doc):
    """Footer folios as printed: roman on the front matter, arabic from the first chapter."""
    FOLIOS = ["", "ii", "iii", "1", "2", "3"]

    def _foot(self):
        if self.n == 1:
            return
        text(self.c, 56, 30, TITLE, self.font, 8, "666666")
        text(self.c, self.W - 56, 30, self.FOLIOS[self.n - 1], self.font, 8, "666666", anchor="right")


def appendix(work: Path) -> Path:
    doc = new_doc("Appendix A: delivery plan", "Stourfield Probation Delivery Unit", accent="404040",
                  heading_sizes=(15, 12, 11))
    set_footer(doc.sections[0], "Appendix A \u2013 Delivery plan 2026-27")
    doc.add_heading("Appendix A: Delivery plan 2026\u201327", level=1)
    para(doc, "Prepared by the Stourfield Probation Delivery Unit for the Reducing Reoffending Board. Actions are "
              "grouped by the strategy's priorities (short names).")
    table(doc, ["Priority", "Action", "Lead", "By"],
          [["Housing", "Duty to refer from HMP Stourfield within 56 days of release", "District councils", "Jun 2027"],
           ["Housing", "Ten more move-on beds at the approved premises", "Probation", "Mar 2027"],
           ["Treatment", "In-reach recovery workers on both prison wings", "Public health", "Jan 2027"],
           ["Treatment", "Naloxone on release for everyone with an opiate history", "Prison healthcare", "Dec 2026"],
           ["Work", "Employment hub in the probation office, two days a week", "DWP", "Apr 2027"],
           ["Work", "Money advice clinic with Citizens Advice", "Council", "Feb 2027"],
           ["Families", "Family contact days every month", "HMP Stourfield", "Jan 2027"],
           ["Families", "Schools told (with consent) when a parent goes to prison", "Education", "Sep 2027"]],
          [2.6, 8.0, 3.4, 2.4], head_fill="404040", size=9)
    para(doc, "Actions for 2027\u201328 will be agreed by the Board in March 2027.", space_before=8)
    path = work / f"{NAME}_appendix.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [appendix(work)]


def finish(work: Path, out: Path) -> list[Path]:
    main = work / f"{NAME}_main.pdf"
    d = Folio(main, TITLE, "Stourfield Reducing Reoffending Board", footer=TITLE, accent=ACC)
    w = d.writer(top=d.H - 220)
    w.para("Stourfield Reducing Reoffending Board", size=14, color="777777", after=8)
    w.heading("Reducing Reoffending Strategy 2026\u20132029", size=30, after=20)
    w.para("Published November 2026", size=12, color="555555")
    d.next()
    w = d.writer()
    w.heading("Contents", size=18, after=12)
    for t, p in [("Foreword", "iii"), ("1. Reoffending in Stourfield", "1"), ("2. Our priorities", "2"),
                 ("3. Measures and governance", "3"), ("Appendix A: Delivery plan 2026\u201327", "A1")]:
        w.para(f"{t} <font color='#777777'>.......... {p}</font>", size=12, after=6)
    d.next()
    w = d.writer()
    w.heading("Foreword", size=18)
    w.para("Most crime in Stourfield is committed by people who have offended before. Nearly half of adults "
           "released from short prison sentences reoffend within a year. Every one of those offences has a "
           "victim, and every one is a missed chance to help someone change.")
    w.para("This strategy is the Reducing Reoffending Board's plan for the next three years. It builds on "
           "the work of the last strategy and on what people with convictions told us.")
    w.para("<i>Diane Holcroft, Head of the Stourfield Probation Delivery Unit and Chair of the Board</i>",
           color="555555")
    d.next()
    w = d.writer()
    w.heading("1. Reoffending in Stourfield", size=18)
    w.para("The proven reoffending rate for adults in Stourfield is 27.4%, above the national rate. It is "
           "highest for people released from sentences of under twelve months (52%).")
    w.heading("Our last strategy", size=13)
    w.para("The 2023\u20132026 strategy had three priorities: accommodation, women in the justice system and "
           "integrated offender management. Accommodation stays a priority; the other two are now part of the "
           "Women's Justice Partnership and the police's offender management plan.")
    w.heading("The national reducing reoffending pathways", size=13)
    w.bullets(["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
               "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    d.next()
    w = d.writer()
    w.heading("2. Our priorities", size=18)
    w.para("The Board has agreed four priorities for 2026\u20132029. The appendix sets out this year's actions "
           "for each one.", after=10)
    notes = ["Nobody should leave HMP Stourfield without somewhere to sleep that night.",
             "Treatment begins inside and continues without a gap in the community.",
             "Employment is one of the strongest protections against reoffending.",
             "Family ties reduce reoffending and protect children."]
    for i, (p, n) in enumerate(zip(PRI, notes), 1):
        w.para(f"<b>Priority {i}</b>", size=10, color="777777", after=1)
        w.para(f"<b>{p}</b>", size=13, color=ACC, after=3)
        w.para(n, after=10)
    w.heading("Our values", size=13)
    w.para("We treat people with respect, we believe people can change, and we are honest about risk.")
    d.next()
    w = d.writer()
    w.heading("3. Measures and governance", size=18)
    w.table([["Measure", "Baseline", "Target 2029"],
             ["Prison leavers housed on the night of release", "71%", "90%"],
             ["Prison leavers starting community treatment within 3 weeks", "34%", "65%"],
             ["People on probation in work six months after release", "19%", "30%"]], [280, 90, 110],
            head_bg=ACC)
    w.para("The Board meets every quarter and reports to the Stourfield Community Safety Partnership and to the "
           "Police and Crime Commissioner's Local Criminal Justice Board.")
    d.close()
    pdf = merge_with_labels([main, work / f"{NAME}_appendix.pdf"], out / f"{NAME}.pdf",
                            [(0, {"S": "r"}), (3, {"S": "D"}), (6, {"S": "D", "P": "A"})])
    assert common.pdf_pages(pdf) == 7, common.pdf_pages(pdf)
    return [pdf]
