"""Wendlesham Safeguarding Adults Board: "Strategic Plan 2027-2030" (Word, published as its LibreOffice PDF
only, 4 pages).

A Care Act 2014 board's plan in the sector's own template. The board's priorities are called "strategic
objectives" (the Care Act's word for what a strategic plan must set out). They are four unnumbered Heading 2
sentences under "Our strategic objectives for 2027-2030" (two on p3, two on p4), each followed by a grey
"Safeguarding principles:" tag line and "We will:" bullets. Look-alikes, all in the same heading styles or
numbering: the Board's three statutory duties (numbered 1.-3., p1); the 2024-2027 plan's priorities in a
sentence in the foreword (p1); the SIX SAFEGUARDING PRINCIPLES (Empowerment ... Accountability) as six Heading
2s with the same look as the objectives (p2), plus Making Safeguarding Personal; a Safeguarding Adults Review's
five numbered recommendations (p4) and a measures table (p4)."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, new_doc, numbered, page_break, para, set_footer, set_header, table

NAME = "care_act_principles_objectives_other"
ACC = "5B2A86"
TITLE = "Wendlesham Safeguarding Adults Board Strategic Plan 2027-2030"
OBJECTIVES = [
    ("Adults who self-neglect or hoard get a coordinated response that respects their choices and keeps them safe",
     "Prevention; Proportionality; Partnership",
     "Self-neglect featured in four of the last six Safeguarding Adults Reviews. Agencies often close cases when "
     "a person declines help, without a shared plan or a named lead.",
     ["launch a multi-agency self-neglect and hoarding protocol with a named lead professional for every case",
      "train housing officers, fire safety staff and GPs to use the protocol",
      "audit 30 self-neglect cases a year against the protocol"]),
    ("Fewer adults harmed by financial abuse, scams and cuckooing in their own homes",
     "Prevention; Protection; Partnership",
     "Financial abuse is now the most common type of abuse in concerns raised with the council (31%). Wendlesham "
     "Police recorded 44 homes taken over by drug dealers in 2025-26; most of the tenants had care and support "
     "needs.",
     ["work with the Safer Wendlesham Partnership and Trading Standards on a joint response to cuckooing",
      "give banks, building societies and the post office a single route to raise a concern",
      "run a scams awareness campaign with older people's groups every year"]),
    ("Safeguarding practice that hears the voice of the adult and of the people who care for them",
     "Empowerment; Proportionality",
     "Only 58% of adults asked said their safeguarding enquiry achieved the outcomes they wanted. Carers told us "
     "they were not told what was happening.",
     ["ask every adult what outcomes they want at the start and end of an enquiry",
      "set up a service user and carer reference group that reports to the Board",
      "publish a plain English guide to safeguarding enquiries"]),
    ("Learning from Safeguarding Adults Reviews changes practice in every partner agency",
     "Accountability; Partnership",
     "Reviews keep finding the same issues: weak use of the Mental Capacity Act, poor information sharing and "
     "professionals working alone.",
     ["track every review recommendation to completion on a public log",
      "hold a learning event within three months of every published review",
      "test change through multi-agency case audits"]),
]


def objective(doc, title, principles, why, will):
    doc.add_heading(title, level=2)
    para(doc, "Safeguarding principles: " + principles, italic=True, size=9.5, color="767171", space_after=4)
    para(doc, why)
    para(doc, "We will:", bold=True, space_after=2)
    bullets(doc, will)


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Wendlesham Safeguarding Adults Board", accent=ACC, size=10.5,
                  heading_sizes=(15, 12.5, 11))
    sec = doc.sections[0]
    set_header(sec, "Wendlesham Safeguarding Adults Board", right_text="Strategic Plan 2027-2030", size=8.5)
    set_footer(sec, "Safeguarding is everyone's business", page_word="")
    # ---------------------------------------------------------------- p1
    para(doc, "Wendlesham Safeguarding Adults Board", bold=True, size=12, color=ACC, space_after=2)
    para(doc, "Strategic Plan 2027-2030", size=24, color=ACC, space_after=2)
    para(doc, "Working together so that adults with care and support needs can live safely, free from abuse and "
              "neglect", size=12.5, color="595959", italic=True, space_after=12)
    doc.add_heading("Foreword from the Independent Chair", level=1)
    para(doc, "I am pleased to introduce the Board's strategic plan for the next three years. It builds on the "
              "2024-2027 plan, whose priorities were prevention, making safeguarding personal and strong "
              "partnership working, and on what adults, carers and staff told us in our autumn 2026 survey.")
    para(doc, "Three things stand out. Self-neglect remains the thread running through our reviews. Financial "
              "abuse and the exploitation of adults in their own homes have grown. And adults still tell us "
              "that safeguarding is done to them rather than with them.")
    para(doc, "Dr Margaret Ashworth-Kale, Independent Chair, Wendlesham Safeguarding Adults Board",
         italic=True, size=9.5)
    doc.add_heading("About the Board", level=1)
    para(doc, "The Board is set up under section 43 of the Care Act 2014. Its statutory members are Wendlesham "
              "Borough Council, the Harrowmere and Netherfold Integrated Care Board and Wendlesham Police. The "
              "Care Act gives the Board three core duties. It must:")
    for n, d in enumerate(["Publish a strategic plan each year setting out how it will meet its objectives and "
                           "how its members will contribute",
                           "Publish an annual report on what it has done and what its members have done",
                           "Commission Safeguarding Adults Reviews when the criteria in section 44 are met"], 1):
        numbered(doc, f"{n}.", d, indent_cm=0.8, space_after=3)
    para(doc, "Other members include the fire and rescue service, the Probation Service, housing providers, "
              "Healthwatch and the voluntary sector.", space_before=4)
    page_break(doc)
    # ---------------------------------------------------------------- p2
    doc.add_heading("The six safeguarding principles", level=1)
    para(doc, "Everything the Board does is guided by the six principles set out in the Care and Support "
              "Statutory Guidance. Each strategic objective in this plan is linked to the principles it puts "
              "into practice.")
    for name, desc in [
            ("Empowerment", "People are supported and encouraged to make their own decisions and give informed "
                            "consent. \u201cI am asked what I want as the outcomes from the safeguarding process.\u201d"),
            ("Prevention", "It is better to take action before harm occurs. \u201cI receive clear and simple "
                           "information about what abuse is and how to get help.\u201d"),
            ("Proportionality", "The least intrusive response appropriate to the risk presented. \u201cI am sure "
                                "that professionals will work in my interest and only get involved as much as "
                                "needed.\u201d"),
            ("Protection", "Support and representation for those in greatest need. \u201cI get help and support "
                           "to report abuse and neglect.\u201d"),
            ("Partnership", "Local solutions through services working with their communities. \u201cI know that "
                            "staff treat any personal information in confidence.\u201d"),
            ("Accountability", "Accountability and transparency in delivering safeguarding. \u201cI understand "
                               "the role of everyone involved in my life.\u201d")]:
        doc.add_heading(name, level=2)
        para(doc, desc)
    doc.add_heading("Making Safeguarding Personal", level=1)
    para(doc, "Making Safeguarding Personal means that safeguarding is person-led and outcome-focused. It "
              "engages the adult in a conversation about how best to respond to their situation in a way that "
              "improves their involvement, choice and control, as well as their quality of life, wellbeing and "
              "safety.")
    page_break(doc)
    # ---------------------------------------------------------------- p3-4
    doc.add_heading("Our strategic objectives for 2027-2030", level=1)
    para(doc, "The Board has agreed four strategic objectives. They are our priorities for the next three years "
              "and the Board's subgroups will report against them at every meeting. Each one is linked to the "
              "safeguarding principles it puts most into practice.")
    for o in OBJECTIVES[:2]:
        objective(doc, *o)
    page_break(doc)
    for o in OBJECTIVES[2:]:
        objective(doc, *o)
    doc.add_heading("Learning from reviews: SAR \u201cMr K\u201d", level=1)
    para(doc, "The review of Mr K, published in November 2026, made five recommendations to the Board. They are "
              "built into the objectives above.")
    for n, r in enumerate(["Agencies should use the Mental Capacity Act to assess executive capacity, not "
                           "only decision-specific capacity",
                           "Housing providers should escalate repeated refusals of entry to a multi-agency meeting",
                           "The Board should publish a self-neglect and hoarding protocol",
                           "GPs should be invited to every multi-agency risk meeting about their patient",
                           "The Board should seek assurance that the learning has reached front-line staff"], 1):
        numbered(doc, f"{n}.", r, indent_cm=0.8, space_after=3)
    doc.add_heading("How we will know we are making a difference", level=1)
    table(doc, ["Measure", "2025-26", "Aim for 2029-30"], [
        ["Adults whose desired outcomes were fully or partly met", "58%", "80%"],
        ["Self-neglect cases with a named lead professional", "Not recorded", "100%"],
        ["Review recommendations completed on time", "64%", "90%"],
        ["Concerns raised by banks and the post office", "12", "60"]], [9.5, 3.0, 3.5], head_fill=ACC)
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
