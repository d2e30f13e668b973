"""West Midlands Reducing Reoffending Plan 2024-2027: a **GOV.UK-style HTML publication** printed by Chromium
(Liberation Sans; browser-print footer with the page address and "N/8").

Five priorities, stated once, on p6 as a **GOV.UK task list** under "4. Our priorities": one bordered row per
priority with the priority as blue underlined link text, a grey hint line under it ("Lead: ..."), and a status
**tag** on the right ("New", "Continuing", "Expanded") that pdftotext prints on a line of its own.  No
numbers.  The seven resettlement pathways and the IOM cohorts (p4), the previous plan's themes and the
findings (p5), the tags and hint lines, the delivery table (p7) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from west_midlands.work import work_file

FILE = "strategies/west_midlands_reducing_reoffending_plan_2024-27.pdf"
TITLE = "West Midlands Reducing Reoffending Plan 2024 to 2027"
URL = "https://www.gov.example/government/publications/west-midlands-reducing-reoffending-plan-2024-to-2027"

PRIORITIES = [
    ("Managing the people who cause the most harm through Integrated Offender Management",
     "Lead: IOM Strategic Group", "Continuing"),
    ("Finding settled accommodation for people leaving prison", "Lead: Accommodation Group", "Expanded"),
    ("Helping people on probation into education, training and work", "Lead: Employment Group", "Continuing"),
    ("Getting people on probation into drug and alcohol treatment", "Lead: Health and Justice Group", "New"),
    ("Changing the behaviour of domestic abuse perpetrators", "Lead: Domestic Abuse Perpetrators Group", "New"),
]

CSS = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm;
  @bottom-left { content: "%URL%"; font: 6.8pt 'Liberation Sans'; color: #505a5f; }
  @bottom-right { content: counter(page) "/8"; font: 7.5pt 'Liberation Sans'; color: #505a5f; }
  @top-left { content: "West Midlands Reducing Reoffending Plan 2024 to 2027 - GOV.EXAMPLE"; font: 6.8pt 'Liberation Sans'; color: #505a5f; } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #0b0c0c; margin: 0; }
.hdr { background: #0b0c0c; color: #fff; padding: 3mm 5mm; font: 700 13pt 'Liberation Sans'; border-bottom: 2mm solid #1d70b8; }
.crumbs { font-size: 8pt; color: #505a5f; margin: 3mm 0; } .crumbs span { text-decoration: underline; color: #1d70b8; }
.titleblock { background: #1d70b8; color: #fff; padding: 8mm 6mm 9mm 6mm; }
.titleblock .kind { font-size: 10pt; } .titleblock h1 { font-size: 27pt; line-height: 1.12; margin: 2mm 0 5mm 0; }
.titleblock .meta { font-size: 9pt; }
.pg { break-before: page; }
h2 { font-size: 17pt; margin: 2mm 0 4mm 0; } h3 { font-size: 12.5pt; margin: 5mm 0 2mm 0; }
.toc ol { padding-left: 6mm; } .toc li { margin: 1.6mm 0; color: #1d70b8; text-decoration: underline; font-size: 11pt; }
.inset { border-left: 2mm solid #b1b4b6; padding: 2mm 4mm; margin: 4mm 0; }
.tasks { list-style: none; padding: 0; margin: 5mm 0; border-top: 0.3mm solid #b1b4b6; }
.tasks li { display: flex; justify-content: space-between; align-items: center; gap: 6mm; padding: 3.2mm 0; border-bottom: 0.3mm solid #b1b4b6; }
.tasks .nm a { color: #1d70b8; text-decoration: underline; font-size: 11.5pt; }
.tasks .hint { color: #505a5f; font-size: 8.6pt; margin-top: 0.8mm; }
.tag { flex: none; font-size: 9pt; padding: 0.8mm 2.4mm; background: #bbd4ea; color: #0c2d4a; }
.tag.new { background: #cce2d8; color: #005a30; } .tag.exp { background: #fcd6c3; color: #6e3619; }
table { border-collapse: collapse; width: 100%; font-size: 9.4pt; margin: 2mm 0 5mm 0; }
th { text-align: left; border-bottom: 0.4mm solid #0b0c0c; padding: 2mm 2mm 2mm 0; }
td { border-bottom: 0.3mm solid #b1b4b6; padding: 2mm 2mm 2mm 0; vertical-align: top; }
.note { font-size: 8pt; color: #505a5f; }
""".replace("%URL%", URL)


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head>'
         '<body>']
    P.append('<div class="hdr">GOV.EXAMPLE</div><div class="crumbs"><span>Home</span> › <span>Crime, justice and '
             'law</span> › <span>Prisons and probation</span></div><div class="titleblock"><div class="kind">Policy '
             f'paper</div><h1>{e(TITLE)}</h1><div class="meta">From: HM Prison and Probation Service, West Midlands '
             'region<br>Published 1 April 2024</div></div><div class="inset">This plan is published by the West '
             'Midlands Reducing Reoffending Board, a partnership of HM Prison and Probation Service, the Police and '
             'Crime Commissioner, West Midlands Police, local authorities, the NHS and the voluntary sector.</div>'
             '<p class="note">Applies to the West Midlands police force area: Birmingham, Coventry, Dudley, '
             'Sandwell, Solihull, Walsall and Wolverhampton.</p>')
    P.append('<div class="pg toc"><h2>Contents</h2><ol>')
    for t, k in [("Foreword", "fw"), ("Reoffending in the West Midlands", "ctx"), ("What we have learned", "learn"),
                 ("Our priorities", "pri"), ("Delivery", "del"), ("Measures and governance", "gov")]:
        P.append(f'<li>{e(t)} (page {pages.get(k, 0)})</li>')
    P.append('</ol></div>')
    P.append('<div class="pg"><h2>1. Foreword</h2>')
    for t in [
        "Most crime is committed by people who have offended before. Cutting reoffending is one of the surest ways "
        "to cut crime and the number of victims.",
        "The West Midlands Reducing Reoffending Board brings together the organisations that can help people leave "
        "crime behind: probation, prisons, the police, councils, the NHS, Jobcentre Plus and the voluntary sector.",
        "This plan sets out five priorities for 2024 to 2027. Two of them are new: treatment for people on "
        "probation whose drug and alcohol use drives their offending, and work with domestic abuse perpetrators.",
        "Regional Probation Director, HM Prison and Probation Service West Midlands, and Chair of the Board"]:
        P.append(f"<p>{e(t)}</p>")
    P.append('</div>')
    P.append('<div class="pg"><h2>2. Reoffending in the West Midlands</h2><p>The figures below are illustrative and '
             'are not official statistics.</p><table><tr><th>Indicator</th><th>2022/23</th></tr>')
    for r in [("People supervised by probation", "23,400"), ("Releases from prison", "6,900"),
              ("Proven reoffending rate (adults)", "26%"), ("Released without settled accommodation", "14%"),
              ("In work six weeks after release", "21%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h3>The seven resettlement pathways</h3><ul><li>Accommodation</li><li>Education, training and '
             'employment</li><li>Health</li><li>Drugs and alcohol</li><li>Finance, benefit and debt</li><li>Children '
             'and families</li><li>Attitudes, thinking and behaviour</li></ul><h3>Integrated Offender Management '
             'cohorts</h3><p>The national IOM strategy (2020) groups people into a fixed cohort (neighbourhood crime), '
             'a flex cohort (local priorities) and a free cohort (people selected locally).</p></div>')
    P.append('<div class="pg"><h2>3. What we have learned</h2><p>Our 2021 to 2024 plan had four themes: Homes; '
             'Jobs; Health; and Families. We met most of its commitments.</p><h3>Findings from our review</h3><ul>'
             '<li>People released on a Friday are much less likely to find accommodation.</li><li>Drug treatment '
             'starts too late for many people on probation.</li><li>Domestic abuse perpetrators make up a growing '
             'share of the probation caseload.</li><li>Employers are willing to hire but need support.</li></ul>'
             '<div class="inset">The Police and Crime Commissioner\'s plan for 2024 to 2028 asks partners to reduce '
             'reoffending through Integrated Offender Management and settled accommodation, training and work on '
             'release.</div></div>')
    P.append('<div class="pg"><h2>4. Our priorities</h2><p>The Board has agreed five priorities for 2024 to 2027. '
             'The tag shows whether each is new, continues from the last plan, or has been expanded.</p>'
             '<ul class="tasks">')
    for name, hint, status in PRIORITIES:
        cls = {"New": "new", "Expanded": "exp"}.get(status, "")
        P.append(f'<li><div class="nm"><a>{e(name)}</a><div class="hint">{e(hint)}</div></div>'
                 f'<strong class="tag {cls}">{e(status)}</strong></li>')
    P.append('</ul><p>Each priority has a lead group that reports to the Board every quarter.</p></div>')
    P.append('<div class="pg"><h2>5. Delivery</h2><table><tr><th>Group</th><th>Main actions 2024/25</th><th>Partners'
             '</th></tr>')
    for r in [("IOM Strategic Group", "Refresh the fixed and flex cohorts; joint case reviews", "Probation, police"),
              ("Accommodation Group", "Day-one accommodation for every prison leaver; no Friday releases",
               "Councils, probation"),
              ("Employment Group", "Employment hubs in three prisons; employer pledges", "DWP, prisons"),
              ("Health and Justice Group", "Treatment requirements; continuity of care on release", "NHS, probation"),
              ("Domestic Abuse Perpetrators Group", "Building Better Relationships places; a pilot for high-harm "
               "perpetrators", "Probation, PCC")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h2>6. Measures and governance</h2><table><tr><th>Measure</th><th>Baseline</th>'
             '<th>Ambition 2027</th></tr>')
    for r in [("Proven reoffending rate (IOM cohort)", "38%", "32%"), ("Settled accommodation on release", "86%",
              "92%"), ("In work six months after release", "27%", "35%"), ("Treatment starts within three weeks of "
              "release", "44%", "70%"), ("Perpetrator programme completions", "310", "500")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The Board meets quarterly and reports to the Police and Crime Commissioner and to the HMPPS '
             'regional leadership team.</p><p class="note">Baselines are illustrative. Contact: '
             'reducingreoffending.wm@justice.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Foreword Most crime", "ctx": "2. Reoffending in the West Midlands The figures",
               "learn": "3. What we have learned Our 2021", "pri": "4. Our priorities The Board has agreed",
               "del": "5. Delivery Group", "gov": "6. Measures and governance"}
    src = work_file("wm_reoffending.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
