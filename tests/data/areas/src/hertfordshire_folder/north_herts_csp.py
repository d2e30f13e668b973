"""North Herts Community Safety Partnership Strategy 2026-2029: python-docx -> LibreOffice (DejaVu Sans
body, Liberation Sans Narrow headings, dark teal), a short Word strategy whose body only describes themes
("prevent, protect, pursue") and refers the reader to its appendix.  The priorities are only in
"Appendix A: Strategic priorities 2026-2029", the bold first column of a three-column Word table
(Priority | Lead group | Key partners), near the end (p8).  Header left "North Herts CSP", footer centred
page number."""
from __future__ import annotations

from . import shared as T
from .kit import docx_blocks, docx_two_pass

NAME = "north_herts_csp_strategy_2026-29.pdf"
TITLE = "North Herts Community Safety Partnership Strategy 2026-2029"
TEAL = "1D5C63"
PRIORITIES = [
    ("Anti-social behaviour and criminal damage", "ASB task group", "Council, Police, housing providers"),
    ("Domestic abuse", "Domestic abuse forum", "Council, Police, Herts DA services"),
    ("Exploitation of children and vulnerable adults, including county lines", "Exploitation panel",
     "Police, Children's Services, schools"),
    ("Rural crime", "Rural crime group", "Police, NFU, parish councils"),
    ("Serious violence and knife crime", "Violence reduction group", "Police, Youth Justice, schools"),
]
SECTIONS = [("Section 1: Introduction", "intro"), ("Section 2: North Herts today", "ctx"),
            ("Section 3: Our approach", "appr"), ("Section 4: Delivery and resources", "del"),
            ("Section 5: Governance and review", "gov"), ("Appendix A: Strategic priorities 2026-2029", "appA"),
            ("Appendix B: Previous priorities and national context", "appB")]


def make(pages):
    import docx_kit as K
    d = K.new_doc(font="DejaVu Sans", size=9.5, heading_font="Liberation Sans Narrow",
                  colours=(TEAL, TEAL, "404040"), title=TITLE, author="North Hertfordshire Council",
                  margins=(2.5, 2.5, 2.5, 2.5))
    K.header_footer(d, "North Herts CSP", "Strategy 2026-2029", "{PAGE}")
    K.para(d, "North Herts Community Safety Partnership", bold=True, size=13, colour=TEAL, space_after=60)
    K.para(d, "Community Safety Strategy 2026-2029", bold=True, size=28, colour=TEAL)
    K.para(d, "Letchworth Garden City  |  Hitchin  |  Royston  |  Baldock  |  rural villages", size=11,
           colour="595959", space_after=200)
    K.para(d, "A fictional re-creation made for testing; not a publication of the partnership.", size=8,
           colour="7F7F7F")
    K.page_break(d)
    K.para(d, "Contents", bold=True, size=18, colour=TEAL)
    K.contents(d, [(t, k, 0) for t, k in SECTIONS], pages, leader=False)
    body = {
        "intro": T.foreword("North Herts", "North Herts Community Safety Partnership", "2026-2029")
        + [("p", "This document is deliberately short. The partnership's strategic priorities, with the lead "
                 "group for each, are set out in Appendix A; the annual action plan is published separately.")],
        "ctx": T.context("North Herts", [("134,000", "residents"), ("2,050", "ASB reports"),
                                         ("38", "knife offences"), ("210", "rural crimes")],
                         ["Criminal damage and ASB peak in Hitchin and Letchworth town centres.",
                          "County lines activity links North Herts with north London and Bedfordshire.",
                          "Domestic abuse is under-reported in rural villages.",
                          "Knife crime is low but rose for the second year running."]),
        "appr": [("p", "Across all of its work the partnership follows three themes:"),
                 ("ul", ["Prevent: stop problems before they start, with education and early help.",
                         "Protect: safeguard victims and the places they live.",
                         "Pursue: use every power partners have against those who cause harm."]),
                 ("p", "These themes describe how we work. They apply to every priority in Appendix A."),
                 ("h2", "Working with the county")] + T.pcp_quote(),
        "del": T.action_table([
            ["ASB", "Problem-solving plans for Hitchin and Letchworth town centres", "Council", "Oct 2026"],
            ["Domestic abuse", "Rural outreach surgeries", "DA forum", "Mar 2027"],
            ["Exploitation", "Exploitation panel with Children's Services", "Police", "Monthly"],
            ["Rural", "Rural watch and farm security visits", "Police", "Ongoing"],
            ["Violence", "Knife arches and education at events", "Police", "Summer 2026"]])
        + [("p", "The partnership's budget for 2026/27 is GBP 96,000 (illustrative), most of it from the "
                 "Police and Crime Commissioner's community safety grant.")],
        "gov": T.measures_table([["ASB and criminal damage", "2,050", "-8%"],
                                 ["Domestic abuse reports from rural wards", "180", "more reporting"],
                                 ["Children referred to the exploitation panel", "64", "all reviewed"],
                                 ["Rural crime", "210", "-5%"], ["Knife offences", "38", "down"]])
        + T.governance("North Herts Community Safety Partnership", "North Hertfordshire Council"),
        "appA": [("p", "The partnership board agreed the following strategic priorities for 2026-2029.")],
        "appB": T.previous("2023-2026", ["Reducing anti-social behaviour", "Tackling domestic abuse",
                                         "Protecting vulnerable people", "Reducing acquisitive crime"],
                           "The 2023-2026 strategy was reviewed in autumn 2025.") + T.statutory(),
    }
    for t, k in SECTIONS:
        K.heading(d, t, 1, page_break=True)
        docx_blocks(d, body[k], head_fill=TEAL, usable_cm=16.0)
        if k == "appA":
            K.table(d, [["Priority", "Lead group", "Key partners"]] + [list(r) for r in PRIORITIES],
                    [7.0, 3.8, 5.2], head_fill=TEAL, band="E8F0F1", bold_first_col=True, size=9.5)
    return d


def build(out_root):
    out = out_root / "strategies" / NAME
    docx_two_pass(make, "north_herts", out, {k: t for t, k in SECTIONS})
    return out
