"""Surrey Safeguarding Adults Board Strategic Plan 2026-2029: HTML/CSS -> Chromium (DejaVu Serif headings).
The priorities are the bold side heads in the left margin of p5, each beside its prose in the right column.
Distractors: the six Care Act safeguarding principles (p4), the findings, the sub-group names, measures."""
from surrey_districts.kit_html import E, html_report

D = dict(
    file="strategies/surrey_safeguarding_adults_board_strategic_plan_2026-29.pdf",
    slug="safeguarding_adults", kind="other",
    title="Surrey Safeguarding Adults Board Strategic Plan 2026\u20132029",
    body="Surrey Safeguarding Adults Board",
    cover_title="Strategic Plan 2026\u20132029",
    cover_sub="Surrey Safeguarding Adults Board",
    cover_lines=["Surrey County Council \u00b7 Surrey Police \u00b7 NHS Surrey Heartlands \u00b7 NHS Frimley \u00b7 "
                 "district and borough councils \u00b7 voluntary sector", "April 2026"],
    header_left="Surrey Safeguarding Adults Board \u00b7 Strategic Plan", folio="{n}",
    colours=("#0B5563", "#E3A72F"), tint="#E8F2F4",
    font="DejaVu Sans", heading_font="DejaVu Serif", pcc=False,
    sections=dict(fwd="Message from the Independent Chair", ctx="Safeguarding adults in Surrey",
                  pri="Our strategic priorities", dlv="Sub-groups and delivery", gov="Measures and assurance"),
    foreword=["The Board's job is to make sure that adults with care and support needs in Surrey are protected "
              "from abuse and neglect, and that the agencies responsible work well together.",
              "Our safeguarding adults reviews in the last three years point to the same lessons again and again: "
              "listen to the person, do not close the door on people who decline help, and see the risks that "
              "money, isolation and homelessness bring.",
              "This plan turns those lessons into four strategic priorities."],
    signed="Independent Chair, Surrey Safeguarding Adults Board",
    context="The Board is a statutory body under the Care Act 2014. The figures below are for 2025/26.",
    stats=[("9,400", "safeguarding concerns raised"), ("23%", "involving self-neglect"),
           ("17%", "involving financial or material abuse"), ("6", "safeguarding adults reviews published")],
    findings=["Self-neglect is the most common theme in reviews of deaths.",
              "Financial abuse, including scams, is the fastest-growing type of concern.",
              "People sleeping rough who die often had care and support needs that were never assessed.",
              "People tell us they are not always asked what outcome they want."],
    previous=("The six safeguarding principles",
              "The Care Act statutory guidance sets six principles that underpin all our work:",
              ["Empowerment", "Prevention", "Proportionality", "Protection", "Partnership", "Accountability"]),
    delivery=["Each priority is led by a sub-group of the Board."],
    group_heads=["Sub-group", "Leads on", "Meets"],
    groups=[["Practice and Quality", "Making safeguarding personal", "Quarterly"],
            ["Self-Neglect Task Group", "Self-neglect and hoarding", "Bi-monthly"],
            ["Financial Abuse Group", "Financial abuse and scams", "Quarterly"],
            ["Homelessness Safeguarding Group", "People sleeping rough", "Quarterly"],
            ["Safeguarding Adults Review Group", "Reviews and learning", "Monthly"]],
    measures=[["People asked about the outcome they want", "71%", "90%"],
              ["Self-neglect cases with a multi-agency plan", "48%", "80%"],
              ["Financial abuse concerns where money was protected", "40%", "60%"],
              ["Deaths of people sleeping rough reviewed", "60%", "100%"]],
    governance=["The Board publishes an annual report and is scrutinised by the county council's Adults and "
                "Health Select Committee."],
    partners=["Surrey County Council", "Surrey Police", "NHS Surrey Heartlands", "NHS Frimley",
              "district and borough councils", "Surrey Fire and Rescue Service", "Healthwatch Surrey"],
    contact="Contact: ssab@surreycc.example (illustrative)",
)

PRIORITIES = [
    dict(id="SAB1", plan=[], text="Making safeguarding personal",
         d="Every adult at the centre of a safeguarding enquiry will be asked what they want to happen, and "
           "agencies will record whether that outcome was met."),
    dict(id="SAB2", plan=[], text="Self-neglect and hoarding",
         d="We will publish a multi-agency self-neglect and hoarding protocol, train frontline staff in its use "
           "and make sure that people who decline help are not simply discharged."),
    dict(id="SAB3", plan=["P4"], text="Preventing financial abuse and scams",
         d="With Trading Standards, banks and the police, we will spot financial abuse earlier, protect "
           "people's money and support those who have been defrauded."),
    dict(id="SAB4", plan=[], text="Safeguarding people who sleep rough",
         d="We will review every death of a person sleeping rough, and make sure that care and support needs "
           "are assessed whether or not someone has a home."),
]

CSS = """
.sh { display: flex; gap: 6mm; margin-bottom: 8mm; border-top: 0.6mm solid #0B5563; padding-top: 3mm; }
.sh .l { flex: 0 0 52mm; font-family: 'DejaVu Serif'; font-weight: bold; font-size: 13.5pt; color: #0B5563;
         line-height: 1.25; }
.sh .r { flex: 1; }
"""


def build(out_root):
    D["priorities"] = PRIORITIES
    body = (f'<h1>{E(D["sections"]["pri"])}</h1><p>The Board has four strategic priorities for 2026\u20132029. Each is '
            f'shown in the margin, with what it means alongside.</p>')
    for p in PRIORITIES:
        body += f'<div class="sh"><div class="l">{E(p["text"])}</div><div class="r"><p>{E(p["d"])}</p></div></div>'
    return html_report(D, out_root, [body], CSS)
