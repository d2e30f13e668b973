"""Safer Brackwater Partnership Plan: the four priorities are listed once, in full, on p2; the later sections are
headed "Objective 1 – Town centre" and so on, with short names only."""
from __future__ import annotations

from kit6 import Doc, box, text

NAME = "listed_once_short_headings"
PRIORITIES = [
    "Reducing anti-social behaviour in Brackwater town centre and on public transport",
    "Protecting children and young adults from criminal exploitation",
    "Tackling neighbourhood crime, including burglary and vehicle crime",
    "Improving the partnership's response to hate crime",
]
SHORT = ["Town centre", "Exploitation", "Neighbourhood crime", "Hate crime"]
BODY = [
    ("Brackwater town centre accounts for 31% of the anti-social behaviour reported in the borough, most of it "
     "between 3pm and 9pm. Bus drivers on the 14 and 22 routes reported 212 incidents in 2024-25.",
     ["Run a joint problem-solving group for the bus station and Market Square.",
      "Review the Public Spaces Protection Order before it expires in October 2026.",
      "Fund two youth workers to work on the buses after school."]),
    ("Children's services recorded 74 children at risk of criminal exploitation in 2024-25. Most were aged 14 to "
     "17, and a third were not in full-time education.",
     ["Adopt the Hollinshire exploitation screening tool across all partners.",
      "Extend the contextual safeguarding panel to young adults aged 18 to 24.",
      "Map the county lines that reach Brackwater every quarter."]),
    ("Residential burglary fell by 9% last year, but theft of and from vehicles rose by 14%, mostly in "
     "Eastfield and Lower Brackwater.",
     ["Target-harden the homes of repeat victims within 48 hours.",
      "Run two vehicle crime operations with the Neighbourhood Policing Team each year."]),
    ("Recorded hate crime rose by 11%, and the residents' survey suggests that fewer than one in three "
     "incidents is reported.",
     ["Open four new third-party reporting centres.",
      "Train licensed taxi drivers to recognise and report hate incidents."]),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Safer Brackwater Partnership Plan 2026-2029", "Brackwater Borough Council",
            footer="Safer Brackwater Partnership Plan 2026-2029", accent="2E5E4E")
    c, H = d.c, d.H
    box(c, 0, 0, d.W, H, "2E5E4E")
    text(c, 56, H - 220, "Safer Brackwater", "Sans-Bold", 34, "FFFFFF")
    text(c, 56, H - 256, "Partnership Plan 2026-2029", "Sans", 24, "FFFFFF")
    text(c, 56, 90, "Brackwater Community Safety Partnership", "Sans", 12, "DDEEE6")
    d.next()
    w = d.writer()
    w.heading("Foreword", 18)
    w.para("This plan sets out what the Safer Brackwater Partnership will do over the next three years. It is "
           "based on our strategic assessment, on what more than 1,100 residents told us, and on the priorities of "
           "the Police and Crime Commissioner for Hollinshire.")
    w.para("The Board has agreed four priorities for 2026-2029:")
    w.bullets(PRIORITIES, after=4)
    w.para("Each priority has a delivery group and a lead officer. The sections that follow use short names for "
           "each priority, and each one is called an objective in our delivery plan.", after=10)
    w.para("<i>Councillor Ruth Amadi, Chair, Safer Brackwater Partnership</i>", after=16)
    w.heading("Our vision", 14)
    w.para("A borough where everyone feels safe, whoever they are and wherever they live.")
    w.heading("Our values", 14)
    w.bullets(["Listening to residents before we act", "Sharing information as the law allows",
               "Using evidence to decide where to act", "Being open about what has worked and what has not"])
    d.next()
    w = d.writer()
    w.heading("What the strategic assessment found", 16)
    w.para("The 2025 strategic assessment identified these issues, in order of harm:")
    w.bullets(["1. Violence with injury in the night-time economy", "2. Anti-social behaviour on buses",
               "3. Criminal exploitation of children", "4. Theft from vehicles", "5. Under-reporting of hate crime",
               "6. Shop theft in the Riverside retail park"], bullet="")
    w.para("Not every issue became a priority: violence in the night-time economy is led by the county's Serious "
           "Violence Duty partnership, and shop theft by the Business Crime Reduction Partnership.")
    w.heading("The Police and Crime Commissioner's priorities", 14)
    w.para("The Commissioner's Police and Crime Plan 2025-2029 has four priorities, which this plan supports:")
    w.bullets(["Safer streets and neighbourhoods", "Protecting vulnerable people", "Supporting victims",
               "An efficient and effective police service"])
    w.heading("What residents told us", 14)
    w.bullets(["62% worry about anti-social behaviour in the town centre",
               "48% would not feel safe on a bus after dark",
               "27% have seen drug dealing in their street"])
    d.next()
    w = d.writer()
    for i in range(4):
        if i == 2:
            d.next()
            w = d.writer()
        w.heading(f"Objective {i + 1} \u2013 {SHORT[i]}", 20, before=6)
        w.heading("Why this matters", 12, color="444444")
        w.para(BODY[i][0])
        w.heading("What we will do", 12, color="444444")
        w.bullets(BODY[i][1])
        w.para(f"<b>Lead:</b> {['Head of Community Safety', 'Assistant Director, Children’s Services', 'Chief Inspector, Brackwater NPT', 'Community Cohesion Manager'][i]}",
               after=18)
    d.next()
    w = d.writer()
    w.heading("How we will know we are making a difference", 16)
    w.table([["Measure", "Baseline 2024-25", "Aim by 2029"],
             ["ASB incidents in the town centre", "1,904", "Down 15%"],
             ["Children screened for exploitation", "74", "All referrals screened"],
             ["Theft of and from vehicles", "1,118", "Down 10%"],
             ["Hate incidents reported through third parties", "39", "Up 50%"]], [220, 120, 140])
    w.heading("Our previous plan (2023-2026)", 14)
    w.para("The last plan had three priorities: violence reduction; safer neighbourhoods; and domestic abuse. "
           "Domestic abuse now has its own strategy, led by the Hollinshire Domestic Abuse Local Partnership Board.")
    w.heading("Governance", 14)
    w.para("The Partnership Board meets four times a year and reports to the Brackwater Overview and Scrutiny "
           "Committee each autumn.")
    return [d.close()]
