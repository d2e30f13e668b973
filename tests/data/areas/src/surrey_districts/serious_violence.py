"""Surrey Serious Violence Strategy 2026-2031: python-docx -> LibreOffice (Liberation Sans, Liberation Serif
body).  The priorities are the bold left-column cells of a "theory of change" table (p5): "If we focus on ...
(our priority)" / "... then" / "Measured by".  Distractors: the Home Office success measures and the local
definition (p4), the "then" and measure cells, delivery groups and measures."""
from docx_kit import Cm, Pt, para, rgb, set_widths, shade, keep_rows
from surrey_districts.kit_word import word_report

D = dict(
    file="strategies/surrey_serious_violence_strategy_2026-31.pdf",
    slug="serious_violence", kind="serious_violence",
    title="Surrey Serious Violence Strategy 2026\u20132031",
    body="Surrey Serious Violence Partnership",
    cover_title="Serious Violence Strategy",
    cover_sub="Surrey 2026\u20132031",
    cover_lines=["Prepared by the specified authorities under the Serious Violence Duty: Surrey Police, Surrey County "
                 "Council, the eleven district and borough councils, Surrey Fire and Rescue Service, NHS Surrey "
                 "Heartlands and NHS Frimley, the Probation Service and the youth justice service", "January 2026"],
    header_left="Surrey Serious Violence Strategy", header_right="2026\u20132031",
    footer="{PAGE}",
    colours=("8E2C1F", "D35400", "3D3D3D"), tint="FBEEE6",
    font="Liberation Serif", heading_font="Liberation Sans", size=11, symbol_at=3,
    sections=dict(fwd="Foreword", ctx="Serious violence in Surrey", pri="Our theory of change",
                  dlv="Delivery", gov="Monitoring and governance"),
    findings_head="Strategic needs assessment",
    foreword=["Serious violence is rare in Surrey compared with most of England, and that is exactly why each "
              "incident shocks our communities. A stabbing outside a school or an assault in a town centre at "
              "night changes how a whole town feels.",
              "The Serious Violence Duty asks us to understand the causes of violence and to act on them "
              "together. Our needs assessment points to a small number of places, a small number of young "
              "people and the exploitation that links them.",
              "This strategy sets out our theory of change: if we focus on four things, then violence will fall."],
    signed="Chair, Surrey Serious Violence Partnership",
    context=("The partnership defines serious violence as homicide, knife and weapon offences, violence with "
             "injury in public places, and violence linked to criminal exploitation."),
    stats=[("310", "knife and sharp instrument offences"), ("42%", "involving someone aged under 25"),
           ("5", "towns with over half of public-place violence"), ("160", "hospital admissions for assault by a sharp object")],
    findings=["Knife offences are concentrated among young men aged 15 to 24.",
              "Five town centres account for most violence with injury in public places.",
              "Many young people involved in violence were first known to services before the age of 12.",
              "Criminal exploitation by drug lines links much of the most serious violence."],
    previous=("The Home Office success measures",
              "The Serious Violence Duty guidance asks every area to report against three headline measures:",
              ["A reduction in hospital admissions for assaults with a knife or sharp object",
               "A reduction in knife and sharp object enabled serious violence recorded by the police",
               "A reduction in homicides recorded by the police"]),
    delivery=["Each priority has a delivery group, funded through the Serious Violence Duty grant and partners' "
              "own budgets."],
    groups=[["Knife Crime Group", "Young people and weapons", "Monthly"],
            ["Hotspots Group", "Public-place violence in town centres", "Monthly"],
            ["Early Help Group", "Children at risk", "Bi-monthly"],
            ["Exploitation Group", "Gangs and drug lines", "Monthly"]],
    measures=[["Knife offences, under-25s", "130", "100"], ["Violence with injury in the five towns", "1,900", "1,600"],
              ["Children with an early help plan at first referral", "38%", "60%"],
              ["Children safeguarded from exploitation", "210", "More identified"]],
    governance=["The partnership reports to the Surrey Community Safety Board and, for the Duty, to the Police "
                "and Crime Commissioner as convener."],
    partners=["Surrey Police", "Surrey County Council", "borough and district councils", "Surrey Fire and Rescue Service",
              "NHS Surrey Heartlands", "NHS Frimley", "Probation Service", "Surrey Youth Justice Service"],
    contact="Contact: svd@surrey-partnership.example (illustrative)",
)

PRIORITIES = [
    dict(id="SV1", plan=["P2"], text="Knife crime among young people",
         then="fewer young people carry knives, and fewer are hurt by them", m="Knife offences and admissions, under-25s"),
    dict(id="SV2", plan=["P2"], text="The places where violence concentrates",
         then="town centre streets that generate most harm become safer", m="Violence with injury in five towns"),
    dict(id="SV3", plan=["P2"], text="Early help for children at risk of violence",
         then="children get support years before violence, not after", m="Age at first early help plan"),
    dict(id="SV4", plan=["P2"], text="Criminal exploitation of children by gangs and drug lines",
         then="fewer children are groomed into violence", m="Children safeguarded; lines closed"),
]


def _priorities(d, D):
    c1, c2, c3 = D["colours"]
    para(d, "Our strategy rests on a simple theory of change. The four priorities in the left-hand column are "
            "where partners will focus; the other columns say what should follow and how we will measure it.")
    t = d.add_table(rows=len(PRIORITIES) + 1, cols=3)
    t.style = d.styles["Table Grid"]
    for c, h in enumerate(["If we focus on\u2026 (our priority)", "\u2026then", "Measured by"]):
        cell = t.cell(0, c)
        shade(cell, c1)
        r = cell.paragraphs[0].add_run(h)
        r.bold, r.font.size = True, Pt(10)
        r.font.color.rgb = rgb("FFFFFF")
    for i, p in enumerate(PRIORITIES, 1):
        a, b, m = t.cell(i, 0), t.cell(i, 1), t.cell(i, 2)
        shade(a, D["tint"])
        r = a.paragraphs[0].add_run(p["text"])
        r.bold, r.font.size = True, Pt(12)
        r.font.color.rgb = rgb(c1)
        b.paragraphs[0].add_run("\u2026 " + p["then"]).font.size = Pt(10)
        m.paragraphs[0].add_run(p["m"]).font.size = Pt(9.5)
        for c in (a, b, m):
            c.paragraphs[0].paragraph_format.space_before = Pt(6)
            c.paragraphs[0].paragraph_format.space_after = Pt(6)
    set_widths(t, [6.0, 6.4, 4.2])
    keep_rows(t)
    para(d, "")
    para(d, "Underneath all four sits the public health approach: evidence-led, focused on populations, and "
            "working with communities rather than on them.", italic=True, colour=c3)


def build(out_root):
    D["priorities"] = PRIORITIES
    return word_report(D, out_root / D["file"], _priorities, symbol_at=D["symbol_at"])
