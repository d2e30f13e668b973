"""The common running order of this area's Chromium strategies: foreword, context (illustrative statistics and
distractors), the priorities page (drawn by the document's own layout function), delivery and governance."""
from west_yorkshire_metro.htmlkit import build_doc, e, stats, table, ul

MAYOR = ["Supporting victims and witnesses", "Safety of women and girls", "Preventing serious violence",
         "Safer, stronger neighbourhoods", "Breaking the cycle of reoffending",
         "Protecting people from exploitation", "Fair and trusted policing"]


def mayor_box(colour="#444"):
    return (f'<div class="box" style="border-color:{colour}"><b>The Mayor\'s Police and Crime Plan 2025–2029</b>'
            f'<p>The Mayor of West Yorkshire\'s plan sets seven priorities, which this document supports:</p>'
            + ul(MAYOR) + '</div>')


def build(out_root, d):
    """d: the document's data (see the document modules)."""
    secs = []
    fw = "".join(f"<p>{e(p)}</p>" for p in d["foreword"]) + f'<p><b>{e(d["signed"])}</b></p>'
    secs.append(("fw", d.get("fw_head", "Foreword"), fw, False))
    ctx = "".join(f"<p>{e(p)}</p>" for p in d["context"]) + stats(d["stats"])
    ctx += f'<h2>{e(d.get("findings_head", "What the strategic assessment found"))}</h2>' + ul(d["findings"])
    secs.append(("ctx", d["context_head"], ctx, False))
    prev = f'<h2>{e(d["previous_head"])}</h2><p>{e(d["previous_intro"])}</p>' + ul(d["previous"])
    if d.get("mayor", True):
        prev += mayor_box(d["theme"]["c1"])
    prev += d.get("extra_bg", "")
    secs.append(("bg", d["bg_head"], prev, False))
    secs.append(("pri", d["pri_head"], d["pri_html"], False))
    dl = f'<h2>What we will do</h2>' + table(["Priority", "Action in 2025/26", "Lead"], d["actions"])
    dl += f'<h2>How we will measure progress</h2>' + ul(d["measures"])
    dl += f'<h2>Governance</h2><p>{e(d["governance"])}</p>'
    dl += f'<p class="note">Contact: {e(d["contact"])}. Statistics in this document are illustrative.</p>'
    secs.append(("dl", d.get("dl_head", "Delivering the plan"), dl, False))
    out = out_root / d["file"]
    return build_doc(out, d["name"], d["title"], d["theme"], d["cover"], secs, d.get("css", ""),
                     d.get("leader", "dots"))
