"""Safer Plymouth Partnership Plan 2023-2026: Word report (python-docx + LibreOffice).

Numbered sections; a "Plan on a page" table names the six priorities (not the
gold page); then each priority is a Heading 2 "Priority n – X" with "Why this
matters", "We will" bullets and measures.  Cross-cutting themes, principles,
the action plan and the partner appendix are distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403

FILE = "strategies/safer_plymouth_partnership_plan_2023-26.pdf"
TITLE = "Safer Plymouth Partnership Plan 2023–2026"
NAVY, SEA = "0E3A53", "1B8A9C"

PRIORITIES = [
    ("Tackling domestic abuse and sexual violence",
     "Domestic abuse and sexual violence account for more than a third of all violent crime recorded in Plymouth "
     "(illustrative). Most victims are women and girls, and children living with domestic abuse are victims in their "
     "own right. Many people who experience abuse never report it to the police.",
     ["Deliver the Plymouth Domestic Abuse and Sexual Violence Partnership's action plan.",
      "Fund independent domestic violence advisers based in the hospital, in housing and in family services.",
      "Make sure every front-line professional can recognise coercive control and knows how to respond.",
      "Improve access to the Sexual Assault Referral Centre and to counselling for survivors.",
      "Target repeat perpetrators through the multi-agency tasking and coordination process."],
     "Repeat referrals to MARAC; survivors engaging with support; sexual offences charged."),
    ("Reducing serious violence and knife crime",
     "Plymouth has lower levels of serious violence than most cities, but knife possession offences and serious "
     "assaults involving young people have risen since 2021 (illustrative). The Serious Violence Duty gives partners "
     "a shared responsibility to prevent and reduce serious violence.",
     ["Deliver the Plymouth elements of the Devon, Cornwall and Isles of Scilly Serious Violence Prevention Strategy.",
      "Place youth workers in the Derriford emergency department and in custody.",
      "Run knife crime education in every secondary school and in alternative provision.",
      "Use problem-solving plans for the city centre, Union Street and other hotspots."],
     "Knife possession offences; hospital admissions for assault with a sharp object among under-25s."),
    ("Tackling anti-social behaviour in our neighbourhoods and city centre",
     "Anti-social behaviour is the issue residents raise most often in our surveys. It includes noise and nuisance, "
     "intimidation, vandalism, street drinking and off-road bikes, and it affects the most deprived neighbourhoods most.",
     ["Run a joint ASB hub with the police, the council and the main housing providers.",
      "Use the tools of the Anti-social Behaviour, Crime and Policing Act 2014 consistently across tenures.",
      "Give every victim of persistent ASB a risk assessment and a named case officer.",
      "Review the city centre public spaces protection order."],
     "Repeat victims of ASB; satisfaction with how ASB reports are handled; ASB Case Review outcomes."),
    ("Reducing drug and alcohol harm",
     "Drug and alcohol use is linked to a large share of violence, acquisitive crime and anti-social behaviour in the "
     "city, and to avoidable deaths. Alcohol-related hospital admissions in Plymouth are above the national average "
     "(illustrative).",
     ["Work with the Plymouth Combating Drugs Partnership on treatment, recovery and prevention.",
      "Support the licensing authority to manage the impact of alcohol in the city centre.",
      "Make sure people leaving prison with a drug or alcohol need are connected to treatment.",
      "Raise awareness of the risks of drugs and alcohol with young people and families."],
     "Alcohol-related hospital admissions; people in treatment; drug-related deaths."),
    ("Protecting children and adults from exploitation",
     "Criminals exploit children and adults to move drugs, to commit crime and for sex. Some of those at greatest risk "
     "are children missing from home or education and adults whose homes are taken over (cuckooing).",
     ["Run a multi-agency exploitation panel for children and extend it to adults at risk.",
      "Train taxi drivers, hotel staff and licensees to spot and report exploitation.",
      "Protect tenants at risk of cuckooing with the housing providers.",
      "Support survivors of modern slavery through the National Referral Mechanism."],
     "Children and adults safeguarded from exploitation; National Referral Mechanism referrals."),
    ("Building safe and cohesive communities and tackling hate crime",
     "Plymouth is increasingly diverse. Hate crime is under-reported and can quickly raise tensions between communities, "
     "especially after national or international events.",
     ["Promote hate crime reporting through third-party reporting centres.",
      "Monitor community tensions with faith and community leaders.",
      "Support victims of hate crime through commissioned services.",
      "Deliver the Prevent duty with partners and communities."],
     "Hate incidents reported; residents who agree that people from different backgrounds get on well."),
]

ACTIONS = [
    ("1", "Hospital-based IDVA post", "Public Health / PCC", "Sep 2023"),
    ("1", "Coercive control training for front-line staff", "PDASVP", "Mar 2024"),
    ("2", "Youth workers at Derriford ED", "SVPP / NHS", "Oct 2023"),
    ("2", "Knife crime education programme", "Police / schools", "Jul 2024"),
    ("3", "Joint ASB hub", "PCC / Police / housing", "Jan 2024"),
    ("3", "City centre PSPO review", "Community Connections", "Oct 2023"),
    ("4", "Prison release treatment pathway", "CDP / Probation", "Apr 2024"),
    ("5", "Adult exploitation panel", "Adult Social Care", "Dec 2023"),
    ("5", "Cuckooing protocol", "Housing providers", "Nov 2023"),
    ("6", "Third-party reporting centres", "Communities team", "Jun 2024"),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(NAVY, SEA, "404040"), title=TITLE,
                author="Safer Plymouth")
    header_footer(d, "Safer Plymouth", "Partnership Plan 2023–2026", footer_fmt="Page {PAGE}", rule_colour=SEA)
    # cover
    para(d, "SAFER PLYMOUTH", bold=True, size=14, colour=SEA, space_after=50)
    cover_block(d, [("Partnership Plan", 32, True, "FFFFFF"), ("2023–2026", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Plymouth's community safety partnership", 13, False, "CFE8EC")],
                NAVY, height_cm=10)
    para(d, "", space_after=160)
    para(d, "Plymouth City Council • Devon and Cornwall Police • Devon and Somerset Fire and Rescue Service • "
            "Probation Service • NHS Devon • Office of the Police and Crime Commissioner", size=9, colour="595959")
    page_break(d)
    # contents
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    entries = [("1  Foreword", "fw", 0), ("2  Plymouth in context", "ctx", 0), ("2.1  Plymouth in numbers", "num", 1),
               ("2.2  Our strategic assessment", "sa", 1), ("3  Our plan", "plan", 0), ("3.1  Plan on a page", "pop", 1),
               ("3.2  How we will work", "how", 1)]
    entries += [(f"Priority {i + 1} – {p[0]}", f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    entries += [("4  Delivery and governance", "gov", 0), ("5  Action plan 2023–24", "act", 0),
                ("Appendix  Partnership members", "app", 0)]
    contents(d, entries, pages, leader=True)
    # foreword
    heading(d, "1  Foreword", 1, page_break=True)
    for t in [
        "Welcome to the Safer Plymouth Partnership Plan for 2023 to 2026. Safer Plymouth is the city's community safety "
        "partnership. It brings together the organisations that share a legal duty to reduce crime, disorder, substance "
        "misuse and reoffending, and, since January 2023, to prevent and reduce serious violence.",
        "Plymouth is a proud, maritime city with strong communities. Most residents feel safe most of the time. But crime "
        "and harm are not shared equally, and some of our neighbourhoods experience far more than their share.",
        "This plan is based on our annual strategic assessment and on what residents told us in the Plymouth Community "
        "Safety Survey. It sets out six priorities where working together will make the biggest difference.",
        "It also supports the priorities of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly "
        "and the regional strategies for serious violence, domestic abuse and drugs.",
        "We will publish an annual report on progress and we will keep listening to residents about what matters to them."]:
        para(d, t)
    para(d, "Chair, Safer Plymouth", bold=True)
    # context
    heading(d, "2  Plymouth in context", 1, page_break=True)
    para(d, "Community safety partnerships were set up by the Crime and Disorder Act 1998. In Plymouth the responsible "
            "authorities are the city council, the police, the fire and rescue service, the probation service and the "
            "integrated care board.")
    heading(d, "2.1  Plymouth in numbers", 2)
    t = table(d, [["266,000", "21,500", "4,300", "+17%"],
                  ["residents in the city", "crimes recorded in 2022/23", "domestic abuse incidents",
                   "knife possession offences since 2021"],
                  ["1 in 3", "1,150", "62", "58%"],
                  ["violent crimes linked to domestic abuse", "ASB reports each month", "drug-related deaths over three years",
                   "feel safe in the city centre after dark"]],
              [4.1, 4.1, 4.1, 4.1], head_fill=NAVY, band=None, size=9)
    for c in range(4):
        shade(t.cell(2, c), SEA)
        for r in (0, 2):
            for p in t.cell(r, c).paragraphs:
                for run in p.runs:
                    run.font.size = Pt(18)
                    run.bold = True
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="595959")
    heading(d, "2.2  Our strategic assessment", 2)
    bullets(d, ["Violence is concentrated in the city centre and in a small number of neighbourhoods.",
                "Domestic abuse remains the largest single driver of violent crime.",
                "Drug markets are linked to exploitation, violence and anti-social behaviour.",
                "Residents' top concerns are anti-social behaviour, drug dealing and speeding.",
                "Reported hate crime has risen, but under-reporting remains a concern."])
    # plan
    heading(d, "3  Our plan", 1, page_break=True)
    para(d, "Our vision: a safe and welcoming Plymouth, where everyone can live free from crime and the fear of crime.",
         italic=True, colour=NAVY, size=12)
    heading(d, "3.1  Plan on a page", 2)
    rows = [["Priority", "Lead group"]]
    lead = ["Domestic Abuse and Sexual Violence Partnership", "Serious Violence Prevention Group", "ASB Strategic Group",
            "Combating Drugs Partnership", "Exploitation Sub-group", "Cohesion and Prevent Board"]
    rows += [[p[0], lead[i]] for i, p in enumerate(PRIORITIES)]
    table(d, rows, [10.0, 6.4], head_fill=SEA, band="E7F3F5", size=9.5)
    para(d, "")
    heading(d, "3.2  How we will work", 2)
    para(d, "Three cross-cutting themes run through every priority:")
    bullets(d, ["Trauma-informed practice: understanding the impact of adverse experiences.",
                "Early intervention: acting before problems escalate, especially with children and families.",
                "Listening to communities: involving residents in deciding what we do."], bold_lead=True)
    para(d, "Our principles are to be victim-centred, evidence-led and open about our performance.")
    for i, (name, why, dos, measure) in enumerate(PRIORITIES):
        heading(d, f"Priority {i + 1} – {name}", 2, page_break=(i == 0))
        para(d, "Why this matters", bold=True, colour=SEA, space_after=2)
        para(d, why)
        para(d, "We will:", bold=True, colour=SEA, space_after=2)
        bullets(d, dos)
        p = para(d, "How we will measure progress: ", bold=True, space_after=10)
        p.add_run(measure)
    # governance
    heading(d, "4  Delivery and governance", 1, page_break=True)
    para(d, "The Safer Plymouth Board meets quarterly and is chaired by the city council's Strategic Director for "
            "Community Connections. It reports to the council's scrutiny panel and works with:")
    bullets(d, ["the Peninsula Serious Violence Prevention Partnership",
                "the Plymouth Domestic Abuse and Sexual Violence Partnership",
                "the Plymouth Combating Drugs Partnership", "the Plymouth Safeguarding Children Partnership",
                "the Office of the Police and Crime Commissioner, which provides community safety grant funding"])
    para(d, "Performance is reviewed by the board each quarter using a dashboard of indicators for each priority.")
    # action plan
    heading(d, "5  Action plan 2023–24", 1, page_break=True)
    table(d, [["Priority", "Action", "Lead", "By"]] + [list(a) for a in ACTIONS], [1.8, 8.0, 4.2, 2.4],
          head_fill=NAVY, band="E7F3F5", size=9)
    para(d, "")
    para(d, "The action plan is refreshed every year after the strategic assessment.", italic=True, size=9)
    heading(d, "Appendix  Partnership members", 1)
    bullets(d, ["Plymouth City Council", "Devon and Cornwall Police", "Devon and Somerset Fire and Rescue Service",
                "Probation Service", "NHS Devon Integrated Care Board", "Office of the Police and Crime Commissioner",
                "Plymouth Community Homes", "University of Plymouth", "Plymouth Octopus Project (voluntary sector)"])
    page_break(d)
    para(d, "", space_after=300)
    cover_block(d, [("Safer Plymouth", 14, True, "FFFFFF"), ("Ballard House, West Hoe Road, Plymouth", 10, False, "FFFFFF"),
                    ("saferplymouth@plymouth.example", 10, False, "FFFFFF"),
                    ("Figures in this plan are illustrative.", 9, False, "CFE8EC")], NAVY, height_cm=4)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "1 Foreword", "ctx": "2 Plymouth in context", "num": "2.1 Plymouth in numbers",
               "sa": "2.2 Our strategic assessment", "plan": "3 Our plan Our vision", "pop": "3.1 Plan on a page",
               "how": "3.2 How we will work", "gov": "4 Delivery and governance", "act": "5 Action plan 2023–24 Priority",
               "app": ("Appendix Partnership members", 5)}
    needles.update({f"p{i}": f"Priority {i + 1} – {p[0]}" for i, p in enumerate(PRIORITIES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "plymouth_csp.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
