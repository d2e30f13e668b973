"""Safer Hastings Partnership Plan 2026-2029 (fictional re-creation).

House style: python-docx -> LibreOffice, Liberation Serif body, DejaVu Sans headings, dark green.  The plan
has four **aims**, each with numbered **actions**, on p6: each aim is a Heading 2 "Aim n \u2013 ..." followed
by a two-column table of its actions "n.1 ...".  The document never calls anything a priority, so the gold is
the top level, the aims.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx_kit import Cm, Pt, header_footer, heading, new_doc, para, set_widths, shade, table
from sussex_districts import kit_docx as K
from sussex_districts.work import ILLUS

OUT = "strategies/safer_hastings_partnership_plan_2026-29.pdf"

AIMS = [
    ("Reduce anti-social behaviour and the fear of crime in our neighbourhoods", [
        "Run a joint problem-solving group for the town centre, St Leonards and the seafront.",
        "Use the full range of ASB powers, including Public Spaces Protection Orders where they are needed.",
        "Make the ASB case review (Community Trigger) easy to find and use."]),
    ("Reduce the harm caused by drugs and alcohol", [
        "Increase referrals into treatment from the police custody suite and the courts.",
        "Work with licensed premises and off-licences on street drinking.",
        "Support the East Sussex Combating Drugs Partnership's naloxone programme."]),
    ("Tackle domestic abuse and violence against women and girls", [
        "Train staff in every partner agency to recognise and respond to abuse.",
        "Promote the Safe Space scheme in shops, cafes and pharmacies.",
        "Deliver healthy relationships sessions in secondary schools."]),
    ("Reduce serious violence involving young people", [
        "Fund youth workers in the town centre on Friday and Saturday evenings.",
        "Deliver the Violence Reduction Partnership's mentoring offer to children excluded from school.",
        "Share information on weapons and exploitation through the Serious Violence Duty partners."]),
]


def aims_page(d):
    first = heading(d, "Our aims for 2026\u20132029", 1)
    para(d, "Four aims will guide the partnership's work over the next three years. Under each aim are the "
            "actions we have agreed for the first year.")
    for n, (aim, actions) in enumerate(AIMS, 1):
        heading(d, f"Aim {n} \u2013 {aim}", 2)
        t = d.add_table(rows=len(actions), cols=2)
        t.style = d.styles["Table Grid"]
        for r, a in enumerate(actions):
            c0, c1 = t.cell(r, 0), t.cell(r, 1)
            c0.text, c1.text = f"{n}.{r + 1}", a
            shade(c0, "E2EFDA")
            for c in (c0, c1):
                for run in c.paragraphs[0].runs:
                    run.font.size = Pt(9.5)
                c.paragraphs[0].paragraph_format.space_after = Pt(1)
        set_widths(t, [1.3, 15.3])
    return first


def build(root: Path) -> Path:
    d = new_doc(font="Liberation Serif", size=11, heading_font="DejaVu Sans",
                colours=("375623", "548235", "404040"), title="Safer Hastings Partnership Plan 2026\u20132029",
                author="Safer Hastings Partnership")
    header_footer(d, "Safer Hastings Partnership", "Plan 2026\u20132029", footer_fmt="{PAGE}", colour="548235",
                  rule_colour="548235")
    toc = [("Introduction", 3, 0), ("Hastings in context", 4, 0), ("The partnership landscape", 5, 0),
           ("Our aims for 2026\u20132029", 6, 0), ("Delivery", 7, 0), ("Measuring success", 8, 0)]
    pages = [
        [("h1", "Introduction"),
         ("p", "Hastings is a coastal town of around 91,000 people with a proud history and a strong sense of "
               "community. It is also one of the most deprived towns in the South East, and the crime and "
               "anti-social behaviour it experiences are closely linked to that deprivation."),
         ("p", "The Safer Hastings Partnership brings together Hastings Borough Council, Sussex Police, East Sussex "
               "County Council, East Sussex Fire and Rescue Service, the Probation Service, NHS Sussex and the "
               "voluntary and community sector. Together we are the community safety partnership for the borough."),
         ("p", "This plan sets out what the partnership will focus on from 2026 to 2029. It is based on our annual "
               "strategic assessment, on what residents told us in the 2025 community safety survey and on the "
               "priorities of our county and Sussex-wide partners."),
         ("h2", "How we chose our focus"),
         ("bul", ["The volume and harm of each type of crime or disorder in Hastings.",
                  "Where working together adds most to what each agency does alone.",
                  "What residents and businesses told us worries them most."]),
         ("note", "Chair, Safer Hastings Partnership")],
        [("h1", "Hastings in context"),
         ("p", "The table below summarises the evidence from the 2025 strategic assessment."),
         ("table", [["Indicator", "Hastings", "East Sussex"],
                    ["Anti-social behaviour incidents per 1,000 residents", "41", "22"],
                    ["Drug-related deaths, 3-year total", "29", "118"],
                    ["Domestic abuse incidents reported to police", "2,480", "11,900"],
                    ["Violence with injury, under-25 victims", "312", "1,270"],
                    ["Residents who feel safe in the town centre at night", "38%", "55%"]],
          [9.0, 3.8, 3.8], "375623"),
         ("note", ILLUS),
         ("h2", "Key findings"),
         ("bul", ["Anti-social behaviour is concentrated in the town centre, Central St Leonards and along the "
                  "seafront, with a summer peak.",
                  "Hastings has one of the highest rates of drug-related deaths in the South East.",
                  "A small number of young people are involved in most youth violence, often linked to "
                  "exploitation by county lines.",
                  "Domestic abuse remains under-reported, especially by older women."])],
        [("h1", "The partnership landscape"),
         ("h2", "Our previous plan (2023\u20132026)"),
         ("p", "The last plan had three priority areas: street-based anti-social behaviour; drug-related harm; "
               "and domestic abuse. This plan keeps all three and adds serious violence."),
         ("h2", "East Sussex Safer Communities Partnership"),
         ("p", "The county partnership's business plan covers themes that are best handled across East Sussex: "
               "serious violence and the Serious Violence Duty; drug-related harm; fraud and scams; "
               "domestic abuse, stalking and sexual violence; and Prevent."),
         ("h2", "The Sussex Police and Crime Plan 2025\u20132029"),
         ("p", "The Commissioner's plan has four pillars and nine priorities, including:"),
         ("bul", ["Safer neighbourhoods, towns and villages",
                  "Reducing serious violence and knife crime",
                  "Ending violence against women and girls",
                  "Reducing reoffending"]),
         ("p", "The Commissioner's community safety grant funds part of the work in this plan.")],
        [("custom", aims_page)],
        [("h1", "Delivery"),
         ("p", "Task groups deliver the actions and report to the partnership every quarter."),
         ("table", [["Theme", "Task group", "Partners"],
                    ["ASB", "Town Centre and Seafront Problem-Solving Group", "Council, police, businesses"],
                    ["Drugs and alcohol", "Hastings Drug and Alcohol Forum", "Change Grow Live, police, NHS"],
                    ["Domestic abuse", "Hastings Domestic Abuse Forum", "Council, Probation, specialist services"],
                    ["Youth violence", "Serious Violence Local Group", "Youth service, schools, VRP"]],
          [3.5, 6.5, 6.6], "375623"),
         ("h2", "Funding"),
         ("p", "The partnership has no budget of its own. Actions are funded by partners, by the Police and "
               "Crime Commissioner's community safety grant and by the Serious Violence Duty grant.")],
        [("h1", "Measuring success"),
         ("table", [["Measure", "Baseline 2024/25", "Target 2028/29"],
                    ["ASB incidents in the town centre", "1,940", "1,650"],
                    ["People in drug treatment", "620", "720"],
                    ["Domestic abuse repeat victimisation", "31%", "26%"],
                    ["Knife-enabled offences, under-25s", "44", "35"]], [8.6, 4.0, 4.0], "375623"),
         ("note", ILLUS),
         ("h2", "Governance"),
         ("p", "The partnership reports to Hastings Borough Council's Overview and Scrutiny Committee once a year "
               "and to the East Sussex Safer Communities Partnership."),
         ("h2", "Contact"),
         ("p", "Community Safety Team, Hastings Borough Council, Muriel Matters House. "
               "communitysafety@hastings.example")],
    ]
    out = root / OUT
    return K.build(out, "hastings", d, [("Safer Hastings Partnership", 14, True, "FFFFFF"),
                                        ("Partnership Plan 2026\u20132029", 28, True, "FFFFFF"),
                                        ("Working together for a safer Hastings and St Leonards", 12, False,
                                         "E2EFDA")], "375623", toc, pages)
