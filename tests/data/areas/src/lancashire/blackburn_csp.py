"""Blackburn with Darwen Community Safety Partnership Strategy 2024-2027: HTML printed by Chromium.

The seven priorities are stated once only, as bare topic headings on cards in
a stack of offset cards (p5, "Our priorities for 2024-2027").  A later page quotes
the six priorities of the Police and Crime Plan in a box (NOT this
partnership's own), and the delivery pages use short theme labels ("VAWG",
"ASB", "Roads", ...).  The vision, statutory duties, the other strategies list,
"We will" bullets, measures and the partner list are distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/blackburn_with_darwen_community_safety_strategy_2024-27.pdf"
TITLE = "Blackburn with Darwen Community Safety Partnership Strategy 2024–2027"

# (card heading, card text, short delivery label, "we will", measures)
PRIORITIES = [
    ("Violence against women and girls",
     "Domestic abuse, sexual violence, stalking, harassment and so-called honour-based abuse, in homes, online and in "
     "public places.",
     "VAWG",
     ["Deliver a borough VAWG action plan that feeds into the pan-Lancashire strategy.",
      "Keep a specialist domestic abuse hub with independent advisers who speak community languages.",
      "Work with schools and mosques, churches and community groups to challenge harmful attitudes.",
      "Use Safer Streets funding to improve lighting and CCTV on routes women told us feel unsafe."],
     "Repeat victims of domestic abuse; women who feel safe in the town centre after dark"),
    ("Anti-social behaviour",
     "Nuisance, intimidation, vandalism, off-road bikes and fly-tipping that make people feel unsafe where they live.",
     "ASB",
     ["Hold a weekly ASB risk meeting for the most vulnerable victims.",
      "Use community protection notices, closure orders and injunctions consistently.",
      "Run summer diversion activities with the youth service in hotspot parks.",
      "Publicise the ASB Case Review so that victims know how to use it."],
     "ASB incidents; repeat callers; use of the ASB Case Review"),
    ("Serious violence and knife crime",
     "Violence that causes serious harm, including knife crime, robbery and violence in the night-time economy.",
     "Violence",
     ["Deliver the borough actions of the Serious Violence Duty.",
      "Fund navigators in the Royal Blackburn Hospital emergency department.",
      "Run knife crime workshops in every secondary school.",
      "Use weapon sweeps and knife bins in partnership with the Constabulary."],
     "Knife-enabled serious violence; hospital admissions for assault"),
    ("Exploitation of children and vulnerable adults",
     "Criminal and sexual exploitation, county lines, cuckooing and modern slavery.",
     "Exploitation",
     ["Run the multi-agency child exploitation panel and extend it to adults at risk.",
      "Train taxi drivers, takeaway staff and hotel staff to spot exploitation.",
      "Disrupt locations where children are exploited.",
      "Support victims of modern slavery through the National Referral Mechanism."],
     "Children safeguarded from exploitation; National Referral Mechanism referrals"),
    ("Hate crime and community tensions",
     "Crime and incidents motivated by prejudice, and tensions between communities after local or national events.",
     "Cohesion",
     ["Run a monthly community tension monitoring group.",
      "Promote hate crime reporting through third-party centres and community champions.",
      "Respond quickly with community leaders when tensions rise.",
      "Deliver the Prevent duty with partners."],
     "Hate incidents reported; people who feel they belong to their neighbourhood"),
    ("Drug and alcohol harm",
     "The harm that drug and alcohol use causes to people, families and neighbourhoods.",
     "Substances",
     ["Increase the number of adults and young people in treatment with the Combating Drugs Partnership.",
      "Use licensing powers to reduce alcohol harm.",
      "Support families affected by someone else's drug or alcohol use.",
      "Act on drug dealing reported by residents."],
     "People in treatment; alcohol-related hospital admissions"),
    ("Road safety",
     "Speeding, dangerous and careless driving, and nuisance vehicles that put people at risk on our roads.",
     "Roads",
     ["Support Community Speedwatch groups in Darwen and the villages.",
      "Target nuisance vehicles and illegal car cruises with the Constabulary.",
      "Deliver road safety education with schools.",
      "Use speed data to plan traffic calming with highways."],
     "People killed or seriously injured; speeding complaints"),
]

PCP = ["Prevent Violence Against Women and Girls", "Tackle Crime and Anti-Social Behaviour",
       "Get Tough on Serious and Violent Crime", "Support Victims and Protect Vulnerable People",
       "Rebuild Public Trust and Confidence", "Efficient and Effective Policing"]

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Community Safety Partnership Strategy 2024–2027"; font: 8pt 'DejaVu Sans'; color: #5B6770; }
  @top-right { content: "Blackburn with Darwen"; font: 700 8pt 'DejaVu Sans'; color: #00686B; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 8.5pt 'DejaVu Sans'; color: #00686B; } }
@page bare { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.3pt; line-height: 1.45; color: #26323a; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #00686B; color: #fff; position: relative; overflow: hidden; break-after: page; }
.cover .band { position: absolute; left: 0; top: 190mm; width: 210mm; height: 26mm; background: #F2A900; }
.cover .sq { position: absolute; right: -30mm; top: -30mm; width: 120mm; height: 120mm; background: #0B8A8E; transform: rotate(20deg); }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 11pt; font-weight: 700; letter-spacing: .6pt; }
.cover h1 { position: absolute; left: 18mm; top: 80mm; font-size: 34pt; line-height: 1.1; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 196mm; font-size: 20pt; color: #00363A; font-weight: 700; }
.cover .sub { position: absolute; left: 18mm; top: 240mm; font-size: 10pt; width: 175mm; }
.page { break-before: page; }
h1.t { font-size: 21pt; color: #00686B; margin: 0 0 5mm 0; }
h2 { font-size: 12.5pt; color: #00686B; margin: 5mm 0 2mm 0; }
h3.lab { font-size: 10.5pt; color: #fff; background: #26323a; display: inline-block; padding: 1mm 3mm; margin: 4mm 0 1.5mm 0; border-radius: 1mm; }
.toc { border-top: 2px solid #00686B; }
.toc div { display: flex; border-bottom: 1px solid #CCD5DA; padding: 2.4mm 0; font-size: 11pt; }
.toc div .l { flex: 1; } .toc div .n { width: 14mm; text-align: right; font-weight: 700; color: #00686B; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0; }
.tile { border-left: 5px solid #F2A900; background: #EEF4F5; padding: 3.5mm 4mm; }
.tile .n { font-size: 20pt; font-weight: 700; color: #00686B; } .tile .c { font-size: 8.2pt; }
.cards { margin-top: 5mm; }
.card { border-left: 6px solid #00686B; background: #F6F8F9; padding: 3mm 5mm 3.5mm 6mm; margin: 0 0 3.5mm 0; break-inside: avoid; }
.card:nth-child(even) { border-left-color: #F2A900; margin-left: 14mm; }
.card h2 { margin: 0 0 2mm 0; font-size: 13pt; color: #26323a; }
.card p { margin: 0; font-size: 8.6pt; color: #4a565e; }
.vision { font-size: 12.5pt; color: #00686B; font-style: italic; margin: 2mm 0 4mm 0; }
.quote { border: 2px dashed #F2A900; padding: 4mm 6mm; margin: 4mm 0; }
.quote ol { margin: 2mm 0 0 0; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1.1mm; }
.m { font-size: 8.4pt; color: #5B6770; margin: 0 0 3mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0; }
th { background: #00686B; color: #fff; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #CCD5DA; padding: 1.8mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #5B6770; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #26323a; color: #fff; padding: 120mm 18mm 0 18mm; }
.back h2 { color: #F2A900; font-size: 16pt; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="sq"></div><div class="band"></div>'
             '<div class="org">BLACKBURN WITH DARWEN COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Strategy</h1><div class="yr">2024–2027</div>'
             '<div class="sub">Blackburn with Darwen Borough Council · Lancashire Constabulary · Lancashire Fire and '
             'Rescue Service · Probation Service · NHS Lancashire and South Cumbria Integrated Care Board</div></div>')
    toc = [("Foreword", "fw"), ("Blackburn with Darwen today", "ctx"), ("Our priorities for 2024–2027", "pri"),
           ("How this strategy fits with other plans", "fit"), ("Delivering our priorities", "del"),
           ("Governance and performance", "gov")]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in toc:
        P.append(f'<div><span class="l">{e(t)}</span><span class="n">{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    # foreword
    P.append('<div class="page"><h1 class="t">Foreword</h1>')
    for t in [
        "Blackburn with Darwen is a young, diverse and ambitious borough. Most people feel safe where they live, but "
        "crime and anti-social behaviour are not spread evenly, and some neighbourhoods carry far more than their share.",
        "This strategy sets out how the organisations in our community safety partnership will work together over the "
        "next three years. It is based on our strategic assessment, on what more than 1,800 residents told us in our "
        "community safety survey (illustrative), and on conversations with young people, faith leaders and businesses.",
        "We have chosen seven priorities. Some, such as violence against women and girls and serious violence, are "
        "shared with partners across Lancashire. Others, such as road safety and community tensions, reflect concerns "
        "that residents raise with us again and again.",
        "The partnership cannot do this alone. We will keep listening to residents, report on our progress every year "
        "and adapt when new issues emerge.",
    ]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, Blackburn with Darwen Community Safety Partnership</b></p></div>")
    # context
    P.append('<div class="page"><h1 class="t">Blackburn with Darwen today</h1><p>The figures below are illustrative. '
             'They are not official statistics.</p><div class="tiles">')
    for n, c in [("155,000", "residents, a third of them under 25"), ("14,900", "crimes recorded in a year"),
                 ("3,200", "domestic abuse incidents"), ("4,100", "anti-social behaviour incidents"),
                 ("85", "people killed or seriously injured on our roads"), ("31%", "of residents worry about drug "
                                                                               "dealing")]:
        P.append(f'<div class="tile"><div class="n">{e(n)}</div><div class="c">{e(c)}</div></div>')
    P.append('</div><p class="note">Illustrative figures.</p><h2>What residents told us</h2><ul>')
    for t in ["Anti-social behaviour and speeding are the issues that most affect day-to-day quality of life.",
              "Women and girls told us they avoid parts of the town centre after dark.",
              "Parents are worried about knife crime and about children being exploited.",
              "Many people do not report hate incidents because they think nothing will happen."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our legal duties</h2><ul>')
    for t in ["Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending",
              "Serious Violence Duty (2023): prevent and reduce serious violence",
              "Domestic Abuse Act 2021: domestic homicide reviews and safe accommodation",
              "Prevent duty: stop people being drawn into terrorism"]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul></div>")
    # priorities (cards)
    P.append('<div class="page"><h1 class="t">Our priorities for 2024–2027</h1>'
             '<p class="vision">Our vision: a borough where everyone is safe and feels safe, at home, online and in '
             'public places.</p><p>Our strategic assessment and our residents\' survey point to seven priorities. They '
             'are set out below, in no particular order.</p><div class="cards">')
    for name, text, *_ in PRIORITIES:
        P.append(f'<div class="card"><h2>{e(name)}</h2><p>{e(text)}</p></div>')
    P.append("</div></div>")
    # fit with other plans
    P.append('<div class="page"><h1 class="t">How this strategy fits with other plans</h1>'
             '<p>Our priorities support the aims of several county-wide plans. The Police and Crime Commissioner for '
             'Lancashire has a duty to cooperate with community safety partnerships, and provides grant funding for '
             'our work.</p><div class="quote"><b>The Police and Crime Plan for Lancashire 2024–2029</b> sets six '
             'priorities for policing and crime in the county:<ol>')
    for t in PCP:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ol></div><p>Other plans that this strategy supports:</p><ul>')
    for t in ["Lancashire Community Safety Agreement", "Lancashire Violence Reduction Network: Serious Violence Strategy",
              "Pan-Lancashire Violence Against Women and Girls Strategy",
              "Blackburn with Darwen Combating Drugs Partnership Plan", "Blackburn with Darwen Youth Justice Plan",
              "Blackburn with Darwen Health and Wellbeing Strategy"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>How we work</h2><p>We take a public health approach: we look at the causes of crime as well as '
             'the crimes themselves, we use data to focus on the places and people at greatest risk, and we involve '
             'communities in designing the response. Our work is trauma-informed and we put early intervention first.'
             '</p></div>')
    # delivery
    P.append('<div class="page"><h1 class="t">Delivering our priorities</h1><p>Each priority has a lead group and an '
             'annual action plan. The main commitments are summarised below.</p>')
    for i, (name, text, lab, dos, meas) in enumerate(PRIORITIES):
        if i in (3, 6):
            P.append('<div class="page"></div>')
        P.append(f'<h3 class="lab">{e(lab)}</h3><p><b>We will:</b></p><ul>')
        for t in dos:
            P.append(f"<li>{e(t)}</li>")
        P.append(f'</ul><p class="m">Measures: {e(meas)}</p>')
    P.append('<h2>Action plan 2024–25</h2><table><tr><th>Theme</th><th>Action</th><th>Lead</th><th>By</th></tr>')
    for row in [("VAWG", "Borough VAWG action plan agreed", "DA and VAWG Board", "Sep 2024"),
                ("ASB", "Summer diversion programme in three parks", "Youth service", "Jul 2024"),
                ("Violence", "Emergency department navigators in post", "Public health", "Oct 2024"),
                ("Exploitation", "Adult exploitation panel launched", "Adult social care", "Jan 2025"),
                ("Cohesion", "Community champions recruited", "Communities team", "Nov 2024"),
                ("Substances", "Family support service recommissioned", "Public health", "Apr 2025"),
                ("Roads", "Two new Speedwatch groups", "Constabulary", "Mar 2025")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    P.append('</table><p class="note">Dates are indicative.</p>')
    # governance
    P.append('<div class="page"><h1 class="t">Governance and performance</h1><p>The Community Safety Partnership Board '
             'meets quarterly and is chaired by the council\'s Strategic Director of Environment and Operations. It '
             'reports to the council\'s Policy and Corporate Resources Overview and Scrutiny Committee.</p>'
             '<table><tr><th>Group</th><th>Leads on</th></tr>')
    for g, l in [("Domestic Abuse and VAWG Board", "VAWG"), ("ASB and Neighbourhoods Group", "ASB, Roads"),
                 ("Serious Violence and Exploitation Group", "Violence, Exploitation"),
                 ("Community Cohesion and Prevent Group", "Cohesion"), ("Combating Drugs Partnership", "Substances")]:
        P.append(f"<tr><td>{e(g)}</td><td>{e(l)}</td></tr>")
    P.append('</table><h2>Partners</h2><ul>')
    for t in ["Blackburn with Darwen Borough Council", "Lancashire Constabulary", "Lancashire Fire and Rescue Service",
              "Probation Service", "NHS Lancashire and South Cumbria Integrated Care Board",
              "Office of the Police and Crime Commissioner for Lancashire", "Twin Valley Homes and other housing "
                                                                            "providers",
              "Voluntary, community and faith sector"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Reporting</h2><p>We will publish an annual report showing progress against the measures for each '
             'priority, and we will refresh this strategy if the strategic assessment shows new risks.</p></div>')
    P.append('<div class="back"><h2>Blackburn with Darwen Community Safety Partnership</h2><p>Town Hall, Blackburn</p>'
             '<p>communitysafety@blackburn.example</p><p>Statistics in this strategy are illustrative.</p></div>')
    P.append("</body></html>")
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Blackburn with Darwen is", "ctx": "Blackburn with Darwen today The figures",
               "pri": "Our priorities for 2024–2027 Our vision", "fit": "How this strategy fits with other plans Our",
               "del": "Delivering our priorities Each", "gov": "Governance and performance The"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "blackburn_csp.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
