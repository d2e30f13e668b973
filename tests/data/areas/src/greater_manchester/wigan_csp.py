"""Community Safety Partnership Wigan Borough: Community Safety Plan 2025-2028 (reportlab).

Four priorities, stated once, on p6 as the **output boxes under a funnel**: a drawn funnel narrows from
"What you told us", through "What the data shows" and "What partners know", to four rounded boxes below its
spout that hold the priorities in bold.  The funnel bands are distractors, as are the previous priorities (p4),
the Mayor's priorities (p5) and the action themes (p7).
"""
from greater_manchester import gmkit
from greater_manchester.common_text import MAYOR

PRIORITIES = ["Tackling anti-social behaviour and environmental crime",
              "Protecting children and young people from exploitation",
              "Reducing domestic abuse and its impact on children",
              "Reducing harm from drugs and alcohol"]
BANDS = ["What you told us: 1,800 survey responses", "What the data shows: 14 issues scored",
         "What partners know: six workshops"]

D = dict(slug="wigan_csp", file="strategies/wigan_community_safety_plan_2025-28.pdf",
         title="Community Safety Partnership Wigan Borough: Community Safety Plan 2025–2028",
         org="Wigan Borough Community Safety Partnership", short="Wigan Borough Community Safety Plan 2025–2028",
         cover_lines=["Community Safety", "Plan"], years="2025 – 2028", colour="#1B5E20",
         ctx_title="The borough in context", how_title="How we will work",
         foreword=["Wigan Borough is a place of strong communities. This plan sets out the four things our community "
                   "safety partnership will focus on, chosen with residents through The Deal.",
                   "We will report progress every year."],
         signed="Chair, Wigan Borough Community Safety Partnership", ctx_intro="Illustrative figures for 2024.",
         stats=[("330,000", "residents"), ("6,100", "ASB incidents"), ("2,400", "fly-tipping reports"),
                ("140", "children at risk of exploitation"), ("4,300", "domestic abuse incidents"), ("52", "drug-related deaths (3 yrs)")],
         findings_title="Key findings", findings=["ASB and fly-tipping are residents' top concerns.",
                                                  "Children are present in six in ten domestic abuse incidents."],
         prev_title="Our previous priorities (2021–2024)", prev_intro="The last plan had three priorities:",
         prev=["Safer neighbourhoods", "Protecting vulnerable people", "Tackling organised crime"],
         how=[("Our principles", ["Community-led", "Early intervention", "Tackling inequality"]),
              ("The Mayor's priorities", "We also contribute to Standing Together: " + "; ".join(MAYOR) + ".")],
         delivery_intro="Our delivery plan for year one.", actions_head=["Theme", "Action", "Lead"],
         actions=[["ASB", "Ward tasking; fly-tipping cameras", "Council"], ["Exploitation", "Complex safeguarding hub", "Children's services"],
                  ["Domestic abuse", "Children's IDVA; Operation Encompass", "Council"], ["Substances", "Outreach and naloxone", "Public health"]],
         measures=[["ASB incidents", "6,100", "Down"], ["Fly-tipping reports", "2,400", "Down"],
                   ["Children safeguarded from exploitation", "140", "—"], ["Drug-related deaths", "52", "Down"]],
         governance="The partnership board reports to the Health and Wellbeing Board and the council's scrutiny committee.",
         partners=["Wigan Council", "Greater Manchester Police", "GM Fire and Rescue Service", "NHS", "Probation Service",
                   "Wigan and Leigh Housing"],
         contact="communitysafety@wigan.example")


def funnel(st):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from rl_kit import Flowable, Paragraph, ParagraphStyle, TA_CENTER

    class Funnel(Flowable):
        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 190 * mm

        def draw(self):
            c, W = self.canv, self.aw
            top, bh = 190 * mm, 22 * mm
            fills = ["#A5D6A7", "#66BB6A", "#388E3C"]
            for i, txt in enumerate(BANDS):
                y1, y0 = top - i * bh, top - (i + 1) * bh
                inset1, inset0 = i * 22 * mm, (i + 1) * 22 * mm
                p = c.beginPath()
                p.moveTo(inset1, y1); p.lineTo(W - inset1, y1); p.lineTo(W - inset0, y0); p.lineTo(inset0, y0); p.close()
                c.setFillColor(colors.HexColor(fills[i])); c.drawPath(p, stroke=0, fill=1)
                c.setFillColor(colors.white if i else colors.HexColor("#1B5E20")); c.setFont(st["reg"], 9)
                c.drawCentredString(W / 2, y0 + bh / 2 - 3, txt)
            c.setFillColor(colors.HexColor("#388E3C"))
            c.rect(W / 2 - 8 * mm, top - 3 * bh - 14 * mm, 16 * mm, 14 * mm, stroke=0, fill=1)
            sty = ParagraphStyle("f", fontName=st["bold"], fontSize=11.5, leading=14, alignment=TA_CENTER)
            bw, gap = (W - 3 * 5 * mm) / 4, 5 * mm
            for i, t in enumerate(PRIORITIES):
                x = i * (bw + gap)
                c.setStrokeColor(colors.HexColor("#1B5E20")); c.setLineWidth(1.5); c.setFillColor(colors.HexColor("#F1F8E9"))
                c.roundRect(x, 20 * mm, bw, 62 * mm, 4 * mm, stroke=1, fill=1)
                para = Paragraph(t, sty)
                _, ph = para.wrap(bw - 6 * mm, 60 * mm)
                para.drawOn(c, x + 3 * mm, 20 * mm + (62 * mm - ph) / 2)
            c.setFont(st["reg"], 8); c.setFillColor(colors.HexColor("#555555"))
            c.drawString(0, 10 * mm, "Each priority has a lead partner and a delivery group (page 7).")

    return [Paragraph("Our priorities", st["h1"]),
            Paragraph("We narrowed fourteen issues down to four priorities for 2025–2028.", st["body"]), Funnel()]


def build(out_root):
    return gmkit.rl_build(out_root, D, funnel, font="liberation-sans", footer="Wigan Borough CSP  ·  {n}")
