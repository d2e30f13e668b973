"""Safer Cornwall Partnership Plan 2025-2028: a summary in plain English (HTML/CSS -> Chromium).

Plain-English summary: every section heading is a question ("What will we focus on?"), short paragraphs,
an "In short" box closing each section, a "Words we use" list.  The six priorities are stated once, on p7, as
bold lines with a plain sentence below each (no numbers); the delivery table on p8 uses short theme names.
"""
from __future__ import annotations

from .kit import esc, html_pages

FILE = "strategies/safer_cornwall_partnership_plan_2025-28_plain_english_summary.pdf"
TITLE = "Safer Cornwall Partnership Plan 2025 to 2028: a summary in plain English"

CSS = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; color: #222; font-size: 12.5pt; line-height: 1.55 }
.body { position: absolute; left: 24mm; right: 24mm; top: 22mm; bottom: 24mm; overflow: hidden }
.foot { position: absolute; left: 24mm; right: 24mm; bottom: 10mm; font-size: 9pt; color: #555 }
.foot b { color: #1b5e20 }
h1 { font-size: 20pt; margin: 0 0 6mm 0; color: #1b5e20 }
h1:before { content: ''; display: inline-block; width: 5mm; height: 5mm; background: #f2b705; margin-right: 3mm;
            border-radius: 50% }
p { margin: 0 0 4mm 0 }
.short { background: #eef6ee; border-radius: 4mm; padding: 4mm 6mm; margin-top: 6mm }
.short b { color: #1b5e20; display: block; margin-bottom: 1mm }
.pri { margin: 0 0 5.5mm 0; padding-left: 6mm; border-left: 1.2mm solid #f2b705 }
.pri .t { font-weight: bold; font-size: 13.5pt; display: block }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt }
th { text-align: left; background: #1b5e20; color: #fff; padding: 2mm }
td { padding: 2mm; border-bottom: 0.6pt solid #bbb; vertical-align: top }
.cover { background: #1b5e20; height: 100%; color: #fff; padding: 50mm 24mm; box-sizing: border-box }
.cover .t { font-size: 30pt; font-weight: bold; line-height: 1.15 }
.cover .s { font-size: 16pt; margin-top: 10mm; color: #f2b705 }
ul { margin: 0 0 4mm 0; padding-left: 7mm }
li { margin-bottom: 1.5mm }
dl dt { font-weight: bold } dl dd { margin: 0 0 3mm 0 }
"""


def pg(n, body):
    return (f'<div class="body">{body}</div><div class="foot"><b>Safer Cornwall</b> \u00b7 Plan summary in '
            f'plain English \u00b7 page {n}</div>')


def short(t):
    return f'<div class="short"><b>In short</b>{esc(t)}</div>'


def build(out_root):
    P = ['<div class="cover"><div class="t">Safer Cornwall Partnership Plan 2025 to 2028</div>'
         '<div class="s">A summary in plain English</div><p style="margin-top:60mm">For everyone who lives in, '
         'works in or visits Cornwall and the Isles of Scilly.</p></div>']
    toc = [("What is this document?", 3), ("Why do we need a plan?", 4), ("What did people tell us?", 5),
           ("What did our last plan do?", 6), ("What will we focus on?", 7), ("What will we do?", 8),
           ("How will we know it is working?", 9), ("Words we use", 9), ("How can I find out more?", 10)]
    P.append(pg(2, "<h1>Contents</h1><table>" + "".join(
        f"<tr><td>{esc(t)}</td><td style='text-align:right'>{n}</td></tr>" for t, n in toc) + "</table>"))
    P.append(pg(3, "<h1>What is this document?</h1>"
                "<p>This is a short version of the Safer Cornwall Partnership Plan. The full plan is 40 pages "
                "long. This summary uses everyday words and leaves out the detail.</p>"
                "<p>Safer Cornwall is a partnership. It brings together Cornwall Council, Devon and Cornwall "
                "Police, the fire and rescue service, the NHS, the probation service and the Council of the "
                "Isles of Scilly. Charities and community groups work with us.</p>"
                "<p>The law says every council area must have a partnership like this, and a plan to reduce "
                "crime and disorder.</p>" + short("Safer Cornwall is a group of organisations working together. "
                                                  "This is a short summary of our plan.")))
    P.append(pg(4, "<h1>Why do we need a plan?</h1>"
                "<p>Cornwall is one of the safer places in England. But some harm is hidden, and some places "
                "and people are affected much more than others.</p><p>Every year we look at the evidence. This "
                "is called a strategic assessment. This year it found that:</p><ul>"
                "<li>domestic abuse is the biggest cause of harm, and much of it is not reported</li>"
                "<li>anti-social behaviour is highest in ten of our towns</li>"
                "<li>about 1 in 3 violent crimes involve alcohol</li>"
                "<li>more people are being exploited by criminals, including for their labour</li>"
                "<li>hate crime reports went up by about 12%</li></ul>"
                "<p><i>The figures in this summary are illustrative.</i></p>"
                + short("The evidence shows where harm is greatest. We use it to choose what to focus on.")))
    P.append(pg(5, "<h1>What did people tell us?</h1>"
                "<p>Over 2,000 people took part in our Have Your Say survey and events. They told us:</p><ul>"
                "<li>they want to see the police and council dealing with problems they report</li>"
                "<li>drug dealing and drug use worry them most</li>"
                "<li>young people want safe places to go</li>"
                "<li>people on the Isles of Scilly want services that reach the islands</li></ul>"
                + short("People want to see action on the problems they report.")))
    P.append(pg(6, "<h1>What did our last plan do?</h1>"
                "<p>Our last plan ran from 2022 to 2025. It focused on:</p><ul>"
                "<li>Domestic abuse and sexual violence</li><li>Anti-social behaviour</li>"
                "<li>Problem drinking and drug use</li><li>Exploitation</li></ul>"
                "<p>We trained more than 1,500 people as active bystanders, supported ten towns with the most "
                "crime, and opened a new recovery service.</p>"
                + short("The last plan made progress. Some work carries on in this plan.")))
    pri = [("Stopping domestic abuse and sexual violence", "Because it causes the most harm, often in secret."),
           ("Cutting anti-social behaviour in our towns", "Because it spoils everyday life for many people."),
           ("Reducing harm from drugs and alcohol", "Because it lies behind much crime and many early deaths."),
           ("Preventing serious violence", "Because the law asks us to, and because one death is too many."),
           ("Stopping modern slavery and exploitation", "Because criminals use people, including children, for "
                                                          "profit."),
           ("Tackling hate crime", "Because everyone should feel they belong here.")]
    P.append(pg(7, "<h1>What will we focus on?</h1><p>For the next three years we will focus on six things:</p>"
                + "".join(f'<div class="pri"><span class="t">{esc(t)}</span>{esc(d)}</div>' for t, d in pri)))
    rows = [("Abuse", "Open a single place to get help. Train staff in GP surgeries.", "Council"),
            ("ASB", "Put a problem-solving plan in place in each of ten towns.", "Police and council"),
            ("Drugs and alcohol", "Get more people into treatment. Give out naloxone.", "Public health"),
            ("Violence", "Work with schools and hospitals on violence.", "Violence partnership"),
            ("Exploitation", "Check farms and boats for signs of forced labour.", "Police"),
            ("Hate", "Set up more places where people can report hate crime.", "Council")]
    P.append(pg(8, "<h1>What will we do?</h1><p>Here are some of the things we will do.</p><table>"
                "<tr><th>Theme</th><th>What we will do</th><th>Who leads</th></tr>"
                + "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in rows)
                + "</table>" + short("Every theme has actions and a lead organisation.")))
    P.append(pg(9, "<h1>How will we know it is working?</h1><p>We will check every three months. We will look "
                "at fewer repeat victims of domestic abuse, fewer reports of anti-social behaviour, more people "
                "finishing treatment, and fewer hospital visits because of violence.</p>"
                "<p>Our plan also helps the Police and Crime Commissioner's plan for Devon, Cornwall and the "
                "Isles of Scilly.</p><h1>Words we use</h1><dl>"
                "<dt>Exploitation</dt><dd>When someone uses another person for their own gain.</dd>"
                "<dt>Strategic assessment</dt><dd>A yearly look at the evidence about crime.</dd>"
                "<dt>Naloxone</dt><dd>A medicine that can reverse an overdose.</dd></dl>"))
    P.append(pg(10, "<h1>How can I find out more?</h1><p>You can read the full plan on our website.</p>"
                "<p>Email: safercornwall@cornwall.example<br>Telephone: 0300 000 0000 (illustrative)</p>"
                "<p>In an emergency call 999. To report a crime call 101.</p>"
                "<p>This summary is also available in large print, in Easy Read and in Cornish.</p>"))
    return html_pages(out_root / FILE, CSS, P, TITLE)
