"""Suffolk Youth Justice Plan 2025-2026: HTML printed by Chromium (DejaVu Sans Condensed).

Five priorities, stated once, on p6, each in **a frame of four corner crop marks** (L-shaped brackets at the
corners, no border), stacked down the page: the priority in bold, then a line "Because ..." and the board sponsor
in small grey type.  Distractors: the Child First tenets (p4), the review of last year's priorities (p5), the YJB
key performance indicators (p7), the risks (p8).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "strategies/suffolk_youth_justice_plan_2025-26.pdf"
TITLE = "Suffolk Youth Justice Plan 2025–2026"

PRIORITIES = [
    ("Diverting children away from the formal justice system",
     "most children who offend once never do so again if they are given help instead of a record.", "Police"),
    ("Reducing reoffending by children",
     "a small group of children commit most of the repeat offences.", "Youth Justice Service"),
    ("Protecting children from criminal exploitation",
     "many of the children we work with are victims of exploitation as well as offenders.", "Children's services"),
    ("Speech, language and communication needs",
     "six in ten children we work with have a communication need, often unidentified.", "NHS"),
    ("Listening to the victims of children's offending",
     "victims who take part in restorative work tell us it helps them move on.", "Police and Crime Commissioner"),
]

CSS = base_css("'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", "#264653", "#E76F51",
               "Suffolk Youth Justice Plan 2025–2026", footer_fmt='"Page " counter(page) " of 8"') + """
.cover { background: #264653; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 25mm; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 100mm; margin: 0; font-size: 30pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 16pt; color: #F4A261; }
.crop { position: relative; padding: 4mm 6mm; margin: 0 0 5mm 0;
  background:
    linear-gradient(#E76F51,#E76F51) top left / 6mm 1.5px, linear-gradient(#E76F51,#E76F51) top left / 1.5px 6mm,
    linear-gradient(#E76F51,#E76F51) top right / 6mm 1.5px, linear-gradient(#E76F51,#E76F51) top right / 1.5px 6mm,
    linear-gradient(#E76F51,#E76F51) bottom left / 6mm 1.5px, linear-gradient(#E76F51,#E76F51) bottom left / 1.5px 6mm,
    linear-gradient(#E76F51,#E76F51) bottom right / 6mm 1.5px, linear-gradient(#E76F51,#E76F51) bottom right / 1.5px 6mm;
  background-repeat: no-repeat; }
.crop b { display: block; font-size: 12.5pt; color: #264653; margin-bottom: 1mm; }
.crop .why { margin: 0; }
.crop .sp { font-size: 7.5pt; color: #888; }
"""


def sections():
    fw = paras(
        "The Suffolk Youth Justice Service works with children aged 10 to 17 who have offended or are at risk of "
        "offending, and with their families and the victims of their offences.",
        "This plan is the annual youth justice plan required by the Crime and Disorder Act 1998. It was agreed by "
        "the Suffolk Youth Justice Management Board, which brings together children's services, Suffolk "
        "Constabulary, the Probation Service, the NHS, education and the Police and Crime Commissioner.",
        "It sets five priorities for 2025–2026.")
    fw += "<p><b>Chair, Suffolk Youth Justice Management Board</b></p>"
    cf = ("<h2>Child First</h2><p>We follow the Youth Justice Board's Child First approach. Its four tenets are:</p>" + ul([
        ("As children:", "recognise their needs, capacities and potential."),
        ("Building pro-social identity:", "promote children's strengths and future."),
        ("Collaborating with children:", "encourage their participation and engagement."),
        ("Diverting from stigma:", "promote a childhood removed from the justice system.")], bold_lead=True))
    cf += "<p>All figures below are illustrative and are not official statistics.</p>" + table(
        ["Suffolk (illustrative)", "2024/25"], [
            ("First-time entrants", "118"), ("Reoffending rate", "31%"), ("Children on out-of-court outcomes", "240"),
            ("Children with a speech, language or communication need", "61%"), ("Victims offered restorative work", "83%")])
    rev = paras("Last year's plan had four priorities. This is how we did.") + table(
        ["2024–25 priority", "How we did"], [
            ("Education, training and employment", "Improved: 72% of children in full-time education"),
            ("Disproportionality", "Some progress: review of out-of-court outcomes"),
            ("Serious youth violence", "Now led by the Serious Violence Duty partnership"),
            ("Transitions to adult services", "Achieved: joint protocol with Probation")])
    pri = paras("The board has agreed five priorities for 2025–2026.") + "".join(
        f'<div class="crop"><b>{e(n)}</b><p class="why">Because {e(w)}</p><span class="sp">Board sponsor: {e(s)}</span></div>'
        for n, w, s in PRIORITIES)
    kpi = paras("We report the Youth Justice Board's key performance indicators every quarter, including:") + ul([
        "Suitable accommodation", "Education, training and employment", "Special educational needs and disabilities",
        "Mental health and emotional wellbeing", "Substance misuse", "Out-of-court disposals",
        "Management board attendance", "Wider services", "Serious violence", "Victims"])
    risk = table(["Risk", "Mitigation"], [
        ("Loss of Turnaround funding", "Mainstream funding agreed to March 2026"),
        ("Speech and language waiting lists", "Screening by youth justice staff, NHS therapist in team"),
        ("Rising exploitation referrals", "Joint panel with children's services")])
    risk += '<p class="note">Contact: youthjustice@suffolk.example</p>'
    return [("fw", "Introduction", fw), ("cf", "Our approach and our children", cf), ("rev", "Looking back", rev),
            ("pri", "Our priorities for 2025–2026", pri), ("kpi", "Performance", kpi), ("risk", "Risks", risk)]


def build(root):
    cover = ('<div class="cover"><div class="org">SUFFOLK YOUTH JUSTICE SERVICE</div>'
             '<h1>Youth Justice Plan</h1><div class="yr">2025 – 2026</div></div>')
    return build_html(root, FILE, "youth_justice.html", TITLE, CSS, cover, sections(), "")
