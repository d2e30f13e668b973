"""Luton Community Safety Partnership Plan 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 as the **lid labels of a stack of drawn hat boxes** ("Five priorities,
one hat-making town", a nod to Luton's hat trade): three round CSS hat boxes on the bottom row and two on
top, each with a striped side, a lid and a cream label band that holds the priority in bold (two or three
lines); no numbers.  The "What this means" sentences follow in a separate list.  The previous plan's
priorities and the key findings (p4), the principles and the PCC's six priorities quoted in a box (p5), the
delivery themes (p7) and the measures (p8) are distractors.
"""
from bedfordshire.work import base_css, build_html, e, html_blocks, html_contents, html_page

FILE = "strategies/luton_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Luton Community Safety Partnership Plan 2024–2027"

PRIORITIES = [
    ("Reducing serious violence and knife crime", "Focused deterrence, weapons sweeps and youth workers in "
     "the town's hotspots, with the VERU."),
    ("Tackling anti-social behaviour in the town centre and our neighbourhoods", "Joint patrols, the ASB Case "
     "Review and quick action on nuisance in Bury Park, High Town and Marsh Farm."),
    ("Protecting children and young people from criminal exploitation", "A single exploitation panel, "
     "return-home interviews and disruption of the adults who groom children."),
    ("Tackling domestic abuse and stalking", "Earlier identification in GP surgeries and the hospital, and "
     "stalking advocates for high-risk victims."),
    ("Reducing harm from gambling", "Licensing powers for new gambling premises, and awareness and "
     "support with public health and the voluntary sector."),
]

CSS = base_css("#6B1E3A", "#B5485F", head="Luton Community Safety Partnership · Plan 2024–2027") + """
.cover { background: #6B1E3A; color: #fff; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 120mm; font-size: 32pt; line-height: 1.15; margin: 0; width: 160mm; }
.cover .yr { position: absolute; left: 18mm; top: 172mm; font-size: 16pt; color: #F6D8C7; }
.cover .brim { position: absolute; left: 110mm; top: 215mm; width: 80mm; height: 14mm; border-radius: 50%; background: #F2B880; }
.cover .crown { position: absolute; left: 128mm; top: 190mm; width: 44mm; height: 32mm; border-radius: 20mm 20mm 4mm 4mm; background: #F2B880; }
.cover .band { position: absolute; left: 128mm; top: 212mm; width: 44mm; height: 6mm; background: #2B0B18; }
.stack { margin: 6mm 0 4mm 0; }
.row { display: flex; justify-content: center; gap: 4mm; }
.row.top { margin-bottom: -1mm; }
.hb { width: 56mm; position: relative; }
.hb .lid { height: 9mm; background: #B5485F; border-radius: 50% / 100% 100% 0 0; }
.hb .side { height: 46mm; background: repeating-linear-gradient(90deg, #F4E3D0 0 5mm, #E8CDB0 5mm 10mm);
  border-left: 1.5mm solid #B5485F; border-right: 1.5mm solid #B5485F; position: relative; }
.hb .base { height: 6mm; background: #E8CDB0; border-radius: 0 0 50% 50% / 0 0 100% 100%;
  border: 1.5mm solid #B5485F; border-top: 0; }
.hb .label { position: absolute; left: 4mm; right: 4mm; top: 8mm; background: #FFFDF8; border: 0.6mm solid #6B1E3A;
  border-radius: 2mm; padding: 2.5mm 2.5mm; font-weight: 700; font-size: 10.5pt; line-height: 1.3; color: #6B1E3A;
  text-align: center; }
.means li { margin-bottom: 1.5mm; }
"""

SECTIONS = [
    dict(key="fw", title="Foreword", blocks=[
        ("p", "Luton is a young, diverse and fast-growing town, home to an international airport, a university "
              "and communities from all over the world. Most residents feel safe where they live, but crime and "
              "anti-social behaviour are felt unevenly across our wards."),
        ("p", "The Luton Community Safety Partnership brings together Luton Borough Council, Bedfordshire Police, "
              "Bedfordshire Fire and Rescue Service, the Probation Service, the NHS and the voluntary and "
              "community sector."),
        ("p", "This plan sets out our five priorities for the next three years, chosen from our strategic "
              "assessment and from what more than 1,100 residents told us (illustrative)."),
        ("p", "<b>Chair, Luton Community Safety Partnership</b>")]),
    dict(key="ctx", title="Luton in context", blocks=[
        ("p", "The figures below describe 2023/24. They are illustrative and are not official statistics."),
        ("tiles", [("225,000", "residents"), ("29,800", "crimes recorded"), ("5,600", "anti-social behaviour "
                   "incidents"), ("290", "knife crime offences"), ("6,100", "domestic abuse incidents"),
                   ("18", "gambling premises in the town centre")]),
        ("h2", "Key findings of the strategic assessment"),
        ("ul", ["Knife crime is concentrated among young men in four central wards.",
                "ASB reports peak in the town centre on Friday and Saturday evenings.",
                "Children going missing from home is the strongest sign of exploitation.",
                "Problem gambling is linked to debt, domestic abuse and poor mental health."]),
        ("h2", "Our last plan"),
        ("p", "The 2021–2024 plan had four priorities: Violence and vulnerability; Neighbourhood crime; "
              "Hidden harm; and Community cohesion. Cohesion work now sits in the council's Luton 2040 "
              "programme.")]),
    dict(key="how", title="How we work", blocks=[
        ("p", "Our principles describe how we work on every priority:"),
        ("ul", ["<b>Listen first</b>: residents shape what we do.", "<b>Prevent</b>: act before harm happens.",
                "<b>Share</b>: information moves safely between partners.",
                "<b>Be fair</b>: our response is the same in every ward."]),
        ("box", "The Police and Crime Commissioner's priorities (Police and Crime Plan 2024–2028)",
         ["Fighting serious violence", "Dismantling organised crime and drug supply", "Safer neighbourhoods",
          "Protecting vulnerable people", "Putting victims first", "Building trust and confidence in policing"]),
        ("h2", "Statutory duties"),
        ("p", "The partnership meets the duties of the Crime and Disorder Act 1998, the Serious Violence Duty and "
              "the Domestic Abuse Act 2021.")]),
    dict(key="pri", title="Our priorities", blocks=[
        ("p", "Five priorities, one hat-making town. Every partner has agreed to work on these five things "
              "together from 2024 to 2027."),
        ("special", "boxes"),
        ("h2", "What this means"),
        ("special", "means")]),
    dict(key="del", title="Delivering the plan", blocks=[
        ("p", "Each theme has a lead partner and a delivery group. The main actions for 2024/25 are below."),
        ("table", [["Theme", "Key actions 2024/25", "Lead"],
                   ["Violence", "Weapons sweeps; youth workers at the Luton and Dunstable Hospital", "VERU, police"],
                   ["Town centre", "Street marshals; a refreshed Public Spaces Protection Order", "Council"],
                   ["Exploitation", "Exploitation panel; training for taxi drivers and hotels", "Children's services"],
                   ["Abuse", "IDVA in the hospital; stalking advocate", "Council, PCC"],
                   ["Gambling", "Licensing policy review; debt advice in the hubs", "Public health"]],
         [0.2, 0.55, 0.25])]),
    dict(key="gov", title="Governance and measures", blocks=[
        ("p", "The partnership board meets quarterly and reports to the council's Overview and Scrutiny Board "
              "and to the Police and Crime Commissioner."),
        ("table", [["Measure", "Baseline (illustrative)", "Direction"], ["Knife crime offences", "290", "Down"],
                   ["ASB incidents", "5,600", "Down"], ["Children missing from home", "410 episodes", "Down"],
                   ["Repeat MARAC referrals", "33%", "Down"], ["People supported with gambling harm", "60", "Up"]],
         [0.5, 0.3, 0.2]),
        ("note", "Baselines are illustrative.")]),
]


def boxes():
    def hb(name):
        return (f'<div class="hb"><div class="lid"></div><div class="side"><div class="label">{e(name)}</div>'
                f'</div><div class="base"></div></div>')
    top = "".join(hb(n) for n, _ in PRIORITIES[:2])
    bottom = "".join(hb(n) for n, _ in PRIORITIES[2:])
    return f'<div class="stack"><div class="row top">{top}</div><div class="row">{bottom}</div></div>'


def means():
    return '<ul class="means">' + "".join(f"<li>{e(t)}</li>" for _, t in PRIORITIES) + "</ul>"


def render(pages):
    cover = ('<div class="cover"><div class="org">LUTON COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div>'
             '<div class="crown"></div><div class="band"></div><div class="brim"></div></div>')
    body = html_contents(SECTIONS, pages) + html_blocks(SECTIONS, pages, {"boxes": boxes, "means": means})
    back = '<div class="back"><h2 style="color:#fff">Luton Community Safety Partnership</h2><p>Town Hall, Luton</p>' \
           '<p>csp@luton.example</p></div>'
    return html_page(TITLE, CSS, cover, body, back)


def build(root):
    return build_html(root / FILE, "luton_csp.html", render, SECTIONS)
