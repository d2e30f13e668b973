"""Epping Forest Community Safety Partnership plan 2025-2028: house style D (Chromium departure board) in
forest green and brown; "Calling at" lines (p5)."""
from .kit_html import DEPARTURES_CSS, departures, document
from .shared import csp

FILE = "strategies/epping_forest_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Rural and wildlife crime", "farm watch, hare coursing patrols, equine and plant theft"),
    ("Tackling anti-social behaviour and vehicle nuisance", "car meets, off-road bikes, Loughton and Waltham Abbey"),
    ("County lines and drug dealing in our towns", "the Central Line, Epping, Debden, closure orders"),
    ("Fly-tipping and environmental crime", "lanes and laybys, CCTV, seizing vehicles"),
    ("Safer roads", "Community Speedwatch, the A414 and B1393, school streets"),
]
D = csp(
    font="DejaVu Sans Condensed", c1="#2f4f2f", c2="#8b5a2b", org="Epping Forest Community Safety Partnership",
    short="Epping Forest CSP Plan 2025\u20132028", folio="( {n} )",
    pdf_title="Epping Forest Community Safety Partnership Plan 2025-2028",
    title_lines=["Safer Epping Forest"], years="Community Safety Partnership Plan 2025\u20132028",
    pri_title="Our priorities: all stations",
    foreword=["Epping Forest district mixes commuter towns on the Central Line with farmland and ancient "
              "woodland. Crime here ranges from dealing at stations to hare coursing on the fields.",
              "This plan shows the priorities we will travel towards together."],
    signed="Portfolio Holder for Community Safety, Epping Forest District Council",
    previous=["Rural crime", "Anti-social behaviour", "Burglary and vehicle crime", "Domestic abuse"],
    context_intro="About 135,000 residents (illustrative) across towns, villages and forest.",
    stats=[("2,700", "fly-tips a year"), ("380", "rural crimes"), ("55", "county lines referrals"),
           ("1,150", "speeding reports")],
    findings=["Fly-tipping costs the council and landowners about \u00a3600,000 a year (illustrative).",
              "Car meets and off-road bikes are the most reported ASB in summer.",
              "Lines from London use the Central Line stations."],
    pri_intro="Five priorities, agreed by all the responsible authorities after consultation with parish "
              "councils.",
    actions=[("Rural crime", "Rural crime surgeries with the Rural Engagement Team", "Essex Police"),
             ("ASB", "Public spaces protection order for car meets", "District council"),
             ("Drugs", "Station patrols with British Transport Police", "Essex Police and BTP"),
             ("Fly-tipping", "Covert cameras in ten hotspots", "District council"),
             ("Roads", "Recruit five new Speedwatch groups", "Parish councils")],
    measures=["Fly-tips cleared and prosecuted", "Rural crime reports and repeat victims",
              "Speedwatch sessions held"],
    governance="The partnership board meets quarterly; the Overview and Scrutiny Committee reviews it annually.",
    contact="communitysafety@eppingforest.example",
)


def build(out_root):
    css = DEPARTURES_CSS % {"frame": "#2f4f2f", "amber": "#ffc04d"}
    return document(D, departures(PRIORITIES, status="Due"), css, out_root / FILE)
