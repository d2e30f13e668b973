"""Ellingmoor Combating Drugs Partnership: Local Drugs Plan 2026-2029 (reportlab, 2 pages). Each priority is
introduced by a colon-terminated lead phrase INSIDE a paragraph, after other sentences, and each lead is in a
different case style: "Priority one:", "SECOND PRIORITY:", "priority three:", "Our Fourth Priority:",
"Final priority:". The same paragraphs also hold colon-terminated leads that are not priorities ("Action:",
"Measure:", "Principle:"), and p2 quotes From Harm to Hope's priorities with a "National priority:" lead."""
from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY

from kit23 import Doc, box, text

NAME = "colon_lead_phrases_drugs"
ACC = "0F5E63"
PRI = ["fewer people dying from drug poisoning in Ellingmoor",
       "More people starting treatment and staying in recovery",
       "break the county lines that bring heroin and crack cocaine into Ellingmoor",
       "Support for families and children affected by a parent's drug or alcohol use",
       "reducing drug-related offending and anti-social behaviour in Ellingmoor town centre"]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Ellingmoor Local Drugs Plan 2026-2029", "Ellingmoor Combating Drugs Partnership",
            footer="Ellingmoor Combating Drugs Partnership \u2022 Local Drugs Plan 2026-2029", accent=ACC,
            footer_on_first=True)
    c, W, H = d.c, d.W, d.H
    J = dict(align=TA_JUSTIFY, size=10.5, leading=15, after=9)
    box(c, 0, H - 140, W, 140, ACC)
    text(c, 56, H - 70, "Ellingmoor Combating Drugs Partnership", "Sans", 13, "D5F0F1")
    text(c, 56, H - 105, "Local Drugs Plan 2026\u20132029", "Sans-Bold", 28, "FFFFFF")
    w = d.writer(x=56, top=H - 170, width=W - 112)
    w.heading("Introduction", 16)
    w.para("Ellingmoor has the third highest rate of drug-related deaths in the region. In 2025, 27 people in the "
           "borough died from drug poisoning, most of them men in their forties who had used heroin for many "
           "years. Behind every one of those deaths is a family. This plan sets out how the Ellingmoor Combating "
           "Drugs Partnership will work over the next three years to reduce the harm that drugs cause.", **J)
    w.para("The partnership brings together Ellingmoor Borough Council, Fellshire Police, the Probation Service, "
           "Fellshire Integrated Care Board, Ellingmoor Recovery Service, Jobcentre Plus and the Office of the "
           "Police and Crime Commissioner. Principle: we will involve people with lived experience in every "
           "decision we take. Principle: we will treat drug dependence as a health condition, not a moral failing.",
           **J)
    w.heading("The national picture", 16, before=6)
    w.para("The national drugs strategy, From Harm to Hope, asks every area to set up a Combating Drugs Partnership "
           "and agree a local plan. It has three priorities of its own, and this plan supports all three. National "
           "priority: break drug supply chains. National priority: deliver a world-class treatment and recovery "
           "system. National priority: achieve a generational shift in demand for drugs.", **J)
    w.para("Our last plan, for 2023-2025, set a single priority: more people in treatment. Numbers in treatment "
           "rose by 14% over the period, but too few people stayed in treatment for long enough to recover.", **J)
    w.heading("What we will focus on", 16, before=6)
    w.para("After a needs assessment and a consultation with 340 residents, the partnership has agreed five "
           "priorities for 2026-2029. Each is set out below with its lead phrase, followed by the main action and "
           "measure.", **J)
    w.para(f"Most of the people who died last year were known to services at some point. Priority one: {PRI[0]}. "
           f"Action: every person leaving treatment or prison will be offered naloxone and a named worker. "
           f"Measure: drug poisoning deaths, from the coroner's records.", **J)
    d.next()
    w = d.writer(x=56, width=W - 112)
    w.para(f"Only 41% of adults who need treatment for opiate use in Ellingmoor are in it. SECOND PRIORITY: {PRI[1]}. "
           f"Action: open an evening clinic in Ellingmoor town and a satellite service in Hayle Moor. Measure: the "
           f"number of adults in treatment, and the share who complete it free of dependence.", **J)
    w.para(f"The police estimate that four county lines operate in the borough at any one time, using children from "
           f"Ellingmoor and from outside. priority three: {PRI[2]}. Action: a joint disruption team with the "
           f"regional organised crime unit. Measure: lines closed and children referred for support.", **J)
    w.para(f"An estimated 1,900 children in Ellingmoor live with a parent who has a drug or alcohol problem. Our "
           f"Fourth Priority: {PRI[3]}. Action: a family worker in the recovery service and a young carers' group. "
           f"Measure: the number of families supported.", **J)
    w.para(f"Residents told us that visible dealing and drug litter in the town centre make them feel unsafe. "
           f"Final priority: {PRI[4]}. Action: a drug-related offending panel run with Probation, and needle "
           f"bins in the bus station and Market Walk. Measure: reports of drug-related anti-social behaviour.",
           **J)
    w.heading("Governance", 16, before=6)
    w.para("The partnership meets quarterly and is chaired by the council's Director of Public Health. It reports "
           "to the Ellingmoor Health and Wellbeing Board and, through the Police and Crime Commissioner, to the "
           "Fellshire Criminal Justice Board. Three delivery groups, for treatment, supply and families, hold the "
           "action plan.", **J)
    w.para("Note: the action plan and the full outcomes framework are published separately on the council's "
           "website. Contact: drugs.partnership@ellingmoor.gov.uk.", **J)
    return [d.close()]
