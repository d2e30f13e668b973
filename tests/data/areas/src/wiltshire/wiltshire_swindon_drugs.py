"""Wiltshire and Swindon Combating Drugs Partnership Strategy 2023-2026 (HTML/CSS -> Chromium).

Layout: the four priorities are the item lines of a TILL RECEIPT (p6, "Where the money goes"): a narrow
paper strip with zig-zag edges, monospaced DejaVu Sans Mono text, a shop-style header, each priority on its own
line(s) with the illustrative amount right-aligned in a separate column, then SUBTOTAL / TOTAL lines and a
"Thank you" footer.  Distractors: the From harm to hope priorities (p5), the totals, delivery themes (p7).
"""
from pathlib import Path

from wiltshire.content import sections
from wiltshire.kit import build_html

FILE = "strategies/wiltshire_and_swindon_combating_drugs_partnership_strategy_2023-26.pdf"
PRIORITIES = [
    ("Breaking drug supply chains and closing down county lines", "\u00a3410,000"),
    ("Getting more people into treatment and supporting long-term recovery", "\u00a31,920,000"),
    ("Reducing drug-related deaths", "\u00a3540,000"),
    ("Reducing the harm caused by alcohol", "\u00a3380,000"),
]
CSS = """
.receipt { width: 100mm; margin: 6mm auto 0; background: #fffdf6; padding: 8mm 7mm; font-family: 'DejaVu Sans Mono', monospace;
           font-size: 9.5pt; color: #222; box-shadow: 0 0 0 0.6pt #bbb;
           -webkit-mask: conic-gradient(from 135deg at top, #0000, #000 1deg 89deg, #0000 90deg) top/4mm 51% repeat-x,
                         conic-gradient(from -45deg at bottom, #0000, #000 1deg 89deg, #0000 90deg) bottom/4mm 51% repeat-x; }
.receipt .c { text-align: center; } .receipt hr { border: 0; border-top: 1pt dashed #777; margin: 3mm 0; }
.item { display: grid; grid-template-columns: 1fr 26mm; gap: 2mm; margin-bottom: 3mm; }
.item .amt { text-align: right; }
.item .nm { font-weight: bold; }
"""


def receipt():
    items = "".join(f"<div class='item'><div class='nm'>{p}</div><div class='amt'>{a}</div></div>" for p, a in PRIORITIES)
    return ("<div class='receipt'><div class='c'><b>WILTSHIRE AND SWINDON</b><br>COMBATING DRUGS PARTNERSHIP<br>"
            "Grant year 2024/25 (illustrative)</div><hr>" + items +
            "<hr><div class='item'><div>SUBTOTAL</div><div class='amt'>\u00a33,250,000</div></div>"
            "<div class='item'><div>Partnership enablers</div><div class='amt'>\u00a3150,000</div></div>"
            "<div class='item'><div><b>TOTAL</b></div><div class='amt'><b>\u00a33,400,000</b></div></div><hr>"
            "<div class='c'>Four priorities. One partnership.<br>Thank you for reading.</div></div>")


C = dict(
    foreword=["Drugs and alcohol cause harm in every part of Wiltshire and Swindon: to the people who use them, to "
              "their families and to the communities where drugs are sold.",
              "The Combating Drugs Partnership brings together councils, police, health, probation and people with "
              "lived experience to deliver the national drug strategy locally."],
    signed="Senior Responsible Owner, Wiltshire and Swindon Combating Drugs Partnership",
    context=["Around 3,900 adults in Wiltshire and Swindon use opiates or crack cocaine (illustrative estimate).",
             "Drug-related deaths rose over the last five years; most were men aged 35 to 54 using more than one drug."],
    stats=[("3,900", "estimated opiate and crack users"), ("52%", "of them not in treatment"),
           ("61", "drug-related deaths in three years"), ("24", "county lines disrupted last year")],
    bg_toc="The national strategy", bg_head="The national strategy",
    background=[("p", "<i>From harm to hope</i> (2021) has three strategic priorities:"),
                ("ul", ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                        "Achieve a generational shift in the demand for drugs"]),
                ("p", "Its outcomes include reducing drug use, reducing drug-related crime, and reducing drug-related "
                      "deaths and harm."),
                ("h", "Our principles"),
                ("ul", ["Lived experience in every decision", "No wrong door", "Evidence first"])],
    pr_toc="Our priorities", pr_head="Where the money goes",
    priorities=[("p", "Our four local priorities, and the share of the combined grant each will receive this year, "
                      "printed like a till receipt so that every pound can be traced."), ("raw", receipt())],
    delivery_intro="Delivery groups report to the partnership every quarter.",
    delivery=[["Supply", "Operation-led county lines disruption, cuckooing closures", "Wiltshire Police"],
              ["Treatment", "More treatment places, recovery housing, peer mentors", "Public Health"],
              ["Deaths", "Naloxone for every person leaving treatment or prison; drug death reviews", "Public Health"],
              ["Alcohol", "Alcohol care teams, identification and brief advice in primary care", "ICB"]],
    measures=[["Adults in treatment", "1,870", "2,300"], ["Drug-related deaths per year", "21", "below 15"],
              ["County lines closed", "24", "35"], ["Alcohol-specific hospital admissions", "1,450", "\u221210%"]],
    governance=["The partnership reports to the national Joint Combating Drugs Unit and to both Health and "
                "Wellbeing Boards."],
    partners=["Wiltshire Council", "Swindon Borough Council", "Wiltshire Police", "Office of the Police and Crime "
              "Commissioner", "NHS Integrated Care Board", "Probation Service", "Treatment providers"],
    contact="cdp@wiltshire.example",
)


def build(root: Path) -> Path:
    out = root / FILE
    build_html(dict(title="Wiltshire and Swindon Combating Drugs Partnership Strategy 2023\u20132026",
                    running="Combating Drugs Partnership Strategy 2023\u20132026", folio="Page {n}",
                    theme=dict(c1="#0b6e4f", c2="#08a045", pale="#eaf6f0", font="Liberation Sans", hfont="Liberation Sans"),
                    cover=dict(org="Wiltshire and Swindon Combating Drugs Partnership",
                               title="Combating Drugs<br>Strategy 2023\u20132026", sub="From harm to hope, locally",
                               foot="wiltshire-cdp.example"),
                    sections=sections(C)), out, CSS, stem="wilts_drugs")
    return out
