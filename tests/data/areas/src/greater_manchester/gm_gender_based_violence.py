"""Greater Manchester Gender-Based Violence Strategy 2025-2030 (HTML/CSS -> Chromium).

Four priorities, stated once, on p6 (a landscape page between portrait ones) as the **row labels of a Gantt chart** "Our priorities and when we will
deliver them": a table whose first column holds each priority in bold, and whose twenty quarter columns
(2025/26 to 2029/30) carry coloured bars with short milestone words.  The year headers, milestone words, the
national VAWG strategy's aims (p5), the 2021 strategy's commitments (p4) and the action themes (p7) are
distractors.
"""
from greater_manchester import gmkit

e = gmkit.e
PRIORITIES = [("Preventing gender-based violence through education and challenging attitudes", 0, 20, "Schools programme"),
              ("Supporting victims and survivors of domestic and sexual abuse, including safe accommodation", 0, 16, "Recommission"),
              ("Holding perpetrators to account and changing their behaviour", 2, 18, "Programme roll-out"),
              ("Making public spaces and transport safer for women and girls", 4, 20, "Safe spaces")]

D = dict(slug="gm_gbv", file="strategies/greater_manchester_gender_based_violence_strategy_2025-30.pdf",
         title="Greater Manchester Gender-Based Violence Strategy 2025–2030", org="Greater Manchester Gender-Based Violence Board",
         cover_title="Gender-Based Violence Strategy", years="2025 – 2030", colour="#6A1B9A",
         ctx_title="The scale of gender-based violence", how_title="The national and local picture",
         foreword=["Gender-based violence is one of the most common and most harmful crimes in Greater Manchester. "
                   "This strategy renews the commitments the Board first made in 2021.",
                   "It was written with survivors, specialist services and the ten councils."],
         signed="Chair, Greater Manchester Gender-Based Violence Board",
         ctx_intro="Illustrative figures for Greater Manchester, 2024.",
         stats=[("58,000", "domestic abuse incidents"), ("5,600", "rape offences reported"), ("1 in 4", "women affected in their lifetime"),
                ("480", "refuge places"), ("2,100", "stalking reports"), ("70%", "of women harassed in public")],
         findings_title="What survivors told us", findings=["Help came too late, and they had to tell their story many times.",
                                                            "Safe housing was the hardest thing to find."],
         prev_title="Our 2021 commitments", prev_intro="The first strategy made these commitments:",
         prev=["Listening to survivors", "Early intervention", "Safety in public spaces", "Perpetrators"],
         how=[("The national VAWG strategy", ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
                                               "A stronger system"]),
              ("Statutory duties", "The Domestic Abuse Act 2021 places a duty on the Combined Authority to provide "
               "support in safe accommodation.")],
         delivery_intro="Each priority has a delivery group of the Board.", actions_head=["Theme", "Action", "Lead"],
         actions=[["Prevention", "Healthy relationships lessons in every secondary school", "Councils"],
                  ["Support", "Recommission IDVA, ISVA and refuge services", "Combined Authority"],
                  ["Perpetrators", "Behaviour change programme in all ten boroughs", "Probation, councils"],
                  ["Public spaces", "Safe Spaces and TravelSafe campaign", "TfGM"]],
         measures=[["Repeat victims referred to MARAC", "31%", "Down"], ["Survivors housed safely", "1,900", "Up"],
                   ["Perpetrators completing programmes", "420", "Up"]],
         governance="The Board reports to the Deputy Mayor and the Greater Manchester Combined Authority.",
         partners=["GMCA", "Greater Manchester Police", "the ten councils", "NHS Greater Manchester", "specialist services"],
         contact="gbv@greatermanchester-ca.example")
CSS = """
table.gantt { border-collapse: collapse; width: 100%; font-size: 7pt; margin-top: 4mm; table-layout: fixed; }
table.gantt th { font-size: 6.5pt; color: #555; font-weight: 400; padding: 1mm 0; border-bottom: 1px solid #999; }
table.gantt th.y { font-weight: 700; color: #6A1B9A; font-size: 7.5pt; }
table.gantt td { border-bottom: 1px solid #ddd; height: 18mm; padding: 0; }
table.gantt td.lab { font-weight: 700; font-size: 10pt; line-height: 1.25; color: #222; padding: 2mm 3mm 2mm 0; width: 62mm; }
.bar { background: #CE93D8; color: #4A148C; height: 7mm; line-height: 7mm; padding-left: 1.5mm; border-radius: 1mm; white-space: nowrap; overflow: hidden; }
"""
PAGE = """@page { size: A4; margin: 16mm 16mm 18mm 16mm;
 @bottom-center { content: "Gender-Based Violence Strategy  ·  Page " counter(page); font: 8pt 'Liberation Sans'; color: #777; } }
@page wide { size: A4 landscape; margin: 14mm 16mm 16mm 16mm; }
@page bare { margin: 0; @bottom-center { content: none } }
.wide { page: wide; }"""


def build(out_root):
    years = ["2025/26", "2026/27", "2027/28", "2028/29", "2029/30"]
    h = ['<div class="wide"><h1 class="t">Our priorities</h1><p>Our priorities and when we will deliver them. Bars show the main '
         'period of activity for each priority.</p><table class="gantt"><colgroup><col style="width:78mm">' + '<col>' * 20 + '</colgroup><tr><th></th>'
         + "".join(f'<th class="y" colspan="4">{y}</th>' for y in years) + '</tr><tr><th class="lab"></th>'
         + "".join(f"<th>Q{q}</th>" for _ in years for q in range(1, 5)) + "</tr>"]
    for t, a, b, m in PRIORITIES:
        cells = f'<td colspan="{a}"></td>' if a else ""
        cells += f'<td colspan="{b - a}"><div class="bar">{e(m)}</div></td>'
        cells += f'<td colspan="{20 - b}"></td>' if b < 20 else ""
        h.append(f'<tr><td class="lab">{e(t)}</td>{cells}</tr>')
    h.append("</table></div>")
    return gmkit.build_html(out_root, D, "".join(h), CSS, PAGE)
