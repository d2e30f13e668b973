"""Northumbria Victims and Witnesses Strategy 2024-2027: reportlab report (Helvetica).

Four priorities, stated once, on p6, as a stack of full-width rows: a
coloured block on the left holds a large number, and the right-hand cell holds
the priority in bold with a sentence under it.  The twelve rights of the
Victims' Code (p5), which resemble VIC1 and VIC2, the victims' survey, the
"What good looks like" statements, the delivery pages under short titles
(pp7-8) and the measures are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import Marker

FILE = "strategies/northumbria_victims_and_witnesses_strategy_2024-27.pdf"
TITLE = "Northumbria Victims and Witnesses Strategy 2024–2027"
W, H = A4
NAVY, AQUA, INK, FOG = hexc("#1A2B4C"), hexc("#1B8A8F"), hexc("#202020"), hexc("#EDF4F5")
REG, BOLD = fonts("helvetica")

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=20, leading=24, textColor=NAVY, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=AQUA, spaceBefore=7, spaceAfter=4)
rowh = ParagraphStyle("rowh", fontName=BOLD, fontSize=13, leading=16.5, textColor=NAVY, spaceAfter=4)
rowt = ParagraphStyle("rowt", parent=body, fontSize=9.2, leading=12.6, spaceAfter=0)
big = ParagraphStyle("big", fontName=BOLD, fontSize=34, leading=36, textColor=colors.white, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=hexc("#666666"))
toc: dict = {}

PRIORITIES = [
    ("Every victim gets the support they need to cope and recover",
     "Whatever the crime, and whether or not it is reported, victims can get help from Victims First Northumbria "
     "and from specialist services."),
    ("Victims are kept informed and their rights under the Victims' Code are met",
     "Victims hear from the police, the Crown Prosecution Service and the courts when they should, and know what "
     "happens next."),
    ("Witnesses are supported to give their best evidence at court",
     "Victims and witnesses are prepared for court, protected from intimidation and supported on the day."),
    ("Victims of hate crime have the confidence to report",
     "People targeted because of who they are know that reporting will be taken seriously, and can report in the "
     "way that suits them."),
]

RIGHTS = ["To be able to understand and to be understood", "To have the details of the crime recorded without "
          "unjustified delay", "To be provided with information when reporting the crime",
          "To be referred to services that support victims and have services and support tailored to your needs",
          "To be provided with information about compensation", "To be provided with information about the "
          "investigation and prosecution", "To make a Victim Personal Statement", "To be given information about "
          "the trial, trial process and your role as a witness", "To be given information about the outcome of the "
          "case and any appeals", "To be paid expenses and have property returned",
          "To be given information about the offender following a conviction", "To make a complaint about your "
          "rights not being met"]


def deco(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(AQUA)
    c.rect(W - 18 * mm, 0, 18 * mm, H, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 13 * mm, "Victims and Witnesses Strategy 2024–2027")
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawCentredString(W - 9 * mm, 14 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(AQUA)
    c.rect(0, H - 190 * mm, 120 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 28 * mm, "NORTHUMBRIA LOCAL CRIMINAL JUSTICE BOARD")
    c.setFont(BOLD, 32)
    c.drawString(20 * mm, H - 140 * mm, "Victims and Witnesses")
    c.drawString(20 * mm, H - 154 * mm, "Strategy")
    c.setFont(REG, 20)
    c.drawString(20 * mm, H - 172 * mm, "2024–2027")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 30 * mm, "With the Police and Crime Commissioner for Northumbria")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(AQUA)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 13)
    c.drawString(20 * mm, 90 * mm, "Victims First Northumbria")
    c.setFont(REG, 10)
    c.drawString(20 * mm, 82 * mm, "0800 000 0000 (illustrative) · help@victimsfirst.example")
    c.drawString(20 * mm, 75 * mm, "Support is free and confidential, whether or not you have reported the crime.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 48 * mm, H - 42 * mm, id="s", **pad)], onPage=deco),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Introduction", "fw"), ("Victims in Northumbria", "ctx"), ("The Victims' Code", "code"),
                      ("Our priorities", "pri"), ("How we will deliver", "del"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, NAVY, leader=True, gap=14))
    s += [PageBreak(), Marker("fw", toc), Paragraph("Introduction", h1)]
    for t in [
        "Being a victim of crime can turn a life upside down. Victims tell us that what helps most is being believed, "
        "being kept informed and getting the right support at the right time.",
        "This strategy is owned by the Victims and Witnesses Group of the Northumbria Local Criminal Justice Board. "
        "The group includes Northumbria Police, the Crown Prosecution Service, HM Courts and Tribunals Service, the "
        "Witness Service, the Probation Service, the Police and Crime Commissioner and victims' organisations.",
        "The Victims and Prisoners Act 2024 strengthens the Victims' Code and gives Police and Crime Commissioners a "
        "duty to keep compliance with it under review. This strategy is how the criminal justice agencies in "
        "Northumbria will meet that challenge together."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, Victims and Witnesses Group</b>", body))
    s += [PageBreak(), Marker("ctx", toc), Paragraph("Victims in Northumbria", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    t = Table([[Paragraph(f"<b>{n}</b>", ParagraphStyle("n", parent=body, fontSize=17, leading=20, textColor=AQUA)),
                Paragraph(c, body)] for n, c in [("142,000", "crimes recorded in 2023"),
                                                 ("39,000", "victims referred to Victims First Northumbria"),
                                                 ("61%", "of victims satisfied with being kept informed"),
                                                 ("1 in 4", "trials that did not go ahead on the day"),
                                                 ("1,850", "hate crimes reported")]],
              colWidths=[40 * mm, W - 48 * mm - 40 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, hexc("#C9D9DC")), ("VALIGN", (0, 0), (-1, -1),
                                                                                    "MIDDLE")]))
    s += [t, Paragraph("What victims told us", h2)]
    s += bullets(["They had to chase the police for updates.", "Nobody explained what would happen at court.",
                  "Waiting for a trial date was the hardest part.", "They did not report hate incidents because "
                  "they thought nothing would happen."], bl)
    s += [PageBreak(), Marker("code", toc), Paragraph("The Victims' Code", h1),
          Paragraph("The Code of Practice for Victims of Crime in England and Wales sets out twelve rights:", body)]
    for k, r in enumerate(RIGHTS, 1):
        s.append(Paragraph(f"{k}.&nbsp;&nbsp;{r}", bl))
    s.append(Paragraph("These rights apply to every victim. Our priorities are about how we will make them real in "
                       "Northumbria.", body))
    s += [PageBreak(), Marker("pri", toc), Paragraph("Our priorities", h1),
          Paragraph("The Victims and Witnesses Group has agreed four priorities for 2024–2027.", body), Spacer(1, 6)]
    fills = [NAVY, AQUA, hexc("#3F5E8C"), hexc("#127075")]
    for i, (name, txt) in enumerate(PRIORITIES):
        t = Table([[Paragraph(str(i + 1), big), [Paragraph(name, rowh), Paragraph(txt, rowt)]]],
                  colWidths=[24 * mm, W - 48 * mm - 24 * mm], rowHeights=[38 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), fills[i]), ("BACKGROUND", (1, 0), (1, 0), FOG),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
                               ("RIGHTPADDING", (1, 0), (1, 0), 5 * mm)]))
        s += [t, Spacer(1, 5)]
    s += [PageBreak(), Marker("del", toc), Paragraph("How we will deliver", h1),
          Paragraph("Each priority has a lead agency. The group tracks delivery under these short titles.", body)]
    for tt, lead, acts in [
        ("Support", "Police and Crime Commissioner", ["Recommission Victims First Northumbria in 2025.",
                                                      "Specialist services for children and young victims."]),
        ("Information", "Northumbria Police", ["A victim contact plan agreed at the first report.",
                                               "Quarterly Victims' Code compliance audits."]),
        ("Court", "HMCTS, Witness Service", ["Pre-trial court visits for every vulnerable witness.",
                                             "Remote live links from Sunderland and Hexham."]),
        ("Hate crime", "Northumbria Police, councils", ["Third-party reporting centres in every district.",
                                                        "An online reporting form in ten languages."])]:
        s += [Paragraph(tt, h2), Paragraph(f"Lead: {lead}", small)]
        s += bullets(acts, bl)
    s.append(RuledBox([Paragraph("What good looks like", h2), Paragraph(
        "“I was believed.” “I always knew what was happening.” “I felt safe giving evidence.” “I would report "
        "again.”", body)], FOG, pad=9))
    s += [PageBreak(), Marker("gov", toc), Paragraph("Measures and governance", h1)]
    s += bullets(["Victims satisfied with the support they received", "Victims' Code compliance (audit)",
                  "Trials that go ahead on the day", "Hate crimes reported"], bl)
    s.append(Paragraph("The Victims and Witnesses Group meets every two months and reports to the Northumbria Local "
                       "Criminal Justice Board. The Police and Crime Commissioner publishes an annual report on "
                       "Victims' Code compliance.", body))
    s.append(Paragraph("All figures in this strategy are illustrative.", small))
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, templates(), TITLE, "Northumbria Local Criminal Justice Board")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
