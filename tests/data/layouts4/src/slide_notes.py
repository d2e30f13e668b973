"""speaker_notes_pages.pdf: a PowerPoint briefing on the Aldermoor Serious Violence Strategy 2025-2030, saved as
PDF "notes pages" (File > Export > Notes Pages): one portrait page per slide, the slide drawn small at the top
and the presenter's speaker notes as text underneath (python-pptx -> LibreOffice Impress, ExportOnlyNotesPages).

Slide 5 ("Our four priorities") is a summary with four boxes, and its notes name the priorities in a sentence;
slides 6-9 each have the title "Priority N: X". Gold is those four slide titles, on pages 6-9. Not gold: the
agenda, the duty's specified authorities, the stat boxes, the national measures, and the numbered "asks" of members
on slide 11.
"""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Cm, Pt

import common

NAME = "speaker_notes_pages"
TITLE = "Aldermoor Serious Violence Strategy 2025\u20132030 \u2013 briefing for elected members"
NAVY = RGBColor(0x14, 0x2F, 0x4F)
RED = RGBColor(0xC0, 0x39, 0x2B)
GREY = RGBColor(0x55, 0x55, 0x55)

PRIORITIES = [
    ("Early intervention for children at risk of exploitation",
     ["Exploitation panels in every district", "Youth workers in custody suites and A&E",
      "Reachable moments: arrest, exclusion, missing episodes"],
     "The first priority is about getting in early. Almost every young person who ended up seriously injured or "
     "charged with a serious offence in the last three years was known to at least two agencies beforehand. The "
     "strategy puts youth workers into custody suites and both emergency departments, and every district will have "
     "an exploitation panel that looks at places and peer groups as well as individual children."),
    ("Violence in the night-time economy",
     ["A third of violence with injury, 10 pm \u2013 4 am", "Safer Nights accreditation in every town centre",
      "Licensing, taxi marshals, street pastors"],
     "Second, the night-time economy. A third of all violence with injury happens in town centres late at night, and "
     "alcohol is involved in most of it. This is where councillors on licensing committees can make a real "
     "difference, and I will come back to that in the asks at the end."),
    ("Knife crime and weapon carrying",
     ["Knife crime up 14% since 2022", "Education in every secondary school", "Focused deterrence for repeat carriers"],
     "Third, knives. Knife crime is up 14% since 2022 and the victims and offenders are getting younger. The "
     "evidence says scare tactics do not work, so the education offer in schools is the programme that was "
     "evaluated in the West Midlands, delivered by youth workers rather than police officers."),
    ("Serious violence in the home",
     ["Domestic homicide: 9 deaths in five years", "Domestic abuse is included in our local definition",
      "Links to the county domestic abuse strategy"],
     "Finally, and this was debated at length by the partnership, we have included serious violence in the home. "
     "Nine people in Aldermoor have been killed by a partner or family member in the last five years. The Duty "
     "allows areas to include domestic abuse and we decided we could not leave it out."),
]


def _notes(slide, text):
    tf = slide.notes_slide.notes_text_frame
    tf.text = text
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.size = Pt(12)


def _footer(slide, n):
    tb = slide.shapes.add_textbox(Cm(1.0), Cm(17.9), Cm(31.0), Cm(0.8))
    p = tb.text_frame.paragraphs[0]
    r = p.add_run()
    r.text = f"Aldermoor Violence Reduction Partnership  |  OFFICIAL  |  {n}"
    r.font.size = Pt(10)
    r.font.color.rgb = GREY


def _title(slide, text, size=32):
    t = slide.shapes.title
    t.text = text
    for p in t.text_frame.paragraphs:
        p.alignment = PP_ALIGN.LEFT
        for r in p.runs:
            r.font.size = Pt(size)
            r.font.bold = True
            r.font.color.rgb = NAVY


def _bullets(slide, items, size=22):
    body = slide.placeholders[1]
    tf = body.text_frame
    tf.clear()
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = it
        for r in p.runs:
            r.font.size = Pt(size)


def _tile(slide, x, y, w, h, big, small, fill=NAVY):
    s = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Cm(x), Cm(y), Cm(w), Cm(h))
    s.fill.solid()
    s.fill.fore_color.rgb = fill
    s.line.fill.background()
    tf = s.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    for i, (t, sz, b) in enumerate([(big, 30, True), (small, 14, False)]):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = PP_ALIGN.CENTER
        r = p.add_run()
        r.text = t
        r.font.size = Pt(sz)
        r.font.bold = b
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def build_pptx(work: Path) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    common.set_core_properties(prs, TITLE, "Aldermoor Violence Reduction Partnership")
    n = 0

    def new(layout):
        nonlocal n
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[layout])
        if n > 1:
            _footer(s, n)
        return s

    s = new(0)
    s.shapes.title.text = "Aldermoor Serious Violence Strategy 2025\u20132030"
    s.placeholders[1].text = "Briefing for elected members \u2013 Kestonbridge City Council, 17 September 2025"
    _notes(s, "Thank the Chair. Introduce myself: Tom Ashdown, Director of the Aldermoor Violence Reduction "
              "Partnership. About 25 minutes, then questions. The full strategy was circulated with the agenda.")

    s = new(1)
    _title(s, "What we will cover")
    _bullets(s, ["The Serious Violence Duty", "What the needs assessment found", "Our four priorities",
                 "How we will measure progress", "What we are asking of members"])
    _notes(s, "Run through the agenda. Stress that the strategy is a partnership document: the council is one of the "
              "specified authorities and has signed it off through Cabinet.")

    s = new(1)
    _title(s, "The Serious Violence Duty")
    _bullets(s, ["In force since 31 January 2023 (Police, Crime, Sentencing and Courts Act 2022)",
                 "Specified authorities: councils, police, fire and rescue, ICBs, probation, youth justice",
                 "Must agree a local definition, a needs assessment and a strategy",
                 "Community safety partnerships and the PCC have key roles"], size=20)
    _notes(s, "Explain the Duty briefly. The key point for members is that the council is a specified authority and "
              "the Crime and Disorder Committee (Communities Scrutiny) can scrutinise our work.")

    s = new(5)
    _title(s, "What the needs assessment found")
    for i, (big, small) in enumerate([("+14%", "knife crime since 2022"), ("1 in 3", "violent injuries in the "
                                      "night-time economy"), ("9", "domestic homicides in five years"),
                                      ("71%", "of young offenders had been excluded from school")]):
        _tile(s, 1.5 + i * 7.9, 5.5, 7.3, 6.5, big, small, fill=RED if i == 0 else NAVY)
    _notes(s, "Four headline findings. The exclusion figure is the one that surprised the partnership most and is "
              "why early intervention is the first priority.")

    s = new(5)
    _title(s, "Our four priorities")
    for i, (name, _, _) in enumerate(PRIORITIES):
        x, y = 1.5 + (i % 2) * 15.6, 4.8 + (i // 2) * 6.0
        b = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Cm(x), Cm(y), Cm(15.0), Cm(5.3))
        b.fill.solid()
        b.fill.fore_color.rgb = RGBColor(0xE8, 0xEE, 0xF5)
        b.line.color.rgb = NAVY
        tf = b.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        p = tf.paragraphs[0]
        r = p.add_run()
        r.text = f"{i + 1}  {name}"
        r.font.size = Pt(22)
        r.font.bold = True
        r.font.color.rgb = NAVY
    _notes(s, "So, our four priorities: early intervention for children at risk of exploitation; violence in the "
              "night-time economy; knife crime and weapon carrying; and serious violence in the home. They came out "
              "of the needs assessment and were tested with young people and at two public events. I will take each "
              "in turn.")

    for i, (name, points, notes) in enumerate(PRIORITIES, start=1):
        s = new(1)
        _title(s, f"Priority {i}: {name}", size=30)
        _bullets(s, points)
        _notes(s, notes)

    s = new(1)
    _title(s, "How we will measure progress")
    _bullets(s, ["Hospital admissions for assault with a sharp object (under 25)",
                 "Knife and sharp object enabled serious violence recorded by the police",
                 "Homicides", "Local measures for each priority in the annual delivery plan"], size=20)
    _notes(s, "The first three are the national measures the Home Office asks every area to report. Local measures "
              "are in the delivery plan, which the partnership will publish each April.")

    s = new(1)
    _title(s, "What we are asking members to do")
    _bullets(s, ["1. Use licensing powers to support Safer Nights accreditation",
                 "2. Champion the exploitation panels in your wards",
                 "3. Include serious violence in the Communities Scrutiny work programme",
                 "4. Help us reach young people and families for the next needs assessment"], size=20)
    _notes(s, "Four asks. The licensing one is the most important: two of the premises with the most violence had "
              "their licences renewed without any conditions last year.")

    s = new(1)
    _title(s, "Questions")
    _bullets(s, ["Tom Ashdown, Director, Aldermoor Violence Reduction Partnership",
                 "vrp@aldermoor-pcc.gov.uk"], size=20)
    _notes(s, "Take questions. If asked about funding: the VRP is funded by the Home Office and the PCC until March "
              "2028; the Duty grant to councils is small and ends in March 2026.")

    path = work / f"{NAME}.pptx"
    prs.save(path)
    common.normalise_zip(path)
    return path


def notes_sources(work: Path) -> list[Path]:
    return [build_pptx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
