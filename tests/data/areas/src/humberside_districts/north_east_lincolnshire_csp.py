"""Safer and Stronger North East Lincolnshire: Community Safety Charter 2025-2028 (fictional).

HTML/CSS printed by Chromium, A4 portrait, 8 pages, DejaVu Serif headings and DejaVu Sans body. The priorities
are six verbs-first commitments in a numbered charter (p6): a framed charter panel with a preamble, each
commitment beside a large circled numeral, and a row of signatories (by role) at the foot.
"""
from __future__ import annotations

from hd_kit import hcontents, hpage, html_pages, htable, ul

FILE = "strategies/safer_and_stronger_north_east_lincolnshire_community_safety_charter_2025-28.pdf"

COMMITMENTS = [
    ("Tackle anti-social behaviour and the people who cause it", "in every neighbourhood, from East Marsh to the villages"),
    ("Protect children and young people from criminal exploitation and county lines", "with schools, families and youth workers"),
    ("Reduce violence, and knife crime above all", "by acting early and acting together"),
    ("Prevent radicalisation and protect people drawn towards extremism", "through the Prevent duty and the Channel panel"),
    ("Make Grimsby and Cleethorpes safer places to enjoy at night", "with licensees, taxi drivers and street pastors"),
    ("Make women and girls safer at home, online and in public", "and believe them when they tell us they are not"),
]

CSS = """
body { font-family: 'DejaVu Sans', sans-serif; color: #262626; font-size: 9.4pt; line-height: 1.5; }
.inner { padding: 20mm 22mm 20mm 22mm; }
.foot { position: absolute; bottom: 10mm; left: 0; right: 0; text-align: center; font-size: 7.5pt; color: #7A1F3D; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 19pt; color: #7A1F3D; margin: 0 0 5mm 0; font-weight: bold; }
h2 { font-family: 'DejaVu Serif', serif; font-size: 12pt; margin: 5mm 0 2mm 0; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.4pt; }
table.t th { border-bottom: 2px solid #7A1F3D; text-align: left; padding: 1.8mm; }
table.t td { border-bottom: 1px dotted #999; padding: 1.8mm; vertical-align: top; }
ol.toc { list-style: none; padding: 0; font-size: 11.5pt; }
ol.toc li { display: flex; justify-content: space-between; padding: 2mm 0; }
ol.toc li .t::after { content: ''; }
.cover { height: 297mm; padding: 60mm 24mm; background: linear-gradient(#F6EEE3, #F6EEE3);
         border: 10mm solid #7A1F3D; }
.cover h1 { font-size: 30pt; line-height: 1.15; }
.cover .o { font-size: 12pt; font-weight: bold; margin-top: 10mm; }
.cover .n { position: absolute; bottom: 18mm; left: 24mm; font-size: 7.5pt; }
.charter { border: 3px double #7A1F3D; background: #FBF7F0; padding: 7mm 9mm; }
.charter .pre { font-family: 'DejaVu Serif', serif; font-style: italic; text-align: center; margin-bottom: 5mm; }
.art { display: flex; align-items: flex-start; margin-bottom: 4mm; }
.art .num { flex: 0 0 12mm; height: 12mm; border-radius: 50%; background: #7A1F3D; color: #fff;
            font-family: 'DejaVu Serif', serif; font-size: 15pt; text-align: center; line-height: 12mm; margin-right: 5mm; }
.art .txt b { display: block; font-size: 12pt; line-height: 1.3; color: #3B0F1F; }
.art .txt i { font-size: 8.4pt; color: #666; }
.sig { display: flex; justify-content: space-between; margin-top: 6mm; font-size: 7.2pt; color: #555; }
.sig div { border-top: 1px solid #999; width: 23%; padding-top: 1mm; }
.box { background: #F6EEE3; padding: 3mm 5mm; border-left: 4px solid #7A1F3D; }
"""


def build(root):
    out = root / FILE

    def foot(n):
        return f"Page {n}"

    toc = [("Introduction", 3), ("North East Lincolnshire today", 4), ("What we have learned", 5),
           ("Our Community Safety Charter", 6), ("Putting the charter into practice", 7),
           ("Who we are and how to contact us", 8)]
    arts = "".join(f'<div class="art"><div class="num">{i}</div><div class="txt"><b>{t}</b><i>\u2026{s}</i>'
                   f"</div></div>" for i, (t, s) in enumerate(COMMITMENTS, start=1))
    pages = [
        '<div class="cover"><h1>Community Safety Charter<br/>2025\u20132028</h1><div class="o">Safer and Stronger '
        'North East Lincolnshire</div><p>Our promises to residents, agreed by every partner</p>'
        '<div class="n">A fictional re-creation for testing. Statistics are illustrative.</div></div>',
        hpage("<h1>Contents</h1>" + hcontents(toc), foot(2)),
        hpage("<h1>Introduction</h1><p>Safer and Stronger North East Lincolnshire is the community safety "
              "partnership for Grimsby, Cleethorpes, Immingham and the surrounding villages. This time, instead "
              "of a long strategy, the partners have agreed a short charter: six promises that each organisation "
              "has signed, and that residents can hold us to.</p><p>The charter is deliberately written in plain "
              "words, starting with what we will do. The rest of this document explains why we chose these "
              "promises, how we will keep them and how we will report back.</p>"
              '<p class="box">\u201cSay what you will do, then do it.\u201d Resident at the Freeman Street '
              "listening event</p>", foot(3)),
        hpage("<h1>North East Lincolnshire today</h1>" + htable([
                  ["Measure (2024/25, illustrative*)", "Value", "Trend"],
                  ["Recorded crime per 1,000 residents", "98", "\u22122%"],
                  ["ASB incidents", "8,120", "+2%"], ["Knife crime offences", "150", "+7%"],
                  ["Children referred for criminal exploitation", "84", "+12%"],
                  ["Violence in Grimsby and Cleethorpes, 9pm\u20133am", "520", "\u22123%"],
                  ["Domestic abuse incidents", "4,020", "+1%"], ["Prevent referrals", "41", "+5%"]]) +
              '<p style="font-size:7.5pt">* Illustrative figures for this test document.</p>'
              "<h2>Key findings of the strategic assessment</h2>" + ul([
                  "East Marsh and West Marsh account for a third of ASB and violence.",
                  "County lines from West Yorkshire and Merseyside use local children to move drugs.",
                  "Women and girls told us they feel least safe on the seafront and in taxis at night.",
                  "Online radicalisation referrals concern mostly boys aged 13 to 17."]), foot(4)),
        hpage("<h1>What we have learned</h1><h2>Our 2022\u20132025 priorities</h2>" + ul([
                  "Anti-social behaviour", "Violence and exploitation", "Domestic abuse", "Drugs and alcohol",
                  "Community cohesion"]) +
              "<h2>Statutory duties</h2><p>The partnership meets the Crime and Disorder Act 1998, the Serious "
              "Violence Duty (with the Humber Violence Prevention Partnership), the Prevent duty under the "
              "Counter-Terrorism and Security Act 2015, and the domestic abuse related death review duty.</p>"
              "<h2>The Police and Crime Plan</h2><p>The Commissioner's outcomes under <i>Safer communities</i> "
              "include <i>Fewer people harmed by violence, drugs and exploitation</i> and <i>Women and girls who "
              "are safe, and feel safe, wherever they are</i>. Drug treatment is led by the North East "
              "Lincolnshire Combating Drugs Partnership.</p>", foot(5)),
        hpage('<h1>Our Community Safety Charter</h1><div class="charter"><div class="pre">The partners of Safer '
              "and Stronger North East Lincolnshire promise, together, for 2025\u20132028, to\u2026</div>" + arts +
              '<div class="sig"><div>Leader, North East Lincolnshire Council</div><div>Chief Constable, Humberside '
              "Police</div><div>Chief Fire Officer, Humberside Fire and Rescue</div><div>Head of Service, Probation "
              "Service</div></div></div>", foot(6)),
        hpage("<h1>Putting the charter into practice</h1>" + htable([
                  ["Promise", "Theme", "First-year action", "We will report"],
                  ["1", "ASB", "Neighbourhood action days in East and West Marsh", "Quarterly"],
                  ["2", "Exploitation", "Exploitation hub with children's services", "Quarterly"],
                  ["3", "Violence", "Knife bins, weapons sweeps and school talks", "Quarterly"],
                  ["4", "Prevent", "Channel panel; training for schools", "Annually"],
                  ["5", "Night-time", "Street pastors and taxi marshals on Fridays and Saturdays", "Quarterly"],
                  ["6", "Women and girls", "Walk and Talk routes; safe spaces", "Quarterly"]]) +
              "<h2>How we will know</h2>" + ul([
                  "Fewer residents saying ASB is a problem (baseline 24%).",
                  "Fewer knife offences and hospital admissions for assault.",
                  "More women saying they feel safe after dark in town centres."]), foot(7)),
        hpage("<h1>Who we are and how to contact us</h1><p>Members: North East Lincolnshire Council, Humberside "
              "Police, Humberside Fire and Rescue, NHS Humber and North Yorkshire Integrated Care Board, the "
              "Probation Service, the Police and Crime Commissioner and voluntary sector representatives.</p>"
              "<p>safer.nel@nelincs.example \u00b7 01472 000 666 (illustrative)</p>", foot(8)),
    ]
    return html_pages(out, title="Safer and Stronger North East Lincolnshire Community Safety Charter 2025-2028",
                      css=CSS, pages=pages)
