"""Derbyshire Dales Community Safety Partnership Plan 2025-2028: python-pptx deck -> LibreOffice.

Layout: a SmartArt-like pyramid (slide 9): four stacked trapezoid layers, widening downwards, each holding one
priority in bold, with a grey caption to the right of each layer.  A "considered but not chosen" slide comes
before it.
"""
from .deck import Deck, LEFT, S
from . import parts

OUT = "strategies/derbyshire_dales_community_safety_partnership_plan_2025-28.pdf"
GREEN, LIGHT, DARK = "#3E6B2F", "#EAF2E4", "#1F3517"
PRIS = [("Rural and heritage crime", "Farms, quarries, churches and scheduled monuments", "#C8DDBB", DARK),
        ("Road safety and speeding on rural roads", "A6, A515, A5012 and village high streets", "#9CC286", DARK),
        ("Anti-social behaviour in market towns and visitor hotspots", "Matlock, Ashbourne, Bakewell, Wirksworth",
         "#6A9A51", "#FFFFFF"),
        ("Protecting older and vulnerable residents from scams and fraud", "Doorstep, phone and online scams",
         "#3E6B2F", "#FFFFFF")]


def build(root):
    d = Deck("Derbyshire Dales Community Safety Partnership Plan 2025-2028", "Derbyshire Dales CSP  |  2025–2028",
             accent=GREEN, font="DejaVu Sans", number_fmt="{n}")
    parts.title_slide(d, "Derbyshire Dales Community Safety Partnership", "Safer Dales: our plan for 2025–2028",
                      "Community Safety Partnership annual meeting", DARK, "#9CC286")
    parts.agenda(d, ["About the Dales", "What you told us", "Our last plan", "Issues we considered",
                     "The priorities pyramid", "What we will do", "Measures", "Governance and contacts"], GREEN)
    parts.prose(d, "About the Dales", [
        "The Derbyshire Dales is a large, rural district with about 72,000 residents, four market towns and "
        "millions of visitors to the Peak District each year.",
        "It is one of the safest districts in England, but isolation, busy roads and an older population bring "
        "their own risks. All figures in this deck are illustrative."],
        aside=["Key findings (illustrative)", "Rural theft up 11%", "Killed or seriously injured on Dales roads: 58",
               "27% of residents are over 65", "ASB peaks in summer in the market towns"], fill=LIGHT)
    parts.tiles(d, "What you told us", [("64%", "worry about speeding"), ("41%", "had a scam call last month"),
                                        ("38%", "saw ASB in a town centre"), ("29%", "feel isolated"),
                                        ("880", "survey responses"), ("12", "parish council meetings")],
                LIGHT, GREEN)
    parts.two_lists(d, "Our last plan (2022–2025)", "Previous priorities", [
        "Rural crime", "Vulnerable people", "Anti-social behaviour", "Domestic abuse"],
        "What changed", ["Rural Crime Team expanded", "Scams champions in every town",
                         "Summer ASB patrols in Matlock Bath", "Domestic abuse now led county-wide"], GREEN)
    parts.two_lists(d, "Issues we considered", "Considered but not chosen", [
        "Domestic abuse: led by the county Domestic Abuse and Sexual Violence Partnership",
        "Serious violence: very low levels in the Dales; led by the county partnership",
        "Drugs: led by the Combating Drugs Partnership", "Hate crime: monitored by the Joint Action Group"],
        "Why", ["Low local volume", "A stronger county-wide lead", "We will support county work",
                "We will review each year"], GREEN)
    parts.pcp_slide(d, LIGHT, DARK)
    s = d.slide()
    d.heading(s, "The priorities pyramid")
    top, step, h, x0 = 3.4, 1.65, 1.15, 0.4
    for i, (t, cap, fill, ink) in enumerate(PRIS):
        wt = top + i * step
        wb = wt + step
        x = x0 + (top + 3 * step + step - wb) / 2
        d.shape(s, S.TRAPEZOID, x, 1.55 + i * (h + 0.08), wb, h, fill=fill, paras=t, size=15, bold=True, color=ink,
                adjust=[(step / 2) / h], margin=0.03)
        d.text(s, 10.7, 1.7 + i * (h + 0.08), 2.5, 0.9, cap, size=11, color="#6B6B6B")
    d.text(s, 0.6, 6.35, 9.5, 0.5, "Agreed by the partnership, April 2025", size=13, italic=True, color="#555555")
    parts.action_table(d, "What we will do", [
        ["Rural", "Farm and heritage watch schemes; marking of plant and machinery", "Rural Crime Team", "Ongoing"],
        ["Rural", "Lead theft patrols at churches", "Police", "Sep 2025"],
        ["Roads", "Community Speedwatch in 20 villages", "Police and parishes", "Mar 2026"],
        ["Roads", "Motorcycle safety campaign on the A6", "Road safety partners", "Summer 2025"],
        ["Town centres", "Summer patrol plan in Matlock Bath", "Police and council", "Jul 2025"],
        ["Scams", "Scams champions and call-blockers", "Trading Standards", "Ongoing"]])
    parts.measures(d, "Measures", [
        ["Less crime in the countryside", "Recorded rural crimes", "412"],
        ["Safer roads", "Speeding reports from Speedwatch", "3,900"],
        ["Less ASB in towns", "ASB incidents, June–August", "610"],
        ["Fewer scam victims", "Reported frauds, over 65s", "188"]])
    parts.governance(d, "Governance and contacts", ["Safer Derbyshire board", "Derbyshire Dales CSP",
                                                    "Joint Action Group", "Parish and town councils"], LIGHT, DARK,
                     ["safer.dales@derbyshiredales.example", "01629 000000 (illustrative)"])
    parts.end_slide(d, DARK, "Questions and discussion")
    return d.to_pdf(root / OUT)
