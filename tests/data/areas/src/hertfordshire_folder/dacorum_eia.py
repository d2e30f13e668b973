"""Equality Impact Assessment of the Dacorum Community Safety Partnership Strategy 2026-2029: python-docx ->
LibreOffice (Liberation Sans, grey form tables).  NOT a strategy: a council form that assesses the strategy.
Its section 2 table quotes the strategy's five priorities word for word and rates their impact on each
protected characteristic; it states no priorities of its own."""
from __future__ import annotations

from .kit import docx_blocks, docx_to_pdf
from .dacorum_csp import PRIORITIES

NAME = "dacorum_csp_strategy_equality_impact_assessment.pdf"
TITLE = "Equality Impact Assessment: Dacorum Community Safety Partnership Strategy 2026-2029"


def make():
    import docx_kit as K
    d = K.new_doc(font="Liberation Sans", size=10, colours=("262626", "404040", "404040"), title=TITLE,
                  author="Dacorum Borough Council", margins=(2.0, 2.0, 2.0, 2.0))
    K.header_footer(d, "Dacorum Borough Council", "Equality Impact Assessment", "Page {PAGE}")
    K.para(d, "Equality Impact Assessment (EqIA)", bold=True, size=22)
    K.table(d, [["Field", "Details"], ["Title of policy or strategy", "Dacorum Community Safety Partnership "
                                                                      "Strategy 2026-2029"],
                ["Service area", "Community Safety"], ["Assessment completed by", "Community Safety Team"],
                ["Date", "February 2026"], ["Type", "New strategy replacing 2022-2025"]],
            [5.0, 12.0], head_fill="595959")
    K.para(d, "A fictional re-creation made for testing; not a council document.", size=8, colour="7F7F7F")
    K.page_break(d)
    K.para(d, "Contents", bold=True, size=16)
    for i, t in enumerate(["1. Purpose of the strategy", "2. The strategy's priorities and their impact",
                           "3. Evidence and engagement", "4. Mitigation and action plan", "5. Sign-off"], 1):
        K.para(d, t)
    K.heading(d, "1. Purpose of the strategy", 1, page_break=True)
    docx_blocks(d, [
        ("p", "The strategy sets the partnership's priorities for 2026-2029. This assessment asks whether the "
              "strategy could affect people with protected characteristics under the Equality Act 2010 "
              "differently, and what the partnership will do about it."),
        ("p", "The assessment was carried out on the consultation draft. It does not set or change the "
              "strategy's priorities; these are a matter for the partnership board."),
        ("h2", "Protected characteristics considered"),
        ("ul", ["Age", "Disability", "Gender reassignment", "Marriage and civil partnership",
                "Pregnancy and maternity", "Race", "Religion or belief", "Sex", "Sexual orientation"]),
        ("p", "The council also considers socio-economic disadvantage, care leavers and armed forces families."),
    ], head_fill="595959", usable_cm=17.0)
    K.heading(d, "2. The strategy's priorities and their impact", 1, page_break=True)
    K.para(d, "The strategy's five priorities, as drafted, are assessed below (P = positive, N = neutral, "
              "A = possible adverse impact).")
    rows = [["Strategy priority (as drafted)", "Age", "Disab.", "Race", "Sex", "Other", "Notes"]]
    notes = ["Young people may be over-represented in enforcement", "Rural residents with disabilities may "
             "find reporting harder", "Most victims are women; male victims must not be overlooked",
             "Street drinking enforcement may affect people with disabilities", "Older people benefit most"]
    marks = [("A", "N", "A", "N", "N"), ("N", "A", "N", "N", "P"), ("P", "P", "P", "P", "P"),
             ("N", "A", "N", "N", "N"), ("P", "P", "N", "N", "N")]
    for (t, _), m, n in zip(PRIORITIES, marks, notes):
        rows.append([t, *m, n])
    K.table(d, rows, [5.4, 1.1, 1.1, 1.1, 1.1, 1.1, 6.0], head_fill="595959", size=8.5)
    K.heading(d, "3. Evidence and engagement", 1, page_break=True)
    docx_blocks(d, [
        ("p", "Evidence came from the strategic assessment, the residents' survey (1,240 responses, "
              "illustrative), two focus groups with young people and a session with the disability forum."),
        ("ul", ["Young people felt that dispersal orders are used against groups who are doing nothing wrong.",
                "Disabled residents asked for accessible ways to report anti-social behaviour.",
                "Older residents asked for scams information in print, not only online."]),
        ("h2", "4. Mitigation and action plan"),
        ("table", [["Issue", "Mitigation", "Owner"],
                   ["Young people and enforcement", "Youth workers present at dispersal hotspots; monitor "
                    "by age and ethnicity", "Police / council"],
                   ["Accessible reporting", "Text and BSL video reporting options", "Council"],
                   ["Male victims", "Signpost to male victims' services", "DA forum"]], [0.3, 0.5, 0.2]),
        ("h2", "5. Sign-off"),
        ("p", "Outcome: proceed with the strategy, with the mitigations above. Review in 12 months. "
              "Approved by the Head of Service (role only)."),
    ], head_fill="595959", usable_cm=17.0)
    return d


def build(out_root):
    out = out_root / "strategies" / NAME
    docx_to_pdf(make(), "dacorum_eia", out)
    return out
