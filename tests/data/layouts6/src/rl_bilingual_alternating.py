"""Dyffryn Teifion community safety plan, bilingual: every heading and paragraph is in Welsh, then in English
directly under it (alternating paragraphs, one column). Priorities 1-2 on p3, 3-4 on p4."""
from __future__ import annotations

from kit6 import Doc, box, text

NAME = "bilingual_alternating_paragraphs"
PR = [
    ("Lleihau ymddygiad gwrthgymdeithasol yn ein cymunedau", "Reducing anti-social behaviour in our communities",
     "Byddwn yn gweithio gyda landlordiaid cymdeithasol a'r heddlu i ddatrys problemau'n gynnar.",
     "We will work with social landlords and the police to solve problems early."),
    ("Diogelu pobl rhag camfanteisio", "Protecting people from exploitation",
     "Byddwn yn hyfforddi staff tacsis, gwestai a siopau i adnabod arwyddion camfanteisio.",
     "We will train taxi, hotel and shop staff to spot the signs of exploitation."),
    ("Mynd i'r afael \u00e2 cham-drin domestig a thrais rhywiol", "Tackling domestic abuse and sexual violence",
     "Byddwn yn sicrhau bod pob goroeswr yn gallu cael cymorth yn Gymraeg.",
     "We will make sure that every survivor can get support in Welsh."),
    ("Lleihau niwed a achosir gan alcohol a chyffuriau", "Reducing harm caused by alcohol and drugs",
     "Byddwn yn ehangu'r cynllun naloxone i bob fferyllfa yn y sir.",
     "We will extend the naloxone scheme to every pharmacy in the county."),
]
CY = "8A1538"
EN = "333333"


def pair(w, cy, en, *, size=10.5, after=10):
    w.para(cy, size=size, color=CY, after=3)
    w.para(en, size=size, color=EN, after=after)


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Cynllun Diogelwch Cymunedol / Community Safety Plan 2026-2029",
            "Partneriaeth Diogelwch Cymunedol Dyffryn Teifion", accent=CY,
            footer="Cynllun Diogelwch Cymunedol Dyffryn Teifion / Dyffryn Teifion Community Safety Plan")
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, CY)
    text(c, 56, H - 220, "Cynllun Diogelwch Cymunedol 2026-2029", "Sans-Bold", 24, "FFFFFF")
    text(c, 56, H - 252, "Community Safety Plan 2026-2029", "Sans", 22, "F2D7DF")
    text(c, 56, H - 300, "Partneriaeth Diogelwch Cymunedol Dyffryn Teifion", "Sans", 12, "FFFFFF")
    text(c, 56, H - 318, "Dyffryn Teifion Community Safety Partnership", "Sans", 12, "F2D7DF")
    d.next()
    w = d.writer()
    w.heading("Cyflwyniad", 16, color=CY, after=2)
    w.heading("Introduction", 16, color=EN)
    pair(w, "Mae'r cynllun hwn yn nodi sut y bydd y bartneriaeth yn cadw pobl Dyffryn Teifion yn ddiogel dros y "
            "tair blynedd nesaf.",
         "This plan sets out how the partnership will keep the people of Dyffryn Teifion safe over the next three "
         "years.")
    pair(w, "Rydym wedi dewis pedair blaenoriaeth ar sail ein hasesiad strategol ac ymgynghoriad gyda 860 o "
            "drigolion.",
         "We have chosen four priorities based on our strategic assessment and a consultation with 860 residents.")
    w.heading("Nodau llesiant Cymru", 13, color=CY, after=2)
    w.heading("The well-being goals for Wales", 13, color=EN)
    pair(w, "Mae'r cynllun yn cyfrannu at saith nod llesiant Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015:",
         "The plan contributes to the seven well-being goals of the Well-being of Future Generations (Wales) Act "
         "2015:", after=4)
    w.bullets(["A prosperous Wales", "A resilient Wales", "A healthier Wales", "A more equal Wales",
               "A Wales of cohesive communities", "A Wales of vibrant culture and thriving Welsh language",
               "A globally responsible Wales"], size=9.5, after=1)
    w.space(8)
    w.heading("Ein gwerthoedd", 13, color=CY, after=2)
    w.heading("Our values", 13, color=EN)
    pair(w, "Cydweithio; gwrando ar drigolion; defnyddio tystiolaeth; parchu'r Gymraeg.",
         "Working together; listening to residents; using evidence; respecting the Welsh language.")
    d.next()
    w = d.writer()
    for i, (cy, en, dcy, den) in enumerate(PR):
        if i == 2:
            d.next()
            w = d.writer()
        w.heading(f"Blaenoriaeth {i + 1}: {cy}", 16, color=CY, after=2, before=8)
        w.heading(f"Priority {i + 1}: {en}", 16, color=EN, after=8)
        pair(w, "Pam mae hyn yn bwysig: dywedodd traean o'r trigolion fod hyn yn broblem yn eu hardal nhw.",
             "Why this matters: a third of residents said this was a problem in their area.")
        pair(w, dcy, den)
        pair(w, "Arweinydd: Rheolwr Diogelwch Cymunedol, Cyngor Sir Dyffryn Teifion.",
             "Lead: Community Safety Manager, Dyffryn Teifion County Council.", after=18)
    d.next()
    w = d.writer()
    w.heading("Blaenoriaethau Comisiynydd yr Heddlu a Throseddu", 13, color=CY, after=2)
    w.heading("The Police and Crime Commissioner's priorities", 13, color=EN)
    pair(w, "Mae Cynllun yr Heddlu a Throseddu yn cynnwys tair blaenoriaeth: cymunedau mwy diogel; cefnogi "
            "dioddefwyr; a system cyfiawnder effeithiol.",
         "The Police and Crime Plan has three priorities: safer communities; supporting victims; and an effective "
         "justice system.")
    w.heading("Sut y byddwn yn mesur cynnydd", 13, color=CY, after=2)
    w.heading("How we will measure progress", 13, color=EN)
    w.table([["Mesur / Measure", "2024-25", "Nod / Aim"],
             ["Digwyddiadau ymddygiad gwrthgymdeithasol / ASB incidents", "2,311", "-10%"],
             ["Atgyfeiriadau camfanteisio / Exploitation referrals", "96", "+20%"],
             ["Marwolaethau'n gysylltiedig \u00e2 chyffuriau / Drug-related deaths", "14", "-25%"]],
            [300, 80, 80], head_bg=CY)
    return [d.close()]
