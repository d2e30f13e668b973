"""Wakefield Safeguarding Adults Board Strategic Plan 2025–2028: HTML printed by Chromium.  The priorities are
**paper notes pinned to a noticeboard**: four notes (2 × 2) on a tinted board, each with a red drawing pin
and the priority in a handwriting-like serif italic, a "Board lead" line under it.  Distractors: the six
safeguarding principles, the previous plan's priorities, the safeguarding adults review themes, actions, measures."""
from west_yorkshire_metro import thematic
from west_yorkshire_metro.htmlkit import e, ul

FILE = "strategies/wakefield_safeguarding_adults_board_strategic_plan_2025-28.pdf"
TITLE = "Wakefield Safeguarding Adults Board Strategic Plan 2025–2028"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'Liberation Serif', serif", c1="#355070", c2="#B56576",
             c3="#EAEFF5", footer='counter(page)', running="Wakefield Safeguarding Adults Board")
NOTES = [("Self-neglect and hoarding", "Adult social care"),
         ("Modern slavery and the exploitation of adults", "Police"),
         ("Protecting older people from financial abuse and scams", "Trading standards"),
         ("Making safeguarding personal", "Healthwatch")]
CSS = """
.board { background: #D9C9A8; padding: 8mm; display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
.nt { background: #FFFDF5; padding: 7mm 5mm 4mm 5mm; position: relative; min-height: 45mm; box-shadow: 1mm 1mm 0 #b9a98a; }
.nt .pin { position: absolute; left: 50%; top: 1.5mm; width: 4mm; height: 4mm; border-radius: 50%; background: #C0392B; }
.nt .p { font: italic 700 12.5pt 'Liberation Serif'; color: #355070; line-height: 1.25; } .nt .l { font-size: 8pt; margin-top: 3mm; color: #555; }
.cv-w { background: #355070; color: #fff; } .cv-w h1 { position: absolute; left: 20mm; top: 90mm; width: 170mm; font: 700 27pt 'Liberation Serif'; margin: 0; }
"""


def pri_html():
    h = "<p>The Board has pinned four priorities to its board for the next three years:</p><div class='board'>"
    h += "".join(f'<div class="nt"><div class="pin"></div><div class="p">{e(t)}</div><div class="l">Board lead: {e(l)}</div></div>'
                 for t, l in NOTES)
    return h + "</div>"


def build(out_root):
    return thematic.make(out_root, FILE, "wakefield_safeguarding_adults", TITLE, THEME, CSS,
        '<div class="cover cv-w"><h1>Safeguarding Adults Board Strategic Plan 2025–2028</h1></div>',
        "Our priorities for 2025–2028", pri_html(), dict(
        leader="line", mayor=False,
        foreword=["The Board makes sure that adults with care and support needs in Wakefield are protected from "
                  "abuse and neglect.", "This plan sets the Board's shared priorities under the Care Act 2014."],
        signed="Independent Chair, Wakefield Safeguarding Adults Board",
        context_head="Safeguarding in Wakefield",
        context=["The Board's partners received more safeguarding concerns than ever last year."],
        stats=[("6,200", "safeguarding concerns"), ("1,350", "section 42 enquiries"), ("18%", "concerns about "
               "self-neglect"), ("45", "modern slavery referrals"), ("£1.2m", "lost by older residents to scams"),
               ("72%", "people whose outcomes were met")],
        findings=["Self-neglect features in most safeguarding adults reviews.", "Scam losses are rising."],
        findings_head="Themes from safeguarding adults reviews",
        bg_head="Principles and last plan",
        previous_head="Priorities 2022–2025",
        previous_intro="The Board's previous priorities were:",
        previous=["Prevention", "Transitions", "Learning from reviews"],
        extra_bg="<h2>The six safeguarding principles</h2>" + ul(["Empowerment", "Prevention", "Proportionality",
                 "Protection", "Partnership", "Accountability"]),
        actions=[("Self-neglect", "Hoarding protocol refresh", "Adult social care"),
                 ("Slavery", "Modern slavery training for care staff", "Police"),
                 ("Scams", "Call blockers for older residents", "Trading standards"),
                 ("Personal", "Feedback from people after enquiries", "Healthwatch")],
        measures=["Self-neglect outcomes", "Slavery referrals", "Scam losses prevented", "Outcomes met"],
        governance="The Board publishes an annual report.",
        contact="wsab@wakefield.example"))
