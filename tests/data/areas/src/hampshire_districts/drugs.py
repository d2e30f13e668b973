"""Hampshire Combating Drugs Partnership Strategy 2026-2029 (A4 landscape).

Layout: p6 sets the four priorities in a row of tall rounded cards, each topped by a coloured half-disc with a
pictogram drawn from shapes (shield, pill, heart, person); the priority is in bold under the icon, with a
"What we will do" list and a coloured footer naming the lead (not part of the priority)."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, Paragraph, colors, hx, landscape, mm, style

FILE = "strategies/hampshire_combating_drugs_partnership_strategy_2026-29.pdf"
BRAND = Brand(org="Hampshire Combating Drugs Partnership", body="lib-sans", head="dejavu-cond",
              primary="#005a70", secondary="#7a3e9d", accent="#00a19a", tint="#e6f3f5", size=landscape(A4),
              folio="Page {n} of 10", folio_pos="br", heading="rule", running="Combating Drugs Partnership")

PRIOS = [("shield", "Disrupting drug supply and county lines", "#005a70",
          ["Target the county lines that cause most harm", "Close cuckooed addresses quickly",
           "Use civil orders against dealers"], "Lead: Constabulary"),
         ("pill", "Treatment and recovery that reduce offending", "#7a3e9d",
          ["Treatment requirements with probation", "Drug testing on arrest referrals", "Continuity of care "
           "from prison"], "Lead: public health and Probation"),
         ("heart", "Preventing drug-related deaths", "#b23a48",
          ["Naloxone for families and hostels", "Review every drug-related death", "Outreach to people not "
           "in treatment"], "Lead: public health"),
         ("person", "Stopping young people from starting to use drugs", "#00a19a",
          ["Drug education in schools and colleges", "Early help for children of parents who use drugs",
           "Targeted youth support"], "Lead: children's services")]

CFG = dict(
    org="Hampshire Combating Drugs Partnership", cover_lines=["Combating Drugs", "Partnership Strategy"],
    years="Hampshire 2026\u20132029", org_line="Hampshire Combating Drugs Partnership", cover="circles",
    contents="list", seed=19, numbers_title="The needs assessment", context_title="National and local context",
    prio_title="Our priorities", context_cols=2,
    foreword=["Drugs cause harm to the people who use them, to their families and to communities blighted "
              "by dealing and violence. The Government's ten-year strategy, From Harm to Hope, asked every area "
              "to form a combating drugs partnership to bring that harm down.",
              "This strategy sets out the Hampshire partnership's priorities for the next three years. "
              "Southampton, Portsmouth and the Isle of Wight have partnerships of their own, and we work closely "
              "with them.",
              "We are grateful to the people with lived experience of drug use who helped shape it."],
    signed="Senior Responsible Owner, Hampshire Combating Drugs Partnership",
    tiles=[("5,900", "adults in structured treatment (illustrative)"), ("48%", "of acquisitive crime linked "
                                                                         "to drug use"),
           ("112", "drug-related deaths in three years"), ("64", "county lines disrupted"),
           ("37%", "of prison leavers engaged in treatment"), ("1 in 10", "15-year-olds have tried cannabis")],
    findings=[("h", "Key findings"),
              ("b", ["Crack cocaine use is rising and drives acquisitive crime", "Drug-related deaths are "
                     "highest among men aged 40 to 54", "Too few prison leavers continue treatment",
                     "Young people's first use is most often cannabis or vapes containing THC"])],
    previous=["Reducing supply", "Treatment and recovery", "Reducing demand"],
    prev_title="The 2023\u20132026 delivery plan",
    prev_intro="Our first delivery plan followed the three national themes:",
    assessment_title="What has changed",
    assessment="Treatment numbers have grown but continuity of care from prison remains low, and drug-related "
               "deaths have not fallen.",
    duties="Combating drugs partnerships are not statutory, but the national guidance asks each to agree a "
           "local drugs strategy, a needs assessment and a delivery plan, overseen by a senior responsible "
           "owner.",
    sidebar=("From Harm to Hope", [
        ("p", "The national drugs strategy (2021) has three strategic priorities:"),
        ("b", ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
               "Achieve a generational shift in the demand for drugs"])]),
    context_extra=[("h", "The Police and Crime Commissioner's plan"),
                   ("p", "The Commissioner's priorities <i>Tackling knife crime and serious violence</i> and "
                         "<i>Breaking the cycle of reoffending</i> include county lines and drug treatment for "
                         "people whose drug use drives their offending.")],
    actions=[["Supply", "County lines intensification weeks", "Police", "Twice a year"],
             ["Treatment", "Prison release continuity of care workers", "Probation / provider", "Oct 2026"],
             ["Deaths", "Naloxone in all supported housing", "Public health", "Jun 2026"],
             ["Young people", "Drug education resources for schools", "Children's services", "Sep 2026"]],
    measures=[["County lines closed", "64", "Up"], ["Prison leavers engaged in treatment within three weeks",
                                                   "37%", "Up"],
              ["Drug-related deaths", "112 over 3 years", "Down"], ["Young people in specialist treatment",
                                                                    "220", "Monitor"]],
    governance=["The partnership board meets quarterly, led by its senior responsible owner. Supply, treatment "
                "and demand groups report to it.",
                "We report to the Office for Health Improvement and Disparities and the Joint Combating Drugs "
                "Unit every year."],
    partners=["Hampshire County Council public health", "Hampshire and Isle of Wight Constabulary",
              "Police and Crime Commissioner", "Probation Service", "Integrated care board", "Treatment providers",
              "Jobcentre Plus", "District councils"],
    contacts=["Combating Drugs Partnership (illustrative)", "cdp@hants-cdp.example",
              "Worried about drugs? Talk to FRANK: 0300 123 6600."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Our priorities")
    n = len(PRIOS)
    gap = 6 * mm
    cw = (W - 2 * m - (n - 1) * gap) / n
    top = y - 4 * mm
    bot = 22 * mm
    for i, (ic, t, col, will, lead) in enumerate(PRIOS):
        x = m + i * (cw + gap)
        c.setFillColor(b.T)
        c.roundRect(x, bot, cw, top - bot, 5 * mm, stroke=0, fill=1)
        c.setFillColor(hx(col))
        c.wedge(x + cw / 2 - 16 * mm, top - 16 * mm, x + cw / 2 + 16 * mm, top + 16 * mm, 180, 180, stroke=0,
                fill=1)
        d.icon(ic, x + cw / 2, top - 6 * mm, 8 * mm, colors.white)
        yy = d.centred(t, b.Hd[1], 13.5, x + cw / 2, top - 22 * mm, cw - 10 * mm, hx(col), leading=16.5)
        yy -= 5 * mm
        c.setFont(b.B[1], 9)
        c.setFillColor(b.I)
        c.drawString(x + 5 * mm, yy, "What we will do")
        yy -= 3 * mm
        for w in will:
            p = Paragraph(w, style(b.B[0], 9, b.I, 12), bulletText="\u2013")
            _, h = p.wrap(cw - 14 * mm, 500)
            p.drawOn(c, x + 8 * mm, yy - h)
            yy -= h + 2.5 * mm
        c.setFillColor(hx(col))
        c.rect(x, bot, cw, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(b.B[1], 8.5)
        c.drawCentredString(x + cw / 2, bot + 3.6 * mm, lead)


def build(root):
    d = Doc(root / FILE, BRAND, "Hampshire Combating Drugs Partnership Strategy 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
