"""Devon and Cornwall Reducing Reoffending Strategy 2023-2026: python-pptx deck via LibreOffice.

16:9 slides; after an "at a glance" slide, one priority per slide with a big
number in a circle beside the slide title.  The "what drives reoffending"
factors, principles, the measures table and the board membership are
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

FILE = "strategies/devon_cornwall_reducing_reoffending_strategy_2023-26.pdf"
TITLE = "Devon and Cornwall Reducing Reoffending Strategy 2023–2026"

NAVY, AMBER, PAPER, WHITE, GREY, INK = "1C2E4A", "F0A202", "F7F7F2", "FFFFFF", "6B7280", "1F2937"
W, H = Emu(12192000), Emu(6858000)
CM = 360000

PRIORITIES = [
    ("A home to go to: accommodation for people leaving prison",
     "People released from prison with nowhere to live are around twice as likely to reoffend (illustrative). Housing "
     "shortages in coastal and rural areas make this harder here than in most of England.",
     ["Agree a peninsula-wide protocol with every housing authority",
      "Expand Community Accommodation Service places in Cornwall and Torbay",
      "Start housing planning at least twelve weeks before release"],
     "Settled accommodation on the first night and after three months"),
    ("Getting people who offend into drug and alcohol treatment",
     "Most people on probation have a drug or alcohol need. Treatment reduces offending, but too few people leaving "
     "prison start treatment in the community.",
     ["Use Community Sentence Treatment Requirements more often",
      "Make sure prison leavers are met at the gate and taken to their first appointment",
      "Offer drug testing on arrest and referral to treatment in every custody suite"],
     "Treatment starts within three weeks of release; CSTRs made"),
    ("Routes into work, training and education",
     "A job is one of the strongest protections against reoffending, but seasonal and low-paid work makes stable "
     "employment hard to find.",
     ["Employment hubs in probation offices with work coaches",
      "Employer pledges to offer interviews to people with convictions",
      "Prison education linked to local skills shortages such as construction and hospitality"],
     "Employment six weeks and six months after release"),
    ("Changing the behaviour of domestic abuse perpetrators",
     "Domestic abuse perpetrators make up a large and growing share of the probation caseload. Many go on to harm new "
     "partners unless their behaviour changes.",
     ["More places on accredited programmes such as Building Choices",
      "Joint management of high-harm perpetrators by police and probation",
      "Link perpetrator work to support for victims and children"],
     "Programme completions; repeat domestic abuse by people supervised"),
    ("A distinct approach for women in the justice system",
     "Women who offend often have histories of abuse and trauma, and short sentences can cost them their homes and "
     "their children.",
     ["Women's centres in Plymouth, Exeter and Truro",
      "Diversion of women at the point of arrest where appropriate",
      "Women-only reporting sessions and specialist supervision"],
     "Women diverted; reoffending by women on community orders"),
]


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
        r.font.name = "DejaVu Sans"
        r.font.color.rgb = rgb(p.get("colour", colour))
    return tb


def frame(slide, n):
    box(slide, 0, 0, W, H, PAPER)
    box(slide, 0, 0, W, int(0.35 * CM), AMBER)
    text(slide, int(1.2 * CM), H - int(1.1 * CM), int(22 * CM), int(0.8 * CM),
         ["Devon and Cornwall Reducing Reoffending Strategy 2023–2026  |  Local Criminal Justice Board"], size=9, colour=GREY)
    text(slide, W - int(3.4 * CM), H - int(1.1 * CM), int(2.2 * CM), int(0.8 * CM), [f"{n}"], size=11, colour=NAVY,
         bold=True, align=PP_ALIGN.RIGHT)


def title(slide, t, colour=NAVY):
    text(slide, int(1.2 * CM), int(0.9 * CM), int(30 * CM), int(2 * CM), [t], size=28, colour=colour, bold=True)


def bullets(slide, x, y, w, h, items, size=14, colour=INK, mark="•"):
    return text(slide, x, y, w, h, [{"t": f"{mark}  {i}", "after": 8} for i in items], size=size, colour=colour)


def make(path, pages):
    prs = Presentation()
    prs.slide_width, prs.slide_height = W, H
    cp = prs.core_properties
    cp.title, cp.author = TITLE, "Devon and Cornwall Local Criminal Justice Board"
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
    box(s, 0, 0, W, H, NAVY)
    box(s, int(21 * CM), 0, W - int(21 * CM), H, "24395C")
    box(s, int(23 * CM), int(3 * CM), int(8 * CM), int(8 * CM), AMBER, shape=MSO_SHAPE.OVAL)
    text(s, int(1.8 * CM), int(1.6 * CM), int(18 * CM), int(1 * CM), ["DEVON AND CORNWALL LOCAL CRIMINAL JUSTICE BOARD"],
         size=12, colour=AMBER, bold=True)
    text(s, int(1.8 * CM), int(4.2 * CM), int(19 * CM), int(6 * CM),
         [{"t": "Reducing Reoffending", "size": 40, "bold": True, "colour": WHITE},
          {"t": "Strategy 2023–2026", "size": 28, "colour": WHITE}])
    text(s, int(1.8 * CM), int(14 * CM), int(18 * CM), int(2 * CM),
         ["Probation Service (South West) · Devon and Cornwall Police · Office of the Police and Crime Commissioner · "
          "Local authorities · NHS"], size=11, colour="C7D2E3")
    # 2 contents
    s = new()
    title(s, "Contents")
    items = [("Foreword", "fw"), ("Reoffending in Devon and Cornwall", "ctx"), ("What drives reoffending", "drv"),
             ("Our priorities at a glance", "gl")]
    items += [(f"      {p[0]}", f"p{i}") for i, p in enumerate(PRIORITIES)]
    items += [("Measuring success", "kpi"), ("Governance", "gov")]
    lines = []
    for t, k in items:
        sub = t.startswith(" ")
        lines.append({"t": f"{t.strip() if not sub else '–  ' + t.strip()}", "size": 12 if sub else 15, "bold": not sub,
                      "colour": GREY if sub else NAVY, "after": 5})
    text(s, int(1.6 * CM), int(3.2 * CM), int(24 * CM), int(12 * CM), lines)
    text(s, int(26 * CM), int(3.2 * CM), int(3 * CM), int(12 * CM),
         [{"t": str(pages.get(k, 0)), "size": 12 if t.startswith(" ") else 15, "bold": not t.startswith(" "),
           "colour": GREY if t.startswith(" ") else NAVY, "after": 5} for t, k in items], align=PP_ALIGN.RIGHT)
    # 3 foreword
    s = new()
    title(s, "Foreword")
    text(s, int(1.6 * CM), int(3.2 * CM), int(19 * CM), int(12 * CM), [
        "Around half of all crime is committed by people who have offended before. Reducing reoffending means fewer "
        "victims, safer communities and lower costs for the public purse.",
        "This strategy is owned by the Devon and Cornwall Local Criminal Justice Board. It covers Devon, Cornwall, "
        "Plymouth, Torbay and the Isles of Scilly, and sets five priorities where partners working together can make "
        "the biggest difference.",
        "It builds on the work of the Probation Service since unification in 2021, and on the community safety "
        "partnerships' duty to reduce reoffending.",
        "Chair, Reducing Reoffending Board"], size=13)
    box(s, int(22 * CM), int(3.2 * CM), int(10 * CM), int(11 * CM), NAVY)
    text(s, int(22.6 * CM), int(4 * CM), int(8.8 * CM), int(9 * CM),
         [{"t": "“Somewhere to live, something to do and someone to believe in you.”", "size": 19, "bold": True,
           "colour": WHITE}, {"t": "Person on probation, Plymouth", "size": 11, "colour": "C7D2E3"}])
    # 4 context
    s = new()
    title(s, "Reoffending in Devon and Cornwall")
    stats = [("25.1%", "adult proven reoffending rate"), ("9,400", "people supervised by probation"),
             ("1 in 6", "released from prison homeless"), ("64%", "have a drug or alcohol need"),
             ("21%", "in work six months after release"), ("13%", "of the caseload are women")]
    for i, (v, c) in enumerate(stats):
        x = (1.6 + (i % 3) * 10.4) * CM
        y = (3.4 + (i // 3) * 5.4) * CM
        box(s, x, y, 9.8 * CM, 4.8 * CM, WHITE, line="D1D5DB", shape=MSO_SHAPE.ROUNDED_RECTANGLE)
        text(s, x + 0.5 * CM, y + 0.5 * CM, 9 * CM, 4 * CM,
             [{"t": v, "size": 30, "bold": True, "colour": NAVY}, {"t": c, "size": 13}])
    text(s, 1.6 * CM, 14.4 * CM, 28 * CM, 1 * CM, ["All figures are illustrative, not official statistics."], size=10,
         colour=GREY)
    # 5 drivers
    s = new()
    title(s, "What drives reoffending")
    text(s, 1.6 * CM, 3.2 * CM, 14.5 * CM, 1 * CM, [{"t": "Factors linked to reoffending", "bold": True, "colour": NAVY,
                                                    "size": 16}])
    bullets(s, 1.6 * CM, 4.4 * CM, 14.5 * CM, 10 * CM,
            ["Homelessness and unstable housing", "Drug and alcohol misuse", "Unemployment and debt",
             "Poor mental health", "Family breakdown", "Pro-criminal attitudes and peers"], mark="–")
    text(s, 17 * CM, 3.2 * CM, 15 * CM, 1 * CM, [{"t": "Our principles", "bold": True, "colour": NAVY, "size": 16}])
    bullets(s, 17 * CM, 4.4 * CM, 14.5 * CM, 10 * CM,
            ["Focus on the people who cause most harm", "Support desistance, not just risk management",
             "Involve people with lived experience", "Use evidence of what works", "Treat people with respect"])
    # 6 glance
    s = new()
    box(s, 0, int(0.35 * CM), W, int(2.8 * CM), NAVY)
    title(s, "Our priorities at a glance", colour=WHITE)
    for i, p in enumerate(PRIORITIES):
        x = (1.4 + i * 6.2) * CM
        box(s, x, 4 * CM, 5.8 * CM, 9.5 * CM, WHITE, line="D1D5DB")
        box(s, x, 4 * CM, 5.8 * CM, 0.4 * CM, AMBER)
        text(s, x + 0.3 * CM, 4.8 * CM, 5.2 * CM, 8 * CM,
             [{"t": f"0{i + 1}", "size": 26, "bold": True, "colour": AMBER}, {"t": p[0], "size": 12, "bold": True,
                                                                              "colour": NAVY}])
    # priorities
    for i, (name, why, dos, measure) in enumerate(PRIORITIES):
        s = new()
        box(s, 1.2 * CM, 1.0 * CM, 2.6 * CM, 2.6 * CM, AMBER, shape=MSO_SHAPE.OVAL)
        text(s, 1.2 * CM, 1.0 * CM, 2.6 * CM, 2.6 * CM, [{"t": str(i + 1), "size": 34, "bold": True, "colour": NAVY}],
             align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
        text(s, 4.4 * CM, 1.0 * CM, 27 * CM, 2.8 * CM, [{"t": name, "size": 25, "bold": True, "colour": NAVY}],
             anchor=MSO_ANCHOR.MIDDLE)
        text(s, 1.6 * CM, 4.6 * CM, 16 * CM, 3.2 * CM, [why], size=13, colour=GREY)
        text(s, 1.6 * CM, 8.2 * CM, 16 * CM, 1 * CM, [{"t": "What we will do", "bold": True, "colour": NAVY, "size": 15}])
        bullets(s, 1.6 * CM, 9.2 * CM, 16 * CM, 6 * CM, dos, size=13)
        box(s, 19.5 * CM, 4.6 * CM, 12.4 * CM, 9.8 * CM, WHITE, line="D1D5DB")
        text(s, 20 * CM, 5.0 * CM, 11.4 * CM, 9 * CM,
             [{"t": "How we will know", "bold": True, "colour": NAVY, "size": 15}, {"t": measure, "size": 13},
              {"t": "Lead", "bold": True, "colour": NAVY, "size": 15},
              {"t": ["Accommodation Group", "Health and Substance Misuse Group", "Employment Group",
                     "Domestic Abuse Perpetrator Group", "Women's Justice Group"][i], "size": 13}])
    # measures
    s = new()
    title(s, "Measuring success")
    rows = [("Measure", "Baseline", "Ambition 2026"), ("Adult proven reoffending rate", "25.1%", "22%"),
            ("Settled accommodation on release", "71%", "85%"), ("Treatment within three weeks of release", "36%", "60%"),
            ("Employment six months after release", "21%", "30%"), ("Women diverted at arrest", "140", "250")]
    tbl = s.shapes.add_table(len(rows), 3, Emu(int(1.6 * CM)), Emu(int(3.4 * CM)), Emu(int(26 * CM)),
                             Emu(int(8 * CM))).table
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = val
            run = cell.text_frame.paragraphs[0].runs[0]
            run.font.size = Pt(13)
            run.font.name = "DejaVu Sans"
            run.font.bold = r == 0
    text(s, 1.6 * CM, 12.6 * CM, 28 * CM, 1 * CM, ["Baselines and ambitions are illustrative."], size=10, colour=GREY)
    # governance
    s = new()
    title(s, "Governance")
    text(s, 1.6 * CM, 3.2 * CM, 14 * CM, 11 * CM, [
        "The Reducing Reoffending Board meets quarterly and reports to the Local Criminal Justice Board, which is "
        "chaired by the Police and Crime Commissioner.",
        "Each priority has a delivery group with an annual action plan. Community safety partnerships report their local "
        "reoffending work to the board."], size=13)
    text(s, 17 * CM, 3.2 * CM, 15 * CM, 1 * CM, [{"t": "Board members", "bold": True, "colour": NAVY, "size": 16}])
    bullets(s, 17 * CM, 4.4 * CM, 14.5 * CM, 10 * CM,
            ["Probation Service (South West)", "Devon and Cornwall Police", "Office of the Police and Crime Commissioner",
             "HMP Exeter, HMP Channings Wood and HMP Dartmoor", "Local authority housing and community safety leads",
             "NHS England health and justice", "Department for Work and Pensions", "Voluntary sector providers"], size=12)
    # end
    s = new()
    box(s, 0, 0, W, H, NAVY)
    text(s, 1.6 * CM, 5 * CM, 28 * CM, 6 * CM,
         [{"t": "Contact", "size": 34, "bold": True, "colour": WHITE},
          {"t": "Reducing Reoffending Board, c/o Office of the Police and Crime Commissioner, Exeter", "size": 14,
           "colour": WHITE}, {"t": "reducingreoffending@devoncornwall-pcc.example", "size": 14, "colour": WHITE}])
    prs.save(path)
    k = len(PRIORITIES)
    return {"fw": 3, "ctx": 4, "drv": 5, "gl": 6, **{f"p{i}": 7 + i for i in range(k)}, "kpi": 7 + k, "gov": 8 + k}


def build(root):
    out = root / FILE
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "dc_reoffending.pptx"
        pages = make(src, {})
        make(src, pages)
        soffice_to_pdf(src, out)
    return out
