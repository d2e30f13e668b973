"""Lancashire Fire and Rescue Service Prevention and Community Safety Plan 2025-2028: HTML/CSS -> Chromium.

The priorities are on a **sheet of round peel-off stickers** (p5, "Stick with us"): each sticker a star
in a coloured disc with a white border and a shadow, the priority in bold beside it with a grey sentence.
Distractors: the CRMP risks and previous priorities (p4), delivery and measures (p6)."""
from lancashire_districts import kit_html

SPEC = dict(
    file="strategies/lancashire_fire_and_rescue_prevention_plan_2025-28.pdf",
    title="Lancashire Fire and Rescue Service Prevention and Community Safety Plan 2025–2028",
    short="Lancashire Fire and Rescue Service · Prevention Plan", org="Lancashire Fire and Rescue Service",
    cover_title="Prevention and Community Safety Plan", years="2025 – 2028",
    cover_kicker="Part of our Community Risk Management Plan", c1="#C1121F", c2="#FDF0D5",
    foreword=["Preventing fires and other emergencies is at the heart of what we do.",
              "This plan sets out the prevention priorities of our Community Risk Management Plan for the next three years."],
    signed="Chief Fire Officer, Lancashire Fire and Rescue Service",
    ctx_head="Risk in Lancashire", ctx_intro="Our Community Risk Management Plan identifies the risks below.",
    stats=[("1,450", "accidental dwelling fires"), ("2,100", "deliberate fires"), ("640", "road traffic collisions attended"),
           ("9", "water-related deaths"), ("210", "hoarding cases referred"), ("18,000", "Home Fire Safety Checks")],
    findings_head="Key risks from our Community Risk Management Plan",
    findings=["Older people living alone are most at risk of dying in a fire.", "Hoarding greatly increases the risk and "
              "severity of fires.", "Rural roads see the most serious collisions.", "Inland water is the most "
              "dangerous place for young people in summer."],
    previous="Our 2022–2025 prevention priorities were: Home safety; Road safety; and Youth engagement.",
    pcc=None, pri_head="Stick with us: our prevention priorities",
    pri_intro="Our five prevention priorities for 2025 to 2028:",
    sheet_note="Sticker sheet designed with children from our Prince's Trust teams.",
    priorities=[("Fewer accidental fires in the home", "Home Fire Safety Checks for the people most at risk.", "\u2605"),
                ("Supporting people who hoard", "A multi-agency hoarding protocol with councils and housing providers.", "\u2605"),
                ("Road safety", "Education for young and older drivers and motorcyclists.", "\u2605"),
                ("Water safety", "Education in schools and safety equipment at open water.", "\u2605"),
                ("Reducing deliberate fire-setting and arson", "Fire setter intervention for children and work with partners on arson.", "\u2605")],
    delivery=[("Home fires", "18,000 Home Fire Safety Checks", "LFRS prevention team"),
              ("Hoarding", "Hoarding protocol in every district", "LFRS, district councils"),
              ("Road safety", "Biker Down courses", "LFRS, Road Safety Partnership"),
              ("Water safety", "Summer water safety campaign", "LFRS, RNLI"),
              ("Deliberate fires", "Fire setter intervention scheme", "LFRS")],
    measures=[("Accidental dwelling fires", "1,450", "Fewer"), ("Deliberate fires", "2,100", "Fewer"),
              ("Water-related deaths", "9", "Fewer")],
    governance="The plan is overseen by the Combined Fire Authority's Planning Committee.",
    partners="Lancashire Combined Fire Authority; district and unitary councils; Lancashire Constabulary; RNLI; NHS.",
    contact="prevention@lancsfire.example",
)


def build(root):
    h, css = kit_html.stickers(SPEC)
    return kit_html.build(root, SPEC, h, css, "fire_prevention")
