"""outline_view_print_plan.pdf: the Stenmoor Police and Crime Commissioner's briefing deck to the Police and Crime
Panel on her new Police and Crime Plan, printed from the slide tool in "Outline" view (reportlab): A4 portrait, no
slide pictures at all, just each slide's number and a small slide icon in the margin, the slide title in bold and
its bullet text indented by outline level, flowing from one page to the next.

Slide 5 "My priorities for 2026-2029" (page 2) has a level-1 lead-in line and the five priorities as its level-2
bullets. Gold is those five bullets.

Not gold: the slide numbers 1-10 in the margin; the typed agenda "1. ... 5." on slide 2; the public's top five
concerns (slide 3, level 2, the same shape); the 2021-2025 plan's three priorities (slide 4, level 2); slide 6 "What I
will do", whose level-1 lines are the priorities' SHORT names with commitments under them; the Strategic Policing
Requirement's seven national threats (slide 7, level 2); funding and next steps.
"""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit

import common
from rl_kit import hexc, make_canvas, text

NAME = "outline_view_print_plan"
TITLE = "Stenmoor Police and Crime Plan 2026\u20132029 \u2013 briefing for the Police and Crime Panel"
INK = "000000"

PRIORITIES = [
    "Visible neighbourhood policing in every community",
    "Tackling violence against women and girls",
    "Safer roads across Stenmoor",
    "Putting victims first",
    "Cutting crime in rural and coastal areas",
]

SLIDES = [
    ("Stenmoor Police and Crime Plan 2026\u20132029",
     [(1, "Briefing for the Police and Crime Panel, 16 June 2026"),
      (1, "Rhona Tetley, Police and Crime Commissioner for Stenmoor")]),
    ("What I will cover",
     [(1, "1.  What the public told me"), (1, "2.  My priorities for 2026\u20132029"), (1, "3.  What I will do"),
      (1, "4.  The national picture"), (1, "5.  Funding and next steps")]),
    ("What the public told me",
     [(1, "2,340 responses to the \u2018Your Say\u2019 survey, 12 focus groups and 4 public meetings"),
      (1, "Top five concerns:"),
      (2, "Speeding and dangerous driving"), (2, "Anti-social behaviour"), (2, "Drug dealing"),
      (2, "Burglary"), (2, "Violence against women and girls"),
      (1, "Only 41% think the police are visible where they live")]),
    ("Looking back: the 2021\u20132025 plan",
     [(1, "My predecessor's plan had three priorities:"),
      (2, "Cutting crime"), (2, "Supporting victims"), (2, "An efficient and effective police service"),
      (1, "19 of its 24 commitments were delivered (Annual Report 2025)")]),
    ("My priorities for 2026\u20132029",
     [(1, "Five priorities, shaped by what the public told me and the Chief Constable's assessment:")]
     + [(2, p) for p in PRIORITIES]),
    ("What I will do",
     [(1, "Neighbourhoods"), (2, "Protect PCSO numbers (186) for the life of the plan"),
      (2, "A named officer for every ward and parish"),
      (1, "VAWG"), (2, "Fund two more independent domestic violence advisers"),
      (2, "Safer streets work at night in Stenmoor and Harbury"),
      (1, "Roads"), (2, "Community speed watch in 40 more villages"),
      (1, "Victims"), (2, "A single victims' hub from April 2027"),
      (1, "Rural and coastal"), (2, "A rural crime team with its own inspector")]),
    ("The national picture",
     [(1, "The Strategic Policing Requirement (2023) names seven national threats:"),
      (2, "Violence against women and girls"), (2, "Terrorism"), (2, "Serious and organised crime"),
      (2, "A national cyber incident"), (2, "Child sexual abuse"), (2, "Public disorder"),
      (2, "Civil emergencies"),
      (1, "Stenmoor Police must plan for all seven alongside my priorities")]),
    ("Funding",
     [(1, "Precept proposal for 2026\u201327: +\u00a314.00 a year for a Band D home"),
      (1, "Savings of \u00a32.6m needed by 2029 (Medium Term Financial Plan)"),
      (1, "Commissioning budget: \u00a33.8m, of which \u00a31.9m for victims' services")]),
    ("Next steps",
     [(1, "Panel's report on the draft plan: 30 June 2026"), (1, "Plan published: 1 August 2026"),
      (1, "First annual report to the Panel: July 2027")]),
    ("Questions", [(1, "opcc@stenmoor-pcc.gov.uk  |  01632 960 552")]),
]


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Office of the Police and Crime Commissioner for Stenmoor", pagesize=A4)
    W, H = A4
    top, bottom = H - 72, 70
    x_num, x_icon, x_text = 50, 66, 96
    indent = {1: x_text + 14, 2: x_text + 42}
    pno = 1

    def chrome():
        text(c, 50, H - 36, "Stenmoor Police and Crime Plan \u2013 Panel briefing", "Sans", 9, "444444")
        text(c, W - 50, H - 36, "16/06/2026", "Sans", 9, "444444", anchor="right")
        text(c, W / 2, 36, str(pno), "Sans", 9, "444444", anchor="center")

    chrome()
    y = top
    for n, (title, items) in enumerate(SLIDES, 1):
        need = 30 + sum(16 * len(simpleSplit(t, "Sans", 12, W - indent[lv] - 60)) + 3 for lv, t in items)
        if y - need < bottom:
            c.showPage()
            pno += 1
            chrome()
            y = top
        text(c, x_num, y, str(n), "Sans", 12, INK)
        c.saveState()
        c.setStrokeColor(hexc("555555"))
        c.setFillColor(hexc("FFFFFF"))
        c.setLineWidth(0.8)
        c.rect(x_icon, y - 2, 20, 12, stroke=1, fill=1)
        c.setFillColor(hexc("9AA5B1"))
        c.rect(x_icon + 3, y + 6, 14, 2, stroke=0, fill=1)
        c.restoreState()
        for ln in simpleSplit(title, "Sans-Bold", 14, W - x_text - 60):
            text(c, x_text, y, ln, "Sans-Bold", 14, INK)
            y -= 19
        y -= 3
        for lv, t in items:
            bullet = "\u2022" if lv == 1 else "\u2013"
            text(c, indent[lv] - 12, y, bullet, "Sans", 12, INK)
            for ln in simpleSplit(t, "Sans", 12, W - indent[lv] - 60):
                text(c, indent[lv], y, ln, "Sans", 12, INK)
                y -= 16
            y -= 3
        y -= 16
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
