"""scanned_board_paper_ocr: a signed board paper that was printed, scanned and OCRed. Every page is a
bi-level page image (slightly skewed, speckled, with a rubber stamp and a signature that exist only in the
image) plus an invisible text layer (render mode 3), one text object per word, each word stretched with
horizontal scaling to the width it has in the image, as OCR engines write it. The text layer is what counts."""
from __future__ import annotations

import io
import math
import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth

import rl_kit as R

NAME = "scanned_board_paper_ocr"
TITLE = "Hexley Reducing Reoffending Board: Reducing Reoffending Strategy 2025–2028 (approved board paper)"
W, H = A4
DPI = 150
RENDER_MODE = 3  # invisible; 0 shows the OCR layer over the image (for checking alignment)
SKEW_DEG = [0.25, -0.2, 0.3, -0.15]
# words the "OCR engine" misread: the image shows the left word, the text layer holds the right one
MISREADS = {"offending,": "offendinq,", "Probation": "Probatlon", "1,240": "l,240", "clinic": "c1inic"}

PRIORITIES = [
    "Getting people into settled accommodation on release from prison",
    "Improving access to education, training and employment",
    "Treating addiction and supporting mental health",
    "Supporting women in the justice system and their children",
]


class Page:
    """Lines of text with positions; drawn once visibly (for the image) and once as the OCR layer."""

    def __init__(self):
        self.lines: list[tuple[float, float, str, float, str]] = []   # x, y, font, size, text
        self.rules: list[tuple[float, float, float, float]] = []
        self.y = H - 72

    def line(self, text, *, x=72, font="Serif", size=11, gap=None):
        self.lines.append((x, self.y, font, size, text))
        self.y -= gap if gap is not None else size * 1.35

    def para(self, text, *, x=72, width=W - 144, font="Serif", size=11, after=6, first=""):
        words, cur = text.split(), ""
        lines = []
        for w in words:
            trial = (cur + " " + w).strip()
            if stringWidth(trial, font, size) > width - (stringWidth(first, font, size) if not lines else 0):
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        for i, ln in enumerate(lines):
            if i == 0 and first:
                self.lines.append((x, self.y, font, size, first))
                self.lines.append((x + stringWidth(first, font, size), self.y, font, size, ln))
            else:
                self.lines.append((x + (stringWidth(first, font, size) if first else 0), self.y, font, size, ln))
            self.y -= size * 1.35
        self.y -= after

    def space(self, h):
        self.y -= h

    def rule(self):
        self.rules.append((72, self.y + 8, W - 72, self.y + 8))
        self.y -= 6


def _pages() -> list[Page]:
    pages = []
    # ---- page 1: cover sheet
    p = Page()
    p.line("HEXLEY REDUCING REOFFENDING BOARD", font="Sans-Bold", size=14, gap=22)
    p.rule()
    for k, v in [("Date of meeting:", "13 March 2025"), ("Agenda item:", "6"),
                 ("Report title:", "Reducing Reoffending Strategy 2025–2028"),
                 ("Report author:", "Head of Reducing Reoffending, Hexley Probation Delivery Unit"),
                 ("Purpose:", "For decision"), ("Classification:", "OFFICIAL")]:
        p.lines.append((72, p.y, "Sans-Bold", 11, k))
        p.lines.append((200, p.y, "Serif", 11, v))
        p.y -= 20
    p.space(14)
    p.line("Summary", font="Sans-Bold", size=12, gap=18)
    p.para("This paper presents the final draft of the Hexley Reducing Reoffending Strategy 2025–2028 for "
           "approval. The draft was considered at the Board's development session on 30 January 2025 and "
           "has since been revised to reflect comments from members, the Police and Crime Commissioner's "
           "office and people with lived experience of the justice system.")
    p.line("Recommendation", font="Sans-Bold", size=12, gap=18)
    p.para("The Board is asked to APPROVE the strategy at Appendix 1 and to AGREE that the first annual "
           "delivery plan is brought to the June 2025 meeting.")
    p.line("Background papers", font="Sans-Bold", size=12, gap=18)
    p.para("Hexley Reducing Reoffending Needs Assessment (November 2024); Minutes of the Board, 30 January 2025.")
    pages.append(p)

    # ---- page 2: introduction and background
    p = Page()
    p.line("Appendix 1", font="Sans", size=10, gap=16)
    p.line("Hexley Reducing Reoffending Strategy 2025–2028", font="Sans-Bold", size=15, gap=26)
    p.line("1. Introduction", font="Sans-Bold", size=12, gap=18)
    p.para("Reducing reoffending is one of the statutory purposes of community safety partnerships and a "
           "core aim of the Probation Service. In Hexley around 1,240 people are supervised by probation at "
           "any one time. Just under a quarter of adults released from custody or starting a community order "
           "go on to reoffend within a year.")
    p.para("Reoffending is costly to victims, to communities and to the people who reoffend and their families. "
           "Most of the people we work with have experienced trauma, poverty and exclusion, and many have "
           "problems with housing, addiction or mental health at the same time.")
    p.line("2. Background", font="Sans-Bold", size=12, gap=18)
    p.para("Our previous strategy (2021–2024) was organised around the seven reducing reoffending pathways:")
    for i, t in enumerate(["accommodation", "education, training and employment", "health",
                           "drugs and alcohol", "finance, benefit and debt", "children and families",
                           "attitudes, thinking and behaviour"], start=1):
        p.para(t, x=100, width=W - 172, first=f"({i})  ", after=1)
    p.space(6)
    p.para("The Board agreed in 2024 that seven pathways spread our effort too thinly. The needs assessment "
           "found that accommodation, employment and health problems were the strongest local drivers of "
           "offending, and that women in the justice system were poorly served.")
    p.para("The Ministry of Justice's national priorities for probation, and the Police and Crime "
           "Commissioner's priority of \"reducing reoffending and protecting the public\", have also shaped "
           "this strategy.")
    pages.append(p)

    # ---- page 3: the priorities
    p = Page()
    p.line("3. Strategic priorities for 2025–2028", font="Sans-Bold", size=12, gap=20)
    p.para("The Board will focus on four strategic priorities over the next three years:")
    for i, t in enumerate(PRIORITIES, start=1):
        p.para(t, x=100, width=W - 172, font="Serif-Bold", first=f"{i}.  ", after=2)
        desc = {1: "Nearly half of the people released from HMP Hexley Moor to the area had no settled address on "
                   "the day of release. We will work with the council's housing options team and landlords to "
                   "increase the supply of move-on accommodation.",
                2: "We will bring the employment hub, the Department for Work and Pensions prison work coaches "
                   "and local employers together, and set a target for the number of people in work six months "
                   "after release.",
                3: "We will make sure people leaving custody are seen by the treatment service on the day of "
                   "release, and that a mental health clinic is available at the probation office.",
                4: "We will open a women's centre offer in Hexley and make sure women on probation can be "
                   "supervised away from male offenders, with support for their children."}[i]
        p.para(desc, x=100, width=W - 172, size=10.5, after=8)
    p.line("4. Delivery", font="Sans-Bold", size=12, gap=18)
    p.para("Each priority will have a lead agency and an annual delivery plan. The Board will:")
    for t in ["receive a performance report at every meeting", "hear from a person with lived experience at "
              "every meeting", "review the strategy each March"]:
        p.para(t, x=100, width=W - 172, first="-  ", after=1)
    pages.append(p)

    # ---- page 4: measures and sign-off
    p = Page()
    p.line("5. How we will measure progress", font="Sans-Bold", size=12, gap=20)
    rows = [("Measure", "Baseline", "Target"), ("Settled accommodation on release", "54%", "70%"),
            ("In employment six months after release", "17%", "25%"),
            ("Continuity of care into drug treatment", "39%", "65%"),
            ("Proven reoffending rate (adults)", "24.1%", "21%")]
    for a, b, c in rows:
        f = "Sans-Bold" if a == "Measure" else "Serif"
        p.lines.append((72, p.y, f, 10.5, a)); p.lines.append((360, p.y, f, 10.5, b))
        p.lines.append((450, p.y, f, 10.5, c))
        p.y -= 18
    p.space(12)
    p.line("6. Risks", font="Sans-Bold", size=12, gap=18)
    p.para("The main risks are the shortage of social and private rented housing, the capacity of the "
           "Probation Service, and short-term funding for the women's centre. These are recorded on the "
           "Board's risk register.")
    p.line("7. Approval", font="Sans-Bold", size=12, gap=18)
    p.para("Approved by the Hexley Reducing Reoffending Board on 13 March 2025.")
    p.space(40)
    p.lines.append((72, p.y, "Serif", 11, "Signed: ......................................"))
    p.lines.append((330, p.y, "Serif", 11, "Date: ......................"))
    p.y -= 18
    p.lines.append((72, p.y, "Serif", 10, "Chair, Hexley Reducing Reoffending Board"))
    pages.append(p)
    return pages


def _draw_visible(c, page: Page):
    for x, y, font, size, text in page.lines:
        c.setFont(font, size)
        c.setFillGray(0)
        c.drawString(x, y, text)
    c.setLineWidth(0.8)
    for x1, y1, x2, y2 in page.rules:
        c.line(x1, y1, x2, y2)


def _scan(img: Image.Image, n: int, rnd: random.Random, page: Page) -> Image.Image:
    """Skew, speckle and threshold a clean render into a bi-level 'scan'; add the stamp / signature."""
    draw = ImageDraw.Draw(img)
    if n == 0:  # rubber stamp, image only
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 40)
        stamp = Image.new("L", (520, 160), 255)
        sd = ImageDraw.Draw(stamp)
        sd.rectangle([4, 4, 515, 155], outline=60, width=6)
        sd.text((30, 22), "APPROVED", font=font, fill=60)
        sd.text((30, 86), "13 MAR 2025", font=font, fill=60)
        stamp = stamp.rotate(12, expand=True, fillcolor=255)
        img.paste(Image.composite(Image.new("L", stamp.size, 70), img.crop((640, 1380, 640 + stamp.width,
                                                                                 1380 + stamp.height)),
                                  stamp.point(lambda v: 255 if v < 128 else 0)), (640, 1380))
    if n == 3:  # a signature scribble over the dotted line
        sy = next(y for x, y, f, s, t in page.lines if t.startswith("Signed:"))
        base = (H - sy) * DPI / 72 - 14
        pts = []
        for k in range(80):
            t = k / 79
            pts.append((200 + 300 * t, base - 18 * math.sin(t * 17) * (1 - t * 0.5) - 10 * math.sin(t * 5)))
        draw.line(pts, fill=20, width=4)
    img = img.rotate(SKEW_DEG[n], resample=Image.BILINEAR, fillcolor=255)
    px = img.load()
    for _ in range(900):  # speckles
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        px[x, y] = 0
    for y in range(0, img.height, 1):  # a faint scanner edge shadow on the left
        for x in range(0, 10):
            px[x, y] = min(px[x, y], 110 + x * 14)
    return img.point(lambda v: 255 if v > 160 else 0).convert("1").convert("L")


def _rot(x, y, deg):
    """Where a point lands when the page image is turned by deg about its centre (PIL turns anticlockwise)."""
    a = math.radians(deg)
    cx, cy = W / 2, H / 2
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)


def build(out: Path) -> Path:
    R.register_fonts()
    pages = _pages()
    # 1. clean visible render -> page images
    clean = out / f".{NAME}.clean.pdf"
    c = R.make_canvas(clean, TITLE, "scan")
    for pg in pages:
        _draw_visible(c, pg)
        c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(clean))
    rnd = random.Random(20250313)
    images = []
    for n in range(len(pages)):
        img = doc[n].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        images.append(_scan(img, n, rnd, pages[n]))
    doc.close()
    clean.unlink()

    # 2. the "scanned" PDF: image + invisible OCR words
    path = out / f"{NAME}.pdf"
    c = R.make_canvas(path, "Scanned document", "Hexley Probation Delivery Unit")
    c.setCreator("Scanner OCR")
    for n, (pg, img) in enumerate(zip(pages, images)):
        buf = io.BytesIO()
        img.save(buf, "PNG")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, W, H)
        for x, y, font, size, text in pg.lines:
            cx = x
            for word in text.split(" "):
                if not word:
                    cx += stringWidth(" ", font, size)
                    continue
                ww = stringWidth(word, font, size)
                ocr = MISREADS.get(word, word)
                rx, ry = _rot(cx, y, SKEW_DEG[n])
                t = c.beginText()
                t.setTextRenderMode(RENDER_MODE)
                t.setFont("Helvetica", size)
                t.setHorizScale(100.0 * ww / max(stringWidth(ocr, "Helvetica", size), 0.1))
                t.setTextOrigin(rx, ry)
                t.textOut(ocr)
                c.drawText(t)
                cx += ww + stringWidth(" ", font, size)
        c.showPage()
    c.save()
    return path
