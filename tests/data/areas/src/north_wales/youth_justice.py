"""Flintshire Youth Justice Service Strategic Plan 2024-2025: HTML printed by Chromium (YJB plan headings).

Four priorities, stated once, on p6 as **T-shirts pegged on a washing line** ("Pegged out by our young people"):
a drawn sagging line across the page with four CSS clip-path T-shirts of different colours hanging from
wooden pegs at slightly different heights, each with one priority in white bold on its front (three to five
lines), no numbers; a caption notes that the young people's participation group designed the page.
Distractors: the Child First principles (p4), the 2023-24 review (p5), the YJB key performance indicators and
the risks (p8), the delivery table (p7).
"""
from north_wales.kit import e, html_pdf

FILE = "strategies/flintshire_youth_justice_strategic_plan_2024-25.pdf"
TITLE = "Flintshire Youth Justice Service Strategic Plan 2024–2025"

PRIORITIES = [
    ("Keeping children out of the justice system through prevention and diversion", "#E76F51", 6),
    ("Reducing reoffending by children", "#2A9D8F", 14),
    ("Protecting children from exploitation and serious harm", "#264653", 10),
    ("Improving children's education, training and employment", "#8E44AD", 4),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 18mm 17mm;
  @top-left { content: "Flintshire Youth Justice Service · Strategic Plan 2024–2025"; font: 7.5pt 'Liberation Sans'; color: #777; }
  @bottom-center { content: "Page " counter(page) " of 8"; font: 7.5pt 'Liberation Sans'; color: #264653; } }
@page bare { margin: 0; @top-left { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; line-height: 1.5; color: #222; margin: 0; }
section { break-before: page; }
section.cover { page: bare; break-before: auto; width: 210mm; height: 297mm; background: #F4A261; position: relative; }
.cover .in { position: absolute; left: 18mm; top: 80mm; width: 170mm; color: #264653; }
.cover h1 { font-size: 30pt; line-height: 1.1; margin: 0 0 5mm 0; }
h1.t { font-size: 19pt; color: #264653; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #E76F51; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 2mm 0; border-bottom: 1px dashed #aaa; font-size: 10.5pt; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.4pt; margin: 2mm 0 4mm 0; }
table.t th { background: #264653; color: #fff; text-align: left; padding: 1.5mm 2mm; }
table.t td { border-bottom: 1px solid #ccc; padding: 1.5mm 2mm; vertical-align: top; }
.yard { position: relative; height: 115mm; margin-top: 6mm; background: linear-gradient(#EAF4FB, #FFFFFF); }
.pole { position: absolute; top: 4mm; width: 3mm; height: 108mm; background: #8D6E63; }
.rope { position: absolute; left: 2mm; right: 2mm; top: 10mm; height: 24mm; border-bottom: 1.2px solid #555;
  border-radius: 0 0 50% 50% / 0 0 100% 100%; }
.shirt { position: absolute; width: 42mm; height: 60mm; }
.shirt .body { position: absolute; inset: 0; clip-path: polygon(28% 0, 72% 0, 100% 14%, 90% 30%, 80% 25%, 80% 100%, 20% 100%, 20% 25%, 10% 30%, 0 14%); }
.shirt .txt { position: absolute; left: 9.5mm; width: 23mm; top: 17mm; color: #fff; font-weight: 700; font-size: 9pt;
  line-height: 1.25; text-align: center; }
.peg { position: absolute; top: -3mm; width: 2mm; height: 7mm; background: #C8A165; }
.cap { font-size: 8pt; color: #555; font-style: italic; margin-top: 3mm; }
"""


def build(root):
    S = ['<section class="cover"><div class="in"><div style="font-weight:700;letter-spacing:1pt">FLINTSHIRE YOUTH '
         'JUSTICE SERVICE · GWASANAETH CYFIAWNDER IEUENCTID SIR Y FFLINT</div><h1>Youth Justice Strategic Plan</h1>'
         '<div style="font-size:16pt">2024 – 2025</div></div></section>']
    toc = [("Foreword", 3), ("Child First in Flintshire", 4), ("Looking back at 2023–24", 5), ("Our priorities", 6),
           ("Delivering the plan", 7), ("Performance, risks and governance", 8)]
    S.append('<section><h1 class="t">Contents</h1><div class="toc">' +
             "".join(f"<div><span>{e(t)}</span><span>{n}</span></div>" for t, n in toc) + "</div></section>")
    S.append('<section><h1 class="t">Foreword</h1>' + "".join(f"<p>{e(t)}</p>" for t in [
        "Fewer children in Flintshire are entering the justice system than ever before, and most of the children we "
        "work with never offend again. But the children we do work with have more complex lives: many have been "
        "exploited, excluded from school or harmed at home.",
        "This plan sets out our priorities for the year and how the management board will hold the service to "
        "account. It was written with our young people's participation group, who designed our priorities page.",
        "Mae'r cynllun hwn ar gael yn Gymraeg."]) +
        '<p><b>Chair, Flintshire Youth Justice Management Board</b></p></section>')
    S.append('<section><h1 class="t">Child First in Flintshire</h1><p>We follow the Youth Justice Board\'s Child '
             'First approach and the Welsh Government\'s Youth Justice Blueprint for Wales. Child First means we:</p>'
             '<ul><li>see children as children;</li><li>build on their strengths;</li><li>encourage them to take part '
             'and have a say;</li><li>promote diversion and minimise stigma.</li></ul><p>These are our principles, '
             'not our priorities.</p><h2>Our children (illustrative figures)</h2><table class="t"><tr><th>Measure'
             '</th><th>2023–24</th></tr>' + "".join(f"<tr><td>{e(a)}</td><td>{b}</td></tr>" for a, b in [
                 ("First-time entrants", "31"), ("Children on out-of-court disposals", "64"),
                 ("Children on court orders", "27"), ("Reoffending rate", "29%"),
                 ("Children known to be exploited", "18")]) + "</table></section>")
    S.append('<section><h1 class="t">Looking back at 2023–24</h1><table class="t"><tr><th>Last year\'s priority</th>'
             '<th>What happened</th></tr>' + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in [
                 ("Speech, language and communication needs", "Every child now screened at the start of an order."),
                 ("Disproportionality", "Data reviewed each quarter; no over-representation found."),
                 ("Serious youth violence", "Work now led through the Serious Violence Duty partnership.")]) +
             '</table></section>')
    shirts = []
    for i, (t, col, drop) in enumerate(PRIORITIES):
        left = 8 + i * 42
        shirts.append(f'<div class="shirt" style="left:{left}mm;top:{18 + drop}mm"><div class="body" '
                      f'style="background:{col}"></div><div class="peg" style="left:13mm"></div><div class="peg" '
                      f'style="left:27mm"></div><div class="txt">{e(t)}</div></div>')
    S.append('<section><h1 class="t">Our priorities</h1><p>Our four priorities for 2024–25, pegged out by our young '
             'people.</p><div class="yard"><div class="pole" style="left:0"></div><div class="pole" style="right:0">'
             '</div><div class="rope"></div>' + "".join(shirts) + '</div><p class="cap">Page designed with the '
             'Flintshire young people\'s participation group.</p></section>')
    S.append('<section><h1 class="t">Delivering the plan</h1><table class="t"><tr><th>Area</th><th>Actions 2024–25'
             '</th><th>Board sponsor</th></tr>' + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>"
                                                          for a, b, c in [
        ("Prevention and diversion", "Bureau panel with North Wales Police; Turnaround programme", "Police"),
        ("Reoffending", "Desistance plans co-written with each child", "Youth justice"),
        ("Exploitation", "Contextual safeguarding panel; return-home interviews", "Children's services"),
        ("Education", "Education worker in the team; links with Coleg Cambria", "Education")]) +
        '</table></section>')
    S.append('<section><h1 class="t">Performance, risks and governance</h1><h2>Key performance indicators</h2>'
             '<p>We report the Youth Justice Board\'s key performance indicators, including suitable accommodation, '
             'education, training and employment, SEND, mental health, substance misuse, out-of-court disposals and '
             'victims.</p><h2>Risks</h2><ul><li>Staff vacancies in the team.</li><li>Loss of short-term grant '
             'funding.</li></ul><h2>Governance</h2><p>The management board meets quarterly and reports to the '
             'council\'s cabinet and to the North Wales Safer Communities Board. Contact: yjs@flintshire.example</p>'
             '</section>')
    return html_pdf(root, FILE, "youth_justice", TITLE, CSS, S, 8)
