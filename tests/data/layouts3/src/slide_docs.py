"""sub_priorities_landscape_deck: a serious violence strategy laid out in PowerPoint as an A4 landscape
document (python-pptx -> LibreOffice Impress). Each of the four priorities has its own page whose title is the
priority ("1. Prevention and early intervention") and whose body holds numbered sub-priorities 1.1, 1.2, 1.3 in
bold with a description under each. Gold is the top level only; a "strategy on a page" grid repeats
everything."""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Cm, Pt

from common import set_core_properties

NAME = "sub_priorities_landscape_deck"
TITLE = "Glaswick Serious Violence Reduction Strategy 2025–2028"
ACC = RGBColor(0xB3, 0x3A, 0x0B)
DARK = RGBColor(0x33, 0x33, 0x33)
SW, SH = Cm(29.7), Cm(21.0)

PRIORITIES = [
    ("Prevention and early intervention",
     [("Identifying children at risk of violence earlier",
       "Use school, health and police data to find children at risk before they come to harm."),
      ("Keeping children in education",
       "Reduce exclusions through inclusion support and alternative provision that works."),
      ("Supporting families under pressure",
       "Offer whole-family support through the family hubs where violence is a risk.")],
     "Glaswick Council (Children's Services)", ["Permanent exclusions", "Children referred to early help"]),
    ("Tackling knife crime and weapon carrying",
     [("Reducing knife carrying among young people",
       "Deliver knife crime education and a weapons amnesty with schools and youth clubs."),
      ("Intervening at reachable moments",
       "Place youth workers in A&E and in police custody to engage young people after an incident."),
      ("Targeting the places where violence happens",
       "Use hotspot policing and guardianship in the twelve streets with most knife crime.")],
     "Glaswick Police", ["Knife-enabled offences", "Sharp-object hospital admissions, under 25"]),
    ("Protecting children and young people from exploitation",
     [("Disrupting exploiters",
       "Use every available power against adults who exploit children, including trafficking offences."),
      ("Safeguarding children outside the home",
       "Run a contextual safeguarding panel that looks at places and peer groups, not only individuals."),
      ("Supporting children to exit exploitation",
       "Fund navigators who stay with a child for as long as they need.")],
     "Glaswick Safeguarding Children Partnership", ["Children at risk of exploitation", "County lines closed"]),
    ("Enforcement and disruption of violent offenders",
     [("Focusing on the most harmful offenders",
       "Manage the most violent offenders through Integrated Offender Management."),
      ("Offering a way out",
       "Give every young adult offender a chance to engage with a focused deterrence programme."),
      ("Bringing offenders to justice",
       "Improve the quality of investigations and support for victims and witnesses through court.")],
     "Probation Service / Glaswick Police", ["Proven reoffending for violence", "Victims supported to court"]),
]


def _box(slide, x, y, w, h, fill=None, line=None, shape=MSO_SHAPE.RECTANGLE):
    s = slide.shapes.add_shape(shape, x, y, w, h)
    if fill is None:
        s.fill.background()
    else:
        s.fill.solid(); s.fill.fore_color.rgb = fill
    if line is None:
        s.line.fill.background()
    else:
        s.line.color.rgb = line
    s.shadow.inherit = False
    return s


def _text(slide, x, y, w, h, paras, *, size=12, color=DARK, bold=False, align=None):
    """paras: list of str or (str, dict(size=, bold=, color=, space_after=, level=))."""
    tb = slide.shapes.add_textbox(x, y, w, h)
    tf = tb.text_frame
    tf.word_wrap = True
    for i, p in enumerate(paras):
        text, opt = (p, {}) if isinstance(p, str) else p
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        para.level = opt.get("level", 0)
        if align:
            para.alignment = align
        r = para.add_run()
        r.text = text
        r.font.size = Pt(opt.get("size", size))
        r.font.bold = opt.get("bold", bold)
        r.font.name = "Liberation Sans"
        r.font.color.rgb = opt.get("color", color)
        para.space_after = Pt(opt.get("space_after", 4))
    return tb


def _title(slide, text, size=26):
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Cm(1.6), Cm(1.0), Cm(26.5), Cm(2.4)
    t.text = text
    p = t.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    for r in p.runs:
        r.font.size = Pt(size); r.font.bold = True; r.font.color.rgb = ACC; r.font.name = "Liberation Sans"
    return t


def _footer(slide, n):
    _text(slide, Cm(1.6), Cm(19.8), Cm(20), Cm(0.8), [TITLE], size=8, color=RGBColor(0x80, 0x80, 0x80))
    _text(slide, Cm(26.0), Cm(19.8), Cm(2.2), Cm(0.8), [str(n)], size=9, bold=True, color=ACC,
          align=PP_ALIGN.RIGHT)


def build(work: Path) -> Path:
    prs = Presentation()
    set_core_properties(prs, TITLE, "Glaswick Community Safety Partnership")
    prs.slide_width, prs.slide_height = SW, SH
    title_only = prs.slide_layouts[5]
    blank = prs.slide_layouts[6]

    # 1 cover
    s = prs.slides.add_slide(blank)
    _box(s, 0, 0, SW, SH, fill=ACC)
    _text(s, Cm(2.2), Cm(5.5), Cm(25), Cm(1.5), ["Glaswick Community Safety Partnership"], size=16,
          color=RGBColor(0xF6, 0xD5, 0xC4))
    _text(s, Cm(2.2), Cm(7.2), Cm(25), Cm(5), [("Serious Violence Reduction Strategy", dict(size=38, bold=True)),
                                               ("2025–2028", dict(size=30))], color=RGBColor(0xFF, 0xFF, 0xFF))
    _text(s, Cm(2.2), Cm(17.5), Cm(25), Cm(1), ["Our response to the Serious Violence Duty · September 2025"],
          size=11, color=RGBColor(0xFF, 0xFF, 0xFF))

    # 2 introduction
    s = prs.slides.add_slide(title_only)
    _title(s, "Introduction")
    _text(s, Cm(1.6), Cm(3.6), Cm(16.5), Cm(15), [
        "Serious violence has a devastating effect on victims, families and communities. In Glaswick, knife crime "
        "has risen by 18% in three years, and the victims and perpetrators are getting younger.",
        "The Serious Violence Duty, which began in January 2023, requires the police, council, health, fire and "
        "rescue, youth justice and probation services to work together to prevent and reduce serious violence.",
        "This strategy sets out four priorities. Under each priority we have agreed three sub-priorities, which "
        "set the direction for the annual delivery plan.",
        "The strategy is based on the Glaswick strategic needs assessment (2024) and on conversations with 350 "
        "young people, parents and community groups."], size=12.5)
    _box(s, Cm(19.2), Cm(3.8), Cm(8.9), Cm(13.8), fill=RGBColor(0xFB, 0xEA, 0xE1))
    _text(s, Cm(19.7), Cm(4.2), Cm(8), Cm(13), [("Contents", dict(size=15, bold=True, color=ACC)),
                                                "Introduction", "Strategy on a page", "Understanding the problem",
                                                "Our priorities", "Delivery and governance"], size=12)
    _footer(s, 2)

    # 3 strategy on a page (summary grid: a distractor)
    s = prs.slides.add_slide(title_only)
    _title(s, "Strategy on a page")
    _text(s, Cm(1.6), Cm(3.3), Cm(26), Cm(1.2), ["Vision: a Glaswick where young people are safe from violence "
                                                  "and the fear of violence."], size=12, bold=True)
    for i, (name, subs, _lead, _m) in enumerate(PRIORITIES):
        x = Cm(1.6 + i * 6.6)
        _box(s, x, Cm(4.8), Cm(6.2), Cm(2.6), fill=ACC)
        _text(s, x + Cm(0.2), Cm(4.9), Cm(5.8), Cm(2.4), [name], size=12, bold=True,
              color=RGBColor(0xFF, 0xFF, 0xFF))
        _box(s, x, Cm(7.6), Cm(6.2), Cm(10.5), fill=RGBColor(0xFB, 0xEA, 0xE1))
        _text(s, x + Cm(0.2), Cm(7.8), Cm(5.8), Cm(10), [f"{i + 1}.{j + 1} {t}" for j, (t, _d) in enumerate(subs)],
              size=10)
    _text(s, Cm(1.6), Cm(18.3), Cm(26), Cm(1), ["Cross-cutting: a public health approach · listening to young "
                                                "people · trauma-informed practice · using data"], size=10)
    _footer(s, 3)

    # 4 the problem
    s = prs.slides.add_slide(title_only)
    _title(s, "Understanding the problem")
    for i, (big, small) in enumerate([("486", "knife-enabled offences"), ("+18%", "in three years"),
                                      ("57%", "of victims under 25"), ("9", "county lines active")]):
        x = Cm(1.6 + i * 6.6)
        _box(s, x, Cm(3.8), Cm(6.2), Cm(3.6), fill=RGBColor(0xFB, 0xEA, 0xE1))
        _text(s, x + Cm(0.3), Cm(4.0), Cm(5.6), Cm(3.2), [(big, dict(size=28, bold=True, color=ACC)), small],
              size=11)
    _text(s, Cm(1.6), Cm(8.2), Cm(13), Cm(10), [
        ("What the needs assessment found", dict(size=14, bold=True, color=ACC)),
        "violence is concentrated in the town centre and three estates",
        "most young people involved have been excluded from school",
        "drug markets drive violence between young people",
        "victims are often also perpetrators"], size=11.5)
    _text(s, Cm(15.2), Cm(8.2), Cm(13), Cm(10), [
        ("The specified authorities", dict(size=14, bold=True, color=ACC)),
        "Glaswick Council", "Glaswick Police", "Glaswick Fire and Rescue Service",
        "NHS Glaswick Integrated Care Board", "Youth Justice Service", "Probation Service"], size=11.5)
    _footer(s, 4)

    # 5-8 one page per priority with sub-priorities
    for n, (name, subs, lead, measures) in enumerate(PRIORITIES, start=1):
        s = prs.slides.add_slide(title_only)
        _title(s, f"{n}. {name}", size=24)
        body = []
        for j, (t, d) in enumerate(subs, start=1):
            body.append((f"{n}.{j}  {t}", dict(size=16, bold=True, color=DARK, space_after=3)))
            body.append((d, dict(size=13, space_after=18)))
        _text(s, Cm(1.6), Cm(3.8), Cm(17.5), Cm(14.5), body)
        _box(s, Cm(20.0), Cm(3.8), Cm(8.1), Cm(14.5), fill=RGBColor(0xFB, 0xEA, 0xE1))
        _text(s, Cm(20.4), Cm(4.1), Cm(7.4), Cm(14), [("Lead", dict(size=12, bold=True, color=ACC)), lead,
                                                      ("Measures", dict(size=12, bold=True, color=ACC)), *measures],
              size=11)
        _footer(s, n + 4)

    # 9 delivery and governance
    s = prs.slides.add_slide(title_only)
    _title(s, "Delivery and governance")
    _text(s, Cm(1.6), Cm(3.6), Cm(26), Cm(15), [
        "The Serious Violence Board, chaired by the Chief Superintendent, oversees the strategy and reports to the "
        "Glaswick Community Safety Partnership.",
        "An annual delivery plan will set out actions, leads and timescales for each sub-priority. The first plan "
        "will be agreed in October 2025.",
        ("National measures", dict(size=14, bold=True, color=ACC)),
        "hospital admissions for assault with a sharp object",
        "knife and sharp object enabled serious violence recorded by the police",
        "homicides recorded by the police",
        ("Contact", dict(size=14, bold=True, color=ACC)),
        "saferglaswick@glaswick.example.gov.uk"], size=12.5)
    _footer(s, 9)

    path = work / f"{NAME}.pptx"
    prs.save(path)
    return path
