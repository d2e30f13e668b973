"""Winterslade Youth Justice Plan 2027-2028, the service's draft (Word, published as .docx only). The five
priorities are bold paragraphs in a Word list whose numbering format is ORDINAL TEXT (w:numFmt
"ordinalText", w:lvlText "%1 priority:"), so Word shows "First priority:", "Second priority:" ... in front of
each one, but the words "First priority:" exist only as numbering.xml's format, not in the paragraph text.
Distractors drawn the same way: p2's Child First principles are a list in "ordinalText" too ("%1 principle:",
so "First principle:" ...), and p4's year-one actions a list in "ordinal" format ("1st", "2nd" ...); the KPI
names are a table, last year's priorities prose.
Gold: the five paragraphs of the "%1 priority:" list (p3)."""
from __future__ import annotations

from pathlib import Path

import kit28 as k
from docx_kit import new_doc, page_break, para, set_footer, set_header, table

NAME = "ordinal_text_numbering_youth_justice"
ACC = "00567A"
PRIORITIES = [
    ("Children stay in school and get the education they are entitled to",
     "Two in five children we worked with in 2025-26 were excluded or on a reduced timetable. Our education "
     "worker will attend every exclusion review for a child open to us."),
    ("Fewer children enter the youth justice system for the first time",
     "We will offer every eligible child an out-of-court outcome with support through the Turnaround "
     "programme, and review every first-time entrant case with the police."),
    ("Fewer children reoffend after working with us",
     "Our reoffending rate was 38%, above the regional average. We will use the Child First case review "
     "tool on every child who reoffends."),
    ("Tackling the over-representation of Black and mixed-heritage children",
     "Black and mixed-heritage children are 9% of Winterslade's children but 24% of our caseload. We will "
     "check every decision point for disproportionality every quarter."),
    ("Children leaving custody have a home, a school place and a worker on the day they are released",
     "Resettlement plans will start on the day a child is remanded or sentenced."),
]


def build(work: Path) -> Path:
    doc = new_doc("Winterslade Youth Justice Plan 2027-2028 (draft)", "Ben Akintola", font="Arial", accent=ACC,
                  heading_sizes=(16, 13, 11.5))
    sec = doc.sections[0]
    set_header(sec, "Winterslade Youth Justice Service - draft plan for the management board", color="7F7F7F")
    set_footer(sec, "Winterslade Youth Justice Plan 2027-2028")
    pri = k.add_numbering(doc, 90, 90, k.level("ordinalText", "%1 priority:", bold=True, color=ACC, indent=0,
                                               hanging=0, suff="space"))
    prin = k.add_numbering(doc, 91, 91, k.level("ordinalText", "%1 principle:", bold=True, indent=0, hanging=0,
                                                suff="space"))
    act = k.add_numbering(doc, 92, 92, k.level("ordinal", "%1", indent=720, hanging=720))
    # ---- p1
    para(doc, "Winterslade Youth Justice Service", size=13, color="595959", space_before=110)
    para(doc, "Youth Justice Plan 2027-2028", size=28, color=ACC)
    para(doc, "Draft 2 for the Youth Justice Management Board, 4 November 2026, and for the Office of the "
              "Police and Crime Commissioner", size=11, color="595959", space_before=14)
    page_break(doc)
    # ---- p2
    doc.add_heading("Introduction from the chair", level=1)
    para(doc, "This plan sets out what the Winterslade Youth Justice Service and its partners will do in "
              "2027-28. It follows the Youth Justice Board's guidance and puts children first.")
    doc.add_heading("How we work: Child First", level=1)
    para(doc, "Our practice rests on four principles, taken from the Youth Justice Board's Child First approach:")
    for t in ("We see children as children, and recognise their needs, capacities and potential.",
              "We build on children's strengths and work towards a positive future.",
              "We encourage children to take part, and we listen to them.",
              "We divert children from the system wherever we can."):
        k.add(doc, k.p(k.r(t), ppr=k.num_ppr(prin) + '<w:spacing w:after="80"/>'))
    doc.add_heading("Looking back at 2026-27", level=1)
    para(doc, "Last year we had three priorities: education, speech and language needs, and serious youth "
              "violence. We met two of our four targets; the serious youth violence target was missed.")
    page_break(doc)
    # ---- p3: the priorities, numbered "First priority:" by ordinalText numbering
    doc.add_heading("Our priorities for 2027-2028", level=1)
    para(doc, "The management board agreed five priorities for the year. Each has a named lead on the board.")
    for title, body in PRIORITIES:
        k.add(doc, k.p(k.r(title, k.rpr(bold=True, color=ACC, size=12)),
                       ppr=k.num_ppr(pri) + '<w:keepNext/><w:spacing w:before="200" w:after="60"/>'))
        para(doc, body)
    page_break(doc)
    # ---- p4
    doc.add_heading("What we will do first", level=1)
    for t in ("Appoint an education worker to attend exclusion reviews (by January 2027).",
              "Start the Turnaround review panel with the police (by February 2027).",
              "Publish a quarterly disproportionality report to the board (from April 2027)."):
        k.add(doc, k.p(k.r(t), ppr=k.num_ppr(act) + '<w:spacing w:after="80"/>'))
    doc.add_heading("National key performance indicators", level=1)
    table(doc, ["Indicator", "2025-26", "Target 2027-28"],
          [["First-time entrants per 100,000 children aged 10-17", "171", "140"],
           ["Reoffending rate", "38%", "32%"],
           ["Children in suitable education at the end of their order", "61%", "75%"]],
          [10.0, 3.0, 3.4], head_fill=ACC)
    doc.add_heading("Resources and sign-off", level=1)
    para(doc, "The service's budget for 2027-28 is \u00a31.46 million, of which the Youth Justice Board grant is "
              "\u00a3612,000. The plan will be signed off by the management board chair and published by 30 June "
              "2027.")
    return k.save(doc, work, NAME)


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    return k.publish(work, out, NAME)
