"""Wyvernshire Police and Crime Plan 2026-2030. The four priorities are stated ONLY on the "plan on a page"
(p3), drawn as a house: the vision in the triangular roof, the four priorities as the text of four tall narrow
pillars (centred, each wrapping over four or five lines), and three "foundations" (how the Commissioner will work)
in a band of blocks under the pillars. Part 3 (pp4-5) then discusses the priorities in running prose with no
headings of their own, naming them in shorter words. Distractors: the 2021-2025 plan's priorities in the
foreword, the contents (parts, not priorities), the Strategic Policing Requirement and the Safer Streets mission
in prose, the measures table's short names."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from kit13 import Doc, box, hexc, para_at, style, text

NAME = "house_pillars_prose_plan"
ACC = "243B6B"
GOLD = "C8A24A"
PRI = ["Visible neighbourhood policing in every town and village",
       "Ending violence against women and girls",
       "Victims supported from the first call to the last",
       "Cutting rural, wildlife and business crime"]
FOUND = ["Listening to the public", "Value for every pound", "Working with partners"]


def house(c, W, top):
    """Draw the house; return the y of its lowest edge."""
    left, right = 70, W - 70
    roof_base = top - 150
    # roof
    c.saveState()
    c.setFillColor(hexc(ACC))
    p = c.beginPath()
    p.moveTo(left - 12, roof_base)
    p.lineTo(W / 2, top)
    p.lineTo(right + 12, roof_base)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()
    text(c, W / 2, top - 62, "MY VISION", "Sans-Bold", 9, GOLD, anchor="center")
    para_at(c, "A Wyvernshire where everyone is safe, and feels safe", W / 2 - 120, top - 72, 240,
            font="Sans-Bold", size=13, color="FFFFFF", leading=16, align=TA_CENTER)
    # lintel
    box(c, left, roof_base - 16, right - left, 16, GOLD)
    # pillars
    pw, gap = 100, (right - left - 4 * 100) / 3
    ptop, pbot = roof_base - 16, roof_base - 16 - 250
    st = style(font="Sans-Bold", size=11, leading=14.5, color=ACC, align=TA_CENTER)
    for i, name in enumerate(PRI):
        x = left + i * (pw + gap)
        box(c, x, pbot, pw, ptop - pbot, "E6EBF4", stroke="9AA8C4")
        # fluting: thin vertical lines at the pillar edges
        c.saveState()
        c.setStrokeColor(hexc("C9D2E3"))
        c.setLineWidth(0.8)
        for fx in (x + 6, x + pw - 6):
            c.line(fx, pbot + 8, fx, ptop - 8)
        c.restoreState()
        c.saveState()
        c.setFillColor(hexc(GOLD))
        c.circle(x + pw / 2, ptop - 30, 13, stroke=0, fill=1)
        c.restoreState()
        text(c, x + pw / 2, ptop - 35, str(i + 1), "Sans-Bold", 14, "FFFFFF", anchor="center")
        for word in name.replace(",", "").split():
            assert stringWidth(word, "Sans-Bold", 11) < pw - 16, word
        para = Paragraph(name, st)
        _, h = para.wrap(pw - 16, 1000)
        lines = len(para.blPara.lines)
        assert 3 <= lines <= 5, (name, lines)
        para.drawOn(c, x + 8, (ptop + pbot) / 2 - h / 2 - 10)
    # foundations
    fy = pbot - 12
    box(c, left - 12, fy - 76, right - left + 24, 76, "5B6470")
    text(c, W / 2, fy - 15, "THE FOUNDATIONS: HOW I WILL WORK", "Sans-Bold", 8.5, "F1E3BD", anchor="center")
    bw = (right - left - 2 * 10) / 3
    for i, f in enumerate(FOUND):
        bx = left + i * (bw + 10)
        box(c, bx, fy - 68, bw, 42, "7A8492")
        para_at(c, f, bx + 6, fy - 36, bw - 12, font="Sans-Bold", size=11, color="FFFFFF", align=TA_CENTER)
    # ground
    box(c, left - 30, fy - 86, right - left + 60, 8, "3A3F47")
    return fy - 86


def finish(work, out):
    title = "Wyvernshire Police and Crime Plan 2026-2030"
    d = Doc(out / f"{NAME}.pdf", title, "Office of the Police and Crime Commissioner for Wyvernshire",
            footer=title, accent=ACC)
    c, W, H = d.c, d.W, d.H
    # ---------------------------------------------------------------- p1 cover
    box(c, 0, 0, W, H, ACC)
    box(c, 0, 250, W, 6, GOLD)
    text(c, 56, H - 170, "Police and Crime Plan", "Sans-Bold", 34, "FFFFFF")
    text(c, 56, H - 212, "for Wyvernshire", "Sans-Bold", 34, "FFFFFF")
    text(c, 56, H - 252, "2026 \u2013 2030", "Sans", 24, GOLD)
    text(c, 56, H - 300, "Safer Wyvernshire, together", "Sans-Italic", 15, "D5DCEA")
    text(c, 56, 200, "Jonathan Blakemore", "Sans-Bold", 13, "FFFFFF")
    text(c, 56, 182, "Police and Crime Commissioner for Wyvernshire", "Sans", 11, "D5DCEA")
    text(c, 56, 90, "www.wyvernshire-pcc.example.gov.uk", "Sans", 9, "D5DCEA")
    d.next()
    # ---------------------------------------------------------------- p2 foreword and contents
    w = d.writer()
    w.heading("Part 1: Foreword", 20)
    for t in [
        "When I was elected in May 2024 I promised to listen before I wrote a plan. Over eighteen months I have held "
        "forty-one public meetings, from Market Elsby to the edge of the moor, and more than 6,300 of you answered "
        "my survey. This plan is the result. It runs until the next Commissioner election in 2030.",
        "Wyvernshire is one of the safest counties in England, but that is not how it feels to everyone. People in "
        "our villages tell me they never see a police officer. Women tell me they plan their route home. Farmers "
        "tell me that when machinery is stolen nobody comes. Victims tell me they have to chase the police for news "
        "of their own case. This plan is built around what you told me.",
        "My predecessor's plan for 2021 to 2025 had three priorities: reducing reoffending, supporting the police "
        "to be efficient and effective, and tackling organised crime. Much was achieved, and the work on "
        "reoffending continues through the Wyvernshire Reducing Reoffending Board, but those are not the "
        "priorities of this plan.",
        "A plan is only worth something if the Chief Constable delivers it and I hold her to account for it. Part 4 "
        "explains how I will do that, in public, four times a year."]:
        w.para(t, after=8)
    w.para("<b>Jonathan Blakemore</b><br/>Police and Crime Commissioner for Wyvernshire", color="444444")
    w.space(10)
    top = w.y
    box(c, 56, top - 150, W - 112, 150, "EEF1F7")
    text(c, 72, top - 24, "Contents", "Sans-Bold", 14, ACC)
    rows = [("Part 1", "Foreword", "2"), ("Part 2", "My plan on a page", "3"),
            ("Part 3", "Delivering the plan", "4"), ("Part 4", "Holding the Chief Constable to account", "5"),
            ("", "Contact and further information", "5")]
    for i, (a, b, n) in enumerate(rows):
        y = top - 50 - i * 19
        text(c, 72, y, a, "Sans-Bold", 10.5, ACC)
        text(c, 130, y, b, "Sans", 10.5, "222222")
        text(c, W - 72, y, n, "Sans", 10.5, "222222", anchor="right")
    d.next()
    # ---------------------------------------------------------------- p3 plan on a page (house)
    w = d.writer()
    w.heading("Part 2: My plan on a page", 20)
    w.para("My plan is built like a house. The vision is the roof. Four priorities hold it up, and they stand on "
           "three foundations: the way I will work, whatever the priority.", after=4)
    house(c, W, w.y - 14)
    text(c, W / 2, 96, "The Chief Constable's Force Delivery Plan sets out how Wyvernshire Police will deliver",
         "Sans-Italic", 9, "555555", anchor="center")
    text(c, W / 2, 84, "this plan. It is published on the Constabulary's website.", "Sans-Italic", 9, "555555",
         anchor="center")
    d.next()
    # ---------------------------------------------------------------- p4 Part 3, prose without headings
    w = d.writer()
    w.heading("Part 3: Delivering the plan", 20)
    body = dict(align=TA_JUSTIFY, after=9, leading=14.5)
    for t in [
        "Everything in this part of the plan comes back to the house on the previous page. I have not repeated "
        "its pillars as headings. Instead I explain, in the order you raised them with me, what the Chief "
        "Constable and I will do, and what I will fund through the commissioning budget of \u00a34.2 million a "
        "year.",
        "The police you can see come first, because that is what you asked for first. By March 2027 every one of "
        "our 58 neighbourhood areas will have a named officer and a named police community support officer who "
        "stay in post for at least two years. I have protected the neighbourhood budget in the 2026-27 precept, "
        "and I have asked the Chief Constable to end the practice of moving neighbourhood officers to response "
        "shifts except in an emergency. Surgeries in libraries, village halls and supermarkets will be published "
        "a month ahead. In the smaller villages, where a police station will never come back, the mobile police "
        "station will call at least once a month.",
        "Violence against women and girls is a national threat in the Strategic Policing Requirement, and it is "
        "also the crime that women in Wyvernshire told me most changes how they live. I will fund a domestic "
        "abuse perpetrator programme across the whole county for the first time, extend the Safe Spaces scheme to "
        "every town centre pub and bar that asks for it, and pay for specialist training in stalking for every "
        "investigator. The Chief Constable will publish the force's own action plan, and I will scrutinise it at "
        "my Accountability Board every six months."]:
        w.para(t, **body)
    w.space(4)
    top = w.y
    box(c, 56, top - 78, W - 112, 78, "F4EEDC")
    box(c, 56, top - 78, 5, 78, GOLD)
    para_at(c, "\u201cWhen my car was broken into I had to ring three times to find out that the case had been "
               "closed. Nobody told me. That is the bit that made me angry, not the car.\u201d", 74, top - 12,
            W - 150, font="Sans-Italic", size=11, color="5A4A1E", leading=15)
    text(c, 74, top - 66, "Resident, Elsby Cross, consultation 2025", "Sans", 8.5, "7A6A3E")
    w.y = top - 92
    for t in [
        "That voice is why victims are the third of my priorities. From April 2027 Wyvernshire Victim Care, which "
        "I commission, will contact every victim of a crime with an identifiable victim within 48 hours, and will "
        "stay in touch until the victim says they no longer need it, not only until the police file is closed. I "
        "will publish, every quarter, how well the police keep victims informed as the Victims' Code requires.",
        "Finally, the crime that the rest of the country forgets. Two-thirds of Wyvernshire is farmland and moor. "
        "Theft of quad bikes, tractors and GPS units costs our farmers more than \u00a31.9 million a year, hare "
        "coursing and livestock worrying are rising, and shops in our market towns are losing staff to abuse "
        "and theft. I will double the Rural Crime Team to twelve officers, fund a Rural and Business Crime "
        "Coordinator, and ask the Chief Constable to treat an attack on a shopworker as seriously as an attack "
        "on any other worker."]:
        w.para(t, **body)
    d.next()
    # ---------------------------------------------------------------- p5 Part 3 continued, Part 4
    w = d.writer()
    for t in [
        "The Government's Safer Streets mission and its commitment to neighbourhood policing run alongside this "
        "plan, and where national funding comes to Wyvernshire I will bid for it against these priorities, not "
        "instead of them."]:
        w.para(t, **body)
    w.heading("Part 4: Holding the Chief Constable to account", 20, before=8)
    w.para("I hold a public Accountability Board every quarter, streamed online, where the Chief Constable answers "
           "questions on each part of this plan. The Police and Crime Panel scrutinises my decisions. I will report "
           "against these measures in my annual report:", after=8)
    w.table([["Priority (short name)", "Measure", "2025-26", "Ambition by 2030"],
             ["Neighbourhoods", "People who have seen a police officer on foot in their area in the last month",
              "21%", "35%"],
             ["VAWG", "Women who feel safe walking alone after dark (county survey)", "44%", "60%"],
             ["Victims", "Victims satisfied with how well they were kept informed", "58%", "75%"],
             ["Rural and business crime", "Value of farm machinery stolen (\u00a3m)", "1.9", "1.2"]],
            [110, 220, 60, 93], head_bg=ACC, zebra="EEF1F7")
    w.heading("Contact and further information", 14, before=4)
    w.para("Office of the Police and Crime Commissioner for Wyvernshire, Shire Hall, Market Elsby WY1 2PC. "
           "Telephone 01632 960 412. This plan is available in large print, Easy Read and audio on request.",
           size=9.5, color="444444")
    return [d.close()]
