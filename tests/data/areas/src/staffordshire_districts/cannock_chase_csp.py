"""Cannock Chase Community Safety Partnership Plan 2025-2028 (fictional), published as an article in the
council's residents' *newsletter* (reportlab, A4, four pages). Each page holds several unrelated articles in a
three-column grid; the partnership's priorities are the bold bulleted list inside one article on p3
("Partnership agrees its priorities"), beside articles on CCTV, bin rounds and Speedwatch volunteers."""
from reportlab.lib.pagesizes import A4

from .kit import Sheet, mm

OUT = "strategies/cannock_chase_community_safety_partnership_plan_2025-28.pdf"
RED, INK, PALE, GREY = "#a3151d", "#202020", "#fbeee6", "#666666"
PRIORITIES = ["Tackling anti-social behaviour, including off-road bikes on Cannock Chase",
              "Reducing domestic abuse and its impact on families",
              "Keeping shops and town centres safe from retail crime",
              "Reducing speeding and anti-social driving",
              "Supporting people with complex needs, including mental health"]
M, G = 14 * mm, 5 * mm


def colx(i, W):
    cw = (W - 2 * M - 2 * G) / 3
    return M + i * (cw + G), cw


def article(s, x, y, w, head, paras, size=8.8, hsize=14, kicker=None, box=None):
    if box:
        s.rect(x - 2 * mm, y - box, w + 4 * mm, box + 6 * mm, fill=PALE)
    if kicker:
        s.text(kicker.upper(), x, y, "narrow-b", 8, RED)
        y -= 14
    y = s.para(head, x, y, w, "serif-b", hsize, hsize * 1.12, INK) - 3
    for p in paras:
        if isinstance(p, list):
            for it in p:
                s.circle(x + 2, y + 3, 1.8, fill=RED)
                y = s.para(it, x + 8, y, w - 8, "sans-b", 9.2, 11.5, INK) - 3
        else:
            y = s.para(p, x, y, w, "serif", size, size * 1.32, INK) - 4
    return y - 6


def head(s, W, H, n):
    s.text("CHASE NEWS", M, H - 12 * mm, "serif-b", 16, RED)
    s.text(f"Spring 2025 \u00b7 Issue 58 \u00b7 page {n}", W - M, H - 12 * mm, "sans", 8, GREY, "right")
    s.line(M, H - 15 * mm, W - M, H - 15 * mm, RED, 1.2)


def build(root):
    W, H = A4
    s = Sheet(root / OUT, A4, "Cannock Chase Community Safety Partnership Plan 2025-2028 (Chase News, Spring 2025)",
              "Cannock Chase Community Safety Partnership (fictional re-creation)")
    # p1 front page
    s.rect(0, H - 48 * mm, W, 48 * mm, fill=RED)
    s.text("Chase News", M, H - 30 * mm, "serif-b", 54, "#ffffff")
    s.text("The residents' newsletter for Cannock, Hednesford, Rugeley and Brereton", M, H - 40 * mm, "sans",
           11, "#ffe9e3")
    s.text("Spring 2025 \u00b7 Issue 58 \u00b7 free to every home", W - M, H - 12 * mm, "sans-b", 9, "#ffffff",
           "right")
    x0, cw = colx(0, W)
    s.photo(M, H - 128 * mm, W - 2 * M, 72 * mm, "Photo: the new play area at Hednesford Park opens this "
            "spring (illustrative image)")
    y = article(s, M, H - 140 * mm, 2 * cw + G, "Hednesford Park play area opens for the Easter holidays",
                ["The new play area, paid for by the council and a community grant, opens on Good Friday. It "
                 "includes a changing places toilet, accessible swings and a sensory garden designed with local "
                 "schools.", "Park rangers will run free nature trails every Saturday through April."],
                hsize=20, kicker="Parks")
    x2, _ = colx(2, W)
    s.rect(x2 - 2 * mm, 18 * mm, cw + 4 * mm, H - 146 * mm - 18 * mm, fill=PALE)
    s.text("Inside this issue", x2 + 1 * mm, H - 150 * mm, "serif-b", 14, RED)
    yy = H - 162 * mm
    for pg, t in [("2", "Council tax explained"), ("2", "Garden waste: new rounds"),
                  ("3", "Community safety: your partnership's plan"), ("3", "CCTV upgrade in Rugeley"),
                  ("3", "Speedwatch volunteers wanted"), ("4", "What's on and contacts")]:
        s.text(pg, x2 + 1 * mm, yy, "serif-b", 13, RED)
        yy = s.para(t, x2 + 9 * mm, yy, cw - 10 * mm, "sans", 9, 11, INK) - 6
    article(s, M, y - 4, 2 * cw + G, "Leisure centre opening hours change from 1 April",
            ["Chase Leisure Centre will open at 6.30am on weekdays. The sauna will close for repairs in May."],
            hsize=12)
    s.next()
    # p2
    head(s, W, H, 2)
    x, cw = colx(0, W)
    article(s, x, H - 26 * mm, cw, "Your council tax explained", [
        "For every \u00a3100 of council tax, about \u00a311 comes to the district council. The rest goes to the "
        "county council, the Commissioner for police and fire, and parish councils.",
        "The district's share pays for bin collections, parks, leisure, housing advice and community safety."],
        kicker="Money")
    x, _ = colx(1, W)
    article(s, x, H - 26 * mm, cw, "Garden waste: new rounds from May", [
        "Brown bin collections move to a four-weekly cycle in winter. Check your new day on the council's "
        "website or call the contact centre.", "Subscriptions renew on 1 April."], kicker="Bins")
    x, _ = colx(2, W)
    s.photo(x, H - 110 * mm, cw, 70 * mm, "Photo: a brown bin on a Rugeley street (illustrative image)")
    s.photo(M, 30 * mm, W - 2 * M, 90 * mm, "Photo: volunteers litter-picking on Cannock Chase "
            "(illustrative image)")
    article(s, M, 140 * mm, W - 2 * M, "Thank you to our 400 volunteer litter-pickers",
            ["Last year volunteers collected more than 2,000 bags of litter from the Chase, the canal towpath "
             "and our town centres."], kicker="Environment", hsize=16)
    s.next()
    # p3 several articles, one the partnership plan
    head(s, W, H, 3)
    x, cw = colx(0, W)
    y = article(s, x, H - 26 * mm, cw * 2 + G, "Partnership agrees its priorities for the next three years", [
        "Cannock Chase Community Safety Partnership, which brings together the council, police, fire and "
        "rescue, health, probation and housing, has agreed its plan for 2025 to 2028. This article is the "
        "plan's summary for residents.",
        "After looking at crime figures and hearing from more than 900 residents, the partnership will focus "
        "on five priorities:",
        PRIORITIES,
        "Each priority has a lead officer and an action plan, and the partnership will report progress in "
        "Chase News every spring."], kicker="Community safety", hsize=18, box=0)
    s.rect(x, y - 46 * mm, 2 * cw + G, 44 * mm, fill=PALE)
    yy = s.para("How this fits with the Commissioner's plan", x + 3 * mm, y - 8 * mm, 2 * cw, "sans-b", 9.5,
                12, RED)
    s.para("The Staffordshire Commissioner's Police, Fire and Crime Plan 2025\u20132029 sets six priorities: an "
           "outstanding local police service; preventing harm and protecting people; supporting victims and "
           "witnesses; safer roads and waterways; reducing offending and reoffending; and a fire and rescue "
           "service ready for tomorrow. The partnership's plan supports the first four.", x + 3 * mm, yy - 2,
           2 * cw, "serif", 8.6, 11, INK)
    x2, _ = colx(2, W)
    yy = article(s, x2, H - 26 * mm, cw, "CCTV upgrade in Rugeley", [
        "Twelve town-centre cameras are being replaced with high-definition units monitored around the clock "
        "from the council's control room."], kicker="In brief")
    yy = article(s, x2, yy, cw, "Speedwatch volunteers wanted", [
        "Community Speedwatch groups in Heath Hayes and Norton Canes need more volunteers. Training is given "
        "by Staffordshire Police."], kicker="Get involved")
    yy = article(s, x2, yy, cw, "Last plan: what changed", [
        "The 2022\u201325 plan's themes were: Safer town centres; Protecting vulnerable people; Reducing "
        "reoffending; and Road safety. Burglary fell by a fifth (illustrative figure)."], kicker="Looking back")
    s.photo(M, 18 * mm, 2 * cw + G, 50 * mm, "Photo: a PCSO on patrol in Cannock precinct (illustrative image)")
    s.next()
    # p4 back page
    head(s, W, H, 4)
    x, cw = colx(0, W)
    article(s, x, H - 26 * mm, cw, "What's on", [
        "Easter trail, Cannock Chase Forest Centre, 18\u201321 April. Rugeley Power Station heritage walk, 3 May. "
        "Armed Forces Day, Cannock Park, 28 June."], kicker="Events")
    x, _ = colx(1, W)
    s.rect(x - 2 * mm, H - 130 * mm, 2 * cw + G + 4 * mm, 110 * mm, fill=PALE)
    s.text("Contacts", x + 1 * mm, H - 30 * mm, "serif-b", 18, RED)
    rows = [["Service", "How to reach it"], ["Council contact centre", "01543 000 000 (illustrative)"],
            ["Police (non-emergency)", "101 or online"], ["Emergency", "999"],
            ["Domestic abuse helpline", "0300 000 0000 (illustrative)"],
            ["Community safety team", "csp@cannockchase-partnership.example"]]
    s.table(rows, x, H - 38 * mm, [40 * mm, 80 * mm], "sans", "sans-b", 8.8, RED)
    s.para("Chase News is a fictional re-creation made for testing. All figures are illustrative.", M, 20 * mm,
           W - 2 * M, "sans-i", 8, 10, GREY)
    return s.save()
