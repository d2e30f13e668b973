"""Cambridgeshire and Peterborough Reducing Reoffending Strategy 2025-2028 (reportlab long-form: side strip,
lettered statement, two-column evidence and equality chapters)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("RRB1", "Managing the most prolific offenders through Integrated Offender Management", "IOM", "reoffending",
       "IOM Steering Group", "A small cohort commits a large share of neighbourhood crime.",
       ["Refresh the IOM cohort selection each quarter", "Place a housing officer in the IOM team"],
       "Lower reoffending among the IOM cohort."),
    pr("RRB2", "Finding settled accommodation for people leaving prison", "Accommodation", "reoffending",
       "Accommodation Group", "People released homeless reoffend at twice the rate.",
       ["Agree a duty-to-refer route from HMP Peterborough and HMP Littlehey", "Fund move-on accommodation"],
       "More people in settled accommodation three months after release."),
    pr("RRB3", "Helping people on probation into education, training and work", "Employment", "reoffending",
       "Employment Group", "A job is one of the strongest protections against reoffending.",
       ["Recruit employers to a ban-the-box pledge", "Offer training places through the further education college"],
       "More people on probation in work six months after release."),
    pr("RRB4", "Improving outcomes for women in the criminal justice system", "Women", "reoffending",
       "Women's Justice Group", "Women often have histories of abuse and need different services.",
       ["Extend the women's centre to Huntingdon", "Offer trauma-informed programmes"], "Fewer women recalled to prison."),
    pr("RRB5", "Continuing drug and alcohol treatment from prison into the community", "Continuity of care", "drugs",
       "Health and Substance Misuse Group", "Too many people are lost between prison and community treatment.",
       ["Meet people at the gate on release", "Use RECONNECT care navigators"],
       "More prison leavers starting community treatment within three weeks."),
]

D = dict(
    file="cambridgeshire_peterborough_reducing_reoffending_strategy_2025-28.pdf",
    title="Cambridgeshire and Peterborough Reducing Reoffending Strategy 2025\u20132028",
    cover_title="Reducing Reoffending Strategy", short="Reducing Reoffending Strategy",
    body="the Reducing Reoffending Board", org="Cambridgeshire and Peterborough Reducing Reoffending Board",
    years="2025\u20132028", place="Cambridgeshire and Peterborough", seed=1010, ref="RR", agreed="2025",
    style=dict(body_font="liberation-serif", head_font="dejavu", c1="#3c3c6e", c2="#8a6d1d", c3="#e9e9f3",
               header="side", footer="Page {n} of {m}", footer_pos="centre", contents="dots", cover="stripe",
               fn_reserve=16, size=10.4, justify=True),
    signed="Chair, Reducing Reoffending Board",
    topics=["reoffending", "drugs"], statement="lettered", twocol=["evidence", "equality"],
    titles={"priorities": "Our priorities for reducing reoffending", "area": "Offending in our area"},
    statement_intro="The Board has agreed the following priorities for 2025 to 2028:",
    priorities=P,
    previous=dict(years="2021\u20132024", items=[
        ("Accommodation on release", "Duty to refer improved."), ("Employment and skills", "New employer forum."),
        ("Integrated Offender Management", "Cohort refreshed under the national IOM strategy."),
        ("Women offenders", "Women's centre opened in Peterborough.")]),
    national_lists=[("The seven resettlement pathways", ["Accommodation", "Education, training and employment", "Health",
                                                         "Drugs and alcohol", "Finance, benefit and debt",
                                                         "Children and families", "Attitudes, thinking and behaviour"]),
                    ("Neighbourhood Crime IOM strategy (2020): cohorts", ["Fixed", "Flex", "Free"])],
    tiles=[("1,100", "people released from prison into the area each year"), ("23%", "released with no settled home"),
           ("27%", "in work six months after release"), ("35%", "start community treatment within three weeks")],
    findings=["Homelessness on release drives early reoffending", "Employment rates after release are low",
              "Women are recalled for breaches linked to abuse", "Continuity of drug treatment is poor"],
    quote="I walked out with forty-six pounds and nowhere to go. I was back inside in a month.",
    measures=measures_from(P, [("IOM cohort reoffending", "62%", "Lower"), ("Settled accommodation at three months", "58%", "More"),
                               ("In work at six months", "27%", "More"), ("Women recalled", "48", "Fewer"),
                               ("Community treatment within three weeks", "35%", "More")]),
    groups=[("Reducing Reoffending Board", "Probation regional lead", "Quarterly", "Countywide Community Safety Board"),
            ("IOM Steering Group", "Police", "Monthly", "Board"), ("Accommodation Group", "District councils", "Bi-monthly", "Board")],
    data=data_rows(["Cambridge", "Peterborough", "Fenland", "Huntingdonshire"],
                   extra=[("Releases from custody", "HMPPS"), ("Recalls to custody", "HMPPS")],
                   per_ward=("Proven reoffending rate (adults)", "People on probation", "Releases with no settled home")),
    glossary=[("RECONNECT", "NHS care after custody service linking prison leavers with community health services."),
              ("Recall", "A return to prison for breaching licence conditions.")],
    contacts=["Reducing Reoffending Board secretariat (illustrative address)", "Email: rrb@cp-rrb.example"],
)


def build(out_root):
    return build_strategy(D, out_root)
