"""South Tyneside Youth Justice Plan 2024-25: HTML printed by Chromium (YJB plan template).

Five priorities, stated once, in a shaded box under "5. Our priorities for
2024-25" (p7): a list labelled with roman numerals "(i)" ... "(v)" in a
separate column, each followed by a bold priority and a sentence.  The
review of last year's priorities with RAG ratings (p6), the Child First
tenets (p5), the YJB key performance indicators (p8), the "What we will do"
table under short labels (p8-9), the risks and the governance are
distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from northumbria.work import work_file

FILE = "strategies/south_tyneside_youth_justice_plan_2024-25.pdf"
TITLE = "South Tyneside Youth Justice Plan 2024–25"
ROMAN = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     "through Turnaround, out-of-court disposals and early help for children on the edge of offending.", "Prevention"),
    ("Reducing reoffending by children",
     "with plans that build on each child's strengths, and support with education, health and family life.",
     "Reoffending"),
    ("Protecting children from criminal exploitation",
     "by identifying exploited children sooner and treating them as victims first.", "Exploitation"),
    ("Reducing children's involvement in serious violence",
     "with the Violence Reduction Unit, schools and the police, focusing on weapon carrying.", "Violence"),
    ("Putting victims at the heart of restorative justice",
     "so that every victim of a child's offence is offered a voice and a chance to take part.", "Victims"),
]

CSS = """
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @top-center { content: "South Tyneside Youth Justice Service"; font: 8pt 'Liberation Sans'; color: #777; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #004D80; } }
@page bare { margin: 0; @top-center { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.45; color: #1E1E1E; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; break-after: page; background: #fff; }
.cover .top { position: absolute; left: 0; top: 0; width: 210mm; height: 150mm; background: #004D80; }
.cover .org { position: absolute; left: 20mm; top: 22mm; color: #fff; font-size: 11pt; }
.cover h1 { position: absolute; left: 20mm; top: 80mm; color: #fff; font-size: 32pt; margin: 0; }
.cover .yr { position: absolute; left: 20mm; top: 120mm; color: #9FD3F5; font-size: 22pt; }
.cover .sub { position: absolute; left: 20mm; top: 170mm; width: 160mm; color: #004D80; font-size: 12pt; }
.page { break-before: page; }
h1.t { font-size: 19pt; color: #004D80; margin: 0 0 4mm 0; }
h2 { font-size: 11.5pt; color: #004D80; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 1.8mm 0; font-size: 10.5pt; }
.toc .l { flex: 1; border-bottom: 1px dotted #999; margin-right: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 4mm 0; }
th { background: #004D80; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border: 1px solid #C9D6E0; padding: 1.6mm 2mm; vertical-align: top; }
.rag { font-weight: 700; } .g { color: #2E7D32; } .a { color: #B26A00; }
.box { background: #EAF3FA; border: 1px solid #B5D3EA; padding: 4mm 5mm; margin: 4mm 0; }
.row { display: flex; margin: 3mm 0; }
.row .n { flex: 0 0 13mm; font-weight: 700; color: #004D80; font-size: 11pt; }
.row .x { flex: 1; }
.row .x b { font-size: 11pt; color: #0B2E4A; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 0.8mm; }
.note { font-size: 7.8pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="top"></div><div class="org">South Tyneside Council · Youth Justice '
             'Service</div><h1>Youth Justice Plan</h1><div class="yr">2024–25</div><div class="sub">Prepared under '
             'section 40 of the Crime and Disorder Act 1998 and the Youth Justice Board\'s guidance on youth justice '
             'plans.</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("1. Introduction", "fw"), ("2. Our children", "ctx"), ("3. Child First", "cf"),
                 ("4. Progress on last year's plan", "old"), ("5. Our priorities for 2024–25", "pri"),
                 ("6. Performance", "kpi"), ("7. Delivery plan", "del"), ("8. Governance and sign-off", "gov")]:
        P.append(f'<div><span class="l">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">1. Introduction</h1>')
    for t in [
        "This is South Tyneside's youth justice plan for 2024–25. It has been agreed by the Youth Justice Management "
        "Board and the council, and it will be submitted to the Youth Justice Board.",
        "The number of children entering the youth justice system in South Tyneside has fallen by more than half in "
        "ten years (illustrative). But the children we work with now have more complex needs: many have been "
        "exploited, many are not in school, and a small number are involved in serious violence.",
        "The plan sets five priorities for the year ahead. It was shaped by the children we work with, by victims and "
        "by our partners."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, South Tyneside Youth Justice Management Board</b></p></div>")
    P.append('<div class="page"><h1 class="t">2. Our children</h1><p>The figures below are illustrative and are not '
             'official statistics.</p><table><tr><th>Indicator</th><th>2023–24</th></tr>')
    for r in [("Children supervised by the service", "142"), ("First-time entrants", "48"),
              ("Children on Turnaround", "61"), ("Children assessed as at risk of exploitation", "37"),
              ("Knife or weapon offences by children", "22"), ("Victims offered restorative justice", "88%")]:
        P.append(f"<tr><td>{e(r[0])}</td><td>{e(r[1])}</td></tr>")
    P.append('</table><h2>What children told us</h2><ul><li>They want one worker they trust.</li><li>They want help '
             'to get back into school or training.</li><li>Some carry knives because they are scared.</li></ul></div>')
    P.append('<div class="page"><h1 class="t">3. Child First</h1><p>The Youth Justice Board\'s Child First principle '
             'has four tenets. We use them to test everything we do:</p><ul><li>As children: recognise their needs, '
             'capacities, rights and potential.</li><li>Building pro-social identity: promote children\'s '
             'individual strengths and capacities.</li><li>Collaborating with children: encourage their active '
             'participation.</li><li>Diverting from stigma: promote a childhood removed from the justice system.'
             '</li></ul><h2>Our service</h2><p>The service is part of the council\'s children\'s services and has '
             'staff from the police, probation, health and education. It works closely with the Safeguarding '
             'Children Partnership and the Northumbria Violence Reduction Unit.</p></div>')
    P.append('<div class="page"><h1 class="t">4. Progress on last year\'s plan</h1><p>Our 2023–24 plan had four '
             'priorities. The table gives our assessment of progress.</p><table><tr><th>2023–24 priority</th>'
             '<th>Status</th><th>Comment</th></tr>')
    for a, b, c, cl in [("Education, training and employment", "Green", "More children in full-time education", "g"),
                        ("Serious youth violence", "Amber", "Knife offences still rising", "a"),
                        ("Speech, language and communication needs", "Green", "Screening now routine", "g"),
                        ("Transitions to adult services", "Amber", "Protocol agreed with probation", "a")]:
        P.append(f'<tr><td>{e(a)}</td><td class="rag {cl}">{e(b)}</td><td>{e(c)}</td></tr>')
    P.append('</table><p>Work on education and on speech and language needs is now part of our everyday practice. '
             'Serious youth violence continues as a priority in this plan.</p></div>')
    P.append('<div class="page"><h1 class="t">5. Our priorities for 2024–25</h1><p>The management board has agreed '
             'five priorities for 2024–25.</p><div class="box">')
    for r, (name, txt, _) in zip(ROMAN, PRIORITIES):
        P.append(f'<div class="row"><div class="n">{r}</div><div class="x"><b>{e(name)}</b>, {e(txt)}</div></div>')
    P.append('</div><p>Each priority has a lead manager and an action plan, summarised in section 7.</p>'
             '<h2>Risks to delivery</h2><ul><li>Recruitment of experienced case workers.</li><li>The end of '
             'Turnaround funding in March 2025.</li><li>Rising demand from exploitation cases.</li></ul></div>')
    P.append('<div class="page"><h1 class="t">6. Performance</h1><p>The Youth Justice Board\'s key performance '
             'indicators, reported quarterly:</p><ul>')
    for k in ["Suitable accommodation", "Education, training and employment", "Special educational needs and "
              "disabilities", "Mental health care and emotional wellbeing", "Substance misuse",
              "Out-of-court disposals", "Management board attendance", "Wider services", "Serious violence",
              "Victims"]:
        P.append(f"<li>{e(k)}</li>")
    P.append('</ul><p>Together with the national measures of first-time entrants, reoffending and use of custody.'
             '</p></div>')
    P.append('<div class="page"><h1 class="t">7. Delivery plan</h1><table><tr><th>Theme</th><th>What we will do</th>'
             '<th>Lead</th></tr>')
    acts = {"Prevention": ("Extend Turnaround to children aged 10 to 12; joint decision panel for out-of-court "
                           "disposals", "Prevention manager"),
            "Reoffending": ("Strengths-based plans for every child; education mentor", "Operations manager"),
            "Exploitation": ("Exploitation screening at first contact; joint work with the MACE panel",
                             "Safeguarding lead"),
            "Violence": ("Weapons awareness programme; VRU mentors for children on orders", "Operations manager"),
            "Victims": ("Restorative justice offer to every victim; victim feedback survey", "Victim worker")}
    for _, _, short in PRIORITIES:
        a, l = acts[short]
        P.append(f"<tr><td>{e(short)}</td><td>{e(a)}</td><td>{e(l)}</td></tr>")
    P.append('</table></div>')
    P.append('<div class="page"><h1 class="t">8. Governance and sign-off</h1><p>The Youth Justice Management Board '
             'meets quarterly. Members include the council\'s Director of Children\'s Services (chair), Northumbria '
             'Police, the Probation Service, the NHS, education and the Police and Crime Commissioner\'s office.</p>'
             '<h2>Sign-off</h2><p>Chair of the Youth Justice Management Board</p><p>Date: June 2024</p>'
             '<p class="note">South Tyneside Council, Town Hall, South Shields. youthjustice@southtyneside.example</p>'
             '</div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Introduction This is South", "ctx": "2. Our children The figures", "cf": "3. Child First The",
               "old": "4. Progress on last year's plan", "pri": "5. Our priorities for 2024–25 The management",
               "kpi": "6. Performance The Youth", "del": "7. Delivery plan Theme",
               "gov": "8. Governance and sign-off"}
    src = work_file("south_tyneside_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
