"""heading1_everything.docx / .pdf: the Stourleigh Reducing Reoffending Strategy 2025-2028, a Word file in which
EVERY paragraph - title, body text, bullets typed as "- ", table-like lines - has the "Heading 1" style. The
author then shrank the body paragraphs back to 11 pt regular black by direct formatting, so the printed page looks
almost normal, but the outline (Word's navigation pane, and the bookmarks LibreOffice writes into the PDF) lists
every paragraph.

The priorities are the four "Priority One - X" paragraphs (bold 14 pt by direct formatting) on pages 3-5; the
previous strategy's seven pathways (page 2), the "We will" lines and the measures are Heading 1 too. The .docx
has explicit page breaks that match the PDF page for page.
"""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt, RGBColor

import common
import docx_kit as K

NAME = "heading1_everything"
TITLE = "Stourleigh Reducing Reoffending Strategy 2025\u20132028"
EN = "\u2013"


class H1Writer:
    """Writes everything as Heading 1, with direct formatting on the runs."""

    def __init__(self, doc):
        self.doc = doc

    def p(self, text, *, size=11, bold=False, color="000000", space_before=6, space_after=4, indent=None):
        para = self.doc.add_paragraph(style="Heading 1")
        r = para.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = RGBColor.from_string(color)
        pf = para.paragraph_format
        pf.space_before = Pt(space_before)
        pf.space_after = Pt(space_after)
        if indent is not None:
            from docx.shared import Cm
            pf.left_indent = Cm(indent)
        return para

    def head(self, text, size=14):
        return self.p(text, size=size, bold=True, color="2F5496", space_before=12, space_after=4)

    def dash(self, items):
        for it in items:
            self.p("- " + it, space_before=0, space_after=2, indent=0.5)

    def brk(self):
        K.page_break(self.doc)


def build_docx(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Stourleigh Reducing Reoffending Partnership", font="Liberation Sans", size=11,
                    accent="2F5496", heading_sizes=(16, 13, 12), margins_cm=2.54)
    sec = doc.sections[0]
    K.set_footer(sec, "Stourleigh Reducing Reoffending Strategy 2025\u20132028 \u2013 DRAFT v3", page_word="")
    w = H1Writer(doc)

    # page 1
    w.p("Stourleigh Reducing Reoffending Partnership", size=14, bold=True, color="2F5496", space_before=40)
    w.p(TITLE, size=24, bold=True, color="2F5496", space_before=6, space_after=20)
    w.p("Draft version 3 \u2013 for approval by the Reducing Reoffending Board on 20 November 2025", size=11,
        color="595959", space_after=20)
    w.head("Foreword")
    w.p("Most crime in Stourleigh is committed by people who have offended before. Nearly half of the adults released "
        "from short prison sentences go on to reoffend within a year, and each time they do there is another victim. "
        "Reducing reoffending is one of the most effective ways we have of reducing crime.")
    w.p("This strategy sets out how the Probation Service, Stourleigh Borough Council, Aldermoor Police, HMP Fenwood, "
        "the NHS, the Department for Work and Pensions and the voluntary sector will work together to help people "
        "leave crime behind. It replaces the strategy agreed in 2021, and it draws on the experience of people who "
        "have been through the justice system themselves.")
    w.p("Rebecca Tomlinson, Head of Stourleigh Probation Delivery Unit, Chair of the Reducing Reoffending Board",
        space_before=10)
    w.brk()

    # page 2
    w.head("Why reducing reoffending matters")
    w.p("In the year to March 2024, the proven reoffending rate for adults in Stourleigh was 26.4%, against 25.1% for "
        "England and Wales. For adults released from custody sentences of less than twelve months it was 54%.")
    w.dash(["1,930 people were on probation in Stourleigh in March 2025",
            "around 420 people are released from prison to Stourleigh each year",
            "11% of people released from prison had nowhere to live on the day of release",
            "62% of people on probation have a drug or alcohol need, and 48% a mental health need"])
    w.head("What we did before: the seven pathways")
    w.p("Our 2021\u20132024 strategy was organised around the seven national reducing reoffending pathways:")
    for i, pw in enumerate(["Accommodation", "Education, training and employment", "Health",
                            "Drugs and alcohol", "Finance, benefit and debt", "Children and families",
                            "Attitudes, thinking and behaviour"], start=1):
        w.p(f"{i}. {pw}", space_before=0, space_after=2, indent=0.5)
    w.p("The Board has decided to bring these together into four priorities, so that effort is concentrated where "
        "our evidence says it will make the most difference, and so that each priority has a clear lead.")
    w.brk()

    # page 3
    w.head("Our priorities", size=16)
    w.p("For the next three years the partnership will focus on four priorities. Each has a lead organisation and a "
        "small number of measures that the Board will review every quarter.")
    w.head(f"Priority One {EN} Somewhere safe to live")
    w.p("People who leave prison without somewhere to live are far more likely to reoffend. In 2024/25, 46 people "
        "were released to Stourleigh with no fixed address, and many more went into unsuitable or temporary "
        "accommodation.")
    w.p("We will:")
    w.dash(["make sure everyone has a housing assessment at least 12 weeks before release;",
            "extend the Commissioned Rehabilitative Services accommodation service to people on licence;",
            "open 12 more supported housing places for people leaving prison, with the council and Stourleigh Homes;",
            "agree a protocol so that no one is released from HMP Fenwood to the street."])
    w.p("Lead: Stourleigh Borough Council (housing)", space_before=6)
    w.brk()

    # page 4
    w.head(f"Priority Two {EN} Work, training and money")
    w.p("Having a job is one of the strongest protective factors against reoffending. Many people on probation have "
        "few qualifications, debts and gaps in their employment history.")
    w.p("We will:")
    w.dash(["put a prison work coach in touch with every prisoner due for release to Stourleigh;",
            "work with local employers on a \u201cban the box\u201d pledge and supported job placements;",
            "help people open bank accounts and get identity documents before they leave prison;",
            "offer debt advice through Citizens Advice Stourleigh."])
    w.p("Lead: Department for Work and Pensions", space_before=6)
    w.head(f"Priority Three {EN} Health: mental health, drugs and alcohol")
    w.p("Drug and alcohol misuse and poor mental health lie behind a great deal of reoffending. Too few people leave "
        "prison and go straight into community treatment.")
    w.p("We will:")
    w.dash(["make sure at least 60% of prison leavers with a substance misuse need start treatment within three weeks;",
            "use Community Sentence Treatment Requirements more often, with a clinician at court;",
            "offer a mental health assessment to everyone on probation who needs one."])
    w.p("Lead: Aldermoor Integrated Care Board", space_before=6)
    w.brk()

    # page 5
    w.head(f"Priority Four {EN} Families, children and relationships")
    w.p("Family relationships can be one of the strongest reasons to stop offending, and children of prisoners are "
        "at greater risk of poor outcomes themselves. Some people on probation are also perpetrators of domestic "
        "abuse, and their families need protection.")
    w.p("We will:")
    w.dash(["support families to stay in touch during a prison sentence, through the prison family hub;",
            "offer parenting support to parents on probation;",
            "make sure children\u2019s services know when a parent is sentenced to custody;",
            "refer people who have been abusive to the Building Better Relationships programme."])
    w.p("Lead: The Probation Service", space_before=6)
    w.head("Cross-cutting: attitudes, thinking and behaviour")
    w.p("Work to change attitudes and behaviour, including accredited programmes and the support of mentors with lived "
        "experience, runs through all four priorities rather than being a priority of its own.")
    w.brk()

    # page 6
    w.head("How we will measure success")
    w.dash(["proven reoffending rate (adults): 26.4% in 2023/24, aim below 24% by 2028",
            "people housed on the first night after release: 89%, aim 95%",
            "people in employment six weeks after release: 19%, aim 30%",
            "continuity of care into drug and alcohol treatment: 41%, aim 60%"])
    w.head("Governance")
    w.p("The Reducing Reoffending Board meets quarterly and reports to the Stourleigh Community Safety Partnership "
        "and to the Aldermoor Local Criminal Justice Board. It also reports progress to the Police and Crime "
        "Commissioner, whose plan commits to targeting the 100 most harmful violent offenders in the county.")
    w.head("Board members")
    w.dash(["The Probation Service (chair)", "Stourleigh Borough Council", "Aldermoor Police (Integrated Offender "
            "Management)", "HMP Fenwood", "Aldermoor Integrated Care Board", "Department for Work and Pensions",
            "Aldermoor Office of the Police and Crime Commissioner", "New Leaf Stourleigh (lived experience charity)"])
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_docx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    import shutil
    shutil.copyfile(work / f"{NAME}.docx", out / f"{NAME}.docx")
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf"), out / f"{NAME}.docx"]
