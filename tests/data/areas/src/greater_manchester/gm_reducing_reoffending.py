"""Greater Manchester Reducing Reoffending Strategy 2025-2028 (reportlab).

Four priorities, stated once, on p6 as **a row of four doors** ("Opening doors"): tall drawn doors with a
fanlight, panels and a knob, each with the priority in bold on a plaque across its middle.  The seven
resettlement pathways (p5), the previous strategy's themes (p4) and the task group names (p7) are distractors.
"""
from greater_manchester import gmkit

PRIORITIES = ["Finding settled homes for people leaving prison",
              "Helping people on probation into training and work",
              "Managing the most prolific offenders through Integrated Offender Management",
              "Changing the behaviour of domestic abuse perpetrators"]

D = dict(slug="gm_reo", file="strategies/greater_manchester_reducing_reoffending_strategy_2025-28.pdf",
         title="Greater Manchester Reducing Reoffending Strategy 2025–2028", org="Greater Manchester Reducing Reoffending Board",
         short="GM Reducing Reoffending Strategy 2025–2028", cover_lines=["Reducing Reoffending", "Strategy"],
         years="2025 – 2028", colour="#37474F", ctx_title="Reoffending in Greater Manchester", how_title="Our framework",
         foreword=["Most crime is committed by people who have offended before. Helping them to stop protects the "
                   "public and saves money. This strategy sets out how the Board's members will do that together."],
         signed="Chair, Greater Manchester Reducing Reoffending Board (Regional Probation Director)",
         ctx_intro="Illustrative figures, 2024.",
         stats=[("25,000", "people on probation"), ("29%", "adult proven reoffending"), ("13%", "released homeless"),
                ("21%", "in work six weeks after release"), ("1,300", "people managed by IOM"), ("2,700", "DA perpetrators on probation")],
         findings_title="Key findings", findings=["People released homeless are far more likely to reoffend.",
                                                  "One in ten people on probation is a domestic abuse perpetrator."],
         prev_title="Our 2021–2024 strategy", prev_intro="The previous strategy had four themes:",
         prev=["Accommodation", "Employment", "Health", "Women"],
         how=[("The seven resettlement pathways", ["Accommodation", "Education, training and employment", "Health",
                                                    "Drugs and alcohol", "Finance, benefit and debt",
                                                    "Children and families", "Attitudes, thinking and behaviour"]),
              ("Integrated Offender Management", "The fixed, flex and free cohorts are managed jointly by police and probation.")],
         delivery_intro="Task groups lead the work.", actions_head=["Task group", "Action", "Lead"],
         actions=[["Homes", "Accommodation duty at release; CAS3 beds", "Probation, councils"],
                  ["Jobs", "Employment hubs in every borough", "DWP, Probation"],
                  ["IOM", "Joint IOM units in ten boroughs", "GMP, Probation"],
                  ["Perpetrators", "Building Better Relationships programme", "Probation"]],
         measures=[["Proven reoffending rate", "29%", "Down"], ["Released homeless", "13%", "Down"],
                   ["In work six weeks after release", "21%", "Up"]],
         governance="The Board reports to the Deputy Mayor and the Local Criminal Justice Board.",
         partners=["Probation Service", "GMP", "HM Prison and Probation Service", "DWP", "the ten councils", "NHS"],
         contact="reducingreoffending@probation.example")


def doors(st):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from rl_kit import Flowable, Paragraph, ParagraphStyle, TA_CENTER

    class Doors(Flowable):
        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 150 * mm

        def draw(self):
            c = self.canv
            dw, gap = (self.aw - 3 * 6 * mm) / 4, 6 * mm
            fills = ["#1565C0", "#2E7D32", "#C62828", "#6A1B9A"]
            sty = ParagraphStyle("p", fontName=st["bold"], fontSize=10.5, leading=13, alignment=TA_CENTER)
            for i, t in enumerate(PRIORITIES):
                x = i * (dw + gap)
                c.setFillColor(colors.HexColor(fills[i]))
                c.rect(x, 0, dw, 120 * mm, stroke=0, fill=1)
                c.wedge(x, 120 * mm - dw / 2, x + dw, 120 * mm + dw / 2, 0, 180, stroke=0, fill=1)
                c.setStrokeColor(colors.white); c.setLineWidth(1)
                c.rect(x + 4 * mm, 8 * mm, dw - 8 * mm, 28 * mm, stroke=1, fill=0)
                c.rect(x + 4 * mm, 92 * mm, dw - 8 * mm, 24 * mm, stroke=1, fill=0)
                c.setFillColor(colors.HexColor("#FFD54F"))
                c.circle(x + dw - 6 * mm, 62 * mm, 2 * mm, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.rect(x + 2 * mm, 42 * mm, dw - 4 * mm, 46 * mm, stroke=0, fill=1)
                p = Paragraph(t, sty)
                _, ph = p.wrap(dw - 8 * mm, 44 * mm)
                p.drawOn(c, x + 4 * mm, 42 * mm + (46 * mm - ph) / 2)

    return [Paragraph("Opening doors: our priorities", st["h1"]),
            Paragraph("Four doors out of offending. Behind each is a task group and a set of actions (page 7).", st["body"]),
            Doors()]


def build(out_root):
    return gmkit.rl_build(out_root, D, doors, font="liberation-sans", footer="( {n} )")
