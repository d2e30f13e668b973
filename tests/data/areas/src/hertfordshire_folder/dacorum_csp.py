"""Dacorum Community Safety Partnership Strategy 2026-2029: python-docx -> LibreOffice (Liberation Sans,
Liberation Serif headings, maroon and grey).  A plain council Word report: numbered Heading 1 sections typed
as "1. ...", dot-leader contents, a right-aligned header "Dacorum CSP Strategy 2026-2029" with a rule and a
"Page N of M" footer.  The priorities are unnumbered Heading 2s under "4. Our priorities for 2026-2029", each
followed by one plain sentence (p5)."""
from __future__ import annotations

from . import shared as T
from .kit import docx_blocks, docx_two_pass

NAME = "dacorum_community_safety_partnership_strategy_2026-29.pdf"
TITLE = "Dacorum Community Safety Partnership Strategy 2026-2029"
PRIORITIES = [
    ("Tackling anti-social behaviour in our towns and villages",
     "Focused on Hemel Hempstead town centre, Berkhamsted and Tring, and the villages that report most."),
    ("Tackling rural and heritage crime",
     "Hare coursing, machinery theft and damage to scheduled monuments and churches."),
    ("Reducing domestic abuse and supporting those affected",
     "Earlier help for victims and their children, and work with the county board."),
    ("Reducing drug and alcohol related harm",
     "Street drinking, drug dealing in public places and referral into treatment."),
    ("Protecting older and vulnerable residents from fraud and scams",
     "Doorstep crime, courier fraud and online scams, with Trading Standards."),
]
SECTIONS = [("1. Foreword", "fw"), ("2. Dacorum in context", "ctx"), ("3. Looking back", "back"),
            ("4. Our priorities for 2026-2029", "pri"), ("5. Delivering the strategy", "del"),
            ("6. Measuring success and governance", "gov")]


def make(pages):
    import docx_kit as K
    d = K.new_doc(font="Liberation Sans", size=10.5, heading_font="Liberation Serif",
                  colours=("7A1F2B", "7A1F2B", "404040"), title=TITLE, author="Dacorum Borough Council")
    K.header_footer(d, "", "Dacorum CSP Strategy 2026-2029", "Page {PAGE} of {NUMPAGES}", rule_colour="7A1F2B")
    K.cover_block(d, [("Dacorum Community Safety Partnership", 14, False, "FFFFFF"),
                      ("Community Safety Strategy", 26, True, "FFFFFF"), ("2026-2029", 18, False, "FFFFFF"),
                      ("Working together for a safer Dacorum", 11, False, "F2DCDB")], "7A1F2B", height_cm=12)
    K.para(d, "A fictional re-creation made for testing; not a publication of the partnership.", size=8,
           colour="7F7F7F")
    K.page_break(d)
    K.para(d, "Contents", bold=True, size=18, colour="7A1F2B")
    K.contents(d, [(t, k, 0) for t, k in SECTIONS], pages)
    body = {
        "fw": T.foreword("Dacorum", "Dacorum Community Safety Partnership", "2026-2029"),
        "ctx": T.context("Dacorum", [("155,000", "residents"), ("3,100", "ASB reports"),
                                     ("GBP 1.9m", "lost to scams"), ("120", "rural crimes")],
                         ["Anti-social behaviour is highest in Hemel Hempstead town centre and Adeyfield.",
                          "Rural and heritage crime is rising in the Chilterns villages.",
                          "Domestic abuse accounts for one in six violent crimes.",
                          "Fraud losses among over-75s have doubled in three years."]),
        "back": T.previous("2022-2025", ["Anti-social behaviour", "Serious violence and exploitation",
                                         "Domestic abuse", "Rural crime", "Hate crime"],
                           "Serious violence and exploitation are now led by the county Serious Violence Duty "
                           "partnership, which the CSP supports.") + T.statutory(),
        "pri": [("p", "After reviewing the strategic assessment and the residents' survey, the partnership "
                      "board agreed five priorities. Each has a lead agency and a task group.")],
        "del": T.pcp_quote() + T.action_table([
            ["ASB", "Joint patrol plans for five hotspots", "Police / council", "Quarterly"],
            ["Rural", "Farm watch and heritage watch schemes", "Police", "Sep 2026"],
            ["Domestic abuse", "Domestic abuse champions in council services", "Council", "Mar 2027"],
            ["Drugs and alcohol", "Street drinking outreach and referrals", "CGL", "Ongoing"],
            ["Fraud", "Scams awareness and call blockers", "Trading Standards", "Dec 2026"]]),
        "gov": T.measures_table([["ASB incidents", "3,100", "-10%"], ["Rural crime reports", "120", "more reporting"],
                                 ["Repeat domestic abuse victims", "27%", "under 24%"],
                                 ["Treatment referrals", "150", "+15%"], ["Scams losses", "GBP 1.9m", "down"]])
        + T.governance("Dacorum Community Safety Partnership", "Dacorum Borough Council"),
    }
    for t, k in SECTIONS:
        K.heading(d, t, 1, page_break=True)
        docx_blocks(d, body[k], head_fill="7A1F2B")
        if k == "pri":
            for title, line in PRIORITIES:
                K.heading(d, title, 2)
                K.para(d, line)
    return d


def build(out_root):
    out = out_root / "strategies" / NAME
    docx_two_pass(make, "dacorum", out, {k: t for t, k in SECTIONS})
    return out
