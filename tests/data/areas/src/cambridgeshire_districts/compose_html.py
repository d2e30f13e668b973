"""A long-form strategy written as one HTML file and printed by headless Chromium.

Paged media does the page furniture: every chapter is a <section> on a named page whose @page rule carries the
chapter's running header (top margin box) and "Page N of M" (bottom margin box, counter(page) and
counter(pages)); the delivery plan's named page is A4 landscape; table headers (<thead>) repeat when a table
breaks; two chapters are set in CSS columns. Chromium has no footnotes, so this document uses chapter notes and
endnotes. The contents page numbers come from a second print (common.two_pass).
"""
from __future__ import annotations

import html
import random
from pathlib import Path

from common import chromium_to_pdf, two_pass

from .compose import CROSS, GLOSSARY, PCP
from .prose import para

WORK = Path("/tmp/cambridgeshire_districts_build")

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "%(short)s"; font: 8pt 'Liberation Sans'; color: #555; } }
@page cover { margin: 0; @bottom-right { content: none; } @bottom-left { content: none; } }
%(named)s
body { margin: 0; }
html { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.45; color: #222; }
h1 { font-family: 'DejaVu Serif', serif; color: %(c1)s; font-size: 21pt; margin: 0 0 10pt; font-weight: bold; }
h1 .n { color: %(c2)s; margin-right: 8pt; }
h2 { color: %(c1)s; font-size: 12.5pt; margin: 12pt 0 5pt; break-after: avoid; }
h3 { color: %(c2)s; font-size: 10.5pt; margin: 8pt 0 3pt; break-after: avoid; }
p { margin: 0 0 6pt; text-align: justify; }
section.chap { break-before: page; }
.cols { columns: 2; column-gap: 8mm; }
.cover { page: cover; height: 296mm; overflow: hidden; background: %(c1)s; color: white; position: relative; }
.cover .org { position: absolute; top: 40mm; left: 22mm; font-size: 13pt; }
.cover .t { position: absolute; top: 60mm; left: 22mm; right: 22mm; font: bold 30pt 'DejaVu Serif', serif; }
.cover .y { position: absolute; top: 118mm; left: 22mm; font-size: 16pt; }
.cover .band { position: absolute; top: 140mm; left: 0; right: 0; height: 10mm; background: %(c2)s; }
.cover .note { position: absolute; bottom: 22mm; left: 22mm; font-size: 9pt; }
.toc { page: toc; break-before: page; }
.toc .row { display: flex; align-items: baseline; margin: 2.2pt 0; }
.toc .row .lead { flex: 1; border-bottom: 1px dotted #888; margin: 0 4pt; }
.toc .l0 { font-weight: bold; color: %(c1)s; margin-top: 6pt; }
.toc .l1 { padding-left: 18pt; font-size: 9pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt; font-size: 8.6pt; }
th { background: %(c1)s; color: white; text-align: left; padding: 3pt 4pt; }
td { border-bottom: 0.5pt solid #bbb; padding: 3pt 4pt; vertical-align: top; }
tr { break-inside: avoid; }
tbody tr:nth-child(even) td { background: #f4f1ec; }
td.b { font-weight: bold; }
.statement { border: 1.5pt solid %(c1)s; border-radius: 6pt; padding: 8pt 12pt; margin: 8pt 0; break-inside: avoid; }
.statement ol { margin: 0; padding-left: 22pt; list-style: decimal-leading-zero; }
.statement li { margin: 6pt 0; }
.statement li strong { color: %(c1)s; font-size: 11pt; }
.quote { font: italic 11pt 'DejaVu Serif', serif; color: %(c2)s; margin: 8pt 16pt; }
.notes { font-size: 8pt; color: #444; border-top: 0.5pt solid #999; margin-top: 10pt; padding-top: 4pt; }
sup { font-size: 6.5pt; }
ul { margin: 2pt 0 8pt; padding-left: 16pt; }
"""


def esc(s):
    return html.escape(s, quote=False)


class Html:
    def __init__(self, D):
        self.D = D
        self.rng = random.Random(D["seed"])
        self.ctx = dict(place=D["place"], body=D["body"], year=D.get("agreed", "2025"))
        self.parts: list[str] = []
        self.toc: list[tuple[int, str, str]] = []  # (level, text, needle)
        self.named: list[str] = []
        self.endnotes: list[str] = []
        self.nchap = 0

    def p(self, topics, lo=4, hi=6):
        return f"<p>{esc(para(self.rng, topics, lo, hi, **self.ctx))}</p>"

    def chapter(self, label, title, landscape=False, cols=False, toc=True):
        self.nchap += 1
        name = f"c{self.nchap}"
        head = f"{label} {title}".strip()
        size = "size: A4 landscape; " if landscape else ""
        self.named.append(f"@page {name} {{ {size}@top-left {{ content: \"{head}\"; font: bold 8.5pt 'Liberation Sans'; "
                          f"color: {self.D['style']['c1']}; border-bottom: 0.6pt solid {self.D['style']['c1']}; "
                          f"vertical-align: bottom; padding-bottom: 2pt; }} }}")
        if toc:
            self.toc.append((0, head, f"{head} {head}"))
        n = f'<span class="n">{esc(label)}</span>' if label else ""
        return f'<section class="chap" style="page: {name}"><h1>{n}{esc(title)}</h1>' + ('<div class="cols">' if cols else "<div>")

    def section(self, label, title):
        t = f"{label} {title}"
        self.toc.append((1, t, t))
        return f"<h2>{esc(t)}</h2>"

    def table(self, header, rows, bold_first=False, widths=None):
        cg = "".join(f'<col style="width:{w}%">' for w in widths) if widths else ""
        th = "".join(f"<th>{esc(h)}</th>" for h in header)
        body = "".join("<tr>" + "".join(f'<td{" class=b" if bold_first and i == 0 else ""}>{esc(str(v))}</td>'
                                        for i, v in enumerate(r)) + "</tr>" for r in rows)
        return f"<table><colgroup>{cg}</colgroup><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"

    def en(self, text, note):
        self.endnotes.append(note)
        return f"<p>{esc(text)}<sup>[{len(self.endnotes)}]</sup></p>"


def render(D, pages):
    h = Html(D)
    rng, ctx, P = h.rng, h.ctx, D["priorities"]
    B = []
    B.append(f'<div class="cover"><div class="org">{esc(D["org"])}</div><div class="t">{esc(D["cover_title"])}</div>'
             f'<div class="y">{esc(D["years"])}</div><div class="band"></div>'
             f'<div class="note">Statistics in this document are illustrative.</div></div>')
    B.append("@@TOC@@")
    B.append(h.chapter("", "Foreword"))
    B += [h.p(["intro", "partnership"]) for _ in range(4)] + [f"<p><i>{esc(D['signed'])}</i></p></div></section>"]
    B.append(h.chapter("", "Summary"))
    B.append(h.p(["intro", "evidence"], 3, 4))
    B.append("<p>Put simply, the partnership's work over the next three years will centre on:</p><ul>" +
             "".join(f"<li>{esc(x['short'])}</li>" for x in P) + "</ul>")
    B += [h.p(["delivery", "measures"]), h.p("partnership"), "</div></section>"]
    # 1 introduction
    B.append(h.chapter("1.", "Introduction"))
    B += [h.p("intro"), h.en(para(rng, "intro", 2, 3, **ctx), "Crime and Disorder Act 1998, section 6."),
          h.section("1.1", "The purpose of this strategy"), h.p(["intro", "partnership"]), h.p("evidence"),
          h.section("1.2", "How we wrote it"), h.p("consultation"), "</div></section>"]
    # 2 city (two columns)
    B.append(h.chapter("2.", f"{D['place']} today", cols=True))
    B += [h.p("context"), h.p("context"), h.section("2.1", "Population and growth"), h.p(["context", "equality"]),
          h.p("context"), h.section("2.2", "Crime and disorder"), h.en(para(rng, ["context", "evidence"], **ctx),
                                                                      "Police recorded crime, illustrative extract."),
          h.p(D["topics"]), h.p(D["topics"]), h.p("context"), "</div>",
          h.table(["Figure (illustrative)", "What it shows"], D["tiles"], bold_first=True, widths=[25, 75]), "</section>"]
    # 3 evidence
    B.append(h.chapter("3.", "What the evidence tells us"))
    B += [h.p("evidence"), h.section("3.1", "Key findings"), "<ul>" + "".join(f"<li>{esc(f)}</li>" for f in D["findings"])
          + "</ul>", h.p("evidence"), h.section("3.2", "What people told us"), h.p("consultation"),
          f'<div class="quote">\u201c{esc(D["quote"])}\u201d</div>', h.p(["consultation", "evidence"]),
          h.section("3.3", "Choosing priorities"), h.p(["evidence", "partnership"]), h.p(D["topics"]),
          '<div class="notes">Chapter note: the scoring of candidate issues weighed harm, volume, public concern and '
          "the partnership's ability to make a difference.</div></div></section>"]
    # 4 priorities
    B.append(h.chapter("4.", "Our priorities for 2025 to 2028"))
    B.append(f"<p>{esc(D['statement_intro'])}</p>")
    B.append('<div class="statement"><ol>' + "".join(f"<li><strong>{esc(x['text'])}</strong><br>{esc(x['why'])}</li>"
                                                   for x in P) + "</ol></div>")
    B.append("<p>The rest of this chapter explains each priority in turn.</p>")
    for i, x in enumerate(P, 1):
        B += [h.section(f"4.{i}", x["short"]), "<h3>Why it matters</h3>", h.p([x["topic"]]),
              h.p([x["topic"], "evidence"], 3, 4), "<h3>What we will do</h3><ul>" +
              "".join(f"<li>{esc(a)}</li>" for a in x["actions"]) + "</ul>", "<h3>How we will know</h3>",
              f"<p>{esc(x['measure'])}</p>"]
    B.append("</div></section>")
    # 5 delivery (landscape)
    B.append(h.chapter("5.", "Delivery plan", landscape=True))
    rows, k = [], 0
    for x in P:
        sl = x["short"][0].lower() + x["short"][1:]
        for a in x["actions"] + x.get("more", []) + [f"Agree a shared data set on {sl} with the analyst",
                                                     f"Report progress on {sl} to the board each quarter"]:
            k += 1
            rows.append((f"{D['ref']}{k:02d}", x["short"], a, rng.choice(["Council", "Police", "Fire", "Probation", "NHS",
                                                                          "Voluntary sector"]),
                         rng.choice(["Mar 2026", "Sep 2026", "Mar 2027", "Ongoing"])))
    for a in CROSS:
        k += 1
        rows.append((f"{D['ref']}{k:02d}", "Cross-cutting", a, "Board", "Annual"))
    B += [h.p("delivery", 3, 4), h.table(["Ref", "Theme", "Action", "Lead", "By"], rows, widths=[7, 20, 51, 12, 10]),
          "</div></section>"]
    # 6 measures
    B.append(h.chapter("6.", "How we will measure success"))
    B += [h.p("measures"), h.table(["Outcome measure", "Baseline (illustrative)", "Direction", "Theme"], D["measures"]),
          h.en(para(rng, "measures", 2, 3, **ctx), "Baselines are three-year averages (illustrative)."), "</div></section>"]
    # 7 governance
    B.append(h.chapter("7.", "Governance"))
    B += [h.p("governance"), h.table(["Group", "Chair", "Meets", "Reports to"], D["groups"]),
          h.section("7.1", "The Police and Crime Plan"),
          "<p>The Commissioner's Police and Crime Plan 2025\u20132029 sets six priorities:</p><ol>" +
          "".join(f"<li>{esc(t)}</li>" for t in PCP) + "</ol>", h.p("partnership", 3, 4),
          h.section("7.2", "Links to county-wide boards"), h.p(["partnership", "governance"]), "</div></section>"]
    # 8 equality (two columns)
    B.append(h.chapter("8.", "Equality and cohesion", cols=True))
    B += [h.p("equality"), h.p(["equality", "hate"]), h.section("8.1", "Consultation"), h.p("consultation"),
          h.p(["consultation", "equality"]), "</div></section>"]
    # appendices
    prev = D["previous"]
    B.append(h.chapter("Appendix A", "Priorities of the 2022\u20132025 plan"))
    B += [f"<p>The previous plan ran from {prev['years']}. Its priorities, and what happened, were:</p>",
          h.table([f"Priority {prev['years']}", "Outcome"], prev["items"], bold_first=True, widths=[45, 55]),
          h.p(["evidence", "delivery"], 3, 4), "</div></section>"]
    B.append(h.chapter("Appendix B", "National framework"))
    for head, text in D["national"]:
        B += [f"<h3>{esc(head)}</h3><p>{esc(text)}</p>"]
    B += [h.p("partnership", 3, 4), "</div></section>"]
    B.append(h.chapter("Appendix C", "Data annex"))
    drows = []
    for ind, src in D["data"]:
        v = [rng.randint(40, 4000)]
        for _ in range(2):
            v.append(max(1, int(v[-1] * rng.uniform(0.82, 1.18))))
        drows.append((ind, f"{v[0]:,}", f"{v[1]:,}", f"{v[2]:,}", src))
    B += ["<p>All figures in this annex are illustrative; they are not official statistics.</p>",
          h.table(["Indicator", "2021/22", "2022/23", "2023/24", "Source"], drows, widths=[40, 12, 12, 12, 24]),
          "</div></section>"]
    B.append(h.chapter("", "Glossary"))
    gl = sorted(GLOSSARY + D.get("glossary", []), key=lambda x: x[0].lower())
    B += [h.table(["Term", "Meaning"], gl, bold_first=True, widths=[25, 75]), "</div></section>"]
    B.append(h.chapter("", "Endnotes"))
    B += ["<ol>" + "".join(f"<li>{esc(n)}</li>" for n in h.endnotes) + "</ol></div></section>"]
    B.append(h.chapter("", "Contact us"))
    B += [h.p("consultation", 2, 3)] + [f"<p>{esc(c)}</p>" for c in D["contacts"]] + ["</div></section>"]
    toc = ['<section class="toc"><h1>Contents</h1>']
    for level, text, needle in h.toc:
        toc.append(f'<div class="row l{level}"><span>{esc(text)}</span><span class="lead"></span>'
                   f'<span>{pages.get(needle, 0) or "--"}</span></div>')
    toc.append("</section>")
    body = "\n".join(B).replace("@@TOC@@", "\n".join(toc))
    css = CSS % dict(short=D["short"], c1=D["style"]["c1"], c2=D["style"]["c2"], named="\n".join(h.named))
    css = css.replace("@page cover", "@page toc { @top-left { content: none; } }\n@page cover")
    doc = f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(D["title"])}</title>' \
          f"<style>{css}</style></head><body>{body}</body></html>"
    return doc, h.toc


def build_html_strategy(D, out_root):
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / (Path(D["file"]).stem + ".html")
    out = out_root / "strategies" / D["file"]
    _, toc = render(D, {})
    needles = {}
    for level, text, needle in toc:
        needles[needle] = needle

    def build(pages):
        doc, _ = render(D, pages)
        src.write_text(doc, encoding="utf-8")
        chromium_to_pdf(src, out)

    two_pass(build, out, needles, first=3)
    return out
