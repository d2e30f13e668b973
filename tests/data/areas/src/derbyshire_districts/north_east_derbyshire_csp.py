"""North East Derbyshire Community Safety Partnership Plan 2025-2028: python-pptx deck -> LibreOffice.

Layout: a SmartArt-like cycle (slide 8): five circles round a central hub "Safer North East Derbyshire", joined
by curved arrows, each circle holding one priority in bold.  Each circle has a small grey number badge outside it.
"""
import math

from .deck import Deck, LEFT, S
from . import parts

OUT = "strategies/north_east_derbyshire_community_safety_partnership_plan_2025-28.pdf"
ORANGE, LIGHT, DARK = "#C4561B", "#FBEDE4", "#4A1F08"
PRIS = ["Tackling anti-social behaviour", "Burglary and vehicle crime", "Domestic abuse and sexual violence",
        "Fly-tipping and environmental crime", "Speeding and dangerous driving"]
FILLS = ["#C4561B", "#D26D33", "#B04A14", "#D98150", "#9C3F10"]


def build(root):
    d = Deck("North East Derbyshire Community Safety Partnership Plan 2025-2028",
             "North East Derbyshire Community Safety Partnership", accent=ORANGE, number_fmt="{n}")
    parts.title_slide(d, "North East Derbyshire Community Safety Partnership", "Community Safety Plan 2025–2028",
                      "Presentation to the Communities Scrutiny Committee", DARK, "#F2A679")
    parts.agenda(d, ["Introduction", "Strategic assessment: key findings", "What residents told us",
                     "Previous plan", "The Police and Crime Plan", "Our cycle of priorities", "Actions and measures",
                     "Governance"], ORANGE)
    parts.prose(d, "Introduction", [
        "North East Derbyshire stretches from Dronfield and Eckington on the edge of Sheffield to Clay Cross "
        "and the villages of the Amber Valley border.",
        "Our strategic assessment and a survey of residents shaped the five priorities in this plan. They "
        "run in a cycle: each one supports the others, and we review them every year."],
        aside=["Partners", "North East Derbyshire District Council", "Derbyshire Constabulary",
               "Derbyshire County Council", "Fire and rescue", "Rykneld Homes", "Probation"], fill=LIGHT)
    parts.tiles(d, "Strategic assessment: key findings", [
        ("+18%", "residential burglary"), ("1,900", "fly-tipping incidents"), ("2,050", "ASB incidents"),
        ("44", "killed or seriously injured on our roads"), ("1 in 7", "crimes linked to domestic abuse"),
        ("6%", "fall in vehicle crime")], LIGHT, ORANGE)
    parts.quotes(d, "What residents told us", [
        "Cars race down the B6057 every night.", "Someone dumped a sofa and a fridge in our lane again.",
        "Catalytic converters stolen from three cars on our street.", "Kids throwing stones at buses in Clay Cross.",
        "Make it easier to report things online.", "Street lights switched off at midnight make it worse."],
        LIGHT, DARK)
    parts.two_lists(d, "Previous plan (2022–2025)", "Previous priorities", [
        "Anti-social behaviour", "Acquisitive crime", "Domestic abuse", "Vulnerable people"],
        "Carried forward", ["Anti-social behaviour", "Burglary and theft of vehicles", "Domestic abuse", "New: "
                            "environmental crime and road safety"], ORANGE)
    parts.pcp_slide(d, LIGHT, DARK)
    s = d.slide()
    d.heading(s, "Our cycle of priorities")
    cx, cy, r, rad = 6.65, 4.1, 2.35, 0.95
    d.shape(s, S.OVAL, cx - 1.0, cy - 1.0, 2.0, 2.0, fill="#FFFFFF", line=ORANGE, line_w=2,
            paras="Safer North East Derbyshire", size=13, bold=True, color=DARK)
    for i, t in enumerate(PRIS):
        a = math.radians(-90 + i * 72)
        x, y = cx + r * 1.45 * math.cos(a), cy + r * math.sin(a)
        d.shape(s, S.OVAL, x - rad * 1.25, y - rad, rad * 2.5, rad * 2, fill=FILLS[i], paras=t, size=14, bold=True,
                margin=0.12)
        am = math.radians(-90 + i * 72 + 36)
        ax, ay = cx + r * 1.35 * math.cos(am), cy + r * 0.95 * math.sin(am)
        d.shape(s, S.RIGHT_ARROW, ax - 0.3, ay - 0.17, 0.6, 0.34, fill="#E7B597",
                rotation=(i * 72 + 36) % 360)
    d.text(s, 9.6, 1.3, 3.4, 0.4, "Reviewed every year by the partnership board", size=12, italic=True,
           color="#666666")
    parts.action_table(d, "Actions 2025–26", [
        ["ASB", "Youth outreach buses in Clay Cross and Eckington", "Council", "Mar 2026"],
        ["Acquisitive crime", "Catalytic converter marking days", "Police", "Sep 2025"],
        ["Domestic abuse", "Sanctuary scheme for tenants", "Rykneld Homes", "Ongoing"],
        ["Environment", "Covert cameras at fly-tipping hotspots", "Council", "Dec 2025"],
        ["Roads", "Community Speedwatch and average-speed cameras", "Police and highways", "Mar 2026"]])
    parts.measures(d, "Measures", [
        ["Less ASB", "ASB incidents", "2,050"], ["Fewer burglaries", "Residential burglaries", "310"],
        ["More victims supported", "Referrals to outreach", "420"], ["Less fly-tipping", "Incidents", "1,900"],
        ["Safer roads", "Killed or seriously injured", "44"]])
    parts.governance(d, "Governance", ["Safer Derbyshire board", "NED Community Safety Partnership",
                                       "Joint Action Group", "Communities Scrutiny Committee"], LIGHT, DARK,
                     ["community.safety@ne-derbyshire.example", "01246 000001 (illustrative)"])
    return d.to_pdf(root / OUT)
