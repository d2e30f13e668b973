"""Source modules of the merseyside_boroughs labelled evaluation area (council web pages)."""
