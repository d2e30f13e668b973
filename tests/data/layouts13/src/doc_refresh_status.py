"""Tarnbury Police and Crime Plan 2025-2029: 2026 refresh (Word -> LibreOffice PDF). A mid-term refresh of a
plan. p3 "What has changed" is a status table of the ORIGINAL five priorities (Retained / Reworded / Retired /
Merged) with two "New" rows that give short names only; p4-p5 "The refreshed plan" states the five current
priorities as headings, each followed by a grey status line ("Status: retained from the 2025 plan", "Status: new
in 2026"). Two current priorities have the same wording as their "Retained" rows in the table; the retired and
merged priorities are printed only in the table. Distractors: the Safer Streets mission's aims, the
2025 plan's priorities quoted in the foreword, measures."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import (bullets, cell_text, new_doc, page_break, para, set_footer, shade, table)

NAME = "refresh_status_table_plan"
ACC = "5B2C6F"
OLD = [("Neighbourhood policing that residents can see", "Retained",
        "Unchanged. It stays as priority 1."),
       ("Tackling violence against women and girls", "Retained", "Unchanged. It stays as priority 2."),
       ("Reducing burglary and vehicle crime", "Retired",
        "Burglary fell by 24% and vehicle crime by 17% in 2025-26. The work continues as business as usual and "
        "is monitored by my Accountability Board, but it is no longer a priority."),
       ("Supporting victims of crime", "Reworded",
        "Now priority 3, reworded to cover the whole journey through the justice system."),
       ("Cutting drug-related harm", "Merged",
        "Now part of the new priority 4, because drug supply and serious violence are driven by the same "
        "groups.")]
NEW = [("(new)", "New", "Serious violence: see priority 4."),
       ("(new)", "New", "Retail crime: see priority 5.")]
CUR = [("Neighbourhood policing that residents can see", "Status: retained from the 2025 plan",
        "Every ward in Tarnbury has a named neighbourhood officer. In 2026-27 the Chief Constable will add 18 "
        "police community support officers, paid for by the precept increase, and publish ward surgeries online."),
       ("Tackling violence against women and girls", "Status: retained from the 2025 plan",
        "I will continue to fund the Tarnbury Women's Centre and the stalking advocacy service, and extend the "
        "perpetrator programme to the north of the county."),
       ("Supporting victims from first report to court and beyond", "Status: reworded (was \u201cSupporting "
        "victims of crime\u201d)",
        "Victims told me the support stops when the police investigation ends. Tarnbury Victim Care will now stay "
        "with victims through charge, trial and sentence, and afterwards if they need it."),
       ("Tackling serious violence and the drugs that drive it", "Status: new in 2026 (includes the former "
        "priority \u201cCutting drug-related harm\u201d)",
        "Knife crime rose by 19% in 2025-26, and most of it is linked to the drugs trade. I will fund the "
        "Tarnbury Violence Reduction Unit's hospital navigators and focused deterrence work with the Constabulary "
        "and the Serious Violence Duty partners."),
       ("Tackling retail crime and shop theft in our town centres", "Status: new in 2026",
        "Shop theft has doubled since 2023, and shopworkers are abused every day. I will fund a retail crime "
        "officer in each of the three main towns and support the business crime partnerships.")]


def build(work: Path) -> Path:
    title = "Tarnbury Police and Crime Plan 2025-2029: 2026 refresh"
    doc = new_doc(title, "Office of the Police and Crime Commissioner for Tarnbury", accent=ACC,
                  heading_sizes=(19, 14, 11.5))
    set_footer(doc.sections[0], "Tarnbury Police and Crime Plan 2025-2029: 2026 refresh")
    # ------------------------------------------------------------ p1 cover
    para(doc, "Tarnbury Police and Crime Plan", size=30, color=ACC, space_before=160, space_after=2)
    para(doc, "2025\u20132029", size=24, color=ACC, space_after=8)
    para(doc, "2026 refresh", size=20, color="8E6AA0", bold=True, space_after=80)
    para(doc, "Rebecca Oduya, Police and Crime Commissioner for Tarnbury", size=12, color="595959")
    para(doc, "Published October 2026", size=11, color="595959")
    page_break(doc)
    # ------------------------------------------------------------ p2 foreword
    para(doc, "Foreword: why I have refreshed my plan", style="Heading 1")
    for t in [
        "I published my Police and Crime Plan in January 2025, with five priorities. Twenty months on, a lot "
        "has changed. We have a new Chief Constable, the Government has set out its Safer Streets mission, and "
        "the crimes that worry you most are not the same as they were.",
        "The law asks me to keep my plan under review. Rather than write a new one, I have refreshed it. Most of "
        "the plan is unchanged: the vision, the way I hold the Chief Constable to account, and the budget "
        "commitments. What has changed is the list of priorities.",
        "Two priorities are unchanged. One has been reworded, because victims told me it was too narrow. One "
        "has been retired, because the problem it addressed has improved and no longer needs my special focus, "
        "and one has been merged into a new, wider priority. And two are new, because shop theft and knife "
        "crime have risen sharply in the last two years.",
        "The next page shows what has happened to each of the 2025 priorities. The refreshed list of priorities "
        "starts on page 4. The plan still runs until 2029."]:
        para(doc, t)
    para(doc, "Rebecca Oduya", bold=True, space_before=10, space_after=0)
    para(doc, "Police and Crime Commissioner for Tarnbury", color="595959")
    para(doc, "Our vision (unchanged)", style="Heading 2")
    para(doc, "A Tarnbury where people are safe, feel safe, and trust their police.", italic=True, size=13,
         color=ACC)
    page_break(doc)
    # ------------------------------------------------------------ p3 what has changed
    para(doc, "What has changed", style="Heading 1")
    para(doc, "The table lists the five priorities of the 2025 plan and what has happened to each of them in "
              "this refresh, followed by the two new priorities.")
    t = table(doc, ["Priority in the 2025 plan", "Status", "What happens now"],
              [list(r) for r in OLD + NEW], [5.6, 2.4, 8.6], head_fill=ACC, size=9.5)
    fills = {"Retained": "D9EAD3", "Reworded": "FCE8B2", "Retired": "E6E6E6", "Merged": "DDE3F2",
             "New": "EADCF0"}
    for i, r in enumerate(OLD + NEW, start=1):
        cell = t.rows[i].cells[1]
        cell_text(cell, r[1], bold=True, size=9.5)
        shade(cell, fills[r[1]])
        if r[1] in ("Retired",):
            cell_text(t.rows[i].cells[0], r[0], size=9.5, color="6E6E6E")
    para(doc, "Why two new priorities?", style="Heading 2")
    para(doc, "The Government's Safer Streets mission, published in 2024, asks every force and Commissioner to "
              "help to:")
    bullets(doc, ["halve knife crime within a decade",
                  "halve violence against women and girls within a decade",
                  "restore public confidence in policing, with a named officer for every neighbourhood",
                  "tackle the rise in shop theft and antisocial behaviour in town centres"])
    para(doc, "Two of the mission's aims were already covered by my priorities. Knife crime and shop theft were "
              "not, and both have risen in Tarnbury faster than in the rest of the region.")
    page_break(doc)
    # ------------------------------------------------------------ p4-5 the refreshed plan
    para(doc, "The refreshed plan: my priorities for 2026 to 2029", style="Heading 1")
    para(doc, "These are the priorities of my plan from October 2026. Everything I fund, and everything I ask of "
              "the Chief Constable, will be measured against them.")
    for i, (name, status, body) in enumerate(CUR, start=1):
        if i == 4:
            page_break(doc)
        para(doc, f"Priority {i} \u2013 {name}", style="Heading 2")
        para(doc, status, size=9.5, color="7F7F7F", italic=True, space_after=3)
        para(doc, body)
    para(doc, "How I will report progress", style="Heading 2")
    table(doc, ["Priority", "Measure", "2025-26", "2029 aim"],
          [["1 Neighbourhoods", "Residents who know their neighbourhood officer", "24%", "40%"],
           ["2 VAWG", "Women who feel safe in Tarnbury town centre at night", "41%", "55%"],
           ["3 Victims", "Victims who stay engaged until their case is finished", "72%", "85%"],
           ["4 Serious violence", "Hospital admissions for assault with a sharp object", "88", "60"],
           ["5 Retail crime", "Shop theft offences charged", "14%", "25%"]],
          [3.6, 8.0, 2.5, 2.5], head_fill=ACC, size=9.5)
    para(doc, "I will report against each priority at every public Accountability Board and in my annual report. "
              "The Tarnbury Police and Crime Panel reviewed this refresh on 15 September 2026.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [pdf]
