"""Teignbridge Community Safety Partnership Plan 2025-2028: text-only version (HTML -> Chromium).

The text-only (screen-reader friendly) version that councils publish beside a designed PDF: browser-default
serif type, plain headings, underlined links with their addresses written out, tables turned into lists
("Row 1: ..."), no pictures.  The five priorities are stated once, on p6, as an ordinary numbered list under
"Our priorities for 2025 to 2028".
"""
from __future__ import annotations

from .kit import esc, html_pages

FILE = "strategies/teignbridge_community_safety_partnership_plan_2025-28_text_only.pdf"
TITLE = "Teignbridge Community Safety Partnership Plan 2025 to 2028 (text-only version)"

CSS = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 13pt; line-height: 1.4 }
.body { position: absolute; left: 22mm; right: 22mm; top: 20mm; bottom: 22mm; overflow: hidden }
.foot { position: absolute; left: 22mm; bottom: 10mm; font-size: 10pt }
h1 { font-size: 20pt; margin: 0 0 4mm 0 } h2 { font-size: 15pt; margin: 5mm 0 2mm 0 }
p { margin: 0 0 3mm 0 } a { color: #0000ee; text-decoration: underline }
ol, ul { margin: 0 0 3mm 0; padding-left: 9mm } li { margin-bottom: 1.5mm }
"""


def pg(n, body):
    return f'<div class="body">{body}</div><div class="foot">Page {n} of 9</div>'


def build(out_root):
    P = []
    P.append(pg(1, "<h1>Teignbridge Community Safety Partnership Plan 2025 to 2028</h1>"
                "<p>Text-only version.</p><p>This is a text-only version of the designed plan. It is intended for "
                "people who use screen readers or who prefer plain text. It contains all the words of the designed "
                "plan. Tables have been written out as lists, and pictures that carry no information have been "
                "left out.</p><p>Published by Teignbridge District Council on behalf of the Teignbridge Community "
                "Safety Partnership.</p><p>Other formats: <a>www.teignbridge.example/communitysafety</a></p>"))
    toc = ["Introduction", "Teignbridge in numbers", "What we learned", "Our priorities for 2025 to 2028",
           "How we will deliver the plan", "Other strategies we support", "Measures and governance",
           "Contact us"]
    pages = [3, 4, 5, 6, 7, 8, 9, 9]
    P.append(pg(2, "<h1>Contents</h1><ul>" + "".join(f"<li>{esc(t)} (page {n})</li>" for t, n in zip(toc, pages))
                + "</ul>"))
    P.append(pg(3, "<h1>Introduction</h1><p>The Teignbridge Community Safety Partnership brings together "
                "Teignbridge District Council, Devon County Council, Devon and Cornwall Police, Devon and Somerset "
                "Fire and Rescue Service, NHS Devon, the Probation Service and voluntary organisations.</p>"
                "<p>Every three years we agree a plan based on evidence about crime and disorder in the district "
                "and on what residents tell us. This plan covers April 2025 to March 2028 and is refreshed each "
                "year.</p><p>Most people in Teignbridge are safe and feel safe. But anti-social behaviour in "
                "our town centres, domestic abuse, drug harm and fly-tipping affect many residents, and some "
                "people are affected again and again.</p><p>Signed by the chair of the partnership and the "
                "executive member for community safety.</p>"))
    P.append(pg(4, "<h1>Teignbridge in numbers</h1><p>The designed plan shows these figures as an infographic. "
                "All figures are illustrative.</p><ul><li>Population: about 136,000</li><li>Recorded crimes in "
                "a year: about 7,900</li><li>Anti-social behaviour incidents: about 3,100</li><li>Fly-tipping "
                "reports: about 1,400</li><li>Domestic abuse incidents: about 2,200</li><li>People in drug and "
                "alcohol treatment: about 650</li></ul><p>The main towns are Newton Abbot, Teignmouth, Dawlish, "
                "Kingsteignton and Bovey Tracey.</p>"))
    P.append(pg(5, "<h1>What we learned</h1><h2>Strategic assessment</h2><ul><li>Anti-social behaviour is "
                "concentrated in the three largest town centres and along Teignmouth and Dawlish seafronts."
                "</li><li>Violence peaks on Friday and Saturday nights in Newton Abbot.</li><li>Drug-related "
                "deaths have risen over five years.</li><li>Fly-tipping is the environmental issue residents "
                "mention most.</li></ul><h2>Residents' survey</h2><p>Residents told us their main concerns were "
                "anti-social behaviour, drug dealing, fly-tipping and speeding.</p><h2>Our last plan</h2><p>Our "
                "plan for 2022 to 2025 had three priorities: anti-social behaviour; domestic abuse and sexual "
                "violence; and drugs and alcohol.</p>"))
    P.append(pg(6, "<h1>Our priorities for 2025 to 2028</h1><p>The partnership has agreed five priorities."
                "</p><ol><li>Tackling anti-social behaviour in Newton Abbot, Teignmouth and Dawlish</li>"
                "<li>Reducing domestic abuse</li><li>Tackling fly-tipping and environmental crime</li>"
                "<li>Keeping people safe in the night-time economy</li><li>Reducing drug-related harm</li></ol>"
                "<p>Each priority has a lead partner and a delivery group. The next section sets out what we will "
                "do.</p>"))
    P.append(pg(7, "<h1>How we will deliver the plan</h1><p>The designed plan shows the actions as a table with "
                "four columns: theme, action, lead and timescale. It is written out here row by row.</p><ul>"
                "<li>Row 1: Theme: ASB. Action: town centre action days. Lead: police and district council. "
                "Timescale: every month.</li><li>Row 2: Theme: ASB. Action: seafront summer plan. Lead: district "
                "council. Timescale: each summer.</li><li>Row 3: Theme: Domestic abuse. Action: training for "
                "housing staff. Lead: county council. Timescale: 2025.</li><li>Row 4: Theme: Environment. "
                "Action: fly-tipping cameras at hotspots. Lead: district council. Timescale: 2025.</li>"
                "<li>Row 5: Theme: Night-time. Action: Pubwatch and street marshals in Newton Abbot. Lead: "
                "licensing. Timescale: 2025 to 2026.</li><li>Row 6: Theme: Drugs. Action: naloxone in hostels "
                "and pharmacies. Lead: public health. Timescale: 2025.</li></ul>"))
    P.append(pg(8, "<h1>Other strategies we support</h1><p>Our plan supports the Police and Crime Plan for "
                "Devon, Cornwall and the Isles of Scilly, the Devon Domestic Abuse Strategy, the Devon Combating "
                "Drugs Partnership plan and the peninsula serious violence strategy.</p><p>The national drug "
                "strategy, From Harm to Hope, asks local partners to break drug supply chains, deliver a "
                "world-class treatment and recovery system, and achieve a generational shift in demand for "
                "drugs.</p><p>The Serious Violence Duty and the Prevent duty apply to the partnership's members."
                "</p>"))
    P.append(pg(9, "<h1>Measures and governance</h1><p>We will report every quarter on anti-social behaviour "
                "incidents, repeat domestic abuse, fly-tipping reports and clearances, violence at night in "
                "Newton Abbot, and drug-related deaths. The partnership board meets four times a year.</p>"
                "<h1>Contact us</h1><p>Email: <a>communitysafety@teignbridge.example</a><br>Telephone: 01626 "
                "000 000 (illustrative)</p><p>In an emergency call 999. To report a crime call 101.</p>"))
    return html_pages(out_root / FILE, CSS, P, TITLE)
