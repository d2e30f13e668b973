"""House style C (HTML/CSS → Chromium), shared by three Oxfordshire district partnerships: the priorities are
the bold options of a printed "Have your say" consultation result (page 5): each chosen priority with a
horizontal percentage bar, the share of respondents who put it in their top three, and a grey line on what
people said; the options that were not chosen follow, greyed out, under "Also suggested"."""
from kit_html import build_doc, e

CSS = """
.poll { border: 0.8pt solid #bbb; border-radius: 3mm; padding: 4mm 5mm; margin-top: 3mm; }
.poll .q { font-size: 9pt; color: #555; margin-bottom: 3mm; }
.opt { margin: 0 0 4.2mm; }
.opt .pr { font-weight: bold; font-size: 12pt; color: %(c1)s; }
.bar { height: 4mm; background: #eee; border-radius: 2mm; margin: 1.2mm 0 1mm; }
.bar span { display: block; height: 100%%; background: %(c2)s; border-radius: 2mm; }
.opt .pc { font-size: 8.5pt; color: #333; }
.opt .said { font-size: 8.5pt; color: #777; font-style: italic; }
.also { margin-top: 5mm; font-size: 8.5pt; color: #999; }
"""


def priorities_html(d):
    opts = ""
    for (pid, text, said), pc in zip(d["priorities"], d["percent"]):
        opts += (f'<div class="opt"><div class="pr">{e(text)}</div><div class="bar"><span style="width:{pc}%">'
                 f'</span></div><div class="pc">{pc}% of respondents put this in their top three (illustrative)'
                 f'</div><div class="said">{e(said)}</div></div>')
    also = "; ".join(d["also"])
    return (f"<p>{e(d['intro'])}</p><div class='poll'><div class='q'>{e(d['question'])}</div>{opts}"
            f"<div class='also'>Also suggested, but not chosen as priorities: {e(also)}.</div></div>"
            f"<p style='margin-top:4mm'>{e(d['after'])}</p>")


def build(out_root, d):
    css = CSS % dict(c1=d["c1"], c2=d["c2"])
    return build_doc(out_root, d, css, priorities_html, folio=d.get("folio", lambda n: f"Page {n}"))
