"""Thames Valley Reducing Reoffending Plan 2025–2028 (reportlab): each priority is lettered on the body of a
drawn open padlock (shackle swung open), two rows of padlocks on page 5 ("Unlocking change"); no numbers."""
from kit_rl import (Draw, Paragraph, Spacer, Styles, build_doc, centred_text, colors, hexc, mm, wrap_lines)

D = dict(
    file="strategies/thames_valley_reducing_reoffending_plan_2025-28.pdf",
    title="Thames Valley Reducing Reoffending Plan 2025–2028", org="Thames Valley Reducing Reoffending Board",
    strap="Unlocking change", email="reoffending.board@tvpcc.example", tile="#2F4F4F",
    sections=["Foreword", "Reoffending in the Thames Valley", "Our priorities", "What we will do",
              "Delivery, measures and governance"],
    foreword=["Most crime is committed by people who have offended before. Every time we help someone to stop "
              "offending, we prevent future victims.",
              "The Thames Valley Reducing Reoffending Board brings together the Probation Service, prisons, "
              "Thames Valley Police, the Police and Crime Commissioner, local authorities, health and the "
              "voluntary sector. This plan sets out the board's priorities for the next three years."],
    signed="Chair, Thames Valley Reducing Reoffending Board",
    context="About 9,000 people (illustrative) are supervised by the Probation Service across the Thames Valley, "
            "and around 2,400 are released from prison each year.",
    stats=[("25%", "proven reoffending rate (adults)"), ("1 in 7", "released with no settled home"),
           ("17%", "in work six weeks after release"), ("45%", "with a drug or alcohol need")],
    findings=["People released homeless are around twice as likely to reoffend (illustrative).",
              "Too few people start community drug treatment within three weeks of release.",
              "A small cohort of prolific offenders commits a large share of neighbourhood crime.",
              "Women in the justice system have distinct needs, and most are victims of abuse themselves."],
    previous_head="The seven resettlement pathways",
    previous_intro="Our work is organised around the national reducing reoffending pathways (not our "
                   "priorities):",
    previous=["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
              "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"],
    intro="Five priorities will unlock the biggest change. Each has a lead member of the board.",
    priorities=[("REO1", "A settled home for everyone leaving prison"),
                ("REO2", "Managing the people who cause most harm through Integrated Offender Management"),
                ("REO3", "Treatment for people on probation who misuse drugs or alcohol"),
                ("REO4", "Jobs and skills for people leaving custody"),
                ("REO5", "A distinct approach for women in the justice system")],
    actions=[("Accommodation", ["Housing advice in every prison six weeks before release."]),
             ("IOM", ["A single IOM cohort list across the five local police areas."]),
             ("Treatment", ["Continuity of care from prison to community treatment."]),
             ("Employment", ["Employment hubs in probation offices."]),
             ("Women", ["Women's centres in Reading, Oxford, Slough and Milton Keynes."])],
    governance="The board meets quarterly and reports to the Thames Valley Local Criminal Justice Board.",
    measures=[["Released with settled accommodation", "86%", "Up"], ["IOM cohort reoffending", "41%", "Down"],
              ["Treatment starts within three weeks of release", "38%", "Up"], ["In work at six months", "24%",
                                                                                 "Up"],
              ["Women diverted from custody", "120", "Up"]],
    partners=["Probation Service", "HM Prison and Probation Service", "Thames Valley Police",
              "Office of the Police and Crime Commissioner", "Local authorities", "NHS partners",
              "Department for Work and Pensions"],
)


def priorities_page(st, d):
    pr = d["priorities"]

    def lock(c, x, y, w, bh, text):
        c.setStrokeColor(hexc("#8A8F94"))
        c.setLineWidth(7)
        p = c.beginPath()
        p.moveTo(x + w * 0.25, y + bh)
        p.lineTo(x + w * 0.25, y + bh + 12 * mm)
        p.arcTo(x + w * 0.25, y + bh + 2 * mm, x + w * 0.75, y + bh + 22 * mm, 180, -180)
        p.lineTo(x + w * 0.75, y + bh + 16 * mm)
        c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(hexc("#C9A227"))
        c.setStrokeColor(hexc("#8C6F12"))
        c.setLineWidth(1.2)
        c.roundRect(x, y, w, bh, 4 * mm, stroke=1, fill=1)
        lines = wrap_lines(text, st.bold, 10.5, w - 8 * mm)
        lead = 12.5
        centred_text(c, lines, st.bold, 10.5, x + w / 2, y + bh / 2 + len(lines) * lead / 2 + 1, lead=lead,
                     colour=hexc("#2B2B2B"))

    def draw(c, aw, h):
        w, bh = 52 * mm, 36 * mm
        gap = (aw - 3 * w) / 2
        pos = [(0, 1), (1, 1), (2, 1), (0.5, 0), (1.5, 0)]
        for (pid, text), (col, row) in zip(pr, pos):
            lock(c, col * (w + gap), row * 70 * mm + 4 * mm, w, bh, text)
    return [Paragraph(d["intro"], st.body), Paragraph("Unlocking change", st.h2), Spacer(1, 4),
            Draw(135 * mm, draw), Spacer(1, 6),
            Paragraph("The board's work on children who offend is led by the five youth justice services, and its "
                      "work with victims by the Commissioner's Victims First service.", st.body)]


def build(out_root):
    st = Styles(body="liberation-sans", head="liberation-serif", primary="#2F4F4F", accent="#8C6F12")
    return build_doc(out_root / D["file"], D, st, priorities_page, folio=lambda n, t: f"( {n} )",
                     contents_style="rules")
