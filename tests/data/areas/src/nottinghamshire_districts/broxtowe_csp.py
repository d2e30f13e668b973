"""Broxtowe Community Safety Partnership Plan 2025-2028 as a council committee report: reportlab (Liberation
Serif), numbered paragraphs; the priorities are the rows of the table in Appendix 1 (p5)."""
from __future__ import annotations

from pathlib import Path

from .kit_rl import C, PageBreak, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, build_pdf, colors, mm

OUT = "strategies/broxtowe_community_safety_partnership_plan_2025-28_committee_report.pdf"
TITLE = "Broxtowe Borough Council Community Safety Committee: Community Safety Partnership Plan 2025\u20132028"
THEME = {"font": "lib-serif", "accent": "#000000", "h2": "#000000", "light": "#F0F0F0", "size": 11.5, "h1": 14,
         "author": "Broxtowe Borough Council", "bullet": "\u2022"}
NEEDLES = {"purpose": "1. Purpose of report", "detail": "3. Detail", "fin": "6. Financial implications",
           "app1": "Appendix 1 Broxtowe Community Safety Partnership Plan",
           "app2": "Appendix 2 Performance against", "app3": "Appendix 3 Equality impact"}


def decorate(c, d, k):
    w, h = d.pagesize
    c.setFont(k.reg, 9)
    c.drawCentredString(w / 2, 12 * mm, str(d.page))
    c.drawRightString(w - 20 * mm, h - 12 * mm, "Community Safety Committee \u2013 12 February 2025")


def para(k, num, text):
    st = ParagraphStyle("np", parent=k.body, leftIndent=13 * mm, firstLineIndent=0)
    t = Table([[Paragraph(num, k.body), Paragraph(text, k.body)]], colWidths=[13 * mm, 157 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def story(pages, k):
    big = ParagraphStyle("big", parent=k.h1, fontSize=16, leading=20, alignment=1)
    s = [Spacer(1, 30 * mm), Paragraph("BROXTOWE BOROUGH COUNCIL", big), Spacer(1, 6 * mm),
         Paragraph("Report of the Chief Executive", ParagraphStyle("c", parent=k.body, alignment=1)),
         Spacer(1, 16 * mm),
         Paragraph("<u>COMMUNITY SAFETY COMMITTEE</u>", ParagraphStyle("c2", parent=k.h2, alignment=1)),
         Paragraph("12 February 2025", ParagraphStyle("c3", parent=k.body, alignment=1)), Spacer(1, 16 * mm),
         Paragraph("<b>BROXTOWE COMMUNITY SAFETY PARTNERSHIP PLAN 2025\u20132028</b>",
                   ParagraphStyle("c4", parent=k.body, alignment=1, fontSize=13, leading=17)),
         Spacer(1, 40 * mm),
         Paragraph("Wards: all \u00b7 Key decision: no \u00b7 Background papers: see section 12",
                   ParagraphStyle("c5", parent=k.small, alignment=1)), PageBreak()]
    s += k.contents([("purpose", "1. Purpose of report and 2. Recommendation"), ("detail", "3. Detail"),
                     ("fin", "4.\u201312. Implications and background papers"),
                     ("app1", "Appendix 1: the Plan's priorities"), ("app2", "Appendix 2: performance 2024/25"),
                     ("app3", "Appendix 3: equality impact assessment (extract)")], pages, leader=False)
    s.append(PageBreak())
    s.append(k.H2("1. Purpose of report"))
    s.append(k.P("To seek the Committee's approval of the Broxtowe Community Safety Partnership Plan 2025\u20132028, "
                 "including its priorities, which are set out in appendix 1."))
    s.append(k.H2("2. Recommendation"))
    s.append(k.P("<b>The Committee is asked to RESOLVE that the Broxtowe Community Safety Partnership Plan "
                 "2025\u20132028 and its priorities, as set out in appendix 1, be approved.</b>"))
    s.append(k.H2("3. Detail"))
    for num, t in [
        ("3.1", "Under the Crime and Disorder Act 1998 the Council, with Nottinghamshire Police, Nottinghamshire "
                "Fire and Rescue Service, Nottinghamshire County Council, the Integrated Care Board and the "
                "Probation Service, must produce a plan to reduce crime and disorder in the borough."),
        ("3.2", "Broxtowe was part of the South Nottinghamshire Community Safety Partnership with Gedling and "
                "Rushcliffe until 2019. Since then it has had its own partnership and plan."),
        ("3.3", "The previous plan's priorities were <i>anti-social behaviour</i>, <i>domestic abuse</i>, "
                "<i>acquisitive crime</i> and <i>safeguarding vulnerable people</i>. Performance against them is "
                "at appendix 2."),
        ("3.4", "The new plan was drafted from the partnership's strategic assessment and a residents' survey. "
                "Its five priorities, the reason for each and the lead partner are set out in appendix 1."),
        ("3.5", "Serious violence, knife crime and drug supply are led by the county-wide Violence Reduction "
                "Partnership and the Combating Drugs Partnership; Broxtowe will contribute to both."),
        ("3.6", "The plan has had regard to the Police and Crime Plan 2025\u20132029 of the Police and Crime "
                "Commissioner for Nottinghamshire.")]:
        s.append(para(k, num, t))
    s.append(PageBreak())
    for num, head, t in [
        ("4.", "Key decision", "This report is not a key decision."),
        ("5.", "Updates from scrutiny", "The Overview and Scrutiny Committee considered the draft plan on 20 January "
               "2025 and asked that scams against older residents be included; this has been done."),
        ("6.", "Financial implications", "The plan will be delivered within existing budgets. The Police and "
               "Crime Commissioner's community safety grant for 2025\u201326 is \u00a345,500 (illustrative)."),
        ("7.", "Legal implications", "The plan meets the Council's duties under sections 5 and 6 of the Crime "
               "and Disorder Act 1998 and section 17 of that Act."),
        ("8.", "Human resources implications", "None."),
        ("9.", "Union comments", "None."),
        ("10.", "Climate change implications", "None."),
        ("11.", "Equality impact assessment", "An assessment is at appendix 3."),
        ("12.", "Background papers", "Broxtowe Community Safety Partnership Strategic Assessment 2024; "
                "residents' survey results, November 2024.")]:
        s.append(k.H2(f"{num} {head}"))
        s.append(k.P(t))
    s.append(PageBreak())
    s.append(k.H2("Appendix 1"))
    s.append(k.P("<b>Broxtowe Community Safety Partnership Plan 2025\u20132028: priorities</b>"))
    pst = ParagraphStyle("pp", parent=k.cellb, fontSize=11, leading=14)
    rows = [["Priority", "Why it is a priority", "Lead partner"]]
    for pr, why, lead in [
        ("Reduce anti-social behaviour in Beeston, Stapleford, Eastwood and Kimberley",
         "Most reported concern in the survey; 2,870 incidents in 2024 (illustrative)", "Broxtowe Borough Council"),
        ("Reduce burglary and vehicle crime", "Burglary rose 9% in the south of the borough", "Nottinghamshire Police"),
        ("Tackle domestic abuse and protect those at risk", "One in four violent crimes is domestic abuse related",
         "Nottinghamshire County Council"),
        ("Protect vulnerable people from scams and fraud", "Older residents lost an estimated \u00a3610,000 to scams",
         "Trading Standards and Nottinghamshire Police"),
        ("Improve the response to people in mental health crisis",
         "Police and council officers report rising mental health demand", "Integrated Care Board")]:
        rows.append([Paragraph(pr, pst), why, lead])
    grey = colors.HexColor("#D9D9D9")
    t = k.table(rows, [62 * mm, 70 * mm, 38 * mm], zebra=False, head_bg=grey, grid="#000000")
    t.setStyle(TableStyle([("TEXTCOLOR", (0, 0), (-1, 0), colors.black)]))
    s.append(t)
    s[-1]._cellvalues[0] = [Paragraph(f"<b>{x}</b>", k.cell) for x in ["Priority", "Why it is a priority", "Lead partner"]]
    s.append(Spacer(1, 6))
    s.append(k.P("Each priority will have an action plan agreed by the partnership board in April 2025."))
    s.append(PageBreak())
    s.append(k.H2("Appendix 2"))
    s.append(k.P("<b>Performance against the 2022\u20132025 priorities</b> (illustrative figures)"))
    s.append(k.table([["2022\u20132025 priority", "Measure", "Result"],
                      ["Anti-social behaviour", "ASB incidents", "Down 6%"],
                      ["Domestic abuse", "Repeat victims referred to MARAC", "Down 3%"],
                      ["Acquisitive crime", "Burglary and vehicle crime", "Up 4%"],
                      ["Safeguarding vulnerable people", "Scam marshals recruited", "140"]],
                     [60 * mm, 70 * mm, 40 * mm], head_bg=C("#555555")))
    s.append(PageBreak())
    s.append(k.H2("Appendix 3"))
    s.append(k.P("<b>Equality impact assessment (extract)</b>"))
    s.append(k.table([["Protected characteristic", "Impact", "Notes"],
                      ["Age", "Positive", "Scams priority focuses on older residents"],
                      ["Disability", "Positive", "Mental health priority"],
                      ["Sex", "Positive", "Domestic abuse affects women disproportionately"],
                      ["Race", "Neutral", "Hate crime monitored through the partnership"],
                      ["Other characteristics", "Neutral", "No adverse impact identified"]],
                     [50 * mm, 30 * mm, 90 * mm], head_bg=C("#555555")))
    return s


def build(root: Path) -> Path:
    return build_pdf(root / OUT, THEME, story, NEEDLES, TITLE, decorate=decorate)
