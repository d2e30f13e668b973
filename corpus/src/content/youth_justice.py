"""Merrowdale Youth Justice Plan 2025-26 (web page printed by Chromium).

Priorities are headings "Objective A: X" (A to E), one page each. Distractors: the Child
First principles, the national key performance indicators table, board membership,
inspection recommendations, last year's achievements and the service's vision."""

OUT = "strategies/merrowdale_youth_justice_plan_2025-26.pdf"
PRODUCER = "html"

PR = [
    "Fewer children entering the youth justice system",
    "Early help for children at risk of serious violence",
    "Protecting children from criminal exploitation",
    "Child-centred practice that hears the voice of the child",
    "Reducing reoffending by children",
]
H = [f"Objective {l}: {t}" for l, t in zip("ABCDE", PR)]

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #262626; }
.cover { height: 297mm; background: #f3f0fa; position: relative; }
.cover .top { background: #5b3f8c; height: 14mm; }
.cover .stripe { position: absolute; left: 0; top: 14mm; width: 14mm; bottom: 0; background: #3fae8c; }
.cover .txt { position: absolute; left: 32mm; right: 20mm; top: 62mm; }
.cover .kicker { color: #3fae8c; font-weight: bold; font-size: 12pt; text-transform: uppercase; letter-spacing: 1pt; }
.cover h1 { font-size: 31pt; color: #5b3f8c; margin: 6mm 0; line-height: 1.1; border: 0; }
.cover p { font-size: 13pt; color: #444; }
.cover .foot { position: absolute; left: 32mm; bottom: 30mm; font-size: 10pt; color: #444; }
.cover .circles { position: absolute; right: 22mm; bottom: 70mm; }
.cover .circles span { display: inline-block; width: 26mm; height: 26mm; border-radius: 50%; margin-left: -6mm; opacity: 0.85; }
h1 { font-size: 20pt; color: #5b3f8c; margin: 0 0 10pt 0; }
h1.obj, section.obj h1 { font-size: 19pt; background: #f3f0fa; border-left: 6pt solid #3fae8c; padding: 10pt 12pt; }
h2 { font-size: 13pt; color: #3fae8c; margin: 14pt 0 5pt 0; }
h3 { font-size: 11pt; color: #5b3f8c; margin: 10pt 0 3pt 0; }
th { background: #5b3f8c; color: #fff; font-size: 9pt; }
td { border-bottom: 1px solid #ddd; font-size: 9pt; }
.lead { font-size: 12pt; color: #5b3f8c; }
blockquote { margin: 10pt 0; padding: 8pt 14pt; background: #eaf6f1; border-radius: 4pt; font-style: italic; }
blockquote .who { font-style: normal; font-size: 9pt; color: #555; margin-top: 3pt; }
.case { background: #f3f0fa; border: 1px solid #d8cfee; }
.case h4 { color: #5b3f8c; }
.principles { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; margin: 8pt 0 12pt 0; }
.principles div { background: #eaf6f1; padding: 9pt; border-top: 4pt solid #3fae8c; font-size: 9.3pt; }
.principles b { display: block; color: #2d7d64; font-size: 10.5pt; margin-bottom: 3pt; }
.back { background: #5b3f8c; }
.smallprint { font-size: 8pt; color: #666; }
"""

COVER = """
<div class="cover"><div class="top"></div><div class="stripe"></div>
<div class="txt"><div class="kicker">Merrowdale Youth Justice Service</div>
<h1>Youth Justice Plan 2025&ndash;26</h1>
<p>Our annual plan for children in, and at risk of entering, the youth justice system</p></div>
<div class="circles"><span style="background:#5b3f8c"></span><span style="background:#3fae8c"></span><span style="background:#f2b134"></span></div>
<div class="foot">Approved by the Merrowdale Youth Justice Management Board, 24 June 2025<br/>
Submitted to the Youth Justice Board for England and Wales</div></div>
"""

PRINCIPLES = """
<div class="principles">
<div><b>As children</b>Prioritise the best interests of children, recognising their needs, capacities, rights and potential.</div>
<div><b>Building pro-social identity</b>Promote children&rsquo;s individual strengths and capacities to develop a pro-social identity for sustainable desistance.</div>
<div><b>Collaborating with children</b>Encourage children&rsquo;s active participation, engagement and wider social inclusion.</div>
<div><b>Promoting diversion</b>Promote a childhood removed from the justice system, using pre-emptive prevention, diversion and minimal intervention.</div>
</div>
"""

BLOCKS = [
    ("section", "Contents"),
    ("contents", [
        ("Foreword from the Chair", "Foreword from the Chair", 0),
        ("1. Introduction, vision and strategy", "1. Introduction, vision and strategy", 0),
        ("2. Child First", "2. Child First", 0),
        ("3. Our performance", "3. Our performance", 0),
        ("4. Progress on last year\u2019s plan", "4. Progress on last year\u2019s plan", 0),
        ("5. Our objectives for 2025\u201326", "5. Our objectives for 2025\u201326", 0),
        (H[0], H[0], 1), (H[1], H[1], 1), (H[2], H[2], 1), (H[3], H[3], 1), (H[4], H[4], 1),
        ("6. Resources and workforce", "6. Resources and workforce", 0),
        ("7. Governance and sign-off", "7. Governance and sign-off", 0),
    ]),
    ("end",),

    ("section", "Foreword from the Chair"),
    ("p", "I am pleased to present the Merrowdale Youth Justice Plan for 2025\u201326 on behalf of "
          "the Youth Justice Management Board. The plan sets out how the service and its "
          "partners will keep children safe, reduce offending and support children to build "
          "positive futures."),
    ("p", "The last year brought real progress. The number of first-time entrants fell for the "
          "third year running and the service received a \u201cgood\u201d rating from HM "
          "Inspectorate of Probation. But we also saw more children involved in serious violence "
          "and more children exploited by people who use them to carry and sell drugs."),
    ("p", "Children who come into contact with the youth justice service are often children "
          "who have been let down: by exclusion from school, by trauma and by adults who "
          "exploit them. This plan is founded on the Child First principle. We see them as "
          "children first and offenders second, while taking seriously the harm that some of "
          "them cause."),
    ("p", "<b>Sandra Kirkwood</b><br/>Director of Children\u2019s Services, Merrowdale County "
          "Council, and Chair of the Youth Justice Management Board"),
    ("end",),

    ("section", "1. Introduction, vision and strategy"),
    ("p", "Merrowdale Youth Justice Service (YJS) is a multi-agency service hosted by "
          "Merrowdale County Council. It works with children aged 10 to 17 who have committed "
          "offences or are at risk of doing so, and with their families and victims. It "
          "includes staff from children\u2019s social care, the police, probation, health and "
          "education."),
    ("h2", "Our vision"),
    ("quote", "\u201cEvery child in Merrowdale has the chance to lead a safe, healthy and "
              "crime-free life.\u201d"),
    ("h2", "Local context"),
    ("p", "Merrowdale has around 101,000 children aged 10 to 17. Most children who offend do so "
          "once and never return. A small number of children, often with complex needs, account "
          "for most of the service\u2019s work. Of children on court orders last year:"),
    ("bullets", ["62% had been excluded or suspended from school",
                 "48% were known to children\u2019s social care",
                 "41% had a speech, language or communication need",
                 "37% had been identified as at risk of criminal exploitation"]),
    ("p", "Black children and children of mixed ethnicity are over-represented in the "
          "service compared with the Merrowdale population, and we are working with partners "
          "to understand and address this disproportionality."),
    ("end",),

    ("section", "2. Child First"),
    ("p", "The Youth Justice Board\u2019s guiding principle is Child First. It has four tenets, "
          "which underpin all of our work and are reflected in every objective in this plan:"),
    ("raw", PRINCIPLES),
    ("h2", "What children told us"),
    ("p", "Our participation worker spoke to 54 children and 21 parents this year. Children "
          "asked us to explain things more clearly, to see them at times that do not clash "
          "with school or work, and to help them with things that matter to them, such as "
          "getting a job or learning to drive."),
    ("quote", "\u201cMy worker actually listened. She didn\u2019t just read out what I had done "
              "wrong.\u201d", "Young person, aged 16"),
    ("end",),

    ("section", "3. Our performance"),
    ("p", "From April 2023 the Youth Justice Board introduced new key performance indicators. "
          "The table shows Merrowdale\u2019s position for 2024\u201325 against the national "
          "averages."),
    ("table", ["Key performance indicator", "Merrowdale", "England and Wales"], [
        ["Suitable accommodation at end of order", "91%", "88%"],
        ["Education, training and employment at end of order", "68%", "71%"],
        ["Special educational needs identified, with a plan in place", "79%", "76%"],
        ["Mental health and emotional wellbeing need met", "72%", "70%"],
        ["Substance misuse need met", "66%", "64%"],
        ["Out-of-court disposals completed", "89%", "85%"],
        ["Management board attendance by senior partners", "87%", "82%"],
        ["Wider services (children\u2019s social care) involvement", "48%", "44%"],
        ["Serious violence offences per 10,000 children", "6.8", "6.1"],
        ["Victims engaged with restorative justice", "73%", "67%"],
    ], [0.6, 0.2, 0.2]),
    ("table", ["National outcome measure", "2023\u201324", "2024\u201325"], [
        ["First-time entrants (per 100,000 aged 10\u201317)", "162", "148"],
        ["Reoffending rate (binary)", "33.1%", "31.8%"],
        ["Use of custody (per 1,000 aged 10\u201317)", "0.11", "0.09"],
    ], [0.6, 0.2, 0.2]),
    ("end",),

    ("section", "4. Progress on last year\u2019s plan"),
    ("p", "Last year\u2019s plan had three strands: diversion, education and transitions to "
          "adult services. Achievements included:"),
    ("bullets", ["launching the Merrowdale Turnaround programme, which supported 212 children "
                 "at the edge of the justice system", "placing a speech and language "
                                                       "therapist in the service",
                 "agreeing a transitions protocol with the Probation Service",
                 "reducing the average time from offence to outcome by 18 days"]),
    ("h2", "Inspection recommendations"),
    ("p", "HM Inspectorate of Probation inspected the service in November 2024 and rated it "
          "good. It made four recommendations, which are built into this plan:"),
    ("numbered", ["improve the quality of assessments of safety and wellbeing",
                  "strengthen joint working with the exploitation hub",
                  "make sure that children\u2019s voices inform service design",
                  "review the resources available for victim work"]),
    ("end",),

    ("section", "5. Our objectives for 2025\u201326"),
    ("p", "The management board has agreed five objectives for the year, based on our "
          "performance, the inspection findings and what children told us. Each objective "
          "has a lead manager and is reviewed by the board every quarter."),
    ("h1", H[0], {"cls": "obj"}),
    ("p", "Keeping children out of the formal justice system, where it is safe to do so, "
          "gives them the best chance of a positive future. Our Turnaround and Youth Diversion "
          "programmes offer support instead of a criminal record for children who admit "
          "low-level offences. We will continue to reduce first-time entrants by working "
          "with the police, schools and early help."),
    ("h3", "Actions for 2025\u201326"),
    ("bullets", ["review every out-of-court decision through a joint decision-making panel",
                 "offer Turnaround support to 220 children at the edge of the system",
                 "work with schools to reduce exclusions among children known to the service",
                 "analyse disproportionality in first-time entrants each quarter"]),
    ("h3", "Measure"),
    ("p", "First-time entrants per 100,000 children aged 10 to 17."),
    ("end",),

    ("section", H[1], {"cls": "obj"}),
    ("p", "The number of children involved in serious violence in Merrowdale has risen. Many "
          "of them have themselves been victims of violence or exploitation. Under the "
          "Serious Violence Duty, the youth justice service is a specified authority, and we "
          "will work with the Merrowdale Violence Reduction Partnership to reach children at "
          "risk as early as possible."),
    ("h3", "Actions for 2025\u201326"),
    ("bullets", ["place a youth worker in the Brackenford emergency department in "
                 "partnership with the MVRP", "deliver the Choices knife crime programme "
                                                 "for children caught carrying weapons",
                 "run a focused deterrence pilot in east Brackenford",
                 "offer trauma-informed mentoring to children at risk of exclusion"]),
    ("h3", "Measure"),
    ("p", "Serious violence offences committed by children, per 10,000 children."),
    ("end",),

    ("section", H[2], {"cls": "obj"}),
    ("p", "Criminal exploitation is child abuse. County lines gangs target children who are "
          "excluded, in care or going missing, and use them to carry and sell drugs. Children "
          "who are exploited may also commit offences, and we will make sure they are treated "
          "as victims. We will use the National Referral Mechanism and the statutory defence "
          "for victims of modern slavery where they apply."),
    ("h3", "Actions for 2025\u201326"),
    ("bullets", ["attend every meeting of the multi-agency exploitation hub",
                 "make a referral to the National Referral Mechanism for every child where "
                 "exploitation is suspected", "train all staff in contextual safeguarding",
                 "work with the police to disrupt adults who exploit children"]),
    ("h3", "Measure"),
    ("p", "Children safeguarded through the exploitation hub; National Referral Mechanism "
          "decisions."),
    ("end",),

    ("section", H[3], {"cls": "obj"}),
    ("p", "Children are more likely to engage when they are listened to and involved in "
          "decisions about their lives. The inspection found that our practice was caring but "
          "that children\u2019s voices were not always used to shape the service. We will make "
          "participation part of everyday practice, not an occasional exercise."),
    ("h3", "Actions for 2025\u201326"),
    ("bullets", ["ask every child for feedback at the end of their intervention",
                 "set up a young people\u2019s advisory group that meets each term",
                 "co-produce the service\u2019s leaflets and letters with children",
                 "use plain language in every plan and report written for a child"]),
    ("h3", "Measure"),
    ("p", "The share of children who say that they were listened to and that the service "
          "helped them."),
    ("end",),

    ("section", H[4], {"cls": "obj"}),
    ("p", "Merrowdale\u2019s reoffending rate for children has fallen but remains close to the "
          "national average. A small group of children, often with unmet needs in education, "
          "health and accommodation, commit repeat offences. Stable education and trusted "
          "relationships are the strongest protective factors."),
    ("h3", "Actions for 2025\u201326"),
    ("bullets", ["track the live reoffending of every child on an order each month",
                 "make sure that every child of school age has a full-time education offer",
                 "provide restorative justice for every victim who wants it",
                 "plan transitions to adult probation six months before the child turns 18"]),
    ("h3", "Measure"),
    ("p", "Binary reoffending rate and the frequency of reoffending."),
    ("end",),

    ("section", "6. Resources and workforce"),
    ("p", "The YJS budget for 2025\u201326 is \u00a33.42 million, made up of contributions from "
          "partners and the Youth Justice Board grant."),
    ("table", ["Partner", "Staffing", "Financial (\u00a3)", "Total (\u00a3)"], [
        ["Merrowdale County Council", "1,420,000", "310,000", "1,730,000"],
        ["Youth Justice Board grant", "\u2013", "912,000", "912,000"],
        ["Merrowdale Police", "236,000", "40,000", "276,000"],
        ["Police and Crime Commissioner", "\u2013", "165,000", "165,000"],
        ["Probation Service", "98,000", "5,000", "103,000"],
        ["NHS Integrated Care Board", "182,000", "52,000", "234,000"],
    ], [0.4, 0.2, 0.2, 0.2]),
    ("p", "The service has 58 staff and 31 volunteer referral order panel members. All staff "
          "receive training in trauma-informed practice and Child First."),
    ("end",),

    ("section", "7. Governance and sign-off"),
    ("p", "The Youth Justice Management Board oversees the service. It meets quarterly and "
          "includes:"),
    ("bullets", ["Director of Children\u2019s Services (chair)", "Merrowdale Police",
                 "Probation Service", "NHS Merrowdale Integrated Care Board",
                 "Head of Education Inclusion", "Office of the Police and Crime Commissioner",
                 "HM Courts and Tribunals Service", "a representative of the voluntary sector"]),
    ("p", "The board links to the Merrowdale Safeguarding Children Partnership, the Violence "
          "Reduction Partnership, the Reducing Reoffending Board and the community safety "
          "partnerships."),
    ("table", ["Signed", "Role", "Date"], [
        ["Sandra Kirkwood", "Chair, Youth Justice Management Board", "24 June 2025"],
        ["Michael Adeyemi", "Head of Merrowdale Youth Justice Service", "24 June 2025"],
    ], [0.3, 0.5, 0.2]),
    ("end",),
    ("back", {"title": "Merrowdale Youth Justice Service",
              "lines": ["County Hall, Brackenford BR2 6GH", "yjs@merrowdale.example",
                        "01632 960 905"],
              "small": ["Fictional document created for the stratalign demonstration corpus. "
                        "Merrowdale is an invented area."]}),
]

DOC = {
    "theme": {"font": "'Liberation Sans', Arial, sans-serif", "size": "10pt",
              "primary": "#5b3f8c", "tiles": ["#5b3f8c", "#3fae8c", "#f2b134", "#c2416b"]},
    "meta": {"title": "Merrowdale Youth Justice Plan 2025-26",
             "author": "Merrowdale Youth Justice Service"},
    "running": "Merrowdale Youth Justice Plan 2025\u201326",
    "running_right": "Child First",
    "footer": "Merrowdale Youth Justice Service",
    "css": CSS, "cover_html": COVER, "blocks": BLOCKS,
}
