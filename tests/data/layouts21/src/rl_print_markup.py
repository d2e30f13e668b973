"""print_markup_comment_balloons_vawg.pdf: the Pendlemoor VAWG Strategy 2026-2030, final draft v0.4, printed
from Word with "Print Markup" on, as it was sent to the Partnership Board for sign-off (reportlab): each page
is shrunk to the left, and a grey markup pane on the right holds the reviewers' comment balloons ("Commented
[LM3]: ...", replies "[HD4R3]: ..."), joined to their anchors by dotted lines; the anchored words are shaded.

Page 3 holds the five priorities as bold "Priority N: X" headings. Comments beside them propose other wordings
("Suggest: 'Ending violence against women and girls in public places'") and a sixth priority; the replies say
which were declined. The balloons sit level with the headings, so pdftotext's default mode can put a
heading's second line and a balloon's text on one line. Gold is the five headings as printed in the body.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import common
from rl_kit import Writer, box, hexc, make_canvas, para_at, text

NAME = "print_markup_comment_balloons_vawg"
TITLE = "Pendlemoor Violence Against Women and Girls Strategy 2026-2030 (final draft v0.4)"
W, H = A4
BODY_X, BODY_W = 44, 318
PANE_X, PANE_W = 392, 182
ACC = "6B2D5C"
INK = "C0504D"  # Word's comment colour for the first reviewer
INKS = {"LM": "C0504D", "HD": "2E75B6", "RT": "548235", "SK": "7030A0"}
PRIORITIES = [
    ("Making public places safer for women and girls",
     "Women told us they change how they travel, where they walk and when they go out. We will use the Safer "
     "Streets audits to fix lighting and sightlines, and every licensed venue will train its staff in bystander "
     "intervention."),
    ("Preventing abuse by changing attitudes, starting in schools",
     "Every secondary school will deliver the healthy relationships programme, and we will work with sports clubs "
     "and youth groups so that boys and young men hear the same message outside school."),
    ("Specialist support for every victim and survivor, when they need it",
     "Waiting lists for counselling after sexual violence are now eleven months. We will bring in a single "
     "referral route and fund more independent advisers, including one for older women."),
    ("Holding perpetrators to account and stopping repeat offending",
     "The police, probation and the courts will identify the most harmful perpetrators together, and every man "
     "referred will be offered a behaviour change programme as well as facing enforcement."),
    ("Tackling abuse online and through technology",
     "Image-based abuse, stalking through tracking apps and online harassment were raised by nearly half of the "
     "young women who answered our survey."),
]


class Page:
    def __init__(self, c, n: int, total: int):
        self.c, self.n = c, n
        box(c, PANE_X - 8, 0, W - PANE_X + 8, H, "F2F2F2")
        c.setStrokeColor(hexc("BFBFBF"))
        c.setLineWidth(0.5)
        c.line(PANE_X - 8, 0, PANE_X - 8, H)
        text(c, BODY_X, 24, f"Pendlemoor VAWG Strategy 2026-2030 \u2013 final draft v0.4 \u2013 page {n} of {total}",
             "Sans", 7.5, "666666")
        self.next_free = H - 40  # balloons stack downwards in the pane
        self.balloons: list[tuple] = []

    def anchor(self, x, y, w, h=11):
        """Shade the commented words (Word's coloured comment range)."""
        box(self.c, x - 1, y - 2.5, w + 2, h, "F6DADA")

    def balloon(self, ay: float, ax: float, who: str, ref: str, body: str, replies=()):
        """A comment balloon level with the anchor (pushed down if the pane is full there), with its replies."""
        c = self.c
        top = min(ay + 9, self.next_free)
        col = INKS[who[:2]]
        parts = [f"<font name='Sans-Bold' color='#{col}'>Commented [{ref}]:</font> {body}"]
        for rref, rbody in replies:
            parts.append(f"<font name='Sans-Bold' color='#{INKS[rref[:2]]}'>[{rref}]:</font> {rbody}")
        html = "<br/>".join(parts)
        from reportlab.platypus import Paragraph
        from rl_kit import style
        p = Paragraph(html, style(font="Sans", size=7.5, leading=9.2, color="262626"))
        _, h = p.wrap(PANE_W - 12, 1000)
        c.saveState()
        c.setFillColor(hexc("FFFFFF"))
        c.setStrokeColor(hexc(col))
        c.setLineWidth(0.7)
        c.roundRect(PANE_X, top - h - 8, PANE_W - 4, h + 8, 3, stroke=1, fill=1)
        c.setDash(1, 2)
        c.line(ax, ay + 3, PANE_X, top - 4)
        c.restoreState()
        p.drawOn(c, PANE_X + 5, top - h - 4)
        self.next_free = top - h - 16


def build(path: Path) -> Path:
    c = make_canvas(path, TITLE, "Pendlemoor Community Safety Partnership")
    total = 4

    # ---- page 1
    pg = Page(c, 1, total)
    w = Writer(c, BODY_X, H - 60, BODY_W, bottom=50, accent=ACC, body_size=9.5)
    w.para("Pendlemoor Community Safety Partnership", size=10, color="777777")
    w.heading("Pendlemoor Violence Against Women and Girls Strategy 2026-2030", size=20)
    y0 = w.y
    w.para("<b>Final draft v0.4 for the Partnership Board on 23 June 2026.</b> Comments from the consultation "
           "sign-off group are shown in the margin. The Board is asked to agree the strategy subject to the changes "
           "the group has accepted.", color="444444")
    pg.balloon(y0 - 10, BODY_X + BODY_W - 4, "LM", "LM1", "Board date confirmed with Democratic Services.")
    w.space(6)
    w.heading("Foreword", size=13)
    y1 = w.y
    pg.anchor(BODY_X, y1 - 10, 150)
    w.para("Every woman and girl in Pendlemoor should be safe, and feel safe, at home, at school, at work, online and "
           "in public. Too many are not. Over 900 women and girls took part in our consultation and many told us "
           "about harassment that has become so normal they no longer report it.")
    pg.balloon(y1 - 12, BODY_X + 150, "SK", "SK2", "Should this first sentence mention men and boys "
               "too?", replies=[("LM2R1", "No: they are covered in 'What we mean by VAWG' below.")])
    w.para("This strategy sets out what the partnership will do over the next four years. It was written with "
           "survivors, specialist services and young people, and it will be judged by whether women and girls tell "
           "us they feel safer in 2030 than they do today.")
    w.para("<i>Councillor Joanne Whitlock, Chair, Pendlemoor Community Safety Partnership</i>")
    w.heading("What we mean by violence against women and girls", size=13)
    w.para("We use the Government's definition: acts of violence or abuse that we know disproportionately affect "
           "women and girls, including domestic abuse, sexual violence, stalking, harassment, so-called honour-based "
           "abuse, female genital mutilation and forced marriage. Men and boys are victims of these crimes too, and "
           "our services are open to them.")
    c.showPage()

    # ---- page 2
    pg = Page(c, 2, total)
    w = Writer(c, BODY_X, H - 50, BODY_W, bottom=50, accent=ACC, body_size=9.5)
    w.heading("What women and girls told us", size=13)
    ya = w.y
    for i, s in enumerate(["Seven in ten had been harassed in a public place in the last year.",
                           "Most had not reported it, because they did not think anything would happen.",
                           "Young women named online abuse as often as street harassment.",
                           "Survivors waited too long for counselling and had to repeat their story."], start=1):
        w.para(f"{i}.&nbsp;&nbsp;{s}", after=3, indent=8)
    pg.balloon(ya - 10, BODY_X + 250, "RT", "RT3", "Finding 3: add the survey base (n=412 aged 16-24).")
    w.space(6)
    w.heading("The national picture", size=13)
    w.para("The Government's Tackling Violence Against Women and Girls Strategy asks local areas to focus on three "
           "things: prioritising prevention, supporting victims, and pursuing perpetrators. The Police and Crime "
           "Commissioner's plan for Ockenden makes tackling violence against women and girls one of its four "
           "priorities.")
    w.heading("Our last strategy", size=13)
    yb = w.y
    pg.anchor(BODY_X, yb - 10, 120)
    w.para("The 2022-2025 strategy had three priorities: safer night-time economy, domestic abuse support, and "
           "education in schools. The schools programme reached every secondary school; the night-time economy "
           "work was mostly limited to the town centre.")
    pg.balloon(yb - 12, BODY_X + 120, "HD", "HD4", "Should we say what happened to the night-time economy "
               "priority? It is now part of priority 1.", replies=[("LM4R1", "Done in v0.4 (page 3).")])
    w.heading("How we wrote this strategy", size=13)
    w.para("A consultation draft was published in February 2026. The sign-off group (community safety, public "
           "health, the police, the two specialist services and the youth council) reviewed every comment. This "
           "version shows the group's remaining comments so that the Board can see what was changed and why.")
    c.showPage()

    # ---- page 3: the priorities
    pg = Page(c, 3, total)
    w = Writer(c, BODY_X, H - 50, BODY_W, bottom=50, accent=ACC, body_size=9.5)
    w.heading("Our priorities for 2026-2030", size=15)
    w.para("The partnership will focus on five priorities. Each one has a lead partner, who will report on it to "
           "the Board every six months.")
    comments = {
        1: ("LM", "LM5", "Suggest: 'Ending violence against women and girls in public places' - closer to the PCC's "
                         "wording.", [("HD5R1", "Declined by the group on 4 June: 'ending' is not credible in four "
                                                "years. Keep as drafted.")]),
        2: ("RT", "RT6", "Agree with this wording. Youth council asked for 'starting in schools' to stay.", []),
        4: ("SK", "SK7", "Could this read 'Holding abusers to account'? Plainer English.",
            [("LM7R1", "Declined: 'perpetrators' is used in the Police and Crime Plan and the DA Act guidance.")]),
        5: ("HD", "HD8", "Add a sixth priority: 'Preventing spiking in bars and clubs'?",
            [("LM8R1", "Not accepted: spiking is covered under priority 1 (licensed venues).")]),
    }
    for i, (prio, body) in enumerate(PRIORITIES, start=1):
        y = w.y
        if i in comments:  # the shading goes under the words, so it is drawn first
            pg.anchor(BODY_X, y - 17, 62, 13)
        w.heading(f"Priority {i}: {prio}", size=11.5, before=6, after=4)
        if i in comments:
            who, ref, txt, reps = comments[i]
            pg.balloon(y - 14, BODY_X + 62, who, ref, txt, replies=reps)
        w.para(body)
    w.space(4)
    w.heading("Cross-cutting commitments", size=12)
    w.para("Across all five priorities we will listen to survivors, work with men and boys as allies, and make sure "
           "that services reach disabled, older and minority ethnic women.")
    c.showPage()

    # ---- page 4: measures and governance
    pg = Page(c, 4, total)
    w = Writer(c, BODY_X, H - 50, BODY_W, bottom=50, accent=ACC, body_size=9.5)
    w.heading("How we will measure progress", size=13)
    w.table([["Measure", "Baseline", "Source"],
             ["Women who feel safe walking alone after dark", "41%", "Residents' survey"],
             ["Schools delivering the relationships programme", "100%", "Education team"],
             ["Average wait for counselling (months)", "11", "Rape Crisis Pendlemoor"],
             ["Perpetrators starting a programme", "64", "Probation, DA service"],
             ["Reports of image-based abuse", "118", "Ockenden Police"]], [170, 60, 88], head_bg=ACC)
    yc = w.y + 30
    pg.balloon(yc, BODY_X + 230, "RT", "RT9", "Baselines are 2025-26 figures; update before publication.")
    w.heading("Governance", size=13)
    w.para("The VAWG Strategic Group, chaired by the Director of Public Health, oversees the strategy and reports to "
           "the Pendlemoor Community Safety Partnership Board and the Domestic Abuse Partnership Board. A delivery "
           "plan with named actions will be published by September 2026.")
    w.heading("Next steps", size=13)
    w.bullets(["Board decision: 23 June 2026", "Design and publication: July 2026",
               "First progress report: January 2027"])
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return path


def finish(work: Path, out: Path) -> list[Path]:
    return [build(out / f"{NAME}.pdf")]
