"""Northamptonshire Youth Justice Plan 2024-25 (Youth Justice Partnership Board): HTML printed by Chromium
(DejaVu Sans; YJB plan headings).

Five priorities, stated once, on p6 written on **a page of a school exercise book** "Our plan, in our own
words": ruled blue lines, a red margin rule with the numbers "1" ... "5" in the margin, the priorities in bold
dark-blue serif italic on the lines, each followed by a pencil-grey "How: ..." line and a red teacher's tick in
the right margin; a "Name / Subject" label at the top of the page.  The Child First tenets (p4), last year's
priorities and the review table (p5), the "How" lines and the book label (p6), the YJB key performance
indicators (p7) and the risks (p8) are distractors.
"""
from northamptonshire.kit import e, html_build
from northamptonshire.work import work_file

FILE = "strategies/northamptonshire_youth_justice_plan_2024-25.pdf"
TITLE = "Northamptonshire Youth Justice Plan 2024–25"

PRIORITIES = [
    ("Keeping children out of the justice system through early help and diversion",
     "How: a diversion panel that meets weekly, and Turnaround for children on the edge of the system."),
    ("Reducing reoffending by the children we work with",
     "How: plans written with each child, and a worker who stays with them from start to finish."),
    ("Keeping children safe from exploitation and harm outside the home",
     "How: contextual safeguarding with schools, the police and the county exploitation panel."),
    ("Meeting children's speech, language and communication needs",
     "How: a speech and language therapist in the team, and screening for every child at the start."),
    ("Giving victims of youth crime a voice through restorative justice",
     "How: every victim offered contact with our victim worker and, if they wish, a restorative meeting."),
]

CSS = """
.book { position: relative; background: #FFFEF8; border: 1px solid #D9D4C3; border-radius: 2mm;
  padding: 0 8mm 30px 24mm; margin-top: 3mm;
  background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 29px, #A9C6E8 29px, #A9C6E8 30px); }
.book:before { content: ""; position: absolute; left: 18mm; top: 0; bottom: 0; width: 0.6mm; background: #E36A6A; }
.book .lab { height: 60px; padding-top: 2mm; }
.book .label { font-size: 8pt; line-height: 1.4; color: #555; border: 1px solid #999; display: inline-block;
  padding: 0.8mm 3mm; background: #fff; }
.book .line { position: relative; margin: 0 0 30px 0; }
.book .n { position: absolute; left: -15mm; top: 0; width: 10mm; text-align: right; font: italic 700 13pt/30px 'DejaVu Serif';
  color: #E36A6A; }
.book .line b { display: block; font: italic 700 13.5pt/30px 'DejaVu Serif'; color: #1D3A7A; max-width: 135mm; }
.book .line span { display: block; font-size: 8.6pt; line-height: 30px; color: #8A8A8A; }
.book .tick { position: absolute; right: -4mm; top: 0; font: 700 16pt/30px 'DejaVu Sans'; color: #D33; }
"""


def book():
    P = ['<div class="book"><div class="lab"><div class="label">Name: Youth Justice Partnership Board &nbsp;·&nbsp; '
         'Subject: Our plan for 2024–25</div></div>']
    for i, (name, how) in enumerate(PRIORITIES, 1):
        P.append(f'<div class="line"><div class="n">{i}</div><div class="tick">\u2713</div><b>{e(name)}</b>'
                 f'<span>{e(how)}</span></div>')
    P.append("</div>")
    return "\n".join(P)


SPEC = dict(
    file=FILE, title=TITLE, org="Northamptonshire Youth Justice Partnership Board", c1="#1D3A7A", c2="#E36A6A",
    pale="#EEF2FA", running="Northamptonshire Youth Justice Plan 2024–25", font="DejaVu Sans",
    page_fmt='"Page " counter(page) " of " counter(pages)',
    cover_title=["Youth Justice Plan", "2024–25"], years="Northamptonshire Youth Justice Service",
    cover_sub="Prepared under section 40 of the Crime and Disorder Act 1998 for the Youth Justice Board",
    back=["Northamptonshire Youth Justice Service", "yjs@northants-childrenstrust.example"],
    sections=[
        ("fw", "Introduction from the chair", [
            ("p", "This is the youth justice plan for Northamptonshire for 2024–25. It is agreed by the Youth Justice "
                  "Partnership Board, which includes Northamptonshire Children's Trust, both councils, the police, "
                  "the Probation Service, health and the Police, Fire and Crime Commissioner."),
            ("p", "We asked the children we work with to help us write our priorities, and we have kept their "
                  "words where we could. Children told us they want to be listened to, to be understood, and to "
                  "have a future."),
            ("sign", "Chair, Northamptonshire Youth Justice Partnership Board")]),
        ("cf", "Child First", [
            ("p", "Our work follows the Youth Justice Board's Child First principle. Its four tenets are:"),
            ("ul", ["As children: see children as children", "Building pro-social identity",
                    "Collaborating with children", "Diverting from stigma"]),
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("96", "first-time entrants"), ("31%", "reoffending rate"), ("412", "children worked with"),
                       ("7", "children in custody"), ("68%", "of children with speech and language needs"),
                       ("140", "victims contacted")])]),
        ("rev", "Looking back at 2023–24", [
            ("p", "Last year's plan had four priorities. The table shows what happened."),
            ("table", [["2023–24 priority", "What happened"],
                       ["Prevention and diversion", "Diversion panel launched; first-time entrants down 12%"],
                       ["Education, training and employment", "Now led by the Children's Trust's virtual school"],
                       ["Serious violence", "Joint work with the serious violence partnership"],
                       ["Disproportionality", "Audit complete; actions carried into 2024–25"]])]),
        ("pri", "Our priorities for 2024–25", [
            ("p", "The board and the children we work with agreed five priorities. We wrote them out in the "
                  "children's own exercise book."),
            ("raw", book())]),
        ("kpi", "Performance", [
            ("p", "We report to the Youth Justice Board on the national key performance indicators, including:"),
            ("ul", ["Suitable accommodation", "Education, training and employment", "Special educational needs "
                    "and disabilities", "Mental health care and emotional wellbeing", "Substance misuse",
                    "Out-of-court disposals", "Management board attendance", "Serious violence",
                    "Victims"])]),
        ("risk", "Risks and resources", [
            ("p", "The board keeps the risks to this plan under review."),
            ("table", [["Risk", "Mitigation"], ["Loss of Turnaround funding after March 2025",
                       "Seek joint funding with the PFCC"], ["Vacancies in the case manager team",
                       "A recruitment and retention plan"], ["Speech and language waiting lists",
                       "Our own therapist from September"]]),
            ("table", [["Budget 2024–25 (illustrative)", "£"], ["Youth Justice Board grant", "780,000"],
                       ["Partner contributions", "1,450,000"], ["PFCC contribution", "120,000"]])])])


def build(root):
    return html_build(SPEC, root, work_file, CSS)
