"""Gelliwen VAWDASV Strategy 2027-2031 as a bilingual TETE-BECHE ("flip") booklet (reportlab, A5, 6 pages).

Welsh Government and Welsh councils often print bilingual booklets back to back: the Welsh version reads from
the front cover, and the English version reads from the back cover, with the booklet turned over. The PDF holds
the booklet's pages in physical order, as the printer's file does:

  p1 Welsh cover   p2 Welsh foreword and context   p3 Welsh priorities ("Ein blaenoriaethau")
  p4 English priorities   p5 English foreword and context   p6 English cover

The three English pages are drawn UPSIDE DOWN (the whole page turned 180 degrees in the content stream; there
is no /Rotate) and in REVERSE order, so the English priorities (p4) come before the English foreword (p5) and
cover (p6). Each half has its own printed page numbers 1 to 3 ("Tudalen" / "Page"), so PDF p4 says "Page 3".

Distractors: the Welsh priorities on p3 (the same four, in Welsh, in the same design), the six objectives of the
national strategy (p2 in Welsh, p5 in English), the 2022-2026 strategy's three priorities (p5), the PCC's
priorities in prose (p5), and the "turn over" notes on the covers and in the middle."""
from __future__ import annotations

from reportlab.lib.pagesizes import A5

import common
from rl_kit import Writer, box, make_canvas, para_at, text

NAME = "tete_beche_bilingual_vawg"
ACC = "5B2A86"
TITLE = "Gelliwen Violence against Women, Domestic Abuse and Sexual Violence Strategy 2027-2031"
W, H = A5
EN = [
    ("Preventing abuse by challenging the attitudes that allow it to happen",
     "We will work with every school in Gelliwen on healthy relationships, and run a campaign with local sports "
     "clubs that asks men to call out sexism and harassment."),
    ("Making sure survivors can get help early, in Welsh or in English",
     "Most survivors tell a friend, a GP or a teacher first. We will train 600 front-line staff each year under "
     "the national training framework and make sure help is offered in the survivor's own language."),
    ("Holding perpetrators to account and helping them to change",
     "We will make better use of the new protection orders, and offer a behaviour change programme to every "
     "perpetrator whose partner agrees that it is safe to do so."),
    ("A safe home for every survivor who has to leave their own",
     "Last year 97 households left their home because of abuse. We will add eight refuge places and help more "
     "survivors stay safely in their own home when they want to."),
]
CY = [
    ("Atal cam-drin drwy herio'r agweddau sy'n caniatáu iddo ddigwydd",
     "Byddwn yn gweithio gyda phob ysgol yng Ngelliwen ar berthnasoedd iach, ac yn cynnal ymgyrch gyda "
     "chlybiau chwaraeon lleol sy'n gofyn i ddynion herio rhywiaeth ac aflonyddu."),
    ("Sicrhau bod goroeswyr yn gallu cael help yn gynnar, yn Gymraeg neu yn Saesneg",
     "Mae'r rhan fwyaf o oroeswyr yn dweud wrth ffrind, meddyg teulu neu athro yn gyntaf. Byddwn yn hyfforddi "
     "600 o staff rheng flaen bob blwyddyn ac yn cynnig help yn iaith y goroeswr."),
    ("Dwyn cyflawnwyr i gyfrif a'u helpu i newid",
     "Byddwn yn gwneud gwell defnydd o'r gorchmynion amddiffyn newydd, ac yn cynnig rhaglen newid ymddygiad i "
     "bob cyflawnwr pan fydd ei bartner yn cytuno ei bod yn ddiogel gwneud hynny."),
    ("Cartref diogel i bob goroeswr sy'n gorfod gadael ei gartref",
     "Y llynedd gadawodd 97 o aelwydydd eu cartref oherwydd cam-drin. Byddwn yn ychwanegu wyth lle mewn lloches "
     "ac yn helpu mwy o oroeswyr i aros yn ddiogel yn eu cartref eu hunain pan fyddant yn dymuno gwneud hynny."),
]
NATIONAL_EN = ["Challenging public attitudes to violence against women, domestic abuse and sexual violence",
               "Helping children and young people understand healthy, equal relationships",
               "Increasing the focus on holding perpetrators to account",
               "Making early intervention and prevention a priority",
               "Training professionals to recognise and respond to abuse",
               "Giving survivors equal access to good quality, needs-led services"]
NATIONAL_CY = ["Herio agweddau'r cyhoedd tuag at drais yn erbyn menywod, cam-drin domestig a thrais rhywiol",
               "Helpu plant a phobl ifanc i ddeall perthnasoedd iach a chyfartal",
               "Rhoi mwy o sylw i ddwyn cyflawnwyr i gyfrif",
               "Rhoi blaenoriaeth i ymyrraeth gynnar ac atal",
               "Hyfforddi gweithwyr proffesiynol i adnabod cam-drin ac ymateb iddo",
               "Rhoi mynediad cyfartal i oroeswyr at wasanaethau da sy'n seiliedig ar angen"]


class Booklet:
    def __init__(self, path):
        self.c = make_canvas(path, TITLE, "Gelliwen VAWDASV Partnership Board", pagesize=A5)
        self.path = path

    def page(self, draw, *, upside_down: bool, folio: str | None):
        c = self.c
        c.saveState()
        if upside_down:  # the booklet's second half, printed from the back cover: turned through 180 degrees
            c.translate(W, H)
            c.rotate(180)
        draw(c)
        if folio:
            text(c, W / 2, 22, folio, "Sans", 7.5, "666666", anchor="center")
        c.restoreState()
        c.showPage()

    def close(self):
        self.c.save()
        common.normalise_pdf(self.path)
        return self.path


def writer(c, top=None):
    return Writer(c, 36, top or H - 48, W - 72, bottom=40, font="Sans", body_size=9, accent=ACC)


def cover(c, *, lang):
    box(c, 0, 0, W, H, "F6F1FA")
    box(c, 0, H - 250, W, 250, ACC)
    if lang == "cy":
        small, title, sub, note = ("Bwrdd Partneriaeth VAWDASV Gelliwen",
                                   "Strategaeth Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol",
                                   "Gelliwen 2027-2031",
                                   "Mae'r fersiwn Saesneg yng nghefn y ddogfen hon. Trowch y ddogfen drosodd.")
        other = "The English version is at the back of this document. Turn the document over."
    else:
        small, title, sub, note = ("Gelliwen VAWDASV Partnership Board",
                                   "Violence against Women, Domestic Abuse and Sexual Violence Strategy",
                                   "Gelliwen 2027-2031",
                                   "The Welsh version is at the back of this document. Turn the document over.")
        other = "Mae'r fersiwn Gymraeg yng nghefn y ddogfen hon. Trowch y ddogfen drosodd."
    text(c, 36, H - 60, small, "Sans-Bold", 10, "E7DAF2")
    para_at(c, title, 36, H - 80, W - 72, font="Sans-Bold", size=21, leading=25, color="FFFFFF")
    text(c, 36, H - 225, sub, "Sans", 16, "FFFFFF")
    para_at(c, note, 36, 150, W - 72, font="Sans-Bold", size=10, color=ACC)
    para_at(c, other, 36, 118, W - 72, font="Sans-Italic", size=9, color="555555")
    text(c, 36, 50, "Cyngor Bwrdeistref Sirol Gelliwen  \u2022  Gelliwen County Borough Council", "Sans", 8, "555555")


def context_cy(c):
    w = writer(c)
    w.heading("Rhagair", 15)
    w.para("Mae trais yn erbyn menywod, cam-drin domestig a thrais rhywiol yn effeithio ar filoedd o bobl yng "
           "Ngelliwen bob blwyddyn. Mae'r strategaeth hon yn nodi sut y bydd aelodau'r Bwrdd yn gweithio gyda'i "
           "gilydd dros y pedair blynedd nesaf.")
    w.para("Cynghorydd Eirlys Prydderch a Prif Uwch-arolygydd Owain Tudur, Cyd-gadeiryddion", font="Sans-Italic",
           size=8.5)
    w.heading("Ein cyd-destun", 12, before=6)
    w.bullets(["Cofnododd yr heddlu 3,418 o ddigwyddiadau cam-drin domestig yng Ngelliwen yn 2025-26",
               "Roedd 1 o bob 4 ohonynt yn ymwneud â dioddefwr a oedd wedi cysylltu â'r heddlu o'r blaen",
               "Mae 1 o bob 5 goroeswr a gefnogwyd gan ein gwasanaethau yn dewis cael help yn Gymraeg"], size=8.5)
    w.heading("Y strategaeth genedlaethol", 12, before=6)
    w.para("Mae Deddf Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol (Cymru) 2015 yn gofyn i bob "
           "awdurdod lleol a bwrdd iechyd gyhoeddi strategaeth leol. Mae gan strategaeth genedlaethol Llywodraeth "
           "Cymru chwe amcan:", size=8.5)
    w.bullets([f"{i}. {t}" for i, t in enumerate(NATIONAL_CY, 1)], bullet="", size=8.5, indent=4)


def priorities_cy(c):
    w = writer(c)
    w.heading("Ein blaenoriaethau", 15)
    w.para("Mae'r Bwrdd wedi cytuno ar bedair blaenoriaeth ar gyfer 2027 i 2031:", size=9)
    for i, (t, d) in enumerate(CY, 1):
        w.para(f"Blaenoriaeth {i}", font="Sans-Bold", size=8, color="8A6BAA", after=1)
        w.para(t, font="Sans-Bold", size=10.5, color=ACC, after=2)
        w.para(d, size=8.5, after=6)
    box(c, 36, 44, W - 72, 26, "EFE6F6")
    text(c, W / 2, 53, "Diwedd y fersiwn Gymraeg. Trowch y ddogfen drosodd am y fersiwn Saesneg.", "Sans-Italic",
         8, ACC, anchor="center")


def context_en(c):
    w = writer(c)
    w.heading("Foreword", 15)
    w.para("Violence against women, domestic abuse and sexual violence affect thousands of people in Gelliwen "
           "every year. This strategy sets out how the members of the Board will work together over the next four "
           "years.")
    w.para("Councillor Eirlys Prydderch and Chief Superintendent Owain Tudur, Joint Chairs", font="Sans-Italic",
           size=8.5)
    w.heading("Our context", 12, before=6)
    w.bullets(["The police recorded 3,418 domestic abuse incidents in Gelliwen in 2025-26",
               "1 in 4 involved a victim who had contacted the police before",
               "1 in 5 survivors supported by our services choose to get help in Welsh"], size=8.5)
    w.heading("The national strategy", 12, before=6)
    w.para("The Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015 requires every local "
           "authority and health board to publish a local strategy. The Welsh Government's national strategy has "
           "six objectives:", size=8.5)
    w.bullets([f"{i}. {t}" for i, t in enumerate(NATIONAL_EN, 1)], bullet="", size=8.5, indent=4)
    w.heading("Our last strategy", 12, before=6)
    w.para("Our 2022-2026 strategy had three priorities: prevention and early intervention, protecting people at "
           "risk, and support for survivors. The Police and Crime Commissioner's plan also makes tackling "
           "violence against women and girls one of its priorities.", size=8.5)


def priorities_en(c):
    w = writer(c)
    w.heading("Our priorities", 15)
    w.para("The Board has agreed four priorities for 2027 to 2031:", size=9)
    for i, (t, d) in enumerate(EN, 1):
        w.para(f"Priority {i}", font="Sans-Bold", size=8, color="8A6BAA", after=1)
        w.para(t, font="Sans-Bold", size=10.5, color=ACC, after=2)
        w.para(d, size=8.5, after=6)
    box(c, 36, 44, W - 72, 26, "EFE6F6")
    text(c, W / 2, 53, "End of the English version. Turn the document over for the Welsh version.", "Sans-Italic",
         8, ACC, anchor="center")


def finish(work, out):
    b = Booklet(out / f"{NAME}.pdf")
    b.page(lambda c: cover(c, lang="cy"), upside_down=False, folio=None)
    b.page(context_cy, upside_down=False, folio="Tudalen 2")
    b.page(priorities_cy, upside_down=False, folio="Tudalen 3")
    b.page(priorities_en, upside_down=True, folio="Page 3")
    b.page(context_en, upside_down=True, folio="Page 2")
    b.page(lambda c: cover(c, lang="en"), upside_down=True, folio=None)
    return [b.close()]
