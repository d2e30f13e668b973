"""Gilthwaite Combating Drugs Partnership: Drug and Alcohol Strategy 2026-2029 (reportlab, A4, 3 pages): the
priorities are the entries of a chart LEGEND.

p1: title band, chair's introduction, the local picture with "Figure 1" (a line chart of drug-related deaths,
its legend "Gilthwaite" / "England"). p2: a note that the partnership has agreed four priorities and that
Figure 2 shows the money planned for each, then "Figure 2": a stacked column chart (three financial years,
segment values inside), with the legend on the RIGHT: a colour swatch and each priority's full wording
wrapped over two or three lines, listed top to bottom in the order of the stack from the top. p3: "Figure 3",
a stacked column chart of exactly the same design whose legend lists the funding streams; From Harm to Hope's
three national priorities in prose; the headline measures table; governance."""
from __future__ import annotations

from chartkit import label, line, n_lines
from kit29 import Doc, hexc, text

NAME = "stacked_column_legend_drugs"
TITLE = "Gilthwaite Drug and Alcohol Strategy 2026-2029"
ACC = "4B2E83"
PRIORITIES = [  # legend order = stack order from the top
    "Disrupting the supply of drugs into Gilthwaite and closing county lines",
    "More people in treatment, and staying in it",
    "Recovery that lasts, with housing, work and family support",
    "Preventing drug and alcohol use by children and young people",
]
P_COLS = ["7B5EA7", "2A9D8F", "E9C46A", "E76F51"]
YEARS = ["2026-27", "2027-28", "2028-29"]
P_VALUES = [[0.62, 0.58, 0.55], [2.41, 2.47, 2.30], [1.18, 1.26, 1.31], [0.44, 0.52, 0.60]]
STREAMS = ["Public health grant (drug and alcohol)", "Drug and Alcohol Treatment and Recovery Improvement Grant",
           "Office of the PCC", "Housing support grant"]
S_COLS = ["264653", "8AB17D", "F4A261", "B5838D"]
S_VALUES = [[2.35, 2.35, 2.35], [1.52, 1.60, 1.55], [0.38, 0.42, 0.40], [0.40, 0.46, 0.51]]


def stacked(c, x0, y0, plot_w, plot_h, series, colours, names, *, ymax, step, legend_w=170, unit="£m"):
    """Columns per year, stacks drawn bottom-up (last series at the bottom); legend on the right."""
    for k in range(0, int(ymax / step) + 1):
        v = k * step
        y = y0 + plot_h * v / ymax
        line(c, x0, y, x0 + plot_w, y, "DDDDDD", 0.5)
        text(c, x0 - 5, y - 3, f"{v:.1f}", "Sans", 7.5, "555555", anchor="right")
    text(c, x0 - 30, y0 + plot_h + 10, unit, "Sans", 7.5, "555555")
    n = len(YEARS)
    slot = plot_w / n
    bw = slot * 0.55
    for j, yr in enumerate(YEARS):
        bx = x0 + slot * j + (slot - bw) / 2
        y = y0
        for i in reversed(range(len(series))):
            v = series[i][j]
            h = plot_h * v / ymax
            c.setFillColor(hexc(colours[i]))
            c.rect(bx, y, bw, h, stroke=0, fill=1)
            if h > 12:
                text(c, bx + bw / 2, y + h / 2 - 3, f"{v:.2f}", "Sans", 7, "FFFFFF" if i != 2 else "222222",
                     anchor="center")
            y += h
        total = sum(series[i][j] for i in range(len(series)))
        text(c, bx + bw / 2, y + 4, f"{total:.2f}", "Sans-Bold", 7.5, "222222", anchor="center")
        text(c, bx + bw / 2, y0 - 12, yr, "Sans", 8, "333333", anchor="center")
    line(c, x0, y0, x0 + plot_w, y0, "888888", 0.8)
    lx = x0 + plot_w + 18
    ly = y0 + plot_h - 4
    for name, col in zip(names, colours):
        c.setFillColor(hexc(col))
        c.rect(lx, ly - 9, 9, 9, stroke=0, fill=1)
        h = label(c, lx + 14, ly + 1, name, legend_w, size=8)
        ly -= h + 9


def build(out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Gilthwaite Combating Drugs Partnership",
            footer="Gilthwaite Drug and Alcohol Strategy 2026-2029", accent=ACC)
    c, W, H = d.c, d.W, d.H
    c.setFillColor(hexc(ACC))
    c.rect(0, H - 130, W, 130, stroke=0, fill=1)
    text(c, 56, H - 62, "Drug and Alcohol Strategy 2026-2029", "Sans-Bold", 22, "FFFFFF")
    text(c, 56, H - 88, "Gilthwaite Combating Drugs Partnership", "Sans", 12.5, "E4DCF2")
    w = d.writer(top=H - 160, size=10.5)
    w.heading("Introduction", size=15)
    w.para("Drugs and alcohol cost Gilthwaite dearly: in lives lost, in the crime that funds and follows the drugs "
           "market, and in families under strain. This strategy sets out what the Combating Drugs Partnership "
           "will do over the next three years, and how the money available to partners will be used. We have "
           "kept it short and put the numbers up front, because the partnership's members asked for a plan they "
           "can check against the budget.")
    w.para("<i>Cllr Dominic Pryce-Hallam, Chair, Gilthwaite Combating Drugs Partnership</i>", after=12)
    w.heading("The local picture", size=13)
    w.para("Drug-related deaths in Gilthwaite have risen faster than in England since 2019 (Figure 1). Around "
           "1,900 adults are estimated to be dependent on opiates or crack cocaine, and fewer than half are in "
           "treatment. Police seizures point to three county lines still running into the town from outside "
           "the county.")
    # Figure 1: line chart
    text(c, 56, w.y - 8, "Figure 1. Drug-related deaths per 100,000 people, 2019 to 2025", "Sans-Bold", 9.5, ACC)
    x0, y0, pw, ph = 90, w.y - 200, 330, 160
    yrs = list(range(2019, 2026))
    local = [6.1, 6.9, 7.4, 8.3, 8.8, 9.6, 10.2]
    eng = [5.0, 5.3, 5.5, 5.6, 5.9, 6.1, 6.2]
    for v in range(0, 13, 2):
        y = y0 + ph * v / 12
        line(c, x0, y, x0 + pw, y, "E3E3E3", 0.5)
        text(c, x0 - 5, y - 3, str(v), "Sans", 7.5, "555555", anchor="right")
    for series, col in ((local, ACC), (eng, "9A9A9A")):
        c.saveState()
        c.setStrokeColor(hexc(col))
        c.setLineWidth(1.8)
        p = c.beginPath()
        for i, v in enumerate(series):
            pt = (x0 + pw * i / 6, y0 + ph * v / 12)
            (p.moveTo if i == 0 else p.lineTo)(*pt)
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()
    for i, yr in enumerate(yrs):
        text(c, x0 + pw * i / 6, y0 - 12, str(yr), "Sans", 7.5, "555555", anchor="center")
    for k, (name, col) in enumerate((("Gilthwaite", ACC), ("England", "9A9A9A"))):
        c.setFillColor(hexc(col))
        c.rect(x0 + pw + 20, y0 + ph - 12 - k * 16, 9, 9, stroke=0, fill=1)
        text(c, x0 + pw + 34, y0 + ph - 11 - k * 16, name, "Sans", 8, "333333")
    text(c, 56, y0 - 30, "Source: ONS deaths related to drug poisoning, registrations 2019-2025 (three-year averages).",
         "Sans-Italic", 7.5, "666666")
    d.next()
    # ---- p2
    w = d.writer(top=H - 60, size=10.5)
    w.heading("Our priorities and the money behind them", size=17)
    w.para("After the needs assessment and three workshops with people in recovery, families and frontline "
           "staff, the partnership agreed four priorities for 2026-2029. Figure 2 shows the money partners plan "
           "to spend on each of them in each year of the strategy; the key to the chart names the priorities. "
           "Spending that serves more than one priority is counted once, under the priority it mainly serves.")
    text(c, 56, w.y - 8, "Figure 2. Planned spending by priority, 2026-27 to 2028-29 (£m)", "Sans-Bold", 10, ACC)
    stacked(c, 95, w.y - 330, 250, 290, P_VALUES, P_COLS, PRIORITIES, ymax=5.0, step=0.5)
    text(c, 56, w.y - 365, "Source: Gilthwaite CDP finance group, October 2026. 2027-28 and 2028-29 are indicative.",
         "Sans-Italic", 7.5, "666666")
    w.y -= 385
    w.heading("What the figures show", size=12)
    w.bullets(["Treatment is the largest share in every year, because the treatment grant is tied to it.",
               "Prevention spending grows each year as the schools programme is rolled out to all secondary "
               "schools by 2028.",
               "Enforcement spending falls slightly as the county lines taskforce funding tapers."], size=10)
    d.next()
    # ---- p3
    w = d.writer(top=H - 60, size=10.5)
    w.heading("Where the money comes from", size=15)
    text(c, 56, w.y - 8, "Figure 3. Funding by source, 2026-27 to 2028-29 (£m)", "Sans-Bold", 10, ACC)
    stacked(c, 95, w.y - 250, 250, 210, S_VALUES, S_COLS, STREAMS, ymax=5.0, step=1.0)
    w.y -= 285
    w.heading("The national strategy", size=12)
    w.para("From Harm to Hope, the national drugs strategy, sets three strategic priorities: breaking drug supply "
           "chains, delivering a world-class treatment and recovery system, and achieving a generational shift in "
           "the demand for drugs. Our priorities follow them locally but are our own.")
    w.heading("How we will know", size=12)
    w.table([["Measure", "Baseline", "Aim by 2029"],
             ["Adults in structured treatment", "1,480", "1,850"],
             ["Continuity of care after prison release", "38%", "60%"],
             ["Children and young people in specialist treatment", "96", "140"],
             ["County lines closed (cumulative)", "-", "12"]], [260, 110, 113], head_bg=ACC, zebra="EFEAF7")
    w.heading("Governance", size=12)
    w.para("The partnership reports to the Gilthwaite Health and Wellbeing Board and to the Police and Crime "
           "Commissioner. A performance report goes to every quarterly meeting; the finance group refreshes "
           "Figures 2 and 3 each October.")
    return d.close()


def finish(work, out):
    return [build(out)]
