"""Nottinghamshire Youth Justice Plan 2025-26: HTML/CSS -> Chromium (YJB plan headings). The priorities are
written as questions, numbered in a narrow left column of a two-column grid (p7). The management board's standing
questions (p8) are a distractor."""
from __future__ import annotations

from pathlib import Path

from .kit_html import build_html, table, ul

OUT = "strategies/nottinghamshire_youth_justice_plan_2025-26.pdf"
TITLE = "Nottinghamshire Youth Justice Plan 2025\u201326"
NEEDLES = {"intro": "1. Introduction, vision and strategy", "child": "2. Child First", "gov": "3. Governance",
           "prog": "4. Progress on the previous plan", "perf": "5. Performance", "prior": "6. Priorities for 2025",
           "risk": "7. Risks and issues", "sign": "8. Sign off"}
CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-center { content: "Nottinghamshire Youth Justice Service \\2022  " counter(page); font: 8pt 'Liberation Sans'; color: #004D40; } }
@page :first { @bottom-center { content: none; } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #1a1a1a; margin: 0; }
h1 { font: bold 16pt 'Liberation Sans'; color: #004D40; margin: 0 0 8pt; padding-bottom: 3pt; border-bottom: 1px solid #004D40; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #00695C; margin: 10pt 0 3pt; }
.cover { height: 255mm; padding-top: 70mm; text-align: left; border-top: 18mm solid #004D40; box-sizing: border-box; }
.cover .t { font: bold 30pt 'Liberation Sans'; color: #004D40; } .cover .s { font-size: 14pt; color: #555; }
.toc p { margin: 0 0 6pt; } .toc span { float: right; }
table { border-collapse: collapse; width: 100%; } .t th { background: #E0F2F1; text-align: left; }
.t th, .t td { border: 1px solid #B2DFDB; padding: 3pt 5pt; vertical-align: top; font-size: 9pt; }
.qgrid { display: grid; grid-template-columns: 14mm 1fr; row-gap: 9pt; }
.qgrid .n { font: bold 20pt 'Liberation Serif'; color: #80CBC4; line-height: 1; }
.qgrid .q { font: bold 12.5pt 'Liberation Sans'; color: #004D40; }
.qgrid .d { font-size: 9pt; color: #444; margin-top: 2pt; }
.note { font-size: 8pt; color: #777; font-style: italic; }
"""
QUESTIONS = [
    ("How do we keep children safe from exploitation?",
     "Joint work with the exploitation hub, and a contextual safeguarding approach to places of risk."),
    ("How do we stop children entering the justice system in the first place?",
     "Expanding Turnaround and out-of-court disposals, and early help for children at risk."),
    ("How do we reduce reoffending by the children we work with?",
     "Tracking the live reoffending cohort and strengthening transitions at 18."),
    ("How do we make sure victims of children's offending are heard?",
     "Every victim offered restorative justice and kept informed."),
    ("How do we meet children's speech, language and mental health needs?",
     "Speech and language therapy and CAMHS in-reach for every child on a court order."),
    ("How do we reduce the over-representation of Black and mixed heritage children?",
     "Disproportionality audit of decisions at every stage, with the police and courts."),
]


def sections(pages):
    cover = ("<div class='cover'><div class='t'>Youth Justice Plan<br>2025\u201326</div>"
             "<div class='s'>Nottinghamshire Youth Justice Service</div></div>")
    toc = "<h1>Contents</h1><div class='toc'>" + "".join(
        f"<p>{lab}<span>{pages.get(k, '') or ''}</span></p>" for k, lab in
        [("intro", "1. Introduction, vision and strategy"), ("child", "2. Child First"), ("gov", "3. Governance, "
         "leadership and partnerships"), ("prog", "4. Progress on the previous plan"), ("perf", "5. Performance"),
         ("prior", "6. Priorities for 2025\u201326"), ("risk", "7. Risks and issues"), ("sign", "8. Sign off")]) + "</div>"
    intro = ("<h1>1. Introduction, vision and strategy</h1><p>Every youth justice partnership must publish an "
             "annual plan under section 40 of the Crime and Disorder Act 1998. This is the plan of the "
             "Nottinghamshire Youth Justice Service, which works with children aged 10 to 17 across the county "
             "(Nottingham City has its own service).</p><p><b>Our vision:</b> children in Nottinghamshire live safe, "
             "crime-free lives and reach their potential.</p><p>This year we have written our priorities as "
             "questions, because they are the questions our management board will keep asking of itself and its "
             "partners.</p><p>Our plan supports the Police and Crime Commissioner's priority of preventing knife "
             "crime and serious violence, which includes youth diversion, and the Commissioner's commitment to "
             "restorative justice for victims of crimes committed by children.</p>"
             "<h2>2. Child First</h2><p>We follow the Youth Justice Board's Child First principle and its four "
             "tenets:</p>" + ul(["As children: recognise their needs, capacities, rights and potential.",
                                  "Building pro-social identity: promote children's strengths and capacities.",
                                  "Collaborating with children: encourage active participation and engagement.",
                                  "Diverting from stigma: promote a childhood removed from the justice system."]))
    gov = ("<h1>3. Governance, leadership and partnerships</h1><p>The Youth Justice Management Board is chaired by "
           "the county council's Director of Children's Services and includes the police, probation, health, "
           "education, the courts and the Office of the Police and Crime Commissioner.</p>"
           "<h2>4. Progress on the previous plan</h2>" + table([["2024\u201325 priority", "Progress"],
            ["Prevention and diversion", "Turnaround reached 160 children"],
            ["Education, training and employment", "More children in full-time education"],
            ["Serious youth violence", "Knife crime programme in four towns"],
            ["Resettlement", "New resettlement panel"]], cls="t"))
    perf = ("<h1>5. Performance</h1><p class='note'>All figures are illustrative and are not official statistics.</p>"
            + table([["Key performance indicator", "2023\u201324", "2024\u201325"], ["First-time entrants (per 100,000)", "142", "128"],
                     ["Reoffending rate", "31%", "29%"], ["Use of custody", "9", "7"],
                     ["Children in suitable education", "72%", "75%"], ["Children with an identified SLCN", "58%", "61%"],
                     ["Victims offered restorative justice", "81%", "88%"]], cls="t")
            + "<h2>Disproportionality</h2><p>Black and mixed heritage children are around twice as likely to be "
              "in the youth justice system as their share of the population would suggest.</p>")
    prior = ("<h1>6. Priorities for 2025\u201326</h1><p>The Management Board agreed six priorities in April 2025. "
             "Each is a question we must be able to answer by the end of the year.</p><div class='qgrid'>")
    for i, (q, d) in enumerate(QUESTIONS, start=1):
        prior += f"<div class='n'>{i}</div><div><div class='q'>{q}</div><div class='d'>{d}</div></div>"
    prior += "</div>"
    risk = ("<h1>7. Risks and issues</h1>" + table([["Risk", "Mitigation"],
             ["Turnaround funding ends", "Board to seek alternative funding"],
             ["Recruitment of case managers", "Grow-your-own apprentice scheme"],
             ["Court delays", "Liaison with the Local Criminal Justice Board"]], cls="t")
            + "<h2>Standing questions for the Board</h2><p>At every meeting the Board asks: Are children safe? "
              "Are we hearing children's voices? Is the partnership doing what it said it would do?</p>")
    sign = ("<h1>8. Sign off</h1><p>This plan was approved by the Youth Justice Management Board and the county "
            "council's Children and Families Select Committee.</p>" + table([["Role", "Signed"],
            ["Chair, Youth Justice Management Board", "\u2014"], ["Head of Youth Justice Service", "\u2014"]], cls="t")
            + "<p>Contact: youth.justice@nottinghamshire.example</p>")
    return [cover, toc, intro, gov, perf, prior, risk, sign]


def build(root: Path) -> Path:
    return build_html(root / OUT, CSS, sections, NEEDLES, TITLE)
