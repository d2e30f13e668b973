"""West Yorkshire Police and Crime Plan 2021-24: Word report (python-docx + LibreOffice).

The Mayor of West Yorkshire holds the police and crime commissioner functions.
Four broad priorities are shown as plain Heading 1 theme headings, one per
page, after an "Our priorities at a glance" grid (a shaded 2 x 2 table, not
the gold page).  Distractors: the Mayor's manifesto pledges, the vision,
values and cross-cutting themes (one is "Safety of women and girls"), the
objectives under each theme (bulleted with bold topic labels), the measures,
the governance bullets, the partner list, the measures table and the budget.
"""
from pathlib import Path

from docx_kit import *  # noqa: F401,F403
from docx_kit import bullets, contents, header_footer, heading, new_doc, page_break, para, shade, table

from west_yorkshire.report import back_page, build_docx, cover, stat_table

FILE = "plan/west_yorkshire_police_and_crime_plan_2021-24.pdf"
TITLE = "Police and Crime Plan 2021–24"
PLUM, TEAL, GREY = "5B2A6E", "0F7C86", "404040"
FILLS = ["5B2A6E", "0F7C86", "8A3B5C", "2F5E8C"]

PRIORITIES = [
    ("Supporting victims and witnesses and improving criminal justice outcomes",
     "Victims and witnesses should be treated with dignity and kept informed, and justice should not be delayed.",
     "Too many victims tell us that they felt let down after they reported a crime: they were not kept up to date, "
     "they waited years for a trial, or they could not find the help they needed to recover. Witnesses who are "
     "frightened or confused by the court process may not give their best evidence, and some withdraw altogether. "
     "Improving the experience of victims and witnesses is also how we improve outcomes, because cases that collapse "
     "leave offenders free to harm others.",
     ["Support for every victim: commission services so that every victim of crime can get help to cope and "
      "recover, whether or not they have reported the crime to the police.",
      "Specialist services: fund independent domestic violence advisers and independent sexual violence advisers, "
      "and counselling for survivors of sexual abuse.",
      "The Victims' Code: make sure that the police and criminal justice agencies meet their duties under the Code, "
      "and hold them to account when they do not.",
      "Repeat and vulnerable victims: identify them early and give them enhanced support.",
      "Courts and witnesses: work with the West Yorkshire Criminal Justice Board to reduce delays and to support "
      "witnesses to give evidence.",
      "Rape and serious sexual offences: improve charge rates and the care that victims receive at every stage.",
      "Restorative justice: offer it to every victim who wants it, including victims of crimes committed by children."],
     "the West Yorkshire Criminal Justice Board, the Crown Prosecution Service, HM Courts and Tribunals Service, "
     "commissioned victim services",
     ["Victims satisfied with the service they received", "Time from charge to case completion in the Crown Court",
      "Rape and serious sexual offence cases resulting in a charge"]),
    ("Keeping people safe and building resilience",
     "Protecting people from the most serious harm, wherever it happens: at home, online and in public.",
     "Serious violence, abuse and exploitation cause harm that can last a lifetime. Much of it is hidden: it happens "
     "behind closed doors, online, or to people who are afraid to come forward. Organised criminals exploit children "
     "and vulnerable adults and use violence to protect their drug markets. Fraud and cybercrime now affect more "
     "residents than any other type of crime. Building resilience means helping people and communities to protect "
     "themselves, as well as pursuing those who cause harm.",
     ["Violence against women and girls: prevent domestic abuse, sexual violence, stalking and harassment through "
      "education and campaigns, pursue perpetrators and fund programmes that change their behaviour.",
      "Serious violence: reduce serious violence and knife crime through the Violence Reduction Partnership and the "
      "Serious Violence Duty, with a focus on young people.",
      "Exploitation: protect children and adults from sexual and criminal exploitation, county lines and modern "
      "slavery.",
      "Serious and organised crime: disrupt organised crime groups and drug supply, and take away the proceeds of "
      "crime.",
      "Fraud and cybercrime: tackle fraud and online crime and protect the people most at risk.",
      "Counter-terrorism: prevent people being drawn into terrorism and support the Prevent duty."],
     "the West Yorkshire Violence Reduction Partnership, the five community safety partnerships, the safeguarding "
     "partnerships, the Regional Organised Crime Unit",
     ["Hospital admissions for assault with a knife or sharp object, under-25s", "Organised crime groups disrupted",
      "Repeat victims of domestic abuse"]),
    ("Safer places and thriving communities",
     "Neighbourhoods, town centres and roads where people feel safe and proud of where they live.",
     "What residents raise with us most often is the crime and anti-social behaviour they see in their own street: "
     "burglary, car crime, intimidating behaviour, speeding and dangerous driving. These matter because they shape "
     "how people feel about where they live. Safe places are also places where communities come together, where "
     "people from different backgrounds get on well, and where hate is not tolerated.",
     ["Neighbourhood policing: keep neighbourhood teams visible and accessible in every ward.",
      "Anti-social behaviour: tackle it with councils and housing providers, using the full range of powers.",
      "Neighbourhood crime: reduce burglary, robbery, vehicle crime and theft.",
      "Roads: reduce deaths and serious injuries on our roads through the Vision Zero approach of the West Yorkshire "
      "Safer Roads Partnership.",
      "Public spaces: make town centres, public transport and the night-time economy safer, especially for women "
      "and girls.",
      "Hate crime and cohesion: encourage reporting of hate crime and support community cohesion.",
      "Rural crime: tackle rural and wildlife crime with farmers and rural communities."],
     "the five community safety partnerships, councils, housing providers, the West Yorkshire Safer Roads "
     "Partnership, Safer Streets partnerships",
     ["Residents who feel safe in their local area", "Repeat victims of anti-social behaviour",
      "People killed or seriously injured on our roads"]),
    ("Responding to multiple and complex needs",
     "Helping people whose needs are overlapping, so that they stop coming back into contact with the police.",
     "A small number of people account for a large share of the demand on the police and on public services. Many "
     "have problems with drugs or alcohol, poor mental health, homelessness or a history of trauma, often all at "
     "once. Arresting people again and again does not solve these problems. Joined-up support does, and it prevents "
     "crime in the long term. Children who are drawn into crime also need help early, before they enter the justice "
     "system.",
     ["Drugs and alcohol: work with the five combating drugs partnerships to get more people into treatment and "
      "recovery and to reduce the harm caused by alcohol.",
      "Mental health: make sure that people in mental health crisis get help from health services, not a police cell.",
      "Reducing reoffending: work with the Probation Service on integrated offender management, accommodation on "
      "release, employment and a whole-system approach for women.",
      "Children and young people: divert children from crime and from the justice system, and reduce reoffending by "
      "children, with the five youth justice services.",
      "Joined-up support: help people with multiple needs, such as homelessness, addiction and poor mental health, "
      "through a single coordinated offer."],
     "the five combating drugs partnerships, the Probation Service, youth justice services, NHS West Yorkshire "
     "Integrated Care Board, housing services",
     ["People starting drug or alcohol treatment after referral from the justice system",
      "Proven reoffending rate", "First-time entrants to the youth justice system"]),
]

MEASURES = [
    ["Theme", "Measure", "Source", "Reported"],
    ["Victims and witnesses", "Victim satisfaction with the service received", "Victim survey", "Quarterly"],
    ["Victims and witnesses", "Crown Court case completion time", "Criminal Justice Board", "Quarterly"],
    ["Keeping people safe", "Knife and sharp object admissions, under-25s", "NHS", "Quarterly"],
    ["Keeping people safe", "Repeat victims of domestic abuse", "West Yorkshire Police", "Quarterly"],
    ["Keeping people safe", "Fraud victims given protective advice", "West Yorkshire Police", "Six-monthly"],
    ["Safer places", "Residents who feel safe in their area", "Public survey", "Annually"],
    ["Safer places", "People killed or seriously injured on roads", "Safer Roads Partnership", "Annually"],
    ["Complex needs", "Referrals into drug and alcohol treatment", "Combating drugs partnerships", "Quarterly"],
    ["Complex needs", "Proven reoffending rate", "Ministry of Justice", "Annually"],
]

BUDGET = [
    ["Area of spend", "2021/22 (£m)", "2022/23 (£m)", "2023/24 (£m)"],
    ["Police force budget", "498.2", "521.7", "546.0"],
    ["Victim services and witness support", "6.1", "6.4", "6.6"],
    ["Violence Reduction Partnership", "3.9", "4.3", "4.3"],
    ["Community safety grants to districts", "2.8", "2.8", "2.9"],
    ["Mayor's Policing and Crime team", "1.9", "2.0", "2.0"],
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(PLUM, TEAL, GREY), title=TITLE,
                author="Mayor of West Yorkshire")
    header_footer(d, "Mayor of West Yorkshire", "Police and Crime Plan 2021–24", footer_fmt="Page {PAGE}",
                  rule_colour=TEAL)
    cover(d, "MAYOR OF WEST YORKSHIRE", ["Police and Crime Plan", "2021–24"],
          "A safe, just and inclusive West Yorkshire", "March 2022", PLUM, sub_colour="F1E4F5",
          footer="The Mayor's plan for policing and community safety in Bradford, Calderdale, Kirklees, Leeds "
                 "and Wakefield")
    # contents
    para(d, "Contents", bold=True, size=22, colour=PLUM, space_after=14)
    entries = [("Foreword from the Mayor", "fw", 0), ("Introduction from the Deputy Mayor for Policing and Crime", "dm", 0),
               ("About this plan", "about", 0), ("West Yorkshire in numbers", "num", 0),
               ("Our vision, values and cross-cutting themes", "vis", 0), ("Our priorities at a glance", "gl", 0)]
    entries += [(p[0], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    entries += [("Delivering the plan", "gov", 0), ("Measuring success and funding the plan", "meas", 0)]
    contents(d, entries, pages, leader=True)
    # foreword
    heading(d, "Foreword from the Mayor", 1, page_break=True)
    for t in [
        "When I was elected as the first Mayor of West Yorkshire, I became responsible for policing and crime in our "
        "region. It is a responsibility I take very seriously. Everyone should be able to live their lives free from "
        "crime and the fear of crime, whoever they are and wherever they live.",
        "This plan sets out what I want to achieve with West Yorkshire Police and our partners over the next three "
        "years. It was shaped by thousands of residents, victims and partner organisations who told us what matters "
        "to them, and it builds on the strong partnerships that already exist in our five districts.",
        "When I stood for election I made a number of promises about policing and community safety. They run through "
        "this plan:"]:
        para(d, t)
    para(d, "My pledges", bold=True, colour=TEAL, space_after=2)
    bullets(d, ["Put the safety of women and girls at the heart of the plan",
                "Recruit 750 additional police officers and staff",
                "Restore neighbourhood policing so that every community knows its local officers",
                "Invest in early intervention so that fewer young people are drawn into crime",
                "Stand up for victims at every stage of the criminal justice system"])
    for t in [
        "We face real challenges. Demand on the police is rising, the courts have a backlog of cases, and the cost of "
        "living is putting pressure on families and public services alike. But I am confident that by working "
        "together we can make West Yorkshire safer, fairer and more inclusive.",
        "I would like to thank everyone who took part in the consultation, and the officers, staff and volunteers who "
        "keep us safe every day."]:
        para(d, t)
    para(d, "Mayor of West Yorkshire", bold=True)
    # deputy mayor
    heading(d, "Introduction from the Deputy Mayor for Policing and Crime", 1, page_break=True)
    for t in [
        "As Deputy Mayor for Policing and Crime I support the Mayor in holding the Chief Constable to account and in "
        "working with partners across the criminal justice system, local government, health and the voluntary sector.",
        "Much of what keeps people safe is not done by the police. It is done by youth workers and teachers, by "
        "housing officers and health visitors, by probation officers and by the many charities and community groups "
        "that support people through difficult times. This plan is for all of them.",
        "Over the past year I have met victims and survivors, young people, faith and community leaders, and officers "
        "on the front line. Their experiences have shaped the four priorities in this plan, and the cross-cutting "
        "themes that run through all of them.",
        "We will report openly on progress. I want residents to be able to see what we are doing, and to tell us "
        "when we are getting it wrong."]:
        para(d, t)
    para(d, "Deputy Mayor for Policing and Crime", bold=True)
    # about
    heading(d, "About this plan", 1, page_break=True)
    para(d, "Since May 2021 the Mayor of West Yorkshire has exercised the functions of a police and crime "
            "commissioner. The Police Reform and Social Responsibility Act 2011 requires the Mayor to issue a police "
            "and crime plan that sets out the priorities for policing and crime, the resources that will be provided "
            "to the Chief Constable, and how performance will be measured.")
    para(d, "The West Yorkshire Police and Crime Panel reviewed the draft plan and will scrutinise the Mayor's "
            "decisions throughout its life. The plan runs from 2021 to 2024 and will be refreshed if circumstances "
            "change.")
    heading(d, "How we developed the plan", 2)
    bullets(d, ["An online survey completed by more than 4,000 residents (illustrative)",
                "Workshops with the five community safety partnerships and the Violence Reduction Partnership",
                "Focus groups with victims and survivors, young people and community groups",
                "Meetings with officers, staff and the West Yorkshire Police Federation",
                "Evidence from the police and partner strategic assessments"])
    heading(d, "What you told us", 2)
    bullets(d, ["You want to see police officers in your neighbourhood and to know who they are.",
                "Women and girls do not always feel safe in public spaces, especially at night.",
                "Anti-social behaviour, speeding and drug dealing are the issues that concern you most locally.",
                "Victims want to be kept informed and treated with respect.",
                "Young people want to be listened to, not treated as the problem."])
    # numbers
    heading(d, "West Yorkshire in numbers", 1, page_break=True)
    para(d, "West Yorkshire is home to around 2.3 million people in five districts: Bradford, Calderdale, Kirklees, "
            "Leeds and Wakefield. It has two of the largest cities in England, many market towns and large rural areas "
            "in the Pennines. It is young, diverse and growing.")
    stat_table(d, [("2.3m", "residents in five districts"), ("5,800", "police officers (illustrative)"),
                   ("1 in 5", "crimes linked to domestic abuse"), ("+12%", "fraud reports in two years"),
                   ("1,400", "knife crime offences a year"), ("74%", "feel safe in their area during the day"),
                   ("36%", "feel safe after dark in town centres"), ("28%", "proven reoffending rate")],
               FILLS)
    para(d, "Figures on this page are illustrative and rounded. They are not official statistics.", italic=True,
         size=8.5, colour="595959")
    heading(d, "The challenges we face", 2)
    para(d, "Crime in West Yorkshire is concentrated in the most deprived neighbourhoods, where residents are far more "
            "likely to be victims. Reports of violence against women and girls, fraud and online crime have all "
            "increased, partly because more people are coming forward. The backlog of cases in the Crown Court means "
            "that victims can wait more than two years for a trial (illustrative).")
    # vision
    heading(d, "Our vision, values and cross-cutting themes", 1, page_break=True)
    para(d, "Our vision is a West Yorkshire that is safe, just and inclusive.", bold=True, size=13, colour=PLUM)
    heading(d, "Our values", 2)
    bullets(d, ["Listening: we will act on what communities, victims and partners tell us.",
                "Fairness: we will treat everyone with respect and challenge discrimination.",
                "Openness: we will be transparent about our decisions and our performance.",
                "Partnership: we will work with others to solve problems that no one can solve alone."], bold_lead=True)
    heading(d, "Cross-cutting themes", 2)
    para(d, "Four themes run through every priority in this plan. They are not separate priorities: each priority "
            "must show how it takes them into account.")
    for name, text in [
        ("Safety of women and girls", "Women and girls should be safe, and feel safe, at home, at work, online and in "
         "public. This theme applies to every part of the plan."),
        ("Early intervention and prevention", "Acting early, before problems escalate, is better for people and costs "
         "less than responding to crime after it has happened."),
        ("Equality, diversity and inclusion", "Policing must be fair and be seen to be fair. We will tackle "
         "disproportionality and make sure our services reach every community."),
        ("Partnership working", "We will work through the community safety partnerships, the Criminal Justice Board "
         "and the Violence Reduction Partnership, and with the voluntary and community sector.")]:
        heading(d, name, 3)
        para(d, text)
    # glance
    heading(d, "Our priorities at a glance", 1, page_break=True)
    para(d, "The plan has four priorities. Each one is set out on its own page, with the objectives that sit under it "
            "and how we will measure progress.")
    t = table(d, [[PRIORITIES[0][0], PRIORITIES[1][0]], [PRIORITIES[0][1], PRIORITIES[1][1]],
                  [PRIORITIES[2][0], PRIORITIES[3][0]], [PRIORITIES[2][1], PRIORITIES[3][1]]],
              [8.2, 8.2], head_fill=None, band=None, size=9.5)
    for r in range(4):
        for c in range(2):
            shade(t.cell(r, c), FILLS[(r // 2) * 2 + c])
            for p in t.cell(r, c).paragraphs:
                for run in p.runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                    if r % 2 == 0:
                        run.font.size = Pt(13)
                        run.bold = True
    para(d, "")
    para(d, "The cross-cutting themes of the safety of women and girls, early intervention and prevention, equality, "
            "diversity and inclusion, and partnership working apply to all four priorities.", italic=True, size=9.5)
    # priorities
    for i, (name, strap, why, objectives, partners, measures) in enumerate(PRIORITIES):
        heading(d, name, 1, page_break=True)
        para(d, strap, colour=TEAL, size=12)
        para(d, why)
        para(d, "Our objectives", bold=True, colour=PLUM, space_after=2)
        bullets(d, objectives, bold_lead=True)
        p = para(d, "Partners who will help us deliver: ", bold=True, space_after=6)
        p.add_run(partners)
        para(d, "How we will measure progress", bold=True, colour=PLUM, space_after=2)
        bullets(d, measures)
    # delivering
    heading(d, "Delivering the plan", 1, page_break=True)
    para(d, "The Mayor holds the Chief Constable to account for delivering the policing parts of this plan. The "
            "Deputy Mayor leads on partnership work and chairs the West Yorkshire Criminal Justice Board.")
    heading(d, "Holding the police to account", 2)
    bullets(d, ["A public accountability meeting with the Chief Constable every quarter",
                "A performance report on the measures in this plan every quarter",
                "An annual report to the Police and Crime Panel",
                "Independent scrutiny of stop and search and use of force"])
    heading(d, "Working with partners", 2)
    para(d, "Much of this plan is delivered with and through partners. The main partnership bodies are:")
    bullets(d, ["Bradford, Calderdale, Kirklees, Leeds and Wakefield community safety partnerships",
                "West Yorkshire Violence Reduction Partnership", "West Yorkshire Criminal Justice Board",
                "The five combating drugs partnerships", "The five youth justice services",
                "The Probation Service in Yorkshire and the Humber", "NHS West Yorkshire Integrated Care Board",
                "West Yorkshire Fire and Rescue Service", "Voluntary and community sector organisations"])
    # measures + funding
    heading(d, "Measuring success and funding the plan", 1, page_break=True)
    para(d, "We will report on these measures every quarter. Targets are not set for every measure, because some "
            "increases, such as more victims reporting domestic abuse, can be a sign of success.")
    table(d, MEASURES, [3.6, 6.6, 3.8, 2.4], head_fill=PLUM, band="F1E9F4", size=8.5)
    para(d, "")
    para(d, "The Mayor sets the police precept each year and receives grants from the Home Office and Ministry of "
            "Justice. The table below is an illustrative summary of the funding available to deliver this plan.")
    table(d, BUDGET, [7.4, 3.0, 3.0, 3.0], head_fill=TEAL, band="E3F2F3", size=8.5)
    para(d, "Figures are illustrative and not the published budget.", italic=True, size=8.5, colour="595959")
    back_page(d, ["Mayor of West Yorkshire – Policing and Crime", "Wellington House, 40–50 Wellington Street, Leeds",
                  "policingandcrime@westyorks.example", "Telephone: 0113 000 0000 (illustrative)",
                  "This plan is available in other formats and languages on request."], PLUM, space=260)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword from the Mayor When I was", "dm": "Introduction from the Deputy Mayor for Policing and Crime As",
               "about": "About this plan Since May", "num": "West Yorkshire in numbers West Yorkshire is home",
               "vis": "Our vision, values and cross-cutting themes Our vision", "gl": "Our priorities at a glance The plan",
               "gov": "Delivering the plan The Mayor holds", "meas": "Measuring success and funding the plan We will"}
    needles.update({f"p{i}": f"{p[0]} {p[1]}" for i, p in enumerate(PRIORITIES)})
    return build_docx(make, out, needles, "wy_plan")
