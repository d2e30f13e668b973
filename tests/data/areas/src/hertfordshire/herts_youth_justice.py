"""Hertfordshire Youth Justice Strategic Plan 2024-25: HTML printed by Chromium (YJB plan headings; DejaVu Sans,
DejaVu Sans Condensed on the board).

Five priorities, stated once, on p6 as the **squares of a board game** designed with children ("The road
ahead: our board game"): a 3 x 3 board whose path snakes from a "START" square through five large coloured
squares (the priorities, in bold, two to four lines, each with a small "Move on when ..." line) to a
"FINISH" square (along the top row, back along the middle row, FINISH at the foot), with a drawn die and a
"How to play" square.  The
START, FINISH and How to play squares, the Child First tenets (p4), the 2023-24 review table (p5), the
YJB key performance indicators and risks (p7) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from hertfordshire.work import work_file

FILE = "strategies/hertfordshire_youth_justice_strategic_plan_2024-25.pdf"
TITLE = "Hertfordshire Youth Justice Strategic Plan 2024–25"

PRIORITIES = [
    ("Keeping children out of the justice system through early support", "#2E86AB",
     "Move on when: more children are helped through diversion than are charged."),
    ("Reducing reoffending by children", "#E07A1F",
     "Move on when: fewer children come back to us within a year."),
    ("Protecting children from criminal exploitation", "#7B3F99",
     "Move on when: children at risk are found sooner and kept safe."),
    ("Putting victims' voices at the heart of restorative justice", "#2F8F5B",
     "Move on when: every victim is offered a say."),
    ("Reducing the over-representation of Black and mixed heritage children", "#C0392B",
     "Move on when: the gap closes at every stage."),
]
# board cells in reading order (row by row); the path snakes START, 0, 1, 2 (right), 3, 4 (back left), FINISH
BOARD = ["START", 0, 1, 4, 3, 2, "FINISH", "DIE", "HOW"]

CSS = """
@page { size: A4; margin: 16mm 16mm 20mm 16mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #555; }
  @top-right { content: "Hertfordshire Youth Justice Strategic Plan 2024–25"; font: 7.5pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #FFF7E6; break-after: page; overflow: hidden; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; color: #E07A1F; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 90mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 170mm; color: #1F3A5F; }
.cover .yr { position: absolute; left: 18mm; top: 140mm; font-size: 18pt; color: #E07A1F; font-weight: 700; }
.cover .sq { position: absolute; width: 26mm; height: 26mm; border-radius: 3mm; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #1F3A5F; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #E07A1F; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 10.5pt; }
.toc div span.d { flex: 1; border-bottom: 1.5px dotted #E07A1F; margin: 0 2mm 1.2mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.stat { background: #FFF1DD; padding: 2.5mm 3mm; border-radius: 2mm; } .stat b { font-size: 15pt; color: #1F3A5F; display: block; }
.board { display: grid; grid-template-columns: repeat(3, 1fr); gap: 7mm; background: #F3E9D2; padding: 8mm;
  border: 3px solid #8A6A3B; border-radius: 4mm; margin-top: 5mm; }
.cell { height: 62mm; border-radius: 3mm; padding: 4mm; color: #fff; position: relative;
  font-family: 'DejaVu Sans Condensed', sans-serif; }
.cell b { display: block; font-size: 12pt; line-height: 1.28; }
.cell span { display: block; font-size: 7.6pt; line-height: 1.35; margin-top: 3mm; opacity: .92; }
.cell.start, .cell.finish { background: #fff; color: #1F3A5F; border: 2.5px dashed #1F3A5F; text-align: center;
  font-size: 18pt; font-weight: 700; padding-top: 20mm; }
.cell.finish small, .cell.start small { display: block; font-size: 8pt; font-weight: 400; margin-top: 2mm; }
.cell.how { background: #fff; color: #444; border: 1px solid #C9B58F; font-size: 7.8pt; }
.cell.die { background: transparent; }
.die .d { position: absolute; left: 14mm; top: 14mm; width: 30mm; height: 30mm; background: #fff; border: 2px solid #333;
  border-radius: 4mm; }
.die .p { position: absolute; width: 5mm; height: 5mm; border-radius: 50%; background: #333; }
.foot { position: absolute; width: 3mm; height: 3mm; border-radius: 50%; background: #8A6A3B; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #1F3A5F; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E6D8BE; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def rows(head, body):
    out = ["<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"]
    for r in body:
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    return "".join(out) + "</table>"


def board():
    out = ['<div class="board">']
    for b in BOARD:
        if b == "START":
            out.append('<div class="cell start">START<small>Every child, every time</small></div>')
        elif b == "FINISH":
            out.append('<div class="cell finish">FINISH<small>A safe and hopeful future</small></div>')
        elif b == "HOW":
            out.append('<div class="cell how"><b style="font-size:9pt">How to play</b><br>Children at our '
                       'participation group designed this board. Each coloured square is one of the Board\'s '
                       'priorities for 2024–25. You can only move on when the thing underneath has happened.</div>')
        elif b == "DIE":
            pips = [(3, 3), (22, 3), (12.5, 12.5), (3, 22), (22, 22)]
            out.append('<div class="cell die"><div class="d">' + "".join(
                f'<div class="p" style="left:{x}mm;top:{y}mm"></div>' for x, y in pips) + '</div></div>')
        else:
            name, col, line = PRIORITIES[b]
            out.append(f'<div class="cell" style="background:{col}"><b>{e(name)}</b><span>{e(line)}</span></div>')
    out.append('</div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">HERTFORDSHIRE YOUTH JUSTICE</div>'
             '<h1>Youth Justice Strategic Plan</h1><div class="yr">2024–25</div>'
             '<div class="sq" style="left:110mm;top:190mm;background:#2E86AB"></div>'
             '<div class="sq" style="left:140mm;top:190mm;background:#E07A1F"></div>'
             '<div class="sq" style="left:170mm;top:190mm;background:#7B3F99"></div>'
             '<div class="sq" style="left:170mm;top:220mm;background:#2F8F5B"></div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction, vision and strategy", "intro"), ("Child First and local context", "ctx"),
                 ("Review of 2023–24", "rev"), ("Our priorities for 2024–25", "pri"),
                 ("Performance and risks", "perf"), ("Governance, partnerships and resources", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction, vision and strategy</h1>')
    for t in [
        "Hertfordshire Youth Justice works with children aged 10 to 17 who have offended or are at risk of "
        "offending, and with the people they have harmed. We are part of Hertfordshire County Council's Children's "
        "Services, with staff seconded from the police, probation and health.",
        "This plan meets the requirement of the Crime and Disorder Act 1998 to publish an annual youth justice "
        "plan, and follows the Youth Justice Board's guidance on its structure.",
        "Our vision is that every child we work with has a safe and hopeful future, free from offending, and that "
        "the people they have harmed feel heard."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Hertfordshire Youth Justice Management Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Child First and local context</h1><p>We follow the Youth Justice '
             'Board\'s Child First principle. Its four tenets guide all our work:</p><ul>'
             '<li>As children: recognise their needs, capacities and potential.</li>'
             '<li>Building pro-social identity: promote strengths and a positive future.</li>'
             '<li>Collaborating with children: encourage their active participation.</li>'
             '<li>Diverting from stigma: prevent criminalisation wherever possible.</li></ul>'
             '<h2>Local context</h2><p>The figures below are illustrative and are not official statistics.</p>'
             '<div class="stats">')
    for n, c in [("126,000", "children aged 10 to 17"), ("182", "first-time entrants in 2023/24"),
                 ("34%", "of children reoffended within a year"), ("410", "children on diversion programmes"),
                 ("58", "children assessed as at risk of exploitation"),
                 ("2.4x", "over-representation of Black children among those sentenced")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">Review of 2023–24</h1><p>Last year the Board set four priorities. '
             'This table reports progress on each; they have been reviewed to make this year\'s.</p>')
    P.append(rows(["2023–24 priority", "Progress", "Status"], [
        ("Embed Child First practice", "All staff trained; children's panel running", "Complete"),
        ("Improve education outcomes", "Education worker in post; attendance up", "Continuing in our work"),
        ("Serious youth violence", "Now part of the exploitation priority", "Merged"),
        ("Victim engagement", "Contact rate up to 74%", "Carried forward")]))
    P.append('<p>Children told us through our participation group that they want workers who stay the same, help '
             'with school and a say in their plans.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities for 2024–25</h1><p>The road ahead: our board game. The '
             'Management Board has agreed five priorities for 2024–25, and children turned them into a game.</p>')
    P.append(board())
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Performance and risks</h1><p>We report the Youth Justice Board\'s key '
             'performance indicators to the Management Board every quarter.</p>')
    P.append(rows(["Key performance indicator", "2023/24"], [
        ("First-time entrants (rate per 100,000)", "144"), ("Reoffending rate", "34%"), ("Use of custody", "4"),
        ("Suitable accommodation at the end of an order", "92%"), ("Education, training or employment", "71%"),
        ("Victims engaged with restorative justice", "74%")]))
    P.append('<h2>Risks to delivery</h2><ul><li>Recruitment of qualified staff.</li><li>Court delays lengthening '
             'the time children wait.</li><li>The end of short-term diversion funding in 2025.</li></ul>'
             '<p class="note">Figures are illustrative.</p></div>')
    P.append('<div class="pg"><h1 class="t">Governance, partnerships and resources</h1><p>The Youth Justice '
             'Management Board is chaired by the Director of Children\'s Services and includes the police, '
             'probation, health, education and the Police and Crime Commissioner\'s office. It reports to the '
             'Safer Hertfordshire Board and the Hertfordshire Safeguarding Children Partnership.</p>')
    P.append(rows(["Funding 2024–25", "£000"], [
        ("Hertfordshire County Council", "2,640"), ("Youth Justice Board grant", "1,180"),
        ("Police and Crime Commissioner", "210"), ("Probation Service", "95"), ("Health", "160")]))
    P.append('<p class="note">Figures are illustrative.</p><p>Contact: youthjustice@hertfordshire.example</p>'
             '</div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction, vision and strategy Hertfordshire Youth",
               "ctx": "Child First and local context We follow", "rev": "Review of 2023–24 Last year",
               "pri": "Our priorities for 2024–25 The road ahead", "perf": "Performance and risks We report",
               "gov": "Governance, partnerships and resources The"}
    src = work_file("herts_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
