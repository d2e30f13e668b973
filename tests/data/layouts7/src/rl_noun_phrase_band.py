"""Orrin Vale Community Safety Partnership Plan. The four priorities are verb-less noun phrases set side by side
in one coloured band across the page (p2), each cell drawn separately and some wrapping. The same band design is
used for the values (p2, below) and for the PCC's priorities (p3); the delivery table (p3) names the priorities
only by one-word tags."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER

from kit7 import Doc, box, para_at, text

NAME = "noun_phrase_band_csp"
ACC = "2E5E2A"
PRIORITIES = ["Safer streets after dark", "Homes free from abuse", "Protection from online harm and fraud",
              "Hope and opportunity for young people"]
VALUES = ["Fair", "Open", "Local", "Together"]
PCC = ["Tackling crime and anti-social behaviour", "Supporting victims", "Preventing harm", "An efficient police"]


def band(c, x, top, width, items, fill, fg, size=13, height=62):
    box(c, x, top - height, width, height, fill)
    cw = width / len(items)
    for i, it in enumerate(items):
        if i:
            box(c, x + i * cw - 0.75, top - height + 10, 1.5, height - 20, "FFFFFF")
        para_at(c, f"<b>{it}</b>", x + i * cw + 8, top - 14, cw - 16, size=size, color=fg, leading=size * 1.2,
                align=TA_CENTER)
    return height


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Orrin Vale Community Safety Partnership Plan 2026-2029",
            "Orrin Vale Community Safety Partnership", footer="Safer Orrin Vale \u2013 Community Safety Partnership "
            "Plan 2026-2029", accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 420, W, 420, ACC)
    text(c, 56, H - 180, "Safer Orrin Vale", "Sans-Bold", 34, "FFFFFF")
    text(c, 56, H - 215, "Community Safety Partnership Plan 2026-2029", "Sans", 16, "E3EFE1")
    text(c, 56, H - 390, "Orrin Vale District Council \u00b7 Orrin Vale Police \u00b7 Orrin Vale Fire and Rescue \u00b7 "
         "Probation \u00b7 NHS", "Sans", 9, "E3EFE1")
    d.next()
    w = d.writer()
    w.heading("Welcome", 18)
    w.para("Orrin Vale is one of the safest districts in the county, but that is not how it feels to everyone. In "
           "our 2025 residents' survey, 38% of women said they felt unsafe walking in the town centre after dark, and "
           "reports of online fraud against older residents doubled in two years.")
    w.para("The Community Safety Partnership has a legal duty to set out how it will reduce crime and disorder, "
           "tackle substance misuse and reduce reoffending. After listening to 1,200 residents, the Partnership "
           "agreed four priorities for the next three years.", after=12)
    w.heading("Our priorities for 2026-2029", 16, after=10)
    w.y -= band(c, 56, w.y, W - 112, PRIORITIES, ACC, "FFFFFF", size=13, height=66) + 16
    w.para("Everything the Partnership funds must help at least one of these. The next page sets out what we will do "
           "for each.", after=14)
    w.heading("Our values", 16, after=10)
    w.y -= band(c, 56, w.y, W - 112, VALUES, "D9E8D5", ACC, size=15, height=40) + 16
    w.heading("What residents told us", 14)
    w.bullets(["Street lighting and CCTV in the town centre need fixing",
               "People do not know where to report fraud",
               "There is little for teenagers to do in the villages",
               "Domestic abuse is hidden, especially in rural areas"])
    d.next()
    w = d.writer()
    w.heading("What we will do", 18)
    w.table([["Priority", "What we will do in 2026-27", "Lead"],
             ["Streets", "Women's safety walks; Best Bar None in the town centre; repair 60 street lights",
              "District Council"],
             ["Homes", "A domestic abuse champion in every GP practice; a rural outreach worker", "Orrin Vale Police"],
             ["Online", "Fraud awareness sessions with banks; Trading Standards call blockers for 200 households",
              "Trading Standards"],
             ["Young people", "Detached youth work in six villages; summer activity programme", "Youth Service"]],
            [80, 300, 103], head_bg=ACC, zebra="EEF5EC", bold_col0=True)
    w.heading("How this plan fits with the Police and Crime Plan", 14, after=10)
    w.para("The Police and Crime Commissioner's plan for the county has four priorities of its own, shown below. Our "
           "plan supports all four.", after=10)
    w.y -= band(c, 56, w.y, W - 112, PCC, "E8E4D8", "5A4A1E", size=11, height=50) + 16
    w.heading("Our last plan (2023-2026)", 14)
    w.para("The previous plan's priorities were anti-social behaviour, domestic abuse and drug-related harm. Anti-"
           "social behaviour fell by 17% over those three years and is now part of the work on safer streets.")
    w.heading("How we will measure progress", 14)
    w.table([["Measure", "2024-25", "Aim"],
             ["Women who feel safe in the town centre after dark", "62%", "75%"],
             ["Repeat domestic abuse victims (MARAC)", "31%", "25%"],
             ["Fraud victims aged 65+ given support", "140", "300"],
             ["First-time entrants to the youth justice system", "34", "25"]],
            [260, 80, 80], head_bg=ACC, zebra="EEF5EC")
    return [d.close()]
