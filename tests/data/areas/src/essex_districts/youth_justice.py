"""Essex Youth Justice Service strategic plan 2025-2026: HTML/CSS -> Chromium.  The priorities are the
"subjects" of a school report card (p5), each with a grade for last year and a comment."""
from .kit_html import REPORT_CSS, document, report_card
from .shared import PFCC, contents

FILE = "strategies/essex_youth_justice_strategic_plan_2025-26.pdf"
PRIORITIES = [
    ("Divert children from the formal justice system", "B+",
     "Good progress with Turnaround and out-of-court outcomes; keep it up."),
    ("Keep children safe from exploitation and harm", "B",
     "Safety plans are better; contextual safeguarding needs more work."),
    ("Reduce reoffending by children", "C+",
     "The reoffending rate rose slightly; more focus on education needed."),
    ("Tackle the over-representation of Black and mixed-heritage children", "C",
     "Some effort shown; the gap has not yet narrowed."),
]
D = dict(
    font="DejaVu Sans", c1="#003e74", c2="#c55a11", org="Essex Youth Justice Service",
    short="Essex Youth Justice Strategic Plan 2025\u201326", folio="Page {n} of 6",
    pdf_title="Essex Youth Justice Strategic Plan 2025-2026",
    title_lines=["Youth Justice", "Strategic Plan"], years="2025\u201326",
    pri_title="Our end-of-year report", contents=contents("Our end-of-year report", "Delivery and performance",
                                                          fw="Introduction from the Chair"),
    delivery_title="Delivery and performance", foreword_title="Introduction from the Chair",
    foreword=["Children told us they find plans hard to read, so this year our priorities take the shape they "
              "know best: a school report, with a grade for how we did last year.",
              "We are a Child First service: we see children as children, build on their strengths and help "
              "them move away from offending."],
    signed="Chair, Essex Youth Justice Partnership Board",
    prev_title="Child First",
    prev_intro="The Youth Justice Board's Child First principle has four tenets, which guide everything we do:",
    previous=["As children", "Building pro-social identity", "Collaborating with children",
              "Diverting from stigma"],
    context_intro="Essex has about 320,000 children aged 10\u201317 (illustrative).",
    stats=[("412", "first-time entrants"), ("31%", "reoffending rate"), ("96", "children on exploitation plans"),
           ("2.3x", "over-representation ratio")],
    findings=["First-time entrants fell by 12% (illustrative).",
              "Black and mixed-heritage children are over-represented at every stage.",
              "Most exploitation is linked to county lines."],
    pcc=PFCC, pri_intro="Four priorities for 2025\u201326, agreed by the Partnership Board.",
    actions=[("Diversion", "Turnaround for every eligible child", "YJS"),
             ("Exploitation", "Joint exploitation panel with children's social care", "ECC"),
             ("Reoffending", "Education mentors for every child on an order", "YJS and schools"),
             ("Disproportionality", "Review every decision point for bias", "YJS and police")],
    delivery_intro="The service's delivery plan and the YJB key performance indicators track progress.",
    measures=["First-time entrants", "Reoffending rate", "Over-representation at arrest and custody"],
    governance="The Partnership Board meets quarterly and reports to the Youth Justice Board.",
    contact="yjs@essex.example",
)


def build(out_root):
    return document(D, report_card(PRIORITIES, ["Pupil: Essex Youth Justice Service", "Year: 2024/25",
                                                "Next year: 2025/26"]), REPORT_CSS, out_root / FILE)
