"""table_split_repeated_header: the priorities exist only as rows of one long Writer table whose header row
repeats on the next page; rows may split, so a priority's "We will" cell runs on over the page break."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

import docx_kit as K

NAME = "table_split_repeated_header"
TITLE = "Carrowfield Violence Against Women and Girls Strategy 2025–2029"
ACC = "7A1F4B"

ROWS = [
    ("Preventing violence against women and girls through education and culture change",
     "Stopping abuse before it starts by challenging the attitudes that allow it.",
     ["deliver healthy relationships education in every secondary school and college",
      "train youth workers and sports coaches to talk to boys and young men about respect and consent",
      "run an annual campaign with local employers and the football club",
      "work with parents and carers through the family hubs"],
     "Carrowfield Council (Public Health)"),
    ("Making public spaces and the night-time economy safer for women and girls",
     "Women and girls should be able to use streets, parks and transport without fear.",
     ["carry out women's safety audits of parks and transport hubs each year",
      "extend the Safe Space scheme to the bus and railway stations",
      "require vulnerability training as a licensing condition for late-night venues",
      "improve lighting on walking routes identified by women and girls",
      "report back publicly on what changed after each audit"],
     "Carrowfield Police / Licensing"),
    ("Supporting victims and survivors to cope, recover and thrive",
     "Every victim-survivor gets the right support, at the right time, from people who understand.",
     ["commission a single point of access for domestic abuse, sexual violence and stalking support",
      "reduce waiting times for counselling for survivors of sexual violence to under 12 weeks",
      "fund specialist support for Black and minoritised women and for disabled women",
      "provide support for children and young people as victims in their own right",
      "make sure survivors can give feedback at every stage and that we act on it",
      "extend the Independent Domestic Violence Adviser service into the maternity unit"],
     "VAWG Partnership Board"),
    ("Holding perpetrators to account and changing their behaviour",
     "Perpetrators face consequences and are challenged to change.",
     ["increase the use of Domestic Abuse Protection Notices and Orders",
      "offer an accredited behaviour change programme to every high-risk perpetrator",
      "use stalking protection orders and the multi-agency stalking panel",
      "share information on serial perpetrators through MATAC"],
     "Carrowfield Police / Probation Service"),
    ("Tackling sexual harassment and abuse in schools, colleges and workplaces",
     "Girls and young women tell us harassment is part of everyday life; it should not be.",
     ["support schools to record and respond to sexual harassment consistently",
      "give every college a named VAWG lead and a clear reporting route",
      "sign up the partnership's own organisations to a workplace sexual harassment charter",
      "work with the university on a shared approach to consent and reporting"],
     "Education Safeguarding Team"),
    ("Strengthening the partnership response and listening to lived experience",
     "A joined-up system, shaped by the people who use it.",
     ["set up a paid lived experience panel that reviews our plans and services",
      "agree a common training framework for all partners",
      "publish an annual VAWG dashboard"],
     "VAWG Partnership Board"),
]


def build(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Carrowfield Council", accent=ACC, size=11, heading_sizes=(18, 13, 11.5))
    sec = doc.sections[0]
    K.different_first_page(sec)
    K.set_header(sec, "Carrowfield VAWG Strategy 2025–2029", color="7F7F7F")
    K.set_footer(sec, "Carrowfield Community Safety Partnership", page_word="")

    # cover
    K.para(doc, "", space_after=120)
    K.para(doc, "Ending violence against women and girls in Carrowfield", bold=True, size=28, color=ACC)
    K.para(doc, "Strategy 2025–2029", size=20, color=ACC, space_after=60)
    K.para(doc, "If you are in danger call 999. For free, confidential support call the National Domestic "
                "Abuse Helpline on 0808 2000 247, any time.", size=10, color="595959")
    K.page_break(doc)

    doc.add_heading("Introduction", level=1)
    for t in ["Violence against women and girls (VAWG) covers crimes and behaviour that "
              "disproportionately affect women and girls, including domestic abuse, rape and sexual violence, "
              "stalking, harassment, so-called honour-based abuse, female genital mutilation, forced marriage, "
              "and online and technology-facilitated abuse.",
              "Men and boys are also victims of many of these crimes, and our services are open to them. But the "
              "evidence is clear that women and girls are far more likely to experience them, and to experience "
              "them repeatedly.",
              "This strategy replaces the Carrowfield Domestic Abuse Strategy 2021–2024. It was developed with "
              "survivors, specialist services and more than 900 residents."]:
        K.para(doc, t)
    doc.add_heading("The national picture", level=2)
    K.para(doc, "The Government's Tackling Violence Against Women and Girls Strategy set three priorities, with "
                "a fourth added in the Tackling Domestic Abuse Plan:")
    K.bullets(doc, ["prioritising prevention", "supporting victims", "pursuing perpetrators",
                    "a stronger system"])
    K.para(doc, "The Police and Crime Commissioner's plan also treats VAWG as a strategic priority, and the Strategic "
                "Policing Requirement now lists VAWG as a national threat.")
    doc.add_heading("What women and girls told us", level=2)
    K.bullets(doc, ["“I don't walk through the park after four o'clock in winter.”",
                    "74% of women said they had changed their route home to feel safer",
                    "girls said harassment in school is normal and rarely reported",
                    "survivors said they had to repeat their story to too many people",
                    "older women said services assume victims are young"])
    K.page_break(doc)

    doc.add_heading("Carrowfield in numbers", level=1)
    K.table(doc, ["Indicator (2024/25)", "Carrowfield"], [
        ["Domestic abuse incidents and crimes recorded by police", "3,412"],
        ["Sexual offences recorded by police", "486"], ["Stalking and harassment offences", "1,120"],
        ["High-risk cases heard at MARAC", "402"], ["Women and children in refuge", "96"],
        ["Referrals to the sexual assault referral centre", "211"]], [12, 4.5], zebra="F6EAF0")
    K.para(doc, "")
    doc.add_heading("Our vision", level=2)
    K.para(doc, "Carrowfield is a place where women and girls are safe, and feel safe, at home, online, at work "
                "and in public.", italic=True, size=13, color=ACC)
    doc.add_heading("Our principles", level=2)
    K.bullets(doc, ["survivor-led: the voices of victims and survivors shape everything we do",
                    "intersectional: we recognise that racism, disability, age and poverty change women's "
                    "experience of abuse",
                    "whole-system: every agency has a part to play", "trauma-informed and strengths-based"])

    doc.add_heading("Our priorities", level=1)
    K.para(doc, "The table below sets out our six priorities, what each means, what we will do over the four "
                "years of the strategy, and who will lead.")
    t = doc.add_table(rows=1 + len(ROWS), cols=4)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Priority", "What this means", "We will", "Lead"]):
        K.cell_text(c, h, bold=True, size=10, color="FFFFFF")
        K.shade(c, ACC)
    K.repeat_header(t.rows[0])
    for r, (prio, means, wewill, lead) in zip(t.rows[1:], ROWS):
        K.cell_text(r.cells[0], prio, bold=True, size=10)
        K.shade(r.cells[0], "F6EAF0")
        K.cell_text(r.cells[1], means, size=10)
        K.cell_text(r.cells[2], wewill, size=10)
        for p in r.cells[2].paragraphs:
            p.paragraph_format.space_after = Pt(3)
            p.runs[0].text = "• " + p.runs[0].text
        K.cell_text(r.cells[3], lead, size=10)
        K.cant_split(r, False)
    K.col_widths(t, [4.0, 3.6, 6.1, 2.9])
    K.para(doc, "")
    K.para(doc, "A detailed action plan for 2025/26 is published separately.", italic=True)

    doc.add_heading("How we will know we are making a difference", level=1)
    K.table(doc, ["Outcome", "Measure", "Baseline"], [
        ["Fewer women and girls experience violence", "Repeat MARAC cases", "34%"],
        ["Women feel safer in public", "Feel safe in the town centre after dark (women)", "29%"],
        ["Survivors get support quickly", "Average wait for sexual violence counselling", "23 weeks"],
        ["Perpetrators are held to account", "Domestic Abuse Protection Orders granted", "41"],
        ["Young people understand healthy relationships", "Schools delivering the programme", "9 of 14"]],
        [6, 7.5, 3], zebra="F6EAF0")
    K.para(doc, "")
    doc.add_heading("Governance", level=2)
    K.para(doc, "The VAWG Partnership Board, chaired by the Director of Public Health, oversees this strategy and "
                "reports to the Carrowfield Community Safety Partnership and the Safeguarding Partnership. The "
                "lived experience panel will attend the board twice a year.")
    doc.add_heading("Getting help", level=2)
    K.bullets(doc, ["Emergency: 999 (if you cannot speak, press 55 when prompted)",
                    "National Domestic Abuse Helpline: 0808 2000 247",
                    "Carrowfield Women's Centre: 01632 960 418",
                    "Rape Crisis 24/7 Support Line: 0808 500 2222"])

    path = work / f"{NAME}.docx"
    doc.save(path)
    return path
