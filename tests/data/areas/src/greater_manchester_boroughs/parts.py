"""Reusable body blocks for the partnership documents (each module passes its own words)."""
from __future__ import annotations

from greater_manchester_boroughs import mayor
from greater_manchester_boroughs import wordkit as W

ILLUSTRATIVE = "All figures in this section are illustrative."


def prose(d, paras):
    for p in paras:
        W.para(d, p)


def stats_table(d, rows, head=("Measure", "Latest year", "Change"), fill="1F3864", band="F2F2F2", cm=(8.6, 3.6, 3.6)):
    W.grid(d, [list(head)] + [list(r) for r in rows], list(cm), head_fill=fill, band=band)
    W.para(d, ILLUSTRATIVE, italic=True, size=8.5, colour="7F7F7F")


def previous(d, intro, items, style="List Bullet"):
    W.para(d, intro)
    W.bullets(d, items, style=style)


def mayor_quote(d, intro, fill="EDEDED", colour="000000", numbered=True):
    lines = [(intro, {"bold": True, "size": 10, "colour": colour})]
    for k, h in enumerate(mayor.HEADINGS, 1):
        lines.append(((f"{k}. " if numbered else "• ") + h, {"size": 9.5}))
    W.box(d, lines, fill=fill)


def actions(d, rows, head=("Theme", "What we will do", "Lead", "By"), fill="1F3864", cm=(3.2, 8.2, 3.0, 2.0), band=None):
    W.grid(d, [list(head)] + [list(r) for r in rows], list(cm), head_fill=fill, band=band, size=9)


def measures(d, rows, head=("Outcome measure", "Baseline", "Ambition"), fill="1F3864", cm=(9.4, 3.2, 3.2)):
    W.grid(d, [list(head)] + [list(r) for r in rows], list(cm), head_fill=fill, size=9)
    W.para(d, "Baselines and ambitions are illustrative.", italic=True, size=8.5, colour="7F7F7F")


def contacts(d, org, email, phone="0161 000 0000", extra=()):
    W.para(d, f"For more information about this document, or to ask for it in another format, contact the {org}:")
    W.bullets(d, [f"Email: {email}", f"Telephone: {phone} (Monday to Friday, 9am to 5pm)"] + list(extra))
    W.para(d, "In an emergency always call 999. To report a crime that is not an emergency call 101 or report "
              "online through Greater Manchester Police.", italic=True, size=9.5)
