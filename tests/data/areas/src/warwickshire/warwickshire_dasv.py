"""Warwickshire Domestic Abuse and Sexual Violence Strategy 2024-2027: HTML/CSS printed by Chromium (DejaVu
Sans), **the priorities are the step labels of a horizontal progress tracker** like an online service's "where
your request is" bar.

Page 6: four numbered circles joined by a line (the first two filled as "in progress"), and under each circle, in
its own narrow column, a grey step word ("RECOGNISE", "PROTECT", "CHANGE", "RECOVER"), the priority in bold (three
or four lines) and a sentence. The national pillars (p4), survivors' words and the previous strategy's priorities
(p5), the delivery themes (p7) and the outcomes (p8) are distractors.
"""
from common import chromium_to_pdf
from warwickshire import htmlpages as hp
from warwickshire.kit import esc, expect, html_doc
from warwickshire.work import work_file

FILE = "strategies/warwickshire_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Warwickshire Domestic Abuse and Sexual Violence Strategy 2024–2027"
ACC = "#4B2A6B"

STEPS = [
    ("RECOGNISE", "Recognising abuse early and responding sooner",
     "Every professional who meets a victim knows the signs and what to do next."),
    ("PROTECT", "Safe accommodation and specialist support for every survivor",
     "Refuge, dispersed housing, sanctuary schemes and advocacy, wherever in the county someone lives."),
    ("CHANGE", "Challenging and changing the behaviour of people who abuse",
     "Holding perpetrators to account and offering programmes that change behaviour."),
    ("RECOVER", "Children and young people affected by domestic abuse",
     "Children are victims in their own right: support in school, at home and in therapy."),
]

CSS = hp.css(ACC, "#EFE8F5", "Warwickshire DASV Strategy 2024–27 · page ", "DejaVu Sans") + """
.track { position: relative; display: grid; grid-template-columns: repeat(4, 1fr); gap: 5mm; margin-top: 8mm; }
.track:before { content: ""; position: absolute; left: 12%; right: 12%; top: 7mm; height: 2.2mm; background: #D9CCE6; }
.step { position: relative; text-align: center; }
.dot { width: 14mm; height: 14mm; border-radius: 50%; margin: 0 auto; background: #fff; border: 2.2mm solid #D9CCE6;
  color: #4B2A6B; font-weight: 700; font-size: 12pt; line-height: 9.6mm; position: relative; }
.step.on .dot { background: #4B2A6B; border-color: #4B2A6B; color: #fff; }
.word { font-size: 7.4pt; letter-spacing: 2px; color: #8a7a99; margin: 3mm 0 1.5mm 0; }
.lab { font-weight: 700; font-size: 11pt; line-height: 1.3; color: #2C1842; }
.ex { font-size: 8.2pt; color: #555; margin-top: 2mm; }
.key { margin-top: 10mm; font-size: 8pt; color: #666; border-top: 1px solid #ddd; padding-top: 2mm; }
"""


def render():
    P = [hp.cover("WARWICKSHIRE DOMESTIC ABUSE AND SEXUAL VIOLENCE PARTNERSHIP",
                  "Domestic Abuse and Sexual Violence Strategy", "2024–2027")]
    P.append(hp.contents([("Introduction", 3), ("The national and legal framework", 4), ("What we have learned", 5),
                          ("Our priorities", 6), ("How we will deliver", 7), ("Outcomes and governance", 8)]))
    P.append(hp.prose("Introduction", [
        "Domestic abuse and sexual violence harm thousands of people in Warwickshire every year, most of them women "
        "and girls, and many of them children. This strategy is our shared plan as the county's domestic abuse "
        "local partnership board, which the Domestic Abuse Act 2021 requires us to have.",
        "It covers domestic abuse, sexual violence, stalking, so-called honour-based abuse and forced marriage. It "
        "was written with survivors, specialist services, the police, health, housing and children's services.",
        "Chair, Warwickshire Domestic Abuse and Sexual Violence Partnership Board"]))
    P.append(hp.prose("The national and legal framework", [
        "The Domestic Abuse Act 2021 created a statutory definition of domestic abuse, recognised children as "
        "victims in their own right and placed a duty on the county council to provide support in safe "
        "accommodation.",
        "The national Tackling Domestic Abuse Plan (2022) has four pillars:"],
        hp.ul(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
               "A stronger system"]) + "<h2>Warwickshire in figures</h2><p class='note'>Illustrative figures for "
        "2023/24, not official statistics.</p>" + hp.stats([
            ("2,050", "domestic abuse crimes recorded"), ("9,800", "incidents reported to police"),
            ("640", "MARAC cases"), ("31%", "repeat MARAC cases"), ("118", "households in safe accommodation"),
            ("1,400", "children in households referred")])))
    P.append(hp.prose("What we have learned", [
        "Our needs assessment and the survivors' panel told us:"],
        hp.ul(["Victims often told several professionals before anyone acted.",
               "Safe accommodation is hard to reach for men, for older victims and for people with complex needs.",
               "Too few perpetrators are offered a programme that could change their behaviour.",
               "Children wait too long for specialist support."]) +
        "<blockquote><i>“I told my GP, my son's school and a housing officer. It was the fourth person who "
        "helped.”</i> (survivor, illustrative)</blockquote><h2>Our previous strategy</h2><p>Our 2021–2024 "
        "strategy's priorities were <i>Early identification</i>, <i>Safe accommodation</i> and <i>Tackling "
        "perpetrators</i>. This strategy builds on them.</p>"))
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Our four priorities follow a survivor\'s journey, '
             'from the moment abuse is recognised to recovery. We show our progress on each as a tracker: the '
             'first two are already under way.</p><div class="track">')
    for i, (w, lab, ex) in enumerate(STEPS, 1):
        P.append(f'<div class="step{" on" if i <= 2 else ""}"><div class="dot">{i}</div><div class="word">{w}</div>'
                 f'<div class="lab">{esc(lab)}</div><div class="ex">{esc(ex)}</div></div>')
    P.append('</div><div class="key">Filled circles: work under way in 2024/25. Open circles: work starting in '
             '2025/26.</div></div>')
    P.append(hp.prose("How we will deliver", ["Each priority has a task group reporting to the board."],
                      hp.table([["Theme", "Key actions", "Lead"],
                                ["Training", "Domestic abuse training for GPs, housing and school staff; routine "
                                 "enquiry in maternity.", "Public health"],
                                ["Housing", "Safe accommodation needs assessment refreshed; sanctuary scheme; "
                                 "dispersed units for men and older victims.", "County council"],
                                ["Perpetrators", "Behaviour change programme and stalking clinic.", "Police and "
                                 "PCC"],
                                ["Children", "Operation Encompass in every school; children's IDVA; group work.",
                                 "Children's services"]])))
    P.append(hp.prose("Outcomes and governance", ["We will know we are succeeding when:"],
                      hp.ul(["more victims are identified earlier (referrals from health up);",
                             "fewer victims are referred to MARAC a second time;",
                             "more perpetrators complete a programme;",
                             "children report feeling safer."]) +
                      "<h2>Governance</h2><p>The board reports to the Safer Warwickshire Partnership Board, the "
                      "Health and Wellbeing Board and the safeguarding partnerships.</p><p class='note'>Contact: "
                      "dasv@warwickshire.example · All figures are illustrative.</p>"))
    return html_doc(TITLE, CSS, P)


def build(root):
    out = root / FILE
    src = work_file("warwickshire_dasv.html")
    src.write_text(render(), encoding="utf-8")
    chromium_to_pdf(src, out)
    expect(out, 8, {3: "Introduction", 4: "national and legal", 5: "What we have learned", 6: "survivor's journey",
                    7: "How we will deliver", 8: "Outcomes and governance"})
    return out
