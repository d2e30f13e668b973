"""Text shared by several documents of the kent_districts area (the PCC's priorities as partners quote them)."""

PCC_PRIORITIES = ["Safer neighbourhoods and streets", "Tackling violence and exploitation",
                  "Ending violence against women and girls", "Supporting victims and witnesses",
                  "Intervening early to prevent harm", "A police service the public can trust"]

PCC_SENTENCE = ("The Kent Police and Crime Commissioner's Police and Crime Plan 2026–2030 has six priorities: "
                + "; ".join(PCC_PRIORITIES) + ".")

K1_TEMPLATE_THEMES = ["Anti-social behaviour", "Domestic abuse", "Serious violence", "Substance misuse",
                      "Exploitation", "Rural crime", "Hate crime", "Road safety"]
