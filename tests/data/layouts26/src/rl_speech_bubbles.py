"""Ravensgill Domestic Abuse Strategy 2026-2029: a summary for children and young people (reportlab, A4).

Two pages of speech bubbles. p1: "Jas", a drawn character, introduces the strategy in bubbles; three rounded
bubbles with tails hold quotes from young people ("Age 14"); a box explains the old plan. p2: under the heading
"Our 4 big priorities", four bubbles come from the partnership's character ("The Partnership says:"), each with a
numbered disc drawn beside it and the priority centred and wrapped inside; under each, a smaller reply bubble
from Jas says "This means ..." in informal words. The quotes and the replies use the same bubble shape."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER

import common
from kit26 import Doc, box, hexc, para_at, text

NAME = "speech_bubbles_children_domestic_abuse"
TITLE = "Ravensgill Domestic Abuse Strategy 2026-2029: a summary for children and young people"
ACC, TEAL, PINK = "4B2C83", "0F7C80", "F6D7E6"
PRI = [("Children who live with domestic abuse are seen as victims in their own right",
        "This means if it happens at home, it is happening to you too, and you can get help for you."),
       ("Every school has a trusted adult who knows what to do",
        "This means there is someone at school you can talk to, who will not just tell you to ignore it."),
       ("Young people learn what a healthy relationship looks like",
        "This means lessons and youth clubs where you can talk about respect, jealousy and control."),
       ("Families get help early, before things get worse",
        "This means help can come to your home before the police ever need to come.")]


def bubble(c, x, y, w, h, fill, tail="left", stroke=None):
    box(c, x, y, w, h, fill, stroke=stroke, radius=14)
    c.saveState()
    c.setFillColor(hexc(fill))
    p = c.beginPath()
    if tail == "left":
        p.moveTo(x + 2, y + h * 0.45); p.lineTo(x - 16, y + h * 0.25); p.lineTo(x + 14, y + h * 0.2)
    else:
        p.moveTo(x + w - 2, y + h * 0.45); p.lineTo(x + w + 16, y + h * 0.25); p.lineTo(x + w - 14, y + h * 0.2)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def face(c, x, y, r, fill, label):
    c.saveState()
    c.setFillColor(hexc(fill)); c.circle(x, y, r, stroke=0, fill=1)
    c.setFillColor(hexc("FFFFFF")); c.circle(x - r / 3, y + r / 5, r / 8, stroke=0, fill=1)
    c.circle(x + r / 3, y + r / 5, r / 8, stroke=0, fill=1)
    c.setStrokeColor(hexc("FFFFFF")); c.setLineWidth(2); c.arc(x - r / 2, y - r / 2, x + r / 2, y + r / 6, 200, 140)
    c.restoreState()
    text(c, x, y - r - 12, label, "Sans-Bold", 9, "333333", anchor="center")


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Ravensgill Domestic Abuse Partnership",
            footer="Ravensgill Domestic Abuse Strategy 2026-2029: for children and young people", accent=ACC)
    c, W, H = d.c, d.W, d.H
    text(c, 50, H - 70, "Ravensgill Domestic Abuse Strategy", "Sans-Bold", 24, ACC)
    text(c, 50, H - 96, "2026-2029: the version for children and young people", "Sans", 14, ACC)
    face(c, 86, H - 170, 30, TEAL, "Jas")
    bubble(c, 140, H - 215, 390, 88, "DDF1F1")
    para_at(c, "Hi, I'm Jas. Grown-ups in Ravensgill have written a plan about domestic abuse. Domestic abuse is "
            "when someone in a family or relationship hurts, scares or controls someone else. This is the "
            "short version, made with young people from the Ravensgill Youth Forum.", 156, H - 137, 360,
            size=11, leading=15)
    text(c, 50, H - 260, "What young people told us", "Sans-Bold", 15, ACC)
    quotes = [("\u201cI didn't know it counted as abuse if nobody got hit.\u201d", "Age 14"),
              ("\u201cMy teacher noticed before anyone else did.\u201d", "Age 12"),
              ("\u201cI want to know who I can talk to without getting my mum in trouble.\u201d", "Age 16")]
    y = H - 330
    for i, (q, who) in enumerate(quotes):
        x = 80 if i % 2 == 0 else 190
        bubble(c, x, y, 320, 54, PINK, tail="left" if i % 2 == 0 else "right")
        para_at(c, q, x + 14, y + 44, 292, size=11, leading=14, align=TA_CENTER)
        text(c, x + 306, y + 6, who, "Sans", 8, "6B3B55", anchor="right")
        y -= 76
    box(c, 50, 120, W - 100, 118, "F1EEF8")
    para_at(c, "<b>What happened to the last plan?</b> The last plan (2023-2026) had three priorities: more "
            "refuge places, faster court cases and training for GPs. Those are still being worked on, but this "
            "new plan has new priorities, and it is the first one that puts children first.", 64, 226, W - 128,
            size=11, leading=15)
    para_at(c, "Turn over to see our 4 big priorities.", 64, 150, W - 128, font="Sans-Bold", size=11)
    d.next()
    text(c, 50, H - 70, "Our 4 big priorities", "Sans-Bold", 22, ACC)
    face(c, 80, H - 130, 26, ACC, "The Partnership")
    text(c, 125, H - 126, "The Partnership says:", "Sans-Bold", 11, ACC)
    y = H - 230
    for n, (p, mean) in enumerate(PRI, 1):
        bubble(c, 110, y, 400, 62, "E6E0F3", tail="left")
        c.setFillColor(hexc(ACC)); c.circle(72, y + 31, 17, stroke=0, fill=1)
        text(c, 72, y + 25, str(n), "Sans-Bold", 17, "FFFFFF", anchor="center")
        para_at(c, p, 128, y + 50, 364, font="Sans-Bold", size=13, leading=17, align=TA_CENTER)
        bubble(c, 190, y - 58, 300, 44, "DDF1F1", tail="right")
        para_at(c, mean, 202, y - 20, 276, size=9.5, leading=12)
        text(c, 522, y - 46, "Jas", "Sans-Bold", 8, TEAL)
        y -= 140
    para_at(c, "<b>Need help now?</b> Call Childline on 0800 1111 or talk to your trusted adult. In an emergency "
            "call 999.", 50, 96, W - 100, size=11, leading=15)
    d.close()
    assert common.pdf_pages(d.path) == 2
    return [d.path]
