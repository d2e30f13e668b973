"""Tamworth Community Safety Partnership Plan 2025-2028 (fictional), as a single *A3 landscape poster*
(HTML/CSS printed by Chromium). A dark round photo placeholder of the castle sits in the centre with an SVG
starburst of spokes; the five priorities are set in large condensed type, without boxes, at the ends of the
spokes (absolutely positioned, two left, two right, one below), each with a small grey strapline. The top bar
holds the title, the foot holds the last plan's themes, the Commissioner's priorities and contacts."""
from .kit import html_pdf

OUT = "strategies/tamworth_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Tackling anti-social behaviour and youth disorder", "Castle Grounds, Ankerside and the estates", 14, 56),
    ("Reducing retail crime in the town centre and Ventura Park", "Shopwatch radios and a banned-offender list",
     14, 116),
    ("Tackling domestic abuse", "Early help, IDVAs and the Drive programme", 300, 56),
    ("Reducing drug dealing and county lines", "Closing lines and protecting the children they use", 300, 116),
    ("Tackling anti-social driving and car cruising", "Ventura Park car parks and the A5 slip roads", 150, 196),
]

CSS = """
@page { size: 420mm 297mm; margin: 0 }
body { margin: 0; font-family: 'Liberation Sans', sans-serif }
.poster { width: 420mm; height: 297mm; position: relative; overflow: hidden; background: #fff7ec }
.top { position: absolute; left: 0; top: 0; width: 420mm; height: 40mm; background: #0b6e6e; color: #fff }
.top h1 { position: absolute; left: 14mm; top: 6mm; margin: 0; font: bold 40pt 'Liberation Sans Narrow';
  letter-spacing: .02em }
.top div { position: absolute; left: 14mm; top: 25mm; font-size: 13pt; color: #d7f0ee }
.top span { position: absolute; right: 14mm; top: 10mm; font: bold 16pt 'Liberation Sans Narrow'; color: #ffb347 }
svg { position: absolute; left: 0; top: 0 }
.img { position: absolute; left: 160mm; top: 82mm; width: 100mm; height: 100mm; border-radius: 50%;
  background: #262a2c; border: 3mm solid #ff8c1a; box-sizing: border-box }
.img i { position: absolute; left: 12mm; right: 12mm; top: 60mm; font-size: 8pt; color: #ccc; text-align: center }
.p { position: absolute; width: 106mm }
.p b { display: block; font: bold 25pt/1.05 'Liberation Sans Narrow'; color: #0b4f4f }
.p small { display: block; margin-top: 2mm; font-size: 9.5pt; color: #7a6a58 }
.r { text-align: left }
.foot { position: absolute; left: 0; bottom: 0; width: 420mm; height: 44mm; background: #0b6e6e; color: #fff;
  display: flex; gap: 8mm; padding: 5mm 14mm; box-sizing: border-box; font-size: 9pt; line-height: 1.35 }
.foot div { flex: 1 } .foot b { color: #ffb347; display: block; font-size: 10.5pt; margin-bottom: 1mm }
"""


def build(root):
    spokes = "".join(
        f'<line x1="210" y1="132" x2="{122 if x < 100 else 298 if x > 200 else 210}" y2="{y + 8 if x != 150 else y - 2}" stroke="#ff8c1a" stroke-width="1.2" '
        f'stroke-dasharray="3 2"/>'
        for _, _, x, y in PRIORITIES)
    items = "".join(f'<div class="p" style="left:{x}mm;top:{y}mm"><b>{t}</b><small>{sub}</small></div>'
                    for t, sub, x, y in PRIORITIES)
    html = (f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
            '<div class="poster"><div class="top"><h1>SAFER TAMWORTH 2025\u20132028</h1><div>Tamworth Community '
            "Safety Partnership Plan \u00b7 our priorities for the next three years \u00b7 a fictional re-creation "
            'for testing</div><span>#SaferTamworth</span></div>'
            f'<svg width="420mm" height="297mm" viewBox="0 0 420 297">{spokes}</svg>'
            '<div class="img"><i>Photo: Tamworth Castle from the Castle Grounds (illustrative image)</i></div>'
            f"{items}"
            '<div class="foot"><div><b>Why these five?</b>Tamworth\'s strategic assessment (2024) found ASB, '
            "shop theft and domestic abuse the highest-volume issues; 640 residents responded to our survey. "
            "Figures illustrative.</div><div><b>Last plan (2022\u20132025)</b>Town centre safety \u00b7 "
            "Vulnerability and exploitation \u00b7 Domestic abuse \u00b7 Reducing reoffending</div><div><b>"
            "Staffordshire Commissioner's plan 2025\u20132029</b>An outstanding local police service \u00b7 "
            "Preventing harm and protecting people \u00b7 Supporting victims and witnesses \u00b7 Safer roads and "
            "waterways \u00b7 Reducing offending and reoffending \u00b7 A fire and rescue service ready for "
            "tomorrow</div><div><b>Contact</b>csp@tamworth-partnership.example<br>01827 000 000 (illustrative)"
            "<br>Police 101 \u00b7 Emergency 999</div></div></div></body></html>")
    return html_pdf("tamworth_csp", html, root / OUT)
