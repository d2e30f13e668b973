"""House style A (python-docx -> LibreOffice): the priorities are the first column of the action plan.

Section 3 is an action plan table "Our priority | What we will do | Lead | By" whose first-column cells are
vertically merged over each priority's actions; the table runs over two pages with its header row repeated,
so a priority's cell may start on one page and its actions continue on the next.  Used by Reigate and
Banstead, Woking and Surrey Heath, each with its own colours, fonts and wording.
"""
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from docx_kit import Cm, Pt, keep_rows, para, rgb, set_widths, shade
from surrey_districts.kit_word import word_report

WIDTHS = [4.2, 7.0, 3.2, 2.2]


def _priorities(d, D):
    c1, c2, c3 = D["colours"]
    for t in D["pri_intro"]:
        para(d, t)
    rows = sum(len(p["actions"]) for p in D["priorities"]) + 1
    t = d.add_table(rows=rows, cols=4)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = D.get("table_heads", ["Our priority", "What we will do", "Lead", "By"])
    for c, h in enumerate(heads):
        cell = t.cell(0, c)
        shade(cell, c1)
        r = cell.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = rgb("FFFFFF")
    r0 = 1
    for k, p in enumerate(D["priorities"]):
        n = len(p["actions"])
        for i, (act, lead, by) in enumerate(p["actions"]):
            for c, val in ((1, act), (2, lead), (3, by)):
                cell = t.cell(r0 + i, c)
                run = cell.paragraphs[0].add_run(val)
                run.font.size = Pt(D.get("act_size", 10))
                cell.paragraphs[0].paragraph_format.space_before = Pt(3)
                cell.paragraphs[0].paragraph_format.space_after = Pt(5)
                if k % 2 == 1:
                    shade(cell, D.get("tint", "F2F2F2"))
        top = t.cell(r0, 0)
        if n > 1:
            top = top.merge(t.cell(r0 + n - 1, 0))
        shade(top, D.get("tint2", "DDDDDD"))
        run = top.paragraphs[0].add_run(p["text"])
        run.bold = True
        run.font.size = Pt(11)
        run.font.color.rgb = rgb(c1)
        top.paragraphs[0].paragraph_format.space_before = Pt(3)
        r0 += n
    set_widths(t, WIDTHS)
    keep_rows(t)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    para(d, "")
    para(d, D.get("pri_after", "Dates are the end of the financial year (March) unless stated."), size=8.5,
         italic=True, colour=c3)


def build(D, out_root):
    return word_report(D, out_root / D["file"], _priorities, numbered=False, symbol_at=D.get("symbol_at", 0))
