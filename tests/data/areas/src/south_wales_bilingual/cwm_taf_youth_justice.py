"""Cwm Taf Youth Justice Service: Youth Justice Plan 2024-2025 (Merthyr Tydfil and Rhondda Cynon Taf).

HTML/CSS printed by Chromium.  English first, then the WELSH VERSION after it (pp9-12,
behind a divider "Fersiwn Gymraeg"), both upright: the reverse of a Welsh-first flip.  The
priorities are the bold first-column cells of a three-column table on p6 ("Our priority"
| "Why it matters" | "Child First"), the Welsh table on p11.
"""
from __future__ import annotations

from pathlib import Path

from .kit import check_pages, html_pdf, ul

OUT = "strategies/cwm_taf_youth_justice_plan_2024-25.pdf"
CSS = """
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; line-height: 1.45; color: #1f2430 }
.pg { padding: 20mm 18mm 20mm 18mm }
.side { position: absolute; right: 0; top: 30mm; width: 5mm; height: 50mm; background: #f29f05 }
.cy .side { background: #c0392b }
.fo { position: absolute; bottom: 9mm; left: 18mm; font-size: 8pt; color: #666 }
h1 { font-size: 19pt; color: #12355b; margin: 0 0 5mm 0 } h2 { font-size: 11.5pt; color: #12355b; margin: 5mm 0 2mm 0 }
p { margin: 0 0 3mm 0 } ul { padding-left: 5mm }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 3mm 0 } th { background: #12355b; color: #fff; text-align: left; padding: 2mm; vertical-align: bottom }
td { border: 0.6pt solid #c9d3df; padding: 2.2mm; vertical-align: top } td.pr { font-weight: bold; font-size: 11pt; line-height: 1.3; width: 36%; background: #fff6e0; vertical-align: middle }
td.cf { width: 22%; color: #555; font-size: 8.4pt }
.cv { background: #12355b; color: #fff; padding: 75mm 18mm } .cv .a { font-size: 26pt; font-weight: bold } .cv .b { font-size: 16pt; margin-top: 3mm; color: #ffd27a }
.div { background: #c0392b; color: #fff; padding: 100mm 18mm } .div .a { font-size: 26pt; font-weight: bold }
.toc div { display: flex; justify-content: space-between; border-bottom: 0.5pt solid #ccd; padding: 1.7mm 0 }
.kpi { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm } .kpi div { background: #eef2f7; padding: 3mm; font-size: 8.5pt } .kpi b { display: block; font-size: 17pt; color: #12355b }
"""

PRI = [("Preventing children entering the youth justice system",
        "Atal plant rhag mynd i mewn i'r system cyfiawnder ieuenctid",
        "First-time entrants have risen for the first time in five years.",
        "Mae nifer y plant sy'n dod i'r system am y tro cyntaf wedi codi am y tro cyntaf ers pum mlynedd.",
        "Promote a prosocial identity", "Hyrwyddo hunaniaeth gadarnhaol"),
       ("Reducing reoffending by children", "Lleihau aildroseddu gan blant",
        "A small group of children commit most further offences.",
        "Grŵp bach o blant sy'n cyflawni'r rhan fwyaf o droseddau pellach.",
        "See children as children", "Gweld plant fel plant"),
       ("Safeguarding children from criminal exploitation", "Diogelu plant rhag camfanteisio troseddol",
        "Children from the valleys are being used to sell drugs in other towns.",
        "Mae plant o'r cymoedd yn cael eu defnyddio i werthu cyffuriau mewn trefi eraill.",
        "Collaboration with children", "Cydweithio gyda phlant"),
       ("Reducing serious youth violence", "Lleihau trais difrifol ymhlith pobl ifanc",
        "Knife possession by under-18s has doubled since 2021.",
        "Mae meddiant cyllyll gan rai dan 18 oed wedi dyblu ers 2021.",
        "Diversion from stigma", "Dargyfeirio rhag stigma"),
       ("Tackling racial disproportionality in the youth justice system",
        "Mynd i'r afael ag anghymesuredd hiliol yn y system cyfiawnder ieuenctid",
        "Black and mixed-heritage children are over-represented in our caseload.",
        "Mae plant Du a phlant o dreftadaeth gymysg wedi'u gorgynrychioli yn ein llwyth achosion.",
        "See children as children", "Gweld plant fel plant")]


def pg(n, inner, lang="en"):
    return (f"<section class='pg {lang}' lang='{lang}'><div class='side'></div>{inner}<div class='fo'>"
            f"{'Tudalen' if lang == 'cy' else 'Page'} {n} / 12</div></section>")


def pri_table(lang):
    if lang == "en":
        head = "<tr><th>Our priority</th><th>Why it matters</th><th>Child First</th></tr>"
        rows = "".join(f"<tr><td class='pr'>{a}</td><td>{c}</td><td class='cf'>{e}</td></tr>" for a, b, c, d, e, f in PRI)
    else:
        head = "<tr><th>Ein blaenoriaeth</th><th>Pam mae'n bwysig</th><th>Plant yn Gyntaf</th></tr>"
        rows = "".join(f"<tr><td class='pr'>{b}</td><td>{d}</td><td class='cf'>{f}</td></tr>" for a, b, c, d, e, f in PRI)
    return f"<table>{head}{rows}</table>"


def pages():
    toc = lambda rows: "<div class='toc'>" + "".join(f"<div><span>{a}</span><span>{b}</span></div>" for a, b in rows) + "</div>"
    out = ["<section class='pg cv'><div class='a'>Cwm Taf Youth Justice Service</div><div class='b'>Youth Justice Plan "
           "2024–2025</div><div class='a' style='margin-top:14mm'>Gwasanaeth Cyfiawnder Ieuenctid Cwm Taf</div>"
           "<div class='b'>Cynllun Cyfiawnder Ieuenctid 2024–2025</div><p style='margin-top:20mm'>Merthyr Tydfil · "
           "Rhondda Cynon Taf</p></section>"]
    out.append(pg(2, "<h1>Contents / Cynnwys</h1><h2>English</h2>" + toc([("Foreword", 3), ("Child First and the "
               "Blueprint", 4), ("Review of 2023–24", 5), ("Our priorities", 6), ("Delivery plan", 7),
               ("Governance and risks", 8)]) + "<h2>Cymraeg</h2>" + toc([("Fersiwn Gymraeg a rhagair", 9),
               ("Plant yn Gyntaf", 10), ("Ein blaenoriaethau", 11), ("Llywodraethu a chysylltu", 12)])))
    out.append(pg(3, "<h1>Foreword</h1><p>This plan sets out how the Cwm Taf Youth Justice Service and its management "
               "board will work with children, families and partners in 2024–25. It meets the Youth Justice Board's "
               "guidance on youth justice plans and reflects what children told us through our participation group."
               "</p><p>Our approach is Child First: we see children as children, build on their strengths and help "
               "them move away from offending.</p><p><b>Chair of the Youth Justice Management Board</b></p>"))
    out.append(pg(4, "<h1>Child First and the Blueprint</h1><h2>The Child First tenets</h2>" + ul(["See children as "
               "children", "Develop a prosocial identity for positive child outcomes", "Collaboration with children",
               "Promote diversion"]) + "<h2>The Youth Justice Blueprint for Wales</h2><p>The Blueprint sets out the "
               "Welsh Government's and the Ministry of Justice's shared approach: prevention, diversion, custody and "
               "resettlement, with children's rights at its centre.</p>"))
    out.append(pg(5, "<h1>Review of 2023–24</h1><div class='kpi'><div><b>38</b>first-time entrants</div><div><b>31%"
               "</b>reoffending rate</div><div><b>2</b>children in custody</div></div><p style='font-size:8pt;"
               "color:#777'>Illustrative figures.</p><h2>Last year's priorities</h2>" + ul(["Prevention and diversion",
               "Education, training and employment", "Emotional health", "Resettlement"]) + "<p>Education and "
               "emotional health are now part of every child's plan rather than separate priorities.</p>"))
    out.append(pg(6, "<h1>Our priorities</h1><p>The management board agreed five priorities for 2024–25.</p>"
               + pri_table("en")))
    out.append(pg(7, "<h1>Delivery plan</h1><table><tr><th>Theme</th><th>Action</th><th>Owner</th></tr>"
               "<tr><td>Prevention</td><td>Bureau and prevention offer in every secondary school</td><td>YJS</td></tr>"
               "<tr><td>Reoffending</td><td>Enhanced case management for the most complex children</td><td>YJS</td></tr>"
               "<tr><td>Exploitation</td><td>Exploitation panel and NRM referrals</td><td>Children's services</td></tr>"
               "<tr><td>Violence</td><td>Knife crime education with the Violence Prevention Unit</td><td>YJS</td></tr>"
               "<tr><td>Disproportionality</td><td>Ethnicity dashboard and staff training</td><td>Board</td></tr>"
               "</table>"))
    out.append(pg(8, "<h1>Governance and risks</h1><p>The management board meets quarterly and monitors the YJB key "
               "performance indicators, including suitable accommodation, education, training and employment, "
               "substance misuse, mental health and serious violence.</p><h2>Risks</h2>" + ul(["Funding uncertainty "
               "for prevention work", "Court delays", "Recruitment of Welsh-speaking staff"])))
    out.append("<section class='pg div' lang='cy'><div class='a'>Fersiwn Gymraeg</div><p>Rhagair: Mae'r cynllun hwn "
               "yn nodi sut y bydd Gwasanaeth Cyfiawnder Ieuenctid Cwm Taf yn gweithio gyda phlant, teuluoedd a "
               "phartneriaid yn 2024–25. Rydym yn gweld plant fel plant.</p><p>Tudalen 9 / 12</p></section>")
    out.append(pg(10, "<h1>Plant yn Gyntaf</h1>" + ul(["Gweld plant fel plant", "Datblygu hunaniaeth gadarnhaol",
               "Cydweithio gyda phlant", "Hyrwyddo dargyfeirio"]) + "<h2>Glasbrint Cyfiawnder Ieuenctid Cymru</h2><p>"
               "Atal, dargyfeirio, y ddalfa ac ailsefydlu, gyda hawliau plant yn ganolog.</p>", "cy"))
    out.append(pg(11, "<h1>Ein blaenoriaethau</h1><p>Cytunodd y bwrdd rheoli ar bum blaenoriaeth ar gyfer 2024–25.</p>"
               + pri_table("cy"), "cy"))
    out.append(pg(12, "<h1>Llywodraethu a chysylltu</h1><p>Mae'r bwrdd rheoli yn cyfarfod bob chwarter.</p><p>"
               "yjs@cwmtaf.example · 01443 000001</p>", "cy"))
    return out


def build(root: Path) -> Path:
    out = root / OUT
    html_pdf(out, "Cwm Taf Youth Justice Plan 2024-2025", CSS, pages())
    check_pages(out, 12)
    return out
