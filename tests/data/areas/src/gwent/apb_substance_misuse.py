"""Gwent Area Planning Board Substance Misuse Strategy 2024-2027: HTML printed by Chromium.

Four priorities, stated once, on p6 as the **primary drivers of a driver diagram** (the quality improvement
format): an aim box on the left ("Fewer people in Gwent harmed by drugs and alcohol"), the four priorities
in the middle column under the heading "Primary drivers: our priorities", and two or three secondary-driver
boxes ("what we will change") to the right of each, joined by connector lines drawn in an inline SVG.  No
numbers.  pdftotext prints the aim and the column heads, then each priority followed by (or interleaved
with) its secondary drivers.  The aim, the secondary drivers, the Welsh Government's priority areas
(paraphrased, p5), the previous strategy's themes (p4), the delivery labels (p7) and the measures (p8) are
distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from gwent.work import work_file

FILE = "strategies/gwent_apb_substance_misuse_strategy_2024-27.pdf"
TITLE = "Gwent Area Planning Board Substance Misuse Strategy 2024–2027"

DRIVERS = [
    ("Reducing drug and alcohol related deaths",
     ["Naloxone carried by every outreach worker and hostel", "A review of every drug-related death within "
      "twelve weeks", "Rapid contact after a non-fatal overdose"]),
    ("Getting more people into treatment sooner and keeping them there",
     ["Same-day assessment in the five county hubs", "Evening and outreach clinics in the valleys",
      "Peer mentors for the first twelve weeks"]),
    ("Supporting people in the criminal justice system into treatment",
     ["Drug testing on arrest with a required assessment", "Treatment requirements proposed to the courts",
      "A named worker on the day of release from prison"]),
    ("Preventing children and young people from starting to use drugs and alcohol",
     ["Substance misuse education in every secondary school", "Early help for children of parents who use "
      "substances"]),
]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 7.8pt 'DejaVu Sans'; color: #2B5F75; }
  @top-left { content: "Gwent Area Planning Board · Bwrdd Cynllunio Ardal Gwent"; font: 7.2pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #E9F2F5; color: #123; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 0; width: 210mm; height: 120mm; background: #2B5F75; }
.cover .org { position: absolute; left: 18mm; top: 18mm; color: #fff; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 60mm; color: #fff; font-size: 28pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 135mm; font-size: 18pt; color: #2B5F75; }
.cover .cy { position: absolute; left: 18mm; top: 150mm; font-size: 10pt; color: #456; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #2B5F75; margin: 0 0 4mm 0; }
h2 { font-size: 10.8pt; color: #1C4456; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 10.5pt; }
.toc div span.d { flex: 1; border-bottom: 1px dashed #9bb; margin: 0 2mm 1.4mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.stat { border-top: 3px solid #4FA3A5; padding: 2mm 1mm; } .stat b { font-size: 15pt; color: #2B5F75; display: block; }
.dd { position: relative; width: 178mm; height: 196mm; margin-top: 3mm; }
.dd svg { position: absolute; left: 0; top: 0; }
.dd .colh { position: absolute; top: 0; font-size: 7.6pt; font-weight: 700; color: #5B7A86; letter-spacing: .6pt; }
.dd .box { position: absolute; display: flex; align-items: center; padding: 0 3mm; }
.dd .aim { background: #1C4456; color: #fff; font-weight: 700; font-size: 11pt; line-height: 1.3; border-radius: 2mm; }
.dd .pri { background: #4FA3A5; color: #fff; font-weight: 700; font-size: 10.6pt; line-height: 1.28; border-radius: 2mm; }
.dd .sec { background: #fff; border: 1px solid #9CC3C4; color: #333; font-size: 7.9pt; line-height: 1.3; border-radius: 1.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 5mm 0; }
th { background: #2B5F75; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #cfe0e4; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #2B5F75; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def diagram():
    top0, sec_h, sec_gap, grp_gap = 10, 13, 2.2, 6.5
    ax, aw = 0, 38
    px, pw = 48, 60
    sx, sw = 118, 60
    out, lines = [], []
    y = top0
    mids = []
    for name, secs in DRIVERS:
        gh = len(secs) * sec_h + (len(secs) - 1) * sec_gap
        ph = 30
        py = y + (gh - ph) / 2
        out.append(f'<div class="box pri" style="left:{px}mm;top:{py:.1f}mm;width:{pw}mm;height:{ph}mm">{e(name)}</div>')
        pm = py + ph / 2
        mids.append(pm)
        for k, t in enumerate(secs):
            sy = y + k * (sec_h + sec_gap)
            out.append(f'<div class="box sec" style="left:{sx}mm;top:{sy:.1f}mm;width:{sw}mm;height:{sec_h}mm">{e(t)}</div>')
            lines.append((px + pw, pm, sx, sy + sec_h / 2))
        y += gh + grp_gap
    total = y - grp_gap
    ah = 40
    ay = top0 + (total - top0 - ah) / 2
    out.insert(0, f'<div class="box aim" style="left:{ax}mm;top:{ay:.1f}mm;width:{aw}mm;height:{ah}mm">'
                  'Fewer people in Gwent harmed by drugs and alcohol</div>')
    am = ay + ah / 2
    for pm in mids:
        lines.append((ax + aw, am, px, pm))
    svg = ['<svg width="178mm" height="196mm" viewBox="0 0 178 196">']
    for x1, y1, x2, y2 in lines:
        xm = (x1 + x2) / 2
        svg.append(f'<path d="M{x1:.1f},{y1:.1f} C{xm:.1f},{y1:.1f} {xm:.1f},{y2:.1f} {x2:.1f},{y2:.1f}" '
                   'fill="none" stroke="#7FB3B5" stroke-width="0.5"/>')
    svg.append('</svg>')
    heads = ('<div class="colh" style="left:0mm">AIM</div>'
             f'<div class="colh" style="left:{px}mm">PRIMARY DRIVERS: OUR PRIORITIES</div>'
             f'<div class="colh" style="left:{sx}mm">SECONDARY DRIVERS: WHAT WE WILL CHANGE</div>')
    return '<div class="dd">' + "".join(svg) + heads + "".join(out) + '</div>'


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">GWENT AREA PLANNING BOARD</div>'
             '<h1>Substance Misuse Strategy</h1><div class="yr">2024 – 2027</div>'
             '<div class="cy">Strategaeth Camddefnyddio Sylweddau Bwrdd Cynllunio Ardal Gwent</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Substance misuse in Gwent", "ctx"), ("The national picture", "nat"),
                 ("Our driver diagram", "pri"), ("Delivery", "del"), ("Governance and measures", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "The Gwent Area Planning Board brings together the five local authorities, Aneurin Bevan University Health "
        "Board, Gwent Police, the Probation Service and the Police and Crime Commissioner to commission substance "
        "misuse services for the region.",
        "Too many people in Gwent still die because of drugs and alcohol, and too many wait too long for help. "
        "This strategy sets out four priorities for the next three years, drawn up with people who use our "
        "services and their families.",
        "We have set them out as a driver diagram: the aim we share, the priorities that drive it, and the changes "
        "we will make to each.", "Chair, Gwent Area Planning Board"]:
        P.append(f"<p>{e(t)}</p>")
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Substance misuse in Gwent</h1><p>The figures below are illustrative '
             'and are not official statistics.</p><div class="stats">')
    for n, c in [("3,100", "adults in treatment"), ("58", "drug-related deaths in 2023"),
                 ("41%", "of people leaving prison engaged with treatment within three weeks"),
                 ("6,800", "alcohol-specific hospital admissions"), ("12 weeks", "average wait for counselling"),
                 ("230", "young people supported by the young people's service")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Our previous strategy</h2><p>The 2021–2024 strategy had three themes: Harm reduction; '
             'Recovery; and Families. Each has been carried into the four priorities of this strategy.</p>'
             '<h2>What people told us</h2><ul><li>Help is hard to reach outside the big towns.</li>'
             '<li>The days after leaving prison are the most dangerous.</li>'
             '<li>Families want to be involved in treatment.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">The national picture</h1><p>The Welsh Government\'s substance misuse '
             'delivery plan sets national priority areas, which we paraphrase here. They are national, not the '
             'priorities of this strategy:</p><ul><li>Preventing harm and supporting early intervention</li>'
             '<li>Supporting people to recover and improve their wellbeing</li>'
             '<li>Supporting families and carers affected by substance misuse</li>'
             '<li>Tackling availability and protecting individuals and communities</li></ul>'
             '<h2>Our principles</h2><ul><li><b>Harm reduction</b>: we meet people where they are.</li>'
             '<li><b>No wrong door</b>: any service can start a referral.</li>'
             '<li><b>Lived experience</b>: people who have used services help design them.</li></ul>'
             '<p>Policing, supply and enforcement are not devolved to Wales; Gwent Police and the Police and '
             'Crime Commissioner are members of the Board so that treatment and enforcement work together.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our driver diagram</h1><p>Our shared aim is on the left. The four boxes '
             'in the middle are the priorities of this strategy; to the right of each are the changes we will make '
             'to deliver it.</p>' + diagram() + '</div>')
    P.append('<div class="pg"><h1 class="t">Delivery</h1><p>Each priority has a lead commissioner and a delivery '
             'group.</p><table><tr><th>Theme</th><th>Lead</th><th>Key milestone 2024/25</th></tr>')
    for r in [("Deaths", "Aneurin Bevan University Health Board", "Drug-related death review panel meeting monthly"),
              ("Treatment", "Local authorities", "Same-day assessment in all five hubs"),
              ("Justice", "Police and Crime Commissioner; Probation Service", "Release-day worker at HMP Cardiff "
               "and HMP Usk"),
              ("Young people", "Local authorities", "Education offer agreed with every secondary school")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The Area Planning Board meets every two '
             'months and reports to the Gwent Public Services Board and to the Welsh Government.</p><table><tr>'
             '<th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Drug-related deaths", "58", "Down"), ("Adults in treatment", "3,100", "Up"),
              ("Waiting more than 10 working days", "22%", "Down"),
              ("Engaged with treatment within three weeks of release", "41%", "Up"),
              ("Schools with an agreed education offer", "20 of 34", "All")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Gwent Area Planning Board</h2><p>apb@gwent-apb.example</p>'
             '<p>Drug and alcohol helpline: 0800 000 0000 (illustrative)</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword The Gwent Area Planning Board", "ctx": "Substance misuse in Gwent The figures",
               "nat": "The national picture The Welsh", "pri": "Our driver diagram Our shared",
               "del": "Delivery Each priority", "gov": "Governance and measures The Area"}
    src = work_file("apb_substance_misuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
