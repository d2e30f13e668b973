"""glyph_by_glyph_banners: an anti-social behaviour strategy exported from an online design tool. Every glyph
is its own text object at an absolute position, no space characters are written (word gaps are only
distance), headings are tracked out, and the theme titles are white text on coloured banners that the tool
writes after the page's body text, so content-stream order differs from reading order."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

import rl_kit as R

NAME = "glyph_by_glyph_banners"
TITLE = "Thrapley Anti-social Behaviour Strategy 2025–2028"
W, H = A4
M = 48
COLOURS = ["C0392B", "1E6F9F", "2E7D32", "7B4397"]

THEMES = [
    ("Early intervention to stop anti-social behaviour escalating",
     "Most anti-social behaviour can be resolved early, with a conversation, a warning letter or support for "
     "the person causing it.",
     ["use the four-step escalation process consistently across the council and police",
      "offer mediation in every neighbour dispute case",
      "refer young people to youth services at the first warning"]),
    ("Supporting victims and communities affected by anti-social behaviour",
     "Persistent anti-social behaviour wears people down. Victims told us they felt ignored and alone.",
     ["risk-assess every victim at first contact and give high-risk victims a caseworker",
      "publicise the ASB case review and respond to every application within 10 working days",
      "keep victims informed at least every two weeks"]),
    ("Using tools and powers effectively and fairly",
     "The Anti-social Behaviour, Crime and Policing Act 2014 gives partners a range of powers. We will use "
     "them proportionately and consistently.",
     ["publish a joint enforcement policy", "review every Public Spaces Protection Order before renewal",
      "monitor the use of powers by age, ethnicity and disability"]),
    ("Designing out anti-social behaviour in public places",
     "The same few places generate a large share of reports. Changing the place can be as effective as "
     "changing behaviour.",
     ["carry out environmental visual audits in the ten busiest hotspots",
      "improve lighting and sightlines in parks and underpasses",
      "work with planners so new developments are designed to be safe"]),
]


class Glyphs:
    """Draws text one glyph at a time; can defer drawing so it lands later in the content stream."""

    def __init__(self, c):
        self.c = c
        self.deferred: list = []

    def line(self, x, y, s, font="Sans", size=10, color="222222", tracking=0.0, defer=False):
        if defer:
            self.deferred.append((x, y, s, font, size, color, tracking))
            return
        c = self.c
        c.setFillColor(R.hexc(color))
        cx = x
        for ch in s:
            w = stringWidth(ch, font, size)
            if ch != " ":
                c.setFont(font, size)
                c.drawString(cx, y, ch)   # one BT ... ET per glyph, absolute position
            cx += w + tracking

    def flush(self):
        for args in self.deferred:
            self.line(*args)
        self.deferred = []

    def para(self, x, y, text, width, font="Sans", size=10, leading=None, color="222222", tracking=0.0,
             defer=False):
        leading = leading or size * 1.35
        words, cur, lines = text.split(), "", []
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) + tracking * len(t) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        for ln in lines:
            self.line(x, y, ln, font, size, color, tracking, defer)
            y -= leading
        return y


def _footer(g, n):
    g.line(M, 28, "Thrapley Borough Council · Anti-social Behaviour Strategy 2025–2028", size=8, color="777777")
    g.line(W - M - 10, 28, str(n), font="Sans-Bold", size=9, color="333333")


def _theme(c, g, n, y, name, why, wewill):
    col = COLOURS[n - 1]
    R.box(c, M, y - 78, W - 2 * M, 78, col, radius=6)
    # the banner text is written after the body text of the page (deferred)
    g.line(M + 16, y - 22, f"THEME {n}", font="Sans-Bold", size=10, color="FFFFFF", tracking=1.6, defer=True)
    g.para(M + 16, y - 44, name, W - 2 * M - 32, font="Sans-Bold", size=17, leading=20, color="FFFFFF",
           tracking=0.3, defer=True)
    y -= 100
    y = g.para(M, y, why, W - 2 * M, size=10.5)
    y -= 4
    g.line(M, y, "We will:", font="Sans-Bold", size=10.5)
    y -= 16
    for w in wewill:
        g.line(M + 4, y, "•", size=10.5)
        y = g.para(M + 16, y, w, W - 2 * M - 16, size=10.5)
        y -= 2
    return y - 22


def build(out: Path) -> Path:
    path = out / f"{NAME}.pdf"
    c = R.make_canvas(path, TITLE, "Thrapley Borough Council")
    c.setCreator("Online design tool")
    g = Glyphs(c)

    # 1 cover
    R.box(c, 0, 0, W, H, "23272F")
    for i, col in enumerate(COLOURS):
        R.box(c, M + i * 30, H - 140, 22, 22, col)
    g.line(M, H - 220, "Thrapley", font="Sans", size=24, color="FFFFFF")
    g.line(M, H - 275, "Anti-social Behaviour", font="Sans-Bold", size=38, color="FFFFFF", tracking=0.5)
    g.line(M, H - 320, "Strategy 2025–2028", font="Sans-Bold", size=30, color="FFFFFF", tracking=0.5)
    g.line(M, 90, "Thrapley Community Safety Partnership", size=11, color="DDDDDD")
    c.showPage()

    # 2 introduction
    y = H - 80
    g.line(M, y, "Introduction", font="Sans-Bold", size=24, color="23272F", tracking=0.4)
    y -= 34
    for t in ["Anti-social behaviour (ASB) is the issue residents raise with councillors more than any other. It "
              "ranges from noise and litter to intimidation and harassment that can make people afraid to "
              "leave their homes.",
              "This strategy sets out how the council, Thrapley Police, housing providers and other partners "
              "will work together to prevent ASB, protect victims and take action against those responsible. "
              "It replaces the 2021 ASB policy and responds to the Government's Anti-social Behaviour Action "
              "Plan."]:
        y = g.para(M, y, t, W - 2 * M, size=11) - 8
    y -= 6
    g.line(M, y, "What is anti-social behaviour?", font="Sans-Bold", size=15, color="23272F")
    y -= 22
    y = g.para(M, y, "The law defines ASB as conduct that has caused, or is likely to cause, harassment, alarm or "
                     "distress to any person. The police record it in three categories:", W - 2 * M, size=11) - 4
    for head, txt in [("Personal", "targeted at a specific person or group"),
                      ("Nuisance", "causing trouble, annoyance or suffering to a community"),
                      ("Environmental", "affecting the wider environment, such as public spaces")]:
        g.line(M + 4, y, "•", size=11)
        g.line(M + 16, y, head, font="Sans-Bold", size=11)
        g.line(M + 16 + stringWidth(head + "  ", "Sans-Bold", 11), y, txt, size=11)
        y -= 16
    y -= 14
    tiles = [("5,260", "ASB incidents reported to police"), ("1,840", "reports to the council"),
             ("63%", "of victims satisfied"), ("22", "ASB case reviews")]
    for i, (big, small) in enumerate(tiles):
        x = M + i * 125
        R.box(c, x, y - 70, 115, 66, "ECEFF3")
        g.line(x + 10, y - 34, big, font="Sans-Bold", size=22, color="23272F")
        g.line(x + 10, y - 54, small[:22], size=7.5)
        g.line(x + 10, y - 63, small[22:], size=7.5)
    y -= 100
    g.line(M, y, "Our vision", font="Sans-Bold", size=15, color="23272F")
    y -= 22
    y = g.para(M, y, "Thrapley is a place where people can enjoy their homes and public spaces without being "
                     "harassed, intimidated or disturbed.", W - 2 * M, font="Sans-Italic", size=12)
    y -= 14
    g.line(M, y, "Our four themes", font="Sans-Bold", size=15, color="23272F")
    y -= 22
    g.para(M, y, "The partnership has agreed four themes, set out on the following pages. Each has a lead "
                 "officer and an action plan that is reviewed every quarter.", W - 2 * M, size=11)
    _footer(g, 2)
    c.showPage()

    # 3-4 themes, two a page
    for page, pair in ((3, (1, 2)), (4, (3, 4))):
        y = H - 60
        for n in pair:
            y = _theme(c, g, n, y, *THEMES[n - 1])
        _footer(g, page)
        g.flush()
        c.showPage()

    # 5 tools and powers, governance
    y = H - 80
    g.line(M, y, "Tools and powers", font="Sans-Bold", size=22, color="23272F", tracking=0.4)
    y -= 30
    for head, txt in [("Community Protection Notice", "requires a person to stop behaviour that affects quality "
                       "of life"),
                      ("Public Spaces Protection Order", "restricts activities in a defined public place"),
                      ("Civil injunction", "prohibits or requires specific behaviour, with a power of arrest"),
                      ("Closure order", "closes premises linked to nuisance or disorder for up to six months"),
                      ("Dispersal direction", "requires a person to leave an area for up to 48 hours")]:
        g.line(M, y, head, font="Sans-Bold", size=11)
        y -= 15
        y = g.para(M, y, txt, W - 2 * M, size=10.5) - 6
    y -= 8
    g.line(M, y, "The ASB case review", font="Sans-Bold", size=15, color="23272F")
    y -= 22
    y = g.para(M, y, "If you have reported ASB three times in six months and feel nothing has been done, you can "
                     "ask for a case review. Apply online or call 01632 960 333.", W - 2 * M, size=11) - 14
    g.line(M, y, "Governance", font="Sans-Bold", size=15, color="23272F")
    y -= 22
    g.para(M, y, "The ASB Steering Group reports to the Thrapley Community Safety Partnership every quarter. The "
                 "council's scrutiny committee reviews the strategy each year.", W - 2 * M, size=11)
    _footer(g, 5)
    c.showPage()
    c.save()
    return path
