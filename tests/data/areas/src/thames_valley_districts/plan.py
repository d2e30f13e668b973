"""Police and Crime Plan for the Thames Valley 2025–2029 (reportlab brochure, DejaVu Sans with Liberation Serif
headings). Two priorities a page (pp5–7): each priority is lettered in white on a drawn round blue heritage-style
plaque (a navy disc with a white rim and a small "THAMES VALLEY 2025–2029" line under the text), beside a panel
with an italic "What this means" line and numbered objectives "1.1 …"; no priority number is printed."""
from kit_rl import (A4, BaseDocTemplate, Draw, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                    ParagraphStyle, Spacer, Styles, Table, TableStyle, bullets, centred_text, colors, contents_line,
                    grid, hexc, mm, stat_tiles, wrap_lines)
from shared import PLAN_TITLE, STAT_NOTE
from work import check_pages

W, H = A4
FILE = "plan/thames_valley_police_and_crime_plan_2025-29.pdf"

PRIORITIES = [
    ("P1", "Strong neighbourhoods and safer town centres",
     "Visible policing and partners who fix local problems.",
     ["1.1 Named neighbourhood teams in every community, working with councils to tackle anti-social behaviour, "
      "including Community Triggers and case reviews.",
      "1.2 Reduce burglary, vehicle crime and theft in residential areas, and bike theft in our towns.",
      "1.3 Safe town and city centres day and night: shop theft and abuse of shop workers, and a safe night-time "
      "economy (Purple Flag, Best Bar None).",
      "1.4 Tackle rural, wildlife and heritage crime with farmers and landowners: machinery theft, hare coursing, "
      "poaching and fly-tipping on farmland."]),
    ("P2", "Fighting serious violence and exploitation",
     "Stopping violence and protecting people who are exploited.",
     ["2.1 Reduce knife crime and serious violence with the Violence Reduction Unit and Serious Violence Duty "
      "partners.",
      "2.2 Close county lines, disrupt drug supply and protect vulnerable adults from cuckooing.",
      "2.3 Protect children from criminal and sexual exploitation, and find children who go missing.",
      "2.4 Identify victims of modern slavery and labour exploitation, and bring offenders to justice.",
      "2.5 Steer children away from crime, violence and exploitation: early help, diversion (Turnaround) and "
      "support to stop children reoffending, with the youth justice services."]),
    ("P3", "Ending violence against women and girls",
     "A whole-system response to domestic abuse, sexual violence and stalking.",
     ["3.1 Respond earlier and better to domestic abuse, including coercive control, and to the children who "
      "live with it (Operation Encompass).",
      "3.2 More rape and sexual offence cases charged, and a strong response to stalking and harassment.",
      "3.3 Hold perpetrators to account: protection orders, perpetrator programmes and MATAC.",
      "3.4 Prevention: healthy relationships education, and safer parks, streets and transport for women and "
      "girls, day and night."]),
    ("P4", "Fighting fraud and cyber crime",
     "Protecting people and businesses from crime that arrives by phone, door or screen.",
     ["4.1 Protect older and vulnerable people from fraud, scams and doorstep crime, with Trading Standards and "
      "the banks.",
      "4.2 Cyber crime advice and support for residents, charities and small businesses.",
      "4.3 Pursue online offenders who target children."]),
    ("P5", "Justice that works for victims",
     "A criminal justice system that puts victims first and stops offending.",
     ["5.1 Every victim referred to Victims First, with specialist services for victims of domestic abuse, sexual "
      "violence and stalking commissioned by the Commissioner.",
      "5.2 Fewer court delays, and better support for witnesses; compliance with the Victims' Code.",
      "5.3 Reduce reoffending: Integrated Offender Management, accommodation and employment for people leaving "
      "prison, with the Thames Valley Reducing Reoffending Board.",
      "5.4 With the combating drugs partnerships, more people who commit crime in drug and alcohol treatment, "
      "continuity of care from prison, recovery, and fewer drug-related deaths.",
      "5.5 Restorative justice offered to every victim who wants it."]),
    ("P6", "Tackling unauthorised encampments",
     "A fair, fast and consistent response across the Thames Valley.",
     ["6.1 One consistent approach with all councils, using police and council powers.",
      "6.2 Work with councils towards enough transit sites across the Thames Valley.",
      "6.3 Keep communities informed while encampments are dealt with."]),
]


def plaque(st, text):
    def draw(c, aw, h):
        r = h / 2 - 2
        cx, cy = r + 2, h / 2
        c.setFillColor(colors.white)
        c.setStrokeColor(hexc("#0F2C5C"))
        c.setLineWidth(1)
        c.circle(cx, cy, r, stroke=1, fill=1)
        c.setFillColor(hexc("#1C4A8F"))
        c.circle(cx, cy, r - 4.5, stroke=0, fill=1)
        lines = wrap_lines(text, st.hbold, 15, 2 * r - 22 * mm)
        lead = 18
        centred_text(c, lines, st.hbold, 15, cx, cy + len(lines) * lead / 2 + 8, lead=lead)
        c.setFont(st.reg, 6.5)
        c.setFillColor(hexc("#C9D8F0"))
        c.drawCentredString(cx, cy - len(lines) * lead / 2 - 8, "THAMES VALLEY 2025–2029")
    return Draw(64 * mm, draw)


def build(out_root):
    st = Styles(body="dejavu", head="liberation-serif", primary="#0F2C5C", accent="#1C6E8C")
    path = out_root / FILE
    secs = [("Foreword from the Police and Crime Commissioner", 3), ("The Thames Valley today", 4),
            ("Strong neighbourhoods and safer town centres", 5), ("Fighting serious violence and exploitation", 5),
            ("Ending violence against women and girls", 6), ("Fighting fraud and cyber crime", 6),
            ("Justice that works for victims", 7), ("Tackling unauthorised encampments", 7),
            ("Working in partnership and funding the plan", 8)]

    def on_cover(c, doc):
        c.saveState()
        c.setFillColor(hexc("#0F2C5C"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc("#1C4A8F"))
        c.circle(W - 40 * mm, H - 70 * mm, 75 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(st.bold, 11)
        c.drawString(20 * mm, H - 28 * mm, "THAMES VALLEY POLICE AND CRIME COMMISSIONER")
        y = H - 150 * mm
        for ln in ["Police and Crime Plan", "for the Thames Valley", "2025–2029"]:
            c.setFont(st.hbold, 34)
            c.drawString(20 * mm, y, ln)
            y -= 40
        c.setFont(st.reg, 12)
        c.drawString(20 * mm, y - 8, "Berkshire · Buckinghamshire · Milton Keynes · Oxfordshire")
        c.setFont(st.reg, 9)
        c.drawString(20 * mm, 20 * mm, "Office of the Police and Crime Commissioner · pcc@tvpcc.example")
        c.restoreState()

    def on_body(c, doc):
        c.saveState()
        n = c.getPageNumber()
        c.setFont(st.reg, 7.5)
        c.setFillColor(hexc("#666666"))
        c.drawString(20 * mm, H - 12 * mm, PLAN_TITLE)
        c.setFillColor(hexc("#1C4A8F"))
        c.circle(W - 22 * mm, 13 * mm, 5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(st.bold, 9)
        c.drawCentredString(W - 22 * mm, 11.5 * mm, str(n))
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title=PLAN_TITLE, author="Thames Valley Police and Crime "
                          "Commissioner", creator="OPCC Thames Valley")
    fr = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 40 * mm, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H)], onPage=on_cover),
                          PageTemplate("body", [fr], onPage=on_body)])
    s = [NextPageTemplate("body"), Spacer(1, 1), PageBreak(), Paragraph("Contents", st.h1)]
    for i, (t, p) in enumerate(secs):
        s.append(contents_line(("      " if 2 <= i <= 7 else "") + t, p, st, "dots"))
    s.append(PageBreak())
    s.append(Paragraph(secs[0][0], st.h1))
    for p in ["The Thames Valley is one of the largest police force areas in England, home to 2.5 million people "
              "(illustrative) in cities, towns and some of the most rural communities in the south.",
              "This plan sets out what I expect of Thames Valley Police and what I will commission, fund and "
              "champion with partners over the next four years. It was shaped by more than 6,000 responses to "
              "my public consultation (illustrative), by victims, and by the councils, health bodies and "
              "partnerships I work with.",
              "It has six priorities. Under each I set out what it means and the objectives I will hold the Chief "
              "Constable and myself to. Community safety partnerships, the Violence Reduction Unit, youth "
              "justice services and the combating drugs partnerships will be essential to delivering them.",
              "I will report on progress to the Police and Crime Panel every year."]:
        s.append(Paragraph(p, st.body))
    s.append(Paragraph("<b>Police and Crime Commissioner for the Thames Valley</b>", st.body))
    s.append(PageBreak())
    s.append(Paragraph(secs[1][0], st.h1))
    s.append(stat_tiles([("2.5m", "residents"), ("190,000", "crimes recorded 2024/25"), ("4,900", "police "
                                                                                                "officers"),
                         ("£560m", "policing budget")], st, "#0F2C5C"))
    s.append(Paragraph(STAT_NOTE, st.small))
    s.append(Paragraph("What you told us", st.h2))
    s += bullets(["Residents want to see and know their neighbourhood officers.",
                  "Anti-social behaviour and burglary matter most in towns; rural crime in villages.",
                  "Women and girls do not always feel safe at night.",
                  "Victims want to be kept informed and to see offenders brought to justice.",
                  "Unauthorised encampments cause concern in many communities."], st)
    s.append(Paragraph("My principles", st.h2))
    s.append(Paragraph("Prevention first; victims at the heart; value for money; working in partnership. These "
                       "principles apply to every priority.", st.body))
    s.append(Paragraph("The previous plan (2021–2025)", st.h2))
    s.append(Paragraph("The last plan's five priorities were strong local policing; fighting serious organised "
                       "crime; fighting fraud and cyber crime; improving the criminal justice system and reducing "
                       "reoffending; and tackling illegal encampments. This plan builds on them.", st.body))
    s.append(PageBreak())
    tag = ParagraphStyle("tag", parent=st.body, fontName=st.reg, textColor=hexc("#1C6E8C"), fontSize=10.5,
                         leading=13.5)
    obj = ParagraphStyle("obj", parent=st.body, fontSize=8.8, leading=11.6, spaceAfter=3)
    for k, (pid, text, what, objs) in enumerate(PRIORITIES):
        if k in (2, 4):
            s.append(PageBreak())
        panel = [Paragraph("<i>What this means:</i> " + what, tag)] + [Paragraph(o, obj) for o in objs]
        t = Table([[plaque(st, text), panel]], colWidths=[68 * mm, W - 40 * mm - 68 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (1, 0), (1, 0),
                                                                    hexc("#EEF3FA")),
                               ("LEFTPADDING", (1, 0), (1, 0), 8), ("TOPPADDING", (1, 0), (1, 0), 8)]))
        s.append(t)
        s.append(Spacer(1, 10 * mm))
    s.append(PageBreak())
    s.append(Paragraph(secs[8][0], st.h1))
    s.append(Paragraph("I will work with the community safety partnerships in each local authority area, the "
                       "Safer Oxfordshire Partnership, the Thames Valley Violence Reduction Unit, the Reducing "
                       "Reoffending Board, the youth justice services, the combating drugs partnerships and the "
                       "domestic abuse and VAWG boards. My office will publish a partnership funding map every "
                       "year.", st.body))
    s.append(Paragraph("Funding the plan (illustrative)", st.h2))
    s.append(grid([["Area of spend", "2025/26"], ["Police force budget", "£560m"],
                   ["Commissioned victim services", "£6.8m"], ["Community safety grants to partnerships", "£2.9m"],
                   ["Violence Reduction Unit", "£1.8m"], ["Office of the PCC", "£1.6m"]],
                  [110 * mm, 50 * mm], st, head_fill="#0F2C5C"))
    s.append(Paragraph("Holding the Chief Constable to account", st.h2))
    s.append(Paragraph("Public accountability meetings every quarter; performance reports published online; an "
                       "annual report to the Police and Crime Panel.", st.body))
    doc.build(s)
    check_pages(path, {"Foreword from the Police and Crime Commissioner": 3, "The Thames Valley today": 4,
                       "Strong neighbourhoods and safer town centres": 5, "Ending violence against women": 6,
                       "Justice that works for victims": 7, "Working in partnership and funding the plan": 8},
                n_pages=8)
    return path
