"""Threxby Violence Against Women and Girls Strategy 2026-2029, dyslexia-friendly version (reportlab, A4).

Set to the British Dyslexia Association's style guide: every page is a cream box, Liberation Sans 12 pt with
0.8 pt of extra letter spacing and 1.6 line spacing, short lines (about 60 characters), ragged right, no
italics, bold for emphasis. Each line is drawn as its own text object with character spacing (so the words are
set, not a flowed paragraph). The five priorities are bold sentences, with no number or label, each followed by
a plain paragraph that starts "What this means:"; P1-P2 are on p2 and P3-P5 on p3. The same bold is used for the
"Key point" sentences on p1, the findings "What women and girls told us" (p2) and the national strategy's aims
(p1). Headings are 14 pt bold, hardly bigger than the text."""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

import common
from kit26 import Doc, box, text

NAME = "dyslexia_friendly_bold_sentences_vawg"
TITLE = "Threxby Violence Against Women and Girls Strategy 2026-2029: dyslexia-friendly version"
ACC = "2D2A6E"
CREAM = "FBF3DC"
SIZE, LEAD, CS = 12, 19.5, 0.8
X, WIDTH = 78, 400
PRI = [("We will make streets, parks and buses in Threxby feel safe for women and girls.",
        "What this means: better lighting on the paths we were told about, trained staff on late buses, and "
        "a quick way to report harassment on your phone."),
       ("We will help schools teach healthy relationships to every child.",
        "What this means: each secondary school will have a trained lead, and lessons will start in Year 7."),
       ("We will make sure every woman who reports abuse gets support within two days.",
        "What this means: one phone number, one support worker, and no need to tell your story twice."),
       ("We will hold abusers to account and help them change.",
        "What this means: more use of protection orders, and a programme for men who want to stop."),
       ("We will stop the sexual exploitation of girls and young women online.",
        "What this means: police, schools and youth workers will work together to spot grooming early.")]


def wrap(s, font, width):
    words, lines, cur = s.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if stringWidth(t, font, SIZE) + CS * len(t) > width and cur:
            lines.append(cur)
            cur = wd
        else:
            cur = t
    return lines + [cur]


class Pen:
    def __init__(self, c, top):
        self.c, self.y = c, top

    def para(self, s, bold=False, after=10, size=SIZE, color="1A1A1A"):
        font = "Sans-Bold" if bold else "Sans"
        for line in wrap(s, font, WIDTH):
            self.y -= LEAD if size == SIZE else size * 1.5
            text(self.c, X, self.y, line, font, size, color, char_space=CS)
        self.y -= after
        assert self.y > 90, s

    def head(self, s):
        self.y -= 6
        self.para(s, bold=True, size=14, color=ACC, after=6)


def page(d):
    box(d.c, 50, 60, d.W - 100, d.H - 110, CREAM)
    return Pen(d.c, d.H - 70)


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Threxby Community Safety Partnership",
            footer="Threxby VAWG Strategy 2026-2029: dyslexia-friendly version", accent=ACC, footer_on_first=True)
    p = page(d)
    p.para("Threxby Violence Against Women and Girls Strategy 2026 to 2029", bold=True, size=18, color=ACC,
           after=4)
    p.para("Dyslexia-friendly version", after=14)
    p.head("About this version")
    p.para("This version uses a plain font, a cream background and short lines to make it easier to read. "
           "The full strategy is on our website. You can also get it as audio.")
    p.head("Why we need this strategy")
    p.para("In Threxby, 1 in 4 women will be abused by a partner in their lifetime. Most of them never tell "
           "the police.")
    p.para("Key point: violence against women and girls is never the victim's fault.", bold=True)
    p.para("The Threxby Community Safety Partnership wrote this strategy with women, girls, police, health "
           "services, schools and charities.")
    p.head("How this fits with the national plan")
    p.para("The Government's national strategy has three aims. We share them:")
    for s in ["Prevent violence before it happens.", "Support everyone who has been harmed.",
              "Pursue the people who cause harm."]:
        p.para(s, bold=True, after=4)
    p.para("Our own priorities for Threxby are on pages 2 and 3.", after=10)
    d.next()
    p = page(d)
    p.head("What women and girls told us")
    p.para("We asked 1,140 women and girls in Threxby what would make them safer. They told us:", after=6)
    for s in ["I do not feel safe walking home after dark.", "I did not know where to get help.",
              "Boys at school think it is normal to share pictures."]:
        p.para(s, bold=True, after=4)
    p.para("", after=6)
    p.head("Our priorities")
    p.para("We have chosen five priorities for the next three years. Each priority is in bold, with an "
           "explanation under it.", after=14)
    for s, why in PRI[:2]:
        p.para(s, bold=True, after=6)
        p.para(why, after=16)
    d.next()
    p = page(d)
    p.para("Our priorities (continued)", bold=True, size=14, color=ACC, after=14)
    for s, why in PRI[2:]:
        p.para(s, bold=True, after=6)
        p.para(why, after=16)
    p.head("How we will check we are doing this")
    p.para("The partnership board will look at the numbers every three months. Each year we will ask women "
           "and girls again, and publish what they say.")
    p.head("Get in touch")
    p.para("Email safer@threxby.gov.uk or call 01632 960 733. If you are in danger now, call 999.")
    d.close()
    assert common.pdf_pages(d.path) == 3
    return [d.path]
