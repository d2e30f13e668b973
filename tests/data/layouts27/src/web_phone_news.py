"""Tenterby Gazette: a local news article about the Tenterby Local Drug Strategy 2026-2029, "saved as PDF" from
a phone's browser (hand-written HTML in src/html/, printed by Chromium, 105 x 228 mm pages, 5 pages).

Printed as the phone does it: the mobile one-column layout, with the browser's own header (date and time, the
page title) and footer (the file:// URL of the saved page and "N/5") on every page. The cookie-consent sheet
that was open is printed first, above the masthead; share buttons, "READ MORE:" links between paragraphs, an
advert slot, a comments bar, a "Related articles" rail and a numbered "Most read" list follow the story.

The priorities are the article's bulleted list, "The strategy sets out five priorities …". On these narrow pages
the list breaks over a page: see gold.json for each item's page."""
from __future__ import annotations

import common

NAME = "phone_save_as_pdf_news_drugs"


def finish(work, out):
    target = out / f"{NAME}.pdf"
    common.chromium_to_pdf(common.SRC / "html" / f"{NAME}.html", target, browser_header_footer=True,
                           saved_name="Drug deaths_ Tenterby strategy sets five priorities _ Tenterby Gazette.html")
    return [target]
