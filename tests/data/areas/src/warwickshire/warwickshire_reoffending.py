"""Warwickshire Reducing Reoffending Strategy 2024-2027: reportlab canvas report (Liberation Sans, Liberation
Serif headings), **the priorities are the paper labels on four glass jars standing on a drawn shelf**.

Page 6 ("Ingredients for a fresh start"): a wooden shelf on two brackets, four jars with lids of different
colours, each with a cream label tied on (the priority in bold, three to five lines); a grey "Recipe card" note
under the shelf lists the board's principles. The seven resettlement pathways (p4), the previous strategy's
themes and the IOM cohorts (p5), the task group names (p7) and the measures (p8) are distractors.
"""
from rl_kit import hexc, mm
from warwickshire.kit import H, W, RLDoc, expect, wrap_lines

FILE = "strategies/warwickshire_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Warwickshire Reducing Reoffending Strategy 2024–2027"
ACC = "#2D4F7C"

PRIORITIES = [
    "A settled home for everyone leaving prison",
    "Work, training and money advice for people on probation",
    "Drug and alcohol treatment as part of every sentence that needs it",
    "Managing the most prolific offenders through Integrated Offender Management",
]
LIDS = ["#B5442E", "#3F7F4F", "#C99A2E", "#2D4F7C"]


def shelf(d):
    def draw(c):
        c.setFillColor(hexc(ACC))
        c.setFont(d.hfb, 21)
        c.drawString(20 * mm, H - 33 * mm, "Ingredients for a fresh start")
        c.setFillColor(hexc("#333333"))
        c.setFont(d.f, 9.4)
        c.drawString(20 * mm, H - 41 * mm, "The board's four priorities for 2024 to 2027: what someone needs to "
                                          "stop offending and stay stopped.")
        sy = 120 * mm
        c.setFillColor(hexc("#8B5E3C"))
        c.rect(16 * mm, sy - 6 * mm, W - 32 * mm, 6 * mm, stroke=0, fill=1)
        for bx in (30 * mm, W - 38 * mm):
            c.rect(bx, sy - 26 * mm, 4 * mm, 20 * mm, stroke=0, fill=1)
        jw, gap = 36 * mm, 8 * mm
        x0 = (W - (4 * jw + 3 * gap)) / 2
        heights = [92, 100, 96, 104]
        for i, (text, jh) in enumerate(zip(PRIORITIES, heights)):
            x, jh = x0 + i * (jw + gap), jh * mm
            c.setFillColor(hexc("#E8F1F4"))
            c.setStrokeColor(hexc("#9DB4BD"))
            c.setLineWidth(1.2)
            c.roundRect(x, sy, jw, jh, 7, stroke=1, fill=1)
            c.setFillColor(hexc(LIDS[i]))
            c.roundRect(x + 3 * mm, sy + jh - 1 * mm, jw - 6 * mm, 9 * mm, 2, stroke=0, fill=1)
            c.setStrokeColor(hexc("#FFFFFF"))
            c.setLineWidth(2)
            c.line(x + 5 * mm, sy + 10 * mm, x + 5 * mm, sy + jh - 12 * mm)  # glass highlight
            lines = wrap_lines(text, d.fb, 10, jw - 10 * mm)
            lh = 10 * mm + len(lines) * 12.5
            ly = sy + jh / 2 + lh / 2
            c.setFillColor(hexc("#FFF8E7"))
            c.setStrokeColor(hexc("#B9A27A"))
            c.setLineWidth(0.8)
            c.rect(x + 3 * mm, ly - lh, jw - 6 * mm, lh, stroke=1, fill=1)
            c.setFillColor(hexc("#2A2A2A"))
            for j, ln in enumerate(lines):
                c.setFont(d.fb, 10)
                c.drawCentredString(x + jw / 2, ly - 7 * mm - j * 12.5, ln)
        c.setFillColor(hexc("#F0F0F0"))
        c.rect(20 * mm, 38 * mm, W - 40 * mm, 44 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#444444"))
        c.setFont(d.fb, 9)
        c.drawString(25 * mm, 75 * mm, "Recipe card: how we work")
        c.setFont(d.f, 8.6)
        for k, t in enumerate(["Start planning on the first day of a sentence, not the last.",
                               "One plan per person, shared by prison, probation, police and council.",
                               "Hold people to account and give them a way out.",
                               "Listen to people who have stopped offending."]):
            c.drawString(25 * mm, 67 * mm - k * 7 * mm, "–  " + t)
    d.page(None, [], draw=draw)


def build(root):
    out = root / FILE
    d = RLDoc(out, TITLE, "Warwickshire Reducing Reoffending Board", family="liberation-sans", accent=ACC,
              footer="Reducing Reoffending Strategy · {n}", running="Warwickshire Reducing Reoffending Board")

    def cov(c):
        c.setFillColor(hexc(ACC))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(d.fb, 11)
        c.drawString(22 * mm, H - 28 * mm, "WARWICKSHIRE REDUCING REOFFENDING BOARD")
        c.setFont(d.hfb, 30)
        c.drawString(22 * mm, H - 115 * mm, "Reducing Reoffending")
        c.drawString(22 * mm, H - 128 * mm, "Strategy")
        c.setFont(d.hf, 20)
        c.drawString(22 * mm, H - 145 * mm, "2024–2027")
    d.cover(cov)
    d.contents([("Foreword", 3), ("Why reoffending matters", 4), ("Where we are starting from", 5),
                ("Our priorities", 6), ("Task groups and actions", 7), ("Measures and governance", 8)])
    d.page("Foreword", [
        d.p("Most crime in Warwickshire is committed by people who have offended before. Helping them stop is one "
            "of the surest ways to prevent the next victim."),
        d.p("The Warwickshire Reducing Reoffending Board brings together the Probation Service, Warwickshire "
            "Police, the Police and Crime Commissioner, HM Prison and Probation Service, the county and district "
            "councils, the NHS, Jobcentre Plus, the youth justice service and voluntary sector partners."),
        d.p("<b>Chair, Warwickshire Reducing Reoffending Board</b>")])
    d.page("Why reoffending matters", [
        d.p("Illustrative figures, not official statistics.", d.small),
        d.tiles([("26%", "adult proven reoffending rate"), ("1 in 6", "people leave prison with no settled home"),
                 ("17%", "in work six weeks after release"), ("45%", "of people on probation with a drug or "
                                                                    "alcohol need"),
                 ("180", "people managed under IOM"), ("£18m", "illustrative yearly cost of reoffending")],
                fill="#E3EAF3"),
        d.p("The seven resettlement pathways", d.h2),
        d.p("Nationally, work to reduce reoffending is organised around seven pathways: accommodation; education, "
            "training and employment; health; drugs and alcohol; finance, benefit and debt; children and families; "
            "and attitudes, thinking and behaviour.")])
    d.page("Where we are starting from", [
        d.p("Our previous strategy (2021–2024) worked through three themes: <i>Housing first</i>, <i>Jobs and "
            "skills</i> and <i>Women in the justice system</i>. Women's needs are now built into every priority."),
        d.p("Integrated Offender Management in Warwickshire", d.h2),
        d.p("IOM brings police, probation and partners together to manage the people who cause most harm through "
            "crime. It works with three cohorts:"),
        *d.bullets(["Fixed: neighbourhood crime offenders who must be managed;",
                    "Flex: people chosen locally because of the harm they cause;",
                    "Free: people added at partners' discretion."])])
    shelf(d)
    d.page("Task groups and actions", [
        d.table([["Task group", "Actions", "Lead"],
                 ["Accommodation", "Duty to refer on day one; move-on flats; a housing worker at HMP Hewell for "
                  "Warwickshire residents.", "District councils"],
                 ["Employment", "Jobcentre work coaches in prisons; employer pledges; debt advice.", "Jobcentre Plus"],
                 ["Health", "Community treatment requirements; continuity of care from prison.", "Probation and "
                  "public health"],
                 ["IOM", "Joint police and probation unit; electronic monitoring.", "Warwickshire Police"]],
                [35, 100, 35], head=ACC)])
    d.page("Measures and governance", [
        d.table([["Measure (illustrative)", "Baseline", "Aim"], ["Settled accommodation on release", "72%", "90%"],
                 ["In work six months after release", "24%", "35%"],
                 ["Prison leavers engaging with treatment within three weeks", "33%", "60%"],
                 ["Reoffending by the IOM cohort", "58%", "Down"]], [100, 35, 35], head=ACC),
        d.p("Governance", d.h2),
        d.p("The board meets quarterly and reports to the Local Criminal Justice Board and the Police and Crime "
            "Commissioner."),
        d.p("Contact: reducingreoffending@warwickshire.example · All figures are illustrative.", d.small)])
    d.save()
    expect(out, 8, {3: "Foreword", 4: "Why reoffending matters", 6: "Ingredients for a fresh start",
                    7: "Task groups", 8: "Measures and governance"})
    return out
