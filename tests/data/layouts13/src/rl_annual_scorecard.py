"""Cresswold Police and Crime Commissioner: Annual Report 2025/26 (reportlab). A PCC annual report laid out as a
dashboard and organised by the four priorities of the Police and Crime Plan 2024-2028 (p2 says so). Each
priority is a scorecard panel (pp3-4, two a page): a coloured bar with a small "PRIORITY N" kicker and the
priority's title, a RAG pill ("ON TRACK", "SOME CONCERNS") at the right of the bar, three KPI tiles with big
numbers and trend arrows, and "What we did" bullets. Distractors: "Highlights of the year" numbered 1-6 and
six stat tiles (p2), the at-a-glance scorecard with short names (p2), "My focus for 2026/27" (p5), the PCC's
statutory duties, the finance table."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER

from kit13 import Doc, box, hexc, para_at, text

NAME = "annual_report_scorecard_pcc"
ACC = "0F5257"
RAG = {"ON TRACK": "2E8B57", "SOME CONCERNS": "D08C12", "OFF TRACK": "B23A3A"}
PRI = [
    ("Keeping Cresswold's neighbourhoods safe from crime and antisocial behaviour", "ON TRACK", "1E6F8C",
     [("\u25BC 11%", "antisocial behaviour incidents"), ("87%", "neighbourhood posts filled"),
      ("\u25B2 4 pts", "residents who feel safe in their area")],
     ["Put 36 more officers into neighbourhood teams, funded by the 2025 precept.",
      "Funded eleven youth diversion projects in the areas with most antisocial behaviour.",
      "Closed 14 problem premises using closure orders."]),
    ("Protecting people from violence, abuse and exploitation", "SOME CONCERNS", "7A3B69",
     [("\u25B2 6%", "domestic abuse crimes reported"), ("31%", "repeat victims referred to MARAC"),
      ("\u25BC 9%", "knife crime offences")],
     ["Opened the Cresswold Hub for victims of domestic abuse in January 2026.",
      "Funded two exploitation navigators for children in custody.",
      "Charge rates for rape are still too low: I have asked for a recovery plan."]),
    ("Supporting victims and witnesses to cope and recover", "ON TRACK", "2F6B3A",
     [("9,412", "victims supported by Cresswold Victim Care"), ("\u25B2 7 pts", "victims satisfied with updates"),
      ("48 hrs", "average time to first contact")],
     ["Re-commissioned Cresswold Victim Care on a five-year contract.",
      "Funded independent sexual violence advisers in both hospitals.",
      "Published the force's Victims' Code compliance every quarter."]),
    ("A police service that is efficient, effective and trusted", "SOME CONCERNS", "5A5A7A",
     [("88%", "999 calls answered in 10 seconds"), ("\u25BC 3 pts", "public confidence in the police"),
      ("\u00a34.1m", "savings delivered")],
     ["Held four public Accountability Boards, all streamed online.",
      "Agreed the force's estate plan, closing two buildings and opening a shared hub with the fire service.",
      "Confidence fell after the Harbour Street inquiry: I have commissioned an independent review."]),
]


def panel(c, W, top, i, p):
    name, rag, col, kpis, did = p
    x, w = 56, W - 112
    # header bar
    bar_h = 52
    box(c, x, top - bar_h, w, bar_h, col)
    text(c, x + 12, top - 15, f"PRIORITY {i}", "Sans-Bold", 8, "FFFFFF", char_space=1.2)
    para_at(c, name, x + 12, top - 20, w - 150, font="Sans-Bold", size=13, color="FFFFFF", leading=15.5)
    pill_w = 112
    c.saveState()
    c.setFillColor(hexc("FFFFFF"))
    c.roundRect(x + w - pill_w - 10, top - 36, pill_w, 20, 10, stroke=0, fill=1)
    c.restoreState()
    text(c, x + w - pill_w / 2 - 10, top - 29.5, rag, "Sans-Bold", 9, RAG[rag], anchor="center")
    # KPI tiles
    ty = top - bar_h - 10
    tw = (w - 2 * 10) / 3
    for k, (big, label) in enumerate(kpis):
        tx = x + k * (tw + 10)
        box(c, tx, ty - 62, tw, 62, "F1F4F4")
        text(c, tx + tw / 2, ty - 28, big, "DejaVu-Bold", 19, col, anchor="center")
        para_at(c, label, tx + 6, ty - 36, tw - 12, size=8.5, color="444444", align=TA_CENTER, leading=10.5)
    # what we did
    y = ty - 62 - 16
    text(c, x, y, "What we did", "Sans-Bold", 10, col)
    y -= 6
    for b in did:
        h = para_at(c, "\u2022 " + b, x + 4, y, w - 8, size=9.5, leading=12.5)
        y -= h + 3
    return y


def finish(work, out):
    title = "Cresswold Police and Crime Commissioner: Annual Report 2025/26"
    d = Doc(out / f"{NAME}.pdf", title, "Office of the Police and Crime Commissioner for Cresswold",
            footer="Annual Report 2025/26", accent=ACC)
    c, W, H = d.c, d.W, d.H
    # ---------------------------------------------------------------- p1 cover
    box(c, 0, 0, W, H, ACC)
    box(c, 0, H * 0.42, W, 3, "8FD1C9")
    text(c, 56, H - 150, "Annual Report", "Sans-Bold", 40, "FFFFFF")
    text(c, 56, H - 190, "2025/26", "Sans-Bold", 40, "8FD1C9")
    text(c, 56, H - 232, "Year two of the Police and Crime Plan 2024\u20132028", "Sans", 15, "FFFFFF")
    text(c, 56, 180, "Graham Tulloch", "Sans-Bold", 13, "FFFFFF")
    text(c, 56, 162, "Police and Crime Commissioner for Cresswold", "Sans", 11, "CFE6E3")
    d.next()
    # ---------------------------------------------------------------- p2 introduction, numbers, highlights
    w = d.writer()
    w.heading("Introduction", 18)
    w.para("This is my report on the second year of my Police and Crime Plan 2024\u20132028. The law requires me to "
           "report each year on what I have done to deliver the plan. <b>The report is organised around the four "
           "priorities of the plan</b>: pages 3 and 4 give a scorecard for each one, with the measures I set in "
           "the plan, what we did this year, and my assessment of progress.")
    w.para("<b>Graham Tulloch</b>, Police and Crime Commissioner for Cresswold", color="444444", size=9.5)
    w.heading("My year in numbers", 13, before=6)
    tiles = [("1,942", "police officers, the most ever"), ("\u00a3218m", "police budget"),
             ("9,412", "victims supported"), ("4", "public Accountability Boards"),
             ("63", "community meetings"), ("\u00a35.6m", "grants to local projects")]
    top = w.y - 4
    tw = (W - 112 - 2 * 10) / 3
    for k, (big, label) in enumerate(tiles):
        tx = 56 + (k % 3) * (tw + 10)
        ty = top - (k // 3) * 58
        box(c, tx, ty - 50, tw, 50, "E2EFEE")
        text(c, tx + 10, ty - 24, big, "Sans-Bold", 18, ACC)
        text(c, tx + 10, ty - 40, label, "Sans", 9, "333333")
    w.y = top - 2 * 58 - 6
    w.heading("Highlights of the year", 13, before=4)
    hl = ["Opened the Cresswold Hub for victims of domestic abuse",
          "Recruited 36 more neighbourhood officers",
          "Re-commissioned victim care for five years",
          "Launched the Youth Commission with 40 members",
          "Saved \u00a34.1 million through shared buildings with the fire service",
          "Published stop and search data every quarter"]
    for k, h in enumerate(hl, start=1):
        w.para(f"<b>{k}.</b>&nbsp;&nbsp;<b>{h}</b>", size=10, after=2.5)
    w.heading("At a glance", 13, before=8)
    w.table([["Plan priority (short name)", "Measures on track", "Overall assessment"],
             ["Neighbourhoods", "3 of 3", "On track"], ["Violence and abuse", "2 of 3", "Some concerns"],
             ["Victims", "3 of 3", "On track"], ["Police service", "2 of 3", "Some concerns"]],
            [190, 140, 153], head_bg=ACC, zebra="E2EFEE")
    d.next()
    # ---------------------------------------------------------------- p3-p4 scorecards
    w = d.writer()
    w.heading("Progress against the plan\u2019s priorities", 18)
    y = panel(c, W, w.y - 4, 1, PRI[0])
    panel(c, W, y - 22, 2, PRI[1])
    d.next()
    w = d.writer()
    y = panel(c, W, w.y, 3, PRI[2])
    y = panel(c, W, y - 22, 4, PRI[3])
    w.y = y - 24
    w.para("RAG key: <font color='#2E8B57'><b>ON TRACK</b></font> most measures met; <font color='#D08C12'>"
           "<b>SOME CONCERNS</b></font> at least one measure not met; <font color='#B23A3A'><b>OFF TRACK</b>"
           "</font> most measures not met.", size=8.5, color="555555")
    d.next()
    # ---------------------------------------------------------------- p5 looking ahead, duties, finance
    w = d.writer()
    w.heading("Looking ahead: my focus for 2026/27", 18)
    w.para("The plan's priorities do not change. Within them, next year I will focus on:")
    w.bullets(["raising the charge rate for rape and serious sexual offences",
               "rebuilding confidence after the Harbour Street inquiry",
               "the new Serious Violence Duty strategy with Cresswold's community safety partnerships"])
    w.heading("My statutory responsibilities", 13, before=6)
    w.bullets(["Setting the police and crime objectives in the Police and Crime Plan",
               "Setting the police budget and the council tax precept",
               "Holding the Chief Constable to account",
               "Commissioning services for victims and for crime reduction"])
    w.heading("Finance summary 2025/26", 13, before=6)
    w.table([["", "Budget (\u00a3m)", "Outturn (\u00a3m)"], ["Police force", "209.4", "208.1"],
             ["Office of the PCC", "1.6", "1.5"], ["Commissioned services and grants", "7.0", "7.3"],
             ["Total", "218.0", "216.9"]], [220, 130, 133], head_bg=ACC, zebra="E2EFEE")
    w.para("The Cresswold Police and Crime Panel considered this report on 24 September 2026. Contact: Office of "
           "the Police and Crime Commissioner, Weir House, Cresswold CW2 7HQ, 01632 960 271.", size=9,
           color="555555")
    return [d.close()]
