"""House style P (python-docx -> LibreOffice): **a signed partnership pledge**.

Solihull and Walsall share this design.  On the priorities page (p5) a Word table headed "We, the partners of
…, commit to:" has one row per priority: the priority in bold with a sentence under it in the left cell, and in
the right cell a signature line ("Signed: ______") with the lead partner's role and organisation in grey.  No
numbers.  The signature blocks are distractors.
"""
from docx.shared import Pt

from docx_kit import rgb, set_widths, shade
from west_midlands_metro import dkit


def pri_fn(d, doc):
    th = doc["theme"]
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    set_widths(t, [10.6, 6.0])
    hdr = t.rows[0].cells
    for cell, text in zip(hdr, [f"We, the partners of {doc['pledge_org']}, commit to:", "Signed for the lead partner"]):
        shade(cell, th["c1"])
        r = cell.paragraphs[0].add_run(text)
        r.bold, r.font.size = True, Pt(9)
        r.font.color.rgb = rgb("FFFFFF")
    for text, why, lead in doc["priorities"]:
        row = t.add_row().cells
        p = row[0].paragraphs[0]
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(11.5)
        r.font.color.rgb = rgb(th["c1"])
        p.paragraph_format.space_after = Pt(2)
        q = row[0].add_paragraph()
        rq = q.add_run(why)
        rq.font.size = Pt(8.5)
        s = row[1].paragraphs[0]
        s.add_run("Signed: ________________").font.size = Pt(9)
        s.paragraph_format.space_before = Pt(8)
        g = row[1].add_paragraph()
        rg = g.add_run(lead)
        rg.italic, rg.font.size = True, Pt(7.8)
        rg.font.color.rgb = rgb("7F7F7F")
        shade(row[0], th.get("field", "F4F4F4"))
    d.add_paragraph()
    n = d.add_paragraph()
    rn = n.add_run("Signed copies of this pledge are held by the partnership manager. Signatures are not "
                   "reproduced in the published version.")
    rn.italic, rn.font.size = True, Pt(8)
    rn.font.color.rgb = rgb("7F7F7F")


def build(root, doc, stem):
    return dkit.build(root, doc, pri_fn, stem)
