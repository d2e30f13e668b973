"""Cardiff and Vale of Glamorgan Violence against Women, Domestic Abuse and Sexual Violence (VAWDASV)
Strategy 2023-2028: HTML printed by Chromium, in the layout of a **magazine feature**.

Four priorities, stated once, on pp6-7 (two a page).  Each is a large serif **headline spanning a
three-column body** (CSS multi-column text with `column-span: all` headlines), followed by an italic
standfirst, then running text in three columns that opens with a drop cap; a thin rule and a small folio line
("Our priorities · Cardiff and Vale VAWDASV Strategy") sit at the top of each page.  No numbers.  The
definition and the survivor quotes (p4), the national strategy's themes and the Welsh Act (p5), the pull
quotes inside the columns, the short delivery labels (p8), the outcome framework (p9) and the partner list
are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from south_wales.work import work_file

FILE = "strategies/cardiff_and_vale_vawdasv_strategy_2023-28.pdf"
TITLE = "Cardiff and Vale of Glamorgan VAWDASV Strategy 2023–2028"

PRIORITIES = [
    ("Challenging the attitudes that allow abuse to happen, starting with children and young people",
     "Prevention has to begin long before anyone is harmed, in schools, youth clubs, sports teams and online.",
     ["Most people who abuse a partner did not start as adults. Attitudes that excuse control, jealousy or "
      "violence are learned early, from families, friends, media and online spaces. If we want fewer survivors in "
      "ten years' time, we have to reach children and young people now.",
      "We will make sure that every school in Cardiff and the Vale delivers the healthy relationships elements "
      "of the Curriculum for Wales, supported by specialist educators. We will train youth workers and sports "
      "coaches to challenge harmful attitudes, and we will run campaigns aimed at young men, designed with them.",
      "We will also work with employers, licensed premises and the universities, because attitudes are shaped "
      "in workplaces and on nights out as much as in classrooms."],
     "\u201cNobody ever told us what a healthy relationship looked like.\u201d"),
    ("Making sure every survivor gets the right support at the right time",
     "Survivors should not have to tell their story five times to five services before they get help.",
     ["Support in the region is good but uneven. Survivors who are older, disabled, from minoritised "
      "communities or who are men, or who live in the rural Vale, find it harder to get help. Waiting lists for "
      "counselling after sexual violence are too long.",
      "We will bring the independent domestic violence advisers, the independent sexual violence advisers, the "
      "refuges and the community services into one front door, so that one call reaches the right help. We will "
      "commission specialist services for the groups who are least well served, and we will cut waits for "
      "therapeutic support.",
      "Children are survivors in their own right. Every child who lives with domestic abuse will be offered "
      "support of their own."],
     "\u201cThe day my IDVA called me back was the day things started to change.\u201d"),
    ("Holding perpetrators to account and helping them to change",
     "Responsibility for abuse lies with the person who causes it, and so must the response.",
     ["For too long, services have asked survivors to change their lives (to move, to leave, to protect the "
      "children) while the person causing the harm carried on. We want the system to turn its attention to "
      "perpetrators.",
      "We will make full use of protective orders and of the Domestic Violence Disclosure Scheme, and will "
      "support the police and the Crown Prosecution Service to bring more cases to court. Alongside this we "
      "will expand perpetrator programmes that are accredited and safe, for those whose risk can be reduced, "
      "and we will use multi-agency tasking to disrupt the most harmful serial perpetrators.",
      "We will always judge perpetrator work by one test: whether survivors are safer."],
     "\u201cHe was never the one who had to move house.\u201d"),
    ("Giving every professional the skills to ask about abuse and act on it",
     "Abuse is often visible to services long before anyone asks the question.",
     ["Survivors tell us that they saw their GP, their child's teacher or a housing officer many times before "
      "anyone asked about abuse. The national training framework, Ask and Act, exists to change that, but "
      "coverage across our organisations is patchy.",
      "We will train every relevant member of staff in the councils, the health board, housing associations and "
      "the emergency services to the right level of the framework, and we will check that the training changes "
      "what people do. Managers will be trained to support staff who are themselves affected by abuse.",
      "We will measure this not by the number of people trained, but by the number of survivors who are asked, "
      "and who get help as a result."],
     "\u201cI wanted someone to ask. Nobody did.\u201d"),
]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-right { content: counter(page); font: 9pt 'DejaVu Serif'; color: #5C2A6B; }
  @bottom-left { content: "Cardiff and Vale of Glamorgan VAWDASV Strategy 2023–2028"; font: 7.5pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #5C2A6B; color: #fff; break-after: page; overflow: hidden; }
.cover .arc { position: absolute; right: -60mm; top: -40mm; width: 200mm; height: 200mm; border-radius: 50%; border: 18mm solid #8E5AA0; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: .8pt; width: 120mm; }
.cover h1 { position: absolute; left: 18mm; top: 150mm; font: 700 28pt/1.15 'DejaVu Serif', serif; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 215mm; font-size: 16pt; color: #E4CDEB; }
.pg { break-before: page; }
h1.t { font: 700 21pt 'DejaVu Serif', serif; color: #5C2A6B; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #5C2A6B; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 2.4mm 0; border-bottom: 1px solid #D9C8DE; font-size: 11pt; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 3mm 0; }
.stat { border-top: 3px solid #5C2A6B; padding-top: 2mm; } .stat b { font: 700 15pt 'DejaVu Serif'; color: #5C2A6B; display: block; }
blockquote { font: italic 10.5pt/1.45 'DejaVu Serif', serif; color: #5C2A6B; margin: 3mm 0 3mm 6mm; }
.folio { display: flex; justify-content: space-between; font-size: 7.5pt; letter-spacing: .6pt; color: #8E5AA0; border-bottom: 1px solid #5C2A6B; padding-bottom: 1.5mm; margin-bottom: 6mm; text-transform: uppercase; }
.feature { columns: 3; column-gap: 6mm; column-rule: 0.5px solid #D9C8DE; margin-bottom: 7mm; font-size: 9pt; }
.feature h2.head { column-span: all; font: 700 19pt/1.2 'DejaVu Serif', serif; color: #2E1436; margin: 0 0 2mm 0; }
.feature .stand { column-span: all; font: italic 11pt/1.45 'DejaVu Serif', serif; color: #5C2A6B; margin: 0 0 4mm 0; }
.feature p { margin: 0 0 2.5mm 0; text-align: justify; hyphens: auto; }
.feature p.first::first-letter { float: left; font: 700 30pt/0.9 'DejaVu Serif', serif; color: #5C2A6B; padding: 1mm 1.5mm 0 0; }
.feature .pull { font: italic 10pt/1.4 'DejaVu Serif', serif; color: #8E5AA0; border-top: 2px solid #8E5AA0; border-bottom: 2px solid #8E5AA0; padding: 2mm 0; margin: 2mm 0 3mm 0; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #5C2A6B; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E2D5E6; padding: 1.6mm 2mm; vertical-align: top; }
.lab { font-weight: 700; color: #fff; background: #8E5AA0; padding: .5mm 2mm; font-size: 8pt; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #5C2A6B; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def feature(name, stand, paras, pull):
    out = [f'<div class="feature"><h2 class="head">{e(name)}</h2><div class="stand">{e(stand)}</div>']
    for k, p in enumerate(paras):
        out.append(f'<p class="{"first" if k == 0 else ""}">{e(p)}</p>')
        if k == 0:
            out.append(f'<div class="pull">{e(pull)}</div>')
    out.append('</div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="arc"></div><div class="org">CARDIFF AND VALE OF GLAMORGAN REGIONAL '
             'VAWDASV PARTNERSHIP BOARD</div><h1>Violence against Women, Domestic Abuse and Sexual Violence '
             'Strategy</h1><div class="yr">2023 – 2028</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Understanding violence and abuse", "und"), ("The national picture", "nat"),
                 ("Our priorities", "pri"), ("Delivering the strategy", "del"), ("Measuring what matters", "mea"),
                 ("Governance and partners", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Violence against women, domestic abuse and sexual violence affect every community in Cardiff and the Vale "
        "of Glamorgan. They cut across age, class, ethnicity and place, and their effects last for generations.",
        "This is the second regional strategy under the Violence against Women, Domestic Abuse and Sexual Violence "
        "(Wales) Act 2015. It was written by the two councils and the Cardiff and Vale University Health Board, "
        "with South Wales Police, the Police and Crime Commissioner, specialist services and, above all, "
        "survivors.",
        "We have chosen four priorities. For each we explain, in the pages that follow, what we have heard, what "
        "we will do and how survivors will know that things have changed.",
        "Every one of our organisations is also an employer. We will practise what we preach, in the way we "
        "support staff affected by abuse."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Cardiff and Vale of Glamorgan Regional VAWDASV Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Understanding violence and abuse</h1><p>The Act covers gender-based '
             'violence, domestic abuse and sexual violence, including coercive control, stalking, so-called '
             '"honour"-based abuse, forced marriage, female genital mutilation and sexual exploitation. It affects '
             'men and boys as well as women and girls; women and girls are affected disproportionately.</p>'
             '<p>The figures below are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("5,800", "domestic abuse incidents and crimes"), ("1,050", "sexual offences reported"),
                 ("1,320", "high-risk cases heard at MARAC"), ("2,900", "children living with domestic abuse")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["\u201cI didn't know that what was happening to me had a name.\u201d",
              "\u201cThe waiting list for counselling was eighteen months.\u201d",
              "\u201cMy son needed help as much as I did.\u201d"]:
        P.append(f'<blockquote>{e(q)}</blockquote>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">The national picture</h1><p>The Welsh Government\'s national VAWDASV '
             'strategy sets the direction for every region in Wales. In our own words, its themes are:</p><ul>'
             '<li>challenging the public\'s attitudes to abuse;</li><li>raising awareness among children and '
             'young people;</li><li>holding perpetrators to account;</li><li>early intervention and '
             'prevention;</li><li>training professionals;</li><li>good-quality, accessible services for '
             'survivors.</li></ul><p>These are national themes. Our regional priorities build on them and are set '
             'out on the pages that follow.</p><h2>The Act and the duty</h2><p>The 2015 Act requires each local '
             'authority and local health board to prepare a strategy jointly. The Domestic Abuse Act 2021 '
             'applies in Wales for non-devolved matters, including policing and criminal justice.</p>'
             '<h2>Our principles</h2><ul><li>Survivors at the centre</li><li>A whole-system response</li>'
             '<li>Intersectional and anti-racist</li><li>Trauma-informed</li></ul></div>')
    P.append('<div class="pg"><div class="folio"><span>Our priorities</span><span>Cardiff and Vale VAWDASV '
             'Strategy</span></div><h1 class="t">Our priorities</h1><p>Four priorities for the five years '
             'of this strategy.</p>')
    for k, (name, stand, paras, pull) in enumerate(PRIORITIES):
        if k == 2:
            P.append('</div><div class="pg"><div class="folio"><span>Our priorities</span><span>Cardiff and Vale '
                     'VAWDASV Strategy</span></div>')
        P.append(feature(name, stand, paras, pull))
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivering the strategy</h1><p>Delivery is organised in four '
             'workstreams with short names.</p><table><tr><th>Workstream</th><th>Main actions, years 1–2</th>'
             '<th>Lead</th></tr>')
    for r in [("Attitudes", "Healthy relationships support for every secondary school; campaign with young men",
               "Councils' education services"),
              ("Support", "Single front door; counselling waits below 12 weeks; children's service",
               "Commissioning group"),
              ("Perpetrators", "Accredited programme places doubled; serial perpetrator tasking",
               "South Wales Police, Probation Service"),
              ("Ask and Act", "Training plan for every partner; audit of practice", "Health board")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Funding</h2><p>The strategy is funded by the Welsh Government\'s VAWDASV grant, the '
             'councils, the health board and the Police and Crime Commissioner (illustrative: £4.1m a year).</p>'
             '</div>')
    P.append('<div class="pg"><h1 class="t">Measuring what matters</h1><p>Our outcome framework sets out the '
             'changes we want to see. These outcomes are how we will judge the priorities; they are not '
             'priorities in their own right.</p><table><tr><th>Outcome</th><th>Indicator</th><th>Baseline</th></tr>')
    for r in [("Young people recognise abusive behaviour", "School survey", "61%"),
              ("Survivors get help quickly", "Days from referral to first contact", "9"),
              ("Fewer repeat victims", "Repeat MARAC cases", "32%"),
              ("Perpetrators change", "Programme completions", "74"),
              ("Professionals ask", "Staff trained to Ask and Act level 2", "1,900")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="pg"><h1 class="t">Governance and partners</h1><p>The Regional VAWDASV Partnership Board '
             'meets every quarter and reports to the Cardiff Public Services Board and the Vale of Glamorgan '
             'Public Services Board. A survivor engagement group advises the Board.</p><h2>Partners</h2><ul>'
             '<li>Cardiff Council</li><li>Vale of Glamorgan Council</li><li>Cardiff and Vale University Health '
             'Board</li><li>South Wales Police</li><li>The office of the South Wales Police and Crime '
             'Commissioner</li><li>The Probation Service</li><li>Specialist domestic abuse and sexual violence '
             'services</li></ul><p>Contact: vawdasv@cardiffandvale.example</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Live Fear Free</h2><p>If you are worried about abuse, '
             'help is available 24 hours a day from the national helpline (illustrative number 0808 000 0000).</p>'
             '<p>In an emergency call 999.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Violence against women", "und": "Understanding violence and abuse The Act",
               "nat": "The national picture The Welsh", "pri": "Our priorities Four priorities",
               "del": "Delivering the strategy Delivery", "mea": "Measuring what matters Our",
               "gov": "Governance and partners The Regional"}
    src = work_file("cardiff_vale_vawdasv.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
