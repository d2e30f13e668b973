"""canva_layered_text_boxes_serious_violence.pdf: the Stavenhurst Serious Violence Partnership's strategy made in an
online design tool (Canva-style) and downloaded as "PDF Standard" (reportlab, A4 portrait, 3 pages).

What the design tool does to the PDF, imitated here:
  * every text box is its own element at an absolute position, written as its own BT ... ET block, and the blocks
    are written in LAYER order (the order the designer added or duplicated them), not in reading order: on page 2
    the cards were duplicated and moved about, so their blocks come 2, 1, 4, 3, 5, and the page heading, added last,
    is written after all the cards;
  * one text box holds text of several sizes: each card is ONE box whose first line is a big "01" numeral (32 pt),
    then the title (13.5 pt bold, wrapping), then a description (8.5 pt);
  * the heading is decorated with letter-spacing ("O U R   P R I O R I T I E S" drawn with character spacing, not
    spaces);
  * icons are characters from an embedded symbol font (OpenSymbol's private-use glyphs, U+E0xx), drawn in the same
    text line as the card title, just before it, so a text layer gives "<PUA char> Preventing knife crime ...".

Gold is the five card titles on page 2 under "O U R   P R I O R I T I E S", without the numeral and the icon.

Not gold: page 1's three EVIDENCE cards of exactly the same design ("01" numeral + bold title + small text), which
are findings; the chair's foreword; page 3's three cards of the same design about the Serious Violence Duty; the
measures with tick icons; the 2023-2026 strategy's three priorities in a small line on page 3.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import common
from rl_kit import box, hexc, make_canvas

NAME = "canva_layered_text_boxes_serious_violence"
TITLE = "Stavenhurst Serious Violence Strategy 2026-2029"
W, H = A4
TEAL = "0F5257"
CORAL = "F2674A"
SAND = "F6EFE6"
INK = "1E1E1E"
GREY = "5A5A5A"
SYMBOL_FONT = "/usr/share/fonts/truetype/libreoffice/opens___.ttf"

# (title, description, private-use icon code point in OpenSymbol)
PRIORITIES = [
    ("Preventing knife crime among under-25s",
     "Youth work in the three wards with most knife crime, weapon awareness in every secondary school and "
     "focused deterrence for the small number of young people who carry."),
    ("Protecting children from criminal exploitation and county lines",
     "One exploitation panel for the borough, trusted adults in schools and disruption of the lines that "
     "recruit Stavenhurst children."),
    ("Making the night-time economy safer",
     "Licensing, street marshals and a safe space in the town centre on Friday and Saturday nights."),
    ("Reducing violence linked to drugs and alcohol",
     "Joint work with the Combating Drugs Partnership on supply, treatment and the places where violence "
     "and dealing meet."),
    ("Supporting victims of violence to recover and stay safe",
     "Hospital youth workers at Stavenhurst General, trauma-informed support and help to stay safe after an "
     "attack."),
]
ICONS = [0xE022, 0xE013, 0xE233, 0xE029, 0xE243]  # star, face, moon, sun, heart
EVIDENCE = [
    ("Knife crime is concentrated in three wards",
     "Castlegate, Brindle Park and Quayside saw 58% of knife-enabled offences in 2025."),
    ("Victims and suspects are getting younger",
     "One in three suspects of violence with injury was aged 14 to 19."),
    ("Night-time violence peaks at weekends",
     "Four in ten assaults happen between 10pm and 4am on Friday and Saturday."),
]
DUTY = [
    ("Work together", "Specified authorities must collaborate to prevent and reduce serious violence."),
    ("Share data and intelligence", "Partners agree what they share and how, under a data-sharing agreement."),
    ("Publish and review a strategy", "The strategy is reviewed every year and refreshed by 2029."),
]

_sym_registered = False


def _register_symbol() -> None:
    global _sym_registered
    if not _sym_registered:
        pdfmetrics.registerFont(TTFont("Icons", SYMBOL_FONT))
        _sym_registered = True


def textbox(c, x, top, width, paras):
    """One design-tool text box: a single BT block holding paragraphs of different sizes.
    paras: list of dicts {text, font, size, color, lead (leading), after (space after), icon (code point)}."""
    t = c.beginText()
    y = top
    for p in paras:
        size = p["size"]
        lead = p.get("lead", size * 1.2)
        icon = p.get("icon")
        avail = width - (size * 1.4 if icon else 0)
        lines = simpleSplit(p["text"], p["font"], size, avail)
        for i, line in enumerate(lines):
            y -= lead
            t.setTextOrigin(x, y)
            t.setFillColor(hexc(p.get("color", INK)))
            if p.get("space"):
                t.setCharSpace(p["space"])
            if icon and i == 0:
                t.setFont("Icons", size)
                t.textOut(chr(icon) + " ")
                t.setFont(p["font"], size)
                t.textOut(line)
            elif icon:
                t.setTextOrigin(x + size * 1.4, y)
                t.setFont(p["font"], size)
                t.textOut(line)
            else:
                t.setFont(p["font"], size)
                t.textOut(line)
            if p.get("space"):
                t.setCharSpace(0)
        y -= p.get("after", 0)
    c.drawText(t)
    return top - y


def card(c, x, top, w, h, num, title, desc, *, fill="FFFFFF", num_color=CORAL, icon=None):
    """The card's background is drawn by the caller (shapes are a separate layer); this is the text box."""
    return textbox(c, x + 14, top - 8, w - 28, [
        dict(text=num, font="Sans-Bold", size=32, color=num_color, lead=34, after=4),
        dict(text=title, font="Sans-Bold", size=13.5, color=TEAL, lead=16.5, after=5, icon=icon),
        dict(text=desc, font="Sans", size=8.5, color=GREY, lead=11.5),
    ])


def spaced(c, x, y, s, size, color, space):
    t = c.beginText(x, y)
    t.setFont("Sans-Bold", size)
    t.setFillColor(hexc(color))
    t.setCharSpace(space)
    t.textOut(s)
    t.setCharSpace(0)
    c.drawText(t)


def page1(c):
    box(c, 0, H - 330, W, 330, TEAL)
    box(c, 0, 0, W, H - 330, SAND)
    box(c, W - 150, H - 330, 150, 330, CORAL)
    spaced(c, 40, H - 60, "STAVENHURST SERIOUS VIOLENCE PARTNERSHIP", 9, "BFE3E0", 2.2)
    textbox(c, 40, H - 90, 360, [
        dict(text="Safer streets,", font="Sans-Bold", size=38, color="FFFFFF", lead=42),
        dict(text="safer futures", font="Sans-Bold", size=38, color="FFD3C7", lead=42, after=14),
        dict(text="Our Serious Violence Strategy 2026\u20132029", font="Sans", size=16, color="FFFFFF", lead=20),
    ])
    textbox(c, 40, H - 250, 330, [
        dict(text="Published June 2026 \u2022 Agreed by the Stavenhurst Serious Violence Partnership",
             font="Sans", size=9, color="BFE3E0"),
    ])
    # foreword
    spaced(c, 40, H - 370, "FOREWORD", 10, CORAL, 3)
    textbox(c, 40, H - 378, W - 80, [
        dict(text="Serious violence ruins lives and frightens whole neighbourhoods. Last year 214 people in "
                    "Stavenhurst were hurt with a knife or other weapon, and too many of them were children. This "
                    "strategy is our partnership's answer: it sets out where we will focus for the next three years "
                    "and how we will know whether it is working. It was shaped by the strategic needs assessment "
                    "and by the 412 young people who spoke to us last autumn.",
             font="Sans", size=10, color=INK, lead=14, after=6),
        dict(text="Councillor Idris Fenwright, Chair, Stavenhurst Serious Violence Partnership",
             font="Sans-Bold", size=9, color=TEAL),
    ])
    spaced(c, 40, H - 520, "THE PICTURE IN STAVENHURST", 10, CORAL, 3)
    cw = (W - 80 - 2 * 14) / 3
    for i in range(3):  # shapes first
        box(c, 40 + i * (cw + 14), 120, cw, 200, "FFFFFF", radius=8)
    for i, (t, d) in enumerate(EVIDENCE):
        card(c, 40 + i * (cw + 14), 320, cw, 200, f"0{i + 1}", t, d)
    textbox(c, 40, 100, W - 80, [
        dict(text="Source: Stavenhurst Serious Violence Strategic Needs Assessment, January 2026.", font="Sans",
             size=8, color=GREY)])
    c.showPage()


def page2(c):
    box(c, 0, 0, W, H, SAND)
    box(c, 0, H - 120, W, 120, TEAL)
    cw = (W - 80 - 16) / 2
    ch = 190
    slots = [(40, H - 210), (40 + cw + 16, H - 210), (40, H - 210 - ch - 14), (40 + cw + 16, H - 210 - ch - 14),
             (40, H - 210 - 2 * (ch + 14))]
    for x, top in slots:  # shape layer
        box(c, x, top - ch, cw, ch, "FFFFFF", radius=8)
    box(c, slots[4][0] + cw + 16, slots[4][1] - ch, cw, ch, CORAL, radius=8)
    # text boxes in LAYER order: duplicated and moved cards
    for i in (1, 0, 3, 2, 4):
        x, top = slots[i]
        t, d = PRIORITIES[i]
        card(c, x, top, cw, ch, f"0{i + 1}", t, d, icon=ICONS[i])
    # the quote box: big quotation mark and text of another size in one box
    qx, qtop = slots[4][0] + cw + 16, slots[4][1]
    textbox(c, qx + 16, qtop - 6, cw - 32, [
        dict(text="\u201c", font="Serif-Bold", size=54, color="FFFFFF", lead=50),
        dict(text="Just make it so we can get home from town without looking over our shoulders.",
             font="Serif-Italic", size=14, color="FFFFFF", lead=18, after=8),
        dict(text="Year 11 student, Brindle Park", font="Sans-Bold", size=9, color="FFFFFF"),
    ])
    textbox(c, 40, H - 132, W - 80, [
        dict(text="Five priorities will guide everything the partnership does until 2029. Each has a lead partner "
                    "and a delivery group that reports to the partnership board every quarter.",
             font="Sans", size=10, color=INK, lead=13)])
    # the page heading was added last
    spaced(c, 40, H - 72, "OUR PRIORITIES", 26, "FFFFFF", 7)
    spaced(c, 40, H - 98, "2026\u20132029", 12, "FFD3C7", 4)
    c.showPage()


def page3(c):
    box(c, 0, 0, W, H, SAND)
    spaced(c, 40, H - 60, "THE SERIOUS VIOLENCE DUTY", 16, TEAL, 4)
    textbox(c, 40, H - 70, W - 80, [
        dict(text="Since January 2023 the police, councils, health, fire and rescue, youth justice and probation "
                    "have had a legal duty to work together on serious violence. The Duty asks three things of us:",
             font="Sans", size=10, color=INK, lead=13)])
    cw = (W - 80 - 2 * 14) / 3
    for i in range(3):
        box(c, 40 + i * (cw + 14), H - 300, cw, 190, "FFFFFF", radius=8)
    for i, (t, d) in enumerate(DUTY):
        card(c, 40 + i * (cw + 14), H - 110, cw, 190, f"0{i + 1}", t, d, num_color=TEAL)
    spaced(c, 40, H - 340, "HOW WE WILL KNOW IT IS WORKING", 12, TEAL, 3)
    measures = ["Fewer hospital admissions for assault with a sharp object (baseline 61 in 2025)",
                "Fewer knife-enabled offences in Castlegate, Brindle Park and Quayside",
                "More children referred to the exploitation panel within 48 hours of concern",
                "Fewer violent incidents in the town centre on Friday and Saturday nights"]
    y = H - 352
    for m in measures:
        y -= textbox(c, 40, y, W - 80, [dict(text=m, font="Sans", size=10, color=INK, lead=15, icon=0xE007)])
    spaced(c, 40, y - 30, "WHO IS INVOLVED", 12, TEAL, 3)
    textbox(c, 40, y - 40, W - 80, [
        dict(text="Stavenhurst Borough Council \u2022 Stavenhurst Police \u2022 NHS Stavenhurst Integrated Care Board "
                    "\u2022 Stavenhurst Fire and Rescue \u2022 Youth Justice Service \u2022 Probation Service. The "
                    "partnership board meets quarterly and publishes a progress report every summer.",
             font="Sans", size=10, color=INK, lead=13, after=14),
        dict(text="Our 2023\u20132026 strategy had three priorities: reducing knife crime; tackling county lines; "
                    "safer town centres. The new strategy builds on them.",
             font="Sans", size=8.5, color=GREY, lead=11),
    ])
    textbox(c, 40, 60, W - 80, [dict(text="saferstavenhurst.example.org.uk \u2022 svp@stavenhurst.example.gov.uk",
                                     font="Sans-Bold", size=9, color=CORAL)])
    c.showPage()


def finish(work: Path, out: Path) -> list[Path]:
    _register_symbol()
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Stavenhurst Serious Violence Partnership")
    c.setCreator("Canva")
    page1(c)
    page2(c)
    page3(c)
    c.save()
    common.normalise_pdf(path)
    return [path]
