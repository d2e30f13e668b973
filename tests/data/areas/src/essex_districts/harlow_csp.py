"""Harlow Community Safety Partnership plan 2025-2028: house style D (Chromium departure board) in green and
white, "Expected" status column (p5)."""
from .kit_html import DEPARTURES_CSS, departures, document
from .shared import csp

FILE = "strategies/harlow_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Making our town centre and neighbourhoods free from anti-social behaviour",
     "The Water Gardens, Broad Walk, neighbourhood hatches, the Harlow Town Park"),
    ("Young people at risk of violence and exploitation",
     "youth workers, detached outreach, schools and the Youth Justice Service"),
    ("Domestic abuse", "Harlow DA drop-in, IDVAs, housing sanctuary scheme"),
    ("Homelessness and rough sleeping", "street outreach, the night shelter, housing options"),
]
D = csp(
    font="DejaVu Sans", c1="#1b5e3a", c2="#6aa84f", org="Harlow Community Safety Partnership",
    short="Harlow CSP \u2013 Partnership Plan 2025 to 2028", folio="{n} | Harlow CSP",
    pdf_title="Harlow Community Safety Partnership Plan 2025-2028",
    title_lines=["Partnership Plan"], years="2025 to 2028", pri_title="Our priorities for Harlow",
    foreword=["Harlow was built as a town for people, with neighbourhood centres, green wedges and public art. "
              "Keeping those shared spaces safe and welcoming is at the heart of this plan.",
              "We have chosen fewer priorities than last time so that partners can concentrate their effort."],
    signed="Leader of Harlow Council and Chair of the partnership",
    previous=["Anti-social behaviour and criminal damage", "Gangs and youth violence", "Domestic abuse",
              "Hate crime and community cohesion", "Burglary"],
    context_intro="Harlow has about 94,000 residents (illustrative), one of the youngest populations in Essex.",
    stats=[("4,100", "ASB reports"), ("27%", "of violence victims under 25"), ("960", "DA incidents"),
           ("41", "people sleeping rough in a year")],
    findings=["Three neighbourhood centres account for a third of ASB reports.",
              "Young people are over-represented as both victims and suspects of violence.",
              "Rough sleeping has risen and overlaps with street drinking and begging."],
    pri_intro="The partnership agreed four priorities in its 2025 strategic assessment workshop.",
    actions=[("ASB", "Joint patrols and a single ASB case management system", "Harlow Council"),
             ("Young people", "Detached youth work on Friday and Saturday evenings", "Essex County Council"),
             ("Domestic abuse", "Drop-in at the civic centre twice a week", "Commissioned service"),
             ("Homelessness", "Year-round street outreach and a winter night shelter", "Harlow Council")],
    measures=["Satisfaction of residents who reported ASB", "Fewer young victims of violence",
              "Fewer people sleeping rough on the annual count"],
    governance="The partnership board meets every quarter; the council's Community Safety Committee "
               "scrutinises progress.",
    contact="csp@harlow.example",
)


def build(out_root):
    css = DEPARTURES_CSS % {"frame": "#1b5e3a", "amber": "#f6d743"}
    return document(D, departures(PRIORITIES, status="Expected", heading=("PLAT", "SERVICE TO", "STATUS")),
                    css, out_root / FILE)
