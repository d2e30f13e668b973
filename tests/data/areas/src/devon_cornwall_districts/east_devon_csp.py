"""East Devon Community Safety Partnership Plan 2025-2028, accessible version with picture descriptions
(HTML/CSS -> Chromium).

Every photograph and chart of the designed plan is replaced by its description, printed in a dashed frame
("Picture of ...", "Chart showing ...").  The five priorities are stated once, on p7, as headings, each
followed by the description of the photograph that sat beside it and one sentence.
"""
from __future__ import annotations

from .kit import esc, html_pages

FILE = "strategies/east_devon_community_safety_partnership_plan_2025-28_accessible.pdf"
TITLE = "East Devon Community Safety Partnership Plan 2025 to 2028 (accessible version)"

CSS = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; color: #111; font-size: 12pt; line-height: 1.5 }
.body { position: absolute; left: 25mm; right: 25mm; top: 24mm; bottom: 24mm; overflow: hidden }
.head { position: absolute; left: 25mm; right: 25mm; top: 10mm; font-size: 9pt; color: #4a4a4a;
        font-family: 'Liberation Sans', sans-serif; border-bottom: 0.5pt solid #888; padding-bottom: 1.5mm }
.num { position: absolute; right: 25mm; bottom: 10mm; font-family: 'Liberation Sans', sans-serif; font-size: 10pt }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 19pt; color: #00565c; margin: 0 0 5mm 0 }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 13pt; color: #00565c; margin: 5mm 0 2mm 0 }
h3 { font-family: 'Liberation Sans', sans-serif; font-size: 13pt; margin: 5mm 0 1.5mm 0 }
p { margin: 0 0 3mm 0 }
.pic { border: 0.8pt dashed #777; padding: 2.5mm 4mm; margin: 2mm 0 4mm 0; font-style: italic; color: #333;
       font-size: 11pt }
.pic:before { content: 'Picture description  '; font-style: normal; font-weight: bold; font-size: 8.5pt;
              font-family: 'Liberation Sans', sans-serif; color: #00565c; display: block }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; font-family: 'Liberation Sans', sans-serif }
th { border-bottom: 1.5pt solid #00565c; text-align: left; padding: 1.8mm }
td { border-bottom: 0.5pt solid #aaa; padding: 1.8mm; vertical-align: top }
ul { margin: 0 0 3mm 0 }
"""


def pic(t):
    return f'<div class="pic">{esc(t)}</div>'


def pg(n, body):
    return (f'<div class="head">East Devon Community Safety Partnership Plan 2025\u20132028 \u2014 accessible '
            f'version</div><div class="body">{body}</div><div class="num">Page {n}</div>')


def build(out_root):
    P = ['<div class="body" style="top:40mm"><p style="font-family:Liberation Sans;font-size:13pt">East Devon '
         'District Council and partners</p><h1 style="font-size:30pt;line-height:1.15">Community Safety '
         'Partnership Plan 2025\u20132028</h1><p style="font-size:16pt">Accessible version</p>'
         + pic("Picture of the seafront at Exmouth on a sunny day, with people walking along the promenade and "
               "a lifeguard hut in the foreground.")
         + "<p>In this version every picture and chart has been replaced by a description of it. The text is "
           "otherwise the same as the designed version.</p></div>"]
    toc = [("Introduction", 3), ("About East Devon", 4), ("What we learned", 5), ("Where we have come from", 6),
           ("Our priorities", 7), ("Action plan", 8), ("Measuring success", 10), ("How we work", 11),
           ("Contact us", 12)]
    P.append(pg(2, "<h1>Contents</h1><table>" + "".join(
        f"<tr><td>{esc(t)}</td><td style='text-align:right'>{n}</td></tr>" for t, n in toc) + "</table>"))
    P.append(pg(3, "<h1>Introduction</h1>" + pic("Picture of the chair of the partnership, a woman in a dark "
                                                 "jacket, standing outside the council offices in Honiton.")
                + "<p>East Devon is a safe place to live, but crime and anti-social behaviour still harm people "
                  "and places. Some harms, such as domestic abuse, scams and exploitation, happen out of sight.</p>"
                  "<p>This plan explains what the East Devon Community Safety Partnership will focus on for the "
                  "next three years and how we will do it. It is based on our strategic assessment and on a "
                  "survey of residents, parish and town councils.</p><p>The partnership brings together East "
                  "Devon District Council, Devon County Council, Devon and Cornwall Police, Devon and Somerset "
                  "Fire and Rescue Service, the NHS, probation and the voluntary sector.</p>"
                + pic("Picture of partners around a table at a community event in Axminster, with leaflets on "
                      "the table.")))
    P.append(pg(4, "<h1>About East Devon</h1><p>About 155,000 people live in East Devon. It has one of the "
                "oldest populations in the country, a long coastline with resort towns, and large rural "
                "areas.</p>" + pic("Map of East Devon showing the main towns: Exmouth, Sidmouth, Seaton, "
                                   "Honiton, Axminster, Ottery St Mary and Cranbrook, with the coast to the south.")
                + pic("Chart showing recorded crime per 1,000 people: East Devon about 42, Devon about 55 and "
                      "England about 90. These figures are illustrative.")
                + "<p>Crime is low, but the number of people over 65 who report being targeted by scams has "
                  "risen each year.</p>"))
    P.append(pg(5, "<h1>What we learned</h1><p>Our strategic assessment found that:</p><ul>"
                "<li>anti-social behaviour is concentrated in Exmouth town centre and on the seafronts in "
                "summer</li><li>domestic abuse is the most common violent crime</li><li>older residents lose "
                "large sums to scams and rogue traders</li><li>county lines target young people in Exmouth and "
                "Cranbrook</li><li>there were several drownings and near-drownings along the coast and rivers"
                "</li></ul>" + pic("Chart showing anti-social behaviour reports by month, rising from about 150 in "
                                   "January to about 420 in August and falling again. Illustrative figures.")
                + "<h2>What residents said</h2><p>Residents' main worries were anti-social behaviour, speeding "
                  "and drug dealing.</p>"))
    P.append(pg(6, "<h1>Where we have come from</h1><p>Our 2022\u20132025 plan had four priorities:</p><ul>"
                "<li>Anti-social behaviour</li><li>Domestic abuse and sexual violence</li>"
                "<li>Fraud and scams</li><li>Serious violence and exploitation</li></ul>"
                "<h2>The Police and Crime Plan</h2><p>The Police and Crime Commissioner's plan for 2025\u20132029 "
                "has seven priorities, including tackling anti-social behaviour, stopping drug dealing and "
                "exploitation, and putting victims first. Our plan supports several of them.</p>"
                + pic("Picture of the front cover of the Police and Crime Plan, showing a police officer with a "
                      "member of the public on a village green.")))
    pri = [("Reducing anti-social behaviour in our towns and on our coast",
            "Picture of a police community support officer talking to a group of teenagers on Exmouth seafront.",
            "We will act quickly on reports and support people who are targeted again and again."),
           ("Protecting older people from scams and doorstep crime",
            "Picture of an older man at his front door, with a trading standards officer showing an ID card.",
            "We will help people spot scams and stop rogue traders."),
           ("Tackling domestic abuse",
            "Picture of a support worker and a woman talking in a quiet room. The woman's face is not shown.",
            "We will make sure people know where to get help, wherever they live."),
           ("Keeping young people safe from exploitation",
            "Picture of a police officer talking to a young person outside a skate park.",
            "We will spot the signs early and work with schools and youth workers."),
           ("Keeping people safe on our beaches and by the water",
            "Picture of a lifeguard flag on a beach, with a red and yellow flag flying.",
            "We will work with the RNLI and the water safety partnership.")]
    P.append(pg(7, "<h1>Our priorities</h1><p>For 2025\u20132028 we will concentrate on five priorities.</p>"
                + "".join(f"<h3>{esc(t)}</h3>{pic(d)}<p>{esc(s)}</p>" for t, d, s in pri)))
    acts = [("ASB", "Problem-solving groups in Exmouth and Sidmouth", "Police, district council", "2025"),
            ("ASB", "Summer seafront plan with extra patrols", "Police, district council", "Each summer"),
            ("Scams", "Scams awareness talks in every town", "Trading standards", "2025\u201326"),
            ("Scams", "Call blockers for people at high risk", "Trading standards", "2025"),
            ("Domestic abuse", "Drop-in help points in market towns", "Devon County Council", "2026")]
    acts2 = [("Exploitation", "Training for taxi drivers and shop staff", "Police, licensing", "2025"),
             ("Exploitation", "Safeguarding plan for Cranbrook", "County council", "2026"),
             ("Water", "Water safety talks in primary schools", "RNLI, fire service", "Each spring"),
             ("Water", "Throw lines at river spots", "District council", "2025")]

    def tbl(rows):
        return ("<table><tr><th>Theme</th><th>Action</th><th>Lead</th><th>When</th></tr>" + "".join(
            f"<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{d}</td></tr>" for a, b, c, d in rows)
                + "</table>")
    P.append(pg(8, "<h1>Action plan</h1><p>The designed version shows the action plan as a coloured table. "
                   "It is reproduced here as a plain table.</p>" + tbl(acts)))
    P.append(pg(9, "<h1>Action plan (continued)</h1>" + tbl(acts2)
                + pic("Picture of a throw line in a red box mounted on a post beside the River Otter.")))
    P.append(pg(10, "<h1>Measuring success</h1><ul><li>Anti-social behaviour incidents, and repeat callers</li>"
                    "<li>Number of people helped after a scam</li><li>Domestic abuse referrals from rural "
                    "areas</li><li>Young people referred for exploitation support</li><li>Water-related "
                    "incidents</li></ul>" + pic("Chart showing five dials, one for each measure, each pointing "
                                                 "to 'on track'. Illustrative.")))
    P.append(pg(11, "<h1>How we work</h1><p>The partnership board meets four times a year. It reports to the "
                    "district council's scrutiny committee. It meets the Crime and Disorder Act 1998, the "
                    "Serious Violence Duty and the Prevent duty.</p><p>We share information under a signed "
                    "protocol and we carry out domestic abuse related death reviews when needed.</p>"))
    P.append(pg(12, "<h1>Contact us</h1><p>Community Safety Team, East Devon District Council<br>Email: "
                    "communitysafety@eastdevon.example<br>Telephone: 01395 000 000 (illustrative)</p><p>In an "
                    "emergency call 999. To report a crime call 101.</p>"
                + pic("Picture of the East Devon District Council logo above the logos of the partner "
                      "organisations.")))
    return html_pages(out_root / FILE, CSS, P, TITLE)
