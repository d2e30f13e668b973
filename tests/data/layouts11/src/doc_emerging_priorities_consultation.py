"""Tollerbridge Community Safety Strategy 2027-2030, CONSULTATION DRAFT (Word, published as its LibreOffice
PDF, 5 pages). The strategy's priorities are still "emerging priorities": each is a Heading 2 "Emerging priority
N: <wording>" followed by why, what we would do, and a shaded one-cell table holding a consultation question
("Question N: Do you agree with this priority?") with tick boxes. Distractors: the strategic assessment's six
numbered key findings (p2), the current 2024-2027 strategy's priorities (p2), the issues considered but NOT
proposed (p5), a fifth question ("Is there anything missing?"), and a "What happens next" timetable."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, cell_margins, cell_text, new_doc, page_break, para, set_footer, shade, table

NAME = "emerging_priorities_consultation_csp"
ACC = "8A3B12"
TITLE = "Tollerbridge Community Safety Strategy 2027-2030: consultation draft"
PRI = [
    ("Safer town centres in Tollerbridge and Hythe Cross",
     "Two in five of all anti-social behaviour reports and a third of violent crime in the borough happen in the "
     "two town centres, mostly on Friday and Saturday evenings.",
     ["A town centre partnership officer for each centre", "Better lighting and CCTV in the bus interchanges",
      "A Business Crime Reduction Partnership for shop workers"]),
    ("Protecting children and young adults from exploitation and knife crime",
     "Knife crime involving under-25s rose by 27% in 2025. Youth workers tell us that children as young as 12 are "
     "being groomed to carry drugs for lines running from outside the borough.",
     ["Detached youth work in the four wards with most incidents", "Knife-crime education in every secondary school",
      "A joint exploitation panel for children and young adults"]),
    ("A better response to repeat victims of anti-social behaviour",
     "One in five people who report anti-social behaviour report it again within three months. Many told us "
     "that they were passed between the council, the police and their landlord.",
     ["A single case worker for every repeat victim", "Use of the Community Trigger explained on every report"]),
    ("Reducing domestic abuse, including abuse of older people",
     "Domestic abuse is the largest single cause of repeat calls to the police in Tollerbridge. Abuse of people "
     "over 65 is rarely reported and often hidden within families.",
     ["Domestic abuse champions in GP practices and pharmacies", "Training for home care workers"]),
]
SCALE = "\u2610 Strongly agree   \u2610 Agree   \u2610 Neither agree nor disagree   \u2610 Disagree   " \
        "\u2610 Strongly disagree"


def question_box(doc, n: int, ask: str, *, scale=True):
    t = doc.add_table(rows=1, cols=1)
    cell = t.rows[0].cells[0]
    lines = [f"Question {n}: {ask}"] + ([SCALE] if scale else []) + [
        "Please tell us why:" if scale else "Please tell us what, and why:", "_" * 70]
    cell_text(cell, lines, size=10)
    cell.paragraphs[0].runs[0].bold = True
    shade(cell, "F6E7DC")
    cell_margins(t, 120, 120, 160, 160)
    para(doc, "", space_after=2)


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Tollerbridge Community Safety Partnership", accent=ACC, heading_sizes=(17, 13, 11))
    set_footer(doc.sections[0], "Tollerbridge Community Safety Strategy 2027-2030 \u2013 consultation draft")
    # ------------------------------------------------------------ p1 cover
    para(doc, "DRAFT FOR CONSULTATION", bold=True, size=13, color="C00000", space_before=120)
    para(doc, "Tollerbridge Community Safety Strategy", size=28, color=ACC, space_before=12)
    para(doc, "2027\u20132030", size=22, color=ACC)
    para(doc, "Tollerbridge Community Safety Partnership", size=13, color="595959", space_before=18)
    para(doc, "The consultation is open from 1 August to 26 September 2026. Have your say at "
              "www.tollerbridge.example.gov.uk/safer or on the paper form in any Tollerbridge library.",
         size=11, color="595959", space_before=150)
    page_break(doc)
    # ------------------------------------------------------------ p2
    doc.add_heading("Introduction", level=1)
    para(doc, "The Tollerbridge Community Safety Partnership brings together the borough council, Tollerbridge "
              "Police, the fire and rescue service, Probation and the Integrated Care Board. The law requires "
              "us to assess crime and disorder every year and to publish a plan to reduce it.")
    para(doc, "This is a draft. We have not yet decided our priorities, and we want your views before we do. "
              "After each emerging priority there is a question for you to answer.")
    doc.add_heading("What the strategic assessment told us", level=1)
    para(doc, "Our 2025 strategic assessment looked at crime, anti-social behaviour and demand on services over "
              "three years. Its key findings were:")
    for i, f in enumerate(["Shoplifting rose by 31%, and violence against shop workers by 18%.",
                           "Anti-social behaviour is concentrated in the two town centres and three estates.",
                           "Knife crime involving people under 25 rose by 27%.",
                           "Domestic abuse accounts for one in six of all crimes recorded.",
                           "Reports of fly-tipping doubled, but most are on private land.",
                           "Residents' feeling of safety after dark fell from 58% to 49%."], 1):
        para(doc, f"{i}.\t{f}", indent_cm=0.6, space_after=3)
    doc.add_heading("Our current strategy", level=2)
    para(doc, "The 2024-2027 strategy had three priorities: reducing violent crime, tackling anti-social "
              "behaviour, and supporting vulnerable people. The new strategy will replace it in April 2027.")
    page_break(doc)
    # ------------------------------------------------------------ p3-4 the emerging priorities
    doc.add_heading("Our emerging priorities", level=1)
    para(doc, "The Partnership Board has agreed four emerging priorities for consultation. If residents support "
              "them, they will become the priorities of the final strategy.")
    for i, (name, why, do) in enumerate(PRI, 1):
        if i == 3:
            page_break(doc)
        doc.add_heading(f"Emerging priority {i}: {name}", level=2)
        para(doc, why)
        para(doc, "What we would do:", bold=True, space_after=2)
        bullets(doc, do)
        question_box(doc, i, "Do you agree with this priority?")
    page_break(doc)
    # ------------------------------------------------------------ p5
    doc.add_heading("Issues we considered", level=1)
    para(doc, "The strategic assessment found other problems that matter to residents. We are not proposing them "
              "as priorities, because another partnership leads on them or because they are better tackled "
              "through the council's day-to-day services:")
    table(doc, ["Issue", "Why it is not an emerging priority"],
          [["Road safety and speeding", "Led by the Tollerbridge Road Safety Partnership"],
           ["Fly-tipping", "Handled by the council's environmental enforcement team"],
           ["Fraud and scams", "Led by Action Fraud and the Police economic crime unit"]],
          [5.5, 11.0], head_fill=ACC)
    para(doc, "", space_after=2)
    question_box(doc, 5, "Is there anything missing from our emerging priorities?", scale=False)
    doc.add_heading("What happens next", level=1)
    table(doc, ["When", "What"],
          [["26 September 2026", "Consultation closes"],
           ["November 2026", "We publish what you told us"],
           ["January 2027", "The Partnership Board agrees the final priorities"],
           ["April 2027", "The strategy starts"]],
          [5.5, 11.0], head_fill=ACC)
    para(doc, "If you need this document in another format or language, call 01632 960 418.", space_before=8)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [pdf]
