"""Somerset Domestic Abuse Strategy 2024-2027: Word report (python-docx + LibreOffice), serif body.

Five strategic aims, one per page.  Each aim is a shaded two-row box: a small
"STRATEGIC AIM n" row above a larger bold row with the aim.  The national
Tackling Domestic Abuse Plan's pillars (p5), "What survivors told us", the
Domestic Abuse Act duties, the "We will" commitments, the outcomes table and
the governance chart are distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, shade, table

FILE = "strategies/somerset_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Somerset Domestic Abuse Strategy 2024–2027"
TEAL, BERRY, INK = "1F5C63", "8E2C48", "2B2B2B"

AIMS = [
    ("Preventing domestic abuse and intervening early",
     "Most domestic abuse is hidden for years before anyone acts. We want every professional and every community in "
     "Somerset to recognise the signs and know what to do, and young people to understand what a healthy relationship "
     "looks like.",
     ["Deliver healthy relationships education in every secondary school and college.",
      "Train GPs, midwives, housing officers and farm advisers to ask about abuse.",
      "Run community campaigns in market towns, including for older victims and for men.",
      "Make the Domestic Violence Disclosure Scheme (Clare's Law) better known."]),
    ("Supporting adult victims to cope, recover and stay safe",
     "Victims told us that the help they received was good, but that they had to tell their story too many times "
     "and that support ended too soon. Rural victims often live far from services.",
     ["Keep a single Somerset domestic abuse service, with one number and one assessment.",
      "Fund independent domestic violence advisers in hospitals, courts and police stations.",
      "Offer recovery programmes and counselling for as long as victims need them.",
      "Make sure victims who are older, disabled or from minority communities get specialist help."]),
    ("Providing safe accommodation for victims and their children",
     "The Domestic Abuse Act 2021 gives the council a duty to provide support in safe accommodation. Demand for refuge "
     "places in Somerset is higher than supply, and too many victims stay with the abuser because they have nowhere "
     "to go.",
     ["Increase refuge and dispersed accommodation places.",
      "Offer sanctuary schemes so that victims can stay safely in their own homes.",
      "Give victims priority for social housing under the allocations policy.",
      "Provide specialist support in every safe accommodation setting."]),
    ("Holding perpetrators to account and changing their behaviour",
     "For too long the burden of staying safe has fallen on victims. We will put more responsibility on the people who "
     "cause harm, through the courts and through programmes that change behaviour.",
     ["Expand the Drive programme for high-harm perpetrators.",
      "Offer a community behaviour change programme for lower-risk perpetrators.",
      "Use domestic abuse protection notices and orders fully.",
      "Share information through the multi-agency tasking and coordination (MATAC) process."]),
    ("Supporting children and young people affected by domestic abuse",
     "Children who live with domestic abuse are victims in their own right under the Domestic Abuse Act 2021. Many "
     "have no specialist support, and some go on to experience or use abuse in their own relationships.",
     ["Use Operation Encompass in every school and early years setting.",
      "Fund children and young people's domestic abuse workers in each area of Somerset.",
      "Offer therapeutic group work for children and their non-abusing parent.",
      "Support young people who are abused by, or who abuse, a partner of their own age."]),
]


def aim_box(d, i, name):
    t = table(d, [[f"STRATEGIC AIM {i + 1}"], [name]], [16.0], head_fill=BERRY, band=None, size=9)
    shade(t.cell(1, 0), "EAF2F3")
    cp = t.cell(1, 0).paragraphs[0]
    cp.paragraph_format.space_before = Pt(4)
    cp.paragraph_format.space_after = Pt(6)
    for run in cp.runs:
        run.font.size = Pt(15)
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(TEAL)
    para(d, "", space_after=2)


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(TEAL, BERRY, INK),
                title=TITLE, author="Somerset Domestic Abuse Board", margins=(2.5, 2.5, 2.4, 2.3))
    header_footer(d, "Somerset Domestic Abuse Strategy 2024–2027", "Somerset Domestic Abuse Board",
                  footer_fmt="{PAGE}", colour="5A5A5A")
    para(d, "Somerset Domestic Abuse Board", bold=True, size=13, colour=BERRY, space_after=40)
    cover_block(d, [("Somerset", 16, False, "FFFFFF"), ("Domestic Abuse Strategy", 32, True, "FFFFFF"),
                    ("2024–2027", 22, False, "FFFFFF"), ("", 8, False, "FFFFFF"),
                    ("Safe at home, safe in our communities", 13, False, "FFFFFF")], TEAL, height_cm=10)
    para(d, "", space_after=190)
    para(d, "If you are in danger, call 999. Somerset Domestic Abuse Service: 0800 000 0000 (illustrative).", size=9,
         colour="5A5A5A")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=TEAL, space_after=14)
    entries = [("Foreword", "fw", 0), ("Domestic abuse in Somerset", "ctx", 0), ("The national and legal context", "nat",
                                                                              0),
               ("Our strategic aims", "a0", 0)] + [(f"Strategic aim {i + 1}", f"a{i}", 1) for i in range(len(AIMS))] + [
        ("Outcomes we want to see", "out", 0), ("Governance", "gov", 0)]
    contents(d, entries, pages, leader=True, bold_top=False)
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "Domestic abuse can happen to anyone, in any community. In Somerset it is the most common form of violent crime, "
        "and it touches the lives of thousands of children every year.",
        "This is the second domestic abuse strategy of the Somerset Domestic Abuse Board, the local partnership board "
        "required by the Domestic Abuse Act 2021. It builds on our needs assessment and on what victims and survivors "
        "have told us about the help they received.",
        "We have set five strategic aims. Together they cover the whole journey, from preventing abuse before it starts "
        "to helping victims and their children recover and holding perpetrators to account.",
        "The strategy is owned by every member of the board, and it supports the Safer Somerset Partnership's priority "
        "on domestic abuse and sexual violence."]:
        para(d, t)
    para(d, "Chair, Somerset Domestic Abuse Board", bold=True)
    heading(d, "What survivors told us", 2)
    bullets(d, ["“I had to tell my story to five different people.”", "“The refuge was two hours from my children's "
                "school.”", "“Nobody asked about my son.”", "“When he was finally challenged, things changed.”"])
    heading(d, "Domestic abuse in Somerset", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.")
    table(d, [["Indicator", "Somerset 2022/23"], ["Domestic abuse incidents and crimes", "9,600"],
              ["High-risk cases heard at MARAC", "1,050"], ["Children in households heard at MARAC", "1,380"],
              ["Refuge referrals that could not be met", "46%"], ["Perpetrators on behaviour change programmes", "120"]],
          [11.0, 5.0], head_fill=TEAL, band="EAF2F3", size=10)
    para(d, "")
    heading(d, "What our needs assessment found", 2)
    bullets(d, ["Victims in rural areas wait longer and travel further for support.",
                "Older victims and victims with disabilities are under-represented in services.",
                "Demand for safe accommodation is well above supply.",
                "Very few perpetrators are offered a behaviour change programme."])
    heading(d, "The national and legal context", 1, page_break=True)
    para(d, "The Domestic Abuse Act 2021 created a statutory definition of domestic abuse, recognised children as victims "
            "in their own right and placed a duty on the council to provide support in safe accommodation. The national "
            "Tackling Domestic Abuse Plan (2022) is built on four pillars:")
    bullets(d, ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"])
    para(d, "Our five strategic aims are shaped by these pillars, but they are written for Somerset.")
    heading(d, "Our principles", 2)
    bullets(d, ["Victim-led: we listen to victims and survivors and act on what they say.",
                "Whole family: we think about every member of the household.",
                "Inclusive: our services work for everyone, whatever their background."], bold_lead=True)
    heading(d, "Our strategic aims", 1, page_break=True)
    para(d, "The board has agreed five strategic aims for 2024–2027. Each has a lead agency and an annual action plan.")
    for i, (name, why, dos) in enumerate(AIMS):
        if i:
            page_break(d)
        aim_box(d, i, name)
        para(d, "Why this matters", bold=True, colour=BERRY, space_after=2)
        para(d, why)
        para(d, "We will", bold=True, colour=BERRY, space_after=2)
        bullets(d, dos)
    heading(d, "Outcomes we want to see", 1, page_break=True)
    table(d, [["Outcome", "Measure"], ["Abuse is identified earlier", "Referrals from health and education"],
              ["Victims are safer", "Repeat MARAC cases"], ["Victims have somewhere safe to live",
                                                            "Refuge referrals met"],
              ["Perpetrators change", "Perpetrators completing programmes"],
              ["Children recover", "Children supported by specialist workers"]], [8.0, 8.0], head_fill=TEAL,
          band="EAF2F3", size=10)
    heading(d, "Governance", 1)
    para(d, "The Somerset Domestic Abuse Board meets quarterly. It reports to the Safer Somerset Partnership and to "
            "the Somerset Safeguarding Children and Adults Partnerships. Task groups lead on each strategic aim.")
    page_break(d)
    para(d, "", space_after=300)
    cover_block(d, [("Somerset Domestic Abuse Board", 13, True, "FFFFFF"), ("County Hall, Taunton", 10, False, "FFFFFF"),
                    ("dab@somerset.example", 10, False, "FFFFFF")], TEAL, height_cm=3)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse can", "ctx": "Domestic abuse in Somerset The figures",
               "nat": "The national and legal context The Domestic", "out": "Outcomes we want to see Outcome",
               "gov": "Governance The Somerset Domestic Abuse Board meets"}
    needles.update({f"a{i}": f"STRATEGIC AIM {i + 1} {a[0]}" for i, a in enumerate(AIMS)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "somerset_da.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
