"""draft_tracked_changes.docx: a circulated Word draft (v0.7) of the Ravensford Domestic Abuse Safe Accommodation
Strategy 2025-2028 with TRACKED CHANGES and comments still in it (python-docx, with w:ins / w:del written by hand).
Published as .docx only; pages are the explicit page breaks.

Under "4. Our priorities" (Heading 2 per priority, pages 4-5):
  * Priority 1: one word replaced (deleted "county", inserted "borough");
  * Priority 2: the end of the heading deleted and new wording inserted;
  * Priority 3: unchanged;
  * the old "Priority 4 - Sanctuary scheme expansion" heading and its paragraph are tracked DELETIONS (a comment
    says it was merged into Priority 1);
  * a new "Priority 4 - Meeting the needs of survivors who face additional barriers" heading and paragraph are
    tracked INSERTIONS.
Gold is the document with all changes accepted: four priorities, the inserted wording in, the deleted wording out.
(A reader that takes only the runs that are direct children of a paragraph, as python-docx's Paragraph.text does,
loses every inserted run.) The document history table (page 1) and the list of types of safe accommodation (page
2) are not priorities.
"""
from __future__ import annotations

from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import common
import docx_kit as K

NAME = "draft_tracked_changes"
TITLE = "Ravensford Domestic Abuse Safe Accommodation Strategy 2025\u20132028"
EN = "\u2013"
DATE = "2025-10-02T10:15:00Z"
_rev = [100]


def _next_id() -> str:
    _rev[0] += 1
    return str(_rev[0])


def _mark(tag: str, author: str):
    el = OxmlElement(f"w:{tag}")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    return el


def _wrap(run, tag: str, author: str):
    """Move a run into a new w:ins or w:del element at the run's place."""
    wrapper = _mark(tag, author)
    run._r.addprevious(wrapper)
    wrapper.append(run._r)
    if tag == "del":
        for t in run._r.findall(qn("w:t")):
            t.tag = qn("w:delText")
    return wrapper


def _para_mark(paragraph, tag: str, author: str):
    """Mark the paragraph mark itself as inserted or deleted (a whole paragraph added or removed)."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(_mark(tag, author))


def tracked(paragraph, parts, author="Joseph Okafor"):
    """parts: (text, kind) with kind None (unchanged), 'ins' or 'del'. Returns the runs."""
    runs = []
    for text, kind in parts:
        r = paragraph.add_run(text)
        if kind:
            _wrap(r, kind, author)
        runs.append(r)
    return runs


def whole(doc, style, text, kind, author="Joseph Okafor"):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    _wrap(r, kind, author)
    _para_mark(p, kind, author)
    return p, r


def comment(doc, runs, text, author="Joseph Okafor", initials="JO"):
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), DATE)
    return c


def build_docx(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Ravensford Borough Council", font="Liberation Sans", size=11, accent="6A1B4D",
                    heading_sizes=(16, 13, 11.5))
    sec = doc.sections[0]
    K.set_header(sec, "DRAFT v0.7 \u2013 NOT FOR PUBLICATION \u2013 contains tracked changes", align="right",
                 color="C00000", bold=True, size=8.5)
    # Word opens the file with Track Changes still switched on
    settings = doc.settings.element
    settings.append(OxmlElement("w:trackRevisions"))

    # page 1
    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph()
    tracked(p, [("Draft for the Domestic Abuse Local Partnership Board, ", None), ("16 October", "del"),
                ("6 November", "ins"), (" 2025", None)])
    K.para(doc, "Document history", bold=True, size=12, space_before=12)
    K.table(doc, ["Version", "Date", "Changes", "By"],
            [["0.5", "28 July 2025", "First full draft; added a priority on sanctuary schemes", "H. Lund"],
             ["0.6", "9 September 2025", "Comments from the needs assessment steering group", "H. Lund"],
             ["0.7", "2 October 2025", "Changes from the board workshop on 30 September (tracked)", "J. Okafor"]],
            [1.8, 3.2, 8.6, 2.6], head_fill="6A1B4D", size=9.5)
    K.para(doc, "")
    p = doc.add_paragraph()
    tracked(p, [("This strategy sets out how Ravensford Borough Council and its partners will make sure that "
                 "victims of domestic abuse and their children can get the safe accommodation and support they need. "
                 "It ", None), ("replaces", "del"), ("updates", "ins"),
                (" the strategy published in 2021 under Part 4 of the Domestic Abuse Act 2021.", None)])
    K.page_break(doc)

    # page 2
    doc.add_heading("1. Introduction", 1)
    K.para(doc, "Part 4 of the Domestic Abuse Act 2021 requires every tier one local authority to assess the need for "
                "accommodation-based support for victims of domestic abuse and their children, to prepare and publish "
                "a strategy for providing that support, and to monitor and evaluate it. The council must consult the "
                "Domestic Abuse Local Partnership Board before publishing the strategy.")
    doc.add_heading("2. What we mean by safe accommodation", 1)
    K.para(doc, "The statutory guidance defines relevant safe accommodation as:")
    K.bullets(doc, ["refuge accommodation;", "specialist safe accommodation for victims with particular needs;",
                    "dispersed accommodation, such as self-contained flats with support;",
                    "sanctuary schemes, which make a victim\u2019s own home more secure;",
                    "move-on or second-stage accommodation;",
                    "other forms of domestic abuse emergency accommodation."])
    K.page_break(doc)

    # page 3
    doc.add_heading("3. What the needs assessment told us", 1)
    p = doc.add_paragraph(style="List Bullet")
    tracked(p, [("Ravensford has 14 refuge spaces, ", None), ("below", "del"), ("well below", "ins"),
                (" the Council of Europe recommendation of one family place per 10,000 people;", None)])
    K.bullets(doc, ["in 2024/25, 212 households were referred to refuge and 61% could not be accommodated "
                    "locally;",
                    "victims with multiple and complex needs \u2013 mental ill-health, substance use, or involvement "
                    "with the criminal justice system \u2013 were the least likely to be accepted;",
                    "children made up 58% of people living in refuges, but only one refuge had a children\u2019s "
                    "worker;",
                    "disabled victims, older victims and LGBT+ victims were under-represented in safe accommodation, "
                    "and women with no recourse to public funds were often turned away."])
    K.page_break(doc)

    # page 4
    doc.add_heading("4. Our priorities", 1)
    K.para(doc, "The Domestic Abuse Local Partnership Board has agreed the following priorities for 2025 to 2028.")
    h = doc.add_paragraph(style="Heading 2")
    runs = tracked(h, [(f"Priority 1 {EN} Increase the supply of safe accommodation across the ", None),
                       ("county", "del"), ("borough", "ins")])
    comment(doc, runs[1:], "Ravensford is a unitary borough, not a county \u2013 corrected throughout.")
    p = doc.add_paragraph()
    tracked(p, [("We will commission eight more refuge spaces, including two for larger families, and 20 units of "
                 "dispersed accommodation. ", None),
                ("We will also expand the sanctuary scheme so that victims who want to stay in their own homes can do "
                 "so safely.", "ins")])
    h = doc.add_paragraph(style="Heading 2")
    runs = tracked(h, [(f"Priority 2 {EN} Specialist support for victims ", None), ("with complex needs", "del"),
                       ("and survivors with multiple and complex needs", "ins")])
    comment(doc, runs[1:], "Board asked for \u201csurvivors\u201d and for \u201cmultiple\u201d to match the needs "
                           "assessment wording.", author="Helen Lund", initials="HL")
    K.para(doc, "We will fund a specialist complex needs refuge service with mental health and substance use workers, "
                "and agree a protocol with probation so that victims who have offended are not excluded.")
    K.page_break(doc)

    # page 5
    doc.add_heading(f"Priority 3 {EN} Support for children as victims in their own right", 2)
    K.para(doc, "Children who experience domestic abuse are victims in their own right under the 2021 Act. We will "
                "make sure every refuge has a children\u2019s worker and that children keep their school place when "
                "they move.")
    _, r = whole(doc, "Heading 2", f"Priority 4 {EN} Sanctuary scheme expansion", "del")
    comment(doc, [r], "Merged into Priority 1 \u2013 agreed at the board workshop on 30/09.")
    whole(doc, None, "We will increase the number of homes made safe through the sanctuary scheme from 40 to 100 a "
                     "year.", "del")
    whole(doc, "Heading 2", f"Priority 4 {EN} Meeting the needs of survivors who face additional barriers", "ins")
    whole(doc, None, "We will commission accessible and culturally specific safe accommodation, including for disabled "
                     "survivors, older survivors, LGBT+ survivors and women with no recourse to public funds.", "ins")
    K.page_break(doc)

    # page 6
    doc.add_heading("5. Monitoring and review", 1)
    K.para(doc, "The Domestic Abuse Local Partnership Board will monitor the strategy every quarter and report to the "
                "Ministry of Housing, Communities and Local Government each year, as the Act requires. The strategy "
                "will be reviewed in full by 2028.")
    doc.add_heading("6. Next steps", 1)
    K.bullets(doc, ["Board to agree the final wording of the priorities (6 November 2025);",
                    "consultation with survivors through the specialist services (November 2025);",
                    "Cabinet approval (January 2026) and publication."])
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def finish(work: Path, out: Path) -> list[Path]:
    src = build_docx(work)
    target = out / f"{NAME}.docx"
    import shutil
    shutil.copyfile(src, target)
    return [target]
