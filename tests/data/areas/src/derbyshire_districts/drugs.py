"""Derby and Derbyshire Combating Drugs Partnership Strategy 2025-2028: python-pptx deck -> LibreOffice.

Layout: a SmartArt-like funnel (slide 9): four freeform funnel bands narrowing downwards, each with one
priority in white bold on a text box over it; an "in" caption above the funnel and the vision in a box under
its spout (distractors).
"""
from pptx.util import Inches

from .deck import CENTER, Deck, LEFT, MIDDLE, S, rgb
from . import parts

OUT = "strategies/derby_and_derbyshire_combating_drugs_partnership_strategy_2025-28.pdf"
BLUE, LIGHT, DARK = "#0B6E8A", "#E2F1F5", "#073947"
PRIS = ["Disrupting drug supply and county lines across Derby and Derbyshire",
        "More people in treatment and sustained recovery",
        "Reducing drug-related deaths",
        "Preventing young people starting to use drugs"]
FILLS = ["#073947", "#0B5A70", "#0B6E8A", "#2E8CA6"]


def band(s, x_top, w_top, x_bot, w_bot, y, h, fill):
    ff = s.shapes.build_freeform(x_top, y, scale=Inches(1))
    ff.add_line_segments([(x_top + w_top, y), (x_bot + w_bot, y + h), (x_bot, y + h)], close=True)
    shp = ff.convert_to_shape()
    shp.fill.solid()
    shp.fill.fore_color.rgb = rgb(fill)
    shp.line.fill.background()
    return shp


def build(root):
    d = Deck("Derby and Derbyshire Combating Drugs Partnership Strategy 2025-2028",
             "Derby and Derbyshire Combating Drugs Partnership", accent=BLUE, number_fmt="Slide {n}")
    parts.title_slide(d, "Derby and Derbyshire Combating Drugs Partnership", "Partnership Strategy 2025–2028",
                      "Launch event for partners and people with lived experience", DARK, "#7CC6DA")
    parts.agenda(d, ["National context: From Harm to Hope", "The local picture", "Voices of lived experience",
                     "Our delivery plan so far", "Our strategic funnel", "Delivery themes", "Outcomes",
                     "Governance"], BLUE)
    s = d.slide()
    d.heading(s, "National context: From Harm to Hope")
    d.text(s, 0.6, 1.45, 12, 0.8, "The national ten-year drugs plan (2021) sets three strategic priorities for "
           "every Combating Drugs Partnership:", size=17, color="#444444")
    for i, t in enumerate(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                           "Achieve a generational shift in the demand for drugs"]):
        d.shape(s, S.RECTANGLE, 0.7 + i * 4.1, 2.6, 3.8, 1.8, fill=LIGHT, line=BLUE, paras=t, size=17,
                color=DARK)
    d.text(s, 0.6, 4.9, 12, 1.4, "Outcomes: reduce drug use; reduce drug-related crime; reduce drug-related "
           "deaths and harm; increase engagement in treatment; improve recovery outcomes.", size=15,
           color="#444444")
    parts.tiles(d, "The local picture", [("6,400", "adults estimated to use opiates or crack"),
                                         ("47%", "of them in treatment"), ("96", "drug-related deaths in 3 years"),
                                         ("31", "county lines disrupted last year"),
                                         ("1 in 4", "young people offered drugs by 16"),
                                         ("£52m", "annual cost of drug-related crime")], LIGHT, BLUE)
    parts.quotes(d, "Voices of lived experience", [
        "The first time anyone asked me what I wanted was in recovery.", "Naloxone saved my brother's life.",
        "Getting a script on release from prison took three weeks.", "My son was running drugs at fourteen.",
        "Peer mentors get it because they've been there.", "Housing first, then everything else."], LIGHT, DARK)
    parts.two_lists(d, "Our delivery plan so far (2022–2025)", "Previous delivery themes", [
        "Supply", "Treatment", "Recovery", "Prevention"], "Achievements (illustrative)", [
        "Continuity of care from prison up to 52%", "Naloxone carried by all response officers",
        "Two new recovery cafés", "Drug education in 80 schools"], BLUE)
    parts.pcp_slide(d, LIGHT, DARK)
    s = d.slide()
    d.heading(s, "Our strategic funnel")
    d.text(s, 2.0, 1.35, 9.3, 0.4, "In: data, intelligence and the voices of people with lived experience",
           size=13, italic=True, color="#555555", align=CENTER)
    cx, y0, h = 6.65, 1.85, 1.02
    widths = [11.0, 9.0, 7.0, 5.0, 3.0]
    for i, t in enumerate(PRIS):
        wt, wb = widths[i], widths[i + 1]
        y = y0 + i * (h + 0.06)
        band(s, cx - wt / 2, wt, cx - wb / 2, wb, y, h, FILLS[i])
        d.text(s, cx - wb / 2 + 0.05, y + 0.08, wb - 0.1, h - 0.16, t, size=15, bold=True, color="#FFFFFF",
               align=CENTER, anchor=MIDDLE)
    d.shape(s, S.RECTANGLE, cx - 2.6, y0 + 4 * (h + 0.06) + 0.1, 5.2, 0.55, fill="#FFFFFF", line=BLUE,
            paras="Vision: fewer lives lost and harmed by drugs", size=13, color=DARK)
    parts.action_table(d, "Delivery themes 2025–26", [
        ["Supply", "Joint operations against county lines with South Yorkshire", "Police", "Ongoing"],
        ["Treatment", "Continuity of care from prison to community", "Probation and providers", "Mar 2026"],
        ["Deaths", "Naloxone in hostels and pharmacies", "Public health", "Dec 2025"],
        ["Young people", "Drug education in every secondary school", "Public health", "Jul 2026"],
        ["Recovery", "Peer mentors in every hub", "Providers", "Mar 2026"]])
    parts.measures(d, "Outcomes", [
        ["Less supply", "County lines closed", "31"], ["More in treatment", "Adults in treatment", "3,010"],
        ["Fewer deaths", "Drug-related deaths a year", "32"],
        ["Fewer young people using", "Young people in specialist support", "260"]])
    parts.governance(d, "Governance", ["Senior Responsible Owner: the Police and Crime Commissioner",
                                       "Combating Drugs Partnership Board", "Supply, treatment and prevention groups",
                                       "Lived experience panel"], LIGHT, DARK,
                     ["combating.drugs@derbyshire.example", "01332 000000 (illustrative)"])
    return d.to_pdf(root / OUT)
