"""Three Rivers Community Safety Partnership Strategy 2026-2029, consultation DRAFT: reportlab report
(Liberation Serif body, DejaVu Sans headings, green).  A large grey diagonal "DRAFT" watermark across every
page and a "DRAFT v0.7 - for consultation" strip in the header.  The priorities are five boxed rows with a
bold heading and a "What this means" sentence (p5)."""
from __future__ import annotations

from . import shared as T
from .kit import (A4, KeepTogether, Marker, NextPageTemplate, PageBreak, Paragraph, ParagraphStyle, Spacer, Table, TableStyle,
                  esc, hexc, mm, rl_blocks, rl_build, rl_contents, rl_styles)

NAME = "three_rivers_community_safety_partnership_strategy_2026-29_DRAFT.pdf"
TITLE = "Three Rivers Community Safety Partnership Strategy 2026-2029"
GREEN = "#2F6B3A"
PRIORITIES = [
    ("Reducing anti-social behaviour", "Fewer repeat locations and repeat victims, with early warnings, "
     "acceptable behaviour contracts and youth outreach in South Oxhey and Abbots Langley."),
    ("Tackling burglary and vehicle crime", "Target hardening for repeat victims, and Operation Scorpion "
     "patrols with neighbouring districts."),
    ("Supporting victims of domestic abuse", "Quicker referral to the Independent Domestic Violence Advisers "
     "and more awareness training for front-line staff."),
    ("Improving road safety and tackling speeding", "More Community Speedwatch groups and joint enforcement "
     "on the routes residents report most."),
    ("Preventing hate crime and building community cohesion", "Third-party reporting centres, a cohesion "
     "forum and quick responses to community tensions."),
]


def watermark(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(hexc("#D9D9D9"))
    c.setFont("Helvetica-Bold", 130)
    c.translate(W / 2, H / 2)
    c.rotate(52)
    c.drawCentredString(0, -40, "DRAFT")
    c.restoreState()


def on_page(c, doc):
    W, H = A4
    watermark(c, doc)
    c.saveState()
    c.setFillColor(hexc("#FFF2CC"))
    c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#7F6000"))
    c.setFont("Helvetica-Bold", 8)
    c.drawString(20 * mm, H - 7.5 * mm, "DRAFT v0.7 - for consultation - not for publication")
    c.setFont("Helvetica", 8)
    c.setFillColor(hexc("#555555"))
    c.drawRightString(W - 20 * mm, 12 * mm, f"{doc.page}")
    c.drawString(20 * mm, 12 * mm, "Three Rivers CSP Strategy 2026-2029 (draft)")
    c.restoreState()


def on_cover(c, doc):
    W, H = A4
    watermark(c, doc)
    c.saveState()
    c.setFillColor(hexc(GREEN))
    c.rect(0, H * 0.45, W, H * 0.55, stroke=0, fill=1)
    c.setFillColor(hexc("#FFFFFF"))
    c.setFont("DejaVuSans-Bold", 26)
    c.drawString(20 * mm, H - 80 * mm, "Community Safety")
    c.drawString(20 * mm, H - 92 * mm, "Partnership Strategy")
    c.setFont("DejaVuSans", 15)
    c.drawString(20 * mm, H - 106 * mm, "2026-2029")
    c.setFont("DejaVuSans", 11)
    c.drawString(20 * mm, H - 122 * mm, "Three Rivers Community Safety Partnership")
    c.setFillColor(hexc("#7F6000"))
    c.setFont("Helvetica-Bold", 10)
    c.drawString(20 * mm, 40 * mm, "CONSULTATION DRAFT v0.7 - subject to change")
    c.setFont("Helvetica", 8)
    c.setFillColor(hexc("#555555"))
    c.drawString(20 * mm, 32 * mm, "A fictional re-creation made for testing; not a publication of the partnership.")
    c.restoreState()


def priorities_flow(S, width):
    head = ParagraphStyle("ph", fontName=S["hbold"], fontSize=12, leading=15, textColor=hexc(GREEN))
    body = ParagraphStyle("pb", parent=S["body"], fontSize=9, spaceAfter=0)
    out = [Paragraph("Following consultation, the partnership proposes to focus on five priorities for "
                     "2026-2029. We would welcome your views on them.", S["body"]), Spacer(1, 6)]
    for title, means in PRIORITIES:
        t = Table([[Paragraph(esc(title), head)], [Paragraph("<b>What this means:</b> " + esc(means), body)]],
                  colWidths=[width])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, hexc(GREEN)),
                               ("LINEBEFORE", (0, 0), (0, -1), 5, hexc(GREEN)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        out += [KeepTogether(t), Spacer(1, 7)]
    out.append(Paragraph("Consultation question 3: Do you agree with these priorities? Is anything missing?",
                         S["small"]))
    return out


def build(out_root):
    out = out_root / "strategies" / NAME
    S = rl_styles("liberation-serif", "dejavu", GREEN, size=10)
    width = A4[0] - 40 * mm
    sections = [
        ("fw", "Foreword", T.foreword("Three Rivers", "Three Rivers Community Safety Partnership", "2026-2029")),
        ("ctx", "What the evidence tells us",
         T.context("Three Rivers", [("2,140", "anti-social behaviour reports a year"),
                                    ("-9%", "burglary over three years"), ("37", "speeding complaints to "
                                    "councillors a month"), ("18", "hate incidents reported a quarter")],
                   ["Anti-social behaviour is concentrated in four areas and peaks in the summer holidays.",
                    "Burglary has fallen, but a third of victims are repeat victims.",
                    "Residents in the villages rate speeding as their biggest concern.",
                    "Domestic abuse reports rose by 12%, which partners see as a sign of growing confidence."])
         + [("h2", "Our priorities 2023-2026")] + T.previous("2023-2026", [
             "Anti-social behaviour", "Acquisitive crime", "Domestic abuse", "Protecting vulnerable people"],
             "This draft keeps three of those themes and replaces the last with two more specific priorities.")),
        ("pri", "Proposed priorities for 2026-2029", [("flow", x) for x in priorities_flow(S, width)]),
        ("del", "Delivering the strategy", T.statutory() + T.pcp_quote() + T.action_table([
            ["ASB", "Problem-solving plans for the four hotspot areas", "Council / Police", "Sep 2026"],
            ["Acquisitive crime", "Free target hardening for repeat burglary victims", "Police", "Mar 2027"],
            ["Domestic abuse", "Awareness training for housing and leisure staff", "Council", "Dec 2026"],
            ["Roads", "Recruit six new Speedwatch groups", "Police / parishes", "Mar 2027"],
            ["Cohesion", "Set up a community cohesion forum", "Council", "Jul 2026"]])),
        ("gov", "Measuring progress and governance", T.measures_table([
            ["Anti-social behaviour incidents", "2,140", "-10%"], ["Residential burglary", "310", "-5%"],
            ["Domestic abuse referrals to IDVA", "240", "+15%"], ["Speedwatch groups", "9", "15"],
            ["Hate incidents reported", "72", "more reporting"]])
         + T.governance("Three Rivers Community Safety Partnership", "Three Rivers District Council")
         + [("small", "Draft for consultation. Comments by 30 June 2026 to the contact above.")]),
    ]
    entries = [(t, k, 0) for k, t, _ in sections]

    def story(pages, sink):
        st = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]
        st += rl_contents(entries, pages, S, width)
        for k, t, blocks in sections:
            st += [PageBreak(), Marker(k, sink), Paragraph(esc(t), S["h1"])] + rl_blocks(blocks, S, width)
        return st

    rl_build(out, TITLE + " (draft)", "Three Rivers Community Safety Partnership", story, on_page, on_cover,
             margins=(20 * mm, 20 * mm, 24 * mm, 22 * mm))
    return out
