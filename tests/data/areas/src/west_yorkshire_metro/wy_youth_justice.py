"""West Yorkshire Youth Justice Partnership Plan 2025–2026: HTML printed by Chromium, set in **two newspaper
columns** (CSS columns) with run-on paragraphs; the priorities are three **small-caps column subheads** inside
the running text of the section "Priorities for 2025/26".  Distractors: the Child First principles, the
2024/25 review, the national KPIs, actions and measures."""
from west_yorkshire_metro import thematic
from west_yorkshire_metro.htmlkit import e, ul

FILE = "strategies/west_yorkshire_youth_justice_partnership_plan_2025-26.pdf"
TITLE = "West Yorkshire Youth Justice Partnership Plan 2025–2026"
THEME = dict(font="'Liberation Serif', serif", hfont="'Liberation Sans', sans-serif", c1="#1D3557", c2="#E63946",
             c3="#EDF2F7", footer='"Youth Justice Plan 2025–26 — page " counter(page) ""',
             running="West Yorkshire Youth Justice Partnership Plan")
PRI = [("Diverting children from the justice system",
        "Out-of-court work and Turnaround keep children's first contact with the police from becoming a record."),
       ("Reducing reoffending by children",
        "Every child on an order has a plan built with them, and we track whether they offend again."),
       ("Keeping children safe from exploitation",
        "Children drawn into county lines are treated as victims first, with the safeguarding partnerships.")]
CSS = """
.np { column-count: 2; column-gap: 8mm; text-align: justify; }
.np h3 { font: 700 11pt 'Liberation Sans'; font-variant: small-caps; color: #E63946; margin: 3mm 0 1mm 0; break-after: avoid; }
.cv-y { background: #1D3557; color: #fff; } .cv-y h1 { position: absolute; left: 20mm; top: 100mm; width: 170mm; font: 700 26pt 'Liberation Sans'; margin: 0; }
.cv-y .yr { position: absolute; left: 20mm; top: 150mm; font-size: 14pt; }
"""


def pri_html():
    h = ('<div class="np"><p>The management board agreed three priorities for the year after reviewing the '
         'youth justice services\' performance across Bradford, Calderdale, Kirklees, Leeds and Wakefield. They '
         'are set out below, with what each means for children and families.</p>')
    for t, d in PRI:
        h += f"<h3>{e(t)}</h3><p>{e(d)} The lead manager reports progress to each board meeting, and the five " \
             f"services share what works at the regional practice forum.</p>"
    return h + "<p>Alongside these priorities every service continues its statutory work with courts and custody.</p></div>"


def build(out_root):
    return thematic.make(out_root, FILE, "wy_youth_justice", TITLE, THEME, CSS,
        '<div class="cover cv-y"><h1>Youth Justice Partnership Plan</h1><div class="yr">West Yorkshire · 2025–2026</div></div>',
        "Priorities for 2025/26", pri_html(), dict(
        mayor=False, leader="dots",
        foreword=["This plan covers the five youth justice services of West Yorkshire, which share a management "
                  "board for the regional elements of their work.",
                  "It follows the Youth Justice Board's guidance and the Child First approach."],
        signed="Chair, West Yorkshire Youth Justice Management Board",
        context_head="Children in the youth justice system",
        context=["The number of children entering the system has fallen for a decade, but reoffending remains "
                 "high among those who do."],
        stats=[("540", "first-time entrants"), ("34%", "reoffending rate"), ("41", "children sentenced to "
               "custody"), ("26%", "children known to exploitation panels"), ("1,900", "out-of-court outcomes"),
               ("5", "youth justice services")],
        findings=["Black and mixed heritage children remain over-represented.", "Most reoffending happens in the "
                  "first three months."],
        bg_head="Child First and our last year",
        previous_head="Review of 2024/25",
        previous_intro="Last year's plan focused on:",
        previous=["Education, training and employment", "Serious youth violence", "Speech, language and communication needs"],
        extra_bg="<h2>Child First</h2><p>The Youth Justice Board's Child First tenets guide our practice:</p>" +
                 ul(["As children", "Building pro-social identity", "Collaborating with children",
                     "Diverting from stigma"]),
        actions=[("Diversion", "Turnaround expanded to all five districts", "YJS managers"),
                 ("Reoffending", "Reoffending tracker reviewed monthly", "YJS managers"),
                 ("Exploitation", "Joint exploitation reviews with children's social care", "YJS, councils")],
        measures=["First-time entrants", "Binary reoffending rate", "Children safeguarded from exploitation"],
        governance="The management board reports to the five councils and to the Mayor's office.",
        contact="yjs@westyorks.example"))
