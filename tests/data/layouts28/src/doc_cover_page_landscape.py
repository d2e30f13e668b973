"""Greyhithe Police and Crime Plan 2027-2031, a first draft on the OPCC's Word template (published as .docx
only). What the template brings:
  * a COVER PAGE building block (a block-level w:sdt with w:docPartObj/w:docPartGallery "Cover Pages") whose
    Title, Subtitle, Abstract and Publish Date are content controls bound to the document and cover-page
    properties; the abstract summarises the plan and names the 2021-2025 plan's priorities; the cover ends with
    its own page break inside the control;
  * running header and footer text ("OFFICIAL - DRAFT", the template version);
  * a TABLE OF CONTENTS field with Word's cached entries (Heading 1 only) on p2, with the foreword;
  * the priorities in a LANDSCAPE SECTION (p4, between new-page section breaks: sectPr in the last paragraph of
    the portrait section before it and of the landscape section itself): a table "Priority | What I will do |
    Who leads | How we will know", the priority in bold in column 1.
Distractors: p3 the 2021-2025 plan's four priorities (bullets) and the Strategic Policing Requirement's
national threats; p5 the Chief Constable's operational priorities as a numbered list and the Commissioner's
values. Gold: the five rows of the landscape table (p4)."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Cm

import kit28 as k
from docx_kit import bullets, new_doc, new_section, para, set_footer, set_header, table

NAME = "cover_page_landscape_table_plan"
ACC = "1F3864"
ROWS = [
    ("Neighbourhood policing you can see and reach",
     "Restore a named team to each of the 14 neighbourhoods; answer 101 calls within five minutes",
     "Chief Constable", "Calls answered in 5 minutes; confidence in local policing"),
    ("Tackling violence against women and girls",
     "Fund the night-time safety partnership; a specialist rape and serious sexual offences team",
     "Chief Constable and OPCC", "Charge rate for rape; women's feeling of safety after dark"),
    ("Safer roads on the A-road network and in our villages",
     "Average speed cameras on three routes; community speed watch in every parish that asks",
     "Roads policing and the road safety partnership", "People killed or seriously injured"),
    ("Putting victims first, from the first call to the court",
     "A single victims' hub; every victim offered a needs assessment within 48 hours",
     "OPCC commissioning", "Victim satisfaction; Victims' Code compliance"),
    ("Cutting reoffending by the people who cause most harm",
     "Integrated offender management for the 150 most prolific offenders; housing and treatment on release",
     "Probation and police", "Proven reoffending by the managed cohort"),
]
SECTIONS = [("Foreword", 2), ("Greyhithe today", 3), ("My priorities", 4), ("Delivering the plan", 5)]


def cover(title: str, subtitle: str, abstract: str, date: str) -> str:
    core = ('w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' xmlns:ns1=\'http://schemas.openxml'
            'formats.org/package/2006/metadata/core-properties\'"')
    cpp = ('w:prefixMappings="xmlns:ns0=\'http://schemas.microsoft.com/office/2006/coverPageProps\'" '
           'w:storeItemID="{55AF091B-3C7A-41E3-B477-F2FDAA23CFDA}"')

    def ctl(alias, tag, cid, text, size, color, bind, bold=False):
        props = k.rpr(bold=bold, size=size, color=color)
        return (f'<w:p><w:pPr><w:spacing w:after="240"/></w:pPr><w:sdt><w:sdtPr>{props}<w:alias w:val="{alias}"/>'
                f'<w:tag w:val="{tag}"/><w:id w:val="{cid}"/>{bind}<w:text/></w:sdtPr><w:sdtContent>'
                f'{k.r(text, props)}</w:sdtContent></w:sdt></w:p>')
    body = ('<w:p><w:pPr><w:spacing w:before="2400" w:after="120"/></w:pPr>'
            + k.r("Office of the Police and Crime Commissioner for Greyhithe", k.rpr(size=13, color="595959"))
            + "</w:p>"
            + ctl("Title", "", 1901, title, 30, ACC, f'<w:dataBinding {core} w:xpath="/ns1:coreProperties[1]/ns0:title[1]" '
                  f'w:storeItemID="{{6C3C8BC8-F283-45AE-878A-BAB7291924A1}}"/>', bold=True)
            + ctl("Subtitle", "", 1902, subtitle, 16, "595959", f'<w:dataBinding {core} w:xpath="/ns1:coreProperties[1]/ns0:subject[1]" '
                  f'w:storeItemID="{{6C3C8BC8-F283-45AE-878A-BAB7291924A1}}"/>')
            + ctl("Abstract", "", 1903, abstract, 11, "404040",
                  f'<w:dataBinding {cpp} w:xpath="/ns0:CoverPageProperties[1]/ns0:Abstract[1]"/>')
            + ctl("Publish Date", "", 1904, date, 11, "595959",
                  f'<w:dataBinding {cpp} w:xpath="/ns0:CoverPageProperties[1]/ns0:PublishDate[1]"/>')
            + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    return (f'<w:sdt {k.NS}><w:sdtPr><w:id w:val="1900"/><w:docPartObj><w:docPartGallery w:val="Cover Pages"/>'
            f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>')


def toc() -> list[str]:
    out = []
    for i, (title, page) in enumerate(SECTIONS):
        bm = f"_Toc1834{i + 1:05d}"
        first = "" if i else ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                              ' TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar '
                              'w:fldCharType="separate"/></w:r>')
        link = (f'<w:hyperlink w:anchor="{bm}" w:history="1">{k.r(title)}<w:r><w:tab/></w:r>'
                + k.field(f"PAGEREF {bm} \\h", k.r(str(page))) + "</w:hyperlink>")
        last = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(SECTIONS) - 1 else ""
        out.append(k.p(first + link + last, ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs>'
                                               '<w:spacing w:after="80"/>'))
    return out


def h1(doc, text: str, i: int):
    h = doc.add_heading("", level=1)
    bm = f"_Toc1834{i:05d}"
    h._p.append(k.parse_xml(f'<w:bookmarkStart {k.NS} w:id="{80 + i}" w:name="{bm}"/>'))
    h.add_run(text)
    h._p.append(k.parse_xml(f'<w:bookmarkEnd {k.NS} w:id="{80 + i}"/>'))
    return h


def build(work: Path) -> Path:
    title = "Police and Crime Plan 2027-2031"
    doc = new_doc(title, "Greyhithe OPCC", font="Arial", accent=ACC, heading_sizes=(16, 13, 11.5))
    doc.core_properties.subject = "First draft for the Police and Crime Panel"
    sec = doc.sections[0]
    set_header(sec, "OFFICIAL - DRAFT", color="C00000", bold=True, right_text="Greyhithe OPCC template v4.2")
    set_footer(sec, "Greyhithe Police and Crime Plan 2027-2031 - draft 1")
    # ---- p1: the cover page building block
    k.add(doc, cover(title, "First draft for the Police and Crime Panel",
                     "This draft plan sets out my priorities for policing and community safety in Greyhithe for "
                     "2027 to 2031. It replaces the 2021-2025 plan, whose priorities were visible policing, "
                     "protecting the vulnerable, and value for money.", "6 November 2026"))
    # ---- p2: contents and foreword
    para(doc, "Contents", bold=True, size=16, color=ACC)
    for x in toc():
        k.add(doc, x)
    h1(doc, "Foreword", 1)
    para(doc, "When I was elected in May, I promised to listen before I wrote this plan. More than 3,800 people "
              "took part in the survey and 22 public meetings. This draft is what I heard, and I want to hear "
              "from you again before it is final.")
    para(doc, "Alexandra Penhaligon, Police and Crime Commissioner for Greyhithe", italic=True, size=10)
    doc.add_page_break()
    # ---- p3: context and the old plan
    h1(doc, "Greyhithe today", 2)
    para(doc, "Greyhithe Constabulary polices 910,000 people across two cities, four market towns and a large "
              "rural area. Recorded crime fell 3% last year, but confidence in local policing fell further.")
    para(doc, "The 2021-2025 plan had four priorities:", space_before=6)
    bullets(doc, ["Visible policing in every community", "Protecting vulnerable people",
                  "Tackling serious and organised crime", "Value for money"])
    para(doc, "The Strategic Policing Requirement sets the national threats every force must plan for: violence "
              "against women and girls, terrorism, serious and organised crime, national cyber incidents, child "
              "sexual abuse, public disorder and civil emergencies.", space_before=6)
    # new-page section break to the landscape section (sectPr in this paragraph's pPr)
    lsec = new_section(doc, landscape=True)
    # ---- p4: the landscape section with the priorities table
    h1(doc, "My priorities", 3)
    para(doc, "I have five priorities for 2027 to 2031. The Chief Constable will set out how the force delivers "
              "them, and the table shows who leads each one.")
    table(doc, ["Priority", "What I will do", "Who leads", "How we will know"],
              [list(r) for r in ROWS], [6.2, 9.0, 4.6, 5.9], head_fill=ACC, size=9.5, bold_first_col=True,
              zebra="EEF2F8")
    # back to portrait
    psec = new_section(doc)
    psec.page_width, psec.page_height = Cm(21.0), Cm(29.7)
    # ---- p5
    h1(doc, "Delivering the plan", 4)
    para(doc, "The Chief Constable's operational priorities for 2027-28 support this plan:")
    for i, t_ in enumerate(["Answering calls for help quickly", "Bringing more offenders to justice",
                            "Protecting children from exploitation", "A healthy, well-led workforce"], 1):
        para(doc, f"{i}.\t{t_}", indent_cm=0.8)
    para(doc, "My values", bold=True, size=13, color=ACC, space_before=10)
    bullets(doc, ["Listen first", "Be open about what works and what does not", "Spend every pound carefully"])
    para(doc, "The Police and Crime Panel will scrutinise this plan on 27 November 2026. I will publish the final "
              "plan by 31 March 2027, with a performance report every quarter.")
    return k.save(doc, work, NAME)


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    return k.publish(work, out, NAME)
