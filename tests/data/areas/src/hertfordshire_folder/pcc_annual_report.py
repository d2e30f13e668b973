"""Hertfordshire Police and Crime Commissioner Annual Report 2024/25: reportlab (Liberation Serif body,
Liberation Sans headings, slate and gold).  NOT a strategy: it reviews the four themes of the previous Police
and Crime Plan, each with a "What I said I would do / What happened" table, and reports spending and
performance.  It states no priorities of its own."""
from __future__ import annotations

from .kit import A4, hexc, mm, rl_simple, rl_styles

NAME = "pcc_annual_report_2024-25.pdf"
TITLE = "Police and Crime Commissioner for Hertfordshire: Annual Report 2024/25"
SLATE, GOLD = "#34495E", "#C9A227"
W, H = A4


def on_page(c, doc):
    c.saveState()
    c.setFillColor(hexc(GOLD))
    c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
    c.setFont("LiberationSans-Regular", 7.5)
    c.setFillColor(hexc(SLATE))
    c.drawString(20 * mm, 10 * mm, "Annual Report 2024/25")
    c.drawRightString(W - 20 * mm, 10 * mm, str(doc.page))
    c.restoreState()


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(hexc(SLATE))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc(GOLD))
    c.rect(20 * mm, H - 100 * mm, 4 * mm, 50 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#FFFFFF"))
    c.setFont("LiberationSans-Bold", 30)
    c.drawString(30 * mm, H - 70 * mm, "Annual Report")
    c.setFont("LiberationSans-Regular", 18)
    c.drawString(30 * mm, H - 84 * mm, "2024/25")
    c.setFont("LiberationSans-Regular", 11)
    c.drawString(30 * mm, H - 96 * mm, "Police and Crime Commissioner for Hertfordshire")
    c.setFont("LiberationSans-Regular", 7.5)
    c.drawString(20 * mm, 20 * mm, "A fictional re-creation made for testing; not a publication of the Commissioner.")
    c.restoreState()


def review(theme, rows):
    return [("p", f"Under the priority theme {theme}, the 2022-2025 plan made these commitments:"),
            ("table", [["What I said I would do", "What happened in 2024/25", "Status"]] + rows,
             [0.38, 0.47, 0.15])]


def build(out_root):
    out = out_root / "strategies" / NAME
    S = rl_styles("liberation-serif", "liberation-sans", SLATE, size=10)
    sections = [
        ("fw", "Introduction", [
            ("p", "This is my statutory annual report to the Police and Crime Panel. It looks back on 2024/25, "
                  "the final year of my Police and Crime Plan 2022-2025, Everybody's Business, and reviews "
                  "progress against last year's priorities, which that plan grouped under four themes."),
            ("p", "During the year I also consulted residents and partners on a new plan. The new Police and "
                  "Crime Plan 2026-2030 is published separately and is not reviewed here."),
            ("quote", "Hertfordshire remains one of the safest counties in England.",
             "Police and Crime Commissioner"),
            ("stats", [("-7%", "total recorded crime"), ("83%", "victim satisfaction"),
                       ("GBP 2.6m", "community safety grants"), ("14", "partner boards attended")]),
            ("small", "All figures are illustrative, for this fictional re-creation."),
        ]),
        ("t1", "Theme 1: Putting victims at the centre", review("Putting victims at the centre", [
            ["Keep Beacon open to all victims, whether or not they report to the police",
             "31,000 victims contacted; satisfaction 83%", "Achieved"],
            ["Expand independent sexual violence advisers", "Two new posts funded", "Achieved"],
            ["Offer restorative justice more widely", "212 referrals, up from 140", "Partly achieved"]])),
        ("t2", "Theme 2: Public focus", review("Public focus", [
            ["Protect neighbourhood policing teams", "Team numbers maintained in all ten districts", "Achieved"],
            ["Give the ten community safety partnerships three-year funding", "Agreed for 2024-2027",
             "Achieved"],
            ["Improve 101 answering times", "Average wait 4 minutes 50 seconds", "Not achieved"]])),
        ("t3", "Theme 3: Offender pays", review("Offender pays", [
            ["Use proceeds of crime to fund community projects", "GBP 310,000 awarded to 44 groups", "Achieved"],
            ["Fund a perpetrator programme for domestic abuse", "160 men started the programme",
             "Achieved"],
            ["Increase the use of out-of-court resolutions with conditions", "Pilot in two districts",
             "Partly achieved"]])),
        ("t4", "Theme 4: Business sense", review("Business sense", [
            ["Balance the budget without cutting officer numbers", "Balanced; 2,210 officers", "Achieved"],
            ["Share more estates with the fire service", "Two shared stations opened", "Achieved"],
            ["Collaborate with Bedfordshire and Cambridgeshire", "Joint protective services unit reviewed",
             "Ongoing"]])),
        ("fin", "Finance, performance and accountability", [
            ("table", [["Spending 2024/25 (illustrative)", "GBP m"], ["Police grant and precept", "241.6"],
                       ["Commissioned victims' services", "4.1"], ["Community safety grants", "2.6"],
                       ["Office of the PCC", "1.9"]], [0.7, 0.3]),
            ("p", "The Police and Crime Panel considered this report in June 2025. Decisions, meeting minutes and "
                  "the register of interests are published on the Commissioner's website."),
            ("p", "Contact: commissioner@herts-pcc.example"),
        ]),
    ]
    return rl_simple(out, TITLE, "Office of the Police and Crime Commissioner for Hertfordshire", S, sections,
                     on_page, on_cover, (20 * mm, 20 * mm, 22 * mm, 20 * mm))
