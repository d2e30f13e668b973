"""Bassetlaw Community Safety Partnership Plan 2025-2028 as a council committee report (report to Cabinet):
HTML/CSS -> Chromium. Numbered paragraphs; the priorities are listed (a)-(e) in paragraph 3.2 (p4)."""
from __future__ import annotations

from pathlib import Path

from .kit_html import build_html, table

OUT = "strategies/bassetlaw_community_safety_partnership_plan_2025-28_cabinet_report.pdf"
TITLE = "Bassetlaw District Council Cabinet: Community Safety Partnership Plan 2025\u20132028"
NEEDLES = {"purpose": "1. Purpose of the report", "background": "3. Background", "consult": "4. Consultation",
           "impl": "5. Implications", "papers": "6. Background papers", "appa": "Appendix A \u2013 Strategic assessment summary",
           "appb": "Appendix B \u2013 Performance 2024/25"}
CSS = """
@page { size: A4; margin: 20mm 22mm 22mm 22mm;
  @bottom-center { content: "Page " counter(page); font: 9pt 'Liberation Sans'; color: #333; }
  @top-right { content: "Agenda item 9"; font: 8pt 'Liberation Sans'; color: #666; } }
body { font: 11pt/1.45 'Liberation Sans', sans-serif; color: #111; }
h1 { font-size: 15pt; margin: 0 0 8pt; } h2 { font-size: 12pt; margin: 14pt 0 6pt; }
p.n { margin: 0 0 7pt 14mm; text-indent: -14mm; } p.n b.num { display: inline-block; width: 14mm; text-indent: 0; font-weight: normal; }
p.li { margin: 0 0 4pt 24mm; text-indent: -8mm; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 6pt 0; }
th, td { border: 1px solid #777; padding: 3pt 5pt; text-align: left; vertical-align: top; } th { background: #ddd; }
.front td { border: none; padding: 2pt 0; } .front td:first-child { width: 45mm; font-weight: bold; }
.logo { font: bold 20pt 'Liberation Serif'; color: #5A2D82; border-bottom: 3px solid #5A2D82; padding-bottom: 4pt; margin-bottom: 18pt; }
.toc p { margin: 0 0 6pt; } .toc span { float: right; }
"""


def n(num, text):
    return f"<p class='n'><b class='num'>{num}</b>{text}</p>"


def sections(pages):
    front = ("<div class='logo'>BASSETLAW DISTRICT COUNCIL</div>"
             "<h1>CABINET</h1>"
             + table([["Date of meeting", "4 March 2025"], ["Report of", "Head of Neighbourhoods"],
                      ["Portfolio", "Community Safety and Neighbourhoods"],
                      ["Subject", "Bassetlaw Community Safety Partnership Plan 2025\u20132028"],
                      ["Wards affected", "All"], ["Key decision", "No"], ["Exempt information", "None"]],
                     cls="front", head=False)
             + "<p style='margin-top:20pt'>Contact officer: Community Safety Manager, "
               "community.safety@bassetlaw.example, 01909 000 000 (illustrative)</p>")
    toc = "<h1>Contents</h1><div class='toc'>" + "".join(
        f"<p>{lab}<span>{pages.get(k, '') or ''}</span></p>" for k, lab in
        [("purpose", "1. Purpose of the report"), ("purpose", "2. Recommendations"), ("background", "3. Background"),
         ("consult", "4. Consultation"), ("impl", "5. Implications"), ("papers", "6. Background papers"),
         ("appa", "Appendix A \u2013 Strategic assessment summary"), ("appb", "Appendix B \u2013 Performance 2024/25")]) + "</div>"
    s1 = ("<h2>1. Purpose of the report</h2>"
          + n("1.1", "To ask Cabinet to endorse the Bassetlaw Community Safety Partnership Plan 2025\u20132028, which "
                     "sets out the priorities of the Community Safety Partnership (CSP) for the next three years.")
          + n("1.2", "The Crime and Disorder Act 1998 requires the responsible authorities to formulate and "
                     "implement a strategy to reduce crime and disorder, anti-social behaviour and substance misuse, "
                     "and to reduce reoffending. The Council is one of the responsible authorities.")
          + n("1.3", "This report summarises the plan, the evidence behind it and the consultation undertaken.")
          + "<h2>2. Recommendations</h2>"
          + n("2.1", "That Cabinet:")
          + "<p class='li'>(a)&nbsp;&nbsp;notes the work of the Community Safety Partnership during 2022\u20132025;</p>"
            "<p class='li'>(b)&nbsp;&nbsp;endorses the priorities of the Community Safety Partnership Plan 2025\u20132028 "
            "set out at paragraph 3.2; and</p>"
            "<p class='li'>(c)&nbsp;&nbsp;delegates to the Head of Neighbourhoods, in consultation with the Portfolio "
            "Holder, approval of the annual action plan.</p>"
          + n("2.2", "<b>Reason for recommendations:</b> to meet the Council's statutory duties and to focus partnership "
                     "resources on the issues that matter most to Bassetlaw residents."))
    s3 = ("<h2>3. Background</h2>"
          + n("3.1", "The previous plan (2022\u20132025) had four priorities: <i>neighbourhood crime</i>, <i>anti-social "
                     "behaviour</i>, <i>vulnerable people</i> and <i>serious and organised crime</i>. A review by the "
                     "Partnership's Strategic Group in autumn 2024 found good progress on neighbourhood crime and "
                     "recommended a sharper focus for 2025\u20132028.")
          + n("3.2", "Informed by the strategic assessment (Appendix A) and by public consultation, the Partnership "
                     "Plan 2025\u20132028 sets the following priorities for the Bassetlaw Community Safety Partnership:")
          + "<p class='li'>(a)&nbsp;&nbsp;Anti-social behaviour, including in Worksop and Retford town centres;</p>"
            "<p class='li'>(b)&nbsp;&nbsp;Reckless and dangerous driving on our roads;</p>"
            "<p class='li'>(c)&nbsp;&nbsp;Tackling drug dealing and the harm it causes in neighbourhoods;</p>"
            "<p class='li'>(d)&nbsp;&nbsp;Rural crime, including theft from farms and fly-tipping;</p>"
            "<p class='li'>(e)&nbsp;&nbsp;Domestic abuse.</p>"
          + n("3.3", "Each priority will have a lead officer and an action plan, reviewed quarterly by the Strategic "
                     "Group. Serious violence and exploitation are addressed through the county-wide Violence "
                     "Reduction Partnership, to which the CSP contributes.")
          + n("3.4", "Separately, the police set neighbourhood policing priorities every three months at local "
                     "priority-setting meetings. For January to March 2025 these are: <i>car crime</i>, <i>speeding "
                     "in villages</i> and <i>drug use in Worksop town centre</i>. They are operational priorities "
                     "and are not part of the Partnership Plan.")
          + n("3.5", "The Partnership Plan has had regard to the Police and Crime Commissioner's Police and Crime "
                     "Plan 2025\u20132029, in particular its priorities for safer neighbourhoods, towns and villages "
                     "and for safer roads."))
    s4 = ("<h2>4. Consultation</h2>"
          + n("4.1", "An online survey ran from September to November 2024 and received 1,184 responses "
                     "(illustrative figure). Respondents ranked their concerns as follows:")
          + table([["Concern", "Respondents ranking it in their top three"], ["Speeding and dangerous driving", "58%"],
                   ["Anti-social behaviour", "51%"], ["Drug dealing", "44%"], ["Fly-tipping", "29%"],
                   ["Burglary", "22%"]])
          + n("4.2", "Town and parish councils, the Youth Council and the Bassetlaw Equality Forum were also consulted.")
          + n("4.3", "Ward members were briefed in January 2025."))
    s5 = ("<h2>5. Implications</h2>"
          + n("5.1", "<b>Financial:</b> the plan will be delivered within existing budgets and the Police and Crime "
                     "Commissioner's community safety grant of \u00a352,000 for 2025\u201326 (illustrative).")
          + n("5.2", "<b>Legal:</b> the plan meets the requirements of sections 5 to 7 of the Crime and Disorder "
                     "Act 1998 and the associated regulations.")
          + n("5.3", "<b>Equalities:</b> an equality impact assessment has been completed; no adverse impact was found.")
          + n("5.4", "<b>Risk:</b> the main risk is reduced partner capacity; this is mitigated through the Strategic "
                     "Group and joint tasking.")
          + n("5.5", "<b>Climate change:</b> no direct implications.")
          + "<h2>6. Background papers</h2>"
          + n("6.1", "Bassetlaw Community Safety Partnership Plan 2025\u20132028 (draft, February 2025).")
          + n("6.2", "Bassetlaw Community Safety Partnership Strategic Assessment 2024.")
          + n("6.3", "Minutes of the Overview and Scrutiny Committee, 21 January 2025."))
    appa = ("<h2>Appendix A \u2013 Strategic assessment summary</h2>"
            "<p><i>All figures are illustrative.</i></p>"
            + table([["Issue", "2023/24", "2024/25", "Trend"], ["All recorded crime", "9,410", "9,120", "Down"],
                     ["Anti-social behaviour incidents", "3,860", "3,940", "Up"],
                     ["Killed or seriously injured on roads", "61", "67", "Up"],
                     ["Drug trafficking offences", "142", "171", "Up"],
                     ["Rural crime reports", "388", "402", "Up"],
                     ["Domestic abuse incidents", "2,210", "2,180", "Flat"]])
            + "<p>The assessment identifies Worksop town centre, the Manton and Kilton estates and the A57 and A614 "
              "corridors as hotspots.</p>")
    appb = ("<h2>Appendix B \u2013 Performance 2024/25</h2>"
            + table([["2022\u20132025 priority", "Key result", "Status"],
                     ["Neighbourhood crime", "Burglary down 12%", "Achieved"],
                     ["Anti-social behaviour", "Town centre PSPO renewed", "Achieved"],
                     ["Vulnerable people", "Scam marshal scheme launched", "Partly achieved"],
                     ["Serious and organised crime", "Four closure orders", "Partly achieved"]]))
    return [front, toc, s1, s3, s4, s5, appa, appb]


def build(root: Path) -> Path:
    return build_html(root / OUT, CSS, sections, NEEDLES, TITLE)
