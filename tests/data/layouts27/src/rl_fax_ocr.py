"""Skerrow Serious Violence Strategy 2026-2029: the approved board paper as a faxed copy, scanned and OCRed
(reportlab + Pillow, A4, 5 pages).

What the analyst got: the receiving council scanned the fax it was sent (cover sheet, three pages of the
strategy's summary paper, the sending machine's transmission report) and ran OCR over it. Each page is a
grey page image at fax resolution (100 dpi, speckled, skewed by 0.4-0.7 degrees), with the fax header line
"OCT-05-2026 10:42 FROM:SKERROW CSP ... P.003/005" printed across the top of every transmitted page. The OCR
layer is WHITE text drawn UNDER the image (render mode 0, so a viewer's "select all" shows it), one text
object per word, each word's baseline following the skew of the scan (the words of one line step up or down
by up to 5 pt across the page) and stretched with Tz to the word's width in the image.

OCR slips are only in the distractor text ("Skerr0w", "l4%", "Govemance", "modem"); the priorities read as
printed. The priorities are "Priority N:" lines on p3 (1-3) and p4 (4-5)."""
from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth

import common
from rl_kit import make_canvas

NAME = "fax_ocr_white_text_serious_violence"
TITLE = "Scan 2026-10-05 10.51"
W, H = A4
DPI = 100
SKEW = [0.45, -0.6, 0.7, -0.5, 0.4]
FONTS = {"r": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
         "b": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
         "m": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"}
PDF_FONT = {"r": "Times-Roman", "b": "Times-Bold", "m": "Courier"}
# the image shows the left word, the OCR layer holds the right one (distractor text only)
SLIPS = {"Skerrow": "Skerr0w", "14%": "l4%", "Governance": "Govemance", "modern": "modem", "1,130": "l,l30",
         "offences": "offenccs", "Probation": "Probatlon"}
PRI = [
    "Preventing knife crime among young people aged 10 to 24",
    "Reducing violence linked to drug markets and county lines",
    "Making the night-time economy in Skerrow and Sallowby safer",
    "Stopping violence against women and girls in public places",
    "Intervening early with children excluded from school",
]


class Page:
    def __init__(self):
        self.lines = []   # (x_pt, y_pt_from_top, words, fontkey, size, slips)
        self.y = 30

    def line(self, s, *, x=72, f="r", size=11, gap=None, slips=True):
        self.lines.append((x, self.y, s.split(), f, size, slips))
        self.y += gap if gap is not None else size * 1.35

    def para(self, s, *, x=72, width=W - 144, f="r", size=11, after=6, slips=True, first=None):
        words, cur = s.split(), ""
        font = ImageFont.truetype(FONTS[f], 40)
        for wd in words:
            trial = (cur + " " + wd).strip()
            if font.getlength(trial) * size / 40 > width and cur:
                self.line(cur, x=x, f=f, size=size, slips=slips)
                cur = wd
            else:
                cur = trial
        if cur:
            self.line(cur, x=x, f=f, size=size, slips=slips)
        self.y += after

    def space(self, h):
        self.y += h


def fax_header(n: int) -> str:
    return f"OCT-05-2026 10:42 FROM:SKERROW CSP 01632 960418 TO:01632 960777 P.00{n}/005"


def _pages() -> list[Page]:
    pages = []
    # ---- p1: fax cover sheet
    p = Page()
    p.line(fax_header(1), x=40, f="m", size=8, gap=56, slips=False)
    p.line("Skerrow Borough Council", f="b", size=18, gap=26)
    p.line("Community Safety Team, Town Hall, Skerrow SK4 1TT", size=11, gap=50)
    p.line("FAX", f="b", size=30, gap=50)
    for a, b in [("To:", "Sallowby District Council, Community Safety"), ("Fax:", "01632 960777"),
                 ("From:", "Dan Okafor, Serious Violence Duty Coordinator"), ("Fax:", "01632 960418"),
                 ("Date:", "5 October 2026"), ("Pages:", "5 (including this cover sheet)"),
                 ("Re:", "Serious Violence Strategy 2026-2029 - approved")]:
        p.lines.append((72, p.y, a.split(), "b", 12, True))
        p.line(b, x=150, size=12, gap=22)
    p.space(20)
    p.para("Please find attached the summary paper for our Serious Violence Strategy 2026-2029, as approved by "
           "the Skerrow Serious Violence Partnership Board on 24 September 2026. The full strategy is 38 pages; "
           "we have sent the summary only. Our email system is still down after last week's cyber incident, so "
           "I am sending this by fax as you need it for your joint commissioning meeting.", size=12, after=10)
    p.para("Please call me if any pages are missing or hard to read.", size=12, after=30)
    p.para("CONFIDENTIALITY: This fax is intended only for the person to whom it is addressed. If you have "
           "received it in error please telephone the sender and destroy it.", size=9, after=0)
    pages.append(p)

    # ---- p2: summary paper, context
    p = Page()
    p.line(fax_header(2), x=40, f="m", size=8, gap=56, slips=False)
    p.line("Skerrow Serious Violence Partnership", f="b", size=12, gap=20)
    p.line("Serious Violence Strategy 2026-2029: summary", f="b", size=17, gap=30)
    p.line("1. Introduction", f="b", size=12, gap=18)
    p.para("The Serious Violence Duty requires the specified authorities in Skerrow to work together to prevent "
           "and reduce serious violence. This paper summarises the strategy the Partnership Board approved on "
           "24 September 2026. It replaces the interim response plan published in January 2024.")
    p.line("2. What we mean by serious violence", f="b", size=12, gap=18)
    p.para("For this strategy, serious violence means homicide, violence with injury, knife and weapon offences, "
           "robbery and serious sexual offences in a public place, including those linked to drug markets.")
    p.line("3. What the needs assessment found", f="b", size=12, gap=18)
    for s in ["(a) Violence with injury rose by 14% in 2025; 1,130 offences were recorded.",
              "(b) Knife offences involving people aged under 25 doubled between 2021 and 2025.",
              "(c) Almost half of violence in Skerrow town centre happens on Friday and Saturday nights.",
              "(d) Two county lines run from outside the area into Skerrow and Sallowby.",
              "(e) Children excluded from school are four times more likely to be victims of violence."]:
        p.para(s, x=90, width=W - 162, after=2)
    p.space(6)
    p.line("The interim response plan (2024)", f="b", size=12, gap=18)
    p.para("The interim plan had three areas of focus: hot-spot policing in the town centre, a modern "
           "approach to weapon sweeps, and the Probation Service's work with adults on licence for violent "
           "offences. The first and third continue as business as usual and are not repeated here.")
    pages.append(p)

    # ---- p3: priorities 1-3
    p = Page()
    p.line(fax_header(3), x=40, f="m", size=8, gap=56, slips=False)
    p.line("4. Our priorities", f="b", size=14, gap=22)
    p.para("The Board agreed five priorities. Each has a lead partner and an action plan that runs for the three "
           "years of the strategy.", after=10)
    body = [
        "Detached youth work in the four hot-spot areas, weapons education in every secondary school, and a "
        "hospital navigator at Skerrow General who talks to every young person treated for a stab wound.",
        "Joint police and council work to close the two county lines, with a trusted adult offered to every "
        "child found in a drug line, and more treatment for adults who use crack cocaine.",
        "A late-night Safe Haven on Bridge Street, licensing conditions for venues with repeated incidents, and "
        "Street Pastors on every Friday and Saturday night.",
    ]
    for i in range(3):
        p.para(f"Priority {i + 1}: {PRI[i]}", f="b", size=12, after=2, slips=False)
        p.para(body[i], after=10)
    pages.append(p)

    # ---- p4: priorities 4-5, other plans, governance
    p = Page()
    p.line(fax_header(4), x=40, f="m", size=8, gap=56, slips=False)
    body = [
        "Better lighting and CCTV on the routes women told us feel unsafe, bystander training for staff in "
        "bars and on buses, and a clear route to report harassment.",
        "A virtual school team for children at risk of exclusion, mentors from the age of 9, and a protocol "
        "that alerts the youth justice service when a child is excluded.",
    ]
    for i in (3, 4):
        p.para(f"Priority {i + 1}: {PRI[i]}", f="b", size=12, after=2, slips=False)
        p.para(body[i - 3], after=10)
    p.line("5. The Violence Reduction Unit's regional priorities", f="b", size=12, gap=18)
    p.para("The regional Violence Reduction Unit's three priorities are early intervention in schools, "
           "trauma-informed practice, and community-led projects. Our strategy supports all three.")
    p.line("6. Governance", f="b", size=12, gap=18)
    p.para("The Partnership Board meets quarterly and reports to the Skerrow Community Safety Partnership. Each "
           "priority is led by a named partner and reported on with a RAG rating at every meeting.")
    p.space(14)
    p.line("Approved: Skerrow Serious Violence Partnership Board, 24 September 2026", size=10, gap=14)
    pages.append(p)

    # ---- p5: the sending machine's transmission report
    p = Page()
    p.line("TRANSMISSION VERIFICATION REPORT", f="m", size=12, gap=24, slips=False)
    for s in ["TIME      : 10/05/2026 10:44", "NAME      : SKERROW CSP", "FAX       : 01632960418",
              "SER.#     : BROK6J123456"]:
        p.line(s, x=300, f="m", size=9, gap=13, slips=False)
    p.space(20)
    for s in ["DATE,TIME          10/05 10:42", "FAX NO./NAME       01632960777", "DURATION           00:01:58",
              "PAGE(S)            05", "RESULT             OK", "MODE               FINE ECM"]:
        p.line(s, x=72, f="m", size=10, gap=15, slips=False)
    pages.append(p)
    return pages


def _render(page: Page, n: int, rnd: random.Random):
    """The page image (grey, skewed, speckled) and the OCR words: (word, x_pt, y_pt, size, fontkey, width_pt)."""
    px = lambda v: v * DPI / 72  # noqa: E731
    img = Image.new("L", (round(px(W)), round(px(H))), 255)
    dr = ImageDraw.Draw(img)
    words = []
    for x, y, ws, f, size, slips in page.lines:
        font = ImageFont.truetype(FONTS[f], max(6, round(px(size))))
        cx = px(x)
        space = font.getlength(" ")
        for wd in ws:
            dr.text((cx, px(y)), wd, font=font, fill=20, anchor="ls")
            wlen = font.getlength(wd)
            shown = SLIPS.get(wd, wd) if slips else wd
            words.append((shown, cx, px(y), size, f, wlen))
            cx += wlen + space
    # skew the scan
    ang = SKEW[n - 1]
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
    # fax noise: speckles and a streak
    for _ in range(700):
        img.putpixel((rnd.randrange(img.width), rnd.randrange(img.height)), rnd.choice((0, 90, 160)))
    sy = rnd.randrange(200, img.height - 200)
    for xx in range(0, img.width, 2):
        img.putpixel((xx, sy), 150)
    img = img.point(lambda v: 0 if v < 140 else 255)  # bi-level, as a fax is
    # the same rotation for the word positions (PIL rotates counter-clockwise about the centre)
    cxp, cyp = img.width / 2, img.height / 2
    t = math.radians(ang)
    out = []
    for shown, x, y, size, f, wlen in words:
        dx, dy = x - cxp, y - cyp
        rx = cxp + dx * math.cos(t) + dy * math.sin(t)
        ry = cyp - dx * math.sin(t) + dy * math.cos(t)
        out.append((shown, rx * 72 / DPI, H - ry * 72 / DPI, size, f, wlen * 72 / DPI))
    return img, out


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "RICOH IM C3000", subject="")
    c.setCreator("Scan to Folder / OCR")
    rnd = random.Random(27)
    for n, page in enumerate(_pages(), start=1):
        img, words = _render(page, n, rnd)
        # the OCR layer first, in white, so the page image covers it
        for shown, x, y, size, f, wpt in words:
            t = c.beginText(x, y)
            t.setFont(PDF_FONT[f], size)
            t.setFillColorRGB(1, 1, 1)
            nat = stringWidth(shown, PDF_FONT[f], size)
            t.setHorizScale(100 * wpt / nat if nat else 100)
            t.textOut(shown)
            c.drawText(t)
        buf = io.BytesIO()
        img.convert("1").save(buf, format="PNG")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, W, H)
        c.showPage()
    c.save()
    common.normalise_pdf(path)
    assert common.pdf_pages(path) == 5
    return [path]
