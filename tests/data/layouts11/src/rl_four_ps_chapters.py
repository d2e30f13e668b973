"""Carnhollow Violence Against Women and Girls Strategy 2026-2029 (reportlab, 5 pages). The strategy is
organised by the national "4 Ps" (Prevent, Protect, Pursue, Prepare): each is a chapter opener in large white
capitals on a coloured band with the national definition under it. The partnership's OWN five priorities sit
inside the chapters as "Priority N:" boxes (two under Prevent, one each under the others); p2 explains that
the 4 Ps are the framework, not the priorities, and has a table of the national definitions. Distractors: the
4 P chapter headings, the national definitions table, "What we will do" bullets, the previous strategy's four
priorities in prose, the Safer Streets mission, a measures table."""
from __future__ import annotations

from kit11 import Doc, box, para_at, text

NAME = "four_ps_chapters_vawg"
ACC = "4B2A6B"
TITLE = "Carnhollow Violence Against Women and Girls Strategy 2026-2029"
P_COL = {"PREVENT": "6A3D8F", "PROTECT": "2E6F8E", "PURSUE": "8E2E4B", "PREPARE": "5A6B2E"}
DEF = {"PREVENT": "Stopping abuse before it starts, and stopping people becoming perpetrators.",
       "PROTECT": "Protecting and supporting victims and reducing their vulnerability to further harm.",
       "PURSUE": "Bringing perpetrators to justice and disrupting their offending.",
       "PREPARE": "Making sure agencies have the skills, systems and knowledge to respond."}
PRI = [
    "Healthy relationships education in every Carnhollow school, college and youth club",
    "Making streets, parks and the night-time economy safe for women and girls",
    "Specialist support for every victim-survivor, including women with no recourse to public funds",
    "Relentless pursuit of the most harmful and serial perpetrators",
    "A confident workforce that recognises abuse and knows what to do",
]


def chapter(d, w, name, n, of=4):
    """The 4 P opener band; the writer continues below it."""
    c, W = d.c, d.W
    top = w.y
    box(c, 56, top - 64, W - 112, 64, P_COL[name])
    text(c, 72, top - 34, name, "Sans-Bold", 28, "FFFFFF")
    text(c, W - 72, top - 30, f"Chapter {n} of {of}", "Sans", 9, "FFFFFF", anchor="right")
    text(c, 72, top - 54, DEF[name], "Sans-Italic", 10, "FFFFFF")
    w.y = top - 64 - 14


def priority_box(d, w, n, wording, col):
    c = d.c
    top = w.y
    h = para_at(c, f"Priority {n}: {wording}", 72, top - 10, d.W - 144 - 16, font="Sans-Bold", size=13.5,
                leading=17, color=col)
    box(c, 56, top - h - 20, 6, h + 20, col)
    w.y = top - h - 20 - 10


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Carnhollow Community Safety Partnership", footer=TITLE, accent=ACC)
    c, W, H = d.c, d.W, d.H
    # ---------------------------------------------------------------- p1 cover
    box(c, 0, 0, W, H, ACC)
    for i, (k, col) in enumerate(P_COL.items()):
        box(c, 56 + i * 124, H - 300, 112, 8, col)
    text(c, 56, H - 360, "Violence Against Women", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 396, "and Girls Strategy", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 436, "2026\u20132029", "Sans", 22, "D9C8EA")
    text(c, 56, H - 480, "Carnhollow Community Safety Partnership", "Sans", 13, "FFFFFF")
    text(c, 56, 90, "If you are in danger, call 999. Carnhollow Women's Support Line: 0800 000 4417 (24 hours).",
         "Sans", 10, "D9C8EA")
    d.next()
    # ---------------------------------------------------------------- p2 foreword, framework
    w = d.writer()
    w.heading("Foreword", size=18)
    w.para("One in four women in Carnhollow will experience domestic abuse in her lifetime, and more than half of "
           "the young women who answered our 2025 survey said they had been harassed in the street in the last "
           "year. Behind these figures are our neighbours, colleagues and daughters.")
    w.para("This strategy belongs to the whole partnership: the council, Carnhollow Police, the Integrated Care "
           "Board, Probation, schools, and the specialist services run by and for women. It replaces our "
           "2022-2025 strategy.")
    w.para("<i>Councillor Bethan Oyelaran, Chair, Carnhollow Community Safety Partnership</i>", color="555555")
    w.heading("How this strategy is organised", size=15, before=8)
    w.para("Like the national approach to violence against women and girls, this strategy is set out under the "
           "<b>4 Ps</b>. The 4 Ps are a framework for organising what we do; they are <b>not</b> our priorities. "
           "Within them the partnership has agreed <b>five priorities</b> for 2026-2029, shown in the shaded boxes "
           "in each chapter. Two sit under Prevent and one under each of the other Ps, although every priority "
           "needs work across all four.")
    w.table([["The 4 Ps", "What the national framework means by it"]] + [[k.title(), v] for k, v in DEF.items()],
            [110, W - 112 - 110], head_bg=ACC, size=9.5, zebra="F1ECF6", bold_col0=True)
    w.heading("What the data tells us", size=15, before=4)
    w.bullets(["6,940 domestic abuse incidents were reported to Carnhollow Police in 2025, up 7% on 2024.",
               "Reported rapes rose to 402; 9% resulted in a charge.",
               "61% of women said they feel unsafe in Carnhollow town centre after dark.",
               "Refuge spaces turned away 118 women in 2025, 40 of them with no recourse to public funds."])
    w.para("The Government's Safer Streets mission aims to halve violence against women and girls within a decade. "
           "Our measures on page 5 show how Carnhollow will contribute.", after=0)
    d.next()
    # ---------------------------------------------------------------- p3 Prevent
    w = d.writer()
    chapter(d, w, "PREVENT", 1)
    w.para("Prevention is where we have done least in the past. Most of our budget has gone on crisis services, "
           "and our 2022-2025 strategy had no prevention priority at all.")
    priority_box(d, w, 1, PRI[0], P_COL["PREVENT"])
    w.para("Only 38% of Carnhollow secondary schools use the healthy relationships programme that the partnership "
           "funds. Young people told us lessons come too late and are too short.")
    w.para("<b>What we will do</b>", after=3)
    w.bullets(["Offer the programme free to every school, college and youth club from September 2026",
               "Train 60 youth workers to lead sessions with boys on consent and online misogyny",
               "Set up a young people's VAWG panel that reviews the programme every year"])
    w.space(6)
    priority_box(d, w, 2, PRI[1], P_COL["PREVENT"])
    w.para("Women told us which places they avoid: the underpass at Carnhollow station, Mill Lane park after dark, "
           "and the late-night taxi ranks.")
    w.para("<b>What we will do</b>", after=3)
    w.bullets(["Improve lighting and CCTV at the ten places women named most often",
               "Accredit 40 licensed venues under the Ask for Angela and WAVE schemes",
               "Run a Safe Space scheme in shops and cafes on the main bus routes"])
    d.next()
    # ---------------------------------------------------------------- p4 Protect, Pursue
    w = d.writer()
    chapter(d, w, "PROTECT", 2)
    priority_box(d, w, 3, PRI[2], P_COL["PROTECT"])
    w.para("Demand for independent domestic violence advisers has doubled since 2020. Women with no recourse to "
           "public funds are turned away from refuge more often than any other group.")
    w.para("<b>What we will do</b>", after=3)
    w.bullets(["Commission four more independent domestic and sexual violence advisers",
               "Fund a ring-fenced refuge space for women with no recourse to public funds",
               "Open a by-and-for service for Black and minoritised women with Carnhollow Sisters"])
    w.space(10)
    chapter(d, w, "PURSUE", 3)
    priority_box(d, w, 4, PRI[3], P_COL["PURSUE"])
    w.para("A small number of men cause a large share of the harm: 140 perpetrators account for a third of all "
           "repeat domestic abuse incidents in Carnhollow.")
    w.para("<b>What we will do</b>", after=3)
    w.bullets(["Expand the multi-agency tasking and coordination (MATAC) process to cover stalking",
               "Use domestic abuse protection orders in every eligible high-risk case",
               "Fund a perpetrator programme for men who are not yet in the criminal justice system"])
    d.next()
    # ---------------------------------------------------------------- p5 Prepare, measures, previous
    w = d.writer()
    chapter(d, w, "PREPARE", 4)
    priority_box(d, w, 5, PRI[4], P_COL["PREPARE"])
    w.para("Health visitors, housing officers and GP receptionists are often the first people a woman tells. We "
           "will offer free training to every partner and make domestic abuse a standing item in supervision.")
    w.heading("How we will know we are making a difference", size=14, before=6)
    w.table([["Measure", "2025", "Ambition 2029"],
             ["Schools, colleges and youth clubs using the healthy relationships programme", "38%", "100%"],
             ["Women who feel safe in the town centre after dark", "39%", "55%"],
             ["Women turned away from refuge", "118", "fewer than 30"],
             ["Rape charge rate", "9%", "15%"],
             ["Staff trained in the last two years", "1,150", "4,000"]],
            [W - 112 - 160, 70, 90], head_bg=ACC, size=9.5, zebra="F1ECF6")
    w.heading("Our previous strategy", size=14, before=4)
    w.para("The 2022-2025 strategy had four priorities: domestic abuse, sexual violence, stalking and harassment, "
           "and so-called honour-based abuse. It was organised by type of crime. This strategy is organised by "
           "what we do, so that each form of abuse is covered by every priority.")
    w.heading("Governance", size=14, before=4)
    w.para("The VAWG Strategic Board reports to the Community Safety Partnership every quarter. Each priority has a "
           "lead officer and an annual action plan.")
    return [d.close()]
