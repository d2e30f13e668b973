"""East Sussex Combating Drugs Partnership Strategy 2025-2030 (fictional re-creation).

House style: reportlab report, Liberation Serif body with DejaVu Sans headings, indigo and teal, folio
"Page n of m" at the right.  The priorities page (p6) has three **ambitions**, each a drawn chevron band
("AMBITION 1  Less supply"), with its **priorities** under it as decimal-numbered hanging paragraphs ("1.1"
in the margin, the priority in bold, a grey line).  The document calls the numbered items its priorities, so
the gold is that level.
"""
from __future__ import annotations

from pathlib import Path

from rl_kit import Flowable, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors, hexc, mm
from sussex_districts import kit_rl
from sussex_districts.work import ILLUS

OUT = "strategies/east_sussex_combating_drugs_partnership_strategy_2025-30.pdf"
INDIGO, TEAL = "#2e3a87", "#159a9c"

AMBITIONS = [
    ("Less supply", [
        ("Disrupting county lines and closing down drug markets",
         "Police, councils and housing providers acting together on the lines that supply our towns."),
        ("Targeting the organised crime groups behind drug supply",
         "Pursuing the people at the top of the supply chain and taking their assets."),
    ]),
    ("Better treatment and recovery", [
        ("Increasing the number of people in treatment and recovery, including people leaving prison",
         "More people engaged, and continuity of care from prison and court into community treatment."),
        ("Preventing drug and alcohol-related deaths",
         "Naloxone, outreach and learning from every death."),
    ]),
    ("Less demand", [
        ("Stopping young people from starting to use drugs and alcohol",
         "Evidence-based education and early help for children and young people."),
    ]),
]


class Chevron(Flowable):
    def __init__(self, n, text, width):
        super().__init__()
        self.n, self.text, self.w = n, text, width

    def wrap(self, aw, ah):
        return self.w, 12 * mm

    def draw(self):
        c = self.canv
        hgt = 10 * mm
        c.setFillColor(hexc(INDIGO))
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(self.w - 8 * mm, 0)
        p.lineTo(self.w, hgt / 2)
        p.lineTo(self.w - 8 * mm, hgt)
        p.lineTo(0, hgt)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(hexc(TEAL))
        c.rect(0, 0, 34 * mm, hgt, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVuSans-Bold", 8.5)
        c.drawString(4 * mm, 3.6 * mm, f"AMBITION {self.n}")
        c.setFont("DejaVuSans-Bold", 12)
        c.drawString(38 * mm, 3.4 * mm, self.text)


def cover(c, W, H, meta):
    c.setFillColor(hexc(INDIGO))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc(TEAL))
    for k in range(4):
        p = c.beginPath()
        x = 30 * mm + k * 38 * mm
        p.moveTo(x, 40 * mm)
        p.lineTo(x + 28 * mm, 40 * mm)
        p.lineTo(x + 40 * mm, 55 * mm)
        p.lineTo(x + 28 * mm, 70 * mm)
        p.lineTo(x, 70 * mm)
        p.lineTo(x + 12 * mm, 55 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVuSans-Bold", 27)
    c.drawString(20 * mm, H - 75 * mm, "East Sussex Combating")
    c.drawString(20 * mm, H - 87 * mm, "Drugs Partnership")
    c.setFont("LiberationSerif-Regular", 17)
    c.drawString(20 * mm, H - 101 * mm, "Strategy 2025\u20132030")
    c.setFont("LiberationSerif-Regular", 10)
    c.drawString(20 * mm, H - 112 * mm, "Less supply. Better treatment and recovery. Less demand.")


def ambitions(h):
    num = ParagraphStyle("num", fontName="DejaVuSans-Bold", fontSize=15, leading=18, textColor=hexc(TEAL))
    pri = ParagraphStyle("pri", fontName="LiberationSerif-Bold", fontSize=12.5, leading=15.2,
                         textColor=hexc("#1b1b1b"), spaceAfter=2)
    sub = ParagraphStyle("sub", fontName="LiberationSerif-Italic", fontSize=9.6, leading=12.2,
                         textColor=hexc("#555555"))
    out = []
    for n, (amb, pris) in enumerate(AMBITIONS, 1):
        out += [Spacer(1, 6), Chevron(n, amb, 170 * mm), Spacer(1, 3)]
        rows = [[Paragraph(f"{n}.{k}", num), [Paragraph(t, pri), Paragraph(s, sub)]]
                for k, (t, s) in enumerate(pris, 1)]
        t = Table(rows, colWidths=[18 * mm, 152 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                               ("LINEBELOW", (1, 0), (1, -2), 0.4, hexc("#c7cbe6"))]))
        out.append(t)
    return out


def build(root: Path) -> Path:
    h = kit_rl.House(body="liberation-serif", head="dejavu", size=10.2, main=INDIGO, accent=TEAL, tint="#eceefa",
                     header="East Sussex Combating Drugs Partnership Strategy 2025\u20132030",
                     folio="Page {n} of {total}", folio_pos="right", cover=cover)
    pages = [
        [("h1", "Introduction"),
         ("p", "Drugs cause harm to the people who use them, to their families and to the communities where they "
               "are sold. In East Sussex, drug-related deaths are above the national average, and coastal towns "
               "such as Hastings and Eastbourne are targeted by county lines."),
         ("p", "The East Sussex Combating Drugs Partnership (CDP) was set up in 2022 in response to the national "
               "drugs strategy. Its members are East Sussex County Council (Public Health), Sussex Police, the "
               "Police and Crime Commissioner, the Probation Service, NHS Sussex, HM Prison and Probation "
               "Service, the district and borough councils, Change Grow Live, and people with lived experience."),
         ("p", "This strategy renews the partnership's local plan for 2025\u20132030. It is organised under three "
               "local ambitions, and under each are the partnership's priorities."),
         ("small", "Senior Responsible Owner, East Sussex Combating Drugs Partnership")],
        [("h1", "The picture in East Sussex"),
         ("tiles", [("3,050", "adults in drug and alcohol treatment"), ("74", "drug-related deaths, 2021\u201323"),
                    ("46%", "of prison leavers engaged in treatment within 3 weeks"),
                    ("29", "county lines disrupted"), ("1 in 9", "15-year-olds had tried cannabis"),
                    ("\u00a32.4m", "supplemental substance misuse grant")], 3),
         ("small", ILLUS),
         ("h2", "Needs assessment: key points"),
         ("bul", ["Deaths are concentrated among men aged 35 to 54 using opiates and alcohol together.",
                  "Continuity of care from prison to community treatment is below the national target.",
                  "Crack cocaine use has risen, with county lines from London supplying Hastings and Eastbourne.",
                  "Early use of cannabis and alcohol is more common in coastal towns."])],
        [("h1", "The national framework"),
         ("p", "<i>From harm to hope</i> (2021), the ten-year national drugs plan, has three strategic priorities:"),
         ("bul", ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                  "Achieve a generational shift in the demand for drugs"]),
         ("p", "It also sets national outcomes: reducing drug use, reducing drug-related crime, reducing "
               "drug-related deaths and harm, and increasing engagement in treatment and recovery."),
         ("h2", "Local links"),
         ("table", [["Plan", "Relevant priority"],
                    ["Sussex Police and Crime Plan 2025\u20132029", "Disrupting organised crime and exploitation; "
                     "Reducing reoffending"],
                    ["East Sussex Safer Communities Partnership", "Drug and alcohol-related harm"],
                    ["East Sussex Health and Wellbeing Strategy", "Healthy lives, healthy people"]], [0.45, 0.55])],
        [("h1", "Our ambitions and priorities"),
         ("p", "Three ambitions, each with the partnership's priorities for 2025\u20132030 numbered beneath it."),
         ("flow", ambitions(h))],
        [("h1", "Delivery"),
         ("table", [["Ambition", "Sub-group", "Chair"],
                    ["Less supply", "Enforcement and Disruption Group", "Sussex Police"],
                    ["Better treatment and recovery", "Treatment and Recovery Group", "Public Health"],
                    ["Better treatment and recovery", "Drug-Related Deaths Panel", "Public Health"],
                    ["Less demand", "Prevention and Young People Group", "Children's Services"]], [0.35, 0.4, 0.25]),
         ("p", "Each sub-group holds an action plan that is refreshed every year."),
         ("h2", "Funding"),
         ("p", "Public health grant, the supplemental substance misuse treatment and recovery grant, and "
               "Police and Crime Commissioner funding for criminal justice pathways (illustrative amounts in the "
               "annual report).")],
        [("h1", "Outcomes and governance"),
         ("table", [["National outcome", "Local measure", "Baseline"],
                    ["Reduce drug-related deaths", "Deaths per 100,000", "5.9"],
                    ["Increase engagement in treatment", "Adults in treatment", "3,050"],
                    ["Reduce drug-related crime", "Continuity of care from prison", "46%"],
                    ["Reduce drug use", "Young people starting to use", "tbc"]], [0.35, 0.4, 0.25]),
         ("small", ILLUS),
         ("p", "The partnership reports to the East Sussex Health and Wellbeing Board and to the national Joint "
               "Combating Drugs Unit. Contact: cdp@eastsussex.example")],
    ]
    contents = [("Introduction", 3, 0), ("The picture in East Sussex", 4, 0), ("The national framework", 5, 0),
                ("Our ambitions and priorities", 6, 0), ("Delivery", 7, 0), ("Outcomes and governance", 8, 0)]
    out = root / OUT
    kit_rl.build(out, "East Sussex Combating Drugs Partnership Strategy 2025\u20132030",
                 "East Sussex Combating Drugs Partnership", h, contents, pages)
    return out
