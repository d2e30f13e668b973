"""Cambridgeshire and Peterborough Violence Against Women and Girls Strategy 2025-2030 (reportlab long-form:
rule header, contents spilling over two pages (sections listed), statement as bold square-bulleted lines)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("VAW1", "Preventing violence against women and girls through education and early help", "Prevention", "vawg",
       "Prevention Group", "Harmful attitudes form early; schools, youth services and health can change them.",
       ["Support every secondary school to teach healthy relationships", "Fund early help for families where abuse starts"],
       "More young people who can name abusive behaviour."),
    pr("VAW2", "Providing safe accommodation and specialist support for survivors", "Safe accommodation", "vawg",
       "Safe Accommodation Board", "Survivors told us that the hardest thing was finding somewhere safe to live.",
       ["Commission refuge spaces for women with complex needs", "Extend the sanctuary scheme to private tenants",
        "Fund specialist advocates for older and disabled survivors"], "Fewer survivors turned away from refuge."),
    pr("VAW3", "Holding perpetrators to account and changing their behaviour", "Perpetrators", "da",
       "Perpetrator Group", "Too much of the burden of safety falls on victims.",
       ["Commission a perpetrator programme for medium-risk cases", "Use domestic abuse protection orders where they help"],
       "More perpetrators engaged in programmes."),
    pr("VAW4", "Improving the response to rape, sexual violence and stalking", "Sexual violence and stalking", "vawg",
       "Sexual Violence Group", "Few cases reach court, and stalking is often missed.",
       ["Fund independent sexual violence advisers", "Set up a stalking advocacy service"],
       "More victims who stay engaged with their case."),
    pr("VAW5", "Preventing suicide and learning from domestic abuse related deaths", "Learning from deaths", "da",
       "Reviews Panel", "Reviews show that domestic abuse often lies behind suicides as well as homicides.",
       ["Include suicides linked to abuse in the review process", "Share lessons with GPs and mental health services"],
       "Every review's recommendations tracked to completion."),
]

D = dict(
    file="cambridgeshire_peterborough_vawg_strategy_2025-30.pdf",
    title="Cambridgeshire and Peterborough Violence Against Women and Girls Strategy 2025\u20132030",
    cover_title="Violence Against Women and Girls Strategy", short="Cambridgeshire and Peterborough VAWG Strategy",
    body="the Domestic Abuse and Sexual Violence Partnership Board", org="Cambridgeshire and Peterborough Domestic Abuse and Sexual Violence Partnership",
    years="2025\u20132030", place="Cambridgeshire and Peterborough", seed=606, ref="VG", agreed="2025",
    style=dict(body_font="liberation-sans", head_font="liberation-serif", c1="#5a1e5c", c2="#b1365b", c3="#f4e9f2",
               header="rule", footer="Page {n} of {m}", footer_pos="centre", contents="dots", cover="stripe",
               fn_reserve=18, size=10.0),
    signed="Chair, Domestic Abuse and Sexual Violence Partnership Board",
    topics=["vawg", "da"], statement="bullets", toc_detail=True, contents_intro="This strategy is long; the contents run over two pages.",
    titles={"area": "Violence against women and girls in our area", "evidence": "Needs assessment",
            "priorities": "Strategic priorities"},
    statement_intro="The Board's strategic priorities for 2025 to 2030 are:",
    priorities=P,
    previous=dict(years="2022\u20132025", items=[
        ("Prevention and early intervention", "Healthy relationships programme in 20 schools."),
        ("Supporting victims and survivors", "Refuge capacity grew by eight units."),
        ("Pursuing perpetrators", "Perpetrator pilot evaluated."), ("Partnership working", "Board restructured.")]),
    national_lists=[("Tackling Domestic Abuse Plan (2022): four pillars",
                     ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"]),
                    ("Domestic Abuse Act 2021, Part 4", ["A duty on tier-one councils to assess the need for, and "
                                                         "provide support in, safe accommodation"])],
    tiles=[("1 in 4", "women will experience domestic abuse in their lifetime"), ("9,600", "domestic abuse crimes a year"),
           ("14%", "of rape reports reach charge"), ("41", "women turned away from refuge in a year")],
    findings=["Demand for refuge outstrips supply", "Few perpetrators are offered a programme",
              "Stalking is identified late", "Older and disabled women are under-represented in services",
              "Domestic abuse lies behind a number of suicides reviewed"],
    quote="I had to leave everything. The refuge was the first place I slept properly in years.",
    measures=measures_from(P, [("Young people who can name abusive behaviour", "61%", "More"),
                               ("Survivors turned away from refuge", "41", "Fewer"),
                               ("Perpetrators in programmes", "120", "More"),
                               ("Victims engaged to trial", "48%", "More"),
                               ("Review recommendations completed", "70%", "More")]),
    groups=[("DASV Partnership Board", "County council", "Quarterly", "Health and Wellbeing Board"),
            ("Safe Accommodation Board", "Housing lead", "Quarterly", "Board"), ("Reviews Panel", "Independent chair", "As needed", "CSPs")],
    data=data_rows(["Cambridge", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire",
                    "Peterborough"], extra=[("MARAC cases", "MARAC"), ("Refuge referrals", "Providers"),
                                            ("Stalking protection orders", "Police")],
                   per_ward=("Domestic abuse-related crimes", "Sexual offences", "MARAC cases")),
    glossary=[("DAPO", "Domestic abuse protection order."), ("IDVA", "Independent domestic violence adviser."),
              ("ISVA", "Independent sexual violence adviser.")],
    contacts=["DASV Partnership, Cambridgeshire County Council (illustrative address)", "Email: dasv@cp-dasv.example"],
)


def build(out_root):
    return build_strategy(D, out_root)
