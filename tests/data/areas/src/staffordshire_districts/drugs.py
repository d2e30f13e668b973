"""Staffordshire and Stoke-on-Trent Combating Drugs Partnership Strategy 2025-2028 (fictional), as a *z-fold
leaflet* laid flat (HTML/CSS printed by Chromium, two A4 landscape pages of three panels, fold lines drawn as
dotted borders). The imposition differs from a roll fold: page 1 holds panel 2 ("Our four priorities") on the
left, panel 6 (back: help and contacts) in the middle and panel 1 (cover) on the right; page 2 holds panels
3-5 (From Harm to Hope, the local picture, what happens next). Each priority is a block with a square icon tile,
the priority in bold and a "so that ..." line."""
from .kit import html_pdf

OUT = "strategies/staffordshire_and_stoke-on-trent_combating_drugs_partnership_strategy_2025-28.pdf"
PRIORITIES = [("Breaking drug supply chains and county lines", "so that fewer drugs reach our streets"),
              ("Delivering a world-class treatment and recovery system", "so that people get help and stay well"),
              ("Preventing young people from starting to use drugs", "so that the next generation is protected"),
              ("Reducing drug-related deaths", "so that no family loses someone they love")]

CSS = """
@page { size: 297mm 210mm; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #0f2236; font-size: 8.8pt; line-height: 1.4 }
.sheet { width: 297mm; height: 210mm; display: flex; page-break-after: always; overflow: hidden }
.sheet:last-child { page-break-after: auto }
.pn { width: 99mm; height: 210mm; padding: 12mm 9mm 8mm; position: relative; border-right: 0.5mm dotted #7fa7bf }
.pn:last-child { border-right: none }
.pn .no { position: absolute; bottom: 3mm; right: 4mm; font-size: 5.5pt; color: #9ab }
.dark { background: #0f2236; color: #fff } .aqua { background: #e3f4f7 }
h2 { font: bold 17pt/1.15 'DejaVu Sans'; color: #0a8ea0; margin: 0 0 4mm }
.dark h2 { color: #5fe0ee }
.pri { display: flex; gap: 3.5mm; margin-bottom: 6mm }
.pri .ic { flex: 0 0 11mm; height: 11mm; background: #0a8ea0; border-radius: 2mm; position: relative }
.pri .ic::after { content: ""; position: absolute; left: 3mm; top: 3mm; width: 5mm; height: 5mm; border: .8mm solid #fff;
  border-radius: 50% }
.pri b { display: block; font-size: 11pt; line-height: 1.22 } .pri span { color: #3c5a70; font-size: 8.4pt }
.photo { background: #1e2b36; position: relative; color: #ccd } .photo i { position: absolute; bottom: 0; left: 0;
  right: 0; background: #0b141c; font-size: 7pt; padding: 1.5mm 2.5mm }
ul { padding-left: 4mm; margin: 2mm 0 } li { margin-bottom: 1.2mm }
.big { font: bold 22pt 'DejaVu Sans'; color: #0a8ea0 }
"""


def panel(no, cls, body):
    return f'<div class="pn {cls}">{body}<div class="no">panel {no}</div></div>'


def build(root):
    pri = "".join(f'<div class="pri"><div class="ic"></div><div><b>{t}</b><span>{d}</span></div></div>'
                  for t, d in PRIORITIES)
    s1 = ('<div class="sheet">'
          + panel(2, "", f"<h2>Our four priorities</h2><p>Agreed by the partnership board for 2025 to "
                  f"2028:</p>{pri}")
          + panel(6, "aqua", "<h2>Help and contacts</h2><ul><li>Treatment and recovery service: 0800 000 0000 "
                  "(illustrative)</li><li>Young people's service: young@cdp-staffs.example</li><li>Naloxone: "
                  "ask any pharmacy in the scheme</li><li>Police 101 \u00b7 Emergency 999</li><li>Crimestoppers "
                  "0800 555 111</li></ul>"
                  '<div class="photo" style="height:60mm;margin-top:8mm"><i>Photo: a recovery caf\u00e9 in '
                  "Stafford (illustrative image)</i></div><p style='font-size:7pt;margin-top:6mm'>A fictional "
                  "re-creation for testing. Figures are illustrative.</p>")
          + panel(1, "dark", '<div class="photo" style="height:85mm"><i>Cover photo: Hanley at night '
                  "(illustrative image)</i></div><h2 style='font-size:24pt;margin-top:10mm'>Less harm, more "
                  "hope</h2><p style='font-size:11pt'>Staffordshire and Stoke-on-Trent Combating Drugs "
                  "Partnership Strategy 2025\u20132028</p>")
          + "</div>")
    s2 = ('<div class="sheet">'
          + panel(3, "aqua", "<h2>The national strategy</h2><p><i>From Harm to Hope</i> (2021) is the "
                  "government's ten-year drugs plan. Its three strategic priorities are:</p><ul><li>Break drug "
                  "supply chains</li><li>Deliver a world-class treatment and recovery system</li><li>Achieve a "
                  "generational shift in the demand for drugs</li></ul><p>Every area has a Combating Drugs "
                  "Partnership with a Senior Responsible Owner. Ours is the Staffordshire Commissioner.</p><p>"
                  "The Commissioner's Police, Fire and Crime Plan 2025\u20132029 puts drug treatment under "
                  "<i>Reducing offending and reoffending</i> and drug supply under <i>Preventing harm and "
                  "protecting people</i>.</p>")
          + panel(4, "", "<h2>The local picture</h2><p><span class='big'>4,300</span><br>adults in structured "
                  "treatment</p><p><span class='big'>97</span><br>drug-related deaths in three years</p><p><span "
                  "class='big'>38</span><br>county lines closed last year</p><p style='font-size:7.5pt'>All "
                  "figures illustrative.</p><p>Our 2022\u20132025 delivery plan had three themes: Supply; "
                  "Treatment; Demand.</p>")
          + panel(5, "", "<h2>What happens next</h2><table style='width:100%;border-collapse:collapse;"
                  "font-size:8pt'><tr style='background:#0a8ea0;color:#fff'><th style='text-align:left;"
                  "padding:1.5mm'>Theme</th><th style='text-align:left;padding:1.5mm'>2025\u201326 action</th>"
                  "</tr><tr><td>Supply</td><td>Joint operations with the Regional Organised Crime Unit</td></tr>"
                  "<tr><td>Treatment</td><td>Drug testing on arrest in Stoke and Burton</td></tr><tr><td>Young "
                  "people</td><td>Drug education in every secondary school</td></tr><tr><td>Deaths</td><td>"
                  "Naloxone for every person leaving prison</td></tr></table><p style='margin-top:5mm'>The "
                  "partnership reports every quarter to the Office for Health Improvement and Disparities and to "
                  "both Health and Wellbeing Boards.</p>")
          + "</div>")
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{s1}{s2}</body></html>"
    return html_pdf("drugs", html, root / OUT)
