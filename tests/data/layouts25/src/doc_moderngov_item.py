"""moderngov_item_rag_appendices_domestic_abuse.pdf: one agenda item downloaded from a council's committee management
system (ModernGov-style): the report of the Director of Communities to the Safer Marrowfield Committee with its two
appendices, as the system publishes each item's documents on the meeting page. 5 pages.

How it is made, as the system does it:
  * the report and appendices are one Word document from the council's report template (python-docx, typed
    paragraph numbers "2.1", a details table at the top), converted by LibreOffice; the two appendices are a
    LANDSCAPE section;
  * the system then stamps every page with the agenda pack's page number ("Page 27" ... "Page 30", a form XObject
    added with pypdfium2) and the first page with "Agenda Item 6", so the printed numbers are the pack's, not the
    file's.

Gold is the five rows of Appendix B's table, "Marrowfield Domestic Abuse Strategy 2026-2029: priorities and
delivery confidence" (PDF page 4, stamped "Page 30"): the text of the "Priority" column.

Not gold: the recommendations (2.1-2.3); paragraph 4.3 of the report, which names the priorities in short forms
("safe accommodation; children; ..."); the needs assessment findings; Appendix A, a table of EXACTLY the same design
one page earlier, with the 2023-2026 strategy's three priorities and their final RAG ratings; the RAG key.
"""
from __future__ import annotations

import io
from pathlib import Path


import common
import docx_kit as K

NAME = "moderngov_item_rag_appendices_domestic_abuse"
TITLE = "Marrowfield Domestic Abuse Strategy 2026-2029"
FIRST_PACK_PAGE = 27
PAGES = 4
ACCENT = "2B3A67"
RAG = {"G": "00B050", "A": "FFC000", "R": "FF0000"}

PRIORITIES = [
    ("Safe accommodation and specialist support for every survivor who needs it",
     "Refuge spaces are full nine months in twelve; 41 households were placed outside the borough in 2025.",
     "Six more dispersed units; a sanctuary scheme open to all tenures", "Housing", "A"),
    ("Children and young people recognised as victims in their own right",
     "Domestic abuse is a factor in 58% of child protection plans.",
     "Operation Encompass in every school; a children's IDVA in post", "Children's Services", "G"),
    ("Earlier identification of domestic abuse by health and other services",
     "Most survivors had contact with a GP, midwife or A&E before they reached specialist help.",
     "IRIS training in 20 GP practices; routine enquiry in maternity", "NHS Marrowfield ICB", "A"),
    ("Holding perpetrators to account and preventing repeat abuse",
     "One in three high-risk cases comes back to MARAC within a year.",
     "DAPOs in all eligible cases; a behaviour-change programme for 50 people", "Police / Probation", "G"),
    ("Reaching survivors who face the greatest barriers to support",
     "Older, disabled and LGBT+ survivors, and those with no recourse to public funds, are least likely to be "
     "referred.", "Outreach with four community organisations; a by-and-for service grant", "Community Safety",
     "R"),
]
OLD = [
    ("Safe accommodation for every survivor who needs it",
     "Open a second refuge and a sanctuary scheme", "Refuge opened 2024; sanctuary scheme for council tenants only",
     "Housing", "A"),
    ("Earlier help for children affected by domestic abuse",
     "Operation Encompass in all primary schools", "All 38 primary schools signed up by 2025", "Children's Services",
     "G"),
    ("A better coordinated multi-agency response",
     "Review MARAC and set up a Domestic Abuse Local Partnership Board", "Done; MARAC repeat rate still 33%",
     "Community Safety", "A"),
]


def _doc():
    return K.new_doc(TITLE, "Marrowfield Borough Council", font="Liberation Sans", size=11, accent=ACCENT,
                     margins_cm=2.0, heading_sizes=(13, 12, 11))


def rag_table(doc, head, rows):
    t = K.table(doc, head, [r[:-1] + ("",) for r in rows], [6.4, 6.0, 6.6, 3.6, 2.6], head_fill=ACCENT,
                size=10, repeat=True, bold_first_col=True)
    for i, r in enumerate(rows, start=1):
        c = t.cell(i, 4)
        K.cell_text(c, r[-1], bold=True, size=11, align="center", color="FFFFFF")
        K.shade(c, RAG[r[-1]])
        K.valign(c)
    return t


def build_docx(work: Path) -> Path:
    doc = _doc()
    sec = doc.sections[0]
    K.blank_header_footer(sec)
    K.para(doc, "Marrowfield Borough Council", bold=True, size=16, color=ACCENT, space_after=2)
    K.para(doc, "Report to the Safer Marrowfield Committee", size=13, space_after=10)
    t = doc.add_table(rows=7, cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (a, b) in enumerate([("Date of meeting", "7 July 2026"), ("Report of", "Director of Communities"),
                                ("Title", "Marrowfield Domestic Abuse Strategy 2026\u20132029"),
                                ("Wards affected", "All wards"), ("Key decision", "No"),
                                ("Open or exempt", "Open"),
                                ("Lead member", "Cllr Anjali Birtwhistle, Communities and Safety")]):
        K.cell_text(t.cell(r, 0), a, bold=True, size=10)
        K.shade(t.cell(r, 0), "E7EAF2")
        K.cell_text(t.cell(r, 1), b, size=10)
    K.col_widths(t, [5.0, 12.0])
    K.para(doc, "", space_after=2)

    def h(n, s):
        K.para(doc, f"{n}.  {s}", bold=True, size=12, color=ACCENT, space_before=10, space_after=4, keep_next=True)

    h(1, "Purpose of the report")
    K.numbered(doc, "1.1", "To present the new Marrowfield Domestic Abuse Strategy 2026\u20132029, prepared by the "
                           "Domestic Abuse Local Partnership Board, and the end-of-strategy review of the "
                           "2023\u20132026 strategy.")
    h(2, "Recommendations")
    K.numbered(doc, "2.1", "That the Committee notes the end-of-strategy review of the Domestic Abuse Strategy "
                           "2023\u20132026 at Appendix A, including the three areas rated amber.")
    K.numbered(doc, "2.2", "That the Committee endorses the five priorities of the Domestic Abuse Strategy "
                           "2026\u20132029 at Appendix B and recommends the strategy to Cabinet for adoption on "
                           "22 July 2026.")
    K.numbered(doc, "2.3", "That the Committee receives a progress report against the priorities in July 2027.")
    h(3, "Background")
    K.numbered(doc, "3.1", "Part 4 of the Domestic Abuse Act 2021 requires the Council to assess the need for "
                           "support in safe accommodation, to publish a strategy, and to review it at least every "
                           "three years. The Council has chosen to publish one strategy covering all forms of "
                           "domestic abuse, not only safe accommodation.")
    K.numbered(doc, "3.2", "The needs assessment completed in March 2026 found that: recorded domestic abuse rose "
                           "by 9% in two years; refuge space was full for nine months of 2025; most survivors had "
                           "been in contact with health services before reaching specialist help; and older and "
                           "disabled survivors were under-represented in referrals.")
    K.numbered(doc, "3.3", "The 2023\u20132026 strategy ended on 31 March 2026. Its final position is set out at "
                           "Appendix A: one of its three priorities was fully achieved and two were rated amber.")
    h(4, "The new strategy")
    K.numbered(doc, "4.1", "The strategy was drafted by the Domestic Abuse Local Partnership Board and shaped by "
                           "312 survey responses, including 96 from survivors, and by workshops with specialist "
                           "services.")
    K.numbered(doc, "4.2", "It keeps the previous strategy's focus on safe accommodation and children, and adds "
                           "three new areas of work in response to the needs assessment.")
    K.numbered(doc, "4.3", "In short, the five priorities are: safe accommodation; children; earlier "
                           "identification; perpetrators; and survivors facing barriers. Their full wording, the "
                           "year-one milestones and the Board's current confidence in delivering them are at "
                           "Appendix B.")
    h(5, "Consultation")
    K.numbered(doc, "5.1", "The draft was published for six weeks from 2 March 2026. Survivors asked for the "
                           "strategy to name economic abuse and to say more about older victims; both changes were "
                           "made.")
    h(6, "Financial implications")
    K.numbered(doc, "6.1", "The strategy will be delivered within the Domestic Abuse Safe Accommodation grant "
                           "(\u00a3742,000 in 2026/27) and existing budgets. The priority rated red at Appendix B "
                           "depends on a bid to the Police and Crime Commissioner.")
    h(7, "Legal implications")
    K.numbered(doc, "7.1", "Publishing the strategy meets the Council's duty under section 57 of the Domestic Abuse "
                           "Act 2021.")
    h(8, "Equalities implications")
    K.numbered(doc, "8.1", "An equality impact assessment has been completed. The fifth priority responds directly "
                           "to its finding that some groups of survivors are much less likely to get support.")
    h(9, "Risks")
    K.numbered(doc, "9.1", "The main risk is the supply of safe accommodation. It is on the Council's corporate "
                           "risk register.")
    K.para(doc, "Background papers: Domestic Abuse Needs Assessment, March 2026.", size=10, space_before=10)
    K.para(doc, "Contact officer: Tomasz Ashdown-Reay, Domestic Abuse Lead, tomasz.ashdown-reay@marrowfield.example.gov.uk",
           size=10)
    K.para(doc, "Appendices: A \u2013 end-of-strategy review 2023\u20132026; B \u2013 strategy 2026\u20132029: "
                "priorities and delivery confidence.", size=10)

    sec2 = K.new_section(doc, landscape=True)
    K.blank_header_footer(sec2)
    K.para(doc, "Appendix A", bold=True, size=11, color="7F7F7F", space_after=2)
    K.para(doc, "Domestic Abuse Strategy 2023\u20132026: end-of-strategy review", bold=True, size=15, color=ACCENT,
           space_after=8)
    rag_table(doc, ["Priority", "What we said we would do", "What happened", "Lead", "Final RAG"], OLD)
    K.para(doc, "", space_after=4)
    K.para(doc, "RAG key: G = achieved; A = partly achieved, work carried forward into the new strategy; "
                "R = not achieved.", size=9.5, italic=True)
    K.para(doc, "Source: Domestic Abuse Local Partnership Board performance report, April 2026.", size=9.5,
           italic=True)
    K.page_break(doc)
    K.para(doc, "Appendix B", bold=True, size=11, color="7F7F7F", space_after=2)
    K.para(doc, "Marrowfield Domestic Abuse Strategy 2026\u20132029: priorities and delivery confidence", bold=True,
           size=15, color=ACCENT, space_after=8)
    rag_table(doc, ["Priority", "Why it matters", "Year-one milestones", "Lead", "Delivery confidence"], PRIORITIES)
    K.para(doc, "", space_after=4)
    K.para(doc, "Delivery confidence key: G = on track to deliver year-one milestones; A = some risk; R = depends on "
                "funding not yet secured.", size=9.5, italic=True)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_docx(work)]


def _stamp(n: int, w: float, h: float):
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(w / 2, 14, f"Page {FIRST_PACK_PAGE + n - 1}")
    if n == 1:
        c.setLineWidth(0.8)
        c.rect(w - 140, h - 40, 112, 22, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w - 84, h - 33, "Agenda Item 6")
    c.showPage()
    c.save()
    return buf.getvalue()


def finish(work: Path, out: Path) -> list[Path]:
    part = work / f"{NAME}.pdf"
    got = common.pdf_pages(part)
    if got != PAGES:
        raise SystemExit(f"{NAME}: the report and appendices should be {PAGES} pages, got {got}")
    target = out / f"{NAME}.pdf"
    common.merge_pdfs([part], target, stamp=_stamp, title="Marrowfield Domestic Abuse Strategy 2026-2029",
                      author="Marrowfield Borough Council", creator="Committee management system")
    return [target]
