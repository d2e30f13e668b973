"""East Hampshire Community Safety Partnership Plan 2026-2029.

Layout: two-column serif text flow on p6 with a full-height green sidebar ("What you told us", a ranked list of
concerns that look like priorities).  Each priority is a green bold sans run-in heading beginning a paragraph
part-way down a column, preceded by a thin rule."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, Paragraph, Spacer, colors, mm, style
from reportlab.platypus import HRFlowable

FILE = "strategies/east_hampshire_community_safety_partnership_plan_2026-29.pdf"
BRAND = Brand(org="East Hampshire Community Safety Partnership", body="lib-serif", head="lib-sans",
              primary="#2f5d34", secondary="#8a6d3b", accent="#c9a227", tint="#eef3ea", size=A4,
              folio="Page {n}", folio_pos="bl", heading="block", running="East Hampshire CSP Plan 2026\u20132029")

PRIOS = [
    ("Rural crime, including farm machinery theft and poaching",
     "Most of the district is countryside, and two-thirds of it lies in the South Downs National Park. We will "
     "support the Country Watch team, farm watch schemes and the National Park rangers, and promote marking "
     "and tracking of machinery."),
    ("Anti-social behaviour in Alton, Petersfield and Whitehill & Bordon",
     "Each town has its own pattern: evening gatherings in parks, nuisance on the high street and off-road "
     "bikes on the heath. Town-based problem-solving groups will lead the response with residents."),
    ("Domestic abuse",
     "We will raise awareness in rural communities where victims can be isolated, train parish clerks and GP "
     "surgery staff to spot the signs, and make sure everyone knows how to reach the outreach service."),
    ("Speeding and road safety in our villages",
     "We will expand Community Speedwatch, share data with the county highways team and target the routes "
     "residents have reported most."),
    ("Protecting older residents from scams",
     "Trading Standards, the police fraud team and volunteers will deliver scams awareness sessions and "
     "install call blockers for people at highest risk."),
]

CFG = dict(
    org="East Hampshire Community Safety Partnership", cover_lines=["Community Safety", "Partnership Plan"],
    years="East Hampshire 2026\u20132029", org_line="East Hampshire District Council and partners",
    cover="stripe", contents="list", seed=4,
    foreword=["East Hampshire is one of the safest districts in the country. That is a tribute to our "
              "communities as much as to any agency. But safe does not mean free of crime, and people living in "
              "our villages and market towns have told us clearly what worries them.",
              "This plan focuses the partnership's limited resources on the issues that matter most locally, "
              "where working together adds something that each agency could not do alone.",
              "We will report on progress every year and we want to hear from you if you think we have got it "
              "wrong."],
    signed="Chair, East Hampshire Community Safety Partnership",
    tiles=[("126,000", "residents"), ("57%", "of the district within the South Downs National Park"),
           ("19", "farm machinery thefts in a year (illustrative)"), ("1,840", "anti-social behaviour reports"),
           ("212", "Speedwatch sessions"), ("\u00a3310k", "reported lost to scams by residents (illustrative)")],
    findings=[("h", "Key findings"),
              ("b", ["Rural crime is low in volume but high in impact on farming businesses",
                     "Domestic abuse is the largest single category of violent crime",
                     "Reports of scams against people over 75 have doubled",
                     "Residents rank speeding as their top concern in every ward"]),
              ("h", "Our approach"),
              ("p", "We use the partnership's problem-solving model: scan, analyse, respond and assess. "
                    "Each priority has a lead agency.")],
    previous=["Rural crime", "Anti-social behaviour", "Domestic abuse", "Vulnerable people and exploitation"],
    assessment="Rural crime, anti-social behaviour in the three towns and domestic abuse remain priorities. "
               "Scams targeting older people and speeding in villages have grown as concerns.",
    actions=[["Rural", "Fund machinery marking kits for farm watch members", "Police", "Sep 2026"],
             ["Rural", "Joint patrols with National Park rangers", "Police / SDNPA", "Ongoing"],
             ["ASB", "Town problem-solving groups in Alton, Petersfield and Bordon", "Council", "Jun 2026"],
             ["DA", "Train parish clerks and surgery staff in spotting the signs", "DA forum", "Mar 2027"],
             ["Roads", "Recruit twenty new Speedwatch volunteers", "Police", "Dec 2026"],
             ["Scams", "Install call blockers for people at highest risk", "Trading Standards", "Mar 2027"]],
    measures=[["Farm machinery and vehicle thefts", "19", "Down"],
              ["Anti-social behaviour reports in the three towns", "1,840", "Down"],
              ["Domestic abuse referrals to outreach from rural areas", "96", "Up"],
              ["Speedwatch sessions held", "212", "Up"],
              ["Residents reached by scams awareness", "600", "Up"]],
    governance=["The partnership board meets four times a year. Its delivery group brings together officers "
                "from each agency to manage the action plan.",
                "The district council's overview and scrutiny committee acts as the crime and disorder "
                "committee. The Police and Crime Commissioner's community safety grant funds small projects.",
                "We work with Hampshire County Council on domestic abuse, with the Violence Reduction Unit on "
                "serious violence and with the National Park authority on rural crime."],
    contacts=["Community Safety Team, Penns Place, Petersfield (illustrative)",
              "csp@easthants-csp.example | 01730 000 000", "Report crime on 101 or online; in an emergency "
              "call 999."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Our priorities for 2026\u20132029")
    sw = 55 * mm
    c.setFillColor(b.P)
    c.rect(W - m - sw, 18 * mm, sw, y - 18 * mm, stroke=0, fill=1)
    side = [Paragraph("What you told us", style(b.Hd[1], 13, colors.white, 16, space_after=6)),
            Paragraph("We asked residents which community safety issues worried them most. Ranked by the "
                      "number of people who chose them:", style(b.B[0], 8.5, colors.white, 11, space_after=6))]
    for k, t in enumerate(["Speeding through villages", "Anti-social behaviour", "Rural crime",
                           "Fly-tipping", "Drug dealing", "Scams and fraud"], 1):
        side.append(Paragraph(f'<font name="{b.Hd[1]}" color="{b.accent}" size="15">{k}</font>&nbsp;&nbsp;{t}',
                              style(b.B[1], 9.5, colors.white, 16, space_after=3)))
    side.append(Spacer(1, 8))
    side.append(Paragraph("Fly-tipping is dealt with by the council's environmental enforcement team and is "
                          "not a partnership priority.", style(b.B[2], 8, colors.white, 10.5)))
    d.flow(side, [(W - m - sw + 5 * mm, 24 * mm, sw - 10 * mm, y - 30 * mm)])
    body = style(b.B[0], 9.4, b.I, 12.6, space_after=6)
    run = f'<font name="{b.Hd[1]}" color="{b.primary}">%s.</font> %s'
    st = [Paragraph("The partnership agreed five priorities in January 2026 after reviewing the strategic "
                    "assessment, the residents' survey and the views of parish and town councils. Each one is "
                    "led by a named agency and reviewed every quarter.", body),
          Paragraph("We have kept the plan short on purpose. Issues that are not priorities are still dealt "
                    "with by the agency responsible.", body)]
    for t, body_txt in PRIOS:
        st.append(HRFlowable(width="30%", thickness=1.2, color=b.A, spaceBefore=3, spaceAfter=5, hAlign="LEFT"))
        st.append(Paragraph(run % (t.replace("&", "&amp;"), body_txt), body))
    st.append(Paragraph("Serious violence and drugs are tackled county-wide by the Violence Reduction Unit and "
                        "the combating drugs partnership; we contribute to both.", body))
    tw = W - 2 * m - sw - 7 * mm
    cw = (tw - 7 * mm) / 2
    d.flow(st, [(m, 18 * mm, cw, y - 18 * mm), (m + cw + 7 * mm, 18 * mm, cw, y - 18 * mm)])


def build(root):
    d = Doc(root / FILE, BRAND, "East Hampshire Community Safety Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
