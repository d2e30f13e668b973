"""Pan-Berkshire Domestic Abuse and VAWG Strategy 2025–2029 (reportlab): each priority is the caption on a
white strip laid across a large drawn purple awareness ribbon (a looped ribbon with crossed tails), four
ribbons in a row on page 5; no numbers."""
from kit_rl import (Draw, Paragraph, Spacer, Styles, build_doc, centred_text, colors, hexc, mm, wrap_lines)

D = dict(
    file="strategies/pan-berkshire_domestic_abuse_and_vawg_strategy_2025-29.pdf",
    title="Pan-Berkshire Domestic Abuse and Violence Against Women and Girls Strategy 2025–2029",
    org="Berkshire Domestic Abuse and VAWG Strategic Board", strap="Safe at home, safe in public, safe online",
    email="vawg.board@berkshire.example", tile="#5C2D91", kindname="vawg",
    sections=["Foreword", "The picture across Berkshire", "Our priorities", "What we will do",
              "Delivery, measures and governance"],
    foreword=["This is the first strategy agreed by all six Berkshire unitary authorities together with Thames "
              "Valley Police, the NHS, probation and specialist services. It covers domestic abuse, sexual "
              "violence, stalking, so-called honour-based abuse and every other form of violence against women "
              "and girls.",
              "Survivors helped to write it. Their voices run through every page, and a survivors' panel will "
              "hold the board to account for delivering it.",
              "The strategy meets the local authorities' duties under Part 4 of the Domestic Abuse Act 2021."],
    signed="Independent Chair, Berkshire Domestic Abuse and VAWG Strategic Board",
    context="Around 930,000 people (illustrative) live in Berkshire. Domestic abuse is a factor in a fifth of all "
            "crime recorded in the county.",
    stats=[("19,000", "domestic abuse incidents 2024/25"), ("1,450", "sexual offences"),
           ("2,700", "children in households referred to MARAC"), ("78%", "of victims are women")],
    findings_head="What survivors and the needs assessment told us",
    findings=["Help came too late: most survivors experienced abuse for years before getting support.",
              "Professionals focus on the victim and the perpetrator is rarely challenged.",
              "Women and girls feel unsafe in parks, on transport and at night.",
              "Specialist services are stretched and waiting lists are growing."],
    previous_head="National and previous frameworks",
    previous_intro="The strategy builds on the four pillars of the national Tackling Domestic Abuse Plan, which "
                   "are not our priorities but shape them:",
    previous=["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
              "A stronger system"],
    intro="The board has agreed four priorities. The ribbon is the symbol our survivors' panel chose.",
    priorities=[("VAW1", "Preventing abuse before it starts"),
                ("VAW2", "Supporting survivors and their children"),
                ("VAW3", "Holding perpetrators to account"),
                ("VAW4", "Making public spaces safer for women and girls")],
    actions=[("Prevention", ["Healthy relationships lessons in every secondary school."]),
             ("Survivors", ["More independent domestic violence advisers.", "Safe accommodation in every "
                                                                             "authority."]),
             ("Perpetrators", ["Perpetrator programmes for all risk levels.", "Use of domestic abuse "
                                                                               "protection orders."]),
             ("Public spaces", ["Safety audits of parks and stations.", "Walk-and-talk sessions with police."])],
    governance="The board reports to each authority's community safety partnership and to the Thames Valley "
               "VAWG strategic group. Six local delivery groups carry out the action plan.",
    measures=[["Victims supported by specialist services", "8,400", "Up"], ["Repeat MARAC referrals", "34%",
                                                                              "Down"],
              ["Perpetrators on programmes", "260", "Up"], ["Women who feel safe at night", "48%", "Up"]],
    partners=["Bracknell Forest Council", "Reading Borough Council", "Slough Borough Council",
              "West Berkshire Council", "Royal Borough of Windsor and Maidenhead", "Wokingham Borough Council",
              "Thames Valley Police", "NHS partners", "Probation Service", "Berkshire Women's Aid"],
)


def priorities_page(st, d):
    pr = d["priorities"]

    def ribbon(c, cx, top):
        c.setFillColor(hexc("#6A2C91"))
        c.setStrokeColor(hexc("#4A1C6B"))
        c.setLineWidth(1)
        p = c.beginPath()  # left tail
        p.moveTo(cx - 2 * mm, top - 40 * mm)
        p.lineTo(cx - 24 * mm, top - 100 * mm)
        p.lineTo(cx - 14 * mm, top - 103 * mm)
        p.lineTo(cx + 6 * mm, top - 48 * mm)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        p = c.beginPath()  # right tail
        p.moveTo(cx + 2 * mm, top - 40 * mm)
        p.lineTo(cx + 24 * mm, top - 100 * mm)
        p.lineTo(cx + 14 * mm, top - 103 * mm)
        p.lineTo(cx - 6 * mm, top - 48 * mm)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.setLineWidth(9)
        c.setStrokeColor(hexc("#7B3BA5"))
        c.ellipse(cx - 14 * mm, top - 46 * mm, cx + 14 * mm, top, stroke=1, fill=0)

    def draw(c, aw, h):
        n = len(pr)
        cw = aw / n
        for i, (pid, text) in enumerate(pr):
            cx = cw * i + cw / 2
            ribbon(c, cx, h - 2 * mm)
            lines = wrap_lines(text, st.hbold, 11, cw - 8 * mm)
            lead = 13
            bh = len(lines) * lead + 8
            y = h - 62 * mm
            c.setFillColor(colors.white)
            c.setStrokeColor(hexc("#4A1C6B"))
            c.setLineWidth(0.8)
            c.rect(cx - cw / 2 + 3 * mm, y - bh / 2, cw - 6 * mm, bh, stroke=1, fill=1)
            centred_text(c, lines, st.hbold, 11, cx, y + bh / 2 - 4, lead=lead, colour=hexc("#3B1560"))
    return [Paragraph(d["intro"], st.body), Spacer(1, 6), Draw(110 * mm, draw), Spacer(1, 8),
            Paragraph("Underneath all four priorities is a commitment to listen to survivors, to recognise that "
                      "women and girls from minoritised communities face extra barriers, and to work as one "
                      "system across Berkshire.", st.body)]


def build(out_root):
    st = Styles(body="dejavu", head="liberation-serif", primary="#5C2D91", accent="#A0467C")
    return build_doc(out_root / D["file"], D, st, priorities_page, folio=lambda n, t: f"Page {n}")
