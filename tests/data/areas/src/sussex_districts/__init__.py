"""Source modules of the sussex_districts labelled evaluation area (see build_sussex_districts.py)."""
