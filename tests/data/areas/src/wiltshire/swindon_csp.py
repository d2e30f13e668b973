"""Safer Swindon Partnership Strategy 2024-2027 (HTML/CSS -> Chromium).

Layout: the six priorities are the FASCIA SIGNS OF SIX SHOPFRONTS on a drawn high street (p6, "Open for
business: our six priorities"): two rows of three CSS-drawn shops, each with a striped awning, a window and a
door under a dark fascia holding the priority in white bold (two or three lines).  The shop numbers over the
doors ("No. 1" ...) are not part of the text.  Distractors: the 2021-2024 priorities and the Commissioner's
priorities quoted (p5); the delivery themes (p7).
"""
from pathlib import Path

from wiltshire.content import sections
from wiltshire.kit import build_html

FILE = "strategies/safer_swindon_partnership_strategy_2024-27.pdf"
PRIORITIES = [
    "Tackling anti-social behaviour in Swindon town centre and our neighbourhoods",
    "Reducing serious violence and knife crime",
    "Tackling domestic abuse and sexual violence",
    "Protecting young and vulnerable people from criminal exploitation and cuckooing",
    "Preventing radicalisation and violent extremism",
    "Building community cohesion and tackling hate crime",
]
COLS = ["#2f5d62", "#8c3b3b", "#5b4b8a", "#a0672a", "#35613a", "#3d5a80"]

CSS = """
.street { margin-top: 6mm; background: #e9e4da; padding: 6mm 4mm 0; border-bottom: 8mm solid #9a958c; }
.row { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin-bottom: 6mm; }
.shop { background: #f7f3ea; border: 0.8pt solid #777; }
.fascia { color: #fff; font-weight: bold; font-size: 11pt; line-height: 1.25; padding: 3mm; height: 26mm;
          display: flex; align-items: center; }
.awning { height: 7mm; background: repeating-linear-gradient(90deg, #fff 0 5mm, var(--c) 5mm 10mm); }
.front { display: flex; gap: 3mm; padding: 3mm; height: 36mm; }
.win { flex: 2; background: linear-gradient(160deg, #cfe3ea, #9fbfcb); border: 1.2pt solid #555; }
.door { flex: 1; background: #555; border: 1.2pt solid #333; color: #ddd; font-size: 7pt; text-align: center; padding-top: 2mm; }
.kerb { font-size: 9pt; color: #555; margin-top: 3mm; }
.side { float: right; width: 62mm; background: #eef3f7; padding: 4mm; margin: 0 0 4mm 5mm; font-size: 9pt; }
"""


def shops():
    out = ["<div class='street'>"]
    for r in range(2):
        out.append("<div class='row'>")
        for i in range(r * 3, r * 3 + 3):
            out.append(f"<div class='shop' style='--c:{COLS[i]}'><div class='fascia' style='background:{COLS[i]}'>"
                       f"{PRIORITIES[i]}</div><div class='awning'></div><div class='front'><div class='win'></div>"
                       f"<div class='door'>No. {i + 1}</div></div></div>")
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


C = dict(
    foreword=[
        "Swindon is a town that works hard and looks after its own. This strategy is the Safer Swindon "
        "Partnership's plan for the next three years: what we will focus on together, and how residents will "
        "know whether it is working.",
        "It builds on our strategic assessment, on conversations with more than nine hundred residents and "
        "traders, and on the Police and Crime Commissioner's plan. We have chosen fewer priorities than before "
        "and will do more on each.",
        "Everyone who lives in, works in or visits Swindon should feel safe in the town centre, at home and online."],
    signed="Chair, Safer Swindon Partnership",
    context=["Swindon has about 235,000 residents (illustrative). Recorded crime is close to the national average, "
             "but it is concentrated in the town centre and in a handful of neighbourhoods.",
             "Residents told us that anti-social behaviour and drug dealing worry them most. Traders told us that "
             "street drinking and begging deter shoppers. Young people told us they feel unsafe on some routes home."],
    stats=[("23,900", "crimes recorded in 2023/24"), ("31%", "of violence with injury in the town centre"),
           ("4,700", "anti-social behaviour reports"), ("1 in 5", "crimes flagged as domestic abuse"),
           ("46", "children referred for exploitation concerns"), ("62", "hate crimes reported each quarter")],
    bg_toc="Where we have come from", bg_head="Where we have come from",
    background=[
        ("raw", "<div class='side'><b>The Police and Crime Commissioner's priorities</b><br>The Commissioner's plan "
                "for 2024\u20132029 has six priorities:<ul><li>Reducing violence and serious harm</li><li>Preventing "
                "crime and anti-social behaviour</li><li>Protecting vulnerable people from exploitation and harm</li>"
                "<li>Putting victims first</li><li>Making our roads safer</li><li>A police service people can trust</li>"
                "</ul></div>"),
        ("p", "Our 2021\u20132024 strategy had four priorities:"),
        ("ul", ["Safer town centre", "Violence and vulnerability", "Domestic abuse", "Reducing reoffending"]),
        ("p", "We made progress on the town centre: the Public Space Protection Order and the street marshal scheme "
              "reduced reports of street drinking. Reducing reoffending now sits with the county reducing "
              "reoffending board, so it is not a priority of this strategy."),
        ("h", "Our statutory duties"),
        ("ul", ["Crime and Disorder Act 1998: a strategy to reduce crime, disorder and substance misuse",
                "Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)",
                "Prevent duty (Counter-Terrorism and Security Act 2015)",
                "Domestic Homicide Reviews (from 2024, Domestic Abuse Related Death Reviews)"]),
        ("h", "What the strategic assessment found"),
        ("ul", ["Violence is highest between 10pm and 3am on Fridays and Saturdays.",
                "Most exploitation referrals involve drug supply from outside the area.",
                "Hate crime reports rose after national events."]),
    ],
    pr_toc="Our priorities", pr_head="Open for business: our six priorities",
    priorities=[("p", "Our high street has six shops, one for each priority we will work on from 2024 to 2027. Each is "
                      "run by a delivery group that reports to the partnership board."),
                ("raw", shops()),
                ("p", "<span class='kerb'>Each priority has a lead partner and a delivery plan, set out on the next "
                      "page.</span>")],
    delivery_intro="Each delivery group owns an action plan, refreshed every April.",
    delivery=[["Town centre", "Street marshals, PSPO enforcement, joint patrols, CCTV upgrade", "Swindon Borough Council"],
              ["Violence", "Knife arches at events, hospital navigators, Ask for Angela", "Wiltshire Police"],
              ["DA and SV", "Domestic abuse champions in every GP surgery, MARAC review", "Domestic Abuse Board"],
              ["Exploitation", "Cuckooing closures, missing children return interviews", "Children's Services"],
              ["Prevent", "Prevent training, Channel panel, safe spaces online", "Swindon Borough Council"],
              ["Cohesion", "Third-party hate crime reporting centres, community tension monitoring", "Community Cohesion Forum"]],
    measures=[["Anti-social behaviour reports (town centre)", "2,120", "\u221215%"],
              ["Violence with injury, under 25s", "410", "\u221210%"],
              ["Domestic abuse repeat referrals to MARAC", "34%", "below 28%"],
              ["Cuckooing addresses closed", "18", "40"],
              ["Hate crime reporting confidence (survey)", "52%", "65%"]],
    governance=["The Safer Swindon Partnership Board meets quarterly and reports to the Health and Wellbeing Board "
                "and the council's scrutiny committee. The Police and Crime Commissioner is a member."],
    partners=["Swindon Borough Council", "Wiltshire Police", "Dorset and Wiltshire Fire and Rescue Service",
              "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",
              "Probation Service", "Office of the Police and Crime Commissioner"],
    contact="saferswindon@swindon.example  |  01793 000 000 (illustrative)",
)


def build(root: Path) -> Path:
    out = root / FILE
    build_html(dict(title="Safer Swindon Partnership Strategy 2024\u20132027",
                    running="Safer Swindon Partnership Strategy 2024\u20132027", folio="Page {n} of {total}",
                    theme=dict(c1="#2f4858", c2="#86bbd8", pale="#eef4f7"),
                    cover=dict(org="Safer Swindon Partnership", title="Community Safety<br>Strategy 2024\u20132027",
                               sub="A safer Swindon for everyone", foot="saferswindon.example"),
                    sections=sections(C)), out, CSS, stem="swindon_csp")
    return out
