"""Police and Crime Plan for Wiltshire and Swindon 2024-2029 (reportlab brochure).

Layout: two priorities a page (P1-P2 p5, P3-P4 p6, P5-P6 p7), each carved on the LINTEL of a drawn stone
TRILITHON (two standing stones and a capstone); the numbered objectives "1.1 ..." stand between the uprights.
No priority number is printed.  Distractors: principles and "What you told us" (p4), the partnership boards
(p8), the Commissioner's previous plan priorities and the budget (p9).
"""
from __future__ import annotations

from pathlib import Path

from wiltshire.kit import build_rl

FILE = "plan/wiltshire_and_swindon_police_and_crime_plan_2024-29.pdf"

PRIORITIES = [
    ("Reducing violence and serious harm", "Fewer people hurt, and harm taken seriously wherever it happens.", [
        "1.1 Reduce serious violence and knife crime, and violence linked to alcohol in the night-time "
        "economy, working with the Wiltshire and Swindon Serious Violence Duty partnership.",
        "1.2 Prevent domestic abuse and identify it earlier, so that fewer people live with it.",
        "1.3 Improve the response to rape, sexual offences and stalking, and make streets, parks and nights "
        "out safer for women and girls.",
        "1.4 Hold perpetrators of domestic abuse and violence against women and girls to account and fund "
        "programmes that change their behaviour.",
        "1.5 Intervene early with children and young people at risk of serious violence."]),
    ("Preventing crime and anti-social behaviour", "Safer towns, villages and countryside.", [
        "2.1 Tackle anti-social behaviour and neighbourhood crime with councils and housing providers.",
        "2.2 Tackle rural, wildlife and heritage crime across Salisbury Plain and our farming communities.",
        "2.3 Reduce reoffending: manage prolific offenders through Integrated Offender Management and help "
        "people leaving prison into settled housing, training and work.",
        "2.4 Reduce burglary, vehicle crime and retail crime in our town centres."]),
    ("Protecting vulnerable people from exploitation and harm", "Seeing the person behind the crime.", [
        "3.1 Protect children and adults from criminal and sexual exploitation, county lines and cuckooing.",
        "3.2 Work with the combating drugs partnership so that more people with drug or alcohol dependency "
        "enter treatment and recover, and fewer die.",
        "3.3 Divert children from crime and reduce reoffending by children, with the youth justice services "
        "of Wiltshire and Swindon.",
        "3.4 Protect older and isolated people from fraud and scams, and improve the response to people in "
        "mental health crisis."]),
    ("Putting victims first", "Every victim treated with dignity, informed and supported.", [
        "4.1 Make sure every victim receives their rights under the Victims' Code.",
        "4.2 Commission specialist support for victims of domestic abuse and sexual violence, including "
        "safe accommodation and support for children affected by domestic abuse.",
        "4.3 Offer restorative justice to victims of crime, including crime by children.",
        "4.4 Support victims and witnesses through the courts."]),
    ("Making our roads safer", "Fewer people killed or seriously injured.", [
        "5.1 Target the fatal four: speeding, drink and drug driving, mobile phones and seat belts.",
        "5.2 Support Community Speedwatch and the road safety partnership on our rural roads.",
        "5.3 Disrupt criminals who use the roads."]),
    ("A police service people can trust", "Visible, responsive and fair.", [
        "6.1 Answer 999 and 101 calls promptly and keep callers informed.",
        "6.2 Keep neighbourhood officers visible and known in every community.",
        "6.3 Handle complaints fairly and learn from them.",
        "6.4 Recruit, train and keep a workforce that reflects our communities."]),
]


def trilithon(title, tag, objectives):
    def make(S, t):
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Flowable, Paragraph

        obj = ParagraphStyle("o", parent=S["body"], fontSize=8.9, leading=11.6, spaceAfter=3)
        tg = ParagraphStyle("tg", parent=S["body"], fontName=t["F"], fontSize=9.5, leading=12,
                            textColor=colors.HexColor("#5b5b4a"))
        head = ParagraphStyle("hd", fontName=t["HFB"], fontSize=15, leading=18, textColor=colors.white,
                              alignment=1)

        class Tri(Flowable):
            def wrap(self, aw, ah):
                self.w = aw
                return aw, 112 * mm

            def draw(self):
                c = self.canv
                w = self.w
                stone, dark = colors.HexColor("#8d8a7c"), colors.HexColor("#6f6c60")
                c.setFillColor(colors.HexColor("#dfe7cf"))
                c.rect(0, 0, w, 6 * mm, stroke=0, fill=1)
                up_w = 22 * mm
                c.setFillColor(stone)
                p = c.beginPath()
                p.moveTo(4 * mm, 6 * mm); p.lineTo(4 * mm + up_w, 6 * mm); p.lineTo(3 * mm + up_w, 88 * mm)
                p.lineTo(6 * mm, 88 * mm); p.close()
                c.drawPath(p, stroke=0, fill=1)
                p = c.beginPath()
                p.moveTo(w - 4 * mm - up_w, 6 * mm); p.lineTo(w - 4 * mm, 6 * mm); p.lineTo(w - 6 * mm, 88 * mm)
                p.lineTo(w - 3 * mm - up_w, 88 * mm); p.close()
                c.drawPath(p, stroke=0, fill=1)
                c.setFillColor(dark)
                c.roundRect(0, 88 * mm, w, 22 * mm, 3 * mm, stroke=0, fill=1)
                ph = Paragraph(title, head)
                pw, phh = ph.wrap(w - 20 * mm, 20 * mm)
                ph.drawOn(c, 10 * mm, 99 * mm - phh / 2)
                y = 84 * mm
                inner = w - 2 * (up_w + 10 * mm)
                x = up_w + 10 * mm
                tp = Paragraph("<i>" + tag + "</i>", tg)
                _, hh = tp.wrap(inner, 20 * mm)
                y -= hh
                tp.drawOn(c, x, y)
                y -= 3 * mm
                for o in objectives:
                    op = Paragraph(o, obj)
                    _, hh = op.wrap(inner, 40 * mm)
                    y -= hh
                    op.drawOn(c, x, y)
                    y -= 2 * mm

        return [Tri()]
    return make


def spacer(h):
    def make(S, t):
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer
        return [Spacer(1, h * mm)]
    return make


def spec():
    pr = PRIORITIES
    return dict(
        title="Police and Crime Plan for Wiltshire and Swindon 2024\u20132029",
        running="Police and Crime Plan for Wiltshire and Swindon 2024\u20132029",
        folio="{n}",
        theme=dict(font="LiberationSans", hfont="LiberationSerif", c1="#33402a", c2="#8a9a5b", pale="#eef0e4"),
        cover=dict(org="Office of the Police and Crime Commissioner for Wiltshire and Swindon",
                   title_lines=["Police and Crime Plan", "2024\u20132029"],
                   sub="Safer communities across Wiltshire and Swindon",
                   foot="opcc.wiltshire.example  |  All statistics in this plan are illustrative."),
        sections=[
            dict(toc="Foreword from the Commissioner", heading="Foreword", blocks=[
                ("p", "This plan sets out what I expect of Wiltshire Police, and what I will do with partners, over "
                      "my term of office. It was shaped by more than four thousand residents who answered my survey "
                      "and by the councils, health services and charities that work with us every day."),
                ("p", "Wiltshire and Swindon are safe places to live, but safety is not shared equally. Violence is "
                      "concentrated in a few streets of our towns; rural communities feel their crimes are not taken "
                      "seriously; and too many victims are let down by a slow justice system."),
                ("p", "I have set six priorities. Each comes with objectives I will hold the Chief Constable to "
                      "account for, and commissioning decisions I will make with partners. I will publish progress "
                      "every year."),
                ("quote", "Every resident should feel safe at home, on our roads and in our town centres."),
                ("p", "Police and Crime Commissioner for Wiltshire and Swindon"),
            ]),
            dict(toc="What you told us and our principles", heading="What you told us", blocks=[
                ("stats", [("4,130", "survey responses (illustrative)"), ("61%", "want more visible policing"),
                           ("48%", "worried about speeding in their village")]),
                ("p", "Residents told us that anti-social behaviour, speeding and drug dealing matter most where "
                      "they live. Victims told us they want to be kept informed. Young people told us they want "
                      "safe places to go."),
                ("h", "Our principles"),
                ("ul", ["<b>Prevention first</b> \u2013 stopping harm before it happens.",
                        "<b>Partnership by default</b> \u2013 no agency can do this alone.",
                        "<b>Evidence led</b> \u2013 we fund what works and stop what does not.",
                        "<b>Fair and open</b> \u2013 decisions are published and explained."]),
                ("note", "All figures on this page are illustrative and are not official statistics."),
            ]),
            dict(toc="Our priorities", heading="Our priorities", blocks=[
                ("p", "Six priorities, each set in stone for the life of this plan. The objectives under each "
                      "priority say what it covers."),
                ("raw", trilithon(*pr[0])), ("raw", spacer(6)), ("raw", trilithon(*pr[1])),
            ]),
            dict(blocks=[("raw", trilithon(*pr[2])), ("raw", spacer(10)), ("raw", trilithon(*pr[3]))]),
            dict(blocks=[("raw", trilithon(*pr[4])), ("raw", spacer(10)), ("raw", trilithon(*pr[5]))]),
            dict(toc="Working with partners", heading="Working with partners", blocks=[
                ("p", "Many of the objectives in this plan are delivered through partnership boards. My office "
                      "sits on each of them and funds some of their work."),
                ("table", [["Board", "What it does"],
                           ["Safer Swindon Partnership", "Community safety partnership for the Borough of Swindon"],
                           ["Wiltshire Community Safety Partnership", "Community safety partnership for Wiltshire Council's area"],
                           ["Wiltshire and Swindon Serious Violence Duty partnership", "Serious Violence Duty strategy and response"],
                           ["Wiltshire and Swindon Combating Drugs Partnership", "Local delivery of the national drug strategy"],
                           ["Domestic abuse local partnership boards", "Domestic Abuse Act 2021 duties and safe accommodation"],
                           ["Youth justice management boards", "Oversight of the youth justice services"],
                           ["Local Criminal Justice Board and reducing reoffending board", "Courts, victims and reoffending"]],
                 [70, 100]),
                ("p", "Partnership strategies are published by the boards themselves. They set their own priorities; "
                      "my office reviews them each year so that we do not duplicate effort."),
            ]),
            dict(toc="Funding and accountability", heading="Funding and accountability", blocks=[
                ("h", "Building on the previous plan"),
                ("p", "My previous plan (2021\u20132024) had four priorities: \u201cPrevent crime and keep people "
                      "safe\u201d, \u201cProtect the most vulnerable\u201d, \u201cPut victims, witnesses and "
                      "communities at the heart of everything we do\u201d and \u201cSecure a quality police service "
                      "that is trusted and efficient\u201d. They are replaced by the six priorities of this plan."),
                ("h", "Budget 2024/25 (illustrative)"),
                ("table", [["Area", "\u00a3m"], ["Policing (grant to the Chief Constable)", "142.6"],
                           ["Commissioned victim services", "2.9"], ["Community safety grants to partnerships", "1.1"],
                           ["Office of the Commissioner", "1.3"]], [120, 50]),
                ("h", "How I will hold the police to account"),
                ("p", "A public accountability meeting every quarter, an annual report and the Police and Crime "
                      "Panel's scrutiny of this plan."),
            ]),
            dict(toc="Contact us", heading="Contact us", blocks=[
                ("p", "Office of the Police and Crime Commissioner for Wiltshire and Swindon, London Road, Devizes."),
                ("p", "Email: opcc@wiltshire-pcc.example  |  Telephone: 01380 000 000 (illustrative)"),
                ("p", "This plan is available in other formats and languages on request."),
            ]),
        ],
    )


def build(root: Path) -> Path:
    out = root / FILE
    build_rl(spec(), out)
    return out
