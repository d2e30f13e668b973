"""Surrey Community Safety Agreement 2026-2029 (Surrey Community Safety Board): HTML/CSS -> Chromium
(Liberation Sans).  "Our commitments" cards in a 3 x 2 grid on p5: five commitment cards, each a priority in
bold with a sentence, and a sixth, differently coloured card "How we will work" that is not a priority.
Distractors: the 2023-2026 agreement's themes and the PCC's priorities (p4), the sixth card, delivery, measures."""
from surrey_districts.kit_html import E, html_report

D = dict(
    file="strategies/surrey_community_safety_agreement_2026-29.pdf",
    slug="community_safety_agreement", kind="other",
    title="Surrey Community Safety Agreement 2026\u20132029",
    body="Surrey Community Safety Board",
    cover_title="Community Safety Agreement",
    cover_sub="Surrey 2026\u20132029",
    cover_lines=["Agreed by Surrey County Council, the eleven borough and district councils, Surrey Police, the "
                 "OPCC for Surrey, Surrey Fire and Rescue Service, the NHS and the Probation Service", "May 2026"],
    header_left="Surrey Community Safety Agreement 2026\u20132029", folio="\u2014 {n} \u2014",
    colours=("#234E70", "#F08A4B"), tint="#EAF0F5",
    font="Liberation Sans",
    sections=dict(fwd="Foreword", ctx="Why a county agreement", pri="Our commitments",
                  dlv="Who does what", gov="Measures and governance"),
    foreword=["In a two-tier county, community safety is everybody's business and nobody's alone. The eleven "
              "borough and district partnerships know their places best; the county, police, fire, health and "
              "probation work across all of them.",
              "This agreement sets out the few things on which every partner in Surrey commits to act together, "
              "so that district plans, county boards and the Police and Crime Plan pull in the same direction.",
              "It does not replace local plans. It is the county-wide layer that holds them together."],
    signed="Chair, Surrey Community Safety Board",
    context=("The county council must prepare a community safety agreement with the district partnerships. "
             "This one was informed by the 2025 county strategic assessment."),
    stats=[("1.2m", "residents in Surrey"), ("11", "community safety partnerships"),
           ("27,000", "ASB incidents across the county"), ("\u00a314m", "lost by residents to fraud (illustrative)")],
    findings=["Anti-social behaviour is the most common community safety priority of district partnerships.",
              "Domestic abuse accounts for one in six crimes recorded in Surrey.",
              "Cuckooing of vulnerable adults is reported in every borough and district.",
              "Hate incidents spike after national events, and reporting is low."],
    previous=("The 2023\u20132026 agreement",
              "The previous agreement set four themes:",
              ["Safer communities", "Vulnerability", "Serious and organised crime", "Partnership data"]),
    delivery=["Each commitment has a county lead and is delivered mostly through the district partnerships."],
    group_heads=["Commitment lead", "Works through", "Reports"],
    groups=[["Surrey County Council Community Safety", "District ASB leads", "Quarterly"],
            ["Surrey Domestic Abuse Partnership Board", "District domestic abuse forums", "Quarterly"],
            ["Surrey Police Partnerships", "Community tension monitoring", "Monthly"],
            ["Surrey Trading Standards", "Fraud prevention partnership", "Quarterly"],
            ["Surrey Police Exploitation Hub", "District vulnerability panels", "Monthly"]],
    measures=[["ASB incidents", "27,000", "A fall of 10%"], ["Domestic abuse repeat victims", "33%", "28%"],
              ["Hate crimes reported", "1,150", "Higher reporting"], ["Fraud losses", "\u00a314m", "Lower"],
              ["Cuckooed addresses identified", "140", "More found, fewer repeats"]],
    governance=["The Surrey Community Safety Board meets quarterly and reports to the county council's Communities, "
                "Environment and Highways Select Committee."],
    partners=["Surrey County Council", "borough and district councils", "Surrey Police", "OPCC for Surrey",
              "Surrey Fire and Rescue Service", "NHS Surrey Heartlands", "Probation Service"],
    contact="Contact: communitysafety@surreycc.example (illustrative)",
)

PRIORITIES = [
    dict(id="CSA1", plan=["P1"], text="Anti-social behaviour that harms communities",
         d="A consistent approach to ASB case reviews and victim support in every district."),
    dict(id="CSA2", plan=["P3"], text="Safety from domestic abuse in every district",
         d="The same standard of support wherever a victim lives in Surrey."),
    dict(id="CSA3", plan=["P4"], text="Hate crime and community tensions",
         d="One county system for monitoring tension and supporting people targeted by hate."),
    dict(id="CSA4", plan=["P4"], text="Protecting residents from fraud and scams",
         d="County-wide scam prevention, with call blockers and doorstep crime response."),
    dict(id="CSA5", plan=["P2"], text="Cuckooing and the exploitation of vulnerable adults",
         d="A shared protocol for finding and protecting adults whose homes are taken over."),
]

CSS = """
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 5mm; margin-top: 6mm; }
.card { border: 0.5mm solid #234E70; border-top: 4mm solid #234E70; border-radius: 2mm; padding: 4mm;
        min-height: 62mm; }
.card b { display: block; font-size: 13pt; color: #234E70; line-height: 1.25; margin-bottom: 3mm; }
.card p { font-size: 9.5pt; }
.card.how { border-color: #F08A4B; background: #FDF1E9; }
.card.how b { color: #9A4A18; }
"""


def build(out_root):
    D["priorities"] = PRIORITIES
    cards = "".join(f'<div class="card"><b>{E(p["text"])}</b><p>{E(p["d"])}</p></div>' for p in PRIORITIES)
    cards += ('<div class="card how"><b>How we will work</b><p>Share data under one protocol, fund jointly where '
              'we can, and let local partnerships lead delivery. This is how we work, not a sixth commitment.</p></div>')
    body = (f'<h1>{E(D["sections"]["pri"])}</h1><p>Every partner signing this agreement commits to five shared '
            f'priorities for 2026\u20132029.</p><div class="grid">{cards}</div>')
    return html_report(D, out_root, [body], CSS)
