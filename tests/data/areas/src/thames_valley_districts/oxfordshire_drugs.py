"""Oxfordshire Combating Drugs Partnership Plan 2025–2028 (HTML/CSS → Chromium): the priorities are the stages
of a printed delivery tracker, "Tracking our progress" (page 5): a vertical line of status dots, each stage a
bold priority with a status tag ("In progress", "Started", "Next") and a grey "Latest update" line; no numbers."""
from kit_html import build_doc, e

D = dict(
    file="strategies/oxfordshire_combating_drugs_partnership_plan_2025-28.pdf",
    title="Oxfordshire Combating Drugs Partnership Plan 2025–2028",
    org="Oxfordshire Combating Drugs Partnership", strap="Fewer drugs, less harm, more recovery",
    email="cdp@oxfordshire.example", c1="#00594F", c2="#E98300", c3="#C7EAE4", font="'Liberation Sans'",
    hfont="'Liberation Serif'",
    foreword=["The Combating Drugs Partnership is Oxfordshire's response to the national drugs strategy. It "
              "brings together public health, the police, probation, the NHS, the councils and people with lived "
              "experience of addiction.",
              "This plan sets our local priorities for the next three years and shows where we are with each "
              "one."],
    signed="Senior Responsible Owner, Oxfordshire Combating Drugs Partnership",
    context="Around 3,200 adults (illustrative) are in drug or alcohol treatment in Oxfordshire; many more who "
            "need it are not.",
    stats=[("3,200", "adults in treatment"), ("61", "drug-related deaths (3 years)"),
           ("52%", "of people leaving prison engaged in treatment"), ("14", "county lines disrupted")],
    findings_head="What the needs assessment found",
    findings=["Cocaine and crack use are rising, and treatment numbers for them lag behind.",
              "Deaths are concentrated among older men using opiates alongside other drugs.",
              "County lines supply most of the crack cocaine and heroin in the county's towns.",
              "Recreational drug use among adults in work is common and rarely challenged."],
    previous_head="From harm to hope",
    previous_intro="The national strategy's three strategic priorities (which our plan follows but does not "
                   "repeat) are:",
    previous=["Break drug supply chains", "Deliver a world-class treatment and recovery system",
              "Achieve a generational shift in demand for drugs"],
    intro="Our four local priorities, with where we are on each.",
    stages=[("CDP1", "Breaking drug supply chains into Oxfordshire", "In progress",
             "Joint operations with the Metropolitan Police on lines from London."),
            ("CDP2", "Getting more people into treatment and recovery", "In progress",
             "A new outreach team started in Banbury and Oxford."),
            ("CDP3", "Preventing drug-related deaths", "Started",
             "Naloxone now given to everyone leaving prison."),
            ("CDP4", "Reducing the demand for drugs", "Next", "Workplace campaign planned with employers.")],
    actions=[("Supply", ["Target the most harmful lines.", "Closure orders for cuckooed homes."]),
             ("Treatment and recovery", ["Expand recovery housing.", "Peer mentors in every service."]),
             ("Deaths", ["Review every drug-related death.", "Naloxone in hostels and pharmacies."]),
             ("Demand", ["Workplace and student campaigns about recreational use."])],
    governance="The partnership reports to the Oxfordshire Health and Wellbeing Board and to the national Joint "
               "Combating Drugs Unit. Its Senior Responsible Owner is the Director of Public Health.",
    measures=[["County lines closed", "14", "Up"], ["Adults in treatment", "3,200", "Up"],
              ["Drug-related deaths", "61 (3 years)", "Down"], ["Adults reporting drug use in the last year",
                                                                 "9%", "Down"]],
    partners=["Oxfordshire County Council public health", "Thames Valley Police", "Probation Service",
              "NHS partners", "District councils", "Office of the Police and Crime Commissioner",
              "Recovery community"],
)

CSS = """
.track { margin: 5mm 0 0 6mm; border-left: 1.2mm solid #C7EAE4; padding-left: 8mm; }
.stage { position: relative; margin-bottom: 8mm; }
.stage::before { content: ""; position: absolute; left: -11.6mm; top: 1mm; width: 5mm; height: 5mm;
  border-radius: 50%; background: #00594F; border: 1mm solid #fff; box-shadow: 0 0 0 0.5mm #00594F; }
.stage.next::before { background: #fff; }
.stage .pr { font-weight: bold; font-size: 13pt; color: #00594F; }
.tag { display: inline-block; font-size: 7.5pt; border-radius: 1mm; padding: 0.4mm 1.8mm; margin: 1mm 0;
  background: #E98300; color: #fff; }
.next .tag { background: #999; }
.upd { font-size: 8.5pt; color: #666; }
"""


def priorities_html(d):
    st = "".join(f'<div class="stage{" next" if s == "Next" else ""}"><div class="pr">{e(t)}</div>'
                 f'<div class="tag">{e(s)}</div><div class="upd">Latest update: {e(u)}</div></div>'
                 for _, t, s, u in d["stages"])
    return (f"<p>{e(d['intro'])}</p><h2>Tracking our progress</h2><div class='track'>{st}</div>"
            "<p>Status at March 2025. The tracker is updated every quarter on the partnership's web page.</p>")


def build(out_root):
    return build_doc(out_root, D, CSS, priorities_html, folio=lambda n: f"{n}")
