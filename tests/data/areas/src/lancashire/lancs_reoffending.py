"""Lancashire Reducing Reoffending Strategy 2023-2026: python-pptx deck (16:9) via LibreOffice.

All five priorities are stated on one slide, "Our five priorities" (p6): a
row per priority with a numbered square and the priority as a sentence.  The
delivery slides that follow (pp7-11) carry only short theme titles
("Accommodation", "Treatment", ...) under a "DELIVERING PRIORITY n" label.
The seven resettlement pathways (p5), the drivers of reoffending, the "What
we will do" bullets, the measures table and the board membership are
distractors.
"""
import datetime as dt
import tempfile
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Pt

from common import soffice_to_pdf

FILE = "strategies/lancashire_reducing_reoffending_strategy_2023-26.pdf"
TITLE = "Lancashire Reducing Reoffending Strategy 2023–2026"

PLUM, MINT, CREAM, WHITE, GREY, INK = "4A1942", "3DDC97", "FAF7F2", "FFFFFF", "6B6B6B", "222222"
W, H = Emu(12192000), Emu(6858000)
CM = 360000

PRIORITIES = [
    ("Make sure people leaving prison have somewhere safe and settled to live", "Accommodation",
     ["A Lancashire-wide protocol with every housing authority", "Housing planning to start twelve weeks before release",
      "More Community Accommodation Service places in Preston and East Lancashire"],
     "Settled accommodation on release and after three months", "Accommodation Group"),
    ("Get people whose offending is linked to drugs or alcohol into treatment", "Treatment",
     ["More Community Sentence Treatment Requirements", "Met at the gate and taken to the first appointment",
      "Drug testing on arrest and referral in every custody suite"],
     "Treatment started within three weeks of release", "Health and Substance Misuse Group"),
    ("Help people on probation into work, training and education", "Work",
     ["Employment hubs in probation offices", "Employer pledges to interview people with convictions",
      "Prison education linked to local skills shortages"],
     "Employment six weeks and six months after release", "Employment Group"),
    ("Hold domestic abuse perpetrators to account and change their behaviour", "Perpetrators",
     ["More places on accredited programmes such as Building Choices", "Joint police and probation management of "
                                                                       "high-harm perpetrators",
      "Perpetrator work linked to support for victims and children"],
     "Programme completions; repeat domestic abuse by people supervised", "Domestic Abuse Perpetrator Group"),
    ("Deliver a gender-informed approach for women in the justice system", "Women",
     ["Women's centres in Preston, Blackburn and Blackpool", "Diversion of women at the point of arrest where "
                                                             "appropriate",
      "Women-only reporting sessions"],
     "Women diverted; reoffending by women on community orders", "Women's Justice Group"),
]

PATHWAYS = ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
            "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]


def rgb(h):
    return RGBColor.from_string(h)


def box(slide, x, y, w, h, fill=None, line=None, shape=MSO_SHAPE.RECTANGLE):
    s = slide.shapes.add_shape(shape, Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(int(h)))
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


def text(slide, x, y, w, h, paras, size=16, colour=INK, bold=False, align=None, anchor=None):
    tb = slide.shapes.add_textbox(Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(int(h)))
    tf = tb.text_frame
    tf.word_wrap = True
    if anchor is not None:
        tf.vertical_anchor = anchor
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
        r.font.name = "Liberation Sans"
        r.font.color.rgb = rgb(p.get("colour", colour))
    return tb


def frame(slide, n):
    box(slide, 0, 0, W, H, CREAM)
    box(slide, 0, H - int(0.9 * CM), W, int(0.9 * CM), PLUM)
    text(slide, int(1.2 * CM), H - int(0.85 * CM), int(24 * CM), int(0.8 * CM),
         ["Lancashire Reducing Reoffending Strategy 2023–2026  ·  Lancashire Criminal Justice Board"], size=9,
         colour=WHITE)
    text(slide, W - int(4.4 * CM), H - int(0.85 * CM), int(3.2 * CM), int(0.8 * CM), [f"Slide {n}"], size=10,
         colour=MINT, bold=True, align=PP_ALIGN.RIGHT)


def title(slide, t, colour=PLUM):
    text(slide, int(1.2 * CM), int(0.8 * CM), int(30 * CM), int(2 * CM), [t], size=28, colour=colour, bold=True)


def bullets(slide, x, y, w, h, items, size=14, colour=INK, mark="•"):
    return text(slide, x, y, w, h, [{"t": f"{mark}  {i}", "after": 8} for i in items], size=size, colour=colour)


def make(path, pages):
    prs = Presentation()
    prs.slide_width, prs.slide_height = W, H
    cp = prs.core_properties
    cp.title, cp.author = TITLE, "Lancashire Criminal Justice Board"
    cp.created = cp.modified = dt.datetime(2024, 4, 1, 9, 0, 0)
    cp.revision = 1
    blank = prs.slide_layouts[6]
    n = 0

    def new():
        nonlocal n
        n += 1
        s = prs.slides.add_slide(blank)
        if n > 1:
            frame(s, n)
        return s

    # 1 title
    s = new()
    box(s, 0, 0, W, H, PLUM)
    box(s, 0, int(12.2 * CM), W, int(0.5 * CM), MINT)
    box(s, int(24 * CM), int(2 * CM), int(7 * CM), int(7 * CM), "6B2D61", shape=MSO_SHAPE.ROUNDED_RECTANGLE)
    text(s, int(1.8 * CM), int(1.6 * CM), int(20 * CM), int(1 * CM), ["LANCASHIRE CRIMINAL JUSTICE BOARD"], size=12,
         colour=MINT, bold=True)
    text(s, int(1.8 * CM), int(4.2 * CM), int(21 * CM), int(6 * CM),
         [{"t": "Reducing Reoffending Strategy", "size": 38, "bold": True, "colour": WHITE},
          {"t": "2023–2026", "size": 26, "colour": WHITE}])
    text(s, int(1.8 * CM), int(14 * CM), int(28 * CM), int(2 * CM),
         ["Probation Service (North West) · Lancashire Constabulary · Office of the Police and Crime Commissioner · "
          "HM Prison and Probation Service · Councils · NHS"], size=11, colour="E2D3DF")
    # 2 contents
    s = new()
    title(s, "Contents")
    items = [("Foreword", "fw"), ("Reoffending in Lancashire", "ctx"), ("The seven pathways", "pth"),
             ("Our five priorities", "pri")]
    items += [(f"Delivering priority {i + 1}", f"d{i}") for i in range(len(PRIORITIES))]
    items += [("Measuring success", "kpi"), ("Governance", "gov")]
    text(s, int(1.6 * CM), int(3.2 * CM), int(20 * CM), int(12 * CM),
         [{"t": t, "size": 14, "colour": PLUM if not t.startswith("Delivering") else GREY, "after": 5,
           "bold": not t.startswith("Delivering")} for t, _ in items])
    text(s, int(22 * CM), int(3.2 * CM), int(3 * CM), int(12 * CM),
         [{"t": str(pages.get(k, 0)), "size": 14, "colour": PLUM if not t.startswith("Delivering") else GREY,
           "after": 5, "bold": not t.startswith("Delivering")} for t, k in items], align=PP_ALIGN.RIGHT)
    # 3 foreword
    s = new()
    title(s, "Foreword")
    text(s, int(1.6 * CM), int(3.2 * CM), int(18.5 * CM), int(12 * CM), [
        "Almost half of the people released from short prison sentences in Lancashire go on to reoffend within a year "
        "(illustrative). Every one of those offences means another victim.",
        "This strategy belongs to the Lancashire Criminal Justice Board. It covers Lancashire, Blackpool and Blackburn "
        "with Darwen and sets five priorities where partners can make the biggest difference together.",
        "It builds on the work of the Probation Service, the community safety partnerships' duty to reduce reoffending "
        "and the Police and Crime Commissioner's commissioning.",
        "Chair, Lancashire Reducing Reoffending Board"], size=13)
    box(s, int(21.5 * CM), int(3.2 * CM), int(10.5 * CM), int(10.5 * CM), PLUM)
    text(s, int(22.1 * CM), int(4 * CM), int(9.3 * CM), int(9 * CM),
         [{"t": "“A key, a job and someone who believes in you.”", "size": 20, "bold": True, "colour": WHITE},
          {"t": "Person on probation, Burnley", "size": 11, "colour": "E2D3DF"}])
    # 4 context
    s = new()
    title(s, "Reoffending in Lancashire")
    stats = [("26.4%", "adult proven reoffending rate"), ("11,200", "people supervised by probation"),
             ("1 in 7", "released from prison with nowhere to live"), ("61%", "have a drug or alcohol need"),
             ("19%", "in work six months after release"), ("14%", "of the caseload are women")]
    for i, (v, c) in enumerate(stats):
        x = (1.6 + (i % 3) * 10.4) * CM
        y = (3.4 + (i // 3) * 5.2) * CM
        box(s, x, y, 9.8 * CM, 4.6 * CM, WHITE, line="D8CFD6", shape=MSO_SHAPE.ROUNDED_RECTANGLE)
        text(s, x + 0.5 * CM, y + 0.5 * CM, 9 * CM, 4 * CM,
             [{"t": v, "size": 30, "bold": True, "colour": PLUM}, {"t": c, "size": 13}])
    text(s, 1.6 * CM, 14 * CM, 28 * CM, 1 * CM, ["All figures are illustrative, not official statistics."], size=10,
         colour=GREY)
    # 5 pathways
    s = new()
    title(s, "The seven pathways")
    text(s, 1.6 * CM, 3.1 * CM, 29 * CM, 1.6 * CM,
         ["National resettlement policy groups the needs of people leaving prison into seven pathways. We use them to "
          "assess need; our priorities are where Lancashire needs to improve most."], size=13, colour=GREY)
    for i, pth in enumerate(PATHWAYS):
        x = (1.6 + (i % 4) * 7.6) * CM
        y = (5.4 + (i // 4) * 4.4) * CM
        box(s, x, y, 7.1 * CM, 3.8 * CM, WHITE, line="D8CFD6")
        box(s, x, y, 0.35 * CM, 3.8 * CM, MINT)
        text(s, x + 0.7 * CM, y + 0.4 * CM, 6.2 * CM, 3.2 * CM, [{"t": pth, "size": 14, "bold": True,
                                                                 "colour": PLUM}])
    # 6 priorities
    s = new()
    title(s, "Our five priorities")
    for i, p in enumerate(PRIORITIES):
        y = (3.3 + i * 2.2) * CM
        box(s, 1.6 * CM, y, 1.6 * CM, 1.6 * CM, PLUM)
        text(s, 1.6 * CM, y, 1.6 * CM, 1.6 * CM, [{"t": str(i + 1), "size": 20, "bold": True, "colour": MINT}],
             align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
        text(s, 3.8 * CM, y, 27 * CM, 1.6 * CM, [{"t": p[0], "size": 18, "bold": True, "colour": INK}],
             anchor=MSO_ANCHOR.MIDDLE)
    # delivery slides
    for i, (name, short, dos, measure, lead) in enumerate(PRIORITIES):
        s = new()
        text(s, 1.2 * CM, 0.7 * CM, 20 * CM, 0.9 * CM, [{"t": f"DELIVERING PRIORITY {i + 1}", "size": 12,
                                                         "bold": True, "colour": "2BAF78"}])
        text(s, 1.2 * CM, 1.5 * CM, 28 * CM, 1.8 * CM, [{"t": short, "size": 30, "bold": True, "colour": PLUM}])
        text(s, 1.6 * CM, 4.2 * CM, 16 * CM, 1 * CM, [{"t": "What we will do", "bold": True, "colour": PLUM,
                                                       "size": 16}])
        bullets(s, 1.6 * CM, 5.3 * CM, 16 * CM, 8 * CM, dos, size=14)
        box(s, 19.5 * CM, 4.2 * CM, 12.2 * CM, 9.6 * CM, WHITE, line="D8CFD6")
        text(s, 20 * CM, 4.6 * CM, 11.2 * CM, 9 * CM,
             [{"t": "How we will know", "bold": True, "colour": PLUM, "size": 15}, {"t": measure, "size": 13},
              {"t": "Lead", "bold": True, "colour": PLUM, "size": 15}, {"t": lead, "size": 13}])
    # measures
    s = new()
    title(s, "Measuring success")
    rows = [("Measure", "Baseline", "Ambition 2026"), ("Adult proven reoffending rate", "26.4%", "23%"),
            ("Settled accommodation on release", "68%", "85%"), ("Treatment within three weeks of release", "34%", "60%"),
            ("Employment six months after release", "19%", "28%"), ("Women diverted at arrest", "160", "260")]
    tbl = s.shapes.add_table(len(rows), 3, Emu(int(1.6 * CM)), Emu(int(3.4 * CM)), Emu(int(26 * CM)),
                             Emu(int(8 * CM))).table
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = val
            run = cell.text_frame.paragraphs[0].runs[0]
            run.font.size = Pt(13)
            run.font.name = "Liberation Sans"
            run.font.bold = r == 0
    text(s, 1.6 * CM, 12.4 * CM, 28 * CM, 1 * CM, ["Baselines and ambitions are illustrative."], size=10, colour=GREY)
    # governance
    s = new()
    title(s, "Governance")
    text(s, 1.6 * CM, 3.2 * CM, 14 * CM, 11 * CM, [
        "The Reducing Reoffending Board meets quarterly and reports to the Lancashire Criminal Justice Board, which is "
        "chaired by the Police and Crime Commissioner.",
        "Each priority has a delivery group with an annual action plan. Community safety partnerships report their local "
        "reoffending work to the board."], size=13)
    text(s, 17 * CM, 3.2 * CM, 15 * CM, 1 * CM, [{"t": "Board members", "bold": True, "colour": PLUM, "size": 16}])
    bullets(s, 17 * CM, 4.4 * CM, 14.5 * CM, 10 * CM,
            ["Probation Service (North West)", "Lancashire Constabulary", "Office of the Police and Crime Commissioner",
             "HMP Preston, HMP Lancaster Farms, HMP Garth and HMP Wymott", "Housing and community safety leads",
             "NHS England health and justice", "Department for Work and Pensions", "Voluntary sector providers"], size=12)
    # back
    s = new()
    box(s, 0, 0, W, H, PLUM)
    text(s, 1.6 * CM, 5 * CM, 28 * CM, 6 * CM,
         [{"t": "Contact", "size": 34, "bold": True, "colour": WHITE},
          {"t": "Lancashire Reducing Reoffending Board, c/o Office of the Police and Crime Commissioner, Preston",
           "size": 14, "colour": WHITE}, {"t": "reducingreoffending@lancashire-pcc.example", "size": 14,
                                          "colour": WHITE}])
    prs.save(path)
    k = len(PRIORITIES)
    return {"fw": 3, "ctx": 4, "pth": 5, "pri": 6, **{f"d{i}": 7 + i for i in range(k)}, "kpi": 7 + k, "gov": 8 + k}


def build(root):
    out = root / FILE
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "lancs_reoffending.pptx"
        pages = make(src, {})
        make(src, pages)
        soffice_to_pdf(src, out)
    return out
