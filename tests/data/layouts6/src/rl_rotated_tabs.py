"""Hollinshire VAWG strategy: each priority opens a page (pp3-6) with a full-height coloured tab at the right
edge holding a label rotated 90 degrees ("PRIORITY TWO | SAFER SPACES"); the priority itself is the horizontal
heading. Page 2 lists the same four names "at a glance"."""
from __future__ import annotations

from kit6 import Doc, box, hexc, text

NAME = "rotated_sidebar_tabs_vawg"
PR = [
    ("ONE", "PREVENT", "Preventing violence against women and girls before it starts", "6B2D77"),
    ("TWO", "SAFER SPACES", "Making public spaces and the night-time economy safer for women and girls", "B03A5B"),
    ("THREE", "SUPPORT", "Supporting survivors to cope and recover", "2B6E8F"),
    ("FOUR", "PURSUE", "Pursuing perpetrators and changing their behaviour", "3C3C6E"),
]
TEXT = [
    ("Most violence against women and girls is never reported. Prevention has to start early: in relationships "
     "education, in sport and youth clubs, and online.",
     ["Offer every secondary school the 'Healthy Relationships' programme by 2027",
      "Train 400 sports coaches and youth workers as active bystanders",
      "Run a campaign with men aged 18 to 30, designed with them"]),
    ("In our survey 58% of women said they did not feel safe walking alone after dark in a town centre. "
     "Women told us about the routes they avoid and the taxis they would not take.",
     ["Carry out walk-and-talk audits in the five main towns",
      "Make the Ask for Angela scheme a licensing condition for late venues",
      "Improve lighting on the routes women identified"]),
    ("Specialist services supported 3,412 survivors last year. Waiting times for counselling after sexual "
     "violence are up to 19 weeks.",
     ["Commission a single counselling pathway with a 6-week waiting time target",
      "Fund Independent Sexual Violence Advisers for children and young people",
      "Keep the refuge spaces for women with no recourse to public funds"]),
    ("Only 1 in 20 reported rapes leads to a charge in Hollinshire. Perpetrators who are not challenged go on to "
     "harm again.",
     ["Expand the Drive programme for high-harm perpetrators",
      "Use Stalking Protection Orders in every eligible case",
      "Review every case closed by the police without a charge with a survivor panel"]),
]


def tab(d, label, colour):
    c = d.c
    box(c, d.W - 70, 0, 70, d.H, colour)
    c.saveState()
    c.translate(d.W - 28, 80)
    c.rotate(90)
    c.setFillColor(hexc("FFFFFF"))
    c.setFont("Sans-Bold", 22)
    c.drawString(0, 0, label)
    c.restoreState()


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Violence Against Women and Girls Strategy 2026-2030", "Hollinshire VAWG Board",
            footer="Hollinshire VAWG Strategy 2026-2030", accent="6B2D77")
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, "6B2D77")
    text(c, 56, H - 240, "Violence Against Women", "Sans-Bold", 32, "FFFFFF")
    text(c, 56, H - 278, "and Girls Strategy", "Sans-Bold", 32, "FFFFFF")
    text(c, 56, H - 314, "Hollinshire 2026-2030", "Sans", 20, "E8D9EE")
    text(c, 56, 80, "If you are in danger, call 999. Hollinshire Domestic Abuse Helpline: 0800 008 2211 (24 hours)",
         "Sans", 10, "FFFFFF")
    d.next()
    w = d.writer()
    w.heading("The strategy at a glance", 20)
    w.heading("Our vision", 13, color="444444")
    w.para("Every woman and girl in Hollinshire is safe, and feels safe, at home, online, at work and in public.")
    w.heading("Our four priorities", 13, color="444444")
    w.bullets([p[2] for p in PR], after=5)
    w.heading("The national strategy", 13, color="444444")
    w.para("The Government's Tackling Violence Against Women and Girls Strategy has three pillars, which shaped "
           "ours:")
    w.bullets(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators"])
    w.heading("Our principles", 13, color="444444")
    w.bullets(["Survivor-led: we design services with the women who use them",
               "Intersectional: we recognise that racism, disability and poverty shape women's experience",
               "Whole-system: no single agency owns this strategy"])
    for i, (num, short, name, colour) in enumerate(PR):
        d.next()
        tab(d, f"PRIORITY {num}  |  {short}", colour)
        w = d.writer(width=W - 56 - 110)
        w.heading(name, 22, color=colour, after=14)
        w.heading("Why this matters", 12, color="444444")
        w.para(TEXT[i][0])
        w.heading("What we will do", 12, color="444444")
        w.bullets(TEXT[i][1])
        w.heading("How we will know", 12, color="444444")
        w.para(["More schools taking part each year", "Fewer women reporting that they feel unsafe after dark",
                "Shorter waiting times for counselling", "More charges for rape and stalking offences"][i])
    d.next()
    w = d.writer()
    w.heading("Our commitments to survivors", 18)
    w.para("These commitments were written with the Hollinshire Survivors' Panel and apply to every service we fund:")
    w.bullets(["You will be believed", "You will be told what happens next", "You will not have to tell your story "
               "more than once", "You will be asked what you need"])
    w.heading("Governance", 14)
    w.para("The VAWG Board reports to the Hollinshire Community Safety Board and to the Police and Crime Panel.")
    return [d.close()]
