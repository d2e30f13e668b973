"""Wendlecombe Violence Against Women and Girls Strategy 2026-2029 (reportlab), published through the council's
document system, which encrypts every PDF it posts: AES-256 (qpdf, R6) with an owner password only. The file
opens without a password; copying text, changing and annotating are "not allowed", printing is allowed. Every
string and stream in the file is encrypted, so nothing can be read from the raw bytes."""
from __future__ import annotations

from pathlib import Path

from kit30 import Doc, encrypt_owner_only

NAME = "owner_password_aes256_vawg"
ACC = "6B2C5F"
PRI = ["Preventing violence before it starts, through schools, workplaces and the night-time economy",
       "Making public spaces feel safe for women and girls day and night",
       "Holding perpetrators to account and challenging their behaviour",
       "Specialist support for every victim and survivor who needs it",
       "A workforce that believes, responds and refers with confidence"]


def finish(work: Path, out: Path) -> list[Path]:
    plain = work / f"{NAME}_plain.pdf"
    d = Doc(plain, "Wendlecombe VAWG Strategy 2026-2029", "Wendlecombe Community Safety Partnership",
            footer="Wendlecombe VAWG Strategy 2026-2029", accent=ACC)
    c = d.c
    w = d.writer()
    w.para("Wendlecombe Community Safety Partnership", size=12, color="777777", after=4)
    w.heading("Violence Against Women and Girls Strategy 2026\u20132029", size=26, after=18)
    w.heading("Foreword", size=15)
    w.para("Violence against women and girls is not inevitable. In Wendlecombe one in four women who answered our "
           "2025 safety survey said they had changed the way they travel home because they felt unsafe, and the "
           "police recorded 3,120 domestic abuse crimes last year. Behind every number is a woman or girl whose "
           "life has been changed.")
    w.para("This strategy was written with survivors, specialist services, schools and the businesses that run "
           "our town centre at night. It sets out what the partnership will focus on for the next three years "
           "and how we will know whether it is working.")
    w.para("<i>Councillor Annette Vardy, Chair, Wendlecombe Community Safety Partnership</i>", color="555555",
           after=16)
    w.heading("Contents", size=13)
    for line in ["1. Why this matters", "2. What we have learned", "3. Our priorities", "4. Measuring progress",
                 "5. Governance"]:
        w.para(line, after=2)
    d.next()
    w = d.writer()
    w.heading("1. Why this matters", size=17)
    w.para("Violence against women and girls covers domestic abuse, sexual violence, stalking, harassment, "
           "so-called honour-based abuse, female genital mutilation and exploitation. Most of it is never "
           "reported. Women and girls in Wendlecombe are most at risk at home, online and in the town centre "
           "between 10pm and 3am.")
    w.heading("2. What we have learned", size=17)
    w.para("Our previous strategy (2022\u20132025) had three priorities:")
    w.bullets(["Raising awareness of domestic abuse services",
               "Improving the response to stalking",
               "Supporting women in the sex industry"])
    w.para("Its evaluation found that awareness rose but that too few victims were referred on by frontline "
           "staff, and that the town centre was not part of the plan at all.")
    w.para("The Government's Tackling Violence Against Women and Girls Strategy sets four national priorities:",
           after=3)
    w.bullets(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
               "A stronger system"])
    w.para("The Police and Crime Commissioner's plan also names \u201cprotecting women and girls\u201d as one of "
           "its six priorities. Our priorities below are the partnership's own, shaped by the local assessment.")
    w.heading("Our principles", size=13)
    w.bullets(["Survivors' voices shape what we do", "Intersectional: we see the whole person",
               "Trauma-informed in every service"])
    d.next()
    w = d.writer()
    w.heading("3. Our priorities", size=17)
    w.para("The partnership has agreed five priorities for 2026\u20132029.", after=8)
    blurbs = ["Healthy relationships education in every secondary school and college, bystander training for "
              "licensed premises and a workplace charter for employers.",
              "Safety audits of the town centre, parks and stations, better lighting and a Safe Haven scheme "
              "with 40 venues.",
              "More perpetrator programmes, stalking protection orders and joint work with probation on repeat "
              "offenders.",
              "Independent domestic and sexual violence advisers, refuge places and support for children who "
              "live with abuse.",
              "Training for 2,000 staff across health, housing, schools and the police, and one referral route."]
    for i, (p, b) in enumerate(zip(PRI, blurbs), 1):
        w.para(f"<b>Priority {i}: {p}</b>", size=12, color=ACC, after=3)
        w.para(b, after=8)
    w.heading("4. Measuring progress", size=17)
    w.table([["Measure", "Baseline 2025", "Target 2029"],
             ["Women who feel safe in the town centre after dark", "38%", "55%"],
             ["Referrals from frontline staff to specialist services", "410", "900"],
             ["Repeat domestic abuse victims (MARAC)", "31%", "25%"]], [280, 100, 100], head_bg=ACC)
    w.heading("5. Governance", size=17)
    w.para("The VAWG Delivery Group reports to the Community Safety Partnership every quarter and publishes an "
           "annual progress report.")
    d.close()
    return [encrypt_owner_only(plain, out / f"{NAME}.pdf", work, owner="Wdc-Records-7731")]
