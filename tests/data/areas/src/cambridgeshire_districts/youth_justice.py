"""Cambridgeshire Youth Justice Service Strategic Plan 2025-2026 (reportlab long-form in the YJB plan's
chapter headings: rule header, priorities as the bold first column of a table, two-column 'Child First'
chapter)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("YJS1", "Preventing children from entering the youth justice system", "Prevention and diversion", "youth",
       "Prevention Panel", "First-time entrants have fallen, but not for every group of children.",
       ["Use the joint decision-making panel for every eligible child", "Continue Turnaround for children on the edge of the system"],
       "Fewer first-time entrants."),
    pr("YJS2", "Reducing reoffending by children", "Reoffending", "youth", "Management Board",
       "A small group of children commit most repeat offences.",
       ["Review every child who reoffends within three months", "Improve speech and language screening"],
       "A lower binary reoffending rate."),
    pr("YJS3", "Keeping children safe from exploitation and serious violence", "Safety and exploitation", "exploitation",
       "Exploitation Panel", "Many children we work with are exploited before they offend.",
       ["Screen every child for exploitation at assessment", "Work with the Serious Violence Duty partners on hotspots"],
       "More children with a safety plan."),
    pr("YJS4", "Putting victims at the heart of our restorative practice", "Victims and restorative justice", "victims",
       "Restorative Justice Group", "Victims want a voice, and children learn from meeting the harm they caused.",
       ["Offer every victim a restorative option", "Train all case managers in restorative practice"],
       "More victims offered and taking part in restorative justice."),
    pr("YJS5", "Reducing the criminalisation of children in care", "Children in care", "care",
       "Corporate Parenting Panel", "Children in care are over-represented among the children we work with.",
       ["Apply the national protocol in every children's home", "Review every arrest of a child in care"],
       "Fewer children in care entering the system."),
]

D = dict(
    file="cambridgeshire_youth_justice_strategic_plan_2025-26.pdf",
    title="Cambridgeshire Youth Justice Service Strategic Plan 2025\u20132026",
    cover_title="Youth Justice Strategic Plan", short="Youth Justice Plan 2025\u201326",
    body="the Youth Justice Management Board", org="Cambridgeshire Youth Justice Service",
    years="2025\u20132026", place="Cambridgeshire", seed=909, ref="YJ", agreed="2025",
    style=dict(body_font="liberation-sans", head_font="liberation-sans", c1="#123e7c", c2="#2e9c4a", c3="#e6eef8",
               header="rule", footer="Page {n} of {m}", footer_pos="right", contents="rule", cover="frame",
               fn_reserve=14, size=10.0),
    signed="Chair of the Youth Justice Management Board",
    topics=["youth", "exploitation", "care"], statement="table", twocol=["evidence"],
    titles={"intro": "Introduction, vision and strategy", "area": "Local context",
            "evidence": "Child First and the voice of the child", "priorities": "Priorities for 2025\u201326",
            "delivery": "Service development plan", "measures": "Performance and national key performance indicators",
            "governance": "Governance, leadership and partnership arrangements", "equality": "Over-represented children"},
    statement_intro="The Management Board agreed these priorities for the year ahead at its March meeting:",
    priorities=P,
    previous=dict(years="2024\u201325", items=[
        ("Reduce first-time entrants", "Achieved: down by a tenth."), ("Education, training and employment", "Partly achieved."),
        ("Serious violence and exploitation", "Carried forward."), ("Victims", "Restorative offer widened.")],
        intro="Last year's plan set these priorities. The review below shows what happened:"),
    national_lists=[("Child First: the four tenets", ["As children", "Building pro-social identity",
                                                      "Collaborating with children", "Diverting from stigma"]),
                    ("Youth Justice Board key performance indicators (selection)",
                     ["Suitable accommodation", "Education, training and employment", "Special educational needs",
                      "Mental health care", "Substance misuse", "Out-of-court disposals", "Victims"])],
    national=[("Crime and Disorder Act 1998, section 40", "Each local authority must publish a youth justice plan every year.")],
    tiles=[("74", "first-time entrants in a year"), ("31%", "binary reoffending rate"), ("18%", "of children open to us are in care"),
           ("5 in 10", "victims offered restorative justice took part")],
    findings=["Children in care are over-represented", "Most children have speech and language needs",
              "Exploitation is identified late", "Victim take-up of restorative justice is improving"],
    quote="They listened to me properly for the first time. I didn't feel like a case number.",
    measures=measures_from(P, [("First-time entrants", "74", "Fewer"), ("Binary reoffending rate", "31%", "Lower"),
                               ("Children with a safety plan", "66%", "More"), ("Victims taking part in RJ", "50%", "More"),
                               ("Children in care entering the system", "13", "Fewer")]),
    groups=[("Youth Justice Management Board", "Director of Children's Services", "Quarterly", "Safeguarding partnership"),
            ("Prevention Panel", "YJS manager", "Fortnightly", "Board"), ("Exploitation Panel", "Children's social care", "Monthly", "Board")],
    data=data_rows(["Cambridge", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire"],
                   extra=[("Out-of-court disposals", "YJS case system"), ("Custodial sentences", "YJS case system")],
                   per_ward=("First-time entrants (10-17)", "Children open to the service")),
    glossary=[("Binary reoffending rate", "The share of children in a cohort who reoffend within a year."),
              ("Turnaround", "A national programme for children on the cusp of the justice system.")],
    contacts=["Cambridgeshire Youth Justice Service (illustrative address)", "Email: yjs@cambs-yjs.example"],
)


def build(out_root):
    return build_strategy(D, out_root)
