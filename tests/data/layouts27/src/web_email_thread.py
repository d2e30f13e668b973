"""Moxhall Domestic Abuse Strategy 2026-2029: its priorities as they reached the web team, in an email
conversation printed from webmail (hand-written HTML in src/html/, printed by Chromium with the browser's header
and footer, A4).

The newest message (a forward from the communications officer) has no list; the board manager's reply below it
is quoted with "> " at the start of every line, and holds the five agreed priorities as "> 1." to "> 5."; the
longest item wraps, so its second line has no "> " marker. Below that, quoted again (">> "), the first email
with the consultation draft's four short priorities "1." to "4.". Signature block with values and a tagline, a
confidentiality disclaimer, Outlook's "From: / Sent: / To: / Subject:" blocks."""
from __future__ import annotations

import common

NAME = "email_thread_quoted_priorities_domestic_abuse"


def finish(work, out):
    target = out / f"{NAME}.pdf"
    common.chromium_to_pdf(common.SRC / "html" / f"{NAME}.html", target, browser_header_footer=True,
                           saved_name="Mail - Tom Quayle - Outlook.html")
    return [target]
