"""Lancaster District Community Safety Partnership Plan 2025-2028: python-docx -> LibreOffice, district Word
template (style B). The priorities are the **lettered items "(a)" ... of a board resolution** printed in a
bordered box (p5): "Extract from the minutes ... RESOLVED: that the Board adopts the following priorities ...".
The meanings follow as "Item (a). ..." paragraphs. Distractors: findings, previous priorities, PCC (p4);
delivery and measures (p6)."""
from lancashire_districts import kit_docx
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/lancaster_district_community_safety_partnership_plan_2025-28.pdf",
    title="Lancaster District Community Safety Partnership Plan 2025–2028",
    short="Lancaster District Community Safety Partnership", org="Lancaster District Community Safety Partnership",
    cover_title="Community Safety Partnership Plan", years="2025–2028",
    cover_kicker="Lancaster · Morecambe · Carnforth · Heysham and the rural district", c1="#8C1C13", c2="#D9A441",
    foreword=["The Lancaster district combines a historic university city, the seaside town of Morecambe, and a "
              "large rural area stretching into the Forest of Bowland.",
              "The partnership board agreed this plan's priorities at its meeting in March 2025, after reviewing the "
              "strategic assessment and the results of a residents' survey (illustrative: 1,400 replies).",
              "The board will review progress every six months and publish an annual report."],
    signed="Chair, Lancaster District Community Safety Partnership",
    ctx_head="The district in context", ctx_intro="The district has around 145,000 residents, including 20,000 students.",
    stats=[("145,000", "residents"), ("13,400", "crimes recorded in 2024/25"), ("1,150", "violence with injury offences"),
           ("2,400", "domestic abuse incidents"), ("95", "people sleeping rough over the year"), ("310", "rural crimes")],
    findings=["Violence is concentrated in Lancaster city centre and Morecambe's West End.",
              "Most night-time incidents happen between 11pm and 3am near late-night venues.",
              "Stalking is recorded alongside a third of domestic abuse cases.",
              "Rough sleeping in Lancaster and Morecambe has risen for two years."],
    previous="The 2022–2025 plan had three priorities: Serious and organised crime; Vulnerability; and "
             "Anti-social behaviour. ASB is now handled through neighbourhood problem-solving groups.",
    pcc=PCC, pri_head="Our priorities for 2025 to 2028",
    pri_intro="The priorities were agreed by the partnership board and are recorded in the minutes of its meeting.",
    extract_head="Extract from the minutes of the Lancaster District Community Safety Partnership Board, 19 March 2025, item 6",
    resolved="that the Board adopts the following priorities for the period 2025 to 2028:",
    resolved_tail="Proposed by the chair and agreed unanimously.",
    priorities=[("Reducing violence and knife crime", "Focused deterrence, youth outreach and the hospital navigator scheme in the two town centres."),
                ("Making the night-time economy safer for everyone", "Safe havens, licensing visits and trained door staff so that a night out in Lancaster or Morecambe is safe."),
                ("Domestic abuse and stalking", "Earlier help for victims and stalking advocacy alongside the domestic abuse service."),
                ("Reducing rough sleeping and street homelessness", "Outreach, somewhere safe to stay and routes into housing."),
                ("Rural crime", "Rural patrols, Farm Watch and work with the Forest of Bowland landowners.")],
    delivery=[("Violence", "Hospital navigator; knife crime education", "VRN, Lancashire Constabulary"),
              ("Night-time economy", "Safe haven at weekends; Pubwatch; licensing visits", "Lancaster City Council"),
              ("Domestic abuse and stalking", "Stalking advocate; DA champions", "Lancaster City Council"),
              ("Rough sleeping", "Street outreach; Housing First pilot", "Lancaster City Council housing"),
              ("Rural crime", "Rural crime surgeries; trail cameras", "Lancashire Constabulary")],
    measures=[("Violence with injury", "1,150", "Fewer"), ("People sleeping rough", "95", "Fewer"),
              ("Rural crimes reported", "310", "More reporting")],
    governance="The board reports to Lancaster City Council's Overview and Scrutiny Committee.",
    partners="Lancaster City Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and Rescue "
             "Service; Probation Service; Lancaster University; University Hospitals of Morecambe Bay.",
    contact="csp@lancaster.example",
)


def build(root):
    return kit_docx.build(root, SPEC, kit_docx.resolution, "lancaster_csp")
