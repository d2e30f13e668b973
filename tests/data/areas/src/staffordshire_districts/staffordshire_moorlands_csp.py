"""Staffordshire Moorlands Community Safety Partnership Plan 2025-2028 (fictional), published inside the
district's residents' *newsletter* "Moorlands Link" (HTML/CSS printed by Chromium, A4, six pages). Pages are a
CSS grid of unrelated articles with coloured category tabs; the partnership's article on p4 states the priorities
as a numbered list (CSS counter badges, printed as separate lines before each priority) beside a letters column and an
advert."""
from .kit import html_pdf

OUT = "strategies/staffordshire_moorlands_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = ["Tackling rural and wildlife crime",
              "Reducing anti-social behaviour in Leek, Biddulph and Cheadle",
              "Reducing road casualties on moorland roads",
              "Protecting people from scams and doorstep crime",
              "Keeping people safe around Rudyard Lake and Tittesworth Reservoir"]

CSS = """
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1f2a1f; font-size: 8.6pt; line-height: 1.42 }
.page { width: 210mm; height: 297mm; padding: 12mm 12mm 10mm; page-break-after: always; position: relative;
  overflow: hidden }
.page:last-child { page-break-after: auto }
.top { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2.5mm solid #3f7d3a;
  padding-bottom: 1.5mm; margin-bottom: 5mm }
.top b { font: bold 15pt 'DejaVu Serif'; color: #3f7d3a } .top span { font-size: 7.5pt; color: #666 }
.grid { display: grid; grid-template-columns: repeat(6, 1fr); gap: 5mm }
.art { grid-column: span 3 } .w2 { grid-column: span 2 } .w4 { grid-column: span 4 } .w6 { grid-column: span 6 }
.tab { display: inline-block; background: #3f7d3a; color: #fff; font: bold 7pt 'DejaVu Sans';
  padding: 0.8mm 2mm; text-transform: uppercase; letter-spacing: .06em }
.tab.o { background: #c4661f } .tab.b { background: #2d5d8a }
h2 { font: bold 15pt/1.15 'DejaVu Serif'; margin: 2mm 0 2mm } h2.s { font-size: 11.5pt }
p { margin: 0 0 2mm }
.photo { background: #2c302c; color: #ddd; position: relative }
.photo i { position: absolute; left: 0; right: 0; bottom: 0; font-size: 7pt; background: #151815; padding: 1.5mm 2.5mm }
.box { background: #eef4e8; padding: 3.5mm }
ol.pri { counter-reset: n; list-style: none; padding: 0; margin: 2mm 0 3mm }
ol.pri li { counter-increment: n; position: relative; padding: 2mm 0 2mm 11mm; border-bottom: 0.3mm dotted #3f7d3a;
  font: bold 10.5pt/1.25 'DejaVu Sans'; color: #24491f }
ol.pri li::before { content: counter(n); position: absolute; left: 0; top: 1.2mm; width: 8mm; height: 8mm;
  border-radius: 50%; background: #c4661f; color: #fff; text-align: center; line-height: 8mm; font-size: 10pt }
.ad { border: 0.6mm dashed #2d5d8a; padding: 3mm; text-align: center; color: #2d5d8a }
.mast { background: #3f7d3a; color: #fff; margin: -12mm -12mm 6mm; padding: 12mm 12mm 6mm }
.mast h1 { font: bold 44pt 'DejaVu Serif'; margin: 0 } .mast div { font-size: 10pt }
table { width: 100%; border-collapse: collapse; font-size: 8pt } td, th { padding: 1.5mm; border-bottom: .3mm solid #bbb; text-align: left }
th { background: #3f7d3a; color: #fff }
"""


def page(n: int, body: str, mast: bool = False) -> str:
    top = "" if mast else (f'<div class="top"><b>Moorlands Link</b><span>Summer 2025 \u00b7 Leek \u00b7 Biddulph '
                           f'\u00b7 Cheadle \u00b7 and our villages \u00b7 {n}</span></div>')
    return f'<div class="page">{top}{body}</div>'


def art(cls, tab, head, text, tabcls="", small=False):
    ps = "".join(f"<p>{t}</p>" for t in text)
    return (f'<div class="{cls}"><span class="tab {tabcls}">{tab}</span><h2 class="{"s" if small else ""}">'
            f'{head}</h2>{ps}</div>')


def photo(cls, h, cap):
    return f'<div class="{cls} photo" style="height:{h}"><i>{cap}</i></div>'


def build(root):
    pages = []
    pages.append(page(1, '<div class="mast"><h1>Moorlands Link</h1><div>The free newsletter for every home in '
                      'Staffordshire Moorlands \u00b7 Summer 2025 \u00b7 a fictional re-creation for testing</div></div>'
                      '<div class="grid">'
                      + photo("w6", "110mm", "Photo: families at Tittesworth Reservoir in the summer holidays "
                              "(illustrative image)")
                      + art("w4", "Leisure", "Summer at the reservoir: what's on",
                            ["Guided walks, a kayak taster day and the return of the food festival. The visitor "
                             "centre opens late on Fridays in August.",
                             "Remember: cold water kills even on hot days. Stay out of the reservoir and watch "
                             "children near the edge."])
                      + '<div class="w2 box"><b>In this issue</b><br>2 Contents and council news<br>3 Your '
                        "bins and recycling<br>4 Safer Moorlands<br>5 Health and wellbeing<br>6 What's on and "
                        "contacts</div></div>", mast=True))
    pages.append(page(2, '<div class="grid"><div class="w2 box"><b style="font-size:12pt">Contents</b><br><br>'
                      "Council news \u2026 2<br>Bins and recycling \u2026 3<br>Safer Moorlands: the community "
                      "safety partnership plan \u2026 4<br>Health and wellbeing \u2026 5<br>What's on \u2026 6<br>"
                      "Contacts \u2026 6</div>"
                      + art("w4", "Council news", "New homes for Cheadle approved",
                            ["Plans for 120 homes including 30 affordable homes were approved in March. Work "
                             "starts in the autumn.", "The council is also consulting on its new local plan "
                             "until the end of July."])
                      + photo("w6", "85mm", "Photo: Leek market place on a Wednesday (illustrative image)")
                      + art("art", "Council news", "Market charter celebrations",
                            ["Leek celebrates 800 years of its market charter this year with a season of events."],
                            small=True)
                      + art("art", "Housing", "Help with damp and mould",
                            ["Tenants and owners can get free advice on damp and mould from the housing team."],
                            "b", small=True)
                      + "</div>"))
    pages.append(page(3, '<div class="grid">'
                      + art("art", "Bins", "Your new collection calendar",
                            ["Collections move to a new four-day week from September. Calendars will be "
                             "delivered with this issue.", "Garden waste subscriptions are now open."], "o")
                      + photo("art", "70mm", "Photo: a recycling crew in Biddulph (illustrative image)")
                      + art("w6", "Recycling", "What goes in which bin",
                            ["Blue bin: paper, card, cans and plastic bottles. Brown bin: garden waste. Green "
                             "caddy: food waste. Grey bin: everything else."], "o")
                      + "</div>"))
    pri = "".join(f"<li>{t}</li>" for t in PRIORITIES)
    pages.append(page(4, '<div class="grid">'
                      '<div class="w4"><span class="tab b">Community safety</span><h2>Safer Moorlands: what '
                      "the partnership will focus on</h2><p>Staffordshire Moorlands Community Safety Partnership "
                      "brings together the district council, Staffordshire Police, Staffordshire Fire and Rescue "
                      "Service, the county council, health and housing. Its plan for 2025 to 2028 is set out here "
                      "for residents. Our priorities:</p>"
                      f'<ol class="pri">{pri}</ol>'
                      "<p>Each priority has an action plan. Rural and wildlife crime work is shared with the "
                      "Peak District National Park and the National Farmers Union.</p></div>"
                      '<div class="w2"><div class="box"><b>Did you know?</b><br>Reported rural crime rose by '
                      "12% last year, and sheep worrying by dogs by 20% (illustrative figures).<br><br><b>Our last "
                      "plan (2022\u201325) focused on:</b> Rural crime; Anti-social behaviour; Road safety; "
                      "Vulnerable people.</div><br>"
                      '<div class="ad">ADVERT<br><b>Join Community Speedwatch</b><br>Volunteers needed in '
                      "Ipstones, Werrington and Alton.</div></div>"
                      + photo("art", "60mm", "Photo: a rural crime officer with a farmer near Longnor "
                              "(illustrative image)")
                      + '<div class="art box"><b>Letters</b><br>\u201cThe speed of traffic on the A53 through '
                        "our village is frightening.\u201d \u2014 Reader, Blackshaw Moor<br><br>\u201cThank you to "
                        "the PCSOs who sorted out the problems at the skate park.\u201d \u2014 Reader, Biddulph"
                        "</div>"
                      + '<div class="w6 box"><b>How this fits</b>: the Staffordshire Commissioner\'s Police, '
                        "Fire and Crime Plan 2025\u20132029 priorities are An outstanding local police service; "
                        "Preventing harm and protecting people; Supporting victims and witnesses; Safer roads and "
                        "waterways; Reducing offending and reoffending; A fire and rescue service ready for "
                        "tomorrow.</div></div>"))
    pages.append(page(5, '<div class="grid">'
                      + art("art", "Health", "Free health checks at the library",
                            ["Adults aged 40 to 74 can book a free NHS health check at Leek, Biddulph and Cheadle "
                             "libraries."], "o")
                      + art("art", "Wellbeing", "Walking for health",
                            ["Join a free led walk every Tuesday from Brough Park."], "o")
                      + '<div class="w6"><span class="tab b">Community safety</span><h2 class="s">Action plan: '
                        "first year</h2><table><tr><th>Theme</th><th>Action</th><th>Lead</th></tr>"
                        "<tr><td>Rural</td><td>Farm Watch and equipment marking</td><td>Police</td></tr>"
                        "<tr><td>Town centres</td><td>Youth outreach on Friday nights</td><td>Council</td></tr>"
                        "<tr><td>Roads</td><td>Motorcycle safety on the A53 and A523</td><td>Safer Roads "
                        "Partnership</td></tr><tr><td>Scams</td><td>Scam marshals and call blockers</td><td>"
                        "Trading Standards</td></tr><tr><td>Water</td><td>Water safety signs and throw lines"
                        "</td><td>Fire and Rescue</td></tr></table></div>"
                      + photo("w6", "80mm", "Photo: Biddulph Grange Country Park (illustrative image)")
                      + "</div>"))
    pages.append(page(6, '<div class="grid">'
                      + art("art", "What's on", "Summer events",
                            ["Leek Arts Festival, 1\u201331 May. Cheadle Carnival, 12 July. Moorlands Show, "
                             "Bagnall, 7 September."])
                      + '<div class="art box"><b>Contacts</b><br>Council: 0345 000 0000 (illustrative)<br>'
                        "Community safety: csp@moorlands-partnership.example<br>Police: 101, emergency 999<br>"
                        "Crimestoppers: 0800 555 111</div></div>"))
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    return html_pdf("staffordshire_moorlands_csp", html, root / OUT)
