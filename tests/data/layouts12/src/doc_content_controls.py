"""Safer Wyndlesham Partnership Plan 2026-2029 (Word), written in the district council's corporate strategy
template, which is built from CONTENT CONTROLS (w:sdt): the cover's document-property controls (title, owner, a
date picker, a "Status" drop-down), a "Template guidance" control the author left in, and a REPEATING SECTION
(w15:repeatingSection) with one item per priority. Each item is a small table whose cells are controls:
"Priority title" (plain text, tag PriorityTitle), "Why this matters" (rich text), "Lead partner" (combo box) and
"Police and Crime Plan link" (drop-down list whose w:listItem options are the PCC's four priorities; only the
chosen one is text). A fifth item was added and never filled in: its title still shows the placeholder
"Click or tap here to enter text." (w:showingPlcHdr). The strategic assessment's recommendations and the
2023-2026 plan's priorities are rich-text controls of their own. Published as .docx and LibreOffice PDF."""
from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import RGBColor

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "content_controls_template_csp"
ACC = "2E5E4E"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (f'xmlns:w="{W_NS}" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
PCC = ["Safer streets and neighbourhoods", "Putting victims first", "Tackling violence against women and girls",
       "Fighting rural and wildlife crime"]
PRIORITIES = [
    ("Reducing anti-social behaviour in Wyndlesham town centre and on the Orchard Fields estate",
     "Anti-social behaviour is residents' top concern in every ward survey since 2022. Reports in the town "
     "centre rose by 14% last year, and a third of all calls come from the Orchard Fields estate.",
     "Wyndlesham District Council", PCC[0]),
    ("Keeping children and young people safe from criminal exploitation",
     "Forty-two children were referred to the exploitation panel in 2025-26, up from 27. Most were drawn into "
     "dealing drugs on county lines running between Wyndlesham and the city.",
     "Children's Social Care", PCC[0]),
    ("Tackling domestic abuse and supporting the whole family",
     "Domestic abuse accounts for one in five violent crimes recorded in the district, and children were "
     "present at more than half of the incidents police attended.",
     "Wyndlesham Domestic Abuse Partnership", PCC[2]),
    ("Cutting reoffending by the people who cause most harm in our neighbourhoods",
     "Sixty people on the Integrated Offender Management cohort committed 9% of the district's recorded "
     "acquisitive crime last year.",
     "Probation Service", PCC[1]),
]
_ids = iter(range(710001, 710999))


def _run(text: str, *, bold=False, placeholder=False, color: str | None = None) -> str:
    rpr = ""
    if placeholder:
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
    elif bold or color:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _sdtpr(alias: str, tag: str, kind: str, *, placeholder=False, lock=False) -> str:
    return (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{next(_ids)}"/>'
            + ('<w:lock w:val="sdtLocked"/>' if lock else "")
            + ('<w:showingPlcHdr/>' if placeholder else "") + kind + "</w:sdtPr>")


def run_sdt(alias: str, tag: str, text: str, *, kind: str = "<w:text/>", bold=False, placeholder=False) -> str:
    """An inline (run-level) content control."""
    return (f"<w:sdt>{_sdtpr(alias, tag, kind, placeholder=placeholder)}<w:sdtContent>"
            f"{_run(text, bold=bold, placeholder=placeholder)}</w:sdtContent></w:sdt>")


def _p(inner: str, *, style: str | None = None, after: int = 80, italic_grey=False) -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + f'<w:spacing w:before="0" w:after="{after}"/>'
    if italic_grey:
        inner = inner.replace("<w:r>", '<w:r><w:rPr><w:i/><w:color w:val="7F7F7F"/></w:rPr>', 1) \
            if "<w:rPr>" not in inner else inner
    return f"<w:p><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def block_sdt(alias: str, tag: str, inner_blocks: str, *, kind: str = "<w:richText/>", extra_pr: str = "") -> str:
    return (f"<w:sdt {NSDECL}><w:sdtPr><w:alias w:val=\"{alias}\"/><w:tag w:val=\"{tag}\"/>"
            f"<w:id w:val=\"{next(_ids)}\"/>{kind}{extra_pr}</w:sdtPr><w:sdtContent>{inner_blocks}"
            "</w:sdtContent></w:sdt>")


def _cell(width: int, inner: str, fill: str | None = None) -> str:
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{inner}</w:tc>'


def _label_cell(text: str) -> str:
    return _cell(2600, _p(f'<w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="20"/></w:rPr>'
                          f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>', after=0), ACC)


def priority_item(n: int, title: str | None, why: str, lead: str, pcc: str) -> str:
    """One w15:repeatingSectionItem: a four-row table of controls."""
    if title is None:
        title_p = _p(run_sdt("Priority title", "PriorityTitle", "Click or tap here to enter text.",
                             placeholder=True), after=0)
        why_p = _p(run_sdt("Why this matters", "PriorityWhy", "Click or tap here to enter text.",
                           kind="<w:richText/>", placeholder=True), after=0)
        lead_kind = ("<w:comboBox>" + "".join(f'<w:listItem w:displayText="{escape(x)}" w:value="{escape(x)}"/>'
                     for x in LEADS) + "</w:comboBox>")
        lead_p = _p(run_sdt("Lead partner", "PriorityLead", "Choose an item.", kind=lead_kind, placeholder=True),
                    after=0)
        pcc_kind = ("<w:dropDownList>" + "".join(f'<w:listItem w:displayText="{escape(x)}" w:value="{escape(x)}"/>'
                    for x in PCC) + "</w:dropDownList>")
        pcc_p = _p(run_sdt("Police and Crime Plan link", "PccLink", "Choose an item.", kind=pcc_kind,
                           placeholder=True), after=0)
    else:
        title_p = _p(run_sdt("Priority title", "PriorityTitle", title, bold=True), after=0)
        why_p = block_sdt("Why this matters", "PriorityWhy", _p(_run(why), after=0)).replace(f" {NSDECL}", "")
        lead_kind = ("<w:comboBox>" + "".join(f'<w:listItem w:displayText="{escape(x)}" w:value="{escape(x)}"/>'
                     for x in LEADS) + "</w:comboBox>")
        lead_p = _p(run_sdt("Lead partner", "PriorityLead", lead, kind=lead_kind), after=0)
        pcc_kind = ("<w:dropDownList>" + "".join(f'<w:listItem w:displayText="{escape(x)}" w:value="{escape(x)}"/>'
                    for x in PCC) + "</w:dropDownList>")
        pcc_p = _p(run_sdt("Police and Crime Plan link", "PccLink", pcc, kind=pcc_kind), after=0)
    head = f"Priority {n}"
    rows = [("Priority title", title_p), ("Why this matters", why_p), ("Lead partner", lead_p),
            ("Police and Crime Plan link", pcc_p)]
    trs = "".join(f"<w:tr>{_label_cell(lbl)}{_cell(6800, body)}</w:tr>" for lbl, body in rows)
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9400" w:type="dxa"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" '
           'w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:color="A6A6A6"/><w:right w:val="single" '
           'w:sz="4" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:color="A6A6A6"/><w:insideV '
           'w:val="single" w:sz="4" w:color="A6A6A6"/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" '
           'w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
           '</w:tblPr><w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6800"/></w:tblGrid>' + trs + "</w:tbl>")
    caption = _p(f'<w:r><w:rPr><w:b/><w:color w:val="{ACC}"/><w:sz w:val="22"/></w:rPr>'
                 f'<w:t>{head}</w:t></w:r>', after=60)
    gap = _p("", after=120)
    return (f"<w:sdt><w:sdtPr><w:id w:val=\"{next(_ids)}\"/><w15:repeatingSectionItem/></w:sdtPr>"
            f"<w:sdtContent>{caption}{tbl}{gap}</w:sdtContent></w:sdt>")


LEADS = ["Wyndlesham District Council", "Wyndlesham Police", "Children's Social Care", "Probation Service",
         "Wyndlesham Domestic Abuse Partnership", "Integrated Care Board", "Fire and Rescue Service"]


def add_xml(doc, xml: str) -> None:
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def build(work: Path) -> Path:
    doc = new_doc("Safer Wyndlesham Partnership Plan 2026-2029", "Wyndlesham District Council", accent=ACC,
                  heading_sizes=(16, 13, 11.5))
    ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.element.set("{%s}styleId" % W_NS, "PlaceholderText")
    ph.font.color.rgb = RGBColor.from_string("808080")
    sec = doc.sections[0]
    set_header(sec, "Wyndlesham District Council", right_text="Corporate strategy template v3.2", size=8.5)
    set_footer(sec, "OFFICIAL")

    # ---- p1: cover, document properties in controls
    para(doc, "Corporate strategy", size=12, color="595959", space_before=60)
    add_xml(doc, block_sdt("Document title", "DocTitle",
                           _p(f'<w:r><w:rPr><w:color w:val="{ACC}"/><w:sz w:val="56"/></w:rPr><w:t>'
                              'Safer Wyndlesham Partnership Plan 2026-2029</w:t></w:r>', after=240),
                           kind="<w:text/>"))
    rows = [("Owner", run_sdt("Owner", "DocOwner", "Safer Wyndlesham Partnership")),
            ("Approved by", run_sdt("Approved by", "DocApprover", "Safer Wyndlesham Partnership Board")),
            ("Date approved", run_sdt("Date approved", "DocDate", "17 July 2026",
                                      kind='<w:date w:fullDate="2026-07-17T00:00:00Z"><w:dateFormat '
                                           'w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs '
                                           'w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')),
            ("Status", run_sdt("Status", "DocStatus", "Approved",
                               kind='<w:dropDownList><w:listItem w:displayText="Draft" w:value="Draft"/>'
                                    '<w:listItem w:displayText="Out for consultation" w:value="Consultation"/>'
                                    '<w:listItem w:displayText="Approved" w:value="Approved"/></w:dropDownList>')),
            ("Review date", run_sdt("Review date", "DocReview", "July 2027")),
            ("Protective marking", run_sdt("Protective marking", "DocMarking", "OFFICIAL"))]
    trs = "".join(f"<w:tr>{_label_cell(a)}{_cell(6800, _p(b, after=0))}</w:tr>" for a, b in rows)
    add_xml(doc, f'<w:tbl {NSDECL}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9400" w:type="dxa"/>'
                 '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6800"/>'
                 f"</w:tblGrid>{trs}</w:tbl>")
    para(doc, "")
    para(doc, "If you need this document in another format or language, email "
              "communitysafety@wyndlesham.gov.example or call 01632 960 418.", size=9.5, color="595959",
         space_before=160)
    page_break(doc)

    # ---- p2: introduction, context
    doc.add_heading("1. Introduction", level=1)
    add_xml(doc, block_sdt("Template guidance", "Guidance",
                           _p('<w:r><w:rPr><w:i/><w:color w:val="7F7F7F"/></w:rPr><w:t xml:space="preserve">'
                              "Template guidance: say who the strategy is for and why it is needed. Section 4 "
                              "should list no more than five priorities, each evidenced by the strategic "
                              "assessment and linked to a Police and Crime Plan priority. Delete this guidance "
                              "before publishing.</w:t></w:r>")))
    para(doc, "The Safer Wyndlesham Partnership is the community safety partnership for Wyndlesham district. Its "
              "members are Wyndlesham District Council, Wyndlesham Police, the Fire and Rescue Service, the "
              "Probation Service, the Integrated Care Board, Children's Social Care and the county council, "
              "working with housing associations and voluntary groups.")
    para(doc, "This plan sets out what the partnership will focus on for the next three years and how we will "
              "know whether it is working. It replaces the 2023-2026 plan.")
    doc.add_heading("2. What the strategic assessment told us", level=1)
    para(doc, "Our 2026 strategic assessment looked at crime and disorder data, partner intelligence and a survey "
              "of 1,380 residents. It recommended that the partnership:")
    add_xml(doc, block_sdt("Assessment recommendations", "SARecs", "".join(
        _p(_run("\u2013 " + t), after=40) for t in [
            "keeps a place-based focus on the town centre, where most anti-social behaviour is reported",
            "treats exploitation of children and of vulnerable adults as one issue",
            "improves how partners share information about repeat victims of domestic abuse",
            "looks again at shoplifting, which has risen by 31% in two years",
            "continues the work with the Integrated Offender Management team"])))
    para(doc, "")
    para(doc, "Shoplifting is being taken forward by the Wyndlesham Business Crime Group, so it is not a "
              "partnership priority in this plan.")
    doc.add_heading("3. Our vision", level=1)
    para(doc, "A district where people feel safe at home, in their neighbourhood and in the town centre, day and "
              "night.")
    page_break(doc)

    # ---- p3-p4: the repeating section of priorities
    doc.add_heading("4. Our priorities", level=1)
    para(doc, "The partnership board agreed four priorities for 2026-2029. Each has a lead partner and links to "
              "one of the Police and Crime Commissioner's priorities.")
    items = [priority_item(i + 1, *p) for i, p in enumerate(PRIORITIES[:2])]
    add_xml(doc, block_sdt("Priorities", "PriorityRepeat", "".join(items), kind="<w15:repeatingSection/>"))
    page_break(doc)
    items = [priority_item(i + 3, *p) for i, p in enumerate(PRIORITIES[2:])]
    items.append(priority_item(5, None, "", "", ""))
    add_xml(doc, block_sdt("Priorities (continued)", "PriorityRepeat", "".join(items),
                           kind="<w15:repeatingSection/>"))
    page_break(doc)

    # ---- p5: measures, governance, previous plan
    doc.add_heading("5. How we will measure progress", level=1)
    table(doc, ["Measure", "2025-26", "Target 2028-29"],
          [["Anti-social behaviour incidents reported in the town centre", "2,140", "1,800"],
           ["Children referred to the exploitation panel who are reached within 5 days", "58%", "90%"],
           ["Repeat referrals to MARAC", "34%", "28%"],
           ["Reoffending rate of the IOM cohort", "41%", "33%"]],
          [10.0, 3.0, 3.4], head_fill=ACC)
    doc.add_heading("6. Governance", level=1)
    para(doc, "The partnership board meets four times a year and reports annually to the council's Overview and "
              "Scrutiny Committee. Each priority has a delivery group chaired by its lead partner.")
    doc.add_heading("7. Our previous plan", level=1)
    add_xml(doc, block_sdt("Previous plan", "PreviousPlan",
                           _p(_run("The 2023-2026 plan had three priorities:"), after=40) + "".join(
                               _p(_run("\u2013 " + t), after=40) for t in [
                                   "A safer night-time economy", "Hate crime", "Road safety around schools"])
                           + _p(_run("Road safety now sits with the county's Road Safety Partnership."))))
    doc.add_heading("8. The Police and Crime Commissioner's priorities", level=1)
    para(doc, "The Police and Crime Plan 2025-2029 has four priorities, which this plan supports:")
    bullets(doc, PCC)
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
