"""Hethercombe and Kellbrook Serious Violence Partnership: "Serious Violence Strategy 2026-2029: what you told
us and our final priorities" (generated HTML, printed by Chromium, A4, 4 pages).

The priorities appear first as SIX numbered consultation questions (p1, "Question 1" ... "Question 6", each a
question about a proposed priority, with a results table), then in "What you told us" (p2) by question number,
then in "What we changed" (p3), which says which proposals were kept, reworded, merged or dropped, and finally
as the agreed list in section 4 (p4), "Our final priorities", an ordered list (gold). Two questions contain the
final wording almost word for word ("... reduce knife crime among young people under 25?"); the others were
reworded after the consultation, one proposal was dropped and two were merged. Other lists: the Serious
Violence Duty's requirements (p1), quotes (p2), next steps (p4)."""
from __future__ import annotations

import html
from pathlib import Path

import common

NAME = "consultation_questions_then_agreed_serious_violence"
ACC = "7A1F2B"
PART = "Hethercombe and Kellbrook Serious Violence Partnership"
QUESTIONS = [  # question, agree %, disagree %, responses
    ("Do you agree that the partnership should work to reduce knife crime among young people under 25?", 88, 5,
     612),
    ("Should violence in Hethercombe town centre's night-time economy be one of our priorities?", 54, 21, 598),
    ("Should we make serious violence linked to domestic abuse a priority for the Serious Violence Duty?", 79, 8,
     590),
    ("Should we focus on children who are excluded, or at risk of exclusion, from school?", 71, 12, 583),
    ("Should tackling drug dealing and county lines be a priority for this strategy?", 84, 6, 601),
    ("Do you agree that we should make public places safer for women and girls?", 81, 7, 604),
]
FINAL = [
    "Reduce knife crime among young people under 25",
    "Prevent serious violence linked to domestic abuse, including non-fatal strangulation",
    "Keep children in education and out of harm's way",
    "Disrupt the drug markets and county lines that drive violence in Hethercombe and Kellbrook",
    "Make public places safer for women and girls",
]
CHANGES = [
    ("Question 1", "Kept", "Kept as proposed."),
    ("Question 2", "Dropped", "Night-time violence has fallen by 31% since 2023. It will be managed by the "
                              "Licensing and Night-Time Economy Group as business as usual."),
    ("Question 3", "Reworded", "Many respondents, and the Domestic Abuse Local Partnership Board, asked us to "
                               "name non-fatal strangulation, which is a known risk factor for homicide."),
    ("Question 4", "Reworded", "Schools and parents told us exclusion is only part of the picture: children "
                               "missing education for any reason are at risk."),
    ("Question 5", "Reworded", "Residents of Kellbrook asked that the priority name both towns."),
    ("Question 6", "Kept", "Kept as proposed."),
]

CSS = """
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @top-left { content: "Hethercombe and Kellbrook Serious Violence Partnership"; font: 8pt 'Liberation Sans';
              color: #777; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #777; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.2pt; line-height: 1.42; color: #222; margin: 0; }
h1 { font-size: 21pt; color: #7A1F2B; margin: 0 0 4pt 0; line-height: 1.15; }
.sub { font-size: 12.5pt; color: #555; margin: 0 0 12pt 0; }
h2 { font-size: 14pt; color: #7A1F2B; margin: 14pt 0 5pt 0; border-bottom: 1.5pt solid #7A1F2B; padding-bottom: 2pt; }
h3 { font-size: 11pt; color: #333; margin: 9pt 0 3pt 0; }
.newpage { break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 6pt 0 8pt 0; }
th { background: #7A1F2B; color: #fff; text-align: left; padding: 4pt 5pt; }
td { border-bottom: 0.6pt solid #ccc; padding: 4pt 5pt; vertical-align: top; }
.q { margin: 0 0 7pt 0; padding: 6pt 9pt; background: #F6EEEF; border-left: 4pt solid #7A1F2B; }
.q b { color: #7A1F2B; }
blockquote { margin: 6pt 0 6pt 12pt; font-style: italic; color: #7A1F2B; }
ol.final { font-size: 12pt; font-weight: bold; color: #222; padding-left: 22pt; }
ol.final li { margin: 0 0 8pt 0; padding-left: 4pt; }
ol.final li span { display: block; font-weight: normal; font-size: 9.6pt; color: #444; }
.pill { font-size: 8pt; font-weight: bold; color: #fff; padding: 1pt 5pt; border-radius: 6pt; }
.Kept { background: #2E7D32; } .Dropped { background: #777; } .Reworded { background: #C77700; }
.small { font-size: 8.8pt; color: #555; }
"""


def page_html() -> str:
    e = html.escape
    out = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
           f"<title>{PART}: Serious Violence Strategy 2026-2029 consultation summary</title>"
           f"<style>{CSS}</style></head><body>"]
    out.append(f"<h1>Serious Violence Strategy 2026-2029</h1><p class='sub'>What you told us and our final "
               f"priorities</p>")
    out.append("<p>Between 12 January and 20 March 2026 the partnership consulted residents, young people, "
               "schools, businesses and frontline staff on its proposed priorities for its first three-year "
               "strategy under the Serious Violence Duty. 627 people took part online, and a further 214 young "
               "people took part in sessions run by the Kellbrook Youth Forum. This document summarises what we "
               "asked, what you told us and what we have decided.</p>")
    out.append("<p>The Serious Violence Duty requires the partnership to:</p><ul><li>work together to prevent and "
               "reduce serious violence;</li><li>produce a strategic needs assessment;</li><li>publish a strategy "
               "and review it every year.</li></ul>")
    out.append("<h2>1. What we asked</h2><p>The consultation proposed six possible priorities, each put as a "
               "question:</p>")
    for n, (q, *_r) in enumerate(QUESTIONS, 1):
        out.append(f"<p class='q'><b>Question {n}.</b> {e(q)}</p>")
    out.append("<div class='newpage'></div><h2>2. What you told us</h2><p>The table shows how people answered "
               "each question (the rest answered \u201cnot sure\u201d).</p>")
    out.append("<table><tr><th>Question</th><th>Agree</th><th>Disagree</th><th>Responses</th></tr>")
    for n, (q, a, d, r) in enumerate(QUESTIONS, 1):
        out.append(f"<tr><td>Question {n}</td><td>{a}%</td><td>{d}%</td><td>{r}</td></tr>")
    out.append("</table>")
    out.append("<h3>The main themes</h3><ul>"
               "<li>Knife crime was the issue people worried about most, especially parents in Kellbrook.</li>"
               "<li>Fewer people saw the night-time economy as a problem than in 2023, and businesses said the "
               "Safer Nights scheme had made a difference.</li>"
               "<li>Professionals asked us to be specific about non-fatal strangulation.</li>"
               "<li>Schools said children missing education for any reason, not only exclusion, are at risk.</li>"
               "<li>Young people asked for more youth workers and safe places to go in the evening.</li></ul>")
    out.append("<blockquote>\u201cThe kids carrying knives are the ones who are scared. Give them somewhere to go "
               "and someone who listens.\u201d</blockquote><p class='small'>Parent, Kellbrook</p>")
    out.append("<blockquote>\u201cYou can't separate domestic abuse from violence on the street. It is the same "
               "families.\u201d</blockquote><p class='small'>Independent domestic violence adviser</p>")
    out.append("<h3>Who took part</h3><p>Of the online respondents, 58% were women, 14% were aged under 25 and 9% "
               "described themselves as from an ethnic minority background. Young people's sessions were held in "
               "all six secondary schools and at two youth clubs.</p>")
    out.append("<div class='newpage'></div><h2>3. What we changed</h2><p>The partnership's board met on 23 April "
               "2026 to consider the results. Its decisions on each proposal are below.</p>")
    out.append("<table><tr><th>Proposal</th><th>Decision</th><th>Why</th></tr>")
    for q, dec, why in CHANGES:
        out.append(f"<tr><td>{q}</td><td><span class='pill {dec}'>{dec}</span></td><td>{e(why)}</td></tr>")
    out.append("</table>")
    out.append("<p>The board also considered adding a priority on violence in the home between family members "
               "other than partners. It decided this is better covered by the domestic abuse priority and the "
               "Domestic Abuse Local Partnership Board's own plan.</p>")
    out.append("<h3>How the needs assessment was used</h3><p>The strategic needs assessment, refreshed in "
               "February 2026, confirmed that knife crime, domestic abuse, drug markets and children missing "
               "education account for most serious violence in the two towns. Violence in the night-time "
               "economy accounted for 12% of serious violence in 2025, down from 19% in 2023.</p>")
    out.append("<div class='newpage'></div><h2>4. Our final priorities</h2><p>The board agreed the following five "
               "priorities for the Serious Violence Strategy 2026-2029. They replace the proposals in the "
               "consultation.</p><ol class='final'>")
    notes = ["Led by Hethercombe and Kellbrook Police with the Youth Justice Service.",
             "Led by the Domestic Abuse Local Partnership Board.",
             "Led by the Director of Children's Services with all secondary schools.",
             "Led by Hethercombe and Kellbrook Police and the Combating Drugs Partnership.",
             "Led by the councils' community safety teams and transport operators."]
    for f, note in zip(FINAL, notes):
        out.append(f"<li>{e(f)}<span>{e(note)}</span></li>")
    out.append("</ol>")
    out.append("<h3>Next steps</h3><ul><li>The full strategy, with actions and measures, will be published in "
               "September 2026.</li><li>A young people's version will be co-written with the Kellbrook Youth "
               "Forum.</li><li>We will report back on progress every year.</li></ul>")
    out.append("<p class='small'>Thank you to everyone who took part. You can contact the partnership at "
               "svpartnership@hethercombe.gov.uk (fictional) or 01632 960277.</p>")
    out.append("</body></html>")
    return "".join(out)


def finish(work: Path, out: Path) -> list[Path]:
    src = work / f"{NAME}.html"
    src.write_text(page_html(), encoding="utf-8")
    target = common.chromium_to_pdf(src, out / f"{NAME}.pdf")
    assert common.pdf_pages(target) == 4, common.pdf_pages(target)
    return [target]
