"""House style K1 (python-docx -> LibreOffice): the **Kent community safety plan template, filled in**.

Ashford, Dover, Sevenoaks and Tonbridge and Malling use the county's Word template.  On the priorities page
each priority is a **filled-in template field**: a small grey italic prompt line from the template
("Priority 1 – write the priority as agreed by the partnership") and, under it, the district's own wording as
the field's content, in bold on a grey-shaded paragraph with a thin border, like a Word form field.  A line
"Why this is a priority:" in plain text follows.  The template's list of suggested county themes is printed in
a note at the foot of the page (a distractor).
"""
from kent_districts import dkit
from kent_districts.dkit import border_para, shade_para
from kent_districts.shared import K1_TEMPLATE_THEMES
from docx_kit import Pt, rgb


def pri_fn(d, doc):
    th = doc["theme"]
    for i, (text, why) in enumerate(doc["priorities"], 1):
        p = d.add_paragraph()
        r = p.add_run(f"Priority {i} – write the priority as agreed by the partnership")
        r.italic, r.font.size = True, Pt(7.5)
        r.font.color.rgb = rgb("808080")
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.keep_with_next = True
        f = d.add_paragraph()
        rr = f.add_run(text)
        rr.bold, rr.font.size = True, Pt(12)
        rr.font.color.rgb = rgb(th["c1"])
        shade_para(f, th.get("field", "E7E6E6"))
        border_para(f, colour="A6A6A6", sz="4", space="2")
        f.paragraph_format.space_after = Pt(3)
        f.paragraph_format.keep_with_next = True
        w = d.add_paragraph()
        w.add_run("Why this is a priority: ").bold = True
        w.add_run(why)
        w.paragraph_format.space_after = Pt(9)
    n = d.add_paragraph()
    r = n.add_run("Template note: the county template suggests these themes for partnerships to consider: "
                  + ", ".join(K1_TEMPLATE_THEMES) + ". Each partnership chooses and words its own priorities.")
    r.italic, r.font.size = True, Pt(7.5)
    r.font.color.rgb = rgb("808080")


def build(root, doc, stem):
    return dkit.build(root, doc, pri_fn, stem)
