"""Raw WordprocessingML helpers for this batch's drafts: runs, paragraphs and tables written as XML (for the
features python-docx has no API for: revisions, content controls, drawing canvases, fields, comment threads),
extra package parts, and a pinned save."""
from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

import common

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def esc(text: str) -> str:
    return escape(text)


def attr(value: str) -> str:
    return quoteattr(value)


def rpr(bold=False, italic=False, size=None, color=None, extra="") -> str:
    inner = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (
        f'<w:color w:val="{color}"/>' if color else "") + (
        f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>' if size else "") + extra
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def r(text: str, props: str = "", tag: str = "w:t") -> str:
    return f'<w:r>{props}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def p(inner: str, style: str | None = None, ppr: str = "", mark: str = "") -> str:
    """A paragraph: `ppr` is extra pPr content (after pStyle), `mark` the paragraph mark's rPr content."""
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr + (f"<w:rPr>{mark}</w:rPr>" if mark else "")
    return f"<w:p {NS}><w:pPr>{props}</w:pPr>{inner}</w:p>"


def add(doc, xml: str):
    """Append a body-level element (before the final sectPr)."""
    el = parse_xml(xml)
    body = doc.element.body
    body.insert(len(body) - 1, el)
    return el


def add_part(doc, name: str, content_type: str, reltype: str, blob: bytes, source=None) -> str:
    """A package part related from the main document part (or `source`); returns the relationship id."""
    part = Part(PackURI(name), content_type, blob, doc.part.package)
    return (source or doc.part).relate_to(part, reltype)


def track_revisions(doc) -> None:
    """Turn Track Changes on (w:trackRevisions in its schema place in settings.xml)."""
    st = doc.settings.element
    before = [c for c in st if c.tag in {qn("w:" + t) for t in (
        "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
        "doNotDisplayPageBoundaries", "displayBackgroundShape", "embedTrueTypeFonts", "mirrorMargins",
        "hideSpellingErrors", "hideGrammaticalErrors", "proofState", "formsDesign", "attachedTemplate",
        "linkStyles", "documentType", "mailMerge", "revisionView")}]
    tr = OxmlElement("w:trackRevisions")
    if before:
        before[-1].addnext(tr)
    else:
        st.insert(0, tr)


def settings_flag(doc, tag: str, after: tuple[str, ...] = ()) -> None:
    """Add an empty settings.xml element (e.g. updateFields) right after the last of `after` present."""
    st = doc.settings.element
    el = OxmlElement(tag)
    found = [c for c in st if c.tag in {qn(t) for t in after}]
    if found:
        found[-1].addnext(el)
    else:
        st.insert(0, el)


def save(doc, work: Path, name: str) -> Path:
    path = work / f"{name}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def publish(work: Path, out: Path, name: str) -> list[Path]:
    target = out / f"{name}.docx"
    shutil.copyfile(work / f"{name}.docx", target)
    return [target]


# ----------------------------------------------------------------- threaded comments (Word 365)
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


class Comments:
    """Comments as Word 365 saves them: comments.xml (the text, w14:paraId on each comment's paragraph),
    commentsExtended.xml (reply threads by w15:paraIdParent, resolved by w15:done), commentsIds.xml (durable
    ids), commentsExtensible.xml (UTC dates) and people.xml (the authors). Ids, paraIds and dates are fixed."""

    def __init__(self, doc):
        self.doc = doc
        self.items: list[dict] = []

    def add(self, author: str, initials: str, date: str, text: str, parent: int | None = None,
            done: bool = False) -> int:
        cid = len(self.items)
        self.items.append(dict(id=cid, author=author, initials=initials, date=date, text=text, parent=parent,
                               done=done, para=f"{0x3C1A0001 + cid:08X}", durable=f"{0x5E2B7001 + cid:08X}"))
        return cid

    @staticmethod
    def start(cid: int) -> str:
        return f'<w:commentRangeStart w:id="{cid}"/>'

    @staticmethod
    def end(cid: int) -> str:
        return (f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                f'<w:commentReference w:id="{cid}"/></w:r>')

    def finish(self) -> None:
        c = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS} mc:Ignorable="w14 w15">']
        ex = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx {_MC} {_W15} '
              f'mc:Ignorable="w15">']
        ids = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w16cid:commentsIds '
               'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid">']
        cex = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w16cex:commentsExtensible '
               'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex">']
        for it in self.items:
            c.append(f'<w:comment w:id="{it["id"]}" w:author={attr(it["author"])} w:date="{it["date"]}" '
                     f'w:initials={attr(it["initials"])}><w:p w14:paraId="{it["para"]}" w14:textId="77777777">'
                     f'<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                     f'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{r(it["text"])}</w:p></w:comment>')
            parent = (f' w15:paraIdParent="{self.items[it["parent"]]["para"]}"' if it["parent"] is not None
                      else "")
            ex.append(f'<w15:commentEx w15:paraId="{it["para"]}"{parent} w15:done="{1 if it["done"] else 0}"/>')
            ids.append(f'<w16cid:commentId w16cid:paraId="{it["para"]}" w16cid:durableId="{it["durable"]}"/>')
            cex.append(f'<w16cex:commentExtensible w16cex:durableId="{it["durable"]}" '
                       f'w16cex:dateUtc="{it["date"]}"/>')
        c.append("</w:comments>"); ex.append("</w15:commentsEx>"); ids.append("</w16cid:commentsIds>")
        cex.append("</w16cex:commentsExtensible>")
        people = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:people {_MC} {_W15} '
                  f'mc:Ignorable="w15">']
        for name in dict.fromkeys(it["author"] for it in self.items):
            people.append(f'<w15:person w15:author={attr(name)}><w15:presenceInfo w15:providerId="None" '
                          f'w15:userId={attr(name)}/></w15:person>')
        people.append("</w15:people>")
        d = self.doc
        add_part(d, "/word/comments.xml", CT + "comments+xml",
                 "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
                 "".join(c).encode())
        add_part(d, "/word/commentsExtended.xml", CT + "commentsExtended+xml",
                 "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "".join(ex).encode())
        add_part(d, "/word/commentsIds.xml", CT + "commentsIds+xml",
                 "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "".join(ids).encode())
        add_part(d, "/word/commentsExtensible.xml", CT + "commentsExtensible+xml",
                 "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
                 "".join(cex).encode())
        add_part(d, "/word/people.xml", CT + "people+xml",
                 "http://schemas.microsoft.com/office/2011/relationships/people", "".join(people).encode())


# ----------------------------------------------------------------- drawing canvas (wpc) with text boxes
EMU_CM = 360000


class Canvas:
    """An inline Word drawing canvas (Insert > Shapes > New Drawing Canvas): rounded text boxes (wps:wsp with
    wps:txbx) and arrow connectors (wps:cNvCnPr with stCxn/endCxn), wrapped in mc:AlternateContent with the
    VML group fallback Word writes for older readers (the fallback repeats each box's w:txbxContent)."""

    def __init__(self, doc_pr_id: int, name: str, width_cm: float, height_cm: float):
        self.id, self.name = doc_pr_id, name
        self.w, self.h = int(width_cm * EMU_CM), int(height_cm * EMU_CM)
        self.shapes: list[str] = []
        self.vml: list[str] = []
        self.boxes: dict[str, tuple[int, int, int, int, int]] = {}

    def box(self, key: str, x: float, y: float, w: float, h: float, paras: list[str], *, fill="FFFFFF",
            line="000000", geom="roundRect", line_w=12700) -> None:
        """`paras` are w:p XML strings for the box's text."""
        sid = self.id + 1 + len(self.shapes)
        X, Y, W_, H = (int(v * EMU_CM) for v in (x, y, w, h))
        self.boxes[key] = (sid, X, Y, W_, H)
        content = "<w:txbxContent>" + "".join(paras) + "</w:txbxContent>"
        self.shapes.append(
            f'<wps:wsp><wps:cNvPr id="{sid}" name="Text Box {sid}"/><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="{X}" y="{Y}"/><a:ext cx="{W_}" cy="{H}"/></a:xfrm><a:prstGeom prst="{geom}">'
            f'<a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="{line_w}">'
            f'<a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr><wps:txbx>{content}'
            f'</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="36000" rIns="72000" '
            f'bIns="36000" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>')
        tag = "v:roundrect" if geom == "roundRect" else "v:rect"
        arc = ' arcsize="10923f"' if geom == "roundRect" else ""
        self.vml.append(
            f'<{tag} id="Text Box {sid}" o:spid="_x0000_s{1025 + sid}" style="position:absolute;left:{X // 635};'
            f'top:{Y // 635};width:{W_ // 635};height:{H // 635};visibility:visible;mso-wrap-style:square;'
            f'v-text-anchor:middle"{arc} fillcolor="#{fill}" strokecolor="#{line}" strokeweight="{line_w / 12700:g}pt">'
            f'<v:textbox inset="2mm,1mm,2mm,1mm">{content}</v:textbox></{tag}>')

    def arrow(self, a: str, b: str, color="7F7F7F") -> None:
        """A straight arrow connector from the bottom of box a to the top of box b."""
        sa, xa, ya, wa, ha = self.boxes[a]
        sb, xb, yb, wb, hb = self.boxes[b]
        x1, y1, x2, y2 = xa + wa // 2, ya + ha, xb + wb // 2, yb
        sid = self.id + 1 + len(self.shapes)
        flip = ' flipH="1"' if x2 < x1 else ""
        self.shapes.append(
            f'<wps:wsp><wps:cNvPr id="{sid}" name="Straight Arrow Connector {sid}"/><wps:cNvCnPr>'
            f'<a:stCxn id="{sa}" idx="2"/><a:endCxn id="{sb}" idx="0"/></wps:cNvCnPr><wps:spPr>'
            f'<a:xfrm{flip}><a:off x="{min(x1, x2)}" y="{y1}"/><a:ext cx="{abs(x2 - x1)}" cy="{y2 - y1}"/></a:xfrm>'
            f'<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln w="19050"><a:solidFill>'
            f'<a:srgbClr val="{color}"/></a:solidFill><a:tailEnd type="triangle"/></a:ln></wps:spPr><wps:bodyPr/>'
            f'</wps:wsp>')
        self.vml.append(
            f'<v:shapetype id="_x0000_t32" coordsize="21600,21600" o:spt="32" o:oned="t" path="m,l21600,21600e" '
            f'filled="f"><v:path arrowok="t" fillok="f" o:connecttype="none"/><o:lock v:ext="edit" '
            f'shapetype="t"/></v:shapetype>' if not any("_x0000_t32" in v for v in self.vml) else "")
        self.vml.append(
            f'<v:shape id="Straight Arrow Connector {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t32" '
            f'style="position:absolute;left:{min(x1, x2) // 635};top:{y1 // 635};width:{abs(x2 - x1) // 635};'
            f'height:{(y2 - y1) // 635}{";flip:x" if flip else ""}" o:connectortype="straight" '
            f'strokecolor="#{color}" strokeweight="1.5pt"><v:stroke endarrow="block"/></v:shape>')

    def xml(self, align: str = "center") -> str:
        """The paragraph holding the canvas."""
        cw, ch = self.w // 635, self.h // 635
        drawing = (f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{self.w}" '
                   f'cy="{self.h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{self.id}" '
                   f'name={attr(self.name)}/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
                   f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"><wpc:wpc><wpc:bg/>'
                   f'<wpc:whole/>{"".join(self.shapes)}</wpc:wpc></a:graphicData></a:graphic></wp:inline>'
                   f'</w:drawing>')
        pict = (f'<w:pict><v:group id="{self.name}" o:spid="_x0000_s{1025 + self.id}" '
                f'style="width:{self.w / 12700:.1f}pt;height:{self.h / 12700:.1f}pt;mso-position-horizontal-relative:'
                f'char;mso-position-vertical-relative:line" coordsize="{cw},{ch}"><v:shapetype id="_x0000_t75" '
                f'coordsize="21600,21600" o:spt="75" o:preferrelative="t" filled="f" stroked="f"/>'
                f'<v:shape id="_x0000_s{1024 + self.id}" type="#_x0000_t75" style="position:absolute;width:{cw};'
                f'height:{ch};visibility:visible;mso-wrap-style:square"><v:fill o:detectmouseclick="t"/>'
                f'<v:path o:connecttype="none"/></v:shape>{"".join(self.vml)}</v:group></w:pict>')
        return p(f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wpc">{drawing}'
                 f'</mc:Choice><mc:Fallback>{pict}</mc:Fallback></mc:AlternateContent></w:r>',
                 ppr=f'<w:spacing w:after="120"/><w:jc w:val="{align}"/>')


def box_para(text: str, *, size: float = 10, bold=False, color="000000", align="center", after=0) -> str:
    return (f'<w:p><w:pPr><w:spacing w:after="{after}" w:line="240" w:lineRule="auto"/><w:jc w:val="{align}"/>'
            f'</w:pPr>{r(text, rpr(bold=bold, size=size, color=color))}</w:p>')


# ----------------------------------------------------------------- numbering definitions
def add_numbering(doc, abstract_id: int, num_id: int, levels: str) -> int:
    """Append a w:abstractNum (its w:lvl XML given) and a w:num pointing at it to numbering.xml."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
                     f'{levels}</w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def level(fmt: str, text: str, *, bold=False, color=None, indent=720, hanging=720, suff="tab") -> str:
    rp = ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "")
    return (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suff}"/>'
            f'<w:lvlText w:val={attr(text)}/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" '
            f'w:hanging="{hanging}"/></w:pPr>' + (f"<w:rPr>{rp}</w:rPr>" if rp else "") + "</w:lvl>")


def num_ppr(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def field(instr: str, result_runs: str) -> str:
    """A complex field: begin, instruction, separate, the cached result runs, end."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {esc(instr)} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{result_runs}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
