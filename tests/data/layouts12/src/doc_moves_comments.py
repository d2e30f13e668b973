"""Tarrowby Domestic Abuse Strategy 2026-2028, board draft v0.7 (Word, published as .docx only, with Track
Changes on). The priorities are unlabelled Heading 2 paragraphs under "Our priorities" (p3), and the reviewers'
edits are still in the file:
  * a priority MOVED from third to first place: w:moveFrom (its text is still in w:t, not w:delText) at the old
    place and w:moveTo at the new one, each inside moveFromRangeStart/End and moveToRangeStart/End markers;
  * a word replaced inside a priority (w:del "perpetrators", w:ins "people who cause harm");
  * a priority DELETED with its paragraph mark and its description (w:del, w:delText);
  * a priority INSERTED with its description (w:ins);
  * one priority split into runs mid-word (rsid runs, w:proofErr, a bookmark inside a word), as Word saves a
    heading that has been edited several times;
  * comments (comments.xml): one suggests adding economic abuse as a fifth priority, and a reply says no.
Read as accepted, there are four priorities. The document history table and the comments describe the changes."""
from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "tracked_moves_comments_domestic_abuse"
ACC = "8C2B3A"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
D = 'w:date="2026-08-20T14:12:00Z"'
A1 = 'w:author="Joanne Treharne"'
A2 = 'w:author="Sam Okonjo"'
MOVED = "Children who live with domestic abuse are recognised as victims in their own right"
MOVED_DESC = ("One in five children referred to Tarrowby children's services lives with domestic abuse. We "
              "will make sure every one of them is offered support of their own, not only through their parent.")


def r(text: str, rsid: str = "00A41C2E", tag: str = "w:t") -> str:
    return f'<w:r w:rsidR="{rsid}"><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def p(inner: str, style: str | None = None, mark: str = "") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f"<w:rPr>{mark}</w:rPr>" if mark else "")
    return f'<w:p xmlns:w="{W_NS}"><w:pPr>{ppr}</w:pPr>{inner}</w:p>'


def add(doc, xml: str) -> None:
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def marker(doc, tag: str, **attrs) -> None:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn("w:" + k), v)
    body = doc.element.body
    body.insert(len(body) - 1, el)


def build(work: Path) -> Path:
    doc = new_doc("Tarrowby Domestic Abuse Strategy 2026-2028 (draft v0.7)", "Joanne Treharne", accent=ACC,
                  heading_sizes=(16, 13, 11.5))
    sec = doc.sections[0]
    set_header(sec, "DRAFT v0.7 for board sign-off, contains tracked changes", color="C00000", bold=True)
    set_footer(sec, "Tarrowby Domestic Abuse Strategy 2026-2028")
    # ---- p1
    para(doc, "Tarrowby Domestic Abuse Local Partnership Board", size=13, color="595959", space_before=110)
    para(doc, "Domestic Abuse Strategy 2026-2028", size=28, color=ACC)
    para(doc, "Draft v0.7 for sign-off at the board meeting on 3 September 2026", size=11, color="595959",
         space_before=14)
    doc.add_heading("Document history", level=2)
    table(doc, ["Version", "Date", "Changes"],
          [["0.5", "14 July 2026", "First full draft, five priorities, sent to partners"],
           ["0.6", "6 August 2026", "Comments from the survivors' reference group"],
           ["0.7", "20 August 2026", "Stalking folded into the support priority; children's priority moved "
                                     "to first; safe accommodation added; wording on perpetrators changed"]],
          [2.0, 3.2, 11.2], head_fill=ACC)
    page_break(doc)
    # ---- p2
    doc.add_heading("Introduction", level=1)
    para(doc, "The Domestic Abuse Act 2021 gives Tarrowby Borough Council a duty to assess the need for support in "
              "safe accommodation and to publish a strategy. This strategy goes further: it covers everyone "
              "affected by domestic abuse in Tarrowby, wherever they live.")
    doc.add_heading("What the needs assessment told us", level=1)
    bullets(doc, ["Police recorded 3,960 domestic abuse incidents in 2025-26, a rise of 6%.",
                  "Refuge spaces were full on 312 nights, and 41 households were placed outside the borough.",
                  "Older victims and men are less likely to be referred to specialist support.",
                  "Stalking reports doubled in two years."])
    doc.add_heading("The safe accommodation duty", level=1)
    para(doc, "Support in safe accommodation covers refuges, specialist safe accommodation, dispersed "
              "accommodation, sanctuary schemes and second-stage accommodation.")
    page_break(doc)
    # ---- p3: the priorities, with tracked changes
    h = doc.add_heading("Our priorities", level=1)
    lead = para(doc, "The board has agreed four priorities for 2026-2028.")
    # the moved priority's new place (first)
    marker(doc, "w:moveToRangeStart", id="101", author="Joanne Treharne", date="2026-08-20T14:12:00Z",
           name="move207193301")
    add(doc, p(f'<w:moveTo w:id="102" {A1} {D}>{r(MOVED)}</w:moveTo>', "Heading2",
               f'<w:moveTo w:id="103" {A1} {D}/>'))
    add(doc, p(f'<w:moveTo w:id="104" {A1} {D}>{r(MOVED_DESC)}</w:moveTo>', None,
               f'<w:moveTo w:id="105" {A1} {D}/>'))
    marker(doc, "w:moveToRangeEnd", id="101")
    # priority 2 as accepted: split into runs mid-word
    frag = (r("Surv", "00A41C2E") + '<w:proofErr w:type="spellStart"/>' + r("ivors get the ri", "00C7713B")
            + '<w:bookmarkStart w:id="7" w:name="_Hlk207190122"/>' + r("ght support, first time, ", "00C7713B")
            + '<w:bookmarkEnd w:id="7"/><w:proofErr w:type="spellEnd"/>' + r("whatever their back", "00E2210F")
            + r("ground", "00A41C2E"))
    add(doc, p(frag, "Heading2"))
    add(doc, p(r("We will run one front door for referrals, so that nobody has to tell their story more than "
                 "once, and make sure older people, men and LGBT+ survivors are referred as often as others. "
                 "Support for victims of stalking ") + f'<w:ins w:id="110" {A1} {D}>'
               + r("is part of this priority and ") + "</w:ins>" + r("will be commissioned with the Office of "
                                                                      "the Police and Crime Commissioner.")))
    # priority 3: a replaced word
    add(doc, p(r("Holding ") + f'<w:del w:id="111" {A2} {D}>' + r("perpetrators", tag="w:delText") + "</w:del>"
               + f'<w:ins w:id="112" {A2} {D}>' + r("people who cause harm") + "</w:ins>"
               + r(" to account and helping them change"), "Heading2"))
    add(doc, p(r("We will double the places on the Tarrowby behaviour change programme and use Domestic Abuse "
                 "Protection Orders whenever the criteria are met.")))
    # the moved priority's old place (was third)
    marker(doc, "w:moveFromRangeStart", id="120", author="Joanne Treharne", date="2026-08-20T14:12:00Z",
           name="move207193301")
    add(doc, p(f'<w:moveFrom w:id="121" {A1} {D}>{r(MOVED)}</w:moveFrom>', "Heading2",
               f'<w:moveFrom w:id="122" {A1} {D}/>'))
    add(doc, p(f'<w:moveFrom w:id="123" {A1} {D}>{r(MOVED_DESC)}</w:moveFrom>', None,
               f'<w:moveFrom w:id="124" {A1} {D}/>'))
    marker(doc, "w:moveFromRangeEnd", id="120")
    # a deleted priority, paragraph marks and all
    add(doc, p(f'<w:del w:id="130" {A1} {D}>' + r("Improving the response to stalking and harassment",
                                                  tag="w:delText") + "</w:del>", "Heading2",
               f'<w:del w:id="131" {A1} {D}/>'))
    add(doc, p(f'<w:del w:id="132" {A1} {D}>' + r("We will train every frontline officer and housing officer "
                                                  "to recognise stalking.", tag="w:delText") + "</w:del>", None,
               f'<w:del w:id="133" {A1} {D}/>'))
    # an inserted priority
    add(doc, p(f'<w:ins w:id="140" {A2} {D}>' + r("Safe accommodation for every survivor who needs to leave "
                                                  "home") + "</w:ins>", "Heading2",
               f'<w:ins w:id="141" {A2} {D}/>'))
    add(doc, p(f'<w:ins w:id="142" {A2} {D}>' + r("We will open eight more dispersed safe homes and expand the "
                                                  "sanctuary scheme, so that fewer families are placed outside "
                                                  "the borough.") + "</w:ins>", None,
               f'<w:ins w:id="143" {A2} {D}/>'))
    page_break(doc)
    # ---- p4
    doc.add_heading("How we will know it is working", level=1)
    table(doc, ["Measure", "2025-26", "Target 2027-28"],
          [["Nights when refuge was full", "312", "150"],
           ["Households placed outside the borough", "41", "15"],
           ["Children offered support in their own right", "46%", "90%"]],
          [10.0, 3.0, 3.4], head_fill=ACC)
    doc.add_heading("National context", level=1)
    para(doc, "The Government's Tackling Domestic Abuse Plan sets four national priorities: prioritising "
              "prevention, supporting victims, pursuing perpetrators and a stronger system. Our local "
              "priorities sit within them.")
    # comments
    comments = [
        doc.add_comment(h.runs, "The board asked for no more than four priorities. Stalking folded into the "
                                "support priority, see v0.7 note.", author="Joanne Treharne", initials="JT"),
        doc.add_comment(lead.runs, "Should economic abuse be a fifth priority in its own right?",
                        author="Sam Okonjo", initials="SO"),
        doc.add_comment(lead.runs, "No: it is covered by the support priority and the training plan. Agreed at "
                                   "the reference group.", author="Joanne Treharne", initials="JT")]
    for c, when in zip(comments, ("2026-08-20T14:15:00Z", "2026-08-21T09:02:00Z", "2026-08-21T11:40:00Z")):
        c._comment_elm.set(qn("w:date"), when)  # python-docx stamps the clock time: pinned
    st = doc.settings.element  # w:trackRevisions goes after these in CT_Settings
    before = [c for c in st if c.tag in {qn("w:" + t) for t in (
        "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
        "doNotDisplayPageBoundaries", "displayBackgroundShape", "embedTrueTypeFonts", "mirrorMargins",
        "hideSpellingErrors", "hideGrammaticalErrors", "proofState", "formsDesign", "attachedTemplate",
        "linkStyles", "documentType", "mailMerge", "revisionView")}]
    tr = OxmlElement("w:trackRevisions")
    if before:
        before[-1].addnext(tr)
    else:
        st.insert(0, tr)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    return [docx]
