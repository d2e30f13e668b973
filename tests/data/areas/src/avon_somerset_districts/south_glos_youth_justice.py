"""South Gloucestershire Youth Justice Plan 2025-26 (Word, python-docx + LibreOffice).

Four priorities, stated once, under "Our priorities for 2025–26" (p6): each a Word **Heading 3** followed by a
coloured "Status at the last review: ..." line and a paragraph.  Distractors: last year's priorities in the review
table (p4), the Child First principles (p3), the national key performance indicators (p5), the risks and the
board membership.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import h3_status_docx

FILE = "strategies/south_gloucestershire_youth_justice_plan_2025-26.pdf"
PRIORITIES = [
    ("Diverting children from the formal justice system", "Green", "Out-of-court resolutions and the Turnaround "
     "programme for children on the edge of the system."),
    ("Reducing reoffending by children", "Amber", "Intensive support for the small group of children who reoffend "
     "most."),
    ("Protecting children at risk of exploitation", "Amber", "Joint work with the exploitation panel and the "
     "Violence Reduction Partnership."),
    ("Meeting children's speech, language and communication needs", "New", "A speech and language therapist in "
     "the team, and screening for every child."),
]


def spec():
    return dict(
        file=FILE, stem="south_glos_youth_justice", producer="docx", title="South Gloucestershire Youth Justice Plan "
        "2025–26", author="South Gloucestershire Youth Justice Service", org="South Gloucestershire Youth Justice "
        "Service", running="Youth Justice Plan 2025–26", running_right="South Gloucestershire",
        cover=["Youth Justice Plan", "2025–26"], cover_sub="South Gloucestershire Youth Justice Service",
        cover_foot="Approved by the Youth Justice Management Board.", colours=("5B2C83", "00A6A6", "F1EAF7"),
        pagefmt_docx="Page {PAGE} of {NUMPAGES}",
        sections=[
            ("intro", "Introduction and Child First", [
                ("p", "This plan meets the Youth Justice Board's requirement for an annual youth justice plan. It is "
                      "written for the management board, partners and the children and families we work with."),
                ("p", "We work to the Child First principles: see children as children; develop pro-social "
                      "identity; collaborate with children; and promote diversion."),
                ("sign", "Chair, Youth Justice Management Board")]),
            ("rev", "Review of 2024–25", [
                ("table", [["Last year's priority", "Outcome"], ["Reduce first-time entrants", "Achieved"],
                           ["Improve education outcomes", "Partly achieved"], ["Strengthen the voice of the child",
                           "Achieved"]], [0.6, 0.4])]),
            ("kpi", "Performance", [
                ("p", "The national key performance indicators include first-time entrants, reoffending, use of "
                      "custody, accommodation, education, special educational needs, mental health, substance use, "
                      "out-of-court disposals, management board attendance and victims. The figures below are "
                      "illustrative."),
                ("stats", [("41", "first-time entrants"), ("31%", "reoffending rate"), ("2", "children sentenced "
                           "to custody"), ("62%", "of children with speech and language needs")])]),
            ("pri", "Our priorities for 2025–26", [
                h3_status_docx(PRIORITIES, "The board has agreed four priorities for the year:")]),
            ("risk", "Risks and governance", [
                ("ul", ["Rising demand from children exploited by drug lines.", "Recruitment of qualified staff."]),
                ("p", "The management board includes children's services, education, police, probation, health and "
                      "the Police and Crime Commissioner's office. Contact: yjs@southglos.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
