"""Dunstowe and Ketterby Reducing Reoffending Board: "Reducing Reoffending Strategy 2027-2030" (Word,
published as its LibreOffice PDF only, full length).

The four priorities (lettered A to D) are STATED ONCE, as Heading 2 paragraphs "Priority A: ..." in a
TWO-COLUMN Word section ("Our priorities"), each followed by a paragraph and "We will" bullets. The page
before, in the same two-column design and the same Heading 2 style, gives the seven national reducing
reoffending PATHWAYS ("Pathway 1: Accommodation" ...). The delivery chapter is organised by pathway, not by
priority; the performance table and landscape action plan use the letters and short names. The executive
summary only cross-refers ("four priorities, set out on page N"). Also: footnotes, numbered "key findings",
the previous strategy's three aims, the PCC's priorities and a "year two refresh" commitment."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import common
from content19 import GLOSSARY, equality
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx_kit import (Notes, bullets, cell_text, merge_cells, new_doc, new_section, numbered, page_break, para,
                      set_footer, set_header, shade, table)

NAME = "pathways_two_column_lettered_reoffending"
ACC = "2E5E3A"
PART = "Dunstowe and Ketterby Reducing Reoffending Board"
TITLE = "Reducing Reoffending Strategy 2027-2030"
PRIORITIES = [
    "Secure a settled home for everyone leaving prison or on probation in Dunstowe and Ketterby",
    "Reduce reoffending by women through gender-specific, trauma-informed support",
    "Increase the number of people on probation in education, training and work",
    "Cut reoffending by young adults moving from youth to adult services",
]
SHORT = ["Housing", "Women", "Employment", "Young adults"]
PATHWAYS = [("Accommodation", "a safe and stable place to live"), ("Education, training and employment",
                                                                     "skills and a job"),
            ("Health", "physical and mental health care, including continuity on release"),
            ("Drugs and alcohol", "treatment that starts in custody and continues in the community"),
            ("Finance, benefit and debt", "a bank account, ID and benefits in place on release"),
            ("Children and families", "keeping family ties and supporting children of people in prison"),
            ("Attitudes, thinking and behaviour", "programmes that challenge offending behaviour")]
PAGES = {"Foreword": 3, "Executive summary": 4, "Reoffending in Dunstowe and Ketterby": 5,
         "The seven pathways": 7, "Our priorities": 8, "Delivering through the pathways": 9,
         "Governance and performance": 10, "Appendix 1: Action plan": 11, "Appendix 2: Glossary": 12}


def two_columns(section, space_cm=0.8):
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def one_column(section):
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "1")


def std(section):
    set_header(section, PART, size=8)
    set_footer(section, TITLE)


def build(work: Path) -> Path:
    doc = new_doc(f"{PART}: {TITLE}", PART, accent=ACC, size=10.5, heading_sizes=(18, 12.5, 11),
                  font="Liberation Serif", heading_font="Liberation Sans")
    notes = Notes(doc)
    # ---------------------------------------------------------------- p1 cover
    para(doc, PART.upper(), bold=True, size=12, color=ACC, space_before=120, font="Liberation Sans")
    para(doc, "Reducing Reoffending", size=32, color=ACC, space_after=0, font="Liberation Sans")
    para(doc, "Strategy 2027-2030", size=32, color=ACC, space_after=16, font="Liberation Sans")
    para(doc, "A home, a job, a future", size=16, italic=True, color="595959", space_after=200)
    para(doc, "Probation Service (Dunstowe and Ketterby PDU) \u2022 Dunstowe City Council \u2022 Ketterby District "
              "Council \u2022 Oxenford Police \u2022 Office of the PCC for Oxenford \u2022 HMP Dunstowe \u2022 NHS "
              "Oxenford ICB \u2022 Jobcentre Plus \u2022 Dunstowe and Ketterby Youth Justice Service", size=9,
         color="595959")
    # ---------------------------------------------------------------- p2 contents
    s = new_section(doc)
    std(s)
    para(doc, "Contents", size=18, bold=True, color=ACC, font="Liberation Sans", space_after=12)
    for t, n in PAGES.items():
        p = para(doc, "", space_after=5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2, leader=1)
        p.add_run(f"{t}\t{n}")
    para(doc, "")
    para(doc, "This strategy will be refreshed at the end of its second year (spring 2029) in the light of the "
              "reoffending data then available. The priorities will be kept unless the data shows a marked change.",
         italic=True, size=9.5, color="595959")
    # ---------------------------------------------------------------- p3 foreword
    page_break(doc)
    doc.add_heading("Foreword", level=1)
    for t in [
        "Around half of all crime is committed by people who have offended before. Every time someone leaves "
        "prison without a home, a job or a GP, the chance that they will be back within a year rises sharply, and "
        "so does the chance that there will be another victim. Reducing reoffending is one of the most effective "
        "ways to reduce crime.",
        "This is the board's second strategy. Our first, for 2023-2026, had three aims: to reduce reoffending "
        "overall, to improve partnership working and to improve the data we hold. We made progress on the second "
        "and third, but the proven reoffending rate in Dunstowe remains above the national average, and one in "
        "five people leaving HMP Dunstowe still has nowhere settled to go.",
        "This strategy is therefore much more focused. It makes four commitments where the board believes "
        "partnership working makes the biggest difference, and it is honest about what the board will not do."]:
        para(doc, t)
    para(doc, "", runs=[("Gemma Oyelaran-Price", True), ("\nChair of the board and Head of the Dunstowe and Ketterby "
                                                         "Probation Delivery Unit", False)])
    para(doc, "I welcome this strategy. My Police and Crime Plan commits me to reducing reoffending, and I fund the "
              "women's centre and the accommodation caseworkers described in it.")
    para(doc, "", runs=[("Rajinder Bell-Hastings", True), ("\nPolice and Crime Commissioner for Oxenford", False)])
    # ---------------------------------------------------------------- p4 executive summary
    page_break(doc)
    doc.add_heading("Executive summary", level=1)
    p = para(doc, "The proven reoffending rate for adults in Dunstowe and Ketterby is 27.1%, against 25.4% for "
                  "England and Wales. For women it is 24.0% (England and Wales 21.9%), and for young adults aged 18 "
                  "to 24 it is 31.8%.")
    notes.ref(p, "Ministry of Justice, Proven reoffending statistics, cohort January to March 2025.")
    para(doc, "The board has agreed four priorities for 2027 to 2030, lettered A to D. They are set out on "
              f"page {PAGES['Our priorities']}, after the seven national pathways that they draw on. The board "
              "will deliver them through its pathway leads (page %d) and monitor them through the measures on "
              "page %d." % (PAGES["Delivering through the pathways"], PAGES["Governance and performance"]))
    para(doc, "What the board will not do", bold=True, color=ACC)
    para(doc, "Several important issues are led by other boards: the management of violent and sexual offenders "
              "(MAPPA), domestic abuse perpetrator programmes (the Domestic Abuse Partnership) and prolific "
              "acquisitive offenders (the Integrated Offender Management steering group). This strategy does not "
              "duplicate their work.")
    para(doc, "Key facts", bold=True, color=ACC)
    table(doc, ["", "Dunstowe", "Ketterby", "England and Wales"],
          [["Adults on probation (March 2027)", "1,412", "388", "n/a"],
           ["Proven reoffending rate (adults)", "28.0%", "23.9%", "25.4%"],
           ["Released from custody without settled accommodation", "21%", "17%", "14%"],
           ["In employment six weeks after release", "19%", "24%", "27%"]], [7.6, 2.8, 2.8, 3.4], head_fill=ACC)
    # ---------------------------------------------------------------- p5-6 reoffending in the area
    page_break(doc)
    doc.add_heading("Reoffending in Dunstowe and Ketterby", level=1)
    para(doc, "Dunstowe is a city of 168,000 people with a category B local prison; Ketterby is a rural district "
              "of 74,000. About 900 people are released from HMP Dunstowe each year, of whom around 340 return to "
              "addresses in the two areas.")
    para(doc, "Proven reoffending rate (adults), Dunstowe and Ketterby", bold=True, size=9.5)
    t = doc.add_table(rows=5, cols=3)
    for i, (y, v) in enumerate([("2021", 29.4), ("2022", 28.8), ("2023", 28.1), ("2024", 27.6), ("2025", 27.1)]):
        cell_text(t.rows[i].cells[0], y, size=9)
        cell_text(t.rows[i].cells[1], "", size=9)
        shade(t.rows[i].cells[1], ACC)
        cell_text(t.rows[i].cells[2], f"{v}%", size=9)
        for c, w in zip(t.rows[i].cells, [1.4, 12.0 * v / 30, 2.0]):
            c.width = Cm(w)
    para(doc, "")
    doc.add_heading("Key findings from the reoffending needs analysis", level=2)
    for n, f in enumerate([
            "Reoffending within a year is twice as likely for people released without settled accommodation.",
            "Women's reoffending is driven by trauma, mental health and relationships with abusive partners.",
            "Fewer than one in five people is in work six weeks after release.",
            "Young adults are the group most likely to reoffend, and transition from youth justice is poorly "
            "planned.",
            "Drug misuse is a need for 46% of people on probation and a factor in most acquisitive reoffending.",
            "Short custodial sentences have the worst reoffending outcomes."], 1):
        numbered(doc, f"{n}.", f, indent_cm=0.8, space_after=3)
    page_break(doc)
    doc.add_heading("Who is on probation", level=2)
    table(doc, ["Need identified in OASys assessment", "Share of people on probation"],
          [["Thinking and behaviour", "71%"], ["Lifestyle and associates", "54%"], ["Drug misuse", "46%"],
           ["Alcohol misuse", "33%"], ["Accommodation", "38%"], ["Education, training and employment", "49%"],
           ["Relationships", "44%"], ["Emotional well-being", "52%"], ["Finance", "28%"]], [10.0, 6.6],
          head_fill=ACC)
    para(doc, "")
    p = para(doc, "The Probation Service's Commissioned Rehabilitative Services (CRS) provide accommodation, "
                  "personal well-being and women's services in the area. The board's role is to join these up with "
                  "the councils, health and employment services, which hold most of the levers.")
    notes.ref(p, "Commissioned Rehabilitative Services are contracted by HM Prison and Probation Service.")
    para(doc, "\u201cI had a discharge grant and a tent. That was my resettlement.\u201d (man released from HMP "
              "Dunstowe, 2026)", italic=True, color=ACC)
    # ---------------------------------------------------------------- p7 pathways (two columns)
    s = new_section(doc)
    std(s)
    two_columns(s)
    doc.add_heading("The seven pathways", level=1)
    para(doc, "National policy describes seven pathways out of offending. They are the framework for the board's "
              "delivery groups and for the Probation Service's resettlement work.")
    for n, (pw, what) in enumerate(PATHWAYS, 1):
        doc.add_heading(f"Pathway {n}: {pw}", level=2)
        para(doc, f"Helping people to have {what}.")
    # ---------------------------------------------------------------- p8 priorities (two columns), GOLD
    s = new_section(doc)
    std(s)
    two_columns(s)
    doc.add_heading("Our priorities", level=1)
    para(doc, "From the needs analysis and the views of 140 people on probation, the board has agreed four "
              "priorities for 2027 to 2030.")
    we = [["Agree a duty to refer protocol with both councils", "Fund two accommodation caseworkers at HMP "
                                                                  "Dunstowe", "Open 15 supported housing places"],
          ["Extend the Ketterby women's centre to Dunstowe", "Offer a trauma-informed key worker to every woman "
                                                             "on probation", "Review the use of recall for women"],
          ["Sign ten employers up to a ban-the-box pledge", "Put an employment adviser in the probation office",
           "Use Employment Hubs in HMP Dunstowe"],
          ["Plan every transfer from the YJS to probation six months ahead", "Offer a young adult mentor to "
                                                                                "every 18-24 year old",
           "Test a young adult hub in Dunstowe"]]
    why = ["People released without a home are twice as likely to reoffend.",
           "Most women on probation are themselves victims of abuse.",
           "Work is one of the strongest protective factors against reoffending.",
           "Young adults are still maturing and are the most likely to reoffend."]
    for n, (pr, w, y) in enumerate(zip(PRIORITIES, we, why)):
        doc.add_heading(f"Priority {'ABCD'[n]}: {pr}", level=2)
        para(doc, y, space_after=2)
        para(doc, "We will:", italic=True, space_after=1)
        bullets(doc, w, space_after=1)
    # ---------------------------------------------------------------- p9 delivery by pathway (one column)
    s = new_section(doc)
    std(s)
    one_column(s)
    doc.add_heading("Delivering through the pathways", level=1)
    para(doc, "Each pathway has a lead from a partner agency. The table shows which pathways deliver which "
              "priority (\u25cf main contribution, \u25cb some contribution).")
    rows = []
    marks = ["\u25cf\u25cb\u25cb\u25cb", "\u25cb\u25cb\u25cf\u25cb", "\u25cb\u25cf\u00a0\u25cb",
             "\u25cb\u25cb\u00a0\u25cf", "\u25cf\u00a0\u00a0\u25cb", "\u00a0\u25cf\u00a0\u25cb",
             "\u00a0\u25cf\u00a0\u25cf"]
    leads = ["Dunstowe City Council (Housing)", "Jobcentre Plus and DWP", "NHS Oxenford ICB",
             "Public Health (council)", "Citizens Advice Dunstowe", "Children's Services", "Probation Service"]
    for (pw, _), m, lead in zip(PATHWAYS, marks, leads):
        rows.append([pw, lead, *list(m)])
    table(doc, ["Pathway", "Lead", "A", "B", "C", "D"], rows, [5.2, 6.2, 1.3, 1.3, 1.3, 1.3], head_fill=ACC)
    para(doc, "")
    para(doc, "Priority A is led by the accommodation pathway, Priority B by the board's women's sub-group, "
              "Priority C by the employment pathway and Priority D by a joint YJS and probation transitions group.")
    # ---------------------------------------------------------------- p10 governance and performance
    page_break(doc)
    doc.add_heading("Governance and performance", level=1)
    para(doc, "The board meets quarterly and reports to the Oxenford Local Criminal Justice Board and to both "
              "community safety partnerships.")
    g = doc.add_table(rows=2, cols=4)
    g.style = doc.styles["Table Grid"]
    merge_cells(g, 0, 0, 0, 3)
    cell_text(g.cell(0, 0), "Dunstowe and Ketterby Reducing Reoffending Board", bold=True, color="FFFFFF",
              align="center")
    shade(g.cell(0, 0), ACC)
    for i, t in enumerate(["Accommodation pathway group", "Women's sub-group", "Employment pathway group",
                           "Young adult transitions group"]):
        cell_text(g.cell(1, i), t, size=9, align="center")
    para(doc, "")
    table(doc, ["", "Measure", "Baseline", "2030 ambition"],
          [[f"A {SHORT[0]}", "Settled accommodation on release", "79%", "90%"],
           [f"B {SHORT[1]}", "Proven reoffending rate, women", "24.0%", "21%"],
           [f"C {SHORT[2]}", "In work six weeks after release", "21%", "30%"],
           [f"D {SHORT[3]}", "Proven reoffending rate, 18-24", "31.8%", "27%"],
           ["All", "Proven reoffending rate, adults", "27.1%", "24%"]], [3.4, 7.4, 2.6, 3.2], head_fill=ACC)
    doc.add_heading("Equality statement", level=2)
    for t in equality(PART, "March 2027")[:2]:
        para(doc, t)
    # ---------------------------------------------------------------- p11 landscape action plan
    s = new_section(doc, landscape=True)
    s.orientation = WD_ORIENT.LANDSCAPE
    set_header(s, PART, size=8, width_cm=25.3)
    set_footer(s, TITLE, width_cm=25.3)
    doc.add_heading("Appendix 1: Action plan", level=1)
    rows = []
    for n, w in enumerate(we):
        for k, a in enumerate(w, 1):
            rows.append([f"{'ABCD'[n]}{k}", SHORT[n] if k == 1 else "", a, leads[[0, 6, 1, 5][n]],
                         ["Dec 2027", "Mar 2028", "Mar 2029"][k - 1]])
    table(doc, ["Ref", "Priority", "Action", "Lead", "By"], rows, [1.4, 3.0, 12.0, 6.0, 2.9], head_fill=ACC,
          repeat=True)
    # ---------------------------------------------------------------- p12 glossary
    s = new_section(doc)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    std(s)
    doc.add_heading("Appendix 2: Glossary", level=1)
    table(doc, ["Term", "Meaning"], [[k, GLOSSARY[k]] for k in ["IOM", "MAPPA", "OPCC", "PCC", "YJS"]] +
          [["OASys", "The Offender Assessment System used by prisons and probation."],
           ["PDU", "Probation Delivery Unit."],
           ["Proven reoffending", "An offence committed within a year of release or of starting a court order "
                                  "that leads to a court conviction or caution."]], [3.2, 13.4], head_fill=ACC,
          bold_first_col=True)
    para(doc, "")
    para(doc, "Contact: Reducing Reoffending Board secretariat, Dunstowe Probation Office, 12 Foundry Lane, "
              "Dunstowe DN4 7RS (fictional).", size=9, color="595959")
    notes.finish()
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    target = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    found = {}
    for p in range(3, common.pdf_pages(target) + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(target), "-"], capture_output=True,
                           text=True).stdout
        t = re.sub(r"\s+", " ", t)
        for k in PAGES:
            if k in t and k not in found and not t.startswith(f"{PART} {PART}"):
                found.setdefault(k, p)
    assert found == PAGES, f"contents page numbers are wrong: {found}"
    return [target]
