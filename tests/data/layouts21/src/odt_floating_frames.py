"""floating_frames_serious_violence.pdf: the Tressington Serious Violence Partnership's strategy 2026-2029, a
LibreOffice Writer document (flat ODT, written here as XML) printed to PDF by Writer.

Each priority is stated only in a floating **frame** (draw:frame with a text box) anchored to the paragraph that
explains it, placed at the right edge with the body text running round it on the left. The frames carry a
kicker ("Priority 1") and the priority; the body paragraph beside it never repeats the priority's wording. The
same frame design holds three "Key fact" statistics on page 2 and a young person's quote on page 3. Gold is the
four priority frames on page 3.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import common

NAME = "floating_frames_serious_violence"
TITLE = "Tressington Serious Violence Strategy 2026-2029"
PRIORITIES = [
    ("Preventing violence among children and young people aged 10 to 24",
     "Half of the people injured with a knife in Tressington last year were under 25, and most of those who "
     "carried one told youth workers they did so because they were afraid. We will put trusted adults where young "
     "people are: in the emergency department at weekends, in the custody suite and in the three schools with the "
     "highest exclusion rates. Every child excluded from school will be offered a mentor within a week, and the "
     "youth service will open on Friday and Saturday evenings in Harbourside and Wickham Park."),
    ("Reducing violence in and around the night-time economy",
     "A third of violence with injury happens between 10 pm and 4 am, within half a mile of the High Street and "
     "the station. Licensing, the police, the ambulance service and the street pastors already work together on "
     "busy nights; the strategy makes this a year-round operation with a shared tasking meeting, taxi marshals on "
     "every Friday and Saturday, and training in bystander intervention for door staff and bar staff."),
    ("Disrupting drug markets and the violence linked to them",
     "Most of the serious violence between adults in the district is linked to the supply of crack cocaine and "
     "heroin. Closing the county lines that run into Tressington from the cities also protects the children they "
     "exploit. The police will lead, with housing providers acting quickly on cuckooing and the treatment service "
     "offering a way out to people who buy and sell to fund their own use."),
    ("Supporting victims of violence to recover and stay safe",
     "People who have been hurt once are far more likely to be hurt again, and some go on to retaliate. Every "
     "victim of serious violence seen at Tressington General Hospital will be offered a violence intervention "
     "worker before they leave, and families bereaved by violence will have a named contact in the council. The "
     "Victim Support contract is being extended to cover people injured in the night-time economy."),
]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')
STYLES = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.18cm" fo:line-height="118%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
 <style:style style:name="H1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="#7a1f2b"/></style:style>
 <style:style style:name="H1Page" style:family="paragraph" style:parent-style-name="H1">
  <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"/></style:style>
 <style:style style:name="H2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#333333"/></style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="4cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#7a1f2b"/></style:style>
 <style:style style:name="Sub" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="2cm"/>
  <style:text-properties fo:font-size="14pt" fo:color="#555555"/></style:style>
 <style:style style:name="Bullet" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:text-properties fo:font-size="8pt" fo:color="#666666"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Kicker" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  <style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#ffffff" fo:letter-spacing="0.03cm"/></style:style>
 <style:style style:name="FrameText" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="112%"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="FrameSmall" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="112%"/>
  <style:text-properties fo:font-size="10pt" fo:color="#ffffff"/></style:style>
 <style:style style:name="frP" style:family="graphic">
  <style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false"
   style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph"
   draw:fill="solid" draw:fill-color="#7a1f2b" fo:background-color="#7a1f2b" fo:border="none" style:shadow="none"
   fo:padding="0.3cm" fo:margin-left="0.45cm" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="frK" style:family="graphic">
  <style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false"
   style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph"
   draw:fill="solid" draw:fill-color="#4d4d4d" fo:background-color="#4d4d4d" fo:border="none" style:shadow="none"
   fo:padding="0.3cm" fo:margin-left="0.45cm" fo:margin-bottom="0.2cm"/></style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm"
   fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">Tressington Serious Violence Strategy 2026-2029 – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def p(text: str, style: str = "Body", inner: str = "") -> str:
    return f'<text:p text:style-name="{style}">{inner}{escape(text)}</text:p>'


def frame(n: int, style: str, kicker: str, body: str, body_style: str = "FrameText", width="6.4cm") -> str:
    return (f'<draw:frame draw:style-name="{style}" draw:name="Frame{n}" text:anchor-type="paragraph" '
            f'svg:width="{width}" draw:z-index="{n}"><draw:text-box fo:min-height="1cm">'
            f'<text:p text:style-name="Kicker">{escape(kicker)}</text:p>'
            f'<text:p text:style-name="{body_style}">{escape(body)}</text:p></draw:text-box></draw:frame>')


def fodt() -> str:
    b: list[str] = []
    b.append(p(TITLE, "Title"))
    b.append(p("Tressington Serious Violence Partnership \u2013 our strategy under the Serious Violence Duty", "Sub"))
    b.append(p("Foreword", "H2"))
    b.append(p("Serious violence is rare in Tressington, but when it happens it changes lives: the person hurt, their "
               "family, the young person who carried the knife, and the street where it happened. This strategy is "
               "the partnership's first under the Serious Violence Duty. It is built on our strategic needs "
               "assessment and on what more than 300 young people, parents and professionals told us in the autumn."))
    b.append(p("Councillor Miriam Oduya, Chair, Tressington Serious Violence Partnership"))
    b.append(p("About this strategy", "H2"))
    b.append(p("The Serious Violence Duty requires the council, the police, the fire and rescue service, the "
               "integrated care board, the youth justice service and the probation service to work together to "
               "prevent and reduce serious violence. In Tressington we define serious violence as homicide, violence "
               "with injury, knife and weapon offences, and robbery, in public places."))

    b.append(p("Understanding violence in Tressington", "H1Page"))
    facts = [("KEY FACT", "412 violence with injury offences in public places in 2025, down 6% on 2024"),
             ("KEY FACT", "49% of people injured with a knife were aged under 25"),
             ("KEY FACT", "One in three offences happen between 10 pm and 4 am")]
    texts = [
        "Our strategic needs assessment looked at five years of police, hospital, ambulance and youth justice data. "
        "Violence with injury in public places has fallen slightly since 2023, but knife offences have not, and "
        "both victims and suspects are getting younger. The hospital's data shows assaults that were never reported "
        "to the police, most of them on Friday and Saturday nights.",
        "The needs assessment found that violence is concentrated: two wards, Harbourside and Wickham Park, account "
        "for 38% of offences, and a small number of people are involved again and again, as victims and as "
        "suspects. Exclusion from school, a parent in prison and going missing from home were the most common "
        "experiences among the young people involved.",
        "The night-time economy is the other clear pattern. Most violence with injury between adults happens late "
        "at night, close to the High Street, and involves alcohol. The partnership also heard from residents that "
        "fear of violence stops them using the town centre in the evening.",
    ]
    for i, ((k, f), t) in enumerate(zip(facts, texts), start=1):
        b.append(f'<text:p text:style-name="Body">{frame(10 + i, "frK", k, f, "FrameSmall", "5.2cm")}{escape(t)}</text:p>')
    b.append(p("What we found", "H2"))
    for i, s in enumerate(["Violence is concentrated in two wards and in a small group of people.",
                           "Knife carrying is driven by fear more than by status.",
                           "Most adult violence outside the night-time economy is linked to drug markets.",
                           "Victims are rarely offered support unless they report to the police."], start=1):
        b.append(p(f"{i}.\u2002{s}", "Bullet"))

    b.append(p("Our priorities", "H1Page"))
    b.append(p("The partnership agreed four priorities in March 2026. They replace the 2022 strategy's two "
               "areas of focus, knife crime and the night-time economy, which were agreed before the Duty and "
               "before we had a needs assessment. Each priority has a lead partner, who reports to the partnership "
               "every quarter."))
    for i, (prio, expl) in enumerate(PRIORITIES, start=1):
        b.append(f'<text:p text:style-name="Body">{frame(i, "frP", f"PRIORITY {i}", prio)}{escape(expl)}</text:p>')

    b.append(p("How we will know we are making a difference", "H1Page"))
    for s in ["Fewer hospital admissions for assault with a sharp object among under-25s",
              "Fewer violence with injury offences in the night-time economy",
              "More victims of serious violence taking up support",
              "Fewer young people telling the school survey they have carried a knife"]:
        b.append(p(f"\u2022\u2002{s}", "Bullet"))
    b.append(p("How we work", "H2"))
    b.append(f'<text:p text:style-name="Body">{frame(20, "frK", "WHAT YOUNG PEOPLE TOLD US", chr(8220) + "If there was somewhere to go on a Friday night that was not the park, most of us would go there." + chr(8221), "FrameSmall", "5.2cm")}'
             + escape("Young people's views shaped all four priorities. The youth council ran its own survey in the "
                      "three secondary schools and presented the results to the partnership in January. We will go "
                      "back to the youth council every year to ask whether the priorities still reflect what young "
                      "people see and feel, and the youth council will sit on the delivery group.") + "</text:p>")
    b.append(p("Our principles are to use evidence, to listen to young people, to treat violence as preventable, "
               "and to share information lawfully and quickly. The partnership reports to the Tressington Community "
               "Safety Partnership and to the Ockenden Police and Crime Commissioner, whose Police and Crime Plan "
               "priorities include reducing serious violence and tackling drugs and county lines."))
    b.append(p("Governance", "H2"))
    b.append(p("The Serious Violence Partnership meets every quarter, chaired by the council's Cabinet Member for "
               "Communities. A delivery group meets monthly. The strategy will be refreshed when the needs "
               "assessment is updated in 2027."))
    body = "\n".join(b)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f'<office:meta><dc:title>{escape(TITLE)}</dc:title><meta:initial-creator>Tressington District Council'
            f'</meta:initial-creator><meta:creation-date>2026-06-15T09:00:00</meta:creation-date>'
            f'<dc:date>2026-06-15T09:00:00</dc:date></office:meta>\n'
            f'{STYLES}<office:body><office:text>\n{body}\n</office:text></office:body></office:document>\n')


def sources(work: Path) -> list[Path]:
    path = work / f"{NAME}.fodt"
    path.write_text(fodt(), encoding="utf-8")
    return [path]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 4, common.pdf_pages(pdf)
    return [pdf]
