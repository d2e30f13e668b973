"""publisher_masthead_box_over_photo_drugs.pdf: "Caddleton Connect", the Caddleton Combating Drugs Partnership's
newsletter, made in a desktop newsletter program (Microsoft Publisher-style) and saved as PDF (reportlab, A4
portrait, 2 pages, three-column grid).

What the newsletter program does to the PDF, imitated here:
  * the masthead is WordArt with a shadow, which the program writes as a picture: the newsletter's name
    "Caddleton Connect" is not in the text layer at all (a raster image made with Pillow);
  * the lead story's photograph spans two columns, and the "Our priorities for 2026-2029" box is a separate text
    box laid OVER the photograph (a semi-transparent white panel on the right of the picture), level with the
    "In this issue" box in the first column, so a reader going across the page meets teaser lines, the caption and
    priorities side by side;
  * a pull quote in large italic type sits in the middle of the story.

Gold is the four numbered lines of the box over the photograph, page 1.

Not gold: the "In this issue" teasers, the pull quote (which paraphrases the first priority), the photo caption;
page 2's box "The national picture: From Harm to Hope" with the national strategy's three priorities, the
"Looking back" piece naming the 2023-2026 plan's three aims, "Last year in numbers", dates and contacts.
"""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

import common
from rl_kit import box, hexc, make_canvas, para_at, text

NAME = "publisher_masthead_box_over_photo_drugs"
TITLE = "Caddleton Connect - Issue 9 - Summer 2026"
W, H = A4
M = 34
GUT = 14
CW = (W - 2 * M - 2 * GUT) / 3
GREEN = "1D6B4F"
LIME = "8CC63F"
INK = "202020"
GREY = "5C5C5C"

PRIORITIES = [
    "Fewer drug-related deaths in Caddleton",
    "More people in treatment and recovery, and staying there",
    "Breaking the supply of drugs into our communities",
    "Preventing young people from starting to use drugs",
]
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"


def masthead_png() -> bytes:
    """WordArt with a drop shadow, flattened to a picture by the newsletter program."""
    img = Image.new("RGB", (1580, 220), (29, 107, 79))
    shadow = Image.new("L", img.size, 0)
    f = ImageFont.truetype(FONT, 150)
    ImageDraw.Draw(shadow).text((46, 38), "Caddleton Connect", font=f, fill=255)
    shadow = shadow.filter(ImageFilter.GaussianBlur(4))
    img.paste((12, 60, 44), (0, 0), shadow)
    d = ImageDraw.Draw(img)
    d.text((36, 26), "Caddleton Connect", font=f, fill=(255, 255, 255))
    d.rectangle((36, 196, 1544, 204), fill=(140, 198, 63))
    buf = io.BytesIO()
    img.quantize(16).save(buf, "PNG", optimize=True)
    return buf.getvalue()


def photo_jpeg() -> bytes:
    """A soft, photo-like picture: a café interior with figures (shapes blurred)."""
    img = Image.new("RGB", (520, 300), (196, 170, 140))
    d = ImageDraw.Draw(img)
    for y in range(300):
        d.line((0, y, 520, y), fill=(200 - y // 6, 176 - y // 5, 146 - y // 6))
    d.rectangle((0, 0, 520, 90), fill=(226, 218, 200))
    d.rectangle((30, 20, 150, 80), fill=(170, 200, 215))
    d.rectangle((190, 20, 310, 80), fill=(170, 200, 215))
    d.rectangle((0, 200, 520, 300), fill=(120, 86, 60))
    for i, (x, c) in enumerate([(60, (60, 90, 120)), (150, (160, 60, 60)), (240, (70, 120, 80)),
                                (330, (90, 70, 120)), (420, (200, 150, 60))]):
        d.ellipse((x - 22, 95 + (i % 2) * 10, x + 22, 139 + (i % 2) * 10), fill=(225, 190, 160))
        d.rounded_rectangle((x - 38, 140 + (i % 2) * 10, x + 38, 260), radius=20, fill=c)
    d.rectangle((0, 215, 520, 232), fill=(95, 66, 45))
    img = img.filter(ImageFilter.GaussianBlur(2.2))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=55, optimize=True)
    return buf.getvalue()


def page1(c):
    c.drawImage(ImageReader(io.BytesIO(masthead_png())), M, H - 110, width=W - 2 * M, height=(W - 2 * M) * 220 / 1580)
    box(c, M, H - 130, W - 2 * M, 16, LIME)
    text(c, M + 6, H - 125, "News from the Caddleton Combating Drugs Partnership", "Sans-Bold", 9, "FFFFFF")
    text(c, W - M - 6, H - 125, "Issue 9 \u2022 Summer 2026", "Sans-Bold", 9, "FFFFFF", anchor="right")

    x1, x2, x3 = M, M + CW + GUT, M + 2 * (CW + GUT)
    # headline across columns 2-3
    para_at(c, "A new drugs strategy for Caddleton", x2, H - 144, 2 * CW + GUT, font="Sans-Bold", size=18,
            leading=21, color=GREEN)
    para_at(c, "The partnership board has agreed a three-year strategy. Here is what it means for people who use "
               "drugs, their families and the neighbourhoods most affected.", x2, H - 168, 2 * CW + GUT,
            font="Sans-Italic", size=10.5, leading=14, color=GREY)

    # "In this issue" box, column 1
    top = H - 144
    box(c, x1, top - 200, CW, 200, "EAF4E2")
    text(c, x1 + 8, top - 18, "In this issue", "Sans-Bold", 13, GREEN)
    y = top - 30
    for t, p in [("New strategy agreed", "1"), ("Naloxone in every pharmacy", "2"),
                 ("The national picture", "2"), ("Looking back on 2023\u20132026", "2"),
                 ("Dates for your diary", "2"), ("Where to get help", "2")]:
        h = para_at(c, f"<b>{t}</b> \u2026 page {p}", x1 + 8, y, CW - 16, font="Sans", size=9.5, leading=12.5,
                    color=INK)
        y -= h + 9

    # the photo over columns 2-3, and the priorities box laid over it
    py, ph = H - 450, 240
    c.drawImage(ImageReader(io.BytesIO(photo_jpeg())), x2, py, width=2 * CW + GUT, height=ph)
    bx, bw = x2 + (2 * CW + GUT) * 0.46, (2 * CW + GUT) * 0.5
    c.saveState()
    c.setFillColor(hexc("FFFFFF"))
    c.setFillAlpha(0.86)
    c.roundRect(bx, py + 14, bw, ph - 28, 6, stroke=0, fill=1)
    c.restoreState()
    text(c, bx + 10, py + ph - 36, "Our priorities for 2026\u20132029", "Sans-Bold", 11.5, GREEN)
    yy = py + ph - 46
    for i, p in enumerate(PRIORITIES, start=1):
        c.saveState()
        c.setFillColor(hexc(LIME))
        c.circle(bx + 19, yy - 9, 8, stroke=0, fill=1)
        c.restoreState()
        text(c, bx + 19, yy - 12.5, str(i), "Sans-Bold", 10, "FFFFFF", anchor="center")
        h = para_at(c, p, bx + 33, yy - 2, bw - 42, font="Sans-Bold", size=9.5, leading=12, color=INK)
        yy -= max(h, 18) + 10
    para_at(c, "Volunteers at the Caddleton Recovery Caf\u00e9, which opened in March.", x2, py - 4,
            2 * CW + GUT, font="Sans-Italic", size=8, leading=10, color=GREY)

    # story text: column 1 under the box, then columns 2 and 3 under the photo
    s1 = ("Caddleton's new drugs strategy was agreed by the Combating Drugs Partnership board on 14 May, after a "
          "consultation that heard from more than 600 residents, including 140 people in treatment and their "
          "families.<br/><br/>The strategy replaces the 2023\u20132026 plan and sets four priorities, shown in the "
          "box on the right. Each has a lead partner and a small set of measures that the board will publish every "
          "six months.<br/><br/>\u201cThe last three years taught us that treatment works when people can get to "
          "it quickly and stay in it,\u201d said board chair Dr Helena Marsh-Oduya.")
    para_at(c, s1, x1, top - 214, CW, font="Sans", size=9.5, leading=13, color=INK)
    s2 = ("The biggest change is in how quickly people can start treatment. From October, anyone who asks for "
          "help at a Caddleton pharmacy, GP surgery or the hospital's emergency department will be offered an "
          "assessment within five working days.<br/><br/>The police and the council will also publish a joint "
          "plan against the county lines that bring heroin and crack cocaine into the town, with a new focus on "
          "the homes that dealers take over.")
    para_at(c, s2, x2, py - 22, CW, font="Sans", size=9.5, leading=13, color=INK)
    # pull quote in column 3
    box(c, x3, py - 22, CW, 2, LIME)
    para_at(c, "\u201cNobody in Caddleton should die from an overdose that could have been reversed.\u201d", x3,
            py - 30, CW, font="Serif-BoldItalic", size=15, leading=19, color=GREEN)
    box(c, x3, py - 116, CW, 2, LIME)
    s3 = ("Schools are the fourth strand. Every secondary school will have a named drugs education lead, and "
          "youth workers will run sessions in the three youth clubs.<br/><br/>The full strategy is on the "
          "partnership's website.")
    para_at(c, s3, x3, py - 126, CW, font="Sans", size=9.5, leading=13, color=INK)
    text(c, W / 2, 24, "1", "Sans-Bold", 9, GREEN, anchor="center")
    c.showPage()


def page2(c):
    x1, x2 = M, M + CW + GUT
    box(c, M, H - 40, W - 2 * M, 14, GREEN)
    text(c, M + 6, H - 36, "Caddleton Connect \u2022 Issue 9", "Sans-Bold", 8.5, "FFFFFF")
    para_at(c, "Naloxone in every pharmacy", x2, H - 56, 2 * CW + GUT, font="Sans-Bold", size=19, leading=22,
            color=GREEN)
    para_at(c, "From this summer every community pharmacy in Caddleton will hand out naloxone kits, the medicine "
               "that reverses an opioid overdose, with no appointment needed. Staff at 31 pharmacies have been "
               "trained. Family members and friends of people who use opioids can also ask for a kit.<br/><br/>"
               "Last year 212 kits were given out in Caddleton and at least 19 were used to save a life. The "
               "partnership wants to double the number in circulation by 2027.", x2, H - 84, 2 * CW + GUT,
            font="Sans", size=9.5, leading=13, color=INK)
    # national picture box, column 1
    box(c, x1, H - 300, CW, 244, "EAF4E2")
    para_at(c, "<b>The national picture: From Harm to Hope</b><br/><br/>The government's ten-year drugs strategy "
               "has three priorities, which every Combating Drugs Partnership works towards:", x1 + 8, H - 64,
            CW - 16, font="Sans", size=9.5, leading=12.5, color=GREEN)
    y = H - 150
    for i, p in enumerate(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                           "Achieve a generational shift in demand for drugs"], start=1):
        c.saveState()
        c.setFillColor(hexc("9DB8A8"))
        c.circle(x1 + 17, y - 9, 8, stroke=0, fill=1)
        c.restoreState()
        text(c, x1 + 17, y - 12.5, str(i), "Sans-Bold", 10, "FFFFFF", anchor="center")
        h = para_at(c, p, x1 + 31, y - 2, CW - 40, font="Sans-Bold", size=9.5, leading=12, color=INK)
        y -= max(h, 18) + 10
    # looking back
    para_at(c, "Looking back on 2023\u20132026", x2, H - 220, 2 * CW + GUT, font="Sans-Bold", size=15, leading=18,
            color=GREEN)
    para_at(c, "The partnership's first plan had three aims: to open a recovery caf\u00e9, to cut waiting times "
               "for treatment, and to set up a drug-related death review panel. All three were done. The recovery "
               "caf\u00e9 opened in March 2026, waiting times fell from 19 days to 8, and the panel has reviewed "
               "every death since April 2024.", x2, H - 242, 2 * CW + GUT, font="Sans", size=9.5, leading=13,
            color=INK)
    # numbers
    para_at(c, "Last year in numbers", x1, H - 330, W - 2 * M, font="Sans-Bold", size=15, leading=18, color=GREEN)
    stats = [("1,148", "adults in treatment"), ("23", "drug-related deaths in 2025"),
             ("212", "naloxone kits given out"), ("47", "county lines disrupted")]
    sw = (W - 2 * M - 3 * 10) / 4
    for i, (big, small) in enumerate(stats):
        x = M + i * (sw + 10)
        box(c, x, H - 420, sw, 70, GREEN)
        text(c, x + sw / 2, H - 385, big, "Sans-Bold", 24, "FFFFFF", anchor="center")
        text(c, x + sw / 2, H - 406, small, "Sans", 8.5, "E3F2D8", anchor="center")
    # diary and help
    para_at(c, "Dates for your diary", x1, H - 445, CW * 1.5, font="Sans-Bold", size=13, leading=16, color=GREEN)
    para_at(c, "<b>31 August</b> International Overdose Awareness Day, Market Square<br/><b>9 October</b> "
               "Partnership open meeting, Caddleton Town Hall<br/><b>20 November</b> Recovery walk, Riverside Park",
            x1, H - 465, CW * 1.5, font="Sans", size=9.5, leading=14, color=INK)
    gx = M + CW * 1.5 + GUT
    box(c, gx, H - 560, W - M - gx, 120, "F4F4F4")
    para_at(c, "<b>Where to get help</b><br/>Caddleton Drug and Alcohol Service: 0300 555 0190 (24 hours)<br/>"
               "Young people's service: 0300 555 0191<br/>Families' support group: Tuesdays, 6pm, Recovery "
               "Caf\u00e9<br/>In an emergency always call 999.", gx + 8, H - 448, W - M - gx - 16, font="Sans",
            size=9.5, leading=14, color=INK)
    para_at(c, "Caddleton Connect is published by the Caddleton Combating Drugs Partnership: Caddleton Borough "
               "Council, Caddleton Police, NHS Caddleton Integrated Care Board, the Probation Service and "
               "Caddleton Recovery Network. To join the mailing list, email cdp@caddleton.example.gov.uk.",
            M, 80, W - 2 * M, font="Sans", size=8, leading=10.5, color=GREY)
    text(c, W / 2, 24, "2", "Sans-Bold", 9, GREEN, anchor="center")
    c.showPage()


def finish(work: Path, out: Path) -> list[Path]:
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Caddleton Combating Drugs Partnership")
    c.setCreator("Microsoft\u00ae Publisher for Microsoft 365")
    page1(c)
    page2(c)
    c.save()
    common.normalise_pdf(path)
    return [path]
