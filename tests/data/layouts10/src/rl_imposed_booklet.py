"""Coldhythe Violence Against Women and Girls Strategy 2026-2029, an 8-page A5 saddle-stitched booklet, as the
council print room imposed it for the press: two A5 pages side by side on each A4 landscape sheet, in printer's
spread order. Sheet 1 = pages 8 | 1, sheet 2 = 2 | 7, sheet 3 = 6 | 3, sheet 4 = 4 | 5. So the PDF's page 3 holds
printed page 6 ("Looking back: our 2022-2025 goals", drawn in the same design as the current goals) on the LEFT
and printed page 3 (goals 1 and 2) on the RIGHT; the PDF's page 4 holds printed pages 4 (goals 3 and 4) and 5
(measures). Each A5 page has its own printed folio at its outer foot."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

import common
from rl_kit import Writer, box, make_canvas, para_at, text

NAME = "imposed_booklet_vawg"
TITLE = "Coldhythe Violence Against Women and Girls Strategy 2026-2029"
SW, SH = landscape(A4)
PW, PH = SW / 2, SH
PLUM, PINK, GREY = "5B2A86", "C2185B", "555555"
GOALS = [
    ("Preventing violence against women and girls by changing attitudes early, in schools and youth settings",
     "Every secondary school in Coldhythe will deliver the healthy relationships programme by 2027, and youth "
     "workers will be trained to challenge misogyny online and offline."),
    ("Making Coldhythe's streets, parks and night-time venues safer for women and girls",
     "We will act on the 1,300 places women pinned on our StreetSafe map, starting with the riverside path and "
     "the bus interchange."),
    ("Making sure every victim-survivor gets the right support, first time",
     "One front door for domestic abuse, sexual violence and stalking support, open in the evenings, with "
     "specialist help for older women and for women with no recourse to public funds."),
    ("Holding perpetrators to account and stopping abuse from happening again",
     "More perpetrators referred to the Drive programme, and stalking protection orders used whenever the "
     "threshold is met."),
]
OLD = [("Raising awareness of domestic abuse", "Met: 14 campaigns, 9,000 leaflets"),
       ("Improving support for victims", "Partly met: waiting times fell but are still too long"),
       ("Tackling stalking and harassment", "Partly met: carried into the new strategy")]


def folio(c, n):
    if n in (1, 8):
        return
    x = PW - 34 if n % 2 else 34
    text(c, x, 22, str(n), "Sans-Bold", 8, PLUM, anchor="right" if n % 2 else "left")
    text(c, PW - 34 if n % 2 == 0 else 34, 22, "Coldhythe VAWG Strategy 2026-2029", "Sans", 7, GREY,
         anchor="right" if n % 2 == 0 else "left")


def writer(c, top=None):
    return Writer(c, 34, top or PH - 44, PW - 68, bottom=40, accent=PLUM, body_size=9)


def goal_block(w, c, label, title, body, *, colour=PINK):
    y = w.y
    box(c, w.x, y - 15, c.stringWidth(label, "Sans-Bold", 7.5) + 14, 15, colour, radius=7)
    text(c, w.x + 7, y - 10.5, label, "Sans-Bold", 7.5, "FFFFFF")
    w.y -= 20
    w.para(title, font="Sans-Bold", size=12.5, leading=15, color=PLUM, after=4)
    w.para(body, size=9, leading=12, after=12)


def page(c, n):
    if n == 1:
        box(c, 0, 0, PW, PH, PLUM)
        text(c, 34, PH - 60, "COLDHYTHE COMMUNITY SAFETY PARTNERSHIP", "Sans-Bold", 8, "F3C6DA", char_space=1.5)
        para_at(c, "Violence Against Women and Girls Strategy", 34, PH - 150, PW - 68, font="Sans-Bold", size=28,
                leading=32, color="FFFFFF")
        text(c, 34, PH - 270, "2026\u20132029", "Sans", 20, "FFFFFF")
        text(c, 34, 40, "Everyone in Coldhythe has the right to feel safe.", "Sans-Italic", 10, "FFFFFF")
    elif n == 2:
        w = writer(c)
        w.heading("Foreword", size=15)
        w.para("This is Coldhythe's second strategy on violence against women and girls. It was written with the "
               "women who answered our StreetSafe survey and with the specialist services who support "
               "victim-survivors every day. Violence against women and girls is not inevitable, and it is "
               "everyone's business.", leading=12.5)
        w.para("<i>Superintendent Priya Olawale and Councillor Ruth Embling, joint chairs</i>", color=GREY,
               after=10)
        w.heading("The national picture", size=12)
        w.para("The Government's Tackling Violence Against Women and Girls Strategy set three national priorities: "
               "prioritising prevention, supporting victims, and pursuing perpetrators. The Government has since "
               "set a mission to halve violence against women and girls within a decade. Our local goals sit "
               "under that national framework.", leading=12.5)
        w.heading("What's inside", size=12)
        w.table([["Section", "Page"], ["Our goals for 2026-2029", "3"], ["How we will know", "5"],
                 ["Looking back", "6"], ["Working together", "7"]], [PW - 68 - 50, 50], head_bg=PLUM, size=8.5,
                zebra=None)
    elif n == 3:
        w = writer(c)
        w.heading("Our goals for 2026-2029", size=17)
        w.para("The partnership has agreed four goals. Each has a lead partner and is reported to the board "
               "every quarter.", leading=12.5, after=12)
        for i in (0, 1):
            goal_block(w, c, f"GOAL {i + 1}", *GOALS[i])
    elif n == 4:
        w = writer(c)
        for i in (2, 3):
            goal_block(w, c, f"GOAL {i + 1}", *GOALS[i])
        w.space(4)
        box(c, 34, w.y - 70, PW - 68, 70, "F6E9F1")
        para_at(c, "\u201cI didn't know who to call. I rang four numbers before anyone could help me.\u201d",
                46, w.y - 12, PW - 92, font="Sans-Italic", size=10.5, leading=13.5, color=PLUM)
        para_at(c, "Woman, 34, StreetSafe survey", 46, w.y - 50, PW - 92, size=8, color=GREY)
    elif n == 5:
        w = writer(c)
        w.heading("How we will know we are making a difference", size=15)
        w.table([["Goal", "Measure", "2025", "2029 aim"],
                 ["1", "Schools delivering the healthy relationships programme", "9 of 17", "17 of 17"],
                 ["2", "Women who feel safe walking alone after dark", "38%", "55%"],
                 ["3", "Victim-survivors who waited over 10 days for support", "27%", "5%"],
                 ["3", "Repeat referrals to MARAC", "34%", "25%"],
                 ["4", "Perpetrators starting a behaviour change programme", "41", "120"]],
                [36, PW - 68 - 156, 55, 65], head_bg=PLUM, size=8.5)
        w.para("We publish these figures every year in the partnership's annual report.", leading=12.5)
    elif n == 6:
        w = writer(c)
        w.heading("Looking back: our 2022-2025 goals", size=15)
        w.para("Our first strategy had three goals. This is how we did.", leading=12.5, after=12)
        for i, (t, status) in enumerate(OLD, start=1):
            goal_block(w, c, f"2022-25 GOAL {i}", t, status, colour="9E9E9E")
    elif n == 7:
        w = writer(c)
        w.heading("Working together", size=15)
        w.para("The Coldhythe Community Safety Partnership Board owns this strategy. The VAWG Delivery Group, "
               "chaired by the council's Head of Community Safety, manages the action plan.", leading=12.5)
        w.heading("Our principles", size=12)
        w.bullets(["We believe women and girls, and we say so.", "We put the responsibility on perpetrators, "
                   "not on victims to keep themselves safe.", "We listen to lived experience.",
                   "We work as one system."], size=9)
        w.space(6)
        w.heading("Partners", size=12)
        w.para("Coldhythe Borough Council; Coldhythe Police; NHS Coldhythe Place Partnership; Probation Service; "
               "Coldhythe Women's Aid; Rape and Sexual Abuse Support Centre Coldhythe; Coldhythe Colleges.",
               leading=12.5)
    elif n == 8:
        box(c, 0, 0, PW, PH, "F6E9F1")
        w = writer(c, top=PH - 60)
        w.heading("Get help", size=15)
        w.bullets(["In an emergency, call 999. If you cannot speak, press 55.",
                   "National Domestic Abuse Helpline (24 hours): 0808 2000 247",
                   "Coldhythe Women's Aid: 01632 960 418", "Rape and Sexual Abuse Support Centre: 01632 960 733"],
                  size=9.5)
        text(c, 34, 60, "Coldhythe Community Safety Partnership, Town Hall, Coldhythe", "Sans", 7.5, GREY)
        text(c, 34, 48, "Printed by Coldhythe Council Print Room \u00b7 8pp A5 saddle-stitched \u00b7 July 2026",
             "Sans", 7, GREY)
    folio(c, n)


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE + " (imposed for print)", "Coldhythe Community Safety Partnership",
                    pagesize=(SW, SH))
    for left, right in ((8, 1), (2, 7), (6, 3), (4, 5)):
        for n, x0 in ((left, 0), (right, PW)):
            c.saveState()
            c.translate(x0, 0)
            p = c.beginPath()
            p.rect(0, 0, PW, PH)
            c.clipPath(p, stroke=0, fill=0)
            page(c, n)
            c.restoreState()
        c.saveState()
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.setLineWidth(0.3)
        c.setDash(3, 3)
        c.line(PW, 0, PW, 8)
        c.line(PW, SH - 8, PW, SH)
        c.restoreState()
        c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
