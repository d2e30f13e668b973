"""Norfolk Youth Justice Plan 2025-26 (HTML/CSS printed by Chromium; a tabbed design, Liberation Sans).

The priorities appear only as the labels of five coloured tabs stacked down the left-hand page edge of the section
pages (pp6-10; the current section's tab is full colour and joined to the page, the others pale) and as the
heading of each section.  No list of the priorities appears elsewhere; the contents names the sections by colour.
"""
from __future__ import annotations

from pathlib import Path

from .kit_html import esc, render

OUT = "strategies/norfolk_youth_justice_plan_2025-26.pdf"
TITLE = "Norfolk Youth Justice Plan 2025\u201326"

TABS = [("Preventing children from entering the youth justice system", "#00897B", "#D5EEEA"),
        ("Reducing reoffending by children", "#3949AB", "#DADDF2"),
        ("Protecting children from exploitation and serious violence", "#D84315", "#F8DCD2"),
        ("Giving victims of youth crime a voice through restorative justice", "#8E24AA", "#ECD7F0"),
        ("Tackling the over-representation of children in care and Black and mixed-heritage children", "#5D4037",
         "#E6DCD8")]

CSS = """
body { font-family: 'Liberation Sans', sans-serif; color: #212121; font-size: 9.6pt; line-height: 1.45; }
.body { position: absolute; top: 20mm; left: 20mm; right: 18mm; bottom: 20mm; overflow: hidden; }
.tabbed .body { left: 46mm; }
.hd { position: absolute; top: 8mm; right: 18mm; font-size: 7.5pt; color: #616161; }
.ft { position: absolute; bottom: 8mm; right: 18mm; font-size: 8pt; color: #616161; }
h1 { font-size: 19pt; margin: 0 0 4mm; color: #263238; } h2 { font-size: 11.5pt; margin: 4mm 0 2mm; color: #263238; }
.tabs { position: absolute; left: 0; top: 22mm; width: 40mm; }
.tab { width: 32mm; height: 44mm; margin-bottom: 3mm; border-radius: 0 4mm 4mm 0; padding: 3mm 3mm 3mm 4mm;
       font-size: 7.6pt; line-height: 1.3; font-weight: bold; overflow: hidden; }
.tab.on { width: 40mm; color: #fff; font-size: 8.4pt; }
.sec h1 { font-size: 20pt; line-height: 1.22; padding-bottom: 2mm; border-bottom: 1.2mm solid; }
.cover { background: #263238; color: #fff; } .cover .t { position: absolute; left: 20mm; right: 20mm; top: 75mm; }
.cover h1 { color: #fff; font-size: 32pt; } .cover p { font-size: 13pt; color: #B0BEC5; }
.cover .strip { position: absolute; right: 0; top: 40mm; width: 16mm; }
.cover .strip div { height: 22mm; margin-bottom: 2mm; border-radius: 4mm 0 0 4mm; }
table.t { width: 100%; font-size: 8.4pt; margin: 2mm 0 4mm; } table.t th { text-align: left; background: #ECEFF1;
          padding: 1.6mm; } table.t td { border-bottom: 1px solid #E0E0E0; padding: 1.6mm; vertical-align: top; }
td.g, td.a, td.r { color: #fff; font-weight: bold; text-align: center; width: 16mm; }
td.g { background: #2E7D32; } td.a { background: #F9A825; } td.r { background: #C62828; }
.toc td { font-size: 10.5pt; padding: 2.2mm 1mm; border-bottom: 1px solid #E0E0E0; } .toc td.n { text-align: right; }
.sw { display: inline-block; width: 4mm; height: 4mm; margin-right: 1mm; vertical-align: middle; }
.voice { background: #F5F5F5; border-left: 1.2mm solid #90A4AE; padding: 2.5mm 3mm; font-style: italic; margin: 3mm 0; }
.note { font-size: 7.8pt; color: #666; }
"""


def frame(n: int, inner: str, tab: int | None = None) -> tuple[str, str]:
    tabs = ""
    if tab is not None:
        tabs = "<div class='tabs'>" + "".join(
            f"<div class='tab{' on' if k == tab else ''}' style='background:{c if k == tab else p};"
            f"color:{'#fff' if k == tab else c}'>{esc(t)}</div>" for k, (t, c, p) in enumerate(TABS)) + "</div>"
    return ("tabbed" if tab is not None else "",
            f"{tabs}<div class='hd'>Norfolk Youth Justice Plan 2025\u201326</div><div class='body'>{inner}</div>"
            f"<div class='ft'>{n}</div>")


def section(k: int, why: str, do: list[str], kpi: list[tuple[str, str]], voice: str) -> str:
    t, c, _ = TABS[k]
    return (f"<div class='sec'><h1 style='color:{c};border-color:{c}'>{esc(t)}</h1><p>{esc(why)}</p>"
            f"<h2>What we will do in 2025&ndash;26</h2><ul>" + "".join(f"<li>{esc(d)}</li>" for d in do) +
            f"</ul><div class='voice'>{esc(voice)}</div><h2>How we will know</h2><table class='t'><tr><th>Measure"
            f"</th><th>2024&ndash;25 (illustrative)</th></tr>" +
            "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in kpi) + "</table></div>")


def build(root: Path) -> Path:
    out = root / OUT
    strip = "".join(f"<div style='background:{c}'></div>" for _, c, _ in TABS)
    pages = [("cover", f"<div class='strip'>{strip}</div><div class='t'><h1>Norfolk Youth Justice Plan<br>2025\u201326"
              "</h1><p>Norfolk Youth Justice Service and the Youth Justice Management Board</p></div>")]
    sw = "".join(f"<span class='sw' style='background:{c}'></span>" for _, c, _ in TABS)
    toc = [("Introduction from the chair", "3"), ("Child First and the national framework", "4"),
           ("Looking back: 2024\u201325", "5"), (f"Our priority sections {sw} (follow the tabs)", "6\u201310"),
           ("Resources, governance and contacts", "11")]
    pages.append(frame(2, "<h1>Contents</h1><table class='toc' style='width:100%'>" +
                       "".join(f"<tr><td>{a}</td><td class='n'>{n}</td></tr>" for a, n in toc) + "</table>"))
    pages.append(frame(3, """<h1>Introduction from the chair</h1>
<p>This is the annual youth justice plan for Norfolk, required by section 40 of the Crime and Disorder Act 1998
and prepared in line with the Youth Justice Board's guidance. It sets out how the Norfolk Youth Justice Service and
its partners will work with children in, or at risk of entering, the justice system.</p>
<p>Fewer Norfolk children are entering the justice system than five years ago, but those who do often have complex
needs: many have experienced trauma, many are not in school, and some are being exploited by adults.</p>
<p>The plan is organised in five sections, one for each of the Management Board's priorities, marked by coloured
tabs so that partners can find their part quickly.</p>
<p><b>Chair, Norfolk Youth Justice Management Board</b></p>"""))
    pages.append(frame(4, """<h1>Child First and the national framework</h1>
<h2>The Child First principle</h2><p>The Youth Justice Board's guiding principle has four tenets:</p><ul>
<li><b>As children</b>: recognise children's particular needs, capacities and potential.</li>
<li><b>Building a pro-social identity</b>: promote children's strengths and potential.</li>
<li><b>Collaborating with children</b>: encourage children's participation and engagement.</li>
<li><b>Diverting from stigma</b>: promote a childhood removed from the justice system.</li></ul>
<h2>Key performance indicators</h2><p>The YJB's indicators include suitable accommodation, education, training and
employment, special educational needs, mental health and emotional wellbeing, substance misuse, out-of-court
disposals, management board attendance, wider services, serious violence and victims.</p>"""))
    pages.append(frame(5, """<h1>Looking back: 2024&ndash;25</h1><p>Last year's plan had five priorities. Their
ratings at year end:</p><table class='t'><tr><th>2024&ndash;25 priority</th><th>Progress</th><th>Rating</th></tr>
<tr><td>Prevention and diversion</td><td>Turnaround programme reached 140 children</td><td class='g'>Green</td></tr>
<tr><td>Education, training and employment</td><td>Fewer children on part-time timetables</td><td class='a'>Amber
</td></tr><tr><td>Serious youth violence</td><td>Knife possession by children still rising</td><td class='r'>Red</td>
</tr><tr><td>Victims</td><td>More victims contacted</td><td class='g'>Green</td></tr>
<tr><td>Over-represented children</td><td>Disproportionality audit completed</td><td class='a'>Amber</td></tr></table>
<p class='note'>Figures illustrative. The 2025&ndash;26 priorities follow in the tabbed sections.</p>"""))
    secs = [
        section(0, "Diversion keeps children out of the formal justice system and away from the stigma of a criminal "
                   "record.", ["Expand the Turnaround programme to every district.", "Joint decision-making panel "
                   "with the police for out-of-court outcomes.", "Early help for children on the edge of offending."],
                [("First-time entrants per 100,000 children", "112"), ("Children diverted", "310")],
                "\"Getting a second chance meant I could stay at college.\" (a young person; words shared with "
                "permission)"),
        section(1, "A small number of children commit a large share of repeat offences; they need stable support.",
                ["Every child on an order has an education, training or employment plan.",
                 "Speech and language screening for every child at assessment.",
                 "Transition plans for children moving to adult probation."],
                [("Reoffending rate (binary)", "31%"), ("Children in suitable education", "68%")],
                "\"My worker didn't give up on me.\""),
        section(2, "Children are exploited by adults to carry drugs and weapons, and some are drawn into violence "
                   "between groups.", ["Contextual safeguarding plans for hotspot locations.",
                   "Serious violence navigator in the youth justice team.", "Recognise exploited children as "
                   "victims through the National Referral Mechanism."],
                [("Children with knife possession offences", "58"), ("NRM referrals made", "44")],
                "\"I didn't know I was being used until it was too late.\""),
        section(3, "Victims of crimes committed by children deserve to be heard and to have a say in putting things "
                   "right.", ["Offer restorative justice to every identified victim.",
                   "Victim liaison officer contact within ten working days.", "Reparation projects chosen with "
                   "victims and communities."],
                [("Victims offered restorative justice", "81%"), ("Victims satisfied", "87%")],
                "\"Meeting him helped me stop being scared.\" (a victim)"),
        section(4, "Children in care and Black and mixed-heritage children are over-represented in Norfolk's youth "
                   "justice caseload.", ["Protocol with children's homes to avoid criminalising children in care.",
                   "Review every decision point for disproportionality each quarter.",
                   "Training in anti-racist practice for all staff."],
                [("Children in care in the caseload", "24%"), ("Black and mixed-heritage children in the caseload",
                                                               "9%")],
                "\"They saw me, not my file.\""),
    ]
    for k, s in enumerate(secs):
        pages.append(frame(6 + k, s, tab=k))
    pages.append(frame(11, """<h1>Resources, governance and contacts</h1><table class='t'><tr><th>Source</th>
<th>2025&ndash;26 (illustrative)</th></tr><tr><td>Youth Justice Board grant</td><td>&pound;1.32m</td></tr>
<tr><td>Norfolk County Council</td><td>&pound;2.10m</td></tr><tr><td>Police and Crime Commissioner</td>
<td>&pound;0.21m</td></tr><tr><td>Probation and health</td><td>&pound;0.35m</td></tr></table>
<h2>Governance</h2><p>The Youth Justice Management Board meets quarterly, chaired by the county council's Executive
Director of Children's Services. It links to the Norfolk Police and Crime Plan's priority "Preventing crime and
harm" and to the Serious Violence Duty partnership.</p><h2>Contact</h2><p>Norfolk Youth Justice Service, County
Hall, Norwich. Email: yjs@norfolk.example.</p><p class='note'>This document is a fictional re-creation prepared as
test data; all statistics are illustrative.</p>"""))
    return render(out, CSS, pages, TITLE, "youth_justice")
