"""Lancashire Youth Justice Plan 2025-26: HTML/CSS -> Chromium (Liberation Sans; YJB plan headings).

The priorities are the **starting line-up of a team sheet** (p5, "Our team sheet for 2025-26"): a
striped-pitch header, numbered shirts 1-5 with the priority in bold and a grey "Position: ..." line; a
substitutes line below (not priorities). Distractors: the Child First tenets and last year's priorities (p4),
the KPIs (p6)."""
from lancashire_districts import kit_html

SPEC = dict(
    file="strategies/lancashire_youth_justice_plan_2025-26.pdf",
    title="Lancashire Youth Justice Plan 2025–26", short="Lancashire Youth Justice Service · Youth Justice Plan 2025–26",
    org="Lancashire Youth Justice Service", cover_title="Youth Justice Plan", years="2025 – 2026",
    cover_kicker="Lancashire Youth Justice Service Management Board", c1="#C62828", c2="#2E7D32",
    foreword=["This plan sets out how the Youth Justice Service and its partners will keep children out of the justice "
              "system, help them move on from offending and keep them and others safe.",
              "Children told us they wanted a plan that reads like a team: everyone with a role."],
    signed="Chair, Lancashire Youth Justice Service Management Board",
    ctx_head="Our service in context", ctx_intro="The service covers the twelve districts of Lancashire County Council.",
    stats=[("1,020", "children supported in 2024/25"), ("312", "first-time entrants"), ("33%", "proven reoffending rate"),
           ("41%", "children with speech, language or communication needs"), ("58", "children at risk of exploitation"), ("420", "victims contacted")],
    findings_head="The Child First tenets",
    findings=["See children as children.", "Develop pro-social identity for positive outcomes.",
              "Collaborate with children.", "Promote diversion."],
    prev_head="Last year's priorities",
    previous="Our 2024–25 priorities were: Education; Serious youth violence; and Transitions to adult services.",
    pcc=None, pri_head="Our team sheet for 2025–26",
    pri_intro="The Management Board has picked five priorities for the year ahead.",
    team_head="Lancashire Youth Justice Service · Starting line-up 2025–26",
    team_sub="Management Board priorities",
    team_subs="On the bench (enablers, not priorities): workforce development; data and performance; participation.",
    priorities=[("Preventing children from entering the justice system", "Turnaround and diversion so fewer children get a criminal record.", "Position: goalkeeper · prevention and diversion team"),
                ("Reducing reoffending by children", "Trauma-aware interventions and support into education.", "Position: defence · court and orders team"),
                ("Protecting children from exploitation and serious harm", "Contextual safeguarding with children's social care and police.", "Position: midfield · exploitation team"),
                ("Supporting children's speech, language and communication needs", "Screening and speech and language therapy for every child.", "Position: midfield · health team"),
                ("Victims of youth crime are heard and involved through restorative justice", "Every victim offered a restorative approach.", "Position: attack · restorative justice team")],
    delivery=[("Prevention", "Turnaround programme in every district", "YJS"),
              ("Reoffending", "Education, training and employment panel", "YJS, schools"),
              ("Exploitation", "Joint exploitation panel", "Children's social care"),
              ("Communication needs", "Speech and language therapist in each team", "NHS"),
              ("Restorative justice", "Victim contact within ten days", "YJS")],
    measures=[("First-time entrants", "312", "Fewer"), ("Proven reoffending", "33%", "Lower"),
              ("Victims offered restorative justice", "72%", "All")],
    governance="The Management Board reports to the Children's Partnership Board and the Youth Justice Board.",
    partners="Lancashire County Council; Lancashire Constabulary; Probation Service; NHS; Police and Crime Commissioner.",
    contact="yjs@lancashire.example",
)


def build(root):
    h, css = kit_html.team(SPEC)
    return kit_html.build(root, SPEC, h, css, "youth_justice")
