"""Surrey Combating Drugs Partnership Plan 2026-2029: HTML/CSS -> Chromium (DejaVu Sans, Liberation Serif
headings).  The priorities are the four section headings on pp5-6, two a page, each with three question
sub-headings ("What is the problem?", "What will we do?", "How will we know?").  Distractors: From harm to
hope's three strategic priorities (p4), the findings, the question sub-headings, delivery and outcomes."""
from surrey_districts.kit_html import E, html_report

D = dict(
    file="strategies/surrey_combating_drugs_partnership_plan_2026-29.pdf",
    slug="drugs", kind="drugs",
    title="Surrey Combating Drugs Partnership Plan 2026\u20132029",
    body="Surrey Combating Drugs Partnership",
    cover_title="Combating Drugs Partnership Plan",
    cover_sub="Surrey \u00b7 2026\u20132029",
    cover_lines=["Surrey County Council Public Health \u00b7 Surrey Police \u00b7 OPCC for Surrey \u00b7 NHS Surrey "
                 "Heartlands and NHS Frimley \u00b7 Probation Service \u00b7 HM Prison and Probation Service \u00b7 "
                 "district and borough councils", "Published June 2026"],
    header_left="Surrey Combating Drugs Partnership", folio="{n}",
    colours=("#5B2A86", "#2C8C99"), tint="#F1ECF6",
    font="DejaVu Sans", heading_font="Liberation Serif", pcc=False,
    sections=dict(fwd="Foreword from the Senior Responsible Owner", ctx="The national strategy and the local picture",
                  pri="Our four priorities", dlv="Delivery and funding", gov="Outcomes framework and governance"),
    findings_head="Local needs assessment: key findings",
    foreword=["The partnership brings together everyone in Surrey with a part to play in reducing the harm "
              "drugs and alcohol cause: treatment services, the NHS, police, probation, prisons, councils and "
              "people with lived experience of addiction.",
              "This plan sets out our four local priorities for the next three years and the outcomes we will "
              "report to government and to residents.",
              "Recovery is possible, and it is happening in Surrey every day. Our job is to make it possible for "
              "more people, sooner."],
    signed="Senior Responsible Owner, Surrey Combating Drugs Partnership",
    context=("The national drug strategy, From harm to hope (2021), set three strategic priorities for every "
             "combating drugs partnership. Our local priorities follow from them and from the needs assessment."),
    stats=[("5,900", "estimated people using opiates or crack cocaine"), ("47%", "of them in treatment"),
           ("71", "drug-related deaths in three years"), ("8,300", "alcohol-related hospital admissions a year")],
    findings=["Most drugs sold in Surrey arrive through lines run from London and the south coast.",
              "Too few people leaving prison are engaged with treatment within three weeks of release.",
              "Deaths involve mixtures of opioids, benzodiazepines and alcohol, often among people living alone.",
              "Alcohol causes more harm in Surrey than all illegal drugs combined."],
    previous=("From harm to hope: the national priorities",
              "The three national strategic priorities, which frame every local plan, are:",
              ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
               "Achieve a generational shift in demand for drugs"]),
    delivery=["Each priority has a delivery group. Grant funding for treatment is allocated by the partnership "
              "board each year."],
    groups=[["Supply and Enforcement Group", "Drug supply and county lines", "Monthly"],
            ["Treatment and Recovery Group", "Treatment places and recovery", "Monthly"],
            ["Drug Deaths Review Panel", "Drug-related deaths", "Bi-monthly"],
            ["Alcohol Harm Group", "Alcohol", "Quarterly"]],
    measures=[["County lines closed", "38", "45 a year"], ["Adults in treatment", "4,100", "4,800"],
              ["Prison leavers in treatment within 3 weeks", "39%", "60%"], ["Drug-related deaths", "24 a year", "Fewer"],
              ["Alcohol-related admissions", "8,300", "7,500"]],
    governance=["The partnership board meets quarterly and reports to the Surrey Health and Wellbeing Board and "
                "to the Joint Combating Drugs Unit."],
    partners=["Surrey County Council", "Surrey Police", "OPCC for Surrey", "NHS Surrey Heartlands", "NHS Frimley",
              "Probation Service", "HMPPS", "i-access", "district and borough councils"],
    contact="Contact: cdp@surreycc.example (illustrative)",
)

PRIORITIES = [
    dict(id="CDP1", text="Breaking drug supply chains into Surrey", plan=["P2"],
         problem="Organised groups move drugs into Surrey's towns and exploit children and vulnerable adults to sell them.",
         do=["Close county lines and arrest those running them.", "Use closure orders on cuckooed addresses.",
             "Offer every person arrested for drug supply a route into treatment where they need it."],
         know="More lines closed; fewer cuckooed addresses."),
    dict(id="CDP2", text="More people in treatment, and staying in recovery", plan=["P5"],
         problem="Fewer than half of people who need treatment are in it, and too many drop out.",
         do=["Expand outreach to people not in contact with services.",
             "Make referrals from custody, courts and prison release routine.",
             "Fund recovery housing, peer mentors and employment support."],
         know="Treatment numbers and completions rise."),
    dict(id="CDP3", text="Fewer drug-related deaths", plan=["P5"],
         problem="Deaths have risen, most among people over 40 using several substances.",
         do=["Put naloxone in every hostel, pharmacy and custody suite.", "Review every death to learn lessons.",
             "Alert services quickly to dangerous batches and synthetic opioids."],
         know="Drug-related deaths fall."),
    dict(id="CDP4", text="Reducing the harm caused by alcohol", plan=["P5"],
         problem="Alcohol is the substance behind most hospital admissions, violence and family harm we see.",
         do=["Offer alcohol care teams in every acute hospital.", "Train GPs and pharmacists in brief advice.",
             "Work with licensing authorities on the availability of cheap, strong alcohol."],
         know="Alcohol-related admissions fall."),
]

CSS = """
.pr { margin-bottom: 8mm; }
.pr h2.ph { font-size: 19pt; border-bottom: 1.2mm solid #2C8C99; padding-bottom: 2mm; margin: 2mm 0 4mm 0; }
.pr h3 { font-size: 10.5pt; color: #2C8C99; margin: 3mm 0 1mm 0; font-style: italic; }
"""


def _block(p):
    do = "".join(f"<li>{E(x)}</li>" for x in p["do"])
    return (f'<div class="pr"><h2 class="ph">{E(p["text"])}</h2><h3>What is the problem?</h3><p>{E(p["problem"])}</p>'
            f'<h3>What will we do?</h3><ul>{do}</ul><h3>How will we know?</h3><p>{E(p["know"])}</p></div>')


def build(out_root):
    D["priorities"] = PRIORITIES
    p1 = (f'<h1>{E(D["sections"]["pri"])}</h1><p>The partnership board agreed four local priorities in March 2026. '
          f'Each is set out below with three questions: what is the problem, what will we do, and how will we know.</p>'
          + _block(PRIORITIES[0]) + _block(PRIORITIES[1]))
    p2 = _block(PRIORITIES[2]) + _block(PRIORITIES[3])
    return html_report(D, out_root, [p1, p2], CSS)
