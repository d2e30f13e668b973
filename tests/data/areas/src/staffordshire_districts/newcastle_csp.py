"""Newcastle-under-Lyme Community Safety Partnership Plan 2025-2028 (fictional), as an *A6 portrait postcard
summary* (HTML/CSS printed by Chromium, two A6 pages: front and back). The front has a dark photo placeholder
with the title laid over its lower edge and the four priorities as ticket stubs (a dashed perforation and a
round notch at each end, a small "No." column); the back is a postcard back with a message block, a stamp box
and address lines holding the contacts."""
from .kit import html_pdf

OUT = "strategies/newcastle-under-lyme_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = ["Reducing anti-social behaviour in Newcastle town centre and Kidsgrove",
              "Tackling hate crime and supporting its victims",
              "Preventing serious violence and knife crime",
              "Tackling exploitation and county lines"]

CSS = """
@page { size: 105mm 148mm; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #1c2433 }
.card { width: 105mm; height: 148mm; position: relative; overflow: hidden; page-break-after: always;
  background: #f2f5fa }
.card:last-child { page-break-after: auto }
.photo { position: absolute; left: 0; top: 0; width: 105mm; height: 44mm; background: #25282f }
.photo i { position: absolute; right: 3mm; top: 2mm; font-size: 5.5pt; color: #c8c8c8; width: 60mm; text-align: right }
.title { position: absolute; left: 5mm; top: 33mm; background: #1f4e8c; color: #fff; padding: 2.5mm 4mm;
  font: bold 12pt 'Liberation Sans'; border-left: 2mm solid #f0b429 }
.title small { display: block; font: 7pt 'Liberation Sans'; color: #d6e2f3 }
.stubs { position: absolute; left: 5mm; right: 5mm; top: 53mm }
.stub { position: relative; display: flex; background: #fff; border: .3mm solid #c6d1e2; margin-bottom: 3mm;
  min-height: 15mm; align-items: center }
.stub .no { width: 12mm; align-self: stretch; border-right: .5mm dashed #9aa9c2; font: bold 6.5pt 'Liberation Sans';
  color: #1f4e8c; display: flex; align-items: center; justify-content: center }
.stub b { padding: 2mm 4mm; font: bold 9.6pt/1.2 'Liberation Sans' }
.stub::before, .stub::after { content: ""; position: absolute; top: 5.5mm; width: 3.5mm; height: 3.5mm;
  border-radius: 50%; background: #f2f5fa; border: .3mm solid #c6d1e2 }
.stub::before { left: -2mm } .stub::after { right: -2mm }
.foot { position: absolute; left: 5mm; bottom: 4mm; font-size: 5.5pt; color: #6a7890 }
.msg { position: absolute; left: 6mm; top: 8mm; width: 93mm; font: 7.4pt/1.4 'DejaVu Serif'; }
.msg b { color: #1f4e8c; font: bold italic 9pt 'DejaVu Serif' }
.stamp { position: absolute; right: 6mm; top: 74mm; width: 17mm; height: 20mm; border: .4mm dashed #8896aa;
  font-size: 5pt; color: #8896aa; text-align: center; padding-top: 8mm }
.addr { position: absolute; left: 6mm; top: 100mm; width: 93mm; font-size: 6.8pt }
.addr div { border-bottom: .3mm solid #b8c2d2; padding: 2.4mm 0 .8mm }
"""


def build(root):
    stubs = "".join(f'<div class="stub"><div class="no">No.{i + 1}</div><b>{t}</b></div>'
                    for i, t in enumerate(PRIORITIES))
    front = ('<div class="card"><div class="photo"><i>Photo: the Guildhall, Newcastle-under-Lyme, on market day '
             '(illustrative image)</i></div><div class="title">Safer Newcastle-under-Lyme<small>Community Safety '
             f'Partnership Plan 2025\u20132028 \u00b7 our priorities</small></div><div class="stubs">{stubs}</div>'
             '<div class="foot">Summary card \u00b7 full plan online \u00b7 a fictional re-creation for testing'
             '</div></div>')
    back = ('<div class="card" style="background:#fff"><div class="msg"><b>Why these four?</b><br>Our 2024 '
            "strategic assessment and 520 survey responses (illustrative) pointed to town-centre ASB, a rise in "
            "reported hate incidents, and young people carrying knives. Road safety, a priority in our "
            "2022\u201325 plan, now sits with the Safer Roads Partnership.<br><br><b>Part of the bigger "
            "picture</b><br>The plan supports the Staffordshire Commissioner's Police, Fire and Crime Plan "
            "2025\u20132029 (An outstanding local police service; Preventing harm and protecting people; "
            "Supporting victims and witnesses) and meets the Serious Violence Duty.</div>"
            '<div class="stamp">PLACE<br>STAMP<br>HERE</div><div class="addr"><div>Community Safety '
            "Partnership</div><div>Castle House, Newcastle-under-Lyme</div><div>csp@newcastle-partnership.example"
            "</div><div>01782 000 000 (illustrative) \u00b7 Police 101 \u00b7 999</div></div></div>")
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{front}{back}</body></html>"
    return html_pdf("newcastle_csp", html, root / OUT)
