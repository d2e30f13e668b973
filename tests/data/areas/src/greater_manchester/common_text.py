"""Text shared by several greater_manchester documents: the Mayor's six priorities as partners quote them."""
MAYOR = ["Keeping people safe and supporting victims", "Reducing harm and offending",
         "Strengthening communities and places", "Tackling gender-based violence",
         "Disrupting serious and organised crime", "Building trust and confidence in policing"]
