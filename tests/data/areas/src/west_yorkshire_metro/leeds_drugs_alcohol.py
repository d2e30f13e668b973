"""Leeds Drug and Alcohol Strategy 2025–2030: HTML printed by Chromium.  The priorities are the **legend of
an archery target**: four concentric coloured rings drawn on the left, and on the right a legend where each
coloured swatch is followed by a priority.  Distractors: the ring labels ("Inner ring" …), the national
strategy, previous priorities, the Mayor's priorities, actions, measures."""
from west_yorkshire_metro import thematic
from west_yorkshire_metro.htmlkit import e

FILE = "strategies/leeds_drug_and_alcohol_strategy_2025-30.pdf"
TITLE = "Leeds Drug and Alcohol Strategy 2025–2030"
THEME = dict(font="'DejaVu Sans', sans-serif", hfont="'DejaVu Sans', sans-serif", c1="#264653", c2="#2A9D8F",
             c3="#E9F5F3", footer='"Leeds Drug and Alcohol Strategy · " counter(page)', running="Leeds Drug and Alcohol Strategy")
LEG = [("#E76F51", "Fewer people dying because of drugs and alcohol"),
       ("#F4A261", "More people starting and staying in treatment"),
       ("#E9C46A", "Reducing harm from gambling"),
       ("#2A9D8F", "Tackling drug dealing in our communities")]
CSS = """
.tg { display: flex; align-items: center; gap: 8mm; }
.tgt { width: 70mm; height: 70mm; border-radius: 50%; background: radial-gradient(circle, #E76F51 0 18%, #F4A261 18% 40%, #E9C46A 40% 62%, #2A9D8F 62% 100%); }
.leg { flex: 1; } .leg div { display: flex; align-items: flex-start; margin-bottom: 4mm; }
.leg i { width: 7mm; height: 7mm; margin-right: 3mm; flex: none; } .leg b { font-size: 11.5pt; color: #264653; line-height: 1.25; }
.cv-ld { background: #264653; color: #fff; } .cv-ld h1 { position: absolute; left: 20mm; top: 90mm; width: 170mm; font-size: 28pt; margin: 0; }
"""


def pri_html():
    h = "<p>We aim at four targets. Each ring of the target stands for one priority:</p><div class='tg'><div class='tgt'></div><div class='leg'>"
    h += "".join(f'<div><i style="background:{c}"></i><b>{e(t)}</b></div>' for c, t in LEG)
    return h + "</div></div><p class='note'>Inner ring to outer ring, in the order of the legend.</p>"


def build(out_root):
    return thematic.make(out_root, FILE, "leeds_drugs_alcohol", TITLE, THEME, CSS,
        '<div class="cover cv-ld"><h1>Leeds Drug and Alcohol Strategy 2025–2030</h1></div>',
        "Our targets", pri_html(), dict(
        leader="dots",
        foreword=["Drug, alcohol and gambling harms affect thousands of families in Leeds.",
                  "This strategy is owned by the Leeds Drug and Alcohol Partnership."],
        signed="Director of Public Health, Leeds",
        context_head="Harm in Leeds",
        context=["Leeds has a large, young population and a busy night-time economy."],
        stats=[("160", "drug and alcohol deaths a year"), ("5,100", "adults in treatment"), ("13,000", "people "
               "harmed by gambling"), ("210", "drug dealing closures"), ("48%", "alcohol users not in treatment"),
               ("1 in 10", "hospital admissions alcohol related")],
        findings=["Alcohol deaths have risen since 2020.", "Gambling harm often sits alongside substance use."],
        bg_head="National and local context",
        previous_head="Priorities of the 2019–2024 strategy",
        previous_intro="The last strategy's priorities were:",
        previous=["Prevention and early intervention", "Recovery", "Enforcement"],
        actions=[("Deaths", "Drug-related death panel", "Public health"),
                 ("Treatment", "Outreach to people leaving hospital", "Forward Leeds (illustrative)"),
                 ("Gambling", "Gambling harm screening in treatment", "Public health"),
                 ("Dealing", "Closure orders and community intelligence", "Police")],
        measures=["Deaths", "Treatment starts and completions", "Gambling support referrals", "Dealing closures"],
        governance="The partnership reports to Safer Leeds and the Health and Wellbeing Board.",
        contact="drugs.alcohol@leeds.example"))
