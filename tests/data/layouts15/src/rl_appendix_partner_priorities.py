"""Thornlea Community Safety Strategy 2026-2029. The CSP's own four priorities are in section 3 (p3), as
"Priority N - X" headings. Appendix A (pp5-6) reproduces IN FULL, for reference, the priorities of two boards
that report to the CSP but set their own: the Thornlea VAWG Strategic Board (four) and the Thornlea Combating
Drugs Partnership (three), in exactly the same heading design, with descriptions and "We will" bullets. The
contents page names the appendix; p4 has the 2023-26 strategy's priorities in prose and a measures table."""
from __future__ import annotations

from kit15 import Doc, box, text

NAME = "appendix_partner_priorities_csp"
ACC = "1D5C7A"
TITLE = "Thornlea Community Safety Strategy 2026-2029"

CSP = [
    ("Reducing antisocial behaviour in Thornlea town centre and on the Marsh Lane estate",
     "Antisocial behaviour is the issue residents raise with us most. Two thirds of reports come from the town "
     "centre and Marsh Lane, and a small number of repeat locations account for a third of all calls.",
     ["run a problem-solving partnership for the ten locations with the most repeat calls;",
      "give every repeat victim of antisocial behaviour a named case officer;",
      "extend the Marsh Lane youth outreach service to Friday and Saturday nights."]),
    ("Protecting young people from exploitation and serious violence",
     "Referrals for child criminal exploitation have doubled since 2022. Most of the young people involved are "
     "aged 14 to 17 and were known to at least two services before they were exploited.",
     ["set up a single exploitation hub with the police, children's services and schools;",
      "place youth workers in the Thornlea Royal Infirmary emergency department;",
      "deliver the Serious Violence Duty through the partnership's violence reduction plan."]),
    ("Tackling neighbourhood crime: burglary, vehicle crime and shop theft",
     "Neighbourhood crime has fallen since 2019 but shop theft has risen by 38% in two years, and burglary "
     "rates in Eastbrook ward are twice the town's average.",
     ["target-harden homes that have been burgled twice or more;",
      "work with the Thornlea Business Improvement District on a shop theft reporting scheme;",
      "use the town's CCTV network to support neighbourhood policing teams."]),
    ("Keeping people safe from hate crime and building community cohesion",
     "Recorded hate crime rose after the events of summer 2025, and under-reporting remains high among disabled "
     "residents and people from new communities.",
     ["open three more third-party hate crime reporting centres;",
      "train frontline staff in every partner to recognise and record hate incidents;",
      "fund community-led cohesion projects through a small grants scheme."]),
]
VAWG = [
    ("Preventing violence against women and girls before it starts",
     "Healthy relationships education in every Thornlea school and a bystander programme for the night-time "
     "economy.", ["commission a schools programme for all pupils in years 7 to 11;",
                  "train 300 bar and door staff through the Safer Nights scheme."]),
    ("Survivors get the support that is right for them, when they need it",
     "A single front door for domestic abuse and sexual violence services, with specialist support for "
     "older women and women with no recourse to public funds.", ["open the Thornlea survivors' hub in 2026."]),
    ("Holding perpetrators to account and changing their behaviour",
     "Swifter justice through the specialist domestic abuse court and more perpetrator programmes.",
     ["double the places on the community perpetrator programme."]),
    ("Making public spaces safer for women and girls at night",
     "Better lighting, safe havens and a visible presence on the routes women told us they avoid.",
     ["deliver the Riverside Walk safety improvements."]),
]
CDP = [
    ("Fewer drug and alcohol deaths in Thornlea",
     "Thornlea has the county's highest rate of drug poisoning deaths; naloxone will be offered to everyone "
     "leaving treatment or custody.", ["supply naloxone through pharmacies and the custody suite."]),
    ("More people in treatment and staying in recovery",
     "Raise the number of adults in structured treatment by a fifth, with peer mentors in every service.",
     ["recruit twelve peer mentors."]),
    ("Disrupting county lines and closing down drug markets",
     "Joint operations with the regional organised crime unit and safeguarding for every child found dealing.",
     ["run two county lines intensification weeks a year."]),
]


def priority_block(w, n, title, why, will, acc, size=13):
    w.heading(f"Priority {n} \u2013 {title}", size, color=acc, before=6, after=4)
    w.para(why, size=9.8, after=3)
    w.para("<b>We will:</b>", size=9.8, after=2)
    w.bullets(will, size=9.8, after=1)
    w.space(4)


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Thornlea Community Safety Partnership",
            footer=TITLE, accent=ACC)
    c, W, H = d.c, d.W, d.H
    # ---- p1 cover
    box(c, 0, 0, W, H, "F2F6F8")
    box(c, 0, H - 360, W, 360, ACC)
    text(c, 56, H - 160, "Thornlea Community Safety", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 198, "Strategy 2026-2029", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 240, "A safer Thornlea, together", "Sans", 15, "D5E6EE")
    text(c, 56, 130, "Thornlea Community Safety Partnership", "Sans-Bold", 11, "222222")
    text(c, 56, 114, "Thornlea District Council \u2022 Wessmoor Police \u2022 Wessmoor Fire and Rescue Service",
         "Sans", 10, "333333")
    text(c, 56, 98, "NHS Wessmoor Integrated Care Board \u2022 Probation Service (Thornlea)", "Sans", 10, "333333")
    d.next()
    # ---- p2 contents, foreword, about
    w = d.writer()
    w.heading("Contents", 18)
    for n, s in [("1", "Foreword"), ("2", "About this strategy"), ("3", "Our priorities"),
                 ("4", "Measuring progress and governance"),
                 ("A", "Appendix A: the priorities of the VAWG Strategic Board and the Combating Drugs Partnership")]:
        w.para(f"{n}&nbsp;&nbsp;&nbsp;{s}", size=10.5, after=2)
    w.space(10)
    w.heading("1. Foreword", 16)
    w.para("Thornlea is a safe town, and most residents tell us they feel safe where they live. But the same "
           "places and the same people come to our attention again and again. This strategy sets out where the "
           "Community Safety Partnership will focus for the next three years, and how we will know whether we "
           "are making a difference.")
    w.para("Councillor Priya Halloran, Chair, Thornlea Community Safety Partnership", size=9.5, color="555555")
    w.heading("2. About this strategy", 16, before=8)
    w.para("The Crime and Disorder Act 1998 requires the partnership to assess crime and disorder in Thornlea every "
           "year and to set out how it will reduce them. Our priorities come from the 2026 strategic assessment, "
           "from 1,050 responses to our residents' survey and from the views of partners.")
    w.para("Two boards report to the Community Safety Partnership: the <b>Thornlea VAWG Strategic Board</b> and the "
           "<b>Thornlea Combating Drugs Partnership</b>. Each sets its own priorities in its own strategy and owns "
           "its own delivery plan. So that partners can see the whole picture in one place, their priorities are "
           "reproduced in full in Appendix A. They are not priorities of this strategy, although the partnership "
           "will hold both boards to account for them.")
    w.para("The partnership's own four priorities are set out in section 3.")
    d.next()
    # ---- p3 the CSP's priorities
    w = d.writer()
    w.heading("3. Our priorities", 18)
    w.para("For 2026 to 2029 the Thornlea Community Safety Partnership has four priorities.", after=8)
    for i, (t, why, will) in enumerate(CSP, 1):
        priority_block(w, i, t, why, will, ACC)
    d.next()
    # ---- p4 measures and governance
    w = d.writer()
    w.heading("4. Measuring progress and governance", 18)
    w.para("We will report progress to the partnership every quarter and publish an annual summary.")
    w.table([["Priority", "Measure", "Baseline 2025-26", "Target 2028-29"],
             ["1", "Antisocial behaviour incidents in the town centre and Marsh Lane", "2,310", "1,850"],
             ["1", "Repeat callers with a named case officer", "22%", "90%"],
             ["2", "Young people referred to the exploitation hub who are safer after six months", "n/a", "70%"],
             ["2", "Hospital admissions for assault with a sharp object, under-25s", "18", "12"],
             ["3", "Domestic burglaries per 1,000 households", "4.1", "3.5"],
             ["3", "Shop theft offences reported through the BID scheme", "n/a", "baseline"],
             ["4", "Hate crimes and incidents reported", "214", "higher reporting"],
             ["4", "Residents who agree people from different backgrounds get on well", "71%", "76%"]],
            [50, 260, 85, 85], head_bg=ACC, size=9)
    w.heading("Governance", 14, before=6)
    w.para("The partnership board meets quarterly and is chaired by the council's cabinet member for communities. "
           "Each priority has a lead officer and a delivery group. The VAWG Strategic Board and the Combating "
           "Drugs Partnership each report to the board twice a year.")
    w.heading("What we learned from the last strategy", 14, before=6)
    w.para("The 2023-2026 strategy had three priorities: reducing reoffending by prolific offenders, tackling "
           "domestic abuse, and safer roads. Domestic abuse now sits with the VAWG Strategic Board, prolific "
           "offenders are managed through Integrated Offender Management, and road safety is led by the "
           "Wessmoor Road Safety Partnership.")
    w.heading("Our values", 14, before=6)
    w.bullets(["We put victims first.", "We use evidence to decide where to act.",
               "We share information safely and as a matter of course."], size=10)
    d.next()
    # ---- p5-6 appendix A
    w = d.writer()
    w.heading("Appendix A: the priorities of the VAWG Strategic Board and the Combating Drugs Partnership", 16)
    w.para("<i>Reproduced for reference. These priorities are set and owned by each board; see section 2.</i>",
           size=9.5, color="555555", after=8)
    w.heading("A1. Thornlea VAWG Strategic Board: Violence Against Women and Girls Strategy 2025-2028", 13.5,
              color="333333")
    w.para("The Board's strategy, agreed in March 2025, has four priorities.", after=6)
    for i, (t, why, will) in enumerate(VAWG, 1):
        priority_block(w, i, t, why, will, ACC, size=12)
    d.next()
    w = d.writer()
    w.heading("A2. Thornlea Combating Drugs Partnership: Drugs and Alcohol Strategy 2026-2029", 13.5,
              color="333333")
    w.para("The Combating Drugs Partnership's strategy follows the national From Harm to Hope strategy and has "
           "three local priorities.", after=6)
    for i, (t, why, will) in enumerate(CDP, 1):
        priority_block(w, i, t, why, will, ACC, size=12)
    w.space(10)
    w.heading("Contact", 13, color="333333")
    w.para("Community Safety Team, Thornlea District Council, Market Street, Thornlea. "
           "community.safety@thornlea.example.gov.uk")
    return [d.close()]
