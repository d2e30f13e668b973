"""Police and Crime Plan for Kent and Medway 2026-2030 (fictional edition): reportlab brochure.

Six priorities, two per page (pp5-7).  Each priority is **lettered in white on the round kiln of a drawn oast
house** (brick roundel, conical roof, white cowl, a weatherboarded barn behind); beside each oast a tinted
panel holds the numbered objectives "1.1 ...", which decide where partner priorities belong.  No priority
number is printed.  Distractors: "What you told us" (p4), the previous plan's priorities and the partnership
list (p8), the measures and budget (p9).
"""
from kent_districts import rkit
from rl_kit import (Flowable, PageBreak, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors, hexc,
                    mm, TA_CENTER)

FILE = "plan/kent_and_medway_police_and_crime_plan_2026-30.pdf"

PRIORITIES = [
    ("Safer neighbourhoods and streets", "#8C2F1E", [
        "Work with the community safety partnerships to reduce anti-social behaviour, burglary, vehicle crime and "
        "other neighbourhood crime.",
        "Keep town centres and the night-time economy safe, including violence and disorder at night, through "
        "licensing, Best Bar None and Purple Flag; and tackle shoplifting and retail crime with businesses.",
        "Protect rural communities from rural, wildlife and heritage crime and from fly-tipping, through the "
        "Rural Task Force.",
        "Cut dangerous and anti-social driving and support Community Speedwatch, working with the Safety Camera "
        "Partnership and Kent Fire and Rescue Service so that fewer people are killed or seriously injured on "
        "our roads."]),
    ("Tackling violence and exploitation", "#5B3A29", [
        "Reduce serious violence and knife crime with the Kent and Medway Violence Reduction Unit, including "
        "mentoring and early intervention for young people involved in or at risk of violence.",
        "Disrupt drug supply, county lines and the violence of drug markets.",
        "Protect children and adults from criminal and sexual exploitation, cuckooing, modern slavery and human "
        "trafficking."]),
    ("Ending violence against women and girls", "#7A2848", [
        "Identify domestic abuse earlier and improve the response to victims and their children, including "
        "through Operation Encompass.",
        "Raise charge rates for rape and serious sexual offences, and tackle stalking and harassment.",
        "Make streets, parks and public transport safer for women and girls at every time of day.",
        "Hold perpetrators to account and change their behaviour, through perpetrator programmes and "
        "protection orders.",
        "Prevent abuse before it starts, through healthy relationships education with schools and colleges."]),
    ("Supporting victims and witnesses", "#1F5C4A", [
        "Commission services so that every victim of crime gets the support they need to cope and recover, "
        "whether or not they report to the police.",
        "Fund specialist support for victims of domestic abuse and sexual violence, including independent "
        "advisers, refuges and other safe accommodation.",
        "Protect older and vulnerable people from fraud, scams and doorstep crime, and support those who are "
        "targeted.",
        "Encourage the reporting of hate crime and support the people and communities it targets.",
        "Offer restorative justice to every victim who wants it, and make sure the Victims' Code is met."]),
    ("Intervening early to prevent harm", "#2E4A7A", [
        "Divert children from crime and from the criminal justice system, with the youth justice services "
        "(including Turnaround) and schools.",
        "Get more people into drug and alcohol treatment and recovery, and cut drug and alcohol related deaths, "
        "with the Kent and Medway Combating Drugs Partnership.",
        "Reduce reoffending: integrated offender management of the most prolific offenders, and accommodation, "
        "training and work for people leaving prison or on probation.",
        "Make sure people in mental health crisis get help from the right service, through street triage and "
        "Right Care, Right Person."]),
    ("A police service the public can trust", "#4A4A4A", [
        "Keep neighbourhood policing visible and local, with named officers for every ward.",
        "Answer 999 and 101 calls quickly and keep victims updated.",
        "Hold the force to high standards of conduct, root out misconduct and build a workforce that reflects "
        "Kent and Medway.",
        "Deliver value for money from the policing budget."]),
]


class Oast(Flowable):
    """A drawn oast house: weatherboarded barn, round brick kiln with the priority lettered on it, cone roof
    and white cowl."""

    def __init__(self, text, brick, font, w=66 * mm, h=104 * mm):
        super().__init__()
        self.text, self.brick, self.font, self.w, self.h = text, hexc(brick), font, w, h

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        w = self.w
        kx, kw, kh = 6 * mm, w - 12 * mm, 46 * mm
        # barn behind
        c.setFillColor(hexc("#F4F1EA"))
        c.setStrokeColor(hexc("#B8B2A5"))
        c.rect(0, 0, w, 20 * mm, stroke=1, fill=1)
        for y in range(3, 20, 3):
            c.line(0, y * mm, kx, y * mm)
            c.line(kx + kw, y * mm, w, y * mm)
        # kiln
        c.setFillColor(self.brick)
        c.setStrokeColor(self.brick)
        c.rect(kx, 4 * mm, kw, kh, stroke=0, fill=1)
        c.ellipse(kx, 4 * mm - 4 * mm, kx + kw, 4 * mm + 4 * mm, stroke=0, fill=1)
        c.setStrokeColor(hexc("#00000033"))
        c.setLineWidth(0.4)
        for y in (6, 48):
            c.line(kx + 2, y * mm, kx + kw - 2, y * mm)
        # cone roof
        top = 4 * mm + kh
        c.setFillColor(hexc("#5A4636"))
        p = c.beginPath()
        p.moveTo(kx - 2 * mm, top)
        p.lineTo(kx + kw / 2 - 4 * mm, top + 36 * mm)
        p.lineTo(kx + kw / 2 + 4 * mm, top + 36 * mm)
        p.lineTo(kx + kw + 2 * mm, top)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        # cowl
        cx = kx + kw / 2
        base = top + 36 * mm
        c.setFillColor(colors.white)
        c.setStrokeColor(hexc("#777777"))
        c.setLineWidth(0.6)
        p = c.beginPath()
        p.moveTo(cx - 5 * mm, base)
        p.lineTo(cx - 5 * mm, base + 12 * mm)
        p.curveTo(cx - 2 * mm, base + 17 * mm, cx + 4 * mm, base + 17 * mm, cx + 7 * mm, base + 13 * mm)
        p.lineTo(cx + 9 * mm, base + 8 * mm)
        p.lineTo(cx + 5 * mm, base + 8 * mm)
        p.lineTo(cx + 5 * mm, base)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.line(cx + 7 * mm, base + 13 * mm, cx + 10 * mm, base + 15 * mm)
        # lettering on the kiln
        st = ParagraphStyle("k", fontName=self.font, fontSize=13, leading=15.5, textColor=colors.white,
                            alignment=TA_CENTER)
        para = Paragraph(self.text, st)
        pw, ph = para.wrap(kw - 8 * mm, kh)
        para.drawOn(c, kx + 4 * mm, 4 * mm + (kh - ph) / 2)


def pri_fn(doc, st, width):
    ost = ParagraphStyle("o", fontName=st["reg"], fontSize=8.6, leading=11.2, leftIndent=16, firstLineIndent=-16,
                         spaceAfter=3.5)
    tst = ParagraphStyle("t", fontName=st["hreg"], fontSize=9, leading=12, textColor=st["c1"], spaceAfter=5)
    out = []
    for i, (name, brick, objectives) in enumerate(PRIORITIES, 1):
        panel = [Paragraph(f"<i>What this means: by 2030 I want to see</i>", tst)]
        panel += [Paragraph(f"<b>{i}.{k}</b>&nbsp;&nbsp;{o}", ost) for k, o in enumerate(objectives, 1)]
        t = Table([[Oast(name, brick, st["bold"]), panel]], colWidths=[70 * mm, width - 70 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (1, 0), (1, 0), st["c3"]),
                               ("LEFTPADDING", (1, 0), (1, 0), 9), ("RIGHTPADDING", (1, 0), (1, 0), 9),
                               ("TOPPADDING", (1, 0), (1, 0), 8), ("BOTTOMPADDING", (1, 0), (1, 0), 8)]))
        out += [t, Spacer(1, 7 * mm)]
        if i % 2 == 0 and i < len(PRIORITIES):
            out.append(PageBreak())
    return out


def cover_art(c, W, H, st):
    # a row of three oast cowls on the horizon
    c.setFillColor(hexc("#2B1A12"))
    c.rect(0, H * 0.36 + 9 * mm, W, 3, stroke=0, fill=1)
    for k, x in enumerate((W * 0.58, W * 0.70, W * 0.82)):
        base = H * 0.36 + 9 * mm
        c.setFillColor(hexc("#A0452E"))
        c.rect(x, base, 18 * mm, 24 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#4E3B2E"))
        p = c.beginPath()
        p.moveTo(x - 1.5 * mm, base + 24 * mm)
        p.lineTo(x + 7 * mm, base + 42 * mm)
        p.lineTo(x + 11 * mm, base + 42 * mm)
        p.lineTo(x + 19.5 * mm, base + 24 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(x + 6.5 * mm, base + 42 * mm, 5 * mm, 7 * mm, stroke=0, fill=1)


DOC = {
    "file": FILE,
    "title": "Police and Crime Plan for Kent and Medway 2026–2030",
    "org": "Office of the Kent Police and Crime Commissioner",
    "cover_lines": ["Police and Crime Plan", "for Kent and Medway"],
    "years": "2026 – 2030",
    "cover_art": cover_art,
    "theme": dict(c1="#1D3557", c2="#C8553D", c3="#F3EFE7", font="dejavu", hfont="liberation-serif",
                  folio="{n}", header="Police and Crime Plan for Kent and Medway 2026–2030"),
    "heads": {"fw": "Foreword from the Commissioner", "ctx": "Kent and Medway today", "pri": "My priorities",
              "del": "Working with partners", "gov": "Accountability, measures and funding"},
    "foreword": [
        "Kent and Medway is the gateway to England: the Channel ports and the Tunnel, the motorways to London, "
        "fifteen towns of real character, two cities and hundreds of villages. Keeping nearly two million people "
        "safe across such a varied county needs the police and every partner working together.",
        "This plan sets out my six priorities for 2026 to 2030. Under each I describe what I expect to see by 2030. "
        "Those objectives are how I will hold the Chief Constable to account and how I will decide what to fund.",
        "Most of the work in this plan cannot be done by the police alone. The community safety partnerships, the "
        "Violence Reduction Unit, the Combating Drugs Partnership, the youth justice services, probation and the "
        "fire and rescue service all have their own plans; I want mine to support theirs.",
    ],
    "signed": "Kent Police and Crime Commissioner",
    "context": {
        "intro": "Kent Police serves about 1.9 million people across twelve districts and Medway (illustrative "
                 "figures throughout).",
        "stats": [("1.9m", "residents"), ("168,000", "crimes recorded in 2024/25"), ("46,000", "ASB incidents"),
                  ("34,000", "domestic abuse crimes and incidents"), ("1,480", "knife crime offences"),
                  ("38%", "of residents who think police do a good job")],
        "find_head": "What you told us",
        "findings": ["Residents want to see officers in their neighbourhood and to know who they are.",
                     "Anti-social behaviour and speeding are the issues people raise most at public meetings.",
                     "Women and girls told us they do not feel safe in many public places after dark.",
                     "Victims want to be kept informed and treated with respect.",
                     "Rural residents feel that crime against farms and villages is not taken seriously."],
        "previous": "My previous plan, Making Kent Safer (2022–2025), asked Kent Police to: fight crime and "
                    "anti-social behaviour; tackle violence against women and girls; protect people from "
                    "exploitation and abuse; combat organised crime and county lines; and be visible and responsive "
                    "to the needs of communities.",
        "prev_head": "The last plan",
    },
    "pri_intro": "These are my six priorities for policing and community safety in Kent and Medway from 2026 to "
                 "2030, with the objectives that say what each one means.",
    "delivery": {
        "intro": "I fund and work with many partnerships. Each has its own strategy, and I expect each to show how "
                 "it helps to deliver this plan.",
        "head": ["Partnership", "Its strategy", "How I support it"],
        "rows": [("Community safety partnerships (12 districts and Medway)", "District community safety plans",
                  "Community safety grant"),
                 ("Kent and Medway Violence Reduction Unit", "Serious Violence Duty strategy", "Home Office grant, "
                                                                                                 "co-chair"),
                 ("Kent and Medway Domestic Abuse and VAWG Board", "Domestic abuse and VAWG strategy",
                  "Commissioned services"),
                 ("Kent and Medway Combating Drugs Partnership", "Drugs and alcohol plan", "Board member"),
                 ("Kent Youth Justice Partnership Board", "Youth justice plan", "Turnaround funding"),
                 ("Kent and Medway Reducing Reoffending Board", "Reducing reoffending plan", "Chair"),
                 ("Kent Fire and Rescue Service", "Community safety plan", "Road safety and blue light "
                                                                             "collaboration")],
        "widths": (.40, .32, .28),
        "pcc_head": "What the law asks of me",
        "pcc": "The Police Reform and Social Responsibility Act 2011 requires me to issue a police and crime plan, "
               "to have regard to the Strategic Policing Requirement, and to co-operate with community safety and "
               "criminal justice partners.",
    },
    "gov": {
        "intro": "I hold the Chief Constable to account in public at my Performance and Delivery Board, and the "
                 "Kent and Medway Police and Crime Panel scrutinises my work.",
        "head": ["Measure", "Baseline 2024/25", "By 2030"],
        "rows": [("Neighbourhood crime", "41,000", "Down"), ("Knife crime offences", "1,480", "Down"),
                 ("Rape charge rate", "7%", "Up"), ("Victim satisfaction", "71%", "Up"),
                 ("First-time entrants to youth justice", "640", "Down"), ("Public confidence", "38%", "Up")],
        "paras": ["The policing budget for 2026/27 is about £420 million (illustrative), of which about £15 "
                  "million is spent through my office on victim services, crime prevention and grants to partners."],
        "partners": "Kent Police; Kent County Council; Medway Council; the twelve district and borough councils; "
                    "Kent Fire and Rescue Service; the Probation Service; NHS Kent and Medway; HM Courts and "
                    "Tribunals Service; the voluntary and community sector.",
    },
    "contact": "Office of the Kent PCC, Sessions House, Maidstone · contact@kent-pcc.example",
}


def build(root):
    return rkit.build(root, DOC, pri_fn)
