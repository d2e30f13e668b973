"""North Lincolnshire Youth Justice Partnership: Youth Justice Plan 2025-26 (fictional).

HTML/CSS printed by Chromium, A4 portrait, 10 pages, Liberation Sans (YJB plan headings). The priorities are the
verbs-first "We will ..." cells of a three-column "We will / so that / we will know by" table (p7), each row
numbered in a narrow first column.
"""
from __future__ import annotations

from hd_kit import hcontents, hpage, html_pages, htable, ul

FILE = "strategies/north_lincolnshire_youth_justice_plan_2025-26.pdf"

ROWS = [
    ("Divert children away from the formal justice system",
     "fewer children carry a criminal record into adult life", "First-time entrants; diversion outcomes"),
    ("Reduce reoffending by children",
     "fewer people are harmed and children move on from offending", "Binary reoffending rate; frequency"),
    ("Keep children safe from exploitation",
     "children are seen as victims first and protected from those who use them", "Children at high risk; missing episodes"),
    ("Get every child back into education, training or employment",
     "children have a future that does not depend on crime", "Children in suitable ETE at the end of an order"),
    ("Give victims a voice through restorative justice",
     "victims are heard and children understand the harm caused", "Victims offered and taking part in RJ"),
]

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #202020; font-size: 9.8pt; line-height: 1.45; }
.inner { padding: 20mm 20mm 22mm 20mm; }
.foot { position: absolute; bottom: 9mm; left: 20mm; right: 20mm; font-size: 7.5pt; color: #444;
        border-top: 1px solid #3C8D2F; padding-top: 1.5mm; display: flex; justify-content: space-between; }
h1 { font-size: 18pt; color: #3C8D2F; margin: 0 0 4mm 0; }
h2 { font-size: 11.5pt; margin: 4mm 0 2mm 0; color: #214D1A; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.6pt; }
table.t th { background: #214D1A; color: #fff; text-align: left; padding: 1.8mm; }
table.t td { border: 1px solid #CCD9C9; padding: 1.8mm; vertical-align: top; }
ol.toc { padding-left: 6mm; font-size: 11pt; }
ol.toc li { padding: 1.4mm 0; }
ol.toc li .n { float: right; }
.cover { height: 297mm; padding: 30mm 22mm; background: #EEF5EC; border-top: 30mm solid #3C8D2F; }
.cover h1 { font-size: 30pt; }
.cover .n { position: absolute; bottom: 14mm; left: 22mm; font-size: 7.5pt; }
table.ws { width: 100%; border-collapse: collapse; }
table.ws th { font-size: 8.6pt; text-align: left; padding: 2mm; background: #3C8D2F; color: #fff; }
table.ws td { padding: 3mm 2mm; vertical-align: top; border-bottom: 2px solid #fff; background: #EEF5EC;
              font-size: 8.8pt; }
table.ws td.no { width: 8mm; font-size: 14pt; font-weight: bold; color: #3C8D2F; background: #fff; }
table.ws td.we { width: 47%; font-size: 11pt; font-weight: bold; color: #214D1A; background: #DCEBD8; }
"""


def build(root):
    out = root / FILE

    def foot(n):
        return f"<span>North Lincolnshire Youth Justice Plan 2025\u201326</span><span>Page {n} of 10</span>"

    toc = [("Introduction, vision and strategy", 3), ("Local context and performance", 4),
           ("Child First and the voice of the child", 5), ("Review of last year's priorities", 6),
           ("Priorities for 2025\u201326", 7), ("National key performance indicators", 8),
           ("Governance, leadership and resources", 9), ("Risks to delivery and sign-off", 10)]
    pages = [
        '<div class="cover"><h1>Youth Justice Plan<br/>2025\u201326</h1><p><b>North Lincolnshire Youth Justice '
        "Partnership</b></p><p>Submitted to the Youth Justice Board for England and Wales</p>"
        '<div class="n">A fictional re-creation for testing. Statistics are illustrative.</div></div>',
        hpage("<h1>Contents</h1>" + hcontents(toc), foot(2)),
        hpage("<h1>Introduction, vision and strategy</h1><p>Our vision is that every child in North Lincolnshire "
              "who comes into contact with the justice system is treated as a child first, helped to build a "
              "positive identity and supported to live a life free from offending.</p><p>This plan follows the "
              "Youth Justice Board's guidance. Our priorities are set out on page 7 as a table of commitments: "
              "what we will do, so that something changes for children, victims and communities, and how we "
              "will know.</p><p><b>Chair, North Lincolnshire Youth Justice Partnership Board</b></p>", foot(3)),
        hpage("<h1>Local context and performance</h1>" + htable([
                  ["Measure (illustrative*)", "2023/24", "2024/25"],
                  ["First-time entrants per 100,000 aged 10\u201317", "182", "164"],
                  ["Binary reoffending rate", "34%", "31%"], ["Custodial sentences", "4", "3"],
                  ["Children open to the service", "96", "104"],
                  ["Children in suitable ETE at end of order", "58%", "61%"]]) +
              '<p style="font-size:7.5pt">* Illustrative figures for this test document.</p>'
              "<h2>What our data tells us</h2>" + ul([
                  "Most children we work with have been excluded from school at least once.",
                  "A third of children open to us are also known to the exploitation panel.",
                  "Victims are offered restorative justice in four of five cases, but fewer take it up."]),
              foot(4)),
        hpage("<h1>Child First and the voice of the child</h1><p>The Youth Justice Board's Child First principle "
              "has four tenets:</p>" + ul([
                  "<b>As children:</b> prioritise the best interests of children and recognise their needs, "
                  "capacities, rights and potential.",
                  "<b>Building pro-social identity:</b> promote children's individual strengths and capacities to "
                  "develop their pro-social identity.",
                  "<b>Collaborating with children:</b> encourage children's active participation, engagement and "
                  "wider social inclusion.",
                  "<b>Diverting from stigma:</b> promote a childhood removed from the justice system, using "
                  "pre-emptive prevention, diversion and minimal intervention."]) +
              "<h2>What children told us</h2><p>\u201cTalk to me like a person, not a case number.\u201d Children "
              "asked for the same worker throughout and for help getting back into college.</p>", foot(5)),
        hpage("<h1>Review of last year's priorities</h1>" + htable([
                  ["2024\u201325 priority", "Progress", "Rating"],
                  ["Prevention and diversion", "Turnaround programme launched; 62 children supported", "Green"],
                  ["Education", "Education worker in post from January", "Amber"],
                  ["Serious violence", "Contributed to the Humber strategy", "Green"],
                  ["Over-representation", "Data review completed; action plan drafted", "Amber"]]), foot(6)),
        hpage("<h1>Priorities for 2025\u201326</h1><p>Agreed by the partnership board in March 2025.</p>"
              '<table class="ws"><thead><tr><th></th><th>We will\u2026</th><th>\u2026so that</th>'
              "<th>We will know by</th></tr></thead><tbody>" +
              "".join(f'<tr><td class="no">{i}</td><td class="we">{w}</td><td>{s}</td><td>{k}</td></tr>'
                      for i, (w, s, k) in enumerate(ROWS, start=1)) + "</tbody></table>", foot(7)),
        hpage("<h1>National key performance indicators</h1><p>From April 2023 youth justice services report ten "
              "key performance indicators to the Youth Justice Board:</p>" + ul([
                  "Suitable accommodation", "Education, training and employment", "Special educational needs and "
                  "disabilities", "Mental health care and emotional wellbeing", "Substance misuse",
                  "Out-of-court disposals", "Management board attendance", "Wider services",
                  "Serious violence", "Victims"]) + "<p>Alongside the three original measures: first-time entrants, "
              "reoffending and the use of custody.</p>", foot(8)),
        hpage("<h1>Governance, leadership and resources</h1><p>The partnership board is chaired by the council's "
              "director of children's services and includes the police, probation, health, education and the "
              "Police and Crime Commissioner's office. It meets quarterly.</p>" + htable([
                  ["Funding source (illustrative)", "2025\u201326 (\u00a3k)"],
                  ["Youth Justice Board grant", "410"], ["Local authority", "620"], ["Police", "90"],
                  ["Police and Crime Commissioner", "60"], ["Health", "75"]]), foot(9)),
        hpage("<h1>Risks to delivery and sign-off</h1>" + ul([
                  "Recruitment of qualified staff in a small service.",
                  "Rising numbers of children excluded from school.",
                  "Short-term funding for the diversion programme."]) +
              "<p>Signed on behalf of the partnership board: Chair of the Board (role only).</p>", foot(10)),
    ]
    return html_pages(out, title="North Lincolnshire Youth Justice Plan 2025-26", css=CSS, pages=pages)
