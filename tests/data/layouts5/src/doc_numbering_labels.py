"""word_numbering_labels: a Word strategy whose "Priority 1:" labels come from list numbering.

The four priority headings use the custom paragraph style "Priority Heading" (based on Heading 1, outline level 2),
which is linked to level 1 of a numbering definition with lvlText "Priority %1:". Level 2 of the same definition
("%1.%2") numbers the "We will" commitments under each priority. The cross-cutting themes use a second numbering
definition, "Cross-cutting theme %1:" with capital letters. None of these labels is in the .docx text; LibreOffice
prints them in the PDF. The previous strategy's priorities are in a table with TYPED labels ("Priority 1: ...").
"""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.shared import Pt

import common
from docx_extra import add_numbering, link_style_to_numbering, number_paragraph, paragraph_style
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "word_numbering_labels"
TITLE = "Safer Ravensby: Community Safety Strategy 2025-2028"
AUTHOR = "Ravensby Community Safety Partnership"
ACCENT = "2E5E4E"

PRIORITIES = [
    ("Keeping people safe from domestic abuse and sexual violence",
     "Domestic abuse accounts for one in five recorded crimes in Ravensby and a third of all violence with injury. "
     "Sexual offences have risen for four years, partly because more victims are coming forward.",
     ["Commission a single point of access for domestic abuse support across the borough",
      "Train every school designated safeguarding lead in recognising teenage relationship abuse",
      "Review every domestic abuse related death within the statutory timescales"],
     "Lead: Ravensby Domestic Abuse Local Partnership Board"),
    ("Reducing anti-social behaviour and its impact on victims",
     "Anti-social behaviour is the issue residents raise most often. Repeat and vulnerable victims are at the "
     "greatest risk of harm, and 40% of calls come from just twelve streets.",
     ["Hold a weekly ASB risk assessment conference for high-risk victims",
      "Publish the ASB case review process on every partner's website",
      "Agree a single approach to community protection warnings and notices"],
     "Lead: ASB Tasking Group"),
    ("Preventing serious violence and the exploitation of young people",
     "Knife possession offences involving under-18s have doubled since 2021. County lines run from two "
     "neighbouring cities into Ravensby's estates, and children in care are most at risk of being drawn in.",
     ["Deliver the Serious Violence Duty response strategy with the Hollinshire Violence Reduction Unit",
      "Fund youth workers in the emergency department at Ravensby General Hospital",
      "Screen every child who goes missing from home or care for signs of exploitation"],
     "Lead: Serious Violence and Exploitation Group"),
    ("Tackling drug-related harm and acquisitive crime",
     "Around half of shoplifting, burglary and vehicle crime is linked to drug use. Drug-related deaths in "
     "Ravensby are above the England average.",
     ["Increase the number of offenders referred into treatment through drug testing on arrest",
      "Close every cuckooed address within 48 hours of a confirmed report",
      "Work with retailers on a town centre retail crime partnership"],
     "Lead: Ravensby Combating Drugs Group"),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, AUTHOR, font="Liberation Sans", size=10.5, accent=ACCENT, heading_sizes=(18, 14, 12))
    st = doc.styles
    paragraph_style(doc, "Priority Heading", "Heading 1", outline_level=1, size=15, color=ACCENT, bold=True,
                    space_before=14, space_after=4)
    paragraph_style(doc, "Theme Heading", "Heading 2", outline_level=2, size=12, color="5A4A7A", bold=True,
                    space_before=10, space_after=3)
    add_numbering(doc, 40, 40, [
        {"fmt": "decimal", "text": "Priority %1:", "pstyle": "Priority Heading", "suff": "space", "bold": True,
         "color": ACCENT},
        {"fmt": "decimal", "text": "%1.%2", "left_cm": 1.1, "hanging_cm": 1.1, "suff": "tab", "bold": True},
    ])
    link_style_to_numbering(st["Priority Heading"], 40)
    add_numbering(doc, 41, 41, [
        {"fmt": "upperLetter", "text": "Cross-cutting theme %1:", "pstyle": "Theme Heading", "suff": "space"},
    ], multilevel=False)
    link_style_to_numbering(st["Theme Heading"], 41)

    sec = doc.sections[0]
    set_header(sec, "Safer Ravensby \u2013 Community Safety Strategy 2025\u20132028", size=8.5)
    set_footer(sec, "Ravensby Community Safety Partnership")

    # ---- page 1: cover
    para(doc, "", space_after=60)
    doc.add_paragraph("Safer Ravensby", style="Title")
    doc.add_paragraph("Community Safety Strategy 2025\u20132028", style="Subtitle")
    para(doc, "Ravensby Community Safety Partnership", bold=True, size=13, color=ACCENT, space_before=30)
    para(doc, "Ravensby Borough Council \u2022 Hollinshire Police \u2022 Hollinshire Fire and Rescue Service \u2022 "
              "NHS Hollinshire Integrated Care Board \u2022 Probation Service \u2022 Hollinshire County Council",
         size=10, color="555555")
    para(doc, "Version 1.0 \u2013 approved by the Partnership Board on 18 September 2025", size=9, color="555555",
         space_before=120)
    page_break(doc)

    # ---- page 2: foreword, introduction, vision
    doc.add_heading("Foreword", 1)
    para(doc, "Ravensby is a good place to live, and most residents tell us they feel safe. But crime and "
              "anti-social behaviour are not felt equally. They fall hardest on people who are already vulnerable "
              "and on a small number of neighbourhoods. This strategy is about changing that.")
    para(doc, "Over the last three years our partnership has reduced burglary by a quarter and opened the borough's "
              "first domestic abuse refuge for men. The next three years will be harder: budgets are tight and "
              "demand is rising. That is why we have chosen a small number of priorities and will focus our joint "
              "effort on them.")
    para(doc, "Councillor Daniel Okafor, Chair of the Ravensby Community Safety Partnership", italic=True)
    doc.add_heading("Introduction", 1)
    para(doc, "The Crime and Disorder Act 1998 requires the responsible authorities to work together to reduce "
              "crime and disorder, anti-social behaviour, substance misuse and reoffending, and to publish a "
              "strategy setting out how they will do so. This is the strategy for 2025 to 2028. It is refreshed "
              "every year after the strategic assessment.")
    doc.add_heading("About Ravensby", 2)
    bullets(doc, ["population of 148,300, with a fast-growing population aged over 75",
                  "three neighbourhoods among the 10% most deprived in England",
                  "a busy town centre night-time economy with 64 licensed premises",
                  "overall crime rate of 71 crimes per 1,000 residents, below the national average"])
    doc.add_heading("Our vision", 2)
    para(doc, "A Ravensby where people are safe and feel safe, and where partners act early to stop harm before it "
              "happens.", italic=True, size=12, color=ACCENT)
    page_break(doc)

    # ---- page 3: how we chose
    doc.add_heading("How we chose our priorities", 1)
    para(doc, "The 2025 strategic assessment scored each crime and disorder issue for threat, harm, risk and "
              "community concern. It recommended that the partnership should focus on:")
    bullets(doc, ["domestic abuse, including stalking and harassment",
                  "serious youth violence and knife crime",
                  "child criminal exploitation and county lines",
                  "anti-social behaviour in the town centre and in Northfield and Castle Vale",
                  "drug-related offending, especially shoplifting",
                  "fraud against older people"])
    para(doc, "The Partnership Board agreed that fraud would be led by Hollinshire Trading Standards, and combined "
              "the remaining issues into four priorities.", space_before=4)
    doc.add_heading("What residents told us", 2)
    para(doc, "862 people answered our survey in spring 2025. Their top concerns were:")
    bullets(doc, ["drug dealing and drug use in public places (58%)",
                  "speeding and dangerous driving (51%)",
                  "groups of young people causing a nuisance (44%)",
                  "litter and fly-tipping (39%)"])
    para(doc, "Speeding is dealt with by the Hollinshire Road Safety Partnership and is not a priority of this "
              "strategy, but we will pass residents' concerns to them every quarter.")
    page_break(doc)

    # ---- pages 4-5: the four priorities (labels from numbering)
    doc.add_heading("Our priorities", 1)
    para(doc, "The Partnership Board has agreed four priorities for 2025 to 2028. Under each one we list the "
              "commitments we will deliver in the first year; the full action plan is published separately.")
    for i, (title, why, will, lead) in enumerate(PRIORITIES):
        if i == 2:
            page_break(doc)
        doc.add_paragraph(title, style="Priority Heading")
        para(doc, why)
        para(doc, "We will:", bold=True, space_after=2)
        for w in will:
            p = doc.add_paragraph(w, style="List Paragraph")
            number_paragraph(p, 40, 1)
            p.paragraph_format.space_after = Pt(2)
        para(doc, lead, italic=True, color="555555", space_before=4)
    page_break(doc)

    # ---- page 6: cross-cutting themes, links to other plans, previous strategy
    doc.add_heading("Cross-cutting themes", 1)
    para(doc, "Three themes run through all four priorities. They are not priorities in their own right.")
    for t, d in [("Early help and prevention", "Acting at the first sign of a problem."),
                 ("Listening to victims and communities", "Victims' voices will shape every service we commission."),
                 ("Using data and intelligence", "A shared analyst post will produce a quarterly problem profile.")]:
        doc.add_paragraph(t, style="Theme Heading")
        para(doc, d)
    doc.add_heading("Links to other plans", 1)
    para(doc, "The Hollinshire Police and Crime Plan 2024\u20132029 sets out the Police and Crime Commissioner's "
              "priorities:")
    bullets(doc, ["Preventing crime and protecting the vulnerable", "Putting victims first",
                  "Fighting crime and bringing offenders to justice", "Safer roads"])
    doc.add_heading("Our previous strategy", 2)
    para(doc, "The 2022\u20132025 strategy had three priorities:")
    table(doc, ["Previous priority", "What we achieved"],
          [["Priority 1: Safer neighbourhoods", "Burglary down 24%; 11 new Neighbourhood Watch schemes"],
           ["Priority 2: Protecting vulnerable people", "Refuge for men opened; MARAC repeat rate down to 28%"],
           ["Priority 3: Reducing reoffending", "Integrated Offender Management cohort reoffending down 31%"]],
          [6.5, 10.0], head_fill=ACCENT, size=9.5)
    page_break(doc)

    # ---- page 7: governance and performance
    doc.add_heading("Governance and performance", 1)
    para(doc, "The Ravensby Community Safety Partnership Board meets every quarter. Each priority has a delivery "
              "group that reports to the Board. The council's Scrutiny Committee reviews the partnership's work "
              "once a year.")
    doc.add_heading("How we will measure progress", 2)
    table(doc, ["Measure", "Baseline 2024/25", "Direction"],
          [["Repeat MARAC referrals", "31%", "Down"],
           ["ASB incidents reported to the police", "5,118", "Down"],
           ["Knife possession offences, under-18s", "46", "Down"],
           ["Adults in drug treatment", "612", "Up"],
           ["Residents who feel safe outside after dark", "61%", "Up"]],
          [9.0, 3.5, 4.0], head_fill=ACCENT, size=9.5)
    doc.add_heading("Board members", 2)
    bullets(doc, ["Director of Communities, Ravensby Borough Council (Chair)",
                  "Chief Superintendent, Hollinshire Police (Vice-chair)",
                  "Group Manager, Hollinshire Fire and Rescue Service",
                  "Head of Probation Delivery Unit, Ravensby and Eastbrook",
                  "Director of Public Health, Hollinshire County Council",
                  "Associate Director of Safeguarding, NHS Hollinshire ICB",
                  "Office of the Police and Crime Commissioner for Hollinshire"])
    para(doc, "Contact: community.safety@ravensby.gov.uk", color="555555", space_before=8)

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
    return [docx, pdf]
