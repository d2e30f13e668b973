"""Lancashire Reducing Reoffending Plan 2025-2028: reportlab report (Liberation Sans Narrow body).

The priorities are the **stop names on five bus stop flags** (p5, "Next stop: a life without crime"): a grey
pole, a red roundel reading "REOFFENDING", the priority in bold, and a dark "STOP R1" ... plate at the right.
Distractors: the seven pathways, previous priorities (p4), delivery and measures (p6)."""
from rl_kit import Paragraph, Spacer
from lancashire_districts import kit_rl
from lancashire_districts.kit_rl import esc

SPEC = dict(
    file="strategies/lancashire_reducing_reoffending_plan_2025-28.pdf",
    title="Lancashire Reducing Reoffending Plan 2025–2028", short="Lancashire Reducing Reoffending Board",
    org="Lancashire Reducing Reoffending Board", cover_title="Reducing Reoffending Plan", years="2025 – 2028",
    cover_kicker="Probation Service · Lancashire Constabulary · councils · NHS · Police and Crime Commissioner",
    c1="#B01E23", c2="#333333", rl_font="liberation-narrow",
    foreword=["Most crime is committed by people who have offended before. Helping them stop protects the public.",
              "This plan brings the Probation Service, police, councils, health and the voluntary sector together."],
    signed="Chair, Lancashire Reducing Reoffending Board",
    ctx_head="Reoffending in Lancashire", ctx_intro="About the people we work with.",
    stats=[("9,800", "people on probation"), ("27%", "proven reoffending rate"), ("14%", "released homeless"),
           ("24%", "in work six weeks after release"), ("430", "women on probation"), ("620", "IOM cohort")],
    findings_head="The seven resettlement pathways",
    findings=["Accommodation; Education, training and employment; Health; Drugs and alcohol.",
              "Finance, benefit and debt; Children and families; Attitudes, thinking and behaviour."],
    previous="The 2022–2025 plan's priorities were: Accommodation; Employment; and Health.",
    pcc=None, pri_head="Next stop: a life without crime",
)
PRIORITIES = [
    ("Managing prolific neighbourhood offenders through IOM", "Police and probation jointly managing the people who cause most harm."),
    ("Accommodation on release from prison", "Nobody released from prison homeless."),
    ("Employment, training and education for people on probation", "Jobs and skills through employment hubs and local employers."),
    ("Women in the justice system", "A women's centre approach for women on probation."),
    ("Challenging perpetrators of domestic abuse to change", "Accredited programmes and joint management of high-harm perpetrators."),
]
SPEC.update(
    delivery=[("IOM", "Refresh the IOM cohort", "Probation, police"), ("Accommodation", "Housing officers in prisons", "District councils"),
              ("Employment", "Employment hubs", "Probation"), ("Women", "Women's centres in three towns", "Probation"),
              ("DA perpetrators", "Building Better Relationships places", "Probation")],
    measures=[("Proven reoffending", "27%", "Lower"), ("Released homeless", "14%", "Lower"), ("In work at six weeks", "24%", "Higher")],
    governance="The board reports to the Lancashire Criminal Justice Board.",
    partners="Probation Service; Lancashire Constabulary; councils; NHS; HMP Preston; HMP Lancaster Farms; voluntary sector.",
    contact="reoffending@lancashire.example",
)


def build(root):
    def pri(st):
        F = [Paragraph("Five stops on the route away from crime: the board's priorities for 2025 to 2028.", st["body"])]
        for i, (name, _) in enumerate(PRIORITIES, 1):
            F += [kit_rl.bus_stop(name, i, st), Spacer(1, 3)]
        F.append(Paragraph("What each priority means", st["h2"]))
        F += [Paragraph(esc(d), st["li"], bulletText="\u2022") for _, d in PRIORITIES]
        return F
    return kit_rl.build(root, SPEC, pri)
