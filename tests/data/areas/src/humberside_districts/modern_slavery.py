"""Humber Modern Slavery Partnership: Modern Slavery and Human Trafficking Strategy 2025-2028 (fictional).

HTML/CSS printed by Chromium, A4 portrait, 8 pages, Liberation Sans Narrow headings and Liberation Sans body.
The priorities are the four outcome boxes of an outcomes tree (p6): one impact box at the top, CSS connector
lines down to four outcome boxes in a row ("OUTCOME A" ... ), and under each a short list of contributing
activities.
"""
from __future__ import annotations

from hd_kit import hcontents, hpage, html_pages, htable, ul

FILE = "strategies/humber_modern_slavery_and_human_trafficking_strategy_2025-28.pdf"

OUTCOMES = [
    ("Victims identified early, at the ports and in our towns",
     ["Port and border staff trained", "Spot-the-signs in car washes, nail bars and farms"]),
    ("Survivors supported to recover and rebuild their lives",
     ["Navigators from first contact", "Safe housing after the NRM"]),
    ("Exploiters disrupted and brought to justice",
     ["Joint operations with Border Force", "Slavery and trafficking orders"]),
    ("Businesses that keep slavery out of their supply chains",
     ["Council procurement checks", "Support for small employers"]),
]

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #1F1F2E; font-size: 9.6pt; line-height: 1.45; }
.inner { padding: 20mm 19mm 20mm 19mm; }
.foot { position: absolute; bottom: 8mm; left: 19mm; right: 19mm; font-size: 7.5pt; color: #555;
        text-align: right; }
h1 { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 23pt; color: #33337A;
     margin: 0 0 4mm 0; }
h2 { font-family: 'Liberation Sans Narrow', sans-serif; font-size: 13.5pt; margin: 4mm 0 2mm 0; color: #33337A; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.6pt; }
table.t th { background: #33337A; color: #fff; text-align: left; padding: 1.8mm; }
table.t td { border-bottom: 1px solid #ccd; padding: 1.8mm; vertical-align: top; }
ol.toc { padding-left: 0; list-style: none; font-size: 11.5pt; }
ol.toc li { padding: 2mm 0; display: flex; gap: 4mm; }
ol.toc li .n { order: -1; width: 10mm; color: #33337A; font-weight: bold; }
.cover { height: 297mm; background: #33337A; color: #fff; padding: 50mm 20mm; }
.cover h1 { color: #fff; font-size: 32pt; line-height: 1.1; }
.cover .n { position: absolute; bottom: 14mm; left: 20mm; font-size: 7.5pt; }
.tree { position: relative; margin-top: 4mm; }
.imp { width: 100mm; margin: 0 auto; background: #33337A; color: #fff; text-align: center; padding: 4mm;
       font-size: 11pt; border-radius: 3mm; }
.trunk { width: 0; height: 8mm; border-left: 2px solid #33337A; margin: 0 auto; }
.branch { height: 8mm; border: 2px solid #33337A; border-bottom: none; margin: 0 12.5%; position: relative; }
.branch::before, .branch::after { content: ''; position: absolute; top: -2px; height: 8mm;
                                   border-left: 2px solid #33337A; }
.branch::before { left: 33.3%; }
.branch::after { left: 66.6%; }
.row { display: flex; gap: 4mm; }
.row .o { flex: 1; border: 2px solid #E0A526; background: #FFF8E6; padding: 3mm; min-height: 38mm; }
.row .o .k { font-size: 7pt; letter-spacing: .12em; color: #8A6A14; display: block; margin-bottom: 1.5mm; }
.row .o b { font-size: 11.5pt; line-height: 1.28; display: block; }
.acts { display: flex; gap: 4mm; margin-top: 3mm; }
.acts div { flex: 1; font-size: 8pt; border-top: 1px dashed #999; padding-top: 1.5mm; }
.acts ul { margin: 0; padding-left: 4mm; }
.note { font-size: 7.6pt; color: #555; }
"""


def build(root):
    out = root / FILE

    def foot(n):
        return f"Humber Modern Slavery Partnership | {n}"

    toc = [("Introduction", 3), ("Modern slavery in the Humber", 4), ("The national approach", 5),
           ("Our outcomes tree", 6), ("Delivery plan", 7), ("Governance and reporting concerns", 8)]
    outs = "".join(f'<div class="o"><span class="k">OUTCOME {"ABCD"[i]}</span><b>{t}</b></div>'
                   for i, (t, _) in enumerate(OUTCOMES))
    acts = "".join(f"<div>Contributing activity{ul(a)}</div>" for _, a in OUTCOMES)
    pages = [
        '<div class="cover"><h1>Modern Slavery and<br/>Human Trafficking<br/>Strategy 2025\u20132028</h1>'
        '<p>Humber Modern Slavery Partnership</p><div class="n">A fictional re-creation for testing. '
        "Statistics are illustrative.</div></div>",
        hpage("<h1>Contents</h1>" + hcontents(toc), foot(2)),
        hpage("<h1>Introduction</h1><p>The Humber is home to some of the busiest ports in the country, to food "
              "processing, farming and a large logistics sector. These bring work and wealth, and they also bring "
              "people who exploit others for labour, sex and crime.</p><p>The Humber Modern Slavery Partnership "
              "brings together the councils, Humberside Police, Border Force, the Gangmasters and Labour Abuse "
              "Authority, health, the voluntary sector and employers. This strategy is set out as an outcomes "
              "tree: one impact, and the four outcomes beneath it that are our priorities.</p>"
              "<p><b>Chair, Humber Modern Slavery Partnership</b></p>", foot(3)),
        hpage("<h1>Modern slavery in the Humber</h1>" + htable([
                  ["Measure (2024/25, illustrative*)", "Value"],
                  ["National Referral Mechanism referrals from the Humber", "310"],
                  ["Of which children (mostly criminal exploitation)", "140"],
                  ["Modern slavery crimes recorded", "190"], ["Duty to notify reports", "45"]]) +
              '<p class="note">* Illustrative figures for this test document.</p><h2>What we found</h2>' + ul([
                  "Labour exploitation in car washes, food processing and agriculture is the most common adult "
                  "type.",
                  "Most child referrals relate to county lines.",
                  "Survivors leaving the NRM often have nowhere safe to live."]), foot(4)),
        hpage("<h1>The national approach</h1><p>The Modern Slavery Act 2015 created the offences of slavery, "
              "servitude, forced labour and human trafficking, slavery and trafficking orders, and the duty on "
              "large businesses (section 54) to publish a transparency statement.</p><h2>The four Ps</h2>" + ul([
                  "<b>Pursue:</b> prosecute and disrupt individuals and groups responsible for modern slavery",
                  "<b>Prevent:</b> prevent people from engaging in modern slavery",
                  "<b>Protect:</b> strengthen safeguards against modern slavery",
                  "<b>Prepare:</b> reduce the harm caused by modern slavery through improved victim "
                  "identification and enhanced support"]) +
              "<h2>Our 2021\u20132024 plan</h2><p>Organised by the four Ps, with awareness raising as a fifth "
              "strand.</p>", foot(5)),
        hpage("<h1>Our outcomes tree</h1><p class=\"note\">Read from the top down: the impact we seek, and the "
              "four outcomes (our priorities for 2025\u20132028) that will bring it about.</p>"
              '<div class="tree"><div class="imp">IMPACT: a Humber where no one is exploited for labour, sex '
              'or crime</div><div class="trunk"></div><div class="branch"></div><div class="row">' + outs +
              '</div><div class="acts">' + acts + "</div></div>", foot(6)),
        hpage("<h1>Delivery plan</h1>" + htable([
                  ["Theme", "Action", "Lead"],
                  ["Identification", "Training for port, council and NHS staff", "Border Force / councils"],
                  ["Survivor support", "Navigator service and move-on housing", "OPCC / councils"],
                  ["Disruption", "Joint days of action with the GLAA", "Police"],
                  ["Supply chains", "Modern slavery statement for every council contract over \u00a3100k",
                   "Councils"]]), foot(7)),
        hpage("<h1>Governance and reporting concerns</h1><p>The partnership reports to the four community "
              "safety partnerships and the safeguarding adults and children's partnerships. If you suspect "
              "modern slavery, call 999 in an emergency, 101, or the Modern Slavery and Exploitation Helpline. "
              "Contact: humberslavery@humber.example (illustrative).</p>", foot(8)),
    ]
    return html_pages(out, title="Humber Modern Slavery and Human Trafficking Strategy 2025-2028", css=CSS,
                      pages=pages)
