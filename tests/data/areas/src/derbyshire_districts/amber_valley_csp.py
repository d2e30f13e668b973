"""Amber Valley Community Safety Partnership Plan 2025-2028: python-pptx deck -> LibreOffice.

Layout: "hero photo" slides.  Each priority has its own slide: a full-bleed grey photograph placeholder with a
caption, and a dark banner across the lower third holding a "Priority one" label and the priority in white bold.
"""
from .deck import Deck, LEFT, S
from . import parts

OUT = "strategies/amber_valley_community_safety_partnership_plan_2025-28.pdf"
TEAL, DARK, LIGHT = "#00707A", "#0E2A2D", "#E3F1F2"

PRIS = [
    ("Reducing anti-social behaviour in our towns and villages", "one",
     "Photograph: a community clean-up in Heanor market place",
     "Anti-social behaviour is the issue residents raise most often, from Ripley and Heanor to Alfreton's "
     "town centre."),
    ("Tackling domestic abuse and supporting those affected", "two",
     "Photograph: a drop-in support session at a family hub",
     "Domestic abuse accounts for about one in six crimes recorded in Amber Valley (illustrative)."),
    ("Tackling drug dealing and county lines", "three",
     "Photograph: a neighbourhood officer talking with residents outside a parade of shops",
     "Residents told us that drug dealing is the crime they feel least able to report."),
    ("Making our rural communities safer", "four",
     "Photograph: farm buildings near Crich at dusk",
     "Theft of machinery, fuel and livestock, and poaching, hit isolated farms and villages hardest."),
]


def build(root):
    d = Deck("Amber Valley Community Safety Partnership Plan 2025-2028", "Safer Amber Valley Partnership",
             accent=TEAL, number_fmt="Slide {n}")
    parts.title_slide(d, "Safer Amber Valley Partnership", "Community Safety Partnership Plan 2025–2028",
                      "Presentation to the Amber Valley Borough Council Community Services Committee", DARK, TEAL)
    parts.agenda(d, ["Welcome", "Amber Valley in numbers", "What residents told us", "Looking back: 2022–2025",
                     "Our priorities", "Action plan", "How we will know it is working", "Governance and contacts"],
                 TEAL)
    parts.prose(d, "Welcome", [
        "The Safer Amber Valley Partnership brings together the Borough Council, Derbyshire County Council, "
        "Derbyshire Constabulary, the fire and rescue service, probation, the health board and local "
        "voluntary groups.",
        "Every three years we agree where we will focus together. This plan was shaped by our strategic "
        "assessment, by the Police and Crime Plan and by more than 900 residents who answered our survey.",
        "— Chair, Safer Amber Valley Partnership"],
        aside=["Statutory duties", "Crime and Disorder Act 1998, section 17", "Serious Violence Duty",
               "Prevent duty", "Domestic Homicide Reviews"], fill=LIGHT)
    parts.tiles(d, "Amber Valley in numbers", [
        ("128,000", "residents across four towns and many villages"), ("7,900", "crimes recorded last year"),
        ("3,150", "anti-social behaviour incidents"), ("1 in 6", "crimes are domestic abuse related"),
        ("+12%", "rise in drug possession offences"), ("£410k", "estimated cost of rural theft")], LIGHT, TEAL)
    parts.quotes(d, "What residents told us", [
        "Groups of lads on bikes round the precinct every night.", "I want to see a PCSO walking the village.",
        "Everyone knows which house is dealing.", "Quad bikes have been taken from three farms on our lane.",
        "More lighting on the path to the station, please.", "The bus station feels unsafe after dark."],
        LIGHT, DARK)
    parts.two_lists(d, "Looking back: 2022–2025", "Our previous priorities", [
        "Anti-social behaviour", "Domestic abuse", "Substance misuse", "Vulnerable people and hate crime"],
        "What we achieved (illustrative)", ["Anti-social behaviour down 8%", "Two new Public Spaces Protection Orders",
                                           "1,200 professionals trained on domestic abuse",
                                           "Night-time economy scheme in Ripley"], TEAL)
    parts.pcp_slide(d, LIGHT, DARK)
    s = d.slide(bg=DARK)
    d.text(s, 0.8, 2.6, 11.5, 1.0, "Our priorities for 2025–2028", size=40, bold=True, color="#FFFFFF")
    d.text(s, 0.8, 3.7, 11.5, 1.0, "Chosen from the strategic assessment and the residents' survey",
           size=20, color="#CFE7E9")
    for title, word, photo, why in PRIS:
        s = d.slide(footer=False, bg="#9AA5A6")
        d.shape(s, S.RECTANGLE, 0.5, 0.4, 6.0, 0.5, fill="#7D8A8B", paras=photo, size=12, italic=True,
                color="#FFFFFF", align=LEFT)
        d.shape(s, S.RECTANGLE, 0, 4.3, 13.333, 2.6, fill=DARK)
        d.text(s, 0.8, 4.5, 11.8, 0.4, f"Priority {word}", size=15, bold=True, color="#7FD3DA")
        d.text(s, 0.8, 4.95, 11.8, 1.2, title, size=32, bold=True, color="#FFFFFF")
        d.text(s, 0.8, 6.25, 11.8, 0.6, why, size=15, color="#CFE7E9")
        d.text(s, 11.3, 7.05, 1.5, 0.35, f"Slide {d.n}", size=10, color="#FFFFFF", align=2)
    parts.action_table(d, "Action plan 2025–26", [
        ["ASB", "Joint patrols and youth outreach in Heanor, Ripley and Alfreton", "Police and council", "Mar 2026"],
        ["ASB", "Review the Public Spaces Protection Orders", "Council", "Dec 2025"],
        ["Domestic abuse", "Roll out a workplace champions scheme", "Council", "Jun 2026"],
        ["Domestic abuse", "Publish the lessons of the domestic homicide review", "Partnership", "Sep 2025"],
        ["Drugs", "Closure orders on addresses used for dealing", "Police", "Ongoing"],
        ["Drugs", "Awareness sessions for taxi drivers and landlords", "Council", "Mar 2026"],
        ["Rural", "Farm Watch and marking of machinery", "Rural Crime Team", "Ongoing"],
        ["Vulnerable people", "Hate crime reporting centres in libraries", "Council", "Dec 2025"]])
    parts.measures(d, "How we will know it is working", [
        ["Fewer people affected by ASB", "ASB incidents reported", "3,150"],
        ["More victims of domestic abuse get help", "Referrals to outreach", "640"],
        ["Less drug dealing", "Closure orders and warrants", "14"],
        ["Rural residents feel safer", "Rural survey: feel safe", "71%"]])
    parts.governance(d, "Governance and contacts", [
        "Amber Valley Borough Council Community Services Committee", "Safer Amber Valley Partnership Board",
        "Joint Action Group (monthly)", "Task groups for each priority"], LIGHT, DARK, [
        "community.safety@ambervalley.example", "01773 000000 (illustrative)", "Report crime: 101 or 999"])
    parts.end_slide(d, DARK)
    return d.to_pdf(root / OUT)
