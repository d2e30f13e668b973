"""Bolsover Community Safety Partnership Plan 2025-2028: python-pptx deck -> LibreOffice.

Layout: a SmartArt-like "basic chevron process" slide (slide 8): five chevrons in a row, each holding one
priority in white bold, with a grey "Lead:" caption under each.  Later "deep dive" slides carry short theme
titles only.
"""
from .deck import Deck, LEFT, S
from . import parts

OUT = "strategies/bolsover_community_safety_partnership_plan_2025-28.pdf"
PLUM, LIGHT, DARK = "#5B2A6E", "#F1E8F4", "#2E1238"
PRIS = [("Anti-social behaviour and nuisance", "Lead: ASB Task Group"),
        ("Domestic abuse", "Lead: Domestic Abuse Forum"),
        ("Drugs and alcohol misuse", "Lead: Substance Misuse Group"),
        ("Fraud and scams affecting older residents", "Lead: Vulnerability Group"),
        ("Community cohesion and Prevent", "Lead: Cohesion Group")]
SHADES = ["#5B2A6E", "#6E3A82", "#834C97", "#985FAC", "#AD73C1"]


def build(root):
    d = Deck("Bolsover Community Safety Partnership Plan 2025-2028", "Bolsover Community Safety Partnership",
             accent=PLUM, number_fmt="{n}")
    parts.title_slide(d, "Bolsover Community Safety Partnership", "Partnership Plan 2025–2028",
                      "Briefing for elected members", DARK, "#E0B3F0")
    parts.agenda(d, ["Purpose of this briefing", "Bolsover at a glance: the numbers", "What residents told us",
                     "Previous priorities and national context", "Our priorities 2025–2028", "Deep dives",
                     "Delivery plan and measures", "Governance"], PLUM)
    parts.prose(d, "Purpose of this briefing", [
        "Members are asked to note the Community Safety Partnership Plan for 2025–2028 and the priorities agreed "
        "by the partnership board in March.",
        "The plan meets the district's duties under section 17 of the Crime and Disorder Act 1998 and the "
        "Serious Violence Duty, and it links to the county's Safer Derbyshire structures.",
        "Figures in this briefing are illustrative."],
        aside=["Partners", "Bolsover District Council", "Derbyshire Constabulary", "Derbyshire County Council",
               "Derbyshire Fire and Rescue Service", "Probation Service", "Integrated Care Board",
               "Housing providers"], fill=LIGHT)
    parts.tiles(d, "The numbers", [
        ("81,000", "residents"), ("5,300", "crimes recorded last year"), ("2,240", "ASB incidents"),
        ("£1.1m", "lost to fraud by residents over 65"), ("1,030", "domestic abuse incidents"),
        ("+15%", "rise in alcohol-related hospital admissions")], LIGHT, PLUM)
    parts.quotes(d, "What residents told us", [
        "Off-road bikes on the old colliery sites every weekend.", "My mum lost her savings to a phone scam.",
        "Nitrous oxide canisters all over the park.", "We need youth clubs back in the villages.",
        "I don't report things because nothing happens.", "Shirebrook has changed a lot; people don't mix."],
        LIGHT, DARK)
    parts.two_lists(d, "Previous priorities and national context", "Our 2022–2025 priorities", [
        "Anti-social behaviour", "Domestic abuse and sexual violence", "Substance misuse",
        "Protecting vulnerable people"], "National context", [
        "Serious Violence Duty (2023): partners must work together to prevent serious violence",
        "From Harm to Hope: the ten-year drugs plan", "Tackling Domestic Abuse Plan (2022)",
        "Anti-social Behaviour Action Plan (2023)"], PLUM)
    parts.pcp_slide(d, LIGHT, DARK)
    s = d.slide()
    d.heading(s, "Our priorities 2025–2028")
    for i, (t, lead) in enumerate(PRIS):
        kind = S.PENTAGON if i == 0 else S.CHEVRON
        d.shape(s, kind, 0.45 + i * 2.48, 2.6, 2.75, 2.0, fill=SHADES[i], paras=t, size=14, bold=True, adjust=[0.22],
                margin=0.02)
        d.text(s, 0.7 + i * 2.48, 4.8, 2.2, 0.6, lead, size=12, color="#777777")
    d.text(s, 0.6, 5.8, 12, 0.6, "Agreed by the partnership board, March 2025.", size=14, italic=True,
           color="#555555")
    for theme, pts in [("Deep dive: ASB", ["2,240 incidents last year; 31% involved off-road bikes",
                                            "Hotspots: Shirebrook, Bolsover town, South Normanton",
                                            "New: joint ASB hub at the council offices"]),
                       ("Deep dive: domestic abuse", ["1,030 incidents; 38% repeat victims",
                                                      "Outreach via the county's commissioned service",
                                                      "Domestic homicide review learning to be embedded"]),
                       ("Deep dive: substances", ["Alcohol-related admissions up 15%",
                                                  "Nitrous oxide now controlled (Class C)",
                                                  "Treatment through the county drug and alcohol service"]),
                       ("Deep dive: scams and cohesion", ["Residents over 65 lost £1.1m to fraud",
                                                          "Trading Standards call-blockers",
                                                          "Community cohesion events in Shirebrook"])]:
        s = d.slide()
        d.heading(s, theme)
        d.bullets(s, 0.6, 1.6, 7.5, 5, pts, size=20)
        d.shape(s, S.OVAL, 9.0, 1.8, 3.3, 3.3, fill=LIGHT, paras="Illustrative", size=16, color=PLUM)
    parts.action_table(d, "Delivery plan 2025–26", [
        ["ASB", "Off-road bike operation with seized bike crushing", "Police", "Ongoing"],
        ["ASB", "Youth diversion sessions in five villages", "Council", "Mar 2026"],
        ["Domestic abuse", "Ask for ANI pharmacies promoted", "Council", "Sep 2025"],
        ["Substances", "Licensing checks on late-night alcohol sales", "Council", "Ongoing"],
        ["Scams", "Call-blockers for 200 older residents", "Trading Standards", "Mar 2026"],
        ["Cohesion", "Prevent awareness for staff and councillors", "Council", "Dec 2025"]])
    parts.measures(d, "Measures", [
        ["Less ASB", "ASB incidents", "2,240"], ["Fewer repeat victims of domestic abuse", "Repeat rate", "38%"],
        ["Less harm from alcohol", "Alcohol-related admissions per 100,000", "690"],
        ["Fewer older residents defrauded", "Reported frauds, over 65s", "212"]])
    parts.governance(d, "Governance", ["Safer Derbyshire (county board)", "Bolsover Community Safety Partnership",
                                       "Joint Action Group", "Task groups"], LIGHT, DARK,
                     ["community.safety@bolsover.example", "01246 000000 (illustrative)"])
    return d.to_pdf(root / OUT)
