"""Aberwennol and Bro Cerrig VAWDASV Strategy 2027-2031: a bilingual A5 "flip" booklet (tete-beche), as the
printer's file (reportlab, 6 A5 pages).

A Welsh regional partnership prints one booklet with the Welsh version from the front cover and the English
version from the back cover, upside down ("Trowch drosodd am y fersiwn Saesneg / Turn over for English"). The
PDF holds the pages in physical order from the Welsh cover: p1-3 are Welsh pages 1-3 (upright), p4-6 are the
English pages 3, 2, 1, each drawn rotated by 180 degrees in the content stream (no /Rotate). So the English
half is in REVERSE order in the file: p4 (English page 3) has the previous strategy's four priorities, the
national strategy and "Get help"; p5 (English page 2) states the five current priorities ("Priority 1" ...
on number discs); p6 is the English cover with the foreword. The Welsh priorities are on p2. Gold is the
English wording on p5."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A5

import common
from rl_kit import box, hexc, make_canvas, para_at, text

NAME = "flip_booklet_bilingual_vawg"
ACC = "5B2C83"
ACC2 = "E6DDF0"
W, H = A5

CY = {
    "title": "Strategaeth Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol 2027-2031",
    "org": "Partneriaeth Ranbarthol Aberwennol a Bro Cerrig",
    "turn": "Turn over for the English version \u2022 Trowch drosodd am y fersiwn Saesneg",
    "fw_h": "Rhagair",
    "fw": ["Mae trais yn erbyn menywod, cam-drin domestig a thrais rhywiol yn effeithio ar filoedd o bobl yn ein "
           "rhanbarth bob blwyddyn. Mae'r strategaeth hon yn nodi sut y bydd y bartneriaeth yn gweithio gyda'i "
           "gilydd dros y pedair blynedd nesaf.",
           "Gwrandawon ni ar dros 300 o bobl, gan gynnwys goroeswyr, wrth ei hysgrifennu."],
    "sign": "Cynghorydd Eleri Mathias-Rhys a Siwan Prydderch, Cyd-gadeiryddion y Bwrdd Rhanbarthol",
    "pr_h": "Ein blaenoriaethau",
    "pr_intro": "Dyma bum blaenoriaeth y bartneriaeth ar gyfer 2027 i 2031.",
    "label": "Blaenoriaeth",
    "pr": [("Atal cam-drin drwy weithio gyda phlant a phobl ifanc ar berthnasoedd iach",
            "Gwersi ym mhob ysgol uwchradd, a chymorth i athrawon."),
           ("Sicrhau bod goroeswyr mewn cymunedau gwledig yn gallu cael cymorth yn agos at adref",
            "Gweithwyr allgymorth ym mhob tref farchnad."),
           ("Dwyn cyflawnwyr i gyfrif a lleihau aildroseddu",
            "Rhaglen newid ymddygiad ar gael ledled y rhanbarth."),
           ("Rhoi llais i oroeswyr yn y ffordd y caiff gwasanaethau eu cynllunio a'u rhedeg",
            "Panel goroeswyr yn cwrdd bob chwarter."),
           ("Cymorth i siaradwyr Cymraeg yn eu dewis iaith ar bob cam",
            "Cynnig gweithredol o wasanaeth Cymraeg gan bob partner.")],
    "vision_h": "Ein gweledigaeth",
    "vision": "Rhanbarth lle mae pawb yn gallu byw heb ofn cam-drin.",
    "prev_h": "Ein strategaeth ddiwethaf (2023-2026)",
    "prev_intro": "Roedd gan ein strategaeth ddiwethaf bedair blaenoriaeth:",
    "prev": ["Codi ymwybyddiaeth yn y gymuned", "Gwella'r ymateb i drais rhywiol",
             "Mwy o lety diogel", "Hyfforddi staff rheng flaen"],
    "nat_h": "Y strategaeth genedlaethol",
    "nat": "Mae'r strategaeth hon yn cyflawni strategaeth genedlaethol Llywodraeth Cymru yn lleol, gyda'i "
           "phwyslais ar atal, amddiffyn a chefnogi.",
    "help_h": "Cael help",
    "help": ["Mewn argyfwng, ffoniwch 999.", "Llinell gymorth ranbarthol: 0300 555 0142 (24 awr)",
             "Gallwch siarad \u00e2 ni yn Gymraeg neu yn Saesneg."],
    "measure_h": "Sut y byddwn yn gwybod",
    "measure": "Bydd y Bwrdd Rhanbarthol yn adrodd ar gynnydd bob blwyddyn ac yn cyhoeddi'r adroddiad.",
}
EN = {
    "title": "Violence against Women, Domestic Abuse and Sexual Violence Strategy 2027-2031",
    "org": "Aberwennol and Bro Cerrig Regional Partnership",
    "turn": "Trowch drosodd am y fersiwn Gymraeg \u2022 Turn over for the Welsh version",
    "fw_h": "Foreword",
    "fw": ["Violence against women, domestic abuse and sexual violence affect thousands of people in our region "
           "every year. This strategy sets out how the partnership will work together over the next four years.",
           "We listened to more than 300 people, including survivors, while we wrote it."],
    "sign": "Councillor Eleri Mathias-Rhys and Siwan Prydderch, Co-chairs of the Regional Board",
    "pr_h": "Our priorities",
    "pr_intro": "These are the partnership's five priorities for 2027 to 2031.",
    "label": "Priority",
    "pr": [("Prevent abuse by working with children and young people on healthy relationships",
            "Lessons in every secondary school, and support for teachers."),
           ("Make sure survivors in rural communities can reach support close to home",
            "Outreach workers in every market town."),
           ("Hold perpetrators to account and reduce reoffending",
            "A behaviour change programme available across the region."),
           ("Give survivors a say in how services are designed and run",
            "A survivors' panel that meets every quarter."),
           ("Support for Welsh speakers in their chosen language at every stage",
            "An active offer of a Welsh-language service from every partner.")],
    "vision_h": "Our vision",
    "vision": "A region where everyone can live free from the fear of abuse.",
    "prev_h": "Our last strategy (2023-2026)",
    "prev_intro": "Our last strategy had four priorities:",
    "prev": ["Raising awareness in the community", "Improving the response to sexual violence",
             "More safe accommodation", "Training front-line staff"],
    "nat_h": "The national strategy",
    "nat": "This strategy delivers the Welsh Government's national strategy locally, with its emphasis on "
           "prevention, protection and support.",
    "help_h": "Get help",
    "help": ["In an emergency, call 999.", "Regional helpline: 0300 555 0142 (24 hours)",
             "You can speak to us in Welsh or in English."],
    "measure_h": "How we will know",
    "measure": "The Regional Board will report on progress every year and publish the report.",
}


def folio(c, n):
    text(c, W / 2, 22, str(n), "Sans", 8, "777777", anchor="center")


def cover(c, t, lang):
    box(c, 0, H - 250, W, 250, ACC)
    text(c, 30, H - 50, t["org"], "Sans-Bold", 10, "FFFFFF")
    para_at(c, t["title"], 30, H - 80, W - 60, font="Sans-Bold", size=20, color="FFFFFF", leading=24)
    box(c, 30, H - 236, 110, 22, "FFFFFF", radius=11)
    text(c, 85, H - 229, "Cymraeg" if lang == "cy" else "English", "Sans-Bold", 10, ACC, anchor="center")
    y = H - 280
    text(c, 30, y, t["fw_h"], "Sans-Bold", 13, ACC)
    y -= 10
    for p in t["fw"]:
        y -= para_at(c, p, 30, y, W - 60, size=10, leading=13.5) + 8
    y -= para_at(c, t["sign"], 30, y, W - 60, font="Sans-Italic", size=9, color="555555")
    box(c, 30, 50, W - 60, 30, ACC2, radius=4)
    text(c, W / 2, 61, t["turn"], "Sans", 8, ACC, anchor="center")


def priorities_page(c, t):
    box(c, 30, H - 98, W - 60, 58, ACC2, radius=5)
    text(c, 42, H - 60, t["vision_h"], "Sans-Bold", 10, ACC)
    para_at(c, t["vision"], 42, H - 66, W - 84, font="Sans-Italic", size=10.5, color="222222")
    text(c, 30, H - 128, t["pr_h"], "Sans-Bold", 16, ACC)
    para_at(c, t["pr_intro"], 30, H - 136, W - 60, size=10)
    y = H - 168
    for i, (p, d) in enumerate(t["pr"], 1):
        c.setFillColor(hexc(ACC))
        c.circle(44, y - 12, 13, stroke=0, fill=1)
        text(c, 44, y - 16, str(i), "Sans-Bold", 12, "FFFFFF", anchor="center")
        text(c, 66, y - 2, f"{t['label']} {i}", "Sans-Bold", 8, "777777")
        h = para_at(c, p, 66, y - 6, W - 100, font="Sans-Bold", size=10.5, leading=13, color="222222")
        h += para_at(c, d, 66, y - 10 - h, W - 100, size=9, color="444444")
        y -= max(h + 26, 44)


def back_page(c, t):
    y = H - 50
    text(c, 30, y, t["prev_h"], "Sans-Bold", 13, ACC)
    y -= 10
    y -= para_at(c, t["prev_intro"], 30, y, W - 60, size=10) + 4
    for p in t["prev"]:
        y -= para_at(c, "\u2022 " + p, 38, y, W - 76, size=10, color="444444") + 3
    y -= 16
    text(c, 30, y, t["nat_h"], "Sans-Bold", 13, ACC)
    y -= 10
    y -= para_at(c, t["nat"], 30, y, W - 60, size=10) + 16
    text(c, 30, y, t["measure_h"], "Sans-Bold", 13, ACC)
    y -= 10
    y -= para_at(c, t["measure"], 30, y, W - 60, size=10) + 16
    box(c, 30, y - 110, W - 60, 110, ACC, radius=6)
    text(c, 44, y - 24, t["help_h"], "Sans-Bold", 13, "FFFFFF")
    yy = y - 34
    for p in t["help"]:
        yy -= para_at(c, p, 44, yy, W - 88, size=10, color="FFFFFF") + 5


def finish(work: Path, out: Path) -> list[Path]:
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, "Strategaeth VAWDASV / VAWDASV Strategy 2027-2031",
                    "Aberwennol and Bro Cerrig Regional Partnership", pagesize=A5)
    # the Welsh half, upright: pages 1, 2, 3
    for n, fn in enumerate([cover, priorities_page, back_page], 1):
        if fn is cover:
            fn(c, CY, "cy")
        else:
            fn(c, CY)
        folio(c, n)
        c.showPage()
    # the English half, upside down and in reverse: English pages 3, 2, 1
    for n, fn in [(3, back_page), (2, priorities_page), (1, cover)]:
        c.saveState()
        c.translate(W, H)
        c.rotate(180)
        if fn is cover:
            fn(c, EN, "en")
        else:
            fn(c, EN)
        folio(c, n)
        c.restoreState()
        c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
