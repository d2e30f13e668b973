"""Safer MK Partnership Plan 2025–2028 (reportlab; its own design): the priorities are the exit signs of a
drawn roundabout seen from above (page 5): a grey ring road with a green central island reading "Safer MK",
five exit roads, and at the end of each a white-bordered blue direction board holding one priority in bold;
no numbers."""
import math

from kit_rl import (Draw, Paragraph, Spacer, Styles, build_doc, centred_text, colors, hexc, mm, wrap_lines)

D = dict(
    file="strategies/safer_mk_partnership_plan_2025-28.pdf",
    title="Safer MK Partnership Plan 2025–2028", org="Safer MK Partnership", strap="Every route to a safer city",
    email="safermk@milton-keynes.example", tile="#00539F",
    foreword=["Milton Keynes is a young city that keeps on growing. Its grid roads and redways connect estates, "
              "villages and a city centre that draws people from far beyond the borough.",
              "The Safer MK Partnership has agreed five priorities for the next three years. Like the exits from "
              "one of our roundabouts, each leads somewhere different, but all start from the same place: a "
              "shared commitment to a safer city.",
              "We will publish an annual report on progress against each priority."],
    signed="Chair, Safer MK Partnership",
    context="Milton Keynes has around 290,000 residents (illustrative) and is expected to reach 410,000 by 2050.",
    stats=[("27,400", "crimes recorded 2024/25"), ("5,100", "anti-social behaviour reports"),
           ("1,050", "residential burglaries"), ("180", "people in the IOM cohort")],
    findings=["Anti-social behaviour is highest in older estates and on the central shopping area.",
              "Burglary, vehicle crime and bike theft make up a third of recorded crime.",
              "Knife crime has fallen but remains above the Thames Valley average.",
              "A small group of prolific offenders commits a large share of neighbourhood crime."],
    previous_head="The 2022–2025 plan",
    previous_intro="Safer MK's previous priorities were:",
    previous=["Vulnerability", "Violence", "Neighbourhood crime", "Confidence"],
    intro="The partnership board agreed five priorities in January 2025. Every partner has signed up to all five.",
    priorities=[("MKC1", "Reducing anti-social behaviour on estates and in the city centre"),
                ("MKC2", "Cutting neighbourhood crime: burglary, vehicle crime and bike theft"),
                ("MKC3", "Serious violence and knife crime"),
                ("MKC4", "Domestic abuse and sexual violence"),
                ("MKC5", "Reducing reoffending by people who cause most harm")],
    actions=[("Anti-social behaviour", ["Estate walkabouts with residents every month."]),
             ("Neighbourhood crime", ["Bike marking at the railway station and redways.",
                                      "Burglary prevention for new-build estates."]),
             ("Serious violence", ["Knife arches and education in schools.", "Violence hotspot patrols."]),
             ("Domestic and sexual abuse", ["Independent sexual violence advisers in the hospital."]),
             ("Reoffending", ["Integrated Offender Management for the most prolific offenders."])],
    governance="The Safer MK Partnership meets quarterly and reports to the city council's Cabinet. Delivery "
               "groups report against an annual action plan.",
    measures=[["Anti-social behaviour reports", "5,100", "Down"], ["Neighbourhood crimes", "7,900", "Down"],
              ["Knife crime offences", "150", "Down"], ["Domestic abuse repeat victims", "32%", "Down"],
              ["IOM cohort reoffending rate", "41%", "Down"]],
    partners=["Milton Keynes City Council", "Thames Valley Police", "Buckinghamshire Fire and Rescue Service",
              "Bedfordshire, Luton and Milton Keynes Integrated Care Board", "Probation Service", "MK Community "
              "Foundation"],
)


def priorities_page(st, d):
    pr = d["priorities"]

    def draw(c, aw, h):
        cx, cy = aw / 2, h / 2
        angles = [90, 18, -54, -126, 162]
        c.setStrokeColor(hexc("#9A9A9A"))
        c.setLineWidth(28)
        for a in angles:
            r = math.radians(a)
            c.line(cx, cy, cx + 72 * mm * math.cos(r), cy + 62 * mm * math.sin(r))
        c.setFillColor(hexc("#9A9A9A"))
        c.circle(cx, cy, 30 * mm, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1)
        c.setDash(4, 4)
        c.circle(cx, cy, 24 * mm, stroke=1, fill=0)
        c.setDash()
        c.setFillColor(hexc("#4C9A2A"))
        c.circle(cx, cy, 17 * mm, stroke=0, fill=1)
        centred_text(c, ["Safer MK"], st.bold, 12, cx, cy + 9, colour=colors.white)
        bw, bh = 58 * mm, 24 * mm
        for (pid, text), a in zip(pr, angles):
            r = math.radians(a)
            x = cx + 72 * mm * math.cos(r) - bw / 2
            y = cy + 62 * mm * math.sin(r) - bh / 2
            x = max(0, min(aw - bw, x))
            y = max(0, min(h - bh, y))
            c.setFillColor(hexc("#00539F"))
            c.setStrokeColor(colors.white)
            c.setLineWidth(2.5)
            c.roundRect(x, y, bw, bh, 3 * mm, stroke=1, fill=1)
            lines = wrap_lines(text, st.bold, 10.5, bw - 8 * mm)
            lead = 12.5
            centred_text(c, lines, st.bold, 10.5, x + bw / 2, y + bh / 2 + len(lines) * lead / 2 + 1, lead=lead)
    out = [Paragraph(d["intro"], st.body), Spacer(1, 6), Draw(150 * mm, draw), Spacer(1, 8),
           Paragraph("Wherever you join the roundabout, the same partners are working with you. Serious violence "
                     "work is shared with the Thames Valley Violence Reduction Unit, and the reoffending priority "
                     "with the Thames Valley Reducing Reoffending Board.", st.body)]
    return out


def build(out_root):
    st = Styles(body="liberation-sans", head="dejavu", primary="#00539F", accent="#4C9A2A")
    return build_doc(out_root / D["file"], D, st, priorities_page, folio=lambda n, t: f"MK | {n}")
