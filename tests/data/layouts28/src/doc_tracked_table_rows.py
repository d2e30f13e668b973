"""Ellerstow Community Safety Strategy 2027-2030, draft v0.4 as a partner sends it to the OPCC (Word, published
as .docx only, with Track Changes on). The five priorities are the first column of a table on p3, and the
editors' changes are tracked INSIDE the table:
  * a whole ROW deleted (w:trPr/w:del, its cells' text in w:delText): the old third priority;
  * a whole ROW inserted (w:trPr/w:ins, its runs in w:ins): the new fourth priority;
  * a priority cell reworded (w:del "Tackling" / w:ins "Reducing", and an inserted tail " and the Quayside");
  * a priority cell with words added (w:ins " and stalking");
  * formatting-only revisions: a run made bold (w:rPrChange) and a paragraph re-aligned (w:pPrChange),
    which change no text;
  * the lead-in sentence "agreed six five priorities" (w:del / w:ins).
Read as accepted, the table has five priorities. p2 holds the 2023-2026 strategy's table of the same design
(not tracked), p4 the measures table with short names and the governance text."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

import kit28 as k
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "tracked_table_rows_csp"
ACC = "2E5E4E"
D = 'w:date="2026-10-21T10:05:00Z"'
A1 = 'w:author="Priya Halloran"'
A2 = 'w:author="Mark Dunleavy"'
_ids = iter(range(201, 400))


def rid() -> str:
    return f'w:id="{next(_ids)}"'


def ins(inner: str, who: str = A1) -> str:
    return f"<w:ins {rid()} {who} {D}>{inner}</w:ins>"


def dele(text: str, props: str = "", who: str = A1) -> str:
    return f"<w:del {rid()} {who} {D}>{k.r(text, props, 'w:delText')}</w:del>"


def tc(width: int, paras: str, fill: str | None = None) -> str:
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{paras}</w:tc>'


def cp(inner: str, mark: str = "", ppr: str = "") -> str:
    return (f'<w:p><w:pPr><w:spacing w:after="60"/>{ppr}'
            + (f"<w:rPr>{mark}</w:rPr>" if mark else "") + f"</w:pPr>{inner}</w:p>")


WIDTHS = (3300, 4400, 1700)
SZ = '<w:sz w:val="19"/><w:szCs w:val="19"/>'
B = f"<w:rPr><w:b/>{SZ}</w:rPr>"
N = f"<w:rPr>{SZ}</w:rPr>"
HEAD = f'<w:rPr><w:b/><w:color w:val="FFFFFF"/>{SZ}</w:rPr>'


def tbl(rows: list[str], header: tuple[str, str, str]) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS)
    head = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(
        tc(w, cp(k.r(h, HEAD)), ACC) for w, h in zip(WIDTHS, header)) + "</w:tr>"
    return (f'<w:tbl {k.NS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9400" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
            f'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{head}{''.join(rows)}</w:tbl>")


def plain_row(cells: list[str], first_bold=True) -> str:
    return "<w:tr>" + "".join(tc(w, cp(k.r(c, B if (i == 0 and first_bold) else N)))
                              for i, (w, c) in enumerate(zip(WIDTHS, cells))) + "</w:tr>"


def deleted_row(cells: list[str]) -> str:
    mark = f"<w:del {rid()} {A2} {D}/>"
    out = f"<w:tr><w:trPr><w:del {rid()} {A2} {D}/></w:trPr>"
    for i, (w, c) in enumerate(zip(WIDTHS, cells)):
        out += tc(w, cp(dele(c, B if i == 0 else N, A2), mark=mark))
    return out + "</w:tr>"


def inserted_row(cells: list[str]) -> str:
    out = f"<w:tr><w:trPr><w:ins {rid()} {A1} {D}/></w:trPr>"
    for i, (w, c) in enumerate(zip(WIDTHS, cells)):
        out += tc(w, cp(ins(k.r(c, B if i == 0 else N)), mark=f"<w:ins {rid()} {A1} {D}/>"))
    return out + "</w:tr>"


def row(first: str, why: str, lead: str) -> str:
    """A row whose first cell is already XML (runs with revisions)."""
    return ("<w:tr>" + tc(WIDTHS[0], cp(first)) + tc(WIDTHS[1], cp(k.r(why, N)))
            + tc(WIDTHS[2], cp(k.r(lead, N))) + "</w:tr>")


def build(work: Path) -> Path:
    doc = new_doc("Ellerstow Community Safety Strategy 2027-2030 (draft v0.4)", "Priya Halloran", font="Arial",
                  accent=ACC, heading_sizes=(16, 13, 11.5))
    sec = doc.sections[0]
    set_header(sec, "DRAFT v0.4 - tracked changes shown - not for publication", color="C00000", bold=True)
    set_footer(sec, "Ellerstow Community Safety Partnership")
    # ---- p1
    para(doc, "Ellerstow Community Safety Partnership", size=13, color="595959", space_before=100)
    para(doc, "Community Safety Strategy 2027-2030", size=28, color=ACC)
    para(doc, "Draft v0.4, sent to the Office of the Police and Crime Commissioner for comment on 21 October "
              "2026", size=11, color="595959", space_before=12)
    doc.add_heading("Document control", level=2)
    table(doc, ["Version", "Date", "Author", "Changes"],
          [["0.2", "9 September 2026", "P. Halloran", "First draft after the priority-setting workshop"],
           ["0.3", "30 September 2026", "M. Dunleavy", "Police comments; burglary row removed from the "
                                                       "priorities table"],
           ["0.4", "21 October 2026", "P. Halloran", "Night-time economy row added; wording on anti-social "
                                                     "behaviour and domestic abuse changed"]],
          [1.6, 3.2, 2.8, 8.8], head_fill=ACC)
    para(doc, "Please review with All Markup showing. Accept or reject each change in the priorities table "
              "before the partnership board on 12 November 2026.", italic=True, size=9.5, color="595959",
         space_before=8)
    page_break(doc)
    # ---- p2
    doc.add_heading("Introduction", level=1)
    para(doc, "Ellerstow is a district of 118,000 people, with a busy market town, the Quayside leisure quarter "
              "and a large rural hinterland. Crime fell by 4% over the last strategy, but anti-social behaviour "
              "and violence in the evening economy rose, and residents told us they feel less safe after dark.")
    doc.add_heading("What the strategic assessment found", level=1)
    bullets(doc, ["Anti-social behaviour reports rose by 17% in the town centre and on the Quayside.",
                  "Knife-enabled offences involving under-25s doubled from 19 to 38 in two years.",
                  "Domestic abuse accounts for one in six violent crimes recorded in the district.",
                  "Burglary fell by 22% and is now below the county average."])
    doc.add_heading("Our last strategy (2023-2026)", level=1)
    para(doc, "The 2023-2026 strategy had four priorities. This table shows what happened to each of them.")
    table(doc, ["2023-2026 priority", "What happened", "In the new strategy?"],
          [["Reducing burglary and vehicle crime", "Burglary down 22%, vehicle crime down 9%", "No: police lead"],
           ["Tackling anti-social behaviour", "Reports up 17% in the town centre", "Yes, reworded"],
           ["Supporting victims of domestic abuse", "IDVA caseloads up a third", "Yes, widened"],
           ["Safer roads in rural Ellerstow", "Killed or seriously injured down 11%", "No: road safety "
                                                                                        "partnership"]],
          [5.4, 6.6, 4.4], head_fill="7F7F7F", bold_first_col=True)
    doc.add_heading("The Police and Crime Commissioner's priorities", level=1)
    para(doc, "The Commissioner's Police and Crime Plan has three priorities: neighbourhood policing that "
              "people can see, putting victims first, and tackling violence against women and girls. Our "
              "strategy supports all three.")
    page_break(doc)
    # ---- p3: the priorities table, with tracked changes
    doc.add_heading("Our priorities for 2027-2030", level=1)
    k.add(doc, k.p(k.r("The partnership has agreed ") + dele("six") + ins(k.r("five"))
                   + k.r(" priorities. Each has a lead partner who reports to the board every quarter.")))
    rows = [
        row(dele("Tackling", B) + ins(k.r("Reducing", B)) + k.r(" anti-social behaviour in Ellerstow town centre",
                                                                B) + ins(k.r(" and the Quayside", B)),
            "Reports rose by 17%; traders and residents asked for a visible, joined-up response.",
            "Ellerstow District Council"),
        row(f'<w:r><w:rPr><w:b/>{SZ}<w:rPrChange {rid()} {A2} {D}><w:rPr>{SZ}</w:rPr></w:rPrChange></w:rPr>'
            f'<w:t xml:space="preserve">Keeping young people safe from exploitation and knife crime</w:t></w:r>',
            "Knife-enabled offences involving under-25s doubled in two years.",
            "Serious violence lead, police"),
        deleted_row(["Reducing burglary and vehicle crime",
                     "Burglary is down 22%, but it still worries residents in the villages.", "Police"]),
        row(k.r("Protecting people from domestic abuse", B) + ins(k.r(" and stalking", B)),
            "One in six violent crimes is domestic abuse; stalking reports have doubled.",
            "Domestic abuse partnership"),
        inserted_row(["Making the night-time economy safer for women and girls",
                      "Women told us they avoid the Quayside after 9pm; the Commissioner's plan asks every "
                      "district to act.", "Licensing and police"]),
        "<w:tr>" + tc(WIDTHS[0], cp(k.r("Building confidence and cohesion in our neighbourhoods", B),
                                    ppr=f'<w:jc w:val="left"/><w:pPrChange {rid()} {A1} {D}><w:pPr>'
                                        f'<w:spacing w:after="60"/><w:jc w:val="center"/></w:pPr></w:pPrChange>'))
        + tc(WIDTHS[1], cp(k.r("Hate incidents rose after the 2025 disturbances; only 48% of residents say "
                                "people from different backgrounds get on well.", N)))
        + tc(WIDTHS[2], cp(k.r("Community safety team", N))) + "</w:tr>",
    ]
    k.add(doc, tbl(rows, ("Priority", "Why it matters", "Lead partner")))
    para(doc, "Burglary and vehicle crime will be tackled through the police's neighbourhood plans and reported "
              "to the board as part of the quarterly performance report.", size=10, space_before=8)
    page_break(doc)
    # ---- p4
    doc.add_heading("How we will measure progress", level=1)
    table(doc, ["Priority (short name)", "Measure", "Baseline 2025-26", "Target 2029-30"],
          [["Town centre ASB", "ASB reports, town centre and Quayside", "2,140", "1,700"],
           ["Young people", "Knife-enabled offences, under-25s", "38", "25"],
           ["Domestic abuse", "Repeat referrals to MARAC", "31%", "25%"],
           ["Night-time economy", "Women who feel safe on the Quayside after dark", "39%", "60%"],
           ["Cohesion", "People from different backgrounds get on well", "48%", "60%"]],
          [4.0, 6.4, 3.0, 3.0], head_fill=ACC)
    doc.add_heading("Governance", level=1)
    para(doc, "The Ellerstow Community Safety Partnership board owns this strategy. A delivery group for each "
              "priority meets every six weeks. The board reports once a year to the council's overview and "
              "scrutiny committee and to the Police and Crime Commissioner.")
    doc.add_heading("Our principles", level=1)
    bullets(doc, ["Prevention first: act before harm happens.", "Listen to residents and victims.",
                  "Share information safely and early."])
    k.track_revisions(doc)
    return k.save(doc, work, NAME)


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    return k.publish(work, out, NAME)
