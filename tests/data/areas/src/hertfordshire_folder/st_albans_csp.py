"""St Albans City and District Community Safety Partnership Strategy 2026-2029: reportlab (Liberation Sans
Narrow, Liberation Sans headings, teal and amber), in landscape A4 with a 40/60 split: a teal sidebar panel
on the left of each page carries the partnership name and page number, the body on the right.  The priorities are five strategic
aims lettered A-E, each a big amber letter tile beside the aim in bold and its "specific focus" sub-bullets
(p5)."""
from __future__ import annotations

from . import shared as T
from .kit import (A4, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, esc, fonts, hexc, landscape, mm,
                  rl_simple, rl_styles)

NAME = "st_albans_csp_strategy_2026-29.pdf"
TITLE = "St Albans City and District Community Safety Partnership Strategy 2026-2029"
TEAL, AMBER = "#00676B", "#F2A900"
PS = landscape(A4)
W, H = PS
AIMS = [
    ("Tackle anti-social behaviour and street drinking in the city centre",
     ["Joint patrols and the city centre PSPO", "Outreach with the street population"]),
    ("Reduce burglary, vehicle crime and shop theft",
     ["Target hardening for repeat victims", "Business crime partnership with the BID"]),
    ("Protect older and vulnerable residents from scams and cyber crime",
     ["Scams champions in every ward", "Banking protocol with local branches"]),
    ("Reduce violence against women and girls in the night-time economy",
     ["Ask for Angela and welfare officers in licensed venues", "Safe routes home from the station"]),
    ("Reduce drug and alcohol misuse",
     ["Referral pathways into treatment with Spectrum", "Test purchasing and licensing checks"]),
]
SECTIONS_SIDE = {}


def on_page(c, doc):
    c.saveState()
    c.setFillColor(hexc(TEAL))
    c.rect(0, 0, 92 * mm, H, stroke=0, fill=1)
    c.setFillColor(hexc("#FFFFFF"))
    c.setFont("LiberationSans-Bold", 9)
    c.drawString(12 * mm, H - 16 * mm, "St Albans Community Safety Partnership")
    c.setFont("LiberationSans-Regular", 8)
    c.drawString(12 * mm, 12 * mm, f"Strategy 2026-2029  \u2022  page {doc.page}")
    c.setFillColor(hexc(AMBER))
    c.rect(12 * mm, H - 20 * mm, 30 * mm, 1.5 * mm, stroke=0, fill=1)
    c.restoreState()


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(hexc(TEAL))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc(AMBER))
    c.rect(0, 60 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#FFFFFF"))
    c.setFont("LiberationSans-Bold", 32)
    c.drawString(24 * mm, H - 70 * mm, "Safer St Albans")
    c.setFont("LiberationSans-Regular", 16)
    c.drawString(24 * mm, H - 84 * mm, "Community Safety Partnership Strategy 2026-2029")
    c.setFont("LiberationSans-Regular", 8)
    c.drawString(24 * mm, 30 * mm, "A fictional re-creation made for testing; not a publication of the partnership.")
    c.restoreState()


def aims_flow(S, width):
    letter = ParagraphStyle("L", fontName=S["hbold"], fontSize=30, leading=32, textColor=hexc("#FFFFFF"),
                            alignment=1)
    aim = ParagraphStyle("A", fontName=S["hbold"], fontSize=12, leading=15, textColor=hexc(TEAL))
    sub = ParagraphStyle("S", fontName=S["reg"], fontSize=9, leading=11.5, leftIndent=10, bulletIndent=0)
    rows = []
    for i, (a, subs) in enumerate(AIMS):
        cell = [Paragraph(esc(a), aim), Spacer(1, 2),
                Paragraph("<i>Specific focus:</i>", sub)] + [Paragraph(esc(s), sub, bulletText="-") for s in subs]
        rows.append([Paragraph("ABCDE"[i], letter), cell])
    t = Table(rows, colWidths=[20 * mm, width - 20 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), hexc(AMBER)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 3, hexc("#FFFFFF")),
                           ("LINEBELOW", (1, 0), (1, -1), 0.5, hexc("#CCCCCC")),
                           ("LEFTPADDING", (1, 0), (1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [Paragraph("The partnership has agreed five strategic aims for 2026-2029. They are our priorities: "
                      "the areas where partners will pool effort and money. Under each is the specific focus "
                      "for the first year.", S["body"]), Spacer(1, 4), t]


def build(out_root):
    out = out_root / "strategies" / NAME
    S = rl_styles("liberation-narrow", "liberation-sans", TEAL, size=10)
    width = W - 104 * mm - 16 * mm
    sections = [
        ("fw", "Introduction", T.foreword("St Albans City and District", "St Albans Community Safety "
                                          "Partnership", "2026-2029")),
        ("ctx", "Our district and what the data says", T.context("the district", [
            ("2,480", "ASB incidents"), ("690", "burglaries"), ("GBP 1.3m", "lost to scams"),
            ("312", "night-time violence offences")],
            ["Street drinking and begging concentrate around the city centre and the station.",
             "Shop theft has risen in the city centre and Harpenden.",
             "Residents over 65 are targeted by courier fraud.",
             "Women's feelings of safety at night are lowest around St Peter's Street."])),
        ("prev", "Looking back: 2023-2026", T.previous("2023-2026", [
            "To effectively tackle all crime through prevention, detection and prosecution",
            "To protect vulnerable people", "To tackle anti-social behaviour",
            "To reduce drug and alcohol misuse", "To manage the most prolific offenders"],
            "Most of the 2023-2026 aims were broad. Partners asked for sharper aims this time.")
         + T.pcp_quote()),
        ("aims", "Our strategic aims 2026-2029", [("flow", x) for x in aims_flow(S, width)]),
        ("act", "Action plan 2026/27", T.action_table([
            ["City centre", "Renew the city centre PSPO and street outreach", "Council", "Oct 2026"],
            ["Acquisitive crime", "Target hardening for repeat victims", "Police", "Mar 2027"],
            ["Scams", "Recruit 20 scams champions", "Trading Standards", "Dec 2026"],
            ["Night-time economy", "Welfare officers in licensed venues", "Licensing", "Sep 2026"],
            ["Substance misuse", "Fast-track referrals into treatment", "Spectrum", "Jun 2026"]])
         + T.statutory()),
        ("gov", "Measures, governance and contacts", T.measures_table([
            ["ASB incidents", "2,480", "-10%"], ["Burglary", "690", "-5%"], ["Scams losses", "GBP 1.3m", "down"],
            ["Women feeling safe at night", "49%", "60%"], ["Treatment referrals", "180", "+20%"]])
         + T.governance("St Albans Community Safety Partnership", "St Albans City and District Council")),
    ]
    return rl_simple(out, TITLE, "St Albans Community Safety Partnership", S, sections, on_page, on_cover,
                     (104 * mm, 16 * mm, 18 * mm, 18 * mm), pagesize=PS)
