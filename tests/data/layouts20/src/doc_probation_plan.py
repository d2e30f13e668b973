"""Probation Service, Trentvale Region: "Regional Reducing Reoffending Plan 2027-28" (Word, published as its
LibreOffice PDF only, 4 pages, with the government security marking OFFICIAL in the header and footer).

The HMPPS house style: a regional plan organised round the SEVEN REDUCING REOFFENDING PATHWAYS, which are the
first and longest numbered list (a numbered table on p2, with leads and commissioned services), and round the
national HMPPS business plan. The region's own four priorities are the Heading 2s under "Our regional
priorities for 2027-28" (p3), typed "1." to "4." like the pathway numbers, each followed by a "Pathways: 1
Accommodation; 4 Drugs and alcohol" tag that cites the pathway list. Look-alikes: HMPPS's three national
business plan priorities (bullets, p1); the four Probation Delivery Units (p1); the seven pathways (p2); the
Director's foreword names the regional priorities in a sentence in short form (p1); the national key
performance indicators and the Reducing Reoffending Board's terms (p4)."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, cell_text, col_widths, new_doc, page_break, para, set_footer, set_header, shade, table

NAME = "seven_pathways_regional_reoffending"
ACC = "1D4F91"
TITLE = "Probation Service Trentvale Region: Regional Reducing Reoffending Plan 2027-28"
PATHWAYS = [("Accommodation", "Head of Resettlement", "Accommodation CRS; Community Accommodation Service (CAS3)"),
            ("Education, training and employment", "Employment Lead", "ETE CRS; prison employment hubs"),
            ("Health", "Health and Justice Lead", "Liaison and diversion; RECONNECT"),
            ("Drugs and alcohol", "Health and Justice Lead", "Drug and alcohol treatment requirements"),
            ("Finance, benefit and debt", "Head of Resettlement", "Finance, benefit and debt CRS"),
            ("Children and families", "Head of Interventions", "Family services; Personal Wellbeing CRS"),
            ("Attitudes, thinking and behaviour", "Head of Interventions",
             "Accredited programmes; structured interventions")]
PRIORITIES = [
    ("Settled accommodation for everyone leaving prison, starting with the first night", "1 Accommodation",
     "One in six people released from HMP Stallbridge in 2025-26 had nowhere to stay on their first night. "
     "People who are homeless on release are about twice as likely to be recalled.",
     ["open a resettlement desk at HMP Stallbridge with the four local housing authorities",
      "extend CAS3 bed spaces from 84 to 120", "agree a duty to refer protocol with every council"]),
    ("More people on probation in work, training or education within six months of release",
     "2 Education, training and employment; 5 Finance, benefit and debt",
     "Only 27% of people released in the region were in work six months later, against 31% nationally.",
     ["place an employment adviser in every Probation Delivery Unit",
      "recruit 40 new employers to the region's Ban the Box pledge"]),
    ("Safer management of people who commit domestic abuse and stalking", "7 Attitudes, thinking and behaviour",
     "Domestic abuse features in 38% of the caseload. Inspectors found that home visits and police checks were "
     "too often missed.",
     ["complete domestic abuse and safeguarding checks on every case before sentence",
      "deliver the Building Better Relationships programme in all four Delivery Units"]),
    ("Continuity of drug and alcohol treatment from custody into the community", "4 Drugs and alcohol; 3 Health",
     "Only 41% of people released with a treatment need started community treatment within three weeks.",
     ["meet every prison leaver with a treatment need at the gate with a recovery worker",
      "make naloxone available on release for everyone with a history of opiate use"]),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Probation Service Trentvale Region", font="Liberation Sans", accent=ACC, size=10.5,
                  heading_sizes=(14, 12, 11))
    sec = doc.sections[0]
    set_header(sec, "OFFICIAL", align="center", color="000000", bold=True)
    set_footer(sec, "OFFICIAL \u2013 Trentvale Regional Reducing Reoffending Plan 2027-28", page_word="Page ")
    # ---------------------------------------------------------------- p1
    para(doc, "HM Prison and Probation Service", size=10, color="595959", space_after=0)
    para(doc, "Probation Service \u2013 Trentvale Region", bold=True, size=12, color=ACC, space_after=6)
    para(doc, "Regional Reducing Reoffending Plan 2027-28", size=22, color=ACC, space_after=12)
    doc.add_heading("Foreword from the Regional Probation Director", level=1)
    para(doc, "This plan sets out how the Probation Service in Trentvale will work with prisons, councils, "
              "health services, the police and the voluntary sector to reduce reoffending over the coming year. "
              "It is built around the seven reducing reoffending pathways, and it sets four regional priorities "
              "for 2027-28: first-night accommodation, jobs, domestic abuse and continuity of treatment.")
    para(doc, "We start the year with more staff than at any time since unification, and with the results of "
              "HM Inspectorate of Probation's regional inspection. I want every person on probation to leave "
              "our supervision with somewhere to live, something to do and someone to support them.")
    para(doc, "Amrit Sandhu-Lowe, Regional Probation Director", italic=True, size=9.5)
    doc.add_heading("Our region", level=1)
    para(doc, "The region supervises around 9,400 people in the community and works with three prisons. It has "
              "four Probation Delivery Units (PDUs):")
    bullets(doc, ["Haddlestone PDU", "Moorhampton PDU", "Trentvale South PDU", "Oxenby and Medwin PDU"])
    doc.add_heading("The national picture", level=1)
    para(doc, "The regional plan sits under the HMPPS Business Plan 2027-28, which sets three priorities for "
              "prisons and probation nationally:")
    bullets(doc, ["Protect the public by managing risk well", "Reduce reoffending by giving people the skills, "
                  "support and stability to change", "Build a skilled and stable workforce"])
    page_break(doc)
    # ---------------------------------------------------------------- p2
    doc.add_heading("The seven reducing reoffending pathways", level=1)
    para(doc, "The pathways describe the needs that, when met, make reoffending less likely. Every sentence "
              "plan and every commissioned service in the region is mapped to them.")
    t = doc.add_table(rows=1 + len(PATHWAYS), cols=4)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["", "Pathway", "Regional lead", "Commissioned and in-house services"]):
        cell_text(c, h, bold=True, size=9.5, color="FFFFFF")
        shade(c, ACC)
    for i, (row, (name, lead, svc)) in enumerate(zip(t.rows[1:], PATHWAYS), 1):
        cell_text(row.cells[0], str(i), bold=True, size=11, color=ACC, align="center")
        cell_text(row.cells[1], name, bold=True, size=9.5)
        cell_text(row.cells[2], lead, size=9.5)
        cell_text(row.cells[3], svc, size=9.5)
    col_widths(t, [1.0, 5.2, 3.8, 6.6])
    para(doc, "CRS: Commissioned Rehabilitative Services.", size=8.5, color="595959", space_before=4)
    doc.add_heading("What the evidence tells us", level=1)
    bullets(doc, ["The proven reoffending rate for adults in the region is 26.1%, close to the national rate.",
                  "Accommodation and employment at release are below the national average in all four PDUs.",
                  "HM Inspectorate of Probation rated the region \u201cRequires improvement\u201d for keeping "
                  "people safe, with domestic abuse checks the main concern.",
                  "People released from custody on a Friday are the least likely to reach a treatment "
                  "appointment."])
    page_break(doc)
    # ---------------------------------------------------------------- p3
    doc.add_heading("Our regional priorities for 2027-28", level=1)
    para(doc, "The Regional Leadership Team agreed four priorities for the year. They draw on the pathways "
              "above; the numbers after each one are the pathways it relies on most.")
    for i, (title, pw, why, will) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"{i}. {title}", level=2)
        para(doc, "Pathways: " + pw, italic=True, size=9, color="595959", space_after=3)
        para(doc, why, size=10, space_after=3)
        bullets(doc, ["We will " + w for w in will])
    page_break(doc)
    # ---------------------------------------------------------------- p4
    doc.add_heading("How we will measure progress", level=1)
    para(doc, "We will report against the national key performance indicators each quarter.")
    table(doc, ["Key performance indicator", "Region 2025-26", "Target 2027-28"], [
        ["Settled accommodation on the first night after release", "71%", "80%"],
        ["In employment six weeks after release", "19%", "25%"],
        ["In employment at the end of supervision", "33%", "38%"],
        ["Domestic abuse checks completed before sentence", "72%", "95%"],
        ["Started community drug treatment within three weeks of release", "41%", "55%"]],
        [9.6, 3.2, 3.2], head_fill=ACC)
    doc.add_heading("Governance", level=1)
    para(doc, "The Regional Leadership Team owns this plan. Progress is reported each quarter to the Trentvale "
              "Reducing Reoffending Board, which brings together the Probation Service, the prison governors, the "
              "four councils, the Integrated Care Board, the Police and Crime Commissioner and the voluntary "
              "sector. Each PDU head reports to their local Community Safety Partnership.")
    para(doc, "The Board's terms of reference ask it to:")
    bullets(doc, ["agree shared priorities between partners", "hold partners to account for their part in the "
                  "pathways", "remove barriers that one agency cannot remove on its own"])
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 4, common.pdf_pages(pdf)
    return [pdf]
