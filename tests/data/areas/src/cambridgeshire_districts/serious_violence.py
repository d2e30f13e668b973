"""Cambridgeshire and Peterborough Serious Violence Duty Strategy 2025-2030 (reportlab long-form: side strip with
the rotated running title, the priorities stated in a table on a landscape page inside the portrait report)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("SVD1", "Reducing knife crime and serious violence in public places", "Public place violence", "violence",
       "Violence Reduction Group", "Serious violence is concentrated in a few streets in Peterborough and Cambridge.",
       ["Run hotspot patrols guided by hospital and police data", "Install knife bins and weapons sweeps"],
       "Fewer hospital admissions for assault with a sharp object."),
    pr("SVD2", "Preventing children and young people from becoming involved in violence", "Children and young people",
       "violence", "Early Intervention Group", "Most people who commit serious violence started young.",
       ["Place youth workers in emergency departments", "Fund mentoring for children excluded from school"],
       "Fewer under-25s admitted for assault."),
    pr("SVD3", "Reducing alcohol-related violence in the night-time economy", "Night-time economy", "violence",
       "Licensing and NTE Group", "Weekend nights account for a third of violence with injury in town centres.",
       ["Fund street pastors and taxi marshals", "Use licensing reviews for premises with repeat incidents"],
       "Fewer assaults in the night-time economy."),
    pr("SVD4", "Supporting victims of violence to cope and recover", "Victims of violence", "victims",
       "Victims Group", "Victims of violence, especially young men, rarely take up support.",
       ["Offer trauma support to every young victim of violence", "Link hospital navigators to the Victim and Witness Hub"],
       "More victims of violence taking up support."),
]

D = dict(
    file="cambridgeshire_peterborough_serious_violence_strategy_2025-30.pdf",
    title="Cambridgeshire and Peterborough Serious Violence Duty Strategy 2025\u20132030",
    cover_title="Serious Violence Duty Strategy", short="Serious Violence Duty Strategy 2025\u201330",
    body="the Serious Violence Duty partnership", org="Cambridgeshire and Peterborough Serious Violence Partnership",
    years="2025\u20132030", place="Cambridgeshire and Peterborough", seed=707, ref="SV", agreed="2025",
    style=dict(body_font="dejavu", head_font="liberation-sans", c1="#1a1a1a", c2="#c0392b", c3="#f2e3e1",
               header="side", footer="Page {n} of {m}", footer_pos="right", contents="dots", cover="block",
               fn_reserve=16, size=9.4),
    signed="Chair, Serious Violence Duty partnership (specified authorities)",
    topics=["violence", "exploitation"], statement="landscape",
    titles={"area": "Serious violence in our area", "evidence": "Strategic needs assessment",
            "priorities": "Our priorities"},
    statement_intro="The specified authorities agreed four priorities after the strategic needs assessment. They are set "
                    "out in the table below with what each means and the group that leads it.",
    priorities=P,
    previous=dict(years="2023\u20132025 (interim response)", items=[
        ("Knife crime in Peterborough", "Hotspot policing evaluated."), ("Violence in the night-time economy", "Street pastors extended."),
        ("Young people at risk", "Mentoring pilot.")]),
    national=[("Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)",
               "Specified authorities must work together to prevent and reduce serious violence, produce a strategic "
               "needs assessment and publish a strategy."),
              ("Home Office success measures", "A reduction in hospital admissions for assaults with a knife or sharp "
               "object; a reduction in knife and sharp object enabled serious violence recorded by the police; a "
               "reduction in homicides recorded by the police."),
              ("Public health approach", "Focus on a defined population; work with and for communities; address causes; "
               "use data and evidence.")],
    tiles=[("1.6", "knife offences per 1,000 residents in central Peterborough"), ("33%", "of violence with injury at weekend nights"),
           ("62%", "of victims of knife crime are under 25"), ("1 in 10", "young victims take up support")],
    findings=["Knife crime is concentrated in central Peterborough and Cambridge", "Offenders and victims are often the same young people",
              "Alcohol is involved in most night-time violence", "Few young victims take up support"],
    quote="I was stabbed at seventeen. Nobody asked me what I needed afterwards.",
    measures=measures_from(P, [("Hospital admissions for sharp-object assault", "74", "Fewer"),
                               ("Under-25s admitted for assault", "210", "Fewer"), ("NTE assaults", "1,380", "Fewer"),
                               ("Victims taking up support", "12%", "More")]),
    groups=[("Serious Violence Partnership Board", "OPCC", "Quarterly", "Countywide Community Safety Board"),
            ("Violence Reduction Group", "Police", "Monthly", "Board"), ("Early Intervention Group", "County council", "Bi-monthly", "Board")],
    data=data_rows(["Central Peterborough", "North Peterborough", "Cambridge city centre", "Huntingdon", "Wisbech",
                    "St Neots"], extra=[("Hospital admissions for assault", "NHS data"), ("Homicides", "Police")],
                   per_ward=("Violence with injury", "Possession of weapons offences", "Hospital admissions for assault")),
    glossary=[("Specified authorities", "Bodies named in the Serious Violence Duty: police, councils, fire, health, justice."),
              ("Navigator", "A youth worker based in hospital who meets young people injured by violence.")],
    contacts=["Serious Violence Partnership, c/o the OPCC (illustrative address)", "Email: svd@cp-svd.example"],
)


def build(out_root):
    return build_strategy(D, out_root)
