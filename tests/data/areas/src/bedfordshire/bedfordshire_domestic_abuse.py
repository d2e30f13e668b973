"""Bedfordshire Domestic Abuse Partnership Strategy 2024-2027: HTML printed by Chromium (DejaVu Sans,
DejaVu Serif on the cards).

Four priorities, stated once, on p6 as **four kites flying over a hill** ("Rising above abuse"): in a 2 x 2
grid, each a CSS diamond kite with cross spars and a bowed tail, its string running down to a tag card whose
serif bold text is the priority (two or three lines); no numbers.  A sentence follows each card.  The
survivors' words (p4), the national Tackling Domestic Abuse Plan's pillars and the principles (p5), the
delivery themes (p7) and the outcomes (p8) are distractors.
"""
from bedfordshire.work import base_css, build_html, e, html_blocks, html_contents, html_page

FILE = "strategies/bedfordshire_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Bedfordshire Domestic Abuse Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Spotting abuse sooner and acting on it earlier", "#7B2D8B",
     "Training for GPs, teachers and housing officers, and routine enquiry in maternity and A&E."),
    ("Every survivor, adult or child, gets the support they need to recover", "#C0397A",
     "IDVAs, children's workers and counselling, with no waiting list for high-risk survivors."),
    ("Holding people who harm to account and helping them change", "#2E6E9E",
     "Protection orders, MARAC and MAPPA, and accredited behaviour change programmes."),
    ("Safe accommodation for survivors and their children", "#3C8D5A",
     "Refuge places, dispersed housing and the Sanctuary scheme, under Part 4 of the Domestic Abuse Act."),
]

CSS = base_css("#4A1D5C", "#7B2D8B", font="'DejaVu Sans'", foot='"Page " counter(page) " of " counter(pages)',
               head="Bedfordshire Domestic Abuse Partnership") + """
body { font-size: 9pt; }
.cover { background: linear-gradient(#4A1D5C, #7B2D8B); color: #fff; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 125mm; font-family: 'DejaVu Serif'; font-size: 30pt; line-height: 1.2; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 178mm; font-size: 15pt; }
.cover .hill { position: absolute; left: -20mm; top: 240mm; width: 250mm; height: 120mm; border-radius: 50%; background: #3C8D5A; }
.sky { background: linear-gradient(#E8F1FA, #FFFFFF 75%); border-radius: 3mm; padding: 5mm 4mm 2mm 4mm; position: relative; }
.kites { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 8mm; }
.kw { position: relative; height: 100mm; }
.kite { position: absolute; left: 26mm; top: 4mm; width: 22mm; height: 22mm; transform: rotate(45deg) scaleY(1.3); }
.kite .spar1 { position: absolute; left: 0; top: 50%; width: 100%; border-top: 0.5mm solid #333; }
.kite .spar2 { position: absolute; top: 0; left: 50%; height: 100%; border-left: 0.5mm solid #333; }
.str { position: absolute; left: 37mm; top: 36mm; height: 22mm; border-left: 0.4mm dashed #555; }
.tail { position: absolute; left: 38mm; top: 38mm; width: 12mm; height: 16mm; border-left: 0.6mm solid #999;
  border-radius: 60% 0 0 60%; }
.card { position: absolute; left: 4mm; right: 4mm; top: 58mm; background: #fff; border: 0.5mm solid #ccc;
  border-top: 2mm solid; border-radius: 1.5mm; padding: 2.5mm 3mm; }
.card .pr { font-family: 'DejaVu Serif'; font-weight: 700; font-size: 11pt; line-height: 1.3; }
.card .s { font-size: 8pt; color: #555; margin-top: 1.5mm; line-height: 1.35; }
.hillp { height: 10mm; background: #3C8D5A; border-radius: 50% 50% 0 0; margin: 0 -4mm -2mm -4mm; }
.quote { border-left: 1.2mm solid #C0397A; padding: 1mm 4mm; margin: 3mm 0; font-style: italic; }
"""

SECTIONS = [
    dict(key="fw", title="Foreword", blocks=[
        ("p", "Domestic abuse can happen to anyone, in any community. In Bedfordshire, the police record a "
              "domestic abuse incident or crime every half an hour (illustrative), and we know that many more "
              "are never reported."),
        ("p", "The Bedfordshire Domestic Abuse Partnership brings together Luton Borough Council, Bedford Borough "
              "Council and Central Bedfordshire Council, Bedfordshire Police, the Police and Crime Commissioner, "
              "the NHS, the Probation Service and specialist domestic abuse services."),
        ("p", "This strategy meets our duties under the Domestic Abuse Act 2021, including Part 4 on safe "
              "accommodation, and sets four priorities for the next three years."),
        ("p", "<b>Chair, Bedfordshire Domestic Abuse Partnership Board</b>")]),
    dict(key="ctx", title="Domestic abuse in Bedfordshire", blocks=[
        ("p", "The figures below describe 2023/24 and are illustrative, not official statistics."),
        ("tiles", [("14,200", "incidents and crimes recorded by police"), ("1,150", "MARAC cases"),
                   ("31%", "repeat MARAC cases"), ("2,400", "children in households referred"),
                   ("96", "refuge bed spaces"), ("5", "domestic homicide reviews under way")]),
        ("h2", "What survivors told us"),
        ("special", "quotes")]),
    dict(key="nat", title="The national framework and our principles", blocks=[
        ("p", "The national Tackling Domestic Abuse Plan (2022) has four pillars:"),
        ("ol", ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"]),
        ("h2", "Our principles"),
        ("ul", ["<b>Survivor-led</b>: survivors shape our services.", "<b>Whole family</b>: children are victims "
                "in their own right.", "<b>Intersectional</b>: we reach people who face more than one barrier.",
                "<b>Accountable</b>: the responsibility sits with the person who harms."])]),
    dict(key="pri", title="Our priorities", blocks=[
        ("p", "Rising above abuse: the four priorities the partnership will pursue from 2024 to 2027."),
        ("special", "kites")]),
    dict(key="del", title="Delivering the strategy", blocks=[
        ("p", "A delivery group leads each theme and reports to the board every quarter."),
        ("table", [["Theme", "Actions 2024/25", "Lead"],
                   ["Early help", "Routine enquiry in maternity; DA champions in schools", "NHS, councils"],
                   ["Recovery", "Children's IDVA; counselling framework", "PCC, councils"],
                   ["Accountability", "Behaviour change programme; stalking clinic", "Police, Probation"],
                   ["Safe homes", "Twelve more dispersed units; Sanctuary scheme", "Councils"]], [0.2, 0.58, 0.22])]),
    dict(key="out", title="Outcomes and governance", blocks=[
        ("p", "We will know the strategy is working when:"),
        ("ul", ["fewer survivors are referred to MARAC more than once;", "more survivors say they feel safer "
                "when support ends;", "more perpetrators complete a programme;", "no survivor is turned away "
                "from safe accommodation for lack of space."]),
        ("p", "The board reports to the three Health and Wellbeing Boards and the community safety "
              "partnerships. Contact: dapartnership@bedfordshire.example"),
        ("note", "All figures in this strategy are illustrative.")]),
]


def quotes():
    return "".join(f'<div class="quote">“{e(q)}”</div>' for q in [
        "I didn't know that what was happening to me had a name.",
        "The worker who believed me changed everything.",
        "We had to move three times before we were safe."])


def kites():
    P = ['<div class="sky"><div class="kites">']
    for name, col, txt in PRIORITIES:
        P.append(f'<div class="kw"><div class="kite" style="background:{col}"><div class="spar1"></div>'
                 f'<div class="spar2"></div></div><div class="tail"></div><div class="str"></div>'
                 f'<div class="card" style="border-top-color:{col}"><div class="pr">{e(name)}</div>'
                 f'<div class="s">{e(txt)}</div></div></div>')
    P.append('</div><div class="hillp"></div></div>')
    return "".join(P)


def render(pages):
    cover = ('<div class="cover"><div class="org">BEDFORDSHIRE DOMESTIC ABUSE PARTNERSHIP</div>'
             '<h1>Domestic Abuse Strategy</h1><div class="yr">2024 – 2027</div><div class="hill"></div></div>')
    body = html_contents(SECTIONS, pages) + html_blocks(SECTIONS, pages, {"kites": kites, "quotes": quotes})
    return html_page(TITLE, CSS, cover, body)


def build(root):
    return build_html(root / FILE, "bedfordshire_domestic_abuse.html", render, SECTIONS)
