"""Web-page producer: writes an HTML page with print CSS and prints it to PDF with
headless Chromium. Running header and footer come from CSS @page margin boxes."""

from __future__ import annotations

import html
from pathlib import Path

from common import chromium_to_pdf, two_pass

BASE_CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "%(running)s"; font: 8pt %(font)s; color: #666; }
  @top-right { content: "%(running_right)s"; font: 8pt %(font)s; color: #666; }
  @bottom-left { content: "%(footer)s"; font: 8pt %(font)s; color: #777; }
  @bottom-right { content: "%(pageword)s" counter(page); font: bold 8.5pt %(font)s;
                  color: %(primary)s; } }
@page :first { margin: 0; @top-left { content: none } @top-right { content: none }
  @bottom-left { content: none } @bottom-right { content: none } }
@page back { margin: 0; @top-left { content: none } @top-right { content: none }
  @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: %(font)s; font-size: %(size)s; line-height: 1.45; color: #222; }
.pb { break-before: page; }
.avoid { break-inside: avoid; }
h1, h2, h3, h4 { break-after: avoid; }
li { margin-bottom: 3pt; }
table { border-collapse: collapse; width: 100%%; margin: 6pt 0 12pt 0; font-size: 0.92em; }
th, td { text-align: left; vertical-align: top; padding: 5pt 6pt; }
tr { break-inside: avoid; }
.toc-row { display: flex; align-items: baseline; margin: 5pt 0; }
.toc-row .lbl { white-space: nowrap; }
.toc-row .dots { flex: 1; border-bottom: 1.5px dotted #888; margin: 0 5pt; transform: translateY(-3pt); }
.toc-row.l1 { padding-left: 16pt; font-size: 0.95em; }
.toc-row.l0 { font-weight: bold; }
.stats { display: flex; gap: 6pt; margin: 8pt 0 14pt 0; break-inside: avoid; }
.stat { flex: 1; padding: 9pt 10pt; color: #fff; }
.stat b { display: block; font-size: 20pt; line-height: 1.1; margin-bottom: 3pt; }
.stat span { font-size: 8.5pt; display: block; line-height: 1.3; }
.case { break-inside: avoid; margin: 10pt 0 14pt 0; padding: 9pt 12pt; }
.case h4 { margin: 0 0 4pt 0; }
.case p { margin: 3pt 0; }
.back { page: back; break-before: page; height: 296mm; padding: 40mm 22mm; color: #fff; }
.back h2 { color: #fff; font-size: 20pt; margin-top: 60mm; }
.back p { margin: 3pt 0; }
.back .small { font-size: 8pt; opacity: 0.85; margin-top: 20mm; }
"""


def esc(s: str) -> str:
    """Escape text but keep the simple inline tags used in content (<b>, <i>, <br/>)."""
    out = html.escape(s, quote=False)
    for tag in ("b", "i", "strong", "em"):
        out = out.replace(f"&lt;{tag}&gt;", f"<{tag}>").replace(f"&lt;/{tag}&gt;", f"</{tag}>")
    return out.replace("&lt;br/&gt;", "<br/>")


def render_blocks(blocks, pages, theme) -> str:
    out = []
    stat_cols = theme["tiles"]
    for blk in blocks:
        k = blk[0]
        o = blk[2] if len(blk) > 2 and isinstance(blk[2], dict) else {}
        if k == "section":  # new page + h1
            cls = o.get("cls", "")
            out.append(f'<section class="pb {cls}">')
            if o.get("label"):
                out.append(f'<div class="label">{esc(o["label"])}</div>')
            out.append(f"<h1>{esc(blk[1])}</h1>")
            if o.get("sub"):
                out.append(f'<p class="sub">{esc(o["sub"])}</p>')
        elif k == "end":
            out.append("</section>")
        elif k == "newpage":
            out.append('<div class="pb"></div>')
        elif k == "contents":
            for label, key, level in blk[1]:
                out.append(f'<div class="toc-row l{level}"><span class="lbl">{esc(label)}</span>'
                           f'<span class="dots"></span><span class="pg">{pages.get(key, 0)}'
                           f"</span></div>")
        elif k in ("h1", "h2", "h3", "h4"):
            cls = f' class="{o["cls"]}"' if o.get("cls") else ""
            out.append(f"<{k}{cls}>{esc(blk[1])}</{k}>")
        elif k == "label":
            out.append(f'<div class="label">{esc(blk[1])}</div>')
        elif k == "p":
            out.append(f"<p>{esc(blk[1])}</p>")
        elif k == "lead":
            out.append(f'<p class="lead">{esc(blk[1])}</p>')
        elif k == "small":
            out.append(f'<p class="smallprint">{esc(blk[1])}</p>')
        elif k == "bullets":
            cls = f' class="{blk[2]}"' if len(blk) > 2 and isinstance(blk[2], str) else ""
            out.append(f"<ul{cls}>" + "".join(f"<li>{esc(i)}</li>" for i in blk[1]) + "</ul>")
        elif k == "numbered":
            out.append("<ol>" + "".join(f"<li>{esc(i)}</li>" for i in blk[1]) + "</ol>")
        elif k == "table":
            head, rows = blk[1], blk[2]
            widths = blk[3] if len(blk) > 3 else None
            cols = ""
            if widths:
                cols = "<colgroup>" + "".join(f'<col style="width:{w * 100:.0f}%">'
                                              for w in widths) + "</colgroup>"
            body = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in r) + "</tr>"
                           for r in rows)
            out.append(f"<table>{cols}<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head)
                       + f"</tr></thead><tbody>{body}</tbody></table>")
        elif k == "stats":
            tiles = "".join(f'<div class="stat" style="background:{stat_cols[i % len(stat_cols)]}">'
                            f"<b>{esc(b)}</b><span>{esc(t)}</span></div>"
                            for i, (b, t) in enumerate(blk[1]))
            out.append(f'<div class="stats">{tiles}</div>')
        elif k == "case":
            paras = blk[2] if isinstance(blk[2], list) else [blk[2]]
            out.append(f'<div class="case"><h4>{esc(blk[1])}</h4>'
                       + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>")
        elif k == "quote":
            who = f'<div class="who">{esc(blk[2])}</div>' if len(blk) > 2 else ""
            out.append(f'<blockquote>{esc(blk[1])}{who}</blockquote>')
        elif k == "raw":
            out.append(blk[1])
        elif k == "back":
            b = blk[1]
            out.append(f'<div class="back"><h2>{esc(b["title"])}</h2>'
                       + "".join(f"<p>{esc(x)}</p>" for x in b["lines"])
                       + "".join(f'<p class="small">{esc(x)}</p>' for x in b.get("small", []))
                       + "</div>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def _cell(c):
    if isinstance(c, list):
        return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in c) + "</ul>"
    return esc(c)


def page_html(d: dict, pages: dict) -> str:
    t = d["theme"]
    css = BASE_CSS % {"running": d["running"], "running_right": d.get("running_right", ""),
                      "footer": d.get("footer", ""), "pageword": t.get("pageword", "Page "),
                      "font": t["font"], "size": t.get("size", "10pt"),
                      "primary": t["primary"]}
    body = d["cover_html"] + render_blocks(d["blocks"], pages, t)
    title = html.escape(d["meta"]["title"])
    return (f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
            f'<title>{title}</title><meta name="author" content="{html.escape(d["meta"]["author"])}">'
            f"<style>{css}\n{d['css']}</style></head><body>\n{body}\n</body></html>\n")


def build(d: dict, out_pdf: Path, html_path: Path) -> dict:
    headings = [key for blk in d["blocks"] if blk[0] == "contents" for _, key, _ in blk[1]]

    def render(pages):
        html_path.parent.mkdir(parents=True, exist_ok=True)
        html_path.write_text(page_html(d, pages), encoding="utf-8")
        chromium_to_pdf(html_path, out_pdf)

    return two_pass(render, headings, out_pdf, d.get("contents_page", 2) + 1)
