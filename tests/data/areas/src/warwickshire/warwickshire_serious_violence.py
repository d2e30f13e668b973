"""Warwickshire Serious Violence Prevention Strategy 2024-2029: reportlab canvas report (DejaVu Sans Condensed,
Liberation Serif headings), **the priorities are written on the scribble-strip tape above the faders of a drawn
sound mixing desk**.

Page 6 ("Turning down violence"): a dark desk panel with four channel strips; at the top of each a strip of white
tape carries a priority in bold (four or five lines), then two knobs, a fader slot with a dB scale and a fader cap
pushed to a different level, and a grey channel name ("CH 1" ...). The definition and specified authorities (p4),
the strategic needs assessment findings and the Home Office success measures (p5), the intervention names (p7) and
the local measures (p8) are distractors.
"""
from rl_kit import hexc, mm
from warwickshire.kit import H, W, RLDoc, expect, wrap_lines

FILE = "strategies/warwickshire_serious_violence_prevention_strategy_2024-29.pdf"
TITLE = "Warwickshire Serious Violence Prevention Strategy 2024–2029"
ACC = "#8A2F1C"

PRIORITIES = [
    "Fewer young people carrying and using knives",
    "Less violence in public spaces after dark",
    "Protecting children from criminal exploitation",
    "Supporting victims and families affected by violence",
]
LEVELS = [0.35, 0.5, 0.6, 0.8]


def desk(d):
    def draw(c):
        c.setFillColor(hexc(ACC))
        c.setFont(d.hfb, 21)
        c.drawString(20 * mm, H - 33 * mm, "Turning down violence")
        c.setFillColor(hexc("#333333"))
        c.setFont(d.f, 9.4)
        c.drawString(20 * mm, H - 41 * mm, "Our four priorities for 2024 to 2029. Like the channels on a mixing desk, "
                                          "each needs its own setting;")
        c.drawString(20 * mm, H - 46 * mm, "together they bring the level of violence down.")
        x0, y0, w, h = 20 * mm, 45 * mm, W - 40 * mm, 185 * mm
        c.setFillColor(hexc("#2B2B2E"))
        c.roundRect(x0, y0, w, h, 6, stroke=0, fill=1)
        cw = w / 4
        for i, (text, lv) in enumerate(zip(PRIORITIES, LEVELS)):
            cx = x0 + i * cw
            if i:
                c.setStrokeColor(hexc("#444448"))
                c.setLineWidth(0.8)
                c.line(cx, y0 + 6 * mm, cx, y0 + h - 6 * mm)
            # scribble strip
            lines = wrap_lines(text, d.fb, 10.5, cw - 12 * mm)
            c.setFillColor(hexc("#F4F1E8"))
            c.rect(cx + 4 * mm, y0 + h - 8 * mm - 50 * mm, cw - 8 * mm, 50 * mm, stroke=0, fill=1)
            c.setFillColor(hexc("#15151A"))
            for j, ln in enumerate(lines):
                c.setFont(d.fb, 10.5)
                c.drawString(cx + 6 * mm, y0 + h - 16 * mm - j * 13.5, ln)
            # knobs
            for k in range(2):
                ky = y0 + h - 70 * mm - k * 14 * mm
                c.setFillColor(hexc("#55555A"))
                c.circle(cx + cw / 2, ky, 4.5 * mm, stroke=0, fill=1)
                c.setStrokeColor(hexc("#E0E0E0"))
                c.setLineWidth(1.2)
                c.line(cx + cw / 2, ky, cx + cw / 2 + 3 * mm, ky + 3 * mm)
            # fader
            fy0, fy1 = y0 + 22 * mm, y0 + 90 * mm
            c.setFillColor(hexc("#111114"))
            c.rect(cx + cw / 2 - 1.2 * mm, fy0, 2.4 * mm, fy1 - fy0, stroke=0, fill=1)
            c.setStrokeColor(hexc("#77777C"))
            c.setLineWidth(0.5)
            for t in range(9):
                ty = fy0 + t * (fy1 - fy0) / 8
                c.line(cx + cw / 2 + 4 * mm, ty, cx + cw / 2 + 7 * mm, ty)
            cy = fy0 + lv * (fy1 - fy0)
            c.setFillColor(hexc("#C9C9CC"))
            c.rect(cx + cw / 2 - 6 * mm, cy - 3 * mm, 12 * mm, 6 * mm, stroke=0, fill=1)
            c.setFillColor(hexc(ACC))
            c.rect(cx + cw / 2 - 6 * mm, cy - 0.4 * mm, 12 * mm, 0.8 * mm, stroke=0, fill=1)
            c.setFillColor(hexc("#9A9AA0"))
            c.setFont(d.f, 7.5)
            c.drawCentredString(cx + cw / 2, y0 + 10 * mm, f"CH {i + 1}")
        c.setFillColor(hexc("#555555"))
        c.setFont(d.f, 7.6)
        c.drawString(20 * mm, 36 * mm, "Fader positions show the share of the partnership's 2024/25 funding for "
                                      "each priority (illustrative).")
    d.page(None, [], draw=draw)


def build(root):
    out = root / FILE
    d = RLDoc(out, TITLE, "Warwickshire Serious Violence Prevention Partnership", family="dejavu-cond",
              accent=ACC, footer="Page {n} of 8", running="Warwickshire Serious Violence Prevention Strategy")

    def cov(c):
        c.setFillColor(hexc("#2B2B2E"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc(ACC))
        c.rect(0, H - 150 * mm, W, 6 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(d.fb, 11)
        c.drawString(22 * mm, H - 28 * mm, "WARWICKSHIRE SERIOUS VIOLENCE PREVENTION PARTNERSHIP")
        c.setFont(d.hfb, 30)
        c.drawString(22 * mm, H - 115 * mm, "Serious Violence")
        c.drawString(22 * mm, H - 128 * mm, "Prevention Strategy")
        c.setFont(d.hf, 20)
        c.drawString(22 * mm, H - 170 * mm, "2024–2029")
    d.cover(cov)
    d.contents([("Introduction", 3), ("The Serious Violence Duty", 4), ("What our needs assessment found", 5),
                ("Our priorities", 6), ("Interventions", 7), ("Measuring success and governance", 8)])
    d.page("Introduction", [
        d.p("Serious violence is rare in Warwickshire, but when it happens it devastates families and frightens "
            "communities. Most of it is preventable. This strategy sets out how the specified authorities in the "
            "county will work together, for five years, to prevent it."),
        d.p("It follows a public health approach: we look at violence as something that spreads, and that can be "
            "prevented by acting on its causes as well as its consequences."),
        d.p("<b>Chair, Warwickshire Serious Violence Prevention Partnership</b>")])
    d.page("The Serious Violence Duty", [
        d.p("Since January 2023 the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022) requires "
            "the specified authorities to work together to prevent and reduce serious violence, to produce a "
            "strategic needs assessment and to publish a strategy."),
        d.p("The specified authorities in Warwickshire", d.h2),
        *d.bullets(["Warwickshire Police", "Warwickshire Fire and Rescue Service", "Warwickshire County Council and "
                    "the five district and borough councils", "the Probation Service and the youth justice service",
                    "Coventry and Warwickshire Integrated Care Board"]),
        d.p("Our local definition", d.h2),
        d.p("Violence in public places causing or threatening serious injury, including homicide, knife and weapon "
            "crime and violence linked to drug markets and exploitation. Domestic abuse and sexual violence are led "
            "by the county's domestic abuse and sexual violence strategy.")])
    d.page("What our needs assessment found", [
        d.p("Illustrative figures, not official statistics.", d.small),
        d.tiles([("1,180", "knife-enabled offences a year"), ("38%", "of knife offences by under-25s"),
                 ("61%", "of public-place violence between 9pm and 3am"), ("120", "children open to the "
                                                                                 "exploitation hub"),
                 ("7", "homicides in three years"), ("14", "hospital attendances for assault a week")], fill="#F2E4DF"),
        d.p("Key findings", d.h2),
        *d.bullets(["Knife carrying is concentrated among a small number of young people in the three largest towns.",
                    "Violence after dark clusters around a few streets and late-night venues.",
                    "Exploited children are both victims and perpetrators of violence.",
                    "Families and witnesses get little support after an incident."]),
        d.p("The Home Office success measures", d.h2),
        d.p("Nationally, success is measured by reductions in hospital admissions for assault with a sharp object, "
            "knife and sharp object offences, and homicides.")])
    desk(d)
    d.page("Interventions", [
        d.table([["Intervention", "Priority it serves", "Lead"],
                 ["Youth workers in A&amp;E and custody", "Knives", "Integrated Care Board"],
                 ["Focused deterrence with young people at highest risk", "Knives", "Warwickshire Police"],
                 ["Safe havens and street marshals", "Public spaces", "District councils"],
                 ["Exploitation hub and return interviews", "Exploitation", "Children's services"],
                 ["Trauma support for families and witnesses", "Victims", "Commissioned victim service"]],
                [80, 45, 45], head=ACC)])
    d.page("Measuring success and governance", [
        d.table([["Local measure (illustrative baseline)", "Baseline", "Aim"],
                 ["Knife-enabled offences, under-25s", "450", "Down"],
                 ["Violence with injury in public places, 9pm–3am", "1,640", "Down"],
                 ["Children exploited (open to hub)", "120", "Identified earlier"],
                 ["Families offered support after serious violence", "35%", "100%"]], [100, 35, 35], head=ACC),
        d.p("Governance", d.h2),
        d.p("The partnership reports to the Safer Warwickshire Partnership Board and the Police and Crime "
            "Commissioner, who is the convener for the duty in Warwickshire. The strategy is reviewed every year."),
        d.p("Contact: violenceprevention@warwickshire.example · All figures are illustrative.", d.small)])
    d.save()
    expect(out, 8, {3: "Introduction", 4: "The Serious Violence Duty", 6: "Turning down violence",
                    7: "Interventions", 8: "Measuring success"})
    return out
