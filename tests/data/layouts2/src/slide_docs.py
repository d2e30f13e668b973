"""A 16:9 briefing deck (python-pptx); build.py exports it to PDF with LibreOffice Impress.
The six priorities are a 2 x 3 grid of shapes on one slide; there are no per-priority slides."""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Cm, Pt

from common import set_core_properties

D = "\u2013"
PEN = [
    "Putting victims at the heart of what we do",
    "Early intervention with young people and families",
    "Safer streets, parks and open spaces",
    "Tackling nuisance neighbours and housing-related ASB",
    "Reducing vehicle nuisance and off-road bikes",
    "Using our tools and powers consistently",
]
NAVY, TEAL, GREY = RGBColor(0x1B, 0x2A, 0x49), RGBColor(0x00, 0x7C, 0x89), RGBColor(0x59, 0x59, 0x59)
FONT = "Liberation Sans"


def _text(slide, x, y, w, h, text, size=14, bold=False, color=NAVY, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP):
    tb = slide.shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
    tf = tb.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        r = p.add_run()
        r.text = line
        r.font.size, r.font.bold, r.font.name = Pt(size), bold, FONT
        r.font.color.rgb = color
    return tb


def _bullets(slide, x, y, w, h, items, size=15):
    tb = _text(slide, x, y, w, h, ["\u2022  " + it for it in items], size=size, color=RGBColor(0x22, 0x22, 0x22))
    for p in tb.text_frame.paragraphs:
        p.space_after = Pt(7)
    return tb


def _shape(slide, kind, x, y, w, h, fill, line=None):
    s = slide.shapes.add_shape(kind, Cm(x), Cm(y), Cm(w), Cm(h))
    s.fill.solid()
    s.fill.fore_color.rgb = fill
    if line is None:
        s.line.fill.background()
    else:
        s.line.color.rgb = line
    s.shadow.inherit = False
    return s


def _shape_text(s, paras, anchor=MSO_ANCHOR.MIDDLE, align=PP_ALIGN.CENTER):
    """paras: list of (text, size, bold, colour)."""
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    for side in ("margin_left", "margin_right"):
        setattr(tf, side, Cm(0.35))
    for i, (t, size, bold, col) in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        r = p.add_run()
        r.text = t
        r.font.size, r.font.bold, r.font.name = Pt(size), bold, FONT
        r.font.color.rgb = col


def _frame(prs, title, n):
    s = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    _shape(s, MSO_SHAPE.RECTANGLE, 0, 0, 33.867, 0.5, TEAL)
    _text(s, 1.5, 0.9, 30, 2, title, size=28, bold=True)
    _text(s, 1.5, 18.1, 22, 0.8, f"Penhallow Anti-Social Behaviour Strategy 2025{D}2028  |  Safer Penhallow "
                                  "Partnership Board", size=9, color=GREY)
    _text(s, 29.5, 18.1, 3, 0.8, str(n), size=9, color=GREY, align=PP_ALIGN.RIGHT)
    return s


def slide_grid_2x3(work: Path) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    set_core_properties(prs, f"Penhallow Anti-Social Behaviour Strategy 2025-2028", "Penhallow District Council")

    # 1 title
    s = prs.slides.add_slide(prs.slide_layouts[6])
    _shape(s, MSO_SHAPE.RECTANGLE, 0, 0, 33.867, 19.05, NAVY)
    _shape(s, MSO_SHAPE.RECTANGLE, 0, 12.2, 33.867, 0.25, TEAL)
    _text(s, 2, 4.2, 28, 5, ["Tackling Anti-Social Behaviour", f"Strategy 2025{D}2028"], size=38, bold=True,
          color=RGBColor(0xFF, 0xFF, 0xFF))
    _text(s, 2, 13.2, 28, 3, ["Briefing for the Safer Penhallow Partnership Board", "18 June 2025"], size=16,
          color=RGBColor(0xDD, 0xE6, 0xF0))
    _text(s, 2, 16.8, 28, 1, "Penhallow District Council  |  Penhallow Police  |  Coastline Housing", size=11,
          color=RGBColor(0xDD, 0xE6, 0xF0))

    # 2 why a new strategy
    s = _frame(prs, "Why a new strategy?", 2)
    tiles = [("5,940", "ASB incidents reported in 2024"), ("+17%", "increase since 2022"),
             ("31%", "of reports about vehicles and off-road bikes"), ("1 in 8", "callers report three or more times")]
    for i, (n, t) in enumerate(tiles):
        sh = _shape(s, MSO_SHAPE.RECTANGLE, 1.5 + i * 7.8, 3.6, 7.2, 4.2, RGBColor(0xE6, 0xF2, 0xF3))
        _shape_text(sh, [(n, 30, True, TEAL), (t, 12, False, RGBColor(0x22, 0x22, 0x22))])
    _bullets(s, 1.5, 9.0, 30, 8, ["The 2020 strategy has ended and the ASB landscape has changed",
                                  "New national ASB Action Plan and changes to the ASB case review",
                                  "Residents say ASB is their top community safety concern",
                                  "Partners want one approach across the council, police and housing"])
    # 3 what residents told us
    s = _frame(prs, "What residents told us", 3)
    _bullets(s, 1.5, 3.4, 18, 12, ["1,030 responses to the spring 2025 survey",
                                   "Off-road bikes and speeding cars were the most common concern",
                                   "Many people did not know who to report ASB to",
                                   "Victims want to be kept updated",
                                   "Young people want more places to go in the evening"])
    q = _shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, 21, 3.6, 11.3, 7.5, RGBColor(0xF2, 0xF2, 0xF2))
    _shape_text(q, [("\u201cI reported it five times and nobody ever came back to me.\u201d", 17, False, NAVY),
                    ("Resident, Trevallow ward", 11, False, GREY)])

    # 4 the priorities: a 2 x 3 grid of shapes, each with a separate number disc
    s = _frame(prs, "Our six priorities", 4)
    _text(s, 1.5, 2.55, 30, 1, "Agreed by the Safer Penhallow Partnership Board, May 2025", size=12, color=GREY)
    w, h, gx, gy, x0, y0 = 9.7, 5.6, 0.75, 0.8, 1.5, 4.2
    descs = ["Every victim has a named contact and a plan",
             "Youth outreach and family support before behaviour escalates",
             "Design, lighting and patrols in hotspots",
             "Joint working with social landlords on tenancy enforcement",
             "Dedicated operation with the police and landowners",
             "One partnership approach to warnings, CPNs and injunctions"]
    for i, name in enumerate(PEN):
        row, col = divmod(i, 3)
        x, y = x0 + col * (w + gx), y0 + row * (h + gy)
        box = _shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, w, h, TEAL if row == 0 else NAVY)
        box.adjustments[0] = 0.08
        _shape_text(box, [(name, 17, True, RGBColor(0xFF, 0xFF, 0xFF)),
                          (descs[i], 11, False, RGBColor(0xDD, 0xEE, 0xF0))])
        disc = _shape(s, MSO_SHAPE.OVAL, x - 0.35, y - 0.45, 1.3, 1.3, RGBColor(0xF2, 0xA5, 0x41))
        _shape_text(disc, [(str(i + 1), 14, True, NAVY)])

    # 5 our approach: four chevrons (another row of shapes)
    s = _frame(prs, "Our approach", 5)
    for i, (t, d) in enumerate([("Prevent", "Stop ASB before it starts"), ("Intervene early", "Act on first reports"),
                                ("Enforce", "Use powers when needed"), ("Support", "Victims and witnesses")]):
        ch = _shape(s, MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON, 1.5 + i * 7.7, 4.0, 7.9, 3.6,
                    [TEAL, RGBColor(0x2E, 0x86, 0xAB), RGBColor(0x3D, 0x5A, 0x80), NAVY][i])
        _shape_text(ch, [(t, 16, True, RGBColor(0xFF, 0xFF, 0xFF)), (d, 11, False, RGBColor(0xFF, 0xFF, 0xFF))])
    _bullets(s, 1.5, 9.2, 30, 8, ["Victim-centred: risk assessed at first contact, not third",
                                  "Problem-solving: the OSARA model for every hotspot",
                                  "Proportionate: early and informal action first, enforcement where needed",
                                  "Evidence-led: quarterly review of what works"])
    # 6 year one actions table
    s = _frame(prs, f"Year one actions (2025{D}26)", 6)
    rows = [("Victims", "Named contact for every high-risk victim; ASB case review publicised", "Council ASB Team"),
            ("Young people", "Detached youth work in three hotspots; family support referrals", "Youth Service"),
            ("Places", "Lighting and CCTV review at Harbour Park and the seafront", "Council Environment"),
            ("Housing", "Joint tenancy enforcement protocol with Coastline Housing", "Coastline Housing"),
            ("Vehicles", "Operation Throttle: off-road bike seizures and landowner work", "Penhallow Police"),
            ("Powers", "Shared toolkit and training on CPWs, CPNs and injunctions", "Council Legal")]
    tbl = s.shapes.add_table(len(rows) + 1, 3, Cm(1.5), Cm(3.4), Cm(30.8), Cm(12)).table
    for ci, (head, wid) in enumerate(zip(["Area", "What we will do", "Lead"], [5.0, 18.3, 7.5])):
        tbl.columns[ci].width = Cm(wid)
        tbl.cell(0, ci).text = head
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            tbl.cell(ri, ci).text = v
    for ri in range(len(rows) + 1):
        for ci in range(3):
            for p in tbl.cell(ri, ci).text_frame.paragraphs:
                for r in p.runs:
                    r.font.size, r.font.name = Pt(13), FONT
    # 7 governance and next steps
    s = _frame(prs, "Governance and next steps", 7)
    _bullets(s, 1.5, 3.4, 30, 12, ["The ASB Delivery Group will own the action plan and report quarterly",
                                   "Performance measures: repeat callers, victim satisfaction, reports of "
                                   "vehicle nuisance",
                                   "Board asked to approve the strategy for public consultation in July",
                                   "Final strategy to Cabinet in October 2025"])
    path = work / "slide_grid_2x3.pptx"
    prs.save(path)
    return path


BUILDERS = {"slide_grid_2x3": slide_grid_2x3}
