"""Hertfordshire Domestic Abuse Strategy 2024-2027 (Hertfordshire Domestic Abuse Partnership Board): HTML
printed by Chromium (DejaVu Sans body, DejaVu Serif on the labels).

Four priorities, stated once, on p6 as the **squares of a patchwork quilt** ("Our strategy, stitched
together with survivors"): a 2 x 2 quilt of patterned fabric squares (CSS stripes, checks and dots) with a
binding round the edge; on each square a cream label with dashed stitching holds the priority in bold serif
(two to four lines) and one sentence; no numbers.  The quilt's caption, the national Tackling Domestic Abuse
Plan's four pillars and the principles (p5), the survivors' words (p4), the delivery themes (p7) and the
outcomes (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from hertfordshire.work import work_file

FILE = "strategies/hertfordshire_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Hertfordshire Domestic Abuse Strategy 2024–2027"

PRIORITIES = [
    ("Preventing domestic abuse by changing attitudes early",
     "Healthy relationships education in every school, and campaigns that reach young men."),
    ("Safe accommodation and specialist support for survivors and their children",
     "Refuge and dispersed housing, independent advisers and therapeutic support for children."),
    ("Holding perpetrators to account and supporting them to change",
     "Swift action through the courts, and behaviour change programmes that are checked for safety."),
    ("Every professional able to recognise and respond to domestic abuse",
     "Training, champions and routine enquiry in health, housing, schools and social care."),
]
FABRIC = [
    "repeating-linear-gradient(45deg, #7A3B69 0 6px, #8E4A7C 6px 12px)",
    "repeating-linear-gradient(0deg, #2F6D73 0 8px, #3B8088 8px 16px), #2F6D73",
    "radial-gradient(circle, #E7B75F 2px, transparent 2.5px) 0 0 / 12px 12px, #B0573A",
    "repeating-linear-gradient(90deg, #4C5B8F 0 10px, #5B6BA1 10px 20px)",
]

CSS = """
@page { size: A4; margin: 17mm 17mm 20mm 17mm;
  @bottom-center { content: "Page " counter(page); font: 8.5pt 'DejaVu Sans'; color: #7A3B69; }
  @top-left { content: "Hertfordshire Domestic Abuse Strategy 2024–2027"; font: 7.5pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #262626; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #7A3B69; color: #fff; break-after: page; overflow: hidden; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 110mm; font-family: 'DejaVu Serif', serif; font-size: 30pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 160mm; font-size: 16pt; }
.cover .patch { position: absolute; width: 30mm; height: 30mm; border: 2px dashed rgba(255,255,255,.6); }
.cover .exit { position: absolute; right: 18mm; top: 18mm; background: #fff; color: #7A3B69; font-weight: 700; padding: 2mm 4mm; font-size: 9pt; }
.pg { break-before: page; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 20pt; color: #7A3B69; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #7A3B69; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1px dashed #B58AAB; margin: 0 2mm 1.2mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.stat { border: 1.5px dashed #B58AAB; padding: 2mm 3mm; } .stat b { font-size: 15pt; color: #7A3B69; display: block; }
blockquote { font-style: italic; margin: 2mm 0 2mm 0; padding: 2mm 4mm; background: #F6EEF4; }
.quilt { border: 5mm solid #3C1F36; border-radius: 2mm; display: grid; grid-template-columns: 1fr 1fr; margin: 6mm 0 3mm 0; }
.sq { height: 78mm; padding: 9mm; display: flex; align-items: center; justify-content: center; border: 1px dashed rgba(255,255,255,.5); }
.lab { background: #FBF6EC; border: 2px dashed #9C7A5B; outline: 3px solid #FBF6EC; padding: 4mm 5mm; width: 100%; }
.lab b { display: block; font-family: 'DejaVu Serif', serif; font-size: 12.5pt; line-height: 1.3; color: #3C1F36; margin-bottom: 2mm; }
.lab span { font-size: 8.4pt; color: #555; }
.cap { font-size: 8pt; color: #777; text-align: center; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #7A3B69; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E3D3DF; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">HERTFORDSHIRE DOMESTIC ABUSE PARTNERSHIP BOARD</div>'
             '<div class="exit">Need help now? Call 999</div>'
             '<div class="patch" style="left:120mm;top:205mm"></div><div class="patch" style="left:150mm;top:205mm">'
             '</div><div class="patch" style="left:150mm;top:235mm"></div>'
             '<h1>Domestic Abuse Strategy</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Domestic abuse in Hertfordshire", "ctx"), ("The national picture", "nat"),
                 ("Our priorities", "pri"), ("Delivering the strategy", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Domestic abuse can happen to anyone, in any kind of relationship, and it does not stop at the front door: "
        "it follows children to school, adults to work and survivors into new homes. In Hertfordshire it is linked "
        "to one in six recorded crimes.",
        "The Hertfordshire Domestic Abuse Partnership Board brings together the county and district councils, "
        "Hertfordshire Constabulary, the Police and Crime Commissioner, the NHS, the Probation Service, housing "
        "providers and specialist services. It meets the county council's duties under Part 4 of the Domestic Abuse "
        "Act 2021.",
        "This strategy was written with survivors. Their words run through it, and they helped us choose the four "
        "priorities we will work on from 2024 to 2027."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Hertfordshire Domestic Abuse Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Domestic abuse in Hertfordshire</h1><p>The figures below are '
             'illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("14,600", "domestic abuse incidents and crimes recorded in 2023/24"),
                 ("1 in 6", "recorded crimes linked to domestic abuse"), ("1,150", "cases heard at MARAC"),
                 ("29%", "of MARAC cases were repeats"), ("410", "households in safe accommodation"),
                 ("3,800", "children living in households referred to MARAC")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["\u201cI didn't know what was happening to me was abuse until I was told.\u201d",
              "\u201cI had to tell my story six times to six different people.\u201d",
              "\u201cThe refuge saved my life, but there was nowhere to go after it.\u201d"]:
        P.append(f"<blockquote>{e(q)}</blockquote>")
    P.append('<h2>Definition</h2><p>The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between '
             'people aged 16 or over who are personally connected: physical or sexual abuse, violent or threatening '
             'behaviour, controlling or coercive behaviour, economic abuse, and psychological, emotional or other '
             'abuse. Children who see, hear or experience its effects are victims in their own right.</p></div>')
    P.append('<div class="pg"><h1 class="t">The national picture</h1><p>The national Tackling Domestic Abuse Plan '
             '(2022) is built on four pillars. Our strategy takes account of them, but our priorities are our own:'
             '</p><ul><li>Prioritising prevention</li><li>Supporting victims</li><li>Pursuing perpetrators</li>'
             '<li>A stronger system</li></ul><h2>Our principles</h2><ul>'
             '<li><b>Survivor-led</b>: survivors shape the services they use.</li>'
             '<li><b>Tell it once</b>: one assessment, shared with consent.</li>'
             '<li><b>Children are victims too</b>: every plan considers the children.</li>'
             '<li><b>Inclusive</b>: services for men, older people, disabled people and LGBT+ survivors.</li></ul>'
             '<h2>The Police and Crime Plan</h2><p>The Commissioner\'s plan places domestic abuse under Ending '
             'violence against women and girls, and support for victims under Putting victims first.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Our strategy, stitched together with survivors. '
             'These are the Board\'s four priorities for 2024 to 2027.</p><div class="quilt">')
    for (name, txt), fab in zip(PRIORITIES, FABRIC):
        P.append(f'<div class="sq" style="background:{fab}"><div class="lab"><b>{e(name)}</b>'
                 f'<span>{e(txt)}</span></div></div>')
    P.append('</div><p class="cap">Each square of the quilt was designed by a group of survivors at workshops in '
             'Hatfield, Stevenage and Watford in 2023.</p></div>')
    P.append('<div class="pg"><h1 class="t">Delivering the strategy</h1><p>Each priority has a task group that '
             'reports to the Board. The main actions for 2024/25 are below.</p><table><tr><th>Task group</th>'
             '<th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in [("Prevention", "Healthy relationships lessons in every secondary school; a campaign for young men",
               "Public health"),
              ("Safe accommodation", "Forty more dispersed units; move-on support after refuge", "County council"),
              ("Perpetrators", "A behaviour change programme across the county; a stalking clinic", "Police, PCC"),
              ("Workforce", "Domestic abuse champions in every agency; routine enquiry in maternity services",
               "NHS")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>We will know the strategy is working '
             'when these outcomes improve.</p><table><tr><th>Outcome</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Repeat cases at MARAC", "29%", "Down"), ("Households moving on from safe accommodation", "62%", "Up"),
              ("Perpetrators completing a programme", "140", "Up"),
              ("Staff trained to recognise abuse", "2,100", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p><p>The Board reports to the Safer '
             'Hertfordshire Board and to the Hertfordshire Health and Wellbeing Board, and publishes an annual '
             'report. Contact: dapb@hertfordshire.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse can happen", "ctx": "Domestic abuse in Hertfordshire The figures",
               "nat": "The national picture The national", "pri": "Our priorities Our strategy, stitched",
               "del": "Delivering the strategy Each", "gov": "Outcomes and governance We will"}
    src = work_file("herts_domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
