"""Safer Trafford Partnership: Community Safety Plan on a Page 2025-2028 (python-pptx -> LibreOffice).

A landscape A4 "plan on a page" made in PowerPoint by the council's community safety team: two slides.
Slide 1 (the front, p1) has a red title band, the vision, then **four coloured column heads, each a priority
in bold white**, with three short "we will" bullets under each, and a grey strip of headline measures along the
foot.  Slide 2 (the back, p2) has the evidence figures, the 2022-2025 priorities, the Mayor's seven priorities,
governance and contacts.  No contents page (a two-sided summary).  Gold page 1.
"""
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Cm, Pt

import common
from greater_manchester_boroughs import mayor
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/safer_trafford_community_safety_plan_on_a_page_2025-28.pdf"
RED, DARK, GREY = "C4122F", "2E2E38", "EDEDED"
COLS = ["C4122F", "1F5C99", "6A2C91", "2E7D32"]

PRIORITIES = [
    ("Making our roads safer", ["Speed and dangerous driving operations on the A56 and A6144",
                                "Seize illegal off-road bikes and e-scooters",
                                "Road safety lessons in every primary school"]),
    ("Reducing neighbourhood crime, retail crime and anti-social behaviour",
     ["Retail crime partnership for Altrincham, Sale and Stretford", "Burglary prevention visits after every burglary",
      "ASB case reviews completed within 20 days"]),
    ("Tackling violence against women and girls", ["Walk-and-talk safety audits with women and girls",
                                                   "Ask for Angela in every licensed venue",
                                                   "Healthy relationships work in secondary schools"]),
    ("Supporting people with mental health needs in crisis", ["Street triage with police and NHS mental health teams",
                                                             "Right Care, Right Person: agreed hand-offs",
                                                             "Safe havens open in the evening"]),
]


def hexc(h):
    return RGBColor.from_string(h)


def textbox(slide, x, y, w, h, paras, fill=None, line=None, margin=0.25):
    """paras: list of (text, size, bold, colour, align)."""
    shp = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Cm(x), Cm(y), Cm(w), Cm(h))
    if fill:
        shp.fill.solid()
        shp.fill.fore_color.rgb = hexc(fill)
    else:
        shp.fill.background()
    if line:
        shp.line.color.rgb = hexc(line)
    else:
        shp.line.fill.background()
    shp.shadow.inherit = False
    tf = shp.text_frame
    tf.word_wrap = True
    tf.margin_left = tf.margin_right = Cm(margin)
    tf.margin_top = tf.margin_bottom = Cm(0.15)
    from pptx.enum.text import MSO_ANCHOR
    tf.vertical_anchor = MSO_ANCHOR.TOP
    for k, (text, size, bold, colour, align) in enumerate(paras):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = align
        r = p.add_run()
        r.text = text
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = "Liberation Sans"
        r.font.color.rgb = hexc(colour)
    return shp


L = PP_ALIGN.LEFT


def front(prs):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s, 0, 0, 29.7, 2.6, [], fill=RED)
    textbox(s, 0, 0, 23.8, 2.6, [("Safer Trafford Partnership  ·  Community Safety Plan on a Page 2025–2028", 18, True,
                                 "FFFFFF", L),
                                ("Trafford Council · Greater Manchester Police · GMFRS · Probation · NHS GM (Trafford)",
                                 10, False, "FFFFFF", L)], fill=RED, margin=0.8)
    textbox(s, 24.4, 0.45, 4.8, 1.7, [("TRAFFORD", 14, True, RED, PP_ALIGN.CENTER),
                                      ("Council", 9, False, DARK, PP_ALIGN.CENTER)], fill="FFFFFF")
    textbox(s, 0.8, 3.0, 28.1, 1.3, [("Our vision: ", 12, True, RED, L)], margin=0.1)
    s.shapes[-1].text_frame.paragraphs[0].add_run().text = ("a borough where people feel safe at home, on the "
                                                           "streets, on the roads and online.")
    r = s.shapes[-1].text_frame.paragraphs[0].runs[1]
    r.font.size, r.font.name = Pt(12), "Liberation Sans"
    r.font.color.rgb = hexc(DARK)
    textbox(s, 0.8, 4.2, 28.1, 0.9, [("Our four priorities for 2025 to 2028", 13, True, DARK, L)], margin=0.1)
    x = 0.8
    for (title, items), col in zip(PRIORITIES, COLS):
        textbox(s, x, 5.2, 6.8, 2.9, [(title, 13, True, "FFFFFF", L)], fill=col)
        textbox(s, x, 8.2, 6.8, 6.4, [("We will:", 10, True, col, L)] +
                [("• " + it, 10, False, DARK, L) for it in items], fill="F7F7F7", line="D0D0D0")
        x += 7.1
    textbox(s, 0.8, 15.0, 28.1, 0.8, [("How we will know (illustrative baselines)", 11, True, DARK, L)], margin=0.1)
    meas = [("Killed or seriously injured on our roads", "62 → 50"), ("Shop theft offences", "2,300 → 2,000"),
            ("Women who feel safe after dark", "52% → 60%"), ("Mental health crisis calls to police", "4,100 → 3,500")]
    x = 0.8
    for label, val in meas:
        textbox(s, x, 15.9, 6.8, 2.4, [(val, 16, True, RED, L), (label, 9, False, DARK, L)], fill=GREY)
        x += 7.1
    textbox(s, 0.8, 18.8, 28.1, 1.2, [("Cross-cutting: listening to victims · early help · sharing information "
                                       "safely · tackling inequality", 9, False, "595959", L)], margin=0.1)


def back(prs):
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s, 0, 0, 29.7, 1.8, [("Why these priorities, and how the plan fits", 18, True, "FFFFFF", L)], fill=DARK,
            margin=0.8)
    textbox(s, 0.8, 2.3, 9.0, 9.0, [("Trafford in numbers (illustrative)", 12, True, RED, L),
                                    ("• 236,000 residents", 10, False, DARK, L),
                                    ("• 15,900 crimes recorded, down 3%", 10, False, DARK, L),
                                    ("• 62 people killed or seriously injured on the roads", 10, False, DARK, L),
                                    ("• Shop theft up 21% in Altrincham town centre", 10, False, DARK, L),
                                    ("• 4,100 mental health related calls to GMP", 10, False, DARK, L),
                                    ("• 2,900 domestic abuse crimes", 10, False, DARK, L)], fill=GREY)
    textbox(s, 10.3, 2.3, 9.0, 9.0, [("Our 2022–2025 priorities", 12, True, RED, L),
                                     ("• Protecting vulnerable people", 10, False, DARK, L),
                                     ("• Reducing crime", 10, False, DARK, L),
                                     ("• Tackling anti-social behaviour", 10, False, DARK, L),
                                     ("• Reducing reoffending", 10, False, DARK, L)], fill=GREY)
    textbox(s, 19.8, 2.3, 9.1, 9.0, [("The Mayor's Police, Fire and Crime Plan", 12, True, RED, L)] +
            [(f"{k}. {h}", 9, False, DARK, L) for k, h in enumerate(mayor.HEADINGS, 1)], fill=GREY)
    textbox(s, 0.8, 11.9, 13.8, 6.0, [("Governance", 12, True, RED, L),
                                      ("The Safer Trafford Partnership board meets quarterly and reports to the "
                                       "Trafford Partnership and the council's Scrutiny Committee. Each priority "
                                       "has a lead officer and a delivery group.", 10, False, DARK, L)], fill="FFFFFF",
            line="D0D0D0")
    textbox(s, 15.1, 11.9, 13.8, 6.0, [("Contact us", 12, True, RED, L),
                                       ("Community Safety team, Trafford Council", 10, False, DARK, L),
                                       ("Email: community.safety@trafford.example", 10, False, DARK, L),
                                       ("In an emergency call 999. Report non-emergencies on 101.", 10, False, DARK,
                                        L)], fill="FFFFFF", line="D0D0D0")


def build(out_root):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(29.7), Cm(21.0)
    cp = prs.core_properties
    cp.title = "Safer Trafford Partnership: Community Safety Plan on a Page 2025–2028"
    cp.author = cp.last_modified_by = "Trafford Council"
    cp.created = cp.modified = W.FIXED
    cp.revision = 2
    front(prs)
    back(prs)
    src = W.work_file("safer_trafford_community_safety_plan_on_a_page_2025-28.pptx")
    prs.save(str(src))
    W.fix_zip(src)
    out = out_root / FILE
    common.soffice_to_pdf(src, out)
    return out
