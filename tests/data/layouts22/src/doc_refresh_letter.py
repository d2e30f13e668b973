"""Tansworth Combating Drugs Partnership: a strategy refresh letter to partners (Word, published as its
LibreOffice PDF only, 2 pages).

The letter says the priorities "remain as in the 2025 strategy, with one change", and describes the change on
p1, quoting both the retired 2025 wording and the new wording of Priority 3 in a sentence. Only on p2, after
"For clarity, the partnership's priorities for 2026-27 are therefore:", are all five current priorities listed
(a typed-number list, gold). So the new Priority 3 wording is printed on p1 (in the change paragraph) and on p2
(in the list); the four unchanged priorities are printed only on p2. Other lists: From Harm to Hope's three
strategic priorities (p1, in a sentence), three decisions of the meeting (p1), enclosures (p2)."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import new_doc, numbered, para, set_footer, table

NAME = "refresh_letter_one_change_drugs"
ACC = "0B5563"
TITLE = "Tansworth Drug and Alcohol Strategy 2025-2028: annual refresh letter"
OLD3 = "Reduce drug-related deaths"
NEW3 = "Prevent drug and alcohol deaths, including suicide, among people who use substances"
PRIORITIES = [
    "Break the supply of drugs into Tansworth and the exploitation that comes with it",
    "Get more people into treatment and keep them there",
    NEW3,
    "Help people in recovery into settled housing, work and family life",
    "Stop young people from starting to use drugs and alcohol harmfully",
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Tansworth Combating Drugs Partnership", accent=ACC, size=10.5, margins_cm=2.3)
    set_footer(doc.sections[0], "Tansworth Combating Drugs Partnership  \u2022  c/o Tansworth Council, Market "
                                "Hall, Tansworth TW1 4AB  \u2022  ", page_word="Page ")
    para(doc, "Tansworth Combating Drugs Partnership", bold=True, size=15, color=ACC, align="right", space_after=0)
    para(doc, "c/o Public Health, Tansworth Council", size=9.5, align="right", space_after=0)
    para(doc, "Market Hall, Tansworth TW1 4AB", size=9.5, align="right", space_after=0)
    para(doc, "cdp@tansworth.gov.uk (fictional)  \u2022  01632 960418", size=9.5, align="right", space_after=18)
    para(doc, "1 July 2026", space_after=12)
    para(doc, "To: members of the Tansworth Combating Drugs Partnership, the Safer Tansworth Partnership and "
              "commissioned treatment and recovery providers", space_after=12)
    para(doc, "Dear colleague,")
    para(doc, "Annual refresh of the Tansworth Drug and Alcohol Strategy 2025-2028", bold=True)
    para(doc, "I am writing to let you know the outcome of the partnership's annual review of our strategy, which "
              "took place at our meeting on 17 June 2026. The review looked at the first year's performance "
              "report, the updated needs assessment and the findings of the drug-related deaths panel.")
    para(doc, "The partnership agreed that our priorities remain as in the 2025 strategy, with one change. "
              "Priority 3, previously \u201c" + OLD3 + "\u201d, becomes \u201c" + NEW3 + "\u201d. The "
              "drug-related deaths panel found that five of the nineteen deaths of people known to treatment "
              "services in 2025 were suicides, and that alcohol-specific deaths in Tansworth have now overtaken "
              "deaths from drug poisoning. The panel recommended that the priority should cover both.")
    para(doc, "The meeting also agreed to:")
    for n, t in enumerate(["adopt the updated needs assessment as the evidence base for 2026-27;",
                           "extend the non-fatal overdose pathway to Tansworth General's emergency department; and",
                           "publish a shorter, public-facing summary of the strategy in the autumn."], 1):
        numbered(doc, f"({chr(96 + n)})", t, indent_cm=0.9, space_after=3)
    para(doc, "")
    para(doc, "The vision, the governance arrangements and the performance framework in the 2025 strategy are "
              "unchanged. We will continue to report against the national outcomes framework, and our work "
              "remains framed by the three strategic priorities of From Harm to Hope: breaking drug supply "
              "chains, delivering a world-class treatment and recovery system, and achieving a generational "
              "shift in demand for drugs.")
    para(doc, "First-year performance was encouraging. The number of adults in structured treatment rose from "
              "1,140 to 1,262, continuity of care from HMP Tansworth Road improved from 39% to 52%, and county "
              "lines police operations closed eleven lines. Drug-related deaths, however, did not fall.")
    table(doc, ["Measure (national outcomes framework)", "Baseline 2024-25", "2025-26"],
          [["Adults in structured treatment", "1,140", "1,262"],
           ["Continuity of care from prison within three weeks", "39%", "52%"],
           ["Deaths of people known to treatment services", "17", "19"],
           ["Young people in specialist substance misuse support", "96", "121"]],
          [9.0, 3.6, 3.6], head_fill=ACC, size=9.5)
    para(doc, "", space_after=2)
    para(doc, "We also listened to 84 people in treatment and recovery through the Tansworth Recovery "
              "Community's survey. Most said the strategy's aims were still the right ones, and several asked "
              "for more support for families bereaved by substance use, which the updated delivery plan includes.")
    intro = para(doc, "For clarity, the partnership's priorities for 2026-27 are therefore:", keep_next=True)
    intro.paragraph_format.page_break_before = True  # the author kept the list whole on the second page
    for n, p in enumerate(PRIORITIES, 1):
        item = numbered(doc, f"{n}.", p, indent_cm=0.8, bold_number=True, space_after=4, runs=[(p, True)])
        item.paragraph_format.keep_with_next = n < len(PRIORITIES)  # the list is kept in one piece
    para(doc, "")
    para(doc, "The delivery plan for 2026-27 has been updated to match, and the new actions for Priority 3 will "
              "be led by the Director of Public Health with the Integrated Care Board's suicide prevention lead. "
              "The updated plan and the needs assessment summary are enclosed. Please share this letter with "
              "colleagues in your organisation who work on any of these priorities.")
    para(doc, "If you have any questions, please contact the partnership's coordinator, Megan Rhoswell, at the "
              "address above.")
    para(doc, "Yours sincerely,", space_before=6, space_after=24)
    para(doc, "Dr Owain Petteridge", bold=True, space_after=0)
    para(doc, "Director of Public Health, Tansworth Council", space_after=0)
    para(doc, "Senior Responsible Owner, Tansworth Combating Drugs Partnership", space_after=14)
    para(doc, "Enclosures: (1) Delivery plan 2026-27 (updated); (2) Needs assessment summary 2026; (3) Drug-related "
              "deaths panel annual report 2025.", size=9)
    para(doc, "cc: Police and Crime Commissioner for Tansworth and Hallowfield; Chief Executive, Tansworth "
              "Council; Office for Health Improvement and Disparities regional team.", size=9)
    path = work / f"{NAME}.docx"
    doc.save(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 2, common.pdf_pages(pdf)
    import subprocess
    p2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True).stdout
    p1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "For clarity" in p2 and "For clarity" not in p1, "the list must start on page 2"
    return [pdf]
