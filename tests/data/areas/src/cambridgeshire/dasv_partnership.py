"""Cambridgeshire and Peterborough Domestic Abuse and Sexual Violence Partnership Strategy 2024-2027: HTML
printed by Chromium.

Five priorities, stated once, on p6 as **the partnership's replies in a messaging thread** ("Our priorities: a
conversation with survivors"): grey incoming bubbles on the left hold survivors' words (italic, with a small
"Survivor, ..." sender line), and purple outgoing bubbles on the right, each with a "Partnership" sender line and
a time stamp, open with the priority in bold white followed by one sentence; no numbers.
Distractors: the definition and survivor quotes (p4), the national Tackling Domestic Abuse Plan pillars and the
2021-2024 priorities (p5), the survivors' messages (p6), the delivery themes (p7), the outcomes (p8).
"""
from cambridgeshire.kit import e, html_pdf

FILE = "strategies/cambridgeshire_peterborough_dasv_strategy_2024-27.pdf"
TITLE = "Domestic Abuse and Sexual Violence Strategy 2024–2027"

THREAD = [
    ("I went to my GP three times before anyone asked what was happening at home.", "Survivor, 40s",
     "Identifying domestic abuse earlier",
     "We will train GPs, midwives, housing staff and schools to ask, and to know what to do with the answer."),
    ("I had to choose between staying with him or sleeping on my sister's floor with two kids.", "Survivor, 30s",
     "Making sure survivors have a safe place to live",
     "We will keep refuge places open, add dispersed safe homes and help survivors stay in their own home safely."),
    ("He's done it to three partners now and nothing ever happens to him.", "Survivor, 20s",
     "Holding perpetrators to account and helping them change",
     "We will expand multi-agency tasking of the most harmful perpetrators and offer accredited behaviour change "
     "programmes."),
    ("My son still has nightmares. Nobody asked how he was.", "Survivor, 30s",
     "Supporting children and young people affected by domestic abuse",
     "We will treat children as victims in their own right, with Operation Encompass and specialist children's "
     "workers."),
    ("There were days I didn't think I could carry on.", "Survivor, 50s",
     "Preventing suicide linked to domestic abuse",
     "We will work with the suicide prevention partnership so that every service asks about abuse and about "
     "thoughts of suicide, and reviews every death."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 18mm 18mm;
  @top-left { content: "Domestic Abuse and Sexual Violence Partnership"; font: 7.5pt 'DejaVu Sans'; color: #6A3D8C; }
  @bottom-center { content: "Page " counter(page); font: 7.5pt 'DejaVu Sans'; color: #555; } }
@page bare { margin: 0; @top-left { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.5; color: #222; margin: 0; }
section { break-before: page; }
section.cover { page: bare; break-before: auto; width: 210mm; height: 297mm; background: #4B2768; color: #fff; position: relative; }
.cover .in { position: absolute; left: 20mm; top: 70mm; width: 170mm; }
.cover h1 { font-family: 'DejaVu Serif', serif; font-size: 28pt; line-height: 1.15; margin: 0 0 6mm 0; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 19pt; color: #4B2768; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #4B2768; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 2.4mm 1mm; border-bottom: 1px solid #cbb8da; font-size: 11pt; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 2mm 0 4mm 0; }
table.t th { background: #4B2768; color: #fff; text-align: left; padding: 1.5mm 2mm; }
table.t td { border-bottom: 1px solid #ccc; padding: 1.5mm 2mm; vertical-align: top; }
.phone { border: 1px solid #bbb; border-radius: 5mm; background: #F4F1F7; padding: 3mm 5mm 1mm 5mm; }
.bar { font-size: 8pt; color: #666; text-align: center; border-bottom: 1px solid #ddd; padding-bottom: 2mm; margin-bottom: 3mm; }
.msg { display: flex; margin: 0 0 1.8mm 0; }
.msg.in { justify-content: flex-start; } .msg.out { justify-content: flex-end; }
.bub { max-width: 118mm; padding: 1.6mm 3.2mm; border-radius: 4mm; font-size: 8.6pt; line-height: 1.32; }
.in .bub { background: #fff; border: 1px solid #ccc; border-bottom-left-radius: 0.8mm; font-style: italic; }
.out .bub { background: #6A3D8C; color: #fff; border-bottom-right-radius: 0.8mm; }
.who { font-size: 7pt; color: #777; font-style: normal; margin-bottom: 0.8mm; }
.out .who { color: #E3D4F0; }
.pri { font-weight: 700; font-size: 10.5pt; line-height: 1.3; margin-bottom: 0.8mm; }
.quote { border-left: 3px solid #6A3D8C; padding-left: 4mm; font-style: italic; color: #444; margin: 3mm 0; }
.note { font-size: 7.8pt; color: #666; font-style: italic; }
"""


def P(*ts):
    return "".join(f"<p>{e(t)}</p>" for t in ts)


def build(root):
    S = ['<section class="cover"><div class="in"><div style="letter-spacing:1pt;font-weight:700">CAMBRIDGESHIRE AND '
         'PETERBOROUGH DOMESTIC ABUSE AND SEXUAL VIOLENCE PARTNERSHIP</div><h1>Domestic Abuse and Sexual Violence '
         'Strategy 2024–2027</h1><div style="font-size:12pt">Listening, believing, acting</div></div></section>']
    toc = [("Foreword", 3), ("Understanding domestic abuse and sexual violence", 4), ("Where we are now", 5),
           ("Our priorities: a conversation with survivors", 6), ("Delivering the strategy", 7),
           ("Outcomes and governance", 8)]
    S.append('<section><h1 class="t">Contents</h1><div class="toc">' + "".join(
        f"<div><span>{e(t)}</span><span>{n}</span></div>" for t, n in toc) + "</div></section>")
    S.append('<section><h1 class="t">Foreword</h1>' + P(
        "This strategy belongs to survivors. More than 150 people with lived experience of domestic abuse or sexual "
        "violence talked to us while we wrote it, and their words are printed throughout.",
        "The partnership brings together both upper-tier councils, the police, the Commissioner's office, the NHS, "
        "probation, housing authorities and specialist services. It is also the local partnership board that the "
        "Domestic Abuse Act 2021 requires for safe accommodation.",
        "We have chosen five priorities. On page 6 we set them out as replies to what survivors told us, because that "
        "is how they were chosen.") + "<p><b>Independent Chair, Domestic Abuse and Sexual Violence Partnership</b></p>"
        "</section>")
    S.append('<section><h1 class="t">Understanding domestic abuse and sexual violence</h1>' + P(
        "The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between people aged 16 or over who "
        "are personally connected. It includes physical or sexual abuse, violent or threatening behaviour, controlling "
        "or coercive behaviour, economic abuse and psychological or emotional abuse.",
        "Sexual violence is any unwanted sexual act or activity, including rape, sexual assault and sexual harassment.") +
        '<div class="quote">"It was never one thing. It was everything, every day."</div><div class="quote">"When '
        'the police came I thought it would stop. It took another two years."</div><h2>At a local level '
        '(illustrative)</h2><table class="t"><tr><th>Indicator</th><th>2023/24</th></tr>' + "".join(
            f"<tr><td>{e(a)}</td><td>{b}</td></tr>" for a, b in [
                ("Domestic abuse incidents recorded by police", "14,900"), ("High-risk cases heard at MARAC", "1,480"),
                ("Households in safe accommodation", "310"), ("Children in households referred to MARAC", "1,900"),
                ("Sexual offences recorded", "2,350")]) +
        '</table><p class="note">All figures are illustrative and are not official statistics.</p></section>')
    S.append('<section><h1 class="t">Where we are now</h1><h2>The national picture</h2>' + P(
        "The Government's Tackling Domestic Abuse Plan (2022) has four pillars: Prioritising prevention; Supporting "
        "victims; Pursuing perpetrators; and A stronger system.") +
        "<h2>Our 2021–2024 strategy</h2>" + P(
        "The last strategy's priorities were Prevention and early intervention; Provision of services; Partnership "
        "working; and Pursuing perpetrators. An independent review in 2023 found good progress on MARAC and IDVA "
        "capacity, but long waits for safe accommodation and little work with perpetrators.") +
        "<h2>Our principles</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in [
            "Survivors are believed and listened to.", "Children are victims in their own right.",
            "Services are accessible to everyone, whatever their background.",
            "Responsibility sits with the person causing harm."]) + "</ul></section>")
    thread = "".join(
        f'<div class="msg in"><div class="bub"><div class="who">{e(w)}</div>{e(q)}</div></div>'
        f'<div class="msg out"><div class="bub"><div class="who">Partnership · {9 + i}:{(i * 7) % 60:02d}</div>'
        f'<div class="pri">{e(p)}</div>{e(s)}</div></div>' for i, (q, w, p, s) in enumerate(THREAD))
    S.append('<section><h1 class="t">Our priorities: a conversation with survivors</h1>' + P(
        "Survivors' words are on the left. Our five priorities for 2024–2027 are our replies, in bold on the right.") +
        f'<div class="phone"><div class="bar">Survivors\' voice group · 12 members</div>{thread}</div></section>')
    rows = [("Early identification", "IRIS in 40 GP practices; routine enquiry in maternity; training for schools"),
            ("Safe accommodation", "Refuge and dispersed housing; sanctuary schemes; a move-on pathway"),
            ("Perpetrators", "MATAC tasking; behaviour change programme; Drive-style casework"),
            ("Children", "Operation Encompass in every school; children's IDVA; group work"),
            ("Suicide prevention", "Joint training with suicide prevention partnership; review of every "
             "domestic-abuse-related death")]
    S.append('<section><h1 class="t">Delivering the strategy</h1><table class="t"><tr><th>Delivery theme</th>'
             '<th>What we will do</th></tr>' + "".join(f"<tr><td><b>{e(a)}</b></td><td>{e(b)}</td></tr>"
                                                      for a, b in rows) + "</table>" + P(
        "Each theme has a task and finish group that reports to the partnership's executive group.") + "</section>")
    S.append('<section><h1 class="t">Outcomes and governance</h1><h2>Outcomes we want by 2027</h2><ul>' + "".join(
        f"<li>{e(t)}</li>" for t in ["Survivors disclose abuse sooner", "No survivor turned away for lack of a "
                                     "safe place", "Fewer repeat perpetrators", "Children recover and thrive",
                                     "Fewer deaths by suicide after abuse"]) + "</ul>" + P(
        "The partnership reports to the Countywide Community Safety Strategic Board and to both health and wellbeing "
        "boards. Contact: dasv.partnership@cambridgeshire.example. If you are in danger, call 999.") + "</section>")
    return html_pdf(root, FILE, "dasv_partnership", TITLE, CSS, S, 8)
