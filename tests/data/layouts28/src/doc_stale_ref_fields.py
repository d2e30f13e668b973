"""Ulverdale Domestic Abuse Strategy 2027-2030, the local partnership board's draft (Word, published as .docx
only). The four priorities are Heading 2 paragraphs on p3, numbered by a list whose label ("Priority %1" and a tab) is
drawn by numbering.xml; each carries a _Ref bookmark. Elsewhere the draft points at them with FIELDS whose
cached results Word has not refreshed:
  * p2's summary names each priority with a REF field to its bookmark: three results match the heading, but
    one is STALE and still shows the wording the priority had before it was renamed (the document has no
    w:updateFields, so Word shows the cached result until someone presses F9);
  * "see Priority 3" and "see Priority 4" cross-references (REF \\r \\h: the paragraph number only);
  * FOOTNOTES quote the national Tackling Domestic Abuse Plan's four priorities and the Domestic Abuse Act's
    definition; ENDNOTES give the sources of the figures (footnotes.xml, endnotes.xml).
Gold: the four Heading 2 paragraphs (p3)."""
from __future__ import annotations

from pathlib import Path

import kit28 as k
from docx_kit import Notes, new_doc, page_break, para, set_footer, set_header, table

NAME = "stale_ref_fields_footnotes_domestic_abuse"
ACC = "6D1F4B"
PRIORITIES = [
    ("Earlier help, so that abuse is spotted and stopped sooner",
     "GP practices, schools and housing officers will use one referral route and one risk checklist."),
    ("Children affected by domestic abuse are supported as victims in their own right",
     "Every child in a household referred to MARAC will be offered their own support worker."),
    ("Safe accommodation for everyone who needs to leave home",
     "We will add ten dispersed safe homes and keep the sanctuary scheme open to private tenants."),
    ("Holding people who cause harm to account",
     "The police and probation will manage the highest-harm perpetrators together, and we will fund a "
     "behaviour change programme."),
]
OLD_2 = "Supporting children affected by domestic abuse"


def build(work: Path) -> Path:
    doc = new_doc("Ulverdale Domestic Abuse Strategy 2027-2030 (draft)", "Farida Oyelaran", font="Arial",
                  accent=ACC, heading_sizes=(16, 13, 11.5))
    sec = doc.sections[0]
    set_header(sec, "Ulverdale Domestic Abuse Local Partnership Board - DRAFT", color="7F7F7F")
    set_footer(sec, "Ulverdale Domestic Abuse Strategy 2027-2030")
    fn = Notes(doc, "footnote")
    en = Notes(doc, "endnote")
    num = k.add_numbering(doc, 95, 95, k.level("decimal", "Priority %1", indent=1560, hanging=1560))
    bms = [f"_Ref21807{i + 1:04d}" for i in range(len(PRIORITIES))]
    # ---- p1
    para(doc, "Ulverdale Domestic Abuse Local Partnership Board", size=13, color="595959", space_before=110)
    para(doc, "Domestic Abuse Strategy 2027-2030", size=28, color=ACC)
    para(doc, "Draft for consultation with partners and the Office of the Police and Crime Commissioner, "
              "October 2026", size=11, color="595959", space_before=14)
    page_break(doc)
    # ---- p2: summary with REF fields (one stale), footnotes
    doc.add_heading("Summary", level=1)
    p = para(doc, "Domestic abuse affects one in five adults in Ulverdale in their lifetime.")
    en.ref(p, "Ulverdale Community Safety Survey 2025, weighted estimate.")
    p = para(doc, "Our strategy sits within the Government's national plan")
    fn.ref(p, "Tackling Domestic Abuse Plan (2022). Its four priorities are: prioritising prevention; supporting "
              "victims; pursuing perpetrators; and a stronger system.")
    p.add_run(" and the statutory definition of domestic abuse.")
    fn.ref(p, "Domestic Abuse Act 2021, section 1: abusive behaviour between people aged 16 or over who are "
              "personally connected.")
    para(doc, "In summary, the board will focus on:", space_before=6)
    shown = [t for t, _ in PRIORITIES]
    shown[1] = OLD_2  # the cached result of this REF field predates the priority's new wording
    for bm, text in zip(bms, shown):
        k.add(doc, k.p(k.field(f"REF {bm} \\h", k.r(text)), style="ListBullet"))
    k.add(doc, k.p(k.r("Safe accommodation is the Council's statutory duty under Part 4 of the Act (")
                   + k.field(f"REF {bms[2]} \\r \\h", k.r("Priority 3")) + k.r("); the police lead on ")
                   + k.field(f"REF {bms[3]} \\r \\h", k.r("Priority 4")) + k.r(".")))
    doc.add_heading("What the needs assessment found", level=1)
    p = para(doc, "Police recorded 4,310 domestic abuse incidents in 2025-26; 38% were repeat incidents.")
    en.ref(p, "Police recorded crime and incident data, 2025-26, supplied to the board in July 2026.")
    p = para(doc, "Children were present at 41% of incidents attended by the police.")
    en.ref(p, "Operation Encompass notifications, 2025-26.")
    page_break(doc)
    # ---- p3: the priorities
    doc.add_heading("Our priorities", level=1)
    para(doc, "The board agreed four priorities on 2 October 2026. Each has a lead and a delivery group.")
    for i, ((title, body), bm) in enumerate(zip(PRIORITIES, bms)):
        k.add(doc, k.p(f'<w:bookmarkStart w:id="{60 + i}" w:name="{bm}"/>{k.r(title)}<w:bookmarkEnd '
                       f'w:id="{60 + i}"/>', style="Heading2", ppr=k.num_ppr(num)))
        para(doc, body)
    p = para(doc, "These priorities cover all four of the national plan's priorities.", italic=True, size=10)
    fn.ref(p, "Prevention is covered by Priority 1, supporting victims by Priorities 2 and 3, and pursuing "
              "perpetrators by Priority 4.")
    page_break(doc)
    # ---- p4
    doc.add_heading("How we will measure progress", level=1)
    table(doc, ["Measure", "2025-26", "Target 2029-30"],
          [["Repeat incidents as a share of all incidents", "38%", "30%"],
           ["Children offered their own support worker", "52%", "95%"],
           ["Households placed outside Ulverdale", "33", "10"]],
          [10.0, 3.0, 3.4], head_fill=ACC)
    doc.add_heading("Governance", level=1)
    para(doc, "The Domestic Abuse Local Partnership Board reports to the Ulverdale Community Safety Partnership "
              "and, for safe accommodation, to the Council's cabinet every year.")
    fn.finish()
    en.finish()
    return k.save(doc, work, NAME)


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    return k.publish(work, out, NAME)
