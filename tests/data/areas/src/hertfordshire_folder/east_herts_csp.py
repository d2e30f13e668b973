"""East Herts Community Safety Partnership Strategy 2026-2029: reportlab (DejaVu Sans Condensed body,
Liberation Serif headings, plum).  Magazine-style pages with a thin plum rule and a section name in small
capitals at the top.  The priorities sit in a shaded right-hand sidebar box "OUR PRIORITIES 2026-29" with
check-mark bullets, beside the narrative column "Why these priorities?" (p5)."""
from __future__ import annotations

from . import shared as T
from .kit import (A4, fonts, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, esc, hexc, mm, rl_simple,
                  rl_styles)

NAME = "east_herts_community_safety_strategy_2026-29.pdf"
TITLE = "East Herts Community Safety Partnership Strategy 2026-2029"
PLUM = "#6B2D5C"
W, H = A4
PRIORITIES = ["Anti-social behaviour and neighbourhood crime",
              "Rural crime, including hare coursing and fly-tipping",
              "Violence against women and girls",
              "Fraud and scams",
              "Community cohesion and hate crime"]


def on_page(c, doc):
    c.saveState()
    c.setStrokeColor(hexc(PLUM))
    c.setLineWidth(2)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFont("DejaVuSansCondensed", 7.5)
    c.setFillColor(hexc(PLUM))
    c.drawString(18 * mm, H - 11.5 * mm, "EAST HERTS COMMUNITY SAFETY PARTNERSHIP")
    c.drawRightString(W - 18 * mm, 10 * mm, f"east herts csp  |  {doc.page}")
    c.restoreState()


def on_cover(c, doc):
    c.saveState()
    c.setFillColor(hexc(PLUM))
    c.rect(0, 0, 70 * mm, H, stroke=0, fill=1)
    c.setFillColor(hexc("#E8D5E2"))
    c.circle(150 * mm, 200 * mm, 45 * mm, stroke=0, fill=1)
    c.setFillColor(hexc(PLUM))
    c.setFont("LiberationSerif-Bold", 30)
    c.drawString(80 * mm, 110 * mm, "Safer East Herts")
    c.setFont("LiberationSerif-Regular", 14)
    c.drawString(80 * mm, 98 * mm, "Community Safety Partnership")
    c.drawString(80 * mm, 90 * mm, "Strategy 2026-2029")
    c.setFont("DejaVuSansCondensed", 7)
    c.setFillColor(hexc("#555555"))
    c.drawString(80 * mm, 20 * mm, "A fictional re-creation made for testing; not a publication of the partnership.")
    c.restoreState()


def priorities_flow(S, width):
    fonts("dejavu")
    body = ParagraphStyle("eb", parent=S["body"], fontSize=9.4)
    side_h = ParagraphStyle("sh", fontName=S["bold"], fontSize=10, leading=13, textColor=hexc("#FFFFFF"))
    side = ParagraphStyle("si", fontName=S["bold"], fontSize=10.5, leading=13.5, textColor=hexc(PLUM),
                          leftIndent=14, bulletIndent=0, bulletFontName="DejaVuSans", spaceAfter=7)
    left = [Paragraph("Why these priorities?", S["h2"]),
            Paragraph("The partnership's strategic assessment, the residents' survey and conversations with "
                      "parish councils all pointed in the same direction. Anti-social behaviour and "
                      "neighbourhood crime remain the issues most residents raise. In a district that is "
                      "two-thirds farmland, rural crime matters far more than the figures suggest.", body),
            Paragraph("Women and girls told us they change their routes home after dark, and domestic abuse "
                      "remains the largest single source of harm reported to partners. Older residents lost "
                      "more money to scams last year than to burglary. And after two periods of community "
                      "tension, partners want to invest in cohesion before problems start.", body),
            Paragraph("These are not the only issues partners deal with: each agency keeps its own "
                      "responsibilities. They are the issues where working together adds the most.", body)]
    right = [Paragraph("OUR PRIORITIES 2026-29", side_h)]
    boxed = [Paragraph(esc(p), side, bulletText="\u2714") for p in PRIORITIES]
    inner = Table([[x] for x in boxed], colWidths=[width * 0.38 - 16])
    inner.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    sidebar = Table([[right[0]], [inner]], colWidths=[width * 0.38])
    sidebar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc(PLUM)),
                                 ("BACKGROUND", (0, 1), (-1, 1), hexc("#F3E8F0")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 7),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    t = Table([[left, sidebar]], colWidths=[width * 0.6, width * 0.4])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 12)]))
    return [t, Spacer(1, 10)]


def build(out_root):
    out = out_root / "strategies" / NAME
    S = rl_styles("dejavu-cond", "liberation-serif", PLUM, size=9.6)
    width = W - 36 * mm
    sections = [
        ("fw", "A message from the chair", T.foreword("East Herts", "East Herts Community Safety Partnership",
                                                      "2026-2029")
         + [("quote", "Our market towns and villages are safe places, and we intend to keep them that way.",
             "Chair, East Herts CSP")]),
        ("ctx", "East Herts in numbers", T.context("East Herts", [
            ("151,000", "residents (illustrative)"), ("1,760", "ASB reports"), ("GBP 2.1m", "lost to fraud"),
            ("94", "hare coursing reports")],
            ["Anti-social behaviour is highest in Bishop's Stortford, Hertford and Ware town centres.",
             "Rural crime is under-reported; farmers report only one incident in three.",
             "Residents over 70 are the most frequent victims of courier and romance fraud.",
             "Hate incidents rose after two national events in 2025."])
         + [("h2", "Our 2023-2026 priorities")] + T.previous("2023-2026", [
             "Anti-social behaviour", "Protecting vulnerable people", "Domestic abuse", "Rural crime"],
             "Protecting vulnerable people has been split into two more focused priorities.")),
        ("pri", "Our priorities", [("flow", x) for x in priorities_flow(S, width)]
         + [("p", "Each priority has a task group and a short action plan, refreshed every year.")]),
        ("ctxt", "The bigger picture", T.statutory("The Safer Hertfordshire Board co-ordinates county-wide "
                                                   "work on domestic abuse, drugs and serious violence.")
         + T.pcp_quote()),
        ("act", "What we will do in 2026/27", T.action_table([
            ["ASB", "Monthly tasking for the three town centres", "Council / Police", "Ongoing"],
            ["Rural", "Join Operation Galileo and the Rural Crime Partnership", "Police", "Sep 2026"],
            ["VAWG", "Walk and talk sessions with women in each town", "Council", "Dec 2026"],
            ["Fraud", "Scams awareness at 40 community groups", "Trading Standards", "Mar 2027"],
            ["Cohesion", "Community tension monitoring group", "Council", "Jul 2026"]])),
        ("gov", "How we will measure progress", T.measures_table([
            ["ASB incidents", "1,760", "-8%"], ["Rural crime reports", "410", "more reporting"],
            ["Women who feel safe after dark", "54%", "65%"], ["Fraud losses (reported)", "GBP 2.1m", "down"],
            ["Hate incidents reported", "88", "more reporting"]])
         + T.governance("East Herts Community Safety Partnership", "East Herts Council")),
    ]
    return rl_simple(out, TITLE, "East Herts Community Safety Partnership", S, sections, on_page, on_cover,
                     (18 * mm, 18 * mm, 22 * mm, 20 * mm))
