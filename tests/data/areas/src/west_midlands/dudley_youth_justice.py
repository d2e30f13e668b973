"""Dudley Youth Justice Plan 2024-25: HTML/CSS printed by Chromium (YJB plan headings; DejaVu Sans in the comic).

Five priorities, stated once, on p6 as the **caption boxes of a comic strip** drawn with young people ("Our
priorities, as a comic strip"): five wide panels stacked down the page, each with a thick black border, a
yellow caption box in the top-left corner holding the priority in bold, a simple CSS-drawn scene (no text) and
a speech bubble in the lower right with a young person's words (a distractor).  No numbers.  The Child First
tenets (p4), the 2023-24 priorities in the review table (p5), the action themes (p7) and the YJB key
performance indicators (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from west_midlands.work import work_file

FILE = "strategies/dudley_youth_justice_plan_2024-25.pdf"
TITLE = "Dudley Youth Justice Plan 2024–25"

PRIORITIES = [
    ("Diverting children away from the youth justice system",
     "Someone listened before it got serious. That's what made the difference."),
    ("Reducing reoffending by children", "My worker helped me sort college and stay out of trouble."),
    ("Protecting children from criminal exploitation", "They made it look like easy money. It wasn't."),
    ("Improving children's health and wellbeing, including speech, language and mental health",
     "I didn't understand half the words in court. Now they check."),
    ("Putting victims at the heart of restorative justice", "Saying sorry to her face was the hardest thing I've done."),
]
SKIES = ["#BFE3F2", "#F9D7A7", "#D7C6F0", "#C9EBD1", "#F6C6C6"]

CSS = """
@page { size: A4; margin: 15mm 17mm 17mm 17mm;
  @bottom-right { content: "Page " counter(page) " of 8"; font: 8.5pt 'Liberation Sans'; color: #444; }
  @bottom-left { content: "Dudley Youth Justice Service"; font: 7.5pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #1C3F60; color: #fff; overflow: hidden; }
.cover .dot { position: absolute; border-radius: 50%; background: #F5C518; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 110mm; font-size: 34pt; line-height: 1.1; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 160mm; font-size: 13pt; width: 160mm; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #1C3F60; margin: 0 0 4mm 0; }
h2 { font-size: 11.5pt; color: #1C3F60; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1.5px dotted #999; margin: 0 2mm 1.3mm 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #1C3F60; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d0d8e0; padding: 1.6mm 2mm; vertical-align: top; }
.strip { display: flex; flex-direction: column; gap: 3.5mm; }
.panel { position: relative; height: 41mm; border: 1mm solid #111; overflow: hidden; }
.panel .ground { position: absolute; left: 0; right: 0; bottom: 0; height: 10mm; background: #7A9E7E; }
.panel .sun { position: absolute; right: 60mm; top: 5mm; width: 10mm; height: 10mm; border-radius: 50%; background: #FFE066; }
.panel .fig { position: absolute; bottom: 8mm; width: 9mm; height: 16mm; border-radius: 3mm 3mm 0 0; background: #264653; }
.panel .fig::before { content: ""; position: absolute; top: -8mm; left: 1mm; width: 7mm; height: 7mm; border-radius: 50%; background: #8D5B4C; }
.panel .cap { position: absolute; left: 0; top: 0; max-width: 92mm; background: #F5C518; border-right: 0.8mm solid #111; border-bottom: 0.8mm solid #111;
  padding: 1.8mm 3mm; font: 700 10.5pt/1.3 'DejaVu Sans'; color: #111; }
.panel .bub { position: absolute; right: 5mm; bottom: 4mm; width: 62mm; background: #fff; border: 0.6mm solid #111; border-radius: 5mm;
  padding: 1.5mm 3mm; font: italic 8pt/1.3 'DejaVu Sans'; }
.panel .bub::after { content: ""; position: absolute; left: -4mm; bottom: 3mm; border: 2mm solid transparent; border-right: 3mm solid #111; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head>'
         '<body>']
    P.append('<div class="cover"><div class="dot" style="left:130mm;top:30mm;width:60mm;height:60mm"></div>'
             '<div class="dot" style="left:110mm;top:210mm;width:30mm;height:30mm;background:#E76F51"></div>'
             '<div class="org">DUDLEY YOUTH JUSTICE SERVICE</div><h1>Youth Justice<br>Plan 2024–25</h1>'
             '<div class="yr">Prepared for the Youth Justice Board under section 40 of the Crime and Disorder Act '
             '1998</div></div>')
    P.append('<div class="pg"><h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction from the chair", "fw"), ("Child First", "cf"), ("Our year in review", "rev"),
                 ("Our priorities, as a comic strip", "pri"), ("Our plan for 2024–25", "plan"),
                 ("Performance, governance and risks", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">Introduction from the chair</h1>')
    for t in [
        "Dudley Youth Justice Service works with children aged 10 to 17 who have offended or are at risk of "
        "offending, with their families and with the people they have harmed.",
        "This plan sets out what we achieved in 2023–24 and our five priorities for 2024–25. Children who work with "
        "the service helped us to write it, and drew our priorities as a comic strip with a local artist.",
        "The number of children entering the justice system in Dudley has fallen, but the children we work with "
        "have more complex needs than ever: many have speech and language needs, poor mental health or have been "
        "exploited.",
        "The Youth Justice Management Board will monitor this plan every quarter."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Dudley Youth Justice Management Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Child First</h1><p>The Youth Justice Board asks every service to work '
             'in a Child First way. Its four tenets are:</p><ol><li>As children: recognise their needs, capacities, '
             'rights and potential.</li><li>Building pro-social identity: promote children\'s individual strengths '
             'and capacities.</li><li>Collaborating with children: encourage active participation and engagement.'
             '</li><li>Diverting from stigma: promote a childhood removed from the justice system.</li></ol>'
             '<h2>Dudley in figures</h2><p>The figures below are illustrative and are not official '
             'statistics.</p><table><tr><th>Indicator</th><th>2023–24</th></tr>')
    for r in [("Children aged 10–17", "34,100"), ("First-time entrants", "58"), ("Children on court orders", "41"),
              ("Out-of-court disposals", "112"), ("Reoffending rate (12-month cohort)", "29%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Our year in review</h1><p>Last year\'s plan had four priorities. This '
             'is how we did.</p><table><tr><th>2023–24 priority</th><th>What we did</th><th>Status</th></tr>')
    for r in [("Prevention and diversion", "Launched Turnaround with 70 children", "Achieved"),
              ("Serious youth violence", "Weapons awareness in 14 schools", "Achieved"),
              ("Education, training and employment", "ETE worker appointed", "Partly achieved"),
              ("Exploitation", "Joined the Black Country exploitation hub", "Achieved")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>What children told us</h2><ul><li>They want one worker who stays with them.</li><li>Court '
             'and police language is hard to understand.</li><li>They want help with college and jobs.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities, as a comic strip</h1><p>Our five priorities for 2024–25 '
             'are the yellow captions. The words in the bubbles are from children we work with.</p><div class="strip">')
    for i, (name, said) in enumerate(PRIORITIES):
        x = 110 + (i % 3) * 14
        P.append(f'<div class="panel" style="background:{SKIES[i]}"><div class="sun"></div><div class="ground"></div>'
                 f'<div class="fig" style="left:{x - 30}mm"></div><div class="fig" style="left:{x - 14}mm;'
                 f'background:#E76F51"></div><div class="cap">{e(name)}</div><div class="bub">"{e(said)}"</div></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">Our plan for 2024–25</h1><table><tr><th>Theme</th><th>Action</th>'
             '<th>Lead</th><th>By</th></tr>')
    for r in [("Diversion", "Expand Turnaround and a joint decision-making panel with the police", "YJS manager",
               "Sep 2024"),
              ("Reoffending", "A reoffending tracker reviewed monthly by team leaders", "Performance lead", "Jun 2024"),
              ("Exploitation", "Exploitation screening for every child at first contact", "Social work lead",
               "Jul 2024"),
              ("Health", "A speech and language therapist and a CAMHS worker in the team", "ICB", "Oct 2024"),
              ("Victims", "Victim contact within five days and more restorative conferences", "Victim worker",
               "Dec 2024")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Performance, governance and risks</h1><h2>YJB key performance '
             'indicators</h2><ul><li>Suitable accommodation</li><li>Education, training and employment</li><li>Special '
             'educational needs and disabilities</li><li>Mental health and emotional wellbeing</li><li>Substance '
             'misuse</li><li>Out-of-court disposals</li><li>Links to wider services</li><li>Management board '
             'attendance</li><li>Serious violence</li><li>Victims</li></ul><h2>Governance</h2><p>The Youth Justice '
             'Management Board is chaired by the council\'s Director of Children\'s Services and reports to the '
             'Dudley Safeguarding People Partnership and to Safe and Sound, Dudley\'s community safety partnership.'
             '</p><h2>Risks</h2><table><tr><th>Risk</th><th>Mitigation</th></tr>')
    for r in [("Loss of Turnaround funding after March 2025", "Seek mainstream funding through the board"),
              ("Vacancies in health posts", "Joint recruitment with the ICB")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Contact: yjs@dudley.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Introduction from the chair Dudley", "cf": "Child First The Youth Justice Board",
               "rev": "Our year in review Last year", "pri": "as a comic strip Our five",
               "plan": "Our plan for 2024–25 Theme", "gov": "Performance, governance and risks YJB"}
    src = work_file("dudley_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
