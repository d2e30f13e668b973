"""Safer Warwickshire Partnership Board, Community Safety Agreement 2024-2027: reportlab canvas report (DejaVu
Sans, Liberation Serif headings), **the priorities hang as banners from the five towers of a drawn castle wall**.

Page 6 ("Five towers, one county"): a crenellated curtain wall with five towers of different heights, each with a
cream banner hanging from its battlements carrying one priority in bold (four to six short lines), no numbers; a
gatehouse arch holds the vision. The strategic assessment findings (p4), the 2021-2024 agreement's priorities and
the PCC's priorities quoted (p5), the short delivery labels (p7) and the measures (p8) are distractors.
"""
from rl_kit import hexc, mm
from warwickshire.kit import H, W, RLDoc, expect, wrap_lines

FILE = "strategies/safer_warwickshire_community_safety_agreement_2024-27.pdf"
TITLE = "Safer Warwickshire Partnership Board: Community Safety Agreement 2024–2027"

PRIORITIES = [
    "Reducing serious violence and knife crime",
    "Tackling domestic abuse and sexual violence",
    "Protecting people from exploitation, including modern slavery",
    "Making homes safer from fire for our most vulnerable residents",
    "Reducing the harm caused by drugs and alcohol",
]
STONE, DARK, CREAM, RED = "#B9B2A3", "#6F6757", "#FFF6DC", "#8C1D18"


def castle(d):
    def draw(c):
        c.setFillColor(hexc("#1F2E4A"))
        c.setFont(d.hfb, 21)
        c.drawString(20 * mm, H - 33 * mm, "Five towers, one county")
        c.setFont(d.f, 9.4)
        c.setFillColor(hexc("#333333"))
        c.drawString(20 * mm, H - 41 * mm, "Our priorities for 2024 to 2027. Each is led by one partner on the board "
                                          "and held up by all the others.")
        base = 62 * mm
        # curtain wall
        c.setFillColor(hexc(STONE))
        c.rect(14 * mm, base, W - 28 * mm, 70 * mm, stroke=0, fill=1)
        for k in range(0, 46):
            c.rect(14 * mm + k * 4 * mm, base + 70 * mm, 2.2 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#3E6B35"))
        c.rect(0, 40 * mm, W, base - 40 * mm, stroke=0, fill=1)
        heights = [172, 188, 178, 192, 168]
        tw, gap = 31 * mm, 4.5 * mm
        x0 = (W - (5 * tw + 4 * gap)) / 2
        for i, (text, ht) in enumerate(zip(PRIORITIES, heights)):
            x = x0 + i * (tw + gap)
            top = base + ht * mm - 40 * mm
            c.setFillColor(hexc(STONE))
            c.setStrokeColor(hexc(DARK))
            c.setLineWidth(0.8)
            c.rect(x, base, tw, top - base, stroke=1, fill=1)
            for k in range(4):  # merlons
                c.rect(x + k * (tw / 3.5), top, tw / 7, 5 * mm, stroke=1, fill=1)
            c.setFillColor(hexc(DARK))
            c.rect(x + tw / 2 - 2 * mm, base + 8 * mm, 4 * mm, 9 * mm, stroke=0, fill=1)  # arrow slit
            # banner
            lines = wrap_lines(text, d.fb, 9.6, tw - 6 * mm)
            bh = 8 * mm + len(lines) * 12.2
            by = top - 4 * mm - bh
            c.setFillColor(hexc(CREAM))
            c.setStrokeColor(hexc(RED))
            c.setLineWidth(1.4)
            p = c.beginPath()
            p.moveTo(x + 2 * mm, top - 4 * mm)
            p.lineTo(x + tw - 2 * mm, top - 4 * mm)
            p.lineTo(x + tw - 2 * mm, by)
            p.lineTo(x + tw / 2, by + 4 * mm)
            p.lineTo(x + 2 * mm, by)
            p.close()
            c.drawPath(p, stroke=1, fill=1)
            c.setFillColor(hexc(RED))
            c.rect(x + 2 * mm, top - 5.5 * mm, tw - 4 * mm, 1.5 * mm, stroke=0, fill=1)
            c.setFillColor(hexc("#1F1F1F"))
            for j, ln in enumerate(lines):
                c.setFont(d.fb, 9.6)
                c.drawCentredString(x + tw / 2, top - 12 * mm - j * 12.2, ln)
        # gatehouse vision
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(d.f, 8.6)
        c.drawCentredString(W / 2, 48 * mm, "Our vision: Warwickshire is a place where people are safe and feel safe.")
        c.setFillColor(hexc("#555555"))
        c.setFont(d.f, 7.6)
        c.drawCentredString(W / 2, 30 * mm, "The detail of what we will do under each priority is on page 7.")
    d.page(None, [], draw=draw)


def build(root):
    out = root / FILE
    d = RLDoc(out, TITLE, "Safer Warwickshire Partnership Board", accent="#1F2E4A", head_family="liberation-serif",
              footer="Community Safety Agreement 2024–27  |  {n}", running="Safer Warwickshire Partnership Board")

    def cov(c):
        c.setFillColor(hexc("#1F2E4A"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc(STONE))
        for k in range(0, 30):
            c.rect(k * 7 * mm, 70 * mm, 4 * mm, 6 * mm, stroke=0, fill=1)
        c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(d.fb, 11)
        c.drawString(22 * mm, H - 28 * mm, "SAFER WARWICKSHIRE PARTNERSHIP BOARD")
        c.setFont(d.hfb, 30)
        c.drawString(22 * mm, H - 115 * mm, "Community Safety")
        c.drawString(22 * mm, H - 128 * mm, "Agreement")
        c.setFont(d.hf, 20)
        c.drawString(22 * mm, H - 144 * mm, "2024–2027")
    d.cover(cov)
    d.contents([("Foreword", 3), ("Warwickshire's community safety picture", 4), ("Where we have come from", 5),
                ("Our priorities", 6), ("What we will do", 7), ("Measuring progress and governance", 8)])
    d.page("Foreword", [
        d.p("The Safer Warwickshire Partnership Board is the county's strategy group for community safety. It brings "
            "together the county council, the five district and borough councils, Warwickshire Police, the Police and "
            "Crime Commissioner, Warwickshire Fire and Rescue Service, the Probation Service and the NHS."),
        d.p("The Crime and Disorder Act 1998 asks us to agree a community safety agreement for the county. This "
            "agreement sets the countywide priorities for 2024 to 2027. The district and borough community safety "
            "partnerships set local priorities of their own, and this agreement does not replace them."),
        d.p("We chose five priorities from our strategic assessment, from what residents told us and from where "
            "joint work at county level adds most."),
        d.p("<b>Chair, Safer Warwickshire Partnership Board</b>")])
    d.page("Warwickshire's community safety picture", [
        d.p("Illustrative figures for 2023/24, not official statistics.", d.small),
        d.tiles([("41,900", "crimes recorded in the county"), ("1,180", "knife-enabled offences"),
                 ("2,050", "domestic abuse crimes"), ("96", "modern slavery referrals"),
                 ("14", "fire deaths and serious injuries at home"), ("88", "alcohol-specific hospital admissions "
                                                                          "per 100,000")], fill="#E5E8EF"),
        d.p("Key findings of the strategic assessment", d.h2),
        *d.bullets(["Violence with injury has risen in the three largest towns.",
                    "Domestic abuse remains under-reported, especially in rural areas.",
                    "Exploitation is changing: more adults are exploited for labour in car washes and farms.",
                    "Most fire deaths at home involve people living alone who smoke or have limited mobility.",
                    "Alcohol is a factor in half of violent incidents in the night-time economy."])])
    d.page("Where we have come from", [
        d.p("Our previous agreement, 2021 to 2024, had four priorities. They are listed here for the record:"),
        *d.bullets(["Vulnerability and exploitation", "Violence and the night-time economy",
                    "Domestic abuse", "Reducing reoffending"]),
        d.p("Reducing reoffending now sits with the Warwickshire Reducing Reoffending Board and is not a priority of "
            "this agreement."),
        d.p("The Police and Crime Commissioner's priorities", d.h2),
        d.p("The Police and Crime Plan for Warwickshire 2025–2029 sets six priorities, which this agreement takes "
            "into account: Preventing crime and anti-social behaviour; Protecting vulnerable people; Putting victims "
            "and witnesses first; Delivering swift and fair justice; Making Warwickshire's roads safer; A visible and "
            "responsive police service."),
        d.p("Our principles", d.h2),
        *d.bullets(["Think family.", "Prevent before we react.", "Share what we know.", "Listen to communities."])])
    castle(d)
    d.page("What we will do", [
        d.table([["Theme", "What we will do", "Lead partner"],
                 ["Violence", "Meet the Serious Violence Duty through the Serious Violence Prevention Partnership; "
                  "fund knife crime education and weapons sweeps.", "Warwickshire Police"],
                 ["Abuse", "Commission the domestic abuse and sexual violence strategy; roll out training for "
                  "housing and fire staff.", "Warwickshire County Council"],
                 ["Exploitation", "A single multi-agency exploitation hub for children and adults; joint visits to "
                  "car washes and nail bars.", "Warwickshire Police"],
                 ["Fire", "Safe and well visits for residents referred by any partner; fire-retardant bedding for "
                  "people at highest risk.", "Warwickshire Fire and Rescue Service"],
                 ["Substances", "Work with the Combating Drugs Partnership; alcohol licensing interventions in "
                  "town centres.", "Public health"]], [28, 100, 42], head="#1F2E4A")])
    d.page("Measuring progress and governance", [
        d.table([["Measure (illustrative baselines)", "Baseline", "Direction"],
                 ["Knife-enabled offences", "1,180", "Down"], ["Repeat domestic abuse referrals to MARAC", "31%", "Down"],
                 ["Modern slavery referrals to the National Referral Mechanism", "96", "Up"],
                 ["Safe and well visits to people referred by partners", "2,400", "Up"],
                 ["Alcohol-related violent incidents", "3,300", "Down"]], [100, 35, 35], head="#1F2E4A"),
        d.p("Governance", d.h2),
        d.p("The board meets four times a year and reports to the county council's scrutiny committee and to the "
            "Police and Crime Commissioner. Each priority has a lead partner who reports progress every six months."),
        d.p("Contact: saferwarwickshire@warwickshire.example", d.small)])
    d.save()
    expect(out, 8, {3: "Foreword", 6: "Five towers, one county", 7: "What we will do", 8: "Measuring progress"})
    return out
