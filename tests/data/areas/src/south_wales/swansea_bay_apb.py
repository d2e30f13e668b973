"""Swansea Bay Area Planning Board Substance Misuse Strategy 2024-2027: HTML printed by Chromium.

Four priorities, stated once, on p6 as the rings of a **bullseye (target) diagram**: four concentric CSS
circles around a centre disc that holds the aim ("Fewer lives harmed by drugs and alcohol"); each priority is
printed in bold in the upper band of its ring, outermost first, wrapping over two lines.  Two grey captions
under the target ("Outer rings: the whole community" / "Centre: the people at greatest risk") are not
priorities.  No numbers.  The Welsh Government's substance misuse aims (p5, in our own words), the principles
(p5), the short labels of the delivery page ("Supply", "Alcohol", "Treatment", "Deaths", p7), the outcomes
table (p8) and the partner list (p9) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from south_wales.work import work_file

FILE = "strategies/swansea_bay_apb_substance_misuse_strategy_2024-27.pdf"
TITLE = "Swansea Bay Area Planning Board Substance Misuse Strategy 2024–2027"

# outermost ring first
PRIORITIES = [
    "Disrupting drug supply and county lines",
    "Reducing the harm caused by alcohol",
    "Helping more people into treatment and recovery",
    "Preventing drug-related deaths",
]
AIM = "Fewer lives harmed by drugs and alcohol"

CSS = """
@page { size: A4; margin: 17mm 17mm 19mm 17mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #41676B; }
  @top-left { content: "Swansea Bay Area Planning Board"; font: 7.5pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #0F4C5C; color: #fff; break-after: page; overflow: hidden; }
.cover .ring { position: absolute; border-radius: 50%; border: 6mm solid rgba(255,255,255,.12); }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: .8pt; }
.cover h1 { position: absolute; left: 18mm; top: 150mm; font-size: 27pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 196mm; font-size: 16pt; color: #F9C784; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #0F4C5C; margin: 0 0 5mm 0; }
h2 { font-size: 10.8pt; color: #E36414; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 2.2mm 0; border-bottom: 1.5px dashed #9FC2C7; font-size: 11pt; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0; }
.stat { background: #E6F0F1; border-radius: 2mm; padding: 3mm; } .stat b { font-size: 15pt; color: #0F4C5C; display: block; }
.target { position: relative; width: 176mm; height: 176mm; margin: 2mm auto 0 auto; }
.target .r { position: absolute; border-radius: 50%; }
.target .lbl { position: absolute; left: 0; width: 176mm; text-align: center; font-weight: 700; font-size: 10.5pt; line-height: 1.3; }
.target .aim { position: absolute; left: 0; width: 176mm; text-align: center; font-size: 9pt; line-height: 1.3; color: #fff; font-style: italic; }
.caps { display: flex; justify-content: space-between; font-size: 7.8pt; color: #777; margin-top: 3mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #0F4C5C; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #D4E3E5; padding: 1.6mm 2mm; vertical-align: top; }
.lab { display: inline-block; min-width: 22mm; font-weight: 700; color: #0F4C5C; border-left: 4px solid #E36414; padding-left: 2mm; }
.note { font-size: 7.4pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #0F4C5C; color: #fff; padding: 170mm 18mm 0 18mm; }
"""

FILLS = ["#D6E8EA", "#A9CED3", "#6FA8B0", "#2F7C87"]
TEXTS = ["#0F4C5C", "#0F4C5C", "#0B2E36", "#FFFFFF"]


def e(s):
    return html.escape(s, quote=False)


def target():
    size, R, band = 176, 88, 18  # mm; four rings of 18 mm around a centre disc of 16 mm radius
    out = ['<div class="target">']
    for k in range(4):
        r = R - k * band
        off = size / 2 - r
        out.append(f'<div class="r" style="left:{off}mm;top:{off}mm;width:{2 * r}mm;height:{2 * r}mm;'
                   f'background:{FILLS[k]}"></div>')
    cr = R - 4 * band
    off = size / 2 - cr
    out.append(f'<div class="r" style="left:{off}mm;top:{off}mm;width:{2 * cr}mm;height:{2 * cr}mm;'
               f'background:#E36414"></div>')
    for k, name in enumerate(PRIORITIES):
        top = k * band + 3.2
        widths = [64, 56, 46, 38]
        out.append(f'<div class="lbl" style="top:{top}mm;color:{TEXTS[k]}"><span style="display:inline-block;'
                   f'width:{widths[k]}mm">{e(name)}</span></div>')
    out.append(f'<div class="aim" style="top:{size / 2 - 6}mm"><span style="display:inline-block;width:26mm">'
               f'{e(AIM)}</span></div>')
    out.append('</div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover">')
    for k, r in enumerate([160, 120, 80, 40]):
        P.append(f'<div class="ring" style="right:{-r / 2}mm;top:{40 - r / 2 + 40}mm;width:{r}mm;height:{r}mm">'
                 f'</div>')
    P.append('<div class="org">SWANSEA BAY AREA PLANNING BOARD</div><h1>Substance Misuse Strategy</h1>'
             '<div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Drugs and alcohol in Swansea Bay", "ctx"), ("The national framework", "nat"),
                 ("Our priorities", "pri"), ("What we will do", "what"), ("Outcomes", "out"),
                 ("Governance and partners", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "The Swansea Bay Area Planning Board plans and commissions substance misuse services for Swansea and Neath "
        "Port Talbot, using funding from the Welsh Government, the health board, the councils and the Police and "
        "Crime Commissioner.",
        "Drug-related deaths in our area are among the highest in Wales. Behind every one is a family, and most "
        "of those who died had been in contact with at least one service in the year before their death.",
        "Alcohol causes more harm overall than all illegal drugs combined, in hospital admissions, in violence and "
        "in lives cut short. Our strategy gives it the attention it deserves.",
        "We have drawn our four priorities as a target. The outer rings reach the most people; the centre is where "
        "the risk of death is highest. Everything we do is aimed at the centre.",
        "We have also, for the first time, made disrupting supply one of our priorities, working with the police "
        "and the community safety partnerships."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Swansea Bay Area Planning Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Drugs and alcohol in Swansea Bay</h1><p>The figures below are '
             'illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("390,000", "residents in Swansea and Neath Port Talbot"), ("54", "drug-related deaths in 2023"),
                 ("3,100", "people in structured treatment"), ("5,400", "alcohol-specific hospital admissions"),
                 ("41%", "of people starting treatment for alcohol"), ("12", "county lines active (police estimate)")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What our needs assessment found</h2><ul>'
             '<li>Most drug-related deaths involve several substances, often opioids with benzodiazepines or '
             'alcohol.</li><li>Men aged 35 to 54 are most at risk.</li><li>Half of people who leave treatment '
             'early never return.</li><li>Alcohol-related admissions are highest in Neath Port Talbot.</li>'
             '<li>Street-level supply is linked to county lines from Merseyside and the West Midlands.</li></ul>'
             '<h2>What people with lived experience told us</h2><p>"Getting a script took weeks. By then I\'d given '
             'up." · "The naloxone kit saved my brother."</p></div>')
    P.append('<div class="pg"><h1 class="t">The national framework</h1><p>Substance misuse policy is devolved. The '
             'Welsh Government\'s substance misuse delivery plan asks Area Planning Boards, in our own words, '
             'to:</p><ul><li>prevent harm through education and early intervention;</li><li>support people to '
             'improve their health and aid and maintain recovery;</li><li>support and protect families;</li>'
             '<li>tackle availability and protect individuals and communities, with criminal justice '
             'partners.</li></ul><p>These are the national aims. Our local priorities are on the next page.</p>'
             '<h2>Our principles</h2><ul><li>Harm reduction first</li><li>No wrong door</li><li>Recovery is '
             'possible for everyone</li><li>Co-production with people with lived experience</li></ul>'
             '<h2>Links with criminal justice</h2><p>Drug supply and county lines are enforcement matters for '
             'South Wales Police, but they shape the harm we see. We work with the Police and Crime Commissioner, '
             'the Safer Swansea Partnership and the Neath Port Talbot Community Safety Partnership on supply, and '
             'with the Probation Service on treatment for people in the justice system.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Our four priorities for 2024–2027, drawn as a '
             'target with our aim at its centre.</p>')
    P.append(target())
    P.append('<div class="caps"><span>Outer rings: the whole community</span><span>Centre: the people at '
             'greatest risk</span></div></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1><p>Delivery is organised under four short '
             'labels, one for each ring of the target.</p>')
    for lab, txt in [
        ("Supply", "Share intelligence from services with South Wales Police; support closure orders and the "
         "cuckooing protocol; protect the adults whose homes are taken over."),
        ("Alcohol", "Alcohol liaison nurses in Morriston and Neath Port Talbot hospitals; identification and brief "
         "advice in GP practices; support for minimum unit pricing enforcement."),
        ("Treatment", "Same-day prescribing; outreach to people not in treatment; peer mentors; recovery "
         "housing; treatment within 48 hours of release from prison."),
        ("Deaths", "Naloxone for every person at risk and their families; a drug-related death review for "
         "every death; drug checking and alerts about dangerous batches.")]:
        P.append(f'<p><span class="lab">{e(lab)}</span> {e(txt)}</p>')
    P.append('<h2>Funding 2024/25 (illustrative)</h2><table><tr><th>Source</th><th>£000</th></tr>'
             '<tr><td>Welsh Government substance misuse action fund</td><td>5,900</td></tr>'
             '<tr><td>Swansea Bay University Health Board</td><td>2,300</td></tr>'
             '<tr><td>Police and Crime Commissioner (arrest referral and custody)</td><td>420</td></tr></table>'
             '</div>')
    P.append('<div class="pg"><h1 class="t">Outcomes</h1><p>We will report these outcomes every year. They are '
             'measures of progress, not priorities.</p><table><tr><th>Outcome</th><th>Measure</th>'
             '<th>Baseline</th><th>2027</th></tr>')
    for r in [("Less supply", "County lines closed", "9", "Up"),
              ("Less alcohol harm", "Alcohol-specific admissions", "5,400", "Down 10%"),
              ("More people in treatment", "People in structured treatment", "3,100", "3,600"),
              ("Fewer deaths", "Drug-related deaths", "54", "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="pg"><h1 class="t">Governance and partners</h1><p>The Area Planning Board meets every '
             'quarter. It reports to the Welsh Government and to the regional partnership board, and its '
             'commissioning group oversees every contract.</p><h2>Members</h2><ul><li>Swansea Council</li><li>Neath '
             'Port Talbot Council</li><li>Swansea Bay University Health Board</li><li>South Wales Police</li>'
             '<li>The office of the South Wales Police and Crime Commissioner</li><li>The Probation Service</li>'
             '<li>Service user and carer representatives</li></ul><p>Contact: apb@swanseabay.example</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Swansea Bay Area Planning Board</h2><p>If you are worried '
             'about your own or someone else\'s drug or alcohol use, call the illustrative helpline 0808 000 '
             '0000.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword The Swansea Bay", "ctx": "Drugs and alcohol in Swansea Bay The figures",
               "nat": "The national framework Substance", "pri": "Our priorities Our four priorities",
               "what": "What we will do Delivery", "out": "Outcomes We will report",
               "gov": "Governance and partners The Area"}
    src = work_file("swansea_bay_apb.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
