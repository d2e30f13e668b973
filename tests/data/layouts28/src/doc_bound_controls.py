"""Tannerbrook Combating Drugs Partnership local plan 2027-2030, a draft filled in on the regional CDP template
(Word, published as .docx only). The priorities sit in CONTENT CONTROLS of the template's Section 3 table:
  * "Our local priority": a block-level plain-text control in each row (tag LocalPriority1..5), BOUND by
    w:dataBinding to a custom XML part (customXml/item2.xml, its own datastore item id), so the wording is in
    the cell and again in the data store;
  * "National priority it supports": a run-level DROP-DOWN control whose w:listItem entries carry all three From
    Harm to Hope priorities; the chosen one is shown in the cell, beside the local priority;
  * "Lead": a combo box;
  * the template's fifth row was not used: both its controls still show their placeholder text
    ("[Choose an item]", "[Click to enter priority]", w:showingPlcHdr), whose source is a glossary document
    (word/glossary/document.xml) that also holds the template's sample building block "Example priority:
    Reducing drug-related deaths";
  * a check-box control (w14:checkbox) "Agreed by the Combating Drugs Partnership".
Distractors: p2 the template guidance (a grey content control) and the three national priorities in prose;
p4 the national outcomes framework and the 2024 plan's three priorities.
Gold: the four filled "Our local priority" controls (p3)."""
from __future__ import annotations

from pathlib import Path

import kit28 as k
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "bound_dropdown_controls_drugs"
ACC = "0B6E69"
STORE = "{7C2D1A4E-3B5F-4C61-9E0A-5D28F1B6C903}"
URI = "urn:tannerbrook:cdp-template:v2"
NATIONAL = ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
            "Achieve a generational shift in demand for drugs"]
ROWS = [("Fewer deaths from drugs and alcohol in Tannerbrook", 1, "Public health"),
        ("More people starting and staying in treatment after prison", 1, "Probation"),
        ("Closing down the county lines that supply Tannerbrook", 0, "Police"),
        ("Fewer young people starting to use drugs", 2, "Children's services")]
LEADS = ["Public health", "Police", "Probation", "Children's services", "Housing", "Jobcentre Plus"]
SZ = '<w:sz w:val="19"/><w:szCs w:val="19"/>'
_ids = iter(range(1601, 1700))


def sid() -> str:
    return f'<w:id w:val="{next(_ids)}"/>'


def ph_run(text: str) -> str:
    return k.r(text, f'<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/>{SZ}</w:rPr>')


def local_control(n: int, text: str | None) -> str:
    """A block-level plain-text control in a table cell, bound to /cdp:localPlan/cdp:priorityN."""
    bind = (f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'{URI}\'" '
            f'w:xpath="/ns0:localPlan[1]/ns0:priority{n}[1]" w:storeItemID="{STORE}"/>')
    body = (k.r(text, f"<w:rPr><w:b/>{SZ}</w:rPr>") if text else ph_run("[Click to enter priority]"))
    return (f'<w:sdt><w:sdtPr><w:rPr><w:b/>{SZ}</w:rPr><w:alias w:val="Our local priority"/>'
            f'<w:tag w:val="LocalPriority{n}"/>{sid()}<w:lock w:val="sdtLocked"/>'
            f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_LocalPriority"/></w:placeholder>'
            + ("" if text else "<w:showingPlcHdr/>") + f'{bind}<w:text/></w:sdtPr><w:sdtContent>'
            f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>{body}</w:p></w:sdtContent></w:sdt>')


def national_control(choice: int | None) -> str:
    items = "".join(f'<w:listItem w:displayText={k.attr(t)} w:value="FHTH{i + 1}"/>' for i, t in enumerate(NATIONAL))
    shown = (k.r(NATIONAL[choice], f"<w:rPr>{SZ}</w:rPr>") if choice is not None
             else ph_run("[Choose an item]"))
    return (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:sdt><w:sdtPr><w:rPr>{SZ}</w:rPr>'
            f'<w:alias w:val="National priority"/><w:tag w:val="NationalPriority"/>{sid()}'
            f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_ChooseItem"/></w:placeholder>'
            + ("" if choice is not None else "<w:showingPlcHdr/>")
            + f'<w:dropDownList><w:listItem w:displayText="[Choose an item]" w:value=""/>{items}</w:dropDownList>'
            f'</w:sdtPr><w:sdtContent>{shown}</w:sdtContent></w:sdt></w:p>')


def lead_control(lead: str | None) -> str:
    items = "".join(f'<w:listItem w:displayText={k.attr(t)} w:value={k.attr(t)}/>' for t in LEADS)
    shown = k.r(lead, f"<w:rPr>{SZ}</w:rPr>") if lead else ph_run("[Choose a lead]")
    return (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:sdt><w:sdtPr><w:alias w:val="Lead"/>'
            f'<w:tag w:val="Lead"/>{sid()}' + ("" if lead else "<w:showingPlcHdr/>")
            + f'<w:comboBox>{items}</w:comboBox></w:sdtPr><w:sdtContent>{shown}</w:sdtContent></w:sdt></w:p>')


def tc(width: int, inner: str, fill: str | None = None) -> str:
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{inner}</w:tc>'


def section3_table() -> str:
    widths = (700, 2900, 3900, 1900)
    head = ["No.", "National priority it supports", "Our local priority", "Lead"]
    white = f'<w:rPr><w:b/><w:color w:val="FFFFFF"/>{SZ}</w:rPr>'
    hp = lambda t: f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>{k.r(t, white)}</w:p>'  # noqa: E731
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(tc(w, hp(h), ACC) for w, h in zip(widths, head))
            + "</w:tr>"]
    for n in range(1, 6):
        text, nat, lead = ROWS[n - 1] if n <= len(ROWS) else (None, None, None)
        num = f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>{k.r(str(n), f"<w:rPr>{SZ}</w:rPr>")}</w:p>'
        rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + tc(widths[0], num) + tc(widths[1], national_control(nat))
                    + tc(widths[2], local_control(n, text)) + tc(widths[3], lead_control(lead)) + "</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl {k.NS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9400" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            f'{"".join(rows)}</w:tbl>')


GOTHIC = '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'


def checkbox(label: str, checked: bool) -> str:
    mark = "\u2612" if checked else "\u2610"
    return k.p(f'<w:sdt><w:sdtPr><w:alias w:val="Agreed"/><w:tag w:val="AgreedByCDP"/>{sid()}<w14:checkbox>'
               f'<w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" '
               f'w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
               f'</w:sdtPr><w:sdtContent>{k.r(mark, GOTHIC)}'
               f'</w:sdtContent></w:sdt>{k.r(" " + label)}', ppr='<w:spacing w:before="160"/>')


def guidance(text: str) -> str:
    """The template's guidance box: a block-level rich-text control, grey italic."""
    return (f'<w:sdt {k.NS}><w:sdtPr><w:alias w:val="Template guidance"/><w:tag w:val="Guidance"/>{sid()}'
            f'<w:lock w:val="sdtContentLocked"/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:shd w:val="clear" '
            f'w:color="auto" w:fill="F2F2F2"/><w:spacing w:after="120"/></w:pPr>'
            f'{k.r(text, k.rpr(italic=True, color="595959", size=9.5))}</w:p></w:sdtContent></w:sdt>')


def add_parts(doc) -> None:
    vals = "".join(f"<cdp:priority{n}>{k.esc(ROWS[n - 1][0]) if n <= len(ROWS) else ''}</cdp:priority{n}>"
                   for n in range(1, 6))
    item = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<cdp:localPlan xmlns:cdp="{URI}">'
            f'<cdp:area>Tannerbrook</cdp:area><cdp:templateVersion>2.1</cdp:templateVersion>{vals}'
            f'</cdp:localPlan>').encode()
    props = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{STORE}" '
             f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
             f'<ds:schemaRef ds:uri="{URI}"/></ds:schemaRefs></ds:datastoreItem>').encode()
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    pkg = doc.part.package
    item_part = Part(PackURI("/customXml/item2.xml"), "application/xml", item, pkg)
    props_part = Part(PackURI("/customXml/itemProps2.xml"),
                      "application/vnd.openxmlformats-officedocument.customXmlProperties+xml", props, pkg)
    item_part.relate_to(props_part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps")
    doc.part.relate_to(item_part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml")

    def docpart(name: str, guid: str, gallery: str, body: str) -> str:
        return (f'<w:docPart><w:docPartPr><w:name w:val="{name}"/><w:category><w:name w:val="General"/>'
                f'<w:gallery w:val="{gallery}"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types>'
                f'<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{guid}"/></w:docPartPr>'
                f'<w:docPartBody><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{k.esc(body)}'
                f'</w:t></w:r></w:p></w:docPartBody></w:docPart>')
    gl = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:glossaryDocument '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docParts>'
          + docpart("DefaultPlaceholder_LocalPriority", "{A1F3C2D4-0B1E-4E55-8C21-3F6D7A9B0C11}", "placeholder",
                    "[Click to enter priority]")
          + docpart("DefaultPlaceholder_ChooseItem", "{A1F3C2D4-0B1E-4E55-8C21-3F6D7A9B0C12}", "placeholder",
                    "[Choose an item]")
          + docpart("CDP sample priority", "{A1F3C2D4-0B1E-4E55-8C21-3F6D7A9B0C13}", "quickParts",
                    "Example priority: Reducing drug-related deaths")
          + "</w:docParts></w:glossaryDocument>").encode()
    k.add_part(doc, "/word/glossary/document.xml",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
               "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument", gl)


def build(work: Path) -> Path:
    doc = new_doc("Tannerbrook Combating Drugs Partnership Local Plan 2027-2030 (draft)", "Aisling Chowdry",
                  font="Arial", accent=ACC, heading_sizes=(16, 13, 11.5))
    sec = doc.sections[0]
    set_header(sec, "Regional CDP local plan template v2.1", color="7F7F7F", right_text="DRAFT")
    set_footer(sec, "Tannerbrook Combating Drugs Partnership")
    # ---- p1
    para(doc, "Tannerbrook Combating Drugs Partnership", size=13, color="595959", space_before=110)
    para(doc, "Local Plan 2027-2030", size=28, color=ACC)
    para(doc, "Draft for the Office of the Police and Crime Commissioner, October 2026", size=11, color="595959",
         space_before=14)
    k.add(doc, guidance("How to use this template: complete every grey field. Sections 1 and 2 describe your "
                        "area; Section 3 records your local priorities, each linked to one national priority "
                        "from From Harm to Hope. Delete unused rows before publication."))
    page_break(doc)
    # ---- p2
    doc.add_heading("Section 1: Our area", level=1)
    para(doc, "Tannerbrook has 164,000 residents. Drug-related deaths have risen for four years, and two county "
              "lines were disrupted in 2025-26 only to be replaced within weeks.")
    bullets(doc, ["31 drug poisoning deaths in 2023-2025, up from 22 in 2020-2022.",
                  "Only 29% of people released from prison with a treatment need started treatment within three "
                  "weeks.", "Cannabis is the main drug for 84% of under-18s in treatment."])
    doc.add_heading("Section 2: The national strategy", level=1)
    k.add(doc, guidance("Guidance: From Harm to Hope has three national priorities. Every local priority in "
                        "Section 3 must support one of them."))
    para(doc, "The Government's 10-year drugs strategy, From Harm to Hope, has three priorities: break drug "
              "supply chains; deliver a world-class treatment and recovery system; and achieve a generational "
              "shift in demand for drugs.")
    page_break(doc)
    # ---- p3: the template's Section 3 table
    doc.add_heading("Section 3: Our local priorities", level=1)
    k.add(doc, guidance("Guidance: enter up to five local priorities, one a row. Choose the national priority "
                        "each one supports from the drop-down list."))
    k.add(doc, section3_table())
    k.add(doc, checkbox("Agreed by the Tannerbrook Combating Drugs Partnership on 8 October 2026", True))
    page_break(doc)
    # ---- p4
    doc.add_heading("Section 4: Outcomes and governance", level=1)
    para(doc, "We will report against the national outcomes framework:")
    bullets(doc, ["Reducing drug use", "Reducing drug-related crime", "Reducing drug-related deaths and harm",
                  "Reducing drug supply", "Increasing engagement in treatment", "Improving recovery outcomes"])
    para(doc, "Our 2024 plan had three priorities: treatment capacity, naloxone, and the county lines "
              "taskforce. The partnership reviewed them in July 2026.")
    table(doc, ["Meeting", "Frequency", "Chair"],
          [["Combating Drugs Partnership", "Quarterly", "Director of Public Health"],
           ["Treatment and recovery group", "Every six weeks", "Head of commissioning"]],
          [6.0, 4.0, 6.4], head_fill=ACC)
    add_parts(doc)
    return k.save(doc, work, NAME)


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    return k.publish(work, out, NAME)
