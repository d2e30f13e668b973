"""Safer Guildford Partnership Plan 2024-2027: HTML printed by Chromium, set out like a **newspaper**.

Every page carries a masthead strip ("SAFER GUILDFORD", a dateline and the page number).  The five
priorities (pp6-7) are the **headlines of five "articles"**: a small capitals section label ("NEIGHBOURHOODS",
"SAFER NIGHTS" ...) on a line of its own, then the headline in large serif bold spanning the page, an italic
standfirst and body text in three CSS columns with a drop cap.  No numbers.  A band "OUR FIVE PRIORITIES FOR
2024-2027" opens p6 and says that each headline is a priority.  The section labels, the PCC's five priorities
quoted in a sidebar (p3), the 2021-2024 priorities (p5), the key findings (p4), the delivery table's short
themes (p8) and the measures are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from surrey.work import work_file

FILE = "strategies/safer_guildford_partnership_plan_2024-27.pdf"
TITLE = "Safer Guildford Partnership Plan 2024–2027"

PRIORITIES = [
    ("NEIGHBOURHOODS", "Tackling anti-social behaviour in the town centre and our neighbourhoods",
     "Residents told us that nuisance, intimidation and damage matter more to them than any other issue.",
     ["Anti-social behaviour is the issue residents raise most often with councillors and at police surgeries. "
      "It is concentrated in the town centre, around North Street and the bus station, and on a handful of "
      "estates in Westborough and Stoke.",
      "We will run a joint action group every month, use dispersal orders and Community Protection Notices "
      "consistently, and clear up damage and graffiti within two working days. Repeat victims will have a named "
      "officer.",
      "We will review the town centre Public Spaces Protection Order in 2025, and will tell residents each "
      "quarter what we have done about the problems they reported."]),
    ("SAFER NIGHTS", "Tackling violence against women and girls",
     "Every woman and girl in Guildford should be safe, and feel safe, at home and in public, by day and night.",
     ["Guildford has a large university and a busy night-time economy. Women tell us that they feel unsafe "
      "walking home from the town centre, and that harassment on nights out is too often shrugged off.",
      "We will train bar and door staff in spotting and stopping harassment, keep the safe haven open on Friday "
      "and Saturday nights, and improve lighting on the routes from the station and the university.",
      "Behind closed doors, we will make sure that every agency can recognise domestic abuse and stalking and "
      "knows where to refer, and we will back campaigns that challenge misogyny among young men."]),
    ("VIOLENCE", "Reducing serious violence and knife crime",
     "Serious violence is rare in Guildford, and we intend to keep it that way.",
     ["Knife crime offences in the borough are low but rose for two years in a row (illustrative). Most involve "
      "young men under 25, and many are linked to drug dealing.",
      "We will deliver the Serious Violence Duty locally: weapons sweeps in parks, knife amnesty bins, a "
      "hospital-based youth worker at the Royal Surrey and mentoring for young people at risk.",
      "We will share information on violence with the Surrey partners under the duty each quarter."]),
    ("EXPLOITATION", "Protecting children and young people from criminal exploitation",
     "County lines gangs target children who are missing from school or from home.",
     ["Children from Guildford have been found dealing drugs in other towns, and children from London have "
      "been found in Guildford. Many were missing from home or excluded from school.",
      "We will hold a fortnightly exploitation panel, offer a return-home interview to every child who goes "
      "missing, and train taxi drivers, hotel staff and shop workers to spot the signs.",
      "We will disrupt the adults who exploit children, using every power we have."]),
    ("SUBSTANCES", "Reducing the harm caused by drugs and alcohol",
     "Drugs and alcohol lie behind much of the crime and disorder in the borough.",
     ["Alcohol is a factor in most night-time violence, and drug-related deaths in the borough have risen "
      "(illustrative). Fewer than half of the people who need treatment are in it.",
      "We will offer naloxone in hostels and pharmacies, fund an alcohol liaison nurse at the Royal Surrey and "
      "work with the treatment service to reach people who have never been in treatment.",
      "We will target the dealers who supply the town, with Surrey Police and the county partnership."]),
]

DELIVERY = [("Neighbourhoods", "Monthly joint action group; PSPO review", "Guildford Borough Council"),
            ("Safer nights", "Safe haven; staff training; lighting", "Council licensing, Surrey Police"),
            ("Violence", "Hospital youth worker; mentoring", "Surrey Police, NHS"),
            ("Exploitation", "Exploitation panel; return-home interviews", "Surrey County Council"),
            ("Substances", "Naloxone; alcohol liaison nurse", "Public health")]

CSS = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
@page bare { margin: 0; }
* { box-sizing: border-box; }
body { font-family: 'Liberation Serif', serif; font-size: 9.6pt; line-height: 1.42; color: #1b1b1b; margin: 0; }
.mast { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px double #222;
  padding-bottom: 1.5mm; margin-bottom: 5mm; font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt;
  color: #444; }
.mast b { font-family: 'Liberation Serif', serif; font-size: 15pt; color: #7A1E2C; letter-spacing: 1.5pt; }
.page { break-before: page; }
.cover { page: bare; width: 210mm; height: 297mm; padding: 18mm; break-after: page; background: #FBF8F1; }
.cover .name { font-size: 58pt; font-weight: 700; color: #7A1E2C; text-align: center; border-top: 4px solid #222;
  border-bottom: 4px solid #222; margin-top: 20mm; letter-spacing: 2pt; line-height: 1.2; }
.cover .strap { text-align: center; font-family: 'Liberation Sans'; font-size: 9pt; letter-spacing: 3pt;
  margin: 3mm 0 18mm 0; }
.cover h1 { font-size: 30pt; margin: 0 0 6mm 0; line-height: 1.15; }
.cover .deck { font-size: 14pt; font-style: italic; color: #444; width: 140mm; }
.cover .foot { position: absolute; bottom: 22mm; font-family: 'Liberation Sans'; font-size: 8.5pt; color: #555; }
h1.t { font-size: 24pt; margin: 0 0 4mm 0; color: #222; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; color: #7A1E2C; margin: 5mm 0 2mm 0; }
.toc div { display: flex; font-size: 12pt; padding: 2.4mm 0; border-bottom: 1px solid #ddd; }
.toc div span.p { margin-left: auto; font-weight: 700; }
.cols2 { column-count: 2; column-gap: 7mm; }
.side { float: right; width: 64mm; margin: 0 0 4mm 6mm; border: 1.5px solid #222; padding: 3mm 4mm;
  font-family: 'Liberation Sans'; font-size: 8.2pt; background: #F4EFE4; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0; }
.stat { border-top: 3px solid #7A1E2C; padding-top: 1.5mm; font-family: 'Liberation Sans'; font-size: 8.2pt; }
.stat b { display: block; font-family: 'Liberation Serif'; font-size: 20pt; color: #222; }
.band { background: #222; color: #fff; font-family: 'Liberation Sans'; font-weight: 700; font-size: 10pt;
  letter-spacing: 2pt; padding: 2mm 4mm; margin-bottom: 2mm; }
.bandnote { font-style: italic; font-size: 9pt; color: #444; margin-bottom: 4mm; }
.art { border-bottom: 1px solid #999; padding-bottom: 3mm; margin-bottom: 4mm; break-inside: avoid; }
.kick { font-family: 'Liberation Sans'; font-size: 7.5pt; font-weight: 700; letter-spacing: 2.2pt; color: #7A1E2C; }
.art h3 { font-size: 21pt; line-height: 1.1; margin: 1mm 0 1.5mm 0; font-weight: 700; }
.stand { font-style: italic; font-size: 11pt; color: #333; margin: 0 0 2mm 0; }
.body3 { column-count: 3; column-gap: 5mm; column-rule: 1px solid #ccc; font-size: 8.8pt; text-align: justify; }
.body3 p { margin: 0 0 1.5mm 0; }
.body3 p:first-child::first-letter { float: left; font-size: 26pt; line-height: 0.9; padding: 1mm 1.2mm 0 0;
  font-weight: 700; color: #7A1E2C; }
table { border-collapse: collapse; width: 100%; font-family: 'Liberation Sans'; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { text-align: left; border-bottom: 2px solid #222; padding: 1.5mm 2mm; }
td { border-bottom: 1px solid #ccc; padding: 1.5mm 2mm; vertical-align: top; }
.note { font-family: 'Liberation Sans'; font-size: 7.5pt; color: #666; }
"""


def e(s):
    return html.escape(s, quote=False)


def mast(n):
    return (f'<div class="mast"><b>SAFER GUILDFORD</b><span>Partnership Plan 2024–2027 · Residents\' edition</span>'
            f'<span>Page {n}</span></div>')


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="name">SAFER GUILDFORD</div><div class="strap">THE COMMUNITY SAFETY '
             'PARTNERSHIP FOR THE BOROUGH OF GUILDFORD</div><h1>Partnership Plan 2024–2027</h1>'
             '<div class="deck">Our plan for a safer borough, set out as a newspaper for residents.</div>'
             '<div class="foot">Guildford Borough Council · Surrey Police · Surrey County Council · Surrey Fire and '
             'Rescue Service · Probation Service · NHS Surrey Heartlands · University of Surrey</div></div>')
    P.append(mast(2) + '<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("From the chair", "fw"), ("Guildford in numbers", "ctx"), ("Looking back", "old"),
                 ("Our five priorities", "pri"), ("Making it happen", "del"), ("How we will know", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="p">{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="page">' + mast(3) + '<h1 class="t">From the chair</h1><div class="side"><b>The Police and '
             'Crime Commissioner\'s plan</b><br>The Commissioner\'s Police and Crime Plan for 2025–2029 has five '
             'priorities: Preventing violence against women and girls; Protecting people from harm; Working with '
             'communities so that they feel safe; Strengthening relationships between Surrey Police and residents; '
             'and Making Surrey\'s roads safer. This plan supports it.</div>')
    for t in [
        "Guildford is a safe place to live, work, study and visit. But residents told us plainly what still worries "
        "them: nuisance in the town centre, harassment on a night out, and young people being drawn into drugs and "
        "violence.",
        "Safer Guildford is the borough's community safety partnership. Under the Crime and Disorder Act 1998 the "
        "council, the police, the fire and rescue service, probation and the NHS must work together to reduce crime "
        "and disorder, and this plan says how we will do it for the next three years.",
        "We have set it out like a newspaper so that it is easy to read. We will publish an update every year.",
        "<b>Chair, Safer Guildford Partnership</b>"]:
        P.append(f"<p>{t}</p>")
    P.append('</div>')
    P.append('<div class="page">' + mast(4) + '<h1 class="t">Guildford in numbers</h1><p class="note">The figures '
             'below are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("150,000", "residents"), ("8,900", "crimes recorded in 2023/24"), ("2,600", "ASB incidents"),
                 ("1,500", "domestic abuse incidents and crimes"), ("41", "knife crime offences"),
                 ("27,000", "students at the university")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the strategic assessment found</h2><div class="cols2"><ul>')
    for t in ["ASB is concentrated in the town centre and three estates.",
              "Women feel less safe than men in the town centre after 10pm.",
              "Knife crime is low but has risen, mostly among young men.",
              "Children missing from home are the group most at risk of exploitation.",
              "Alcohol is a factor in most night-time violence.",
              "Shoplifting has risen, but is handled by the business crime partnership."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div><h2>What residents said</h2><p>Over 1,100 residents answered our survey (illustrative). '
             'Two in three named anti-social behaviour as their main concern; one in three named drugs.</p></div>')
    P.append('<div class="page">' + mast(5) + '<h1 class="t">Looking back</h1><p>Our 2021–2024 plan had three '
             'priorities:</p><ul><li>Town centre safety</li><li>Protecting vulnerable people</li><li>Serious and '
             'organised crime</li></ul><p>We achieved most of what we set out to do (illustrative): a safe haven on '
             'weekend nights, Purple Flag status for the town centre and a new exploitation panel. The new plan '
             'keeps what worked and sharpens our focus.</p><h2>How we work</h2><ul><li><b>Listen to residents</b> '
             'and tell them what we did.</li><li><b>Solve problems</b>, not just respond to them.</li><li><b>Share '
             'information</b> safely and quickly.</li><li><b>Put victims first.</b></li></ul></div>')
    P.append('<div class="page">' + mast(6) + '<div class="band">OUR FIVE PRIORITIES FOR 2024–2027</div>'
             '<div class="bandnote">Each headline on these two pages is one of the partnership\'s five priorities, '
             'chosen from the strategic assessment and the residents\' survey.</div>')
    for i, (kick, head, stand, paras) in enumerate(PRIORITIES):
        if i == 3:
            P.append('</div><div class="page">' + mast(7))
        P.append(f'<div class="art"><div class="kick">{e(kick)}</div><h3>{e(head)}</h3><p class="stand">{e(stand)}'
                 '</p><div class="body3">' + "".join(f"<p>{e(p)}</p>" for p in paras) + '</div></div>')
    P.append('</div>')
    P.append('<div class="page">' + mast(8) + '<h1 class="t">Making it happen</h1><p>Each theme has a lead partner. '
             'The main actions for 2024/25:</p><table><tr><th>Theme</th><th>Main actions 2024/25</th><th>Lead</th></tr>')
    for r in DELIVERY:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h1 class="t" style="margin-top:8mm">How we will know</h1><p>The partnership board meets every '
             'quarter and reports to the council\'s Overview and Scrutiny Committee and to the Police and Crime '
             'Commissioner.</p><table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "2,600", "Down"), ("Women who feel safe in the town centre at night", "51%", "Up"),
              ("Knife crime offences", "41", "Down"), ("Children referred to the exploitation panel", "64",
                                                          "Up (earlier referral)"),
              ("Adults in drug or alcohol treatment", "610", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative. Contact: saferguildford@guildford.example</p></div>')
    P.append('</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "From the chair", "ctx": "Guildford in numbers The figures", "old": "Looking back Our 2021",
               "pri": "OUR FIVE PRIORITIES FOR", "del": "Making it happen Each", "gov": "How we will know The"}
    src = work_file("guildford_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
