"""Oakhollow Youth Justice Plan 2026-27 (Word), made from the service's branded template. Heading 2 in that
template is set in SMALL CAPITALS with expanded character spacing (w:smallCaps and w:spacing in the style's
run properties), so the five workstreams (the priorities), typed as "Workstream 1 \u2013 Keeping children in
education and training", are mixed case in the .docx but print in capitals: LibreOffice's PDF text layer reads
"WORKSTREAM 1 \u2013 KEEPING CHILDREN IN EDUCATION AND TRAINING". Last year's three workstreams (p2) are Heading 2s
of the same style and label under "Looking back at 2025-26". Each section's first paragraph opens with a Word
DROP CAP (a separate paragraph with w:framePr w:dropCap="drop" holding one letter). Published as .docx and as
its LibreOffice PDF; pages start at explicit page breaks."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "small_caps_workstreams_youth_justice"
TITLE = "Oakhollow Youth Justice Plan 2026-27"
ACC = "2E5E4E"
WS = [
    ("Keeping children in education and training",
     "Half of the children on our caseload are not in full-time education. A specialist teacher will join the "
     "service in September 2026 and every child will have an education plan agreed with their school or college "
     "within ten working days of starting an order.",
     ["Education plan within ten days for every child", "Joint reviews with the virtual school for children in care"]),
    ("Fewer children entering the youth justice system for the first time",
     "First-time entrants in Oakhollow rose to 203 per 100,000 children in 2025. All out-of-court decisions will "
     "be made at the joint decision-making panel, and Turnaround will be offered to children released under "
     "investigation.",
     ["Joint panel for every out-of-court decision", "Turnaround offered to children on bail"]),
    ("Protecting children from exploitation and serious violence",
     "Oakhollow's exploitation panel heard 84 cases last year. We will use the National Referral Mechanism "
     "consistently and agree with the police how to respond to children found carrying drugs for others.",
     ["A practitioner on the exploitation panel every week", "Trauma-informed training for all staff"]),
    ("Reducing the over-representation of Black and mixed-heritage children",
     "Black and mixed-heritage children are 7% of Oakhollow's children but 18% of our caseload. We will review "
     "every decision point, from arrest to sentence, with the local Black parents' forum.",
     ["Disproportionality data at every board meeting", "A review of out-of-court decisions by ethnicity"]),
    ("Listening to children and acting on what they tell us",
     "Children told us they want to be asked, not told. A young people's panel will meet each term and review our "
     "policies, and every child will be asked for feedback at the end of their order.",
     ["Young people's panel meeting each term", "Feedback from every child at the end of their order"]),
]
OLD = [("Reducing reoffending", "The binary reoffending rate fell from 34.1% to 30.4%."),
       ("Improving the health of children in the justice system",
        "Every child now has a health assessment at the start of their order."),
       ("Victims and restorative justice", "Eight in ten victims were offered a restorative conversation.")]


def heading2_small_caps(doc):
    """The template's Heading 2: small capitals, 1 pt of expanded spacing, dark green."""
    st = doc.styles["Heading 2"]
    st.font.small_caps = True
    st.font.size = Pt(13)
    rpr = st.element.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), "20")  # twentieths of a point: +1 pt
    rpr.append(sp)


def drop_cap(doc, text: str, *, lines: int = 3, colour: str = ACC):
    """Word's drop cap: a framed paragraph holding the first letter, then the paragraph holding the rest."""
    first, rest = text[0], text[1:]
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    fr = OxmlElement("w:framePr")
    for k, v in (("w:dropCap", "drop"), ("w:lines", str(lines)), ("w:wrap", "around"), ("w:vAnchor", "text"),
                 ("w:hAnchor", "text")):
        fr.set(qn(k), v)
    ppr.insert(0, fr)
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:after"), "0")
    sp.set(qn("w:line"), "722")
    sp.set(qn("w:lineRule"), "exact")
    ppr.append(sp)
    r = p.add_run(first)
    r.font.size = Pt(40)
    r.font.color.rgb = RGBColor.from_string(colour)
    rpr = r._r.get_or_add_rPr()
    pos = OxmlElement("w:position")
    pos.set(qn("w:val"), "-6")
    rpr.append(pos)
    return para(doc, rest)


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Oakhollow Youth Justice Service", accent=ACC, heading_sizes=(18, 13, 11))
    heading2_small_caps(doc)
    set_footer(doc.sections[0], "Oakhollow Youth Justice Plan 2026-27")
    para(doc, "Oakhollow Youth Justice Service", size=14, color="595959", space_before=150)
    para(doc, "Youth Justice Plan 2026\u201327", size=32, color=ACC)
    para(doc, "Approved by the Oakhollow Youth Justice Management Board, 18 June 2026", size=12, color="595959",
         space_before=18)
    page_break(doc)
    doc.add_heading("Introduction from the Chair", level=1)
    drop_cap(doc, "Oakhollow's children deserve a youth justice system that sees them as children first. This "
                  "plan, written under section 40 of the Crime and Disorder Act 1998, sets out what the Oakhollow "
                  "Youth Justice Service and its partners will do in 2026-27. It has been shaped by the children "
                  "we work with, by our staff and by our board.")
    para(doc, "Marcus Delacourt-Ibe, Director of Children's Services and Chair of the Management Board",
         italic=True, color="595959")
    doc.add_heading("Child First", level=1)
    para(doc, "Our practice follows the Youth Justice Board's four Child First tenets:", space_after=3)
    bullets(doc, [("As children: ", "we see children as children, with their own needs and abilities."),
                  ("Building pro-social identity: ", "we help children to see a positive future for themselves."),
                  ("Collaborating with children: ", "we work with children, not on them."),
                  ("Diverting from stigma: ", "we keep children out of the formal system wherever we safely can.")])
    doc.add_heading("Looking back at 2025-26", level=1)
    para(doc, "Last year's plan had three workstreams. Two are complete and have become part of our everyday "
              "work; the third carries on inside workstream 3 below.")
    for i, (t, note) in enumerate(OLD, start=1):
        doc.add_heading(f"Workstream {i} \u2013 {t} (2025-26)", level=2)
        para(doc, note)
    page_break(doc)
    doc.add_heading("Our workstreams for 2026-27", level=1)
    drop_cap(doc, "The Management Board agreed five workstreams for 2026-27 at its meeting in June. Each has a "
                  "board member as its sponsor and a manager in the service as its lead, and each reports to the "
                  "board every quarter.")
    for i in (0, 1, 2):
        t, body, acts = WS[i]
        doc.add_heading(f"Workstream {i + 1} \u2013 {t}", level=2)
        para(doc, body)
        bullets(doc, acts)
    page_break(doc)
    for i in (3, 4):
        t, body, acts = WS[i]
        doc.add_heading(f"Workstream {i + 1} \u2013 {t}", level=2)
        para(doc, body)
        bullets(doc, acts)
    doc.add_heading("National key performance indicators", level=1)
    table(doc, ["Indicator", "2024-25", "2025-26"],
          [["First-time entrants per 100,000 children aged 10-17", "188", "203"],
           ["Binary reoffending rate", "34.1%", "30.4%"],
           ["Use of custody per 1,000 children", "0.09", "0.07"],
           ["Children in suitable education, training or employment", "49%", "52%"]],
          [10.5, 3, 3], head_fill=ACC)
    page_break(doc)
    doc.add_heading("Governance and resources", level=1)
    drop_cap(doc, "The Oakhollow Youth Justice Management Board meets every quarter. Its members are the council, "
                  "the police, the Probation Service, health, education and the voluntary sector. The service's "
                  "budget for 2026-27 is \u00a31.94 million, of which the Youth Justice Board grant is \u00a3612,000.")
    doc.add_heading("Risks to delivery", level=1)
    bullets(doc, ["Recruiting the specialist teacher in a tight labour market",
                  "Rising demand from the courts as the backlog clears",
                  "Changes to the Turnaround programme's funding after March 2027"])
    doc.add_heading("Sign-off", level=1)
    para(doc, "Signed on behalf of the Oakhollow Youth Justice Management Board, 18 June 2026.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [docx, pdf]
