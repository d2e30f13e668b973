"""North Northamptonshire Community Safety Partnership Strategy 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 as **rows beside drawn traffic lights** ("Where we stand today"): each row
has a CSS traffic light (dark housing, three lamps, one of them lit), the priority in bold beside it, and a
grey "Status: ..." line under it explaining the colour.  No numbers.  The previous strategy's priorities and
key findings (p4), the PFCC's priorities quoted in a box and the principles (p5), the status lines and the
key (p6), the delivery themes (p7) and the measures (p8) are distractors.
"""
from northamptonshire.kit import e, html_build
from northamptonshire.work import work_file

FILE = "strategies/north_northamptonshire_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "North Northamptonshire Community Safety Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Tackling anti-social behaviour and the harm it causes to victims", "amber",
     "Status: amber. Incidents are falling slowly, but repeat victims wait too long for help."),
    ("Disrupting county lines and closing down drug markets", "red",
     "Status: red. Drug markets in Corby and Wellingborough are growing, and cuckooing has risen."),
    ("Reducing deliberate fires and arson", "amber",
     "Status: amber. Deliberate fires in bins, cars and empty buildings rose last summer."),
    ("Protecting older and isolated residents from scams and doorstep crime", "green",
     "Status: green. More residents know how to spot a scam, and trading standards calls are answered quickly."),
    ("Reducing retail and business crime in our town centres", "red",
     "Status: red. Shop theft and abuse of shop staff have risen in Kettering, Corby and Rushden."),
]

CSS = """
.tl { display: flex; align-items: center; gap: 7mm; border-bottom: 1px solid #d8d8d8; padding: 2.2mm 0; }
.tl .box { width: 13mm; background: #26292D; border-radius: 3mm; padding: 1.6mm 0; display: flex;
  flex-direction: column; align-items: center; gap: 1.2mm; flex: none; }
.tl .lamp { width: 6.5mm; height: 6.5mm; border-radius: 50%; background: #4A4D52; }
.tl .lamp.red.on { background: #E03A3A; } .tl .lamp.amber.on { background: #F2A900; } .tl .lamp.green.on { background: #2FA84F; }
.tl .txt b { font-size: 13pt; line-height: 1.25; color: #3A1F5D; display: block; max-width: 120mm; }
.tl .txt span { font-size: 8.6pt; color: #777; display: block; margin-top: 1mm; }
.key { font-size: 8pt; color: #666; margin-top: 4mm; }
"""


def lights():
    P = ['<h2>Where we stand today</h2>']
    for name, on, status in PRIORITIES:
        lamps = "".join(f'<div class="lamp {c}{" on" if c == on else ""}"></div>' for c in ("red", "amber", "green"))
        P.append(f'<div class="tl"><div class="box">{lamps}</div><div class="txt"><b>{e(name)}</b>'
                 f'<span>{e(status)}</span></div></div>')
    P.append('<p class="key">Key: red – getting worse or well off target; amber – little change; green – improving. '
             'The colours are the board\'s own judgement in March 2024 and will be reviewed every year.</p>')
    return "\n".join(P)


SPEC = dict(
    file=FILE, title=TITLE, org="North Northamptonshire Community Safety Partnership", c1="#3A1F5D", c2="#F2A900",
    pale="#EFEAF5", running="North Northamptonshire Community Safety Partnership · Strategy 2024–2027",
    page_fmt='"Page " counter(page)', font="DejaVu Sans",
    cover_title=["Community Safety", "Partnership Strategy"], years="2024 – 2027",
    cover_sub="Corby · Kettering · Wellingborough · East Northamptonshire",
    back=["Municipal offices (illustrative address)", "safercommunities@northnorthants.example"],
    sections=[
        ("fw", "Introduction", [
            ("p", "North Northamptonshire is home to around 360,000 people in four historic boroughs: Corby, "
                  "Kettering, Wellingborough and East Northamptonshire. It is one of the fastest growing parts of "
                  "England."),
            ("p", "The North Northamptonshire Community Safety Partnership is the statutory partnership for the "
                  "area under the Crime and Disorder Act 1998. Its members are North Northamptonshire Council, "
                  "Northamptonshire Police, Northamptonshire Fire and Rescue Service, the Probation Service and the "
                  "Integrated Care Board, with the voluntary sector and housing providers."),
            ("p", "This strategy is deliberately short. It names five priorities and shows, honestly, how we think "
                  "we are doing on each of them today."),
            ("sign", "Chair, North Northamptonshire Community Safety Partnership")]),
        ("ctx", "North Northamptonshire in numbers", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("360,000", "residents"), ("27,500", "crimes recorded in 2023/24"),
                       ("5,500", "anti-social behaviour incidents"), ("310", "deliberate fires"),
                       ("2,100", "shop thefts reported"), ("£1.2m", "lost to scams reported by residents")]),
            ("h", "Key findings"),
            ("ul", ["ASB is the issue residents raise most often at community meetings.",
                    "At least nine county lines are active in the area at any one time.",
                    "Deliberate fires peak in the summer holidays and around bonfire night.",
                    "Scam victims are mostly over 70 and many live alone."]),
            ("h", "Our previous strategy"),
            ("p", "The 2021–2024 strategy had three priorities: Safer neighbourhoods; Protecting vulnerable people; "
                  "and Reducing reoffending. Reoffending is now led by the county's reducing reoffending board.")]),
        ("how", "How we work", [
            ("p", "Our principles apply to every priority."),
            ("ul", ["Early action: we act on the first report, not the fifth.",
                    "Visible partnership: residents should see us working together.",
                    "Evidence-led: we go where the data and residents take us."]),
            ("box", "The Police and Crime Plan", ["Prevention that keeps Northamptonshire safe",
                    "A police response you can rely on", "Reducing violence and protecting children from exploitation",
                    "Tackling violence against women and girls and domestic abuse",
                    "Putting victims at the heart of justice", "Building trust and confidence in policing"]),
            ("note", "The Police, Fire and Crime Commissioner's priorities for 2025–2029, for information.")]),
        ("pri", "Our five priorities", [
            ("p", "The board agreed five priorities for 2024 to 2027. Beside each is a traffic light showing where "
                  "we think we stand today."),
            ("raw", lights())]),
        ("del", "Delivering the strategy", [
            ("p", "Each priority has a delivery group with a lead partner."),
            ("table", [["Theme", "Key actions 2024/25", "Lead"],
                       ["ASB", "An ASB victim advocate; faster Community Protection Warnings", "Council"],
                       ["Drugs", "Closure orders on cuckooed flats; county lines awareness for taxi drivers", "Police"],
                       ["Fire", "Clear-ups of fly-tipped waste; fire-setter intervention for children", "Fire service"],
                       ["Scams", "Call blockers for repeat victims; a scams champions network", "Trading standards"],
                       ["Business crime", "A business crime partnership and radio link in each town centre",
                        "Police and BIDs"]])]),
        ("gov", "Governance and measures", [
            ("p", "The board meets quarterly and reports to the council's scrutiny committee."),
            ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "5,500", "Down"],
                       ["Drug supply offences charged", "140", "Up"], ["Deliberate fires", "310", "Down"],
                       ["Repeat scam victims", "190", "Down"], ["Shop thefts", "2,100", "Down"]]),
            ("note", "Baselines are illustrative.")])])


def build(root):
    return html_build(SPEC, root, work_file, CSS)
