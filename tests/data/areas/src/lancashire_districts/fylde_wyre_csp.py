"""Fylde and Wyre Community Safety Partnership Plan 2025-2028: reportlab report (DejaVu Sans Condensed).

The priorities are lettered on **sewn-on labels on the striped canvas of five deckchairs** (p5, "Take a seat:
our five priorities"), drawn front-on one below another; no numbers. Descriptions follow in a list.
Distractors: findings, previous priorities and the PCC's priorities (p4); delivery and measures (p6)."""
from rl_kit import Paragraph, Spacer
from lancashire_districts import kit_rl
from lancashire_districts.kit_rl import esc
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/fylde_and_wyre_community_safety_partnership_plan_2025-28.pdf",
    title="Fylde and Wyre Community Safety Partnership Plan 2025–2028",
    short="Fylde and Wyre Community Safety Partnership", org="Fylde and Wyre Community Safety Partnership",
    cover_title="Community Safety Partnership Plan", years="2025 – 2028",
    cover_kicker="Lytham St Annes · Kirkham · Fleetwood · Thornton-Cleveleys · Poulton-le-Fylde · Garstang",
    c1="#0B5563", c2="#F4A259", rl_font="dejavu-cond", rl_head="dejavu",
    foreword=["Fylde and Wyre share a coastline, a rural hinterland and a joint community safety partnership.",
              "Our five priorities reflect coastal towns with many older residents, a large farming area and "
              "miles of beaches, estuaries and rivers.", "We will report progress to both councils every year."],
    signed="Chair, Fylde and Wyre Community Safety Partnership",
    ctx_head="Fylde and Wyre in context", ctx_intro="The two boroughs have around 195,000 residents.",
    stats=[("195,000", "residents"), ("9,900", "crimes recorded in 2024/25"), ("3,600", "ASB incidents"),
           ("2,300", "domestic abuse incidents"), ("31%", "residents aged over 65"), ("11", "water-related deaths in five years")],
    findings=["ASB is concentrated in Fleetwood and St Annes town centres in the summer.",
              "Older residents lost an estimated £1.2m to scams in a year (illustrative).",
              "Farm and coastal thefts (boats, outboard engines, machinery) are rising.",
              "Most drownings happen on the Wyre estuary and at unguarded beaches."],
    previous="The 2022–2025 plan's priorities were: ASB; Domestic abuse; and Vulnerable people.",
    pcc=PCC, pri_head="Take a seat: our five priorities",
)
PRIORITIES = [
    ("Anti-social behaviour", "Joint patrols and youth provision in the town centres and on the seafront."),
    ("Domestic abuse", "Support for victims, including older victims, and action against perpetrators."),
    ("Scams and fraud targeting older residents", "Call blockers, Friends Against Scams training and banking protocols."),
    ("Rural and coastal crime", "Farm Watch, marina security and patrols on the coast and the Over Wyre villages."),
    ("Water safety along the coast and rivers", "Safety signs, throw lines and education so that fewer people drown."),
]
SPEC.update(
    delivery=[("ASB", "Seafront patrols; summer youth activities", "Fylde Council, Wyre Council"),
              ("Domestic abuse", "Older victims' advocate", "Wyre Council"),
              ("Scams", "Friends Against Scams sessions", "Trading Standards"),
              ("Rural and coastal crime", "Marina watch; Farm Watch", "Lancashire Constabulary"),
              ("Water safety", "Throw-line stations; school talks", "Lancashire Fire and Rescue Service, RNLI")],
    measures=[("ASB incidents", "3,600", "Fewer"), ("Scam victims supported", "140", "More"),
              ("Water-related deaths", "11 in five years", "None")],
    governance="The partnership reports to both councils' overview and scrutiny committees.",
    partners="Fylde Council; Wyre Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and "
             "Rescue Service; RNLI; HM Coastguard; Trading Standards.",
    contact="csp@fyldewyre.example",
)


def build(root):
    def pri(st):
        F = [Paragraph("Five deckchairs, five priorities: the issues the partnership will sit down and work on "
                       "together from 2025 to 2028.", st["body"])]
        cols = [("#1D6FA3", "#FFFFFF"), ("#D1495B", "#FFFFFF"), ("#EDAE49", "#FFFFFF"), ("#00798C", "#FFFFFF"),
                ("#30638E", "#FFFFFF")]
        for (name, _), s in zip(PRIORITIES, cols):
            F += [kit_rl.deckchair(name, st, s, h=33 * 2.8346 * 1.0)]
        F.append(Paragraph("What each priority means", st["h2"]))
        F += [Paragraph(esc(d), st["li"], bulletText="\u2022") for _, d in PRIORITIES]
        return F
    return kit_rl.build(root, SPEC, pri)
