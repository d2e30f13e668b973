"""What the HTML pages (report.html, check.html) share: the page around the content, and escaping."""

from __future__ import annotations

from html import escape
from importlib import resources

VIEWPORT = "<meta name='viewport' content='width=device-width, initial-scale=1'>"
END = "</body></html>"


def esc(x) -> str:
    """Text for HTML: escaped, and None as nothing."""
    return escape("" if x is None else str(x))


def head(title: str, viewport: bool = False) -> str:
    """The page up to its <body>: doctype, `title` (escaped here), the viewport meta when asked for, and
    the stylesheet inline (the page needs no other file). Close the page with END."""
    css = resources.files("stratalign.report").joinpath("report.css").read_text(encoding="utf-8")
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"{VIEWPORT if viewport else ''}<style>{css}</style></head><body>")


def plan_statement(match: dict | None) -> str:
    """Under a plan match (report.json's plan_match, or check's), the plan statement it rests on, if any."""
    if not match or not match.get("plan_statement"):
        return ""
    return f"<div class='where'>through the plan's “{esc(match['plan_statement'])}”</div>"
