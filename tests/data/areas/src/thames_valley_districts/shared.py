"""Text shared by several documents of the thames_valley_districts area."""

PLAN_TITLE = "Police and Crime Plan for the Thames Valley 2025–2029"

# The plan's priorities as partner documents quote them (a distractor wherever it is quoted).
PCC_PRIORITIES = [
    "Strong neighbourhoods and safer town centres",
    "Fighting serious violence and exploitation",
    "Ending violence against women and girls",
    "Fighting fraud and cyber crime",
    "Justice that works for victims",
    "Tackling unauthorised encampments",
]

PCC_NOTE = ("The Police and Crime Commissioner's plan for 2025–2029 sets six priorities for the Thames Valley. "
            "We quote them here so that partners can see where our work meets the Commissioner's:")

STAT_NOTE = "All figures on this page are illustrative and are not official statistics."

SECTIONS = ["Foreword", "Our area and what the evidence tells us", "Our priorities", "What we will do",
            "Delivery, measures and governance"]
