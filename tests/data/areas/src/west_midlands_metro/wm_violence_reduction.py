"""West Midlands Violence Reduction Partnership Response Strategy 2026-2029: reportlab report.

Four priorities on p5, each the label on a **crate riding a drawn factory conveyor belt** ("Made in the West
Midlands: a production line for prevention"): a long belt on rollers with a hopper at the left marked "Evidence"
and a box at the right marked "Fewer victims"; four crates on the belt, each with a white label holding the
priority in bold (two or three lines) and a grey "Batch 26/0n" stencil.  Crates are set at different heights
(stacked on pallets) so that their labels never share a line.  Distractors: the hopper and outlet labels, batch
stencils, the Serious Violence Duty's specified authorities and the Home Office success measures (p4), the
"5 Cs" (p4), interventions (p6) and measures.
"""
from rl_kit import Paragraph, ParagraphStyle, Spacer, colors, hexc, mm
from west_midlands_metro import rkit
from west_midlands_metro.shared import Art, PLAN_SENTENCE, put


def conveyor(doc, st):
    lab = ParagraphStyle("lab", fontName=st["bold"], fontSize=9, leading=10.8, textColor=hexc("#222222"))
    small = ParagraphStyle("sm", fontName=st["reg"], fontSize=7, leading=8.5, textColor=hexc("#777777"))
    side = ParagraphStyle("sd", fontName=st["bold"], fontSize=8, leading=9.5, textColor=colors.white)

    def draw(c, w, h):
        c.saveState()
        belt_y = 22 * mm
        c.setFillColor(hexc("#3A3A3A"))
        c.roundRect(14 * mm, belt_y, w - 30 * mm, 6 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#9A9A9A"))
        x = 25 * mm
        while x < w - 24 * mm:
            c.circle(x, belt_y + 3 * mm, 2.2 * mm, stroke=0, fill=1)
            x += 12 * mm
        c.setFillColor(hexc("#555555"))
        for lx in (30 * mm, w / 2, w - 30 * mm):
            c.rect(lx - 1.5 * mm, 0, 3 * mm, belt_y, stroke=0, fill=1)
        c.setFillColor(st["c1"])
        p = c.beginPath()
        p.moveTo(0, h - 20 * mm)
        p.lineTo(16 * mm, h - 20 * mm)
        p.lineTo(10 * mm, belt_y + 14 * mm)
        p.lineTo(6 * mm, belt_y + 14 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        put(c, "Evidence", side, 1 * mm, h - 23 * mm, 15 * mm)
        c.setFillColor(st["c2"])
        c.rect(w - 14 * mm, belt_y - 4 * mm, 14 * mm, 24 * mm, stroke=0, fill=1)
        put(c, "Fewer victims", side, w - 13 * mm, belt_y + 17 * mm, 12 * mm)
        n = len(doc["priorities"])
        cw = (w - 38 * mm) / n - 3 * mm
        for i, (text, _) in enumerate(doc["priorities"]):
            cx = 20 * mm + i * (cw + 3 * mm)
            stack = [0, 30, 8, 38, 16][i] * mm
            c.setFillColor(hexc("#B88B4A"))
            c.rect(cx, belt_y + 6 * mm, cw, stack, stroke=0, fill=1)
            c.setStrokeColor(hexc("#8C6631"))
            for k in range(int(stack // (8 * mm))):
                c.line(cx, belt_y + 6 * mm + (k + 1) * 8 * mm, cx + cw, belt_y + 6 * mm + (k + 1) * 8 * mm)
            by = belt_y + 6 * mm + stack
            c.setFillColor(hexc("#C99A55"))
            c.setStrokeColor(hexc("#8C6631"))
            c.rect(cx, by, cw, 40 * mm, stroke=1, fill=1)
            c.setFillColor(colors.white)
            c.rect(cx + 2 * mm, by + 9 * mm, cw - 4 * mm, 29 * mm, stroke=0, fill=1)
            put(c, text, lab, cx + 3.2 * mm, by + 36 * mm, cw - 6.4 * mm)
            put(c, f"BATCH 26/0{i + 1}", small, cx + 3 * mm, by + 6.5 * mm, cw - 6 * mm)
        c.restoreState()
    return Art(118 * mm, draw)


def pri_fn(doc, st, width):
    out = [conveyor(doc, st), Spacer(1, 5 * mm), Paragraph("What goes into each", st["h2"])]
    out += [Paragraph(why, st["bul"], bulletText="\u2013") for _, why in doc["priorities"]]
    return out


DOC = {
    "file": "strategies/west_midlands_violence_reduction_partnership_response_strategy_2026-29.pdf",
    "title": "West Midlands Violence Reduction Partnership: Serious Violence Response Strategy 2026–2029",
    "org": "West Midlands Violence Reduction Partnership",
    "cover_lines": ["Serious Violence", "Response Strategy"],
    "years": "2026–2029",
    "theme": dict(c1="#2F3E46", c2="#D1495B", c3="#EEF1F2", font="dejavu-cond", hfont="liberation-serif",
                  header="WMVRP · Response Strategy 2026–2029", folio="Page {n} of 8"),
    "heads": {"fw": "Foreword", "ctx": "Violence in the West Midlands: the needs assessment",
              "pri": "Our priorities: a production line for prevention", "del": "What we will fund",
              "gov": "Governance and success measures"},
    "foreword": [
        "The Violence Reduction Partnership brings together the specified authorities under the Serious Violence "
        "Duty across the seven boroughs: police, councils, health, probation, youth justice and fire, with "
        "schools and the voluntary sector.",
        "Our strategic needs assessment shows where violence happens, who is hurt by it and what drives it. This "
        "strategy turns that evidence into four priorities for our shared response.",
        "The West Midlands built things for the world. We want to build prevention with the same care.",
    ],
    "signed": "Director, West Midlands Violence Reduction Partnership",
    "context": {
        "intro": "Violence with injury across the seven boroughs fell by 4% last year (illustrative), but knife "
                 "crime among under-25s rose.",
        "stats": [("3,100", "knife crimes in 2024/25"), ("41%", "of knife crime victims aged under 25"),
                  ("28%", "of violence with injury in the night-time economy"),
                  ("1 in 6", "young people treated for assault seen again within a year"),
                  ("520", "assaults on the school journey"), ("7", "boroughs, one duty")],
        "find_head": "The Serious Violence Duty and what success looks like",
        "findings": ["The specified authorities are the police, councils, youth offending teams, probation, fire "
                     "and rescue, and integrated care boards.",
                     "The Home Office success measures are: fewer hospital admissions for assault with a knife or "
                     "sharp object; fewer knife and sharp object offences; and fewer homicides.",
                     "The public health approach rests on the '5 Cs': collaboration, co-production, "
                     "cooperation in data and intelligence, counter-narrative and community consensus."],
        "prev_head": "Our previous response strategy",
        "previous": "The 2022–2025 strategy worked through three pillars: Education; Communities; and the "
                    "Criminal justice system.",
    },
    "pri_intro": "Four priorities come off our production line. Each crate below carries one.",
    "priorities": [
        ("Knife crime among young people under 25",
         "Mentoring, detached youth work and focused deterrence where knife crime is concentrated."),
        ("Violence in the night-time economy",
         "Working with licensing, venues and transport to reduce assaults after dark."),
        ("Reaching young people at a teachable moment after violent injury or arrest",
         "Youth workers in emergency departments and custody suites in every borough."),
        ("Safe journeys to and from school",
         "Safe routes, trusted adults at bus and tram stops, and joint patrols at the end of the school day."),
    ],
    "delivery": {
        "intro": "The VRP's grant funds interventions in every borough. The largest are listed below.",
        "head": ["Intervention", "What it does", "Borough(s)"],
        "rows": [("Navigator programme", "Youth workers in A&E and custody", "All seven"),
                 ("Focused deterrence", "Call-ins and support for groups involved in violence", "Birmingham, Coventry"),
                 ("Safer journeys", "Trusted adults on routes home", "Sandwell, Wolverhampton"),
                 ("Night-time economy", "Welfare hubs and bystander training", "Birmingham, Coventry, Walsall")],
        "pcc_head": "The Mayor's Police and Crime Plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The VRP Board, chaired by the Deputy Mayor for Policing and Crime, meets quarterly.",
        "head": ["Measure", "Baseline 2024/25", "Direction"],
        "rows": [("Knife crime (under-25 victims)", "1,270", "Down"), ("Night-time violence with injury", "8,900",
                 "Down"), ("Young people engaged by navigators", "2,300", "Up"),
                 ("Assaults on the school journey", "520", "Down")],
        "partners": "West Midlands Police; the seven borough councils; NHS integrated care boards; the Probation "
                    "Service; the seven youth justice services; West Midlands Fire Service; schools and "
                    "community organisations.",
    },
    "contact": "WMVRP, Lloyd House, Birmingham · vrp@wmca.example",
}


def build(root):
    return rkit.build(root, DOC, pri_fn)
