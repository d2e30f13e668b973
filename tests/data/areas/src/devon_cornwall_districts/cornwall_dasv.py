"""Cornwall and Isles of Scilly Domestic Abuse and Sexual Violence Strategy 2025-2030: large print
(HTML/CSS -> Chromium).

Large print in the RNIB style: 18 pt DejaVu Sans, left aligned, 1.5 line spacing, bold headings, no
columns or pictures, page number at top right.  The five priorities are stated once, on p10, each a bold
18 pt heading under its own small label line ("Priority one").  The Tackling Domestic Abuse Plan's pillars
and the VAWG strategy (p8) and the last strategy's priorities (p9) are distractors.
"""
from __future__ import annotations

from .kit import esc, html_pages

FILE = "strategies/cornwall_and_isles_of_scilly_domestic_abuse_and_sexual_violence_strategy_2025-30_large_print.pdf"
TITLE = "Cornwall and Isles of Scilly Domestic Abuse and Sexual Violence Strategy 2025 to 2030 (large print)"

CSS = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 18pt; line-height: 1.5; color: #000 }
.body { position: absolute; left: 22mm; right: 20mm; top: 24mm; bottom: 18mm; overflow: hidden }
.num { position: absolute; right: 20mm; top: 10mm; font-size: 14pt; font-weight: bold }
h1 { font-size: 24pt; margin: 0 0 6mm 0; line-height: 1.25 }
h2 { font-size: 20pt; margin: 6mm 0 3mm 0 }
p { margin: 0 0 5mm 0 }
ul { margin: 0 0 5mm 0; padding-left: 10mm } li { margin-bottom: 2mm }
.lab { font-size: 14pt; margin: 0; color: #333 }
.pri { font-size: 18pt; font-weight: bold; margin: 0 0 7mm 0; line-height: 1.35 }
"""


def pg(n, body):
    return f'<div class="num">Page {n}</div><div class="body">{body}</div>'


def ul(items):
    return "<ul>" + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul>"


def build(out_root):
    P = ['<div class="body" style="top:50mm"><h1 style="font-size:30pt">Cornwall and Isles of Scilly Domestic '
         'Abuse and Sexual Violence Strategy 2025 to 2030</h1><p style="font-size:24pt;font-weight:bold">Large '
         'print version</p><p>Safer Cornwall Domestic Abuse and Sexual Violence Partnership</p></div>']
    toc = [("About this version", 3), ("Foreword", 4), ("What we mean", 6), ("The scale of the problem", 7),
           ("National context", 8), ("Our last strategy", 9), ("Our priorities", 10), ("Prevention", 11),
           ("Support for survivors", 12), ("Perpetrators", 13), ("Safe accommodation", 14), ("Children", 15),
           ("How we will know", 16), ("Getting help", 17)]
    P.append(pg(2, "<h1>Contents</h1>" + "".join(f"<p style='margin:0 0 1.6mm 0'>{esc(t)}: page {n}</p>"
                                                  for t, n in toc)))
    P.append(pg(3, "<h1>About this version</h1><p>This is the large print version of our strategy. It uses 18 "
                "point text. The words are the same as in the standard version, but the pictures and diagrams "
                "have been left out.</p><p>If you need this strategy in another format, please contact us. "
                "Our details are on page 17.</p><p>This strategy talks about abuse. If it brings up difficult "
                "feelings, support is listed on page 17.</p>"))
    P.append(pg(4, "<h1>Foreword</h1><p>Domestic abuse and sexual violence are among the most harmful crimes in "
                "Cornwall and on the Isles of Scilly. They happen in every community, in towns, villages and on "
                "the islands.</p><p>Survivors told us that help can be hard to find, especially in rural areas "
                "and on the islands, and that they are too often asked to tell their story again and again.</p>"))
    P.append(pg(5, "<h1>Foreword (continued)</h1><p>This strategy sets out what the partnership will do over the "
                "next five years. It was written with survivors, specialist services and the partners who sit "
                "on the Domestic Abuse and Sexual Violence Partnership Board.</p><p>Chair of the Domestic Abuse "
                "and Sexual Violence Partnership Board</p>"))
    P.append(pg(6, "<h1>What we mean</h1><p>We use the definition in the Domestic Abuse Act 2021. Domestic abuse "
                "is abusive behaviour between people aged 16 or over who are personally connected. It includes "
                "physical, sexual, economic, emotional and psychological abuse, and controlling or coercive "
                "behaviour.</p><p>Sexual violence is any sexual act without consent.</p>"))
    P.append(pg(7, "<h1>The scale of the problem</h1><p>All figures are illustrative.</p>" + ul([
        "About 9,000 domestic abuse incidents are reported each year.",
        "About 1 in 5 incidents involves a repeat victim.",
        "About 1,100 sexual offences are recorded each year.",
        "About 3,000 children live in homes where there is domestic abuse."])))
    P.append(pg(8, "<h1>National context</h1><p>The national Tackling Domestic Abuse Plan has four pillars:</p>"
                + ul(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
                      "A stronger system"])
                + "<p>The national Tackling Violence Against Women and Girls Strategy also guides our work.</p>"))
    P.append(pg(9, "<h1>Our last strategy</h1><p>Our strategy for 2020 to 2025 had four priorities:</p>"
                + ul(["Early identification", "Specialist support", "Accountability for perpetrators",
                      "Workforce development"])
                + "<p>We built on this work. Workforce development now runs through all our priorities.</p>"))
    pri = [("one", "Preventing domestic abuse and sexual violence before it starts"),
           ("two", "Supporting survivors to recover and rebuild their lives"),
           ("three", "Holding perpetrators to account and changing their behaviour"),
           ("four", "Safe accommodation for survivors and their children"),
           ("five", "Recognising children as victims in their own right")]
    P.append(pg(10, "<h1>Our priorities</h1><p>For 2025 to 2030 we have five priorities.</p>"
                + "".join(f'<p class="lab">Priority {n}</p><p class="pri">{esc(t)}</p>' for n, t in pri)))
    P.append(pg(11, "<h1>Prevention</h1>" + ul([
        "Healthy relationships lessons in every secondary school.",
        "Active bystander training for staff in bars and clubs.",
        "Campaigns in every town and on the islands."])))
    P.append(pg(12, "<h1>Support for survivors</h1>" + ul([
        "One number to call for help, day or night.",
        "Independent advisers for survivors of domestic abuse and sexual violence.",
        "Counselling without long waits."])))
    P.append(pg(13, "<h1>Perpetrators</h1>" + ul([
        "Behaviour change programmes for people who harm.",
        "Joint police and probation work with the most harmful perpetrators.",
        "Use of domestic abuse protection orders."])))
    P.append(pg(14, "<h1>Safe accommodation</h1><p>The Domestic Abuse Act 2021 requires the council to provide "
                "support in safe accommodation.</p>" + ul([
                    "More refuge spaces, including for people with disabilities.",
                    "Sanctuary schemes so that survivors can stay at home safely."])))
    P.append(pg(15, "<h1>Children</h1>" + ul([
        "Operation Encompass in every school.",
        "Therapeutic support for children who have lived with abuse.",
        "Training for health visitors and nursery staff."])))
    P.append(pg(16, "<h1>How we will know</h1>" + ul([
        "Fewer repeat victims.", "More survivors saying they feel safer.",
        "More perpetrators completing programmes.", "Shorter waits for refuge."])
        + "<p>The Partnership Board checks progress every three months.</p>"))
    P.append(pg(17, "<h1>Getting help</h1><p>In an emergency call 999.</p><p>Cornwall domestic abuse and sexual "
                "violence service: 0300 000 0000 (illustrative).</p><p>Email: dasv@cornwall.example</p>"))
    return html_pages(out_root / FILE, CSS, P, TITLE)
