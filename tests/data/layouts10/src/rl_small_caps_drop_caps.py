"""Brantwick Reducing Reoffending Strategy 2026-2029, set like a book by an agency's typographer, in Liberation
Serif. Three typographic habits meet on each strand (priority), pp3-4:
  * a kicker "S T R A N D  O N E" in letter-spaced capitals set one glyph at a time (one drawString per letter,
    the word gap only a distance), which pdftotext gives back as "S T R A N D" / "O N E";
  * the strand's title in FAKE small capitals: every letter is a capital glyph, word initials at 16 pt and the
    rest at 12.4 pt, so the text layer reads in upper case ("A SAFE AND SETTLED HOME ...");
  * the paragraph under it opens with a three-line DROP CAP (a 40 pt letter drawn apart from its word), and the
    body uses the ligature glyphs U+FB01 "fi" and U+FB02 "fl".
The section headings ("INTRODUCTION", "OUR STRANDS FOR 2026-2029" ...) are fake small caps too, larger; the seven
national reducing-reoffending pathways (p2) are small-caps run-ins."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4

import common
from printkit import fake_small_caps, spaced
from rl_kit import Writer, box, hexc, make_canvas, text

NAME = "small_caps_drop_caps_reoffending"
TITLE = "Brantwick Reducing Reoffending Strategy 2026-2029"
W, H = A4
ACC, INK, GREY = "7A1F2B", "1E1E1E", "5E5E5E"
X0, COLW = 78, W - 156
NUMS = ["ONE", "TWO", "THREE", "FOUR", "FIVE"]
STRANDS = [
    ("A safe and settled home on the day of release",
     "Nobody should leave HMP Brantwick Moor without an address. Last year one in five people released to "
     "Brantwick had nowhere settled to go on their first night, and most of them were recalled or reoffended "
     "within six months. We will fund a housing specialist in the prison's pre-release team, reserve twelve "
     "flats for people leaving custody, and find every person a place to stay before the day of release."),
    ("Treatment that follows people from prison into the community",
     "Drug and alcohol treatment too often stops at the prison gate. We will make sure everyone who starts "
     "treatment inside is booked into a community service before release, that the first appointment is "
     "within five days, and that a recovery worker meets people at the gate when they ask for it."),
    ("Work, training and money advice for people on probation",
     "A job is one of the strongest protections against reoffending. We will bring employers into the "
     "Brantwick employment hub, offer a bank account and ID on release, and give financial advice to "
     "everyone on a community order who asks for it."),
    ("A separate approach for women in the justice system",
     "Women are a small share of people on probation in Brantwick but most of them are victims of abuse "
     "themselves. We will keep the women's centre open five days a week and offer every woman on probation "
     "a female officer and appointments away from the main probation office."),
    ("Keeping families together while a parent is in prison",
     "Children with a parent in prison are more likely to offend themselves. We will train school staff to "
     "identify these children, offer family days at the prison, and make sure the first visit happens within "
     "two weeks of sentence."),
]


def lig(s: str) -> str:
    """The ligature glyphs a typographer's layout program would set."""
    return s.replace("fi", "\ufb01").replace("fl", "\ufb02")


def drop_cap_para(c, x, top, width, body, *, size=10.5, leading=14.5, cap_lines=3, font="Serif", colour=INK):
    """A justified paragraph whose first letter is a drop cap over `cap_lines` lines; returns its height."""
    first, rest = body[0], lig(body[1:])
    cap_size = leading * (cap_lines - 1) + size * 0.72
    cap_size = cap_size / 0.66   # Liberation Serif cap height is about 0.66 em
    c.saveState()
    c.setFillColor(hexc(ACC))
    c.setFont("Serif-Bold", cap_size)
    c.drawString(x, top - size - leading * (cap_lines - 1), first)
    cap_w = c.stringWidth(first, "Serif-Bold", cap_size) + 5
    c.restoreState()
    words = rest.split(" ")
    lines, cur = [], []
    n = 0
    for wd in words:
        avail = width - (cap_w if len(lines) < cap_lines else 0)
        trial = " ".join(cur + [wd])
        if cur and c.stringWidth(trial, font, size) > avail:
            lines.append(cur)
            cur = []
        cur.append(wd)
    lines.append(cur)
    c.saveState()
    c.setFillColor(hexc(colour))
    for n, ws in enumerate(lines):
        indent = cap_w if n < cap_lines else 0
        avail = width - indent
        t = c.beginText(x + indent, top - size - n * leading)
        t.setFont(font, size)
        if n < len(lines) - 1 and len(ws) > 1:
            gap = (avail - c.stringWidth(" ".join(ws), font, size)) / (len(ws) - 1)
            t.setWordSpace(gap)
        t.textOut(" ".join(ws))
        c.drawText(t)
    c.restoreState()
    return len(lines) * leading


def section(c, y, title):
    fake_small_caps(c, X0, y, title, font="Serif", big=21, small=16.2, colour=ACC)
    c.saveState()
    c.setStrokeColor(hexc(ACC))
    c.setLineWidth(0.6)
    c.line(X0, y - 9, X0 + COLW, y - 9)
    c.restoreState()
    return y - 36


def strand(c, y, i):
    title, body = STRANDS[i]
    spaced(c, X0, y, f"STRAND {NUMS[i]}", font="Sans-Bold", size=8, track=4.2, colour=ACC)
    lines = fake_small_caps(c, X0, y - 24, title, font="Serif-Bold", big=16, small=12.4, colour=INK,
                            max_width=COLW)
    y = y - 24 - (lines - 1) * 20 - 12
    h = drop_cap_para(c, X0, y, COLW, body)
    return y - h - 26


def foot(c, n):
    text(c, W - X0, 40, f"\u2014  {n}  \u2014", "Serif", 9, GREY, anchor="right")
    spaced(c, X0, 40, "BRANTWICK REDUCING REOFFENDING STRATEGY", font="Serif", size=6.5, track=1.6, colour=GREY)


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Brantwick Reducing Reoffending Board")
    c.setCreator("Affinity Publisher 2.5")
    # ---- p1 cover
    box(c, 0, 0, W, H, "F4EFE6")
    spaced(c, X0, H - 180, "BRANTWICK REDUCING REOFFENDING BOARD", font="Sans-Bold", size=8.5, track=3.6,
           colour=ACC)
    text(c, X0, H - 250, "Reducing Reoffending", "Serif", 40, INK)
    text(c, X0, H - 296, "Strategy", "Serif", 40, INK)
    text(c, X0, H - 340, "2026\u20132029", "Serif-Italic", 24, ACC)
    c.saveState()
    c.setStrokeColor(hexc(ACC))
    c.line(X0, H - 360, X0 + 120, H - 360)
    c.restoreState()
    text(c, X0, 110, "Brantwick Council \u00b7 HMP Brantwick Moor \u00b7 Probation Service, Brantwick \u00b7 "
         "Brantwick Police \u00b7 NHS Brantwick", "Serif", 9, GREY)
    c.showPage()
    # ---- p2 introduction, the seven pathways, figures
    y = section(c, H - 90, "Introduction")
    y -= drop_cap_para(c, X0, y, COLW,
                       "Most crime in Brantwick is committed by people who have offended before. Of the 1,460 adults "
                       "who finished a sentence or order in 2024, a third were convicted again within a year. Each "
                       "of those offences has a victim, and each return to prison costs the public purse and "
                       "sets back the person's family. This strategy is the Brantwick Reducing Reoffending Board's "
                       "plan to change that. It was agreed in June 2026 after a workshop with people on probation, "
                       "prison staff, housing officers and the voluntary sector, and after a review of the "
                       "evidence on what works to help people stop offending.") + 30
    y = section(c, y, "The seven pathways")
    w = Writer(c, X0, y, COLW, bottom=60, font="Serif", body_size=10.5, accent=ACC)
    w.para(lig("Our partners' work has long been organised around the seven national reducing reoffending "
               "pathways. They still describe the problems people face, and we use them to classify the needs we "
               "find:"), leading=14.5, after=6)
    for run_in, rest in [("ACCOMMODATION", "a settled place to live"),
                         ("EDUCATION, TRAINING AND EMPLOYMENT", "skills and work"),
                         ("HEALTH", "physical and mental health"),
                         ("DRUGS AND ALCOHOL", "treatment and recovery"),
                         ("FINANCE, BENEFIT AND DEBT", "money and benefits"),
                         ("CHILDREN AND FAMILIES", "relationships with family"),
                         ("ATTITUDES, THINKING AND BEHAVIOUR", "programmes that challenge offending")]:
        w.para(f"<font name='Serif-Bold' size='9'>{run_in}</font> \u2014 {rest}", leading=14, after=1, indent=14)
    w.space(8)
    w.para(lig("They are not our strands. Our strands, on the next pages, are the five things the board has "
               "chosen to do differently, and they cut across the pathways."), leading=14.5, after=14)
    w.table([["Brantwick in figures", "2023", "2024"],
             ["Adults proven to reoffend within a year", "34.8%", "33.1%"],
             ["Released from custody with no settled address", "22%", "20%"],
             ["Starting community treatment within 3 weeks of release", "41%", "46%"]],
            [COLW - 140, 70, 70], head_bg=ACC, size=9, zebra="F4EFE6")
    foot(c, 2)
    c.showPage()
    # ---- p3 strands one to three
    y = section(c, H - 90, "Our strands for 2026-2029")
    w = Writer(c, X0, y, COLW, bottom=60, font="Serif", body_size=10.5, accent=ACC)
    w.para(lig("The board has agreed five strands. Each has a lead organisation and a small group that meets "
               "every six weeks to keep the work moving."), leading=14.5, after=22)
    y = w.y
    for i in (0, 1, 2):
        y = strand(c, y, i)
    assert y > 60, y
    foot(c, 3)
    c.showPage()
    # ---- p4 strands four and five, measures, governance
    y = H - 90
    for i in (3, 4):
        y = strand(c, y, i)
    y = section(c, y - 6, "Measuring progress")
    w = Writer(c, X0, y, COLW, bottom=60, font="Serif", body_size=10.5, accent=ACC)
    w.table([["Strand", "Measure", "Lead"],
             ["One", "Released with a settled address on the first night", "Brantwick Council Housing"],
             ["Two", "Community treatment started within 5 days of release", "NHS Brantwick"],
             ["Three", "People on probation in work six months after starting", "Probation Service"],
             ["Four", "Women on probation seen at the women's centre", "Brantwick Women's Centre"],
             ["Five", "First family visit within two weeks of sentence", "HMP Brantwick Moor"]],
            [60, COLW - 210, 150], head_bg=ACC, size=9, zebra="F4EFE6")
    w.para(lig("The board reports on these measures every year to the Community Safety Partnership and to the "
               "Police and Crime Commissioner, whose own plan includes reducing reoffending among its "
               "priorities."), leading=14.5)
    assert w.y > 60
    foot(c, 4)
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
