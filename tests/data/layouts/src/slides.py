"""A landscape 16:9 briefing deck (python-pptx), converted to PDF with LibreOffice Impress.

One priority per slide: a small "PRIORITY n" label box above the slide title. Fictional partnership.
"""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches, Pt

from common import set_core_properties

SLD_PRIORITIES = [
    ("Early intervention and prevention for children and young people",
     ["Youth workers in A&E and custody suites", "Mentoring for children at risk of exclusion",
      "Trauma-informed training for school staff"]),
    ("Reducing knife crime and weapon carrying",
     ["Targeted stop and search backed by community scrutiny", "Knife arches and surrender bins",
      "Weapon awareness in every secondary school"]),
    ("Disrupting drug-related violence and county lines",
     ["Joint operations with neighbouring forces", "Rescue and response for exploited children",
      "Closure orders on cuckooed addresses"]),
    ("A safer night-time economy",
     ["Welfare hubs and street pastors", "Licensing conditions for high-risk venues",
      "Late-night transport and taxi marshals"]),
]

NAVY = RGBColor(0x1B, 0x26, 0x3B)
ORANGE = RGBColor(0xE0, 0x7A, 0x1F)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
GREY = RGBColor(0x55, 0x55, 0x55)


def _text(slide, x, y, w, h, text, size, bold=False, color=NAVY, font="Liberation Sans"):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = font
        r.font.color.rgb = color
        p.space_after = Pt(6)
    return tb


def _bar(slide, x, y, w, h, color):
    s = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
    s.fill.solid()
    s.fill.fore_color.rgb = color
    s.line.fill.background()
    return s


def _footer(slide, n):
    _text(slide, 0.5, 7.0, 9, 0.4, "Wexshire Violence Reduction Partnership  |  Serious Violence Strategy briefing",
          10, color=GREY)
    _text(slide, 12.3, 7.0, 0.8, 0.4, str(n), 10, color=GREY)


def build_deck(work: Path) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    set_core_properties(prs, "Serious Violence Strategy 2025-2028: briefing for partners",
                        "Wexshire Violence Reduction Partnership")
    blank = prs.slide_layouts[6]

    # 1 title slide
    s = prs.slides.add_slide(blank)
    _bar(s, 0, 0, 13.333, 7.5, NAVY)
    _bar(s, 0.8, 4.3, 3.0, 0.12, ORANGE)
    _text(s, 0.8, 2.0, 11.5, 1.5, "Wexshire Serious Violence Strategy 2025\u20132028", 40, True, WHITE)
    _text(s, 0.8, 3.4, 11.5, 0.8, "Briefing for partners", 24, False, WHITE)
    _text(s, 0.8, 4.7, 11.5, 0.8, "Wexshire Violence Reduction Partnership  \u00b7  April 2025", 16, False,
          RGBColor(0xC8, 0xD1, 0xDC))

    # 2 agenda
    s = prs.slides.add_slide(blank)
    _bar(s, 0, 0, 0.25, 7.5, ORANGE)
    _text(s, 0.8, 0.5, 11, 1.0, "Agenda", 34, True)
    _text(s, 0.8, 1.7, 11, 4.5, ["1.  Why serious violence matters", "2.  Our public health approach",
                                 "3.  Our four priorities", "4.  Governance and next steps", "5.  Questions"], 24)
    _footer(s, 2)

    # 3 context + approach (stat tiles and approach bullets: distractors)
    s = prs.slides.add_slide(blank)
    _bar(s, 0, 0, 0.25, 7.5, ORANGE)
    _text(s, 0.8, 0.5, 11, 1.0, "Why serious violence matters", 34, True)
    for i, (big, small) in enumerate([("+18%", "knife-enabled crime since 2019"),
                                      ("312", "hospital admissions for assault with a sharp object"),
                                      ("\u00a346m", "estimated annual cost of serious violence")]):
        _bar(s, 0.8 + i * 4.0, 1.7, 3.7, 1.9, NAVY)
        _text(s, 1.0 + i * 4.0, 1.8, 3.4, 0.9, big, 36, True, WHITE)
        _text(s, 1.0 + i * 4.0, 2.7, 3.4, 0.9, small, 14, False, WHITE)
    _text(s, 0.8, 4.0, 11.5, 0.6, "Our public health approach", 22, True, ORANGE)
    _text(s, 0.8, 4.6, 11.5, 2.3, ["\u2022 Led by data and evidence, not by organisational boundaries",
                                   "\u2022 Working with and for communities",
                                   "\u2022 Long-term prevention as well as short-term enforcement"], 18)
    _footer(s, 3)

    # 4-7 one priority per slide
    for i, (title, acts) in enumerate(SLD_PRIORITIES, start=1):
        s = prs.slides.add_slide(blank)
        _bar(s, 0, 0, 13.333, 2.3, NAVY)
        _bar(s, 0.8, 0.35, 1.7, 0.42, ORANGE)
        _text(s, 0.85, 0.33, 1.7, 0.45, f"PRIORITY {i}", 14, True, WHITE)
        _text(s, 0.8, 0.85, 11.8, 1.3, title, 28, True, WHITE)
        _text(s, 0.8, 2.6, 6.2, 0.6, "What we will do", 22, True, ORANGE)
        _text(s, 0.8, 3.2, 6.2, 3.3, [f"\u2022 {a}" for a in acts], 20)
        _bar(s, 7.6, 2.6, 4.9, 3.9, RGBColor(0xEE, 0xF1, 0xF5))
        _text(s, 7.8, 2.7, 4.5, 0.6, "Lead partner", 16, True)
        lead = ["Wexshire County Council", "Wexshire Police", "Wexshire Police", "District councils"][i - 1]
        _text(s, 7.8, 3.2, 4.5, 0.6, lead, 16)
        _text(s, 7.8, 3.9, 4.5, 0.6, "Success measure", 16, True)
        measure = ["Fewer first time entrants aged 10 to 17", "Fewer knife-enabled offences",
                   "More county lines closed", "Less violence with injury at night"][i - 1]
        _text(s, 7.8, 4.4, 4.5, 1.0, measure, 16)
        _footer(s, 3 + i)

    # 8 governance and next steps
    s = prs.slides.add_slide(blank)
    _bar(s, 0, 0, 0.25, 7.5, ORANGE)
    _text(s, 0.8, 0.5, 11, 1.0, "Governance and next steps", 34, True)
    _text(s, 0.8, 1.7, 11.5, 4.5, ["\u2022 Strategy signed off by the Violence Reduction Board, March 2025",
                                   "\u2022 Delivery plan and performance framework by June 2025",
                                   "\u2022 Annual refresh of the strategic needs assessment",
                                   "\u2022 Quarterly reports to the Police and Crime Commissioner",
                                   "Questions? vrp@wexshire.example.gov.uk"], 20)
    _footer(s, 8)

    path = work / "slide_deck_landscape.pptx"
    prs.save(path)
    return path
