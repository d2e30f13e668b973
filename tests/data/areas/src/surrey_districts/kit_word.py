"""The Word report skeleton shared by the python-docx -> LibreOffice documents of the surrey_districts area.

Every report has: cover (p1); contents (p2); foreword (p3); context with illustrative statistics, the key
findings, the previous plan's priorities and the PCC's priorities quoted (p4); the priorities section (written
by the caller's `priorities(d, D)`); delivery; measures and governance.  Sections start on new pages, and the
contents page numbers are found by building twice (common.two_pass).  With `numbered=True` the Heading 1 and
Heading 2 styles carry real Word multilevel numbering ("3", "3.1"), and the contents page is a Word TOC field
with its cached result written out, as Word saves it.
"""
from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from common import two_pass
from docx_kit import (Cm, Pt, WD_ALIGN_PARAGRAPH, bullets, cover_block, header_footer, heading, new_doc, para,
                      rgb, shade, set_widths, table)
from surrey_districts.shared import ILLUS, PCC_INTRO, PCC_LIST
from surrey_districts.work import check_pages, soffice_stable, work_file

NUM_ID = 90


def _heading_numbering(d, c1):
    numbering = d.part.numbering_part.element
    absxml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
        '<w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="794"/></w:tabs>'
        '<w:ind w:left="794" w:hanging="794"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    node = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(node)
    else:
        numbering.append(node)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))
    for lvl in (0, 1):
        st = d.styles[f"Heading {lvl + 1}"]
        pPr = st.element.get_or_add_pPr()
        pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{lvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))


def _toc_styles(d, width):
    for lvl in (1, 2):
        name = f"TOC {lvl}"
        try:
            st = d.styles[name]
        except KeyError:
            st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = d.styles["Normal"]
        pf = st.paragraph_format
        pf.left_indent = Cm(0 if lvl == 1 else 0.9)
        pf.space_after = Pt(6 if lvl == 1 else 3)
        pf.tab_stops.add_tab_stop(Cm(0.9 if lvl == 1 else 2.1))
        pf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        st.font.bold = lvl == 1


def _fld(kind):
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), kind)
    return f


def toc_field(d, entries, pages):
    """entries: (number, text, level).  A TOC field whose cached result lists the entries."""
    n = len(entries)
    for i, (num, text, lvl) in enumerate(entries):
        p = d.add_paragraph(style=f"TOC {lvl}")
        if i == 0:
            r = p.add_run()
            r._r.append(_fld("begin"))
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r._r.append(it)
            r._r.append(_fld("separate"))
        p.add_run(f"{num}\t{text}\t{pages.get(text, 0)}")
        if i == n - 1:
            p.add_run()._r.append(_fld("end"))


def plain_contents(d, entries, pages, width, colour):
    for text in entries:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(9)
        r = p.add_run(f"{text}\t{pages.get(text, 0)}")
        r.font.size = Pt(12)
        r.font.color.rgb = rgb(colour)


def stats_table(d, stats, fill, colour, width_cm=16.6):
    cols = len(stats)
    t = d.add_table(rows=2, cols=cols)
    for i, (fig, label) in enumerate(stats):
        c0, c1 = t.cell(0, i), t.cell(1, i)
        for c in (c0, c1):
            shade(c, fill)
        p = c0.paragraphs[0]
        r = p.add_run(fig)
        r.bold = True
        r.font.size = Pt(18)
        r.font.color.rgb = rgb(colour)
        p.paragraph_format.space_after = Pt(0)
        p = c1.paragraphs[0]
        r = p.add_run(label)
        r.font.size = Pt(8.5)
    set_widths(t, [width_cm / cols] * cols)
    return t


def boxed(d, title, lines, fill, colour, size=9.5):
    t = d.add_table(rows=1, cols=1)
    set_widths(t, [16.6])
    c = t.cell(0, 0)
    shade(c, fill)
    p = c.paragraphs[0]
    r = p.add_run(title)
    r.bold = True
    r.font.color.rgb = rgb(colour)
    for ln in lines:
        q = c.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.4)
        q.paragraph_format.space_after = Pt(2)
        rr = q.add_run(ln)
        rr.font.size = Pt(size)
    return t


def word_report(D: dict, out_pdf, priorities, numbered=False, symbol_at=0, extra_needles=None):
    c1, c2, c3 = D["colours"]
    S = D["sections"]
    keys = ["fwd", "ctx", "pri", "dlv", "gov"]
    heads = [S[k] for k in keys]
    sub = D.get("toc_sub", [])  # (section key, heading text) of level-2 headings to list in a TOC field
    docx_path = work_file(D["slug"] + ".docx")

    def build(pages):
        d = new_doc(font=D.get("font", "Liberation Sans"), size=D.get("size", 10.5),
                    heading_font=D.get("heading_font"), colours=(c1, c2, c3), title=D["title"],
                    author=D["body"])
        sec = d.sections[0]
        width = sec.page_width - sec.left_margin - sec.right_margin
        if numbered:
            _heading_numbering(d, c1)
            _toc_styles(d, width)
        header_footer(d, D["header_left"], D["header_right"], footer_fmt=D.get("footer", "Page {PAGE}"),
                      rule_colour=c2)
        # cover
        para(d, D["body"].upper(), bold=True, size=10, colour=c2, space_after=30)
        cover_block(d, [(D["cover_title"], 26, True, "FFFFFF"), (D["cover_sub"], 14, False, "FFFFFF")],
                    c1, height_cm=8.0)
        para(d, "", space_after=24)
        for line in D["cover_lines"]:
            para(d, line, size=11, colour=c3, space_after=4)
        # contents
        p = para(d, "Contents", bold=True, size=20, colour=c1, space_after=18)
        p.paragraph_format.page_break_before = True
        if numbered:
            entries, n1 = [], 0
            for k, h in zip(keys, heads):
                n1 += 1
                entries.append((str(n1), h, 1))
                n2 = 0
                for sk, sh in sub:
                    if sk == k:
                        n2 += 1
                        entries.append((f"{n1}.{n2}", sh, 2))
            toc_field(d, entries, pages)
        else:
            plain_contents(d, heads, pages, width, c1)
        # 1 foreword
        heading(d, S["fwd"], 1, page_break=True)
        for t in D["foreword"]:
            para(d, t)
        para(d, D["signed"], italic=True, colour=c3)
        # 2 context
        heading(d, S["ctx"], 1, page_break=True)
        para(d, D["context"])
        stats_table(d, D["stats"], D.get("tint", "EEEEEE"), c1)
        para(d, ILLUS, italic=True, size=8, colour="666666")
        heading(d, D.get("findings_head", "Key findings from the strategic assessment"), 2)
        bullets(d, D["findings"])
        heading(d, D["previous"][0], 2)
        para(d, D["previous"][1])
        bullets(d, D["previous"][2])
        if D.get("pcc", True):
            boxed(d, "The Police and Crime Commissioner's priorities", [PCC_INTRO] + [f"\u2013 {x}" for x in PCC_LIST],
                  D.get("tint", "EEEEEE"), c1, size=9)
        # 3 priorities
        heading(d, S["pri"], 1, page_break=True)
        priorities(d, D)
        # 4 delivery
        heading(d, S["dlv"], 1, page_break=True)
        for t in D["delivery"]:
            para(d, t)
        table(d, [["Delivery group", "Focus", "Meets"]] + D["groups"], [4.6, 8.6, 3.4], head_fill=c1, band=D.get("tint"))
        # 5 governance
        heading(d, S["gov"], 1, page_break=True)
        para(d, "How we will know we are making a difference (illustrative baselines):", bold=True, colour=c2)
        table(d, [["Measure", "2025/26 baseline", "Where we want to be by 2029"]] + D["measures"], [8.0, 3.6, 5.0],
              head_fill=c1, band=D.get("tint"))
        para(d, "")
        for t in D["governance"]:
            para(d, t)
        para(d, "Partners: " + "; ".join(D["partners"]) + ".", size=9.5)
        para(d, D["contact"], size=9.5, colour=c3)
        d.save(docx_path)
        soffice_stable(docx_path, out_pdf, symbol_at=symbol_at)

    needles = {h: h for h in heads}
    for k, sh in sub:
        needles[sh] = (sh, 5 if k == "pri" else 4)
    pages = two_pass(build, out_pdf, needles)
    check_pages(out_pdf, {h: pages[h] for h in heads})
    return out_pdf
