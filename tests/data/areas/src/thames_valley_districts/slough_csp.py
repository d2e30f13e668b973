"""Safer Slough Partnership Strategy 2025–2028 (house style A: Schedule 1 table, teal)."""
import style_schedule

D = dict(
    file="strategies/safer_slough_partnership_strategy_2025-28.pdf",
    title="Safer Slough Partnership Strategy 2025–2028",
    org="Safer Slough Partnership", years="Strategy 2025–2028", strap="Safe streets, strong communities",
    email="safer.slough@slough.example", colours=("00656E", "E07B00"), agreed="11 February 2025",
    agreed_short="02/2025", font="DejaVu Sans", hfont="DejaVu Serif", footer="Safer Slough | {PAGE}",
    foreword=["Slough is one of the most diverse towns in the country, with a young population and a strong "
              "economy built on the trading estate and Heathrow. It also has some of the highest levels of "
              "violence in Berkshire.",
              "The Safer Slough Partnership has agreed five priorities for the next three years. They reflect the "
              "strategic assessment, the views of residents and businesses, and the partnership's legal duties."],
    signed="Chair, Safer Slough Partnership",
    context="Slough has around 160,000 residents (illustrative), more than half from Black, Asian and other "
            "minority ethnic communities, and the youngest average age in Berkshire.",
    stats=[("15,600", "crimes recorded 2024/25"), ("38%", "of violent crime involves under-25s"),
           ("44", "modern slavery referrals"), ("210", "hate crimes reported")],
    findings=["Most town-centre crime is in the evening economy around the High Street and the station.",
              "Young people are disproportionately both victims and offenders in violent crime.",
              "Labour exploitation has been found in car washes, nail bars and warehouses.",
              "Hate crime rose after national and international events; most incidents are verbal abuse."],
    previous_head="What we worked on in 2022–2025",
    previous_intro="The previous strategy's priorities were:",
    previous=["Violence and vulnerability", "Tackling exploitation", "Domestic abuse",
              "Building cohesive communities"],
    intro="The five priorities below have been agreed by each responsible authority (Schedule 1). They are listed "
          "in no order of importance.",
    authorities=["Council", "Police", "Fire", "ICB", "Probation"],
    priorities=[("SLO1", "Making Slough town centre feel safe", ""),
                ("SLO2", "Reducing violence involving young people", ""),
                ("SLO3", "Domestic abuse", ""),
                ("SLO4", "Modern slavery and labour exploitation", ""),
                ("SLO5", "Hate crime and community tensions", "")],
    after="Slough's Serious Violence Duty response forms part of the second priority. ICB: Frimley Integrated "
          "Care Board.",
    actions=[("Town centre", "A safer High Street, day and night.",
              ["Shop Watch radio link for retailers.", "Improved CCTV at the station and bus station."]),
             ("Young people and violence", "Prevention first, with schools and youth services.",
              ["Mentoring for young people excluded from school.", "Hospital navigators at Wexham Park."]),
             ("Domestic abuse", "Earlier help for victims.", ["Specialist advisers in housing teams."]),
             ("Modern slavery", "Spotting and stopping exploitation.",
              ["Joint visits to high-risk businesses.", "Training for licensing officers."]),
             ("Hate crime and tensions", "Responding quickly to tensions.",
              ["Third-party reporting centres.", "A community tensions monitoring group."])],
    governance="The Safer Slough Partnership board meets quarterly and reports to the council's Cabinet. A "
               "performance dashboard is reviewed at every meeting.",
    measures=[["Town centre crime", "3,100", "Fewer"], ["Violence with injury, under-25s", "520", "Fewer"],
              ["Domestic abuse victims supported", "1,150", "More"], ["Modern slavery referrals", "44", "More"],
              ["Hate crimes reported", "210", "More reporting"]],
    partners=["Slough Borough Council", "Thames Valley Police", "Royal Berkshire Fire and Rescue Service",
              "Frimley Integrated Care Board", "Probation Service", "Slough Children First"],
)


def build(out_root):
    return style_schedule.build(out_root, D)
