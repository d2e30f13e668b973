"""Northamptonshire Serious Violence Prevention Partnership Strategy 2024-2029: reportlab report
(DejaVu Sans Condensed body, Liberation Serif headings).

Four priorities, stated once, on p6 as the **items of a drawn prescription form** "A public health
prescription for Northamptonshire": a pale green pad with a large "Rx" mark, form fields ("Prescriber",
"For", "Date"), then four numbered items, each the priority in bold with a grey italic "Dose: ..." line under
it, and a signature line at the foot.  The Serious Violence Duty and specified authorities (p4), the Home Office
success measures and the public health approach (p5), the form fields and dose lines (p6), the intervention
titles (p7) and the local measures (p8) are distractors.
"""
from northamptonshire.kit import e, rl_build
from rl_kit import Flowable, Paragraph, ParagraphStyle, colors, fonts, hexc, mm

FILE = "strategies/northamptonshire_serious_violence_strategy_2024-29.pdf"
TITLE = "Northamptonshire Serious Violence Prevention Strategy 2024–2029"

PRIORITIES = [
    ("Reducing knife crime and serious violence in our hotspot areas",
     "Dose: focused patrols, lighting and youth work in six hotspots, reviewed every quarter."),
    ("Reaching young people at teachable moments in A&E and custody",
     "Dose: youth workers in Northampton General and Kettering General A&E and in custody, seven days a week."),
    ("Protecting children from criminal exploitation and county lines",
     "Dose: one exploitation panel for the county, with a named worker for every child at risk."),
    ("Reducing serious violence linked to the night-time economy",
     "Dose: licensing conditions, welfare hubs and street pastors on Friday and Saturday nights."),
]

REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
GREEN, INK = hexc("#0E6B5C"), hexc("#12312C")
item = ParagraphStyle("item", fontName=BOLD, fontSize=13, leading=16.5, textColor=INK)
dose = ParagraphStyle("dose", fontName=REG, fontSize=8.6, leading=11, textColor=hexc("#666666"))


class Prescription(Flowable):
    def wrap(self, aw, ah):
        self.aw = aw
        self.rows = []
        for name, d in PRIORITIES:
            p, q = Paragraph(e(name), item), Paragraph(e(d), dose)
            _, h1 = p.wrap(aw - 34 * mm, ah)
            _, h2 = q.wrap(aw - 34 * mm, ah)
            self.rows.append((p, h1, q, h2))
        self.h = 62 * mm + sum(h1 + h2 + 9 * mm for _, h1, _, h2 in self.rows) + 26 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(hexc("#D5DCD9"))
        c.rect(2 * mm, -2 * mm, self.aw, self.h, stroke=0, fill=1)
        c.setFillColor(hexc("#F1F8F4"))
        c.setStrokeColor(GREEN)
        c.setLineWidth(1.2)
        c.rect(0, 0, self.aw, self.h, stroke=1, fill=1)
        c.setFillColor(GREEN)
        c.rect(0, self.h - 14 * mm, self.aw, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 10)
        c.drawString(8 * mm, self.h - 9 * mm, "NORTHAMPTONSHIRE SERIOUS VIOLENCE PREVENTION PARTNERSHIP")
        c.setFillColor(GREEN)
        c.setFont(SBOLD, 40)
        c.drawString(8 * mm, self.h - 33 * mm, "Rx")
        c.setFont(REG, 9)
        c.setFillColor(INK)
        y = self.h - 22 * mm
        for lab, val in (("Prescriber:", "the partnership board"), ("For:", "the people of Northamptonshire"),
                         ("Date:", "April 2024, review 2029")):
            c.drawString(42 * mm, y, lab)
            c.drawString(62 * mm, y, val)
            c.setStrokeColor(hexc("#9BBFB5"))
            c.setLineWidth(0.5)
            c.line(61 * mm, y - 1.5 * mm, self.aw - 8 * mm, y - 1.5 * mm)
            y -= 7 * mm
        c.setStrokeColor(GREEN)
        c.line(8 * mm, self.h - 56 * mm, self.aw - 8 * mm, self.h - 56 * mm)
        y = self.h - 62 * mm
        for i, (p, h1, q, h2) in enumerate(self.rows, 1):
            c.setFillColor(GREEN)
            c.circle(13 * mm, y - 3 * mm, 4 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(BOLD, 11)
            c.drawCentredString(13 * mm, y - 4.6 * mm, str(i))
            p.drawOn(c, 24 * mm, y - h1)
            q.drawOn(c, 24 * mm, y - h1 - h2 - 1.5 * mm)
            y -= h1 + h2 + 9 * mm
        c.setStrokeColor(INK)
        c.setFillColor(INK)
        c.line(self.aw - 80 * mm, 14 * mm, self.aw - 8 * mm, 14 * mm)
        c.setFont(REG, 8)
        c.drawString(self.aw - 80 * mm, 9 * mm, "Signed: Chair of the partnership board")
        c.drawString(8 * mm, 9 * mm, "Repeat: yearly review")


SPEC = dict(
    file=FILE, title=TITLE, org="Northamptonshire Serious Violence Prevention Partnership", c1="#0E6B5C",
    c2="#E0A526", pale="#E3F1EC", running="Serious Violence Prevention Strategy 2024–2029",
    page_fmt="Page {n} of 9", rl_font="dejavu-cond", rl_head="liberation-serif",
    cover_title=["Serious Violence", "Prevention Strategy"], years="2024–2029",
    cover_sub="Our response to the Serious Violence Duty in West and North Northamptonshire",
    back=["Northamptonshire Serious Violence Prevention Partnership", "svpp@northants-partnership.example"],
    sections=[
        ("fw", "Foreword", [
            ("p", "Serious violence is rare in Northamptonshire, but its harm is devastating and it falls most "
                  "heavily on young people. We believe it is preventable, like an illness, if we treat its causes."),
            ("p", "The Serious Violence Prevention Partnership was formed to meet the Serious Violence Duty. It is "
                  "convened by the Police, Fire and Crime Commissioner and brings together the specified authorities "
                  "with schools, the voluntary sector and young people themselves."),
            ("p", "This strategy is our response to the strategic needs assessment. We have written our priorities "
                  "as a prescription, because we are taking a public health approach."),
            ("sign", "Chair, Northamptonshire Serious Violence Prevention Partnership")]),
        ("duty", "The Serious Violence Duty", [
            ("p", "The Police, Crime, Sentencing and Courts Act 2022 requires the specified authorities to work "
                  "together to prevent and reduce serious violence. The figures below are illustrative."),
            ("ul", ["Specified authorities: the police, both councils, the fire and rescue service, the Integrated "
                    "Care Board, the Probation Service and the youth justice service.",
                    "Relevant authorities: schools, colleges and the prison and youth custody estate."]),
            ("stats", [("410", "knife crime offences"), ("96", "hospital admissions for assault with a sharp object"),
                       ("48%", "of victims aged under 25"), ("6", "hotspot areas"),
                       ("3", "homicides in 2023/24"), ("62%", "of violence at night in town centres")])]),
        ("appr", "Our approach", [
            ("p", "The Home Office success measures for the Duty are:"),
            ("ul", ["A reduction in hospital admissions for assaults with a knife or sharp object, especially among "
                    "those aged under 25",
                    "A reduction in knife and sharp object enabled serious violence recorded by the police",
                    "A reduction in homicides recorded by the police"]),
            ("h", "The public health approach"),
            ("ul", ["Define the problem with data.", "Identify the risk and protective factors.",
                    "Develop and test interventions.", "Scale up what works."])]),
        ("pri", "Our priorities", [
            ("p", "The partnership board prescribed four priorities for the five years of this strategy."),
            ("raw", [Prescription()])]),
        ("int", "Interventions", [
            ("p", "The interventions we will fund in 2024/25 are listed below, with the lead partner."),
            ("table", [["Intervention", "What it is", "Lead"],
                       ["Hotspot plans", "Patrols, lighting and youth work in six areas", "Police"],
                       ["Navigators", "Youth workers in A&E and custody", "ICB"],
                       ["Exploitation panel", "One panel for the county, named worker per child", "Councils"],
                       ["Safer nights", "Welfare hubs, street pastors, licensing conditions", "Councils"],
                       ["Mentoring", "Sports-based mentoring for children excluded from school", "PFCC"]])]),
        ("mes", "Measures and governance", [
            ("p", "The board meets quarterly and reports to the Police, Fire and Crime Commissioner."),
            ("table", [["Measure", "Baseline", "Direction"], ["Knife crime offences", "410", "Down"],
                       ["Sharp-object assault admissions, under 25", "46", "Down"],
                       ["Young people engaged at A&E", "210", "Up"], ["Night-time violence in town centres",
                       "1,050", "Down"]]),
            ("note", "Baselines are illustrative.")])])


def build(root):
    return rl_build(SPEC, root)
