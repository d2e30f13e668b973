"""House style K2 (HTML/CSS -> Chromium), shared by Dartford and Gravesham, Maidstone, Thanet and Medway.

The priorities page is a **stat-led strip**: one row per priority, an illustrative headline figure in very large
type with a small caption in a tinted left block, and on the right the priority in bold with one sentence.  No
priority numbers are printed.  Each district sets its own colours and fonts.
"""
from kent_districts import hkit
from kent_districts.hkit import e

EXTRA = """
.strip { display: flex; margin: 0 0 3.2mm 0; border: 1px solid #d9d9d9; border-radius: 2mm; overflow: hidden;
  break-inside: avoid; }
.strip .fig { width: 44mm; flex: none; background: %(c3)s; padding: 3mm 3.5mm; border-right: 5px solid %(c2)s; }
.strip .fig b { display: block; font-size: 22pt; line-height: 1.05; color: %(c1)s; }
.strip .fig span { font-size: 7.6pt; color: #555; }
.strip .txt { padding: 3mm 4.5mm; }
.strip .txt .p { font-size: 12.5pt; font-weight: 700; color: %(c1)s; line-height: 1.25; margin-bottom: 1.2mm; }
.strip .txt .s { font-size: 8.8pt; }
"""


def pri_html(doc):
    out = []
    for text, desc, fig, cap in doc["priorities"]:
        out.append(f'<div class="strip"><div class="fig"><b>{e(fig)}</b><span>{e(cap)}</span></div>'
                   f'<div class="txt"><div class="p">{e(text)}</div><div class="s">{e(desc)}</div></div></div>')
    out.append('<p class="note">Headline figures are illustrative.</p>')
    return "\n".join(out)


def build(root, doc, stem):
    th = doc["theme"]
    base = dict(c1="#1F3A5F", c2="#E0A100", c3="#F1F4F8")
    base.update(th)
    th["extra"] = EXTRA % base
    return hkit.build(root, doc, pri_html, stem)
