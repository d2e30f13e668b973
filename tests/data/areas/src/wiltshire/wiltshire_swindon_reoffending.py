"""Wiltshire and Swindon Reducing Reoffending Strategy 2024-2027 (HTML/CSS -> Chromium).

Layout: a WHITEBOARD PHOTOGRAPHED AFTER THE BOARD'S WORKSHOP (p6): an aluminium-framed board with a marker
tray, the handwritten-style title "Agreed priorities 2024-27" and five lines each opened by a coloured magnet
dot (the priorities, bold); a separate yellow "PARKED - not for now" column on the right lists two issues that
were not chosen (distractors).
"""
from pathlib import Path

from wiltshire.content import sections
from wiltshire.kit import build_html

FILE = "strategies/wiltshire_and_swindon_reducing_reoffending_strategy_2024-27.pdf"
PRIORITIES = [
    "Making sure no one leaves prison without somewhere safe to live",
    "Helping people on probation into training and work",
    "Managing the most prolific offenders through Integrated Offender Management",
    "Linking people on release to drug and alcohol treatment",
    "Supporting women in the justice system",
]
CSS = """
.wb { margin-top: 5mm; border: 4mm solid #b8bcc2; border-radius: 2mm; background: #fcfcfc; padding: 7mm 6mm 10mm;
      display: grid; grid-template-columns: 1fr 48mm; gap: 6mm; position: relative; }
.wb h3 { font-family: 'DejaVu Sans', sans-serif; color: #1b3d8f; font-size: 15pt; margin: 0 0 5mm; text-decoration: underline; }
.line { display: flex; align-items: flex-start; margin-bottom: 5mm; }
.mag { width: 6mm; height: 6mm; border-radius: 50%; flex: none; margin: 1mm 4mm 0 0; }
.line div:last-child { font-weight: bold; font-size: 12pt; color: #1a1a1a; }
.park { background: #fff59d; padding: 4mm; transform: rotate(1.5deg); font-size: 9.5pt; height: fit-content; }
.tray { position: absolute; left: 20mm; right: 20mm; bottom: -4mm; height: 3mm; background: #8d9197; }
"""


def board():
    cols = ["#d32f2f", "#1976d2", "#388e3c", "#f57c00", "#7b1fa2"]
    lines = "".join(f"<div class='line'><div class='mag' style='background:{c}'></div><div>{p}</div></div>"
                    for p, c in zip(PRIORITIES, cols))
    return (f"<div class='wb'><div><h3>Agreed priorities 2024\u201327</h3>{lines}</div>"
            "<div class='park'><b>PARKED \u2013 not for now</b><br><br>Motoring offences<br><br>Rehabilitation "
            "for people with short sentences for shoplifting (review in 2025)</div><div class='tray'></div></div>")


C = dict(
    foreword=["Most crime is committed by people who have offended before. Helping them stop is one of the surest "
              "ways to have fewer victims.",
              "In January 2024 the Reducing Reoffending Board met for a day-long workshop to choose its priorities. "
              "We photographed the whiteboard at the end of the day; it is reproduced on page 6 as our statement of "
              "priorities."],
    signed="Chair, Wiltshire and Swindon Reducing Reoffending Board",
    context=["About 2,600 people are on probation in Wiltshire and Swindon (illustrative).",
             "People released without settled accommodation are much more likely to reoffend within a year."],
    stats=[("2,600", "people on probation"), ("14%", "released homeless"), ("27%", "in work six months after release"),
           ("170", "people in the IOM cohort"), ("36%", "proven reoffending rate")],
    bg_toc="Background", bg_head="Background",
    background=[("h", "The seven resettlement pathways"),
                ("ul", ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                        "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]),
                ("h", "Our previous strategy"),
                ("p", "The 2021\u20132024 strategy had three themes: \u201cHomes\u201d, \u201cJobs\u201d and "
                      "\u201cHealth\u201d."),
                ("h", "The IOM cohorts"),
                ("p", "Integrated Offender Management works with fixed, flex and free cohorts, focusing on "
                      "neighbourhood crime.")],
    pr_toc="Our priorities", pr_head="Our priorities",
    priorities=[("p", "The photograph below is the whiteboard from our priority-setting workshop. The five lines on "
                      "the left are the priorities the board agreed for 2024 to 2027."), ("raw", board())],
    delivery_intro="Task groups deliver each priority.",
    delivery=[["Homes", "Duty to refer on release; Commissioned Rehabilitative Services housing", "Probation and councils"],
              ["Jobs", "Employment advisers in probation offices; employer pledge", "DWP"],
              ["IOM", "Joint police and probation management of the cohort", "Wiltshire Police"],
              ["Treatment", "Continuity of care from prison to community treatment", "Public Health"],
              ["Women", "Women's centre in Swindon, trauma-informed supervision", "Probation Service"]],
    measures=[["Released to settled accommodation", "86%", "95%"], ["In work six months after release", "27%", "35%"],
              ["IOM cohort reoffending", "48%", "40%"], ["Continuity of care on release", "41%", "60%"]],
    governance=["The board reports to the Local Criminal Justice Board, chaired by the Police and Crime Commissioner."],
    partners=["Probation Service", "Wiltshire Police", "HM Prison Erlestoke", "Wiltshire Council",
              "Swindon Borough Council", "Department for Work and Pensions", "Office of the Police and Crime Commissioner"],
    contact="reducingreoffending@wiltshire-pcc.example",
)


def build(root: Path) -> Path:
    out = root / FILE
    build_html(dict(title="Wiltshire and Swindon Reducing Reoffending Strategy 2024\u20132027",
                    running="Reducing Reoffending Strategy 2024\u20132027", folio="\u2014 {n} \u2014",
                    theme=dict(c1="#37474f", c2="#00838f", pale="#eceff1", foot_align="center"),
                    cover=dict(org="Wiltshire and Swindon Reducing Reoffending Board",
                               title="Reducing Reoffending<br>Strategy 2024\u20132027", sub="A second chance, a safer community",
                               foot="wiltshire-pcc.example/reoffending"),
                    sections=sections(C)), out, CSS, stem="wilts_reo")
    return out
