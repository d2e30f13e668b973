"""Kilmorden Reducing Reoffending Strategy 2026-2029: summary in Polish and English (reportlab, A4).

A community-languages summary: every paragraph and heading is given in Polish FIRST (DejaVu Sans, bold for
headings, 12-13 pt, dark) and then in English (Liberation Sans 9.5 pt, grey, after a small "EN" tag). The four
priorities (p2) are pairs in a numbered box: the Polish statement in bold 13 pt, the English under it in grey
9.5 pt. Look-alike pairs: the 2022-2025 strategy's three priorities (p1) and the probation service's regional
priorities (p2), set the same way but without the numbered box."""
from __future__ import annotations

import common
from kit26 import Doc, box, para_at, text

NAME = "polish_first_english_second_reoffending"
TITLE = "Kilmorden Reducing Reoffending Strategy 2026-2029: summary in Polish and English"
ACC = "8A1C2B"
PRI = [("Bezpieczny dom dla każdej osoby opuszczającej więzienie",
        "A safe home for everyone leaving prison"),
       ("Leczenie uzależnień, które zaczyna się w więzieniu i trwa po wyjściu na wolność",
        "Drug and alcohol treatment that starts in prison and carries on after release"),
       ("Praca, szkolenia i pomoc w zarządzaniu pieniędzmi",
        "Work, training and help with managing money"),
       ("Wsparcie dla kobiet i ich dzieci, aby rodziny pozostały razem",
        "Support for women and their children so that families stay together")]


class Pen:
    def __init__(self, c, top, x=60, width=475):
        self.c, self.y, self.x, self.w = c, top, x, width

    def pair(self, pl, en, *, head=False, after=10, indent=0):
        h = para_at(self.c, pl, self.x + indent, self.y, self.w - indent,
                    font="DejaVu-Bold" if head else "DejaVu", size=13 if head else 11, color="1A1A1A",
                    leading=17 if head else 15)
        self.y -= h + 2
        box(self.c, self.x + indent - 1, self.y - 11, 13, 10, "8C8C8C", radius=2)
        text(self.c, self.x + indent + 5.5, self.y - 8.5, "EN", "Sans-Bold", 6.5, "FFFFFF", anchor="center")
        h = para_at(self.c, en, self.x + indent + 16, self.y, self.w - indent - 16, font="Sans", size=9.5,
                    color="6B6B6B", leading=12.5)
        self.y -= h + after
        assert self.y > 70, pl


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Kilmorden Reducing Reoffending Board",
            footer="Kilmorden Reducing Reoffending Strategy 2026-2029 | Polski / English", accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 120, W, 120, ACC)
    text(c, 60, H - 58, "Strategia ograniczania powrotności do przestępstw", "DejaVu-Bold", 19, "FFFFFF")
    text(c, 60, H - 82, "Kilmorden 2026-2029: streszczenie", "DejaVu-Bold", 19, "FFFFFF")
    text(c, 60, H - 104, "Kilmorden Reducing Reoffending Strategy 2026-2029: summary in Polish and English",
         "Sans", 10, "F2D7DB")
    p = Pen(c, H - 150)
    p.pair("To streszczenie jest dostępne w języku polskim, ponieważ Polacy są największą społecznością "
           "posługującą się innym językiem niż angielski w Kilmorden. Każdy akapit podajemy najpierw po polsku, "
           "a potem po angielsku.",
           "This summary is available in Polish because Polish speakers are the largest community in Kilmorden "
           "whose first language is not English. Each paragraph is given first in Polish and then in English.")
    p.pair("Wprowadzenie", "Introduction", head=True, after=6)
    p.pair("Rada ds. Ograniczania Powrotności do Przestępstw w Kilmorden skupia służbę kuratorską, policję, "
           "samorząd, służbę zdrowia i organizacje charytatywne. Co roku około 900 osób w Kilmorden kończy karę "
           "lub nadzór kuratora. Prawie co trzecia z nich popełnia kolejne przestępstwo w ciągu roku.",
           "The Kilmorden Reducing Reoffending Board brings together the probation service, the police, the "
           "council, health services and charities. Each year about 900 people in Kilmorden finish a sentence "
           "or probation supervision. Almost one in three of them reoffend within a year.")
    p.pair("Co osiągnęliśmy w latach 2022-2025", "What we achieved in 2022-2025", head=True, after=6)
    p.pair("Nasza poprzednia strategia miała trzy priorytety:", "Our last strategy had three priorities:",
           after=6)
    for pl, en in [("Mniej przestępstw popełnianych przez młodych dorosłych",
                    "Less crime by young adults"),
                   ("Lepsza opieka psychiatryczna w areszcie",
                    "Better mental health care in custody"),
                   ("Więcej kar wykonywanych w społeczności",
                    "More community sentences")]:
        p.pair("\u2022 " + pl, en, indent=14, after=5)
    p.pair("Zrealizowaliśmy większość celów. Nowa strategia zastępuje te priorytety.",
           "We met most of our targets. The new strategy replaces these priorities.", after=8)
    d.next()
    p = Pen(c, H - 60)
    p.pair("Nasze priorytety na lata 2026-2029", "Our priorities for 2026-2029", head=True, after=10)
    for n, (pl, en) in enumerate(PRI, 1):
        top = p.y
        box(c, 52, top - 64, W - 104, 66, "F7EEF0")
        c.setFillColor(__import__("rl_kit").hexc(ACC))
        c.circle(76, top - 24, 13, stroke=0, fill=1)
        text(c, 76, top - 29, str(n), "Sans-Bold", 13, "FFFFFF", anchor="center")
        p.x, p.w = 100, 420
        p.y -= 8
        p.pair(pl, en, head=True, after=0)
        p.y = top - 76
    p.x, p.w = 60, 475
    p.pair("Co zrobimy", "What we will do", head=True, after=6)
    p.pair("Każda osoba opuszczająca więzienie HMP Kilmorden Moor spotka się z doradcą ds. mieszkaniowych "
           "co najmniej 12 tygodni przed zwolnieniem. Otworzymy też punkt pomocy w centrum miasta.",
           "Everyone leaving HMP Kilmorden Moor will meet a housing adviser at least 12 weeks before release. "
           "We will also open a drop-in centre in the town centre.")
    p.pair("Priorytety regionalnej służby kuratorskiej", "The regional probation service's priorities",
           head=True, after=6)
    p.pair("Regionalna służba kuratorska ma własny plan. Jej priorytety to bezpieczeństwo publiczne i "
           "ograniczenie ryzyka poważnych szkód. Wspieramy ten plan, ale nie są to nasze priorytety.",
           "The regional probation service has its own plan. Its priorities are public protection and reducing "
           "the risk of serious harm. We support that plan, but these are not our priorities.")
    p.pair("Kontakt", "Contact us", head=True, after=6)
    p.pair("Zadzwoń pod numer 01632 960 512 lub napisz na adres reoffending@kilmorden.gov.uk. Możesz poprosić "
           "o tłumacza.",
           "Call 01632 960 512 or email reoffending@kilmorden.gov.uk. You can ask for an interpreter.")
    d.close()
    assert common.pdf_pages(d.path) == 2
    return [d.path]
