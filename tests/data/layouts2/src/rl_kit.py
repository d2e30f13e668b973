"""reportlab helpers: fonts, paragraph styles, deterministic output."""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

rl_config.invariant = 1  # fixed /CreationDate and /ID

FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2",
             "/usr/share/fonts/truetype/dejavu"]
FAMILIES = {
    "Sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"),
    "Serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"),
    "Deja": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "DejaSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "Narrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic",
               "LiberationSansNarrow-BoldItalic"),
}
_done: set[str] = set()


def _find(stem: str) -> str:
    for d in FONT_DIRS:
        p = Path(d) / f"{stem}.ttf"
        if p.exists():
            return str(p)
    raise FileNotFoundError(f"{stem}.ttf (apt-get install fonts-liberation fonts-dejavu)")


def font(family: str) -> str:
    if family not in _done:
        reg, b, i, bi = FAMILIES[family]
        for suffix, stem in (("", reg), ("-B", b), ("-I", i), ("-BI", bi)):
            pdfmetrics.registerFont(TTFont(family + suffix, _find(stem)))
        pdfmetrics.registerFontFamily(family, normal=family, bold=family + "-B", italic=family + "-I",
                                      boldItalic=family + "-BI")
        _done.add(family)
    return family


def hexc(h: str):
    return colors.HexColor(h if h.startswith("#") else "#" + h)


def styles(family: str, accent, *, body=10, lead=None, justify=False, head_family=None):
    f = font(family)
    hf = font(head_family) if head_family else f
    lead = lead or body * 1.38
    return {
        "body": ParagraphStyle("body", fontName=f, fontSize=body, leading=lead, spaceAfter=body * 0.6,
                               alignment=TA_JUSTIFY if justify else TA_LEFT),
        "small": ParagraphStyle("small", fontName=f, fontSize=body - 1.5, leading=(body - 1.5) * 1.3,
                                textColor=hexc("444444")),
        "bullet": ParagraphStyle("bullet", fontName=f, fontSize=body, leading=lead, leftIndent=13,
                                 bulletIndent=3, spaceAfter=2.5, bulletFontName=f),
        "h1": ParagraphStyle("h1", fontName=hf + "-B", fontSize=body + 10, leading=(body + 10) * 1.15,
                             textColor=accent, spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=hf + "-B", fontSize=body + 4, leading=(body + 4) * 1.22,
                             textColor=accent, spaceBefore=8, spaceAfter=5),
        "h3": ParagraphStyle("h3", fontName=hf + "-B", fontSize=body + 1, leading=(body + 1) * 1.3,
                             textColor=hexc("222222"), spaceBefore=5, spaceAfter=3),
        "center": ParagraphStyle("center", fontName=f, fontSize=body, leading=lead, alignment=TA_CENTER),
    }


def set_info(c, title: str, author: str, subject: str = ""):
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("stratalign layouts2 fixture (reportlab)")
