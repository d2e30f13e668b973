"""Wetherdale Community Safety Partnership Delivery Plan 2025-26: end-of-year progress update (reportlab,
5 pages). p2: a RAG dashboard using SHORT names. pp3-4: the five 2025-26 priorities, each a heading with a
coloured RAG pill (GREEN / AMBER / RED) above a two-column table "What we said we'd do | What we did". p5:
"Looking ahead": the priorities the Partnership has PROPOSED for 2026-27 (two carried over word for word,
three new), to be set in next year's delivery plan, then the measures and the RAG key. Gold is the five
2025-26 priorities the update reports on."""
from __future__ import annotations

from kit11 import Doc, box, hexc, para_at, text

NAME = "rag_progress_update_csp"
ACC = "0F5C4C"
TITLE = "Wetherdale Community Safety Partnership Delivery Plan 2025-26: end-of-year progress update"
RAG = {"GREEN": "2E8B3D", "AMBER": "D98A00", "RED": "C0392B"}
PRI = [
    ("Reduce anti-social behaviour in Wetherdale town centre and the Brookfield estate", "GREEN",
     "Town centre ASB",
     [("Set up a weekly problem-solving meeting for the town centre",
       "Meeting ran every week from May 2025; 64 cases closed"),
      ("Introduce a Public Spaces Protection Order for the bus station",
       "PSPO in force from 1 September 2025"),
      ("Fund two youth outreach workers on the Brookfield estate",
       "Both in post since July 2025; 212 young people engaged")]),
    ("Protect young people from county lines and criminal exploitation", "AMBER",
     "Exploitation",
     [("Train every secondary school's safeguarding lead in exploitation",
       "9 of 12 schools trained; the other 3 booked for autumn 2026"),
      ("Start a multi-agency child exploitation panel",
       "Panel started in January 2026, later than planned")]),
    ("Support victims of domestic abuse earlier, before it reaches crisis", "GREEN",
     "Domestic abuse",
     [("Place a domestic abuse worker in the two largest GP practices",
       "In place since June 2025; 141 referrals"),
      ("Launch the Wetherdale Ask Me community ambassadors",
       "38 ambassadors trained")]),
    ("Cut the harm caused by drugs and alcohol in the night-time economy", "RED",
     "Night-time economy",
     [("Open a safe haven on Friday and Saturday nights",
       "Not delivered: the venue fell through in October 2025"),
      ("Run a drug and alcohol awareness campaign with licensed premises",
       "Campaign ran in December 2025 with 22 premises")]),
    ("Make Wetherdale's roads safer for cyclists and pedestrians", "AMBER",
     "Road safety",
     [("Run six community speed watch schemes",
       "Four schemes running; volunteers still sought for two"),
      ("Review the five worst collision sites with the highways team",
       "Review complete; works at two sites funded for 2026-27")]),
]
NEXT = [
    "Reduce anti-social behaviour in Wetherdale town centre and the Brookfield estate",
    "Protect young people from county lines and criminal exploitation",
    "Tackle shoplifting and violence against shop workers",
    "Keep people safe in the night-time economy",
    "Prevent serious violence, as the Serious Violence Duty requires",
]


def pill(c, x, y, status):
    w = 58
    box(c, x - w, y - 4, w, 16, RAG[status], radius=8)
    text(c, x - w / 2, y + 0.5, status, "Sans-Bold", 8.5, "FFFFFF", anchor="center")


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Wetherdale Community Safety Partnership",
            footer="Wetherdale CSP Delivery Plan 2025-26: end-of-year progress update", accent=ACC)
    c, W, H = d.c, d.W, d.H
    # ---------------------------------------------------------------- p1 cover + intro
    box(c, 0, H - 210, W, 210, ACC)
    text(c, 56, H - 90, "Wetherdale Community Safety Partnership", "Sans", 14, "CFE6E0")
    text(c, 56, H - 130, "Delivery Plan 2025-26", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 164, "End-of-year progress update", "Sans", 20, "FFFFFF")
    text(c, 56, H - 192, "Reported to the Partnership Board, 9 July 2026", "Sans", 10, "CFE6E0")
    w = d.writer(top=H - 250)
    w.heading("About this update", size=15)
    w.para("Each year the Wetherdale Community Safety Partnership publishes a one-year delivery plan with its "
           "priorities for that year, under the Community Safety Strategy 2024-2028. This update reports what "
           "happened against the <b>five priorities of the 2025-26 Delivery Plan</b>, one by one: what we said we "
           "would do, what we did, and a red, amber or green (RAG) rating agreed by the Board.")
    w.para("Overall, 8 of the 13 actions were completed, 4 are partly done and 1 was not delivered. Recorded crime "
           "in Wetherdale fell by 4% in 2025-26 and anti-social behaviour by 11%.")
    w.heading("A word from the Chair", size=13, before=6)
    w.para("It has been a year of real progress in the town centre and a hard year in the night-time economy, "
           "where we did not open the safe haven we promised. We say so plainly in this update, and we have "
           "learned from it.")
    w.para("<i>Superintendent Grace Adebayo-Lund, Chair, Wetherdale Community Safety Partnership</i>",
           color="555555")
    d.next()
    # ---------------------------------------------------------------- p2 dashboard
    w = d.writer()
    w.heading("The year at a glance", size=18)
    w.para("The Board rated each priority at its meeting on 9 July 2026. The short names below are the ones used "
           "in our quarterly performance reports.")
    rows = [["Area", "Lead", "Actions completed", "RAG"]]
    leads = ["Wetherdale District Council", "Wetherdale Police", "Wetherdale Domestic Abuse Service",
             "Public Health", "Highways and Police"]
    done = ["3 of 3", "1 of 2", "2 of 2", "1 of 2", "1 of 2"]
    for (full, st, short, acts), lead, dn in zip(PRI, leads, done):
        rows.append([short, lead, dn, st.title()])
    extra = [("TEXTCOLOR", (3, i + 1), (3, i + 1), hexc(RAG[p[1]])) for i, p in enumerate(PRI)]
    w.table(rows, [150, 170, 100, W - 112 - 420], head_bg=ACC, size=10, zebra="EAF3F0", extra=extra)
    w.heading("Crime and anti-social behaviour in 2025-26", size=13, before=8)
    w.table([["", "2024-25", "2025-26", "Change"],
             ["Recorded crime", "9,812", "9,420", "-4%"],
             ["Anti-social behaviour incidents", "3,305", "2,941", "-11%"],
             ["Domestic abuse incidents", "2,174", "2,260", "+4%"],
             ["Killed or seriously injured on the roads", "61", "57", "-7%"]],
            [200, 80, 80, W - 112 - 360], head_bg=ACC, size=10, zebra="EAF3F0")
    w.para("Rising domestic abuse reports are a sign that more victims are coming forward, which is what the "
           "priority set out to achieve.")
    d.next()
    # ---------------------------------------------------------------- pp3-4 the five priorities
    w = d.writer()
    w.heading("Progress against our 2025-26 priorities", size=18, after=10)
    for i, (full, st, short, acts) in enumerate(PRI):
        if i == 3:
            d.next()
            w = d.writer()
        top = w.y
        h = para_at(c, full, 56, top, W - 112 - 80, font="Sans-Bold", size=13, leading=16, color=ACC)
        pill(c, W - 56, top - 13, st)
        w.y = top - h - 8
        w.table([["What we said we'd do", "What we did"]] + [[a, b] for a, b in acts],
                [(W - 112) / 2] * 2, head_bg="5F7F78", size=9.5, zebra=None, after=14)
        if i == 3:
            w.para("<b>What we learned:</b> the safe haven needs a venue owned by a partner, not a lease. The "
                   "Council has offered the former tourist information centre from 2026-27.", size=9.5,
                   color="444444", after=14)
    d.next()
    # ---------------------------------------------------------------- p5 looking ahead
    w = d.writer()
    w.heading("Looking ahead to 2026-27", size=18)
    w.para("The Board met on 9 July 2026 to consider the new strategic assessment. It has <b>proposed</b> the "
           "following priorities for 2026-27. They are not yet final: they will be confirmed, with actions and "
           "leads, in the 2026-27 Delivery Plan, which the Board will sign off in September 2026.")
    w.bullets(NEXT)
    w.para("Road safety moves to the Wetherdale Road Safety Partnership, and domestic abuse to the Domestic Abuse "
           "Local Partnership Board, which both report to us.", after=10)
    w.heading("The RAG ratings", size=13, before=4)
    w.table([["Rating", "What it means"],
             ["Green", "All actions complete, or on track to finish within the year"],
             ["Amber", "Some actions late or partly delivered; a recovery plan is in place"],
             ["Red", "An action was not delivered and cannot be recovered this year"]],
            [80, W - 112 - 80], head_bg=ACC, size=9.5, zebra="EAF3F0")
    w.heading("Contact", size=13, before=4)
    w.para("Wetherdale Community Safety Team, Town Hall, Wetherdale. community.safety@wetherdale.example.gov.uk")
    return [d.close()]
