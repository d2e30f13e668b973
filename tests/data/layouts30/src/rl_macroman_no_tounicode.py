"""Eskerby Police and Crime Plan 2026-2029, typeset as the Commissioner's office has done since 2009: the
Type 1 base fonts (Times, Helvetica) with /Encoding /MacRomanEncoding, not embedded and with no /ToUnicode map,
as Mac DTP software and Acrobat Distiller wrote them. The text must be decoded through the Mac Roman table:
curly quotes, en dashes and the pound sign have other byte values than in WinAnsi or Latin-1 (an en dash is
0xD0, a right quote 0xD5, the pound sign 0xA3 in both). No post-processing beyond pinning the metadata."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

import common
from kit30 import Doc, text

NAME = "macroman_no_tounicode_plan"
ACC = "1F3864"
PRI = ["Neighbourhood policing that is visible, local and responsive",
       "Putting victims first, from the first call to the court",
       "Cracking down on violence against women and girls",
       "Tackling rural and wildlife crime across the Eskerby Dales",
       "Safer roads, with fewer people killed or seriously injured"]
TITLE = "Eskerby Police and Crime Plan 2026-2029"


def fonts() -> None:
    for face in ["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica", "Helvetica-Bold"]:
        pdfmetrics.registerFont(pdfmetrics.Font(face + "-Mac", face, "MacRomanEncoding"))
    # the kit's table header asks for "<body font>-Bold"
    pdfmetrics.registerFont(pdfmetrics.Font("Times-Roman-Mac-Bold", "Times-Bold", "MacRomanEncoding"))
    addMapping("Times-Roman-Mac", 0, 0, "Times-Roman-Mac")
    addMapping("Times-Roman-Mac", 1, 0, "Times-Bold-Mac")
    addMapping("Times-Roman-Mac", 0, 1, "Times-Italic-Mac")
    addMapping("Times-Roman-Mac", 1, 1, "Times-BoldItalic-Mac")
    for solo in ["Helvetica-Bold-Mac", "Times-Roman-Mac-Bold"]:
        for b in (0, 1):
            for i in (0, 1):
                addMapping(solo, b, i, solo)


def finish(work: Path, out: Path) -> list[Path]:
    fonts()
    path = work / f"{NAME}.pdf"
    d = Doc(path, TITLE, "Office of the Police and Crime Commissioner for Eskerby", footer=TITLE, accent=ACC,
            font="Times-Roman-Mac")
    d.c.setCreator("QuarkXPress(R) 8.5")
    H = d.H

    def sans(w, s, size, color=ACC, after=6, before=6):
        w.space(before)
        w.para(s, font="Helvetica-Bold-Mac", size=size, color=color, leading=size * 1.2, after=after)

    w = d.writer(top=H - 150, size=11.5)
    sans(w, "Office of the Police and Crime Commissioner for Eskerby", 12, "666666")
    sans(w, "Police and Crime Plan 2026\u20132029", 30, after=24)
    sans(w, "Foreword from the Commissioner", 16)
    w.para("When I was elected in May I promised to listen. Over the summer I held 41 public meetings, from "
           "Eskerby\u2019s market square to the smallest villages in the Dales, and 5,800 people answered our "
           "survey. This plan is what you told me.")
    w.para("It sets my priorities for Eskerby Constabulary and for the services I commission. My budget for "
           "2026\u201327 is \u00a3214 million, of which \u00a36.1 million funds support for victims.")
    w.para("<i>Gareth Pemberton, Police and Crime Commissioner for Eskerby</i>", color="555555")
    d.next()
    w = d.writer(size=11.5)
    sans(w, "Eskerby today", 18)
    w.para("Eskerby is a large, mostly rural county of 540,000 people. Crime is lower than the national average, "
           "but residents\u2019 confidence in the police has fallen from 74% to 63% in three years, and "
           "rural communities say they rarely see an officer.")
    sans(w, "What you told us", 14)
    w.bullets(["\u201cI never see a police officer in my village\u201d", "Speeding and anti-social driving",
               "Women don\u2019t feel safe in the town centres at night"])
    sans(w, "The national picture", 14)
    w.para("The Home Secretary\u2019s Strategic Policing Requirement sets out national threats that every force "
           "must prepare for: terrorism, serious and organised crime, public disorder, civil emergencies, "
           "child sexual abuse, violence against women and girls, and national cyber incidents. These are "
           "national requirements, not the priorities of this plan.")
    sans(w, "My previous plan", 14)
    w.para("The 2021\u20132024 plan\u2019s priorities were \u2018preventing crime\u2019, \u2018protecting "
           "vulnerable people\u2019 and \u2018an efficient and effective police service\u2019. The annual "
           "report sets out what was achieved.")
    d.next()
    w = d.writer(size=11.5)
    sans(w, "My priorities", 20, after=8)
    w.para("These are the five priorities I will hold the Chief Constable to account for:", after=10)
    notes = ["Named officers for every ward and parish, and 60 more neighbourhood officers by 2028.",
             "A new victims\u2019 hub and a guarantee that every victim is kept informed.",
             "Domestic abuse, stalking and sexual offences investigated by specialist teams.",
             "A rural crime team in every district, and work with farmers, landowners and gamekeepers.",
             "Average speed cameras on the A68 and the A671, and a community speedwatch in every parish that "
             "wants one."]
    for i, (p, n) in enumerate(zip(PRI, notes), 1):
        sans(w, f"{i}. {p}", 13, before=2, after=3)
        w.para(n, after=8)
    sans(w, "My values", 14)
    w.para("Openness, fairness and value for money.")
    d.next()
    w = d.writer(size=11.5)
    sans(w, "Holding the police to account", 18)
    w.para("I will hold a public accountability meeting with the Chief Constable every quarter, and publish a "
           "performance report against each priority. The Police and Crime Panel scrutinises my decisions.")
    w.table([["Measure", "2025\u201326", "2028\u201329 aim"],
             ["Confidence in local policing", "63%", "75%"],
             ["Victims satisfied with being kept informed", "58%", "80%"],
             ["People killed or seriously injured on our roads", "312", "250"]], [280, 90, 110], head_bg=ACC)
    d.close()
    final = out / f"{NAME}.pdf"
    final.write_bytes(path.read_bytes())
    data = final.read_bytes()
    assert b"/ToUnicode" not in data and b"/MacRomanEncoding" in data and b"/FontFile" not in data
    return [final]
