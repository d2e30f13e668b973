"""colons_and_dashes_in_names.pdf: the Selbridge Community Safety Partnership Plan 2025-2028 (Word -> LibreOffice).

Every priority heading is "Priority N \u2013 name", and the names themselves contain colons and dashes
("Safer streets: tackling anti-social behaviour and nuisance", "Violence against women and girls \u2013 prevention
and early help"). One heading was typed with hyphen-minus instead of en dashes ("Priority 4 - Drugs and alcohol -
reducing harm in our communities"). Only the label must go. Sub-headings, the vision, the cross-cutting theme and
the values use colons and dashes too. The names also appear in a typed contents page (p2) and in a "plan on a page"
table (p4); gold is the section headings (pp5-9).
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

import common
import docx_kit as K

NAME = "colons_and_dashes_in_names"
TITLE = "Selbridge Community Safety Partnership Plan 2025\u20132028"
EN = "\u2013"

PRIORITIES = [
    ("Priority 1 " + EN, "Safer streets: tackling anti-social behaviour and nuisance"),
    ("Priority 2 " + EN, "Violence against women and girls " + EN + " prevention and early help"),
    ("Priority 3 " + EN, "Serious violence: knives, exploitation and county lines"),
    ("Priority 4 -", "Drugs and alcohol - reducing harm in our communities"),
    ("Priority 5 " + EN, "Fraud and scams: protecting older and vulnerable residents"),
]

SECTIONS = [
    ("Anti-social behaviour is the community safety issue Selbridge residents raise most often. In 2024/25 the "
     "police and the council received 3,870 reports, a fall of 9% on the year before, but reports from the High "
     "Street, the bus station and Millbrook Park rose. Residents told us that nuisance that seems minor to agencies "
     "\u2013 noise, littering, groups gathering \u2013 can make them afraid to go out.",
     ["Run a problem-solving plan for the High Street, the bus station and Millbrook Park, reviewed every month;",
      "Give every victim of anti-social behaviour a named officer and a risk assessment at first contact;",
      "Introduce a Selbridge Shopwatch and a single point of contact for retailers;",
      "Use community protection notices, injunctions and closure orders against persistent perpetrators;",
      "Publicise the ASB case review (\u201ccommunity trigger\u201d) in every neighbourhood newsletter."],
     "ASB reports in the three hot spots down 15% by 2028; victims satisfied with the response up to 75%."),
    ("One in four women in Selbridge will experience domestic abuse in her lifetime. Police recorded 2,104 domestic "
     "abuse incidents and 310 sexual offences in 2024/25. Women and girls told us that harassment on the street and "
     "online is so common that they no longer report it. This priority focuses on prevention and early help; the "
     "county domestic abuse strategy covers safe accommodation and the criminal justice response.",
     ["Deliver healthy relationships education in every secondary school and in youth clubs;",
      "Place domestic abuse advisers in GP surgeries and the maternity unit;",
      "Train licensed premises, taxi drivers and bus staff to respond to harassment;",
      "Run a \u201cSelbridge Says No\u201d campaign on street harassment with young men as messengers;",
      "Offer a programme for people who are worried about their own behaviour."],
     "Repeat referrals to MARAC below 28%; more women reporting harassment to the Street Safe service."),
    ("Serious violence in Selbridge is low, but knife-related incidents involving under-25s rose from 14 to 23 last "
     "year, and the police have identified two county lines running into the town from outside Aldermoor. This "
     "section is the partnership\u2019s contribution to the Aldermoor Serious Violence Strategy.",
     ["Hold a weekly exploitation panel for children at risk of criminal exploitation;",
      "Fund detached youth work in Millbrook and the Northgate estate on Friday and Saturday evenings;",
      "Use closure orders against addresses used for dealing and cuckooing;",
      "Deliver knife crime education in Year 6 and Year 9."],
     "Knife-related incidents involving under-25s below 15; children open to the exploitation panel safer after six "
     "months."),
    ("Drug and alcohol use lies behind much of the crime and anti-social behaviour in Selbridge, from shop theft to "
     "street drinking in the bus station. Seven Selbridge residents died from drug poisoning in the last three years. "
     "The Aldermoor Combating Drugs Partnership leads on treatment; the partnership\u2019s role is to reduce the harm "
     "drugs and alcohol cause in our communities.",
     ["Run outreach for street drinkers before using the public spaces protection order;",
      "Make naloxone available in every hostel and through the outreach team;",
      "Work with licensing to tackle premises selling to people who are already drunk;",
      "Refer everyone arrested for a drug-related offence to the treatment service."],
     "Alcohol-related ASB reports down 10%; more people in treatment after arrest."),
    ("Fraud is now the most common crime. Selbridge has an older population than the rest of Aldermoor, and older "
     "residents lost more than \u00a3900,000 to doorstep crime, romance fraud and telephone scams last year. Many "
     "victims are too embarrassed to report.",
     ["Fit call blockers for residents who have been targeted or are at risk;",
      "Train bank staff, carers and volunteers to spot the signs of fraud;",
      "Run a Friends Against Scams session in every sheltered housing scheme;",
      "Set up a no-cold-calling zone wherever residents ask for one."],
     "Residents reached by scam awareness sessions; repeat victims of fraud."),
]


def _contents_line(doc, text, page, indent=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    pf.left_indent = Cm(indent)
    pf.space_after = Pt(5)
    p.add_run(f"{text}\t{page}")


def build_docx(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Selbridge Community Safety Partnership", font="Liberation Sans", size=11,
                    accent="7A1F3D", heading_sizes=(17, 13, 11.5), margins_cm=2.5)
    sec = doc.sections[0]
    K.different_first_page(sec)
    K.set_header(sec, TITLE, align="right", size=8.5)
    K.set_footer(sec, "Selbridge Community Safety Partnership", page_word="Page ")

    # cover
    K.para(doc, "", space_after=140)
    K.para(doc, "Selbridge Community Safety Partnership", bold=True, size=14, color="7A1F3D", space_after=4)
    K.para(doc, "Partnership Plan 2025\u20132028", bold=True, size=30, color="7A1F3D", space_after=12)
    K.para(doc, "Our vision: a Selbridge where everyone is safe \u2013 and feels safe", size=15, color="404040",
           space_after=90)
    K.para(doc, "Selbridge District Council \u2013 Aldermoor Police \u2013 Aldermoor Fire and Rescue Service \u2013 "
                "Probation Service \u2013 Aldermoor Integrated Care Board", size=9.5, color="595959")
    K.page_break(doc)

    # contents
    K.para(doc, "Contents", bold=True, size=17, color="7A1F3D", space_after=12)
    entries = [("Introduction: why this plan matters", 3), ("Our plan on a page", 4)]
    entries += [(f"{lab} {nm}", 5 + i) for i, (lab, nm) in enumerate(PRIORITIES)]
    entries += [("Cross-cutting theme: early intervention \u2013 everyone\u2019s business", 10),
                ("Governance: how we will deliver and report", 10)]
    for text, page in entries:
        _contents_line(doc, text, page)
    K.page_break(doc)

    # introduction
    doc.add_heading("Introduction: why this plan matters", 1)
    K.para(doc, "Selbridge is a market town and rural district of 96,000 people on the eastern edge of Aldermoor. "
                "Crime is lower than the county average, but residents\u2019 feelings of safety have fallen since "
                "2022, especially in the town centre after dark. This plan sets out the five priorities the "
                "Selbridge Community Safety Partnership will work on from 2025 to 2028.")
    K.para(doc, "The priorities come from our 2025 strategic assessment and from a residents\u2019 survey with 1,012 "
                "responses. They were agreed by the partnership board on 11 June 2025.")
    doc.add_heading("Our vision", 2)
    K.para(doc, "A Selbridge where everyone is safe \u2013 and feels safe \u2013 at home, in public places and online.")
    doc.add_heading("Our values: how we work together", 2)
    K.typed_bullets(doc, ["Listening \u2013 we act on what residents and victims tell us",
                          "Prevention \u2013 we would rather stop harm than respond to it",
                          "Fairness \u2013 we treat everyone with respect, including those who cause harm",
                          "Openness \u2013 we publish our results, good and bad"])
    doc.add_heading("The evidence: our strategic assessment 2025", 2)
    K.typed_bullets(doc, ["Total recorded crime: 6,912 offences (down 3%)",
                          "Anti-social behaviour: 3,870 reports (down 9%), but up in three hot spots",
                          "Domestic abuse: 2,104 incidents; 38% repeat victims",
                          "Knife-related incidents involving under-25s: 23 (up from 14)",
                          "Fraud reported by residents over 65: 611 reports, \u00a3904,000 lost"])
    K.page_break(doc)

    # plan on a page
    doc.add_heading("Our plan on a page", 1)
    K.para(doc, "The table summarises our five priorities. Each one has its own section in this plan.")
    rows = []
    for (lab, nm), (_, dos, measure) in zip(PRIORITIES, SECTIONS):
        rows.append([f"{lab} {nm}", dos[0].rstrip(";") + "; " + dos[1].rstrip(";"), measure])
    K.table(doc, ["Priority", "Examples of what we will do", "How we will know"], rows, [5.2, 6.3, 4.5],
            head_fill="7A1F3D", size=9.5, bold_first_col=True, zebra="F6EDF0")
    K.page_break(doc)

    # priority sections
    for i, ((lab, nm), (why, dos, measure)) in enumerate(zip(PRIORITIES, SECTIONS)):
        doc.add_heading(f"{lab} {nm}", 1)
        doc.add_heading("Why this matters: the evidence", 2)
        K.para(doc, why)
        doc.add_heading(f"What we will do {EN} 2025 to 2028", 2)
        K.para(doc, "We will:")
        K.typed_bullets(doc, dos)
        doc.add_heading("How we will know it is working", 2)
        K.para(doc, measure)
        doc.add_heading("Lead partner", 2)
        K.para(doc, ["Selbridge District Council (community safety team)",
                     "Selbridge Domestic Abuse Forum",
                     "Aldermoor Police \u2013 Selbridge neighbourhood policing team",
                     "Aldermoor County Council \u2013 public health",
                     "Aldermoor Trading Standards"][i])
        K.page_break(doc)

    doc.add_heading("Cross-cutting theme: early intervention \u2013 everyone\u2019s business", 1)
    K.para(doc, "Early intervention is not a sixth priority. It runs through all five: the first report of "
                "anti-social behaviour, the first disclosure of abuse, the first missing episode and the first scam "
                "are all chances to stop harm from growing. Every partner will make sure its frontline staff know how "
                "to spot the signs and where to refer.")
    doc.add_heading("Governance: how we will deliver and report", 1)
    K.para(doc, "The partnership board meets quarterly and is chaired by Selbridge District Council\u2019s portfolio "
                "holder for communities. Each priority has a lead partner who reports progress to every meeting. "
                "The board reports once a year to the council\u2019s Overview and Scrutiny Committee, which acts as "
                "the crime and disorder committee.")
    K.para(doc, "Police and Crime Plan: our contribution. The Aldermoor Police and Crime Plan 2025\u20132029 has four "
                "priorities \u2013 neighbourhood policing that residents can see and trust; protecting women and "
                "girls; cutting violence and knife crime; and putting victims first. Priorities 1, 2 and 3 of this "
                "plan contribute directly to them.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_docx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
