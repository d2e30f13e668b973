"""Source modules for the nottinghamshire_districts labelled evaluation area (see ../../build_nottinghamshire_districts.py)."""
