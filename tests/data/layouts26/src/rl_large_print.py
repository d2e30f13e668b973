"""Corrisdale Community Safety Partnership Strategy 2026 to 2029, large print version (reportlab, A4).

Set as the RNIB's clear print guidance asks for large print: Liberation Sans 20 pt on 30 pt leading, ragged
right, no italics, no columns, and headings only a little larger than the text (22 pt bold). One idea a page:
each of the four priorities has a page of its own (pp3-6), headed "Priority N: <name>" and wrapped over two or
three lines; under it the same-size sub-headings "Why this matters" and "What we will do". The contents (p1)
repeat each priority's name; p2 lists the 2023-2026 strategy's three priorities in the same bold 22 pt."""
from __future__ import annotations

import common

from kit26 import Doc as _Doc, text


class Doc(_Doc):
    """The kit's document with its running footer in 16 pt, as large print asks for."""

    def _foot(self):
        text(self.c, 56, 26, self.footer, self.font, 16, "444444")
        text(self.c, self.W - 56, 26, f"Page {self.n} of 6", self.font, 16, "444444", anchor="right")

NAME = "large_print_one_per_page_csp"
TITLE = "Corrisdale Community Safety Partnership Strategy 2026 to 2029: large print version"
ACC = "1B365D"
BODY, HEAD = 20, 22
PRI = ["Making Corrisdale town centre safer at night",
       "Stopping anti-social behaviour that targets the same people again and again",
       "Protecting older and disabled people from scams and doorstep crime",
       "Keeping young people safe from exploitation by gangs"]
PAGES = [
    ("Why this matters",
     ["Most violent crime in Corrisdale happens between 10pm and 3am, in the streets round Market Square "
      "and Bridge Street."],
     ["keep street marshals working every Friday and Saturday night",
      "train bar and taxi staff to spot and help people at risk",
      "improve lighting on the walk to the bus station"]),
    ("Why this matters",
     ["A small number of people suffer anti-social behaviour for months. Many of them are disabled or "
      "live alone."],
     ["give every repeat victim one named case worker",
      "hold a case meeting within 10 working days",
      "use closure orders where a home is a base for nuisance"]),
    ("Why this matters",
     ["Last year people in Corrisdale lost \u00a3412,000 to scams. Most were aged over 70."],
     ["set up a Call Blocker scheme with Trading Standards",
      "give talks in sheltered housing and day centres",
      "work with banks to stop payments that look like fraud"]),
    ("Why this matters",
     ["Gangs from outside the area use children to carry drugs. Some of these children are only 13."],
     ["help schools and parents to spot the signs",
      "offer a youth worker to every child found in a drugs house",
      "share information quickly between partners"]),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Corrisdale Community Safety Partnership",
            footer="Corrisdale CSP Strategy: large print", accent=ACC, footer_on_first=True)
    c, W, H = d.c, d.W, d.H
    w = d.writer(x=56, top=H - 64, width=W - 112, bottom=56, size=BODY)
    # p1: title, about this version, contents
    w.para("Corrisdale Community Safety Partnership", size=26, font="Sans-Bold", color=ACC, leading=34, after=4)
    w.para("Our strategy for 2026 to 2029", size=26, font="Sans-Bold", color=ACC, leading=34, after=4)
    w.para("Large print version", size=BODY, leading=30, after=18)
    w.para("This is the large print version of our strategy. It has the same priorities as the full "
           "version. You can ask for it in Braille, audio or Easy Read by calling 01632 960 418.",
           size=BODY, leading=30, after=18)
    w.heading("What is in this version", size=HEAD, after=6)
    for n, p in enumerate(PRI, 1):
        w.para(f"Page {n + 2}: {p}", size=BODY, leading=30, after=6)
    d.next()
    # p2: context, last strategy's priorities
    w.reset(top=H - 64)
    w.heading("Why we have a new strategy", size=HEAD, after=8)
    w.para("The Corrisdale Community Safety Partnership brings together the council, the police, the fire "
           "service, health services and the probation service. By law we must have a plan to cut crime.",
           size=BODY, leading=30, after=12)
    w.heading("What our last strategy did", size=HEAD, after=8)
    w.para("Our last strategy ran from 2023 to 2026. Its priorities were:", size=BODY, leading=30, after=6)
    w.bullets(["Reducing burglary", "Tackling drug dealing in Riverside", "Road safety near schools"],
              size=BODY, after=4, indent=24)
    w.para("Burglary fell by a quarter. We have kept working on drugs and road safety, but they are no longer "
           "priorities of this strategy.", size=BODY, leading=30, after=12)
    w.para("Our four new priorities are on the next four pages, one on each page.", size=BODY, leading=30)
    # pp3-6: one priority a page
    for n, (p, (why_h, why, acts)) in enumerate(zip(PRI, PAGES), 1):
        d.next()
        w.reset(top=H - 64)
        w.heading(f"Priority {n}: {p}", size=HEAD, after=16)
        w.heading(why_h, size=HEAD, after=6)
        for s in why:
            w.para(s, size=BODY, leading=30, after=14)
        w.heading("What we will do", size=HEAD, after=6)
        w.para("We will:", size=BODY, leading=30, after=4)
        w.bullets(acts, size=BODY, after=6, indent=24)
    text(c, 56, 80, "To find out how we are doing, visit corrisdale.gov.uk/safer", "Sans", BODY, "222222")
    d.close()
    assert common.pdf_pages(d.path) == 6
    return [d.path]
