"""footnotes_keyfacts_pullquotes: a Writer drug and alcohol strategy with real footnotes (some marks sit at
the end of the priority headings), a shaded "Key facts" sidebar beside the text, and large pull quotes in the
middle of sections; endnotes collect the references at the back."""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import docx_kit as K

NAME = "footnotes_keyfacts_pullquotes"
TITLE = "Rookhaven Drug and Alcohol Strategy 2025–2030"
ACC = "1D5C3A"


def _no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}"); el.set(qn("w:val"), "nil"); borders.append(el)
    tblpr.append(borders)


def _pull_quote(doc, text, who):
    p = K.para(doc, text, italic=True, size=20, color=ACC, align="center", space_before=14, space_after=2)
    p.paragraph_format.left_indent = Cm(1.5)
    p.paragraph_format.right_indent = Cm(1.5)
    K.para(doc, who, size=9.5, color="595959", align="center", space_after=14)


def _with_sidebar(doc, main_paras, facts, heading="Key facts"):
    """A borderless two-column table: body text left, a shaded Key facts box right."""
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    left, right = t.rows[0].cells
    left.text = ""
    for i, txt in enumerate(main_paras):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        p.add_run(txt)
    K.shade(right, "E3F0E8")
    right.text = ""
    p = right.paragraphs[0]
    r = p.add_run(heading.upper()); r.bold = True; r.font.size = Pt(10); r.font.color.rgb = RGBColor.from_string(ACC)
    for big, small in facts:
        p = right.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(big); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor.from_string(ACC)
        p = right.add_paragraph(); p.paragraph_format.space_after = Pt(6)
        r = p.add_run(small); r.font.size = Pt(9)
    K.col_widths(t, [11.2, 5.4])
    return t


def build(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Rookhaven Combating Drugs Partnership", accent=ACC, font="Liberation Serif",
                    size=11.5, heading_sizes=(19, 14, 12), heading_font="Liberation Sans")
    fn = K.Notes(doc, "footnote")
    en = K.Notes(doc, "endnote")
    sec = doc.sections[0]
    K.different_first_page(sec)
    K.set_header(sec, "Rookhaven Drug and Alcohol Strategy 2025–2030", color="7F7F7F")
    K.set_footer(sec, "Rookhaven Combating Drugs Partnership", page_word="")

    # cover
    K.para(doc, "", space_after=100)
    K.para(doc, "Rookhaven Combating Drugs Partnership", size=14, color="7F7F7F", font="Liberation Sans")
    K.para(doc, "Drug and Alcohol Strategy", bold=True, size=32, color=ACC, font="Liberation Sans", space_after=0)
    K.para(doc, "2025–2030", size=26, color=ACC, font="Liberation Sans", space_after=50)
    K.para(doc, "Fewer lives lost. More people in recovery. Safer neighbourhoods.", italic=True, size=14)
    K.page_break(doc)

    doc.add_heading("Foreword", level=1)
    p = K.para(doc, "Drugs and alcohol touch almost every family in Rookhaven. Last year 24 people in the borough "
                    "died from drug poisoning, more than on our roads")
    fn.ref(p, "Office for National Statistics, deaths related to drug poisoning by local authority, "
              "registrations 2024. Road deaths from the Department for Transport, 2024.")
    p.add_run(". Alcohol is a factor in more than a third of the violent crime recorded in the town centre.")
    K.para(doc, "This strategy brings together the Combating Drugs Partnership's local plan and the council's "
                "alcohol harm reduction work for the first time. It responds to the national drugs strategy and "
                "to what people in recovery, their families and front-line staff told us.")
    K.para(doc, "Dr Priya Raman, Director of Public Health and Senior Responsible Owner, Rookhaven Combating "
                "Drugs Partnership", italic=True, size=10.5)
    doc.add_heading("The national context", level=2)
    p = K.para(doc, "The Government's ten-year drugs strategy, From Harm to Hope")
    fn.ref(p, "HM Government, From Harm to Hope: A 10-year drugs plan to cut crime and save lives, December 2021.")
    p.add_run(", has three strategic priorities, which every Combating Drugs Partnership is asked to deliver "
              "locally:")
    K.bullets(doc, ["break drug supply chains", "deliver a world-class treatment and recovery system",
                    "achieve a generational shift in demand for drugs"])
    p = K.para(doc, "It is backed by a National Combating Drugs Outcomes Framework")
    fn.ref(p, "Home Office and Department of Health and Social Care, National Combating Drugs Outcomes "
              "Framework, 2022.")
    p.add_run(" with three strategic outcomes: reducing drug use, reducing drug-related crime, and reducing "
              "drug-related deaths and harm.")
    K.page_break(doc)

    doc.add_heading("Rookhaven at a glance", level=1)
    _with_sidebar(doc, [
        "Rookhaven is a coastal borough of 164,000 people. Its seaside towns have some of the highest levels "
        "of deprivation in the region, and a large seasonal population in the summer months.",
        "An estimated 1,310 people in the borough use opiates or crack cocaine, and around 2,600 adults are "
        "dependent on alcohol. Fewer than half of them are in treatment.",
        "Drug markets in the borough are supplied by county lines from two large cities. Police identified "
        "nine active lines in 2024/25, and children as young as 13 were found working for them.",
    ], [("24", "drug poisoning deaths registered in 2024"), ("47%", "of opiate and crack users in treatment"),
        ("9", "active county lines identified"), ("1 in 3", "violent crimes in the town centre involve alcohol")])
    K.para(doc, "")
    doc.add_heading("What people told us", level=2)
    K.bullets(doc, ["people in recovery want support that does not end when treatment does",
                    "families want to be involved and to get support in their own right",
                    "residents want dealing on their streets to stop",
                    "young people said cannabis and vapes are easy to get and rarely talked about honestly"])
    _pull_quote(doc, "“Nobody asked me what I needed until I was already in crisis.”",
                "— participant, lived experience workshop, January 2025")
    K.page_break(doc)

    doc.add_heading("Our priorities", level=1)
    K.para(doc, "The partnership has agreed four local priorities. Together they cover the three national "
                "priorities and add a focus on alcohol, which the national strategy does not.")
    prios = [
        ("Disrupting local drug supply and county lines",
         "Local police intelligence shows that supply is controlled by a small number of groups who exploit "
         "children and vulnerable adults.",
         "Home Office, County Lines Programme overview, 2024; Rookhaven police intelligence assessment, 2025.",
         ["close cuckooed addresses and support the people exploited in them",
          "use Child Criminal Exploitation orders as soon as they are available",
          "train taxi drivers, hoteliers and rail staff to spot and report exploitation"],
         None),
        ("Reducing drug and alcohol related deaths",
         "Most people who died had been in contact with at least one service in the year before their death.",
         "Rookhaven drug-related death review panel, annual report 2024/25.",
         ["make naloxone available in every hostel, pharmacy and police custody suite",
          "review every drug-related death and act on the learning",
          "offer an outreach response within 48 hours of a non-fatal overdose"],
         ("“The naloxone kit in my bag saved my brother's life.”", "— family member, Rookhaven")),
        ("Building recovery communities with housing, employment and peer support",
         "Recovery lasts when people have somewhere safe to live, something to do and people around them.",
         "Dame Carol Black, Review of drugs part two: prevention, treatment and recovery, 2021.",
         ["create 30 units of recovery housing over five years",
          "put individual placement and support employment advisers in every treatment team",
          "fund the recovery café and peer mentoring network"],
         None),
        ("Preventing young people from starting to use drugs",
         "Most adults in treatment started using drugs before they were 18.",
         "Office for Health Improvement and Disparities, young people's substance misuse treatment statistics, "
         "2023 to 2024.",
         ["deliver evidence-based drug education in every secondary school",
          "offer targeted support to children excluded from school",
          "work with parents and carers on how to talk about drugs, alcohol and vapes"],
         ("“Tell us the truth about drugs and we'll listen.”", "— Year 10 student")),
    ]
    for i, (name, why, note, wewill, quote) in enumerate(prios, start=1):
        h = doc.add_heading(f"Priority {i}: {name}", level=2)
        fn.ref(h, note)
        K.para(doc, why)
        if quote:
            _pull_quote(doc, *quote)
        K.para(doc, "We will:", bold=True, space_after=2)
        K.bullets(doc, wewill)
    K.page_break(doc)

    doc.add_heading("Cross-cutting commitments", level=1)
    K.para(doc, "Alongside the four priorities we make three commitments that apply to all our work:")
    p = K.para(doc, "", runs=[("Tackling stigma. ", True), ("We will use language that does not blame people "
                                                            "who use drugs", False)])
    fn.ref(p, "See the partnership's language guide, adapted from the Scottish Drugs Forum's Moving Beyond "
              "People First Language.")
    p.add_run(", and train staff to do the same.")
    K.para(doc, "", runs=[("Involving people with lived experience. ", True),
                          ("People in recovery and families will sit on every delivery group.", False)])
    K.para(doc, "", runs=[("Reducing inequalities. ", True),
                          ("We will target our work at the neighbourhoods and groups with the highest harm.", False)])
    doc.add_heading("How we will measure progress", level=2)
    K.table(doc, ["Measure", "Baseline", "Ambition 2030"], [
        ["Adults in structured treatment", "1,480", "1,800"],
        ["Continuity of care after prison", "38%", "75%"],
        ["Drug poisoning deaths (three-year rate)", "12.1 per 100,000", "below the England rate"],
        ["Alcohol-specific hospital admissions", "1,220", "Reduce"],
        ["County lines closed", "6", "Increase"]], [8, 4, 4.6], zebra="E3F0E8")
    K.para(doc, "")
    doc.add_heading("Governance", level=2)
    p = K.para(doc, "The Combating Drugs Partnership reports to the Health and Wellbeing Board and the Safer "
                    "Rookhaven Partnership")
    en.ref(p, "Terms of reference for the Rookhaven Combating Drugs Partnership, revised April 2025.")
    p.add_run(". Its members include the council, police, probation, the integrated care board, the treatment "
              "provider, Jobcentre Plus, housing and people with lived experience.")
    p = K.para(doc, "Progress against the national outcomes framework is published quarterly")
    en.ref(p, "Combating drugs outcomes framework local data, published by the Office for Health Improvement and "
              "Disparities.")
    p.add_run(".")
    K.para(doc, "Notes", bold=True, color=ACC, space_before=12)
    K.para(doc, "Endnotes follow on the last page.", size=9.5, italic=True)

    fn.finish()
    en.finish()
    path = work / f"{NAME}.docx"
    doc.save(path)
    return path
