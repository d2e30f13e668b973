"""Dorset Combined Youth Justice Service: Youth Justice Plan 2024-2025: HTML printed by Chromium (DejaVu Sans;
YJB plan headings).

Five priorities, stated once, on p6 as **pebbles on a beach** ("Our pebbles: what we will focus on in
2024–25"): five smooth, irregular grey and sand-coloured CSS shapes (each with its own border-radius) set down
a shingle-coloured panel in a zig-zag, alternately left and right, each holding one priority in bold and, in
smaller type, who chose it ("Chosen by the children's panel" ...).  No numbers.  The Child First tenets (p4),
the review of the 2023-24 priorities (p5), the Youth Justice Board's key performance indicators and the risks
(p7) and the partnership list (p8) are distractors.
"""
from dorset.kit import build_html, e

FILE = "strategies/dorset_youth_justice_plan_2024-25.pdf"
TITLE = "Dorset Combined Youth Justice Service: Youth Justice Plan 2024–2025"

PRIORITIES = [
    ("Diverting children away from the justice system", "Chosen by the management board", "#C9C3B6",
     "62% 38% 55% 45% / 55% 48% 52% 45%", 8),
    ("Reducing reoffending by children", "Chosen by the management board", "#A9B4B8",
     "45% 55% 40% 60% / 60% 40% 60% 40%", 58),
    ("Keeping children safe from criminal exploitation", "Chosen by the children's panel", "#D8CBB0",
     "55% 45% 62% 38% / 45% 58% 42% 55%", 14),
    ("Meeting children's speech, language and communication needs", "Chosen by our staff", "#B9B0A2",
     "50% 50% 45% 55% / 52% 44% 56% 48%", 50),
    ("Putting things right for victims through restorative justice", "Chosen by victims and volunteers",
     "#C4CCC4", "58% 42% 50% 50% / 48% 55% 45% 52%", 10),
]

CSS = """
@page { size: A4; margin: 17mm 18mm 20mm 18mm;
  @bottom-center { content: "Youth Justice Plan 2024–2025  |  " counter(page); font: 8pt 'DejaVu Sans'; color: #5E6B73; } }
@page bare { margin: 0; @bottom-center { content: none } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #2A2A2A; }
h1.t { font-size: 19pt; color: #0F5257; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #0F5257; margin: 5mm 0 2mm 0; }
.cover { background: #0F5257; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 22mm; font-weight: 700; font-size: 10pt; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 95mm; margin: 0; font-size: 30pt; line-height: 1.15; }
.cover .yr { position: absolute; left: 20mm; top: 140mm; font-size: 18pt; color: #F2C14E; }
.cover .peb { position: absolute; border-radius: 55% 45% 60% 40% / 50% 55% 45% 50%; background: #6E9A96; }
.toc .row { display: flex; font-size: 11pt; padding: 2mm 0; }
.toc .ld { flex: 1; border-bottom: 1.5px dotted #0F5257; margin: 0 2mm 1.3mm 2mm; }
.shingle { background: #EFE8DA; border-radius: 4mm; padding: 5mm 6mm 4mm 6mm; margin-top: 3mm; }
.pebble { width: 108mm; padding: 6mm 10mm; margin: 3mm 0; box-shadow: 1.2mm 1.6mm 0 rgba(0,0,0,0.12); }
.pebble b { display: block; font-size: 11.8pt; line-height: 1.3; color: #1F2A2E; }
.pebble span { display: block; font-size: 7.6pt; color: #4D5559; margin-top: 1mm; }
.shingle .cap { font-size: 7.4pt; color: #7A6E58; margin-top: 2mm; }
table { font-size: 8.5pt; } th { background: #0F5257; color: #fff; } td { border-bottom: 1px solid #D3DEDF; }
.note { font-size: 7.4pt; color: #777; }
.back { background: #0F5257; color: #fff; padding: 190mm 20mm 0 20mm; }
"""


def rows(head, data):
    return ("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>" +
            "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in data) + "</table>")


def sections():
    fw = "".join(f"<p>{e(t)}</p>" for t in [
        "The Dorset Combined Youth Justice Service works with children aged 10 to 17 across Bournemouth, "
        "Christchurch, Poole and Dorset who are in trouble with the law or at risk of it. Fewer children enter the "
        "justice system than ten years ago, but those who do often have complex needs.",
        "This plan meets the Youth Justice Board's requirement for an annual youth justice plan. It was agreed by "
        "the Youth Justice Management Board and shaped by children, parents, victims and staff.",
        "For the first time we asked each of those groups to choose what we focus on. The result is five "
        "priorities for 2024–25."])
    fw += "<p><b>Chair, Youth Justice Management Board</b></p>"
    cf = ("<p>Our work follows the Youth Justice Board's Child First approach. Its four tenets are:</p><ul>"
          "<li>Prioritise the best interests of children and recognise their needs, capacities, rights and "
          "potential.</li><li>Promote children's individual strengths and capabilities to develop a pro-social "
          "identity.</li><li>Encourage children's active participation, engagement and wider social inclusion.</li>"
          "<li>Promote a childhood removed from the justice system.</li></ul><p>These tenets describe how we work "
          "with every child; they are national principles, not our local priorities.</p><h2>Our service</h2><p>The "
          "service is hosted by BCP Council on behalf of both councils, with staff seconded from Dorset Police, the "
          "Probation Service and NHS Dorset.</p>")
    rv = ("<p>Last year's plan had four priorities. This is how we did (figures illustrative).</p>" +
          rows(["2023–24 priority", "What happened", "Status"], [
              ("Reduce first-time entrants", "Down 14% after the new diversion panel", "Achieved"),
              ("Improve education attendance", "Attendance up, exclusions still high", "Partly achieved"),
              ("Reduce the use of custody", "Four custodial sentences, down from nine", "Achieved"),
              ("Listen to children's voice", "A children's panel set up in autumn 2023", "Achieved")]))
    rv += ("<h2>What children told us</h2><ul><li>\u201cIt's hard to explain yourself when the words don't come "
           "out right.\u201d</li><li>\u201cOlder lads offer you money to carry stuff.\u201d</li></ul>")
    pri = ("<p>Every group we asked laid down a pebble for what mattered most to them. These are our five "
           "priorities for 2024–25.</p><div class=\"shingle\">")
    for name, who, col, br, left in PRIORITIES:
        pri += (f'<div class="pebble" style="background:{col};border-radius:{br};margin-left:{left}mm">'
                f'<b>{e(name)}</b><span>{e(who)}</span></div>')
    pri += '<div class="cap">Our pebbles: what we will focus on in 2024–25</div></div>'
    kpi = ("<p>The Youth Justice Board's key performance indicators are reported every quarter. Baselines are "
           "illustrative.</p>" + rows(["YJB indicator", "2023–24", "Aim"], [
               ("First-time entrants (per 100,000 children aged 10–17)", "128", "Down"),
               ("Reoffending rate", "31%", "Down"), ("Use of custody", "4", "Down"),
               ("Children in suitable accommodation", "93%", "Up"),
               ("Children in education, training or employment", "71%", "Up")]))
    kpi += "<h2>Risks to delivery</h2>" + rows(["Risk", "Mitigation"], [
        ("Loss of grant funding", "Early agreement of partner contributions"),
        ("Speech and language therapy vacancy", "Shared post with NHS Dorset"),
        ("Rising numbers of exploited children", "Joint work with the exploitation hubs")])
    gov = ("<p>The Youth Justice Management Board meets quarterly. Its members are BCP Council, Dorset Council, "
           "Dorset Police, the Probation Service, NHS Dorset, the Office of the Police and Crime Commissioner and the "
           "courts.</p><h2>Sign-off</h2><p>This plan was agreed by the Youth Justice Management Board in June 2024 "
           "and by both councils.</p><p><b>Chair, Youth Justice Management Board</b></p>"
           "<p class=\"note\">Contact: youth.justice@dorset-partnership.example</p>")
    return [("fw", "Introduction", fw), ("cf", "Child First", cf), ("rv", "Looking back at 2023–24", rv),
            ("pri", "Our priorities for 2024–25", pri), ("kpi", "Performance and risks", kpi),
            ("gov", "Governance and sign-off", gov)]


def build(root):
    cover = ('<div class="cover"><div class="peb" style="left:120mm;top:210mm;width:60mm;height:34mm"></div>'
             '<div class="peb" style="left:150mm;top:238mm;width:40mm;height:24mm;background:#8CB3AE"></div>'
             '<div class="org">DORSET COMBINED YOUTH JUSTICE SERVICE</div><h1>Youth Justice Plan</h1>'
             '<div class="yr">2024 – 2025</div></div>')
    back = ('<div class="back"><h2 style="color:#fff">Dorset Combined Youth Justice Service</h2>'
            '<p>youth.justice@dorset-partnership.example</p></div>')
    needles = {"fw": "Introduction The Dorset Combined", "cf": "Child First Our work follows",
               "rv": "Looking back at 2023–24 Last year", "pri": "Our priorities for 2024–25 Every group",
               "kpi": "Performance and risks The Youth", "gov": "Governance and sign-off The Youth"}
    return build_html(root, FILE, "dorset_youth_justice.html", TITLE, CSS, cover, sections(), back, needles)
