"""Greater Manchester Combating Drugs and Alcohol Partnership Strategy 2025-2028 (python-docx -> LibreOffice).

Public health Word template: DejaVu Sans, dark teal and amber, header "Combating Drugs and Alcohol
Partnership" / "Strategy 2025–2028", footer "Page N of M" on the left.  The priorities are the **header row of
a landscape page's table** (p6: a landscape Word section between portrait ones): four columns, each headed by
a priority in bold white on teal, with rows "What we will do", "Lead" and "We will know it is working when"
beneath.  Distractors: From Harm to Hope's three strategic priorities (p5), the 2022 local outcomes
framework (p4), the row labels, the measures.
"""
from docx.enum.section import WD_ORIENT, WD_SECTION

from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/greater_manchester_combating_drugs_and_alcohol_strategy_2025-28.pdf"
TEAL, AMBER = "00505C", "C77700"

PRIORITIES = ["Breaking drug supply chains and closing county lines",
              "Getting more people into treatment and recovery",
              "Reducing drug and alcohol related deaths",
              "Preventing drug and alcohol use by children and young people"]


def foreword(d):
    X.prose(d, [
        "The Greater Manchester Combating Drugs and Alcohol Partnership brings together the ten local "
        "partnerships, Greater Manchester Police, NHS Greater Manchester, the Probation Service and people with "
        "lived experience of addiction.",
        "This strategy sets four priorities that will guide our joint work from 2025 to 2028, in line with the "
        "national drugs strategy and the Mayor's Police, Fire and Crime Plan.",
    ])
    W.para(d, "Senior Responsible Owner, Combating Drugs and Alcohol Partnership", italic=True)


def context(d):
    X.stats_table(d, [("Adults in drug and alcohol treatment", "19,800", "up 6%"),
                      ("Drug-related deaths (registered)", "290", "up 3%"),
                      ("Alcohol-specific deaths", "560", "up 2%"), ("County lines closed by GMP", "120", "up 9%"),
                      ("Under-18s in specialist treatment", "640", "down 4%")], fill=TEAL, band="E5F0F1")
    W.heading(d, "Our 2022 outcomes framework", 2)
    X.previous(d, "The partnership's first plan measured progress against four local outcomes:", [
        "Reduce drug-related crime", "Reduce drug-related deaths and harm", "Increase engagement in treatment",
        "Improve recovery outcomes"])


def national(d):
    W.para(d, "From Harm to Hope, the government's ten-year drugs plan, sets three strategic priorities:")
    W.bullets(d, ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                  "Achieve a generational shift in demand for drugs"])
    W.para(d, "Every area must have a Combating Drugs Partnership with a senior responsible owner, a needs "
              "assessment and a local plan.")
    X.mayor_quote(d, "How the Mayor's plan describes our work", fill="FBF0DE", colour=AMBER)
    sec = d.add_section(WD_SECTION.NEW_PAGE)  # the priorities page is landscape
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = W.Cm(29.7), W.Cm(21.0)
    sec.different_first_page_header_footer = False


def priorities(d):
    W.para(d, "Our four priorities for 2025 to 2028, and how we will deliver them, are set out in the table.")
    rows = [PRIORITIES,
            ["Joint disruption with the Regional Organised Crime Unit; closure orders for cuckooed homes",
             "Treatment workers in custody and courts; a 48-hour offer to people leaving prison",
             "Naloxone from every treatment service and pharmacy; a drug-related death review panel",
             "Drug and alcohol education in schools; early help for children of dependent parents"],
            ["GMP", "NHS Greater Manchester", "Directors of Public Health", "Education leads"],
            ["County lines closed and supply disrupted", "More adults in treatment for six months or more",
             "Fewer deaths registered each year", "Fewer under-18s needing specialist treatment"]]
    labels = ["Our priority", "What we will do", "Lead", "We will know it is working when"]
    t = d.add_table(rows=4, cols=5)
    W.borders(t, "9FB7BB")
    W.cell_margins(t, 100, 100, 120, 120)
    for r in range(4):
        W.cell_text(t.cell(r, 0), labels[r], 9, bold=True, colour=TEAL)
        W.shade(t.cell(r, 0), "E5F0F1")
        for c in range(4):
            if r == 0:
                W.cell_text(t.cell(r, c + 1), rows[r][c], 12, bold=True, colour="FFFFFF")
                W.shade(t.cell(r, c + 1), TEAL)
            else:
                W.cell_text(t.cell(r, c + 1), rows[r][c], 9.5)
    W.widths(t, [3.4, 5.6, 5.6, 5.6, 5.6])
    back = d.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = W.Cm(21.0), W.Cm(29.7)
    back.different_first_page_header_footer = False


def delivery(d):
    X.measures(d, [("Adults in treatment", "19,800", "23,000"), ("Drug-related deaths", "290", "-20%"),
                   ("County lines closed", "120 a year", "150 a year"), ("Continuity of care after prison", "47%", "75%")],
               fill=TEAL)
    W.heading(d, "Governance", 2)
    W.para(d, "The partnership reports to the Greater Manchester Integrated Care Partnership and to the "
              "Police, Fire and Crime Panel. Local partnerships in each borough deliver the plan.")
    X.contacts(d, "Combating Drugs and Alcohol Partnership team", "cdap@greatermanchester-ca.example")


SPEC = dict(
    file=FILE, title="Greater Manchester Combating Drugs and Alcohol Partnership Strategy 2025–2028",
    org="Greater Manchester Combating Drugs and Alcohol Partnership",
    style=W.Style(body="DejaVu Sans", size=9.5, colours=(TEAL, AMBER, TEAL), h1=18, h2=12,
                  header_left="Combating Drugs and Alcohol Partnership", header_right="Strategy 2025–2028",
                  footer="Page {PAGE} of {NUMPAGES}", footer_align="left", hf_colour="00505C"),
    needle={"pri": "Our four priorities for 2025 to 2028"},
    cover=dict(kind="centre", logo=["GREATER MANCHESTER", "Combating Drugs and Alcohol Partnership"],
               logo_fill=TEAL, lines=["From harm to recovery", "Combating Drugs and Alcohol Strategy 2025–2028"],
               partners="GMCA · Greater Manchester Police · NHS Greater Manchester · Probation Service · the ten "
                        "local authorities · Recovery communities", date="October 2025", strip="FBF0DE"),
    sections=[("Introduction", "in", foreword), ("The picture in Greater Manchester", "ctx", context),
              ("The national strategy", "nat", national), ("Our priorities", "pri", priorities, False),
              ("Measures and governance", "mg", delivery, False)],
)


def build(out_root):
    return report.build(SPEC, out_root)
