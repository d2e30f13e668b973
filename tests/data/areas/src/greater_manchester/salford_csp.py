"""Safer Salford Partnership Community Safety Strategy 2025-2028 (HTML/CSS -> Chromium).

Five priorities, stated once, on p6 as **marginal side heads**: a narrow left column holds each priority in
bold coloured type beside the paragraph that explains it in the wide right column, with a hairline between
rows.  No numbers.  The 2022-25 priorities (p4), the Mayor's priorities quoted in a box (p5), the principles
and the action themes (p7) are distractors.
"""
from greater_manchester import gmkit
from greater_manchester.common_text import MAYOR

e = gmkit.e
PRIORITIES = [
    ("Reducing anti-social behaviour and making public spaces feel safe",
     "Residents told us that ASB in parks, precincts and on estates is what most affects how safe they feel. We will "
     "use joint problem-solving, youth outreach and, where needed, civil powers."),
    ("Tackling domestic abuse and sexual violence",
     "We will commission the local IDVA service, train frontline staff to spot abuse and support children who "
     "live with it."),
    ("Preventing radicalisation and extremism",
     "We will deliver the Prevent duty across schools, colleges and council services and run the Channel panel."),
    ("Reducing reoffending by adults and young people in Salford",
     "We will join up youth justice, probation and housing so that people leaving custody or on orders get help "
     "with homes, work and health."),
    ("Reducing alcohol and drug related harm",
     "We will get more people into treatment, extend naloxone supply and act on problem premises."),
]

D = dict(slug="salford_csp", file="strategies/safer_salford_community_safety_strategy_2025-28.pdf",
         title="Safer Salford Partnership Community Safety Strategy 2025–2028", org="Safer Salford Partnership",
         cover_title="Community Safety Strategy", years="2025 – 2028", colour="#00547A",
         ctx_title="Salford today", how_title="Our approach",
         foreword=["Salford has changed quickly, with new homes and jobs on the Quays and in the city centre, while "
                   "some of our neighbourhoods still carry high levels of crime and deprivation.",
                   "This strategy is the partnership's plan for the next three years."],
         signed="Chair, Safer Salford Partnership Board", ctx_intro="Salford in numbers (illustrative figures).",
         stats=[("275,000", "residents"), ("4,900", "ASB incidents"), ("3,700", "domestic abuse crimes"),
                ("1,050", "people in drug treatment"), ("22", "Prevent referrals"), ("31%", "proven reoffending rate")],
         findings_title="What our strategic assessment found",
         findings=["ASB is the top concern in every neighbourhood survey.",
                   "Alcohol is a factor in four in ten violent incidents in the night-time economy.",
                   "Reoffending is highest among people released without settled housing."],
         prev_title="Our 2022–2025 priorities", prev_intro="The last strategy focused on:",
         prev=["Crime and ASB", "Vulnerable people", "Serious and organised crime"],
         how=[("Our principles", ["Early help first", "Think family", "Victims at the centre", "Use the evidence"]),
              ("The Mayor's Police and Crime Plan", "Standing Together sets six priorities: " + "; ".join(MAYOR) + ".")],
         delivery_intro="Delivery groups report to the board every quarter.", actions_head=["Theme", "Action", "Lead"],
         actions=[["Public spaces", "Park patrols and youth outreach", "Council"],
                  ["Abuse", "IDVA service and Operation Encompass", "Council"],
                  ["Prevent", "Training for schools and colleges", "Council"],
                  ["Offending", "Accommodation pathway on release", "Probation"],
                  ["Substances", "Naloxone in hostels; alcohol liaison", "Public health"]],
         measures=[["ASB incidents", "4,900", "Down"], ["Repeat domestic abuse victims", "27%", "Down"],
                   ["Proven reoffending rate", "31%", "Down"], ["People in treatment", "1,050", "Up"]],
         governance="The Safer Salford Partnership Board is the statutory community safety partnership.",
         partners=["Salford City Council", "Greater Manchester Police", "Probation Service", "NHS Greater Manchester",
                   "GM Fire and Rescue Service", "Salford Youth Justice Service"],
         contact="safersalford@salford.example")
CSS = """
.side { display: grid; grid-template-columns: 55mm 1fr; column-gap: 7mm; border-top: .5px solid #8aa; padding: 4mm 0; }
.side .h { font-weight: 700; color: #00547A; font-size: 11pt; line-height: 1.25; }
.side .b { font-size: 9.6pt; }
"""
PAGE = """@page { size: A4; margin: 18mm 18mm 20mm 18mm;
 @bottom-left { content: "Safer Salford Partnership"; font: 8pt 'Liberation Sans'; color: #777; }
 @bottom-right { content: "Page " counter(page) " of 8"; font: 8pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }"""


def build(out_root):
    h = ['<h1 class="t">Our priorities</h1><p>Our five priorities for 2025–2028 are set out in the margin; '
         'the text beside each says why it matters and what we will do.</p>']
    for t, b in PRIORITIES:
        h.append(f'<div class="side"><div class="h">{e(t)}</div><div class="b">{e(b)}</div></div>')
    return gmkit.build_html(out_root, D, "".join(h), CSS, PAGE)
