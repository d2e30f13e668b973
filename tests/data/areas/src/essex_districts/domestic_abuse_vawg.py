"""Southend, Essex and Thurrock Domestic Abuse and VAWG strategy 2025-2029: HTML/CSS -> Chromium (DejaVu
Serif headings).  The four priorities are stepping stones across a drawn river, staggered (p5)."""
from .kit_html import STONES_CSS, document, stones
from .shared import PFCC, contents

FILE = "strategies/southend_essex_and_thurrock_domestic_abuse_and_vawg_strategy_2025-29.pdf"
PRIORITIES = [
    ("Preventing abuse before it starts, through education and early help",
     "Healthy relationships in every school; early help for families."),
    ("Survivors and their children get the right support at the right time",
     "Advocacy, refuges and therapeutic support, wherever people live."),
    ("Making public spaces safer for women and girls", "Parks, transport, the night-time economy and online."),
    ("Holding perpetrators to account and changing their behaviour",
     "Criminal justice, civil orders and behaviour change programmes."),
]
D = dict(
    font="DejaVu Sans", c1="#5b2a86", c2="#2a7f86", org="Southend, Essex and Thurrock Domestic Abuse Board",
    short="SETDAB \u2013 Domestic Abuse and VAWG Strategy 2025\u20132029", folio="Page {n}",
    pdf_title="Southend, Essex and Thurrock Domestic Abuse and VAWG Strategy 2025-2029",
    title_lines=["Domestic Abuse and", "VAWG Strategy"], years="2025\u20132029",
    pri_title="Four stepping stones", contents=contents("Four stepping stones", "Delivery and outcomes"),
    delivery_title="Delivery and outcomes",
    foreword=["Domestic abuse and violence against women and girls touch every community in Southend, Essex "
              "and Thurrock. Survivors told us the journey to safety is long and the gaps between services "
              "are where people fall.",
              "This strategy sets four stepping stones across those gaps."],
    signed="Independent Chair, Southend, Essex and Thurrock Domestic Abuse Board",
    prev_title="The national picture",
    prev_intro="The Tackling Domestic Abuse Plan (2022) organises national action under four pillars, which "
               "we use as a framework but not as our priorities:",
    previous=["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
              "A stronger system"],
    context_intro="Across the three authorities about 1.8 million people live (illustrative).",
    stats=[("33,000", "DA incidents a year"), ("1 in 5", "with children present"), ("2,400", "refuge referrals"),
           ("48%", "of women feel unsafe after dark")],
    findings=["Repeat victimisation remains high: 38% within a year.",
              "Children are present in one in five incidents.",
              "Women's feelings of safety fall sharply after dark."],
    pcc=PFCC, pri_intro="Each stone is a priority agreed by the Board in June 2025; together they take "
                        "survivors from where they are now to a life free from abuse.",
    actions=[("Prevention", "Healthy relationships lessons in all secondary schools", "Education"),
             ("Support", "Refuge and dispersed safe accommodation in every district", "Councils"),
             ("Public spaces", "Safer streets audits with women's groups", "CSPs"),
             ("Perpetrators", "Expand the behaviour change programme", "PFCC")],
    delivery_intro="Action is led through the Board's four delivery groups.",
    measures=["Repeat victimisation within 12 months", "Survivors' satisfaction with support",
              "Perpetrators completing programmes"],
    governance="The Board reports to the three Health and Wellbeing Boards and to the PFCC.",
    contact="setdab@essex.example",
)


def build(out_root):
    return document(D, stones(PRIORITIES), STONES_CSS, out_root / FILE)
