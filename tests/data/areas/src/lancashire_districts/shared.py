"""Text that several documents quote (distractors)."""
PCC = ("The Police and Crime Commissioner's plan for 2025–2029 has six priorities: Keeping our neighbourhoods safe; "
       "Cutting violence and the drugs trade; Tackling violence against women and girls; Standing up for victims "
       "and vulnerable people; Breaking the cycle of reoffending; and A police service Lancashire can trust.")
COUNTY_FINDINGS = "The Lancashire county strategic assessment 2024 (illustrative) ranked the county's threats as: "
