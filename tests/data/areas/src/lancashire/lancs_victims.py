"""Lancashire Victims and Witnesses Strategy 2024-2027: HTML printed by Chromium.

The five outcomes are "I" statements in the victim's voice, each a heading in
a speech-bubble panel, two to a page (pp6-8).  The twelve rights of the
Victims' Code (p5), victims' quotes, the vision, "What partners will do"
bullets, "How we will know" measures, the commissioned services table and the
governance text are distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/lancashire_victims_and_witnesses_strategy_2024-27.pdf"
TITLE = "Lancashire Victims and Witnesses Strategy 2024–2027"

OUTCOMES = [
    ("I can get help to cope and recover, whether or not I report the crime",
     ["Lancashire Victim Services will offer needs assessment and support to every victim referred or self-referring.",
      "Specialist services will be available for victims of domestic abuse, sexual violence, hate crime and fraud.",
      "Support will be available in community languages and in accessible formats."],
     "Victims who say support helped them to cope and recover"),
    ("I am treated with dignity and respect and kept informed about my case",
     ["Officers will complete a victim needs assessment at the first contact.",
      "Victims will be told how often they will be updated, and by whom.",
      "Partners will audit compliance with the Victims' Code every quarter."],
     "Victims' Code compliance; victim satisfaction with being kept informed"),
    ("I feel supported and safe when I give evidence at court",
     ["Witness Care will contact every witness before the trial.",
      "More remote evidence sites will be opened across the county.",
      "Partners will press for earlier trial dates to reduce the backlog at Preston Crown Court."],
     "Witnesses who attend court; trials that go ahead on the day"),
    ("I can take part in restorative justice if I choose to",
     ["Every victim will be told about restorative justice at the right time.",
      "The restorative justice service will be available for adult and youth cases.",
      "Facilitators will be trained to work with cases of serious harm."],
     "Victims offered restorative justice; satisfaction after a conference"),
    ("I get extra help if I am vulnerable or have been targeted again and again",
     ["A repeat victim flag will be shared between the police, councils and housing providers.",
      "Older and isolated victims of fraud will be offered a home visit.",
      "Independent advocates will support victims of persistent anti-social behaviour."],
     "Repeat victims identified and supported"),
]

RIGHTS = ["To be able to understand and to be understood",
          "To have the details of the crime recorded without unjustified delay",
          "To be provided with information when reporting the crime",
          "To be referred to services that support victims and have services and support tailored to your needs",
          "To be provided with information about compensation",
          "To be provided with information about the investigation and prosecution",
          "To make a Victim Personal Statement",
          "To be given information about the trial, trial process and your role as a witness",
          "To be given information about the outcome of the case and any appeals",
          "To be paid expenses and have property returned",
          "To be given information about the offender following a conviction",
          "To make a complaint about your Rights not being met"]

CSS = """
@page { size: A4; margin: 20mm 20mm 22mm 20mm;
  @top-center { content: "Lancashire Victims and Witnesses Strategy 2024–2027"; font: italic 8pt 'Liberation Serif'; color: #6B5B7B; }
  @bottom-right { content: counter(page); font: 700 9pt 'Liberation Sans'; color: #fff; background: #6B5B7B; width: 9mm; height: 7mm; margin: 6mm 0 9mm 0; text-align: center; vertical-align: middle; }
  @bottom-left { content: "Lancashire Criminal Justice Board"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @top-center { content: none } @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; line-height: 1.5; color: #2b2b2b; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #6B5B7B; color: #fff; position: relative; overflow: hidden; break-after: page; }
.cover .c1 { position: absolute; right: -40mm; top: 40mm; width: 150mm; height: 150mm; border-radius: 50%; background: #8E7CA0; }
.cover .c2 { position: absolute; right: 20mm; top: 150mm; width: 70mm; height: 70mm; border-radius: 50%; background: #F3C677; }
.cover .org { position: absolute; left: 20mm; top: 22mm; font-size: 10pt; letter-spacing: 1.5pt; }
.cover h1 { position: absolute; left: 20mm; top: 95mm; width: 120mm; font-family: 'Liberation Serif', serif; font-size: 36pt; line-height: 1.08; margin: 0; }
.cover .yr { position: absolute; left: 20mm; top: 170mm; font-size: 18pt; color: #F3C677; }
.cover .sub { position: absolute; left: 20mm; top: 255mm; width: 160mm; font-size: 10pt; }
.page { break-before: page; }
h1.t { font-family: 'Liberation Serif', serif; font-size: 24pt; color: #6B5B7B; margin: 0 0 5mm 0; font-weight: 700; }
h2.s { font-size: 12pt; color: #6B5B7B; margin: 5mm 0 2mm 0; }
.toc div { display: flex; align-items: baseline; margin: 0 0 3.5mm 0; font-size: 11.5pt; }
.toc div .n { width: 10mm; font-weight: 700; color: #6B5B7B; }
.toc div.sub { margin-left: 10mm; font-size: 10.3pt; color: #555; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0; }
.tile { background: #F3EFF6; padding: 4mm; border-bottom: 4px solid #F3C677; }
.tile .n { font-size: 20pt; font-weight: 700; color: #6B5B7B; } .tile .c { font-size: 8.3pt; }
.q { font-family: 'Liberation Serif', serif; font-style: italic; font-size: 11.5pt; color: #6B5B7B; border-left: 3px solid #F3C677; padding-left: 4mm; margin: 3mm 0; }
.rights { columns: 2; column-gap: 8mm; font-size: 9pt; }
.rights div { break-inside: avoid; margin-bottom: 2.5mm; }
.rights b { color: #6B5B7B; }
.bubble { position: relative; background: #F3EFF6; border-radius: 6mm; padding: 6mm 7mm; margin: 2mm 0 7mm 0; }
.bubble:after { content: ""; position: absolute; left: 14mm; bottom: -6mm; border-width: 6mm 6mm 0 0; border-style: solid; border-color: #F3EFF6 transparent transparent transparent; }
.bubble h2 { font-family: 'Liberation Serif', serif; font-size: 18pt; line-height: 1.2; color: #4A3D57; margin: 0; }
.out { margin-bottom: 9mm; break-inside: avoid; }
.out .k { font-size: 9pt; font-weight: 700; color: #6B5B7B; margin: 0 0 1mm 0; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0; }
th { background: #6B5B7B; color: #fff; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #DDD3E4; padding: 1.8mm 2mm; vertical-align: top; }
.note { font-size: 7.8pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #4A3D57; color: #fff; padding: 125mm 20mm 0 20mm; }
.back h2 { color: #F3C677; font-size: 16pt; }
"""


def e(s):
    return html.escape(s, quote=False)


def outcome(o):
    name, dos, meas = o
    P = [f'<div class="out"><div class="bubble"><h2>{e(name)}</h2></div><p class="k">What partners will do</p><ul>']
    P += [f"<li>{e(d)}</li>" for d in dos]
    P.append(f'</ul><p class="k">How we will know</p><p>{e(meas)}</p></div>')
    return "".join(P)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="c1"></div><div class="c2"></div>'
             '<div class="org">LANCASHIRE CRIMINAL JUSTICE BOARD</div><h1>Victims and Witnesses Strategy</h1>'
             '<div class="yr">2024–2027</div><div class="sub">Led by the Office of the Police and Crime Commissioner '
             'for Lancashire with the Constabulary, the Crown Prosecution Service, HM Courts and Tribunals Service, the '
             'Probation Service and Lancashire Victim Services</div></div>')
    toc = [("Foreword", "fw", 0), ("Victims in Lancashire", "ctx", 0), ("The Victims' Code", "code", 0),
           ("Our outcomes for victims", "outs", 0)]
    toc += [(f"Outcome {i + 1}", f"o{i}", 1) for i in range(len(OUTCOMES))]
    toc += [("Delivering the strategy", "del", 0)]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k, sub in toc:
        P.append(f'<div class="{"sub" if sub else ""}"><span class="n">{pages.get(k, 0)}</span><span>{e(t)}</span>'
                 '</div>')
    P.append('</div>')
    # foreword
    P.append('<div class="page"><h1 class="t">Foreword</h1>')
    for t in [
        "Being a victim of crime can turn someone's life upside down. What happens next, how they are treated by the "
        "police, whether they get support, how long they wait for court, makes a lasting difference to how they "
        "recover.",
        "This strategy sets out what victims and witnesses in Lancashire can expect from the criminal justice agencies "
        "and the services that support them. It was written with victims, and its outcomes are written in their words.",
        "It is owned by the Lancashire Criminal Justice Board and led by the Office of the Police and Crime "
        "Commissioner, which commissions Lancashire Victim Services.",
        "We will measure our progress by what victims tell us, not only by what the agencies report."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Victims and Witnesses Group, Lancashire Criminal Justice Board</b></p>'
             '<p class="q">Our vision: every victim in Lancashire is believed, supported and kept informed, and every '
             'witness is able to give their best evidence.</p></div>')
    # context
    P.append('<div class="page"><h1 class="t">Victims in Lancashire</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="tiles">')
    for n, c in [("116,000", "crimes recorded in a year"), ("31,000", "victims referred to Lancashire Victim Services"),
                 ("74%", "victim satisfaction with the police"), ("68%", "Victims' Code compliance (audit)"),
                 ("41 weeks", "average wait for a Crown Court trial"), ("9,300", "repeat victims of crime")]:
        P.append(f'<div class="tile"><div class="n">{e(n)}</div><div class="c">{e(c)}</div></div>')
    P.append('</div><h2 class="s">What victims told us</h2>')
    for q in ["“Nobody told me what was happening for months.”", "“Waiting two years for the trial was worse than the "
                                                                 "crime itself.”",
              "“The support worker was the only person who listened.”"]:
        P.append(f'<p class="q">{e(q)}</p>')
    P.append("</div>")
    # code
    P.append('<div class="page"><h1 class="t">The Victims\' Code</h1><p>The Code of Practice for Victims of Crime in '
             'England and Wales sets out twelve rights that every victim is entitled to from the criminal justice '
             'agencies.</p><div class="rights">')
    for i, r in enumerate(RIGHTS):
        P.append(f'<div><b>Right {i + 1}</b><br>{e(r)}</div>')
    P.append('</div><p>Our outcomes go further than the Code. They describe what victims in Lancashire told us matters '
             'most to them.</p></div>')
    # outcomes
    P.append('<div class="page"><h1 class="t">Our outcomes for victims</h1><p>We have five outcomes. Each is written '
             'in the words of victims, with the actions partners will take and how we will know we have made a '
             'difference.</p>')
    P.append(outcome(OUTCOMES[0]) + outcome(OUTCOMES[1]) + "</div>")
    P.append('<div class="page">' + outcome(OUTCOMES[2]) + outcome(OUTCOMES[3]) + "</div>")
    P.append('<div class="page">' + outcome(OUTCOMES[4]) +
             '<h2 class="s">Working with other strategies</h2><p>Specialist support for victims of domestic abuse and '
             'sexual violence is set out in the pan-Lancashire VAWG strategy. Restorative justice for victims of '
             'offences by children is delivered with the youth justice services.</p></div>')
    # delivery
    P.append('<div class="page"><h1 class="t">Delivering the strategy</h1><p>The Victims and Witnesses Group of the '
             'Lancashire Criminal Justice Board oversees delivery and reports to the board every quarter.</p>'
             '<table><tr><th>Commissioned service</th><th>Commissioner</th></tr>')
    for a, b in [("Lancashire Victim Services (core support)", "Police and Crime Commissioner"),
                 ("Independent sexual violence advisers", "Police and Crime Commissioner, NHS England"),
                 ("Restorative justice service", "Police and Crime Commissioner"),
                 ("Witness Care Unit", "Lancashire Constabulary and CPS"),
                 ("Witness Service", "Citizens Advice (national)")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><h2 class="s">Members of the Victims and Witnesses Group</h2><ul>')
    for t in ["Office of the Police and Crime Commissioner (chair)", "Lancashire Constabulary", "Crown Prosecution "
                                                                                               "Service",
              "HM Courts and Tribunals Service", "Probation Service victim liaison", "Lancashire Victim Services",
              "Youth justice services", "Victims' representatives"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><p class="note">All figures in this strategy are illustrative.</p></div>')
    P.append('<div class="back"><h2>Need support?</h2><p>Lancashire Victim Services: 0300 000 0000 (illustrative)</p>'
             '<p>victims@lancashire-pcc.example</p><p>You can get support whether or not you have reported the crime.'
             '</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Being a victim", "ctx": "Victims in Lancashire The figures",
               "code": "The Victims' Code The Code", "outs": "Our outcomes for victims We have",
               "del": "Delivering the strategy The Victims"}
    needles.update({f"o{i}": (o[0], 5) for i, o in enumerate(OUTCOMES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "lancs_victims.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
