"""Vellacombe Combating Drugs Partnership: "Drugs and Alcohol Strategy 2026-2029, year two refresh" (HTML
generated here, printed by Chromium; A4 with @page margin boxes for the running title and page numbers).

The refreshed edition of a strategy: a "Year two refresh" note box at the front says which priority was
reworded and which was added; the executive summary lists the five current priorities in full; each is then
STATED as the h2 heading of its own chapter ("Priority 3: ..."), which is the gold page (the convention of the
earlier batches: the priority's own section, not the summary). Appendix C's table gives the year-one wording
beside the year-two wording. Other look-alikes: From Harm to Hope's three strategic priorities, the PCC's
priorities, the needs assessment's numbered findings, chapter endnotes, and the "cross-cutting enablers"."""
from __future__ import annotations

import html
from pathlib import Path

import common

NAME = "year_two_refresh_endnotes_drugs"
ACC = "0E5A73"
PART = "Vellacombe Combating Drugs Partnership"
TITLE = "Drugs and Alcohol Strategy 2026-2029"
PRIORITIES = [
    "Break drug supply lines into Vellacombe and protect the people they exploit",
    "Get more people into treatment, and keep them there",
    "Support people in recovery into stable homes, work and family life",
    "Prevent drug and alcohol deaths, including through naloxone and safer use services",
    "Reduce the harm that alcohol causes to families, communities and the night-time economy",
]
OLD3 = "Help people in recovery to find housing and employment"
SHORT = ["Supply", "Treatment", "Recovery", "Deaths", "Alcohol"]

CHAPTERS = [
    dict(why="Eight county lines were closed in 2026, but intelligence suggests that at least six more supply "
             "Tolverne and Brantham from outside the county. Cuckooing of vulnerable adults' homes rose by a "
             "quarter, and 38 children were referred to the exploitation panel because of drug running.",
         we=["Close county lines and dismantle local dealing networks through Operation Harbour",
             "Identify and protect children and adults who are exploited",
             "Use closure orders and housing powers to protect tenants from cuckooing",
             "Offer treatment to everyone arrested who tests positive for opiates or cocaine"],
         m=[("County lines closed", "8", "12 a year"), ("Cuckooed properties identified and protected", "41",
                                                         "All")]),
    dict(why="An estimated 2,140 adults in Vellacombe use opiates or crack cocaine; 47% are in treatment, below "
             "the England rate. Numbers in treatment for alcohol rose by 11% in year one but remain low. Only a "
             "third of prison leavers with a drug need start community treatment within three weeks.",
         we=["Open evening and weekend clinics in Tolverne and Brantham", "Recruit 14 more recovery workers",
             "Put a treatment worker in each custody suite and at HMP Vellacombe", "Reduce waiting times to "
                                                                                   "under three weeks"],
         m=[("Adults in treatment (drugs)", "1,006", "1,240"), ("Prison leavers engaging within 3 weeks",
                                                                 "34%", "75%")]),
    dict(why="Recovery is more than being drug-free. People leaving treatment told us that a safe home and "
             "something to do each day mattered most. A quarter of people in treatment have a housing problem "
             "and only 14% are in work.",
         we=["Create 20 recovery housing places with Vellacombe Homes", "Expand individual placement and "
                                                                        "support (IPS) into employment",
             "Fund peer-led recovery cafes in four towns", "Support families and children of people in treatment"],
         m=[("People in treatment with a housing problem", "26%", "18%"), ("People in treatment in work",
                                                                            "14%", "22%")]),
    dict(why="Vellacombe recorded 41 drug-related deaths in 2026, the highest in the region per head. Most "
             "involved more than one substance, and nitazenes were found in five. Two-thirds of those who died "
             "were not in treatment at the time of death.",
         we=["Issue naloxone to everyone leaving prison or hospital after an overdose", "Set up a drug-related "
                                                                                         "death review panel",
             "Run a drug-checking service at Tolverne recovery hub", "Issue rapid alerts on new synthetic drugs"],
         m=[("Drug-related deaths", "41", "Reduce"), ("Naloxone kits supplied", "1,210", "2,000 a year")]),
    dict(why="Alcohol is the drug that causes most harm in Vellacombe. Alcohol-specific hospital admissions are "
             "24% above the England average, alcohol is a factor in a third of domestic abuse incidents, and "
             "violence in the Brantham night-time economy rose in 2026.",
         we=["Offer alcohol screening and brief advice in every GP practice and A&E", "Work with licensees on "
                                                                                        "the Best Bar None scheme",
             "Support children living with parents who drink harmfully", "Test a community alcohol partnership in "
                                                                          "Brantham"],
         m=[("Alcohol-specific hospital admissions per 100,000", "742", "650"), ("Adults in alcohol treatment",
                                                                                  "612", "800")]),
]

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Vellacombe Combating Drugs Partnership"; font: 8pt 'Liberation Sans'; color: #666; }
  @top-right { content: "Year two refresh, June 2027"; font: 8pt 'Liberation Sans'; color: #666; }
  @bottom-right { content: "Page " counter(page); font: 8pt 'Liberation Sans'; color: #666; }
  @bottom-left { content: "Drugs and Alcohol Strategy 2026-2029"; font: 8pt 'Liberation Sans'; color: #666; } }
@page cover { margin: 0; @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; }
  @bottom-left { content: none; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.45; color: #222; margin: 0; }
.cover { page: cover; height: 297mm; background: #0E5A73; color: white; padding: 40mm 20mm 0 20mm;
  box-sizing: border-box; }
.cover .org { font-size: 13pt; letter-spacing: 1px; }
.cover h1 { font-size: 34pt; line-height: 1.1; margin: 30mm 0 6mm 0; }
.cover .sub { font-size: 16pt; }
.cover .stamp { display: inline-block; margin-top: 20mm; border: 2px solid white; padding: 3mm 5mm;
  font-weight: bold; }
section.ch { break-before: page; }
h1 { color: #0E5A73; font-size: 20pt; margin: 0 0 4mm 0; }
h2 { color: #0E5A73; font-size: 14pt; margin: 6mm 0 2mm 0; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; font-size: 8.8pt; }
th { background: #0E5A73; color: white; text-align: left; padding: 1.5mm; }
td { border: 0.5pt solid #bbb; padding: 1.5mm; vertical-align: top; }
tr { break-inside: avoid; }
.note { border-left: 5px solid #E0A100; background: #FFF6DC; padding: 3mm 4mm; margin: 4mm 0; }
.toc td { border: none; border-bottom: 0.5pt dotted #999; }
.toc td.n { text-align: right; width: 15mm; }
.kpi { display: inline-block; width: 38mm; height: 24mm; margin: 0 2mm 2mm 0; background: #E6F0F3;
  padding: 2mm; vertical-align: top; box-sizing: border-box; }
.kpi b { display: block; font-size: 16pt; color: #0E5A73; }
.bar { height: 4mm; background: #0E5A73; display: inline-block; vertical-align: middle; }
.chapterkicker { color: #888; font-size: 9pt; letter-spacing: 1px; text-transform: uppercase; }
.endnotes { font-size: 8pt; color: #444; border-top: 0.5pt solid #999; margin-top: 5mm; padding-top: 2mm; }
sup { font-size: 7pt; }
.twocol { column-count: 2; column-gap: 7mm; }
.land { page: land; }
@page land { size: A4 landscape; }
"""


def e(s: str) -> str:
    return html.escape(s, quote=False)


def page_html() -> str:
    out = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{e(PART)}: {e(TITLE)}</title>"
           f"<style>{CSS}</style></head><body>"]
    out.append(f"<div class='cover'><div class='org'>{e(PART.upper())}</div><h1>Drugs and Alcohol Strategy<br>"
               "2026-2029</h1><div class='sub'>From harm to hope in Vellacombe</div><div class='stamp'>YEAR TWO "
               "REFRESH \u2022 JUNE 2027</div></div>")
    toc = [("Year two refresh: what has changed", 2), ("Foreword", 3), ("Executive summary", 4),
           ("Drugs and alcohol in Vellacombe", 5), ("What the needs assessment found", 6),
           ("The national and local context", 7)]
    toc += [(f"Priority {n}: {p}", 7 + n) for n, p in enumerate(PRIORITIES, 1)]
    toc += [("Cross-cutting enablers", 13), ("How we will deliver", 14), ("Appendix A: Outcomes framework", 15),
            ("Appendix B: Year two action plan", 16), ("Appendix C: Changes at year two", 18),
            ("Appendix D: Glossary", 19)]
    out.append("<section class='ch'><h1>Contents</h1><table class='toc'>")
    out += [f"<tr><td>{e(t)}</td><td class='n'>{n}</td></tr>" for t, n in toc]
    out.append("</table>")
    out.append("<div class='note'><b>Year two refresh: what has changed.</b> This edition replaces the strategy "
               "published in June 2026. The vision and the national outcomes framework are unchanged. Following "
               "the year one review, the partnership has reworded Priority 3 to include family life, and has "
               "added a new Priority 5 on alcohol harm, which in year one was covered by the separate Vellacombe "
               "Alcohol Harm Reduction Plan (now closed). Priorities 1, 2 and 4 are unchanged. The year one and "
               "year two wordings are compared in Appendix C (page 18).</div>")
    out.append("<p>The changes were agreed by the Combating Drugs Partnership board on 15 April 2027 and endorsed by "
               "the Health and Wellbeing Board on 20 May 2027.</p></section>")
    # foreword
    out.append("<section class='ch'><h1>Foreword</h1><div class='twocol'>")
    for t in [
        "A year ago we published Vellacombe's first Drugs and Alcohol Strategy under the national ten-year plan, "
        "From Harm to Hope. We set ourselves the challenge of bringing enforcement, treatment and recovery "
        "together, so that a person who is arrested for shoplifting to fund a heroin habit is offered treatment "
        "on the same day, and so that a family in recovery has somewhere safe to live.",
        "Year one has shown what is possible. Eight county lines have been closed. More people are in treatment "
        "than at any time in the last decade. The Tolverne recovery cafe has welcomed more than 3,000 visits. "
        "But 41 people died from drug poisoning in 2026, each of them someone's son, daughter, parent or friend, "
        "and alcohol continues to do more harm than every other drug combined.",
        "That is why this refreshed strategy brings alcohol fully into the partnership's work, and why we have "
        "widened our commitment on recovery to include family life. We are grateful to the people with lived "
        "experience who sit on our board and who challenged us to make those changes.",
        "<b>Professor Leonie Harcastle</b>, Senior Responsible Owner and Chair, Vellacombe Combating Drugs "
        "Partnership",
        "As Police and Crime Commissioner for Vellacombe and Rillington I co-fund the custody treatment workers "
        "and the naloxone programme described here. Tackling drugs is central to my Police and Crime Plan, "
        "whose priorities are safer neighbourhoods, protecting the vulnerable, supporting victims and an "
        "effective criminal justice system.",
        "<b>Marcus Delaney-Shaw</b>, Police and Crime Commissioner for Vellacombe and Rillington"]:
        out.append(f"<p>{t}</p>")
    out.append("</div></section>")
    # executive summary
    out.append("<section class='ch'><h1>Executive summary</h1>"
               "<p><b>Our vision:</b> fewer people harmed by drugs and alcohol in Vellacombe, fewer deaths, and "
               "more people living well in recovery.</p>"
               "<p>The Combating Drugs Partnership brings together Vellacombe County Council, Tolverne, Brantham and "
               "Lowmarsh district councils, Vellacombe and Rillington Police, the Probation Service, HMP "
               "Vellacombe, the NHS, Jobcentre Plus and people with lived experience. It is the local delivery "
               "vehicle for the national drugs strategy.</p><p>From year two, our five priorities are:</p><ol>")
    out += [f"<li>{e(p)}</li>" for p in PRIORITIES]
    out.append("</ol><p>A chapter for each priority follows, with what we learned in year one, what we will do in "
               "year two and the measures we will use. The action plan (Appendix B) is refreshed each year. "
               "Three cross-cutting enablers support every priority: lived experience, workforce and data.</p>"
               "<h2>Year one in numbers</h2><div>")
    for v, l in [("8", "county lines closed"), ("1,006", "adults in drug treatment"), ("3,000+",
                                                                                         "recovery cafe visits"),
                 ("1,210", "naloxone kits supplied")]:
        out.append(f"<div class='kpi'><b>{v}</b>{l}</div>")
    out.append("</div><p>Funding for 2027-28 comes from the public health grant (\u00a36.2 million for drug and "
               "alcohol services), the Drug and Alcohol Treatment and Recovery Improvement Grant (\u00a31.9 "
               "million) and the PCC (\u00a3180,000).</p></section>")
    # area
    out.append("<section class='ch'><h1>Drugs and alcohol in Vellacombe</h1><p>Vellacombe is a largely rural county "
               "of 512,000 people. Its three largest towns, Tolverne, Brantham and Lowmarsh, have pockets of "
               "high deprivation, and Brantham has the county's largest night-time economy.</p><table><tr>"
               "<th>Indicator</th><th>Vellacombe</th><th>England</th></tr>")
    for r in [("Opiate and crack users (estimate, per 1,000 aged 15-64)", "9.1", "9.5"),
              ("Opiate and crack users in treatment", "47%", "53%"),
              ("Drug misuse deaths per 100,000 (2024-26)", "7.8", "5.5"),
              ("Alcohol-specific admissions per 100,000", "742", "598"),
              ("Alcohol-specific deaths per 100,000", "15.1", "14.5"),
              ("Successful completions of drug treatment (non-opiate)", "39%", "31%")]:
        out.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>")
    out.append("</table><h3>Drug-related deaths, 2022 to 2026</h3><table>")
    for y, v in [("2022", 28), ("2023", 31), ("2024", 33), ("2025", 37), ("2026", 41)]:
        out.append(f"<tr><td style='width:15mm'>{y}</td><td><span class='bar' style='width:{v * 2.6:.0f}mm'></span> "
                   f"{v}</td></tr>")
    out.append("</table><p>The people who died were mostly men (76%) aged 35 to 54, living alone, with long "
               "histories of drug use and poor physical health. Almost all had used more than one substance.<sup>"
               "1</sup></p><div class='endnotes'>1. Vellacombe drug-related death review, annual report 2026.</div>"
               "</section>")
    # needs assessment
    out.append("<section class='ch'><h1>What the needs assessment found</h1><p>The combating drugs needs "
               "assessment was refreshed in February 2027. Its main findings were:</p><ol>")
    for f in ["Treatment numbers have risen but remain below the national ambition.",
              "Prison leavers and people arrested are not reliably offered treatment.",
              "Drug-related deaths are rising and are linked to multiple substance use.",
              "Housing is the biggest barrier to sustained recovery.",
              "Alcohol causes more harm than any other drug and is under-treated.",
              "Children of parents who use drugs or alcohol are rarely identified early.",
              "County lines continue to exploit children and adults in the three towns."]:
        out.append(f"<li>{e(f)}</li>")
    out.append("</ol><p>Findings 4 and 5 are the main reasons for the changes made at year two.</p></section>")
    # context
    out.append("<section class='ch'><h1>The national and local context</h1><p>The national drugs strategy, From "
               "Harm to Hope (2021), has three strategic priorities:</p><ul><li>break drug supply chains</li>"
               "<li>deliver a world-class treatment and recovery system</li><li>achieve a generational shift in "
               "the demand for drugs</li></ul><p>Every area must have a Combating Drugs Partnership, a needs "
               "assessment and a local plan, and report against the National Combating Drugs Outcomes "
               "Framework.<sup>2</sup></p><p>Locally, the strategy supports the Vellacombe Health and Wellbeing "
               "Strategy, the county's three community safety partnerships, the Serious Violence Duty response "
               "strategy and the Police and Crime Plan.</p><div class='endnotes'>2. HM Government, National "
               "Combating Drugs Outcomes Framework (2022).</div></section>")
    # chapters
    for n, (name, ch) in enumerate(zip(PRIORITIES, CHAPTERS), 1):
        out.append(f"<section class='ch'><div class='chapterkicker'>Chapter {n + 5}</div><h2 style='font-size:18pt;"
                   f"margin-top:1mm'>Priority {n}: {e(name)}</h2>")
        if n == 3:
            out.append(f"<div class='note'>Reworded at year two. In year one this priority read \u201c{e(OLD3)}"
                       "\u201d.</div>")
        if n == 5:
            out.append("<div class='note'>New at year two. See Appendix C (page 18).</div>")
        out.append(f"<h3>Why this matters</h3><p>{e(ch['why'])}</p><h3>What we will do in year two</h3><ul>")
        out += [f"<li>{e(w)}</li>" for w in ch["we"]]
        out.append("</ul><h3>How we will measure progress</h3><table><tr><th>Measure</th><th>2026</th>"
                   "<th>Ambition 2029</th></tr>")
        out += [f"<tr><td>{e(a)}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ch["m"]]
        out.append("</table><h3>Year one: what we learned</h3><p>")
        out.append(["The closure of lines alone did not protect the people exploited by them: new lines moved "
                    "into the same homes within weeks. Year two pairs every closure with a safeguarding visit.",
                    "The evening clinic pilot in Tolverne doubled new starts among people in work. We will "
                    "extend it to Brantham. See Priority 3 on page 10 for the housing support that helps people "
                    "stay in treatment.",
                    "People with a stable home were twice as likely to complete treatment. Families told us "
                    "that recovery is something the whole family goes through.",
                    "Four of the deaths reviewed in year one followed release from prison. Naloxone on release is "
                    "now routine at HMP Vellacombe.",
                    "Alcohol was covered by a separate plan in year one. Bringing it into this strategy lets the "
                    "partnership use the same treatment, recovery and enforcement routes."][n - 1])
        out.append("</p></section>")
    # enablers, delivery
    out.append("<section class='ch'><h1>Cross-cutting enablers</h1><p>Three enablers support every priority. They "
               "are not priorities in their own right.</p><ol><li><b>Lived experience:</b> people in recovery "
               "sit on the board and every delivery group.</li><li><b>Workforce:</b> a skilled, stable "
               "treatment workforce, with caseloads below 50.</li><li><b>Data:</b> a shared dashboard across "
               "health, police and councils.</li></ol><h2>Equality</h2><p>An equality impact assessment of the "
               "refreshed strategy was completed in April 2027. It found that women, older drinkers and people "
               "from minority ethnic groups are under-represented in treatment, and the action plan includes "
               "steps to reach them.</p></section>")
    out.append("<section class='ch'><h1>How we will deliver</h1><p>The Combating Drugs Partnership board meets "
               "quarterly, chaired by the Senior Responsible Owner. It reports to the Health and Wellbeing Board "
               "and to the national Joint Combating Drugs Unit. Five delivery groups lead the work:</p><table>"
               "<tr><th>Delivery group</th><th>Chair</th><th>Leads on</th></tr>")
    for g, c, p in [("Supply and Exploitation Group", "Detective Superintendent, V&amp;R Police", "Priority 1"),
                    ("Treatment and Criminal Justice Group", "Head of Commissioning, Public Health", "Priority 2"),
                    ("Recovery Communities Group", "Chief Executive, Vellacombe Homes", "Priority 3"),
                    ("Drug-Related Deaths Panel", "Consultant in Public Health", "Priority 4"),
                    ("Alcohol Harm Group", "Licensing Manager, Brantham DC", "Priority 5")]:
        out.append(f"<tr><td>{g}</td><td>{c}</td><td>{p}</td></tr>")
    out.append("</table><p>A lived experience forum meets monthly and reports to the board at every meeting.</p>"
               "</section>")
    # appendix A outcomes
    out.append("<section class='ch'><h1>Appendix A: Outcomes framework</h1><table><tr><th>National outcome</th>"
               "<th>Local measure</th><th>Baseline</th><th>Latest</th></tr>")
    for r in [("Reducing drug use", "Adults reporting drug use in the last year (survey)", "8.4%", "8.1%"),
              ("Reducing drug-related crime", "Neighbourhood crime per 1,000", "11.2", "10.6"),
              ("Reducing drug-related deaths and harm", "Drug misuse deaths", "37", "41"),
              ("Increasing engagement in treatment", "Adults in treatment", "905", "1,006"),
              ("Improving recovery outcomes", "Successful completions", "24%", "27%")]:
        out.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>")
    out.append("</table></section>")
    # appendix B action plan (landscape)
    out.append("<section class='ch land'><h1>Appendix B: Year two action plan</h1><table><tr><th>Ref</th><th>"
               "Priority</th><th>Action</th><th>Lead</th><th>By</th></tr>")
    for n, ch in enumerate(CHAPTERS, 1):
        for k, w in enumerate(ch["we"], 1):
            out.append(f"<tr><td>{n}.{k}</td><td>{SHORT[n - 1] if k == 1 else ''}</td><td>{e(w)}</td><td>"
                       f"{['Police', 'Public Health', 'Housing', 'ICB'][(n + k) % 4]}</td><td>"
                       f"{['Sept 2027', 'Dec 2027', 'Mar 2028', 'Jun 2028'][k - 1]}</td></tr>")
    out.append("</table></section>")
    # appendix C changes
    out.append("<section class='ch'><h1>Appendix C: Changes at year two</h1><table><tr><th>No.</th><th>Year one "
               "(2026-27)</th><th>Year two (2027-28)</th><th>Change</th></tr>")
    old = PRIORITIES[:2] + [OLD3, PRIORITIES[3], "(none: alcohol was covered by the Alcohol Harm Reduction Plan)"]
    chg = ["Unchanged", "Unchanged", "Reworded", "Unchanged", "New"]
    for n in range(5):
        new = PRIORITIES[n] if chg[n] in ("Reworded", "New") else "As year one"
        out.append(f"<tr><td>{n + 1}</td><td>{e(old[n])}</td><td>{e(new)}</td><td>{chg[n]}</td></tr>")
    out.append("</table></section>")
    out.append("<section class='ch'><h1>Appendix D: Glossary</h1><table><tr><th>Term</th><th>Meaning</th></tr>")
    for t, m in [("CDP", "Combating Drugs Partnership"), ("County lines", "Drug dealing networks that use "
                                                                          "children and vulnerable adults to move drugs"),
                 ("Cuckooing", "Taking over the home of a vulnerable person to deal drugs"),
                 ("IPS", "Individual placement and support, an evidence-based employment service"),
                 ("Naloxone", "A medicine that reverses opioid overdose"),
                 ("Nitazenes", "Synthetic opioids, often far stronger than heroin"),
                 ("SRO", "Senior Responsible Owner of the partnership")]:
        out.append(f"<tr><td><b>{e(t)}</b></td><td>{e(m)}</td></tr>")
    out.append("</table><p>Vellacombe Combating Drugs Partnership, County Hall, Tolverne TV1 3HQ (fictional). "
               "Need help now? Call the Vellacombe Recovery Service on 01632 960 552 (fictional).</p></section>")
    out.append("</body></html>")
    return "\n".join(out)


def finish(work: Path, out: Path) -> list[Path]:
    src = work / f"{NAME}.html"
    src.write_text(page_html(), encoding="utf-8")
    target = common.chromium_to_pdf(src, out / f"{NAME}.pdf")
    return [target]
