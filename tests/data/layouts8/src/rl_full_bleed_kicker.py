"""Hollinsford Community Safety Partnership Plan. Each priority has a full-bleed coloured page that imitates a
photograph (overlapping tinted shapes), with the priority in 34 pt white bold at the lower left (every one wraps)
and a small "PRIORITY / 1 of 4" kicker to the RIGHT of the title's first line instead of above it. The vision
has a page of exactly the same design with a "VISION" kicker."""
from __future__ import annotations

from kit8 import Doc, box, para_at, text

NAME = "full_bleed_kicker_csp"
ACC = "0F4C5C"
PRI = [
    ("Safer nights in Hollinsford town centre", "1F4E5F", "2E7D8C",
     "Half of all violence with injury in the borough happens within 400 metres of the bus station, between 10pm "
     "and 4am on Friday and Saturday nights."),
    ("Standing up to hate and intolerance", "5B2A86", "8E5CB8",
     "Reported hate crime rose by 18% in 2025. Most of it is verbal abuse on buses, in shops and outside schools."),
    ("Protecting people from exploitation in their own homes", "7A3B12", "B86B2E",
     "Police closed 23 properties last year where a vulnerable tenant's home had been taken over by dealers."),
    ("Young people with somewhere to go and someone to talk to", "1E5B2E", "4C9A5B",
     "Young people told us that they hang around in the town centre because there is nowhere else to go after 6pm."),
]


def photo(c, W, H, dark, light, seed):
    """A stand-in for a full-bleed photograph: a dark ground and soft overlapping shapes."""
    box(c, 0, 0, W, H, dark)
    c.saveState()
    c.setFillColor(__import__("rl_kit").hexc(light))
    for i in range(6):
        c.setFillAlpha(0.18 + 0.05 * (i % 3))
        r = 90 + ((seed * 37 + i * 53) % 140)
        x = (seed * 71 + i * 113) % int(W)
        y = H * 0.35 + ((seed * 29 + i * 97) % int(H * 0.6))
        c.circle(x, y, r, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFillAlpha(0.35)
    c.rect(0, 0, W, H * 0.45, stroke=0, fill=1)
    c.restoreState()


def big_page(d, kicker, sub, title, dark, light, seed, note=""):
    c, W, H = d.c, d.W, d.H
    photo(c, W, H, dark, light, seed)
    top = 330
    h = para_at(c, title, 48, top, 380, font="Sans-Bold", size=34, color="FFFFFF", leading=39)
    # the kicker sits to the right of the title's first line
    text(c, 455, top - 14, kicker, "Sans-Bold", 8.5, "FFFFFF", char_space=1.8)
    if sub:
        text(c, 455, top - 27, sub, "Sans", 8.5, "DDDDDD")
    c.saveState()
    c.setStrokeColor(__import__("rl_kit").hexc("FFFFFF"))
    c.setLineWidth(1.2)
    c.line(448, top - 30, 448, top - 2)
    c.restoreState()
    if note:
        para_at(c, note, 48, top - h - 18, 380, size=11, color="F0F0F0", leading=15)
    text(c, 48, 40, "Photograph: Hollinsford Council", "Sans", 7, "BBBBBB")


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Hollinsford Community Safety Partnership Plan 2026-2029",
            "Safer Hollinsford Partnership", footer="Safer Hollinsford Partnership Plan 2026-2029", accent=ACC)
    c, W, H = d.c, d.W, d.H
    photo(c, W, H, ACC, "3FA7B5", 3)
    para_at(c, "Safer Hollinsford", 48, 520, 480, font="Sans-Bold", size=40, color="FFFFFF")
    para_at(c, "Community Safety Partnership Plan 2026-2029", 48, 470, 480, size=20, color="FFFFFF")
    para_at(c, "Hollinsford Borough Council \u00b7 Hollinsford Police \u00b7 Hollinsford and Wyke Fire and Rescue "
            "Service \u00b7 Probation Service \u00b7 Wyke Integrated Care Board", 48, 120, 480, size=10, color="EEEEEE")
    d.next()
    w = d.writer()
    w.heading("Foreword", 20)
    w.para("This is the third plan of the Safer Hollinsford Partnership. It was agreed by the partnership board on "
           "17 March 2026 and will be refreshed each spring. It sets out where we will put our shared effort for the "
           "next three years, and it is deliberately short.")
    w.para("<i>Councillor Amira Dowd, Chair of the Safer Hollinsford Partnership</i>")
    w.heading("How we chose our priorities", 15)
    w.para("We looked at our 2025 strategic assessment, at what 1,140 residents told us in the Feeling Safe survey, "
           "and at what partners already fund. The strategic assessment found that:")
    w.bullets(["violence with injury is concentrated in the town centre at night;",
               "hate crime reports have risen for three years running;",
               "cuckooing is under-reported, and is often found only when a tenant is evicted;",
               "anti-social behaviour by under-18s is highest in the school holidays."])
    w.heading("How we will work", 15)
    w.para("Three principles run through everything in this plan:")
    w.bullets(["<b>Listen first</b> \u2013 we start with what residents and victims tell us",
               "<b>Share information</b> \u2013 no partner should hold a piece of the picture alone",
               "<b>Prevent, then enforce</b> \u2013 enforcement is a tool, not an aim"])
    w.para("Each of the next five pages is a full page: first our vision, then our four priorities, one to a page.")
    d.next()
    big_page(d, "VISION", "", "A Hollinsford where everyone feels safe at home, in town and online", "123A47",
             "2E7D8C", 9, "Our vision is the same as in our last plan. It was chosen by residents in 2020.")
    d.next()
    for i, (name, dark, light, note) in enumerate(PRI, 1):
        big_page(d, "PRIORITY", f"{i} of 4", name, dark, light, 11 + i * 5, note)
        d.next()
    w = d.writer()
    w.heading("Delivering the plan", 20)
    w.para("Each priority has a lead partner and a delivery group, which will publish an action plan by July 2026.")
    w.table([["Priority", "Lead partner", "Delivery group", "Measure"],
             ["1 \u2013 Town centre", "Hollinsford Police", "Night-time Economy Group",
              "Violence with injury in the town centre, 10pm to 4am"],
             ["2 \u2013 Hate", "Hollinsford Borough Council", "Cohesion Forum", "Hate crime reports and repeat victims"],
             ["3 \u2013 Exploitation", "Hollinsford Police", "Exploitation Panel", "Cuckooing closures and referrals"],
             ["4 \u2013 Young people", "Youth Service", "Youth Partnership", "ASB by under-18s in school holidays"]],
            [100, 120, 110, 150], head_bg=ACC, zebra="E6F0F2")
    w.heading("How this plan fits with the Police and Crime Plan", 15)
    w.para("The Police and Crime Commissioner for Wyke, Daniel Okafor, has three priorities in his Police and Crime "
           "Plan 2025-2029, which this plan supports:")
    w.bullets(["Putting more officers back in neighbourhoods", "Cutting violent crime", "Supporting victims"])
    w.heading("Our last plan", 15)
    w.para("The 2023-2026 plan had three priorities: anti-social behaviour, domestic abuse and road safety. Domestic "
           "abuse now has its own strategy, led by the Domestic Abuse Local Partnership Board.")
    return [d.close()]
