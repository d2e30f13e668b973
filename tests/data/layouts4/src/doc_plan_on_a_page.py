"""plan_on_a_page_only.pdf: the Eastmere Combating Drugs Partnership "plan on a page". A one-page Word cover
(portrait, document control table) followed by a single A4 landscape page made in PowerPoint: vision box, arrows,
four priority boxes with "What we will do" boxes under them, an outcomes box, the national strategy's three
priorities in a strip across the top and an enablers band along the bottom. The two parts are converted by
LibreOffice (Writer and Impress) and merged with pypdfium2, so the file mixes page sizes and orientations.

The landscape page (page 2) is the only statement of the priorities: gold is the four priority box titles there.
"""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Cm
from pptx.util import Pt as PPt

import common
import docx_kit as K

NAME = "plan_on_a_page_only"
TITLE = "Eastmere Combating Drugs Partnership \u2013 Plan on a Page 2025/26"

PRIORITIES = [
    ("Reduce drug and alcohol deaths",
     ["Naloxone for every hostel, custody suite and outreach team", "Review every drug-related death within 8 weeks",
      "Fast-track treatment after a non-fatal overdose"]),
    ("Get more people into treatment and keep them there",
     ["Treatment workers in custody and at the Magistrates\u2019 Court", "Meet every prison leaver at the gate",
      "Evening and weekend clinics in Eastmere and Selbridge"]),
    ("Close down local drug markets and county lines",
     ["Joint police and council operations in the four hot spots", "Closure orders on cuckooed addresses",
      "Safeguard every child found dealing"]),
    ("Support lasting recovery: housing, work and family",
     ["Recovery housing pathway with 20 new beds", "Individual Placement and Support employment service",
      "Family support for children of parents in treatment"]),
]

NAVY = RGBColor(0x1E, 0x35, 0x5E)
TEAL = RGBColor(0x12, 0x87, 0x8E)
GREYF = RGBColor(0xEE, 0xEE, 0xEE)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
DARK = RGBColor(0x22, 0x22, 0x22)
COLOURS = [RGBColor(0x12, 0x87, 0x8E), RGBColor(0x3A, 0x6E, 0xA5), RGBColor(0x8E, 0x44, 0x7D),
           RGBColor(0xC4, 0x6A, 0x1B)]


# ------------------------------------------------------------------------------------------- Word cover
def cover_docx(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Eastmere Combating Drugs Partnership", font="Liberation Sans", size=11, accent="1E355E")
    sec = doc.sections[0]
    K.set_header(sec, "OFFICIAL", align="center", color="000000", bold=True)
    K.para(doc, "", space_after=60)
    K.para(doc, "Eastmere Combating Drugs Partnership", bold=True, size=24, color="1E355E", space_after=6)
    K.para(doc, "Plan on a Page 2025/26", size=20, color="12878E", space_after=30)
    K.para(doc, "This plan on a page summarises what the Eastmere Combating Drugs Partnership will focus on in "
                "2025/26. It should be read alongside the Eastmere Drug and Alcohol Needs Assessment 2024, the "
                "partnership\u2019s local delivery plan and the national drug strategy, From Harm to Hope.")
    K.para(doc, "The partnership brings together Eastmere Borough Council, Aldermoor County Council (public health), "
                "Aldermoor Police, the Probation Service, HMP Fenwood, the Integrated Care Board, Jobcentre Plus, the "
                "Office of the Police and Crime Commissioner, treatment providers and people with lived experience of "
                "recovery.", space_after=24)
    rows = [("Document", "Plan on a Page 2025/26"), ("Version", "1.2"),
            ("Approved by", "Eastmere Combating Drugs Partnership Board, 22 July 2025"),
            ("Owner", "Senior Responsible Owner (Director of Public Health, Aldermoor County Council)"),
            ("Review date", "April 2026"), ("Classification", "OFFICIAL \u2013 for publication")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (a, b) in enumerate(rows):
        K.cell_text(t.cell(r, 0), a, bold=True, size=10)
        K.cell_text(t.cell(r, 1), b, size=10)
        K.shade(t.cell(r, 0), "E4EAF2")
    K.col_widths(t, [4.0, 12.5])
    K.para(doc, "", space_after=24)
    K.para(doc, "Contact: eastmere.cdp@aldermoor.gov.uk", size=10, color="595959")
    path = work / f"{NAME}_cover.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


# ------------------------------------------------------------------------------------------- PowerPoint page
def _box(slide, x, y, w, h, fill, text="", *, size=10, bold=False, color=WHITE, shape=MSO_SHAPE.ROUNDED_RECTANGLE,
         align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP, line=None, paras=None):
    s = slide.shapes.add_shape(shape, Cm(x), Cm(y), Cm(w), Cm(h))
    if fill is None:
        s.fill.background()
    else:
        s.fill.solid()
        s.fill.fore_color.rgb = fill
    if line is None:
        s.line.fill.background()
    else:
        s.line.color.rgb = line
        s.line.width = PPt(1)
    if shape == MSO_SHAPE.ROUNDED_RECTANGLE:
        s.adjustments[0] = 0.08
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    for attr in ("margin_left", "margin_right"):
        setattr(tf, attr, Cm(0.25))
    for attr in ("margin_top", "margin_bottom"):
        setattr(tf, attr, Cm(0.15))
    items = paras or [(text, size, bold, color)]
    for i, (t, sz, b, col) in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        r = p.add_run()
        r.text = t
        r.font.size = PPt(sz)
        r.font.bold = b
        r.font.color.rgb = col
        r.font.name = "Liberation Sans"
    return s


def _arrow(slide, x, y, w, h, color=RGBColor(0x99, 0x99, 0x99), shape=MSO_SHAPE.RIGHT_ARROW):
    s = slide.shapes.add_shape(shape, Cm(x), Cm(y), Cm(w), Cm(h))
    s.fill.solid()
    s.fill.fore_color.rgb = color
    s.line.fill.background()
    return s


def slide_pptx(work: Path) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(29.7), Cm(21.0)
    common.set_core_properties(prs, TITLE, "Eastmere Combating Drugs Partnership")
    s = prs.slides.add_slide(prs.slide_layouts[6])
    # title bar
    _box(s, 0, 0, 29.7, 1.9, NAVY, shape=MSO_SHAPE.RECTANGLE, anchor=MSO_ANCHOR.MIDDLE,
         paras=[("Eastmere Combating Drugs Partnership \u2013 Plan on a Page 2025/26", 20, True, WHITE)])
    # national strip
    _box(s, 0.8, 2.3, 28.1, 1.55, GREYF, shape=MSO_SHAPE.RECTANGLE, anchor=MSO_ANCHOR.MIDDLE,
         paras=[("National drug strategy \u2013 From Harm to Hope (2021): break drug supply chains  \u2022  deliver a "
                 "world-class treatment and recovery system  \u2022  achieve a generational shift in demand for drugs",
                 9.5, False, DARK)])
    # vision box
    _box(s, 0.8, 4.4, 4.6, 9.4, NAVY, anchor=MSO_ANCHOR.MIDDLE, align=PP_ALIGN.CENTER,
         paras=[("OUR VISION", 9, True, RGBColor(0xA8, 0xD8, 0xDB)),
                ("Fewer people harmed by drugs and alcohol in Eastmere, and more people in lasting recovery", 12,
                 True, WHITE)])
    _arrow(s, 5.55, 8.6, 0.9, 0.9)
    # priorities
    _box(s, 6.6, 4.4, 17.0, 0.8, None, paras=[("OUR PRIORITIES FOR 2025/26", 10, True, NAVY)])
    colw, gap, x0 = 4.1, 0.2, 6.6
    for i, (name, dos) in enumerate(PRIORITIES):
        x = x0 + i * (colw + gap)
        _box(s, x, 5.3, colw, 2.9, COLOURS[i], anchor=MSO_ANCHOR.MIDDLE,
             paras=[(str(i + 1), 16, True, RGBColor(0xFF, 0xE0, 0xA0)), (name, 11.5, True, WHITE)])
        _arrow(s, x + colw / 2 - 0.35, 8.3, 0.7, 0.6, color=COLOURS[i], shape=MSO_SHAPE.DOWN_ARROW)
        _box(s, x, 9.0, colw, 4.8, WHITE, line=COLOURS[i],
             paras=[("What we will do", 9, True, COLOURS[i])] + [("\u2022 " + d, 8.5, False, DARK) for d in dos])
    _arrow(s, 23.8, 8.6, 0.9, 0.9)
    # outcomes
    _box(s, 24.9, 4.4, 4.0, 9.4, RGBColor(0xE7, 0xF4, 0xF4), line=TEAL,
         paras=[("Outcomes by March 2026", 10.5, True, TEAL),
                ("Fewer than 12 drug-related deaths a year", 8.5, False, DARK),
                ("1,050 adults in treatment (up 10%)", 8.5, False, DARK),
                ("60% of prison leavers start treatment within 3 weeks", 8.5, False, DARK),
                ("25 county lines closed", 8.5, False, DARK),
                ("Fewer drug-related offences", 8.5, False, DARK)])
    # enablers
    _box(s, 0.8, 14.4, 28.1, 2.1, RGBColor(0xF6, 0xEF, 0xE4), shape=MSO_SHAPE.RECTANGLE, anchor=MSO_ANCHOR.MIDDLE,
         paras=[("Enablers", 10, True, RGBColor(0x8A, 0x55, 0x10)),
                ("A skilled and stable workforce  \u2022  sharing data between partners  \u2022  the voice of lived "
                 "experience  \u2022  Supplementary Substance Misuse Treatment and Recovery grant (\u00a32.3m)", 9, False,
                 DARK)])
    # governance line
    _box(s, 0.8, 16.9, 28.1, 2.2, None,
         paras=[("Governance: Eastmere Combating Drugs Partnership Board (quarterly) \u2192 Aldermoor Health and "
                 "Wellbeing Board and Safer Eastmere Partnership. Performance is tracked against the National "
                 "Combating Drugs Outcomes Framework.", 8.5, False, DARK),
                ("Version 1.2 \u2013 approved 22 July 2025                                                      "
                 "OFFICIAL", 8, False, RGBColor(0x66, 0x66, 0x66))])
    path = work / f"{NAME}_page.pptx"
    prs.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [cover_docx(work), slide_pptx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    common.merge_pdfs([work / f"{NAME}_cover.pdf", work / f"{NAME}_page.pdf"], target, title=TITLE,
                      author="Eastmere Combating Drugs Partnership")
    return [target]
