"""Surrey Domestic Abuse Strategy 2026-2031 (Surrey Domestic Abuse Partnership Board): HTML/CSS -> Chromium
(DejaVu Sans, DejaVu Serif headings).  The priorities are on a two-page spread exported as one landscape page
(p5, "8" and "9" folios on each half, a gutter line): the left half holds survivors' words and the national
pillars; the right half, "Our five priorities", states each priority as a serif sub-heading with a coloured
left rule and a sentence.  Distractors: the national Tackling Domestic Abuse Plan pillars (p5 left half), the
2021-2026 priorities (p4), survivors' quotes, delivery and measures."""
from surrey_districts.kit_html import E, html_report

D = dict(
    file="strategies/surrey_domestic_abuse_strategy_2026-31.pdf",
    slug="domestic_abuse", kind="domestic_abuse",
    title="Surrey Domestic Abuse Strategy 2026\u20132031",
    body="Surrey Domestic Abuse Partnership Board",
    cover_title="Domestic Abuse Strategy",
    cover_sub="Surrey 2026\u20132031",
    cover_lines=["Surrey Domestic Abuse Partnership Board", "Published under Part 4 of the Domestic Abuse Act 2021",
                 "March 2026"],
    header_left="Surrey Domestic Abuse Strategy 2026\u20132031", folio="{n}",
    colours=("#6A1B4D", "#D4A5C0"), tint="#F6ECF2",
    font="DejaVu Sans", heading_font="DejaVu Serif",
    sections=dict(fwd="Foreword", ctx="Domestic abuse in Surrey", pri="Our five priorities",
                  dlv="Delivery and commissioning", gov="Outcomes and governance"),
    foreword=["One in five adults in Surrey will experience domestic abuse in their lifetime. It happens in every "
              "town and village, in every kind of family.",
              "This strategy was written with survivors, specialist services and the children's, health, housing "
              "and justice partners who sit on the Board. It sets five priorities for the next five years.",
              "Survivors asked us to stop making them tell their story again and again. We have listened."],
    signed="Chair, Surrey Domestic Abuse Partnership Board",
    context="The figures below are from the 2025 needs assessment.",
    stats=[("21,000", "domestic abuse incidents and crimes a year"), ("1 in 3", "victims with children in the home"),
           ("640", "households in safe accommodation"), ("1,900", "stalking reports to police")],
    findings=["Victims typically seek help from several services before anyone asks about abuse.",
              "Demand for refuge and dispersed accommodation exceeds supply.",
              "Few perpetrators are offered a behaviour-change programme.",
              "Stalking reports have tripled since 2020."],
    previous=("Our 2021\u20132026 priorities",
              "The previous strategy's priorities, now replaced, were:",
              ["Prevention", "Provision", "Pursue"]),
    delivery=["Specialist services are commissioned jointly by the county council and the OPCC."],
    group_heads=["Service", "Provider type", "Commissioned by"],
    groups=[["Outreach and IDVAs", "Specialist domestic abuse services", "County council and OPCC"],
            ["Refuges and dispersed housing", "Specialist housing providers", "County council"],
            ["Perpetrator programmes", "Accredited providers", "OPCC"],
            ["Children's recovery service", "Specialist children's service", "County council"]],
    measures=[["Victims identified outside policing", "32%", "50%"], ["Safe accommodation units", "96", "130"],
              ["Perpetrators starting a programme", "210", "400"], ["Children supported", "520", "800"],
              ["Stalking protection orders", "24", "60"]],
    governance=["The Board reports to the Surrey Community Safety Board and the Health and Wellbeing Board."],
    partners=["Surrey County Council", "OPCC for Surrey", "Surrey Police", "NHS Surrey Heartlands",
              "borough and district councils", "specialist domestic abuse services", "Probation Service"],
    contact="Contact: dapb@surreycc.example (illustrative)",
)

PRIORITIES = [
    dict(id="DA1", plan=["P3"], text="Identifying domestic abuse earlier, in every service",
         d="GPs, schools, housing and hospitals will ask, and know what to do next."),
    dict(id="DA2", plan=["P3"], text="Safe accommodation and specialist support for survivors",
         d="More refuge and dispersed places, and support wherever survivors choose to live."),
    dict(id="DA3", plan=["P3"], text="Holding perpetrators to account and changing their behaviour",
         d="Every high-harm perpetrator managed; more offered accredited programmes."),
    dict(id="DA4", plan=["P3"], text="Recognising children as victims in their own right",
         d="Children's recovery support offered to every child in a family known to services."),
    dict(id="DA5", plan=["P3"], text="A better response to stalking and harassment",
         d="Specialist stalking advocates and more protection orders."),
]

CSS = """
.spread { display: flex; height: 176mm; }
.half { flex: 1; padding: 0 8mm; position: relative; }
.half.left { border-right: 0.4mm dashed #bbb; background: #F6ECF2; padding-top: 6mm; }
.half .pn { position: absolute; bottom: -4mm; font-size: 8pt; color: #999; }
.half.left .pn { left: 8mm; } .half.right .pn { right: 8mm; }
.qt { font-family: 'DejaVu Serif'; font-style: italic; font-size: 12pt; color: #6A1B4D; margin-bottom: 5mm; }
.pil { font-size: 9pt; }
.dp { border-left: 2mm solid #6A1B4D; padding: 1mm 0 1mm 4mm; margin-bottom: 4mm; }
.dp h2 { font-size: 13pt; margin: 0 0 1mm 0; }
.dp p { font-size: 9pt; margin: 0; }
"""


def build(out_root):
    D["priorities"] = PRIORITIES
    left = ('<div class="half left"><div class="qt">\u201cI told five different people before anyone asked me '
            'what was happening at home.\u201d</div><div class="qt">\u201cThe refuge saved my life. There should be '
            'more of them.\u201d</div><p class="pil"><b>The national picture.</b> The Government\'s Tackling Domestic '
            'Abuse Plan (2022) is built on four pillars: prioritising prevention; supporting victims; pursuing '
            'perpetrators; and a stronger system. Our priorities sit within them.</p></div>')
    right = f'<div class="half right"><h1>{E(D["sections"]["pri"])}</h1>'
    for p in PRIORITIES:
        right += f'<div class="dp"><h2>{E(p["text"])}</h2><p>{E(p["d"])}</p></div>'
    right += "</div>"
    return html_report(D, out_root, [(f'<div class="spread">{left}{right}</div>', "wide")], CSS)
