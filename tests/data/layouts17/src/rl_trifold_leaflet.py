"""Hawksmere Combating Drugs Partnership: plan summary as a TRI-FOLD (letter-fold) leaflet, printer's artwork
(reportlab, 2 landscape A4 pages, three 99 mm panels each, dashed fold marks).

The panels are in fold order, not reading order:
  p1 (outside of the sheet): [inside flap] [back cover] [front cover]
  p2 (inside of the sheet):  [inside left] [inside middle] [inside right]
A reader sees the front cover (p1 right) first, then the inside flap (p1 left), then the three inside panels.

The five priorities are numbered discs under "Our five priorities" that START in the inside middle panel (1 to 3)
and CONTINUE in the inside right panel (4 and 5, under a small "continued" line), above "How we will know it is
working". The inside flap on p1 holds the 2024-2026 plan's three priorities in the SAME disc design, and the
national strategy's three priorities as bullets. The inside left panel has "What people told us" quotes and key
numbers."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

import common
from rl_kit import Writer, box, hexc, make_canvas, para_at, text

NAME = "trifold_panels_leaflet_drugs"
ACC = "00707A"
TITLE = "Hawksmere Combating Drugs Partnership: our plan for 2027-2030 (summary leaflet)"
W, H = landscape(A4)
PW = W / 3
PRIORITIES = [
    ("Fewer people dying because of drugs or alcohol",
     "Naloxone for everyone at risk, and a review of every drug death."),
    ("More people getting into treatment, and staying in it",
     "Faster starts, evening clinics and peer mentors."),
    ("Closing down the county lines that bring drugs into Hawksmere",
     "Police, council and housing acting together on every line."),
    ("Stopping young people getting drawn into drugs",
     "Honest drug education and early help for families."),
    ("Helping people in recovery find a home and a job",
     "Recovery housing and employment advisers in every service."),
]
LAST = [("Reduce drug-related deaths", "Deaths fell from 31 to 26 a year."),
        ("Increase the number of people in treatment", "Up by 9%, short of our 15% target."),
        ("Disrupt the supply of drugs", "14 county lines closed down.")]


def disc_item(c, x, top, width, n, title, desc):
    """A numbered teal disc with a bold title and a one-line description beside it; returns the height used."""
    c.saveState()
    c.setFillColor(hexc(ACC))
    c.circle(x + 13, top - 13, 12, stroke=0, fill=1)
    c.restoreState()
    text(c, x + 13, top - 17.5, str(n), "Sans-Bold", 13, "FFFFFF", anchor="center")
    h1 = para_at(c, title, x + 34, top, width - 34, font="Sans-Bold", size=11, leading=13.5, color="1E2A2B")
    h2 = para_at(c, desc, x + 34, top - h1 - 2, width - 34, font="Sans", size=9, leading=11.5, color="444444")
    return max(h1 + h2 + 2, 28)


def fold_marks(c):
    c.saveState()
    c.setStrokeColor(hexc("999999"))
    c.setDash(3, 3)
    c.setLineWidth(0.5)
    for i in (1, 2):
        c.line(PW * i, H - 14, PW * i, H - 2)
        c.line(PW * i, 2, PW * i, 14)
    c.restoreState()


def panel_writer(c, i, top=None):
    return Writer(c, PW * i + 24, top or H - 40, PW - 48, bottom=30, font="Sans", body_size=9.5, accent=ACC)


def outside(c):
    # panel 0: the inside flap (seen when the front cover is opened)
    w = panel_writer(c, 0)
    w.heading("Our last plan, 2024-2026", 14)
    w.para("Our first plan had three priorities. This is how we did.", size=9.5, after=10)
    y = w.y
    for n, (t, d) in enumerate(LAST, 1):
        y -= disc_item(c, PW * 0 + 24, y, PW - 48, n, t, d) + 12
    w.y = y - 6
    w.heading("The national strategy", 12)
    w.para("From Harm to Hope, the Government's ten-year drug strategy, has three priorities:", size=9)
    w.bullets(["break drug supply chains", "deliver a world-class treatment and recovery system",
               "achieve a generational shift in the demand for drugs"], size=9)
    w.para("Every area must have a Combating Drugs Partnership to deliver it locally.", size=9)
    # panel 1: the back cover
    w = panel_writer(c, 1)
    w.heading("Get help", 14)
    w.para("<b>Hawksmere Recovery Service</b><br/>0300 555 0172, Monday to Friday, 9am to 8pm<br/>"
           "12 Quay Street, Hawksmere", size=9.5)
    w.para("<b>Young people's drug and alcohol service</b><br/>0300 555 0188 or text 07700 900 431", size=9.5)
    w.para("<b>Families affected by someone's drug use</b><br/>Hawksmere Family Support, 0300 555 0190", size=9.5)
    w.para("<b>Report drug dealing</b><br/>Call 101, or Crimestoppers anonymously on 0800 555 111", size=9.5)
    w.space(10)
    w.heading("About the partnership", 12)
    w.para("The Hawksmere Combating Drugs Partnership brings together the council, police, NHS, probation, the "
           "prison, Jobcentre Plus and people with lived experience of addiction. It is chaired by the "
           "Director of Public Health.", size=9)
    w.para("Read the full plan at www.hawksmere.gov.uk/drugsplan. Large print and other languages are available "
           "on request.", size=9)
    text(c, PW + 24, 40, "Published April 2027", "Sans", 8, "666666")
    # panel 2: the front cover
    box(c, PW * 2, 0, PW, H, ACC)
    text(c, PW * 2 + 24, H - 60, "Hawksmere Combating Drugs Partnership", "Sans-Bold", 11, "D5EEF0")
    para_at(c, "Our plan for 2027-2030", PW * 2 + 24, H - 90, PW - 48, font="Sans-Bold", size=28, leading=32,
            color="FFFFFF")
    para_at(c, "A summary for residents", PW * 2 + 24, H - 170, PW - 48, font="Sans", size=15, color="FFFFFF")
    para_at(c, "Less harm. More recovery. Safer streets.", PW * 2 + 24, 120, PW - 48, font="Sans-Italic", size=13,
            color="D5EEF0")
    fold_marks(c)


def inside(c):
    # panel 0: why it matters
    w = panel_writer(c, 0)
    w.heading("Why this matters", 14)
    for big, small in [("26", "people in Hawksmere died because of drugs in 2025"),
                       ("1 in 2", "people who use opiates or crack are not in treatment"),
                       ("7", "county lines are known to be active in the town")]:
        w.para(big, font="Sans-Bold", size=22, color=ACC, after=0, leading=24)
        w.para(small, size=9.5, after=8)
    w.heading("What people told us", 12, before=6)
    for q in ["\u201cI waited eleven weeks for my first appointment. By then I'd given up.\u201d",
              "\u201cThe dealing outside the flats scares my kids.\u201d",
              "\u201cRecovery is easier when you have somewhere to live and something to get up for.\u201d"]:
        w.para(q, font="Sans-Italic", size=9, color="444444", after=5)
    # panel 1: the priorities, 1 to 3
    w = panel_writer(c, 1)
    w.heading("Our five priorities", 14)
    w.para("The partnership agreed five priorities for 2027 to 2030. Each has a lead partner and a yearly action "
           "plan.", size=9.5, after=12)
    y = w.y
    for n, (t, d) in enumerate(PRIORITIES[:3], 1):
        y -= disc_item(c, PW + 24, y, PW - 48, n, t, d) + 14
    para_at(c, "Continued in the next panel \u2192", PW + 24, y - 4, PW - 48, font="Sans-Italic", size=8.5,
            color="666666")
    box(c, PW + 24, 60, PW - 48, 110, "E3F2F3", radius=6)
    para_at(c, "<b>Our promise</b><br/>People with lived experience of addiction sit on the partnership. They "
            "helped us choose these priorities, and they will help us check that we keep to them.", PW + 36, 158,
            PW - 72, font="Sans", size=9.5, leading=12.5, color="1E2A2B")
    # panel 2: the priorities, 4 and 5, then measures
    x = PW * 2 + 24
    text(c, x, H - 52, "Our five priorities (continued)", "Sans-Italic", 9, "666666")
    y = H - 66
    for n, (t, d) in enumerate(PRIORITIES[3:], 4):
        y -= disc_item(c, x, y, PW - 48, n, t, d) + 14
    w = panel_writer(c, 2, top=y - 8)
    w.heading("How we will know it is working", 12)
    w.bullets(["Drug deaths down to fewer than 20 a year by 2030",
               "1,100 adults in treatment (now 860)",
               "Every county line referred for joint action within a month",
               "Fewer under-18s needing specialist treatment",
               "Half of people leaving treatment in work or training"], size=9)
    w.heading("What happens next", 12, before=6)
    w.para("We will publish a progress report every autumn and hold a public meeting each year.", size=9)
    fold_marks(c)


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Hawksmere Combating Drugs Partnership", pagesize=(W, H))
    outside(c)
    c.showPage()
    inside(c)
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
