"""Surrey Criminal Justice Board Plan 2026-2028 (victims and reducing reoffending): python-docx -> LibreOffice
(DejaVu Sans).  A "logic model" table on p5: "What we put in" / "Our priority" / "What will change"; the
priorities are the bold middle-column cells.  Distractors: the seven resettlement pathways (p4), the input and
outcome cells, delivery groups and measures."""
from docx_kit import Pt, para, rgb, set_widths, shade, keep_rows
from surrey_districts.kit_word import word_report

D = dict(
    file="strategies/surrey_criminal_justice_board_plan_2026-28.pdf",
    slug="criminal_justice_board", kind="reoffending",
    title="Surrey Criminal Justice Board Plan 2026\u20132028",
    body="Surrey Criminal Justice Board",
    cover_title="Victims First, Fewer Reoffending",
    cover_sub="Surrey Criminal Justice Board Plan 2026\u20132028",
    cover_lines=["Surrey Police \u00b7 Crown Prosecution Service \u00b7 HM Courts and Tribunals Service \u00b7 Probation "
                 "Service \u00b7 HM Prison and Probation Service \u00b7 OPCC for Surrey \u00b7 Surrey Youth Justice Service",
                 "April 2026"],
    header_left="Surrey Criminal Justice Board", header_right="Plan 2026\u20132028",
    footer="Page {PAGE}",
    colours=("2C3E50", "16A085", "4A4A4A"), tint="E8F6F3",
    font="DejaVu Sans", size=9.5,
    sections=dict(fwd="Foreword from the Chair", ctx="The justice system in Surrey", pri="Our logic model",
                  dlv="Delivery groups", gov="Performance and accountability"),
    findings_head="Performance in 2025/26",
    foreword=["The Surrey Criminal Justice Board brings together the agencies that make up the local justice "
              "system. Each has its own targets; the Board exists to make the whole system work for victims, "
              "witnesses and the public.",
              "Victims tell us the wait for trial is the hardest part. Probation tells us that without a home and "
              "a job, people leaving prison are set up to fail. This plan addresses both.",
              "We have set out our plan as a logic model, so that it is clear what each priority needs and what it "
              "should change."],
    signed="Chair, Surrey Criminal Justice Board",
    context="Key figures for the Surrey justice system (illustrative):",
    stats=[("14 months", "median wait from charge to Crown Court trial"), ("22%", "of victims withdrawing before trial"),
           ("280", "people in the IOM cohort"), ("46%", "of prison leavers without settled housing")],
    findings=["Court delays have grown, and victim withdrawal has risen with them.",
              "The IOM cohort's reoffending has fallen where housing and treatment were in place.",
              "Too many people are released on a Friday with nowhere to go.",
              "Domestic abuse perpetrators make up a growing share of the probation caseload."],
    previous=("The seven resettlement pathways",
              "National reducing reoffending work is organised around seven pathways, which inform this plan:",
              ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
               "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]),
    delivery=["Each priority is led by a sub-group of the Board."],
    groups=[["Victims and Witnesses Group", "Victims' Code and witness care", "Monthly"],
            ["Court Performance Group", "Listing and trial readiness", "Monthly"],
            ["IOM Strategic Group", "Prolific offenders", "Quarterly"],
            ["Resettlement Group", "Housing and work on release", "Quarterly"],
            ["Domestic Abuse Perpetrator Group", "Perpetrators on probation", "Quarterly"]],
    measures=[["Victims' Code compliance", "71%", "90%"], ["Median charge-to-trial wait", "14 months", "10 months"],
              ["IOM cohort reoffending", "38%", "30%"], ["Prison leavers in settled housing", "54%", "75%"],
              ["Perpetrators completing a programme", "45%", "65%"]],
    governance=["The Board meets quarterly, reports to the National Criminal Justice Board and works with the "
                "Police and Crime Commissioner."],
    partners=["Surrey Police", "CPS South East", "HMCTS", "Probation Service", "HMPPS", "OPCC for Surrey",
              "Surrey Youth Justice Service", "Victim Support"],
    contact="Contact: scjb@surrey-cjb.example (illustrative)",
)

PRIORITIES = [
    dict(id="CJB1", plan=["P4"], text="Putting victims and witnesses first",
         inp="Witness care staff; OPCC-funded victim services", out="More victims stay with their case to the end"),
    dict(id="CJB2", plan=["P4"], text="Cutting delays in the courts",
         inp="Joint listing; trial readiness checks", out="Shorter waits for trial"),
    dict(id="CJB3", plan=["P5"], text="Managing prolific offenders through Integrated Offender Management",
         inp="Police and probation IOM teams", out="Lower reoffending in the cohort"),
    dict(id="CJB4", plan=["P5"], text="Homes and jobs for people leaving prison",
         inp="Council housing teams; employment advisers", out="More people settled on release"),
    dict(id="CJB5", plan=["P3"], text="Changing the behaviour of domestic abuse perpetrators on probation",
         inp="Accredited programmes; probation officers", out="Fewer repeat victims"),
]


def _priorities(d, D):
    c1, c2, c3 = D["colours"]
    para(d, "The Board has five priorities, shown in the middle column. The left column shows what partners "
            "will put in; the right column what should change as a result.")
    t = d.add_table(rows=len(PRIORITIES) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    for c, h in enumerate(["What we put in", "Our priority", "What will change"]):
        cell = t.cell(0, c)
        shade(cell, c1)
        r = cell.paragraphs[0].add_run(h)
        r.bold, r.font.size = True, Pt(9.5)
        r.font.color.rgb = rgb("FFFFFF")
    for i, p in enumerate(PRIORITIES, 1):
        a, b, m = t.cell(i, 0), t.cell(i, 1), t.cell(i, 2)
        shade(b, D["tint"])
        a.paragraphs[0].add_run(p["inp"]).font.size = Pt(9)
        r = b.paragraphs[0].add_run(p["text"])
        r.bold, r.font.size = True, Pt(11)
        r.font.color.rgb = rgb(c1)
        m.paragraphs[0].add_run(p["out"]).font.size = Pt(9)
        for c in (a, b, m):
            c.paragraphs[0].paragraph_format.space_before = Pt(8)
            c.paragraphs[0].paragraph_format.space_after = Pt(8)
    set_widths(t, [4.6, 7.0, 5.0])
    keep_rows(t)


def build(out_root):
    D["priorities"] = PRIORITIES
    return word_report(D, out_root / D["file"], _priorities, symbol_at=D.get("symbol_at", 0))
