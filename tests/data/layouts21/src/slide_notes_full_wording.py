"""notes_full_wording_domestic_abuse.pdf: a PowerPoint briefing on the Carnbury Domestic Abuse Strategy
2026-2029, saved as PDF notes pages (File > Export > Notes Pages): one portrait page per slide, the slide drawn
small at the top and the presenter's notes as text underneath (python-pptx -> LibreOffice Impress,
ExportOnlyNotesPages).

The slide "Our four priorities" (page 3) shows only **short names** in four tiles ("Earlier help", "Safe homes",
"Children", "Accountability"); the priorities in the Board's wording are a numbered list in that slide's
**notes**. Gold is the notes list. Not gold: the short names, the survivors' findings numbered in the notes of
page 2, the Domestic Abuse Act's duties, the previous strategy's themes and the numbered asks on page 5.
"""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Cm, Pt

import common

NAME = "notes_full_wording_domestic_abuse"
TITLE = "Carnbury Domestic Abuse Strategy 2026-2029 \u2013 briefing for the Health and Wellbeing Board"
PLUM = RGBColor(0x5B, 0x2A, 0x6E)
GREY = RGBColor(0x55, 0x55, 0x55)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
SHORT = ["Earlier help", "Safe homes", "Children", "Accountability"]
FULL = [
    "Victims and survivors get the right help earlier, wherever they first ask for it",
    "Everyone affected by domestic abuse has a safe and settled place to live",
    "Children who live with domestic abuse are seen, heard and supported as victims in their own right",
    "People who cause harm are held to account and helped to change their behaviour",
]


def _notes(slide, paras: list[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    tf.text = paras[0]
    for t in paras[1:]:
        tf.add_paragraph().text = t
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.size = Pt(12)


def _title(slide, text: str) -> None:
    t = slide.shapes.title
    t.text = text
    for p in t.text_frame.paragraphs:
        p.alignment = PP_ALIGN.LEFT
        for r in p.runs:
            r.font.size = Pt(34)
            r.font.bold = True
            r.font.color.rgb = PLUM


def _footer(slide, n: int) -> None:
    tb = slide.shapes.add_textbox(Cm(1.0), Cm(17.9), Cm(31.0), Cm(0.8))
    r = tb.text_frame.paragraphs[0].add_run()
    r.text = f"Carnbury Domestic Abuse Partnership Board  |  {n}"
    r.font.size = Pt(10)
    r.font.color.rgb = GREY


def _bullets(slide, items: list[str], size=22) -> None:
    tf = slide.placeholders[1].text_frame
    tf.clear()
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = it
        for r in p.runs:
            r.font.size = Pt(size)


def build_pptx(work: Path) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    common.set_core_properties(prs, TITLE, "Carnbury Domestic Abuse Partnership Board")

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Carnbury Domestic Abuse Strategy 2026-2029"
    s.placeholders[1].text = "Health and Wellbeing Board, 9 June 2026 \u2013 Dr Anita Rowe, Chair of the Domestic Abuse Partnership Board"
    _notes(s, ["Thank the Chair. About fifteen minutes, then questions. The strategy itself was circulated with the "
               "agenda as item 7, appendix 1, and the Board is asked to endorse it.",
               "The strategy meets our duty under Part 4 of the Domestic Abuse Act 2021 to publish a strategy for "
               "support in safe accommodation, but it goes wider than accommodation."])

    s = prs.slides.add_slide(prs.slide_layouts[1])
    _title(s, "What survivors told us")
    _bullets(s, ["112 survivors took part: survey, groups, interviews", "\u201cI told my GP three times before "
                 "anyone asked the right question\u201d", "Housing was the biggest worry after leaving",
                 "Children want to be asked, not talked about"])
    _footer(s, 2)
    _notes(s, ["The consultation ran from October to December 2025. Four findings shaped the strategy:",
               "1. Most survivors had contact with two or more services before anyone identified the abuse.",
               "2. Finding somewhere safe to live was the biggest barrier to leaving.",
               "3. Children said nobody explained what was happening or asked what they wanted.",
               "4. Survivors wanted the person who harmed them to face consequences, not just to be moved on.",
               "The full consultation report is on the council website."])

    s = prs.slides.add_slide(prs.slide_layouts[5])
    _title(s, "Our four priorities")
    for i, name in enumerate(SHORT):
        x = 1.2 + i * 7.95
        b = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Cm(x), Cm(5.2), Cm(7.4), Cm(8.5))
        b.fill.solid()
        b.fill.fore_color.rgb = PLUM
        b.line.fill.background()
        tf = b.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        for j, (t, sz, bold) in enumerate([(str(i + 1), 44, True), (name, 21, True)]):
            p = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
            p.alignment = PP_ALIGN.CENTER
            r = p.add_run()
            r.text = t
            r.font.size = Pt(sz)
            r.font.bold = bold
            r.font.color.rgb = WHITE
    _footer(s, 3)
    _notes(s, ["The slide uses short names so that it is readable from the back of the room. The four priorities, "
               "in the wording the Partnership Board agreed on 20 May 2026, are:",
               *[f"{i}. {t}." for i, t in enumerate(FULL, start=1)],
               "They replace the 2021-2024 strategy's three themes (prevention, provision and pursuit), which "
               "followed the national strategy's structure."])

    s = prs.slides.add_slide(prs.slide_layouts[1])
    _title(s, "How we will know it is working")
    _bullets(s, ["Referrals from health settings to specialist support", "Days in temporary accommodation",
                 "Children referred to the Children's Independent Domestic Violence Adviser",
                 "Completions of the behaviour change programme"], size=20)
    _footer(s, 4)
    _notes(s, ["These are the four headline measures, one for each priority. There are 14 measures in total in the "
               "outcomes framework at appendix B of the strategy, including the two national measures on safe "
               "accommodation that we report to the Ministry of Housing, Communities and Local Government."])

    s = prs.slides.add_slide(prs.slide_layouts[1])
    _title(s, "What we are asking the Board to do")
    _bullets(s, ["Endorse the strategy", "Make domestic abuse a standing item once a year",
                 "Ask each partner to name a domestic abuse champion"], size=22)
    _footer(s, 5)
    _notes(s, ["Three asks of the Health and Wellbeing Board:",
               "1. Endorse the Carnbury Domestic Abuse Strategy 2026-2029.",
               "2. Receive an annual report on progress each June.",
               "3. Ask each member organisation to name a senior domestic abuse champion by September.",
               "Close by thanking the survivors who took part."])
    path = work / f"{NAME}.pptx"
    prs.save(path)
    common.normalise_zip(path)
    return path


def finish(work: Path, out: Path) -> list[Path]:
    src = build_pptx(work)
    common.soffice([src], work, common.NOTES_PAGES_FILTER)
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [pdf]
