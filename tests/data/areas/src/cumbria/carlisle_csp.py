"""Safer Carlisle Partnership Action Plan 2024-2026: Word report (python-docx + LibreOffice).

Four priorities, stated once, as the **first value of a key-value "priority profile" table**, one table per
priority, two tables per page (pp6-7).  Each profile is a two-column table whose left column holds field names
in a dark shaded cell ("Priority", "Why it matters", "Lead", "Key actions", "We will know it is working when")
and whose right column holds the values; the "Priority" row's value is the priority in bold.  A small grey
caption "Profile A" ... "Profile D" sits above each table.  No priority number is printed.

Distractors: the Cumberland CSP's five priorities quoted (p5), the previous action plan's priorities (p5), the
Purple Flag themes (p5), the key findings (p4), the field names and key actions (pp6-7) and the measures (p8).
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, keep_rows, rgb, set_widths, shade, table
from cumbria.work import soffice_stable, work_file

FILE = "strategies/safer_carlisle_partnership_action_plan_2024-26.pdf"
TITLE = "Safer Carlisle Partnership Action Plan 2024–2026"
RED, NAVY, INK = "A6192E", "22344F", "262626"

PROFILES = [
    ("Reducing anti-social behaviour and street drinking in the city centre",
     "Botchergate, English Street and the bus station account for a third of the city's ASB reports "
     "(illustrative). Traders and shoppers say street drinking and aggressive begging put them off coming in.",
     "Cumberland Council community safety team with Cumbria Constabulary",
     ["Review the city centre Public Spaces Protection Order by March 2025.",
      "Run weekly joint patrols with the council's enforcement officers.",
      "Offer every street drinker an assessment with the outreach team."],
     "ASB reports in the city centre fall, and more traders say they feel safe."),
    ("Making nights out in Carlisle safe for women and girls",
     "Women told us they avoid parts of the city centre after dark. Most reports of spiking and harassment "
     "come from the late-night economy.",
     "Carlisle Business Improvement District with Cumbria Constabulary",
     ["Train bar and door staff in bystander intervention and Ask for Angela.",
      "Run a Safe Space in the city centre on Friday and Saturday nights.",
      "Keep the Purple Flag accreditation."],
     "More women say they feel safe on a night out, and reports of harassment are acted on."),
    ("Protecting older residents from scams and doorstep crime",
     "Carlisle has a large older population, and the rural wards around the city are a target for rogue traders "
     "and phone scams.",
     "Cumberland Council trading standards with Age UK Carlisle and Eden",
     ["Set up No Cold Calling Zones where residents ask for them.",
      "Give call blockers to residents who are repeatedly targeted.",
      "Train bank and post office staff to spot scams."],
     "Fewer repeat victims, and more people who know how to report a scam."),
    ("Reducing drug and alcohol harm in the city",
     "Drug-related deaths in Carlisle have risen, and alcohol is a factor in much of the violence in the city "
     "centre at night.",
     "Cumberland Council public health with the treatment provider",
     ["Put naloxone in every hostel and supported housing project.",
      "Bring the outreach team and treatment service together in one city centre hub.",
      "Work with licensed premises on responsible sales."],
     "More people in treatment, and fewer alcohol-related ambulance call-outs at night."),
]
FIELDS = ["Priority", "Why it matters", "Lead", "Key actions", "We will know it is working when"]


def profile(d, letter, prof):
    name, why, lead, acts, know = prof
    cap = para(d, f"Profile {letter}", size=8, colour="777777", space_after=2)
    cap.paragraph_format.keep_with_next = True
    t = d.add_table(rows=len(FIELDS), cols=2)
    t.style = d.styles["Table Grid"]
    vals = [name, why, lead, acts, know]
    for r, (field_name, val) in enumerate(zip(FIELDS, vals)):
        a, b = t.cell(r, 0), t.cell(r, 1)
        a.text = ""
        ra = a.paragraphs[0].add_run(field_name)
        ra.bold, ra.font.size = True, Pt(8.5)
        ra.font.color.rgb = rgb("FFFFFF")
        shade(a, NAVY if r else RED)
        b.text = ""
        if isinstance(val, list):
            for k, v in enumerate(val):
                p = b.paragraphs[0] if k == 0 else b.add_paragraph()
                p.paragraph_format.space_after = Pt(1)
                rr = p.add_run("– " + v)
                rr.font.size = Pt(9)
        else:
            rb = b.paragraphs[0].add_run(val)
            rb.font.size = Pt(12 if r == 0 else 9)
            rb.bold = r == 0
            if r == 0:
                rb.font.color.rgb = rgb(RED)
                shade(b, "F7E6E9")
        b.paragraphs[0].paragraph_format.space_after = Pt(2)
    set_widths(t, [3.8, 12.6])
    keep_rows(t)
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True
    para(d, "", space_after=8)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(RED, NAVY, INK), title=TITLE,
                author="Safer Carlisle Partnership", margins=(2.3, 2.3, 2.3, 2.1))
    header_footer(d, "Safer Carlisle Partnership", "Action Plan 2024–2026", footer_fmt="Page {PAGE} of {NUMPAGES}",
                  colour="555555", rule_colour=RED)
    para(d, "", space_after=40)
    cover_block(d, [("SAFER CARLISLE PARTNERSHIP", 11, True, "F7E6E9"), ("", 8, False, "FFFFFF"),
                    ("Action Plan", 34, True, "FFFFFF"), ("2024–2026", 20, False, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("A locality plan of the Cumberland Community Safety Partnership", 10, False, "F7E6E9")], NAVY,
          height_cm=12)
    para(d, "", space_after=150)
    para(d, "Carlisle · Botchergate · Harraby · Morton · Currock · Stanwix", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=RED, space_after=14)
    contents(d, [("Introduction", "intro", 0), ("Carlisle today", "ctx", 0), ("Where this plan fits", "fit", 0),
                 ("Our priority profiles", "pri", 0), ("Governance and measures", "gov", 0)], pages, leader=True)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "Carlisle is a border city with a busy centre, a growing night-time economy and a large rural hinterland. "
        "The Safer Carlisle Partnership is the city's locality group of the Cumberland Community Safety "
        "Partnership. It brings together the council, Cumbria Constabulary, the Business Improvement District, "
        "the NHS, housing providers, Age UK and other voluntary groups.",
        "This action plan sets out four priorities for the city for the next two years, and what each partner will "
        "do. Each priority has a profile: why it matters, who leads it, the key actions and how we will know it is "
        "working.",
        "We will review the plan after its first year."]:
        para(d, t)
    para(d, "Chair, Safer Carlisle Partnership", bold=True)
    heading(d, "Carlisle today", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents of the city and its rural wards", "110,000"],
              ["City centre ASB reports", "1,900"], ["Night-time violence offences in the city centre", "420"],
              ["Scam and doorstep crime reports from residents over 65", "260"],
              ["Drug-related deaths (three-year total)", "31"]], [11.6, 4.8], head_fill=NAVY, band="EEF1F5",
          size=9.5)
    heading(d, "What the city told us", 2)
    bullets(d, ["Traders want action on street drinking and begging around the bus station.",
                "Young women want safer routes home from Botchergate.",
                "Older residents worry about phone scams and cold callers.",
                "Families of people who died from drugs want better support after a non-fatal overdose."])
    heading(d, "Where this plan fits", 1, page_break=True)
    para(d, "This plan delivers the Cumberland Community Safety Partnership Plan 2024–2027 in the city. The "
            "Cumberland plan's five priorities are:")
    bullets(d, ["Reducing anti-social behaviour in our town centres and neighbourhoods",
                "Preventing serious violence and knife crime", "Tackling domestic abuse",
                "Protecting children and adults from exploitation, including county lines",
                "Building cohesive communities and tackling hate crime"])
    para(d, "Our previous action plan (2022–2024) had three priorities: A welcoming city centre; Safer nights; and "
            "Supporting vulnerable people. They have been reviewed and replaced by the profiles in this plan.")
    heading(d, "Purple Flag", 2)
    para(d, "Carlisle city centre holds Purple Flag status for its evening and night-time economy. The scheme "
            "assesses five themes: wellbeing, movement, appeal, place and policy. They guide our work on nights "
            "out but are not priorities of this plan.")
    heading(d, "Our priority profiles", 1, page_break=True)
    para(d, "There are four profiles, one for each priority.")
    for letter, prof in zip("ABCD", PROFILES):
        profile(d, letter, prof)
    heading(d, "Governance and measures", 1, page_break=True)
    para(d, "The Safer Carlisle Partnership meets every two months and reports to the Cumberland Community Safety "
            "Partnership board. The Police, Fire and Crime Commissioner's community safety grant funds part of the "
            "work.")
    table(d, [["Measure", "Baseline", "Direction"], ["City centre ASB reports", "1,900", "Down"],
              ["Women who feel safe in the city centre at night", "44%", "Up"],
              ["Repeat scam victims over 65", "85", "Down"], ["Adults in drug and alcohol treatment", "610", "Up"]],
          [9.6, 3.2, 3.6], head_fill=RED, band="F7E6E9", size=9)
    para(d, "Baselines are illustrative. Contact: safercarlisle@cumberland.example", italic=True, size=8.5,
         colour="666666")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Carlisle is a border", "ctx": "Carlisle today The figures",
               "fit": "Where this plan fits This plan", "pri": "Our priority profiles There are",
               "gov": "Governance and measures The Safer"}
    src = work_file("carlisle_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
