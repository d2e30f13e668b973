"""Yarnwick Reducing Reoffending Strategy 2027-2030, the board's draft (Word, published as .docx only). Each
priority is a Heading 2 paragraph joined to the paragraph after it by Word's STYLE SEPARATOR (Ctrl+Alt+Enter):
the heading's paragraph mark is hidden with w:vanish + w:specVanish, so Word shows and prints the heading and
its description as one run-in paragraph ("A home to go to on release. We will ..."), while the navigation pane
and the table of contents see only the heading. The heading text ends with a full stop.
Distractors: p1's TOC field (cached entries: the section headings and the five priorities, with page numbers);
p2's principles are bold run-ins typed at the start of Normal paragraphs, which print exactly like the
priorities; p4 lists the seven national reducing reoffending pathways and the 2023-2026 strategy's priorities.
Gold: the five Heading 2 paragraphs (p3), without their final full stop."""
from __future__ import annotations

from pathlib import Path

import kit28 as k
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header

NAME = "style_separator_runin_reoffending"
ACC = "7A3E00"
PRIORITIES = [
    ("A home to go to on release", "We will make sure nobody leaves HMP Yarnwick without somewhere to sleep "
     "that night, through the duty to refer and six more move-on flats."),
    ("Treatment that starts in prison and carries on outside", "Every person released with a drug or alcohol "
     "need will have a treatment appointment booked before the gate opens."),
    ("Work, training and a bank account for people leaving custody", "The employment hub will open in the "
     "town centre, with Jobcentre Plus and the prison's education provider."),
    ("A women's pathway that keeps mothers and children together", "We will expand the women's centre and use "
     "community sentences with treatment requirements wherever a court will accept them."),
    ("Fewer young adults aged 18 to 25 coming back into custody", "A transition worker will follow each young "
     "adult from the youth justice service to probation."),
]
SECTIONS = [("1. About this strategy", 2), ("2. How we will work", 2), ("3. Our priorities", 3),
            ("4. The national picture", 4), ("5. Measures and governance", 4)]


def toc() -> str:
    """A TOC field with Word's cached result: one paragraph per entry, the field begin in the first and the end
    in the last; entries are hyperlinks with PAGEREF page numbers. The priorities are level 2 entries."""
    entries = []
    n = 0
    for title, page in SECTIONS:
        entries.append((title, page, 1))
        if title.startswith("3."):
            entries += [(t + ".", 3, 2) for t, _ in PRIORITIES]
    out = []
    for i, (title, page, lvl) in enumerate(entries):
        n += 1
        bm = f"_Toc1829{n:05d}"
        first = k.r("") if i else (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                                   f'xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                                   f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        link = (f'<w:hyperlink w:anchor="{bm}" w:history="1">{k.r(title)}<w:r><w:tab/></w:r>'
                + k.field(f"PAGEREF {bm} \\h", k.r(str(page))) + "</w:hyperlink>")
        last = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(entries) - 1 else ""
        out.append(k.p(first + link + last, style=f"TOC{lvl}",
                       ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs>'))
    return out


def build(work: Path) -> Path:
    doc = new_doc("Yarnwick Reducing Reoffending Strategy 2027-2030 (draft)", "Lorna Fitzsimmons", font="Arial",
                  accent=ACC, heading_sizes=(16, 12, 11.5))
    st = doc.styles
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm
    for lvl in (1, 2):
        s = st.add_style(f"TOC {lvl}", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = st["Normal"]
        s.paragraph_format.left_indent = Cm(0.6 * (lvl - 1))
        s.element.set(k.qn("w:styleId"), f"TOC{lvl}")
    sec = doc.sections[0]
    set_header(sec, "Yarnwick Reducing Reoffending Board - draft for partners", color="7F7F7F")
    set_footer(sec, "Yarnwick Reducing Reoffending Strategy 2027-2030")
    # ---- p1: title and contents
    para(doc, "Yarnwick Reducing Reoffending Board", size=13, color="595959", space_before=60)
    para(doc, "Reducing Reoffending Strategy 2027-2030", size=26, color=ACC)
    para(doc, "Draft v0.9 for partners and the Office of the Police and Crime Commissioner, October 2026",
         size=11, color="595959", space_before=10, space_after=24)
    para(doc, "Contents", bold=True, size=14, color=ACC)
    for x in toc():
        k.add(doc, x)
    page_break(doc)
    # ---- p2
    doc.add_heading("1. About this strategy", level=1)
    para(doc, "Yarnwick has a resettlement prison, HMP Yarnwick, and about 1,100 people on probation. Almost "
              "half of proven reoffending in the district is by people released from short sentences.")
    doc.add_heading("2. How we will work", level=1)
    for lead, rest in (("Relationships first.", " People change through trusted relationships, so we will keep "
                                                 "the same worker with a person for as long as we can."),
                       ("One plan, not five.", " Partners will share one resettlement plan for each person."),
                       ("Evidence and lived experience.", " A peer panel of people with convictions will review "
                                                          "our work every year.")):
        para(doc, "", runs=[(lead, True), (rest, False)])
    page_break(doc)
    # ---- p3: the priorities, each a Heading 2 run into its description by a style separator
    doc.add_heading("3. Our priorities", level=1)
    para(doc, "The board agreed five priorities. Each is followed by the first thing we will do.")
    for i, (title, body) in enumerate(PRIORITIES):
        bm = f"_Toc1829{4 + i:05d}"
        k.add(doc, k.p(f'<w:bookmarkStart w:id="{40 + i}" w:name="{bm}"/>{k.r(title + ".")}'
                       f'<w:bookmarkEnd w:id="{40 + i}"/>', style="Heading2",
                       mark="<w:vanish/><w:specVanish/>"))
        k.add(doc, k.p(k.r(" " + body), ppr='<w:spacing w:after="160"/>'))
    page_break(doc)
    # ---- p4
    doc.add_heading("4. The national picture", level=1)
    para(doc, "The national reducing reoffending plan is organised around seven pathways:")
    bullets(doc, ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                  "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    para(doc, "Our 2023-2026 strategy had four priorities: accommodation, employment, women, and prolific "
              "acquisitive offending. All but the last are carried into this strategy.")
    doc.add_heading("5. Measures and governance", level=1)
    para(doc, "The board will track proven reoffending, settled accommodation on release, treatment starts within "
              "three weeks of release and employment six weeks after release, and will report every six months "
              "to the Police and Crime Commissioner.")
    return k.save(doc, work, NAME)


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    return k.publish(work, out, NAME)
