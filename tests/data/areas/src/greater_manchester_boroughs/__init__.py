"""Source modules for the greater_manchester_boroughs labelled evaluation area (Word-made documents)."""
