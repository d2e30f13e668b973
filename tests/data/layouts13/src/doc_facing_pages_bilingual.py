"""Cynllun Heddlu a Throseddu Glanafon / Glanafon Police and Crime Plan 2026-2030 (Word -> LibreOffice PDF).
A Welsh Commissioner's bilingual plan laid out as FACING PAGES: after the bilingual cover, every Welsh page
(even page, "left") is followed by its English translation (odd page, "right"), so the Welsh and English
versions alternate page by page rather than coming as two blocks or two columns. The Welsh priorities are on
p4 ("Blaenoriaeth N: ..."), the English ones on p5 ("Priority N: ..."). Every page is its own Word section with
its own running header (language) and footer ("Tudalen N" / "Page N"). Distractors: the previous plan's three
priorities (p4/p5, bullets), the Welsh Commissioners' shared priorities and the Strategic Policing Requirement
(p6/p7), a bilingual measures table."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

import common
from docx_kit import (bullets, new_doc, new_section, para, set_footer, set_header, blank_header_footer, table)

NAME = "facing_pages_bilingual_plan"
ACC = "1E5B3A"
RED = "A3262A"
CY_T = "Cynllun Heddlu a Throseddu Glanafon 2026\u20132030"
EN_T = "Glanafon Police and Crime Plan 2026\u20132030"

PRI_CY = [("Cymunedau diogel ym mhob tref, pentref a chwm",
           "Byddwn yn cadw swyddogion cymdogaeth yn eu cymunedau, ac yn ailagor pwynt cyswllt ym mhob tref "
           "farchnad erbyn 2028."),
          ("Rhoi dioddefwyr a goroeswyr yn gyntaf",
           "Bydd pob dioddefwr yn cael cynnig cymorth o fewn dau ddiwrnod, yn Gymraeg neu yn Saesneg, a bydd y "
           "cymorth yn parhau cyhyd ag y mae ei angen."),
          ("Atal trais yn erbyn menywod a merched",
           "Byddwn yn ariannu gwaith atal mewn ysgolion ac yn sicrhau bod pob swyddog yn deall rheolaeth drwy "
           "orfodaeth a stelcio."),
          ("Heddlu y mae pobl yn ymddiried ynddo",
           "Byddwn yn cyhoeddi data stopio a chwilio bob chwarter ac yn gwrando ar y cymunedau sydd \u00e2'r "
           "lleiaf o ffydd yn yr heddlu.")]
PRI_EN = [("Safe communities in every town, village and valley",
           "We will keep neighbourhood officers in their communities, and reopen a contact point in every market "
           "town by 2028."),
          ("Putting victims and survivors first",
           "Every victim will be offered support within two days, in Welsh or in English, and the support will "
           "last for as long as it is needed."),
          ("Preventing violence against women and girls",
           "We will fund prevention work in schools and make sure that every officer understands coercive "
           "control and stalking."),
          ("A police service that people trust",
           "We will publish stop and search data every quarter and listen to the communities with the least "
           "confidence in the police.")]


def page(doc, lang, first=False):
    sec = doc.sections[0] if first else new_section(doc)
    if lang == "cy":
        set_header(sec, CY_T, right_text="Cymraeg", color=RED)
        set_footer(sec, "Comisiynydd Heddlu a Throseddu Glanafon", page_word="Tudalen ")
    else:
        set_header(sec, EN_T, right_text="English", color=ACC)
        set_footer(sec, "Glanafon Police and Crime Commissioner", page_word="Page ")
    return sec


def build(work: Path) -> Path:
    doc = new_doc(EN_T, "Swyddfa Comisiynydd Heddlu a Throseddu Glanafon / Office of the Glanafon Police and "
                  "Crime Commissioner", accent=ACC, heading_sizes=(20, 14, 12))
    blank_header_footer(doc.sections[0])
    # ------------------------------------------------------------ p1 bilingual cover
    para(doc, "Cynllun Heddlu a Throseddu Glanafon", size=28, color=RED, space_before=120, space_after=2)
    para(doc, "2026\u20132030", size=20, color=RED, space_after=30)
    para(doc, "Glanafon Police and Crime Plan", size=28, color=ACC, space_after=2)
    para(doc, "2026\u20132030", size=20, color=ACC, space_after=60)
    para(doc, "Elin Rhys-Howells", bold=True, size=13)
    para(doc, "Comisiynydd Heddlu a Throseddu Glanafon", size=12, color=RED, space_after=0)
    para(doc, "Glanafon Police and Crime Commissioner", size=12, color=ACC, space_after=60)
    para(doc, "Mae'r Gymraeg ar y tudalennau chwith a'r Saesneg ar y tudalennau de.", size=10.5, color=RED,
         space_after=0)
    para(doc, "Welsh is on the left-hand pages and English on the right-hand pages.", size=10.5, color=ACC)
    para(doc, "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.", size=9.5,
         color="595959", space_before=20)

    # ------------------------------------------------------------ p2 / p3 foreword
    page(doc, "cy")
    para(doc, "Rhagair", style="Heading 1")
    for t in [
        "Dyma fy nghynllun heddlu a throseddu cyntaf. Mae'n nodi'r hyn y byddaf yn ei ddisgwyl gan Heddlu "
        "Glanafon hyd at 2030, a sut y byddaf yn gwario'r arian a roddir i mi i gefnogi dioddefwyr ac i atal "
        "trosedd.",
        "Dros yr haf, atebodd 3,412 o bobl fy arolwg, a chyfarfûm \u00e2 grwpiau cymunedol ym mhob un o'r pedair "
        "sir. Dywedoch wrthyf eich bod eisiau gweld yr heddlu yn eich cymuned, bod angen gwell cefnogaeth ar "
        "ddioddefwyr, a bod menywod a merched yn dal i deimlo'n anniogel.",
        "Mae Glanafon yn ardal wledig yn bennaf, gyda threfi glan m\u00f4r prysur yn yr haf. Mae bron i hanner y "
        "boblogaeth yn siarad Cymraeg. Rhaid i'r heddlu allu gwasanaethu pawb yn yr iaith o'u dewis.",
        "Bydd y Prif Gwnstabl yn cyflawni'r cynllun hwn, a byddaf i yn ei dal i gyfrif yn gyhoeddus bob "
        "chwarter."]:
        para(doc, t)
    para(doc, "Elin Rhys-Howells", bold=True, space_before=10, space_after=0)
    para(doc, "Comisiynydd Heddlu a Throseddu Glanafon", color="595959")

    page(doc, "en")
    para(doc, "Foreword", style="Heading 1")
    for t in [
        "This is my first police and crime plan. It sets out what I will expect of Glanafon Police until 2030, "
        "and how I will spend the money I am given to support victims and to prevent crime.",
        "Over the summer, 3,412 people answered my survey, and I met community groups in every one of the four "
        "counties. You told me that you want to see the police in your community, that victims need better "
        "support, and that women and girls still feel unsafe.",
        "Glanafon is a mainly rural area, with seaside towns that are busy in the summer. Almost half of the "
        "population speak Welsh. The police must be able to serve everyone in the language of their choice.",
        "The Chief Constable will deliver this plan, and I will hold her to account in public every quarter."]:
        para(doc, t)
    para(doc, "Elin Rhys-Howells", bold=True, space_before=10, space_after=0)
    para(doc, "Glanafon Police and Crime Commissioner", color="595959")

    # ------------------------------------------------------------ p4 / p5 priorities
    page(doc, "cy")
    para(doc, "Fy mlaenoriaethau", style="Heading 1")
    para(doc, "Mae gan y cynllun hwn bedair blaenoriaeth ar gyfer 2026 i 2030:")
    for i, (t, d) in enumerate(PRI_CY, start=1):
        para(doc, f"Blaenoriaeth {i}: {t}", style="Heading 2")
        para(doc, d)
    para(doc, "Yr hyn sydd wedi newid", style="Heading 3")
    para(doc, "Roedd gan y cynllun blaenorol (2021\u20132025) dair blaenoriaeth:")
    bullets(doc, ["Lleihau aildroseddu", "Diogelu'r rhai mwyaf agored i niwed", "Cysylltu \u00e2 chymunedau"])

    page(doc, "en")
    para(doc, "My priorities", style="Heading 1")
    para(doc, "This plan has four priorities for 2026 to 2030:")
    for i, (t, d) in enumerate(PRI_EN, start=1):
        para(doc, f"Priority {i}: {t}", style="Heading 2")
        para(doc, d)
    para(doc, "What has changed", style="Heading 3")
    para(doc, "The previous plan (2021\u20132025) had three priorities:")
    bullets(doc, ["Reducing reoffending", "Protecting the most vulnerable", "Connecting with communities"])

    # ------------------------------------------------------------ p6 / p7 context and measures
    page(doc, "cy")
    para(doc, "Y cyd-destun cenedlaethol", style="Heading 1")
    para(doc, "Mae pedwar Comisiynydd Heddlu a Throseddu Cymru wedi cytuno ar flaenoriaethau a rennir ar gyfer "
              "plismona yng Nghymru yn 2026\u20132028:")
    bullets(doc, ["Mynd i'r afael \u00e2 thrais yn erbyn menywod a merched ledled Cymru",
                  "Cefnogi'r Gymraeg ym maes plismona", "Cyfiawnder ieuenctid sy'n rhoi plant yn gyntaf"])
    para(doc, "Rhaid i'r Prif Gwnstabl hefyd roi sylw i'r Gofyniad Plismona Strategol, sy'n nodi bygythiadau "
              "cenedlaethol fel terfysgaeth a throseddau difrifol a chyfundrefnol.")
    para(doc, "Mesur cynnydd", style="Heading 2")
    table(doc, ["Blaenoriaeth", "Mesur", "2025\u201326", "Nod 2030"],
          [["Cymunedau", "Pobl sy'n teimlo'n ddiogel yn eu hardal", "71%", "80%"],
           ["Dioddefwyr", "Dioddefwyr sy'n fodlon \u00e2'r gwasanaeth", "63%", "75%"],
           ["Menywod a merched", "Menywod sy'n teimlo'n ddiogel ar \u00f4l iddi dywyllu", "46%", "60%"],
           ["Ymddiriedaeth", "Pobl sy'n ymddiried yn yr heddlu", "68%", "75%"]],
          [3.4, 7.6, 2.5, 2.5], head_fill=RED, size=9.5)

    page(doc, "en")
    para(doc, "The national context", style="Heading 1")
    para(doc, "The four Police and Crime Commissioners in Wales have agreed shared priorities for policing in "
              "Wales for 2026\u20132028:")
    bullets(doc, ["Tackling violence against women and girls across Wales", "Supporting the Welsh language in "
                  "policing", "Youth justice that puts children first"])
    para(doc, "The Chief Constable must also have regard to the Strategic Policing Requirement, which sets out "
              "national threats such as terrorism and serious and organised crime.")
    para(doc, "Measuring progress", style="Heading 2")
    table(doc, ["Priority", "Measure", "2025\u201326", "2030 aim"],
          [["Communities", "People who feel safe in their area", "71%", "80%"],
           ["Victims", "Victims satisfied with the service", "63%", "75%"],
           ["Women and girls", "Women who feel safe after dark", "46%", "60%"],
           ["Trust", "People who trust the police", "68%", "75%"]],
          [3.4, 7.6, 2.5, 2.5], head_fill=ACC, size=9.5)
    para(doc, "Office of the Glanafon Police and Crime Commissioner, Plas yr Afon, Glanafon GA1 3CW. "
              "01632 960 588.", size=9.5, color="595959", space_before=12)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 7, common.pdf_pages(pdf)
    return [pdf]
