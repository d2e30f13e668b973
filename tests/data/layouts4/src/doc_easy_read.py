"""easy_read_version.pdf: the Easy Read version of the Lowfield Domestic Abuse Strategy 2025-2028 (Word ->
LibreOffice). Every page is a two-column borderless table: a large picture on the left (simple drawn pictures,
made here with Pillow), one short sentence per row on the right, 16 pt text, hard words in bold.

The four "big aims" are the priorities. Page 6 introduces them with short picture labels ("Stop abuse", "Help
people" ...); each aim then has its own page (7-10): "Aim 1" and the aim as one bold sentence starting "We want
...". Gold is those four sentences. Other "We want ..." sentences (the vision on page 4, "We want to hear what you
think" on page 11) are not aims.
"""
from __future__ import annotations

import io
from pathlib import Path

from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

import common
import docx_kit as K

NAME = "easy_read_version"
TITLE = "Lowfield Domestic Abuse Strategy 2025 to 2028 \u2013 Easy Read"
PURPLE = "5B2A86"

AIMS = [
    ("We want to stop domestic abuse before it starts",
     ["We will teach children about kind and safe relationships.",
      "We will help people to spot the signs of abuse.",
      "We will tell everyone where they can get help."], "school"),
    ("We want people who have been hurt to get help quickly",
     ["We will have support workers in hospitals and doctors\u2019 surgeries.",
      "We will make sure there are safe places to stay.",
      "We will help children who have seen or heard abuse."], "help"),
    ("We want people who hurt others to stop",
     ["The police will act quickly when someone is hurt.",
      "We will run courses to help people change how they behave.",
      "We will check that people are keeping to court orders."], "stop"),
    ("We want services to work together better",
     ["Services will share information to keep people safe.",
      "You should only have to tell your story once.",
      "We will learn when things go wrong."], "together"),
]


# ------------------------------------------------------------------------------------------- pictures
def _person(d, x, y, s, fill):
    d.ellipse([x - s * 0.22, y - s * 0.95, x + s * 0.22, y - s * 0.5], fill=fill)
    d.rounded_rectangle([x - s * 0.32, y - s * 0.45, x + s * 0.32, y + s * 0.4], radius=int(s * 0.15), fill=fill)


def picture(kind: str) -> bytes:
    """A simple flat picture, the kind of image an Easy Read document uses (drawn, not a photo)."""
    im = Image.new("P", (240, 240), 0)
    im.putpalette([247, 243, 251, 91, 42, 134, 240, 180, 60, 60, 150, 120, 200, 70, 70, 120, 120, 120] + [0] * 750)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([4, 4, 235, 235], radius=24, outline=1, width=4)
    if kind == "document":
        d.rectangle([70, 40, 170, 200], fill=1)
        for y in range(65, 185, 20):
            d.line([85, y, 155, y], fill=0, width=5)
    elif kind == "house":
        d.polygon([(40, 120), (120, 45), (200, 120)], fill=1)
        d.rectangle([60, 120, 180, 200], fill=1)
        d.rectangle([105, 150, 135, 200], fill=2)
    elif kind == "people":
        for x, f in ((75, 1), (120, 3), (165, 1)):
            _person(d, x, 150, 110, f)
    elif kind == "talk":
        _person(d, 80, 170, 110, 1)
        d.rounded_rectangle([120, 40, 215, 110], radius=18, fill=2)
        d.polygon([(135, 105), (120, 130), (155, 108)], fill=2)
    elif kind == "school":
        d.rectangle([40, 90, 200, 200], fill=3)
        d.polygon([(30, 95), (120, 35), (210, 95)], fill=1)
        _person(d, 95, 200, 70, 1)
        _person(d, 145, 200, 70, 1)
    elif kind == "help":
        _person(d, 90, 175, 115, 1)
        _person(d, 150, 175, 115, 3)
        d.ellipse([104, 55, 136, 87], fill=4)
    elif kind == "stop":
        d.regular_polygon((120, 120, 90), 8, rotation=22.5, fill=4)
        d.rectangle([70, 108, 170, 132], fill=0)
    elif kind == "together":
        for i, x in enumerate((60, 100, 140, 180)):
            _person(d, x, 170, 80, 1 if i % 2 else 3)
        d.line([50, 200, 190, 200], fill=5, width=6)
    elif kind == "phone":
        d.rounded_rectangle([85, 35, 155, 205], radius=14, fill=1)
        d.rectangle([95, 55, 145, 170], fill=0)
    elif kind == "tick":
        d.line([60, 125, 105, 170, 185, 70], fill=3, width=22)
    elif kind == "number":
        d.ellipse([50, 50, 190, 190], fill=2)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- rows
def er_page(doc, heading, rows, *, first=False):
    """One Easy Read page: a heading, then (picture, [sentences]) rows in a borderless table."""
    if not first:
        K.page_break(doc)
    K.para(doc, heading, bold=True, size=24, color=PURPLE, space_after=10)
    t = doc.add_table(rows=len(rows), cols=2)
    K.no_borders(t)
    for r, (pic, lines) in enumerate(rows):
        pc = t.cell(r, 0)
        pc.text = ""
        if pic:
            pc.paragraphs[0].add_run().add_picture(io.BytesIO(picture(pic)), width=Cm(4.0))
        tc = t.cell(r, 1)
        tc.text = ""
        for i, line in enumerate(lines):
            p = tc.paragraphs[0] if i == 0 else tc.add_paragraph()
            p.paragraph_format.space_after = Pt(8)
            size, bold = 16, False
            if isinstance(line, tuple):
                line, size, bold = line
            # **word** marks a hard word in bold
            parts = line.split("**")
            for j, part in enumerate(parts):
                if part:
                    run = p.add_run(part)
                    run.font.size = Pt(size)
                    run.bold = bold or (j % 2 == 1)
        K.valign(tc, "center")
        K.row_height(t.rows[r], 4.6)
    K.col_widths(t, [4.8, 11.2])
    return t


def build_docx(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Lowfield Domestic Abuse Partnership Board", font="Liberation Sans", size=16,
                    accent=PURPLE, margins_cm=2.0)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.15
    sec = doc.sections[0]
    K.different_first_page(sec)
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.alignment = K.ALIGN["right"]
    r = p.add_run("Page ")
    r.font.size = Pt(14)
    K.page_field(p, size=14)

    # 1 cover
    K.para(doc, "Lowfield Domestic Abuse Strategy", bold=True, size=30, color=PURPLE, space_after=4)
    K.para(doc, "2025 to 2028", bold=True, size=26, color=PURPLE, space_after=16)
    K.para(doc, "Easy Read version", bold=True, size=20, space_after=20)
    t = doc.add_table(rows=1, cols=2)
    K.no_borders(t)
    t.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(picture("house")), width=Cm(6.0))
    K.cell_text(t.cell(0, 1), ["This is an easy read version of a plan by the Lowfield Domestic Abuse Partnership "
                               "Board.", "", "The plan says how we will make Lowfield safer for people who are hurt "
                               "at home."], size=16)
    K.col_widths(t, [7.0, 9.0])
    K.para(doc, "", space_after=40)
    K.para(doc, "October 2025", size=14)

    # 2 about this document
    er_page(doc, "About this document", [
        ("document", ["This document is from the **Lowfield Domestic Abuse Partnership Board**.",
                      "We will call it \u201cthe Board\u201d."]),
        ("talk", ["Some words are hard to understand.", "We have put these words in **bold**.",
                  "We say what the words mean."]),
        ("people", ["You can ask someone you trust to help you read this."]),
    ])
    # 3 what is domestic abuse
    er_page(doc, "What is domestic abuse?", [
        ("house", ["**Domestic abuse** is when someone in your family, or someone you have a relationship with, "
                   "hurts you or scares you."]),
        ("talk", ["It can be hitting or pushing.", "It can be shouting, threats or name calling.",
                  "It can be controlling your money or who you see."]),
        ("stop", ["Domestic abuse is never OK.", "It is never your fault."]),
    ])
    # 4 who we are + vision
    er_page(doc, "Who we are", [
        ("people", ["The Board is made up of different services.",
                    "Like the council, the police, the NHS and charities."]),
        ("help", ["The law says we must have a plan to help people who are hurt at home."]),
        ("house", [("We want everyone in Lowfield to be safe at home.", 16, True), "This is our big hope for the "
                   "future. We call it our **vision**."]),
    ])
    # 5 what people told us
    er_page(doc, "What people told us", [
        ("talk", ["We asked people what they think.", "312 people answered our questions."]),
        ("phone", ["People said it was hard to know where to get help."]),
        ("people", ["People said they had to tell their story again and again.",
                    "They said this was upsetting."]),
    ])
    # 6 our 4 big aims (summary)
    er_page(doc, "Our 4 big aims", [
        ("number", ["We have 4 big things we want to do.", "We call them our **aims**.",
                    "There is a page about each aim."]),
        ("school", [("Aim 1: Stop abuse", 16, True)]),
        ("help", [("Aim 2: Help people", 16, True)]),
        ("stop", [("Aim 3: Stop abusers", 16, True)]),
        ("together", [("Aim 4: Work together", 16, True)]),
    ])
    # 7-10 one page per aim
    for i, (aim, lines, pic) in enumerate(AIMS, start=1):
        er_page(doc, f"Aim {i}", [(pic, [(aim + ".", 20, True)])] + [(None, [ln]) for ln in lines[:1]] +
                [("tick", lines[1:])])
    # 11 checking
    er_page(doc, "How we will check the plan is working", [
        ("tick", ["The Board will meet every 3 months.", "We will check how the plan is going."]),
        ("document", ["We will write a report every year.", "It will be on the council website."]),
        ("talk", [("We want to hear what you think.", 16, True), "You can tell us by email or by phone."]),
    ])
    # 12 getting help
    er_page(doc, "Getting help", [
        ("phone", [("If you are in danger now, call **999**.", 16, False)]),
        ("help", ["Lowfield Domestic Abuse Service:", "**01632 964 200**", "Monday to Friday, 9am to 5pm."]),
        ("phone", ["National Domestic Abuse Helpline:", "**0808 2000 247**", "Free, any time, day or night."]),
    ])
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_docx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
