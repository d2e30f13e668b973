"""The Staffordshire Commissioner's Police, Fire and Crime Plan 2025-2029 (fictional new edition), laid out as
a reportlab *magazine*: masthead cover, an "In this issue" contents page, features with a serif headline over
two body columns, a sidebar of numbered objectives, pull quotes and dark photo placeholders with captions.
The six priorities are the headlines of the features on pp5-7 (two a page)."""
from reportlab.lib.pagesizes import A4

from .kit import Sheet, mm

OUT = "plan/staffordshire_police_fire_and_crime_plan_2025-29.pdf"
INK, TEAL, CORAL, SAND, GREY = "#1d2430", "#0f5c63", "#e0674f", "#f4efe6", "#6b6f76"

FEATURES = [
    ("An outstanding local police service",
     "Neighbourhood teams you know by name, calls answered quickly and crime in your street taken seriously.",
     ["1.1 Visible neighbourhood teams in every ward, and 101 and 999 calls answered faster",
      "1.2 Anti-social behaviour: hotspot patrols, Immediate Justice and the ASB case review (Community Trigger)",
      "1.3 Burglary, vehicle crime, shop theft and crime against local businesses",
      "1.4 Rural, wildlife and heritage crime, with the Rural and Wildlife Crime Unit"],
     "Residents told us the thing that matters most is a police service that turns up and follows through."),
    ("Preventing harm and protecting people",
     "Stopping violence and exploitation before they start, and protecting those most at risk.",
     ["2.1 Lead the Serious Violence Duty partnership: knife crime and violence in the night-time economy",
      "2.2 County lines, child criminal exploitation, drug supply and modern slavery",
      "2.3 Violence against women and girls: domestic abuse, rape, stalking and perpetrator programmes",
      "2.4 Fraud and scams against older and vulnerable people"],
     None),
    ("Supporting victims and witnesses",
     "Every victim treated with dignity and kept informed, from the first call to the end of the case.",
     ["3.1 Staffordshire Victim Gateway and the Victims' Code for every victim",
      "3.2 Specialist domestic abuse and sexual violence support (IDVAs, ISVAs) and safe accommodation",
      "3.3 Hate crime: support for victims and third-party reporting centres",
      "3.4 Restorative justice offered to every victim who wants it"],
     "A victim should never have to ask twice what is happening with their case."),
    ("Safer roads and waterways",
     "Fewer people killed or seriously injured on our roads, and fewer drownings in our lakes and canals.",
     ["4.1 The Safer Roads Partnership: fewer people killed or seriously injured",
      "4.2 Speeding and anti-social driving, car cruising and Community Speedwatch",
      "4.3 Water safety at reservoirs, rivers and canals with Staffordshire Fire and Rescue Service"],
     None),
    ("Reducing offending and reoffending",
     "Breaking the cycle that turns one offence into a lifetime of them.",
     ["5.1 Integrated Offender Management for the most prolific offenders",
      "5.2 Drug and alcohol treatment and recovery, testing on arrest and fewer drug-related deaths",
      "5.3 Diverting children from the justice system: Turnaround and out-of-court resolutions",
      "5.4 A home and a job for people leaving prison, and swifter justice through the courts"],
     "Most crime is committed by a small number of people. Change them and you change whole neighbourhoods."),
    ("A fire and rescue service ready for tomorrow",
     "Prevention first, a fast response when it matters, and a service fit for the risks ahead.",
     ["6.1 Safe and Well visits for the people most at risk of fire at home",
      "6.2 Business fire safety, protection and enforcement",
      "6.3 Response standards for fires and rescues across the county",
      "6.4 Our people, fleet and stations for the next decade"],
     None),
]
BODY = ("Over the next four years the Commissioner will hold the Chief Constable and the Chief Fire Officer to "
        "account for progress here, in public performance meetings every quarter. Partners across Staffordshire "
        "and Stoke-on-Trent will be asked to share data and plan together, so that effort is not duplicated and "
        "gaps are not left. The objectives alongside set out what will be done; the measures at the back of this "
        "magazine say how we will know it has worked.")


def folio(s: Sheet, n: int, section: str):
    s.rect(0, s.h - 11 * mm, s.w, 11 * mm, fill=INK)
    s.text("SAFER STAFFORDSHIRE", 15 * mm, s.h - 7.2 * mm, "sans-b", 8, "#ffffff")
    s.text(section.upper(), s.w / 2, s.h - 7.2 * mm, "sans", 8, "#c9d3d8", "center")
    s.text(f"Issue 1 \u00b7 2025\u201329   {n}", s.w - 15 * mm, s.h - 7.2 * mm, "sans", 8, "#ffffff", "right")


def body_cols(s: Sheet, text, x, y, w, ncol=2, gap=5 * mm, size=8.6):
    cw = (w - gap * (ncol - 1)) / ncol
    lines = s.lines(text, "serif", size, cw)
    per = (len(lines) + ncol - 1) // ncol
    for k in range(ncol):
        yy = y
        for ln in lines[k * per:(k + 1) * per]:
            s.text(ln, x + k * (cw + gap), yy, "serif", size, INK)
            yy -= size * 1.3
    return y - per * size * 1.3


def feature(s: Sheet, top: float, num: int, f):
    head, stand, objectives, quote = f
    x0, w = 15 * mm, s.w - 30 * mm
    s.text(f"FEATURE {num:02d}", x0, top, "sans-b", 8, CORAL)
    s.line(x0 + 22 * mm, top + 2.5, x0 + w, top + 2.5, CORAL, 0.6)
    y = s.para(head, x0, top - 26, 118 * mm, "serif-b", 24, 26, INK)
    y = s.para(stand, x0, y - 4, 118 * mm, "serif-i", 11, 14, GREY)
    by = body_cols(s, BODY, x0, y - 8, 118 * mm)
    if quote:
        s.rect(x0, by - 40, 118 * mm, 0.8, fill=CORAL)
        s.para("\u201c" + quote + "\u201d", x0 + 4, by - 54, 110 * mm, "serif-bi", 11, 14, TEAL)
    else:
        s.photo(x0, by - 70, 118 * mm, 60, "Photo: partners on a joint visit (illustrative image, people not "
                "identifiable)")
    # sidebar of objectives
    sx, sw = x0 + 124 * mm, w - 124 * mm
    s.rect(sx, top - 118 * mm + 8, sw, 118 * mm, fill=SAND)
    s.text("What we will do", sx + 4 * mm, top - 10, "sans-b", 10, TEAL)
    yy = top - 26
    for o in objectives:
        yy = s.para(o, sx + 4 * mm, yy, sw - 8 * mm, "sans", 8.4, 10.6, INK) - 5


def build(root):
    s = Sheet(root / OUT, A4, "Police, Fire and Crime Plan 2025-2029",
              "Office of the Staffordshire Commissioner (fictional re-creation)")
    W, H = A4
    # 1 cover
    s.rect(0, 0, W, H, fill=TEAL)
    s.photo(0, 0, W, H * 0.62, "Cover photo: an evening street in Stafford town centre (illustrative image)",
            fill="#173c40")
    s.text("SAFER", 15 * mm, H - 52 * mm, "serif-b", 64, "#ffffff")
    s.text("STAFFORDSHIRE", 15 * mm, H - 74 * mm, "serif-b", 40, "#ffffff")
    s.text("The Commissioner's Police, Fire and Crime Plan 2025\u20132029", 15 * mm, H - 86 * mm, "sans", 13,
           "#e9f1f1")
    for i, t in enumerate(["Knock, knock: meet your neighbourhood team", "Six priorities, one county",
                           "Water safety: why summer drownings are on the rise", "Where your council tax goes"]):
        s.text(t, 15 * mm, H - 110 * mm - i * 15, "sans-b", 11, CORAL if i == 0 else "#ffffff")
    s.text("Issue 1 \u00b7 Free \u00b7 A fictional re-creation for testing", W - 15 * mm, 12 * mm, "sans", 8,
           "#cfdede", "right")
    s.next()
    # 2 contents
    folio(s, 2, "Contents")
    s.text("In this issue", 15 * mm, H - 32 * mm, "serif-b", 30, INK)
    items = [("3", "Welcome", "The Commissioner on why this plan is a magazine"),
             ("4", "What you told us", "Survey results and the last plan's priorities"),
             ("5", "Features 01\u201302", "Policing your street; preventing harm"),
             ("6", "Features 03\u201304", "Victims and witnesses; roads and water"),
             ("7", "Features 05\u201306", "Offending; fire and rescue"),
             ("8", "Partners", "Who we work with, and how"),
             ("9", "Measures", "How we will know"),
             ("10", "Money and contacts", "The budget and how to get in touch")]
    y = H - 52 * mm
    for n, t, sub in items:
        s.text(n, 15 * mm, y, "serif-b", 26, CORAL)
        s.text(t, 35 * mm, y + 6, "sans-b", 12, INK)
        s.text(sub, 35 * mm, y - 8, "serif-i", 10, GREY)
        y -= 24 * mm
    s.photo(130 * mm, 40 * mm, 65 * mm, 150 * mm, "Photo: PCSO and firefighter at a community event "
            "(illustrative image)")
    s.next()
    # 3 welcome
    folio(s, 3, "Welcome")
    s.text("Welcome", 15 * mm, H - 32 * mm, "serif-b", 30, INK)
    y = s.para("This is my plan for policing, fire and rescue and community safety in Staffordshire and "
               "Stoke-on-Trent for the next four years. We have written it as a magazine because you told us "
               "that plans are too long and too dry. It sets the priorities that the Chief Constable and the "
               "Chief Fire Officer will be held to account for, and it explains how the district community "
               "safety partnerships, Stoke-on-Trent's Safer City Partnership and the county-wide boards fit "
               "around them.", 15 * mm, H - 46 * mm, 110 * mm, "serif", 11, 15, INK)
    y = s.para("Money is tight. So we will focus on the things that make most difference: answering calls, "
               "stopping harm before it happens, standing by victims, making roads and water safer, cutting "
               "reoffending, and a fire and rescue service that prevents as well as responds.",
               15 * mm, y - 6, 110 * mm, "serif", 11, 15, INK)
    s.text("\u2014 The Staffordshire Commissioner", 15 * mm, y - 8, "serif-i", 10, GREY)
    s.rect(132 * mm, 80 * mm, 63 * mm, 150 * mm, fill=SAND)
    s.para("\u201cPrevention is cheaper than cure, for police and fire alike.\u201d", 137 * mm, 215 * mm,
           53 * mm, "serif-bi", 17, 21, TEAL)
    s.para("Our values: fair, open, ambitious for Staffordshire, and accountable to you.", 137 * mm, 120 * mm,
           53 * mm, "sans", 9.5, 12, INK)
    s.next()
    # 4 what you told us
    folio(s, 4, "What you told us")
    s.text("What you told us", 15 * mm, H - 32 * mm, "serif-b", 30, INK)
    stats = [("4,120", "responses to the 2024 consultation"), ("71%", "want more visible neighbourhood policing"),
             ("58%", "worry about speeding where they live"), ("1 in 3", "have been targeted by a scam")]
    for i, (n, t) in enumerate(stats):
        x = 15 * mm + i * 46 * mm
        s.rect(x, H - 80 * mm, 42 * mm, 38 * mm, fill=TEAL if i % 2 == 0 else CORAL)
        s.text(n, x + 4 * mm, H - 58 * mm, "serif-b", 22, "#ffffff")
        s.para(t, x + 4 * mm, H - 66 * mm, 34 * mm, "sans", 8.5, 10, "#ffffff")
    s.text("Illustrative figures, not official statistics.", 15 * mm, H - 86 * mm, "sans-i", 8, GREY)
    s.text("Looking back: the priorities of the last plan (2021\u20132024)", 15 * mm, H - 102 * mm, "sans-b", 12,
           INK)
    y = s.bullets(["A local and responsive service", "Prevent harm and protect people",
                   "Support victims and witnesses", "Reduce offending and reoffending",
                   "A more effective criminal justice system"], 15 * mm, H - 112 * mm, 110 * mm, "serif", 10.5)
    s.para("The fire and rescue plan of 2021\u20132024 had its own four priorities. This edition brings police, "
           "fire and community safety together in one plan for the first time.", 15 * mm, y - 6, 110 * mm,
           "serif", 10, 13, INK)
    s.photo(15 * mm, 25 * mm, 180 * mm, 70 * mm, "Photo: a consultation stall at Uttoxeter market "
            "(illustrative image)")
    s.next()
    # 5-7 features
    for pg in range(3):
        folio(s, 5 + pg, "Features")
        feature(s, H - 24 * mm, 2 * pg + 1, FEATURES[2 * pg])
        s.line(15 * mm, H / 2 - 6 * mm, W - 15 * mm, H / 2 - 6 * mm, "#c9c2b4", 0.6)
        feature(s, H / 2 - 16 * mm, 2 * pg + 2, FEATURES[2 * pg + 1])
        s.next()
    # 8 partners
    folio(s, 8, "Partners")
    s.text("Working with partners", 15 * mm, H - 32 * mm, "serif-b", 28, INK)
    y = s.para("Each district and borough, and the city, has a community safety partnership with its own plan. "
               "County-wide boards lead on domestic abuse and sexual violence, serious violence, drugs, youth "
               "justice and reoffending. The Commissioner funds and sits on many of them.", 15 * mm, H - 46 * mm,
               180 * mm, "serif", 10.5, 14, INK)
    rows = [["Partnership", "Area", "What it leads on"],
            ["Safer City Partnership", "Stoke-on-Trent", "Community safety in the city"],
            ["District CSPs (8)", "Each district and borough", "Local community safety plans"],
            ["Domestic Abuse and Sexual Violence Board", "County and city", "DA strategy and safe accommodation"],
            ["Serious Violence Duty partnership", "County and city", "The Duty's strategy"],
            ["Combating Drugs Partnership", "County and city", "From Harm to Hope locally"],
            ["Safer Roads Partnership", "County and city", "Road casualty reduction"],
            ["Local Criminal Justice Board", "County and city", "Courts, victims and witnesses"]]
    s.table(rows, 15 * mm, y - 8, [62 * mm, 50 * mm, 68 * mm], "sans", "sans-b", 9, INK)
    s.photo(15 * mm, 25 * mm, 180 * mm, 55 * mm, "Photo: a partnership meeting in Tamworth (illustrative image)")
    s.next()
    # 9 measures
    folio(s, 9, "Measures")
    s.text("How we will know", 15 * mm, H - 32 * mm, "serif-b", 28, INK)
    rows = [["Theme", "Measure", "Direction"],
            ["Local policing", "101 calls answered within three minutes", "Up"],
            ["Local policing", "Repeat ASB locations", "Down"],
            ["Harm", "Knife crime offences", "Down"],
            ["Harm", "Repeat victims of domestic abuse", "Down"],
            ["Victims", "Victims satisfied with being kept informed", "Up"],
            ["Roads and water", "People killed or seriously injured on roads", "Down"],
            ["Reoffending", "Proven reoffending rate of the IOM cohort", "Down"],
            ["Fire and rescue", "Accidental dwelling fires", "Down"]]
    s.table(rows, 15 * mm, H - 44 * mm, [40 * mm, 110 * mm, 30 * mm], "sans", "sans-b", 9.5, TEAL)
    s.next()
    # 10 money and contacts
    folio(s, 10, "Money and contacts")
    s.text("Where the money goes", 15 * mm, H - 32 * mm, "serif-b", 28, INK)
    rows = [["Budget 2025\u201326 (illustrative)", "\u00a3m"], ["Staffordshire Police", "262.0"],
            ["Staffordshire Fire and Rescue Service", "51.4"], ["Commissioned services for victims", "5.1"],
            ["Community safety grants to partnerships", "1.6"], ["Office of the Commissioner", "1.9"]]
    y = s.table(rows, 15 * mm, H - 44 * mm, [130 * mm, 30 * mm], "sans", "sans-b", 10, CORAL)
    s.text("Get in touch", 15 * mm, y - 30, "serif-b", 18, INK)
    s.para("Office of the Staffordshire Commissioner \u00b7 enquiries@staffs-commissioner.example \u00b7 "
           "01785 000 000 (illustrative) \u00b7 In an emergency call 999.", 15 * mm, y - 46, 180 * mm, "sans",
           10, 13, INK)
    return s.save()
