"""Marlbeck Violence Against Women and Girls Strategy 2027-2030, partner draft v1.2 with the OPCC's review
comments in it (Word, published as .docx only). Two things are new:
  * comment THREADS as Word 365 saves them: comments.xml plus commentsExtended.xml (replies linked by
    w15:paraIdParent, two threads RESOLVED with w15:done="1"), commentsIds.xml, commentsExtensible.xml and
    people.xml. The comments quote other wordings: "Can we say 'reduce' here?", a proposed fifth priority
    ("Tackling online abuse and image-based abuse"), the 2022 wording of a priority. One comment's range starts
    in the middle of priority 2 and ends inside priority 3's description;
  * no heading styles at all: every heading is a Normal paragraph made bold 16 pt (sections) or bold 14 pt
    (the four priorities) by direct formatting. The principles on p2 are bold 14 pt Normal paragraphs too,
    and the 2022-2025 priorities are in prose on p4.
Gold: the four bold 14 pt paragraphs under "Our priorities" (p3)."""
from __future__ import annotations

from pathlib import Path

import kit28 as k
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "comment_threads_resolved_vawg"
ACC = "5B2C6F"
OPCC = ("Helen Achterberg (OPCC)", "HA")
AUTH = ("Sian Morcombe", "SM")
CHAIR = ("Cllr Dev Rathore", "DR")


def head(doc, text, size=16):
    return para(doc, text, bold=True, size=size, color=ACC, space_before=14, space_after=6, keep_next=True)


def heading_xml(inner: str, size: float = 14) -> str:
    """A direct-formatted 'heading': Normal style, bold, coloured, 14 pt; inner is runs XML."""
    return k.p(inner, ppr='<w:keepNext/><w:spacing w:before="240" w:after="80"/>',
               mark=f'<w:b/><w:color w:val="{ACC}"/><w:sz w:val="{int(size * 2)}"/>')


def hr(text: str, size: float = 14) -> str:
    return k.r(text, k.rpr(bold=True, color=ACC, size=size))


def build(work: Path) -> Path:
    doc = new_doc("Marlbeck VAWG Strategy 2027-2030 (partner draft v1.2)", "Sian Morcombe", font="Arial",
                  accent=ACC, heading_sizes=(16, 14, 12))
    sec = doc.sections[0]
    set_header(sec, "Partner draft v1.2 - with OPCC review comments", color="7F7F7F")
    set_footer(sec, "Marlbeck Community Safety Partnership - VAWG Strategy 2027-2030")
    cm = k.Comments(doc)
    # ---- p1
    para(doc, "Marlbeck Community Safety Partnership", size=13, color="595959", space_before=110)
    para(doc, "Violence Against Women and Girls Strategy 2027-2030", bold=True, size=26, color=ACC)
    para(doc, "Partner draft v1.2, returned with comments by the Office of the Police and Crime Commissioner, "
              "14 October 2026", size=11, color="595959", space_before=14)
    para(doc, "Open the Comments pane to see the review threads. Resolved threads are kept for the record.",
         italic=True, size=10, color="595959", space_before=30)
    page_break(doc)
    # ---- p2
    head(doc, "Foreword")
    para(doc, "Every woman and girl in Marlbeck should be safe, and feel safe, at home, at school, at work, on "
              "the street and online. This strategy is our shared promise to make that true, written with "
              "the women and girls who told us what needs to change.")
    para(doc, "Cllr Dev Rathore, Chair, Marlbeck Community Safety Partnership", italic=True, size=10)
    head(doc, "The national picture")
    para(doc, "The Government's Tackling Violence Against Women and Girls Strategy is built on prioritising "
              "prevention, supporting victims, pursuing perpetrators and a stronger system. Violence against "
              "women and girls is also a national policing priority in the Strategic Policing Requirement.")
    head(doc, "What women and girls told us")
    bullets(doc, ["Two in three had changed their route home to avoid a place where they felt unsafe.",
                  "Young women said online abuse follows them from school into their bedrooms.",
                  "Survivors waited up to 14 weeks for counselling in 2025-26."])
    head(doc, "How we will work")
    para(doc, "Survivors' voices shape every service", bold=True, size=14, color=ACC, space_before=6)
    para(doc, "A survivors' panel will review each service we commission, every year.")
    para(doc, "Everyone's business, not one agency's", bold=True, size=14, color=ACC, space_before=6)
    para(doc, "Schools, employers, licensed premises and transport operators all have a part to play.")
    page_break(doc)
    # ---- p3: the priorities, direct formatting only, with comment threads
    head(doc, "Our priorities")
    c1 = cm.add(*OPCC, "2026-10-14T09:12:00Z", "Can we say 'reduce' here? 'Preventing' is hard to measure.",
                done=True)
    c1a = cm.add(*AUTH, "2026-10-15T11:40:00Z", "We would rather keep 'preventing': it is the word survivors "
                                                "used. We have added a measure on p4.", parent=c1, done=True)
    cm.add(*OPCC, "2026-10-16T08:05:00Z", "Fine, agreed. Resolving.", parent=c1, done=True)
    c2 = cm.add(*OPCC, "2026-10-14T09:20:00Z", "Should online harm be a priority of its own? Suggest a fifth: "
                                               "'Tackling online abuse and image-based abuse'.")
    cm.add(*CHAIR, "2026-10-17T16:02:00Z", "No: the board agreed four. Online abuse is in priority 2 and the "
                                           "schools work.", parent=c2)
    c3 = cm.add(*OPCC, "2026-10-14T09:31:00Z", "The 2022 strategy said 'Support for victims'. Is the change "
                                               "deliberate?", done=True)
    cm.add(*AUTH, "2026-10-15T11:44:00Z", "Yes: survivors asked us to use 'survivors' and 'specialist'.",
           parent=c3, done=True)
    c4 = cm.add(*AUTH, "2026-10-15T11:50:00Z", "Add 'and changing their behaviour'? The perpetrator programme "
                                               "is the biggest new investment.")
    cm.add(*OPCC, "2026-10-16T08:09:00Z", "Yes please, done in this version.", parent=c4)
    replies = {c1: [c1 + 1, c1 + 2], c2: [c2 + 1], c3: [c3 + 1], c4: [c4 + 1]}

    def start(c):
        return "".join(k.Comments.start(x) for x in [c] + replies[c])

    def end(c):
        return "".join(k.Comments.end(x) for x in [c] + replies[c])

    para(doc, "The partnership board agreed four priorities on 30 September 2026. Each priority has a lead "
              "and a delivery group, and each is followed here by what we will do first.")
    k.add(doc, heading_xml(start(c1) + hr("Preventing violence against women and girls before it starts")
                           + end(c1)))
    k.add(doc, k.p(k.r("We will fund healthy relationships education in every Marlbeck secondary school and "
                       "train licensed premises, taxi drivers and bus staff to spot and stop harassment.")))
    k.add(doc, heading_xml(hr("Women and girls feel and are safer in public ") + start(c2)
                           + hr("spaces and online")))
    k.add(doc, k.p(k.r("We will improve lighting and CCTV on the six routes women named as the least safe, and "
                       "work with schools and the police on image-based abuse.")))
    k.add(doc, heading_xml(start(c3) + hr("Survivors get specialist support that meets their needs") + end(c3)))
    k.add(doc, k.p(k.r("We will cut the wait for counselling to six weeks, ") + end(c2)
                   + k.r("fund a by-and-for service for Black and minoritised women, and keep the independent "
                         "sexual violence adviser service at full strength.")))
    k.add(doc, heading_xml(hr("Holding perpetrators to account ") + start(c4)
                           + hr("and changing their behaviour") + end(c4)))
    k.add(doc, k.p(k.r("We will double places on the behaviour change programme and make sure every stalking "
                       "protection order application is considered.")))
    page_break(doc)
    # ---- p4
    head(doc, "How we will know we are making a difference")
    table(doc, ["Measure", "2025-26", "Target 2029-30"],
          [["Women who feel safe walking alone after dark", "41%", "60%"],
           ["Weeks waited for counselling", "14", "6"],
           ["Pupils reached by healthy relationships education", "2,300", "7,500"],
           ["Completions of the behaviour change programme", "38", "80"]],
          [10.0, 3.0, 3.4], head_fill=ACC)
    head(doc, "Looking back")
    para(doc, "Our 2022-2025 strategy had three priorities: support for victims, safer night-time streets, and "
              "earlier help for children living with domestic abuse. Its evaluation is published separately.")
    head(doc, "Governance")
    para(doc, "The VAWG delivery group reports to the Marlbeck Community Safety Partnership every quarter and to "
              "the Police and Crime Commissioner's VAWG board twice a year.")
    cm.finish()
    return k.save(doc, work, NAME)


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    return k.publish(work, out, NAME)
