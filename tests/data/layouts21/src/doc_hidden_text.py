"""hidden_text_drafting_notes_reoffending.docx: the Halsworth Reducing Reoffending Strategy 2026-2029 as a Word
file (python-docx) whose author used Word's **hidden text** (Font > Hidden, `w:vanish`) for drafting notes, as
some council templates do for "guidance text": Word does not show or print it unless formatting marks are on,
but it is ordinary `w:t` text in document.xml.

Page 3 has four visible "Priority N: X" Heading 2 paragraphs. Hidden on that page: a whole fifth heading,
"Priority 5: Reducing reoffending by women", with a hidden note under it (removed at the April Board, kept
hidden until the women's pathway review ends); a hidden bracketed old wording at the end of priority 2's heading;
and a hidden instruction under priority 4. Hidden elsewhere: template guidance on page 1 and a note on page 2.
Gold is the four visible headings. Pages are counted by explicit page breaks. LibreOffice does not print hidden
text, so only the .docx is published: its printed form is an ordinary strategy.
"""
from __future__ import annotations

from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

import common
import docx_kit as D

NAME = "hidden_text_drafting_notes_reoffending"
TITLE = "Halsworth Reducing Reoffending Strategy 2026-2029"
ACCENT = "2F5D50"
GUIDE = "7F7F7F"


def hidden_run(p, text: str, *, italic=True, color=GUIDE):
    r = p.add_run(text)
    r.font.hidden = True
    r.italic = italic
    r.font.color.rgb = RGBColor.from_string(color)
    return r


def hide_mark(p) -> None:
    """Hide the paragraph mark too, so that the whole paragraph disappears in Word (not an empty line)."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(OxmlElement("w:vanish"))


def hidden_para(doc, text: str, style=None, italic=True):
    p = doc.add_paragraph(style=style)
    hidden_run(p, text, italic=italic, color=GUIDE if style is None else ACCENT)
    hide_mark(p)
    return p


def build(work: Path) -> Path:
    doc = D.new_doc(TITLE, "Halsworth Reducing Reoffending Board", accent=ACCENT)
    sec = doc.sections[0]
    D.set_footer(sec, "Halsworth Reducing Reoffending Strategy 2026-2029 \u2013 final, June 2026")

    # ---- page 1: cover and document control
    D.para(doc, "Halsworth Reducing Reoffending Board", size=13, color="595959", space_before=60)
    doc.add_paragraph(TITLE, style="Title")
    D.para(doc, "Published June 2026. Agreed by the Board on 7 April 2026 and by the Halsworth Community Safety "
                "Partnership on 12 May 2026.", color="595959")
    hidden_para(doc, "[Template guidance: replace the cover photo with one from the approved image library. Do not "
                     "add logos of partners who have not signed the strategy. Delete this text before publishing.]")
    doc.add_paragraph("Document control", style="Heading 2")
    D.table(doc, ["Version", "Date", "Status"], [
        ["0.1", "12 January 2026", "First draft for the Board's workshop"],
        ["0.2", "3 March 2026", "Consultation draft"],
        ["1.0", "7 April 2026", "Agreed by the Board"],
    ], [2.2, 4.0, 10.4], head_fill=ACCENT)
    D.page_break(doc)

    # ---- page 2: foreword and context
    doc.add_paragraph("Foreword", style="Heading 1")
    D.para(doc, "Most crime in Halsworth is committed by people who have offended before. Every time someone leaves "
                "prison without a home, or finishes an order without a job or treatment, the chances that they "
                "will offend again go up, and so does the chance of another victim. This strategy is about breaking "
                "that cycle, together.")
    D.para(doc, "Sarah Pennock, Head of the Halsworth Probation Delivery Unit, Chair of the Board", italic=True)
    doc.add_paragraph("Where we are now", style="Heading 1")
    D.para(doc, "In the year to March 2025, 26.8% of adults cautioned, convicted or released from custody in "
                "Halsworth reoffended within a year, against 25.1% in England and Wales. The rate for people leaving "
                "short prison sentences was over 50%.")
    D.para(doc, "Our last strategy (2022-2025) had three priorities: accommodation, employment, and substance "
                "misuse. We made progress on the first two; the number of people released homeless halved. But "
                "treatment on release did not improve, and the new strategy changes how we approach it.")
    p = D.para(doc, "The national framework for reducing reoffending describes seven pathways, from accommodation "
                    "to attitudes, thinking and behaviour. We have used them to organise the needs assessment, not as "
                    "our priorities.")
    hidden_run(p, " [Note for KM: check the pathway names against the latest HMPPS framework before sign-off.]")
    D.page_break(doc)

    # ---- page 3: the priorities, with hidden drafting text
    doc.add_paragraph("Our priorities for 2026-2029", style="Heading 1")
    D.para(doc, "The Board has agreed four priorities. Each has a lead partner and a small set of measures, listed "
                "on the next page.")
    doc.add_paragraph("Priority 1: A safe and settled home for everyone leaving prison", style="Heading 2")
    D.para(doc, "No one should leave HMP Ashcombe or HMP Kilnsea for Halsworth without somewhere to sleep that night. "
                "The council's housing team will work in both prisons twelve weeks before release.")
    h = doc.add_paragraph("Priority 2: Treatment that starts in custody and carries on in the community",
                          style="Heading 2")
    hidden_run(h, " [v0.2 wording: \u2018Substance misuse\u2019]", color=ACCENT)
    D.para(doc, "People who are in treatment in prison will be met at the gate by a recovery worker and have an "
                "appointment booked before they are released.")
    hidden_para(doc, "Priority 5: Reducing reoffending by women", style="Heading 2", italic=False)
    hidden_para(doc, "[Drafting note: priority 5 was taken out at the Board on 7 April 2026 until the county's "
                     "women's pathway review reports in the autumn. Keep this section hidden, do not delete it.]")
    doc.add_paragraph("Priority 3: Work, training and purpose after an offence", style="Heading 2")
    D.para(doc, "We will double the number of local employers who take on people with convictions, through the "
                "Halsworth Fair Chance pledge, and offer every person on a community order a training place.")
    doc.add_paragraph("Priority 4: Fewer young adults aged 18 to 25 cycling through the justice system",
                      style="Heading 2")
    D.para(doc, "Young adults are still maturing, and the evidence says they respond to a different approach. We "
                "will pilot a young adults' hub with the youth justice service and Probation.")
    hidden_para(doc, "[Guidance: each priority section should be no more than 120 words. Move the detail to the "
                     "delivery plan.]")
    D.page_break(doc)

    # ---- page 4: measures and governance
    doc.add_paragraph("How we will measure progress", style="Heading 1")
    D.table(doc, ["Measure", "Now", "2029 ambition"], [
        ["Proven reoffending rate, adults", "26.8%", "23%"],
        ["People released from custody with settled accommodation on the first night", "81%", "95%"],
        ["Continuity of care: treatment started within three weeks of release", "38%", "60%"],
        ["People on probation in employment six months after starting supervision", "31%", "40%"],
        ["Young adults (18-25) reoffending within a year", "33%", "28%"],
    ], [10.0, 2.6, 4.0], head_fill=ACCENT)
    doc.add_paragraph("How the Board works", style="Heading 1")
    D.para(doc, "The Board meets every quarter and reports to the Halsworth Community Safety Partnership and the "
                "Ockley Local Criminal Justice Board. Its values are to be evidence-led, to involve people with lived "
                "experience, and to put victims' safety first.")
    hidden_para(doc, "[Template guidance: add the Board's membership as an appendix if it is not on the website.]")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def finish(work: Path, out: Path) -> list[Path]:
    src = build(work)
    target = out / f"{NAME}.docx"
    target.write_bytes(src.read_bytes())
    return [target]
