"""West Yorkshire Reducing Reoffending Plan 2025–2028: HTML printed by Chromium.  The priorities are the
**lane labels of a swimlane diagram**: five horizontal lanes, the priority in a tinted label cell at the left
of each lane and the partner activities as small boxes along the lane.  Distractors: the pathways, the
previous plan's themes, the Mayor's priorities, the lane activities, actions and measures."""
from west_yorkshire_metro import thematic
from west_yorkshire_metro.htmlkit import e, ul

FILE = "strategies/west_yorkshire_reducing_reoffending_plan_2025-28.pdf"
TITLE = "West Yorkshire Reducing Reoffending Plan 2025–2028"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'Liberation Sans', sans-serif", c1="#3D405B",
             c2="#81B29A", c3="#F4F1DE", footer='"( " counter(page) " )"', running="Reducing Reoffending Plan")
LANES = [("Stable homes on release from prison", ["Housing duty to refer", "Move-on beds", "Tenancy support"]),
         ("Into work: jobs, training and skills for people leaving custody", ["Employment hubs", "Employer pledge"]),
         ("Getting people who offend into drug and alcohol treatment", ["Testing on arrest", "RECONNECT", "Treatment requirements"]),
         ("Changing the behaviour of domestic abuse perpetrators", ["Accredited programmes", "Risk panels"]),
         ("Integrated offender management of neighbourhood crime offenders", ["Fixed cohort", "Tagging"])]
CSS = """
.lane { display: flex; border-top: 1px solid #3D405B; min-height: 24mm; break-inside: avoid; }
.lane:last-child { border-bottom: 1px solid #3D405B; }
.lane .lab { width: 56mm; background: #F4F1DE; padding: 3mm; font-weight: 700; font-size: 10.5pt; color: #3D405B; line-height: 1.25; }
.lane .acts { flex: 1; display: flex; align-items: center; gap: 3mm; padding: 2mm 3mm; }
.lane .acts span { border: 1px solid #81B29A; border-radius: 1.5mm; padding: 1.5mm 2mm; font-size: 8pt; }
.cv-r { background: #F4F1DE; } .cv-r h1 { position: absolute; left: 20mm; top: 90mm; width: 170mm; font-size: 28pt; color: #3D405B; margin: 0; }
.cv-r .lanes { position: absolute; left: 0; top: 180mm; width: 210mm; height: 60mm; background: repeating-linear-gradient(180deg,#81B29A,#81B29A 2mm,#F4F1DE 2mm,#F4F1DE 12mm); }
"""


def pri_html():
    h = ("<p>The board's five priorities are the lanes below. Each lane shows the main services that deliver "
         "it.</p><div>")
    for t, acts in LANES:
        h += f'<div class="lane"><div class="lab">{e(t)}</div><div class="acts">' + "".join(
            f"<span>{e(a)}</span>" for a in acts) + "</div></div>"
    return h + "</div>"


def build(out_root):
    return thematic.make(out_root, FILE, "wy_reoffending", TITLE, THEME, CSS,
        '<div class="cover cv-r"><h1>Reducing Reoffending Plan 2025–2028</h1><div class="lanes"></div></div>',
        "Priorities of the board", pri_html(), dict(
        leader="line",
        foreword=["Most crime is committed by people who have offended before. Helping them stop is one of the "
                  "most effective ways to protect the public.",
                  "The West Yorkshire Reducing Reoffending Board brings probation, prisons, the police, councils "
                  "and health together."],
        signed="Chair, West Yorkshire Reducing Reoffending Board (Regional Probation Director)",
        context_head="Reoffending in West Yorkshire",
        context=["Around 11,000 people are supervised by probation in West Yorkshire (illustrative)."],
        stats=[("25%", "adult proven reoffending rate"), ("1 in 7", "prison leavers homeless on release"),
               ("19%", "in work six weeks after release"), ("48%", "with a drug need"), ("2,300", "domestic abuse "
               "perpetrators on probation caseloads"), ("620", "people in the IOM cohort")],
        findings=["Homelessness on release doubles the risk of reoffending.", "Treatment starts fall away "
                  "after release."],
        bg_head="Pathways and previous plan",
        previous_head="Themes of the 2022–2025 plan",
        previous_intro="The previous plan was organised around:",
        previous=["Accommodation", "Women in the justice system", "Neighbourhood crime"],
        extra_bg="<h2>The seven resettlement pathways</h2>" + ul(["Accommodation", "Education, training and "
                 "employment", "Health", "Drugs and alcohol", "Finance, benefit and debt", "Children and families",
                 "Attitudes, thinking and behaviour"]),
        actions=[("Homes", "Commissioned rehabilitative services for accommodation", "Probation"),
                 ("Work", "Employment advisers in every prison", "Prisons"),
                 ("Treatment", "Community sentence treatment requirements", "Probation, health"),
                 ("Perpetrators", "Building Better Relationships programme", "Probation"),
                 ("IOM", "Neighbourhood crime cohort reviews", "Police, probation")],
        measures=["Settled accommodation on release", "Employment at six months", "Treatment continuity",
                  "Perpetrator programme completions", "IOM cohort reoffending"],
        governance="The board reports to the Local Criminal Justice Board and the Mayor.",
        contact="reducing.reoffending@westyorks.example"))
