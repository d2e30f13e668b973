"""Bolton Youth Justice Service Strategic Plan 2025-2026 (reportlab, YJB plan headings).

Five priorities, stated once, on p6 as **lettered tiles**: a tall coloured square holding a large white
letter "A" to "E" beside a panel with the priority in bold and one line about it.  The Child First tenets (p5),
the 2024/25 review (p4), the key performance indicators (p8) and the action themes (p7) are distractors.
"""
from greater_manchester import gmkit

PRIORITIES = [("Diverting children away from the justice system", "Out-of-court disposals and Turnaround for children on the edge of the system."),
              ("Reducing reoffending by children", "Intensive support in the first three months of an order."),
              ("Protecting children from criminal exploitation", "Contextual safeguarding with the complex safeguarding team."),
              ("Reducing the over-representation of Black and mixed-heritage children", "Audit every decision point for disproportionality."),
              ("Putting right the harm done to victims through restorative justice", "Offer every identifiable victim a say and a restorative option.")]

D = dict(slug="bolton_yj", file="strategies/bolton_youth_justice_strategic_plan_2025-26.pdf",
         title="Bolton Youth Justice Service Strategic Plan 2025–2026", org="Bolton Youth Justice Service",
         short="Bolton Youth Justice Service · Strategic Plan 2025–2026", cover_lines=["Youth Justice", "Strategic Plan"],
         years="2025 – 2026", colour="#E65100", ctx_title="Review of 2024/25", how_title="Child First",
         foreword=["This plan sets out how the Youth Justice Service and the management board will keep children out "
                   "of the justice system and keep communities safe in 2025/26."],
         signed="Chair, Bolton Youth Justice Management Board", ctx_intro="Performance in 2024/25 (illustrative figures).",
         stats=[("64", "first-time entrants"), ("31%", "reoffending rate"), ("3", "children in custody"),
                ("38%", "of caseload Black or mixed heritage"), ("210", "victims contacted"), ("88%", "in education")],
         findings_title="What went well and what did not", findings=["First-time entrants fell for the third year.",
                                                                     "Black and mixed-heritage children remain over-represented."],
         prev_title="Our 2024/25 priorities", prev_intro="Last year's plan had four priorities:",
         prev=["Prevention", "Education, training and employment", "Serious youth violence", "Victims"],
         how=[("The Youth Justice Board's Child First tenets", ["See children as children", "Develop pro-social identity",
                                                                "Collaborate with children", "Promote diversion"]),
              ("Our board", "The management board meets every quarter and includes the police, health, education and probation.")],
         delivery_intro="Our action plan for 2025/26.", actions_head=["Theme", "Action", "Lead"],
         actions=[["Diversion", "Turnaround and joint decision-making panel", "YJS, police"], ["Reoffending", "Intensive first 12 weeks", "YJS"],
                  ["Exploitation", "Complex safeguarding referrals", "Children's services"], ["Disproportionality", "Decision audit", "Board"],
                  ["Victims", "Restorative justice offer", "YJS"]],
         measures=[["First-time entrants (YJB KPI)", "64", "Down"], ["Reoffending rate (YJB KPI)", "31%", "Down"],
                   ["Children in suitable accommodation", "94%", "Up"], ["Victims engaged in restorative justice", "52%", "Up"]],
         governance="The Youth Justice Management Board oversees this plan and reports to the Youth Justice Board.",
         partners=["Bolton Council", "GMP", "NHS", "Probation Service", "schools and colleges"],
         contact="youthjustice@bolton.example")


def letters(st):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from rl_kit import Paragraph, ParagraphStyle, Table, TableStyle

    big = ParagraphStyle("L", fontName=st["bold"], fontSize=28, leading=30, textColor=colors.white, alignment=1)
    ttl = ParagraphStyle("T", fontName=st["bold"], fontSize=12, leading=15, spaceAfter=3)
    out = [Paragraph("Our priorities for 2025/26", st["h1"]),
           Paragraph("The board agreed five priorities, lettered A to E.", st["body"])]
    for i, (t, line) in enumerate(PRIORITIES):
        tb = Table([[Paragraph("ABCDE"[i], big), [Paragraph(t, ttl), Paragraph(line, st["body"])]]],
                   colWidths=[20 * mm, 154 * mm], rowHeights=[27 * mm])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#E65100")),
                                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#FFF3E0")),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (1, 0), (1, 0), 8),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        out += [tb, Paragraph("", ParagraphStyle("g", spaceAfter=4))]
    return out


def build(out_root):
    return gmkit.rl_build(out_root, D, letters, font="liberation-sans", footer="Page {n}")
