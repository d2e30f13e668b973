"""Surrey Police and Crime Plan 2026-2030 (a fictional new edition): reportlab brochure (Liberation Sans,
Liberation Serif headings).  The six priorities sit under three themed parts (PART ONE Communities: P1, P2 on
p5; PART TWO People: P3, P4 on p6; PART THREE Justice and trust: P5, P6 on p7).  Each part page opens with a
coloured part band; each priority is an unnumbered serif heading with a rule, an italic tag line and the
numbered objectives "1.1 ..." under "What I will do".  Distractors: "What you told us", the 2021-2025 plan's
priorities and the principles (p4); the part names; tag lines and objectives; partnership, funding and
measures (p8)."""
from rl_kit import (A4, BaseDocTemplate, ContentsLine, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph,
                    ParagraphStyle, Spacer, Table, TableStyle, Tiles, bullets, colors, fonts, hexc, mm)
from surrey_districts.shared import ILLUS, PLAN

FILE = "plan/surrey_police_and_crime_plan_2026-30.pdf"
TITLE = "Surrey Police and Crime Plan 2026\u20132030"
NAVY, GOLD, TEAL, GREY = hexc("#14213D"), hexc("#D9A21B"), hexc("#2A7F87"), hexc("#555555")
PARTS = [("PART ONE", "Communities", [0, 1], "Places where people live, work and go out, free from violence and exploitation."),
         ("PART TWO", "People", [2, 3], "Protecting women and girls, and putting victims first."),
         ("PART THREE", "Justice and trust", [4, 5], "A justice system that stops reoffending, and a police service you can trust.")]
PAGES = {"Foreword": 3, "What you told us": 4, "Part one: Communities": 5, "Part two: People": 6,
         "Part three: Justice and trust": 7, "Partnership, funding and measures": 8}


def build(out_root):
    out = out_root / FILE
    sans, sansb = fonts("liberation-sans")
    serif, serifb = fonts("liberation-serif")
    W, H = A4
    body = ParagraphStyle("b", fontName=sans, fontSize=10, leading=14, textColor=colors.HexColor("#222222"),
                          spaceAfter=6)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, textColor=GREY)
    h1 = ParagraphStyle("h1", fontName=serifb, fontSize=24, leading=28, textColor=NAVY, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName=sansb, fontSize=12, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
    ph = ParagraphStyle("ph", fontName=serifb, fontSize=20, leading=24, textColor=NAVY, spaceBefore=6, spaceAfter=2)
    tag = ParagraphStyle("tag", fontName=serif, fontSize=11.5, leading=15, textColor=TEAL, spaceAfter=5)
    obj = ParagraphStyle("obj", parent=body, fontSize=9.5, leading=12.5, leftIndent=22, firstLineIndent=-22,
                         spaceAfter=3)
    bul = ParagraphStyle("bul", parent=body, leftIndent=12, bulletIndent=2)

    def cover(c, doc):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(GOLD)
        c.rect(0, H * 0.42, W, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(sansb, 12)
        c.drawString(20 * mm, H - 40 * mm, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR SURREY")
        c.setFont(serifb, 40)
        c.drawString(20 * mm, H * 0.62, "Police and Crime Plan")
        c.setFont(serif, 26)
        c.drawString(20 * mm, H * 0.62 - 14 * mm, "for Surrey 2026\u20132030")
        c.setFont(sans, 11)
        c.drawString(20 * mm, 30 * mm, "Published by the Police and Crime Commissioner for Surrey \u00b7 April 2026")
        c.restoreState()

    def normal(c, doc):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 10 * mm, W, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(sans, 8)
        c.drawString(18 * mm, H - 6.5 * mm, TITLE)
        c.setFillColor(GREY)
        c.setFont(sans, 9)
        c.drawRightString(W - 18 * mm, 10 * mm, str(doc.page))
        c.setStrokeColor(GOLD)
        c.setLineWidth(1.5)
        c.line(W - 30 * mm, 14 * mm, W - 18 * mm, 14 * mm)
        c.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, title=TITLE, author="Police and Crime Commissioner for Surrey",
                          creator="stratalign test data")
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H, id="c")], onPage=cover),
                          PageTemplate("n", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="n")], onPage=normal)])
    from reportlab.platypus import NextPageTemplate
    s = [NextPageTemplate("n"), PageBreak()]
    s.append(Paragraph("Contents", h1))
    for k, v in PAGES.items():
        s.append(ContentsLine(k, v, sans, 12, NAVY))
        s.append(Spacer(1, 4))
    s.append(PageBreak())
    s.append(Paragraph("Foreword", h1))
    for t in ["Surrey is one of the safest counties in England. I want to keep it that way, and to make sure that "
              "everyone who lives, works or travels here feels it.",
              "This plan sets my priorities for policing and community safety for the next four years. It was "
              "shaped by more than 4,000 residents who answered my survey (illustrative figure), by victims and "
              "survivors, and by the borough and district councils, health, fire, probation and voluntary partners "
              "without whom none of it can be delivered.",
              "I have grouped my six priorities into three parts: communities, people, and justice and trust. Each "
              "priority has a short list of things I will do, and I will report on every one of them to the Police "
              "and Crime Panel.",
              "I will hold the Chief Constable to account for delivering this plan, and I will work with partners "
              "on the many things the police cannot do alone."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<i>Police and Crime Commissioner for Surrey</i>", body))
    s.append(PageBreak())
    s.append(Paragraph("What you told us", h1))
    s.append(Paragraph("Residents, businesses and partners told us what mattered most to them:", body))
    s.append(Tiles([("68%", "want more visible policing"), ("54%", "worry about anti-social behaviour"),
                    ("47%", "of women feel unsafe after dark"), ("39%", "have been targeted by a scam")], 4,
                   W - 36 * mm, ParagraphStyle("tn", fontName=sansb, fontSize=18, leading=22, textColor=NAVY),
                   ParagraphStyle("tc", fontName=sans, fontSize=8.5, leading=11), [hexc("#EEF2F7")]))
    s.append(Paragraph(ILLUS, small))
    s.append(Paragraph("My previous plan, 2021\u20132025", h2))
    s.append(Paragraph("The previous plan had these priorities. This plan replaces them:", body))
    s += bullets(["Preventing violence against women and girls", "Protecting people from harm in Surrey",
                  "Working with communities so that they feel safe",
                  "Strengthening relationships between Surrey Police and residents", "Ensuring safer Surrey roads"], bul)
    s.append(Paragraph("How I will work", h2))
    s += bullets(["Listening to residents and victims before deciding.", "Commissioning services on evidence.",
                  "Working through the community safety partnerships, not around them.",
                  "Being open about performance, good and bad."], bul)
    s.append(PageBreak())
    for pi, (label, name, idx, intro) in enumerate(PARTS):
        band = Table([[[Paragraph(label, ParagraphStyle("pl", fontName=sansb, fontSize=10, leading=13, textColor=GOLD)),
                        Paragraph(name, ParagraphStyle("pn", fontName=serifb, fontSize=22, leading=26,
                                                       textColor=colors.white))]]],
                     colWidths=[W - 36 * mm])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                  ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        s.append(band)
        s.append(Spacer(1, 4))
        s.append(Paragraph(f"<i>{intro}</i>", small))
        for i in idx:
            pid, head, tagline, objs = PLAN[i]
            n = i + 1
            blk = [Paragraph(head, ph),
                   Table([[""]], colWidths=[60 * mm], rowHeights=[2],
                         style=[("BACKGROUND", (0, 0), (-1, -1), GOLD)]),
                   Spacer(1, 5), Paragraph(tagline, tag),
                   Paragraph("What I will do", ParagraphStyle("wd", fontName=sansb, fontSize=9.5, textColor=GREY,
                                                              spaceAfter=3))]
            blk += [Paragraph(f"{n}.{k}&nbsp;&nbsp;{o}", obj) for k, o in enumerate(objs, 1)]
            s.append(KeepTogether(blk))
            s.append(Spacer(1, 6))
        s.append(PageBreak())
    s.append(Paragraph("Partnership, funding and measures", h1))
    s.append(Paragraph("Most of this plan depends on partners. I will fund and work with the eleven community "
                       "safety partnerships, the Surrey Domestic Abuse Partnership Board, the Serious Violence "
                       "partnership, the Combating Drugs Partnership, the youth justice service and the Surrey "
                       "Criminal Justice Board.", body))
    t = Table([["Area", "2026/27 budget (illustrative)"], ["Victim and witness services", "\u00a34.1m"],
               ["Community safety grants to partnerships", "\u00a31.2m"], ["Domestic abuse and VAWG services", "\u00a32.6m"],
               ["Reducing reoffending", "\u00a30.9m"]], colWidths=[100 * mm, 60 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), sans, 9.5), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                           ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("GRID", (0, 0), (-1, -1), 0.4, GREY)]))
    s.append(t)
    s.append(Paragraph("How I will measure progress", h2))
    s += bullets(["Public confidence in Surrey Police (annual survey).", "Victim satisfaction and Victims' Code compliance.",
                  "Rates of neighbourhood crime and anti-social behaviour.", "Reoffending by people in the IOM cohort.",
                  "999 and 101 answer times."], bul)
    s.append(Paragraph("The Police and Crime Panel scrutinises this plan and my annual report. Contact: "
                       "opcc@surrey-pcc.example (illustrative).", body))
    doc.build(s)
    return out
