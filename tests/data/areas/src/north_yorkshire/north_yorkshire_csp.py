"""North Yorkshire Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, as **lettered paragraphs with a hanging indent** (p6, "Our priorities"): a
large coloured capital "A"-"E", a tab, then the priority in bold; the explanation follows as an indented
paragraph in grey.  Distractors: the former district partnerships' priorities (p5), the statutory duties
(p5), the strategic assessment's findings (p4), the delivery themes (p7), the measures (p8).
"""
from docx.shared import Cm, Pt, RGBColor

from north_yorkshire.kit import docx_doc

FILE = "strategies/north_yorkshire_community_safety_partnership_plan_2024-27.pdf"

PRIORITIES = [
    ("Reducing anti-social behaviour in our towns, villages and coastal resorts",
     "Anti-social behaviour is the issue residents raise most. We will use one approach across the county, "
     "from Scarborough's seafront to market towns such as Northallerton, Skipton and Selby."),
    ("Tackling domestic abuse",
     "We will make sure every part of the county has the same response, working with the Domestic Abuse Local "
     "Partnership Board and its strategy."),
    ("Protecting rural communities from rural, wildlife and heritage crime",
     "Farm machinery theft, livestock worrying, hare coursing, raptor persecution and damage to heritage sites "
     "hurt people and places that are far from help."),
    ("Preventing radicalisation and keeping communities cohesive",
     "We will deliver the Prevent duty, respond quickly to community tensions and support events that bring "
     "newer and longer-standing residents together."),
    ("Safeguarding adults and children from exploitation",
     "Criminal and sexual exploitation, cuckooing and modern slavery are hidden; we will help staff and "
     "communities to spot the signs and act."),
]


def lettered(d, shade):
    for k, (name, why) in enumerate(PRIORITIES):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent, pf.first_line_indent = Cm(1.4), Cm(-1.4)
        pf.space_before, pf.space_after = Pt(10), Pt(2)
        pf.tab_stops.add_tab_stop(Cm(1.4))
        r = p.add_run("ABCDE"[k])
        r.bold, r.font.size, r.font.color.rgb = True, Pt(20), RGBColor(0x0B, 0x5F, 0x4E)
        p.add_run("\t")
        r = p.add_run(name)
        r.bold, r.font.size = True, Pt(13)
        q = d.add_paragraph(why)
        q.paragraph_format.left_indent = Cm(1.4)
        for r in q.runs:
            r.font.color.rgb, r.font.size = RGBColor(0x55, 0x55, 0x55), Pt(9.5)


SPEC = {
    "title": "North Yorkshire Community Safety Partnership Plan 2024–2027",
    "org": "North Yorkshire Community Safety Partnership",
    "short": "North Yorkshire Community Safety Partnership Plan 2024–2027",
    "cover_title": "Community Safety<br>Partnership Plan",
    "subtitle": "North Yorkshire 2024–2027",
    "cover_note": "One partnership for the whole of North Yorkshire Council's area. Contact: csp@northyorks.example",
    "colour": "#0b5f4e", "accent": "#8a5a00", "folio": "{n}",
    "sections": [
        ("Introduction", [
            ("p", "When North Yorkshire Council replaced the county and seven district councils in April 2023, "
                  "the district community safety partnerships came together as one partnership for the county. "
                  "This is the first plan of the new partnership."),
            ("p", "It covers an area of more than 8,000 square kilometres with around 620,000 residents, from "
                  "the coast at Whitby and Filey to the Dales and the Vale of York. The City of York has its own "
                  "partnership, Safer York, and we work closely with it."),
            ("p", "The plan is based on a strategic assessment completed in 2023, a residents' survey and "
                  "workshops with the six local community safety hubs."),
            ("p", "Chair, North Yorkshire Community Safety Partnership"),
        ]),
        ("What the strategic assessment found", [
            ("stats", [("620,000", "residents"), ("6", "community safety hubs"),
                       ("11,400", "ASB incidents in 2023/24")]),
            ("ul", ["ASB is highest in Scarborough, Harrogate and Selby town centres and rises in summer on "
                    "the coast.",
                    "Domestic abuse is the largest single source of repeat victimisation.",
                    "Rural crime is under-reported; farmers say they do not expect a response.",
                    "Referrals to Prevent are low but rising; online radicalisation of teenagers is a concern.",
                    "Exploitation cases involve county lines from West Yorkshire, Teesside and beyond."]),
            ("table", [["Crime type (illustrative)", "2022/23", "2023/24"],
                       ["Anti-social behaviour", "12,100", "11,400"],
                       ["Domestic abuse crimes", "7,300", "7,650"],
                       ["Rural and wildlife crime", "930", "1,010"]]),
        ]),
        ("Where this plan comes from", [
            ("h", "Statutory duties"),
            ("ul", ["Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending.",
                    "Counter-Terrorism and Security Act 2015: the Prevent duty.",
                    "Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022).",
                    "Domestic Abuse Act 2021 and domestic homicide reviews."]),
            ("h", "Priorities of the former district partnerships"),
            ("p", "Before 2023, the seven district partnerships each set their own priorities. The most common "
                  "were: anti-social behaviour; domestic abuse; road safety; and drug and alcohol misuse. These "
                  "are shown for reference; road safety and drugs are now led by the road safety partnership and "
                  "the Combating Drugs Partnership."),
        ]),
        ("Our priorities", [
            ("p", "The partnership has agreed five priorities for 2024–2027."),
            ("custom", "lettered"),
        ]),
        ("Delivering the plan", [
            ("h", "Community safety hubs"),
            ("p", "The six hubs bring together council officers, police, fire and housing staff to solve "
                  "problems in their area. They hold case conferences for repeat ASB victims and locations."),
            ("h", "Shared services"),
            ("ul", ["An ASB case review (community trigger) process that is the same across the county.",
                    "Independent domestic violence advisers in every hub area.",
                    "Rural watch schemes and the Rural Taskforce's farm visits.",
                    "A Channel panel and Prevent training for frontline staff.",
                    "A multi-agency child exploitation group and an adult exploitation group."]),
        ]),
        ("Measures and governance", [
            ("table", [["What we will measure", "Aim"],
                       ["ASB incidents per 1,000 residents", "Down"],
                       ["Repeat victims of domestic abuse", "Down"],
                       ["Rural crime reports from farms", "Up (more confidence)"],
                       ["Prevent referrals that are appropriate", "Up"],
                       ["Exploitation cases with a safety plan", "Up"]]),
            ("p", "The partnership reports to North Yorkshire Council's scrutiny of community safety and shares "
                  "its plan with the Police, Fire and Crime Commissioner."),
        ]),
    ],
}


def build(root):
    out = root / FILE
    docx_doc(SPEC, {"lettered": lettered}, out, "nycsp")
    return out
