"""Staffordshire and Stoke-on-Trent Serious Violence Duty Strategy 2025-2028 (fictional), published as an issue
of the partnership's *bulletin* (reportlab, A4, four pages): a black and yellow masthead, a narrow left rail on
the front page with "In this bulletin" and news in brief, and a main area of articles. The lead article on the
front page ("Board signs off the strategy") states the four priorities as a bulleted list with square yellow
markers; the other pages carry the Duty, the needs assessment, the action table and contacts."""
from reportlab.lib.pagesizes import A4

from .kit import Sheet, mm

OUT = "strategies/staffordshire_and_stoke-on-trent_serious_violence_duty_strategy_2025-28.pdf"
BLK, YEL, GREY, PALE = "#141414", "#f6c400", "#5d5d5d", "#f4f4f0"
PRIORITIES = ["Reducing knife crime and serious violence",
              "Making the night-time economy safer",
              "Preventing children from becoming involved in violence",
              "Reaching young people at teachable moments in A&E and custody"]


def mast(s, W, H, big):
    h = 40 * mm if big else 16 * mm
    s.rect(0, H - h, W, h, fill=BLK)
    s.rect(0, H - h - 2.5 * mm, W, 2.5 * mm, fill=YEL)
    if big:
        s.text("VIOLENCE", 14 * mm, H - 20 * mm, "narrow-b", 40, YEL)
        s.text("REDUCTION BULLETIN", 14 * mm, H - 33 * mm, "narrow-b", 22, "#ffffff")
        s.text("Serious Violence Duty partnership \u00b7 Staffordshire and Stoke-on-Trent \u00b7 No. 9 \u00b7 "
               "June 2025", W - 14 * mm, H - 33 * mm, "narrow", 9, "#cccccc", "right")
    else:
        s.text("VIOLENCE REDUCTION BULLETIN \u00b7 No. 9 \u00b7 June 2025", 14 * mm, H - 10 * mm, "narrow-b", 11,
               YEL)


def heading(s, x, y, w, t, size=17):
    return s.para(t, x, y, w, "narrow-b", size, size * 1.1, BLK) - 4


def build(root):
    W, H = A4
    s = Sheet(root / OUT, A4, "Staffordshire and Stoke-on-Trent Serious Violence Duty Strategy 2025-2028 "
              "(Violence Reduction Bulletin No. 9)", "Staffordshire and Stoke-on-Trent Serious Violence Duty "
              "partnership (fictional re-creation)")
    # p1
    mast(s, W, H, True)
    rail = 52 * mm
    s.rect(0, 0, rail, H - 42.5 * mm, fill=PALE)
    y = heading(s, 8 * mm, H - 55 * mm, rail - 14 * mm, "In this bulletin", 13)
    for pg, t in [("1", "Board signs off the strategy"), ("2", "The Duty explained"),
                  ("3", "What the needs assessment found"), ("4", "Actions, governance and contacts")]:
        s.text(pg, 8 * mm, y, "narrow-b", 13, "#b08a00")
        y = s.para(t, 14 * mm, y, rail - 20 * mm, "narrow", 10, 12, BLK) - 7
    y = heading(s, 8 * mm, y - 14, rail - 14 * mm, "In brief", 13)
    for t in ["Bleed control kits now in 40 town-centre venues.", "Knife amnesty bins collected 1,100 blades "
              "(illustrative).", "New youth workers start at Royal Stoke's emergency department in July."]:
        y = s.para(t, 8 * mm, y, rail - 14 * mm, "narrow", 9.5, 11.5, GREY) - 8
    x, w = rail + 8 * mm, W - rail - 22 * mm
    s.text("STRATEGY 2025\u20132028", x, H - 56 * mm, "narrow-b", 9, "#b08a00")
    y = heading(s, x, H - 68 * mm, w, "Board signs off the strategy: four priorities for the next three years", 24)
    y = s.para("The Serious Violence Duty partnership for Staffordshire and Stoke-on-Trent has agreed its "
               "strategy for 2025 to 2028, refreshing the first strategy published under the Duty in January "
               "2024. This bulletin is its public summary.", x, y - 4, w, "sans", 10, 13.5, BLK)
    y = s.para("The strategy's priorities are:", x, y - 6, w, "sans", 10, 13.5, BLK) - 6
    for t in PRIORITIES:
        s.rect(x, y - 1, 3.2 * mm, 3.2 * mm, fill=YEL)
        y = s.para(t, x + 7 * mm, y, w - 7 * mm, "sans-b", 12, 14.5, BLK) - 7
    y = s.para("Each priority has a named lead and is funded from the Home Office Duty grant and partners' own "
               "budgets. Progress will be reported in this bulletin every six months.", x, y - 4, w, "sans", 10,
               13.5, BLK)
    s.photo(x, 24 * mm, w, y - 24 * mm - 10 * mm, "Photo: street pastors and police on a Friday night in "
            "Hanley (illustrative image)")
    s.next()
    # p2
    mast(s, W, H, False)
    x, w = 14 * mm, W - 28 * mm
    y = heading(s, x, H - 34 * mm, w, "The Duty explained", 22)
    y = s.para("The Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022) requires specified "
               "authorities \u2014 the police, fire and rescue, justice (probation and youth offending teams), "
               "health (integrated care boards) and local authorities \u2014 to work together to prevent and "
               "reduce serious violence. Education, prisons and youth custody must co-operate. The Commissioner "
               "convenes the partnership.", x, y, w, "sans", 10, 13.5, BLK)
    y = heading(s, x, y - 14, w, "Home Office success measures", 14)
    y = s.bullets(["A reduction in hospital admissions for assaults with a knife or sharp object",
                   "A reduction in knife and sharp object enabled serious violence recorded by the police",
                   "A reduction in homicides recorded by the police"], x, y, w, "sans", 10)
    y = heading(s, x, y - 10, w, "How it links to the Commissioner's plan", 14)
    s.para("The Police, Fire and Crime Plan 2025\u20132029 leads on the Duty under its priority Preventing harm "
           "and protecting people (objective 2.1: knife crime and violence in the night-time economy).", x, y, w,
           "sans", 10, 13.5, BLK)
    s.photo(x, 24 * mm, w, 70 * mm, "Photo: a bleed control kit at a Burton bar (illustrative image)")
    s.next()
    # p3
    mast(s, W, H, False)
    y = heading(s, x, H - 34 * mm, w, "What the needs assessment found", 22)
    rows = [["Finding", "2023\u201324", "Trend"],
            ["Knife and sharp object offences", "620", "Up 6%"],
            ["Hospital admissions for assault with a sharp object", "74", "Down 3%"],
            ["Violence in the night-time economy (Fri\u2013Sat, 10pm\u20134am)", "1,850", "Up 4%"],
            ["Under-18s as suspects in serious violence", "23%", "Up"]]
    y = s.table(rows, x, y, [110 * mm, 35 * mm, 37 * mm], "sans", "sans-b", 9.5, BLK, stripe=PALE)
    s.text("All figures illustrative, not official statistics.", x, y - 12, "sans-i", 8, GREY)
    y = heading(s, x, y - 34, w, "Our first strategy (2024)", 14)
    y = s.para("The interim strategy of January 2024 set three priorities: Knife crime; Violence against women "
               "and girls in public places; Early intervention. The refresh keeps knife crime, moves violence "
               "against women and girls to the Domestic Abuse and Sexual Violence Board, and sharpens the focus on "
               "children and on teachable moments.", x, y, w, "sans", 10, 13.5, BLK)
    s.para("\u201cThe same few streets, the same few hours, the same few young people.\u201d \u2014 analyst, "
           "needs assessment workshop", x, y - 20, w, "serif-bi", 14, 17, "#8a6d00")
    s.next()
    # p4
    mast(s, W, H, False)
    y = heading(s, x, H - 34 * mm, w, "Actions, governance and contacts", 22)
    rows = [["Theme", "Action 2025\u201326", "Lead"],
            ["Knife crime", "Focused deterrence in two hotspot areas", "Police"],
            ["Night-time economy", "Street marshals, Best Bar None, bleed kits", "Councils"],
            ["Children", "Mentoring for children excluded from school", "Education"],
            ["Teachable moments", "Youth workers in A&E and custody suites", "ICB and police"],
            ["Data", "Shared violence dashboard", "Commissioner's office"]]
    y = s.table(rows, x, y, [40 * mm, 100 * mm, 42 * mm], "sans", "sans-b", 9.5, BLK, stripe=PALE)
    y = s.para("Governance: the Serious Violence Duty Board meets quarterly, chaired by the Commissioner's office, "
               "and reports to the Staffordshire Leaders' Board and both Health and Wellbeing Boards.", x, y - 16,
               w, "sans", 10, 13.5, BLK)
    s.para("Contact: svd@staffs-partnership.example \u00b7 01785 000 000 (illustrative). This bulletin is a "
           "fictional re-creation made for testing.", x, y - 10, w, "sans", 10, 13.5, GREY)
    return s.save()
