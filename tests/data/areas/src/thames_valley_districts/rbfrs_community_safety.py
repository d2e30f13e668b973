"""Royal Berkshire Fire and Rescue Service Community Safety Plan 2025–2029 (HTML/CSS → Chromium): each priority
is written beside a drawn yellow fire-hydrant marker plate (the "H" sign with two numbers), four plates down
page 5; the plate numbers are illustrative."""
from kit_html import build_doc, e

D = dict(
    file="strategies/royal_berkshire_fire_and_rescue_community_safety_plan_2025-29.pdf",
    title="Royal Berkshire Fire and Rescue Service Community Safety Plan 2025–2029",
    org="Royal Berkshire Fire and Rescue Service", strap="Preventing emergencies before they happen",
    email="prevention@rbfrs.example", c1="#B3121B", c2="#333333", c3="#FFD1D1", font="'Liberation Sans'",
    hfont="'Liberation Sans'", pcc_quote=False,
    foreword=["Most of what a fire and rescue service does to save lives happens before a 999 call is made. "
              "This plan sets out the prevention priorities of Royal Berkshire Fire and Rescue Service, which "
              "sits on all six Berkshire community safety partnerships.",
              "It complements our Community Risk Management Plan, which sets out how we respond to emergencies."],
    signed="Chief Fire Officer, Royal Berkshire Fire and Rescue Service",
    context="The service covers Berkshire's six unitary authorities, around 930,000 residents (illustrative).",
    stats=[("620", "accidental dwelling fires"), ("38%", "of fire deaths involve hoarding or clutter"),
           ("1,050", "road traffic collisions attended"), ("9", "water-related deaths (5 years)")],
    findings_head="What our community risk profile shows",
    findings=["Older people living alone, smokers and people with limited mobility are most at risk of dying in "
              "a fire at home.",
              "Hoarding is present in a growing share of serious fires.",
              "Young drivers and motorcyclists are over-represented in serious collisions.",
              "Rivers and lakes draw people in hot weather; most who drown did not plan to swim."],
    previous_head="Our Community Risk Management Plan",
    previous_intro="The CRMP's strategic commitments (not the priorities of this plan) are:",
    previous=["Respond to emergencies quickly", "Protect people in the built environment",
              "Invest in our people", "Deliver value for money"],
    intro="Four prevention priorities, each shown against a hydrant plate number chosen by our crews.",
    plates=[("FIR1", "Preventing fires in the home", "80", "4"),
            ("FIR2", "Protecting people at highest risk, including people who hoard", "100", "6"),
            ("FIR3", "Reducing road traffic collisions", "150", "2"),
            ("FIR4", "Preventing drowning in rivers and open water", "125", "8")],
    actions=[("Home fire safety", ["Safe and Well visits for 8,000 households a year."]),
             ("Highest risk", ["Hoarding protocol with councils and housing providers."]),
             ("Roads", ["Young driver education with Thames Valley Police."]),
             ("Water", ["Be Water Aware campaign each summer."])],
    governance="The plan is overseen by the Royal Berkshire Fire Authority's Management Committee and delivered "
               "with the six community safety partnerships.",
    measures=[["Accidental dwelling fires", "620", "Down"], ["Safe and Well visits", "8,000", "Up"],
              ["Killed or seriously injured on roads", "310", "Down"], ["Water-related deaths", "9 (5 years)",
                                                                        "Down"]],
    partners=["Royal Berkshire Fire Authority", "Six Berkshire unitary authorities", "Thames Valley Police",
              "NHS partners", "Environment Agency"],
)

CSS = """
.plates { margin-top: 6mm; }
.row { display: flex; align-items: center; margin-bottom: 8mm; }
.plate { width: 34mm; height: 34mm; background: #FFD400; border: 0.8mm solid #222; border-radius: 2mm;
  position: relative; flex: none; margin-right: 8mm; font-family: 'Liberation Sans'; font-weight: bold; }
.plate .v { position: absolute; left: 15.5mm; top: 3mm; width: 2.5mm; height: 27mm; background: #222; }
.plate .h { position: absolute; left: 4mm; top: 14mm; width: 26mm; height: 2.5mm; background: #222; }
.plate .a { position: absolute; left: 2.5mm; top: 4mm; font-size: 10pt; }
.plate .b { position: absolute; right: 3mm; bottom: 3.5mm; font-size: 10pt; }
.row .t { font-weight: bold; font-size: 14pt; color: #B3121B; line-height: 1.25; }
"""


def priorities_html(d):
    r = "".join(f'<div class="row"><div class="plate"><div class="v"></div><div class="h"></div>'
                f'<div class="a">{a}</div><div class="b">{b}</div></div><div class="t">{e(t)}</div></div>'
                for _, t, a, b in d["plates"])
    return (f"<p>{e(d['intro'])}</p><div class='plates'>{r}</div>"
            "<p>The numbers on the plates are decorative and illustrative.</p>")


def build(out_root):
    return build_doc(out_root, D, CSS, priorities_html, folio=lambda n: f"RBFRS · {n}")
