"""Hull Combating Drugs Partnership Strategy 2023-2026: HTML/CSS printed by Chromium (Liberation Sans).

Four priorities, stated once, on p6 as **a social media carousel printed flat** ("As we shared them"): four
square post cards in a 2 x 2 grid, each with an account bar (a round avatar, "Hull Combating Drugs
Partnership", "@HullCDP"), a coloured square image holding a "1/4" counter and the priority in large white
bold type, a row of CSS-drawn reaction icons, and a short caption with hashtags under it.  The account bars,
counters and captions are not priorities.  The *From harm to hope* priorities (p4), the principles (p5), the
captions, the delivery labels (p7) and the outcomes table (p8) are distractors.
"""
from humberside.work import build_html, e

FILE = "strategies/hull_combating_drugs_partnership_strategy_2023-26.pdf"
TITLE = "Hull Combating Drugs Partnership Strategy 2023–2026"

PRIORITIES = [
    ("Breaking the supply of drugs into Hull", "#0F5257", "Dealers are not welcome here. #SaferHull #CountyLines"),
    ("More people in treatment and staying in recovery", "#7A3E9D", "Recovery happens in Hull every day. #HullRecovers"),
    ("Fewer lives lost to drugs", "#B23A48", "Naloxone saves lives. Ask us where to get it. #NaloxoneSavesLives"),
    ("Preventing young people from starting to use drugs", "#2F6690", "Honest talk in every school. #ChooseYourFuture"),
]

CSS = """
:root { --c1: #0F5257; --c3: #E6F0F0; }
@page { size: A4; margin: 16mm 18mm 18mm 18mm;
  @top-right { content: "Hull Combating Drugs Partnership Strategy 2023–2026"; font: 7.5pt 'Liberation Sans'; color: #888; }
  @bottom-right { content: "Page " counter(page) " of 8"; font: 8pt 'Liberation Sans'; color: #0F5257; } }
@page bare { margin: 0; @top-right { content: none } @bottom-right { content: none } }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0F5257; color: #fff; overflow: hidden; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 80mm; font-size: 30pt; margin: 0; line-height: 1.15; width: 175mm; }
.cover .yr { position: absolute; left: 18mm; top: 140mm; font-size: 16pt; }
.cover .band { position: absolute; left: 0; bottom: 0; width: 210mm; height: 40mm; background: #7A3E9D; }
.posts { display: grid; grid-template-columns: 1fr 1fr; gap: 7mm; margin-top: 4mm; }
.post { border: 0.3mm solid #d0d0d0; border-radius: 2.5mm; background: #fff; overflow: hidden; }
.acct { display: flex; align-items: center; gap: 2mm; padding: 2mm 3mm; font-size: 7.5pt; }
.acct .av { width: 7mm; height: 7mm; border-radius: 50%; background: conic-gradient(#0F5257 0 50%, #7A3E9D 0); flex: none; }
.acct b { display: block; font-size: 7.8pt; } .acct span { color: #888; }
.img { height: 62mm; color: #fff; padding: 5mm; position: relative; display: flex; align-items: center; }
.img .cnt { position: absolute; top: 3mm; right: 3mm; background: rgba(0,0,0,0.35); border-radius: 3mm; font-size: 7pt; padding: 0.5mm 2mm; }
.img .pt { font-weight: 700; font-size: 17pt; line-height: 1.2; }
.icons { display: flex; gap: 3mm; padding: 2.5mm 3mm 1mm 3mm; }
.icons i { display: block; width: 4mm; height: 4mm; border: 0.4mm solid #333; border-radius: 50%; }
.icons i.sq { border-radius: 0.8mm; } .icons i.tri { border-radius: 0 50% 50% 50%; }
.cap { font-size: 7.6pt; color: #444; padding: 0 3mm 3mm 3mm; }
"""


def cover():
    return ('<div class="cover"><div class="org">HULL COMBATING DRUGS PARTNERSHIP</div>'
            '<h1>Combating Drugs Partnership Strategy</h1><div class="yr">2023 – 2026</div><div class="band"></div></div>')


def posts():
    out = ['<div class="posts">']
    for i, (t, col, cap) in enumerate(PRIORITIES, 1):
        out.append(f'<div class="post"><div class="acct"><div class="av"></div><div><b>Hull Combating Drugs Partnership</b>'
                   f'<span>@HullCDP · 2 October 2023</span></div></div>'
                   f'<div class="img" style="background:{col}"><span class="cnt">{i}/4</span><div class="pt">{e(t)}</div></div>'
                   f'<div class="icons"><i></i><i class="tri"></i><i class="sq"></i></div>'
                   f'<div class="cap">{e(cap)}</div></div>')
    out.append('</div>')
    return "".join(out)


SECTIONS = [
    ("fw", "Foreword", [
        ("p", "Drugs harm families and neighbourhoods across Hull. Drug-related deaths in the city are well above "
              "the national average, and drug markets drive violence and the exploitation of children."),
        ("p", "The Hull Combating Drugs Partnership brings together Hull City Council and its public health team, "
              "Humberside Police, the Police and Crime Commissioner, the Probation Service, HMP Hull, the NHS, "
              "Jobcentre Plus, treatment providers and people with lived experience of recovery."),
        ("p", "<b>Senior Responsible Owner, Hull Combating Drugs Partnership</b>"),
    ]),
    ("nat", "The national strategy", [
        ("p", "This strategy delivers the national ten-year drugs strategy in Hull."),
        ("box", "From harm to hope (2021): the three national priorities", [
            "Break drug supply chains", "Deliver a world-class treatment and recovery system",
            "Achieve a generational shift in the demand for drugs"]),
        ("p", "The national strategy also sets outcomes for reducing drug use, drug-related crime and deaths, and "
              "for increasing engagement in treatment and recovery."),
    ]),
    ("ctx", "Drugs in Hull", [
        ("p", "The figures below are from our needs assessment. They are illustrative and are not official "
              "statistics."),
        ("stats", [("2,900", "adults in treatment"), ("48", "drug-related deaths a year"),
                   ("52%", "of people who use opiates not in treatment"), ("21", "county lines active"),
                   ("150", "young people in specialist services"), ("44%", "of acquisitive crime linked to drugs")]),
        ("h2", "Our principles"),
        ("ul", ["Recovery is possible, and people in recovery help design our services.",
                "Treat addiction as a health condition, not a moral failing.",
                "Be relentless against the dealers who exploit people."]),
    ]),
    ("pri", "Our priorities", [
        ("p", "We launched our priorities on social media, where many people who need our services first hear "
              "of them. The four posts are reproduced below, as we shared them."),
        ("custom", posts()),
    ]),
    ("del", "Delivery", [
        ("p", "Each priority is led by a delivery group, known by a short label."),
        ("table", [["Label", "Main actions 2023–2026", "Lead"],
                   ["Supply", "Operations against county lines; closure orders on drug houses", "Humberside Police"],
                   ["Treatment", "More treatment places; a recovery community hub; jobs support", "Public health"],
                   ["Deaths", "Naloxone for families and hostels; a drug death review panel", "Public health"],
                   ["Young people", "Drug education in schools; early help for children of users", "Children's services"]],
         [0.18, 0.6, 0.22]),
    ]),
    ("out", "Outcomes and governance", [
        ("p", "The partnership reports to the national Joint Combating Drugs Unit and to the Health and Wellbeing "
              "Board. The Police and Crime Commissioner sits on the board."),
        ("table", [["Outcome", "Baseline", "2026 ambition"], ["Adults in treatment", "2,900", "3,500"],
                   ["Drug-related deaths", "48", "Fewer each year"], ["County lines closed", "14", "25"],
                   ["Young people in treatment", "150", "Seen earlier"]], [0.5, 0.25, 0.25]),
        ("note", "Baselines and ambitions are illustrative. Contact: cdp@hull.example"),
    ]),
]


def build(root):
    out = root / FILE
    build_html({"title": TITLE, "sections": SECTIONS}, out, cover(), CSS, name="hull_drugs")
    return out
