"""Cadwick Violence Against Women and Girls Strategy 2026-2029, draft v0.4 printed with its mark-up showing
(reportlab, A4, 4 pages).

A draft circulated to the board, printed from Word with "All Markup" on: deletions in red with a line through
them, insertions in blue and underlined, a change bar in the left margin beside every changed line. On top of
the text, drawn AFTER it on every page: a huge diagonal grey "DRAFT" and a diagonal "OFFICIAL-SENSITIVE"
(both in the text layer, where `pdftotext` scatters their letters through the page), and the protective
marking "OFFICIAL-SENSITIVE" centred at the top and bottom of every page.

The priorities are "Priority N:" headings (P1-P3 on p3, P4-P5 on p4). Two are rewritten in full: the old
wording (struck) comes first in the same heading, then the new one (inserted), so the text layer reads
"Priority 2: Tackling violence in the night-time economyMaking public spaces …". The old Priority 5 heading is
deleted as a whole and a new Priority 5 is inserted below it. Gold is the text as accepted."""
from __future__ import annotations

import common
from kit27 import Doc as _Doc, hexc, text
from reportlab.pdfbase.pdfmetrics import stringWidth

NAME = "watermark_tracked_draft_vawg"
TITLE = "Cadwick VAWG Strategy 2026-2029 DRAFT v0.4 (tracked)"
ACC = "6A1B4D"
DEL, INS = "C00000", "1F4FB4"
PRI = [
    "Preventing violence against women and girls before it starts",
    "Making public spaces, transport and the night-time economy safe for women and girls",
    "Supporting every survivor to recover, whatever their circumstances",
    "Holding perpetrators to account and changing their behaviour",
    "Tackling online abuse and image-based sexual abuse",
]


class Doc(_Doc):
    def _foot(self):
        c, W, H = self.c, self.W, self.H
        text(c, W / 2, H - 26, "OFFICIAL-SENSITIVE", "Sans-Bold", 10, "C00000", anchor="center")
        text(c, W / 2, 18, "OFFICIAL-SENSITIVE", "Sans-Bold", 10, "C00000", anchor="center")
        text(c, 56, 34, "Cadwick VAWG Strategy - DRAFT v0.4 - not for circulation", "Sans", 7.5, "777777")
        text(c, W - 56, 34, f"Page {self.n} of 4", "Sans", 7.5, "777777", anchor="right")
        # the watermarks, drawn over everything
        c.saveState()
        c.setFillColor(hexc("B8B8B8"), alpha=0.45)
        c.translate(W / 2, H - 320)
        c.rotate(52)
        c.setFont("Sans-Bold", 150)
        c.drawCentredString(0, -40, "DRAFT")
        c.setFont("Sans-Bold", 40)
        c.drawCentredString(-10, -120, "OFFICIAL-SENSITIVE")
        c.restoreState()


def marked(d, w, segs, *, size=10, font="Sans", bold=False, color="222222", after=6, leading=None,
           indent=0):
    """Lay out tracked text: segs is a list of (text, kind), kind '' / 'del' / 'ins'. Word by word, wrapped
    to the writer's width; deleted words struck through in red, inserted words underlined in blue; a change
    bar in the margin beside every line with a change."""
    c = d.c
    f = font + ("-Bold" if bold else "")
    lead = leading or size * 1.32
    x0, x1 = w.x + indent, w.x + w.width
    words = []
    for s, kind in segs:
        parts = s.split(" ")
        for i, p in enumerate(parts):
            if p:
                words.append((p, kind, i < len(parts) - 1 or s.endswith(" ")))
            elif i == 0 and words:
                words[-1] = (words[-1][0], words[-1][1], True)
    lines, cur, cx = [], [], x0
    sp = stringWidth(" ", f, size)
    for wd, kind, space_after in words:
        wl = stringWidth(wd, f, size)
        if cx + wl > x1 and cur:
            lines.append(cur)
            cur, cx = [], x0
        cur.append((wd, kind, cx, wl, space_after))
        cx += wl + (sp if space_after else 0)
    if cur:
        lines.append(cur)
    for line in lines:
        y = w.y - size
        changed = False
        for i, (wd, kind, x, wl, space_after) in enumerate(line):
            col = DEL if kind == "del" else INS if kind == "ins" else color
            text(c, x, y, wd, f, size, col)
            if kind:
                changed = True
                nxt = line[i + 1] if i + 1 < len(line) else None
                ext = sp if (space_after and nxt and nxt[1] == kind) else 0
                c.saveState()
                c.setStrokeColor(hexc(col))
                c.setLineWidth(0.7 if size < 12 else 1)
                yy = y + size * 0.3 if kind == "del" else y - 1.6
                c.line(x, yy, x + wl + ext, yy)
                c.restoreState()
        if changed:
            c.saveState()
            c.setStrokeColor(hexc("000000"))
            c.setLineWidth(1)
            c.line(w.x - 14, y - 3, w.x - 14, y + size)
            c.restoreState()
        w.y -= lead
    w.y -= after


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Cadwick Community Safety Team", footer="", accent=ACC,
            footer_on_first=True)
    c, W, H = d.c, d.W, d.H

    # p1
    w = d.writer(top=H - 60, bottom=60, size=10)
    w.heading("Cadwick Violence Against Women and Girls Strategy 2026-2029", size=19, after=4)
    w.para("DRAFT v0.4 for Board comment - tracked changes shown", size=11, color="C00000", after=10)
    w.table([["Version", "Date", "Author", "Changes"],
             ["0.2", "12 June 2026", "K. Sallis", "First full draft after the survivor workshops"],
             ["0.3", "29 July 2026", "K. Sallis", "Priorities as agreed at the partners' workshop"],
             ["0.4", "14 September 2026", "K. Sallis", "Board comments: Priorities 2 and 3 reworded; former "
              "Priority 5 (awareness campaigns) folded into Priority 1; new Priority 5 on online abuse"]],
            [50, 85, 60, 288], head_bg=ACC, size=8.5)
    w.heading("1. Introduction", size=13)
    marked(d, w, [("Violence against women and girls is not inevitable. This strategy sets out how the Cadwick "
                   "VAWG Partnership will work to end it. It covers domestic abuse, sexual violence, stalking, "
                   "harassment, so-called honour-based abuse and ", ""), ("female genital mutilation", "del"),
                  ("harmful practices, including female genital mutilation, and violence and abuse online", "ins"),
                  (".", "")])
    marked(d, w, [("It sets out ", ""), ("four", "del"), ("five", "ins"),
                  (" priorities for the next three years, agreed by the VAWG Partnership Board after listening "
                   "to more than 300 women and girls.", "")])
    w.heading("2. The national picture", size=13)
    w.para("The Government's Tackling Violence Against Women and Girls Strategy asks local areas to focus on "
           "four areas: prioritising prevention; supporting victims; pursuing perpetrators; and strengthening "
           "the system. Our priorities map to these, but are written for Cadwick.")
    d.next()

    # p2
    w = d.writer(top=H - 60, bottom=60, size=10)
    w.heading("3. What we know", size=13)
    w.bullets(["domestic abuse incidents reported to police rose by 9% in 2025, to 3,412",
               "four in five women aged 16 to 24 told our survey they had been harassed in a public place",
               "only one in eight rapes reported in Cadwick reached a charging decision",
               "demand for the Independent Sexual Violence Advisers rose by 31%"])
    marked(d, w, [("Survivors told us that services are hard to find and that they had to tell their story ", ""),
                  ("many times", "del"), ("again and again, to agency after agency", "ins"), (".", "")])
    w.heading("4. Our principles", size=13)
    w.bullets(["<b>Survivor-led</b>: survivors help design and review services",
               "<b>Intersectional</b>: we recognise that racism, disability and poverty shape women's experience",
               "<b>Whole system</b>: every partner, not just specialist services, has a role",
               "<b>Challenging attitudes</b>: we tackle the attitudes and behaviour that allow VAWG to happen"])
    w.heading("5. Our vision", size=13)
    w.para("A Cadwick where women and girls are safe, and feel safe, at home, in public and online.")
    d.next()

    # p3: priorities 1-3
    w = d.writer(top=H - 60, bottom=60, size=10)
    w.heading("6. Our priorities", size=15, after=8)
    marked(d, w, [("Priority 1: " + PRI[0], "")], size=13, bold=True, color=ACC, after=4)
    marked(d, w, [("Healthy relationships education in every school and college, a campaign with men and boys, "
                   "and training for staff in licensed premises", ""),
                  (", building on the awareness campaigns that were Priority 5 in the last draft", "ins"),
                  (".", "")], after=12)
    marked(d, w, [("Priority 2: ", ""), ("Tackling violence in the night-time economy", "del"), (PRI[1], "ins")],
           size=13, bold=True, color=ACC, after=4)
    marked(d, w, [("Safety audits of parks, stations and bus routes, better lighting where women told us they "
                   "feel unsafe, and the Ask for Angela scheme in every licensed venue.", "")], after=12)
    marked(d, w, [("Priority 3: ", ""), ("Supporting victims", "del"), (PRI[2], "ins")],
           size=13, bold=True, color=ACC, after=4)
    marked(d, w, [("One front door for all VAWG services, specialist support for Black and minoritised women, "
                   "and ", ""), ("more", "del"), ("two more", "ins"),
                  (" Independent Sexual Violence Advisers.", "")], after=12)
    d.next()

    # p4: priorities 4-5, governance
    w = d.writer(top=H - 60, bottom=60, size=10)
    marked(d, w, [("Priority 4: " + PRI[3], "")], size=13, bold=True, color=ACC, after=4)
    marked(d, w, [("A domestic abuse perpetrator programme open to self-referrals, stalking protection orders "
                   "used in every eligible case, and joint police and probation management of serial "
                   "perpetrators.", "")], after=12)
    marked(d, w, [("Priority 5: Raising awareness through campaigns", "del")], size=13, bold=True, color=ACC,
           after=4)
    marked(d, w, [("Two campaigns a year, led by the council's communications team.", "del")], after=12)
    marked(d, w, [("Priority 5: " + PRI[4], "ins")], size=13, bold=True, color=ACC, after=4)
    marked(d, w, [("Training for school staff on image-based abuse, a route for young people to report it, and "
                   "work with the Revenge Porn Helpline to get images taken down quickly.", "ins")], after=14)
    w.heading("7. Governance and measures", size=13)
    w.para("The VAWG Partnership Board will oversee the strategy. It reports to the Cadwick Community Safety "
           "Partnership and the Domestic Abuse Local Partnership Board. Measures will be agreed with the "
           "action plan in December 2026 and will include:")
    w.bullets(["the number of women and girls who say they feel safe in the town centre at night",
               "the time from first contact to specialist support",
               "the number of perpetrators completing a behaviour change programme"])
    d.close()
    assert common.pdf_pages(d.path) == 4
    return [d.path]
