"""Staffordshire and Stoke-on-Trent Domestic Abuse and Sexual Violence Strategy 2025-2028 (fictional), in a
*Canva-like* house style (HTML/CSS printed by Chromium, A4 portrait, eight pages): rotated organic blobs and
bands behind layered text boxes with soft shadows, and a spine of text rotated 90 degrees (CSS writing-mode)
running down the right edge of every page. The priorities are on p5: four text boxes pinned over the edges of
one large rotated blob, placed around it like sticky notes (top left, top right, lower left, lower right), each
with a short line beneath."""
from .kit import html_pdf

OUT = "strategies/staffordshire_and_stoke-on-trent_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf"
PRIORITIES = [
    ("Preventing domestic abuse and sexual violence before it starts",
     "Healthy relationships education and early help.", 22, 58),
    ("Supporting victims and their children to recover and stay safe",
     "IDVAs, ISVAs, children's workers and therapy.", 112, 78),
    ("Holding perpetrators to account and changing their behaviour",
     "Protection orders, MATAC and behaviour change.", 18, 170),
    ("Providing safe accommodation for everyone who needs it",
     "Refuges, dispersed units and Sanctuary.", 110, 190),
]

CSS = """
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #2d1e3b }
.pg { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
  background: #f7f1fb }
.pg:last-child { page-break-after: auto }
.spine { position: absolute; right: 0; top: 0; width: 14mm; height: 297mm; background: #5b2a86; color: #fff;
  writing-mode: vertical-rl; font: bold 9pt 'Liberation Sans'; letter-spacing: .2em; padding-top: 20mm;
  text-align: left }
.blob { position: absolute; border-radius: 42% 58% 63% 37% / 45% 40% 60% 55% }
.band { position: absolute; border-radius: 3mm }
.tb { position: absolute; background: #fff; padding: 4mm 5mm; box-shadow: 1.5mm 1.5mm 0 rgba(45,30,59,.18) }
.tb b { display: block; font: bold 13.5pt/1.2 'Liberation Sans'; color: #3d1b5e }
.tb small { display: block; margin-top: 1.5mm; font-size: 8.5pt; color: #6b5a78 }
h1 { font: bold 40pt/1 'DejaVu Serif' } h2 { position: absolute; font: bold 24pt 'DejaVu Serif'; margin: 0 }
.txt { position: absolute; font-size: 9.5pt; line-height: 1.45 }
.photo { position: absolute; background: #2b2530 } .photo i { position: absolute; bottom: 0; left: 0; right: 0;
  background: #161218; color: #ddd; font-size: 7.5pt; padding: 1.5mm 2.5mm }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt } th { background: #5b2a86; color: #fff;
  text-align: left; padding: 2mm } td { padding: 2mm; border-bottom: .3mm solid #cbb8da; vertical-align: top;
  background: rgba(255,255,255,.75) }
"""


def pg(n, body):
    return (f'<div class="pg">{body}<div class="spine">STAFFORDSHIRE AND STOKE-ON-TRENT \u00b7 DOMESTIC ABUSE AND '
            f'SEXUAL VIOLENCE STRATEGY 2025\u20132028 \u00b7 {n}</div></div>')


def blob(l, t, w, h, colr, rot=0, op=1.0):
    return (f'<div class="blob" style="left:{l}mm;top:{t}mm;width:{w}mm;height:{h}mm;background:{colr};'
            f'transform:rotate({rot}deg);opacity:{op}"></div>')


def band(l, t, w, h, colr, rot):
    return (f'<div class="band" style="left:{l}mm;top:{t}mm;width:{w}mm;height:{h}mm;background:{colr};'
            f'transform:rotate({rot}deg)"></div>')


def txt(l, t, w, html):
    return f'<div class="txt" style="left:{l}mm;top:{t}mm;width:{w}mm">{html}</div>'


def build(root):
    P = []
    P.append(pg(1, blob(-20, 150, 200, 170, "#c9a7e4", 20) + blob(90, -30, 140, 120, "#f2b5c8", -15)
                + '<div class="photo" style="left:30mm;top:60mm;width:140mm;height:90mm"><i>Photo: two women '
                  "walking by the canal in Stone (illustrative image)</i></div>"
                + '<div class="tb" style="left:20mm;top:165mm;width:160mm"><b style="font-size:30pt">Safe, '
                  "heard, free</b><small style='font-size:12pt'>Staffordshire and Stoke-on-Trent Domestic Abuse "
                  "and Sexual Violence Strategy 2025\u20132028</small></div>"
                + txt(22, 265, 150, "A fictional re-creation for testing. If you are in danger, call 999.")))
    P.append(pg(2, blob(100, 150, 130, 150, "#e3d2f1", 10) + '<h2 style="left:20mm;top:22mm">Contents</h2>'
                + txt(22, 50, 150, "<p><b>3</b>&nbsp; Foreword and what we mean by abuse</p><p><b>4</b>&nbsp; "
                      "The national picture and our last strategy</p><p><b>5</b>&nbsp; Our priorities</p><p><b>6"
                      "</b>&nbsp; Delivery plan</p><p><b>7</b>&nbsp; Outcomes we will measure</p><p><b>8</b>&nbsp; "
                      "Governance and getting help</p>")))
    P.append(pg(3, band(-10, 15, 150, 26, "#5b2a86", -3) + '<h2 style="left:18mm;top:18mm;color:#fff">Foreword</h2>'
                + txt(20, 55, 165, "<p>This strategy belongs to the Domestic Abuse and Sexual Violence Board for "
                      "Staffordshire and Stoke-on-Trent, which brings together both councils, the Commissioner, "
                      "the police, health, housing and specialist services. It meets our duty under Part 4 of "
                      "the Domestic Abuse Act 2021 to assess need and provide support in safe "
                      "accommodation.</p><p><b>What we mean by domestic abuse.</b> The Act defines it as "
                      "abusive behaviour between people aged 16 or over who are personally connected: physical "
                      "or sexual abuse, violent or threatening behaviour, controlling or coercive behaviour, "
                      "economic abuse, and psychological or emotional abuse. Children who see, hear or "
                      "experience its effects are victims in their own right.</p>")
                + blob(120, 170, 90, 90, "#f2b5c8", 30, .8)
                + '<div class="tb" style="left:25mm;top:190mm;width:110mm"><b>\u201cI didn\'t know what was '
                  "happening to me was abuse until a nurse asked.\u201d</b><small>Survivor, quoted with "
                  "permission (fictional)</small></div>"))
    P.append(pg(4, '<h2 style="left:20mm;top:20mm">The bigger picture</h2>'
                + band(15, 45, 170, 70, "#e3d2f1", 1.5)
                + txt(22, 52, 160, "<b>The national Tackling Domestic Abuse Plan (2022) has four pillars:</b> "
                      "Prioritising prevention \u00b7 Supporting victims \u00b7 Pursuing perpetrators \u00b7 A "
                      "stronger system. <br><br><b>The Commissioner's Police, Fire and Crime Plan 2025\u20132029</b> "
                      "places violence against women and girls under <i>Preventing harm and protecting people</i>, "
                      "and specialist support under <i>Supporting victims and witnesses</i>.")
                + band(15, 130, 170, 80, "#f2b5c8", -1.5)
                + txt(22, 138, 160, "<b>Our 2022\u20132025 strategy's priorities were:</b><br>Early "
                      "intervention and prevention<br>Victim and survivor support<br>Perpetrators<br>Safe "
                      "accommodation<br><br>We met the safe accommodation duty and doubled IDVA capacity; "
                      "repeat referrals to MARAC remain high.")
                + txt(22, 225, 160, "<b>Key facts (illustrative):</b> 19,400 domestic abuse incidents recorded "
                      "by police a year; 31% repeat MARAC referrals; 1,100 sexual offences reported.")))
    notes = "".join(f'<div class="tb" style="left:{x}mm;top:{y}mm;width:78mm"><b>{t}</b><small>{d}</small></div>'
                    for t, d, x, y in PRIORITIES)
    P.append(pg(5, band(-5, 14, 120, 24, "#5b2a86", 2) + '<h2 style="left:18mm;top:17mm;color:#fff">'
                "Our priorities</h2>" + blob(45, 95, 120, 130, "#c9a7e4", 25) + blob(70, 125, 70, 70, "#f2b5c8",
                -20, .85) + notes
                + txt(22, 262, 160, "<i>The Board agreed these four priorities in March 2025 after consultation "
                      "with survivors and services.</i>")))
    P.append(pg(6, '<h2 style="left:20mm;top:20mm">Delivery plan 2025\u201326</h2>'
                + txt(20, 42, 168, "<table><tr><th>Theme</th><th>Action</th><th>Lead</th></tr>"
                      "<tr><td>Prevention</td><td>Healthy relationships in every secondary school</td><td>"
                      "Education</td></tr><tr><td>Support</td><td>Children's IDVAs in both local "
                      "authorities</td><td>Commissioner</td></tr><tr><td>Perpetrators</td><td>Expand the Drive "
                      "programme</td><td>Police and probation</td></tr><tr><td>Housing</td><td>Ten more "
                      "dispersed safe homes</td><td>Councils</td></tr><tr><td>Sexual violence</td><td>ISVA "
                      "support through court</td><td>Commissioner</td></tr><tr><td>Workforce</td><td>DA "
                      "champions in GP practices</td><td>ICB</td></tr></table>")
                + blob(110, 200, 120, 100, "#e3d2f1", -10)))
    P.append(pg(7, '<h2 style="left:20mm;top:20mm">Outcomes we will measure</h2>'
                + txt(22, 45, 160, "<p>Fewer repeat victims referred to MARAC.</p><p>More victims saying they "
                      "feel safer when support ends.</p><p>More perpetrators completing a behaviour change "
                      "programme.</p><p>No one turned away from safe accommodation for lack of space.</p>")
                + blob(20, 150, 150, 110, "#f2b5c8", 12, .6)))
    P.append(pg(8, '<h2 style="left:20mm;top:20mm">Governance and getting help</h2>'
                + txt(22, 45, 160, "<p>The Board reports to both Health and Wellbeing Boards and to the "
                      "Commissioner. Its Safe Accommodation Group and Perpetrator Group meet monthly.</p>"
                      "<p><b>Get help:</b> New Era (fictional contact) 0300 000 0000 \u00b7 "
                      "help@dasv-staffs.example \u00b7 National Domestic Abuse Helpline 0808 2000 247 \u00b7 "
                      "Emergency 999</p>")))
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(P)}</body></html>"
    return html_pdf("domestic_abuse", html, root / OUT)
