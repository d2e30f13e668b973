"""Safer Basingstoke and Deane Partnership Plan 2026-2029.

Layout: three-column magazine text flow on p6.  Each priority is a teal bold run-in heading at the start of a
paragraph part-way down a column ("Tackling anti-social behaviour ... . We will ..."); two pull quotes in the
flow use priority-like words (distractors)."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, Paragraph, Pull, Spacer, mm, style

FILE = "strategies/basingstoke_and_deane_community_safety_partnership_plan_2026-29.pdf"
BRAND = Brand(org="Safer Basingstoke and Deane Partnership", body="dejavu", head="dejavu", primary="#00656b",
              secondary="#3b3f46", accent="#e85d3d", tint="#e8f3f2", size=A4, folio="{n}", folio_pos="br",
              heading="caps", running="Safer Basingstoke and Deane | Partnership Plan 2026\u201329")

PRIOS = [
    ("Tackling anti-social behaviour and its impact on communities",
     "We will use the full range of tools and powers, from acceptable behaviour contracts to closure orders, and "
     "put the people and places that suffer repeated anti-social behaviour at the centre of our response. The "
     "ASB case review will be promoted so that residents know they can ask for a case to be looked at again."),
    ("Reducing serious violence, including knife and blade crime",
     "Working with the Violence Reduction Unit we will map where violence happens and who is most affected, "
     "fund detached youth work in the town centre and support the knife amnesty and weapons sweeps."),
    ("Violence against women and girls",
     "We will back the Safer Streets work in the Top of Town, train licensed premises staff through Ask for "
     "Angela, and make sure survivors of domestic abuse can reach specialist support quickly."),
    ("Car meets and anti-social driving",
     "Residents of Chineham, Hatch Warren and the A339 corridor told us that car meets and street racing keep "
     "them awake. A public spaces protection order and joint patrols with the roads policing unit will follow."),
    ("Encouraging the reporting of hate crime",
     "Hate crime is under-reported. We will open third-party reporting centres in libraries and community "
     "hubs and work with faith and community groups to build confidence in reporting."),
]

CFG = dict(
    org="Safer Basingstoke and Deane Partnership", cover_lines=["Safer Basingstoke", "and Deane"],
    years="Partnership Plan 2026\u20132029", org_line="Basingstoke and Deane Community Safety Partnership",
    cover="circles", contents="big",
    foreword=["Basingstoke and Deane is a safe place to live, work and visit, and crime here remains below "
              "the national average. But residents tell us that some problems affect their daily lives far more "
              "than the statistics suggest: noise and nuisance on their street, cars racing at night, and "
              "worries about young people carrying knives.",
              "This plan sets out what the partnership will focus on for the next three years. It was shaped by "
              "our strategic assessment, by more than 1,400 responses to our community safety survey and by "
              "conversations with parish councils, schools and businesses.",
              "No single agency can solve these problems. The strength of this partnership is that the council, "
              "the police, the fire service, health, probation and the voluntary sector plan together and share "
              "what they know."],
    signed="Chair, Safer Basingstoke and Deane Partnership",
    quote=("We want every part of the borough, from the town centre to the smallest village, to feel safe.",
           "Chair of the partnership"),
    tiles=[("1,412", "survey responses (illustrative)"), ("-6%", "change in recorded crime over three years"),
           ("3,050", "anti-social behaviour incidents a year"), ("118", "knife and blade offences"),
           ("41%", "of survey respondents worried about car meets"), ("22", "hate crime reports a quarter")],
    findings=[("h", "Key findings"),
              ("b", ["Anti-social behaviour is concentrated in the Top of Town, Festival Place and three "
                     "neighbourhoods in the south of the town", "Knife offences are low in number but have "
                     "risen two years in a row", "Domestic abuse accounts for one in six violent crimes",
                     "Hate crime reports fell, but the survey suggests this reflects low confidence rather than "
                     "fewer incidents"]),
              ("h", "What residents told us"),
              ("p", "Speeding and car meets came a close second to anti-social behaviour as the issue residents "
                    "most wanted the partnership to tackle.")],
    previous=["Anti-social behaviour", "Youth-related crime and disorder", "Crimes with historically low levels "
              "of reporting", "Serious violence"],
    assessment="Anti-social behaviour and serious violence remain the highest-harm issues. Domestic abuse "
               "and sexual offences are under-reported, and car meets have become a significant source of "
               "complaints since the last plan.",
    actions=[["ASB", "Joint problem-solving panel for repeat locations and victims", "Council", "Jun 2026"],
             ["ASB", "Publicise the ASB case review on the council website", "Council", "Sep 2026"],
             ["Violence", "Detached youth work in the town centre on Friday and Saturday evenings", "Youth "
              "service", "Jul 2026"],
             ["Violence", "Weapons sweeps and knife arches at events", "Police", "Ongoing"],
             ["VAWG", "Ask for Angela training for licensed premises", "Licensing", "Dec 2026"],
             ["VAWG", "Safer Streets lighting and CCTV in the Top of Town", "Council", "Mar 2027"],
             ["Roads", "Consult on a public spaces protection order for car meets", "Council", "Oct 2026"],
             ["Hate", "Open five third-party reporting centres", "Community team", "Mar 2027"]],
    measures=[["Anti-social behaviour incidents reported to police and council", "3,050", "Down"],
              ["Repeat ASB victims identified and supported", "64", "Up"],
              ["Knife and blade offences", "118", "Down"],
              ["Licensed premises trained in Ask for Angela", "35", "Up"],
              ["Complaints about car meets", "410", "Down"],
              ["Hate crime reports (confidence measure)", "88", "Up"]],
    governance=["The partnership board meets quarterly and is chaired in rotation by the council and the "
                "police district commander. A joint action group manages day-to-day delivery and reports to "
                "the board.",
                "The council's Crime and Disorder Scrutiny Committee reviews the partnership's work every year. "
                "We share information under a countywide information sharing agreement.",
                "Funding comes from the Police and Crime Commissioner's community safety grant, the council and "
                "partners' own budgets. We will bid for Safer Streets and serious violence funding when it is "
                "available."],
    contacts=["Community Safety Team, Civic Offices, Basingstoke (illustrative)",
              "communitysafety@basingstoke-csp.example | 01256 000 000",
              "In an emergency always call 999. Report non-emergencies on 101."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Our priorities for 2026\u20132029", kicker="Section four")
    body = style(b.B[0], 8.6, b.I, 11.6, space_after=5)
    run = f'<font name="{b.B[1]}" color="{b.primary}">%s.</font> %s'
    st = [Paragraph("Our priorities come from three sources: the strategic assessment, the community safety "
                    "survey and the views of our partners. We weighed each issue by how much harm it causes, "
                    "how many people it affects and whether the partnership can make a difference.", body),
          Paragraph("The assessment looked at three years of police, council and health data. Some issues "
                    "that scored highly, such as burglary, are already well managed by the police alone, so "
                    "we have not made them partnership priorities.", body),
          Paragraph(run % PRIOS[0], body),
          Paragraph("Our anti-social behaviour officers will work alongside neighbourhood policing teams and "
                    "housing associations, and we will report to residents on what has changed.", body),
          Pull("Anti-social behaviour and speeding were the two issues residents raised most often in the "
               "survey.", b.Hd[1], 11, b.A, b.A, "Community safety survey"),
          Paragraph(run % PRIOS[1], body),
          Paragraph("Early help for young people at risk will be coordinated with the youth justice service "
                    "and schools.", body),
          Paragraph(run % PRIOS[2], body),
          Paragraph("This priority brings together our work on domestic abuse, sexual violence, stalking and "
                    "harassment in public places.", body),
          Pull("\u201cI don't feel safe walking home through the Top of Town after dark.\u201d", b.Hd[0], 10.5,
               b.P, b.P, "Survey respondent, aged 24"),
          Paragraph(run % PRIOS[3], body),
          Paragraph(run % PRIOS[4], body),
          Paragraph("Each priority has a lead officer and a short delivery plan, reviewed by the joint action "
                    "group every quarter. Progress is summarised in our annual report.", body)]
    gut = 6 * mm
    cw = (W - 2 * m - 2 * gut) / 3
    d.flow(st, [(m + k * (cw + gut), 18 * mm, cw, y - 18 * mm) for k in range(3)])
    c.setStrokeColor(b.T)
    c.setLineWidth(0.6)
    for k in (1, 2):
        x = m + k * (cw + gut) - gut / 2
        c.line(x, 20 * mm, x, y)


def build(root):
    d = Doc(root / FILE, BRAND, "Safer Basingstoke and Deane Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
