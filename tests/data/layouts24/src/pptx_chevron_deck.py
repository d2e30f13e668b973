"""chevron_smartart_deck_csp.pdf: the Tillingmere Community Safety Partnership's board presentation on its new
strategy, made in a slide tool and exported to PDF (python-pptx -> LibreOffice Impress), 16:9, one slide a page.

Slide 4 "Our priorities for 2026-2029" draws the five priorities as a SmartArt-style "basic chevron process": five
chevron autoshapes in a row, each holding one priority, centred and wrapped over three or four lines, with a small
description box under each. Gold is those five chevron texts.

Not gold: the numbered agenda (slide 2, one item is "Our priorities for 2026-2029"); the 2023-2026 priorities and
the Police and Crime Commissioner's priorities (slide 3); slide 5 "Next steps", drawn as FOUR chevrons of exactly
the same design (a process with dates); the contact details on "Any questions?" (slide 6).
"""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Cm, Pt

import common

NAME = "chevron_smartart_deck_csp"
TITLE = "Tillingmere Community Safety Partnership Strategy 2026\u20132029 \u2013 Partnership Board presentation"
TEAL = RGBColor(0x00, 0x6D, 0x77)
DARK = RGBColor(0x1D, 0x2D, 0x3B)
GREY = RGBColor(0x59, 0x59, 0x59)
PALE = RGBColor(0xE6, 0xF2, 0xF3)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
CHEV = [RGBColor(0x00, 0x6D, 0x77), RGBColor(0x1F, 0x7A, 0x8C), RGBColor(0x3A, 0x86, 0x9E),
        RGBColor(0x4F, 0x6D, 0x9A), RGBColor(0x5E, 0x54, 0x8E)]

PRIORITIES = [
    ("Safer town centres in the evening and at night",
     "Tillingmere and Cobb Street: licensing, street marshals, safe spaces"),
    ("Tackling anti-social behaviour on our estates",
     "Hotspot patrols, youth outreach and faster repairs on four estates"),
    ("Protecting people from exploitation and scams",
     "Cuckooing, county lines and doorstep fraud against older residents"),
    ("Reducing the harm caused by domestic abuse",
     "Early help, the MARAC and a perpetrator programme"),
    ("Building trust and confidence in our communities",
     "Ward walkabouts, a residents' panel and a 'you said, we did' page"),
]
NEXT_STEPS = [
    ("Board sign-off", "June 2026"),
    ("Public launch and easy read version", "July 2026"),
    ("Delivery plan agreed by each sub-group", "September 2026"),
    ("First progress report to the Board", "March 2027"),
]


def _footer(slide, n):
    tb = slide.shapes.add_textbox(Cm(1.2), Cm(18.0), Cm(31.0), Cm(0.8))
    p = tb.text_frame.paragraphs[0]
    r = p.add_run()
    r.text = f"Tillingmere Community Safety Partnership  |  Partnership Board, 9 June 2026  |  {n}"
    r.font.size = Pt(10)
    r.font.color.rgb = GREY


def _title(slide, text, size=34):
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Cm(1.2), Cm(0.8), Cm(31.4), Cm(2.6)
    t.text = text
    tf = t.text_frame
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    for p in tf.paragraphs:
        p.alignment = PP_ALIGN.LEFT
        for r in p.runs:
            r.font.size = Pt(size)
            r.font.bold = True
            r.font.color.rgb = DARK
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Cm(1.2), Cm(3.5), Cm(4.0), Cm(0.25))
    bar.fill.solid()
    bar.fill.fore_color.rgb = TEAL
    bar.line.fill.background()


def _textbox(slide, x, y, w, h, lines, size=18, color=DARK, bold=False, align=PP_ALIGN.LEFT, space=6):
    tb = slide.shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, ln in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        p.space_after = Pt(space)
        r = p.add_run()
        r.text = ln
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.color.rgb = color
    return tb


def _chevron(slide, x, y, w, h, text, fill, size=14):
    s = slide.shapes.add_shape(MSO_SHAPE.CHEVRON, Cm(x), Cm(y), Cm(w), Cm(h))
    s.fill.solid()
    s.fill.fore_color.rgb = fill
    s.line.fill.background()
    s.adjustments[0] = 0.22  # a shallow point, as SmartArt's "Basic Chevron Process" draws it
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    tf.margin_left = tf.margin_right = Cm(0.1)
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.CENTER
    r = p.add_run()
    r.text = text
    r.font.size = Pt(size)
    r.font.bold = True
    r.font.color.rgb = WHITE
    return s


def _rounded(slide, x, y, w, h, lines, fill=PALE, size=12, color=DARK, bold_first=False):
    s = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Cm(x), Cm(y), Cm(w), Cm(h))
    s.fill.solid()
    s.fill.fore_color.rgb = fill
    s.line.fill.background()
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.TOP
    for i, ln in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = PP_ALIGN.CENTER
        r = p.add_run()
        r.text = ln
        r.font.size = Pt(size)
        r.font.bold = bold_first and i == 0
        r.font.color.rgb = color
    return s


def build_pptx(work: Path) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    common.set_core_properties(prs, TITLE, "Tillingmere Community Safety Partnership")
    n = 0

    def new(layout):
        nonlocal n
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[layout])
        if n > 1:
            _footer(s, n)
        return s

    # 1 title
    s = new(6)
    band = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Cm(19.05))
    band.fill.solid()
    band.fill.fore_color.rgb = TEAL
    band.line.fill.background()
    _textbox(s, 2.0, 5.0, 29.0, 3.0, ["Safer Tillingmere"], size=48, color=WHITE, bold=True)
    _textbox(s, 2.0, 8.2, 29.0, 2.0, ["Community Safety Partnership Strategy 2026\u20132029"], size=28,
             color=WHITE)
    _textbox(s, 2.0, 12.5, 29.0, 3.0, ["Partnership Board, 9 June 2026",
                                       "Priya Lanchester, Community Safety Manager, Tillingmere Borough Council"],
             size=18, color=RGBColor(0xD5, 0xEC, 0xEE))

    # 2 agenda
    s = new(5)
    _title(s, "Agenda")
    _textbox(s, 2.0, 4.6, 29.0, 12.0, [
        "1.  Where we are now",
        "2.  What we learned from the 2023\u20132026 strategy",
        "3.  Our priorities for 2026\u20132029",
        "4.  Next steps",
        "5.  Any questions?",
    ], size=26, space=14)

    # 3 where we are now
    s = new(5)
    _title(s, "Where we are now")
    stats = [("\u221218%", "burglary since 2023"), ("+9%", "anti-social behaviour reports"),
             ("1,412", "domestic abuse incidents in 2025"), ("61%", "feel safe after dark (residents' survey)")]
    for i, (big, small) in enumerate(stats):
        b = _rounded(s, 1.2 + i * 7.9, 4.6, 7.3, 3.6, [big, small], fill=PALE, size=14, bold_first=True)
        b.text_frame.paragraphs[0].runs[0].font.size = Pt(32)
        b.text_frame.paragraphs[0].runs[0].font.color.rgb = TEAL
    _textbox(s, 1.2, 8.9, 15.5, 1.0, ["Our 2023\u20132026 priorities were:"], size=16, bold=True)
    _textbox(s, 1.2, 10.0, 15.5, 7.0, [
        "\u2022  Reducing burglary and vehicle crime (achieved)",
        "\u2022  Tackling anti-social behaviour (partly achieved)",
        "\u2022  Keeping vulnerable people safe (achieved)",
    ], size=15, space=8)
    _textbox(s, 17.4, 8.9, 15.2, 1.0, ["The Police and Crime Commissioner's priorities:"], size=16, bold=True)
    _textbox(s, 17.4, 10.0, 15.2, 7.0, [
        "\u2022  Visible, responsive neighbourhood policing",
        "\u2022  Tackling violence against women and girls",
        "\u2022  Supporting victims and witnesses",
        "(Ebbingford Police and Crime Plan 2025\u20132029)",
    ], size=15, space=8)

    # 4 our priorities: chevron process
    s = new(5)
    _title(s, "Our priorities for 2026\u20132029")
    _textbox(s, 1.2, 4.2, 31.0, 1.2, ["Five priorities, agreed at the Board's workshop on 14 April 2026, each led by "
                                     "a sub-group of the partnership"], size=15, color=GREY)
    w, gap = 6.9, -0.6
    for i, (name, desc) in enumerate(PRIORITIES):
        x = 1.0 + i * (w + gap)
        _chevron(s, x, 6.0, w, 5.2, name, CHEV[i])
        _rounded(s, x + 0.9, 11.9, w - 1.8, 4.6, [desc], fill=PALE, size=11)

    # 5 next steps: the same chevron design
    s = new(5)
    _title(s, "Next steps")
    w, gap = 8.4, -0.6
    for i, (step, when) in enumerate(NEXT_STEPS):
        x = 1.0 + i * (w + gap)
        _chevron(s, x, 6.0, w, 5.2, step, CHEV[i])
        _rounded(s, x + 1.0, 11.9, w - 2.0, 1.6, [when], fill=PALE, size=16, bold_first=True)
    _textbox(s, 1.2, 14.6, 31.0, 2.6, [
        "Decision for the Board today: approve the strategy and the five priorities for publication.",
    ], size=16, bold=True)

    # 6 any questions
    s = new(5)
    _title(s, "Any questions?")
    _textbox(s, 2.0, 5.5, 29.0, 8.0, [
        "Priya Lanchester, Community Safety Manager",
        "community.safety@tillingmere.gov.uk  |  01632 960 318",
        "The full strategy and the consultation report are in the Board papers (items 6a and 6b).",
    ], size=20, space=14)

    path = work / f"{NAME}.pptx"
    prs.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_pptx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
