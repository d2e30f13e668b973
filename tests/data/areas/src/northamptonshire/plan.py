"""Northamptonshire Police and Crime Plan 2025-2029 (Police, Fire and Crime Commissioner): reportlab brochure
(DejaVu Sans body, Liberation Serif headings).

Six priorities, two to a page (pp5-7).  Each priority is the bold text on the brass **label holder of a drawn
filing-cabinet drawer** (a steel drawer front with a recessed handle; no number is printed), followed by an
italic tag line and the numbered objectives "1.1 ...", which decide where each partner topic belongs.  The
principles and "What you told us" (p4), the objectives, the partner list and the Fire and Rescue Plan's
priorities quoted in a box (p8), and the measures and budget (p9) are distractors.
"""
from northamptonshire.kit import e, rl_build
from rl_kit import Flowable, PageBreak, Paragraph, ParagraphStyle, Spacer, colors, fonts, hexc, mm

FILE = "plan/northamptonshire_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Northamptonshire 2025–2029"

PRIORITIES = [
    ("Prevention that keeps Northamptonshire safe", "Stopping crime and harm before they happen, and stopping them "
     "happening again.",
     ["Neighbourhood policing teams will work with West and North Northamptonshire councils to solve local "
      "problems and reduce anti-social behaviour, using the ASB case review when victims are let down.",
      "Keep our town centres safe and welcoming by day: tackle shop theft and abuse of shop workers with "
      "retailers, business crime partnerships and Business Improvement Districts in Northampton, Kettering, "
      "Corby, Wellingborough and Daventry.",
      "Protect rural communities from rural, wildlife and heritage crime, with Farm Watch and the rural crime team.",
      "Fewer children drawn into crime: fund early intervention and diversion with the youth justice service, so "
      "that children are kept out of the justice system and fewer of them reoffend.",
      "Reduce reoffending by adults: manage the most prolific offenders through Integrated Offender Management with "
      "the Probation Service, help people leaving prison into settled homes and work, and support women in the "
      "justice system through the women's centre."]),
    ("A police response you can rely on", "Answering quickly, turning up and doing a thorough job.",
     ["Answer 999 calls within ten seconds and 101 calls without long waits, and make online reporting simple.",
      "Attend emergencies quickly in towns and villages alike, and investigate every crime thoroughly.",
      "Make our roads safer by enforcing against the 'fatal four' (speeding, drink and drug driving, mobile "
      "phones and seat belts) and supporting Community Speedwatch.",
      "Run a modern and efficient police service that gives value for money."]),
    ("Reducing violence and protecting children from exploitation", "Fewer lives harmed by weapons, drugs and those who "
     "exploit others.",
     ["Reduce serious violence and knife crime with the partners under the Serious Violence Duty, through hotspot "
      "patrols, weapons sweeps and youth workers who reach young people in A&E and custody.",
      "Disrupt county lines and the supply of drugs, close down drug markets and protect the vulnerable adults whose "
      "homes are taken over (cuckooing).",
      "Protect children from criminal and sexual exploitation and find children who go missing quickly.",
      "Work with the combating drugs partnership to test people for drugs on arrest, refer them into drug and "
      "alcohol treatment, and reduce drug-related deaths, with officers carrying naloxone.",
      "Make sure that people in mental health crisis get the right care from the right service."]),
    ("Tackling violence against women and girls and domestic abuse", "Women and girls safe at home, online and in "
     "public.",
     ["Identify domestic abuse earlier, including the children who live with it, with every school part of "
      "Operation Encompass.",
      "Hold perpetrators to account: use protection orders, and fund programmes that change abusers' behaviour.",
      "Improve the investigation of rape and sexual offences and the support for those who report them.",
      "Take stalking and harassment seriously from the first report, using stalking protection orders.",
      "Make streets, parks, public transport and the night-time economy safe for women and girls, and challenge "
      "the attitudes behind violence against them."]),
    ("Putting victims at the heart of justice", "Every victim treated with dignity and helped to cope and recover.",
     ["Give every victim a single point of contact through the victims' hub, whether or not they report to the "
      "police.",
      "Commission specialist support: independent domestic and sexual violence advisers, and refuge and other "
      "safe accommodation for victims of domestic abuse and their children.",
      "Offer restorative justice to every victim who wants it, including victims of crimes committed by children.",
      "Protect older and isolated residents from fraud, scams and doorstep crime, and support those targeted.",
      "Support victims of hate crime and keep third-party reporting centres open."]),
    ("Building trust and confidence in policing", "A police service that the public trust and that reflects them.",
     ["Open stop and search and the use of force to independent scrutiny by local people.",
      "Recruit and keep a workforce that reflects Northamptonshire's communities.",
      "Handle complaints quickly and fairly, and learn from them.",
      "Give young people a voice in policing through a youth advisory group."]),
]

REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
STEEL, DARK, BRASS = hexc("#8A949E"), hexc("#4A535C"), hexc("#C9A646")
label = ParagraphStyle("label", fontName=SBOLD, fontSize=14, leading=17, textColor=hexc("#1E1A12"), alignment=1)
tag = ParagraphStyle("tag", fontName=SREG, fontSize=11, leading=14, textColor=hexc("#4A535C"), spaceBefore=6,
                     spaceAfter=5)
obj = ParagraphStyle("obj", fontName=REG, fontSize=8.6, leading=12, leftIndent=22, firstLineIndent=-22,
                     spaceAfter=4)


class Drawer(Flowable):
    """A filing-cabinet drawer front with a brass label holder holding the priority."""

    def __init__(self, text):
        super().__init__()
        self.para = Paragraph(text, label)

    def wrap(self, aw, ah):
        self.aw = aw
        self.pw = 112 * mm
        _, self.ph = self.para.wrap(self.pw - 8 * mm, ah)
        self.h = self.ph + 36 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(DARK)
        c.roundRect(0, 0, self.aw, self.h, 3 * mm, stroke=0, fill=1)
        c.setFillColor(STEEL)
        c.roundRect(2 * mm, 2 * mm, self.aw - 4 * mm, self.h - 4 * mm, 2.5 * mm, stroke=0, fill=1)
        c.setStrokeColor(hexc("#B7BEC5"))
        c.setLineWidth(0.8)
        c.roundRect(5 * mm, 5 * mm, self.aw - 10 * mm, self.h - 10 * mm, 2 * mm, stroke=1, fill=0)
        # label holder
        x = (self.aw - self.pw) / 2
        y = self.h - 9 * mm - self.ph - 6 * mm
        c.setFillColor(BRASS)
        c.roundRect(x - 2 * mm, y - 2 * mm, self.pw + 4 * mm, self.ph + 10 * mm, 1.5 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FBF7EA"))
        c.rect(x, y, self.pw, self.ph + 6 * mm, stroke=0, fill=1)
        for dx in (x - 0.5 * mm, x + self.pw + 0.5 * mm):
            c.setFillColor(hexc("#7D6420"))
            c.circle(dx, y + (self.ph + 6 * mm) / 2, 0.9 * mm, stroke=0, fill=1)
        self.para.drawOn(c, x + 4 * mm, y + 3 * mm)
        # handle
        hw = 56 * mm
        hx = (self.aw - hw) / 2
        c.setFillColor(DARK)
        c.roundRect(hx, 8 * mm, hw, 8 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#2C3238"))
        c.roundRect(hx + 3 * mm, 9.5 * mm, hw - 6 * mm, 3.5 * mm, 1.5 * mm, stroke=0, fill=1)


def priorities_flow(spec):
    s = []
    for i, (name, tagline, objs) in enumerate(PRIORITIES, 1):
        if i > 1 and i % 2 == 1:
            s.append(PageBreak())
        s += [Spacer(1, 4), Drawer(e(name)), Paragraph(e(tagline), tag)]
        s += [Paragraph(f"{i}.{k}&nbsp;&nbsp;&nbsp;{e(o)}", obj) for k, o in enumerate(objs, 1)]
        s.append(Spacer(1, 10))
    return s


SPEC = dict(
    file=FILE, title=TITLE, org="Northamptonshire Police, Fire and Crime Commissioner", c1="#16325C", c2="#C9A646",
    pale="#E9EEF5", running="Police and Crime Plan for Northamptonshire 2025–2029", page_fmt="{n}",
    cover_title=["Police and Crime Plan", "for Northamptonshire"], years="2025–2029",
    cover_sub="Safer communities, better justice, and support for victims across West and North Northamptonshire",
    back=["Office of the Police, Fire and Crime Commissioner for Northamptonshire",
          "enquiries@opfcc-northants.example  ·  01604 000 000 (illustrative)",
          "This plan is available in large print and other formats on request."],
    sections=[
        ("fw", "Foreword", [
            ("p", "This is my Police and Crime Plan for Northamptonshire. It sets out what I expect from "
                  "Northamptonshire Police, how I will hold the Chief Constable to account, and how I will use my "
                  "budget and my influence with partners to make our county safer."),
            ("p", "Northamptonshire is changing fast. New homes are being built around Northampton, Corby and "
                  "Daventry, and the logistics industry along the M1 and A14 has brought jobs and new residents. "
                  "Crime changes with it, and so must our response."),
            ("p", "I have heard from thousands of residents, from victims, from young people and from the councils, "
                  "health services and charities who work with us. They want the police to prevent crime, to turn up "
                  "when needed, and to protect the people most at risk."),
            ("p", "As Commissioner I also oversee Northamptonshire Fire and Rescue Service, and publish a separate "
                  "Fire and Rescue Plan. Where the two services can work better together, they will."),
            ("sign", "Police, Fire and Crime Commissioner for Northamptonshire")]),
        ("ctx", "Northamptonshire today", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("800,000", "residents in West and North Northamptonshire"), ("61,000", "crimes recorded in "
                       "2023/24"), ("12,400", "anti-social behaviour incidents"), ("14,900", "domestic abuse "
                       "incidents and crimes"), ("410", "knife crime offences"), ("1,900", "officers")]),
            ("h", "What you told us"),
            ("ul", ["You want to see officers in your neighbourhood and know who they are.",
                    "Too many calls to 101 take too long to answer.",
                    "Anti-social behaviour and speeding are the issues that bother most people where they live.",
                    "Women and girls do not always feel safe in town centres after dark."]),
            ("h", "The principles behind this plan"),
            ("ul", ["Prevention first: it is better to stop harm than to respond to it.",
                    "Victims at the centre: we judge success by what victims experience.",
                    "Working together: no single agency can keep people safe on its own.",
                    "Value for money: every pound of the police budget is spent well."])]),
        ("pri", "My priorities for Northamptonshire", [
            ("p", "I have set six priorities for the Chief Constable and for my office. Under each I list the "
                  "objectives that I will hold the force and my partners to."),
            ("raw", priorities_flow)]),
        ("part", "Working in partnership", [
            ("p", "I cannot deliver this plan alone. The two community safety partnerships, the domestic abuse "
                  "local partnership board, the serious violence prevention partnership, the combating drugs "
                  "partnership, the youth justice service and the reducing reoffending board all have their own "
                  "strategies, and I fund much of their work."),
            ("ul", ["West Northamptonshire Council and North Northamptonshire Council",
                    "Northamptonshire Fire and Rescue Service", "The Probation Service",
                    "Northamptonshire Integrated Care Board and NHS trusts",
                    "Northamptonshire Children's Trust", "The voluntary and community sector"]),
            ("box", "From the Fire and Rescue Plan 2025–2029", ["Keeping our communities safe and well",
                    "Reducing deliberate fires and arson", "Responding effectively to emergencies",
                    "Making every penny count"]),
            ("note", "The Fire and Rescue Plan is a separate plan; its priorities are shown here for information.")]),
        ("mes", "Measures and budget", [
            ("p", "I will publish a performance report every quarter and report to the Police, Fire and Crime Panel. "
                  "The measures below are examples; baselines are illustrative."),
            ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "12,400", "Down"],
                       ["999 calls answered within 10 seconds", "84%", "Up"],
                       ["Knife crime offences", "410", "Down"], ["Repeat victims of domestic abuse", "29%", "Down"],
                       ["Victims satisfied with the service", "71%", "Up"],
                       ["Confidence in the police (survey)", "68%", "Up"]]),
            ("h", "Budget 2025/26 (illustrative)"),
            ("table", [["Area", "£m"], ["Police grant and council tax precept", "182.0"],
                       ["Commissioned victim services", "3.1"], ["Crime prevention and community safety grants",
                       "1.6"], ["Office of the Commissioner", "1.4"]])])])


def build(root):
    return rl_build(SPEC, root)
