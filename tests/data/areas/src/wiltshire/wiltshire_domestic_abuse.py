"""Wiltshire Domestic Abuse Strategy 2024-2027 (HTML/CSS -> Chromium, DejaVu Serif in the panes).

Layout: the four priorities are the four PANES OF A STAINED-GLASS WINDOW (p6, "Light through every window"):
an arched CSS window with dark leading split 2 x 2, each coloured pane holding one priority in bold serif; the
arch's top holds the vision (not a priority).  No numbers.  Distractors: the national Tackling Domestic Abuse
Plan's pillars and the previous strategy's aims (p5); delivery themes (p7).
"""
from pathlib import Path

from wiltshire.content import sections
from wiltshire.kit import build_html

FILE = "strategies/wiltshire_domestic_abuse_strategy_2024-27.pdf"
PRIORITIES = [
    "Preventing domestic abuse before it starts, through early help and healthy relationships",
    "Making sure every survivor can get the right support and a safe place to live",
    "Holding perpetrators to account and changing their behaviour",
    "Supporting children and young people affected by domestic abuse",
]
CSS = """
.window { width: 150mm; margin: 6mm auto 0; border: 4mm solid #3a3a3a; border-radius: 75mm 75mm 2mm 2mm;
          background: #3a3a3a; overflow: hidden; }
.arch { height: 40mm; background: radial-gradient(circle at 50% 100%, #f6e7a8, #d9a441); display: flex;
        align-items: flex-end; justify-content: center; padding: 0 25mm 5mm; text-align: center;
        font-family: 'DejaVu Serif', serif; font-size: 10pt; font-style: italic; color: #3a2a00; }
.panes { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin-top: 3mm; }
.pane { height: 62mm; padding: 8mm 7mm; color: #fff; font-family: 'DejaVu Serif', serif; font-weight: bold;
        font-size: 12.5pt; line-height: 1.3; display: flex; align-items: center; }
"""


def window():
    cols = ["linear-gradient(135deg,#7b2d5b,#a94c7f)", "linear-gradient(135deg,#1f4e79,#3c7bb5)",
            "linear-gradient(135deg,#6b3f1f,#a8652f)", "linear-gradient(135deg,#2e6b3a,#4f9a5c)"]
    panes = "".join(f"<div class='pane' style='background:{c}'>{p}</div>" for p, c in zip(PRIORITIES, cols))
    return (f"<div class='window'><div class='arch'>Our vision: everyone in Wiltshire lives free from domestic abuse</div>"
            f"<div class='panes'>{panes}</div></div>")


C = dict(
    foreword=["Domestic abuse happens in every community in Wiltshire, in towns and villages, in every age group. "
              "This strategy is the Wiltshire Domestic Abuse Local Partnership Board's plan for 2024 to 2027.",
              "Survivors helped to write it. They told us that help came too late, that they had to tell their story "
              "again and again, and that the person who harmed them faced few consequences."],
    signed="Chair, Wiltshire Domestic Abuse Local Partnership Board",
    context=["Domestic abuse accounts for around one in six crimes recorded in Wiltshire (illustrative).",
             "Demand for safe accommodation exceeds supply: one in three households referred to refuge could not be "
             "placed in the county."],
    stats=[("7,800", "domestic abuse incidents recorded"), ("1 in 6", "crimes flagged as domestic abuse"),
           ("410", "high-risk cases heard at MARAC"), ("1,300", "children in households referred"),
           ("33%", "refuge referrals placed out of county"), ("120", "perpetrators on programmes")],
    bg_toc="The national and local picture", bg_head="The national and local picture",
    background=[("h", "The national Tackling Domestic Abuse Plan"),
                ("p", "The national plan (2022) has four pillars: <b>prioritising prevention</b>, <b>supporting "
                      "victims</b>, <b>pursuing perpetrators</b> and <b>a stronger system</b>."),
                ("h", "Our previous strategy"),
                ("p", "The 2021\u20132024 strategy aimed to \u201cincrease awareness\u201d, \u201cimprove the "
                      "response\u201d and \u201cdevelop safe accommodation\u201d. The safe accommodation needs "
                      "assessment of 2023 informs this strategy."),
                ("h", "What survivors told us"),
                ("quote", "\u201cI needed someone to believe me the first time.\u201d"),
                ("quote", "\u201cMy children saw everything. Nobody asked them how they were.\u201d"),
                ("h", "Our principles"),
                ("ul", ["Survivor voice at the centre", "Think family", "Trauma-informed practice",
                        "Equal access for every community"])],
    pr_toc="Our priorities", pr_head="Light through every window",
    priorities=[("p", "Our strategy is a window with four panes. Each pane is one of our four priorities for "
                      "2024 to 2027; together they let the light in."), ("raw", window())],
    delivery_intro="Delivery groups report to the board every quarter.",
    delivery=[["Prevent", "Healthy relationships education in every secondary school; DA champions in GP surgeries", "Public Health"],
              ["Support", "More refuge and dispersed accommodation; IDVA service in hospitals", "Wiltshire Council Housing"],
              ["Pursue and change", "Perpetrator programme places doubled; DVPO use reviewed", "Wiltshire Police and OPCC"],
              ["Children", "Operation Encompass in all schools; therapeutic groups for children", "Children's Services"]],
    measures=[["Repeat referrals to MARAC", "31%", "below 25%"], ["Households placed in safe accommodation in county", "67%", "85%"],
              ["Perpetrators completing a programme", "58", "120"], ["Children receiving specialist support", "240", "400"]],
    governance=["The Domestic Abuse Local Partnership Board meets the duties of Part 4 of the Domestic Abuse Act 2021 "
                "and reports to the Wiltshire Community Safety Partnership."],
    partners=["Wiltshire Council", "Wiltshire Police", "Office of the Police and Crime Commissioner",
              "NHS Integrated Care Board", "Specialist domestic abuse services", "Probation Service"],
    contact="domesticabuse@wiltshire.example  |  In an emergency always call 999.",
)


def build(root: Path) -> Path:
    out = root / FILE
    build_html(dict(title="Wiltshire Domestic Abuse Strategy 2024\u20132027",
                    running="Wiltshire Domestic Abuse Strategy 2024\u20132027", folio="{n}",
                    theme=dict(c1="#5b2a4a", c2="#a94c7f", pale="#f6eef3", hfont="DejaVu Serif", foot_align="center"),
                    cover=dict(org="Wiltshire Domestic Abuse Local Partnership Board",
                               title="Domestic Abuse<br>Strategy 2024\u20132027", sub="Safe, heard and free from abuse",
                               foot="wiltshire-da.example"),
                    sections=sections(C)), out, CSS, stem="wiltshire_da")
    return out
