"""Knowsley Safer Communities Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

The five priorities are stated only as the **first column of the action plan** (section 5, pp6-8), a Word
table "Priority | Action | Lead | By when | How we will know" whose priority cell is **vertically merged**
over the four to five action rows under it, so that a priority's actions run on over a page break while the
priority is printed once, at the top of its merged cell.  The header row repeats on every page.  The
Safer Knowsley 2021-24 themes (p4), the statutory duties (p4), the key findings (p5), the Council Plan
outcomes (p5) and the governance groups (p9) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, set_widths, shade, table
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from merseyside.work import soffice_stable, work_file

FILE = "strategies/knowsley_safer_communities_partnership_plan_2024-27.pdf"
TITLE = "Knowsley Safer Communities Partnership Plan 2024–2027"
GREEN, LIME, INK = "00594F", "8DC63F", "222222"

ACTIONS = [
    ("Reducing anti-social behaviour in our neighbourhoods", [
        ("Run a problem-solving partnership for every ASB hotspot, meeting fortnightly", "Council ASB team",
         "Jun 2024", "Hotspot incidents down"),
        ("Use community protection warnings and notices early, before problems escalate", "Council ASB team",
         "Ongoing", "Repeat cases down"),
        ("Offer mediation to every neighbour dispute that reaches the ASB team", "Housing providers", "Sep 2024",
         "Mediation take-up"),
        ("Fund diversionary youth sessions on Friday and Saturday evenings in Kirkby and Huyton",
         "Youth services", "Oct 2024", "Sessions run; attendance"),
        ("Publish a ward ASB picture every quarter for residents", "Community Safety Team", "Quarterly",
         "Published on time")]),
    ("Tackling the use of off-road bikes and dangerous driving", [
        ("Target the routes and open spaces where off-road bikes are most reported", "Merseyside Police",
         "Ongoing", "Seizures; reports down"),
        ("Install barriers and gates at the ten most-used access points", "Council Highways", "Mar 2025",
         "Barriers installed"),
        ("Run a schools campaign on the risks of off-road bikes and nuisance driving", "Road Safety Team",
         "Jan 2025", "Schools reached"),
        ("Support Community Speedwatch groups on the roads residents name most", "Merseyside Police", "Ongoing",
         "Active groups")]),
    ("Protecting children and young people from criminal exploitation", [
        ("Screen every child known to early help or the youth justice service for exploitation",
         "Children's Services", "Sep 2024", "Screening rate"),
        ("Run a weekly multi-agency exploitation meeting to share intelligence and plan disruption",
         "Children's Services", "Ongoing", "Children discussed; plans"),
        ("Train taxi drivers, takeaway staff and hotel staff to spot and report exploitation", "Licensing",
         "Mar 2025", "Staff trained"),
        ("Offer a trusted-adult mentor to every child identified as at risk", "Youth services", "Dec 2024",
         "Children with a mentor"),
        ("Use closure orders and civil injunctions against the adults who exploit children", "Merseyside Police",
         "Ongoing", "Orders obtained")]),
    ("Reducing domestic abuse and repeat victimisation", [
        ("Roll out domestic abuse champions in every GP practice and school", "Public Health", "Mar 2025",
         "Champions in place"),
        ("Review every repeat MARAC case with the agencies involved", "MARAC chair", "Ongoing", "Repeat rate"),
        ("Commission a community outreach IDVA service for Halewood and Prescot", "Council", "Oct 2024",
         "Referrals received"),
        ("Make sure every child in a household at MARAC has a named safeguarding lead",
         "Children's Services", "Dec 2024", "Children with a lead")]),
    ("Reducing deliberate fires and arson", [
        ("Target deliberate secondary fires in parks and on waste ground around Bonfire Night",
         "Merseyside Fire and Rescue", "Nov 2024", "Secondary fires down"),
        ("Remove fly-tipped waste within 48 hours in the wards with most deliberate fires", "Council Streetscene",
         "Ongoing", "Removal within 48 hours"),
        ("Refer children who set fires to the fire service's education programme", "Youth services", "Ongoing",
         "Referrals; repeat fire-setting"),
        ("Secure empty buildings that are repeatedly set alight", "Council Planning", "Mar 2025",
         "Buildings secured")]),
]


def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if val:
        vm.set(qn("w:val"), val)
    tcPr.append(vm)


def action_plan(d):
    widths = [4.2, 6.0, 2.7, 1.8, 2.5]
    rows = 1 + sum(len(a) for _, a in ACTIONS)
    t = d.add_table(rows=rows, cols=5)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(["Priority", "Action", "Lead", "By when", "How we will know"]):
        cell = t.cell(0, c)
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold, r.font.size = True, Pt(8.5)
        r.font.color.rgb = rgb("FFFFFF")
        shade(cell, GREEN)
    row = 1
    for name, acts in ACTIONS:
        for k, (act, lead, when, meas) in enumerate(acts):
            first = t.cell(row, 0)
            first.text = ""
            if k == 0:
                r = first.paragraphs[0].add_run(name)
                r.bold, r.font.size = True, Pt(11)
                r.font.color.rgb = rgb(GREEN)
                first.paragraphs[0].paragraph_format.space_before = Pt(5)
                vmerge(first, "restart")
            else:
                vmerge(first, None)
            shade(first, "EAF3E3")
            for c, val in enumerate([act, lead, when, meas], 1):
                cell = t.cell(row, c)
                cell.text = ""
                r = cell.paragraphs[0].add_run(val)
                r.font.size = Pt(9.5)
                cell.paragraphs[0].paragraph_format.space_before = Pt(5)
                cell.paragraphs[0].paragraph_format.space_after = Pt(7)
            row += 1
    set_widths(t, widths)
    keep_rows(t)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    return t


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(GREEN, GREEN, INK), title=TITLE,
                author="Knowsley Safer Communities Partnership", margins=(2.0, 2.0, 2.2, 2.0))
    header_footer(d, "Knowsley Safer Communities Partnership", "Partnership Plan 2024–2027",
                  footer_fmt="{PAGE}", colour="555555", rule_colour=LIME)
    para(d, "", space_after=24)
    para(d, "KNOWSLEY SAFER COMMUNITIES PARTNERSHIP", bold=True, size=11, colour=GREEN, space_after=28)
    cover_block(d, [("Partnership Plan", 30, True, "FFFFFF"), ("2024–2027", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Huyton · Kirkby · Prescot · Halewood · Whiston", 11, False,
                                                 "D7EFC0")], GREEN, height_cm=10)
    para(d, "", space_after=150)
    para(d, "Prepared under section 6 of the Crime and Disorder Act 1998.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("1. Welcome", "intro", 0), ("2. Our last plan and our duties", "last", 0),
                 ("3. Knowsley today", "ctx", 0), ("4. How we have chosen our priorities", "how", 0),
                 ("5. Our priorities and action plan 2024–2027", "ap", 0), ("6. Governance and reporting", "gov", 0)],
             pages, leader=True, bold_top=False)
    heading(d, "1. Welcome", 1, page_break=True)
    for t in [
        "Knowsley is a borough of close-knit towns and villages between Liverpool and St Helens. Crime has fallen "
        "over the past decade, but anti-social behaviour, off-road bikes and the exploitation of young people are "
        "still the issues residents raise with us most often.",
        "The Safer Communities Partnership brings together Knowsley Council, Merseyside Police, Merseyside Fire and "
        "Rescue Service, the Probation Service, NHS Cheshire and Merseyside, housing providers and the voluntary "
        "and community sector.",
        "This plan is short on words and long on action. Its heart is the action plan in section 5: for each of our "
        "priorities, what we will do, who will lead it, by when, and how we will know it has worked."]:
        para(d, t)
    para(d, "Chair, Knowsley Safer Communities Partnership", bold=True)
    heading(d, "2. Our last plan and our duties", 1, page_break=True)
    para(d, "Safer Knowsley 2021–24 was organised around three themes, which we have now retired:")
    bullets(d, ["Safer streets", "Stronger families", "Confident communities"])
    para(d, "The partnership must meet the duties of the Crime and Disorder Act 1998, the Serious Violence Duty, "
            "the Domestic Abuse Act 2021 and the Prevent duty. Serious violence work is led across Merseyside by "
            "the Violence Reduction Partnership, and Prevent by the Merseyside Prevent Partnership.")
    heading(d, "3. Knowsley today", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "155,000"], ["Crimes recorded", "14,600"],
              ["Anti-social behaviour incidents", "5,900"], ["Off-road bike reports", "1,240"],
              ["Domestic abuse incidents and crimes", "3,300"], ["Deliberate secondary fires", "610"]],
          [11.0, 6.0], head_fill=GREEN, band="EAF3E3", size=9.5)
    heading(d, "Key findings", 2)
    bullets(d, ["Off-road bikes generate more complaints than any other single issue.",
                "One in three children open to the youth justice service showed signs of exploitation.",
                "Deliberate fires peak in October and November and cluster in three wards.",
                "Repeat domestic abuse victims make up a third of MARAC cases."])
    heading(d, "4. How we have chosen our priorities", 1)
    para(d, "We chose our priorities from the strategic assessment, a residents' survey and the Knowsley Council "
            "Plan, whose outcomes the partnership supports: Thriving communities; Healthy lives; and A borough of "
            "opportunity.")
    heading(d, "5. Our priorities and action plan 2024–2027", 1, page_break=True)
    para(d, "The first column of the table is our priority; the rows beside it are the actions we will take. "
            "Actions are reviewed every quarter and refreshed every year.", size=9.5)
    action_plan(d)
    heading(d, "6. Governance and reporting", 1, page_break=True)
    para(d, "The partnership board meets quarterly. Delivery groups report to it on their actions:")
    table(d, [["Group", "Chair"], ["Neighbourhoods and ASB group", "Knowsley Council"],
              ["Roads and vehicles group", "Merseyside Police"], ["Exploitation sub-group", "Children's Services"],
              ["Domestic Abuse Partnership Board", "Knowsley Council"], ["Arson reduction group",
                                                                         "Merseyside Fire and Rescue"]],
          [9.0, 8.0], head_fill=GREEN, size=9)
    para(d, "The board reports once a year to the council's scrutiny committee and to the Police and Crime "
            "Commissioner for Merseyside, who funds part of this plan.")
    para(d, "Contact: saferknowsley@knowsley.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Welcome Knowsley is", "last": "2. Our last plan and our duties Safer",
               "ctx": "3. Knowsley today The figures", "how": "4. How we have chosen our priorities We",
               "ap": "5. Our priorities and action plan 2024–2027 The first", "gov": "6. Governance and reporting The"}
    src = work_file("knowsley_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
