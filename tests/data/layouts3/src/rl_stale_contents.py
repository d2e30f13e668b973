"""stale_contents_links: a safe accommodation strategy whose contents page was not updated after a page was
cut: every entry's printed page number is two too high and its link jumps to the wrong page. Front matter is
numbered i, ii, the body 1, 2 ... from PDF page 4, so printed numbers never equal PDF page indexes. The PDF
bookmarks (outline), made when the file was exported, are right."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import rl_kit as R

NAME = "stale_contents_links"
TITLE = "Larchfield Domestic Abuse Safe Accommodation Strategy 2025–2028"
ACC = "5E3A87"
W, H = A4
M = 62

PRIORITIES = [
    ("Increasing the supply and range of safe accommodation",
     "Larchfield has 14 refuge spaces, against the Council of Europe benchmark of one family place per 10,000 "
     "people, which would mean 19. There is no dispersed accommodation and no provision for male victims.",
     ["commission five additional refuge spaces by 2026",
      "develop 12 units of dispersed accommodation with housing associations",
      "provide safe accommodation for male victims and for LGBT+ victims through a regional arrangement",
      "extend the sanctuary scheme so more victims can stay safely in their own homes"],
     [["Refuge spaces", "14", "19"], ["Dispersed units", "0", "12"], ["Sanctuary scheme installations", "61", "100"]]),
    ("Providing specialist support within safe accommodation",
     "Support in safe accommodation must cover advocacy, counselling, help with housing and money, and "
     "specialist support for people with protected characteristics.",
     ["make sure every household in safe accommodation has a named support worker within 24 hours",
      "fund counselling and therapeutic support on site",
      "provide support in the victim's first language"],
     [["Households with a support plan within 24 hours", "72%", "95%"],
      ["Residents offered counselling", "40%", "90%"]]),
    ("Meeting the needs of victims with multiple and complex needs",
     "Victims who also have problems with drugs, alcohol or mental health, or who have no recourse to public "
     "funds, are the most likely to be refused a refuge space.",
     ["commission four units of specialist accommodation for women with complex needs",
      "set up a joint protocol between refuges and the substance misuse and mental health services",
      "fund emergency accommodation for victims with no recourse to public funds"],
     [["Refuge referrals declined for complex needs", "38%", "Reduce to 10%"],
      ["Complex needs units", "0", "4"]]),
    ("Supporting children within safe accommodation",
     "Half of the people living in refuge in Larchfield are children. Many have missed school and most have "
     "experienced trauma.",
     ["employ a children's worker in every refuge",
      "agree a fast-track school admissions process for children in refuge",
      "offer a recovery programme to every child within eight weeks of arrival"],
     [["Children offered recovery support within 8 weeks", "45%", "90%"],
      ["Children in school within 10 days", "58%", "90%"]]),
    ("Improving move-on and resettlement into settled homes",
     "The average stay in refuge is 24 weeks, largely because there is nowhere to move on to. This blocks "
     "refuge spaces for others.",
     ["give households leaving refuge priority banding on the housing register",
      "provide resettlement support for six months after a move",
      "work with private landlords through a deposit and guarantee scheme"],
     [["Average length of stay in refuge", "24 weeks", "16 weeks"],
      ["Households sustaining their new tenancy at 12 months", "81%", "90%"]]),
]

# the contents as it was before a page was cut: printed numbers two too high, links to the wrong pages
STALE = [("Foreword", "1"), ("Introduction and our duties", "3"), ("What the needs assessment found", "4")] + \
        [(f"Priority {i} – {p[0]}", str(i + 4)) for i, p in enumerate(PRIORITIES, start=1)] + \
        [("Governance and monitoring", "10")]


def _roman(n):
    return ["i", "ii", "iii", "iv"][n - 1]


def _footer(c, printed):
    R.text(c, W / 2, 30, printed, size=9.5, color="444444", anchor="center")
    R.text(c, M, H - 34, "Larchfield Safe Accommodation Strategy 2025–2028", size=8, color="888888")


def build(out: Path) -> Path:
    path = out / f"{NAME}.pdf"
    c = R.make_canvas(path, TITLE, "Larchfield Borough Council")
    c.showOutline()
    wr = R.Writer(c, M, H - 70, W - 2 * M, bottom=55, accent=ACC)
    pdf_page = 1

    def new_page(printed, key=None, outline=None):
        nonlocal pdf_page
        if printed:
            _footer(c, printed)
        c.showPage()
        pdf_page += 1

    def mark(key, title):
        c.bookmarkPage(key)
        if title:
            c.addOutlineEntry(title, key, level=0)

    # 1 cover (every page gets a named destination p<N>; the outline points at the right ones)
    R.box(c, 0, H - 420, W, 420, ACC)
    R.text(c, M, H - 180, "Larchfield Borough Council", size=14, color="DCCFF0")
    R.text(c, M, H - 230, "Domestic Abuse", font="Sans-Bold", size=34, color="FFFFFF")
    R.text(c, M, H - 272, "Safe Accommodation Strategy", font="Sans-Bold", size=28, color="FFFFFF")
    R.text(c, M, H - 310, "2025–2028", size=22, color="FFFFFF")
    R.text(c, M, 100, "Prepared under Part 4 of the Domestic Abuse Act 2021", size=10, color="444444")
    mark("p1", "Cover")
    new_page(None)

    # 2 contents (i): stale
    mark("p2", "Contents")
    wr.reset()
    wr.heading("Contents", 22, after=14)
    for title, num in STALE:
        y = wr.y
        R.text(c, M, y - 12, title, size=11)
        R.text(c, W - M, y - 12, num, size=11, anchor="right")
        # the link still points at the page that used to carry this number (printed n was PDF page n + 2)
        target = min(int(num) + 2, 11)
        c.linkAbsolute(title, f"p{target}", (M, y - 16, W - M, y))
        wr.space(24)
    _footer(c, "i")
    c.showPage(); pdf_page += 1

    # 3 foreword (ii)
    mark("p3", "Foreword")
    wr.reset()
    wr.heading("Foreword", 22)
    for t in ["Everyone has the right to be safe in their own home. For victims of domestic abuse, home is often "
              "the most dangerous place of all, and leaving can mean losing everything.",
              "Part 4 of the Domestic Abuse Act 2021 gave councils a duty to assess the need for safe "
              "accommodation and to make sure that support is available in it. This strategy sets out how "
              "Larchfield will meet that duty over the next three years, building on the progress made since "
              "our first strategy in 2021.",
              "It is based on a needs assessment completed in 2024, and on the experiences of the women, men and "
              "children who have lived in our refuges. I would like to thank them, and the staff of Larchfield "
              "Women's Refuge and Haven Housing, for their help."]:
        wr.para(t, size=11)
    wr.para("<i>Councillor Anita Shah, Cabinet Member for Housing and Communities</i>", size=10.5)
    _footer(c, "ii")
    c.showPage(); pdf_page += 1

    # 4 introduction (1)
    mark("p4", "Introduction and our duties")
    wr.reset()
    wr.heading("Introduction and our duties", 20)
    wr.para("The Act requires the council to:")
    wr.bullets(["assess the need for domestic abuse support in safe accommodation",
                "prepare and publish a strategy for the provision of that support",
                "give effect to the strategy through commissioning",
                "monitor and evaluate the strategy, and review it at least every three years",
                "set up a Domestic Abuse Local Partnership Board"])
    wr.heading("What counts as safe accommodation", 14)
    wr.para("The statutory guidance defines relevant safe accommodation as:")
    wr.bullets(["refuge accommodation", "specialist safe accommodation for victims with protected characteristics",
                "dispersed accommodation", "sanctuary schemes", "move-on or second-stage accommodation",
                "other accommodation designated by the council as domestic abuse emergency accommodation"])
    wr.heading("Our previous strategy", 14)
    wr.para("The 2021–2024 strategy had three objectives: more refuge spaces, better support for children, and a "
            "single referral route. The first two were partly met; the third was achieved in 2023.")
    _footer(c, "1")
    c.showPage(); pdf_page += 1

    # 5 needs assessment (2)
    mark("p5", "What the needs assessment found")
    wr.reset()
    wr.heading("What the needs assessment found", 20)
    wr.table([["Finding", "Detail"],
              ["Demand exceeds supply", "212 households were referred to refuge; 96 were accommodated"],
              ["Complex needs", "38% of declined referrals were because of drug, alcohol or mental health needs"],
              ["Children", "51% of refuge residents were children"],
              ["Length of stay", "average 24 weeks, because of a lack of move-on housing"],
              ["Gaps in provision", "no dispersed units, no provision for male or LGBT+ victims"]],
             [150, 321], head_bg=ACC, size=10)
    wr.heading("What residents of safe accommodation told us", 14)
    wr.bullets(["“The refuge saved my life, but I waited three weeks for a space.”",
                "they want help with money, benefits and debt straight away",
                "children want to stay at their own school if they can",
                "moving on is the hardest part"])
    _footer(c, "2")
    c.showPage(); pdf_page += 1

    # 6-10 one priority a page (printed 3-7)
    for i, (name, found, wewill, measures) in enumerate(PRIORITIES, start=1):
        mark(f"p{pdf_page}", f"Priority {i}")
        wr.reset()
        R.text(c, M, H - 80, f"PRIORITY {i}", font="Sans-Bold", size=11, color="8C6BB8", char_space=1.5)
        wr.reset(top=H - 92)
        wr.heading(f"Priority {i} – {name}", 19, before=0, after=12)
        wr.heading("What we found", 13, before=0)
        wr.para(found, size=11)
        wr.heading("What we will do", 13)
        wr.bullets([f"We will {w}." for w in wewill], size=10.5)
        wr.heading("How we will measure it", 13)
        wr.table([["Measure", "Baseline 2024/25", "Target 2028"]] + measures, [251, 110, 110], head_bg=ACC,
                 size=10)
        _footer(c, str(i + 2))
        c.showPage(); pdf_page += 1

    # 11 governance (8)
    mark(f"p{pdf_page}", "Governance and monitoring")
    wr.reset()
    wr.heading("Governance and monitoring", 20)
    wr.para("The Domestic Abuse Local Partnership Board oversees this strategy. It reports annually to the "
            "Ministry of Housing, Communities and Local Government on the use of the safe accommodation grant, "
            "and to the Safer Larchfield Partnership.")
    wr.heading("Board membership", 14)
    wr.bullets(["Larchfield Borough Council (chair)", "Larchfield Police", "NHS Larchfield Integrated Care Board",
                "Larchfield Women's Refuge", "Haven Housing", "a representative of victims and their children"])
    wr.heading("Glossary", 14)
    for t, d in [("Dispersed accommodation", "self-contained homes with specialist support, not in a refuge"),
                 ("Sanctuary scheme", "security measures that let a victim stay safely in their own home"),
                 ("No recourse to public funds", "a condition that prevents access to most benefits and housing")]:
        wr.para(f"<b>{t}</b>: {d}", size=10, after=4)
    _footer(c, "8")
    c.showPage()
    c.save()
    return path
