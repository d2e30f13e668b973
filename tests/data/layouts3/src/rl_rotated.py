"""rotated_table_pages: a portrait serious violence strategy with two landscape table pages stored the way
many producers store them: a portrait MediaBox, the content drawn turned, and /Rotate 90 (the priorities
table, page 4) or /Rotate 270 (the delivery plan, page 6) so a viewer shows them the right way up."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import rl_kit as R

NAME = "rotated_table_pages"
TITLE = "Tarnbridge Serious Violence Strategy 2025–2030"
ACC = "243B6B"
W, H = A4

PRIORITIES = [
    ("Reducing knife crime and weapon carrying by young people",
     "Two thirds of knife-enabled offences involve someone under 25. Young people tell us they carry knives "
     "because they are afraid.",
     "Deliver a knife crime education programme in every secondary school; fund youth workers in A&amp;E; use "
     "focused deterrence with young people at highest risk.",
     "Tarnbridge Council, Youth Justice Service", "Knife-enabled offences involving under-25s"),
    ("Tackling violence in the night-time economy",
     "A third of violence with injury happens between 10pm and 4am, mostly within 300 metres of Bridge Street.",
     "Keep street marshals and the Safe Haven; introduce a late-night levy review; train door staff in "
     "de-escalation and vulnerability.",
     "Police, Licensing", "Night-time violence with injury in the town centre"),
    ("Preventing the exploitation of children by county lines and organised crime groups",
     "Police identified 11 county lines operating in the borough. Children as young as 12 were found working "
     "for them.",
     "Run a contextual safeguarding panel; disrupt lines with police and transport partners; support children "
     "after arrest through a navigator.",
     "Children's Services, Police", "Children referred to the exploitation panel; lines closed"),
    ("Reducing domestic abuse-related violence",
     "Domestic abuse accounts for 41% of violence with injury in Tarnbridge.",
     "Offer a perpetrator programme to every high-risk case; put an IDVA in the hospital; review repeat MARAC "
     "cases.",
     "Domestic Abuse Partnership", "Repeat MARAC cases; DA-related violence with injury"),
    ("Building safer neighbourhoods through community-led prevention",
     "Violence is concentrated in five neighbourhoods, where residents want to be part of the solution.",
     "Fund community grants for violence prevention; train trusted adults; improve lighting and design in "
     "hotspots.",
     "Tarnbridge CVS, Council", "Residents feeling safe after dark in the five neighbourhoods"),
]


def _frame(c, page, *, landscape=False):
    """Running header and footer in the page's own (possibly turned) coordinates."""
    w, h = (H, W) if landscape else (W, H)
    R.text(c, 40, h - 30, TITLE, size=8.5, color="777777")
    R.text(c, w - 40, h - 30, "OFFICIAL", size=8.5, color="777777", anchor="right")
    c.saveState(); c.setStrokeColor(R.hexc("CCCCCC")); c.line(40, h - 36, w - 40, h - 36); c.restoreState()
    R.text(c, w / 2, 24, f"{page}", size=9, color="444444", anchor="center")


def build(out: Path) -> Path:
    path = out / f"{NAME}.pdf"
    c = R.make_canvas(path, TITLE, "Tarnbridge Community Safety Partnership")
    wr = R.Writer(c, 56, H - 70, W - 112, bottom=50, accent=ACC)

    # 1 cover
    R.box(c, 0, H - 330, W, 330, ACC)
    R.text(c, 56, H - 150, "Tarnbridge Community Safety Partnership", size=14, color="C9D3EA")
    R.text(c, 56, H - 200, "Serious Violence Strategy", font="Sans-Bold", size=32, color="FFFFFF")
    R.text(c, 56, H - 240, "2025–2030", size=26, color="FFFFFF")
    R.text(c, 56, 120, "Prepared under the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)",
           size=9.5, color="444444")
    R.text(c, 56, 104, "Published September 2025", size=9.5, color="444444")
    c.showPage()

    # 2 foreword + contents
    _frame(c, 2)
    wr.reset()
    wr.heading("Foreword", 20)
    for t in ["Serious violence devastates families and frightens whole communities. In Tarnbridge it is "
              "rare, but it is not rare enough. Last year 164 people were injured with a knife or other "
              "weapon, and two young men lost their lives.",
              "The Serious Violence Duty requires the police, councils, health, fire and rescue, youth justice "
              "and probation to work together to prevent and reduce serious violence. This strategy is our "
              "response. It is based on a strategic needs assessment completed in January 2025 and on the "
              "views of more than 400 young people.",
              "Our five priorities are set out in the table on page 4. Each one has a lead partner and a "
              "measure, and each is backed by actions in the delivery plan on page 6."]:
        wr.para(t)
    wr.para("<i>Chief Superintendent Alison Marsh and Councillor Tom Okafor, Tarnbridge Community Safety "
            "Partnership</i>", after=18)
    wr.heading("Contents", 16)
    for t, p in [("Foreword", 2), ("Understanding serious violence in Tarnbridge", 3), ("Our priorities", 4),
                 ("Our approach", 5), ("Delivery plan 2025/26", 6), ("Governance and measures", 7)]:
        wr.para(f"{t} <font color='#777777'>.......</font> {p}", after=3)
    c.showPage()

    # 3 understanding serious violence
    _frame(c, 3)
    wr.reset()
    wr.heading("Understanding serious violence in Tarnbridge", 18)
    wr.para("For this strategy, serious violence means homicide, violence against the person that causes "
            "injury, knife and gun crime, and robbery, together with domestic abuse, sexual violence and "
            "exploitation where they involve violence. This follows the Home Office definition and the "
            "partnership's local agreement.")
    y = wr.y
    for i, (big, small) in enumerate([("164", "injured with a knife or weapon"), ("41%", "of violence with "
                                       "injury is domestic abuse"), ("11", "county lines identified"),
                                       ("2", "homicides in 2024/25")]):
        x = 56 + i * 122
        R.box(c, x, y - 70, 112, 66, "E6EBF5")
        R.text(c, x + 8, y - 32, big, font="Sans-Bold", size=22, color=ACC)
        R.text(c, x + 8, y - 50, small[:24], size=7.5)
        R.text(c, x + 8, y - 60, small[24:], size=7.5)
    wr.space(84)
    wr.heading("The specified authorities", 13)
    wr.para("Under the Duty the following must work together in Tarnbridge:")
    wr.bullets(["Tarnbridge Borough Council and Westmoor County Council", "Westmoor Police",
                "Westmoor Fire and Rescue Service", "NHS Westmoor Integrated Care Board",
                "the Youth Justice Service", "the Probation Service"])
    wr.heading("What the needs assessment found", 13)
    wr.bullets(["violence is concentrated in time (Friday and Saturday nights) and place (five neighbourhoods)",
                "victims and perpetrators are often the same young people",
                "most young people involved had been excluded from school",
                "drug markets drive much of the violence between young people",
                "domestic abuse is the largest single source of violence with injury"])
    c.showPage()

    # 4 ROTATED 90: the priorities table
    # reportlab swaps width and height of a page whose rotation is 90/270; hand it the landscape size so the
    # stored MediaBox stays portrait (595 x 842) and only /Rotate turns the page
    c.setPageSize((H, W))
    c.setPageRotation(90)
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)           # now drawing in landscape coordinates (H wide, W high)
    _frame(c, 4, landscape=True)
    lw = R.Writer(c, 40, W - 52, H - 80, bottom=40, accent=ACC)
    lw.heading("Our priorities", 20)
    lw.para("The partnership has agreed five priorities for 2025 to 2030. The table sets out why each one "
            "matters, what we will do, who will lead and how we will measure progress.", after=8)
    data = [["Priority", "Why it matters", "What we will do", "Lead partner", "How we will measure it"]]
    data += [list(p) for p in PRIORITIES]
    lw.table(data, [160, 190, 220, 95, 97], head_bg=ACC, size=10, zebra="EEF1F8", bold_col0=True)
    c.restoreState()
    c.showPage()

    # 5 portrait: our approach
    c.setPageSize((W, H))
    c.setPageRotation(0)
    _frame(c, 5)
    wr.reset()
    wr.heading("Our approach", 18)
    wr.para("We will take a public health approach to serious violence. That means treating violence like a "
            "disease that can be prevented: understanding its causes, acting early and across the whole "
            "system, and testing what works.")
    wr.heading("Our principles", 13)
    wr.bullets(["<b>Focused on a population</b>: we look at whole communities, not only individuals",
                "<b>With and for communities</b>: residents and young people help design the response",
                "<b>Not constrained by organisational boundaries</b>: partners share data and budgets",
                "<b>Focused on short and long term</b>: quick wins alongside long-term prevention",
                "<b>Based on data and intelligence</b>: we use the needs assessment to target resources",
                "<b>Rooted in evidence</b>: we use the Youth Endowment Fund toolkit and evaluate locally"])
    wr.heading("What young people told us", 13)
    wr.bullets(["“Most people who carry a knife do it because they're scared, not because they're bad.”",
                "they want places to go in the evening that feel safe",
                "they trust youth workers more than police officers",
                "social media makes arguments escalate quickly"])
    wr.heading("Our previous approach", 13)
    wr.para("Between 2020 and 2024 the partnership's violence reduction work was organised under three themes "
            "from the regional Violence Reduction Unit: prevention, intervention and enforcement. This "
            "strategy replaces those themes with the five priorities on page 4.")
    c.showPage()

    # 6 ROTATED 270: the delivery plan
    c.setPageSize((H, W))
    c.setPageRotation(270)
    c.saveState()
    c.translate(0, H)
    c.rotate(-90)
    _frame(c, 6, landscape=True)
    lw = R.Writer(c, 40, W - 52, H - 80, bottom=40, accent=ACC)
    lw.heading("Delivery plan 2025/26", 18)
    plan = [["Ref", "Action", "Priority", "Lead", "Deadline"],
            ["D1", "Knife crime education sessions in all 9 secondary schools", "1 Knife crime", "Council",
             "Jul 2026"],
            ["D2", "Youth workers in A&amp;E on Friday and Saturday nights", "1 Knife crime", "ICB", "Jan 2026"],
            ["D3", "Street marshals and Safe Haven funded to March 2027", "2 Night-time economy", "Council",
             "Apr 2025"],
            ["D4", "Door staff de-escalation training", "2 Night-time economy", "Licensing", "Mar 2026"],
            ["D5", "Contextual safeguarding panel meets monthly", "3 Exploitation", "Children's Services",
             "Sep 2025"],
            ["D6", "Navigator for children arrested for drug supply", "3 Exploitation", "YJS", "Dec 2025"],
            ["D7", "Perpetrator programme for all high-risk cases", "4 Domestic abuse", "PCC", "Mar 2026"],
            ["D8", "Community violence prevention grants", "5 Neighbourhoods", "CVS", "Nov 2025"],
            ["D9", "Lighting and design improvements in hotspots", "5 Neighbourhoods", "Council", "Mar 2026"]]
    lw.table(plan, [40, 330, 140, 120, 100], head_bg=ACC, size=9, zebra="EEF1F8")
    c.restoreState()
    c.showPage()

    # 7 portrait: governance and measures
    c.setPageSize((W, H))
    c.setPageRotation(0)
    _frame(c, 7)
    wr.reset()
    wr.heading("Governance and measures", 18)
    wr.para("The Serious Violence Steering Group, chaired by the Chief Superintendent, oversees this strategy "
            "and reports to the Tarnbridge Community Safety Partnership board. The Police and Crime "
            "Commissioner monitors the Duty across Westmoor.")
    wr.heading("National Serious Violence Duty measures", 13)
    wr.para("The Home Office asks every area to report three headline measures:")
    wr.bullets(["hospital admissions for assault with a sharp object", "knife and sharp object enabled serious "
                "violence recorded by the police", "homicides recorded by the police"])
    wr.heading("Local measures", 13)
    wr.table([["Measure", "Baseline 2024/25", "Ambition"],
              ["Knife-enabled offences involving under-25s", "97", "Reduce by 20%"],
              ["Night-time violence with injury, town centre", "312", "Reduce"],
              ["Children referred to the exploitation panel", "74", "Increase (earlier identification)"],
              ["Repeat MARAC cases", "32%", "Reduce to 28%"],
              ["Residents feeling safe after dark (five neighbourhoods)", "38%", "Increase"]],
             [230, 110, 143], head_bg=ACC, size=9)
    wr.para("Contact: safer.tarnbridge@tarnbridge.example.gov.uk", size=9.5)
    c.showPage()
    c.save()
    return path
