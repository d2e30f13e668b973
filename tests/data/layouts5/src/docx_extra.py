"""Word features that python-docx has no API for, written as Word writes them:

* list numbering definitions (w:abstractNum / w:num) whose level text carries a label ("Priority %1:",
  "Objective %1 –", "%1.%2"), linked to a paragraph style or applied to single paragraphs. The label is drawn by
  the word processor; it is not in the paragraph's text;
* a Word 2016-style table of contents: a TOC field inside a "Table of Contents" content control (w:sdt), each
  entry a hyperlink to a _Toc bookmark with a nested PAGEREF field and a dot-leader tab;
* floating text boxes and shapes (wps:wsp with w:txbxContent) inside mc:AlternateContent, with the VML fallback
  (v:roundrect / v:rect with v:textbox) that Word writes beside them, so each text box's text is in
  document.xml twice.
"""
from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

EMU_PER_CM = 360000
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def _el(tag: str, **attrs) -> OxmlElement:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k.replace("_", ":", 1)), str(v))
    return e


# ------------------------------------------------------------------------------------------------ numbering
def add_numbering(doc, abs_id: int, num_id: int, levels: list[dict], *, multilevel: bool = True) -> int:
    """Add an abstract numbering definition and a num instance. Each level is a dict with:
    fmt (decimal, upperLetter, lowerLetter, upperRoman, bullet), text (lvlText, e.g. "Priority %1:"),
    start (1), pstyle (style name linked to this level), left_cm, hanging_cm, suff (tab, space, nothing),
    bold, color, size (pt) for the number's run properties. Returns num_id."""
    numbering = doc.part.numbering_part.element
    an = _el("w:abstractNum", w_abstractNumId=abs_id)
    an.append(_el("w:nsid", w_val=f"{0x5A3C0000 + abs_id:08X}"))
    an.append(_el("w:multiLevelType", w_val="multilevel" if multilevel else "singleLevel"))
    an.append(_el("w:tmpl", w_val=f"{0x0C1A0000 + abs_id:08X}"))
    for ilvl, lv in enumerate(levels):
        el = _el("w:lvl", w_ilvl=ilvl)
        el.append(_el("w:start", w_val=lv.get("start", 1)))
        el.append(_el("w:numFmt", w_val=lv.get("fmt", "decimal")))
        if ilvl > 0 and lv.get("restart", True) is False:
            el.append(_el("w:lvlRestart", w_val=0))
        if lv.get("pstyle"):
            el.append(_el("w:pStyle", w_val=doc.styles[lv["pstyle"]].style_id))
        if lv.get("suff"):
            el.append(_el("w:suff", w_val=lv["suff"]))
        el.append(_el("w:lvlText", w_val=lv["text"]))
        el.append(_el("w:lvlJc", w_val="left"))
        ppr = _el("w:pPr")
        left = int(lv.get("left_cm", 0.0) * 567)
        hanging = int(lv.get("hanging_cm", 0.0) * 567)
        if lv.get("suff", "tab") == "tab" and hanging:
            tabs = _el("w:tabs")
            tabs.append(_el("w:tab", w_val="num", w_pos=left))
            ppr.append(tabs)
        ind = _el("w:ind", w_left=left)
        if hanging:
            ind.set(qn("w:hanging"), str(hanging))
        ppr.append(ind)
        el.append(ppr)
        rpr = _el("w:rPr")
        if lv.get("font"):
            rpr.append(_el("w:rFonts", w_ascii=lv["font"], w_hAnsi=lv["font"], w_cs=lv["font"]))
        if lv.get("bold"):
            rpr.append(_el("w:b"))
        if lv.get("color"):
            rpr.append(_el("w:color", w_val=lv["color"]))
        if lv.get("size"):
            rpr.append(_el("w:sz", w_val=int(lv["size"] * 2)))
        if len(rpr):
            el.append(rpr)
        an.append(el)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = _el("w:num", w_numId=num_id)
    num.append(_el("w:abstractNumId", w_val=abs_id))
    numbering.append(num)
    return num_id


def _numpr(num_id: int, ilvl: int):
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", w_val=ilvl))
    numpr.append(_el("w:numId", w_val=num_id))
    return numpr


def link_style_to_numbering(style, num_id: int, ilvl: int = 0) -> None:
    """Put numPr in the style's pPr, as Word does for a style linked to a list level ("Link level to style")."""
    ppr = style.element.get_or_add_pPr()
    old = ppr.find(qn("w:numPr"))
    if old is not None:
        ppr.remove(old)
    numpr = _numpr(num_id, ilvl) if ilvl else _el("w:numPr")
    if not ilvl:
        numpr.append(_el("w:numId", w_val=num_id))
    ppr.insert(0, numpr)


def number_paragraph(paragraph, num_id: int, ilvl: int = 0) -> None:
    """Direct numbering on one paragraph (what Word writes when you click a list button)."""
    ppr = paragraph._p.get_or_add_pPr()
    old = ppr.find(qn("w:numPr"))
    if old is not None:
        ppr.remove(old)
    # numPr follows pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl in CT_PPr order
    anchor = None
    for tag in ("w:widowControl", "w:framePr", "w:pageBreakBefore", "w:keepLines", "w:keepNext", "w:pStyle"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addnext(_numpr(num_id, ilvl))
    else:
        ppr.insert(0, _numpr(num_id, ilvl))


def paragraph_style(doc, name: str, base: str, *, outline_level: int | None = None, font=None, size=None,
                    color=None, bold=None, space_before=None, space_after=None, keep_next=True):
    """A custom paragraph style based on another (e.g. "Priority Heading" based on Heading 1)."""
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles[base]
    st.next_paragraph_style = doc.styles["Normal"]
    st.quick_style = True
    if font:
        st.font.name = font
    if size:
        st.font.size = Pt(size)
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    if bold is not None:
        st.font.bold = bold
    pf = st.paragraph_format
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if space_after is not None:
        pf.space_after = Pt(space_after)
    pf.keep_with_next = keep_next
    if outline_level is not None:
        ppr = st.element.get_or_add_pPr()
        ppr.append(_el("w:outlineLvl", w_val=outline_level))
    return st


# ------------------------------------------------------------------------------------------------ TOC
def toc_bookmark(paragraph, name: str, bid: int) -> None:
    start = _el("w:bookmarkStart", w_id=bid, w_name=name)
    end = _el("w:bookmarkEnd", w_id=bid)
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _toc_run(parent, *, text=None, tab=False, fld=None, instr=None, hyperlink=False):
    r = _el("w:r")
    rpr = _el("w:rPr")
    if hyperlink:
        rpr.append(_el("w:rStyle", w_val="Hyperlink"))
    rpr.append(_el("w:noProof"))
    if not hyperlink and (tab or fld or instr or text is not None):
        rpr.append(_el("w:webHidden"))
    r.append(rpr)
    if text is not None:
        t = _el("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    if tab:
        r.append(_el("w:tab"))
    if fld:
        r.append(_el("w:fldChar", w_fldCharType=fld))
    if instr:
        it = _el("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r.append(it)
    parent.append(r)
    return r


def toc_sdt(doc, entries, *, width_cm: float, instr: str = ' TOC \\o "1-2" \\h \\z \\u ',
            heading: str = "Contents", indent_cm: float = 0.44):
    """A Word table of contents. `entries` is a list of (level, text, page, bookmark). The whole TOC sits in a
    w:sdt content control (docPartGallery "Table of Contents"), as Word 2013+ inserts it."""
    for lvl in (1, 2, 3):
        name = f"TOC {lvl}"
        if name not in [s.name for s in doc.styles]:
            st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = doc.styles["Normal"]
            st.next_paragraph_style = doc.styles["Normal"]
        st = doc.styles[name]
        st.paragraph_format.left_indent = Cm(indent_cm * (lvl - 1))
        st.paragraph_format.space_after = Pt(3 if lvl > 1 else 4)
        st.paragraph_format.space_before = Pt(0 if lvl > 1 else 3)
        if lvl == 1:
            st.font.bold = True
    paras = []
    hp = doc.add_paragraph(heading, style="TOC Heading")
    paras.append(hp)
    n = len(entries)
    for i, (lvl, text, page, bm) in enumerate(entries):
        p = doc.add_paragraph(style=f"TOC {lvl}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            _toc_run(p._p, fld="begin")
            _toc_run(p._p, instr=instr)
            _toc_run(p._p, fld="separate")
        hl = _el("w:hyperlink", w_anchor=bm, w_history=1)
        _toc_run(hl, text=text, hyperlink=True)
        _toc_run(hl, tab=True)
        _toc_run(hl, fld="begin")
        _toc_run(hl, instr=f" PAGEREF {bm} \\h ")
        _toc_run(hl, fld="separate")
        _toc_run(hl, text=str(page))
        _toc_run(hl, fld="end")
        p._p.append(hl)
        paras.append(p)
    end = doc.add_paragraph()
    _toc_run(end._p, fld="end")
    paras.append(end)
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="-1938905741"/><w:docPartObj>'
                    f'<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
                    f'<w:sdtEndPr><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr></w:sdtEndPr><w:sdtContent/></w:sdt>')
    paras[0]._p.addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for p in paras:
        content.append(p._p)
    return sdt


# ------------------------------------------------------------------------------------------------ text boxes
def _txbx_paragraphs(paras) -> str:
    """w:p elements for a text box: each item (text, size_pt, bold, color_hex, align)."""
    out = []
    for text, size, bold, color, align in paras:
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(
            f'<w:p><w:pPr><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/>'
            f'<w:jc w:val="{align}"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/>'
            f'{"<w:b/><w:bCs/>" if bold else ""}<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/>'
            f'<w:szCs w:val="{int(size * 2)}"/></w:rPr><w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')
    return "".join(out)


def shape_run(paragraph, *, shape_id: int, name: str, x_cm: float, y_cm: float, w_cm: float, h_cm: float,
              fill: str, paras, prst: str = "roundRect", line: str | None = None, text_box: bool = False,
              anchor: str = "ctr", z: int = 0):
    """Append to `paragraph` a run holding a floating shape with text, positioned relative to the page.
    Word writes the DrawingML shape (mc:Choice Requires="wps") and a VML copy (mc:Fallback) holding the same
    w:txbxContent."""
    x, y, w, h = (int(v * EMU_PER_CM) for v in (x_cm, y_cm, w_cm, h_cm))
    body = _txbx_paragraphs(paras)
    ln = (f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>' if line
          else '<a:ln><a:noFill/></a:ln>')
    vml_tag = {"roundRect": "v:roundrect", "rect": "v:rect", "ellipse": "v:oval"}[prst]
    vml_extra = ' arcsize="10923f"' if prst == "roundRect" else ""
    pt = lambda emu: f"{emu / 12700:.1f}pt"  # noqa: E731
    vml_stroke = f' strokecolor="#{line}" strokeweight="1pt"' if line else ' stroked="f"'
    xml = f'''<w:r {NS}>
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + z}"
                   behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
          <wp:extent cx="{w}" cy="{h}"/>
          <wp:effectExtent l="0" t="0" r="0" b="0"/>
          <wp:wrapNone/>
          <wp:docPr id="{shape_id}" name="{name}"/>
          <wp:cNvGraphicFramePr/>
          <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:cNvSpPr{' txBox="1"' if text_box else ''}/>
                <wps:spPr>
                  <a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>
                  <a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>
                  <a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
                  {ln}
                </wps:spPr>
                <wps:txbx>
                  <w:txbxContent>{body}</w:txbxContent>
                </wps:txbx>
                <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000"
                            anchor="{anchor}" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict>
        <{vml_tag} id="{name}" o:spid="_x0000_s{1025 + shape_id}"
            style="position:absolute;margin-left:{pt(x)};margin-top:{pt(y)};width:{pt(w)};height:{pt(h)};z-index:{1 + z};mso-position-horizontal-relative:page;mso-position-vertical-relative:page;v-text-anchor:middle"{vml_extra}
            fillcolor="#{fill}"{vml_stroke}>
          <v:textbox inset="3mm,2mm,3mm,2mm">
            <w:txbxContent>{body}</w:txbxContent>
          </v:textbox>
        </{vml_tag}>
      </w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>'''
    run = parse_xml(xml)
    paragraph._p.append(run)
    return run
