"""Dorset Community Safety Partnership Strategy 2024-2027 (Dorset Council area): Word report (python-docx +
LibreOffice, Liberation Sans body, Liberation Serif headings).

Five priorities, stated once, as **Heading 3 sub-headings under three themed parts**, all on p6: under "Our
priorities for 2024–2027" three Heading 2 themes ("Theme 1: Safer places", "Theme 2: Safer people", "Theme 3:
Healthier communities") each hold one or two priorities as unnumbered Heading 3s, each followed by a short
paragraph and a "Lead:" line.  The theme names, the previous strategy's priorities (p5), the statutory duties
(p5), the key findings (p5), the delivery plan table's short names (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from dorset.work import soffice_stable, work_file

FILE = "strategies/dorset_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Dorset Community Safety Partnership Strategy 2024–2027"
GREEN, STONE, INK = "2F5D50", "B58B3C", "2A2A2A"

THEMES = [
    ("Theme 1: Safer places", [
        ("Reducing anti-social behaviour in our market towns and coastal resorts",
         "Weymouth, Bridport, Swanage, Dorchester and the market towns see most of our anti-social behaviour, with a "
         "sharp rise in the summer. We will solve problems place by place, using the full range of ASB powers and "
         "giving victims a say through the ASB case review.",
         "Dorset Council Community Safety Team"),
        ("Tackling rural crime",
         "Thefts of machinery, fuel and livestock, hare coursing and fly-tipping hurt farmers and rural businesses. "
         "We will back the Rural Crime Team, farm watch schemes and crime prevention advice for farms.",
         "Dorset Police Rural Crime Team")]),
    ("Theme 2: Safer people", [
        ("Protecting older and vulnerable people from scams and doorstep crime",
         "Older residents are targeted by scam callers, online fraud and rogue traders. We will run no-cold-calling "
         "zones, train bank staff and volunteers as scam champions, and help victims recover their confidence.",
         "Dorset Council Trading Standards"),
        ("Keeping people who hoard safe from fire",
         "Hoarding puts people at high risk of fire and makes rescue dangerous. We will find people who hoard "
         "through a shared referral route, offer safe and well visits, and support them through the Dorset "
         "hoarding protocol.",
         "Dorset & Wiltshire Fire and Rescue Service")]),
    ("Theme 3: Healthier communities", [
        ("Reducing the harm caused by alcohol",
         "Alcohol is linked to a large share of violence, domestic abuse and hospital admissions in Dorset. We will "
         "promote responsible retailing, use licensing powers well, and make sure people who drink at harmful levels "
         "are offered help.",
         "Dorset Council Public Health")]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, heading_font="Liberation Serif", colours=(GREEN, GREEN, STONE),
                title=TITLE, author="Dorset Community Safety Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Dorset Community Safety Partnership", "Strategy 2024–2027", footer_fmt="Page {PAGE}",
                  colour="5A5A5A", rule_colour=STONE)
    para(d, "", space_after=24)
    para(d, "DORSET COMMUNITY SAFETY PARTNERSHIP", bold=True, size=11, colour=GREEN, space_after=24)
    cover_block(d, [("Community Safety", 30, True, "FFFFFF"), ("Partnership Strategy", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "E8DCC0"), ("", 10, False, "FFFFFF"),
                    ("Keeping Dorset's towns, villages and coast safe", 11, False, "FFFFFF")], GREEN, height_cm=10)
    para(d, "", space_after=140)
    para(d, "A partnership of Dorset Council, Dorset Police, Dorset & Wiltshire Fire and Rescue Service, the Probation "
            "Service, NHS Dorset and the voluntary and community sector.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Dorset in numbers", "ctx", 0),
                 ("What we found and where we start from", "find", 0), ("Our priorities for 2024–2027", "pri", 0),
                 ("Delivery plan", "del", 0), ("Governance and measures", "gov", 0)], pages, leader=True)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Dorset is a large, rural county of market towns, villages and a long coast that welcomes millions of "
        "visitors each year. Crime is low, but where it happens it can leave people feeling isolated and "
        "unsupported, and some harm goes unseen behind closed doors.",
        "The Dorset Community Safety Partnership is the statutory partnership for the Dorset Council area under the "
        "Crime and Disorder Act 1998. Bournemouth, Christchurch and Poole has its own partnership, and we work "
        "closely with it and with the pan-Dorset boards for serious violence, domestic abuse and drugs.",
        "This strategy sets out five priorities for 2024 to 2027, grouped under three themes. They come from our "
        "strategic assessment and from a consultation that reached more than 1,500 residents (illustrative).",
        "Domestic abuse, serious violence and drug treatment are led by the pan-Dorset boards; we support their "
        "strategies rather than repeat them here."]:
        para(d, t)
    para(d, "Chair, Dorset Community Safety Partnership", bold=True)
    heading(d, "Dorset in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "380,000"], ["Residents aged 65 or over", "1 in 3"],
              ["Crimes recorded", "21,600"], ["Anti-social behaviour incidents", "5,400"],
              ["Rural crimes reported", "720"], ["Scam and doorstep crime reports to Trading Standards", "1,150"],
              ["Accidental dwelling fires linked to hoarding", "19"],
              ["Alcohol-related hospital admissions", "4,900"]], [11.4, 5.0], head_fill=GREEN, band="EFF4F1",
          size=9.5)
    para(d, "Baselines used in the measures on the last page come from this table.", size=9, colour="555555")
    heading(d, "What we found and where we start from", 1, page_break=True)
    heading(d, "Key findings of the strategic assessment", 2)
    bullets(d, ["Anti-social behaviour rises by half in the coastal resorts from June to August.",
                "Rural crime is under-reported; many farmers no longer report thefts.",
                "A third of scam victims are over 75 and live alone.",
                "Fires in hoarded homes are rare but cause serious injury and deaths.",
                "Alcohol features in two in five violent incidents in town centres."])
    heading(d, "Our last strategy", 2)
    para(d, "The 2021–2024 strategy had four priorities: Protecting vulnerable people; Reducing anti-social "
            "behaviour; Tackling serious violence; and Tackling drug-related harm. Serious violence and drugs are "
            "now led by the pan-Dorset partnerships set up since, so they are not priorities of this strategy.")
    heading(d, "Our statutory duties", 2)
    bullets(d, ["Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending.",
                "Serious Violence Duty: work with the Dorset Serious Violence Prevention Partnership.",
                "Domestic Abuse Act 2021 and the Prevent duty, delivered through the pan-Dorset boards."])
    heading(d, "Our priorities for 2024–2027", 1, page_break=True)
    para(d, "We have agreed five priorities for the next three years. To show how they fit together we have grouped "
            "them under three themes; the themes are a way of organising our work, and the priorities under them "
            "are what we commit to.")
    for theme, items in THEMES:
        heading(d, theme, 2)
        for name, text, lead in items:
            heading(d, name, 3)
            para(d, text)
            para(d, f"Lead: {lead}", italic=True, size=9, colour="555555")
    heading(d, "Delivery plan", 1, page_break=True)
    para(d, "Each priority has a task group, which keeps an action plan. The main actions for 2024/25 are below.")
    table(d, [["Priority", "Main actions 2024/25", "Lead"],
              ["ASB in towns", "Summer resort plans for Weymouth and Swanage; ASB case review promoted", "Council"],
              ["Rural crime", "Farm watch in every locality; crime prevention visits to 200 farms", "Police"],
              ["Scams", "No-cold-calling zones; scam champions in banks and libraries", "Trading Standards"],
              ["Hoarding", "Shared referral route; 300 safe and well visits", "Fire and rescue service"],
              ["Alcohol", "Responsible retailing scheme; alcohol brief advice in GP surgeries", "Public health"]],
          [3.2, 9.4, 3.8], head_fill=GREEN, band="EFF4F1", size=9)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The partnership board meets quarterly and reports to the council's Place and Resources Overview "
            "Committee and to the Police and Crime Commissioner.")
    table(d, [["Measure", "Baseline", "Direction"], ["ASB incidents, June to August", "2,100", "Down"],
              ["Rural crimes reported", "720", "Up (more reporting)"], ["Repeat scam victims", "210", "Down"],
              ["Fires in hoarded homes", "19", "Down"], ["Alcohol-related hospital admissions", "4,900", "Down"]],
          [8.8, 3.4, 4.2], head_fill=GREEN, band="EFF4F1", size=9)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: community.safety@dorsetcouncil.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Dorset is a large", "ctx": "Dorset in numbers The figures",
               "find": "What we found and where we start from", "pri": "Our priorities for 2024–2027 We have",
               "del": "Delivery plan Each priority", "gov": "Governance and measures The partnership"}
    src = work_file("dorset_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=1)
    two_pass(run, out, needles)
    return out
