"""reportlab helpers: fonts, paragraph styles, deterministic document templates."""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

rl_config.invariant = 1  # fixed /CreationDate and /ID in every reportlab PDF

FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2",
             "/usr/share/fonts/truetype/dejavu"]
FAMILIES = {
    "LibSans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"),
    "LibSerif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic",
                 "LiberationSerif-BoldItalic"),
    "DejaSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "DejaSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "LibNarrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic",
                  "LiberationSansNarrow-BoldItalic"),
}
_registered: set[str] = set()


def _find(stem: str) -> str:
    for d in FONT_DIRS:
        p = Path(d) / f"{stem}.ttf"
        if p.exists():
            return str(p)
    raise FileNotFoundError(f"font {stem}.ttf not found in {FONT_DIRS} (apt-get install fonts-liberation fonts-dejavu)")


def font(family: str) -> str:
    """Register a family once; returns the regular face name (bold is family + '-B')."""
    if family not in _registered:
        reg, bold, ital, bi = FAMILIES[family]
        pdfmetrics.registerFont(TTFont(family, _find(reg)))
        pdfmetrics.registerFont(TTFont(family + "-B", _find(bold)))
        pdfmetrics.registerFont(TTFont(family + "-I", _find(ital)))
        pdfmetrics.registerFont(TTFont(family + "-BI", _find(bi)))
        pdfmetrics.registerFontFamily(family, normal=family, bold=family + "-B", italic=family + "-I",
                                      boldItalic=family + "-BI")
        _registered.add(family)
    return family


def styles(family: str, accent, *, body=10, lead=None, justify=False):
    f = font(family)
    lead = lead or body * 1.35
    s = {
        "body": ParagraphStyle("body", fontName=f, fontSize=body, leading=lead, spaceAfter=body * 0.6,
                               alignment=TA_JUSTIFY if justify else TA_LEFT),
        "small": ParagraphStyle("small", fontName=f, fontSize=body - 1.5, leading=(body - 1.5) * 1.3,
                                textColor=colors.HexColor("#444444")),
        "bullet": ParagraphStyle("bullet", fontName=f, fontSize=body, leading=lead, leftIndent=12,
                                 bulletIndent=2, spaceAfter=2, bulletFontName=f),
        "h1": ParagraphStyle("h1", fontName=f + "-B", fontSize=body + 10, leading=(body + 10) * 1.15,
                             textColor=accent, spaceBefore=6, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=f + "-B", fontSize=body + 4, leading=(body + 4) * 1.2,
                             textColor=accent, spaceBefore=8, spaceAfter=5),
        "h3": ParagraphStyle("h3", fontName=f + "-B", fontSize=body + 1, leading=(body + 1) * 1.3,
                             textColor=colors.HexColor("#222222"), spaceBefore=4, spaceAfter=3),
        "label": ParagraphStyle("label", fontName=f + "-B", fontSize=body - 1, leading=body + 2,
                                textColor=accent, spaceBefore=10, spaceAfter=2),
    }
    return s


def set_info(canvas, title: str, author: str, subject: str = ""):
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("stratalign test fixture (reportlab)")
