"""Brindlecombe Police and Crime Plan. The executive summary (p2) has a table of the four priorities under SHORT
names. Each priority then has its own chapter (pp3-6) whose title is longer: "Chapter 1: Neighbourhood policing
that residents can see and reach". Gold is the chapter title on the chapter's page (the priority's own section,
with its full wording); the summary names are shorter and are not gold. Chapter 5 (resources) is not a
priority."""
from __future__ import annotations

from kit7 import Doc, box, text

NAME = "summary_then_chapters_pcc"
ACC = "23395B"
CH = [
    ("Neighbourhood policing", "Neighbourhood policing that residents can see and reach",
     "Officers and PCSOs who stay in their areas", "Chief Constable",
     "Residents in the rural west told us they had not seen a police officer in their village for over a year. "
     "Neighbourhood teams have lost 14% of their officers to response duties since 2021.",
     ["Ring-fence 212 neighbourhood officers and 96 PCSOs", "Publish every team's contact details and priorities",
      "Open a police desk in Hartwell and Combe St Luke libraries"]),
    ("Violence against women and girls", "Violence against women and girls: prevention, protection and justice",
     "A whole-system response led by police and partners", "Chief Constable and PCC",
     "Reports of domestic abuse, stalking and rape have all risen. Only 6% of rape reports led to a charge last "
     "year, and victims told us they waited too long for updates.",
     ["A specialist rape and serious sexual offences team", "Stalking advocates in every district",
      "A schools programme on healthy relationships"]),
    ("Roads", "Safer roads for drivers, riders, cyclists and walkers", "Fewer people killed or seriously injured",
     "Chief Constable and highway authority",
     "Thirty-one people died on Brindlecombe's roads in 2024. Speeding on rural A-roads is the complaint I hear "
     "most often at public meetings.",
     ["Expand Community Speedwatch to 120 groups", "Fund two more roads policing officers",
      "Review every fatal collision site with the highway authority"]),
    ("Victims", "Victims who are kept informed and supported from report to court",
     "The Victims' Code, every time", "PCC",
     "Our victim satisfaction survey shows that the biggest cause of dissatisfaction is not being kept informed. "
     "Court backlogs mean victims wait on average 14 months for a Crown Court trial.",
     ["Commission one victim care service for the county", "Audit compliance with the Victims' Code every "
      "quarter", "Fund independent sexual violence advisers for victims waiting for trial"]),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Brindlecombe Police and Crime Plan 2025-2029",
            "Office of the Police and Crime Commissioner for Brindlecombe",
            footer="Brindlecombe Police and Crime Plan 2025-2029", accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, ACC)
    text(c, 56, H - 250, "Police and Crime Plan", "Serif-Bold", 36, "FFFFFF")
    text(c, 56, H - 290, "Brindlecombe 2025-2029", "Serif", 20, "C9D6E8")
    text(c, 56, 110, "Marcus Threlfall", "Sans-Bold", 12, "FFFFFF")
    text(c, 56, 94, "Police and Crime Commissioner for Brindlecombe", "Sans", 11, "C9D6E8")
    d.next()
    w = d.writer()
    w.heading("Executive summary", 20)
    w.para("I was elected in May 2024 on a promise to put policing back into Brindlecombe's neighbourhoods. This plan "
           "sets out how I will do that, and what I expect of the Chief Constable, over the rest of my term. It has "
           "four priorities, each with a chapter of its own.")
    w.table([["Priority", "In short", "Accountable"]] + [[s, short, lead] for s, _, short, lead, _, _ in CH],
            [150, 210, 123], head_bg=ACC, zebra="E9EEF5", bold_col0=True)
    w.heading("My pledges", 14)
    w.bullets(["I will hold a public meeting in every district every year",
               "I will not raise the police precept by more than the Home Office allows",
               "I will publish the Chief Constable's performance every quarter"])
    w.heading("The Strategic Policing Requirement", 14)
    w.para("I must also have regard to the national threats in the Strategic Policing Requirement: terrorism, "
           "serious and organised crime, national cyber incidents, child sexual abuse, public disorder, civil "
           "emergencies and violence against women and girls.")
    w.heading("Contents", 14)
    w.bullets(["Chapter 1 \u2013 Neighbourhoods", "Chapter 2 \u2013 Women and girls", "Chapter 3 \u2013 Roads",
               "Chapter 4 \u2013 Victims", "Chapter 5 \u2013 Resources and accountability"], bullet="")
    for i, (_, title, _, _, why, will) in enumerate(CH, 1):
        d.next()
        box(c, 0, H - 150, W, 150, ACC)
        text(c, 56, H - 70, f"CHAPTER {i}", "Sans-Bold", 11, "9FB6D6", char_space=2)
        w = d.writer(top=H - 80)
        w.para(f"Chapter {i}: {title}", size=22, font="Serif-Bold", color="FFFFFF", leading=26, width=W - 130)
        w.reset(top=H - 180)
        w.heading("Why this matters", 14)
        w.para(why)
        w.heading("What I will do", 14)
        w.bullets(will)
        w.heading("What I expect of the Chief Constable", 14)
        w.para("The Chief Constable will report progress on this chapter to my Accountability Board twice a year, "
               "with the measures set out in Chapter 5.")
    d.next()
    w = d.writer()
    w.heading("Chapter 5: Resources and accountability", 20)
    w.para("My budget for 2025-26 is \u00a3214.6 million, of which \u00a3206.1 million goes to the Chief Constable "
           "and \u00a34.3 million to commissioned services.")
    w.table([["Measure", "Baseline", "Direction"],
             ["Neighbourhood officers in post", "212", "Maintain"],
             ["Rape charge rate", "6%", "Up"],
             ["People killed or seriously injured on the roads", "402", "Down"],
             ["Victims satisfied with being kept informed", "58%", "Up"]],
            [260, 90, 90], head_bg=ACC, zebra="E9EEF5")
    w.para("The Police and Crime Panel will scrutinise this plan and my annual report.")
    return [d.close()]
