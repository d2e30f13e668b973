"""Swindon Violence Against Women and Girls Strategy 2024-2028 (reportlab report, DejaVu Sans).

Layout: the four priorities hang on SIGNS UNDER FOUR DRAWN STREET LAMPS (p6, "Lighting the way home"): lamp
posts with glowing lanterns and cones of light, a hanging board under each arm holding one priority in bold
(three to five lines).  No numbers.  Distractors: the national VAWG strategy's aims and the previous action
plan (p5); delivery themes (p7).
"""
from pathlib import Path

from wiltshire.content import sections
from wiltshire.kit import build_rl

FILE = "strategies/swindon_vawg_strategy_2024-28.pdf"
PRIORITIES = [
    "Making Swindon's streets, parks and night-time economy safer for women and girls",
    "Challenging misogyny and harmful attitudes among boys and men",
    "Improving the response to rape, sexual assault and stalking",
    "Holding perpetrators of violence against women and girls to account",
]


def lamps(S, t):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph

    st = ParagraphStyle("l", fontName=t["FB"], fontSize=9.5, leading=12.5, textColor=colors.HexColor("#2a1b3d"))

    class Lamps(Flowable):
        def wrap(self, aw, ah):
            self.w = aw
            return aw, 150 * mm

        def draw(self):
            c = self.canv
            c.setFillColor(colors.HexColor("#1c2340"))
            c.rect(0, 0, self.w, 150 * mm, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#3b3b3b"))
            c.rect(0, 0, self.w, 8 * mm, stroke=0, fill=1)
            slot = self.w / 4
            for i, pr in enumerate(PRIORITIES):
                x = i * slot + 3 * mm
                c.setFillColor(colors.Color(1, 0.9, 0.5, alpha=0.18))
                p = c.beginPath()
                p.moveTo(x + 12 * mm, 128 * mm); p.lineTo(x - 2 * mm, 8 * mm); p.lineTo(x + 28 * mm, 8 * mm); p.close()
                c.drawPath(p, stroke=0, fill=1)
                c.setFillColor(colors.HexColor("#222222"))
                c.rect(x, 8 * mm, 2.4 * mm, 126 * mm, stroke=0, fill=1)
                c.rect(x, 132 * mm, 14 * mm, 1.6 * mm, stroke=0, fill=1)
                c.setFillColor(colors.HexColor("#ffe9a0"))
                c.roundRect(x + 9 * mm, 124 * mm, 7 * mm, 8 * mm, 1.5 * mm, stroke=0, fill=1)
                c.setStrokeColor(colors.HexColor("#bbbbbb"))
                c.setLineWidth(0.6)
                c.line(x + 1.2 * mm, 110 * mm, x + 1.2 * mm, 104 * mm)
                c.setFillColor(colors.HexColor("#f4efe4"))
                c.roundRect(x + 2 * mm, 52 * mm, slot - 6 * mm, 50 * mm, 2 * mm, stroke=0, fill=1)
                para = Paragraph(pr, st)
                _, h = para.wrap(slot - 10 * mm, 48 * mm)
                para.drawOn(c, x + 4.5 * mm, 98 * mm - h)
    return [Lamps()]


C = dict(
    foreword=["Women and girls in Swindon have told us, clearly and repeatedly, that they change how they live to feel "
              "safe: the routes they walk, the buses they take, the clothes they wear. That is not acceptable.",
              "This strategy, agreed by the Safer Swindon Partnership and its VAWG steering group, sets out four "
              "priorities for 2024 to 2028."],
    signed="Chair, Swindon VAWG Steering Group",
    context=["Violence against women and girls covers domestic abuse, rape and sexual violence, stalking, harassment, "
             "so-called honour-based abuse, female genital mutilation and online abuse.",
             "Our survey of 1,100 women and girls (illustrative) found that fewer than half feel safe in the town "
             "centre after dark."],
    stats=[("46%", "of women feel safe in the town centre after dark"), ("390", "rapes and sexual assaults recorded"),
           ("520", "stalking and harassment reports"), ("1 in 3", "girls harassed on the way to school")],
    bg_toc="The national picture", bg_head="The national picture",
    background=[("p", "The Government's Tackling Violence Against Women and Girls Strategy (2021) aims to "
                      "<b>prioritise prevention</b>, <b>support victims</b> and <b>pursue perpetrators</b>, underpinned "
                      "by a <b>stronger system</b>."),
                ("h", "Our 2021\u20132023 action plan"),
                ("ul", ["Safer Streets lighting and CCTV in Old Town", "Ask for Angela in licensed premises",
                        "Bystander training for door staff"]),
                ("h", "What women and girls told us"),
                ("quote", "\u201cI carry my keys between my fingers from the station to my door.\u201d"),
                ("quote", "\u201cThe boys in my class think it is a joke.\u201d")],
    pr_toc="Our priorities", pr_head="Lighting the way home",
    priorities=[("p", "Four priorities light the way to a Swindon where women and girls are, and feel, safe."),
                ("raw", lamps)],
    delivery_intro="Each priority has a task group and an annual action plan.",
    delivery=[["Safe spaces", "Walk and talk patrols, Safer Streets lighting, Ask for Angela", "Swindon Borough Council"],
              ["Attitudes", "Healthy relationships and consent work in schools; men's allies campaign", "Public Health"],
              ["Justice", "Stalking advocacy, ISVA capacity, joint case reviews with the CPS", "Wiltshire Police"],
              ["Perpetrators", "Stalking protection orders, perpetrator programme referrals", "Probation Service"]],
    measures=[["Women feeling safe in the town centre after dark", "46%", "60%"],
              ["Rape cases with a charge", "7%", "12%"], ["Stalking protection orders", "9", "30"]],
    governance=["The VAWG steering group reports to the Safer Swindon Partnership and the Swindon Domestic Abuse "
                "Partnership Board."],
    partners=["Swindon Borough Council", "Wiltshire Police", "Office of the Police and Crime Commissioner",
              "Specialist sexual violence services", "Swindon schools and colleges"],
    contact="vawg@swindon.example",
)


def build(root: Path) -> Path:
    out = root / FILE
    build_rl(dict(title="Swindon Violence Against Women and Girls Strategy 2024\u20132028",
                  running="Swindon Violence Against Women and Girls Strategy 2024\u20132028", folio="{n} / {total}",
                  theme=dict(font="DejaVuSans", hfont="DejaVuSans", c1="#2a1b3d", c2="#7a4fa0", pale="#f1ecf6"),
                  cover=dict(org="Safer Swindon Partnership", title_lines=["Violence Against Women", "and Girls Strategy"],
                             sub="2024\u20132028", foot="saferswindon.example/vawg"),
                  sections=sections(C)), out)
    return out
