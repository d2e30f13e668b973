"""committee_papers_pack.pdf: a Marlstone Borough Council Cabinet agenda pack, put together the way a
committee-management system does it. The parts come from different producers and are merged with pypdfium2,
then every page from 3 on gets a "Page N" stamp:

  pp1-2    front sheet and agenda                        (Word -> LibreOffice; one file with the minutes,
  pp3-6    minutes of the last meeting                     as the committee system writes both)
  pp7-13   the cover report of the Director of Communities (Word -> LibreOffice)
  p14      "This page is intentionally left blank"        (reportlab)
  pp15-32  Appendix 1: the strategy itself                 (designed HTML -> Chromium, own footer numbers 1-18)
  pp33-37  Appendix 2: Equality Impact Assessment          (Word -> LibreOffice; one file with Appendix 3)
  pp38-39  Appendix 3: summary of consultation responses

The priorities are the four section headings of Appendix 1 (pack pages 22, 24, 26, 28). The cover report lists
them in paragraph 4.3 and again in a consultation table (5.1); the agenda, the recommendations, the Council Plan
priorities, the PCC's priorities, the previous strategy's priorities in the minutes and the draft wording in
Appendix 3 are all distractors.
"""
from __future__ import annotations

import io
from pathlib import Path

from docx.shared import Cm, Pt

import common
import docx_kit as K

NAME = "committee_papers_pack"
HTML = "committee_pack_appendix1"
HTML_WORK = [HTML]
PART_PAGES = {"agenda and minutes": 6, "report": 7, "blank": 1, "appendix1": 18, "appendices 2 and 3": 7}
TITLE = "Safer Marlstone Partnership Strategy 2025\u20132028"

PRIORITIES = [
    "Reducing anti-social behaviour in our town centres and neighbourhoods",
    "Protecting people from serious violence and exploitation",
    "Tackling domestic abuse and violence against women and girls",
    "Reducing harm caused by drugs and alcohol",
]


def _doc(title):
    doc = K.new_doc(title, "Marlstone Borough Council", font="Liberation Sans", size=11.5, accent="000000",
                    margins_cm=2.3, heading_sizes=(13, 12, 11.5))
    for i in (1, 2, 3):
        doc.styles[f"Heading {i}"].paragraph_format.space_before = Pt(10)
        doc.styles[f"Heading {i}"].paragraph_format.space_after = Pt(4)
    doc.styles["Normal"].paragraph_format.space_after = Pt(5)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.05
    return doc


def N(doc, num, text, **kw):
    return K.numbered(doc, num, text, space_after=5, **kw)


# ------------------------------------------------------------------------------------------- agenda
def agenda(work: Path) -> Path:
    doc = _doc("Cabinet agenda 14 October 2025")
    K.para(doc, "Public Document Pack", size=9, color="7F7F7F", space_after=18)
    K.para(doc, "Marlstone Borough Council", bold=True, size=20, space_after=2)
    K.para(doc, "Cabinet", bold=True, size=28, space_after=14)
    t = doc.add_table(rows=4, cols=2)
    K.no_borders(t)
    for r, (a, b) in enumerate([("Date:", "Tuesday, 14 October 2025"), ("Time:", "6.30 pm"),
                                ("Venue:", "Council Chamber, Marlstone Civic Centre, Market Street, Marlstone MR1 2CC"),
                                ("Quorum:", "3")]):
        K.cell_text(t.cell(r, 0), a, bold=True, size=11.5)
        K.cell_text(t.cell(r, 1), b, size=11.5)
    K.col_widths(t, [3.0, 13.3])
    K.para(doc, "", space_after=6)
    K.para(doc, "Membership", bold=True, size=12.5, space_after=3)
    K.para(doc, "Councillors A Keble (Leader of the Council, Chair), P Ramsden (Deputy Leader; Communities and Safer "
                "Neighbourhoods), T Oyelaran (Finance and Resources), M Hollis (Housing), R Dunne (Environment and "
                "Transport), S Achterberg (Regeneration and Economy) and L Coates (Health and Wellbeing).")
    K.para(doc, "Information for members of the public", bold=True, size=12.5, space_before=10, space_after=3)
    K.para(doc, "Members of the public are welcome to attend this meeting. Part of the meeting may be held in private "
                "because it deals with exempt information; the reasons are given on the agenda. The meeting will be "
                "broadcast live on the Council\u2019s website and the recording will be available for six months.")
    K.para(doc, "If you wish to ask a question at the meeting you must send it to Democratic Services by 12 noon, three "
                "clear working days before the meeting. Questions must relate to the business of the Cabinet.")
    K.para(doc, "If the fire alarm sounds, please leave the building by the nearest exit and gather at the assembly "
                "point in the Civic Square. Do not use the lifts.")
    K.para(doc, "Contact", bold=True, size=12.5, space_before=10, space_after=3)
    K.para(doc, "Gareth Lindqvist, Democratic Services Officer", space_after=0)
    K.para(doc, "Tel: 01632 960 412   Email: democratic.services@marlstone.gov.uk", space_after=0)
    K.para(doc, "Published: Monday, 6 October 2025", space_before=8)
    K.para(doc, "Stephen Pargeter, Chief Executive", space_before=20)
    K.page_break(doc)

    K.para(doc, "AGENDA", bold=True, size=16, space_after=10)
    items = [
        ("1", "Apologies for absence", "To receive any apologies for absence.", ""),
        ("2", "Declarations of interest", "To receive any declarations of disclosable pecuniary interests, other "
              "registrable interests and non-registrable interests in items on this agenda.", ""),
        ("3", "Minutes", "To approve as a correct record the minutes of the meeting held on 9 September 2025.",
         "3 - 6"),
        ("4", "Questions from members of the public", "To receive any questions submitted under Procedure Rule 11.", ""),
        ("5", "Forward Plan of key decisions", "To note the Forward Plan for the period November 2025 to February "
              "2026 (published separately).", ""),
        ("6", TITLE, "Report of the Director of Communities. Key decision. Wards affected: all.", "7 - 39"),
        ("7", "Urgent business", "Any other business which the Chair decides is urgent.", ""),
        ("8", "Exclusion of the press and public", "To consider passing a resolution to exclude the press and public "
              "for the following item, which involves the likely disclosure of exempt information as defined in "
              "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.", ""),
        ("9", "Marlstone Market Hall \u2013 lease arrangements", "Report of the Director of Place (exempt).", ""),
    ]
    t = doc.add_table(rows=len(items), cols=3)
    K.no_borders(t)
    for r, (n, head, body, pages) in enumerate(items):
        K.cell_text(t.cell(r, 0), n + ".", bold=True, size=11.5)
        c = t.cell(r, 1)
        K.cell_text(c, head, bold=True, size=11.5)
        p = c.add_paragraph()
        p.paragraph_format.space_after = Pt(9)
        rr = p.add_run(body)
        rr.font.size = Pt(11)
        K.cell_text(t.cell(r, 2), f"(Pages {pages})" if pages else "", size=11, align="right")
    K.col_widths(t, [1.1, 12.2, 3.0])
    K.page_break(doc)
    minutes(doc)
    path = work / f"{NAME}_1_agenda.docx"
    doc.save(path)
    return path


# ------------------------------------------------------------------------------------------- minutes
def minutes(doc) -> None:
    K.para(doc, "MARLSTONE BOROUGH COUNCIL", bold=True, size=13, align="center", space_after=2)
    K.para(doc, "CABINET", bold=True, size=13, align="center", space_after=8)
    K.para(doc, "Minutes of the meeting held on Tuesday, 9 September 2025 at 6.30 pm in the Council Chamber, "
                "Marlstone Civic Centre", align="center", space_after=10)
    K.para(doc, runs=[("Present: ", True), ("Councillor A Keble (Chair); Councillors P Ramsden, T Oyelaran, M Hollis, "
                                           "R Dunne and L Coates.", False)])
    K.para(doc, runs=[("Also present: ", True), ("Councillors G Fairbrother (Leader of the Opposition) and H Quayle "
                                                "(Chair, Communities Scrutiny Committee).", False)])
    K.para(doc, runs=[("Officers: ", True), ("Stephen Pargeter (Chief Executive), Rachel Otieno (Director of "
                                            "Communities), Colin Aspinall (Section 151 Officer), Neha Bhandari "
                                            "(Monitoring Officer), Gareth Lindqvist (Democratic Services).", False)])

    def minute(num, head, paras, resolved=None):
        K.para(doc, f"{num}\t{head}", bold=True, space_before=10, space_after=4, keep_next=True)
        for p in paras:
            K.para(doc, p, indent_cm=1.25)
        if resolved:
            K.para(doc, "RESOLVED that:" if len(resolved) > 1 else "RESOLVED:", bold=True, indent_cm=1.25,
                   space_after=3)
            for i, r in enumerate(resolved, start=1):
                K.numbered(doc, f"({i})" if len(resolved) > 1 else "", r, indent_cm=2.25, space_after=3)
                doc.paragraphs[-1].paragraph_format.left_indent = Cm(2.25)

    minute("21.", "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Councillor S Achterberg."])
    minute("22.", "DECLARATIONS OF INTEREST",
           ["Councillor M Hollis declared a non-registrable interest in minute 27 as an unpaid trustee of Marlstone "
            "Women\u2019s Aid. She remained in the meeting and took part in the discussion, as the item was for noting."])
    minute("23.", "MINUTES", [], ["That the minutes of the meeting held on 15 July 2025 be approved as a correct "
                                   "record and signed by the Chair."])
    minute("24.", "QUESTIONS FROM MEMBERS OF THE PUBLIC",
           ["Mr K Osei asked what the Council was doing about street lighting on Canal Walk, where residents had "
            "reported young people gathering late at night and several cases of criminal damage to narrowboats.",
            "Councillor R Dunne replied that two columns had been repaired in August and that a lighting survey of "
            "the whole towpath would be completed by the end of October. The Safer Marlstone Partnership had also "
            "agreed to include Canal Walk in its autumn patrol plan. Mr Osei asked a supplementary question about "
            "CCTV; Councillor Ramsden undertook to reply in writing."])
    minute("25.", "FORWARD PLAN OF KEY DECISIONS", ["The Forward Plan for October 2025 to January 2026 was noted."])
    K.page_break(doc)
    minute("26.", "REVENUE BUDGET MONITORING \u2013 QUARTER 1 2025/26",
           ["Councillor T Oyelaran presented the report, which forecast an overspend of \u00a31.21 million on the "
            "General Fund, mainly in temporary accommodation (\u00a30.94 million) and home-to-school transport. "
            "Spending controls introduced in June were expected to reduce the overspend by about \u00a30.4 million by "
            "the end of the year.",
            "In answer to a question from Councillor Fairbrother, the Section 151 Officer confirmed that the general "
            "reserve would remain above the minimum level set in the Medium Term Financial Strategy even if the "
            "forecast did not improve."],
           ["the forecast outturn position for 2025/26 be noted;",
            "the virements set out in Appendix B to the report be approved; and",
            "the Director of Housing be asked to report to the December meeting on the temporary accommodation "
            "reduction plan."])
    minute("27.", "SAFER MARLSTONE PARTNERSHIP \u2013 ANNUAL REPORT 2024/25",
           ["Councillor P Ramsden introduced the annual report of the Safer Marlstone Partnership. The year had been "
            "the last of the partnership\u2019s 2022\u20132025 strategy, whose three priorities were tackling "
            "anti-social behaviour and nuisance; keeping vulnerable people safe; and reducing reoffending. Reported "
            "anti-social behaviour had fallen by 18% over the three years, although the town centre and the Eastgate "
            "estate remained hot spots. Violence with injury had risen by 6% in the last year and domestic abuse "
            "incidents reported to the police had reached 2,914.",
            "The Director of Communities explained that a strategic assessment had been completed in the spring and "
            "that a public consultation on proposed priorities for a new strategy had run from 6 June to 31 July 2025. "
            "The new strategy would also have to meet the Serious Violence Duty.",
            "Members welcomed the fall in anti-social behaviour and the partnership\u2019s work with licensed premises, "
            "but asked that the new strategy say more about shop theft and about support for victims of stalking. "
            "Councillor Coates asked that drug and alcohol treatment services be represented on the partnership board."],
           ["the Safer Marlstone Partnership annual report 2024/25 be noted;",
            "the Cabinet\u2019s thanks be passed to the partnership\u2019s officers, volunteers and partner agencies; and",
            "the new Safer Marlstone Partnership Strategy 2025\u20132028 be submitted to the October meeting for "
            "approval."])
    K.page_break(doc)
    minute("28.", "HOUSING ALLOCATIONS POLICY \u2013 REVIEW",
           ["Councillor M Hollis presented the report, which proposed changes to the Housing Allocations Policy "
            "following consultation with registered providers and applicants. The main changes were a new band for "
            "households leaving refuge accommodation, a shorter local connection rule for care leavers and members "
            "of the armed forces community, and a simpler way of assessing medical need.",
            "Councillor Fairbrother asked how many households were currently waiting in Band A. The Director of "
            "Housing said that there were 212, of whom 41 had been waiting for more than a year. Members asked for "
            "the effect of the new refuge band to be reported after six months.",
            "The Cabinet noted the equality impact assessment, which found that the changes would have a positive "
            "effect for women, disabled people and care leavers, and no negative effect on any group that could not "
            "be justified."],
           ["the revised Housing Allocations Policy at Appendix A to the report be approved, to take effect from "
            "1 December 2025;",
            "the Director of Housing be given delegated authority to make minor and consequential changes to the "
            "policy before it takes effect; and",
            "a report on the first six months of the refuge band be brought to Cabinet in summer 2026."])
    K.page_break(doc)
    minute("29.", "GROUNDS MAINTENANCE CONTRACT \u2013 AWARD",
           ["Councillor R Dunne presented the report on the procurement of the grounds maintenance contract for "
            "parks, open spaces and housing land. Four tenders had been received. The recommended bidder had "
            "scored highest on both quality and price, and had committed to paying the Real Living Wage and to "
            "using electric hand tools in residential areas.",
            "In answer to questions, the Director of Place confirmed that the contract included response times for "
            "removing drug litter and for clearing fly-tipping on council land, and that performance would be "
            "reported to the Environment Scrutiny Committee twice a year."],
           ["the grounds maintenance contract be awarded to the bidder identified in the exempt appendix for a period "
            "of five years from 1 April 2026, with an option to extend for up to two further years."])
    K.para(doc, "The meeting ended at 8.04 pm.", space_before=24)
    K.para(doc, "Chair ............................................", space_before=30)
    K.para(doc, "Date ............................................", space_before=12)


# ------------------------------------------------------------------------------------------- report
def report(work: Path) -> Path:
    doc = _doc("Cabinet report: " + TITLE)
    K.para(doc, "MARLSTONE BOROUGH COUNCIL", bold=True, size=12, space_after=8)
    rows = [("Report to:", "Cabinet"), ("Date of meeting:", "14 October 2025"),
            ("Report of:", "Director of Communities"),
            ("Portfolio:", "Communities and Safer Neighbourhoods (Councillor P Ramsden)"),
            ("Title:", TITLE), ("Key decision:", "Yes \u2013 Forward Plan reference KD/2025/031"),
            ("Wards affected:", "All"), ("Exempt information:", "No")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (a, b) in enumerate(rows):
        K.cell_text(t.cell(r, 0), a, bold=True, size=11)
        K.cell_text(t.cell(r, 1), b, size=11)
        K.shade(t.cell(r, 0), "E7E6E6")
    K.col_widths(t, [4.2, 12.1])

    doc.add_heading("1.\tPurpose of the report", 1)
    N(doc, "1.1", "To ask Cabinet to approve the Safer Marlstone Partnership Strategy 2025\u20132028 (Appendix 1), "
                  "which sets out how the Council and its partners will work together to reduce crime, anti-social "
                  "behaviour and harm in the borough over the next three years.")
    N(doc, "1.2", "The strategy replaces the 2022\u20132025 strategy, which ended in March 2025. It has been prepared "
                  "by the Safer Marlstone Partnership, the community safety partnership for the borough, and was "
                  "endorsed by the partnership board on 18 September 2025.")
    doc.add_heading("2.\tRecommendations", 1)
    K.para(doc, "That Cabinet:")
    N(doc, "2.1", "approves the Safer Marlstone Partnership Strategy 2025\u20132028 at Appendix 1;")
    N(doc, "2.2", "notes the Equality Impact Assessment at Appendix 2 and the summary of consultation responses at "
                  "Appendix 3; and")
    N(doc, "2.3", "delegates authority to the Director of Communities, in consultation with the Cabinet Member for "
                  "Communities and Safer Neighbourhoods, to agree the partnership\u2019s annual delivery plan for "
                  "2025/26 and to make minor changes to the strategy before it is published.")
    doc.add_heading("3.\tReasons for the recommendations", 1)
    N(doc, "3.1", "The Council is a responsible authority under section 5 of the Crime and Disorder Act 1998 and must, "
                  "with the other responsible authorities, formulate and implement a strategy for the reduction of "
                  "crime and disorder, the misuse of drugs and alcohol, and reoffending in the borough.")
    N(doc, "3.2", "Since January 2023 the partnership must also prepare and implement a strategy to prevent and reduce "
                  "serious violence under the Serious Violence Duty. The strategy at Appendix 1 meets both duties "
                  "in one document, as the Home Office guidance allows.")
    K.page_break(doc)

    doc.add_heading("4.\tBackground", 1)
    N(doc, "4.1", "The Safer Marlstone Partnership brings together the Council, Aldermoor Police, Aldermoor Fire and "
                  "Rescue Service, the Probation Service, the Marlstone and District Integrated Care Board and the "
                  "Police and Crime Commissioner, with the voluntary sector, housing providers and the town centre "
                  "Business Improvement District as co-opted members.")
    N(doc, "4.2", "The partnership\u2019s strategic assessment, completed in April 2025, found that:")
    K.typed_bullets(doc, ["recorded anti-social behaviour fell by 18% between 2021/22 and 2024/25, but four locations "
                    "(the town centre, Eastgate, Canal Walk and the Riverside retail park) account for 41% of "
                    "reports;",
                    "violence with injury rose by 6% in 2024/25, with a third of offences linked to the night-time "
                    "economy and a rising number of knife-related incidents involving under-25s;",
                    "police recorded 2,914 domestic abuse incidents and 1,288 crimes, and the number of high-risk "
                    "cases heard at MARAC rose by 12%;",
                    "14 people died from drug poisoning in the borough in the three years to 2024, and alcohol "
                    "was a factor in one in five violent incidents."])
    N(doc, "4.3", "Drawing on the strategic assessment and the consultation, the strategy has four priorities:")
    K.typed_bullets(doc, PRIORITIES)
    N(doc, "4.4", "Each priority has a short statement of why it matters, what the partnership will do and how "
                  "progress will be measured. The detailed actions will be set out in an annual delivery plan, "
                  "which recommendation 2.3 asks Cabinet to delegate.")
    N(doc, "4.5", "Three cross-cutting themes run through all four priorities: early intervention, listening to "
                  "communities and using data and intelligence well. These are not priorities in their own right; "
                  "they describe how the partnership will work.")
    K.page_break(doc)
    N(doc, "4.6", "The strategy supports the Aldermoor Police and Crime Plan 2025\u20132029. The Commissioner\u2019s "
                  "priorities are neighbourhood policing that residents can see and trust; protecting women and "
                  "girls; cutting violence and knife crime; and putting victims first. The Commissioner\u2019s "
                  "Community Safety Fund grant to the partnership (\u00a392,000 in 2025/26) is conditional on the "
                  "strategy showing how it contributes to the Police and Crime Plan.")
    N(doc, "4.7", "The partnership board will monitor delivery each quarter using the measures in the strategy. An "
                  "annual report will be brought to Cabinet and to the Communities Scrutiny Committee, which is the "
                  "Council\u2019s crime and disorder committee under section 19 of the Police and Justice Act 2006.")
    N(doc, "4.8", "The Communities Scrutiny Committee considered the draft strategy on 23 September 2025. The "
                  "Committee supported the priorities and asked that the strategy be clearer about what residents "
                  "can expect when they report anti-social behaviour, and that shop theft be named within the first "
                  "priority. Both points have been taken into account in the version at Appendix 1.")
    N(doc, "4.9", "The strategy is a partnership document. Approval by Cabinet confirms the Council\u2019s commitment "
                  "to it and to the actions that fall to Council services, in particular community safety, "
                  "environmental health, licensing, housing and the CCTV control room. The other responsible "
                  "authorities are approving the strategy through their own governance in October and November "
                  "2025.")
    N(doc, "4.10", "The partnership has agreed to review the strategy after its first year, when the 2026 strategic "
                   "assessment is complete. Any change to the priorities would be brought back to Cabinet.")
    K.page_break(doc)

    doc.add_heading("5.\tConsultation and engagement", 1)
    N(doc, "5.1", "A public consultation on proposed priorities ran from 6 June to 31 July 2025. There were 1,146 "
                  "responses to the online survey, 86 paper responses and 14 focus groups with groups including "
                  "young people, older residents, disabled people, women\u2019s groups, faith groups and town centre "
                  "businesses. Support for each proposed priority was as follows:")
    t = K.table(doc, ["Proposed priority (as consulted on)", "Agree", "Disagree"],
                [["Reducing anti-social behaviour in our town centres and neighbourhoods", "88%", "4%"],
                 ["Protecting people from serious violence and exploitation", "84%", "5%"],
                 ["Tackling domestic abuse and violence against women and girls", "81%", "6%"],
                 ["Reducing drug-related harm", "72%", "9%"]],
                [11.3, 2.4, 2.6], head_fill="D9D9D9", head_color="000000", size=10.5)
    K.para(doc, "", space_after=4)
    N(doc, "5.2", "The most common comments were about visible patrols and the time taken to respond to reports of "
                  "anti-social behaviour (312 comments), the safety of women at night in the town centre (207), "
                  "drug dealing in stairwells and parks (164) and shop theft (98).")
    N(doc, "5.3", "Following the consultation the fourth priority was widened from \u201cReducing drug-related harm\u201d "
                  "to include alcohol, and shop theft and business crime were named within the first priority. A "
                  "summary of the responses is at Appendix 3.")
    N(doc, "5.4", "Ward councillors were briefed at two all-member sessions in July and the draft was considered by "
                  "the Communities Scrutiny Committee (paragraph 4.8).")
    K.page_break(doc)

    doc.add_heading("6.\tAlternative options considered", 1)
    N(doc, "6.1", "Option 1 \u2013 do not adopt a strategy. This is not recommended: the Council would not meet its "
                  "statutory duty and the partnership would lose the Community Safety Fund grant.")
    N(doc, "6.2", "Option 2 \u2013 rely on the Police and Crime Plan. This is not recommended. The plan covers the "
                  "whole of Aldermoor and does not address the borough\u2019s particular problems, such as "
                  "anti-social behaviour on Canal Walk or the Riverside retail park.")
    N(doc, "6.3", "Option 3 \u2013 separate strategies for community safety and serious violence. This is not "
                  "recommended. It would duplicate governance and consultation, and most partners preferred a "
                  "single strategy.")
    doc.add_heading("7.\tFinancial implications", 1)
    N(doc, "7.1", "The strategy will be delivered within existing budgets and external grants. The funding available "
                  "to the partnership in 2025/26 is:")
    K.table(doc, ["Source", "2025/26", "Status"],
            [["Police and Crime Commissioner \u2013 Community Safety Fund", "\u00a392,000", "Confirmed"],
             ["Serious Violence Duty grant (via the PCC)", "\u00a348,500", "Confirmed"],
             ["Council community safety revenue budget", "\u00a3214,300", "Base budget"],
             ["Safer Streets round 5 (final year)", "\u00a3120,000", "Confirmed to March 2026"],
             ["Domestic Abuse Act new burdens grant", "\u00a3163,000", "Confirmed"]],
            [10.3, 2.8, 3.2], head_fill="D9D9D9", head_color="000000", size=10.5)
    K.para(doc, "", space_after=4)
    N(doc, "7.2", "There is no commitment to new Council spending. Any proposal in the delivery plan that needs "
                  "additional funding will be subject to the normal budget process.")
    N(doc, "7.3", "Finance officer comments: the Section 151 Officer has been consulted and has no further comments.")
    K.page_break(doc)

    doc.add_heading("8.\tLegal implications", 1)
    N(doc, "8.1", "Sections 5 to 7 of the Crime and Disorder Act 1998, and the Crime and Disorder (Formulation and "
                  "Implementation of Strategy) Regulations 2007, require the responsible authorities to prepare a "
                  "strategic assessment each year and to have a partnership plan setting out priorities.")
    N(doc, "8.2", "Chapter 1 of Part 2 of the Police, Crime, Sentencing and Courts Act 2022 (the Serious Violence "
                  "Duty) requires specified authorities to work together to prevent and reduce serious violence, "
                  "including preparing and implementing a strategy.")
    N(doc, "8.3", "Under section 17 of the Crime and Disorder Act 1998 the Council must exercise its functions with "
                  "due regard to their likely effect on crime and disorder and the need to do all it reasonably can "
                  "to prevent them. Monitoring Officer comments are included in this section.")
    doc.add_heading("9.\tEqualities impact", 1)
    N(doc, "9.1", "An Equality Impact Assessment has been completed (Appendix 2). It finds that the strategy is "
                  "likely to have a positive impact for women and girls, younger people, disabled people and people "
                  "from minority ethnic communities, who are more likely to be victims of the crimes it targets.")
    N(doc, "9.2", "The assessment identifies a risk that more use of dispersal orders and public spaces protection "
                  "orders could affect young people and people experiencing homelessness disproportionately. The "
                  "action plan in the assessment sets out how this will be monitored.")
    doc.add_heading("10.\tRisk management", 1)
    K.table(doc, ["Risk", "Likelihood", "Impact", "Mitigation"],
            [["External funding ends in March 2026", "Medium", "High", "Bids to the PCC and Home Office; review "
              "delivery plan each year"],
             ["Partners cannot release staff for delivery groups", "Medium", "Medium", "Board members accountable "
              "for attendance; reported quarterly"],
             ["Data sharing delays", "Low", "Medium", "Information sharing agreement renewed in 2025"]],
            [5.6, 2.3, 2.0, 6.4], head_fill="D9D9D9", head_color="000000", size=10.5)
    K.page_break(doc)

    doc.add_heading("11.\tClimate and environmental implications", 1)
    N(doc, "11.1", "There are no direct climate implications. Work to design out crime in parks and on Canal Walk "
                   "will use low-energy lighting where new lighting is needed.")
    doc.add_heading("12.\tContribution to the Council Plan", 1)
    N(doc, "12.1", "The Council Plan 2024\u20132028 has four priorities: a thriving town centre and economy; safe, "
                   "healthy and caring communities; a cleaner and greener Marlstone; and a modern and well-run "
                   "council. The strategy contributes most directly to the second of these, and to the first through "
                   "its work on the town centre and the night-time economy.")
    doc.add_heading("13.\tBackground papers", 1)
    K.typed_bullets(doc, ["Safer Marlstone Partnership Strategic Assessment 2025 (restricted)",
                    "Report to Cabinet, 9 September 2025: Safer Marlstone Partnership annual report 2024/25",
                    "Communities Scrutiny Committee, 23 September 2025: minutes"])
    doc.add_heading("14.\tAppendices", 1)
    K.typed_bullets(doc, ["Appendix 1 \u2013 " + TITLE, "Appendix 2 \u2013 Equality Impact Assessment",
                    "Appendix 3 \u2013 Summary of consultation responses"])
    K.para(doc, "", space_after=10)
    t = doc.add_table(rows=3, cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (a, b) in enumerate([("Contact officer:", "Helen Marchbank, Community Safety Manager"),
                                ("Telephone:", "01632 960 588"),
                                ("Email:", "helen.marchbank@marlstone.gov.uk")]):
        K.cell_text(t.cell(r, 0), a, bold=True, size=11)
        K.cell_text(t.cell(r, 1), b, size=11)
    K.col_widths(t, [4.2, 12.1])
    path = work / f"{NAME}_3_report.docx"
    doc.save(path)
    return path


# ------------------------------------------------------------------------------------------- EqIA
def eqia(work: Path) -> Path:
    doc = _doc("Equality Impact Assessment: " + TITLE)
    sec = doc.sections[0]
    K.set_header(sec, "Appendix 2", align="right")
    K.set_footer(sec, "Marlstone Borough Council \u2013 Equality Impact Assessment form (v4, 2024)", page_word="")
    K.para(doc, "Equality Impact Assessment (EqIA)", bold=True, size=18, space_after=10)
    rows = [("Name of policy, strategy or service", TITLE),
            ("Service area", "Communities \u2013 Community Safety"),
            ("Lead officer", "Helen Marchbank, Community Safety Manager"),
            ("Is this a new or revised policy?", "Revised: replaces the Safer Marlstone Partnership Strategy "
                                                "2022\u20132025"),
            ("Date of assessment", "29 September 2025"),
            ("Assessment reviewed by", "Corporate Equalities Group, 1 October 2025")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (a, b) in enumerate(rows):
        K.cell_text(t.cell(r, 0), a, bold=True, size=10.5)
        K.cell_text(t.cell(r, 1), b, size=10.5)
        K.shade(t.cell(r, 0), "DEEAF6")
    K.col_widths(t, [6.0, 10.3])
    doc.add_heading("Section 1: What is being assessed?", 2)
    K.para(doc, "The strategy sets the direction for the Safer Marlstone Partnership from 2025 to 2028. It does not "
                "itself change any service, but it will shape how partners target patrols, enforcement, support "
                "services and funding. Individual actions in the annual delivery plan that change services will "
                "have their own assessments.")
    K.para(doc, "Who is likely to be affected? All residents, workers and visitors, and in particular victims of crime "
                "and anti-social behaviour, young people at risk of exploitation, people who use drugs or alcohol, "
                "people experiencing homelessness and people subject to enforcement action.")
    doc.add_heading("Section 2: Evidence and data used", 2)
    K.typed_bullets(doc, ["Safer Marlstone Partnership Strategic Assessment 2025",
                    "Aldermoor Police recorded crime and incident data, 2022/23 to 2024/25",
                    "Marlstone Residents\u2019 Survey 2024 (2,031 respondents)",
                    "Consultation on proposed priorities, June\u2013July 2025 (Appendix 3)",
                    "Census 2021 population data for Marlstone",
                    "Marlstone and District Domestic Abuse Needs Assessment 2024"])
    K.para(doc, "Gaps: data on victims\u2019 disability, religion and sexual orientation is incomplete in police "
                "records, and the consultation under-represented people aged 16\u201324 (6% of responses against 11% "
                "of the population).")
    K.page_break(doc)

    doc.add_heading("Section 3: Impact by protected characteristic", 2)
    K.para(doc, "Positive (+), negative (\u2013), neutral (0) or not known (?).", size=10)
    imp = [
        ("Age", "+ / \u2013", "Young people are over-represented as victims of violence and exploitation and will "
         "benefit from early intervention. Dispersal powers may affect young people more than others (see action 2)."),
        ("Disability", "+", "Disabled people report more repeat ASB and hate crime; the ASB case review and the "
         "vulnerability assessment in the ASB procedure will help."),
        ("Gender reassignment", "0 / ?", "No specific impact identified; data is limited."),
        ("Marriage and civil partnership", "0", "No specific impact identified."),
        ("Pregnancy and maternity", "+", "Domestic abuse often starts or gets worse in pregnancy; the work with "
         "midwifery services will help."),
        ("Race", "+ / ?", "People from minority ethnic communities are more likely to be victims of hate crime and "
         "of some violent crime. Stop and search is outside the strategy but is monitored by the PCC."),
        ("Religion or belief", "+", "Faith groups were consulted; hate crime work includes places of worship."),
        ("Sex", "+", "Women and girls are the large majority of victims of domestic abuse, sexual violence and "
         "stalking; men are the majority of victims of violence with injury. Both are addressed."),
        ("Sexual orientation", "+ / ?", "LGBT+ victims of domestic abuse are under-identified; specialist provision "
         "will be included in commissioning."),
    ]
    t = K.table(doc, ["Characteristic", "Impact", "Reasons and evidence"], [list(x) for x in imp],
                [4.0, 1.8, 10.5], head_fill="DEEAF6", head_color="000000", size=10)
    K.page_break(doc)
    K.para(doc, "Section 3 (continued): other groups considered locally", bold=True, size=12, space_after=6)
    imp2 = [
        ("Care experienced people", "+", "Care leavers are at higher risk of exploitation and of being drawn into "
         "the criminal justice system; the exploitation work includes the leaving care service."),
        ("Armed forces community", "0", "No specific impact identified. Veterans are included in the drug and "
         "alcohol treatment pathway."),
        ("Socio-economic disadvantage", "+ / \u2013", "Crime and ASB are concentrated in the most deprived "
         "neighbourhoods, which will benefit from targeted work; fines for breach of public spaces protection "
         "orders fall hardest on people on low incomes."),
        ("People experiencing homelessness", "\u2013 / ?", "Town centre enforcement could displace rough sleepers; "
         "outreach must be offered before enforcement (see action 3)."),
        ("Carers", "0", "No specific impact identified."),
    ]
    K.table(doc, ["Group", "Impact", "Reasons and evidence"], [list(x) for x in imp2], [4.0, 1.8, 10.5],
            head_fill="DEEAF6", head_color="000000", size=10)
    K.para(doc, "", space_after=6)
    K.para(doc, "Cumulative impact", bold=True, space_after=3)
    K.para(doc, "The strategy is being introduced at the same time as changes to the Housing Allocations Policy and "
                "the Council\u2019s budget reductions for 2025/26. The Corporate Equalities Group considered these "
                "together and found no cumulative negative impact on any one group that could not be mitigated, but "
                "asked that the impact on young people be kept under review.")
    K.page_break(doc)

    doc.add_heading("Section 4: Action plan", 2)
    acts = [
        ["1", "Improve recording of victims\u2019 protected characteristics in ASB case management", "Community "
         "Safety Manager", "March 2026"],
        ["2", "Report the age and ethnicity of people given dispersal directions to the partnership board each "
              "quarter", "Aldermoor Police (Marlstone)", "From Q3 2025/26"],
        ["3", "Agree an outreach-first protocol for the town centre PSPO", "Housing Options Manager", "December 2025"],
        ["4", "Run focus groups with young people aged 16\u201324 on the delivery plan", "Youth Service", "January 2026"],
        ["5", "Include LGBT+ specialist support in the domestic abuse service specification", "Commissioning Lead",
         "April 2026"],
        ["6", "Publish the strategy in Easy Read and in the five most-used community languages", "Communications",
         "December 2025"],
    ]
    K.table(doc, ["No.", "Action", "Lead", "By when"], acts, [1.1, 8.8, 3.8, 2.6], head_fill="DEEAF6",
            head_color="000000", size=10)
    K.page_break(doc)
    doc.add_heading("Section 5: Monitoring and review", 2)
    K.para(doc, "The equality actions will be monitored through the partnership\u2019s quarterly performance report. "
                "The assessment will be reviewed when the annual delivery plan is agreed, and in full after the "
                "first year of the strategy.")
    doc.add_heading("Section 6: Outcome of the assessment", 2)
    for mark, txt in [("[  ]", "No major change needed"), ("[X]", "Adjust the policy to remove barriers or to "
                      "better promote equality (see the action plan)"),
                      ("[  ]", "Continue the policy despite potential for adverse impact"),
                      ("[  ]", "Stop and remove the policy")]:
        K.para(doc, f"{mark}  {txt}", space_after=3)
    doc.add_heading("Section 7: Sign-off", 2)
    rows = [("Assessment completed by", "Helen Marchbank, Community Safety Manager", "29 September 2025"),
            ("Approved by (Head of Service)", "Imran Valdes, Head of Community Safety and Resilience",
             "30 September 2025"),
            ("Equalities lead", "Josephine Aduka, Equalities and Engagement Officer", "1 October 2025")]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = doc.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            K.cell_text(t.cell(r, c), v, bold=(c == 0), size=10.5)
    K.col_widths(t, [5.0, 7.6, 3.7])
    consult(doc)
    path = work / f"{NAME}_5_appendices.docx"
    doc.save(path)
    return path


# ------------------------------------------------------------------------------------------- consultation
def consult(doc) -> None:
    """Appendix 3, in the same Word file as Appendix 2 (a new section with its own header)."""
    sec = K.new_section(doc)
    K.set_header(sec, "Appendix 3", align="right")
    K.para(doc, "Safer Marlstone: have your say on community safety", bold=True, size=16, space_after=2)
    K.para(doc, "Summary of consultation responses, 6 June \u2013 31 July 2025", size=12.5, space_after=10)
    doc.add_heading("Who responded", 2)
    K.table(doc, ["", "Responses", "Share", "Population (Census 2021)"],
            [["Aged 16\u201324", "75", "6%", "11%"], ["Aged 25\u201364", "852", "69%", "63%"],
             ["Aged 65 and over", "305", "25%", "26%"], ["Women", "701", "57%", "51%"],
             ["Disabled", "231", "19%", "18%"], ["Minority ethnic", "146", "12%", "14%"]],
            [5.0, 3.2, 2.6, 5.5], head_fill="D9D9D9", head_color="000000", size=10.5)
    doc.add_heading("What people said about the proposed priorities", 2)
    K.para(doc, "The consultation asked about four draft priorities. The wording below is the wording consulted on; "
                "the final wording is in the strategy.")
    drafts = [
        ("Draft priority A: Reducing anti-social behaviour in our town centres and neighbourhoods",
         "Strong support. Respondents wanted quicker responses, more visible patrols and clearer feedback after a "
         "report. Businesses asked for shop theft to be named."),
        ("Draft priority B: Protecting people from serious violence and exploitation",
         "Parents and young people asked for more youth provision in the evenings and for knife crime education in "
         "primary schools."),
    ]
    for head, body in drafts:
        K.para(doc, head, bold=True, space_after=2, space_before=4)
        K.para(doc, body)
    K.page_break(doc)
    drafts = [
        ("Draft priority C: Tackling domestic abuse and violence against women and girls",
         "Women\u2019s groups asked for more support for victims of stalking and for work with the night-time "
         "economy on women\u2019s safety. Several respondents asked for better support for men who are victims."),
        ("Draft priority D: Reducing drug-related harm",
         "Many respondents said alcohol causes more problems in Marlstone than drugs, and that the priority should "
         "include it. Others mentioned drug dealing in stairwells and parks, and discarded needles."),
    ]
    for head, body in drafts:
        K.para(doc, head, bold=True, space_after=2, space_before=4)
        K.para(doc, body)
    doc.add_heading("Other themes raised", 2)
    K.typed_bullets(doc, ["road safety and speeding, especially on the A614 and around schools (131 comments);",
                    "fly-tipping and environmental crime (88 comments);",
                    "fraud and scams targeting older people (52 comments);",
                    "more CCTV in district centres (47 comments)."])
    doc.add_heading("What we changed", 2)
    K.para(doc, "Draft priority D became \u201cReducing harm caused by drugs and alcohol\u201d. Shop theft and business "
                "crime are now named under the anti-social behaviour priority. Road safety and fly-tipping are "
                "outside the partnership\u2019s remit and have been passed to the Aldermoor Road Safety Partnership and "
                "the Council\u2019s environmental enforcement team.")


# ------------------------------------------------------------------------------------------- assembly
def sources(work: Path) -> list[Path]:
    out = []
    for fn in (agenda, report, eqia):
        p = fn(work)
        common.normalise_zip(p)
        out.append(p)
    return out


def _blank_page(work: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    path = work / f"{NAME}_4_blank.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    c.drawCentredString(A4[0] / 2, A4[1] / 2, "This page is intentionally left blank")
    c.showPage()
    c.save()
    return path


def _stamp(n: int, w: float, h: float):
    if n < 3:
        return None
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(w / 2, 15, f"Page {n}")
    c.showPage()
    c.save()
    return buf.getvalue()


def finish(work: Path, out: Path) -> Path:
    parts = [work / f"{NAME}_1_agenda.pdf", work / f"{NAME}_3_report.pdf",
             _blank_page(work), work / f"{HTML}.pdf", work / f"{NAME}_5_appendices.pdf"]
    for part, (key, want) in zip(parts, PART_PAGES.items()):
        got = common.pdf_pages(part)
        if got != want:
            raise SystemExit(f"{NAME}: part {key} ({part.name}) has {got} pages, expected {want}")
    target = out / f"{NAME}.pdf"
    common.merge_pdfs(parts, target, stamp=_stamp, title="(Public Pack)Agenda Document for Cabinet, 14/10/2025 18:30",
                      author="Marlstone Borough Council", creator="Committee management system")
    return [target]
