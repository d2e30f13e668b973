"""Gloucestershire Youth Justice Strategic Plan 2024-25: HTML printed by Chromium (YJB plan headings).

Five priorities, stated once, on p6 as **a box of crayons** ("Five colours, one picture", chosen with the
children's participation group): five long crayons lying across the page one under another, each with a
coloured wrapper, a paper band at each end and a pointed tip to the right; the priority is printed in white
bold along the wrapper (two wrap over two lines).  No numbers.  The Child First tenets (p4), the 2023-24
review with last year's priorities (p5), the YJB key performance indicators (p7) and the risks (p8) are
distractors.
"""
from gloucestershire.work import build_html, html_doc, paras, rows, ul

FILE = "strategies/gloucestershire_youth_justice_strategic_plan_2024-25.pdf"
TITLE = "Gloucestershire Youth Justice Strategic Plan 2024–25"

PRIORITIES = [
    ("Preventing children from entering the youth justice system", "#2E86C1"),
    ("Reducing reoffending by children", "#28B463"),
    ("Reducing children's involvement in serious violence", "#E67E22"),
    ("Protecting children from criminal exploitation", "#8E44AD"),
    ("Putting victims at the heart of restorative justice", "#C0392B"),
]

CSS = """
.box { margin: 8mm 0; }
.crayon { display: flex; align-items: stretch; height: 19mm; margin-bottom: 7mm; }
.crayon .end { width: 8mm; border-radius: 2mm 0 0 2mm; }
.crayon .band { width: 4mm; background: repeating-linear-gradient(90deg, #fff 0 1mm, transparent 1mm 2mm); opacity: .6; }
.crayon .body { flex: 1; display: flex; align-items: center; padding: 0 5mm; color: #fff; font-weight: 700; font-size: 12pt; line-height: 1.25; }
.crayon .tip { width: 0; height: 0; border-top: 9.5mm solid transparent; border-bottom: 9.5mm solid transparent; border-left: 22mm solid; }
"""


def crayon(name, col):
    return (f'<div class="crayon"><div class="end" style="background:{col}"></div><div class="band" '
            f'style="background-color:{col}"></div><div class="body" style="background:{col}">{name}</div>'
            f'<div class="band" style="background-color:{col}"></div><div class="tip" style="border-left-color:{col}">'
            '</div></div>')


SECTIONS = [
    ("Introduction from the Board", "fw", paras([
        "The Gloucestershire Youth Justice Partnership Board oversees the Youth Justice Service, which works with "
        "children aged 10 to 17 who are in trouble with the law, and with their families and victims.",
        "This plan meets the Youth Justice Board's guidance for annual youth justice plans. It was written with "
        "the children we work with: our participation group chose the picture for our priorities."]) +
     "<p><b>Chair, Gloucestershire Youth Justice Partnership Board</b></p>"),
    ("Our children", "ctx", "<p>All figures are illustrative and are not official statistics.</p>" +
     rows(["Indicator", "2023/24"], [("First-time entrants", "96"), ("Children on court orders", "58"),
                                    ("Reoffending rate", "31%"), ("Children screened for exploitation", "180"),
                                    ("Knife possession offences by children", "34")], "#1F618D") +
     "<h2>Child First</h2><p>The Youth Justice Board's Child First principle asks us to see children as "
     "children, to build on their strengths, to encourage their participation, and to divert them from the "
     "stigma of the justice system.</p>"),
    ("Looking back at 2023–24", "rev", rows(["2023–24 priority", "What happened"], [
        ("Education, training and employment", "More children in full-time education (illustrative 72%)"),
        ("Speech, language and communication", "Every child screened on entry"),
        ("Serious youth violence", "Knife crime sessions in every secondary school")], "#1F618D") +
     paras(["Last year's priorities have been reviewed by the Board; two are now part of everyday practice."])),
    ("Our priorities for 2024–25", "pri", "<p>The Board's priorities for this year are drawn below as a box of "
     "crayons, because the children in our participation group said that no single colour makes a picture.</p>"
     '<div class="box">' + "".join(crayon(n, c) for n, c in PRIORITIES) + "</div>"),
    ("Performance", "kpi", "<p>The Youth Justice Board's key performance indicators, reported every quarter:</p>" +
     ul(["Accommodation", "Education, training and employment", "Special educational needs", "Mental health",
         "Substance misuse", "Out-of-court disposals", "Serious violence", "Victims"])),
    ("Resources and risks", "res", rows(["Risk", "Mitigation"], [
        ("Rising exploitation cases", "Exploitation worker funded by the Commissioner"),
        ("Court delays", "Bail support and regular reviews")], "#1F618D") +
     paras(["Budget 2024–25: £2.1 million (illustrative), from the county council, the Youth Justice Board, the "
            "Commissioner, health and probation. Contact: yjs@gloucestershire.example"])),
]


def build(root):
    out = root / FILE
    render = html_doc(TITLE, "Gloucestershire Youth Justice Partnership Board", "#1F618D",
                      "Youth Justice Strategic Plan 2024–25", SECTIONS, CSS)
    return build_html(out, "glos_youth_justice.html", render, SECTIONS)
