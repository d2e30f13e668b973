"""Police and Crime Plan for Cumbria 2025-2029: Word report (python-docx + LibreOffice, Liberation Serif
headings).

Six priorities, stated once, as the **level-1 items of a real Word multi-level list** (numbering.xml, not typed
numbers) under "My priorities and what I will do" (pp6-9).  Each level-1 item is a bold coloured paragraph whose
number "1" ... "6" LibreOffice generates; an unnumbered italic paragraph follows it, then the objectives as the
list's level-2 items "1.1" ... "1.5", generated too.  The list runs on from page to page without page breaks, so
the priorities fall wherever the flow puts them.  No "Priority n" word is printed.

Distractors: the 2021-2025 plan's priorities and the principles (p5), "What you told us" (p4), the partnership
list (p10) and the measures (p11).  Several topics sit under a priority whose heading would not suggest them:
reducing reoffending (1.3) and drug and alcohol treatment and drug-related deaths (1.4) under P1; fraud and scams
against older people (4.3) under P4; school exclusions (5.3) under P5.
"""

from common import two_pass
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from cumbria.work import soffice_stable, work_file

FILE = "plan/cumbria_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Cumbria 2025–2029"
GREEN, SLATE, INK = "1E5B4F", "3F5872", "2B2B2B"

PRIORITIES = [
    ("Preventing crime and anti-social behaviour in every community",
     "Neighbourhoods, villages and visitor areas where people feel safe, and fewer people drawn back into crime.",
     ["Keep neighbourhood policing visible and solve local problems with the councils, so that anti-social "
      "behaviour falls in our towns, villages and visitor hotspots.",
      "Tackle rural, wildlife and heritage crime with farmers, landowners, the national park authorities and the "
      "Cumbria Rural Crime Partnership.",
      "Reduce reoffending: support integrated offender management, and work with the Probation Service and the "
      "Reducing Reoffending Board so that people leaving prison have a home, training and work.",
      "Cut the crime that drugs and alcohol drive: get more people into treatment and recovery and prevent "
      "drug-related deaths, with the Cumbria Combating Drugs Partnership.",
      "Protect shops and businesses from retail crime and violence against shop workers."]),
    ("Tackling violence against women and girls",
     "Women and girls safe at home, online, at work and in public.",
     ["Identify domestic abuse earlier, respond to every report well and pursue perpetrators, with Operation "
      "Encompass notifications to every school.",
      "Improve the investigation of rape, sexual offences and stalking, and the number of cases charged.",
      "Make streets, transport and the night-time economy safe for women and girls.",
      "Fund programmes that challenge and change the behaviour of perpetrators.",
      "Support healthy relationships education in schools and colleges."]),
    ("Reducing serious violence and exploitation",
     "Fewer lives harmed by violence, weapons and the criminals who exploit others.",
     ["Prevent and reduce serious violence, including knife crime, with the Cumbria Serious Violence Partnership, "
      "focusing on young people under 25.",
      "Disrupt county lines, drug supply and cuckooing along the M6 and the west coast.",
      "Protect children and adults from criminal and sexual exploitation and modern slavery."]),
    ("Putting victims first",
     "Every victim treated with respect, kept informed and helped to cope and recover.",
     ["Commission victim services that every victim can reach, wherever they live, and hold agencies to the "
      "Victims' Code.",
      "Fund specialist support for victims of domestic abuse and sexual violence, including independent advisers "
      "and refuges and other safe accommodation.",
      "Protect older and vulnerable people from fraud, scams and doorstep crime.",
      "Offer restorative justice to every victim who wants it."]),
    ("Intervening early for children and young people",
     "Children given help early, so that fewer of them come into contact with the justice system.",
     ["Fund early help and diversion from crime with the youth justice services, including the Turnaround "
      "programme.",
      "Reduce reoffending by children who are already in the youth justice system.",
      "Work with schools to reduce exclusions and keep children in education."]),
    ("Making Cumbria's roads safer",
     "Fewer people killed or seriously injured on our roads.",
     ["Target speeding, drink and drug driving and careless driving on the A66, A590, A595 and rural roads.",
      "Support Community Speedwatch and road safety education for young and older drivers.",
      "Work with the Cumbria Road Safety Partnership on motorcycle safety on the fell routes."]),
]

NUMBERING = """
<w:abstractNum {ns} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="850"/></w:tabs><w:ind w:left="850" w:hanging="850"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:b/><w:color w:val="{acc}"/><w:sz w:val="40"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="1418"/></w:tabs><w:ind w:left="1418" w:hanging="568"/></w:pPr>
    <w:rPr><w:b/><w:color w:val="{acc}"/></w:rPr></w:lvl>
</w:abstractNum>"""


def add_numbering(d):
    numbering = d.part.numbering_part.element
    absn = parse_xml(NUMBERING.format(ns=nsdecls("w"), acc="9A6B1E"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def list_item(d, text, level, bold=False, size=None, colour=None, space_after=4, keep=False):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = rgb(colour)
    if level == 0:
        r.font.name = "Liberation Serif"
        p.paragraph_format.space_before = Pt(16)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.keep_with_next = keep
    return p


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, heading_font="Liberation Serif", colours=(GREEN, SLATE, INK),
                title=TITLE, author="Cumbria Police, Fire and Crime Commissioner", margins=(2.3, 2.3, 2.4, 2.2))
    add_numbering(d)
    header_footer(d, "Police and Crime Plan for Cumbria", "2025–2029", footer_fmt="{PAGE}", colour="555555",
                  rule_colour=GREEN)
    para(d, "", space_after=20)
    para(d, "CUMBRIA POLICE, FIRE AND CRIME COMMISSIONER", bold=True, size=10.5, colour=GREEN, space_after=24)
    cover_block(d, [("Police and Crime Plan", 32, True, "FFFFFF"), ("for Cumbria", 32, True, "FFFFFF"),
                    ("2025–2029", 20, False, "D8E8E3"), ("", 10, False, "FFFFFF"),
                    ("Carlisle · Barrow-in-Furness · Kendal · Workington · Whitehaven · Penrith", 10, False,
                     "FFFFFF")], GREEN, height_cm=11)
    para(d, "", space_after=140)
    para(d, "Safe fells, safe towns, safe homes", italic=True, size=12, colour=SLATE)
    page_break(d)
    para(d, "Contents", bold=True, size=22, colour=GREEN, space_after=14)
    contents(d, [("Foreword", "fw", 0), ("Cumbria today", "ctx", 0), ("What has changed since my last plan", "prev", 0),
                 ("My priorities and what I will do", "pri", 0), ("Working with partners", "part", 0),
                 ("Holding the police to account", "acc", 0), ("Contact", "back", 0)], pages, leader=True)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Cumbria is one of the safest places in England to live, work and visit. It is also the second largest "
        "county in England, with a small population spread across fells, lakes, coast and market towns, and with "
        "more than forty million visitor days a year (illustrative). Keeping it safe needs a police service that "
        "reaches every valley and partners who work as one.",
        "Since April 2023 Cumbria has had two new unitary councils, Cumberland Council and Westmorland and Furness "
        "Council, and each now leads its own community safety partnership. This plan is written to work with "
        "theirs, and with the county-wide partnerships on domestic abuse, serious violence, drugs and reoffending.",
        "I have listened to more than 3,000 residents, to victims and to the people who work in policing and "
        "community safety. This plan sets out six priorities for the next four years and what I will do to deliver "
        "each of them. I will report on it every year to the Police, Fire and Crime Panel.",
        "I also set a separate Fire and Rescue Plan for Cumbria Fire and Rescue Service; it is not part of this "
        "plan."]:
        para(d, t)
    para(d, "Police, Fire and Crime Commissioner for Cumbria", bold=True, colour=GREEN)
    heading(d, "Cumbria today", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "500,000"], ["Recorded crimes", "31,000"],
              ["Anti-social behaviour incidents", "9,800"], ["Domestic abuse incidents and crimes", "7,600"],
              ["People killed or seriously injured on the roads", "310"], ["Rural and wildlife crimes", "640"],
              ["Victims referred to support services", "11,200"]], [11.8, 4.6], head_fill=GREEN, band="E8F1EE",
          size=9.5)
    heading(d, "What you told us", 2)
    bullets(d, ["Anti-social behaviour and speeding worry people most in villages as well as towns.",
                "Victims want to be kept informed about their case.",
                "Young people want safe places to go in the evening.",
                "Women told us they change the way they travel after dark.",
                "Farmers want rural crime taken seriously."])
    heading(d, "What has changed since my last plan", 1, page_break=True)
    para(d, "The Police and Crime Plan for 2021–2025 had four priorities. They are listed here for reference; "
            "they are not the priorities of this plan.")
    bullets(d, ["Keeping Cumbria safe", "Supporting vulnerable people and victims", "Tackling crime on our roads",
                "A police service that is fit for the future"])
    para(d, "Since then, the Serious Violence Duty has come into force, a combating drugs partnership has been set "
            "up for the county, and the new councils have reviewed their community safety partnerships. The new "
            "plan names these issues directly.")
    heading(d, "The principles I will work by", 2)
    bullets(d, ["Victims first: the needs of victims shape every service I fund.",
                "Prevention: stopping harm before it happens is better than responding to it.",
                "Fairness: the same service in Millom and Alston as in Carlisle.",
                "Partnership: no agency can keep Cumbria safe alone.",
                "Value for money: every pound spent where it makes the most difference."], bold_lead=True)
    heading(d, "My priorities and what I will do", 1, page_break=True)
    para(d, "This plan has six priorities. Under each I set out the numbered commitments I will deliver with the "
            "Chief Constable and with partners. Some commitments sit where you might not expect them: reducing "
            "reoffending and drug treatment are part of preventing crime, and protecting people from scams is part "
            "of putting victims first.")
    for name, tag, objs in PRIORITIES:
        list_item(d, name, 0, bold=True, size=16, colour=GREEN, space_after=3, keep=True)
        tp = para(d, tag, italic=True, colour=SLATE, space_after=4)
        tp.paragraph_format.left_indent = Cm(1.5)
        tp.paragraph_format.keep_with_next = True
        for o in objs:
            list_item(d, o, 1, space_after=4)
    heading(d, "Working with partners", 1, page_break=True)
    para(d, "I will fund, support and challenge the partnerships that share these priorities. The main ones are "
            "listed below.")
    table(d, [["Partnership", "Area"], ["Cumberland Community Safety Partnership", "Cumberland"],
              ["Westmorland and Furness Community Safety Partnership", "Westmorland and Furness"],
              ["Safer Carlisle Partnership", "Carlisle"],
              ["Cumbria Domestic Abuse and Sexual Violence Partnership", "County-wide"],
              ["Cumbria Serious Violence Partnership", "County-wide"],
              ["Cumbria Combating Drugs Partnership", "County-wide"],
              ["Cumberland and Westmorland and Furness youth justice management boards", "Each council"],
              ["Cumbria Reducing Reoffending Board", "County-wide"],
              ["Cumbria Road Safety Partnership", "County-wide"]], [11.0, 5.4], head_fill=SLATE, band="EEF1F5",
          size=9.2)
    heading(d, "Holding the police to account", 1, page_break=True)
    para(d, "I hold the Chief Constable to account in a public accountability meeting every quarter, and publish "
            "the papers. The Police, Fire and Crime Panel scrutinises my decisions.")
    table(d, [["Measure", "Baseline 2023/24", "Direction"], ["Anti-social behaviour incidents", "9,800", "Down"],
              ["Victim satisfaction", "74%", "Up"], ["Rape cases charged", "6%", "Up"],
              ["Knife crime offences", "190", "Down"], ["Killed or seriously injured on the roads", "310", "Down"],
              ["Children entering the youth justice system", "160", "Down"]], [8.8, 4.0, 3.6], head_fill=GREEN,
          band="E8F1EE", size=9.2)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    heading(d, "Contact", 1, page_break=True)
    para(d, "Office of the Police, Fire and Crime Commissioner for Cumbria, Carleton Hall, Penrith")
    para(d, "Email: commissioner@cumbria-pfcc.example · Telephone: 01768 000 000 (illustrative)")
    para(d, "This plan is available in large print and other formats on request.", italic=True)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Cumbria is one", "ctx": "Cumbria today The figures",
               "prev": "What has changed since my last plan The", "pri": "My priorities and what I will do This",
               "part": "Working with partners I will", "acc": "Holding the police to account I hold",
               "back": "Contact Office of"}
    src = work_file("plan.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=1)
    two_pass(run, out, needles)
    return out
