"""Elmsford District Council, Community Safety Scrutiny Panel: minutes of 9 February 2027 (Word, published as
its LibreOffice PDF only, 4 pages). The Serious Violence Strategy's priorities exist only in the minutes of
item 45: the officer's presentation gives the DRAFT priorities in a numbered list, members debate them, an
amendment to the wording of the second priority and the addition of a fifth is moved and carried, and the
resolution (p3) then lists the priorities the Panel agreed as (a) to (e), ending in ";" and "; and".

Around them, in the same typed minute style: item 43 (minutes of the last meeting), item 44 (a public
question about the PCC's priorities, answered by listing them), item 46 (CCTV review, its own lettered
resolution), item 47 (work programme) and an action log table. Minute numbers (41 to 47) and the numbered
draft list are the look-alikes."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Cm, Pt

import common
from docx_kit import cell_text, col_widths, new_doc, numbered, page_break, para, set_footer, shade

NAME = "amended_resolution_minutes_serious_violence"
ACC = "1F3864"
TITLE = "Elmsford District Council Community Safety Scrutiny Panel: minutes of 9 February 2027"
DRAFT = ["Reducing knife crime and violence involving young people under 25",
         "Reducing violence in the night-time economy",
         "Preventing violence linked to drug markets and county lines",
         "Early intervention for children at risk of harm outside the home"]
AGREED = ["Reducing knife crime and violence involving young people under 25",
          "Reducing violence in the night-time economy and violence against women and girls in public places",
          "Preventing violence linked to drug markets and county lines",
          "Early intervention for children at risk of harm outside the home",
          "Improving the safety of Elmsford's parks and open spaces after dark"]


def item(doc, label, text, *, left_cm, hang_cm=0.9, space_after=3):
    """A resolution item: its typed label, a tab and a hanging indent, as council minute templates do."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(left_cm + hang_cm)
    pf.first_line_indent = Cm(-hang_cm)
    pf.tab_stops.add_tab_stop(Cm(left_cm + hang_cm))
    pf.space_after = Pt(space_after)
    p.add_run(f"{label}\t{text}")
    return p


def minute(doc, number, title):
    doc.add_heading(f"{number}\t{title}", level=2)


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Elmsford District Council Democratic Services", accent=ACC,
                  heading_sizes=(15, 12, 11))
    set_footer(doc.sections[0], "Community Safety Scrutiny Panel \u2013 9 February 2027 \u2013 unconfirmed minutes")
    # ------------------------------------------------------------- p1 heading, attendance, items 41-44
    para(doc, "ELMSFORD DISTRICT COUNCIL", bold=True, size=12, color=ACC, align="center", space_after=2)
    para(doc, "COMMUNITY SAFETY SCRUTINY PANEL", bold=True, size=14, color=ACC, align="center", space_after=2)
    para(doc, "Minutes of the meeting held at the Civic Centre, Elmsford, on Tuesday 9 February 2027 at 6.30 pm",
         align="center", space_after=12)
    para(doc, "", runs=[("Present: ", True), ("Councillors J. Harcourt (Chair), S. Begum (Vice-Chair), T. Allinson, "
                                              "M. Drury, K. Fenwick, L. Osei and R. Whitlow", False)])
    para(doc, "", runs=[("Also present: ", True), ("Councillor A. Pryce (Cabinet Member for Community Safety); "
                                                   "Chief Inspector N. Farrow (Elmsford Police); Ms H. Quayle "
                                                   "(Community Safety Manager); Mr P. Lund (Democratic Services "
                                                   "Officer)", False)])
    minute(doc, "41.", "Apologies for absence")
    para(doc, "Apologies were received from Councillor D. Mercer.")
    minute(doc, "42.", "Declarations of interest")
    para(doc, "Councillor Osei declared a non-registrable interest in item 45 as a trustee of the Elmsford Youth "
              "Trust, which receives funding from the Serious Violence Duty grant. She remained in the meeting.")
    minute(doc, "43.", "Minutes of the previous meeting")
    para(doc, "RESOLVED that the minutes of the meeting held on 8 December 2026 be confirmed as a correct record "
              "and signed by the Chair.", bold=True)
    minute(doc, "44.", "Public questions")
    para(doc, "Mr G. Tolland asked how the council's work on violence related to the priorities of the Police and "
              "Crime Commissioner. The Cabinet Member replied that the Commissioner's Police and Crime Plan had "
              "four priorities: (i) preventing crime and antisocial behaviour, (ii) tackling violence against "
              "women and girls, (iii) supporting victims, and (iv) a police service that the public trust. The "
              "Serious Violence Strategy supported the first three. Mr Tolland thanked the Cabinet Member for "
              "the answer.")
    page_break(doc)
    # ------------------------------------------------------------- p2 item 45: presentation and debate
    minute(doc, "45.", "Elmsford Serious Violence Strategy 2027-2030")
    para(doc, "The Community Safety Manager presented the draft Serious Violence Strategy, which the Elmsford "
              "Serious Violence Duty partnership must publish under the Police, Crime, Sentencing and Courts Act "
              "2022. She explained that the strategy was based on the partnership's strategic needs assessment, "
              "which had found that serious violence in the district was concentrated among people aged 15 to 24, "
              "in the town centre on Friday and Saturday nights, and around two drug markets.")
    para(doc, "She said that the draft strategy proposed four priorities:")
    for n, d in enumerate(DRAFT, 1):
        numbered(doc, f"{n}.", d, indent_cm=0.8)
    para(doc, "The partnership would also adopt the Home Office's definition of serious violence, which covered "
              "homicide, violence against the person with injury, robbery, and offences involving a knife or other "
              "weapon.")
    para(doc, "Members made the following comments:")
    for t in [
            "Councillor Begum said that women had told the council's survey that they felt least safe walking "
            "home through the town centre, and that the second priority should say so explicitly.",
            "Councillor Whitlow asked why the parks were not mentioned, given the two stabbings in Longmead Park in "
            "2026. Chief Inspector Farrow said that violence in parks after dark had risen by 22% in two years.",
            "Councillor Drury asked whether the strategy had enough money behind it. The Community Safety Manager "
            "said that the Duty grant for 2027-28 was £148,000 and that partners would contribute staff time.",
            "Councillor Fenwick welcomed the focus on early intervention and asked that schools be involved from "
            "the start."]:
        para(doc, t, indent_cm=0.8)
    para(doc, "Councillor Begum moved, and Councillor Whitlow seconded, an amendment: that the second priority be "
              "reworded to include violence against women and girls in public places, and that a fifth priority "
              "on parks and open spaces be added. On being put to the vote, the amendment was carried "
              "unanimously.")
    page_break(doc)
    # ------------------------------------------------------------- p3 the resolution, item 46
    para(doc, "RESOLVED that the Panel:", bold=True, space_after=4)
    item(doc, "(1)", "endorses the Elmsford Serious Violence Strategy 2027-2030 and recommends it to Cabinet for "
         "adoption, with the following as its priorities:", left_cm=0)
    for letter, text in zip("abcde", AGREED):
        end = "; and" if letter == "d" else ";"
        item(doc, f"({letter})", text + end, left_cm=0.9)
    item(doc, "(2)", "asks the Community Safety Manager to bring the strategy's action plan to the Panel's meeting "
         "in June 2027; and", left_cm=0)
    item(doc, "(3)", "thanks the partnership and the young people of Elmsford Youth Council for their work on "
         "the strategy.", left_cm=0, space_after=8)
    minute(doc, "46.", "Town centre CCTV review")
    para(doc, "Chief Inspector Farrow and the Community Safety Manager presented the findings of the review of the "
              "town centre CCTV system. Eleven of the 46 cameras were more than fifteen years old and four were "
              "not working. The review recommended replacing the control room equipment and moving six cameras "
              "to the bus station and the Market Street car park.")
    para(doc, "RESOLVED that:", bold=True, space_after=4)
    for letter, t in zip("abc", ["the findings of the review be noted;",
                                 "Cabinet be asked to include the replacement of the control room equipment in "
                                 "the 2027-28 capital programme; and",
                                 "the Panel receive a report on the use of the cameras in twelve months."]):
        item(doc, f"({letter})", t, left_cm=0)
    minute(doc, "47.", "Work programme 2026-27")
    para(doc, "The Democratic Services Officer presented the Panel's work programme. Members asked for an item on "
              "shop theft and on the Community Trigger.")
    para(doc, "RESOLVED that the work programme be agreed, with the addition of the two items requested.",
         bold=True)
    page_break(doc)
    # ------------------------------------------------------------- p4 action log
    doc.add_heading("Action log", level=1)
    rows = [("45", "Bring the serious violence action plan to the Panel", "Community Safety Manager", "June 2027"),
            ("45", "Send members the needs assessment's data on violence in parks", "Community Safety Manager",
             "March 2027"),
            ("46", "Report to Cabinet on CCTV capital bid", "Head of Neighbourhoods", "April 2027"),
            ("47", "Add shop theft and the Community Trigger to the work programme", "Democratic Services",
             "February 2027")]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Minute", "Action", "Who", "By when"]):
        cell_text(c, h, bold=True, size=10, color="FFFFFF")
        shade(c, ACC)
    for i, r in enumerate(rows, 1):
        for c, v in zip(t.rows[i].cells, r):
            cell_text(c, v, size=10)
    col_widths(t, [1.8, 8.0, 4.2, 2.6])
    para(doc, "", space_after=8)
    para(doc, "The meeting closed at 8.05 pm.")
    para(doc, "Chair: ____________________    Date: ____________", space_before=18)
    para(doc, "These minutes are unconfirmed until they are agreed at the next meeting of the Panel. Decisions "
              "recommended to Cabinet are not final until Cabinet has made them.", size=9, color="595959",
         space_before=12)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 4, common.pdf_pages(pdf)
    return [pdf]
