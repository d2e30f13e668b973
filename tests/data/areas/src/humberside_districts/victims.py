"""Humber Victims and Witnesses Board: Victims and Witnesses Strategy 2025-2028 (fictional).

HTML/CSS printed by Chromium, A4 portrait, 9 pages, DejaVu Sans with Liberation Serif headings. The priorities
are five "I statements" written from the victim's point of view, the first column of a table (p6) headed "Your
voice: what you will be able to say", each beside a drawn speech-bubble icon, with "What partners will do" and "How
we'll know" columns.
"""
from __future__ import annotations

from hd_kit import hcontents, hpage, html_pages, htable, ul

FILE = "strategies/humber_victims_and_witnesses_strategy_2025-28.pdf"

STATEMENTS = [
    ("I am treated with dignity and kept informed about my case",
     "Named contact from report to outcome; updates at every stage of the Victims' Code",
     "Victims satisfied with being kept informed"),
    ("I can get support whether or not I report the crime",
     "Self-referral to the Humber victim care service by phone, web chat and drop-in",
     "Self-referrals; victims supported who did not report"),
    ("I am protected from scams and fraud, and helped quickly if I am caught out",
     "Fraud victim advocates; call blockers; banks and trading standards working as one",
     "Repeat fraud victims; money recovered"),
    ("As a witness, I get the help I need to give my best evidence",
     "Witness care from charge to trial; pre-trial visits; special measures applied for early",
     "Witnesses attending trial; cracked trials due to witness issues"),
    ("I can meet or hear from the person who harmed me if I choose to",
     "Restorative justice offered at every stage, for adult and child offenders",
     "Victims offered and taking part in restorative justice"),
]

CSS = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222; font-size: 9.2pt; line-height: 1.5; }
.inner { padding: 22mm 21mm 20mm 21mm; }
.head { position: absolute; top: 0; left: 0; right: 0; height: 12mm; background: #0B6E4F; color: #fff;
        font-size: 7.5pt; padding: 4mm 21mm; }
.foot { position: absolute; bottom: 9mm; left: 21mm; font-size: 7.5pt; color: #0B6E4F; }
h1 { font-family: 'Liberation Serif', serif; font-size: 22pt; color: #0B6E4F; margin: 0 0 4mm 0; }
h2 { font-family: 'Liberation Serif', serif; font-size: 13pt; margin: 4mm 0 2mm 0; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.4pt; }
table.t th { border-bottom: 2px solid #0B6E4F; text-align: left; padding: 1.8mm; }
table.t td { border-bottom: 1px solid #ddd; padding: 1.8mm; vertical-align: top; }
ol.toc { list-style: none; padding: 0; font-size: 11pt; counter-reset: c; }
ol.toc li { padding: 2.2mm 0; border-bottom: 1px dashed #9CC; display: flex; justify-content: space-between; }
.cover { height: 297mm; background: #0B6E4F; color: #fff; padding: 90mm 24mm 0 24mm; }
.cover h1 { color: #fff; font-size: 32pt; }
.cover .n { position: absolute; bottom: 14mm; left: 24mm; font-size: 7.5pt; }
.rights { columns: 2; font-size: 8.4pt; }
table.iv { width: 100%; border-collapse: collapse; }
table.iv th { text-align: left; font-size: 8.2pt; color: #0B6E4F; border-bottom: 2px solid #0B6E4F; padding: 2mm; }
table.iv td { padding: 3mm 2mm; vertical-align: top; border-bottom: 1px solid #cfe3dc; font-size: 8.6pt; }
table.iv td.q { width: 42%; padding-left: 0; }
table.iv td.m { width: 10mm; padding-right: 0; }
.bub { width: 7mm; height: 5.5mm; background: #9FD3C0; border-radius: 2.5mm 2.5mm 2.5mm 0; margin-top: 1mm; }
table.iv td.q b { font-family: 'Liberation Serif', serif; font-size: 12.5pt; color: #0B3D2E; line-height: 1.3;
                  display: block; overflow: hidden; }
"""


def build(root):
    out = root / FILE
    head = "Humber Victims and Witnesses Strategy 2025\u20132028"

    def foot(n):
        return f"{n}"

    toc = [("Foreword", 3), ("Victims in the Humber", 4), ("The Victims' Code and the law", 5),
           ("Your voice: our priorities", 6), ("Services we commission", 7), ("Measuring what matters", 8),
           ("Governance and getting help", 9)]
    rows = "".join(f'<tr><td class="m"><div class="bub"></div></td><td class="q"><b>{s}</b></td><td>{w}</td><td>{k}</td></tr>'
                   for s, w, k in STATEMENTS)
    pages = [
        '<div class="cover"><h1>Victims and Witnesses<br/>Strategy 2025\u20132028</h1><p>Humber Victims and '
        "Witnesses Board: the Police and Crime Commissioner, Humberside Police, the Crown Prosecution Service, "
        "HM Courts and Tribunals Service, the Probation Service and victim services</p>"
        '<div class="n">A fictional re-creation for testing. Statistics are illustrative.</div></div>',
        hpage("<h1>Contents</h1>" + hcontents(toc), foot(2), head),
        hpage("<h1>Foreword</h1><p>Every year around 60,000 people in the Humber become victims of crime. Most "
              "never go near a court. Many never report at all. This strategy is about all of them, and about "
              "the witnesses without whom justice cannot be done.</p><p>We asked victims what good support "
              "would feel like. We have written our priorities in their words: five things every victim and "
              "witness should be able to say about how they were treated.</p><p><b>Police and Crime "
              "Commissioner for Humberside, Chair of the Board</b></p>", foot(3), head),
        hpage("<h1>Victims in the Humber</h1>" + htable([
                  ["Measure (2024/25, illustrative*)", "Value"],
                  ["Victims referred to the victim care service", "21,400"],
                  ["Victims who self-referred", "1,900"], ["Fraud reports (Action Fraud)", "7,300"],
                  ["Witnesses supported by witness care", "4,100"],
                  ["Victims offered restorative justice", "2,600"]]) +
              '<p style="font-size:7.5pt">* Illustrative figures for this test document.</p><h2>What victims told '
              "us</h2>" + ul([
                  "\u201cNobody told me the case had been dropped.\u201d",
                  "Older victims of fraud felt ashamed and did not ask for help.",
                  "Witnesses waited up to two years for trial."]), foot(4), head),
        hpage("<h1>The Victims' Code and the law</h1><p>The Code of Practice for Victims of Crime in England and "
              "Wales sets out twelve rights:</p><ol class=\"rights\">" + "".join(f"<li>{r}</li>" for r in [
                  "To be able to understand and to be understood",
                  "To have the details of the crime recorded without unjustified delay",
                  "To be provided with information when reporting the crime",
                  "To be referred to services that support victims",
                  "To be provided with information about compensation",
                  "To be provided with information about the investigation and prosecution",
                  "To make a Victim Personal Statement",
                  "To be given information about the trial and your role as a witness",
                  "To be given information about the outcome of the case and any appeals",
                  "To be paid expenses and have property returned",
                  "To be given information about the offender following a conviction",
                  "To make a complaint about your rights not being met"]) + "</ol><h2>Our previous "
              "strategy (2021\u20132024)</h2>" + ul(["Compliance with the Code", "Specialist support",
                                                       "Witness experience"]) +
              "<p>The Victims and Prisoners Act 2024 adds new duties on joint needs assessment for the Commissioner, "
              "councils and health.</p>", foot(5), head),
        hpage("<h1>Your voice: our priorities</h1><p>Five statements that every victim and witness in the Humber "
              "should be able to make by 2028.</p><table class=\"iv\"><thead><tr><th></th><th>Your voice: what you will be "
              "able to say</th><th>What partners will do</th><th>How we'll know</th></tr></thead><tbody>" + rows +
              "</tbody></table>", foot(6), head),
        hpage("<h1>Services we commission</h1>" + htable([
                  ["Service", "Provider type", "Theme"],
                  ["Humber victim care service", "Voluntary sector", "Support"],
                  ["Fraud victim advocates", "Voluntary sector", "Fraud"],
                  ["Witness care unit", "Police and CPS", "Witnesses"],
                  ["Restorative justice service", "Voluntary sector", "Restorative justice"],
                  ["Independent sexual violence advisers", "Specialist service", "Sexual violence"]]),
              foot(7), head),
        hpage("<h1>Measuring what matters</h1>" + htable([
                  ["Theme", "Measure", "Baseline*", "2028"],
                  ["Informed", "Victims satisfied with updates", "68%", "85%"],
                  ["Support", "Self-referrals", "1,900", "4,000"],
                  ["Fraud", "Repeat fraud victims", "22%", "15%"],
                  ["Witnesses", "Trials cracked for witness reasons", "9%", "5%"],
                  ["Restorative justice", "Victims taking part", "310", "600"]]) +
              '<p style="font-size:7.5pt">* Illustrative.</p>', foot(8), head),
        hpage("<h1>Governance and getting help</h1><p>The board meets quarterly and reports to the Humber Local "
              "Criminal Justice Board. Victims can get help at humbervictimcare.example or 0800 000 777 "
              "(illustrative), whether or not they have reported to the police.</p>", foot(9), head),
    ]
    return html_pages(out, title="Humber Victims and Witnesses Strategy 2025-2028", css=CSS, pages=pages)
