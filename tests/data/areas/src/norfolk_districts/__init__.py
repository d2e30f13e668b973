"""Source modules for the norfolk_districts labelled evaluation area (see ../../build_norfolk_districts.py)."""
