"""Surrey Youth Justice Plan 2024-25 (Surrey Youth Justice Partnership Board): HTML printed by Chromium, with
the YJB plan template's headings.

Five priorities, stated once, on p7 in a **bento grid**: a CSS grid of unequal tiles under "Our priorities for
2024-25" - one large dark tile spanning two columns and two rows (YJ1, in large type, with a sentence), two
wide tiles stacked beside it (YJ2, YJ3) and, on the bottom row, two small square tiles (YJ4, YJ5, each
wrapping over three or four lines), each holding a priority in bold and one sentence in smaller type; no
numbers.  A pale striped decorative tile with the board's motto ("Child first, every time") fills the last
cell.  pdftotext reads the tiles in grid order.  The Child First tenets (p4), the 2023-24 priorities in the
progress table (p6), the YJB key performance indicators (p8), the risks (p8) and the sign-off are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from surrey.work import work_file

FILE = "strategies/surrey_youth_justice_plan_2024-25.pdf"
TITLE = "Surrey Youth Justice Plan 2024–25"

PRIORITIES = [
    ("Preventing children from entering the youth justice system", "big",
     "Early support and diversion for children on the edge of the system, through the prevention team and "
     "out-of-court resolutions that avoid a criminal record where it is safe."),
    ("Reducing reoffending by children", "tall",
     "Plans built with each child, a named worker who stays with them, and support with school, health and "
     "family."),
    ("Keeping children safe from exploitation", "wide",
     "Every child at risk of criminal exploitation has a safety plan agreed with children's social care."),
    ("Reducing serious violence involving children", "sm",
     "Weapons work, mentoring and a trusted adult for every child who has carried a knife."),
    ("Putting victims at the heart of restorative justice", "sm",
     "Every victim offered a voice, and a restorative meeting when they want one."),
]

CSS = """
@page { size: A4; margin: 17mm 16mm 19mm 16mm;
  @bottom-center { content: "Surrey Youth Justice Plan 2024–25  ·  " counter(page); font: 7.8pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; line-height: 1.48; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #F3F0E8; position: relative; break-after: page; }
.cover .blk { position: absolute; left: 0; top: 0; width: 210mm; height: 120mm; background: #1F5F5B; }
.cover .org { position: absolute; left: 18mm; top: 22mm; color: #fff; font-weight: 700; letter-spacing: 1pt; font-size: 9.5pt; }
.cover h1 { position: absolute; left: 18mm; top: 140mm; font-size: 32pt; margin: 0; color: #1F5F5B; line-height: 1.1; }
.cover .yr { position: absolute; left: 18mm; top: 180mm; font-size: 15pt; color: #B8572A; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #1F5F5B; margin: 0 0 4mm 0; }
h2 { font-size: 11pt; color: #B8572A; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 1.8mm 0; font-size: 10.5pt; border-bottom: 1px solid #E5E0D4; }
.toc div span.p { margin-left: auto; }
.bento { display: grid; grid-template-columns: repeat(4, 1fr); grid-auto-rows: minmax(40mm, auto); gap: 4mm; margin-top: 4mm; }
.tile { border-radius: 4mm; padding: 4.5mm; background: #E7F0EF; }
.tile b { display: block; font-size: 11.5pt; line-height: 1.25; color: #163F3C; margin-bottom: 2mm; }
.tile span { font-size: 8.2pt; color: #444; display: block; }
.big { grid-column: span 2; grid-row: span 2; background: #1F5F5B; }
.big b { font-size: 19pt; color: #fff; margin-bottom: 5mm; }
.big span { color: #DDEDEB; font-size: 9.5pt; }
.tall { grid-column: span 2; grid-row: span 1; background: #F6E3D8; }
.wide { grid-column: span 2; background: #FCEFC7; }
.sm { grid-column: span 1; background: #E7F0EF; }
.motto { grid-column: span 2; background: repeating-linear-gradient(45deg, #F3F0E8 0 4mm, #ECE7DA 4mm 8mm);
  display: flex; align-items: center; justify-content: center; font-style: italic; color: #8A7E63; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 5mm 0; }
th { background: #1F5F5B; color: #fff; text-align: left; padding: 1.5mm 2mm; }
td { border-bottom: 1px solid #DDD; padding: 1.5mm 2mm; vertical-align: top; }
.rag { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; margin-right: 1.5mm; }
.note { font-size: 7.5pt; color: #777; }
.sign { margin-top: 14mm; border-top: 1px solid #999; width: 80mm; padding-top: 1mm; font-size: 8.5pt; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="blk"></div><div class="org">SURREY YOUTH JUSTICE PARTNERSHIP BOARD</div>'
             '<h1>Youth Justice<br>Plan</h1><div class="yr">2024 – 2025</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction, vision and strategy", "intro"), ("Child First", "cf"), ("Local context", "ctx"),
                 ("Progress on the previous plan", "prog"), ("Our priorities for 2024–25", "pri"),
                 ("Performance and risks", "perf"), ("Sign-off", "sign")]:
        P.append(f'<div><span>{e(t)}</span><span class="p">{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction, vision and strategy</h1>')
    for t in [
        "Every local authority must publish a youth justice plan each year, setting out how youth justice services "
        "will be provided and funded. This is Surrey's plan for 2024–25, agreed by the Surrey Youth Justice "
        "Partnership Board.",
        "Our vision is that every child in Surrey who comes into contact with the justice system is seen first as "
        "a child, is helped to build a positive future, and causes no further harm to others.",
        "The number of children entering the system in Surrey has fallen for ten years (illustrative). The "
        "children we do work with have more complex needs than ever: many have been excluded from school, many "
        "have been exploited, and many have experienced trauma."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Surrey Youth Justice Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Child First</h1><p>The Youth Justice Board\'s Child First principle has '
             'four tenets, which guide all our work:</p><ol><li><b>As children</b>: see children as children.</li>'
             '<li><b>Building pro-social identity</b>: promote children\'s strengths and potential.</li>'
             '<li><b>Collaborating with children</b>: work with children and listen to them.</li>'
             '<li><b>Diverting from stigma</b>: keep children out of the system where possible.</li></ol>'
             '<h2>Voice of the child</h2><p>Children on our participation panel told us that they want workers who '
             'stay with them, help with school and jobs, and to be treated with respect by the police.</p></div>')
    P.append('<div class="pg"><h1 class="t">Local context</h1><p class="note">The figures below are illustrative '
             'and are not official statistics.</p><table><tr><th>Measure</th><th>2023/24</th></tr>')
    for r in [("Children aged 10–17 in Surrey", "118,000"), ("First-time entrants", "96"),
              ("Children supported by the prevention team", "410"), ("Reoffending rate (12-month cohort)", "27%"),
              ("Children in custody", "4")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Governance</h2><p>The board is chaired by the county\'s Director of Children\'s Services and '
             'includes Surrey Police, the Probation Service, health, education and the Police and Crime '
             'Commissioner\'s office. It reports to the Surrey Safeguarding Children Partnership.</p></div>')
    P.append('<div class="pg"><h1 class="t">Progress on the previous plan</h1><p>Our 2023–24 plan had four '
             'priorities. The table shows what we achieved.</p><table><tr><th>2023–24 priority</th><th>Status</th>'
             '<th>What happened</th></tr>')
    for a, col, st, b in [("Education, training and employment", "#2F855A", "Achieved",
                           "A virtual school link worker for every child"),
                          ("Disproportionality", "#D69E2E", "Partly achieved", "Data reviewed; action plan agreed"),
                          ("Serious youth violence", "#D69E2E", "Partly achieved", "Weapons programme launched"),
                          ("Health and wellbeing", "#2F855A", "Achieved", "Speech and language therapist in post")]:
        P.append(f'<tr><td>{e(a)}</td><td><span class="rag" style="background:{col}"></span>{e(st)}</td>'
                 f'<td>{e(b)}</td></tr>')
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities for 2024–25</h1><p>The board has agreed five priorities '
             'for 2024–25. Each is described in a sentence below its title.</p><div class="bento">')
    for name, cls, txt in PRIORITIES:
        P.append(f'<div class="tile {cls}"><b>{e(name)}</b><span>{e(txt)}</span></div>')
    P.append('<div class="tile motto">Child first, every time</div></div></div>')
    P.append('<div class="pg"><h1 class="t">Performance and risks</h1><h2>Youth Justice Board key performance '
             'indicators</h2><p>Since April 2023 we report the YJB\'s key performance indicators each quarter:</p><ul>'
             '<li>Suitable accommodation</li><li>Education, training and employment</li><li>Special educational '
             'needs and disabilities</li><li>Mental health and emotional wellbeing</li><li>Substance misuse</li>'
             '<li>Out-of-court disposals</li><li>Management board attendance</li><li>Wider services</li>'
             '<li>Victims</li><li>Serious violence</li></ul><h2>Risks to delivery</h2><table><tr><th>Risk</th>'
             '<th>Mitigation</th></tr>')
    for r in [("Loss of short-term grant funding", "Board partners to review budgets in the autumn"),
              ("Rising remand costs", "Bail support and remand fostering"),
              ("Recruitment of qualified staff", "Grow-our-own training scheme")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Sign-off</h1><p>This plan was agreed by the Surrey Youth Justice '
             'Partnership Board in June 2024.</p><div class="sign">Chair, Surrey Youth Justice Partnership Board</div>'
             '<div class="sign">Head of Youth Justice, Surrey County Council</div><p class="note" '
             'style="margin-top:10mm">Contact: youthjustice@surreycc.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction, vision and strategy Every", "cf": "Child First The Youth",
               "ctx": "Local context The figures", "prog": "Progress on the previous plan Our",
               "pri": "Our priorities for 2024–25 The board", "perf": "Performance and risks",
               "sign": "Sign-off This plan"}
    src = work_file("surrey_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
