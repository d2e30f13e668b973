"""Hertfordshire Serious Violence Duty Strategy 2025-2030: python-docx -> LibreOffice (Liberation Sans,
navy).  A protectively marked Word document: every page after the cover has a running header with a red
bold "OFFICIAL" centred above the strategy's name, and a footer with "OFFICIAL" centred over "Page N of M".
The priorities are a typed list "Strategic priority N: ..." under "5. Our strategic priorities" (p6)."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from . import shared as T
from .kit import docx_blocks, docx_two_pass

NAME = "hertfordshire_serious_violence_duty_strategy_2025-30.pdf"
TITLE = "Hertfordshire Serious Violence Duty Strategy 2025-2030"
NAVY = "1F3864"
PRIORITIES = [
    "Reducing knife crime and serious youth violence",
    "Preventing the criminal exploitation of children and young people",
    "Tackling violence in the night-time economy",
    "Addressing the drivers of violence through early intervention",
]
SECTIONS = [("1. Introduction", "intro"), ("2. The Serious Violence Duty", "duty"),
            ("3. Strategic needs assessment", "sna"), ("4. Our approach", "appr"),
            ("5. Our strategic priorities", "pri"), ("6. Delivery, measures and governance", "del")]


def marking(part, lines):
    from docx_kit import field
    p = part.paragraphs[0]
    p.text = ""
    for i, (text, colour, bold, size) in enumerate(lines):
        q = p if i == 0 else part.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(0)
        segs = text.split("{PAGE}")
        for j, seg in enumerate(segs):
            if "{NUMPAGES}" in seg:
                a, b = seg.split("{NUMPAGES}")
                for piece, fld in ((a, None), ("", "NUMPAGES"), (b, None)):
                    r = q.add_run(piece)
                    r.font.size, r.bold, r.font.color.rgb = Pt(size), bold, RGBColor.from_string(colour)
                    if fld:
                        field(r, fld)
            else:
                r = q.add_run(seg)
                r.font.size, r.bold, r.font.color.rgb = Pt(size), bold, RGBColor.from_string(colour)
            if j < len(segs) - 1:
                r = q.add_run()
                r.font.size, r.font.color.rgb = Pt(size), RGBColor.from_string(colour)
                field(r, "PAGE")


def make(pages):
    import docx_kit as K
    d = K.new_doc(font="Liberation Sans", size=10.5, colours=(NAVY, "2E74B5", "404040"), title=TITLE,
                  author="Hertfordshire Serious Violence Duty Partnership")
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    marking(sec.header, [("OFFICIAL", "C00000", True, 11), (TITLE, "595959", False, 8)])
    marking(sec.footer, [("OFFICIAL", "C00000", True, 11), ("Page {PAGE} of {NUMPAGES}", "595959", False, 8)])
    marking(sec.first_page_header, [("OFFICIAL", "C00000", True, 11)])
    marking(sec.first_page_footer, [("OFFICIAL", "C00000", True, 11)])
    K.para(d, "", space_after=80)
    K.para(d, "Hertfordshire Serious Violence Duty Partnership", size=13, colour="2E74B5")
    K.para(d, "Serious Violence Duty Strategy 2025-2030", bold=True, size=26, colour=NAVY)
    K.para(d, "Annual refresh: March 2026", size=11, colour="595959", space_after=160)
    K.para(d, "A fictional re-creation made for testing; not a publication of the partnership.", size=8,
           colour="7F7F7F")
    K.page_break(d)
    K.para(d, "Contents", bold=True, size=18, colour=NAVY)
    K.contents(d, [(t, k, 0) for t, k in SECTIONS], pages)
    body = {
        "intro": [("p", "This is the partnership's strategy under the Serious Violence Duty. It is published by "
                        "the specified authorities for Hertfordshire and was refreshed in March 2026 after the "
                        "annual review of the strategic needs assessment."),
                  ("p", "The Police and Crime Commissioner convenes the partnership. " + T.pcp_para())],
        "duty": [("p", T.SV_DUTY),
                 ("p", "For this strategy, serious violence means homicide, violence against the person that "
                       "causes injury, knife and weapon offences, robbery and violence linked to drugs and "
                       "exploitation. Domestic abuse and sexual violence are in scope but are led by the "
                       "Domestic Abuse Partnership Board's VAWG strategy."),
                 ("h2", "Home Office success measures"),
                 ("ul", ["A reduction in hospital admissions for assault with a sharp object",
                         "A reduction in knife and sharp object enabled serious violence recorded by the police",
                         "A reduction in homicides recorded by the police"])],
        "sna": T.context("Hertfordshire", [("1,260", "knife-enabled offences"),
                                           ("44%", "of victims aged under 25"),
                                           ("29%", "of violence with injury in the night-time economy")],
                         ["Serious violence clusters in five town centres and along the A1(M) corridor.",
                          "Children excluded from school are over-represented among victims and suspects.",
                          "Violence peaks on Friday and Saturday nights in Watford, Stevenage and Hatfield.",
                          "Most young people involved in violence had earlier contact with services."]),
        "appr": [("p", "The partnership follows a public health approach: it treats violence as preventable, "
                       "uses data to find causes, and works at three levels:"),
                 ("ul", ["Primary prevention: stopping violence before it happens.",
                         "Secondary prevention: intervening early with those at risk.",
                         "Tertiary prevention: reducing harm and preventing reoffending."]),
                 ("p", "The 2024 strategy's priorities were: weapon-enabled violence; exploitation and county "
                       "lines; and young people at risk. This refresh sharpens them.")],
        "pri": [("p", "Partners have agreed four strategic priorities for the remaining years of the strategy:")],
        "del": T.action_table([
            ["Knife crime", "Navigators in A&E at Lister and Watford General", "ICB", "2026"],
            ["Exploitation", "Contextual safeguarding panels in every district", "Children's Services", "2026"],
            ["Night-time economy", "Late-night levy pilots and street pastors", "District councils", "2027"],
            ["Early intervention", "Mentoring for children at risk of exclusion", "Education", "2027"]])
        + [("p", "The partnership reports to the Safer Hertfordshire Board and publishes its review each "
                 "January. Contact: svd@herts-svd.example")],
    }
    for t, k in SECTIONS:
        K.heading(d, t, 1, page_break=True)
        docx_blocks(d, body[k], head_fill=NAVY)
        if k == "pri":
            for i, p in enumerate(PRIORITIES, 1):
                q = d.add_paragraph()
                q.paragraph_format.space_after = Pt(8)
                r = q.add_run(f"Strategic priority {i}: ")
                r.bold = True
                r.font.color.rgb = RGBColor.from_string("2E74B5")
                r2 = q.add_run(p)
                r2.bold = True
            K.para(d, "The partnership keeps domestic abuse and sexual violence under review but does not duplicate "
                      "the VAWG strategy.")
    return d


def build(out_root):
    out = out_root / "strategies" / NAME
    docx_two_pass(make, "serious_violence", out, {k: t for t, k in SECTIONS})
    return out
