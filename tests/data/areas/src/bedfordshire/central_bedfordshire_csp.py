"""Central Bedfordshire Community Safety Partnership Plan 2024-2027: Word report (python-docx + LibreOffice).

Five priorities, stated once, as the **row heads of a heat map** on p6 ("Our priorities and where they bite"):
a Word table whose first column holds each priority in bold (most wrap over two lines) and whose five narrow
columns, headed by towns (Dunstable, Leighton Buzzard, Biggleswade, Flitwick, Sandy), are shaded in four graded
tints with no text; a legend row under the table explains the tints.  The column heads, the previous plan's
priorities (p4), the council's Strategic Plan themes and the PCC's priorities (p5), the delivery themes (p7) and
the measures (p8) are distractors.
"""
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, set_widths, shade, keep_rows
from bedfordshire.work import build_docx, docx_blocks

FILE = "strategies/central_bedfordshire_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Central Bedfordshire Community Safety Partnership Plan 2024–2027"
TEAL, ORANGE, INK = "0F5E63", "D9822B", "262626"
TINTS = ["FCE9D6", "F6C79C", "EE9E5C", "C8661E"]
TOWNS = ["Dunstable", "Leighton Buzzard", "Biggleswade", "Flitwick", "Sandy"]

PRIORITIES = [
    ("Reducing anti-social behaviour in our towns and villages", [3, 2, 1, 1, 2]),
    ("Tackling rural and farm crime", [0, 1, 3, 2, 3]),
    ("Protecting older and vulnerable residents from fraud and scams", [2, 2, 2, 3, 1]),
    ("Preventing homelessness and rough sleeping", [3, 2, 1, 0, 1]),
    ("Reducing domestic abuse", [3, 2, 2, 1, 2]),
]

SECTIONS = [
    dict(key="fw", title="Foreword", blocks=[
        ("p", "Central Bedfordshire is a large, mostly rural area of market towns and more than a hundred "
              "villages between Luton, Bedford and Milton Keynes. It is one of the safest places in the "
              "region, and we want to keep it that way."),
        ("p", "The Community Safety Partnership brings together Central Bedfordshire Council, Bedfordshire "
              "Police, Bedfordshire Fire and Rescue Service, the Probation Service, the NHS, town and parish "
              "councils and the voluntary sector."),
        ("p", "This plan sets out five priorities for 2024 to 2027. Each is felt differently from town to "
              "town, so we show where each one bites hardest."),
        ("p", "<b>Chair, Central Bedfordshire Community Safety Partnership</b>")]),
    dict(key="ctx", title="Central Bedfordshire at a closer look", blocks=[
        ("p", "The figures below describe 2023/24. They are illustrative and are not official statistics."),
        ("tiles", [("300,000", "residents"), ("20,400", "crimes recorded"), ("3,100", "ASB incidents"),
                   ("410", "rural crimes reported"), ("£2.3m", "lost to fraud by residents"),
                   ("95", "households owed a homelessness duty each month")]),
        ("h2", "Our previous plan"),
        ("p", "The 2021–2024 plan had three priorities: Safer communities; Protecting vulnerable people; and "
              "Reducing reoffending. Reducing reoffending now sits with the Bedfordshire Reducing Reoffending "
              "Board.")]),
    dict(key="link", title="How this plan fits", blocks=[
        ("p", "This plan supports the council's Strategic Plan themes:"),
        ("ul", ["Enhancing Central Bedfordshire", "Great resident services", "Improving education and skills",
                "Protecting the vulnerable and improving wellbeing"]),
        ("p", "It also sits alongside the Police and Crime Plan 2024–2028, whose six priorities are quoted "
              "below:"),
        ("box", "Police and Crime Plan priorities", ["Fighting serious violence", "Dismantling organised crime "
                "and drug supply", "Safer neighbourhoods", "Protecting vulnerable people", "Putting victims "
                "first", "Building trust and confidence in policing"]),
        ("p", "Serious violence is led county-wide by the Violence and Exploitation Reduction Unit.")]),
    dict(key="pri", title="Our priorities and where they bite", blocks=[
        ("p", "The first column lists our five priorities for 2024–2027. The shading shows how much each "
              "one affects our five largest towns."),
        ("special", "heat")]),
    dict(key="del", title="Delivery", blocks=[
        ("p", "Each priority has a lead partner and a delivery group. The main actions for 2024/25:"),
        ("table", [["Theme", "Actions 2024/25", "Lead"],
                   ["Towns and villages", "Parish ASB forums; off-road bike operations", "Council, police"],
                   ["Rural", "Farm Watch; machinery marking days; hare coursing operations", "Police rural team"],
                   ["Scams", "Call blockers; trusted trader scheme; bank protocol", "Trading Standards"],
                   ["Housing", "Rough sleeper outreach; hospital discharge protocol", "Council housing"],
                   ["Abuse", "DA champions in GP surgeries; Sanctuary scheme", "Council"]], [0.22, 0.56, 0.22])]),
    dict(key="gov", title="Measures and governance", blocks=[
        ("p", "The partnership board meets quarterly and reports to the council's Sustainable Communities "
              "Overview and Scrutiny Committee and to the Police and Crime Commissioner."),
        ("table", [["Measure", "Baseline (illustrative)", "Aim"], ["ASB incidents", "3,100", "Down"],
                   ["Rural crimes", "410", "Down"], ["Call blockers fitted", "240", "Up"],
                   ["People sleeping rough on a single night", "14", "Down"], ["Repeat domestic abuse victims",
                                                                               "28%", "Down"]], [0.55, 0.27, 0.18]),
        ("p", "Contact: communitysafety@centralbedfordshire.example")]),
]


def heat(d):
    t = d.add_table(rows=len(PRIORITIES) + 1, cols=len(TOWNS) + 1)
    t.style = d.styles["Table Grid"]
    widths = [6.6] + [2.0] * len(TOWNS)
    hdr = t.rows[0].cells
    hdr[0].text = ""
    r = hdr[0].paragraphs[0].add_run("Our priority")
    r.bold, r.font.size = True, Pt(9)
    shade(hdr[0], TEAL)
    r.font.color.rgb = RGBColor.from_string("FFFFFF")
    for i, town in enumerate(TOWNS, 1):
        hdr[i].text = ""
        rr = hdr[i].paragraphs[0].add_run(town)
        rr.font.size, rr.bold = Pt(7.5), True
        rr.font.color.rgb = RGBColor.from_string("FFFFFF")
        hdr[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(hdr[i], TEAL)
    for k, (name, levels) in enumerate(PRIORITIES, 1):
        row = t.rows[k].cells
        row[0].text = ""
        p = row[0].paragraphs[0]
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.space_after = Pt(4)
        rr = p.add_run(name)
        rr.bold, rr.font.size = True, Pt(10.5)
        rr.font.color.rgb = RGBColor.from_string(TEAL)
        for i, lv in enumerate(levels, 1):
            row[i].text = ""
            shade(row[i], TINTS[lv])
    set_widths(t, widths)
    keep_rows(t)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    for lv, lab in enumerate(["low", "medium", "high", "very high"]):
        r = p.add_run("\u2588\u2588 ")
        r.font.color.rgb = RGBColor.from_string(TINTS[lv])
        r2 = p.add_run(lab + "   ")
        r2.font.size = Pt(8)
    p.add_run("(illustrative rates per 1,000 residents, 2023/24)").font.size = Pt(8)
    para(d, "Serious violence, drug supply and reducing reoffending are not in the table: they are led "
            "county-wide by the VERU, the Combating Drugs Partnership and the Reducing Reoffending Board.",
         size=9, colour="555555")


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(TEAL, ORANGE, INK), title=TITLE,
                author="Central Bedfordshire Community Safety Partnership")
    header_footer(d, "Central Bedfordshire Community Safety Partnership", "Plan 2024–2027",
                  footer_fmt="Page {PAGE}", colour="555555", rule_colour=ORANGE)
    para(d, "", space_after=30)
    para(d, "CENTRAL BEDFORDSHIRE COMMUNITY SAFETY PARTNERSHIP", bold=True, size=11, colour=TEAL, space_after=30)
    cover_block(d, [("Community Safety", 30, True, "FFFFFF"), ("Partnership Plan", 30, True, "FFFFFF"),
                    ("2024–2027", 20, False, "FCE9D6"), ("", 10, False, "FFFFFF"),
                    ("Dunstable · Leighton Buzzard · Biggleswade · Flitwick · Sandy · our villages", 10, False,
                     "FFFFFF")], TEAL, height_cm=10.5)
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    contents(d, [(s["title"], s["key"], 0) for s in SECTIONS], pages)
    docx_blocks(d, SECTIONS, pages, {"heat": heat}, TEAL, "FCE9D6")
    d.save(path)


def build(root):
    return build_docx(root / FILE, "central_bedfordshire_csp.docx", make, SECTIONS)
