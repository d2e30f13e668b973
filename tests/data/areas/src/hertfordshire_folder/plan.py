"""Hertfordshire Police and Crime Plan 2026-2030 (fictional new edition): HTML/CSS printed by Chromium.
Ring-binder index tabs down the right edge of every page; each priority opens with a big outlined numeral
beside its heading, two priorities a page (pp4-6), numbered objectives below."""
from __future__ import annotations

from .kit import blocks_html, esc, html_to_pdf, ILLUS

NAME = "hertfordshire_police_and_crime_plan_2026-30.pdf"
TABS = ["Neighbourhoods", "Violence", "Women &amp; girls", "Victims", "Offending", "Trust"]
COLS = ["#1B5E7A", "#8E2C48", "#6A3D9A", "#C26A12", "#2E7D4F", "#4A4A4A"]

PRIORITIES = [
    ("Safer streets and neighbourhoods",
     "Residents told us that the crime they notice most is the crime on their own street.",
     ["1.1 Work with the ten district and borough community safety partnerships to cut anti-social behaviour, "
      "using the full range of tools and powers, from early warnings to Public Spaces Protection Orders.",
      "1.2 Drive down neighbourhood crime: burglary, vehicle crime and shop theft, with retailers and the "
      "business crime partnership.",
      "1.3 Protect rural communities from rural, wildlife and heritage crime, including hare coursing, "
      "fly-tipping and farm machinery theft.",
      "1.4 Tackle hate crime and community tensions, and support work that builds community cohesion.",
      "1.5 Make our roads safer: enforcement against speeding and dangerous driving, Community Speedwatch and "
      "the Hertfordshire Road Safety Partnership."]),
    ("Cutting serious violence and exploitation",
     "Serious violence is rare in Hertfordshire, but each incident devastates families.",
     ["2.1 Lead the Serious Violence Duty partnership's public health approach, with a focus on knife crime "
      "and violence involving young people.",
      "2.2 Disrupt drug supply and close county lines, including cuckooing of vulnerable people's homes.",
      "2.3 Protect children and vulnerable adults from criminal exploitation and modern slavery.",
      "2.4 Reduce violence linked to the night-time economy in our town centres."]),
    ("Ending violence against women and girls",
     "Every woman and girl should be safe at home, online and in public.",
     ["3.1 Improve the response to domestic abuse, pursue perpetrators and fund programmes that change their "
      "behaviour.",
      "3.2 Increase charges and convictions for rape and serious sexual offences.",
      "3.3 Tackle stalking and harassment, including online.",
      "3.4 Make public spaces and the night-time economy safer for women and girls.",
      "3.5 Challenge harmful attitudes, including through healthy relationships education in schools.",
      "3.6 Fund specialist support, refuges and safe accommodation for survivors and their children."]),
    ("Standing up for victims",
     "Victims should be treated with dignity from the first call to the end of the case.",
     ["4.1 Give every victim of crime access to Beacon, the county's victim care service.",
      "4.2 Protect older and vulnerable people from fraud and scams, with Trading Standards and banks.",
      "4.3 Offer restorative justice to every victim who wants it.",
      "4.4 Support victims and witnesses through the courts and hold agencies to the Victims' Code."]),
    ("Preventing offending and reducing reoffending",
     "Most crime is committed by a small number of people; breaking their cycle protects everyone.",
     ["5.1 Manage the most prolific offenders through Integrated Offender Management.",
      "5.2 Help people leaving prison into settled accommodation, training and work.",
      "5.3 With the Combating Drugs Partnership, get more people into drug and alcohol treatment and "
      "recovery, and reduce drug-related deaths.",
      "5.4 Divert children from the justice system and reduce reoffending by children, with Hertfordshire "
      "Youth Justice."]),
    ("A police service the public can trust",
     "Confidence in policing is earned every day, in every contact.",
     ["6.1 Hold the Chief Constable to account for the highest standards of conduct and vetting.",
      "6.2 Answer 101 and online contact quickly and keep callers informed.",
      "6.3 Support a well-trained, representative workforce and protect officer and staff wellbeing.",
      "6.4 Deliver value for money from every pound of the police precept."]),
]

CSS = """
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #222; line-height: 1.38 }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
        padding: 20mm 34mm 20mm 18mm }
.page:last-child { page-break-after: auto }
.tabs { position: absolute; right: 0; top: 34mm; width: 17mm }
.tab { height: 30mm; margin-bottom: 2mm; border-radius: 4mm 0 0 4mm; color: #fff; font-size: 7pt;
       font-weight: bold; writing-mode: vertical-rl; text-align: center; padding: 2mm 0; opacity: .35 }
.tab.on { opacity: 1; width: 17mm }
.foot { position: absolute; bottom: 9mm; left: 18mm; right: 34mm; font-size: 7.5pt; color: #666;
        border-top: 0.4pt solid #999; padding-top: 2mm; display: flex; justify-content: space-between }
h1 { font-family: 'Liberation Serif', serif; font-size: 24pt; color: #1B5E7A; margin: 0 0 5mm }
h2 { font-family: 'Liberation Serif', serif; font-size: 15pt; color: #1B5E7A; margin: 6mm 0 2mm }
h3 { font-size: 11pt; margin: 4mm 0 1mm }
p { margin: 0 0 2.6mm }
.small { font-size: 8pt; color: #555 }
ul, ol { margin: 0 0 3mm; padding-left: 6mm }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm }
th { background: #1B5E7A; color: #fff; text-align: left; padding: 1.6mm }
td { border-bottom: 0.4pt solid #bbb; padding: 1.6mm; vertical-align: top }
.stats { display: flex; gap: 3mm; margin: 3mm 0 }
.stat { flex: 1; border-top: 3pt solid #1B5E7A; padding-top: 2mm }
.stat b { display: block; font-size: 17pt; color: #1B5E7A }
.stat span { font-size: 8pt }
blockquote { margin: 3mm 0; padding: 3mm 5mm; background: #EEF4F7; font-style: italic }
blockquote cite { display: block; font-style: normal; font-size: 8pt; margin-top: 1mm }
.pri { display: grid; grid-template-columns: 26mm 1fr; column-gap: 4mm; margin-bottom: 7mm }
.num { font-family: 'DejaVu Sans', sans-serif; font-size: 60pt; font-weight: bold; color: transparent;
       -webkit-text-stroke: 1.6pt var(--c); line-height: 1 }
.pri h2 { margin: 1mm 0 2mm; font-size: 18pt; color: var(--c) }
.tag { font-style: italic; color: #555; margin-bottom: 2mm }
.obj p { font-size: 9pt; margin: 0 0 1.6mm; padding-left: 8mm; text-indent: -8mm }
.cover { background: #1B5E7A; color: #fff; padding: 40mm 34mm 20mm 18mm }
.cover h1 { color: #fff; font-size: 32pt }
.cover .sub { font-size: 13pt }
.toc p { display: flex; justify-content: space-between; border-bottom: 0.5pt dotted #888; margin: 0 0 3mm;
         font-size: 11pt }
.toc p.in { padding-left: 8mm; font-size: 9.5pt }
"""


def tabs(on: tuple = ()) -> str:
    return "<div class='tabs'>" + "".join(
        f"<div class='tab{' on' if i in on else ''}' style='background:{c}'>{t}</div>"
        for i, (t, c) in enumerate(zip(TABS, COLS))) + "</div>"


def page(body: str, n: int | None, on: tuple = (), cls: str = "") -> str:
    foot = (f"<div class='foot'><span>Police and Crime Plan 2026-2030</span><span>{n}</span></div>"
            if n else "")
    return f"<section class='page {cls}'>{tabs(on)}{body}{foot}</section>"


def pri_block(i: int) -> str:
    title, tag, objs = PRIORITIES[i]
    o = "".join(f"<p>{esc(x)}</p>" for x in objs)
    return (f"<div class='pri' style='--c:{COLS[i]}'><div class='num'>{i + 1:02d}</div><div>"
            f"<h2>{esc(title)}</h2><p class='tag'>{esc(tag)}</p>"
            f"<p><b>What I will do</b></p><div class='obj'>{o}</div></div></div>")


def build(out_root):
    pages = []
    pages.append(page("<h1>Everybody's Business</h1><p class='sub'>Police and Crime Plan for Hertfordshire "
                      "2026-2030</p><p class='sub'>Hertfordshire Police and Crime Commissioner</p>"
                      "<p style='margin-top:120mm;font-size:9pt'>A fictional re-creation made for testing. "
                      "It is not a publication of the Commissioner.</p>", None, cls="cover"))
    toc = [("Foreword and what you told us", 3, False)]
    toc += [(t, 4 + i // 2, True) for i, (t, _, _) in enumerate(PRIORITIES)]
    toc += [("Working with partners", 7, False), ("Measuring progress, money and accountability", 8, False)]
    pages.append(page("<h1>Contents</h1><div class='toc'>" + "".join(
        f"<p class='{'in' if ind else ''}'><span>{esc(t)}</span><span>{n}</span></p>" for t, n, ind in toc)
        + "</div><p class='small'>The six index tabs on the right of each page take you to the priorities.</p>",
        2))
    pages.append(page(blocks_html([
        ("raw", "<h1>Foreword</h1>"),
        ("p", "Hertfordshire is one of the safest counties in England, but safety is never finished. This plan "
              "sets out what I will ask of the Chief Constable, and what I will do with partners, over the next "
              "four years. It keeps the name of the county's earlier plans because keeping people safe remains "
              "everybody's business: councils, health, schools, businesses, charities and residents."),
        ("p", "I have set six priorities. Each comes with a short list of things I will do, and I will report on "
              "them every year to the Police and Crime Panel."),
        ("small", "Police and Crime Commissioner for Hertfordshire"),
        ("h2", "What you told us"),
        ("p", "More than 4,800 residents, businesses and partners took part in the consultation (illustrative)."),
        ("stats", [("71%", "want more visible neighbourhood policing"), ("58%", "worry about anti-social "
                   "behaviour near home"), ("44%", "have been targeted by a scam in the last year"),
                   ("1 in 3", "women feel unsafe in town centres after dark")]),
        ("ul", ["Speeding and dangerous driving were the most common concern raised in rural parishes.",
                "Young people asked for safe places to go and for adults who listen.",
                "Victims asked to be kept informed, and to be believed."]),
        ("small", ILLUS),
    ]), 3))
    for k in range(3):
        pages.append(page(pri_block(2 * k) + pri_block(2 * k + 1), 4 + k, on=(2 * k, 2 * k + 1)))
    pages.append(page(blocks_html([
        ("raw", "<h1>Working with partners</h1>"),
        ("p", "Much of this plan is delivered by others. I fund and attend the community safety partnerships of "
              "the ten districts and boroughs, the county-wide Domestic Abuse Partnership Board, the Serious "
              "Violence Duty partnership and the Combating Drugs Partnership. Each sets its own priorities; I "
              "expect them to show how they contribute to this plan."),
        ("table", [["Partnership", "What I ask of it", "Funding 2026/27 (illustrative)"],
                   ["District and borough CSPs", "Local action on anti-social behaviour, neighbourhood crime, "
                    "hate crime and road safety", "GBP 620,000"],
                   ["Domestic Abuse Partnership Board", "A county VAWG strategy and its commissioning",
                    "GBP 1.4m"],
                   ["Serious Violence Duty partnership", "Needs assessment, strategy and the violence fund",
                    "GBP 480,000"],
                   ["Combating Drugs Partnership", "Supply, treatment and recovery, and drug-related deaths",
                    "GBP 210,000"]]),
        ("h2", "My previous plan"),
        ("p", "The 2022-2025 plan was organised around four themes, which this plan replaces:"),
        ("ul", ["Putting victims at the centre", "Public focus", "Offender pays", "Business sense"]),
        ("p", "Progress against those themes is reviewed in my annual report for 2024/25."),
    ]), 7))
    pages.append(page(blocks_html([
        ("raw", "<h1>Measuring progress, money and accountability</h1>"),
        ("table", [["Measure", "Baseline 2025 (illustrative)", "Direction"],
                   ["Anti-social behaviour incidents", "21,400", "Down"],
                   ["Knife-enabled offences", "610", "Down"],
                   ["Domestic abuse charge rate", "11%", "Up"],
                   ["Victim satisfaction (Beacon)", "83%", "Up"],
                   ["Proven reoffending, IOM cohort", "34%", "Down"],
                   ["101 calls answered within 3 minutes", "62%", "Up"]]),
        ("p", "The Police and Crime Panel scrutinises this plan and my annual report. My office publishes "
              "decisions, the accountability board's minutes and the budget on its website."),
        ("h2", "Contact"),
        ("p", "Office of the Police and Crime Commissioner for Hertfordshire - commissioner@herts-pcc.example - "
              "01707 000 000 (illustrative)."),
        ("small", ILLUS),
    ]), 8))
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>" \
           + "".join(pages) + "</body></html>"
    return html_to_pdf("plan", html, out_root / "plan" / NAME)
