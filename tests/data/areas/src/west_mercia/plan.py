"""Safer West Mercia Plan 2025-2029 (the Police and Crime Plan): HTML printed by Chromium.

Five priorities, one page each (pp6-10).  Each page has a full-height coloured
left edge, a letter-spaced kicker "PRIORITY ONE" (a label), the heading in a
large serif face, a short introduction, the numbered objectives "1.1 ..." in a
ruled list, and "How we will know".  The values (p3), "West Mercia in numbers"
(p4), the wheel of five one-word names on p5 ("Communities", "Protection" ...)
and "How this plan was made", the partnership list (p11) and the budget (p12)
are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from west_mercia.work import work_file

FILE = "plan/safer_west_mercia_plan_2025-29.pdf"
TITLE = "Safer West Mercia Plan 2025–2029"

PRIORITIES = [
    ("ONE", "Keeping our communities safe", "Communities", "#0B5563",
     "Most people in West Mercia live in safe places. I want to keep it that way, in our market towns, our cities "
     "and the most remote farms alike.",
     ["Reduce anti-social behaviour and neighbourhood crime, working with the community safety partnerships in "
      "Herefordshire, Shropshire, Telford and Wrekin and Worcestershire.",
      "Tackle rural and business crime, including theft from farms, fly-tipping, wildlife crime and shop theft.",
      "Disrupt serious and organised crime, drug supply and the county lines that bring drugs into our towns.",
      "Make our roads safer with the Safer Roads Partnership, with a focus on the \u201cfatal four\u201d."],
     ["Anti-social behaviour incidents", "Rural crime recorded and solved", "Organised crime groups disrupted",
      "People killed or seriously injured on the roads"]),
    ("TWO", "Protecting people from harm", "Protection", "#7A2E5A",
     "Harm is concentrated on people who are least able to protect themselves. This priority is about preventing "
     "that harm and responding to it well.",
     ["Reduce domestic abuse, rape and sexual offences and stalking: a better police response, and more "
      "perpetrators charged and convicted.",
      "Protect children and adults at risk from sexual and criminal exploitation, county lines and modern slavery.",
      "Prevent serious violence and knife crime, as convener of the West Mercia Serious Violence Duty partnership.",
      "Reduce the harm caused by drugs and alcohol, working with the combating drugs partnerships on treatment, "
      "recovery and drug-related deaths.",
      "Make public spaces and the night-time economy safer for women and girls."],
     ["Domestic abuse and rape charge rates", "Children identified as at risk of exploitation",
      "Knife crime and hospital admissions for assault with a sharp object", "Adults in drug and alcohol treatment"]),
    ("THREE", "Putting victims and survivors first", "Victims", "#B5651D",
     "Every victim should be treated with dignity and get the help they need to cope and recover, whether or not "
     "they report to the police.",
     ["Offer every victim of crime help from the Victim Advice Centre, which I commission.",
      "Commission specialist support and advocacy for survivors of domestic abuse and sexual violence, including "
      "independent advisers and the sexual assault referral centre.",
      "Hold criminal justice agencies to account for the Victims\u2019 Code.",
      "Offer restorative justice to victims who want it."],
     ["Victims satisfied with the service they received", "Survivors supported by commissioned services",
      "Compliance with the Victims\u2019 Code", "Restorative justice referrals"]),
    ("FOUR", "Reducing offending and reoffending", "Offending", "#3D6B2E",
     "Stopping people committing crime in the first place, and stopping those who do from doing it again, prevents "
     "more victims than anything else we do.",
     ["Manage the people who cause most harm through Integrated Offender Management.",
      "Help people leaving prison into settled accommodation, education, training and work.",
      "Support the West Mercia Youth Justice Service to keep children out of the justice system and to reduce "
      "reoffending by children.",
      "Commission behaviour change programmes for perpetrators of domestic abuse and stalking.",
      "Get people in the justice system into drug and alcohol treatment: testing on arrest, treatment requirements "
      "and continuity of care from prison."],
     ["Proven reoffending rate", "Settled accommodation on release", "First-time entrants to the youth justice "
      "system", "Treatment starts from custody and probation"]),
    ("FIVE", "Building trust and confidence in policing", "Confidence", "#2B3A67",
     "Policing in this country depends on consent. People need to see their police, reach them easily and trust "
     "them to behave well.",
     ["Make neighbourhood policing more visible and accessible in every community.",
      "Improve 101, online and emergency contact so that people get through quickly.",
      "Hold the Chief Constable to account for high standards of behaviour and for stop and search.",
      "Listen to communities and report back on what I have done.",
      "Make sure every pound of the police budget is well spent."],
     ["Public confidence in the police (survey)", "101 answer times", "Complaints resolved within target",
      "Stop and search outcomes"]),
]

CSS = """
@page { size: A4; margin: 20mm 18mm 20mm 24mm;
  @bottom-left { content: "Safer West Mercia Plan 2025–2029"; font: 7.5pt 'Liberation Sans'; color: #777; }
  @bottom-right { content: "p. " counter(page); font: 700 8pt 'Liberation Sans'; color: #0B5563; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.5; color: #202020; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #0B5563; color: #fff; position: relative;
  break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; bottom: 0; width: 210mm; height: 70mm; background: #D9A441; }
.cover .who { position: absolute; left: 22mm; top: 24mm; font-size: 10pt; letter-spacing: 2pt; }
.cover h1 { position: absolute; left: 22mm; top: 120mm; font: 700 38pt 'Liberation Serif'; margin: 0; }
.cover .yr { position: absolute; left: 22mm; top: 160mm; font-size: 18pt; }
.cover .sub { position: absolute; left: 22mm; bottom: 28mm; font-size: 11pt; color: #0B2E36; width: 160mm; }
.pg { break-before: page; }
h1.t { font: 700 22pt 'Liberation Serif'; color: #0B5563; margin: 0 0 5mm 0; }
h2 { font-size: 12pt; color: #0B5563; margin: 5mm 0 2mm 0; }
.toc div { display: flex; align-items: baseline; padding: 2mm 0; font-size: 11pt; }
.toc div .f { flex: 1; border-bottom: 1px dotted #999; margin: 0 2mm; }
.toc div.sub { padding-left: 8mm; font-size: 10pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; margin: 4mm 0; }
.grid div { border-top: 3px solid #D9A441; padding: 2mm 0; } .grid b { display: block; font-size: 18pt; color: #0B5563; }
.wheel { position: relative; width: 150mm; height: 110mm; margin: 6mm auto; }
.wheel .hub { position: absolute; left: 50mm; top: 30mm; width: 50mm; height: 50mm; border-radius: 50%;
  background: #0B5563; color: #fff; text-align: center; padding-top: 17mm; font: 700 11pt 'Liberation Serif'; }
.wheel .sp { position: absolute; width: 34mm; padding: 3mm; border-radius: 3mm; color: #fff; text-align: center;
  font-weight: 700; font-size: 10pt; }
.pri { position: relative; }
.pri .edge { position: fixed; }
.kick { font-size: 8.5pt; letter-spacing: 3pt; font-weight: 700; margin-top: 6mm; }
h1.p { font: 700 28pt/1.1 'Liberation Serif'; margin: 2mm 0 5mm 0; }
.intro { font-size: 11pt; color: #333; border-left: 3px solid #ccc; padding-left: 4mm; }
ol.obj { list-style: none; margin: 4mm 0; padding: 0; }
ol.obj li { display: flex; border-top: 1px solid #ddd; padding: 2.5mm 0; }
ol.obj li span.n { width: 13mm; font-weight: 700; flex: none; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0 4mm 0; }
th { text-align: left; border-bottom: 2px solid #0B5563; padding: 1.5mm; }
td { border-bottom: 1px solid #ddd; padding: 1.5mm; vertical-align: top; }
.note { font-size: 8pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #0B5563; color: #fff;
  padding: 200mm 22mm 0 22mm; }
"""

WHEEL_POS = [(58, 0), (112, 30), (98, 84), (18, 84), (4, 30)]


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head>'
         '<body>']
    P.append('<div class="cover"><div class="who">WEST MERCIA POLICE AND CRIME COMMISSIONER</div>'
             '<h1>Safer West Mercia</h1><div class="yr">Police and Crime Plan 2025–2029</div><div class="band"></div>'
             '<div class="sub">Herefordshire · Shropshire · Telford and Wrekin · Worcestershire</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    entries = [("Foreword", "fw", 0), ("West Mercia in numbers", "ctx", 0), ("The plan in brief", "brief", 0),
               ("My priorities", "p0", 0)] + [(p[1], f"p{i}", 1) for i, p in enumerate(PRIORITIES)] + \
              [("Working in partnership", "part", 0), ("Resources and accountability", "res", 0)]
    for t, k, sub in entries:
        P.append(f'<div class="{"sub" if sub else ""}"><span>{e(t)}</span><span class="f"></span>'
                 f'<span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "I was elected to make West Mercia safer. West Mercia is one of the largest policing areas in England, and "
        "one of the most rural: from the Welsh border to the edge of Birmingham, from Ludlow and Leominster to "
        "Telford, Kidderminster and Worcester.",
        "This plan sets out my five priorities for the next four years. It is the plan against which I will hold "
        "the Chief Constable to account, and it guides the services I commission and the grants I make to "
        "partners.",
        "Many of the things that keep people safe are not done by the police. I will work with the community safety "
        "partnerships, the combating drugs partnerships, the youth justice service, the probation service and the "
        "voluntary sector, and I expect to see their plans pulling in the same direction as mine.",
        "I have heard from more than 3,000 residents while preparing this plan. Thank you to everyone who took part."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Police and Crime Commissioner for West Mercia</b></p><h2>My values</h2><ul>'
             '<li>Fairness: the same high service wherever you live</li><li>Openness: I publish what I decide and '
             'why</li><li>Value: every pound spent where it makes most difference</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">West Mercia in numbers</h1><p class="note">All figures are illustrative '
             'and are not official statistics.</p><div class="grid">')
    for n, c in [("1.3m", "residents"), ("2,868", "square miles, mostly rural"), ("4", "local authority areas"),
                 ("96,000", "crimes recorded a year"), ("21,000", "domestic abuse incidents and crimes"),
                 ("1,100", "knife crime offences"), ("31,000", "anti-social behaviour incidents"),
                 ("3,900", "adults in drug and alcohol treatment"), ("74%", "of victims satisfied")]:
        P.append(f'<div><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What residents told us</h2><ul>')
    for t in ["Anti-social behaviour and speeding were the top two local concerns.",
              "Rural residents want to see officers more often.",
              "Women and girls feel less safe in town centres at night.",
              "People want to be kept informed about their case."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div>')
    P.append('<div class="pg"><h1 class="t">The plan in brief</h1><p>Five words sum up the plan. Each is set out on '
             'the pages that follow.</p><div class="wheel"><div class="hub">Safer<br>West Mercia</div>')
    for (x, y), p in zip(WHEEL_POS, PRIORITIES):
        P.append(f'<div class="sp" style="left:{x}mm;top:{y}mm;background:{p[3]}">{e(p[2])}</div>')
    P.append('</div><h2>How this plan was made</h2><p>The plan draws on a public survey, meetings with partners, the '
             'force\u2019s strategic assessment and the views of victims\u2019 services. The Police and Crime Panel '
             'reviewed a draft in early 2025.</p><h2>How to read it</h2><p>Each priority has numbered objectives. '
             'The objectives say what I will do and what I expect of partners; the measures say how we will know '
             'whether it is working.</p></div>')
    for i, (word, name, short, col, intro, objs, meas) in enumerate(PRIORITIES):
        P.append(f'<div class="pg pri" style="border-left: 5mm solid {col}; padding-left: 6mm; min-height: 250mm">')
        if i == 0:
            P.append('<div class="note">My priorities</div>')
        P.append(f'<div class="kick" style="color:{col}">PRIORITY {word}</div><h1 class="p" style="color:{col}">'
                 f'{e(name)}</h1><p class="intro">{e(intro)}</p><h2>Objectives</h2><ol class="obj">')
        for k, o in enumerate(objs, 1):
            P.append(f'<li><span class="n">{i + 1}.{k}</span><span>{e(o)}</span></li>')
        P.append('</ol><h2>How we will know</h2><ul>' + "".join(f"<li>{e(m)}</li>" for m in meas) + '</ul></div>')
    P.append('<div class="pg"><h1 class="t">Working in partnership</h1><p>I sit on, fund or work closely with these '
             'partnerships. Each has its own plan, and this plan does not repeat them.</p><table><tr>'
             '<th>Partnership</th><th>Area</th></tr>')
    for a, b in [("Herefordshire Community Safety Partnership", "Herefordshire"),
                 ("Shropshire Safer Stronger Communities Partnership", "Shropshire"),
                 ("Safer Telford and Wrekin Partnership", "Telford and Wrekin"),
                 ("Safer Communities Board", "Worcestershire"),
                 ("West Mercia Serious Violence Duty partnership", "West Mercia"),
                 ("Combating drugs partnerships", "Each local authority area"),
                 ("West Mercia Youth Justice Service management board", "West Mercia"),
                 ("West Mercia Criminal Justice Board", "West Mercia"),
                 ("Domestic abuse partnership boards", "Each local authority area")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Resources and accountability</h1><p>The police budget for 2025/26 is '
             'about £290 million (illustrative). I also commission services from a separate budget:</p><table>'
             '<tr><th>Area of spend</th><th>2025/26 (illustrative)</th></tr>')
    for a, b in [("Victim Advice Centre and victims\u2019 services", "£4.1m"),
                 ("Domestic abuse and sexual violence services", "£3.2m"),
                 ("Community safety grants to the four partnerships", "£1.6m"),
                 ("Youth justice and diversion", "£0.9m"), ("Serious violence prevention", "£1.1m")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><h2>Holding the Chief Constable to account</h2><p>I hold a public performance meeting every '
             'quarter, and the Police and Crime Panel scrutinises my decisions.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Office of the Police and Crime Commissioner for West Mercia'
             '</h2><p>opcc@westmercia-pcc.example · 01905 000 000 (illustrative)</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword I was elected", "ctx": "West Mercia in numbers All figures",
               "brief": "The plan in brief Five words", "p0": "My priorities PRIORITY ONE",
               "part": "Working in partnership I sit on", "res": "Resources and accountability The police"}
    needles.update({f"p{i}": f"PRIORITY {p[0]} {p[1]}" for i, p in enumerate(PRIORITIES)})
    src = work_file("plan.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
