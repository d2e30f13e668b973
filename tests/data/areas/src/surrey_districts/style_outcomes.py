"""House style O (HTML/CSS -> Chromium): priorities written as outcome statements "By 2029, ...".

The priorities page (p5) states each priority as one outcome statement in large bold type beside a drawn
icon (inline SVG in a coloured disc), with a grey "We will know because ..." line under it.  Used by
Guildford, Waverley and Runnymede and Spelthorne, each with its own colours, fonts and wording.
"""
from surrey_districts.kit_html import E, html_report

ICONS = {
    "house": '<path d="M12 30 L30 14 L48 30 L48 48 L12 48 Z" fill="none" stroke="white" stroke-width="4"/>',
    "moon": '<path d="M38 12 A18 18 0 1 0 48 40 A14 14 0 1 1 38 12 Z" fill="white"/>',
    "shield": '<path d="M30 10 L48 17 L46 34 Q42 46 30 52 Q18 46 14 34 L12 17 Z" fill="none" stroke="white" stroke-width="4"/>',
    "people": '<circle cx="22" cy="22" r="7" fill="white"/><circle cx="40" cy="22" r="7" fill="white"/>'
              '<path d="M10 48 Q22 30 34 48 M26 48 Q40 30 52 48" fill="none" stroke="white" stroke-width="4"/>',
    "wave": '<path d="M8 30 Q18 20 28 30 T48 30 M8 42 Q18 32 28 42 T48 42" fill="none" stroke="white" stroke-width="4"/>',
    "tree": '<path d="M30 8 L46 36 L14 36 Z" fill="white"/><rect x="27" y="36" width="6" height="14" fill="white"/>',
    "pill": '<rect x="12" y="22" width="36" height="16" rx="8" fill="none" stroke="white" stroke-width="4"/>'
            '<line x1="30" y1="22" x2="30" y2="38" stroke="white" stroke-width="4"/>',
    "link": '<circle cx="22" cy="30" r="10" fill="none" stroke="white" stroke-width="4"/>'
            '<circle cx="38" cy="30" r="10" fill="none" stroke="white" stroke-width="4"/>',
    "dice": '<rect x="14" y="14" width="32" height="32" rx="5" fill="none" stroke="white" stroke-width="4"/>'
            '<circle cx="23" cy="23" r="3" fill="white"/><circle cx="37" cy="37" r="3" fill="white"/>'
            '<circle cx="30" cy="30" r="3" fill="white"/>',
    "bed": '<rect x="10" y="30" width="40" height="10" fill="white"/><rect x="10" y="22" width="12" height="8" fill="white"/>'
           '<line x1="10" y1="40" x2="10" y2="48" stroke="white" stroke-width="4"/>'
           '<line x1="50" y1="40" x2="50" y2="48" stroke="white" stroke-width="4"/>',
    "knife": '<path d="M14 46 L40 14 L46 18 L22 50 Z" fill="white"/>',
}

CSS = """
.oc { display: flex; gap: 5mm; align-items: flex-start; margin: 0 0 5.5mm 0; padding-bottom: 4mm;
      border-bottom: 1px dotted #bbb; }
.oc svg { flex: 0 0 15mm; width: 15mm; height: 15mm; }
.oc .st { font-family: HFONT; font-weight: bold; font-size: 14pt; line-height: 1.25; color: C1; }
.oc .kn { font-size: 9pt; color: #666; margin-top: 1.5mm; }
.lead { font-size: 11pt; }
"""


def _icon(name, colour):
    return (f'<svg viewBox="0 0 60 60" xmlns="http://www.w3.org/2000/svg"><circle cx="30" cy="30" r="30" '
            f'fill="{colour}"/>{ICONS[name]}</svg>')


def build(D, out_root):
    c1, c2 = D["colours"][0], D["colours"][1]
    body = f'<h1>{E(D["sections"]["pri"])}</h1>'
    body += "".join(f'<p class="lead">{E(t)}</p>' for t in D["pri_intro"])
    for i, p in enumerate(D["priorities"]):
        col = c1 if i % 2 == 0 else c2
        body += (f'<div class="oc">{_icon(p["icon"], col)}<div><div class="st">{E(p["text"])}</div>'
                 f'<div class="kn">We will know because: {E(p["know"])}</div></div></div>')
    extra = CSS.replace("HFONT", D.get("heading_font", D.get("font", "Liberation Sans"))).replace("C1", c1)
    return html_report(D, out_root, [body], extra)
