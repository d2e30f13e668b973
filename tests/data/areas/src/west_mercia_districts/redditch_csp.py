"""Redditch Community Safety Partnership: Performance Scorecard 2024-25 and Priorities 2025-26 (reportlab,
A4 landscape, canvas-drawn).

House style: charcoal and cyan, DejaVu Sans Condensed, landscape dashboard pages.  The priorities are stated
once, as the first column of the priority scorecard on p5: each priority cell (bold, top-aligned) spans the
rows of its two or three indicators, which carry baselines, targets, sparklines and RAG dots.
"""
from __future__ import annotations

from pathlib import Path

from .rlk import A4, C, Doc, Paragraph, S, face, landscape, mm

OUT = "strategies/redditch_csp_scorecard_and_priorities_2025-26.pdf"
CHAR, CYAN, INK, MUTE = "#2e3236", "#0097a7", "#1e2124", "#6c737a"
RAGC = {"G": "#2e9d5b", "A": "#e0a100", "R": "#cc3b3b"}

SCORE = [
    ("Reduce anti-social behaviour in the town centre", [
        ("ASB incidents, town centre beat", "1,204", "1,090", "Reduce 10%", [1300, 1280, 1204, 1150, 1090], "G"),
        ("Repeat ASB callers", "88", "81", "Reduce", [95, 92, 88, 84, 81], "G"),
        ("Kingfisher Centre security reports", "640", "702", "Reduce", [610, 600, 640, 690, 702], "R")]),
    ("Tackle domestic abuse", [
        ("Domestic abuse crimes recorded", "1,530", "1,566", "Monitor", [1460, 1500, 1530, 1550, 1566], "A"),
        ("Repeat referrals to MARAC", "34%", "31%", "<30%", [37, 36, 34, 32, 31], "A"),
        ("Perpetrator programme completions", "22", "30", "30", [12, 15, 22, 26, 30], "G")]),
    ("Disrupt drug dealing and county lines", [
        ("Drug supply offences", "142", "168", "Increase", [110, 126, 142, 150, 168], "G"),
        ("County lines closed", "6", "9", "8", [3, 4, 6, 7, 9], "G"),
        ("Cuckooing addresses safeguarded", "14", "19", "Increase", [8, 10, 14, 16, 19], "G")]),
    ("Reduce violence in the night-time economy", [
        ("Violence with injury, town centre 20:00–04:00", "168", "173", "Reduce 5%", [180, 171, 168, 170, 173], "R"),
        ("Licensed premises reviews", "3", "5", "—", [2, 2, 3, 4, 5], "A")]),
    ("Support young people away from crime and anti-social behaviour", [
        ("Young people in diversion activity", "310", "386", "400", [220, 260, 310, 350, 386], "A"),
        ("Under-18s named in ASB reports", "264", "231", "Reduce", [300, 290, 264, 250, 231], "G")]),
]


def build(root: Path) -> Path:
    reg, bold = face("cond")
    d = Doc(root / OUT, "Redditch Community Safety Partnership Scorecard and Priorities 2025-26",
            "Redditch Community Safety Partnership", pagesize=landscape(A4))
    W, H = landscape(A4)
    L, R = 14 * mm, W - 14 * mm
    body = S("b", reg, 9, INK, 12.4)
    small = S("s", reg, 7.2, MUTE, 9.4)
    h3 = S("h3", bold, 10.5, CYAN, 13)

    def chrome(title, sub=""):
        d.rect(0, H - 17 * mm, W, 17 * mm, fill=CHAR)
        d.string(L, H - 10.5 * mm, title, bold, 15, "#ffffff")
        d.string(R, H - 10.5 * mm, sub or "Redditch CSP · Scorecard 2024–25", reg, 8.5, "#b9c0c6", align="right")
        d.rect(0, H - 18 * mm, W, 1 * mm, fill=CYAN)
        d.string(R, 7 * mm, f"Page {d.page} of 8", reg, 7.5, MUTE, align="right")
        d.string(L, 7 * mm, "Figures are illustrative · fictional document", reg, 7.5, MUTE)

    # 1 cover
    d.rect(0, 0, W, H, fill=CHAR)
    for i in range(12):
        d.rect(L + i * 21 * mm, 40 * mm, 17 * mm, (8 + (i * 37) % 40) * mm, fill=CYAN if i % 3 else "#4b5157")
    d.string(L, H - 40 * mm, "REDDITCH COMMUNITY SAFETY PARTNERSHIP", bold, 11, "#7fd3dc")
    d.string(L, H - 58 * mm, "Performance Scorecard 2024–25", bold, 30, "#ffffff")
    d.string(L, H - 72 * mm, "and Priorities for 2025–26", reg, 20, "#d6dade")
    d.string(L, 22 * mm, "Presented to the Redditch CSP Board, April 2025", reg, 9, "#b9c0c6")
    d.next()
    # 2 contents
    chrome("Contents", " ")
    d.contents(L + 20 * mm, H - 42 * mm, 150 * mm, [
        ("Headline dashboard", 3, 0), ("Crime and ASB trends", 4, 0), ("Priority scorecard 2025–26", 5, 0),
        ("Review of 2024–25 priorities", 6, 0), ("Neighbourhoods", 7, 0), ("Governance and contacts", 8, 0)],
        reg, bold, 12, INK, step=24, num_colour=CYAN)
    d.para(L + 20 * mm, 95 * mm, 150 * mm, "The scorecard is updated quarterly. RAG ratings: green on track, "
           "amber at risk, red off track, judged against the target for the year.", small)
    d.next()
    # 3 headline dashboard
    chrome("Headline dashboard")
    tiles = [("All crime", "7,912", "-2.1%", [8.3, 8.2, 8.0, 8.1, 7.9]), ("ASB incidents", "3,120", "-6.4%", [3.6, 3.5, 3.3, 3.3, 3.1]),
             ("Domestic abuse", "1,566", "+2.3%", [1.4, 1.45, 1.5, 1.53, 1.57]), ("Violence with injury", "812", "+1.0%", [790, 800, 804, 808, 812]),
             ("Shop theft", "688", "+16%", [420, 470, 520, 590, 688]), ("Drug supply", "168", "+18%", [110, 126, 142, 150, 168]),
             ("Burglary (residential)", "301", "-9%", [380, 350, 330, 320, 301]), ("Hate crime", "96", "+4%", [80, 86, 90, 92, 96])]
    tw, th = (R - L - 21 * mm) / 4, 36 * mm
    for i, (lab, n, ch, v) in enumerate(tiles):
        x = L + (i % 4) * (tw + 7 * mm)
        y = H - 30 * mm - th - (i // 4) * (th + 7 * mm)
        d.rect(x, y, tw, th, fill="#f1f3f4")
        d.string(x + 4 * mm, y + th - 7 * mm, lab.upper(), bold, 7.5, MUTE)
        d.string(x + 4 * mm, y + th - 18 * mm, n, bold, 22, INK)
        d.string(x + tw - 4 * mm, y + th - 18 * mm, ch, bold, 9, "#cc3b3b" if ch.startswith("+") else "#2e9d5b",
                 align="right")
        d.spark(x + 4 * mm, y + 5 * mm, tw - 8 * mm, 9 * mm, v, CYAN)
    d.para(L, 32 * mm, R - L, "Twelve months to 31 March 2025 compared with the previous twelve months; sparklines "
           "show 2020–21 to 2024–25.", small)
    d.next()
    # 4 trends
    chrome("Crime and ASB trends")
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    d.vbars(L + 12 * mm, H - 112 * mm, 160 * mm, 70 * mm, months,
            [[290, 300, 320, 330, 310, 260, 250, 230, 240, 210, 200, 230], [130, 126, 135, 140, 128, 125, 131, 129, 150, 122, 118, 132],
             [52, 55, 60, 71, 64, 58, 66, 70, 83, 56, 54, 59]], [CYAN, "#7d8790", "#e0a100"], reg, 7,
            legend=["Anti-social behaviour", "Domestic abuse", "Night-time economy violence"])
    d.paras(L + 185 * mm, H - 30 * mm, R - L - 185 * mm, [
        ("<b>Reading the chart</b>", h3),
        ("ASB peaks in the summer holidays, mostly youth nuisance around the town centre, the bus station "
         "and Arrow Valley Country Park. Domestic abuse peaks in December. Violence in the night-time economy "
         "peaks in July and December.", body),
        ("<b>Shop theft</b>", h3),
        ("Shop theft rose for the third year; most offences are in the Kingfisher Shopping Centre and are "
         "committed by a small number of prolific offenders. It is tackled through the North Worcestershire "
         "retail crime group.", body)], gap=5)
    d.next()
    # 5 scorecard (gold)
    chrome("Priority scorecard 2025–26", "Agreed by the CSP Board, April 2025")
    d.para(L, H - 24 * mm, R - L, "The Board agreed five priorities for 2025–26. Each is tracked by the indicators "
           "beside it; baselines are 2023–24, latest is 2024–25.", body)
    hdr = ["Our priority", "Indicator", "Baseline", "Latest", "Target", "Trend", "RAG"]
    cw = [78 * mm, 74 * mm, 20 * mm, 20 * mm, 22 * mm, 36 * mm, 14 * mm]
    x0 = L
    y = H - 36 * mm
    d.rect(x0, y - 7 * mm, sum(cw), 7 * mm, fill=CYAN)
    xx = x0
    for t, w in zip(hdr, cw):
        d.string(xx + 2 * mm, y - 5 * mm, t, bold, 8.5, "#ffffff")
        xx += w
    y -= 7 * mm
    rowh = 8.6 * mm
    ps = S("pr", bold, 10.5, INK, 13)
    for pi, (prio, inds) in enumerate(SCORE):
        block = rowh * len(inds)
        if pi % 2 == 0:
            d.rect(x0, y - block, sum(cw), block, fill="#f4f7f8")
        para = Paragraph(prio, ps)
        _, ph = para.wrap(cw[0] - 6 * mm, 1000)
        para.drawOn(d.c, x0 + 2 * mm, y - 2 * mm - ph)
        for ii, (ind, base, latest, tgt, tr, rag) in enumerate(inds):
            yy = y - (ii + 1) * rowh
            xx = x0 + cw[0]
            vals = [ind, base, latest, tgt]
            for j, v in enumerate(vals):
                d.string(xx + 2 * mm, yy + 3 * mm, v, reg, 8.2, INK)
                xx += cw[j + 1]
            d.spark(xx + 2 * mm, yy + 1.8 * mm, cw[5] - 8 * mm, rowh - 4 * mm, tr, CYAN)
            xx += cw[5]
            d.c.setFillColor(C(RAGC[rag]))
            d.c.circle(xx + 5 * mm, yy + rowh / 2, 2.2 * mm, stroke=0, fill=1)
            d.string(xx + 5 * mm, yy + rowh / 2 - 1.1 * mm, rag, bold, 6.5, "#ffffff", align="centre")
            if ii:
                d.line(x0 + cw[0], yy + rowh, x0 + sum(cw), yy + rowh, "#dde3e6", 0.3)
        y -= block
        d.line(x0, y, x0 + sum(cw), y, "#9aa5ab", 0.6)
    d.para(L, y - 5 * mm, R - L, "RAG: G on track · A at risk · R off track. Indicators are illustrative.", small)
    d.next()
    # 6 review of last year
    chrome("Review of 2024–25 priorities")
    rows = [["2024–25 priority", "What happened", "Decision for 2025–26"],
            ["Town centre anti-social behaviour", "Incidents down 9%; dispersal orders used 14 times", "Continue"],
            ["Domestic abuse", "Repeat MARAC rate improved from 34% to 31%", "Continue"],
            ["Drugs and exploitation", "Nine county lines closed; cuckooing protocol launched", "Continue, focused on supply"],
            ["Business crime", "Shop theft up 16%", "Transfer to North Worcestershire retail crime group"],
            ["Road safety", "KSI casualties stable", "Monitor through Safer Roads Partnership"]]
    y = d.table(L, H - 30 * mm, rows, [80 * mm, 120 * mm, 69 * mm], [
        ("FONT", (0, 0), (-1, -1), reg, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, C(CYAN)), ("LINEBELOW", (0, 1), (-1, -1), 0.3, C("#d5dadd")),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
    d.paras(L, y - 8 * mm, 170 * mm, [
        ("<b>How the priorities fit the Police and Crime Plan</b>", h3),
        ("The Safer West Mercia Plan 2025–2029 sets four priorities: cutting crime; policing with the community; "
         "supporting victims and witnesses; and maximising resources and value for money. The Redditch "
         "priorities contribute mainly to the first two.", body)], gap=4)
    d.next()
    # 7 neighbourhoods
    chrome("Neighbourhoods")
    rows = [["Neighbourhood", "Crime", "ASB", "DA", "Drug supply", "Note"],
            ["Town centre", "2,104", "1,090", "212", "61", "Night-time economy, shop theft"],
            ["Batchley and Brockhill", "702", "311", "190", "22", "Youth nuisance"],
            ["Winyates", "811", "344", "201", "19", "Cuckooing cases"],
            ["Church Hill", "690", "298", "177", "21", "Off-road bikes"],
            ["Woodrow", "655", "270", "171", "16", "Youth nuisance"],
            ["Matchborough", "512", "203", "140", "11", "—"],
            ["Headless Cross and Oakenshaw", "488", "176", "121", "6", "—"],
            ["Other areas", "1,950", "428", "354", "12", "—"]]
    d.table(L, H - 30 * mm, rows, [70 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm, 79 * mm], [
        ("FONT", (0, 0), (-1, -1), reg, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
        ("BACKGROUND", (0, 0), (-1, 0), C("#e6f4f6")), ("LINEBELOW", (0, 0), (-1, -1), 0.3, C("#d5dadd")),
        ("ALIGN", (1, 0), (4, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
    d.next()
    # 8 governance
    chrome("Governance and contacts")
    d.paras(L, H - 30 * mm, 180 * mm, [
        ("<b>Governance</b>", h3),
        ("The Redditch CSP Board meets quarterly and reports to the North Worcestershire Community Safety "
         "Partnership. A monthly tasking group allocates resources to hotspots. Each priority has a lead "
         "officer who reports the scorecard to the Board.", body),
        ("<b>Statutory duties</b>", h3),
        ("Crime and Disorder Act 1998, section 17; Serious Violence Duty; Domestic Homicide Reviews; the "
         "ASB case review.", body),
        ("<b>Contact</b>", h3),
        ("Community Safety Team, Redditch Borough Council · csp@redditch.example · 01000 000 650 (illustrative)", body)],
        gap=4)
    return d.save()
