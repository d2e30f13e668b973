"""Standing Together: the Mayor's Police and Crime Plan for Greater Manchester 2025-2029 (reportlab).

In Greater Manchester the Mayor holds the PCC functions, so this is the area's Police and Crime Plan.  Six
priorities, two a page (pp6-8), each stated as the words printed inside a **postage stamp** (a tinted panel with
a scalloped, perforated edge, a "1st"-style value "P1" in the corner and a small circle), followed by the
numbered objectives "1.1 ...".  The principles (p5), "What you told us" (p4), the objectives, the partnership
boards listed (p9) and the budget lines (p10) are distractors.
"""
from greater_manchester import gmkit

FILE = "plan/greater_manchester_police_and_crime_plan_2025-29.pdf"
TITLE = "Standing Together: the Mayor's Police and Crime Plan for Greater Manchester 2025–2029"

PRIORITIES = [
    ("Keeping people safe and supporting victims", "#6A1B9A", [
        "1.1 Make sure every victim gets the support they are entitled to under the Victims' Code, from the first "
        "report to the end of any court case.",
        "1.2 Improve the response to hate crime: support victims, widen third-party reporting and act on community "
        "tensions quickly.",
        "1.3 Protect children and adults at risk of exploitation, including child criminal exploitation, child "
        "sexual exploitation and modern slavery.",
        "1.4 Offer restorative justice to more victims, including victims of crimes committed by children."]),
    ("Reducing harm and offending", "#00796B", [
        "2.1 Reduce serious violence and knife crime with the Violence Reduction Unit, including working with "
        "schools to keep young people in education.",
        "2.2 Get more people into drug and alcohol treatment and recovery and reduce drug-related deaths, with the "
        "Combating Drugs Partnership.",
        "2.3 Reduce reoffending by adults through Integrated Offender Management, settled accommodation and "
        "training and work.",
        "2.4 Divert children from the justice system and reduce reoffending by children, with the ten youth "
        "justice services."]),
    ("Strengthening communities and places", "#EF6C00", [
        "3.1 Keep neighbourhood policing visible and tackle anti-social behaviour with councils and housing "
        "providers.",
        "3.2 Make town centres and the night-time economy safe, including the safety of women and girls on nights "
        "out and on public transport.",
        "3.3 Improve safety on the tram, bus and rail network through the TravelSafe Partnership."]),
    ("Tackling gender-based violence", "#AD1457", [
        "4.1 Respond earlier to domestic abuse, stalking and harassment, and keep victims and their children safe.",
        "4.2 Improve the investigation of rape and sexual offences and the support given to survivors.",
        "4.3 Provide safe accommodation and specialist services, and hold perpetrators to account through "
        "behaviour change programmes.",
        "4.4 Change attitudes through education about healthy relationships."]),
    ("Disrupting serious and organised crime", "#283593", [
        "5.1 Close down county lines and drug supply, and protect people whose homes are cuckooed.",
        "5.2 Take the proceeds of crime from organised crime groups and reinvest them in communities.",
        "5.3 Reduce fraud and economic crime, especially against older people."]),
    ("Building trust and confidence in policing", "#455A64", [
        "6.1 Answer 999 and 101 calls quickly and attend emergencies on time.",
        "6.2 Make complaints and misconduct processes open and timely.",
        "6.3 Deliver the police race action plan and scrutinise stop and search with communities."]),
]

D = dict(
    slug="gm_plan", file=FILE, title=TITLE, org="Greater Manchester Combined Authority",
    short="Standing Together · Police and Crime Plan 2025–2029", colour="#3F2A56", years="2025 – 2029",
    cover_lines=["Standing Together", "The Mayor's Police and", "Crime Plan"],
    contents=[("Foreword from the Mayor", 3), ("What you told us", 4), ("Our principles", 5),
              ("Our priorities", 6), ("Working in partnership", 9), ("Money, measures and accountability", 10)],
    foreword_title="Foreword from the Mayor",
    foreword=[
        "Greater Manchester is at its best when we stand together. This plan sets out what I, as the Mayor with "
        "responsibility for policing and crime, will ask of Greater Manchester Police and of the partners who "
        "share the job of keeping our ten boroughs safe.",
        "Over the last four years we have seen real progress in how quickly calls are answered and how victims "
        "are treated, but people still tell us that they want to see officers in their neighbourhoods and that "
        "they want action on the harm that violence, drugs and abuse cause.",
        "The plan was shaped by the views of more than 4,000 residents, by the Deputy Mayor for Policing, Crime, "
        "Criminal Justice and Fire, and by our community safety partnerships and boards. I will report on it every "
        "year to the Police, Fire and Crime Panel."],
    signed="The Mayor of Greater Manchester",
    ctx_title="What you told us", ctx_intro="Our consultation ran for ten weeks in 2024 (illustrative figures).",
    stats=[("4,100", "survey responses"), ("62%", "feel safe after dark"), ("1 in 3", "worried about ASB"),
           ("38 events", "in every borough"), ("71%", "want more visible policing"), ("2.9m", "residents")],
    findings_title="The main messages",
    findings=["People want to see police officers and PCSOs in their neighbourhood.",
              "Victims want to be kept informed and treated with respect.",
              "Young people want safe places to go and trusted adults to talk to.",
              "Women and girls told us they change how they travel after dark."],
    prev_title="Where we have come from", prev_intro="The previous plan (2022–2025) had three priorities, which this "
    "plan builds on:", prev=["Keeping people safe", "Reducing harm and offending", "Strengthening communities and places"],
    how_title="Our principles",
    how=[("Five principles that run through the plan", ["Putting victims first", "Treating people fairly and with "
          "respect", "Working in partnership", "Acting on evidence", "Being open and accountable"]),
         ("Tackling inequality", "We will look at who is affected by crime and by our response, and act where "
          "outcomes differ between communities."),
         ("Listening to young people", "A young people's panel will review our progress each year.")],
    delivery_title="Working in partnership", measures_title="Money, measures and accountability",
    delivery_intro="No single organisation can deliver this plan. These boards and partnerships lead on parts "
    "of it, and report to the Deputy Mayor.", actions_head=["Board or partnership", "Leads on", "Chair"],
    actions=[["Ten community safety partnerships", "Neighbourhood crime and ASB", "Borough councils"],
             ["Gender-Based Violence Board", "Domestic abuse, sexual violence, stalking", "Deputy Mayor"],
             ["Violence Reduction Unit", "Serious violence", "Deputy Mayor"],
             ["Combating Drugs Partnership", "Drugs and alcohol", "Director of Public Health"],
             ["Reducing Reoffending Board", "Adult reoffending", "Probation Service"],
             ["Youth justice services", "Children in the justice system", "Councils"],
             ["TravelSafe Partnership", "Safety on public transport", "Transport for Greater Manchester"]],
    measures=[["Calls to 999 answered within 10 seconds", "78%", "Up"],
              ["Victims satisfied with the service", "66%", "Up"],
              ["Hospital admissions for assault with a sharp object", "310", "Down"],
              ["People who feel safe in their neighbourhood after dark", "62%", "Up"],
              ["Public confidence in GMP", "58%", "Up"]],
    governance="The Police, Fire and Crime Panel scrutinises the Mayor's delivery of this plan. The Deputy Mayor "
    "holds the Chief Constable to account at monthly accountability meetings held in public. Budget 2025/26 "
    "(illustrative): police grant and precept £840m; victims' services £14m; violence reduction £5m.",
    partners=["Greater Manchester Police", "the ten councils", "NHS Greater Manchester", "the Probation Service",
              "Transport for Greater Manchester", "the voluntary and community sector"],
    contact="policeandcrime@greatermanchester-ca.example",
)


def stamps(st):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from rl_kit import Flowable, PageBreak, Paragraph, ParagraphStyle, Spacer

    class Stamp(Flowable):
        def __init__(self, n, text, colour):
            super().__init__()
            self.n, self.text, self.colour = n, text, colors.HexColor(colour)
            self.w, self.h = 120 * mm, 46 * mm

        def wrap(self, aw, ah):
            return self.w, self.h

        def draw(self):
            c = self.canv
            c.setFillColor(self.colour)
            c.rect(0, 0, self.w, self.h, stroke=0, fill=1)
            c.setFillColor(colors.white)
            r, step = 2.2 * mm, 6 * mm
            x = 0
            while x <= self.w + 0.1:
                c.circle(x, 0, r, stroke=0, fill=1)
                c.circle(x, self.h, r, stroke=0, fill=1)
                x += step
            y = 0
            while y <= self.h + 0.1:
                c.circle(0, y, r, stroke=0, fill=1)
                c.circle(self.w, y, r, stroke=0, fill=1)
                y += step
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.2)
            c.rect(6 * mm, 6 * mm, self.w - 12 * mm, self.h - 12 * mm, stroke=1, fill=0)
            c.setFont(st["bold"], 13)
            c.drawRightString(self.w - 9 * mm, self.h - 15 * mm, f"P{self.n}")
            c.setFont(st["reg"], 6.5)
            c.drawString(9 * mm, 9 * mm, "STANDING TOGETHER · 2025–2029")
            c.circle(self.w - 13 * mm, 13 * mm, 3 * mm, stroke=1, fill=0)  # the worker bee's body, simply drawn
            p = Paragraph(self.text, ParagraphStyle("st", fontName=st["bold"], fontSize=15, leading=18,
                                                     textColor=colors.white))
            _, ph = p.wrap(self.w - 36 * mm, self.h)
            p.drawOn(c, 10 * mm, (self.h - ph) / 2 + 1 * mm)

    obj = ParagraphStyle("o", parent=st["body"], leftIndent=4 * mm)
    out = []
    for i, (text, colour, objectives) in enumerate(PRIORITIES, start=1):
        if i % 2 == 1:
            if i > 1:
                out.append(PageBreak())
            out.append(Paragraph("Our priorities" if i == 1 else "Our priorities (continued)", st["h1"]))
            if i == 1:
                out.append(Paragraph("Six priorities, each with the objectives we will hold partners to.", st["body"]))
        out += [Spacer(1, 3 * mm), Stamp(i, text, colour), Spacer(1, 3 * mm),
                Paragraph("What we will do", st["h2"])] + [Paragraph(o, obj) for o in objectives]
    return out


def build(out_root):
    return gmkit.rl_build(out_root, D, stamps, font="dejavu", footer="— {n} —")
