"""bilingual_welsh_first: a Welsh community safety plan published as one bilingual file, the complete Welsh
version first and the complete English version after it (same layout, same page order). Gold is the English
wording only."""
from __future__ import annotations

from pathlib import Path

import docx_kit as K

NAME = "bilingual_welsh_first"
TITLE = "Cwm Eryr Community Safety Plan 2025–2028 / Cynllun Diogelwch Cymunedol Cwm Eryr 2025–2028"
ACC = "A3262A"

CY = dict(
    header="Cynllun Diogelwch Cymunedol Cwm Eryr 2025–2028", page="Tudalen ",
    notice="Mae'r ddogfen hon ar gael yn Saesneg. This document is available in English (page 7).",
    foreword="Rhagair",
    fw=["Croeso i Gynllun Diogelwch Cymunedol Cwm Eryr ar gyfer 2025 i 2028.",
        "Mae'r cynllun hwn yn nodi sut y bydd partneriaid yn cydweithio i wneud Cwm Eryr yn lle mwy diogel i "
        "fyw, gweithio ac ymweld ag ef. Fe'i lluniwyd ar sail ein hasesiad strategol ac ar yr hyn a ddywedodd "
        "mwy na 600 o drigolion wrthym.",
        "Mae'r rhan fwyaf o bobl yng Nghwm Eryr yn teimlo'n ddiogel. Ond mae rhai pobl, a rhai cymunedau, yn "
        "profi niwed sy'n effeithio ar eu bywydau bob dydd. Mae'r cynllun hwn yn canolbwyntio ar y niwed "
        "hwnnw."],
    sign="Y Cynghorydd Elen Pritchard, Cadeirydd, Partneriaeth Cwm Eryr Diogelach",
    area="Ein hardal",
    area_t="Mae gan Gwm Eryr boblogaeth o 96,000. Mae tua chwarter y trigolion yn siarad Cymraeg. Mae'r rhan "
           "fwyaf o droseddau'n digwydd yn nhref Aberwen ac yn y cymoedd gogleddol.",
    told="Beth ddywedoch chi wrthym",
    told_l=["gwerthu a defnyddio cyffuriau yw'r pryder mwyaf", "mae ymddygiad gwrthgymdeithasol yn effeithio ar "
            "fywyd bob dydd", "mae menywod yn teimlo'n llai diogel yn y nos", "mae pobl eisiau gweld mwy o "
            "swyddogion yn eu cymuned"],
    prios_h="Ein blaenoriaethau",
    prios_intro="Mae'r bartneriaeth wedi cytuno ar bedair blaenoriaeth ar gyfer y tair blynedd nesaf.",
    label="Blaenoriaeth", we="Byddwn yn:",
    prios=[("Cadw pobl yn ddiogel rhag trais a cham-drin",
            "Cam-drin domestig yw bron i hanner y troseddau treisgar yng Nghwm Eryr.",
            ["cefnogi dioddefwyr cam-drin domestig drwy un pwynt cyswllt",
             "gweithio gydag ysgolion ar berthnasoedd iach",
             "defnyddio'r Ddyletswydd Trais Difrifol i dargedu'r mannau lle mae trais yn digwydd amlaf"]),
           ("Lleihau ymddygiad gwrthgymdeithasol a'i effaith ar gymunedau",
            "Ymddygiad gwrthgymdeithasol yw'r mater y mae trigolion yn ei godi amlaf.",
            ["rhoi enw cyswllt i bob dioddefwr ymddygiad gwrthgymdeithasol",
             "cynnal gweithgareddau i bobl ifanc gyda'r nos",
             "defnyddio pwerau gorfodi'n deg ac yn gyson"]),
           ("Atal y niwed a achosir gan gamddefnyddio sylweddau",
            "Bu farw 11 o bobl o wenwyno cyffuriau yng Nghwm Eryr yn 2024.",
            ["sicrhau bod naloxone ar gael ym mhob hostel",
             "cau cyfeiriadau a ddefnyddir i werthu cyffuriau",
             "cynyddu nifer y bobl sy'n dechrau triniaeth o'r ddalfa"]),
           ("Meithrin cymunedau diogel, cydlynus a gwydn",
            "Mae cymunedau cryf yn atal troseddu ac yn cefnogi dioddefwyr.",
            ["cefnogi grwpiau cymunedol a Gwarchod Cymdogaeth",
             "monitro tensiynau cymunedol ac ymateb yn gyflym",
             "annog pobl i roi gwybod am droseddau casineb"])],
    deliver="Cyflawni'r cynllun",
    deliver_t="Bydd bwrdd y bartneriaeth yn cyfarfod bob chwarter ac yn adrodd i'r Bwrdd Gwasanaethau "
              "Cyhoeddus. Mae'r cynllun yn cyfrannu at nodau llesiant Deddf Llesiant Cenedlaethau'r Dyfodol "
              "(Cymru) 2015:",
    goals=["Cymru lewyrchus", "Cymru gydnerth", "Cymru iachach", "Cymru sy'n fwy cyfartal",
           "Cymru o gymunedau cydlynus", "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu",
           "Cymru sy'n gyfrifol ar lefel fyd-eang"],
    pcc="Blaenoriaethau'r Comisiynydd Heddlu a Throseddu",
    pcc_l=["atal troseddu a niwed", "cefnogi dioddefwyr", "mynd i'r afael â thrais yn erbyn menywod a merched",
           "system cyfiawnder troseddol effeithiol"],
    measures="Sut y byddwn yn mesur cynnydd",
    mtab=(["Mesur", "Llinell sylfaen", "Cyfeiriad"],
          [["Achosion MARAC sy'n ailadrodd", "29%", "Lleihau"],
           ["Digwyddiadau ymddygiad gwrthgymdeithasol", "2,840", "Lleihau"],
           ["Pobl mewn triniaeth", "412", "Cynyddu"]]),
)

EN = dict(
    header="Cwm Eryr Community Safety Plan 2025–2028", page="Page ",
    notice="This document is available in Welsh (page 2). Mae'r ddogfen hon ar gael yn Gymraeg.",
    foreword="Foreword",
    fw=["Welcome to the Cwm Eryr Community Safety Plan for 2025 to 2028.",
        "This plan sets out how partners will work together to make Cwm Eryr a safer place to live, work and "
        "visit. It is based on our strategic assessment and on what more than 600 residents told us.",
        "Most people in Cwm Eryr feel safe. But some people, and some communities, experience harm that affects "
        "their everyday lives. This plan focuses on that harm."],
    sign="Councillor Elen Pritchard, Chair, Safer Cwm Eryr Partnership",
    area="Our area",
    area_t="Cwm Eryr has a population of 96,000. About a quarter of residents speak Welsh. Most crime happens in "
           "the town of Aberwen and in the northern valleys.",
    told="What you told us",
    told_l=["drug dealing and drug use are the biggest concern", "anti-social behaviour affects everyday life",
            "women feel less safe at night", "people want to see more officers in their community"],
    prios_h="Our priorities",
    prios_intro="The partnership has agreed four priorities for the next three years.",
    label="Priority", we="We will:",
    prios=[("Keeping people safe from violence and abuse",
            "Domestic abuse accounts for almost half of violent crime in Cwm Eryr.",
            ["support victims of domestic abuse through a single point of contact",
             "work with schools on healthy relationships",
             "use the Serious Violence Duty to target the places where violence happens most often"]),
           ("Reducing anti-social behaviour and its impact on communities",
            "Anti-social behaviour is the issue residents raise most often.",
            ["give every victim of anti-social behaviour a named contact",
             "run evening activities for young people",
             "use enforcement powers fairly and consistently"]),
           ("Preventing the harm caused by substance misuse",
            "Eleven people died from drug poisoning in Cwm Eryr in 2024.",
            ["make sure naloxone is available in every hostel", "close addresses used to deal drugs",
             "increase the number of people starting treatment from custody"]),
           ("Building safe, cohesive and resilient communities",
            "Strong communities prevent crime and support victims.",
            ["support community groups and Neighbourhood Watch",
             "monitor community tensions and respond quickly",
             "encourage people to report hate crime"])],
    deliver="Delivering the plan",
    deliver_t="The partnership board will meet every quarter and report to the Public Services Board. The plan "
              "contributes to the well-being goals of the Well-being of Future Generations (Wales) Act 2015:",
    goals=["A prosperous Wales", "A resilient Wales", "A healthier Wales", "A more equal Wales",
           "A Wales of cohesive communities", "A Wales of vibrant culture and thriving Welsh language",
           "A globally responsible Wales"],
    pcc="The Police and Crime Commissioner's priorities",
    pcc_l=["preventing crime and harm", "supporting victims", "tackling violence against women and girls",
           "an effective criminal justice system"],
    measures="How we will measure progress",
    mtab=(["Measure", "Baseline", "Direction"],
          [["Repeat MARAC cases", "29%", "Reduce"], ["Anti-social behaviour incidents", "2,840", "Reduce"],
           ["People in treatment", "412", "Increase"]]),
)


def _half(doc, L, *, first_section):
    sec = K.new_section(doc)
    K.set_header(sec, L["header"], color=ACC)
    K.set_footer(sec, "", page_word=L["page"], center=True)
    # page 1 of the half: foreword
    K.para(doc, L["notice"], italic=True, size=9, color="595959")
    doc.add_heading(L["foreword"], level=1)
    for t in L["fw"]:
        K.para(doc, t)
    K.para(doc, L["sign"], italic=True)
    K.page_break(doc)
    # page 2: area + what you told us
    doc.add_heading(L["area"], level=1)
    K.para(doc, L["area_t"])
    doc.add_heading(L["told"], level=2)
    K.bullets(doc, L["told_l"])
    doc.add_heading(L["measures"], level=2)
    K.table(doc, L["mtab"][0], L["mtab"][1], [8.5, 4, 4], head_fill=ACC)
    K.page_break(doc)
    # pages 3-4: priorities, two a page
    doc.add_heading(L["prios_h"], level=1)
    K.para(doc, L["prios_intro"])
    for i, (name, why, wewill) in enumerate(L["prios"], start=1):
        if i == 3:
            K.page_break(doc)
        doc.add_heading(f"{L['label']} {i}: {name}", level=2)
        K.para(doc, why)
        K.para(doc, L["we"], bold=True, space_after=2)
        K.bullets(doc, wewill)
    K.page_break(doc)
    # page 5: delivery
    doc.add_heading(L["deliver"], level=1)
    K.para(doc, L["deliver_t"])
    K.bullets(doc, L["goals"])
    doc.add_heading(L["pcc"], level=2)
    K.bullets(doc, L["pcc_l"])


def build(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Cyngor Sir Cwm Eryr / Cwm Eryr County Council", accent=ACC, size=11.5,
                    heading_sizes=(20, 14, 12))
    sec = doc.sections[0]
    K.blank_header_footer(sec)
    K.para(doc, "", space_after=80)
    K.para(doc, "Partneriaeth Cwm Eryr Diogelach", size=14, color="7F7F7F", space_after=0)
    K.para(doc, "Safer Cwm Eryr Partnership", size=14, color="7F7F7F", space_after=30)
    K.para(doc, "Cynllun Diogelwch Cymunedol 2025–2028", bold=True, size=28, color=ACC, space_after=6)
    K.para(doc, "Community Safety Plan 2025–2028", bold=True, size=28, color="404040", space_after=60)
    K.para(doc, "Cymraeg: tudalen 2 · English: page 7", size=12)
    _half(doc, CY, first_section=True)
    _half(doc, EN, first_section=False)
    sec = K.new_section(doc)
    K.blank_header_footer(sec)
    K.para(doc, "", space_after=200)
    K.para(doc, "Cysylltwch â ni / Contact us", bold=True, size=16, color=ACC, align="center")
    K.para(doc, "diogelwch.cymunedol@cwmeryr.example.gov.wales · 01632 961 200", align="center")
    K.para(doc, "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.", align="center",
           italic=True, size=10)
    path = work / f"{NAME}.docx"
    doc.save(path)
    return path
