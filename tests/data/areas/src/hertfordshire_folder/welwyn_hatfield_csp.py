"""Welwyn Hatfield Community Safety Partnership Plan 2026-2029, printed from Word with tracked changes and
comments showing: reportlab (Liberation Sans).  A grey markup pane down the right of every page holds
comment balloons joined by dashed leaders to the text; insertions are blue and underlined, deletions red and
struck through, with a revision bar in the left margin.  The priorities are a numbered list (p5): one
former priority is struck through (deleted) and a new fifth priority is inserted."""
from __future__ import annotations

from . import shared as T
from .kit import (A4, Balloon, ChangeBar, Marker, NextPageTemplate, PageBreak, Paragraph, ParagraphStyle,
                  Spacer, esc, hexc, mm, rl_blocks, rl_build, rl_contents, rl_styles)

NAME = "welwyn_hatfield_csp_plan_2026-29_v3_tracked.pdf"
TITLE = "Welwyn Hatfield Community Safety Partnership Plan 2026-2029"
BLUE = "#1F497D"
W, H = A4
L, R = 22 * mm, 70 * mm
PANE = W - 64 * mm
DX = PANE + 3 * mm - L
BW = 58 * mm


def on_page(c, doc):
    c.saveState()
    c.setFillColor(hexc("#F2F2F2"))
    c.rect(W - 66 * mm, 0, 66 * mm, H, stroke=0, fill=1)
    c.setFont("LiberationSans-Regular", 8)
    c.setFillColor(hexc("#7F7F7F"))
    c.drawString(L, H - 13 * mm, "Welwyn Hatfield CSP Plan 2026-2029 - v3 (tracked changes)")
    c.drawRightString(W - 70 * mm, 12 * mm, f"Page {doc.page}")
    c.restoreState()


def ins(s):
    return f"<u><font color='#1F5FBF'>{esc(s)}</font></u>"


def dele(s):
    return f"<strike><font color='#C00000'>{esc(s)}</font></strike>"


def balloon(label, text, dy=0):
    return Balloon(label, text, DX, BW, "LiberationSans-Regular", dy=dy)


def build(out_root):
    out = out_root / "strategies" / NAME
    S = rl_styles("liberation-sans", "liberation-sans", BLUE, size=9.8)
    width = W - L - R
    item = ParagraphStyle("it", parent=S["body"], fontName=S["bold"], fontSize=10.5, leading=14, leftIndent=18,
                          bulletIndent=0, spaceAfter=2)
    note = ParagraphStyle("nt", parent=S["body"], leftIndent=18, fontSize=9, textColor=hexc("#404040"))
    pri = [
        ("p", "Following the strategic assessment and the public survey, the Responsible Authorities Group "
              "agreed the following priorities for the partnership for 2026-2029:"),
        ("flow", Paragraph("Tackling youth anti-social behaviour", item, bulletText="1.")),
        ("flow", Paragraph("Operation Brillo patrols, diversionary activities and early warnings in the "
                           "hotspots identified by the partnership tasking group.", note)),
        ("flow", Paragraph("Protecting people from exploitation, including county lines", item, bulletText="2.")),
        ("flow", balloon("Comment [PM1]:", "Police Partnership Manager: should cuckooing be named here? Agreed "
                         "at RAG to cover it in the action plan instead.")),
        ("flow", Paragraph("Joint visits to vulnerable tenants, and training for housing and leisure staff to "
                           "spot the signs.", note)),
        ("flow", Paragraph("Supporting victims of domestic abuse and tackling its root causes", item,
                           bulletText="3.")),
        ("flow", Paragraph("Sanctuary scheme, Independent Domestic Violence Advisers and healthy relationships "
                           "work in schools.", note)),
        ("flow", Paragraph("Reducing violence in Hatfield's night-time economy", item, bulletText="4.")),
        ("flow", Paragraph("Licensing, taxi marshals and a safe space near the university campus on Friday "
                           "and Saturday nights.", note)),
        ("flow", ChangeBar(Paragraph(dele("Supporting the community's recovery from the cost-of-living "
                                          "pressures"), item, bulletText="5."))),
        ("flow", balloon("Comment [CS2]:", "Community Safety Manager: deleted - no partner owns this and it "
                         "is not a crime and disorder issue. Replaced with shop theft per strategic "
                         "assessment.", dy=4)),
        ("flow", ChangeBar(Paragraph(ins("Reducing shop theft in our town centres"),
                                     ParagraphStyle("ins", parent=item, bulletColor=hexc("#1F5FBF")),
                                     bulletText="5."))),
        ("flow", ChangeBar(Paragraph(ins("Working with the Business Improvement District, retailers and the "
                                         "police on repeat offenders and organised shop theft."), note))),
        ("flow", Spacer(1, 8)),
        ("p", "The partnership's eight principles (section 2) apply to all five priorities."),
    ]
    sections = [
        ("intro", "1. Introduction", T.foreword("Welwyn Hatfield", "Welwyn Hatfield Community Safety "
                                                "Partnership", "2026-2029")),
        ("princ", "2. How we work: our eight principles", [
            ("ol", ["Evidence-led: we act on the strategic assessment.", "Victim-centred.",
                    "Early intervention before enforcement.", "Problem-solving with communities.",
                    "Sharing information safely.", "Value for money.", "Listening to young people.",
                    "Reviewing what works."]),
            ("flow", balloon("Comment [DS3]:", "Democratic Services: principles unchanged from the 2021 plan - "
                             "OK to keep?")),
            ("h2", "Our priorities 2021-2025"),
        ] + T.previous("2021-2025", [
            "To help people to feel safe within their homes", "To help people feel safe in their community "
            "and local environment", "To identify and protect vulnerable people", "To support and protect "
            "victims of domestic abuse"], "These were reviewed in September 2025 and replaced by the "
            "priorities in section 4.")),
        ("ctx", "3. What the evidence tells us", T.context("Welwyn Hatfield", [
            ("3,020", "ASB reports"), ("+22%", "shop theft"), ("41%", "of violence in the night-time economy")],
            ["Youth ASB clusters around Hatfield town centre and two Welwyn Garden City parks.",
             "Shop theft rose sharply and is concentrated in the two town centres.",
             "Late-night violence is linked to a small number of venues.",
             "Cuckooing cases doubled (from a low base)."])),
        ("pri", "4. Our priorities 2026-2029", pri),
        ("act", "5. Action plan 2026/27", T.action_table([
            ["Youth ASB", "Summer diversion programme with the leisure trust", "Council", "Aug 2026"],
            ["Exploitation", "Cuckooing protocol with housing providers", "Police", "Oct 2026"],
            ["Domestic abuse", "Healthy relationships sessions in four secondary schools", "Council", "Mar 2027"],
            ["Night-time economy", "Taxi marshals and a safe space on weekend nights", "BID / Police", "Sep 2026"],
            ["Shop theft", "Shared offender images with retailers under the data sharing agreement",
             "BID", "Dec 2026"]]) + [("flow", balloon("Comment [FN4]:", "Finance: year 2 costs to be "
                                                      "confirmed after the PCC grant letter."))]
            + T.pcp_quote()),
        ("gov", "6. Measures and governance", T.measures_table([
            ["Youth ASB incidents", "1,180", "-10%"], ["Cuckooing cases closed with safeguarding plan", "24",
                                                       "all"],
            ["Repeat domestic abuse victims", "29%", "under 25%"], ["Violence with injury, night-time economy",
                                                                 "260", "-10%"],
            ["Shop theft offences", "1,450", "-8%"]]) + T.governance("Welwyn Hatfield Community Safety "
                                                                     "Partnership", "Welwyn Hatfield Council")),
    ]
    entries = [(t, k, 0) for k, t, _ in sections]

    def on_cover(c, doc):
        on_page(c, doc)
        c.saveState()
        c.setFont("LiberationSans-Bold", 24)
        c.setFillColor(hexc(BLUE))
        c.drawString(L, H - 90 * mm, "Community Safety")
        c.drawString(L, H - 101 * mm, "Partnership Plan")
        c.setFont("LiberationSans-Regular", 14)
        c.drawString(L, H - 114 * mm, "2026-2029")
        c.setFont("LiberationSans-Regular", 10)
        c.drawString(L, H - 128 * mm, "Welwyn Hatfield Community Safety Partnership")
        c.drawString(L, H - 136 * mm, "Version 3 - tracked changes for RAG sign-off")
        c.setFont("LiberationSans-Regular", 7.5)
        c.drawString(L, 30 * mm, "A fictional re-creation made for testing; not a publication of the partnership.")
        c.restoreState()

    def story(pages, sink):
        st = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]
        st += rl_contents(entries, pages, S, width)
        for k, t, blocks in sections:
            st += [PageBreak(), Marker(k, sink), Paragraph(esc(t), S["h1"])] + rl_blocks(blocks, S, width)
        return st

    rl_build(out, TITLE, "Welwyn Hatfield Community Safety Partnership", story, on_page, on_cover,
             margins=(L, R, 24 * mm, 22 * mm))
    return out
