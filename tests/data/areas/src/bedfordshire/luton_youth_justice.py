"""Luton Youth Justice Service: Youth Justice Plan 2024-2025 (YJB plan headings). HTML printed by Chromium.

Four priorities, stated once, on p6 as **the cards of a video-game "level select" screen** drawn with the
children of the service ("Our mission for 2024–25"): a dark rounded screen with a pixel-style title bar, four
cards in a 2 x 2 grid, each with a small "LEVEL n" tag, a row of stars and the priority in bold (two or three
lines), then a "Power-ups" line.  The level tags, stars and power-ups are not part of the priorities.  The
Child First tenets (p4), the review of the 2023-24 priorities (p5), the YJB key performance indicators and
the risks (p7-8) are distractors.
"""
from bedfordshire.work import base_css, build_html, e, html_blocks, html_contents, html_page

FILE = "strategies/luton_youth_justice_plan_2024-25.pdf"
TITLE = "Luton Youth Justice Service: Youth Justice Plan 2024–2025"

PRIORITIES = [
    ("Fewer children entering the youth justice system", "Turnaround, out-of-court disposals and a "
     "diversion worker in custody."),
    ("Fewer children reoffending", "Intensive support in the first three months and a named worker for "
     "every child."),
    ("Protecting children from exploitation", "Joint work with children's social care and the VERU, and "
     "safety plans for every exploited child."),
    ("Giving victims a voice through restorative justice", "Victim contact for every case and "
     "restorative meetings when victims want them."),
]

CSS = base_css("#0B3C5D", "#328CC1", foot='"Page " counter(page) " of " counter(pages)',
               head="Luton Youth Justice Service · Youth Justice Plan 2024–2025") + """
.cover { background: #0B3C5D; color: #fff; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 120mm; font-size: 32pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 172mm; font-size: 16pt; color: #D9B310; }
.cover .px { position: absolute; width: 10mm; height: 10mm; background: #D9B310; }
.screen { background: #14213D; border-radius: 5mm; padding: 5mm; border: 2mm solid #3A3F58; margin-top: 4mm; }
.bar { font-family: 'DejaVu Sans Mono', monospace; color: #FCA311; font-size: 12pt; letter-spacing: 2pt;
  text-align: center; margin-bottom: 4mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.lv { background: #E5E5E5; border-radius: 3mm; padding: 3.5mm 4mm; border-bottom: 1.6mm solid #FCA311; min-height: 52mm; }
.lv .tag { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; color: #fff; background: #0B3C5D;
  display: inline-block; padding: 0.4mm 2mm; border-radius: 1mm; }
.lv .stars { color: #FCA311; font-size: 10pt; letter-spacing: 1pt; margin: 1mm 0; }
.lv .pr { font-weight: 700; font-size: 12.5pt; line-height: 1.3; color: #14213D; }
.lv .pu { font-size: 8pt; color: #444; margin-top: 2mm; }
"""

SECTIONS = [
    dict(key="intro", title="Introduction, vision and strategy", blocks=[
        ("p", "Luton Youth Justice Service works with children aged 10 to 17 who are in, or at risk of entering, "
              "the youth justice system. Our vision is that every child in Luton is safe, thrives and does not "
              "offend."),
        ("p", "This plan follows the Youth Justice Board's guidance for youth justice plans. It was written with "
              "our management board and with the children we work with, who designed the page that sets out our "
              "priorities."),
        ("p", "<b>Chair, Luton Youth Justice Management Board</b>")]),
    dict(key="cf", title="Child First", blocks=[
        ("p", "We work to the Youth Justice Board's Child First principle. Its four tenets are:"),
        ("ol", ["As children: recognise their needs, capacities, rights and potential",
                "Building pro-social identity: promote children's strengths and capacities",
                "Collaborating with children: encourage active participation and engagement",
                "Diverting from stigma: promote a childhood removed from the justice system"]),
        ("h2", "Our children"),
        ("tiles", [("142", "children supervised in 2023/24"), ("61", "first-time entrants"),
                   ("34%", "reoffending rate"), ("58%", "of children from Black, Asian or mixed heritage "
                   "backgrounds"), ("27", "children at risk of exploitation"), ("88%", "of victims contacted")]),
        ("note", "All figures are illustrative.")]),
    dict(key="rev", title="Progress on the 2023–24 plan", blocks=[
        ("p", "Last year's plan had four priorities. This is how we did."),
        ("table", [["2023–24 priority", "What we did", "Rating"], ["Serious youth violence", "Knife crime "
                    "programme for 60 children", "Good"], ["Education", "Education worker in the team", "Some "
                    "progress"], ["Disproportionality", "Review of out-of-court decisions", "Some progress"],
                   ["Speech, language and communication", "All children screened", "Good"]], [0.3, 0.5, 0.2])]),
    dict(key="pri", title="Our priorities for 2024–25", blocks=[
        ("p", "Our mission for 2024–25. The children who helped write this plan chose to show our priorities as "
              "the levels of a game: every one matters, and you cannot skip any of them."),
        ("special", "levels")]),
    dict(key="perf", title="Performance", blocks=[
        ("p", "We report to the Youth Justice Board on the national key performance indicators, among them:"),
        ("ul", ["Suitable accommodation", "Education, training and employment", "Special educational needs",
                "Mental health care and emotional wellbeing", "Substance misuse", "Out-of-court disposals",
                "Management board attendance", "Wider services", "Serious violence", "Victims"])]),
    dict(key="gov", title="Governance, resources and risks", blocks=[
        ("p", "The management board meets quarterly and reports to the Luton Community Safety Partnership and "
              "the Children's Safeguarding Partnership."),
        ("table", [["Risk", "Mitigation"], ["Staff vacancies", "Recruitment campaign; agency cover"],
                   ["Court delays", "Liaison with the court; remand reviews"],
                   ["Funding uncertainty", "Three-year partner agreement"]], [0.4, 0.6]),
        ("p", "Contact: yjs@luton.example")]),
]


def levels():
    P = ['<div class="screen"><div class="bar">&#9654; SELECT LEVEL &#9664;</div><div class="grid">']
    for i, (name, pu) in enumerate(PRIORITIES, 1):
        P.append(f'<div class="lv"><span class="tag">LEVEL {i}</span><div class="stars">{"&#9733;" * (i + 1)}'
                 f'</div><div class="pr">{e(name)}</div><div class="pu">Power-ups: {e(pu)}</div></div>')
    P.append("</div></div>")
    return "".join(P)


def render(pages):
    px = "".join(f'<div class="px" style="left:{x}mm;top:{y}mm"></div>' for x, y in
                 [(150, 220), (160, 220), (160, 230), (170, 230), (170, 240), (180, 240)])
    cover = ('<div class="cover"><div class="org">LUTON YOUTH JUSTICE SERVICE</div>'
             f'<h1>Youth Justice Plan</h1><div class="yr">2024 – 2025</div>{px}</div>')
    body = html_contents(SECTIONS, pages) + html_blocks(SECTIONS, pages, {"levels": levels})
    return html_page(TITLE, CSS, cover, body)


def build(root):
    return build_html(root / FILE, "luton_youth_justice.html", render, SECTIONS)
