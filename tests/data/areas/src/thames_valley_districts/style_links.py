"""House style B (the Berkshire districts' shared reportlab template): the priorities are written inside the
links of a drawn chain hanging down page 5 ("Stronger links"), each big link joined to the next by a small
upright link; no numbers. Used by Bracknell Forest, Wokingham, West Berkshire and Windsor and Maidenhead, each
with its own colours."""
from kit_rl import Draw, Paragraph, Spacer, bullets, build_doc, centred_text, colors, hexc, mm, wrap_lines


def priorities_page(st, d):
    pr = d["priorities"]
    link_w, link_h, gap = 128 * mm, 25 * mm, 9 * mm
    height = len(pr) * link_h + (len(pr) - 1) * gap + 4

    def draw(c, aw, h):
        cx = aw / 2
        top = h - 2
        for i, (_, text, _) in enumerate(pr):
            y = top - i * (link_h + gap) - link_h
            if i:
                c.setStrokeColor(hexc(d["link2"]))
                c.setLineWidth(5)
                c.roundRect(cx - 6 * mm, y + link_h - 5 * mm, 12 * mm, gap + 10 * mm, 6 * mm, stroke=1, fill=0)
            c.setFillColor(hexc(d["fill"]))
            c.setStrokeColor(hexc(d["link"]))
            c.setLineWidth(6)
            c.roundRect(cx - link_w / 2, y, link_w, link_h, link_h / 2, stroke=1, fill=1)
            lines = wrap_lines(text, st.bold, 12.5, link_w - 30 * mm)
            lead = 15
            block = len(lines) * lead
            centred_text(c, lines, st.bold, 12.5, cx, y + link_h / 2 + block / 2 + 2, lead=lead,
                         colour=hexc(d["ink"]))
    out = [Paragraph(d["intro"], st.body), Spacer(1, 6), Draw(height, draw), Spacer(1, 10)]
    out.append(Paragraph(d.get("below_head", "Why these links?"), st.h2))
    out += [Paragraph(p, st.body) for p in d["why"]]
    return out


def build(out_root, d):
    from kit_rl import Styles
    st = Styles(body=d.get("font", "dejavu"), head=d.get("hfont", "liberation-serif"), primary=d["primary"],
                accent=d["accent"])
    path = out_root / d["file"]
    return build_doc(path, d, st, priorities_page, folio=d.get("folio", lambda n, t: f"Page {n}"),
                     contents_style=d.get("contents", "dots"))
