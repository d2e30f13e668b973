"""Safer Oxfordshire Partnership Strategy 2025–2028 (reportlab; its own design): the priorities are lettered
on the stone panels at the foot of five drawn spires on a skyline (page 5, "Five spires"): each a tower with a
pointed roof, a small clock circle and a cream panel holding one priority in bold over two to four lines;
no numbers."""
from kit_rl import (Draw, Paragraph, Spacer, Styles, build_doc, centred_text, colors, hexc, mm, wrap_lines)

D = dict(
    file="strategies/safer_oxfordshire_partnership_strategy_2025-28.pdf",
    title="Safer Oxfordshire Partnership Strategy 2025–2028", org="Safer Oxfordshire Partnership",
    strap="The county-wide community safety partnership", email="safer.oxfordshire@oxfordshire.example",
    tile="#3F3D56",
    foreword=["The Safer Oxfordshire Partnership brings the county's five district community safety partnerships "
              "together with the county council, Thames Valley Police, health, probation, the fire and rescue "
              "service and the Police and Crime Commissioner's office.",
              "It does not replace the district partnerships. It takes on the issues that cross district "
              "boundaries, where one county-wide response works better than five separate ones.",
              "This strategy sets five county-wide priorities for 2025–2028."],
    signed="Chair, Safer Oxfordshire Partnership",
    context="Oxfordshire has around 740,000 residents (illustrative) in the city of Oxford and four district "
            "council areas.",
    stats=[("58,000", "crimes recorded 2024/25"), ("1 in 5", "crimes flagged as domestic abuse"),
           ("3,200", "adults in drug or alcohol treatment"), ("620", "hate crimes reported")],
    findings=["Exploitation takes many forms: county lines, child sexual exploitation, cuckooing and forced "
              "labour.",
              "Serious violence is concentrated in Oxford and Banbury but young victims live across the county.",
              "Violence against women and girls is under-reported, especially in rural areas.",
              "Drug-related deaths have risen for four years (illustrative)."],
    previous_head="The previous strategy",
    previous_intro="The 2021–2024 strategy, extended to 2025, had these themes:",
    previous=["Preventing exploitation", "Reducing violence", "Safeguarding communities",
              "Building resilience"],
    intro="The partnership agreed five county-wide priorities. The district partnerships' plans show how each "
          "district contributes to them.",
    priorities=[("SOP1", "Tackling exploitation in all its forms"),
                ("SOP2", "Preventing serious violence"),
                ("SOP3", "Violence against women and girls"),
                ("SOP4", "Reducing harm from drugs and alcohol across Oxfordshire"),
                ("SOP5", "Hate crime and community cohesion")],
    actions=[("Exploitation", ["A single exploitation screening tool for all partners."]),
             ("Serious violence", ["Deliver the Serious Violence Duty strategy with the VRU."]),
             ("Women and girls", ["Safe spaces in every market town.", "County-wide bystander campaign."]),
             ("Drugs and alcohol", ["Naloxone for everyone leaving treatment.", "Drug-related death reviews."]),
             ("Cohesion", ["Community tensions monitoring group.", "Hate crime reporting centres."])],
    governance="The partnership reports to the Oxfordshire Health and Wellbeing Board and to the county's "
               "Joint Scrutiny Committee. The five district partnerships report to it twice a year.",
    measures=[["Exploitation referrals with a plan", "410", "Up"], ["Serious violence offences", "1,050",
                                                                    "Down"],
              ["VAWG offences reported", "6,300", "Up"], ["Drug-related deaths", "61", "Down"],
              ["Hate crimes reported", "620", "Up"]],
    partners=["Oxfordshire County Council", "Oxford City Council", "Cherwell District Council",
              "West Oxfordshire District Council", "South Oxfordshire and Vale of White Horse District Councils",
              "Thames Valley Police", "Oxfordshire Fire and Rescue Service", "NHS partners", "Probation Service"],
)


def priorities_page(st, d):
    pr = d["priorities"]

    def draw(c, aw, h):
        c.setFillColor(hexc("#DCE6F0"))
        c.rect(0, 0, aw, h, stroke=0, fill=1)
        n = len(pr)
        tw = (aw - 8 * mm) / n - 4 * mm
        heights = [112, 124, 134, 120, 110]
        for i, (pid, text) in enumerate(pr):
            x = 4 * mm + i * (tw + 4 * mm)
            th = heights[i] * mm
            c.setFillColor(hexc("#C9B58A"))
            c.rect(x, 0, tw, th - 40 * mm, stroke=0, fill=1)
            p = c.beginPath()
            p.moveTo(x - 1 * mm, th - 40 * mm)
            p.lineTo(x + tw / 2, th)
            p.lineTo(x + tw + 1 * mm, th - 40 * mm)
            p.close()
            c.setFillColor(hexc("#8C7A55"))
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.circle(x + tw / 2, th - 50 * mm, 5 * mm, stroke=0, fill=1)
            c.setStrokeColor(hexc("#333333"))
            c.line(x + tw / 2, th - 50 * mm, x + tw / 2, th - 47 * mm)
            c.line(x + tw / 2, th - 50 * mm, x + tw / 2 + 2 * mm, th - 50 * mm)
            c.setFillColor(hexc("#FBF5E6"))
            c.setStrokeColor(hexc("#8C7A55"))
            c.rect(x + 2 * mm, 6 * mm, tw - 4 * mm, 36 * mm, stroke=1, fill=1)
            lines = wrap_lines(text, st.bold, 9.5, tw - 8 * mm)
            centred_text(c, lines, st.bold, 9.5, x + tw / 2, 40 * mm, lead=11.5, colour=hexc("#3F3D56"))
        c.setFillColor(hexc("#6B8E4E"))
        c.rect(0, 0, aw, 4 * mm, stroke=0, fill=1)
    return [Paragraph(d["intro"], st.body), Paragraph("Five spires", st.h2), Spacer(1, 4), Draw(140 * mm, draw),
            Spacer(1, 8),
            Paragraph("Each spire has a lead partner and a county-wide delivery group. Countering terrorism and "
                      "radicalisation is led by the separate Prevent partnership board and is not part of this "
                      "strategy.", st.body)]


def build(out_root):
    st = Styles(body="dejavu", head="liberation-serif", primary="#3F3D56", accent="#8C5E2A")
    return build_doc(out_root / D["file"], D, st, priorities_page, folio=lambda n, t: f"{n} / {t}",
                     contents_style="rules")
