"""Avon and Somerset Anti-Slavery Partnership Strategy 2025-2028 (reportlab).

Four priorities, stated once, on "Our priorities" (p6): a **dark box**, a gold title and the priorities in bold
white with small square markers.  Distractors: the Modern Slavery Act's four Ps (p5), the findings (p4), the
actions and measures.
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import darkbox_rl

FILE = "strategies/avon_and_somerset_anti_slavery_partnership_strategy_2025-28.pdf"
PRIORITIES = [
    "Identifying more victims of modern slavery and exploitation",
    "Supporting survivors through and beyond the National Referral Mechanism",
    "Disrupting the people who exploit others for labour and sex",
    "Slavery-free supply chains in public sector procurement",
]


def spec():
    return dict(
        file=FILE, stem="modern_slavery", producer="rl", title="Avon and Somerset Anti-Slavery Partnership Strategy "
        "2025–2028", author="Avon and Somerset Anti-Slavery Partnership", org="Avon and Somerset Anti-Slavery "
        "Partnership", running="Anti-Slavery Partnership Strategy 2025–2028", cover=["Anti-Slavery Partnership",
        "Strategy 2025–2028"], cover_sub="Avon and Somerset", colours=("#102A43", "#F2C14E", "#EEF2F6"),
        rlfont="dejavu", pagefmt_rl="{n} | Anti-Slavery Partnership",
        sections=[
            ("intro", "Introduction", [
                ("p", "Modern slavery is hidden in plain sight: in car washes, nail bars, farms, building sites, "
                      "care homes and cannabis grows. The Anti-Slavery Partnership brings together the police, the "
                      "five councils, the Gangmasters and Labour Abuse Authority, health, fire and the voluntary "
                      "sector."),
                ("sign", "Chair, Avon and Somerset Anti-Slavery Partnership")]),
            ("find", "What we know", [
                ("p", "The figures below are illustrative and are not official statistics."),
                ("stats", [("390", "potential victims referred to the National Referral Mechanism"), ("45%", "of "
                           "referrals for labour exploitation"), ("28", "slavery investigations opened"),
                           ("5", "councils with a published slavery statement")])]),
            ("four", "The four Ps", [
                ("p", "The Modern Slavery Strategy uses the four Ps: Pursue, Prevent, Protect and Prepare. We report "
                      "against them to the Home Office, but they are not our local priorities.")]),
            ("pri", "Our priorities", [darkbox_rl(PRIORITIES, "OUR PRIORITIES FOR 2025 TO 2028", "The partnership "
                                                  "agreed four priorities in January 2025.", "Each priority has a "
                                                  "lead partner and a delivery group.")]),
            ("del", "Actions and measures", [
                ("ul", ["Training for 2,000 front-line staff to spot the signs.",
                        "Safe house places and independent advocates for survivors.",
                        "Joint inspections of car washes and farms.",
                        "Supplier checks in council contracts above £100,000."]),
                ("table", [["Measure", "Baseline", "Direction"], ["NRM referrals", "390", "Up"],
                           ["Survivors supported after the NRM", "60", "Up"]], [0.5, 0.25, 0.25]),
                ("note", "Baselines are illustrative. Contact: antislavery@avonandsomerset.example")]),
        ])


def build(root):
    return kbuild(spec(), root)
