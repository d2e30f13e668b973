"""Hampshire and Isle of Wight Domestic Abuse Strategy 2026-2029 (county-wide partnership board).

Layout: p6 stacks the four priorities down the page, each beside a huge outlined single numeral ("1" to "4",
stroked, unfilled) in a pale left margin, with the priority in bold serif and a two-line description; a
survivor's pull quote in a plum panel interrupts the stack between priorities 2 and 3."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, colors, hx, mm, style

FILE = "strategies/hampshire_and_isle_of_wight_domestic_abuse_strategy_2026-29.pdf"
BRAND = Brand(org="Hampshire and Isle of Wight Domestic Abuse Partnership Board", body="dejavu",
              head="lib-serif", primary="#6a1b4d", secondary="#3d5a80", accent="#e0a3c4", tint="#f7eef3",
              size=A4, folio="Domestic Abuse Strategy 2026\u20132029   {n}", folio_pos="br", heading="rule")

PRIOS = [("Preventing domestic abuse and intervening earlier",
          "Healthy relationships education, trained professionals in every agency and help before a crisis."),
         ("Specialist support for adult and child victims",
          "Independent advocates, outreach, recovery groups and therapeutic support for children."),
         ("Holding perpetrators to account and changing behaviour",
          "Multi-agency tasking of the highest-harm perpetrators and accredited behaviour change programmes."),
         ("Safe accommodation for survivors",
          "Refuge, dispersed housing and sanctuary schemes, meeting our duty under Part 4 of the Act.")]

CFG = dict(
    org="Hampshire and Isle of Wight Domestic Abuse Partnership Board",
    cover_lines=["Domestic Abuse", "Strategy"], years="Hampshire and the Isle of Wight 2026\u20132029",
    org_line="Hampshire and Isle of Wight Domestic Abuse Partnership Board", cover="stripe", seed=17,
    contents="list", numbers_title="Domestic abuse in numbers", context_title="The national and local picture",
    prio_title="Our four priorities",
    foreword=["Domestic abuse can happen to anyone. It affects one in five adults in their lifetime and it "
              "shapes the lives of the children who live with it. Behind every statistic in this strategy is "
              "a person.",
              "This strategy brings together Hampshire County Council, Southampton City Council, Portsmouth "
              "City Council, the Isle of Wight Council, the Police and Crime Commissioner, the Constabulary, "
              "health, probation and the specialist sector behind four priorities.",
              "It was written with survivors. Their words appear throughout, and they will help us judge "
              "whether it has worked."],
    signed="Chair, Hampshire and Isle of Wight Domestic Abuse Partnership Board",
    quote=("I needed someone to believe me the first time I asked for help.", "Survivor, Isle of Wight"),
    tiles=[("38,000", "domestic abuse incidents and crimes a year (illustrative)"),
           ("1 in 5", "adults experience domestic abuse in their lifetime"),
           ("9,400", "children in households referred to MARAC"), ("212", "refuge and dispersed units"),
           ("31%", "repeat referrals to MARAC"), ("640", "perpetrators on behaviour change programmes")],
    findings=[("h", "What the needs assessment found"),
              ("b", ["Most victims had contact with a professional before they disclosed",
                     "Children are rarely seen as victims in their own right", "Repeat perpetrators move "
                     "between victims and areas", "Demand for safe accommodation exceeds supply, especially "
                     "for larger families"])],
    previous=["Prevention and early intervention", "Provision of services", "Partnership working",
              "Pursuing perpetrators"],
    prev_title="The 2022\u20132025 strategy",
    prev_intro="Our previous strategy had four themes:",
    assessment_title="What has changed",
    assessment="The Domestic Abuse Act 2021 recognised children as victims and created new duties for safe "
               "accommodation. The partnership now covers all four upper-tier councils.",
    duties="Part 4 of the Domestic Abuse Act 2021 requires each tier-one council to assess the need for "
           "support in safe accommodation, publish a strategy and keep it under review, advised by a local "
           "partnership board. This strategy meets that duty for the four councils.",
    sidebar=("The national Tackling Domestic Abuse Plan", [
        ("p", "The Government's 2022 plan has four pillars:"),
        ("b", ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"]),
        ("p", "Our priorities follow the same shape, with safe accommodation added to meet our statutory "
              "duty.")]),
    context_cols=1,
    context_extra=[("h", "The Police and Crime Commissioner's plan"),
                   ("p", "The Commissioner's priority <i>Keeping women and girls safe</i> commits to earlier "
                         "identification, specialist support and holding perpetrators to account.")],
    actions=[["Prevent", "Healthy relationships lessons in every secondary school", "Councils / schools",
              "Sep 2026"],
             ["Support", "Children's recovery groups in each area", "Specialist providers", "Apr 2027"],
             ["Perpetrators", "Multi-agency tasking and coordination of high-harm perpetrators", "Police",
              "Oct 2026"],
             ["Housing", "Thirty new dispersed accommodation units", "Councils", "Mar 2028"]],
    measures=[["Referrals from health professionals", "1,100", "Up"],
              ["Children supported by specialist services", "1,900", "Up"],
              ["Repeat MARAC referrals", "31%", "Down"],
              ["Households refused refuge for lack of space", "240", "Down"]],
    governance=["The board meets quarterly and reports to each council's executive and to the Police and Crime "
                "Commissioner. Local domestic abuse forums in each area deliver the action plan.",
                "A survivors' panel reviews progress every six months."],
    partners=["Hampshire County Council", "Southampton City Council", "Portsmouth City Council",
              "Isle of Wight Council", "Police and Crime Commissioner", "Constabulary", "Probation Service",
              "Integrated care board", "Specialist domestic abuse services"],
    contacts=["Domestic Abuse Partnership Board secretariat (illustrative)", "dapb@hiow-da.example",
              "If you are in danger call 999. National Domestic Abuse Helpline: 0808 2000 247."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Our four priorities")
    y -= d.para("What the partnership will do together from 2026 to 2029.", style(b.B[0], 10, b.I, 13), m, y,
                W - 2 * m) + 5 * mm
    c.setFillColor(b.T)
    c.rect(0, 18 * mm, m + 34 * mm, y - 18 * mm, stroke=0, fill=1)
    for i, (t, desc) in enumerate(PRIOS):
        if i == 2:  # survivor quote panel
            c.setFillColor(b.P)
            c.rect(m + 40 * mm, y - 30 * mm, W - 2 * m - 40 * mm, 26 * mm, stroke=0, fill=1)
            d.para("\u201cWhen my children were finally seen as victims too, everything changed.\u201d",
                   style(b.Hd[2], 13, colors.white, 17), m + 46 * mm, y - 8 * mm, W - 2 * m - 54 * mm)
            c.setFont(b.B[0], 8)
            c.setFillColor(hx("#f2d7e6"))
            c.drawString(m + 46 * mm, y - 26 * mm, "Survivor, Havant")
            y -= 36 * mm
        d.outlined(str(i + 1), b.Hd[1], 88, m + 6 * mm, y - 58, b.P, width=1.6)
        yy = d.left(t, b.Hd[1], 17, m + 40 * mm, y - 4 * mm, W - 2 * m - 40 * mm, b.P, leading=20)
        yy = d.para(desc, style(b.B[0], 9.5, b.I, 13), m + 40 * mm, yy - 3 * mm, W - 2 * m - 40 * mm)
        y -= 42 * mm


def build(root):
    d = Doc(root / FILE, BRAND, "Hampshire and Isle of Wight Domestic Abuse Strategy 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
