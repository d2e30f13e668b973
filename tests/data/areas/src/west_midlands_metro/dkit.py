"""python-docx house styles of the west_midlands_metro area, converted by LibreOffice.

Same document shape as hkit: cover block, contents (page 2), foreword, context, priorities, delivery,
governance.  The priorities section is written by a function the document module passes in
(`pri_fn(d, doc)`).  Contents page numbers come from a second pass (common.two_pass).
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import two_pass
from docx_kit import (bullets, contents, cover_block, header_footer, heading, new_doc, page_break, para, rgb,
                      table)
from west_midlands_metro.work import soffice_stable, work_file

SECTIONS = ["fw", "ctx", "pri", "del", "gov"]


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def border_para(p, sides=("top", "left", "bottom", "right"), colour="808080", sz="6", space="3"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for s in sides:
        b = OxmlElement(f"w:{s}")
        for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", space), ("w:color", colour)):
            b.set(qn(k), v)
        bdr.append(b)
    pPr.append(bdr)


def make(path, doc, pages, pri_fn):
    th = doc["theme"]
    d = new_doc(font=th.get("font", "Liberation Sans"), size=th.get("size", 10),
                heading_font=th.get("hfont"), colours=(th["c1"], th["c2"], "404040"), title=doc["title"],
                author=doc["org"])
    header_footer(d, doc["org"], doc["years"], footer_fmt=th.get("footer", "Page {PAGE}"), colour="595959",
                  rule_colour=th["c2"])
    cover_block(d, [(doc["org"].upper(), 11, True, "FFFFFF"), ("", 30, False, "FFFFFF"),
                    (doc["cover_title"], 28, True, "FFFFFF"), (doc["years"], 16, False, "FFFFFF"),
                    ("", 40, False, "FFFFFF"),
                    (doc.get("cover_note", "Statistics in this document are illustrative."), 8, False, "FFFFFF")],
                th["c1"], height_cm=24)
    page_break(d)
    heading(d, "Contents", 1)
    contents(d, [(doc["heads"][k], k, 0) for k in SECTIONS], pages, leader=th.get("leader", True))
    heading(d, doc["heads"]["fw"], 1, page_break=True)
    for t in doc["foreword"]:
        para(d, t)
    para(d, doc["signed"], bold=True)
    c = doc["context"]
    heading(d, doc["heads"]["ctx"], 1, page_break=True)
    para(d, c["intro"])
    rows = [["Figure", "What it shows"]] + [[n, cap] for n, cap in c["stats"]]
    table(d, rows, [4.0, 12.6], head_fill=th["c1"], band=th.get("band", "F2F2F2"), size=9, bold_first_col=True)
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8, colour="666666")
    heading(d, c.get("find_head", "What the strategic assessment found"), 2)
    bullets(d, c["findings"])
    heading(d, c.get("prev_head", "Our last plan"), 2)
    para(d, c["previous"])
    heading(d, doc["heads"]["pri"], 1, page_break=True)
    para(d, doc["pri_intro"])
    pri_fn(d, doc)
    dl = doc["delivery"]
    heading(d, doc["heads"]["del"], 1, page_break=True)
    para(d, dl["intro"])
    table(d, [dl["head"]] + [list(r) for r in dl["rows"]], dl.get("widths", [3.6, 9.0, 4.0]), head_fill=th["c1"],
          size=8.5)
    heading(d, dl["pcc_head"], 2)
    para(d, dl["pcc"])
    g = doc["gov"]
    heading(d, doc["heads"]["gov"], 1, page_break=True)
    para(d, g["intro"])
    table(d, [g["head"]] + [list(r) for r in g["rows"]], [7.0, 4.6, 5.0], head_fill=th["c1"], size=8.5)
    para(d, "Baselines are illustrative.", italic=True, size=8, colour="666666")
    heading(d, "Partners", 2)
    para(d, g["partners"])
    para(d, doc["contact"], size=8.5, colour="595959")
    d.save(str(path))


def needles(doc):
    first = {"fw": doc["foreword"][0], "ctx": doc["context"]["intro"], "pri": doc["pri_intro"],
             "del": doc["delivery"]["intro"], "gov": doc["gov"]["intro"]}
    return {k: doc["heads"][k] + " " + " ".join(first[k].split()[:5]) for k in SECTIONS}


def build(root, doc, pri_fn, stem):
    out = root / doc["file"]
    src = work_file(stem + ".docx")

    def run(pages):
        make(src, doc, pages, pri_fn)
        soffice_stable(src, out, symbol_at=doc["theme"].get("symbol_at", 0))
    two_pass(run, out, needles(doc))
    return out
