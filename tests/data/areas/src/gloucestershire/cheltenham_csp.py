"""Cheltenham Community Safety Partnership Plan 2024-2027: HTML printed by Chromium.

Four priorities, stated once, on p6 as **tear-off desk calendar leaves** in a 2 x 2 grid ("Dates for the
diary: when each priority's action plan starts"): each leaf has two ring holes, a coloured month strip
("APRIL 2024" ...), a large day number, and the priority in bold under it, wrapping over two or three
lines; a grey line under each says which group leads.  The month strips and day numbers print before the
priority in pdftotext.  The festivals calendar (p4), the Safer Gloucestershire priorities quoted (p5), the
previous priorities (p5), the action table (p7) and the measures (p8) are distractors.
"""
from gloucestershire.work import build_html, html_doc, paras, rows, ul

FILE = "strategies/cheltenham_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Cheltenham Community Safety Partnership Plan 2024–2027"

PRIORITIES = [
    ("APRIL 2024", "2", "Tackling anti-social behaviour in our town centre and neighbourhoods", "Lead: ASB Tasking Group"),
    ("JULY 2024", "1", "Keeping women and girls safe in the night-time economy", "Lead: Night-Time Economy Group"),
    ("OCTOBER 2024", "7", "Reducing the harm caused by drugs and alcohol", "Lead: Substance Harm Group"),
    ("JANUARY 2025", "13", "Protecting older and vulnerable residents from fraud and scams", "Lead: Scams Partnership"),
]

CSS = """
.cal { display: grid; grid-template-columns: 1fr 1fr; gap: 9mm 10mm; margin-top: 6mm; }
.leaf { border: 1px solid #bbb; border-radius: 2mm; box-shadow: 1.2mm 1.2mm 0 #ddd; background: #fff; position: relative; padding-bottom: 4mm; }
.leaf .rings { height: 7mm; display: flex; justify-content: center; gap: 30mm; padding-top: 1.5mm; }
.leaf .rings i { width: 4mm; height: 4mm; border-radius: 50%; background: #555; display: block; }
.leaf .mon { background: #B3261E; color: #fff; text-align: center; font-weight: 700; letter-spacing: 1pt; padding: 1.5mm 0; font-size: 10pt; }
.leaf .day { text-align: center; font-size: 40pt; font-weight: 700; color: #333; line-height: 1.1; margin: 2mm 0 1mm 0; }
.leaf .pr { text-align: center; font-weight: 700; font-size: 12.5pt; line-height: 1.3; padding: 0 6mm; color: #222; }
.leaf .ld { text-align: center; font-size: 8pt; color: #777; margin-top: 2mm; }
"""

SECTIONS = [
    ("Foreword", "fw", paras([
        "Cheltenham is a town of festivals, racing and a lively evening economy, with quiet residential "
        "neighbourhoods a short walk from the Promenade. Most people feel safe here, most of the time.",
        "The Cheltenham Community Safety Partnership brings together Cheltenham Borough Council, Gloucestershire "
        "Constabulary, Cheltenham Borough Homes, the county council, the NHS and the voluntary sector.",
        "This plan sets out our four priorities for 2024 to 2027, based on our strategic assessment and on a "
        "survey of 1,400 residents (illustrative)."]) + "<p><b>Chair, Cheltenham Community Safety Partnership</b></p>"),
    ("Cheltenham in context", "ctx", "<p>The figures below are illustrative and are not official statistics.</p>" +
     rows(["Indicator", "2023/24"], [("Residents", "118,000"), ("Crimes recorded", "9,700"), ("ASB incidents", "2,400"),
                                    ("Reported fraud losses by residents over 65", "£1.9m"),
                                    ("Alcohol-related hospital admissions", "1,050")], "#B3261E") +
     "<h2>A year of events</h2>" + ul(["March: the Festival at the racecourse", "June: Jazz and Science festivals",
                                       "October: Literature festival", "December: Christmas markets"]) +
     "<p>Major events bring more than 250,000 visitors and shape our night-time economy work.</p>"),
    ("Our place in the county", "cty", paras([
        "We work alongside Safer Gloucestershire, the county partnership, whose priorities include reducing "
        "serious violence and knife crime, ending violence against women and girls, and tackling the criminal "
        "exploitation of children and young people. We do not repeat that county work here; we deliver it "
        "locally."]) + "<h2>Our 2021–2024 priorities</h2>" + ul(["Safer town centre", "Vulnerable people",
                                                                  "Neighbourhood nuisance"]) +
     "<h2>Principles</h2>" + ul(["Victims and residents first", "Early intervention", "Shared data, shared tasking"])),
    ("Dates for the diary", "pri", "<p>Each of our priorities has a three-year action plan. The calendar shows "
     "the date each one starts; together they are our priorities for 2024–2027.</p><div class=\"cal\">" +
     "".join(f'<div class="leaf"><div class="rings"><i></i><i></i></div><div class="mon">{m}</div>'
             f'<div class="day">{d}</div><div class="pr">{p}</div><div class="ld">{l}</div></div>'
             for m, d, p, l in PRIORITIES) + "</div>"),
    ("Action plan 2024/25", "del", rows(["Theme", "Actions", "Partners"], [
        ("Town centre and neighbourhoods", "Problem-solving plans for the five hotspots; PSPO renewal; youth outreach",
         "Council, police, CBH"),
        ("Night-time economy", "Safe haven on event nights; Ask for Angela; licensed premises training",
         "Council, police, pubwatch"),
        ("Substances", "Alcohol liaison at Cheltenham General; naloxone training for staff",
         "Public health, treatment provider"),
        ("Scams", "Scams awareness in sheltered housing; call blockers; bank protocol",
         "Trading standards, police, Age UK")], "#B3261E")),
    ("Measures and governance", "gov", rows(["Measure", "Baseline", "Target"], [
        ("ASB incidents", "2,400", "-10%"), ("Women who feel safe at night in the town centre", "55%", "65%"),
        ("Alcohol-related admissions", "1,050", "-5%"), ("Scam victims supported", "180", "400")], "#333") +
     paras(["Baselines are illustrative. The partnership meets quarterly and reports to the council's Overview and "
            "Scrutiny Committee and to Safer Gloucestershire. Contact: csp@cheltenham.example"])),
]


def build(root):
    out = root / FILE
    render = html_doc(TITLE, "Cheltenham Community Safety Partnership", "#B3261E", "Cheltenham CSP Plan 2024–2027",
                      SECTIONS, CSS)
    return build_html(out, "cheltenham_csp.html", render, SECTIONS)
