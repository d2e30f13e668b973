"""Skelbrook Violence Against Women and Girls Strategy 2026-2029 (Word, published as .docx only). No paragraph
uses a Heading style: every paragraph is "Normal". The author made the headings by DIRECT FORMATTING (bold, size,
colour set on the runs) and gave them PARAGRAPH OUTLINE LEVELS (w:outlineLvl in the paragraph's own pPr), so
they still show in Word's navigation pane: sections at level 1 (outlineLvl 0), sub-headings at level 2
(outlineLvl 1), "What we will do" at level 3. The four priorities are level-2 paragraphs under "Our priorities"
(p3). Level-2 paragraphs with exactly the same formatting also hold what women and girls told us (p2), the
national strategy's four areas (p2) and the partnership's principles (p4). One priority heading is split into
runs with different direct formatting, a bookmark and a language tag, as pasted text often is. A typed contents
list (no field) names only the sections."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

import common
from docx_kit import new_doc, page_break, para, set_footer, table

NAME = "outline_levels_direct_format_vawg"
ACC = "6B2C6E"
PRI = ["Women and girls feel safe and are safe on Skelbrook's streets, in its parks and on public transport",
       "Every survivor of sexual violence gets specialist support within two weeks of asking for it",
       "Young people learn about healthy relationships, consent and online safety in every school",
       "Men who harm women and girls are identified early and made to change or face the consequences"]


def outline(p, level: int) -> None:
    ppr = p._p.get_or_add_pPr()
    ol = OxmlElement("w:outlineLvl")
    ol.set(qn("w:val"), str(level))
    # CT_PPr order: ... spacing, ind, ..., jc, ..., outlineLvl comes after jc/textAlignment
    ppr.append(ol)


def heading(doc, text: str, level: int):
    size, color, before = {0: (16, ACC, 14), 1: (12.5, ACC, 10), 2: (11, "404040", 6)}[level]
    p = para(doc, text, bold=True, size=size, color=color, space_before=before, space_after=4, keep_next=True)
    outline(p, level)
    return p


def split_heading(doc, parts: list[tuple[str, dict]], level: int = 1):
    """A heading pasted from elsewhere: several runs with their own direct formatting and a bookmark."""
    p = para(doc, "", space_before=10, space_after=4, keep_next=True)
    p.runs[0]._r.getparent().remove(p.runs[0]._r) if p.runs else None
    for i, (t, extra) in enumerate(parts):
        if i == 1:
            bs = OxmlElement("w:bookmarkStart")
            bs.set(qn("w:id"), "3")
            bs.set(qn("w:name"), "_Hlk207193344")
            p._p.append(bs)
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(12.5)
        r.font.color.rgb = RGBColor.from_string(ACC)
        if extra.get("lang"):
            rpr = r._r.get_or_add_rPr()
            lang = OxmlElement("w:lang")
            lang.set(qn("w:val"), extra["lang"])
            rpr.append(lang)
        if extra.get("font"):
            r.font.name = extra["font"]
        if i == 1:
            be = OxmlElement("w:bookmarkEnd")
            be.set(qn("w:id"), "3")
            p._p.append(be)
    outline(p, level)
    return p


def build(work: Path) -> Path:
    doc = new_doc("Skelbrook VAWG Strategy 2026-2029", "Safer Skelbrook Partnership", accent=ACC)
    set_footer(doc.sections[0], "Skelbrook VAWG Strategy 2026-2029")
    # ---- p1: cover and contents
    p = para(doc, "Skelbrook Violence Against Women and Girls Strategy", bold=True, size=26, color=ACC,
             space_before=120)
    outline(p, 0)
    para(doc, "2026 to 2029", size=18, color=ACC)
    para(doc, "Safer Skelbrook Partnership and the Skelbrook Domestic Abuse and VAWG Board", size=12,
         color="595959", space_before=12)
    para(doc, "Contents", bold=True, size=12, space_before=60)
    for t in ["Foreword", "What women and girls told us", "The national picture", "Our priorities",
              "How we will work", "Measuring progress"]:
        para(doc, t, space_after=2)
    page_break(doc)
    # ---- p2: foreword, findings, national
    heading(doc, "Foreword", 0)
    para(doc, "Violence against women and girls is not inevitable. In Skelbrook, one in three women who answered "
              "our survey said they had changed how they travel at night because they did not feel safe. This "
              "strategy sets out what the partnership will do about that, and about the abuse that happens "
              "behind closed doors.")
    para(doc, "Councillor Aisling Fernleigh, Chair of the Safer Skelbrook Partnership", italic=True, color="595959")
    heading(doc, "What women and girls told us", 0)
    para(doc, "Our 2025 survey had 2,214 responses, and we held eleven listening sessions. Three themes came "
              "through most strongly.")
    heading(doc, "Harassment in public places is an everyday experience", 1)
    para(doc, "Sixty-two per cent of women aged 16 to 24 had been harassed in the street in the last year.")
    heading(doc, "Services are hard to find and waiting lists are long", 1)
    para(doc, "Survivors waited an average of eleven weeks for counselling after a sexual assault.")
    heading(doc, "Boys and young men need to be part of the answer", 1)
    para(doc, "Teachers asked for help to respond to misogyny they see online and in class.")
    heading(doc, "The national picture", 0)
    para(doc, "The Government's Tackling Violence Against Women and Girls Strategy groups its work in four areas. "
              "We use them to check that our plan is complete:")
    for t in ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators",
              "Strengthening the system"]:
        heading(doc, t, 1)
    page_break(doc)
    # ---- p3: priorities
    heading(doc, "Our priorities", 0)
    para(doc, "The board has agreed four priorities for the next three years. They answer what women and girls "
              "told us, and each has a lead partner.")
    heading(doc, PRI[0], 1)
    para(doc, "Lead: Skelbrook Borough Council. We will extend the Safe Space scheme to forty venues and train "
              "bus and taxi drivers.")
    split_heading(doc, [("Every survivor of sexual violence gets ", {}),
                        ("specialist support", {"lang": "en-US"}),
                        (" within two weeks of asking for it", {"font": "Calibri"})])
    para(doc, "Lead: Skelbrook Rape Crisis. We will commission a single waiting list across the three counselling "
              "providers.")
    heading(doc, "What we will do", 2)
    para(doc, "Publish waiting times every quarter; fund two more independent sexual violence advisers.")
    heading(doc, PRI[2], 1)
    para(doc, "Lead: Skelbrook Education Partnership. Every secondary school will have a trained lead by 2027.")
    heading(doc, PRI[3], 1)
    para(doc, "Lead: Skelbrook Police. We will expand the behaviour change programme and use Stalking Protection "
              "Orders more often.")
    page_break(doc)
    # ---- p4: principles, measures
    heading(doc, "How we will work", 0)
    para(doc, "Three principles guide everything in this strategy:")
    for t, d in [("Listening to survivors", "Survivors sit on the board and review every new service."),
                 ("Challenging the attitudes that allow abuse", "We will call out misogyny wherever it happens."),
                 ("Working as one system", "One referral form and one data-sharing agreement across partners.")]:
        heading(doc, t, 1)
        para(doc, d)
    heading(doc, "Measuring progress", 0)
    table(doc, ["Measure", "2025", "Target 2029"],
          [["Women who feel safe walking alone after dark", "41%", "55%"],
           ["Average wait for sexual violence counselling", "11 weeks", "2 weeks"],
           ["Schools with a trained healthy relationships lead", "9 of 22", "22 of 22"]],
          [10.0, 3.0, 3.4], head_fill=ACC)
    para(doc, "")
    para(doc, "Our previous strategy (2022-2025) had two priorities: domestic abuse, and the night-time economy. "
              "Domestic abuse now has its own Skelbrook Domestic Abuse Strategy 2025-2028.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    return [docx]
