"""Greater Manchester Serious Violence Duty Strategy 2025-2030 (python-docx -> LibreOffice).

Violence Reduction Unit Word template: Liberation Sans body and headings, red and charcoal, header "GM
Violence Reduction Unit" / "Serious Violence Strategy 2025–2030", footer "– N –" centred.  The strategy is
written as a **formal report with decimal-numbered paragraphs** ("4.1", "4.2.1"): the priorities are
**bold run-in sub-paragraphs "4.2.1 Reducing knife crime ...: we will ..."** ending the bold part with a colon
(p6).  Distractors: the Home Office success measures, the public health approach, the strategic needs
assessment findings (numbered paragraphs too), the 2020 commitments, the theme column of the action table.
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/greater_manchester_serious_violence_strategy_2025-30.pdf"
RED, CHAR = "B3001B", "2D2D2D"

PRIORITIES = [
    ("Reducing knife crime and violence among young people under 25",
     "we will fund navigators in every major hospital, focused deterrence in the four highest-harm areas, "
     "and youth work in the places where violence happens."),
    ("Keeping children in education and reducing exclusions",
     "we will place mentors and mental health support in schools with high exclusion rates, and support "
     "alternative provision."),
    ("Reducing violence in the night-time economy",
     "we will work with licensing, venues and transport to make nights out safer."),
    ("Building trauma-informed practice across the workforce",
     "we will train staff in every specified authority and embed trauma-informed approaches in "
     "commissioning."),
]


def numbered_paras(d, number, items, level_indent=1.2, start=1):
    for k, text in enumerate(items, start):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = W.Cm(level_indent)
        p.paragraph_format.first_line_indent = W.Cm(-level_indent)
        p.paragraph_format.tab_stops.add_tab_stop(W.Cm(level_indent))
        p.add_run(f"{number}.{k}\t")
        p.add_run(text)


def intro(d):
    numbered_paras(d, "1", [
        "This strategy sets out how the specified authorities in Greater Manchester will work together to "
        "prevent and reduce serious violence, as required by the Serious Violence Duty.",
        "It is published by the Greater Manchester Violence Reduction Unit on behalf of the ten local "
        "partnerships, GMP, GMFRS, the Probation Service, youth justice services and NHS Greater Manchester.",
        "It replaces the Violence Reduction Unit's first strategy (2020) and responds to the 2025 strategic "
        "needs assessment."])


def needs(d):
    numbered_paras(d, "2", [
        "Serious violence has fallen since 2019 but remains above pre-pandemic levels in four boroughs "
        "(illustrative).",
        "Young people under 25 account for 42% of victims of knife crime.",
        "Children excluded from school are far more likely to be involved in violence.",
        "A third of violence with injury in town centres happens between 10pm and 4am."])
    X.stats_table(d, [("Knife-enabled offences", "3,100", "down 5%"),
                      ("Hospital admissions for assault with a sharp object (under 25)", "310", "down 8%"),
                      ("Permanent exclusions from school", "420", "up 9%")], fill=RED, band="F8E5E8")
    W.heading(d, "The 2020 strategy", 2)
    X.previous(d, "The first strategy made six commitments:", [
        "Communities at the heart", "Education settings", "Early help", "Young people in the justice system",
        "Night-time economy", "Trauma-informed approaches"])


def framework(d):
    numbered_paras(d, "3", [
        "The Home Office measures success for the Serious Violence Duty by fewer hospital admissions for "
        "assault with a knife or sharp object, fewer knife and sharp object enabled offences, and fewer "
        "homicides.",
        "We follow a public health approach: focused on a defined population, with and for communities, not "
        "constrained by organisational boundaries, focused on generating long-term as well as short-term "
        "solutions, based on data and intelligence, and rooted in evidence of effective practice.",
        "The Mayor's Police, Fire and Crime Plan places our work in the priority below."])
    W.box(d, [("Standing Together 2026–2030", {"bold": True, "colour": RED}),
              ("Reducing and preventing gender-based violence and serious violence", {"size": 10})], fill="F8E5E8")


def priorities(d):
    numbered_paras(d, "4", ["The Violence Reduction Unit Executive has agreed four priorities.",
                            "Our priorities for 2025 to 2030 are:"])
    for k, (title, text) in enumerate(PRIORITIES, 1):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = W.Cm(2.4)
        p.paragraph_format.first_line_indent = W.Cm(-1.2)
        p.paragraph_format.tab_stops.add_tab_stop(W.Cm(2.4))
        p.paragraph_format.space_after = W.Pt(8)
        p.add_run(f"4.2.{k}\t")
        r = p.add_run(title + ": ")
        r.bold = True
        r.font.color.rgb = W.hexrgb(RED)
        p.add_run(text)
    numbered_paras(d, "4", ["Each local partnership will set out in its own plan how it contributes."], start=3)


def delivery(d):
    X.actions(d, [("Knife crime", "Hospital navigators in every major hospital", "VRU / NHS", "2026"),
                  ("Education", "Mentors in 30 schools with the highest exclusion rates", "VRU", "2026"),
                  ("Night-time economy", "Welfare hubs in four town centres", "Councils", "2025"),
                  ("Workforce", "Trauma-informed training for 5,000 staff", "VRU", "2027")], fill=CHAR)
    X.measures(d, [("Hospital admissions, sharp object (under 25)", "310", "-20%"),
                   ("Knife-enabled offences", "3,100", "-15%"), ("Permanent exclusions", "420", "-10%")], fill=CHAR)
    X.contacts(d, "Violence Reduction Unit", "vru@greatermanchester-ca.example")


SPEC = dict(
    file=FILE, title="Greater Manchester Serious Violence Duty Strategy 2025–2030",
    org="Greater Manchester Violence Reduction Unit",
    style=W.Style(body="Liberation Sans", size=10.5, colours=(RED, CHAR, RED), h1=18, h2=12.5,
                  header_left="GM Violence Reduction Unit", header_right="Serious Violence Strategy 2025–2030",
                  footer="– {PAGE} –", footer_align="center", hf_colour="2D2D2D"),
    cover=dict(kind="plain", logo=["VRU", "Greater Manchester", "Violence Reduction Unit"], logo_fill=RED,
               lines=["Serious Violence Duty Strategy", "Greater Manchester 2025 to 2030"], date="January 2025"),
    number_fmt="{n}. {t}",
    sections=[("Introduction", "in", intro), ("Strategic needs assessment", "sna", needs),
              ("Our approach", "ap", framework), ("Our priorities", "pri", priorities),
              ("Delivery and measures", "dm", delivery)],
)


def build(out_root):
    return report.build(SPEC, out_root)
