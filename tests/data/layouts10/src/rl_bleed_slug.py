"""Stavenham Community Safety Partnership Strategy 2026-2029, as the print room sent it to press: every PDF page is
the A4 trimmed page plus 3 mm of bleed plus a 15 mm slug area, so the MediaBox is 680 x 927 pt while the TrimBox
is A4. Outside the trim are crop marks, registration targets, a CMYK colour bar and two slug lines: the printer's
job line at the top ("Job 26/0418 ...") and the designer's file line at the bottom, which on page 3 records an
author's correction with the OLD wording of the second ambition. Pages 1 and 3 are full-bleed raster
"photographs" (JPEG); on page 3 the four ambitions (the priorities) are white type on translucent coloured bands
over the photo."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4

import common
from printkit import colour_bar, crop_marks, night_street_photo, registration, spaced
from rl_kit import Writer, box, hexc, make_canvas, para_at, text

NAME = "bleed_slug_marks_csp"
TITLE = "Stavenham Community Safety Partnership Strategy 2026-2029"
W, H = A4
M = 42.52   # 15 mm slug area round the bleed
B = 8.5     # 3 mm bleed
NAVY, TEAL, GOLD = "14284B", "0E7C86", "F2B134"
AMB = [
    ("Making Stavenham town centre and the Quayside feel safe after dark",
     "Better lighting, a staffed safe space on Friday and Saturday nights, and a night-time economy charter."),
    ("Stopping antisocial behaviour before it becomes a pattern in our neighbourhoods",
     "Early warning letters, mediation and youth outreach in the six wards where most reports come from."),
    ("Protecting children and adults from exploitation and county lines",
     "A single exploitation panel for all ages and targeted disruption of the lines running into Stavenham."),
    ("Reducing violence against women and girls in public and in the home",
     "Bystander training for bar and taxi staff, and a faster route into domestic abuse support."),
]
OLD_AMB2 = "Tackling antisocial behaviour in the town centre"


def marks(c, n, job_note=""):
    """Everything outside the trim: crop marks, registration, colour bar and the two slug lines."""
    crop_marks(c, M, M, W, H)
    for x, y in ((M + W - 24, M / 2 - 4), (M + W * 0.6, M + H + M / 2 + 4), (M / 2 - 4, M + H / 2),
                 (M + W + M / 2 + 4, M + H / 2)):
        registration(c, x, y)
    colour_bar(c, M + W - 110, M + H + 20)
    text(c, M, M + H + 22, "Stavenham Borough Council Print and Design  \u00b7  Job 26/0418  \u00b7  "
         "Stavenham CSP Strategy  \u00b7  4pp A4  \u00b7  170gsm silk  \u00b7  CMYK", "Sans", 6.5, "000000")
    slug = (f"STAV_CSP_Strategy_2026-29_A4_v7_PRINT.indd   {n}   01/07/2026   09:00   "
            "PROOF 3 \u2013 APPROVED FOR PRESS")
    text(c, M, M - 26, slug, "Sans", 6.5, "000000")
    if job_note:
        text(c, M, M - 35, job_note, "Sans", 6.5, "000000")


def photo_page(c, img):
    c.drawImage(str(img), M - B, M - B, W + 2 * B, H + 2 * B)


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Safer Stavenham Partnership", pagesize=(W + 2 * M, H + 2 * M))
    c.setCreator("Adobe InDesign 19.4 (Windows)")
    cover = night_street_photo(work / "stav_cover.jpg", seed=7)
    quay = night_street_photo(work / "stav_quay.jpg", seed=11, sky=((22, 34, 66), (72, 110, 146)))

    def boxes():
        c.setTrimBox((M, M, M + W, M + H))
        c.setBleedBox((M - B, M - B, M + W + B, M + H + B))

    # ---- page 1: cover, full-bleed photo
    boxes()
    photo_page(c, cover)
    c.saveState()
    c.translate(M, M)
    box(c, -B, H - 300, W + 2 * B, 220, NAVY)
    spaced(c, 48, H - 126, "SAFER STAVENHAM PARTNERSHIP", font="Sans-Bold", size=9, track=3.2, colour=GOLD)
    para_at(c, "Community Safety Partnership Strategy", 48, H - 140, W - 96, font="Sans-Bold", size=32,
            leading=36, color="FFFFFF")
    text(c, 48, H - 262, "2026\u20132029", "Sans", 22, "FFFFFF")
    text(c, 48, 60, "Stavenham Borough Council \u00b7 Stavenham Police \u00b7 Coastshire Fire and Rescue \u00b7 "
         "NHS Coastshire ICB \u00b7 Probation Service", "Sans", 8.5, "FFFFFF")
    c.restoreState()
    marks(c, 1)
    c.showPage()

    # ---- page 2: foreword, numbers, the last strategy, the PCC's priorities
    boxes()
    c.saveState()
    c.translate(M, M)
    box(c, -B, H - 16, W + 2 * B, 16 + B, TEAL)
    w = Writer(c, 56, H - 60, W - 112, bottom=60, accent=NAVY)
    w.heading("Foreword", size=20)
    w.para("Stavenham is a safe place to live, work and visit, and most residents tell us they feel safe in their "
           "own street. But fewer than half feel safe in the town centre after dark, and reports of antisocial "
           "behaviour in six of our wards have not fallen in three years. This strategy sets out what the "
           "partnership will concentrate on until 2029, based on our strategic assessment and on what 2,140 "
           "residents told us in the spring survey.", leading=14)
    w.para("<i>Councillor Joanna Pettifer, Chair, Safer Stavenham Partnership</i>", color="555555", after=14)
    w.heading("Stavenham in numbers", size=14)
    y0 = w.y
    for i, (big, small) in enumerate([("47%", "feel safe in the town centre after dark"),
                                      ("3,912", "antisocial behaviour reports in 2025"),
                                      ("61", "children referred to the exploitation panel"),
                                      ("1 in 4", "violent crimes linked to the night-time economy")]):
        x = 56 + i * ((W - 112) / 4)
        box(c, x, y0 - 70, (W - 112) / 4 - 8, 64, "EAF4F5")
        text(c, x + 8, y0 - 32, big, "Sans-Bold", 20, TEAL)
        para_at(c, small, x + 8, y0 - 38, (W - 112) / 4 - 24, size=7.5, leading=9, color="333333")
    w.y = y0 - 86
    w.heading("Looking back: the 2023-2026 strategy", size=14)
    w.para("Our last strategy had three priorities. We closed the Quayside dispersal order in 2025 and the "
           "exploitation panel now meets fortnightly.", leading=14)
    w.bullets(["Reducing town centre antisocial behaviour", "Safeguarding people at risk of exploitation",
               "Reducing reoffending by prolific offenders"])
    w.space(8)
    w.heading("The Police and Crime Commissioner's priorities", size=14)
    w.para("The Coastshire Police and Crime Plan 2025-2029 has four priorities: <i>visible neighbourhood "
           "policing</i>, <i>putting victims first</i>, <i>tackling violence against women and girls</i> and "
           "<i>safer roads</i>. Our ambitions support the first three; road safety is led by the Coastshire "
           "Road Safety Partnership.", leading=14)
    w.heading("How we chose our ambitions", size=14)
    w.para("We scored every issue in the strategic assessment for harm, volume, public concern and whether the "
           "partnership can change it. Four came out on top. They are on the next page.", leading=14)
    text(c, W - 56, 30, "2", "Sans", 8, "666666", anchor="right")
    text(c, 56, 30, "Stavenham Community Safety Partnership Strategy 2026-2029", "Sans", 8, "666666")
    c.restoreState()
    marks(c, 2)
    c.showPage()

    # ---- page 3: the four ambitions, white on translucent bands over a full-bleed photo
    boxes()
    photo_page(c, quay)
    c.saveState()
    c.translate(M, M)
    text(c, 48, H - 84, "Our four ambitions", "Sans-Bold", 30, "FFFFFF")
    para_at(c, "Each ambition has a lead partner and an action plan that the board reviews every quarter.",
            48, H - 96, W - 200, size=11, leading=14, color="FFFFFF")
    colours = [NAVY, TEAL, "7A2E5B", "8A4B0F"]
    top = H - 150
    for i, ((title, line), col) in enumerate(zip(AMB, colours), start=1):
        c.saveState()
        c.setFillColor(hexc(col))
        c.setFillAlpha(0.86)
        c.rect(-B, top - 128, W - 40 + B, 128, stroke=0, fill=1)
        c.restoreState()
        spaced(c, 48, top - 24, f"AMBITION {i}", font="Sans-Bold", size=8.5, track=3.0, colour=GOLD)
        h = para_at(c, title, 48, top - 32, W - 150, font="Sans-Bold", size=18, leading=21, color="FFFFFF")
        para_at(c, line, 48, top - 40 - h, W - 150, size=9.5, leading=12, color="FFFFFF")
        top -= 142
    c.restoreState()
    marks(c, 3, job_note="AUTHOR'S CORRECTIONS AT PROOF 2: p3 Ambition 2 reworded, was \u201c" + OLD_AMB2
          + "\u201d; p4 table lead for Ambition 3 changed to Stavenham Police")
    c.showPage()

    # ---- page 4: delivery, measures, governance
    boxes()
    c.saveState()
    c.translate(M, M)
    box(c, -B, H - 16, W + 2 * B, 16 + B, TEAL)
    w = Writer(c, 56, H - 60, W - 112, bottom=60, accent=NAVY)
    w.heading("Delivering the ambitions", size=20)
    w.table([["Ambition", "Lead partner", "First-year actions"],
             ["1 Town centre after dark", "Stavenham Borough Council", "Lighting survey; safe space pilot; "
              "Purple Flag application"],
             ["2 Antisocial behaviour", "Stavenham Homes", "ASB early-warning letters; mediation contract"],
             ["3 Exploitation", "Stavenham Police", "All-age exploitation panel; two disruption weeks a year"],
             ["4 Violence against women and girls", "Coastshire Domestic Abuse Service",
              "Bystander training for 300 night-time staff"]], [150, 140, W - 112 - 290], head_bg=NAVY, size=9)
    w.heading("How we will measure progress", size=14)
    w.bullets(["The share of residents who feel safe in the town centre after dark (47% in 2025; aim 60%)",
               "Repeat antisocial behaviour reports from the same address",
               "Children and adults supported by the exploitation panel who are still engaged after six months",
               "Domestic abuse referrals made by night-time economy staff"])
    w.space(6)
    w.heading("Governance", size=14)
    w.para("The Safer Stavenham Partnership Board owns this strategy and meets quarterly. It reports once a year to "
           "the council's Overview and Scrutiny Committee and to the Police and Crime Commissioner. Our "
           "principles are to act on evidence, to work with residents, and to spend money where it prevents "
           "harm.", leading=14)
    w.heading("Contact", size=14)
    w.para("Community Safety Team, Stavenham Borough Council, Quay Street, Stavenham. "
           "safer@stavenham.example.gov.uk", leading=14)
    text(c, W - 56, 30, "4", "Sans", 8, "666666", anchor="right")
    text(c, 56, 30, "Stavenham Community Safety Partnership Strategy 2026-2029", "Sans", 8, "666666")
    c.restoreState()
    marks(c, 4)
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
