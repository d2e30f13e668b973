"""Pennmoor VAWG strategy: every heading was **converted to outlines** by the designer (vector paths in
capitals, no text), and an accessibility remediation pass later added an **invisible text layer** for the
headings only: render mode 3, Helvetica 10 pt whatever the visual size, stretched with `Tz` to the outline's
width, typed in sentence case, and appended at the end of each page's content stream."""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

import kit14
from glyphs import Outlines, outlined_text
from kit14 import Doc, box, hexc

NAME = "outlined_headings_invisible_text_vawg"
TITLE = "Pennmoor Violence Against Women and Girls Strategy 2026-2030"
ACC = (0.36, 0.17, 0.45)  # plum
ACC_HEX = "5C2B73"

OUTL = Outlines("LiberationSans-Bold.ttf")

PRIORITIES = [
    ("Preventing violence against women and girls before it starts",
     "Prevention starts in childhood. We will support every Pennmoor school to deliver healthy relationships "
     "education that challenges misogyny, and work with sports clubs and youth groups to reach boys and young men."),
    ("Supporting survivors to recover and rebuild their lives",
     "Survivors told us they had to repeat their story up to nine times. We will create one front door for "
     "specialist support, extend counselling for survivors of sexual violence and fund two more refuge spaces."),
    ("Holding perpetrators to account",
     "We will use every tool available: domestic abuse protection orders, stalking protection orders, "
     "and behaviour change programmes that are accredited and properly monitored."),
    ("Making public spaces, online spaces and workplaces safer for women and girls",
     "We will map where women feel unsafe, improve lighting and design on the routes they use, and ask every "
     "large employer in Pennmoor to adopt a sexual harassment policy."),
]


class Page:
    """Collects the remediation text for one page and writes it after everything else."""

    def __init__(self, d: Doc):
        self.d, self.lines = d, []

    def heading(self, caps: str, mixed: str, x: float, y: float, size: float, width: float,
                color=ACC, leading=None) -> float:
        """Draw `caps` as outlines wrapped at `width`; record `mixed` (same words) for the invisible layer.
        Returns the y below the heading."""
        words_c, words_m = caps.split(), mixed.split()
        assert len(words_c) == len(words_m), (caps, mixed)
        leading = leading or size * 1.2
        lines, cur = [], []
        for i, wc in enumerate(words_c):
            trial = " ".join(words_c[j] for j in cur + [i])
            if cur and OUTL.width(trial, size) > width:
                lines.append(cur)
                cur = []
            cur.append(i)
        lines.append(cur)
        for ln in lines:
            y -= size
            s_c = " ".join(words_c[j] for j in ln)
            wdt = outlined_text(self.d.c, s_c, x, y, size, OUTL, color)
            self.lines.append((x, y, " ".join(words_m[j] for j in ln), wdt))
            y -= leading - size
        return y

    def flush(self) -> None:
        ops = ["BT", "3 Tr", "/F1 10 Tf"]
        for x, y, s, wdt in self.lines:
            nat = stringWidth(s, "Helvetica", 10)
            esc = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"{100 * wdt / nat:.1f} Tz 1 0 0 1 {x:.2f} {y:.2f} Tm ({esc}) Tj")
        ops.append("ET")
        self.d.c._code.append("\n".join(ops))
        self.lines = []


def build(path):
    d = Doc(path, TITLE, "Pennmoor Safer Communities Partnership", footer="Pennmoor VAWG Strategy 2026-2030",
            accent=ACC_HEX)
    c = d.c
    pg = Page(d)
    # ------------------------------------------------------------ p1 cover and foreword
    box(c, 0, d.H - 260, d.W, 260, ACC_HEX)
    y = pg.heading("PENNMOOR VIOLENCE AGAINST WOMEN AND GIRLS STRATEGY 2026-2030",
                   "Pennmoor Violence Against Women and Girls Strategy 2026-2030", 56, d.H - 90, 26, d.W - 112,
                   color=(1, 1, 1), leading=32)
    w = d.writer(top=y - 14)
    w.para("Safe at home, safe in public, safe online", size=14, color="EBD9F2")
    y = pg.heading("FOREWORD", "Foreword", 56, d.H - 300, 16, 400)
    w = d.writer(top=y - 10)
    w.para("Every woman and girl in Pennmoor should be able to live without fear. Too many cannot. In the last year "
           "the police recorded 2,310 domestic abuse incidents in Pennmoor, 214 rapes and other sexual offences and "
           "96 stalking offences, and we know that most abuse is never reported.")
    w.para("This strategy was written with survivors, with the specialist services that support them and with "
           "more than 600 women and girls who answered our survey. It replaces the 2022 Domestic Abuse and Sexual "
           "Violence Strategy and widens our focus to public spaces, online harm and the workplace.")
    w.para("Its four priorities are set out on page 3. Each has an outcome we will report on every year, and the "
           "partnership board will hold each lead partner to account for it.")
    w.para("<b>Dr Helen Ashby</b>, Chair, Pennmoor Safer Communities Partnership", size=10, color="444444")
    pg.flush()
    # ------------------------------------------------------------ p2 context, national, told us
    d.next()
    y = pg.heading("WHY THIS MATTERS IN PENNMOOR", "Why this matters in Pennmoor", 56, d.H - 60, 18, d.W - 112)
    w = d.writer(top=y - 10)
    w.bullets(["One in four women in Pennmoor will experience domestic abuse in her lifetime",
               "Women aged 16 to 24 are the most likely to be stalked or harassed",
               "Only 17% of rapes reported in Pennmoor in 2025 reached a charging decision",
               "63% of girls aged 13 to 17 have been sent unwanted sexual images online"])
    y = pg.heading("WHAT WOMEN AND GIRLS TOLD US", "What women and girls told us", 56, w.y - 10, 18, d.W - 112)
    w.reset(top=y - 10)
    w.bullets(["They do not feel safe walking home through Pennmoor Park or the station underpass",
               "They want to be believed the first time they ask for help",
               "Schools should talk about consent and respect much earlier",
               "Harassment at work is common and rarely reported"])
    y = pg.heading("THE NATIONAL PICTURE", "The national picture", 56, w.y - 10, 18, d.W - 112)
    w.reset(top=y - 10)
    w.para("The Government has committed to halve violence against women and girls within a decade. Its national "
           "strategy is built around four aims, and our priorities are designed to sit under them:")
    w.bullets(["prevent violence against women and girls from happening",
               "pursue perpetrators and bring them to justice",
               "protect victims and support them to recover",
               "prepare partners with the skills and systems they need"])
    y = pg.heading("OUR PRINCIPLES", "Our principles", 56, w.y - 10, 18, d.W - 112)
    w.reset(top=y - 10)
    w.para("<b>Believe survivors.</b> We start from belief and never ask a survivor to prove her need for help. "
           "<b>Trauma-informed.</b> Every service will be designed around the effects of trauma. "
           "<b>Intersectional.</b> We will reach Black and minoritised women, disabled women and older women, "
           "who are least likely to seek help.")
    pg.flush()
    # ------------------------------------------------------------ p3 priorities
    d.next()
    y = pg.heading("OUR PRIORITIES FOR 2026-2030", "Our priorities for 2026-2030", 56, d.H - 60, 22, d.W - 112)
    w = d.writer(top=y - 10)
    w.para("We will focus on four priorities. They were agreed by the partnership board in September 2026 after "
           "the consultation closed.")
    y = w.y - 6
    for i, (name, desc) in enumerate(PRIORITIES, 1):
        y = pg.heading(f"PRIORITY {i}", f"Priority {i}", 56, y, 10, 200, color=(0.55, 0.4, 0.6))
        y = pg.heading(name.upper(), name, 56, y - 4, 15, d.W - 112)
        w.reset(top=y - 6)
        w.para(desc)
        y = w.y - 8
    y = pg.heading("CROSS-CUTTING THEMES", "Cross-cutting themes", 56, y - 6, 14, d.W - 112)
    w.reset(top=y - 8)
    w.para("Three themes run through all four priorities: listening to survivors, including children as victims "
           "in their own right, and training the workforce to recognise coercive control. They are not priorities "
           "in themselves; each priority's action plan says how it addresses them.")
    box(d.c, 56, w.y - 78, d.W - 112, 70, "F2EAF6")
    w.reset(x=72, top=w.y - 20, width=d.W - 144)
    w.para("\u201cI didn\u2019t know what was happening to me was abuse until a teacher at my son\u2019s school "
           "asked me if I was safe.\u201d", size=12, font="Sans-Italic", color=ACC_HEX)
    w.para("Survivor, Pennmoor Survivor Reference Group", size=9, color="555555")
    pg.flush()
    # ------------------------------------------------------------ p4 measures, previous, governance
    d.next()
    y = pg.heading("HOW WE WILL MEASURE PROGRESS", "How we will measure progress", 56, d.H - 60, 18, d.W - 112)
    w = d.writer(top=y - 10)
    w.table([["Outcome", "Measure", "Baseline 2025-26"],
             ["Fewer women and girls are harmed", "Repeat domestic abuse incidents within 12 months", "34%"],
             ["Survivors get help quickly", "Days from referral to first specialist contact", "11"],
             ["Perpetrators face consequences", "Domestic abuse protection orders granted", "48"],
             ["Women feel safer in public", "Women who feel safe in Pennmoor Park after dark", "22%"]],
            [170, 220, 93])
    y = pg.heading("OUR 2022 STRATEGY", "Our 2022 strategy", 56, w.y - 10, 18, d.W - 112)
    w.reset(top=y - 10)
    w.para("The 2022 Domestic Abuse and Sexual Violence Strategy had three priorities: early identification of "
           "domestic abuse, safe accommodation for survivors and their children, and a skilled and confident "
           "workforce. Safe accommodation is now covered by the Domestic Abuse Safe Accommodation Strategy, "
           "refreshed in 2025.")
    y = pg.heading("GOVERNANCE", "Governance", 56, w.y - 10, 18, d.W - 112)
    w.reset(top=y - 10)
    w.para("The VAWG Strategic Board reports to the Pennmoor Safer Communities Partnership and to the Domestic "
           "Abuse Local Partnership Board. Survivors' voices are brought to every meeting by the Survivor "
           "Reference Group.")
    w.para("If you are in danger call 999. The Pennmoor domestic abuse helpline is open 24 hours on 0300 555 0142.",
           size=10, color=ACC_HEX)
    pg.flush()
    pdf = d.raw()
    d.info(pdf, creator="Adobe InDesign 19.4 (outlines); CommonLook PDF (remediation)")
    return pdf.write(path.name)


def finish(work, out):
    return [kit14.publish_bytes(build(work / f"{NAME}.pdf"), out / f"{NAME}.pdf")]
