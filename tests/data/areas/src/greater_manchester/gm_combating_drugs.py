"""Greater Manchester Combating Drugs Partnership Strategy 2025-2028 (HTML/CSS -> Chromium).

Four priorities, stated once, on p6 as **KPI ring cards**: each row is an SVG progress ring showing the
illustrative 2028 target ("+20%", "-25%" ...) beside the priority in bold, with the measure in small grey type
under it.  The ring figures and measure lines, the *From harm to hope* priorities (p5), the previous plan's
themes (p4) and the action themes (p7) are distractors.
"""
from greater_manchester import gmkit

e = gmkit.e
PRIORITIES = [("Breaking drug supply chains and closing down county lines", 60, "−20%", "Measure: county lines closed and drug supply offences"),
              ("Getting more people into treatment and recovery", 75, "+20%", "Measure: adults and young people in treatment"),
              ("Preventing drug-related deaths", 40, "−25%", "Measure: drug-related deaths (three-year average)"),
              ("Stopping young people from starting to use drugs", 30, "−10%", "Measure: young people reporting drug use (school survey)")]

D = dict(slug="gm_drugs", file="strategies/greater_manchester_combating_drugs_partnership_strategy_2025-28.pdf",
         title="Greater Manchester Combating Drugs Partnership Strategy 2025–2028", org="Greater Manchester Combating Drugs Partnership",
         cover_title="Combating Drugs Partnership Strategy", years="2025 – 2028", colour="#00695C",
         ctx_title="Drug harm in Greater Manchester", how_title="The national strategy",
         foreword=["Drugs cause harm to people who use them, to their families and to communities living with dealing "
                   "and exploitation. This strategy sets out how partners will work together on it until 2028."],
         signed="Senior Responsible Owner, Greater Manchester Combating Drugs Partnership",
         ctx_intro="Illustrative figures, 2024.",
         stats=[("14,800", "adults in treatment"), ("1,100", "young people in treatment"), ("310", "drug-related deaths (3 yrs)"),
                ("95", "county lines closed"), ("41%", "of acquisitive crime drug-linked"), ("24%", "continuity of care rate")],
         findings_title="Key findings", findings=["Most deaths involve more than one substance.", "Age of first use is falling."],
         prev_title="Our 2022 plan", prev_intro="The first partnership plan had three themes:",
         prev=["Enforcement", "Treatment", "Prevention"],
         how=[("From harm to hope: the three national priorities", ["Break drug supply chains",
                                                                     "Deliver a world-class treatment and recovery system",
                                                                     "Achieve a generational shift in demand for drugs"]),
              ("Our principles", ["Recovery is possible", "Reduce stigma", "Lived experience in every decision"])],
         delivery_intro="Actions for 2025/26.", actions_head=["Theme", "Action", "Lead"],
         actions=[["Supply", "Operation to close county lines; cuckooing protocol", "GMP"],
                  ["Treatment", "Treatment in custody and on release", "Public health"],
                  ["Deaths", "Naloxone for families and hostels", "Public health"],
                  ["Young people", "Drug education and early help", "Councils"]],
         measures=[["Adults in treatment", "14,800", "Up"], ["Drug-related deaths", "310", "Down"],
                   ["County lines closed", "95", "Up"]],
         governance="The partnership reports to the Deputy Mayor and to the national Joint Combating Drugs Unit.",
         partners=["GMCA", "GMP", "NHS Greater Manchester", "the ten councils", "Probation Service", "treatment providers"],
         contact="cdp@greatermanchester-ca.example")
CSS = """
.kpi { display: flex; align-items: center; gap: 8mm; border-bottom: 1px solid #cde; padding: 5mm 0; }
.kpi svg { flex: none; }
.kpi .t { font-weight: 700; font-size: 13pt; line-height: 1.25; color: #004D40; }
.kpi .m { font-size: 8pt; color: #777; margin-top: 1.5mm; }
"""
PAGE = """@page { size: A4; margin: 17mm 17mm 19mm 17mm;
 @bottom-left { content: "GM Combating Drugs Partnership"; font: 8pt 'Liberation Sans'; color: #888; }
 @bottom-right { content: "p. " counter(page); font: 8pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }"""


def ring(pct, label):
    import math
    r, c = 30, 2 * math.pi * 30
    return (f'<svg width="32mm" height="32mm" viewBox="0 0 80 80"><circle cx="40" cy="40" r="{r}" fill="none" '
            f'stroke="#E0F2F1" stroke-width="9"/><circle cx="40" cy="40" r="{r}" fill="none" stroke="#00897B" '
            f'stroke-width="9" stroke-dasharray="{c * pct / 100:.1f} {c:.1f}" transform="rotate(-90 40 40)"/>'
            f'<text x="40" y="45" text-anchor="middle" font-size="14" font-family="Liberation Sans" '
            f'font-weight="700" fill="#004D40">{e(label)}</text></svg>')


def build(out_root):
    h = ['<h1 class="t">Our priorities</h1><p>Our four priorities, with the change we aim for by 2028 '
         '(illustrative targets).</p>']
    for t, pct, lab, m in PRIORITIES:
        h.append(f'<div class="kpi">{ring(pct, lab)}<div><div class="t">{e(t)}</div><div class="m">{e(m)}</div></div></div>')
    return gmkit.build_html(out_root, D, "".join(h), CSS, PAGE)
