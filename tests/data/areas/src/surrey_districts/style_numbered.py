"""House style N (python-docx -> LibreOffice): the district council report template with numbered headings.

Heading 1 and Heading 2 carry real Word multilevel numbering; the contents page is a Word TOC field (cached
result).  The priorities are the numbered Heading 2 sub-sections "3.1 ...", "3.2 ..." of section 3, each
followed by a "Why this matters." paragraph, a bulleted "What we will do" list and a lead line.  Used by
Elmbridge, Mole Valley and Epsom and Ewell, each with its own colours, fonts and wording.
"""
from docx_kit import Pt, bullets, heading, para
from surrey_districts.kit_word import word_report


def _priorities(d, D):
    c1, c2, c3 = D["colours"]
    para(d, D["pri_intro"])
    for p in D["priorities"]:
        heading(d, p["text"], 2)
        q = d.add_paragraph()
        r = q.add_run("Why this matters. ")
        r.bold = True
        q.add_run(p["why"])
        para(d, "What we will do:", italic=True, colour=c3, space_after=2)
        bullets(d, p["actions"])
        para(d, "Lead: " + p["lead"], size=9, colour=c2)


def build(D, out_root):
    out = out_root / D["file"]
    D = dict(D)
    D["toc_sub"] = ([("ctx", D.get("findings_head", "Key findings from the strategic assessment")),
                     ("ctx", D["previous"][0])] + [("pri", p["text"]) for p in D["priorities"]])
    return word_report(D, out, _priorities, numbered=True, symbol_at=D.get("symbol_at", 0))
