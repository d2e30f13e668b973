"""The ways this area's documents state their priorities.  Each function returns a "custom" block for kit.py.

House styles shared by several documents:
- `kicker_html`   (house style B, Chromium: Keeping Bristol Safe, Safer Somerset): each priority in large light
                  type under a small spaced "PRIORITY" kicker set flush right, with a hairline above;
- `because_docx`  (house style A, Word: Bath and North East Somerset, South Gloucestershire): Word auto-numbered
                  list (List Number style), bold priority, soft line break, grey italic "Because ..." line.
Single-document layouts are named after what they look like.
"""
from __future__ import annotations

from avon_somerset_districts.kit import esc, plain


# ------------------------------------------------------------------ house style B: kicker (Chromium)
KICKER_CSS = """
.kp { border-top: 0.6px solid %(c)s; padding: 2.2mm 0 3.2mm 0; }
.kp .k { text-align: right; font-size: 7pt; letter-spacing: 2.4pt; color: %(c)s; }
.kp .pt { font-size: 17pt; font-weight: 300; line-height: 1.18; color: #1d1d1d; margin: 0.5mm 0 1.5mm 0; }
.kp .pd { font-size: 9pt; color: #555; }
"""


def kicker_html(priorities, intro, after=""):
    def f(spec):
        out = [f"<p>{esc(intro)}</p>"]
        for text, desc in priorities:
            out.append(f'<div class="kp"><div class="k">PRIORITY</div><div class="pt">{esc(text)}</div>'
                       f'<div class="pd">{esc(desc)}</div></div>')
        if after:
            out.append(f'<p class="note">{esc(after)}</p>')
        return "".join(out)
    return ("custom", {"html": f})


# ------------------------------------------------------------------ house style A: "Because" (Word)
def because_docx(priorities, intro, after=""):
    def f(d, spec):
        from docx_kit import Pt, rgb
        c = spec["colours"]
        d.add_paragraph(intro)
        for text, why in priorities:
            p = d.add_paragraph(style="List Number")
            p.paragraph_format.space_after = Pt(9)
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = rgb(c[0])
            r.add_break()
            r2 = p.add_run("Because " + why)
            r2.italic = True
            r2.font.size = Pt(9.5)
            r2.font.color.rgb = rgb("666666")
        if after:
            d.add_paragraph(after)
    return ("custom", {"docx": f})


# ------------------------------------------------------------------ reportlab helpers
def _para(text, st, **kw):
    from rl_kit import ParagraphStyle, Paragraph
    return Paragraph(esc(text), ParagraphStyle("x", parent=st["body"], **kw))


def binder_rl(priorities, intro):
    """North Somerset: the coloured tabs of a drawn ring binder's divider sheets."""
    def f(spec, st, width):
        from rl_kit import Flowable, Paragraph, ParagraphStyle, hexc, mm
        cols = [hexc(x) for x in spec["tabs"]]

        class Binder(Flowable):
            def wrap(self, aw, ah):
                self.aw = aw
                self.n = len(priorities)
                self.step = 27 * mm
                self.h = self.n * self.step + 22 * mm
                return aw, self.h

            def draw(self):
                c = self.canv
                sheet_w = self.aw - 62 * mm
                # binder spine and rings
                c.setFillColor(hexc("#3A3A3A"))
                c.rect(0, 0, 12 * mm, self.h, stroke=0, fill=1)
                for k in range(3):
                    y = self.h * (k + 1) / 4
                    c.setStrokeColor(hexc("#BBBBBB"))
                    c.setLineWidth(2.2)
                    c.circle(12 * mm, y, 4.5 * mm, stroke=1, fill=0)
                for i, (text, _) in enumerate(priorities):
                    top = self.h - 8 * mm - i * self.step
                    c.setFillColor(hexc("#FBFAF6"))
                    c.setStrokeColor(hexc("#C9C4B8"))
                    c.setLineWidth(0.6)
                    c.rect(16 * mm, top - self.step - 6 * mm, sheet_w, self.step + 6 * mm, stroke=1, fill=1)
                    c.setFillColor(cols[i % len(cols)])
                    tab_x = 16 * mm + sheet_w - 2 * mm
                    c.roundRect(tab_x, top - self.step + 3 * mm, 62 * mm, self.step - 5 * mm, 3 * mm, stroke=0,
                                fill=1)
                    c.setFont(st["bold"], 20)
                    c.setFillColor(cols[i % len(cols)])
                    c.drawString(22 * mm, top - 12 * mm, f"0{i + 1}")
                    p = Paragraph(esc(text), ParagraphStyle("tab", fontName=st["bold"], fontSize=10, leading=12.4,
                                                            textColor=hexc("#FFFFFF")))
                    w, h = p.wrap(55 * mm, self.step)
                    p.drawOn(c, tab_x + 4 * mm, top - self.step / 2 - h / 2 + 1 * mm)
        return [_para(intro, st), Binder()]
    return ("custom", {"rl": f})


def midbox_rl(priorities, before, after, title):
    """VAWG: two-column running text broken by a full-width box holding the priorities."""
    def f(spec, st, width):
        from rl_kit import Paragraph, ParagraphStyle, Table, TableStyle, hexc, mm, RuledBox, Spacer
        c0 = hexc(spec["colours"][0])

        def two(texts):
            half = (len(texts) + 1) // 2
            l = [_para(t, st, fontSize=9.2, leading=12.8) for t in texts[:half]]
            r = [_para(t, st, fontSize=9.2, leading=12.8) for t in texts[half:]]
            t = Table([[l, r]], colWidths=[width / 2 - 4 * mm, width / 2 - 4 * mm], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (1, 0), (1, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm)]))
            return t
        items = [Paragraph(esc(title), ParagraphStyle("bt", fontName=st["bold"], fontSize=9, leading=12,
                                                        textColor=hexc("#F7D9E6")))]
        for text in priorities:
            items.append(Paragraph(esc(text), ParagraphStyle("bp", fontName=st["bold"], fontSize=13.5, leading=16.5,
                                                             textColor=hexc("#FFFFFF"), spaceBefore=5)))
        return [two(before), Spacer(1, 4 * mm), RuledBox(items, c0, pad=12), Spacer(1, 4 * mm), two(after)]
    return ("custom", {"rl": f})


def panel_rl(priorities, title, intro=""):
    """Serious violence: a grey panel in the executive summary, bold priority then a plain line under it."""
    def f(spec, st, width):
        from rl_kit import Paragraph, ParagraphStyle, RuledBox, hexc
        items = [Paragraph(esc(title), ParagraphStyle("pt", fontName=st["bold"], fontSize=11, leading=14,
                                                        textColor=hexc(spec["colours"][0])))]
        for text, line in priorities:
            items.append(Paragraph(esc(text), ParagraphStyle("pp", fontName=st["bold"], fontSize=11.5, leading=14,
                                                             spaceBefore=6)))
            items.append(Paragraph(esc(line), ParagraphStyle("pl", fontName=st["reg"], fontSize=9, leading=12,
                                                             textColor=hexc("#555555"))))
        out = [_para(intro, st)] if intro else []
        return out + [RuledBox(items, hexc("#ECECEC"), pad=11)]
    return ("custom", {"rl": f})


def numeral_columns_rl(priorities, intro):
    """Somerset drugs: a row of big numerals over four columns, the priority under each numeral."""
    def f(spec, st, width):
        from rl_kit import Paragraph, ParagraphStyle, Table, TableStyle, hexc, mm
        c0, c1 = hexc(spec["colours"][0]), hexc(spec["colours"][1])
        n = len(priorities)
        num = ParagraphStyle("n", fontName=st["bold"], fontSize=40, leading=44, textColor=c1)
        pri = ParagraphStyle("p", fontName=st["bold"], fontSize=12, leading=14.5, textColor=c0)
        dsc = ParagraphStyle("d", fontName=st["reg"], fontSize=8.6, leading=11.4)
        data = [[Paragraph(str(i), num) for i in range(1, n + 1)],
                [Paragraph(esc(t), pri) for t, _ in priorities],
                [Paragraph(esc(d), dsc) for _, d in priorities]]
        t = Table(data, colWidths=[width / n] * n)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 9 * mm), ("LINEABOVE", (0, 1), (-1, 1), 2, c0),
                               ("TOPPADDING", (0, 1), (-1, 1), 6), ("BOTTOMPADDING", (0, 1), (-1, 1), 8)]))
        return [_para(intro, st), t]
    return ("custom", {"rl": f})


def edgeband_rl(priorities, intro, side_texts):
    """Reducing reoffending: a coloured band down the left third of the page holds the priorities, split by
    white rules; the right two-thirds hold the board's explanation."""
    def f(spec, st, width):
        from rl_kit import Paragraph, ParagraphStyle, Table, TableStyle, hexc, mm
        c0 = hexc(spec["colours"][0])
        ps = ParagraphStyle("e", fontName=st["bold"], fontSize=11.5, leading=14, textColor=hexc("#FFFFFF"))
        left = [[Paragraph(esc(t), ps)] for t in priorities]
        lt = Table(left, colWidths=[width * 0.36 - 4 * mm])
        lt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), c0), ("LINEBELOW", (0, 0), (-1, -2), 2,
                                hexc("#FFFFFF")), ("TOPPADDING", (0, 0), (-1, -1), 10),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 12), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
        right = [_para(t, st, fontSize=9.2, leading=13) for t in side_texts]
        t = Table([[lt, right]], colWidths=[width * 0.36, width * 0.64])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("LEFTPADDING", (1, 0), (1, 0), 8 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [_para(intro, st), t]
    return ("custom", {"rl": f})


def disc_rows_rl(priorities, intro):
    """Somerset hate crime: full-width rows, a big numeral in a drawn disc, the priority beside it."""
    def f(spec, st, width):
        from rl_kit import Flowable, Paragraph, ParagraphStyle, Table, TableStyle, hexc, mm
        c0, c1 = hexc(spec["colours"][0]), hexc(spec["colours"][1])

        class Disc(Flowable):
            def __init__(self, n):
                super().__init__()
                self.n = n

            def wrap(self, aw, ah):
                return 22 * mm, 22 * mm

            def draw(self):
                c = self.canv
                c.setFillColor(c1)
                c.circle(11 * mm, 11 * mm, 10 * mm, stroke=0, fill=1)
                c.setFillColor(hexc("#FFFFFF"))
                c.setFont(st["bold"], 22)
                c.drawCentredString(11 * mm, 8 * mm, str(self.n))
        ps = ParagraphStyle("h", fontName=st["bold"], fontSize=14, leading=17, textColor=c0, spaceAfter=3)
        ds = ParagraphStyle("d", fontName=st["reg"], fontSize=9, leading=12)
        rows = [[Disc(i), [Paragraph(esc(t), ps), Paragraph(esc(d), ds)]] for i, (t, d) in enumerate(priorities, 1)]
        t = Table(rows, colWidths=[28 * mm, width - 28 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.6, c1),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [_para(intro, st), t]
    return ("custom", {"rl": f})


def darkbox_rl(priorities, title, intro, after):
    """Modern slavery: a dark box, white square markers and white priorities."""
    def f(spec, st, width):
        from rl_kit import Paragraph, ParagraphStyle, RuledBox, hexc
        items = [Paragraph(esc(title), ParagraphStyle("t", fontName=st["bold"], fontSize=12, leading=15,
                                                        textColor=hexc("#F2C14E")))]
        for text in priorities:
            items.append(Paragraph(esc(text), ParagraphStyle("w", fontName=st["bold"], fontSize=12, leading=15,
                                                             textColor=hexc("#FFFFFF"), leftIndent=14,
                                                             spaceBefore=6), bulletText="\u25aa"))
        return [_para(intro, st), RuledBox(items, hexc(spec["colours"][0]), pad=13), _para(after, st)]
    return ("custom", {"rl": f})


def hedge_bands_rl(priorities, intro):
    """Rural crime: stacked full-width field-green bands with a drawn hedge edge, a paragraph under each."""
    def f(spec, st, width):
        from rl_kit import Flowable, Paragraph, ParagraphStyle, hexc, mm, Spacer
        c0, c1 = hexc(spec["colours"][0]), hexc(spec["colours"][1])

        class Band(Flowable):
            def __init__(self, text):
                super().__init__()
                self.p = Paragraph(esc(text), ParagraphStyle("b", fontName=st["bold"], fontSize=13, leading=16,
                                                             textColor=hexc("#FFFFFF")))

            def wrap(self, aw, ah):
                self.aw = aw
                _, h = self.p.wrap(aw - 16 * mm, ah)
                self.h = h + 14 * mm
                return aw, self.h

            def draw(self):
                c = self.canv
                c.setFillColor(c0)
                c.rect(0, 0, self.aw, self.h - 4 * mm, stroke=0, fill=1)
                c.setFillColor(c1)
                x = 0
                while x < self.aw:  # hedge bumps along the top edge
                    c.circle(x + 3 * mm, self.h - 4 * mm, 3 * mm, stroke=0, fill=1)
                    x += 5 * mm
                self.p.drawOn(c, 8 * mm, 4 * mm)
        out = [_para(intro, st)]
        for text, desc in priorities:
            out += [Band(text), Spacer(1, 2 * mm), _para(desc, st), Spacer(1, 3 * mm)]
        return out
    return ("custom", {"rl": f})


# ------------------------------------------------------------------ Word layouts
def diamond_docx(priorities, intro):
    """Bristol DASV: a two-column Word table, a shaded left cell holding a diamond glyph and the right cell
    holding the bold priority, with a 'Lead:' line under it."""
    def f(d, spec):
        from docx_kit import Pt, rgb, shade, set_widths, WD_ALIGN_PARAGRAPH
        c = spec["colours"]
        d.add_paragraph(intro)
        t = d.add_table(rows=len(priorities), cols=2)
        for i, (text, lead) in enumerate(priorities):
            a, b = t.cell(i, 0), t.cell(i, 1)
            shade(a, c[0])
            pa = a.paragraphs[0]
            pa.alignment = WD_ALIGN_PARAGRAPH.CENTER
            ra = pa.add_run("\u25c6")
            ra.font.size = Pt(16)
            ra.font.color.rgb = rgb("FFFFFF")
            shade(b, c[2])
            pb = b.paragraphs[0]
            pb.paragraph_format.space_after = Pt(2)
            rb = pb.add_run(text)
            rb.bold = True
            rb.font.size = Pt(12)
            rb.font.color.rgb = rgb(c[0])
            pl = b.add_paragraph()
            rl = pl.add_run("Lead: " + lead)
            rl.font.size = Pt(8.5)
            rl.font.color.rgb = rgb("555555")
        set_widths(t, [1.4, 15.2])
        d.add_paragraph("")
    return ("custom", {"docx": f})


def h3_status_docx(priorities, intro):
    """South Gloucestershire youth justice: each priority a Word Heading 3 followed by a 'Status at the last
    review' line and a paragraph."""
    def f(d, spec):
        from docx_kit import heading, Pt, rgb
        d.add_paragraph(intro)
        for text, status, desc in priorities:
            heading(d, text, 3)
            p = d.add_paragraph()
            r = p.add_run(f"Status at the last review: {status}")
            r.font.size = Pt(8.5)
            r.bold = True
            r.font.color.rgb = rgb({"Green": "2E7D32", "Amber": "B26A00", "Red": "B71C1C", "New": "555555"}[status])
            p.paragraph_format.space_after = Pt(2)
            d.add_paragraph(desc)
    return ("custom", {"docx": f})


def residents_docx(priorities, intro):
    """North Somerset ASB: a two-column Word table, 'Our priority' | 'What residents will notice'."""
    def f(d, spec):
        from docx_kit import table
        d.add_paragraph(intro)
        table(d, [["Our priority", "What residents will notice"]] + [list(x) for x in priorities], [7.0, 9.6],
              head_fill=spec["colours"][0], band=spec["colours"][2], size=10, bold_first_col=True)
        d.add_paragraph("")
    return ("custom", {"docx": f})


# ------------------------------------------------------------------ Chromium layouts
def progress_bands_html(priorities, intro):
    """Bristol drugs: horizontal bands, the priority as the band's heading, a progress bar and 'Year 1 of 3'."""
    def f(spec):
        c = spec["colours"]
        out = [f"<p>{esc(intro)}</p>"]
        for text, desc, pct in priorities:
            out.append(f'<div style="border-left:7px solid {c[1]};background:{c[2]};padding:3mm 5mm;margin:0 0 4mm 0">'
                       f'<div style="font-size:13.5pt;font-weight:700;color:{c[0]};margin-bottom:1.5mm">{esc(text)}</div>'
                       f'<div style="font-size:9pt;margin-bottom:2mm">{esc(desc)}</div>'
                       f'<div style="height:2.2mm;background:#fff;width:60%;display:inline-block;vertical-align:middle">'
                       f'<div style="height:2.2mm;width:{pct}%;background:{c[0]}"></div></div>'
                       f'<span style="font-size:7.5pt;color:#555;margin-left:3mm">Delivery: year 1 of 3</span></div>')
        return "".join(out)
    return ("custom", {"html": f})


def night_html(priorities, intro):
    """Bath night-time economy: a night-out timeline, a time on the left and the priority on the right."""
    def f(spec):
        c = spec["colours"]
        out = [f"<p>{esc(intro)}</p><div style='position:relative;margin-top:5mm'>"]
        for time, text, desc in priorities:
            out.append(f'<div style="display:flex;margin-bottom:5mm"><div style="width:26mm;font-size:15pt;'
                       f'font-weight:700;color:{c[1]};border-right:3px solid {c[0]};padding-right:4mm;text-align:right">'
                       f'{esc(time)}</div><div style="flex:1;padding-left:6mm"><div style="font-size:13pt;'
                       f'font-weight:700;color:{c[0]};margin-bottom:1mm">{esc(text)}</div>'
                       f'<div style="font-size:9pt">{esc(desc)}</div></div></div>')
        out.append("</div>")
        return "".join(out)
    return ("custom", {"html": f})


def measured_cards_html(priorities, intro):
    """Victims' strategy: a two-by-N grid of cards, the priority as the card heading, 'Measured by' at the foot."""
    def f(spec):
        c = spec["colours"]
        out = [f"<p>{esc(intro)}</p><div style='display:grid;grid-template-columns:1fr 1fr;gap:5mm'>"]
        for text, desc, meas in priorities:
            out.append(f'<div style="border:1px solid {c[1]};border-radius:3mm;padding:4mm;display:flex;'
                       f'flex-direction:column"><div style="font-size:12.5pt;font-weight:700;color:{c[0]};'
                       f'margin-bottom:2mm;line-height:1.25">{esc(text)}</div><div style="font-size:9pt;flex:1">'
                       f'{esc(desc)}</div><div style="font-size:7.8pt;color:#555;border-top:1px solid {c[2]};'
                       f'margin-top:3mm;padding-top:1.5mm">Measured by: {esc(meas)}</div></div>')
        out.append("</div>")
        return "".join(out)
    return ("custom", {"html": f})
