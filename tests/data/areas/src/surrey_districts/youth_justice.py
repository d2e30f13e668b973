"""Surrey Youth Justice Partnership Plan 2026-27: HTML/CSS -> Chromium (Liberation Sans; YJB plan headings).
Question-style layout (p5): each priority is the bold heading answering a child's question, which is printed
above it as a grey "You asked: ..." kicker.  Distractors: the Child First tenets (p4), the children's questions,
the YJB key performance indicators (p7), delivery and measures."""
from surrey_districts.kit_html import E, html_report

D = dict(
    file="strategies/surrey_youth_justice_partnership_plan_2026-27.pdf",
    slug="youth_justice", kind="youth_justice",
    title="Surrey Youth Justice Partnership Plan 2026\u201327",
    body="Surrey Youth Justice Partnership Board",
    cover_title="Youth Justice Plan 2026\u201327",
    cover_sub="Surrey Youth Justice Partnership",
    cover_lines=["Prepared under section 40 of the Crime and Disorder Act 1998", "Approved by the board, June 2026"],
    header_left="Surrey Youth Justice Plan 2026\u201327", folio="Page {n}",
    colours=("#C0392B", "#34495E"), tint="#FBEDEB",
    font="Liberation Sans",
    sections=dict(fwd="Introduction from the Chair of the Board", ctx="Child First, and our children",
                  pri="Our priorities, in answer to children's questions", dlv="Resources and services",
                  gov="Performance and governance"),
    findings_head="What our data tells us",
    foreword=["Surrey's youth justice service works with around 300 children a year. Most have experienced "
              "trauma, exclusion from school or exploitation before they ever offend.",
              "For this plan we asked the children we work with what they wanted to know from the board. Their "
              "questions frame our priorities for the year.",
              "The board will review progress against each priority at every meeting."],
    signed="Chair, Surrey Youth Justice Partnership Board",
    context=("The board works to the Youth Justice Board's Child First principle. The figures below are for "
             "2025/26."),
    stats=[("112", "first-time entrants to the justice system"), ("31%", "proven reoffending rate"),
           ("44%", "of children supervised who are, or have been, in care"), ("61%", "of victims offered restorative justice")],
    findings=["First-time entrants have fallen but remain above the south-east average.",
              "Children in care are heavily over-represented in the cohort.",
              "A third of children supervised have been criminally exploited.",
              "Victims who take part in restorative justice report high satisfaction."],
    previous=("The Child First tenets",
              "The Youth Justice Board asks every service to work to four tenets. They guide how we work:",
              ["See children as children", "Develop pro-social identity for positive child outcomes",
               "Collaborate with children", "Promote diversion"]),
    pcc=True,
    delivery=["The service is funded by the council, police, probation, health, the OPCC and the Youth Justice "
              "Board grant (illustrative totals below)."],
    group_heads=["Service", "What it offers", "Funded by"],
    groups=[["Surrey Youth Justice Service", "Court orders and diversion", "Council and YJB grant"],
            ["Turnaround", "Early support for children on the edge", "Ministry of Justice"],
            ["Restorative justice team", "Victim contact and conferences", "OPCC"],
            ["Health in youth justice", "Speech, language and mental health", "NHS"]],
    measures=[["First-time entrants", "112", "95"], ["Proven reoffending", "31%", "25%"],
              ["Children in care entering the system", "49", "35"], ["Victims offered RJ", "61%", "85%"]],
    governance=["The Youth Justice Board's key performance indicators (accommodation, education, mental health, "
                "substance use, serious violence and more) are reported to the board every quarter.",
                "The board reports to the Surrey Children's Safeguarding Partnership and the Community Safety Board."],
    partners=["Surrey County Council", "Surrey Police", "Probation Service", "NHS Surrey Heartlands", "OPCC for Surrey",
              "Youth Justice Board", "Surrey Magistrates"],
    contact="Contact: yjs@surreycc.example (illustrative)",
)

PRIORITIES = [
    dict(id="YJ1", q="Why do I have to go to court for one mistake?", plan=["P2"],
         text="Diverting children away from the formal justice system",
         d="We will offer diversion, through the joint decision-making panel, to every child for whom it is safe."),
    dict(id="YJ2", q="What happens if I get in trouble again?", plan=["P5"],
         text="Reducing reoffending by children",
         d="Plans will be built with children around what helps them stop, not only around the offence."),
    dict(id="YJ3", q="Who will keep me safe from the people using me?", plan=["P2"],
         text="Keeping children safe from exploitation outside the home",
         d="Every exploited child will have a named worker and a safety plan shared with children's services."),
    dict(id="YJ4", q="Why do kids in care get arrested more?", plan=[],
         text="Fewer children in care entering the justice system",
         d="With children's homes, we will stop calling the police for behaviour a parent would deal with at home."),
    dict(id="YJ5", q="Does the person I hurt get a say?", plan=["P4"],
         text="Restorative justice for the victims of children's offending",
         d="Every victim will be contacted and offered a say, a meeting or reparation."),
]

CSS = """
.yq { margin: 0 0 6mm 0; padding-left: 5mm; border-left: 1.5mm solid #C0392B; }
.yq .ask { font-size: 9.5pt; color: #777; font-style: italic; }
.yq h2 { font-size: 15pt; margin: 1mm 0 1.5mm 0; color: #34495E; }
"""


def build(out_root):
    D["priorities"] = PRIORITIES
    body = (f'<h1>{E(D["sections"]["pri"])}</h1><p>Children asked the board five questions. Our five priorities '
            f'for 2026\u201327 are our answers.</p>')
    for p in PRIORITIES:
        body += (f'<div class="yq"><div class="ask">You asked: \u201c{E(p["q"])}\u201d</div>'
                 f'<h2>{E(p["text"])}</h2><p>{E(p["d"])}</p></div>')
    return html_report(D, out_root, [body], CSS)
