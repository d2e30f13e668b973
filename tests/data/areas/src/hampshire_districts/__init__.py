"""Source modules of the hampshire_districts labelled evaluation area (designed brochures, reportlab)."""
