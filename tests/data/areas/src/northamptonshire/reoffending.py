"""Northamptonshire Reducing Reoffending Strategy 2024-2027 (Reducing Reoffending Board): reportlab report
(Liberation Sans body, Liberation Serif headings).

Five priorities, stated once, on p6 as **plant labels stuck in drawn flower pots** "Growing a fresh start":
three pots in the first row and two in the second, each a terracotta pot with soil, a green shoot and a
white pointed plant label on a stake carrying the priority in bold (two to four lines).  No numbers.  Under
the pots, a grey "What helps them grow" note (principles).  The previous strategy's themes (p3), the seven
resettlement pathways and the IOM cohorts (p5), the note under the pots (p6), the task group names (p7) and
the measures (p8) are distractors.
"""
from northamptonshire.kit import e, rl_build
from rl_kit import Flowable, Paragraph, ParagraphStyle, colors, fonts, hexc, mm

FILE = "strategies/northamptonshire_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Northamptonshire Reducing Reoffending Strategy 2024–2027"

PRIORITIES = [
    "Settled homes for people leaving prison",
    "Training and jobs for people with convictions",
    "Managing prolific offenders together through IOM",
    "Tailored support for women in the justice system",
    "Continuity of drug and alcohol treatment from prison into the community",
]

REG, BOLD = fonts("liberation-sans")
lab = ParagraphStyle("lab", fontName=BOLD, fontSize=11, leading=13.5, textColor=hexc("#2E3B1F"), alignment=1)
TERRA, DARKT, SOIL, LEAF = hexc("#C0643A"), hexc("#9A4A27"), hexc("#5A3A22"), hexc("#4F8A2E")


class Pots(Flowable):
    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 200 * mm
        return aw, self.h

    def pot(self, c, cx, base, text):
        # pot
        w_top, w_bot, ph = 44 * mm, 32 * mm, 30 * mm
        p = c.beginPath()
        p.moveTo(cx - w_bot / 2, base)
        p.lineTo(cx + w_bot / 2, base)
        p.lineTo(cx + w_top / 2, base + ph)
        p.lineTo(cx - w_top / 2, base + ph)
        p.close()
        c.setFillColor(TERRA)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(DARKT)
        c.rect(cx - w_top / 2 - 2 * mm, base + ph, w_top + 4 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(SOIL)
        c.ellipse(cx - w_top / 2, base + ph + 4 * mm, cx + w_top / 2, base + ph + 8 * mm, stroke=0, fill=1)
        top = base + ph + 6 * mm
        # shoot
        c.setStrokeColor(LEAF)
        c.setLineWidth(2)
        c.line(cx + 12 * mm, top, cx + 12 * mm, top + 22 * mm)
        c.setFillColor(LEAF)
        c.ellipse(cx + 12 * mm, top + 14 * mm, cx + 22 * mm, top + 19 * mm, stroke=0, fill=1)
        c.ellipse(cx + 3 * mm, top + 18 * mm, cx + 12 * mm, top + 23 * mm, stroke=0, fill=1)
        # label on a stake
        para = Paragraph(e(text), lab)
        lw = 48 * mm
        _, th = para.wrap(lw - 6 * mm, 100 * mm)
        lh = max(th + 8 * mm, 26 * mm)
        lx, ly = cx - 10 * mm - lw / 2, top + 9 * mm
        c.setFillColor(hexc("#E4E1D3"))
        c.rect(lx + lw / 2 - 1.5 * mm, top - 3 * mm, 3 * mm, 12 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FAFAF5"))
        c.setStrokeColor(hexc("#B9B9AE"))
        c.setLineWidth(0.8)
        q = c.beginPath()
        q.moveTo(lx, ly + 6 * mm)
        q.lineTo(lx + lw / 2, ly - 4 * mm)
        q.lineTo(lx + lw, ly + 6 * mm)
        q.lineTo(lx + lw, ly + 6 * mm + lh)
        q.lineTo(lx, ly + 6 * mm + lh)
        q.close()
        c.drawPath(q, stroke=1, fill=1)
        para.drawOn(c, lx + 3 * mm, ly + 6 * mm + (lh - th) / 2)

    def draw(self):
        c = self.canv
        c.setFillColor(hexc("#EEF5E6"))
        c.roundRect(0, 0, self.aw, self.h, 4 * mm, stroke=0, fill=1)
        xs1 = [self.aw * k / 6 for k in (1, 3, 5)]
        xs2 = [self.aw * k / 4 for k in (1, 3)]
        for cx, t in zip(xs1, PRIORITIES[:3]):
            self.pot(c, cx + 8 * mm, 112 * mm, t)
        for cx, t in zip(xs2, PRIORITIES[3:]):
            self.pot(c, cx + 8 * mm, 14 * mm, t)
        c.setFillColor(hexc("#6B6B6B"))
        c.setFont(REG, 8)
        c.drawString(6 * mm, 5 * mm, "What helps them grow: one trusted worker, partners who share information, and "
                                      "employers willing to give people a chance.")


SPEC = dict(
    file=FILE, title=TITLE, org="Northamptonshire Reducing Reoffending Board", c1="#3E6B2A", c2="#C0643A",
    pale="#ECF3E6", running="Northamptonshire Reducing Reoffending Strategy 2024–2027", page_fmt="- {n} -",
    rl_font="liberation-sans", rl_head="liberation-serif",
    cover_title=["Reducing Reoffending", "Strategy"], years="2024–2027",
    cover_sub="The Probation Service, Northamptonshire Police, the councils, HMP Onley and partners",
    back=["Northamptonshire Reducing Reoffending Board", "rrb@northants-partnership.example"],
    sections=[
        ("fw", "Foreword", [
            ("p", "Most crime is committed by people who have offended before. Helping them stop is one of the "
                  "surest ways to protect the public and to prevent the next victim."),
            ("p", "The Reducing Reoffending Board brings together the Probation Service, Northamptonshire Police, "
                  "West and North Northamptonshire Councils, the prisons, the NHS, Jobcentre Plus, the Police, Fire "
                  "and Crime Commissioner and voluntary organisations."),
            ("p", "Our previous strategy (2021–2024) was organised around three themes: Accommodation first; "
                  "Pathways to employment; and Managing risk together. This strategy builds on them."),
            ("sign", "Chair, Northamptonshire Reducing Reoffending Board")]),
        ("ctx", "Reoffending in Northamptonshire", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("24%", "adult proven reoffending rate"), ("1,150", "people released from prison a year"),
                       ("13%", "homeless on the night of release"), ("26%", "in work six months after release"),
                       ("180", "people in the IOM cohort"), ("310", "women supported by the women's centre")])]),
        ("path", "Pathways and cohorts", [
            ("p", "Our work follows the seven resettlement pathways:"),
            ("ul", ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                    "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]),
            ("p", "Integrated Offender Management works with three cohorts: fixed (neighbourhood crime), flex "
                  "(local priorities) and free (chosen by partners).")]),
        ("pri", "Our priorities", [
            ("p", "The board planted five priorities for 2024 to 2027. Each one should grow into a fresh start for "
                  "someone who has offended."),
            ("raw", [Pots()])]),
        ("del", "Delivery", [
            ("p", "Each priority is led by a task group."),
            ("table", [["Task group", "Key actions 2024/25", "Lead"],
                       ["Homes", "A duty to refer from every prison; twenty move-on flats", "Councils"],
                       ["Work", "Employment hubs in Northampton and Corby; employer pledges", "Jobcentre Plus"],
                       ["IOM", "A joint IOM team with shared case records", "Police, Probation"],
                       ["Women", "Women's centre outreach to Kettering and Daventry", "PFCC"],
                       ["Treatment", "Release-day collection by a recovery worker", "Public health"]])]),
        ("mes", "Measures and governance", [
            ("p", "The board meets every quarter and reports to the Local Criminal Justice Board."),
            ("table", [["Measure", "Baseline", "Direction"], ["Homeless on the night of release", "13%", "Down"],
                       ["In work six months after release", "26%", "Up"], ["IOM cohort reoffending", "41%", "Down"],
                       ["Women completing a support plan", "190", "Up"], ["Treatment within three weeks of "
                       "release", "47%", "Up"]]),
            ("note", "Baselines are illustrative.")])])


def build(root):
    return rl_build(SPEC, root)
