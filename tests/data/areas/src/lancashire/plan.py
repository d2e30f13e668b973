"""The Police and Crime Plan for Lancashire 2024-2029: Word report (python-docx + LibreOffice).

Six priorities of mixed breadth.  Each has its own page: a small label line
("PRIORITY ONE") above a plain Heading 1, then an introduction, numbered
objectives "1.1 ..." and measures.  Alignment depends on the objectives: road
safety and youth diversion sit under "Tackle Crime and Anti-Social Behaviour",
exploitation, drug treatment and reoffending under "Get Tough on Serious and
Violent Crime", fraud and restorative justice under the victims priority, hate
crime under "Rebuild Public Trust and Confidence".

Distractors: the vision and values, the "My priorities at a glance" table (p5),
the cross-cutting themes, the numbered objectives, the measures, the partner
list and the budget table.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import rgb

FILE = "plan/lancashire_police_and_crime_plan_2024-29.pdf"
TITLE = "The Police and Crime Plan for Lancashire 2024–2029"
RED, SLATE, TEAL = "8C1D40", "2F3E4E", "0F7173"

PRIORITIES = [
    ("ONE", "Prevent Violence Against Women and Girls",
     "Violence against women and girls (VAWG) devastates lives and is far too common. Domestic abuse alone accounts for "
     "around one in six crimes recorded in Lancashire (illustrative), and much more is never reported. I want a "
     "zero-tolerance approach that drives down the number of victims and drives up the number of positive outcomes.",
     ["Lead the development of a pan-Lancashire partnership VAWG strategy, so that every agency works to one shared "
      "plan.",
      "Invest in specialist support for victims of domestic abuse, sexual violence and stalking, including independent "
      "domestic and sexual violence advisers.",
      "Fund programmes that challenge and change the behaviour of domestic abuse perpetrators, such as Drive and CARA.",
      "Back the Constabulary's dedicated rape and serious sexual offences teams so that more offenders are brought to "
      "justice.",
      "Make streets, public transport and the night-time economy safer for women and girls.",
      "Support healthy relationships education in schools and campaigns that challenge harassment and misogyny."],
     ["Domestic abuse repeat victimisation", "Charge rate for rape and serious sexual offences",
      "Women and girls who feel safe in public spaces after dark (survey)"]),
    ("TWO", "Tackle Crime and Anti-Social Behaviour",
     "For the victims of burglary, robbery, shoplifting and anti-social behaviour there is no such thing as a minor "
     "crime. Residents rightly expect a prompt response, and they want to see the police tackling the problems that "
     "affect their street, their village and their town centre.",
     ["Strengthen Operation Centurion in anti-social behaviour hotspots and work with community safety partnerships to "
      "make full use of ASB powers.",
      "Target burglary, robbery, vehicle crime and shoplifting, including through Operation Vulture on retail crime.",
      "Tackle rural, wildlife and heritage crime with the Rural Task Force.",
      "Crack down on dangerous and careless driving and support the Lancashire Road Safety Partnership to reduce the "
      "number of people killed or seriously injured.",
      "Fund local diversionary projects for young people through my Community Fund, using cash seized from criminals."],
     ["Anti-social behaviour incidents", "Neighbourhood crime per 1,000 population",
      "People killed or seriously injured on Lancashire's roads"]),
    ("THREE", "Get Tough on Serious and Violent Crime",
     "Serious violence and organised crime damage neighbourhoods and destroy lives. I will back strong enforcement, "
     "and at the same time invest in prevention, so that fewer people are drawn into violence and fewer go on "
     "offending.",
     ["Support Operation Warrior to dismantle organised crime groups and strip offenders of their criminal assets.",
      "Disrupt county lines and drug supply, and protect children and vulnerable adults from criminal and sexual "
      "exploitation.",
      "Reduce knife crime and serious violence through the Lancashire Violence Reduction Network and the Serious "
      "Violence Duty.",
      "Intervene early with young people at risk of violence, through mentoring and navigators in emergency departments.",
      "Work with the Probation Service and youth justice services to reduce reoffending, starting with the most prolific "
      "and violent offenders.",
      "Work with the combating drugs partnerships to get more people into drug and alcohol treatment, including through "
      "drug testing on arrest.",
      "Tackle modern slavery and human trafficking."],
     ["Knife-enabled serious violence", "Organised crime group disruptions", "Proven reoffending rate"]),
    ("FOUR", "Support Victims and Protect Vulnerable People",
     "Every victim deserves to be believed, supported and kept informed. Some people, including older people, disabled "
     "people and people in mental health crisis, are more at risk of harm and need extra help.",
     ["Commission Lancashire Victim Services so that every victim can get help to cope and recover, whether or not they "
      "report the crime.",
      "Hold the Chief Constable to account for compliance with the Victims' Code.",
      "Work through the Lancashire Criminal Justice Board to reduce court delays and to keep witnesses informed and "
      "supported.",
      "Offer restorative justice to every victim who wants it.",
      "Protect people, especially older people, from fraud and scams.",
      "Work with health partners so that people in mental health crisis get the right care from the right agency."],
     ["Victim satisfaction", "Victims' Code compliance", "Witness attrition at court"]),
    ("FIVE", "Rebuild Public Trust and Confidence",
     "Policing in Britain depends on the consent of the public. Trust has been damaged nationally, and I want every "
     "community in Lancashire to have confidence that the police are there for them and will treat them fairly.",
     ["Keep visible, accessible neighbourhood policing in every ward, with officers and PCSOs who know their "
      "communities.",
      "Scrutinise the use of stop and search and use of force through independent panels.",
      "Drive up standards of behaviour, vetting and culture, and root out those who are not fit to serve.",
      "Encourage people to report hate crime and work with communities to strengthen cohesion.",
      "Engage young people and under-represented communities, and support a workforce that reflects Lancashire."],
     ["Public confidence in local policing (survey)", "Hate crime reports", "Complaints resolved within 12 months"]),
    ("SIX", "Efficient and Effective Policing",
     "Delivering this plan needs investment in every part of policing. The test of efficiency is the absence of crime "
     "and disorder, not the visible evidence of police action in dealing with it.",
     ["Respond to the recommendations of His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.",
      "Keep improving how quickly 999 and 101 calls are answered.",
      "Modernise the police estate and fleet, and invest in digital technology.",
      "Set a balanced budget and campaign for a fair funding settlement for Lancashire.",
      "Collaborate with Lancashire Fire and Rescue Service and neighbouring forces where it saves money."],
     ["999 calls answered within 10 seconds", "Savings delivered", "HMICFRS PEEL grades"]),
]


def label(d, text, page_break=False):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    if page_break:
        p.paragraph_format.page_break_before = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = rgb(TEAL)
    return p


def objectives(d, n, items):
    for i, it in enumerate(items, 1):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.1)
        p.paragraph_format.first_line_indent = Cm(-1.1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.1))
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(f"{n}.{i}")
        r.bold = True
        r.font.color.rgb = rgb(RED)
        p.add_run("\t" + it)


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, heading_font="Liberation Serif", colours=(RED, TEAL, SLATE),
                title=TITLE, author="Office of the Police and Crime Commissioner for Lancashire",
                margins=(2.3, 2.3, 2.5, 2.2))
    d.styles["Heading 1"].font.size = Pt(24)
    header_footer(d, "The Police and Crime Plan for Lancashire 2024–2029", "Lancashire Police and Crime Commissioner",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="5A5A5A", rule_colour=RED)
    # cover
    para(d, "LANCASHIRE POLICE AND CRIME COMMISSIONER", bold=True, size=12, colour=RED, space_after=70)
    cover_block(d, [("The Police and Crime Plan", 30, True, "FFFFFF"), ("for Lancashire", 30, True, "FFFFFF"),
                    ("2024–2029", 22, False, "F2C6D3"), ("", 8, False, "FFFFFF"),
                    ("A safer Lancashire for everyone", 14, False, "FFFFFF")], RED, height_cm=11)
    para(d, "", space_after=150)
    para(d, "Blackburn with Darwen  •  Blackpool  •  Burnley  •  Chorley  •  Fylde  •  Hyndburn  •  Lancaster  •  Pendle  "
            "•  Preston  •  Ribble Valley  •  Rossendale  •  South Ribble  •  West Lancashire  •  Wyre",
         size=8.5, colour="5A5A5A")
    page_break(d)
    # contents
    para(d, "Contents", bold=True, size=22, colour=RED, space_after=16)
    entries = [("Foreword from the Commissioner", "fw", 0), ("Lancashire in numbers", "num", 0),
               ("My vision and priorities", "vis", 0)]
    entries += [(p[1], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    entries += [("Working in partnership", "part", 0), ("Accountability and resources", "gov", 0)]
    contents(d, entries, pages, leader=True)
    para(d, "")
    para(d, "This plan is available in other formats on request. Figures in this plan are illustrative.", italic=True,
         size=9, colour="5A5A5A")
    # foreword
    heading(d, "Foreword from the Commissioner", 1, page_break=True)
    for t in [
        "Serving the public as Lancashire's Police and Crime Commissioner is a huge privilege. This plan sets out what I "
        "expect of Lancashire Constabulary over the next five years and how I will work with partners to keep our "
        "communities safe.",
        "It is based on what more than 6,000 residents told me in my survey, on the views of community safety "
        "partnerships, councils, health, probation and the voluntary sector, and on the evidence of where harm is greatest "
        "(illustrative figures).",
        "Crime in Lancashire is lower than in many places, but I know that does not always feel true, particularly in our "
        "most deprived neighbourhoods, and it is no consolation to the thousands of people who become victims each year.",
        "This plan takes a preventative approach. It aims for fewer victims, fewer offences and less demand on policing. "
        "I will make sure officers are used to best effect, with a focus on supporting and diverting young people and on "
        "the crimes that cause the most harm.",
        "I have set six priorities. Under each one I list the objectives that I will hold the Chief Constable to account "
        "for, and the commitments that I will deliver with partners. I will report on progress every year."]:
        para(d, t)
    para(d, "Police and Crime Commissioner for Lancashire", bold=True)
    # numbers
    heading(d, "Lancashire in numbers", 1, page_break=True)
    para(d, "Lancashire Constabulary polices the county of Lancashire and the unitary areas of Blackburn with Darwen and "
            "Blackpool: twelve districts, two unitary councils and a population of about 1.5 million.")
    t = table(d, [["1.5m", "3,500", "116,000", "14"],
                  ["residents across the county", "police officers (illustrative)", "crimes recorded in a year",
                   "district and unitary councils"],
                  ["1 in 6", "24%", "640", "92%"],
                  ["crimes linked to domestic abuse", "of residents worry about ASB", "killed or seriously injured on our "
                   "roads", "of 999 calls answered in 10 seconds"]],
              [4.05, 4.05, 4.05, 4.05], head_fill=SLATE, band=None, size=9)
    for c in range(4):
        shade(t.cell(2, c), TEAL)
        for r in (0, 2):
            for p in t.cell(r, c).paragraphs:
                for run in p.runs:
                    run.font.size = Pt(18)
                    run.bold = True
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="5A5A5A")
    heading(d, "What you told me", 2)
    para(d, "In my consultation, residents told me that they want:")
    bullets(d, ["more visible police officers and PCSOs in their neighbourhoods",
                "action on anti-social behaviour, drug dealing and shoplifting",
                "women and girls to be safe and to feel safe",
                "tough action against organised criminals and those who carry knives",
                "better support for victims and quicker justice",
                "a police service they can trust"])
    # vision
    heading(d, "My vision and priorities", 1, page_break=True)
    para(d, "My vision is a safer Lancashire for everyone: a county where people are safe and feel safe, where victims "
            "get the support they need and where the police have the trust of every community.", italic=True, size=12,
         colour=RED)
    heading(d, "My priorities at a glance", 2)
    rows = [["Priority", "In short"]]
    short = ["Zero tolerance, more support, more perpetrators brought to justice",
             "Neighbourhood crime, ASB, retail crime, rural crime and roads",
             "Organised crime, knife crime, exploitation, reoffending", "Victim services, witnesses, vulnerable people",
             "Neighbourhood policing, standards, fairness, hate crime", "Value for money, call handling, estate"]
    rows += [[p[1], short[i]] for i, p in enumerate(PRIORITIES)]
    table(d, rows, [7.0, 9.4], head_fill=RED, band="F6E9EE", size=9.5, bold_first_col=True)
    para(d, "")
    heading(d, "Cross-cutting themes", 2)
    para(d, "Three themes run through every priority:")
    bullets(d, ["Prevention and early intervention: stopping crime before it happens.",
                "Partnership: no organisation can keep people safe on its own.",
                "Fairness and equality: policing that treats everyone with respect."], bold_lead=True)
    heading(d, "My values", 2)
    para(d, "Integrity, openness, listening to the public and value for money.")
    # priorities
    for i, (word, name, intro, objs, measures) in enumerate(PRIORITIES):
        label(d, f"PRIORITY {word}", page_break=True)
        heading(d, name, 1)
        para(d, intro)
        heading(d, "Objectives", 3)
        para(d, "To deliver this priority I will:", space_after=4)
        objectives(d, i + 1, objs)
        heading(d, "How I will measure progress", 3)
        bullets(d, measures)
    # partnership
    heading(d, "Working in partnership", 1, page_break=True)
    para(d, "Many of the objectives in this plan can only be delivered with partners. I will use my convening role and "
            "my grants to support their work, and I expect partner strategies to show how they support this plan.")
    table(d, [["Partnership", "How it links to this plan"],
              ["Community safety partnerships (Lancashire-12, Blackburn with Darwen, Blackpool)",
               "Local priorities for crime, ASB and community safety"],
              ["Lancashire Violence Reduction Network", "Serious violence and the Serious Violence Duty"],
              ["Pan-Lancashire VAWG partnership", "The partnership VAWG strategy"],
              ["Combating drugs partnerships", "Drug supply, treatment and recovery"],
              ["Lancashire Criminal Justice Board", "Victims, witnesses, courts and reducing reoffending"],
              ["Youth justice services", "Children in the justice system"],
              ["Lancashire Road Safety Partnership", "Fewer deaths and serious injuries on our roads"]],
          [7.4, 9.0], head_fill=SLATE, band="EEF1F4", size=9.5)
    para(d, "")
    heading(d, "Accountability and resources", 1)
    para(d, "I hold the Chief Constable to account in public at my Accountability Board. The Police and Crime Panel "
            "scrutinises my decisions. I will publish an annual report on progress against this plan.")
    table(d, [["Budget 2024/25 (illustrative)", "£m"], ["Police grant and council tax precept", "394.0"],
              ["Commissioned victim services", "4.1"], ["Community Fund (seized assets)", "0.6"],
              ["Community safety grants to partners", "2.3"]], [12.4, 4.0], head_fill=RED, band="F6E9EE", size=9.5)
    # back
    page_break(d)
    para(d, "", space_after=330)
    cover_block(d, [("Office of the Police and Crime Commissioner for Lancashire", 13, True, "FFFFFF"),
                    ("County Hall, Preston", 10, False, "FFFFFF"), ("commissioner@lancashire-pcc.example", 10, False,
                                                                      "FFFFFF"),
                    ("All statistics in this plan are illustrative.", 9, False, "F2C6D3")], SLATE, height_cm=4)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword from the Commissioner Serving", "num": "Lancashire in numbers Lancashire Constabulary",
               "vis": "My vision and priorities My vision", "part": "Working in partnership Many of",
               "gov": "Accountability and resources I hold"}
    needles.update({f"p{i}": f"PRIORITY {p[0]} {p[1]}" for i, p in enumerate(PRIORITIES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "lancs_plan.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
