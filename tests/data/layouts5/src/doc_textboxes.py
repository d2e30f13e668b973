"""word_textbox_priorities: a Word VAWG strategy whose only statement of the priorities is four floating shapes.

Page 3 ("Our priorities") has a one-line introduction; the four priorities are rounded rectangles (wps:wsp with
w:txbxContent) in a 2 x 2 grid, each with a separate numbered circle shape, under an ellipse holding the vision.
Word writes every shape twice, as DrawingML (mc:Choice) and as VML (mc:Fallback), so each priority's text is in
document.xml twice, and none of it is in a body paragraph. Other text boxes hold distractors: a helpline panel on
the cover, a survivor's quote (p2), the Home Office's national VAWG priorities (p4) and the Duty to Collaborate
note (p4). The body text on p4 refers to the priorities only as P1 to P4.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import common
from docx_extra import shape_run
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "word_textbox_priorities"
TITLE = "Harrowfield Violence Against Women and Girls Strategy 2025-2029"
AUTHOR = "Safer Harrowfield Partnership"
ACCENT = "5B2A86"

PRIORITIES = [
    "Preventing violence against women and girls (VAWG) before it starts",
    "Supporting survivors, including children affected by domestic abuse",
    "Pursuing perpetrators and improving the criminal justice response",
    "Making public spaces and the night-time economy (NTE) safer",
]
FILLS = ["5B2A86", "8E3B8A", "2F5F8A", "1F7A6D"]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, AUTHOR, font="Liberation Sans", size=10.5, accent=ACCENT, heading_sizes=(18, 13, 11.5))
    sec = doc.sections[0]
    set_header(sec, "Harrowfield VAWG Strategy 2025\u20132029", size=8.5, color=ACCENT)
    set_footer(sec, "Safer Harrowfield Partnership")
    sid = iter(range(1, 100))

    # ---- page 1: cover with a helpline text box
    para(doc, "", space_after=70)
    doc.add_paragraph("Harrowfield Violence Against Women and Girls Strategy", style="Title")
    doc.add_paragraph("2025\u20132029", style="Subtitle")
    anchor = para(doc, "Safer Harrowfield Partnership", bold=True, size=13, color=ACCENT, space_before=20)
    shape_run(anchor, shape_id=next(sid), name="Text Box 1", x_cm=2.2, y_cm=19.5, w_cm=16.6, h_cm=4.2,
              fill="F3EEF8", line=ACCENT, text_box=True, anchor="t", paras=[
                  ("Get help now", 13, True, ACCENT, "left"),
                  ("In an emergency call 999. If you cannot speak, press 55 when prompted.", 10, False, "222222",
                   "left"),
                  ("Harrowfield Domestic Abuse Service: 0800 917 3307 (24 hours, free)", 10, False, "222222", "left"),
                  ("Rape and Sexual Abuse Support Centre: 0808 802 9999", 10, False, "222222", "left"),
              ])
    page_break(doc)

    # ---- page 2: foreword and context, with a quote text box
    doc.add_heading("Foreword", 1)
    para(doc, "One in four women in Harrowfield will experience domestic abuse in her lifetime. Women and girls tell "
              "us they plan their journeys home, avoid certain streets and share their location with friends as a "
              "matter of routine. This strategy sets out how the partnership will change that.")
    para(doc, "It has been written with survivors, specialist services and young people, and it replaces the "
              "Domestic Abuse Strategy 2021\u20132024.")
    doc.add_heading("What we mean by violence against women and girls", 2)
    para(doc, "We use the United Nations definition: any act of gender-based violence that results in, or is likely "
              "to result in, physical, sexual or psychological harm or suffering to women and girls. It includes:")
    bullets(doc, ["domestic abuse and coercive control", "rape and other sexual offences", "stalking and harassment",
                  "so-called honour-based abuse, forced marriage and female genital mutilation",
                  "sexual exploitation and online abuse"])
    para(doc, "Men and boys are victims of these crimes too, and our services are open to everyone who needs them.")
    q = para(doc, "Harrowfield in numbers: 3,420 domestic abuse crimes, 402 rapes and 611 stalking offences were "
                  "recorded in 2024/25.", space_before=6)
    shape_run(q, shape_id=next(sid), name="Text Box 2", x_cm=2.2, y_cm=19.8, w_cm=16.6, h_cm=3.4, fill="FFFFFF",
              line="8E3B8A", text_box=True, anchor="ctr", paras=[
                  ("\u201cI didn\u2019t know that what was happening to me had a name. When the IDVA called it "
                   "coercive control, everything made sense.\u201d", 11.5, False, "8E3B8A", "center"),
                  ("Survivor, Harrowfield Survivors\u2019 Forum", 9, True, "555555", "center"),
              ])
    page_break(doc)

    # ---- page 3: the priorities as shapes only
    doc.add_heading("Our priorities", 1)
    anchor = para(doc, "The partnership has agreed four priorities for 2025\u20132029, shown below.")
    shape_run(anchor, shape_id=next(sid), name="Oval 3", x_cm=5.5, y_cm=6.6, w_cm=10.0, h_cm=3.4, fill="EDE4F5",
              prst="ellipse", paras=[("Our vision", 10, True, ACCENT, "center"),
                                     ("A Harrowfield where women and girls are safe, and feel safe, everywhere.",
                                      10, False, "222222", "center")])
    boxes = [(2.4, 11.2), (11.0, 11.2), (2.4, 17.0), (11.0, 17.0)]
    for i, ((x, y), title, fill) in enumerate(zip(boxes, PRIORITIES, FILLS)):
        shape_run(anchor, shape_id=next(sid), name=f"Rounded Rectangle {4 + i}", x_cm=x, y_cm=y, w_cm=7.8,
                  h_cm=4.6, fill=fill, prst="roundRect", z=i * 2, paras=[(title, 13.5, True, "FFFFFF", "center")])
        shape_run(anchor, shape_id=next(sid), name=f"Oval {20 + i}", x_cm=x - 0.5, y_cm=y - 0.6, w_cm=1.4, h_cm=1.4,
                  fill="F2B705", prst="ellipse", z=i * 2 + 1, paras=[(str(i + 1), 13, True, "222222", "center")])
    shape_run(anchor, shape_id=next(sid), name="Text Box 30", x_cm=2.4, y_cm=22.6, w_cm=16.4, h_cm=2.0,
              fill="FFFFFF", line="BBBBBB", text_box=True, paras=[
                  ("Running through everything: listening to survivors \u2022 challenging attitudes \u2022 "
                   "training our workforce", 9.5, False, "444444", "center")])
    page_break(doc)

    # ---- page 4: delivery, with two distractor text boxes
    doc.add_heading("Delivering the strategy", 1)
    para(doc, "Each priority has a lead and a set of actions for the first two years. The action plan is reviewed "
              "every six months by the VAWG Strategic Group.")
    table(doc, ["Ref", "Action", "Priority", "Lead"],
          [["1", "Healthy relationships lessons in every secondary school", "P1", "Education"],
           ["2", "Bystander training for bar and door staff", "P1, P4", "Licensing"],
           ["3", "Two new children and young people's IDVAs", "P2", "Commissioning"],
           ["4", "Refuge bed spaces for women with multiple disadvantages", "P2", "Housing"],
           ["5", "Specialist domestic abuse court listing", "P3", "Police / courts"],
           ["6", "Perpetrator programme for medium-risk cases", "P3", "Probation"],
           ["7", "Lighting and CCTV review of routes from the station", "P4", "Highways"]],
          [1.2, 9.2, 2.2, 4.0], head_fill=ACCENT, size=9.5)
    anchor = para(doc, "National context", bold=True, space_before=10)
    shape_run(anchor, shape_id=next(sid), name="Text Box 31", x_cm=2.2, y_cm=14.8, w_cm=8.0, h_cm=5.4,
              fill="F3EEF8", text_box=True, anchor="t", paras=[
                  ("The Government\u2019s Tackling VAWG Strategy", 10.5, True, ACCENT, "left"),
                  ("Prioritising prevention", 9.5, False, "222222", "left"),
                  ("Supporting victims", 9.5, False, "222222", "left"),
                  ("Pursuing perpetrators", 9.5, False, "222222", "left"),
                  ("A stronger system", 9.5, False, "222222", "left"),
              ])
    shape_run(anchor, shape_id=next(sid), name="Text Box 32", x_cm=10.8, y_cm=14.8, w_cm=8.0, h_cm=5.4,
              fill="EEF4F9", text_box=True, anchor="t", paras=[
                  ("The Duty to Collaborate", 10.5, True, "2F5F8A", "left"),
                  ("From 2026 the police, health bodies and local authorities must work together to commission "
                   "support for victims of domestic abuse, sexual violence and serious violence.", 9.5, False,
                   "222222", "left"),
              ])
    page_break(doc)

    # ---- page 5: governance and measures
    doc.add_heading("Governance", 1)
    para(doc, "The VAWG Strategic Group reports to the Safer Harrowfield Partnership Board and to the Domestic Abuse "
              "Local Partnership Board, which oversees the council's duties under Part 4 of the Domestic Abuse "
              "Act 2021.")
    doc.add_heading("How we will know we are making a difference", 2)
    bullets(doc, ["more women and girls say they feel safe in the town centre after dark",
                  "fewer repeat referrals to MARAC", "more domestic abuse crimes result in a charge",
                  "more children affected by domestic abuse get specialist support"])
    doc.add_heading("Partners", 2)
    para(doc, "Harrowfield Council, Hollinshire Police, the Office of the Police and Crime Commissioner, NHS "
              "Hollinshire Integrated Care Board, Probation Service, Harrowfield Domestic Abuse Service, the Rape and "
              "Sexual Abuse Support Centre, Harrowfield College and the Harrowfield Survivors\u2019 Forum.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    return [docx, common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
