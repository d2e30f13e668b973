"""Plymouth Youth Justice Plan 2025-2026: the young people's version (HTML/CSS -> Chromium).

A child-friendly accessible version: 15-16 pt rounded sans type, speech bubbles with tails that alternate left
and right, each with a drawn picture, and "Did you know?" boxes.  The five priorities are stated once, on p8,
as the bold first line of five alternating speech bubbles under "What we are going to focus on".  The YJB's
Child First tenets (p6), last year's priorities (p7) and the national key performance indicators (p11) are
distractors.
"""
from __future__ import annotations

from .kit import esc, html_pages, icon_svg

FILE = "strategies/plymouth_youth_justice_plan_2025-26_young_peoples_version.pdf"
TITLE = "Plymouth Youth Justice Plan 2025 to 2026: the young people's version"
ORANGE, INK = "#e4572e", "#17255a"

CSS = f"""
body {{ font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 15pt; line-height: 1.45; color: {INK} }}
.body {{ position: absolute; left: 18mm; right: 18mm; top: 20mm; bottom: 22mm; overflow: hidden }}
.foot {{ position: absolute; left: 18mm; right: 18mm; bottom: 9mm; font-size: 10pt; color: {ORANGE} }}
.foot span {{ float: right; background: {ORANGE}; color: #fff; border-radius: 50%; width: 9mm; height: 9mm;
              line-height: 9mm; text-align: center; font-weight: bold }}
h1 {{ font-size: 25pt; margin: 0 0 6mm 0; color: {ORANGE} }}
p {{ margin: 0 0 4mm 0 }}
.b {{ display: flex; gap: 5mm; align-items: center; margin: 0 0 7mm 0 }}
.b.r {{ flex-direction: row-reverse }}
.bub {{ position: relative; background: #fdebe4; border-radius: 7mm; padding: 4mm 6mm; max-width: 125mm }}
.b.l .bub:before {{ content: ''; position: absolute; left: -5mm; top: 7mm; border: 3mm solid transparent;
                    border-right: 3mm solid #fdebe4 }}
.b.r .bub:before {{ content: ''; position: absolute; right: -5mm; top: 7mm; border: 3mm solid transparent;
                    border-left: 3mm solid #fdebe4 }}
.bub b {{ display: block; font-size: 16pt }}
.bub small {{ font-size: 12.5pt; color: #3b4472 }}
.dyk {{ border: 1.5pt solid {INK}; border-radius: 3mm; padding: 3mm 5mm; margin-top: 6mm; font-size: 13pt }}
.dyk:before {{ content: 'Did you know?'; display: block; font-weight: bold; color: {ORANGE} }}
ul {{ padding-left: 8mm; margin: 0 0 4mm 0 }} li {{ margin-bottom: 2mm }}
.q {{ font-style: italic; background: #eef0f8; border-radius: 4mm; padding: 3mm 5mm; margin: 0 0 4mm 0 }}
"""


def ic(name):
    return icon_svg(name, 24, "#ffffff", INK, unit="mm")


def bubble(side, icon, bold, small=""):
    s = f"<small>{esc(small)}</small>" if small else ""
    return f'<div class="b {side}">{ic(icon)}<div class="bub"><b>{esc(bold)}</b>{s}</div></div>'


def pg(n, body):
    return (f'<div class="body">{body}</div><div class="foot">Plymouth Youth Justice Plan \u2013 young '
            f"people's version<span>{n}</span></div>")


def build(out_root):
    P = [f'<div class="body" style="top:40mm">{icon_svg("speech", 50, "#ffffff", ORANGE, unit="mm")}'
         f'<h1 style="font-size:32pt;margin-top:10mm">Our plan</h1><p style="font-size:20pt">Plymouth Youth '
         f"Justice Service plan for 2025 to 2026</p><p style=\"font-size:18pt;color:{ORANGE};font-weight:bold\">"
         f"The young people's version</p></div>"]
    toc = [("What is this?", 3), ("Who we are", 4), ("What you told us", 5), ("Child First", 6),
           ("Last year", 7), ("What we are going to focus on", 8), ("What this means for you", 9),
           ("How we check we are doing well", 11), ("Your rights", 12)]
    P.append(pg(2, "<h1>Contents</h1>" + "".join(f"<p>{esc(t)} \u2026 {n}</p>" for t, n in toc)))
    P.append(pg(3, "<h1>What is this?</h1><p>Every year the Youth Justice Service writes a plan. The full plan is "
                "long and written for adults. This is a shorter version for you.</p><p>It tells you what we are "
                "going to work on this year and why.</p><div class='dyk'>Young people from our participation "
                "group helped write this version.</div>"))
    P.append(pg(4, "<h1>Who we are</h1>" + bubble("l", "people", "We are the Plymouth Youth Justice Service.",
                                                  "We work with children aged 10 to 17 who have got into trouble "
                                                  "with the police, or who might.")
                + bubble("r", "hand", "We are not the police.", "We are youth workers, social workers, nurses, "
                         "police officers, probation staff and education workers working as one team.")
                + "<div class='dyk'>About 160 children worked with us last year (illustrative).</div>"))
    P.append(pg(5, "<h1>What you told us</h1><div class='q'>\u201cListen to us, not just our file.\u201d</div>"
                "<div class='q'>\u201cHelp me get back into college.\u201d</div><div class='q'>\u201cSome people "
                "get you to carry stuff for them and you can't say no.\u201d</div><div class='q'>\u201cSaying sorry "
                "to the person was hard, but it helped.\u201d</div><p>These are things young people said to us this "
                "year. We have not used anyone's name.</p>"))
    P.append(pg(6, "<h1>Child First</h1><p>The Youth Justice Board says all youth justice services must work in "
                "a <b>Child First</b> way. That means:</p><ul><li><b>As children</b>: treating you as a child, "
                "not as an offender</li><li><b>Building pro-social identity</b>: helping you build on your "
                "strengths</li><li><b>Collaborating with children</b>: working with you, not doing things to "
                "you</li><li><b>Diverting from stigma</b>: keeping you away from being labelled</li></ul>"))
    P.append(pg(7, "<h1>Last year</h1><p>Last year our plan said we would work on:</p><ul><li>Fewer children "
                "entering the justice system for the first time</li><li>Better health support</li><li>Making "
                "our service more Child First</li></ul><p>We did well on the first and third. We are still "
                "working on health support, and our nurse now sees every child who starts with us.</p>"))
    P.append(pg(8, "<h1>What we are going to focus on</h1><p>This year we are going to focus on five things.</p>"
                + bubble("l", "shield", "Helping children stay out of the justice system",
                         "Support instead of going to court, where that is right.")
                + bubble("r", "phone", "Keeping children safe from exploitation",
                         "No one should be made to sell or carry drugs.")
                + bubble("l", "school", "Getting children back into school, training or work",
                         "Because having somewhere to be matters.")
                + bubble("r", "speech", "Helping children put things right with the people they have harmed",
                         "Only if you and they want to.")
                + bubble("l", "tick", "Helping children who have offended not to do it again",
                         "With a plan made with you.")))
    P.append(pg(9, "<h1>What this means for you</h1>" + bubble(
        "l", "person", "You will have one worker who gets to know you.", "They will help you make your plan.")
        + bubble("r", "calendar", "We will see you at times that work for you.", "Including after school.")
        + bubble("l", "phone", "If someone is pressuring you, we will help.", "You will not be in trouble for "
                                                                              "telling us.")))
    P.append(pg(10, "<h1>What this means for you (continued)</h1>" + bubble(
        "r", "school", "Our education worker will help with college and training.", "")
        + bubble("l", "speech", "You can meet the person you harmed, if you both want to.",
                 "This is called restorative justice.")
        + "<div class='dyk'>Restorative justice can help victims feel better and help young people move on."
          "</div>"))
    P.append(pg(11, "<h1>How we check we are doing well</h1><p>The government checks every youth justice service "
                "on things like:</p><ul><li>how many children enter the justice system for the first time</li>"
                "<li>how many children offend again</li><li>how many children are in school, college or work"
                "</li><li>whether children have somewhere suitable to live</li><li>children's mental health and "
                "wellbeing</li></ul><p>Our management board checks these every three months.</p>"))
    P.append(pg(12, "<h1>Your rights</h1><p>You have the right to be listened to and to have a say in your plan."
                "</p><p>If you are not happy with something, you can tell your worker, or contact us: "
                "youth.justice@plymouth.example, 01752 000 000 (illustrative).</p><p>Childline: 0800 1111.</p>"))
    return html_pages(out_root / FILE, CSS, P, TITLE)
