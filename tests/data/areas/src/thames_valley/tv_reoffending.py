"""Thames Valley Reducing Reoffending Strategy 2022-2025: python-pptx deck via LibreOffice.

16:9 slides, one priority per slide ("PRIORITY 2 OF 5" label above the title).
The seven resettlement pathways, principles, an at-a-glance slide and the
board membership are distractors.
"""
import tempfile
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Pt

from common import soffice_to_pdf

FILE = "strategies/thames_valley_reducing_reoffending_strategy_2022-25.pdf"
TITLE = "Thames Valley Reducing Reoffending Strategy 2022–2025"

INK, TEAL, SAND, WHITE, GREY = "263238", "00796B", "F5F0E6", "FFFFFF", "607D8B"
W, H = Emu(12192000), Emu(6858000)

PRIORITIES = [
    ("Safe and settled accommodation for people leaving prison",
     "People released without somewhere to live are far more likely to reoffend. Around one in seven people leaving prisons "
     "in the region has no settled accommodation on release (illustrative).",
     ["Embed housing duty-to-refer processes in every prison releasing to Thames Valley",
      "Expand Community Accommodation Service (CAS3) bed spaces",
      "Agree a common protocol with all eighteen housing authorities"],
     "Settled accommodation on release and at three months"),
    ("Education, training and employment",
     "Employment is one of the strongest protective factors against reoffending, yet few people on probation are in work.",
     ["Employment hubs in probation offices with DWP work coaches",
      "Work with employers to Ban the Box and offer placements",
      "Link prison education to local skills gaps"],
     "Employment at six weeks and six months after release"),
    ("Substance misuse and mental health treatment",
     "Most people in the criminal justice system have a drug, alcohol or mental health need, often all three.",
     ["Increase Community Sentence Treatment Requirements",
      "Continuity of care from prison into community treatment",
      "Liaison and diversion at every custody suite and court"],
     "Treatment starts within three weeks of release; CSTR numbers"),
    ("Women in the criminal justice system",
     "Women who offend often have histories of abuse, trauma and caring responsibilities, and short sentences can lead "
     "to the loss of housing and children.",
     ["Women's centres in Oxford, Reading and Milton Keynes",
      "Whole-system approach with diversion at the point of arrest",
      "Gender-specific supervision and support"],
     "Women diverted; reoffending by women on community orders"),
    ("Challenging domestic abuse perpetrators to change their behaviour",
     "Domestic abuse perpetrators make up a growing share of the probation caseload, and many go on to abuse new partners.",
     ["Accredited Building Better Relationships programme places",
      "Multi-agency tasking for high-harm serial perpetrators",
      "Link perpetrator work with victim support and safeguarding"],
     "Completion of programmes; repeat domestic abuse offending"),
]


def rgb(h):
    return RGBColor.from_string(h)


def box(slide, x, y, w, h, fill=None, line=None, shape=MSO_SHAPE.RECTANGLE):
    s = slide.shapes.add_shape(shape, Emu(x), Emu(y), Emu(w), Emu(h))
    if fill:
        s.fill.solid()
        s.fill.fore_color.rgb = rgb(fill)
    else:
        s.fill.background()
    if line:
        s.line.color.rgb = rgb(line)
    else:
        s.line.fill.background()
    s.shadow.inherit = False
    return s


def text(slide, x, y, w, h, paras, size=16, colour=INK, bold=False, align=None, font="Liberation Sans"):
    tb = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, p in enumerate(paras):
        if isinstance(p, str):
            p = {"t": p}
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        if align:
            para.alignment = align
        para.space_after = Pt(p.get("after", 6))
        r = para.add_run()
        r.text = p["t"]
        r.font.size = Pt(p.get("size", size))
        r.font.bold = p.get("bold", bold)
        r.font.name = font
        r.font.color.rgb = rgb(p.get("colour", colour))
    return tb


CM = 360000


def chrome(slide, n, dark=False):
    box(slide, 0, 0, W, H, SAND if not dark else INK)
    box(slide, 0, H - int(0.9 * CM), W, int(0.9 * CM), TEAL if not dark else "37474F")
    text(slide, int(1.2 * CM), H - int(0.85 * CM), int(20 * CM), int(0.7 * CM),
         ["Thames Valley Reducing Reoffending Strategy 2022–2025"], size=9, colour=WHITE)
    text(slide, W - int(4.2 * CM), H - int(0.85 * CM), int(3 * CM), int(0.7 * CM), [str(n)], size=10, colour=WHITE,
         bold=True, align=PP_ALIGN.RIGHT)


def title(slide, t, colour=INK, y=0.9):
    text(slide, int(1.2 * CM), int(y * CM), int(30 * CM), int(2 * CM), [t], size=30, colour=colour, bold=True)


def bullets(slide, x, y, w, h, items, size=15, colour=INK, mark="•"):
    return text(slide, x, y, w, h, [{"t": f"{mark}  {i}", "after": 8} for i in items], size=size, colour=colour)


def make(path, pages):
    prs = Presentation()
    prs.slide_width, prs.slide_height = W, H
    cp = prs.core_properties
    import datetime as dt
    cp.title, cp.author = TITLE, "Thames Valley Reducing Reoffending Board"
    cp.created = cp.modified = dt.datetime(2024, 4, 1, 9, 0, 0)
    cp.revision = 1
    blank = prs.slide_layouts[6]
    n = 0

    def new(dark=False):
        nonlocal n
        n += 1
        s = prs.slides.add_slide(blank)
        if n > 1:
            chrome(s, n, dark)
        return s

    # 1 title
    s = new()
    box(s, 0, 0, W, H, INK)
    box(s, 0, int(4.6 * CM), int(1.2 * CM), int(6 * CM), TEAL)
    text(s, int(2 * CM), int(2 * CM), int(28 * CM), int(1 * CM), ["THAMES VALLEY LOCAL CRIMINAL JUSTICE BOARD"], size=13, colour="80CBC4", bold=True)
    text(s, int(2 * CM), int(4.4 * CM), int(28 * CM), int(5 * CM),
         [{"t": "Reducing Reoffending Strategy", "size": 44, "bold": True, "colour": WHITE},
          {"t": "2022–2025", "size": 30, "colour": WHITE}])
    text(s, int(2 * CM), int(13.5 * CM), int(28 * CM), int(2 * CM),
         ["Thames Valley Reducing Reoffending Board · Probation Service · Thames Valley Police · Office of the Police and Crime Commissioner"],
         size=12, colour="B0BEC5")
    # 2 contents
    s = new()
    title(s, "Contents")
    items = [("Foreword", "fw"), ("Reoffending in Thames Valley", "ctx"), ("Our approach", "appr"), ("Our priorities", "glance")]
    items += [(f"    {p[0]}", f"p{i}") for i, p in enumerate(PRIORITIES)]
    items += [("Governance and delivery", "gov"), ("Contact", "end")]
    tbl = s.shapes.add_table(len(items), 2, Emu(int(1.6 * CM)), Emu(int(3.2 * CM)), Emu(int(22 * CM)), Emu(int(11 * CM))).table
    tbl.columns[0].width = Emu(int(19.5 * CM))
    tbl.columns[1].width = Emu(int(2.5 * CM))
    for r, (t, k) in enumerate(items):
        for c, val in enumerate([t, str(pages.get(k, 0))]):
            cell = tbl.cell(r, c)
            cell.fill.background()
            cell.text = val
            para = cell.text_frame.paragraphs[0]
            para.alignment = PP_ALIGN.RIGHT if c else PP_ALIGN.LEFT
            for run in para.runs:
                run.font.size = Pt(13 if t.startswith("    ") else 15)
                run.font.bold = not t.startswith("    ")
                run.font.color.rgb = rgb(INK if not t.startswith("    ") else GREY)
                run.font.name = "Liberation Sans"
    # 3 foreword
    s = new()
    title(s, "Foreword")
    text(s, int(1.6 * CM), int(3.2 * CM), int(19 * CM), int(12 * CM), [
        "Reducing reoffending is one of the most effective ways to cut crime. Around half of all crime is committed by people "
        "who have offended before, and the cost of reoffending runs into billions of pounds nationally each year.",
        "Since probation services were unified in 2021, partners in Thames Valley have worked together through the Reducing "
        "Reoffending Board, reporting to the Local Criminal Justice Board.",
        "This strategy focuses on five priorities where joint working adds most value. It supports the Police and Crime "
        "Commissioner's aim of an efficient and effective criminal justice system.",
        "Chair, Thames Valley Reducing Reoffending Board"], size=14)
    box(s, int(22 * CM), int(3.2 * CM), int(10.5 * CM), int(11 * CM), TEAL)
    text(s, int(22.6 * CM), int(4 * CM), int(9.3 * CM), int(9 * CM),
         [{"t": "“A home, a job and the right treatment are the foundations of a life without crime.”", "size": 20, "bold": True, "colour": WHITE}])
    # 4 context
    s = new()
    title(s, "Reoffending in Thames Valley")
    stats = [("24.6%", "adult proven reoffending rate"), ("31%", "youth proven reoffending rate"),
             ("11,800", "people supervised by probation"), ("1 in 7", "released without settled accommodation"),
             ("62%", "have a drug or alcohol need"), ("18%", "in employment six months after release")]
    for i, (v, c) in enumerate(stats):
        x = int((1.6 + (i % 3) * 10.4) * CM)
        y = int((3.4 + (i // 3) * 5.6) * CM)
        box(s, x, y, int(9.8 * CM), int(5 * CM), WHITE, shape=MSO_SHAPE.ROUNDED_RECTANGLE)
        text(s, x + int(0.5 * CM), y + int(0.5 * CM), int(9 * CM), int(4 * CM),
             [{"t": v, "size": 32, "bold": True, "colour": TEAL}, {"t": c, "size": 13}])
    text(s, int(1.6 * CM), int(14.8 * CM), int(28 * CM), int(1 * CM), ["All figures are illustrative."], size=10, colour=GREY)
    # 5 approach + pathways
    s = new()
    title(s, "Our approach")
    text(s, int(1.6 * CM), int(3.2 * CM), int(14.5 * CM), int(1 * CM), [{"t": "Our principles", "bold": True, "colour": TEAL, "size": 17}])
    bullets(s, int(1.6 * CM), int(4.4 * CM), int(14.5 * CM), int(10 * CM),
            ["Focus on those who cause most harm", "Support desistance, not only risk management",
             "Treat people with dignity and respect", "Use evidence of what works", "Involve people with lived experience"], size=14)
    text(s, int(17 * CM), int(3.2 * CM), int(15 * CM), int(1 * CM),
         [{"t": "The seven resettlement pathways", "bold": True, "colour": TEAL, "size": 17}])
    bullets(s, int(17 * CM), int(4.4 * CM), int(15 * CM), int(10 * CM),
            ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
             "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"], size=14, mark="–")
    # 6 glance
    s = new(dark=True)
    title(s, "Our priorities at a glance", colour=WHITE)
    for i, p in enumerate(PRIORITIES):
        x = int((1.6 + i * 6.2) * CM)
        box(s, x, int(4 * CM), int(5.8 * CM), int(9 * CM), TEAL if i % 2 == 0 else "455A64", shape=MSO_SHAPE.ROUNDED_RECTANGLE)
        text(s, x + int(0.3 * CM), int(4.4 * CM), int(5.2 * CM), int(8 * CM),
             [{"t": str(i + 1), "size": 30, "bold": True, "colour": WHITE}, {"t": p[0], "size": 13, "bold": True, "colour": WHITE}])
    # priorities
    for i, (name, why, dos, measure) in enumerate(PRIORITIES):
        s = new()
        box(s, int(1.2 * CM), int(0.9 * CM), int(0.3 * CM), int(3.4 * CM), TEAL)
        text(s, int(1.9 * CM), int(0.8 * CM), int(20 * CM), int(0.8 * CM),
             [{"t": f"PRIORITY {i + 1} OF {len(PRIORITIES)}", "size": 12, "bold": True, "colour": TEAL}])
        text(s, int(1.9 * CM), int(1.6 * CM), int(30 * CM), int(2.8 * CM), [{"t": name, "size": 28, "bold": True}])
        text(s, int(1.9 * CM), int(4.8 * CM), int(16 * CM), int(3 * CM), [why], size=14, colour=GREY)
        text(s, int(1.9 * CM), int(8.2 * CM), int(16 * CM), int(1 * CM), [{"t": "We will", "bold": True, "colour": TEAL, "size": 16}])
        bullets(s, int(1.9 * CM), int(9.2 * CM), int(16 * CM), int(6 * CM), dos, size=14)
        box(s, int(19.5 * CM), int(4.8 * CM), int(12.5 * CM), int(9.5 * CM), WHITE, line="B0BEC5")
        text(s, int(20 * CM), int(5.2 * CM), int(11.5 * CM), int(8.5 * CM),
             [{"t": "How we will measure progress", "bold": True, "colour": TEAL, "size": 15}, {"t": measure, "size": 14},
              {"t": "Lead", "bold": True, "colour": TEAL, "size": 15},
              {"t": ["Accommodation sub-group", "Employment sub-group", "Health and substance misuse sub-group",
                     "Women's sub-group", "Domestic abuse perpetrator sub-group"][i], "size": 14}])
    # governance
    s = new()
    title(s, "Governance and delivery")
    text(s, int(1.6 * CM), int(3.2 * CM), int(14 * CM), int(11 * CM), [
        "The Reducing Reoffending Board meets quarterly and reports to the Thames Valley Local Criminal Justice Board, "
        "chaired by the Police and Crime Commissioner.", "Each priority has a sub-group with an annual delivery plan."], size=14)
    text(s, int(17 * CM), int(3.2 * CM), int(15 * CM), int(1 * CM), [{"t": "Board members", "bold": True, "colour": TEAL, "size": 17}])
    bullets(s, int(17 * CM), int(4.4 * CM), int(15 * CM), int(10 * CM),
            ["Probation Service (South Central)", "Thames Valley Police", "Office of the Police and Crime Commissioner",
             "HM Prison and Probation Service prisons", "Local authorities (housing and community safety)",
             "NHS England health and justice commissioners", "Department for Work and Pensions", "Youth justice services"], size=13)
    # end
    s = new(dark=True)
    text(s, int(1.6 * CM), int(5 * CM), int(28 * CM), int(6 * CM),
         [{"t": "Contact", "size": 36, "bold": True, "colour": WHITE},
          {"t": "Thames Valley Reducing Reoffending Board, c/o Office of the Police and Crime Commissioner, Kidlington", "size": 14, "colour": WHITE},
          {"t": "reducingreoffending@thamesvalley.example", "size": 14, "colour": WHITE}])
    prs.save(path)
    return {"fw": 3, "ctx": 4, "appr": 5, "glance": 6, **{f"p{i}": 7 + i for i in range(len(PRIORITIES))},
            "gov": 7 + len(PRIORITIES), "end": 8 + len(PRIORITIES)}


def build(root):
    out = root / FILE
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "tv_reoffending.pptx"
        pages = make(src, {})
        make(src, pages)
        soffice_to_pdf(src, out)
    return out
