"""Safer Vale / Bro Mwy Diogel: Vale of Glamorgan Community Safety Partnership Strategy 2024-2027.

HTML/CSS printed by Chromium.  BILINGUAL HEADINGS: every heading reads "Welsh / English"
("Ein blaenoriaethau / Our priorities"), the body is English with a shaded Welsh summary
box ("Crynodeb") on each page.  The priorities (p6) are a vertical LADDER: four circles
"01"-"04" on a line, each rung a small grey Welsh line above the English priority in bold.
"""
from __future__ import annotations

from pathlib import Path

from .kit import check_pages, html_pdf, trows, ul

OUT = "strategies/safer_vale_community_safety_partnership_strategy_2024-27.pdf"
CSS = """
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.45; color: #202020 }
.pg { padding: 26mm 20mm 20mm 20mm }
.top { position: absolute; top: 0; left: 0; right: 0; height: 12mm; background: linear-gradient(90deg, #0b7a75 0 60%, #e4572e 60% 100%) }
.fo { position: absolute; bottom: 9mm; left: 20mm; right: 20mm; font-size: 8pt; color: #555; border-top: 0.5pt solid #bbb; padding-top: 1.5mm; display: flex; justify-content: space-between }
h1 { font-size: 18pt; color: #0b7a75; margin: 0 0 5mm 0 } h1 .cy, h2 .cy { color: #e4572e; font-weight: normal }
h2 { font-size: 12pt; color: #0b7a75; margin: 5mm 0 2mm 0 }
p { margin: 0 0 3mm 0 }
.crynodeb { background: #fdeee8; border-left: 2mm solid #e4572e; padding: 3mm 4mm; margin: 5mm 0; font-size: 9pt; color: #4a2a20 }
.crynodeb b { display: block; color: #e4572e; margin-bottom: 1mm }
.ladder { position: relative; margin: 8mm 0 0 0; padding-left: 24mm }
.ladder::before { content: ''; position: absolute; left: 8.5mm; top: 6mm; bottom: 10mm; border-left: 1.5mm solid #0b7a75 }
.rung { position: relative; margin-bottom: 12mm; min-height: 18mm }
.rung .c { position: absolute; left: -24mm; top: 0; width: 18mm; height: 18mm; border-radius: 50%; background: #0b7a75; color: #fff; font-size: 14pt; font-weight: bold; text-align: center; line-height: 18mm }
.rung .w { font-size: 9pt; color: #7a7a7a; font-style: italic }
.rung .e { font-size: 14pt; font-weight: bold; line-height: 1.3; margin-top: 1mm }
table { border-collapse: collapse; width: 100%; font-size: 9pt } th { background: #0b7a75; color: #fff; text-align: left; padding: 1.8mm } td { border-bottom: 0.5pt solid #ccc; padding: 1.8mm; vertical-align: top }
.cv { background: #0b7a75; color: #fff; padding: 80mm 20mm 0 20mm } .cv .a { font-size: 30pt; font-weight: bold } .cv .b { font-size: 18pt; margin-top: 4mm } .cv .c2 { font-size: 18pt; color: #ffd4c4; margin-top: 2mm }
.stats { display: flex; gap: 5mm; margin: 3mm 0 } .stats div { flex: 1; background: #e6f3f2; padding: 3mm; font-size: 8.8pt } .stats b { display: block; font-size: 18pt; color: #0b7a75 }
.toc div { display: flex; justify-content: space-between; border-bottom: 0.5pt solid #cde5e3; padding: 2mm 0; font-size: 10.5pt }
"""

PRI = [("Mynd i'r afael ag ymddygiad gwrthgymdeithasol a throseddau cymdogaeth",
        "Tackling anti-social behaviour and neighbourhood crime"),
       ("Lleihau aildroseddu drwy reoli troseddwyr yn integredig",
        "Reducing reoffending through integrated offender management"),
       ("Lleihau niwed o gyffuriau ac alcohol", "Reducing harm from drugs and alcohol"),
       ("Mynd i'r afael â thrais yn erbyn menywod, cam-drin domestig a thrais rhywiol",
        "Tackling violence against women, domestic abuse and sexual violence")]


def pg(n, inner, summary):
    return (f"<section class='pg'><div class='top'></div>{inner}<div class='crynodeb' lang='cy'><b>Crynodeb</b>"
            f"{summary}</div><div class='fo'><span>Bro Mwy Diogel / Safer Vale</span><span>{n}</span></div></section>")


def h(cy, en, tag="h1"):
    return f"<{tag}><span class='cy' lang='cy'>{cy}</span> / {en}</{tag}>"


def pages():
    out = ["<section class='pg cv'><div class='a'>Bro Mwy Diogel</div><div class='a'>Safer Vale</div>"
           "<div class='b'>Strategaeth Partneriaeth Diogelwch Cymunedol Bro Morgannwg 2024–2027</div>"
           "<div class='c2'>Vale of Glamorgan Community Safety Partnership Strategy 2024–2027</div></section>"]
    toc = [("Cyflwyniad / Introduction", 3), ("Y Fro mewn ffigurau / The Vale in figures", 4),
           ("Beth ddywedoch chi / What you told us", 5), ("Ein blaenoriaethau / Our priorities", 6),
           ("Cyflawni / Delivery", 7), ("Mesur a llywodraethu / Measures and governance", 8)]
    out.append(pg(2, h("Cynnwys", "Contents") + "<div class='toc'>" + "".join(
        f"<div><span>{a}</span><span>{b}</span></div>" for a, b in toc) + "</div>",
        "Mae'r strategaeth hon ar gael yn Gymraeg ac yn Saesneg. Ceir crynodeb Cymraeg ar bob tudalen."))
    out.append(pg(3, h("Cyflwyniad", "Introduction") +
        "<p>The Vale of Glamorgan is one of the safest places in Wales, from Barry and Penarth to the rural "
        "villages of the western Vale. Safer Vale brings together the council, police, health, fire and rescue, "
        "probation and the voluntary sector to keep it that way.</p><p>This strategy sets out the partnership's "
        "priorities for 2024 to 2027. It was informed by our strategic assessment, a residents' survey and the "
        "views of young people gathered through the youth forum.</p><p>It is a short strategy: each priority has a "
        "delivery plan that is reviewed every year.</p>",
        "Mae Bro Morgannwg yn un o'r lleoedd mwyaf diogel yng Nghymru. Mae Bro Mwy Diogel yn dod â'r cyngor, yr "
        "heddlu, iechyd, tân ac achub, y gwasanaeth prawf a'r sector gwirfoddol at ei gilydd."))
    out.append(pg(4, h("Y Fro mewn ffigurau", "The Vale in figures") +
        "<div class='stats'><div><b>135,000</b>residents</div><div><b>4,700</b>anti-social behaviour incidents"
        "</div><div><b>52</b>people in the IOM cohort</div></div><p style='font-size:8pt;color:#777'>Illustrative "
        "figures.</p>" + h("Canfyddiadau allweddol", "Key findings", "h2") +
        ul(["Anti-social behaviour is concentrated in Barry town centre and on the seafront in summer",
            "A small IOM cohort accounts for a large share of acquisitive crime",
            "Alcohol is a factor in a third of violent incidents",
            "Domestic abuse is the most common form of violence reported"]),
        "Mae ymddygiad gwrthgymdeithasol wedi'i ganoli yng nghanol tref y Barri; mae carfan fach o droseddwyr yn "
        "gyfrifol am gyfran fawr o droseddau caffael."))
    out.append(pg(5, h("Beth ddywedoch chi", "What you told us") +
        "<p>1,240 people answered our survey (illustrative). The top concerns were anti-social behaviour, speeding, "
        "drug dealing and litter.</p>" + h("Blaenoriaethau 2021–2024", "Priorities 2021–2024", "h2") +
        ul(["Safer communities", "Protecting vulnerable people", "Substance misuse"]) +
        "<p>Speeding and litter are taken forward by the council's highways and neighbourhood services, not by this "
        "strategy.</p>",
        "Y prif bryderon oedd ymddygiad gwrthgymdeithasol, goryrru, gwerthu cyffuriau a sbwriel."))
    ladder = "<div class='ladder'>" + "".join(
        f"<div class='rung'><div class='c'>{k:02d}</div><div class='w' lang='cy'>{cy}</div>"
        f"<div class='e'>{en}</div></div>" for k, (cy, en) in enumerate(PRI, start=1)) + "</div>"
    out.append(pg(6, h("Ein blaenoriaethau", "Our priorities") +
        "<p>Safer Vale will focus on four priorities from 2024 to 2027.</p>" + ladder,
        "Bydd Bro Mwy Diogel yn canolbwyntio ar bedair blaenoriaeth rhwng 2024 a 2027."))
    out.append(pg(7, h("Cyflawni", "Delivery") + trows([["Theme", "Action", "Lead"],
        ["ASB", "Summer seafront plan for Barry Island", "Council"],
        ["Reoffending", "IOM hub with probation and housing", "Probation"],
        ["Substances", "Alcohol brief interventions at the emergency department", "Health board"],
        ["VAWDASV", "Ask and Act training for council staff", "Council"]]) +
        h("Cynllun yr Heddlu a Throseddu", "The Police and Crime Plan", "h2") +
        "<p>The Commissioner's six priorities are keeping our neighbourhoods safe; preventing violence and "
        "exploitation; putting victims first; cutting reoffending and the harm that drives it; protecting people "
        "from fraud and online harm; and a police service every community can trust.</p>",
        "Mae gan bob blaenoriaeth gynllun cyflawni blynyddol a phartner arweiniol."))
    out.append(pg(8, h("Mesur a llywodraethu", "Measures and governance") +
        ul(["Repeat victims of anti-social behaviour", "Proven reoffending of the IOM cohort",
            "Alcohol-related emergency attendances", "Domestic abuse repeat referrals"]) +
        "<p>The Safer Vale board meets quarterly and reports to the Vale of Glamorgan Public Services Board.</p>"
        + h("Cysylltu", "Contact", "h2") + "<p>safervale@valeofglamorgan.example · 01446 000000</p>",
        "Mae bwrdd Bro Mwy Diogel yn cyfarfod bob chwarter. Cysylltwch â ni yn Gymraeg neu yn Saesneg."))
    return out


def build(root: Path) -> Path:
    out = root / OUT
    html_pdf(out, "Safer Vale Community Safety Partnership Strategy 2024-2027", CSS, pages())
    check_pages(out, 8)
    return out
