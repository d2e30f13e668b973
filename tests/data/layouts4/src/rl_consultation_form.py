"""consultation_draft_with_form.pdf: Wrexley Borough Council's Draft Anti-social Behaviour Strategy 2026-2029,
published for consultation (reportlab). Every page carries a diagonal pale "DRAFT FOR CONSULTATION" watermark.

The proposed priorities are a numbered list on page 5 ("1. Responding quickly and consistently ..."), followed
straight away by a boxed "Question 1: Do you agree with our proposed priorities?" with tick boxes and "Question 2".
The response form at the back (pages 9-10) is a fillable AcroForm: text fields, check boxes, and a grid that asks
about each proposed priority again by name. Gold is the five list items on page 5. The three categories of
ASB, the tools and powers, "Our approach" principles, the questions and the form are not priorities.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import rl_kit as R

NAME = "consultation_draft_with_form"
TITLE = "Draft Anti-social Behaviour Strategy 2026\u20132029 \u2013 consultation draft"
W, H = A4
M = 56
TEAL, INK, PALE, GREY = "006C67", "1F2A2E", "E5F2F1", "666666"

PRIORITIES = [
    "Responding quickly and consistently when residents report anti-social behaviour",
    "Putting victims at the centre, especially people who are targeted repeatedly",
    "Early intervention with young people and families before behaviour escalates",
    "Using enforcement powers firmly and fairly against persistent perpetrators",
    "Designing out nuisance in our parks, estates and town centres",
]
SCALE = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"]


def watermark(c):
    c.saveState()
    c.setFillColor(R.hexc("E6E6E6"))
    c.setFont("Sans-Bold", 54)
    c.translate(W / 2, H / 2)
    c.rotate(52)
    c.drawCentredString(0, -18, "DRAFT FOR CONSULTATION")
    c.restoreState()


def frame(c, n):
    watermark(c)
    R.text(c, M, H - 36, "Wrexley Borough Council \u2013 Draft Anti-social Behaviour Strategy 2026\u20132029", size=8,
           color=GREY)
    R.text(c, W - M, 30, str(n), size=9, color=GREY, anchor="right")
    R.text(c, M, 30, "Consultation closes 20 February 2026", size=8, color=GREY)


def question_box(c, w, label, text, options=None, lines=0):
    top = w.y
    h = 30 + (22 if options else 0) + lines * 18
    R.box(c, M, top - h, W - 2 * M, h, PALE, stroke="8CC7C2", radius=5)
    R.para_at(c, f"<b>{label}</b> {text}", M + 12, top - 10, W - 2 * M - 24, size=10.5, color=INK)
    if options:
        x = M + 12
        for o in options:
            c.setStrokeColor(R.hexc(INK))
            c.rect(x, top - 44, 9, 9, stroke=1, fill=0)
            R.text(c, x + 13, top - 43, o, size=8.5, color=INK)
            x += c.stringWidth(o, "Sans", 8.5) + 30
    for i in range(lines):
        y = top - 40 - (22 if options else 0) - i * 18
        c.setStrokeColor(R.hexc("9BBFBC"))
        c.line(M + 12, y, W - M - 12, y)
    w.y = top - h - 12


def cover(c):
    watermark(c)
    R.box(c, 0, H - 260, W, 260, TEAL)
    R.text(c, M, H - 80, "Wrexley Borough Council", font="Sans-Bold", size=15, color="FFFFFF")
    R.para_at(c, "<b>Draft Anti-social Behaviour Strategy 2026\u20132029</b>", M, H - 110, W - 2 * M, size=30,
              leading=34, color="FFFFFF")
    R.text(c, M, H - 230, "Consultation draft", font="Sans", size=16, color="CDEBE8")
    R.box(c, M, 250, W - 2 * M, 110, PALE, radius=8)
    R.para_at(c, "<b>Have your say</b><br/>Tell us what you think of our draft strategy by <b>Friday 20 February "
              "2026</b>. You can answer the questions online at wrexley.gov.uk/asbconsultation or fill in the response "
              "form at the back of this document.", M + 16, 345, W - 2 * M - 32, size=12, leading=17, color=INK)
    R.para_at(c, "Published 5 January 2026. This is a draft. It does not represent the final policy of the Council "
              "or its partners.", M, 120, W - 2 * M, size=9, color=GREY)
    c.showPage()


def about(c):
    frame(c, 2)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    w.heading("About this consultation", size=20)
    w.para("Wrexley Borough Council and its partners in the Safer Wrexley Partnership are preparing a new strategy "
           "for tackling anti-social behaviour (ASB) from 2026 to 2029. Before we finalise it, we want to know what "
           "residents, businesses, community groups and partner organisations think of our proposals.")
    w.para("The consultation runs from Monday 5 January to Friday 20 February 2026. It includes:")
    w.bullets(["an online survey at wrexley.gov.uk/asbconsultation;",
               "the response form at the back of this document (pages 9 and 10), which you can fill in on screen or "
               "print;", "drop-in sessions at the four district libraries (dates on the website);",
               "meetings with tenants\u2019 and residents\u2019 associations on request."])
    w.para("The questions are in boxes throughout this document, next to the proposals they refer to. You do not have "
           "to answer every question.")
    w.heading("What happens next", size=15, before=8)
    w.para("We will publish a summary of the responses, and what we have changed as a result, when the final strategy "
           "goes to the Council\u2019s Cabinet in April 2026.")
    w.heading("Your information", size=15, before=8)
    w.para("We will use your answers only for this consultation. We will not publish anything that could identify "
           "you. Our privacy notice is at wrexley.gov.uk/privacy.")
    w.para("If you need this document in another format or language, call 01632 965 100 or email "
           "asb.consultation@wrexley.gov.uk.")
    c.showPage()


def intro(c):
    frame(c, 3)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    w.heading("What is anti-social behaviour?", size=20)
    w.para("The Anti-social Behaviour, Crime and Policing Act 2014 defines anti-social behaviour as conduct that has "
           "caused, or is likely to cause, harassment, alarm or distress to any person; or conduct capable of causing "
           "nuisance or annoyance to a person in relation to their occupation of residential premises. The police "
           "record ASB in three categories:")
    w.bullets(["<b>Personal</b> \u2013 behaviour targeted at a specific person or group;",
               "<b>Nuisance</b> \u2013 behaviour that causes trouble, annoyance or suffering to a community;",
               "<b>Environmental</b> \u2013 behaviour that affects the wider environment, such as graffiti, "
               "fly-tipping and noise."])
    w.heading("Tools and powers", size=15, before=8)
    w.para("The 2014 Act gives the Council, the police and social landlords a range of powers. The main ones are:")
    w.bullets(["community protection warnings and notices;", "civil injunctions;",
               "criminal behaviour orders (on conviction);", "dispersal directions (police);",
               "public spaces protection orders;", "closure notices and closure orders;",
               "the ASB case review (community trigger)."])
    w.heading("Why we need a new strategy", size=15, before=8)
    w.para("Our current strategy ends in March 2026. Since it was written, the Government has published a new national "
           "Anti-social Behaviour Action Plan, hot-spot patrols have been introduced in Wrexley, and residents have "
           "told us that they want faster, more visible action.")
    c.showPage()


def evidence(c):
    frame(c, 4)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    w.heading("What the evidence tells us", size=20)
    w.table([["", "2022/23", "2023/24", "2024/25"],
             ["ASB incidents reported to the police", "6,204", "5,881", "5,612"],
             ["ASB cases opened by the Council", "712", "804", "866"],
             ["ASB reports to Wrexley Homes", "1,390", "1,512", "1,604"],
             ["ASB case reviews requested", "9", "14", "23"],
             ["Repeat victims (three or more reports in a year)", "318", "342", "371"]],
            [245, 80, 80, 80], head_bg=TEAL, zebra="F1F8F7")
    w.bullets(["Reports to the police have fallen, but reports to the Council and Wrexley Homes have risen.",
               "Half of all reports come from six areas: the town centre, Ashgrove, the Leys, Kingsmead, Riverside "
               "Park and the bus station.",
               "The number of repeat victims has risen every year. Many are older or disabled, or have mental health "
               "needs.", "Youth-related ASB peaks on weekday evenings between 6 pm and 9 pm."])
    w.heading("What residents told us", size=15, before=8)
    w.para("In the 2025 residents\u2019 survey, 58% of people said ASB was a problem in their area. The most common "
           "types were drug dealing or use (41%), groups hanging around (37%) and rubbish or litter (35%). "
           "Only 29% of people who had reported ASB were satisfied with what happened next.")
    c.showPage()


def priorities(c):
    frame(c, 5)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    w.heading("Our proposed priorities", size=20)
    w.para("Based on the evidence and on what residents have told us, we propose that the strategy should have five "
           "priorities:", after=8)
    for i, p in enumerate(PRIORITIES, start=1):
        top = w.y
        R.text(c, M + 2, top - 13, f"{i}.", font="Sans-Bold", size=12.5, color=TEAL)
        h = R.para_at(c, f"<b>{p}</b>", M + 24, top, W - 2 * M - 24, size=12.5, leading=16, color=INK)
        w.y = top - h - 9
    w.para("Each priority is explained in more detail in the full strategy, with the actions the partnership will "
           "take and how we will measure progress.", after=12)
    question_box(c, w, "Question 1:", "Do you agree with our proposed priorities?", options=SCALE)
    question_box(c, w, "Question 2:", "Is there anything missing from our priorities, or anything you would change?",
                 lines=4)
    c.showPage()


def approach(c):
    frame(c, 6)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    w.heading("How we will work", size=20)
    w.para("Whatever the final priorities, we propose that all partners should follow four principles:")
    for head, body in [("Victim-centred.", "We will assess the risk to every victim at first contact and keep them "
                        "informed at every stage."),
                       ("Early and proportionate.", "Most people stop when they are first challenged. We will use "
                        "warnings, mediation and support before formal powers."),
                       ("Joined-up.", "Victims should not have to tell their story to several agencies. We will use "
                        "one case management system across the Council, the police and Wrexley Homes."),
                       ("Open.", "We will publish our performance every quarter.")]:
        w.para(f"<b>{head}</b> {body}")
    question_box(c, w, "Question 3:", "Do you agree with these principles? Please tell us why.", options=SCALE,
                 lines=3)
    w.heading("Hot-spot patrols", size=15, before=4)
    w.para("Since April 2025, extra police and council patrols have been targeted at the six areas with the most ASB "
           "and violence. Early results show a 19% fall in ASB in those areas. We propose to continue the patrols if "
           "funding allows.")
    c.showPage()


def case_review(c):
    frame(c, 7)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    w.heading("The ASB case review", size=20)
    w.para("The ASB case review (sometimes called the community trigger) gives victims the right to ask for their case "
           "to be reviewed if they have reported ASB three or more times in six months and feel that nothing has been "
           "done. At present the threshold in Wrexley is three reports.")
    w.para("We propose to lower the threshold to two reports where the victim is considered vulnerable, and to allow "
           "any of the three partners (the Council, the police or Wrexley Homes) to receive an application.")
    question_box(c, w, "Question 4:", "Do you agree with the proposed change to the case review threshold?",
                 options=SCALE, lines=2)
    w.heading("How we will measure success", size=15, before=4)
    w.bullets(["satisfaction of people who report ASB (target: 60% by 2029);",
               "number of repeat victims (target: a fall each year);",
               "ASB in the six hot-spot areas;", "time taken to contact a victim after a report (target: two working "
               "days)."])
    c.showPage()


def equality(c):
    frame(c, 8)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    w.heading("Equality and what happens next", size=20)
    w.para("We have carried out an initial equality impact assessment. Disabled people, older people and people with "
           "mental health needs are over-represented among repeat victims, and young people among those subject to "
           "enforcement. We want to hear from these groups in particular.")
    w.table([["Date", "Stage"], ["5 January 2026", "Consultation opens"],
             ["20 February 2026", "Consultation closes"], ["March 2026", "Responses analysed; strategy revised"],
             ["14 April 2026", "Final strategy to Cabinet"], ["May 2026", "Strategy published"]],
            [150, 335], head_bg=TEAL, zebra="F1F8F7")
    question_box(c, w, "Question 5:", "Do you have any other comments on the draft strategy?", lines=5)
    c.showPage()


def form(c):
    af = c.acroForm
    # page 9
    frame(c, 9)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    w.heading("Response form", size=20)
    w.para("You can fill in this form on screen and email it to asb.consultation@wrexley.gov.uk, or print it and post "
           "it to: ASB Consultation, Wrexley Borough Council, Civic Offices, Wrexley WX1 2BC.", after=10)
    for label, name in (("Your postcode (optional)", "postcode"), ("Organisation (if responding for one)", "org")):
        R.text(c, M, w.y - 12, label, size=10, color=INK)
        af.textfield(name=name, x=M + 200, y=w.y - 18, width=W - 2 * M - 200, height=18, borderWidth=0.8,
                     fontName="Helvetica", fontSize=10, borderColor=R.hexc("666666"), fillColor=R.hexc("FFFFFF"))
        w.y -= 28
    R.text(c, M, w.y - 12, "Are you responding as:", size=10, color=INK)
    x = M + 200
    for i, o in enumerate(["a resident", "a business", "an organisation"]):
        af.checkbox(name=f"as_{i}", x=x, y=w.y - 16, size=11, borderWidth=0.8, borderColor=R.hexc("666666"),
                    fillColor=R.hexc("FFFFFF"), buttonStyle="check")
        R.text(c, x + 15, w.y - 13, o, size=9.5, color=INK)
        x += 95
    w.y -= 36
    w.para("<b>Question 1a.</b> How much do you agree with each of the proposed priorities?", after=6)
    colx = [M + 250 + i * 50 for i in range(5)]
    for i, lab in enumerate(["Strongly agree", "Agree", "Neither", "Disagree", "Strongly disagree"]):
        R.para_at(c, lab, colx[i] - 4, w.y, 48, size=7.5, color=INK)
    w.y -= 24
    for pi, p in enumerate(PRIORITIES, start=1):
        h = R.para_at(c, p, M, w.y, 240, size=8.5, color=INK, leading=10.5)
        for i, x in enumerate(colx):
            af.checkbox(name=f"q1_{pi}_{i}", x=x + 8, y=w.y - 14, size=11, borderWidth=0.8,
                        borderColor=R.hexc("666666"), fillColor=R.hexc("FFFFFF"), buttonStyle="check")
        c.setStrokeColor(R.hexc("D5E6E4"))
        c.line(M, w.y - max(h, 22) - 4, W - M, w.y - max(h, 22) - 4)
        w.y -= max(h, 22) + 10
    w.y -= 6
    w.para("<b>Question 2.</b> Is there anything missing from our priorities, or anything you would change?", after=4)
    af.textfield(name="q2", x=M, y=w.y - 90, width=W - 2 * M, height=86, borderWidth=0.8, fontName="Helvetica",
                 fontSize=10, borderColor=R.hexc("666666"), fillColor=R.hexc("FFFFFF"), fieldFlags="multiline")
    c.showPage()
    # page 10
    frame(c, 10)
    w = R.Writer(c, M, H - 70, W - 2 * M, bottom=60, accent=TEAL)
    for q, label in (("q3", "<b>Question 3.</b> Do you agree with the principles on page 6? Please tell us why."),
                     ("q4", "<b>Question 4.</b> Do you agree with the proposed change to the case review threshold?"),
                     ("q5", "<b>Question 5.</b> Any other comments.")):
        w.para(label, after=4)
        af.textfield(name=q, x=M, y=w.y - 74, width=W - 2 * M, height=70, borderWidth=0.8, fontName="Helvetica",
                     fontSize=10, borderColor=R.hexc("666666"), fillColor=R.hexc("FFFFFF"), fieldFlags="multiline")
        w.y -= 86
    w.heading("About you (optional)", size=14, before=4)
    w.para("These questions help us check that we have heard from a wide range of people.", size=9.5)
    for qi, (label, opts) in enumerate([("Age", ["Under 18", "18\u201334", "35\u201364", "65 or over"]),
                                        ("Do you consider yourself disabled?", ["Yes", "No", "Prefer not to say"]),
                                        ("Have you reported ASB in the last year?", ["Yes", "No"])]):
        R.text(c, M, w.y - 12, label, size=9.5, color=INK)
        x = M + 210
        for oi, o in enumerate(opts):
            af.checkbox(name=f"about_{qi}_{oi}", x=x, y=w.y - 16, size=11, borderWidth=0.8,
                        borderColor=R.hexc("666666"), fillColor=R.hexc("FFFFFF"), buttonStyle="check")
            R.text(c, x + 15, w.y - 13, o, size=9, color=INK)
            x += c.stringWidth(o, "Sans", 9) + 32
        w.y -= 26
    w.para("Thank you for taking part.", size=11, color=TEAL)
    c.showPage()


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    c = R.make_canvas(target, TITLE, "Wrexley Borough Council")
    cover(c)
    about(c)
    intro(c)
    evidence(c)
    priorities(c)
    approach(c)
    case_review(c)
    equality(c)
    form(c)
    c.save()
    return [target]
