"""A council report assembled in Word: cover, contents, then one Heading 1 section a page (or run on).

Each document module gives a spec: its Style, its cover, and its sections as (heading, key, writer, new_page)
where writer(d) adds the body.  The document is either converted to PDF (two LibreOffice passes so that the
contents page numbers are right) or kept as a native .docx (its contents numbers are still taken from a
LibreOffice rendering made in the work folder, as Word would show them).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from greater_manchester_boroughs import wordkit as W


def cover(d, spec):
    c = spec["cover"]
    kind = c.get("kind", "band")
    st = spec["style"]
    if kind == "band":  # logo top left, a tall shaded band holding the title
        W.logo(d, c["logo"], c["logo_fill"], align=c.get("logo_align", "left"))
        W.spacer(d, 60)
        t = W.box(d, [(x, {"bold": k == 0, "size": 30 if k == 0 else 15, "colour": c.get("ink", "FFFFFF")})
                      for k, x in enumerate(c["lines"])], fill=c["fill"], pad=420)
        W.spacer(d, 40)
        W.para(d, c.get("date", ""), size=12, colour=st.colours[0])
    elif kind == "plain":  # a typed title page: rule, big title, subtitle, logo at the foot
        W.spacer(d, 90)
        for k, x in enumerate(c["lines"]):
            W.para(d, x, bold=k == 0, size=28 if k == 0 else 14, colour=st.colours[0] if k == 0 else "404040",
                   after=10)
        p = W.para(d, "")
        W._rule(p, "bottom", st.colours[1], 18)
        W.para(d, c.get("date", ""), size=12, colour="595959", before=8)
        W.spacer(d, 200)
        W.logo(d, c["logo"], c["logo_fill"], align="right")
    elif kind == "centre":  # centred title between logo and partner strip
        W.logo(d, c["logo"], c["logo_fill"], align="center")
        W.spacer(d, 110)
        for k, x in enumerate(c["lines"]):
            W.para(d, x, bold=k == 0, size=30 if k == 0 else 15, colour=st.colours[0] if k == 0 else st.colours[1],
                   align="center", after=8)
        W.spacer(d, 120)
        W.box(d, [(c.get("partners", ""), {"size": 9, "colour": "404040"})], fill=c.get("strip", "EEEEEE"))
        W.para(d, c.get("date", ""), size=11, colour="595959", align="center")
    W.page_break(d)


def make_document(spec, pages):
    st = spec["style"]
    d = W.new_doc(st, spec["title"], spec.get("author", spec["org"]))
    W.running_heads(d, st)
    if spec.get("setup"):
        spec["setup"](d)
    cover(d, spec)
    entries = [(spec["toc_fmt"].format(n=k + 1, t=e[0]) if spec.get("toc_fmt") else shown(spec, k), e[1], 0)
               for k, e in enumerate(spec["sections"]) if e[1]]
    W.contents(d, entries, pages, st, title=spec.get("contents_title", "Contents"))
    for k, sec in enumerate(spec["sections"]):
        text, key, writer = sec[:3]
        new_page = sec[3] if len(sec) > 3 else True
        W.heading(d, shown(spec, k), 1, new_page=new_page)
        writer(d)
    return d


def shown(spec, k):
    """Section k's heading as printed: typed numbers come from spec["number_fmt"] ("{n}. {t}")."""
    text = spec["sections"][k][0]
    return spec["number_fmt"].format(n=k + 1, t=text) if spec.get("number_fmt") else text


def needles(spec):
    return {sec[1]: spec.get("needle", {}).get(sec[1], shown(spec, k))
            for k, sec in enumerate(spec["sections"]) if sec[1]}


def build(spec, out_root: Path) -> Path:
    out = out_root / spec["file"]
    stem = Path(spec["file"]).stem
    if spec["file"].endswith(".pdf"):
        return W.build_pdf(lambda pages: make_document(spec, pages), out, needles(spec), stem)
    # native .docx: lay it out once in LibreOffice to find the contents page numbers, keep the .docx
    probe = W.work_file(stem + "_probe.pdf")
    W.build_pdf(lambda pages: make_document(spec, pages), probe, needles(spec), stem)
    shutil.copyfile(W.work_file(stem + ".docx"), out)
    return out
