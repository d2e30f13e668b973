"""Shorthand for the thematic strategies: fills in the common data and calls standard.build."""
from west_yorkshire_metro import standard


def make(out_root, file, name, title, theme, css, cover, pri_head, pri_html, extra):
    d = dict(file=file, name=name, title=title, theme=theme, css=css, cover=cover, pri_head=pri_head,
             pri_html=pri_html)
    d.update(extra)
    return standard.build(out_root, d)
