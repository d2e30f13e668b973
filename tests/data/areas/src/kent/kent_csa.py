"""Kent Community Safety Agreement 2024-2027 (Kent Community Safety Partnership): Word report (python-docx +
LibreOffice).

A Word document built on **heading styles**, whose contents page (p2) is a real **table of contents field**
(TOC \\o "1-2") holding its cached entries, so the five priorities are listed on p2 as TOC entries.  The
priorities are stated as **long unnumbered Heading 2 titles** that wrap over two lines, under the Heading 1
"Our priorities for 2024–2027" (pp6-7), each followed by "Why this matters" and "What we will do".  The previous
Agreement's priorities (p3), the Police and Crime Plan's priorities quoted in a table (p5), the road safety note
(p5), the cross-cutting themes (p5), the working group names (p8) and the measures (p9) are distractors.
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table, rgb
from kent.work import soffice_stable, work_file

FILE = "strategies/kent_community_safety_agreement_2024-27.pdf"
TITLE = "Kent Community Safety Agreement 2024–2027"
GREEN, PLUM, INK = "00594F", "5C2D62", "2B2B2B"

PRIORITIES = [
    ("Reducing anti-social behaviour and neighbourhood crime in the places where it affects residents most",
     "Anti-social behaviour is the issue residents raise most often with councillors and at police surgeries. "
     "It is concentrated in a small number of town centres, estates and coastal resorts, and a small number of "
     "people cause much of it.",
     ["Joint problem-solving plans for the twenty places with the most repeat calls.",
      "Consistent use of Community Protection Notices, Public Spaces Protection Orders and closure orders.",
      "An ASB case review (community trigger) process that works the same in every district."]),
    ("Preventing serious violence and knife crime by working together on its causes as well as its consequences",
     "Serious violence is rare in Kent, but each incident does lasting harm. The Serious Violence Duty asks us to "
     "work together on the causes of violence, and the Violence Reduction Unit leads that work.",
     ["Each district to adopt the Violence Reduction Unit's strategic needs assessment for its area.",
      "Knife crime awareness in every secondary school and pupil referral unit.",
      "Weapon amnesties and test purchasing of knives in every district each year."]),
    ("Reducing domestic abuse in all its forms, whoever the victim and wherever they live in Kent",
     "Domestic abuse is linked to about one in six recorded crimes (illustrative). It affects people of every age "
     "and background, including older people and men, and children who live with it.",
     ["Domestic abuse champions in every district council and housing provider.",
      "Domestic homicide review learning shared across all twelve districts.",
      "One-stop shops for advice in every district, open at least weekly."]),
    ("Safeguarding adults at risk from exploitation, modern slavery and human trafficking",
     "Kent's ports, farms, car washes and nail bars make it a place where people are trafficked and exploited. "
     "Adults with care needs are also targeted by criminals who take over their homes.",
     ["Modern slavery awareness for council licensing, housing and environmental health officers.",
      "A single referral route to the Kent and Medway Safeguarding Adults Board.",
      "Joint visits to premises where exploitation is suspected."]),
    ("Preventing people from being drawn into violent extremism and terrorism of every kind",
     "The Prevent duty applies to councils, schools, colleges, health and probation. Referrals in Kent have "
     "shifted towards young people drawn to online extreme right-wing and mixed ideologies (illustrative).",
     ["Prevent training for every district council's frontline staff.",
      "A Channel panel that meets monthly, with the right partners at the table.",
      "Community tension monitoring shared across the partnership."]),
]


def toc_field(d, entries, pages):
    """A TOC field with its cached result: begin/instr/separate in the first entry, end in the last."""
    sec = d.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    for k, (text, key, level) in enumerate(entries):
        p = d.add_paragraph(style=f"toc {level + 1}" if f"toc {level + 1}" in [s.name for s in d.styles]
                            else None)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Cm(0.7 * level)
        p.paragraph_format.space_after = Pt(5 if level else 8)
        if k == 0:
            r = p.add_run()
            b = OxmlElement("w:fldChar")
            b.set(qn("w:fldCharType"), "begin")
            r._r.append(b)
            r = p.add_run()
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r._r.append(it)
            r = p.add_run()
            s = OxmlElement("w:fldChar")
            s.set(qn("w:fldCharType"), "separate")
            r._r.append(s)
        r = p.add_run(f"{text}\t{pages.get(key, 0)}")
        r.bold = level == 0
        r.font.size = Pt(10.5 if level == 0 else 9.5)
        if k == len(entries) - 1:
            r = p.add_run()
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), "end")
            r._r.append(e)


from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(GREEN, PLUM, INK), title=TITLE,
                author="Kent Community Safety Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    h2 = d.styles["Heading 2"]
    h2.font.size = Pt(14)
    h2.paragraph_format.space_before = Pt(16)
    header_footer(d, "Kent Community Safety Agreement 2024–2027", "Kent Community Safety Partnership",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="666666", rule_colour=GREEN)
    para(d, "", space_after=24)
    para(d, "KENT COMMUNITY SAFETY PARTNERSHIP", bold=True, size=11, colour=GREEN, space_after=24)
    cover_block(d, [("Kent Community Safety", 28, True, "FFFFFF"), ("Agreement", 28, True, "FFFFFF"),
                    ("2024–2027", 20, False, "CDE7E2"), ("", 10, False, "FFFFFF"),
                    ("Agreed by the twelve district and borough community safety partnerships, Kent County Council, "
                     "Kent Police, Kent Fire and Rescue Service, the Probation Service and the NHS", 10, False,
                     "FFFFFF")], GREEN, height_cm=10.5)
    para(d, "", space_after=140)
    para(d, "Version 1.0 – agreed by the Kent Community Safety Partnership, April 2024", italic=True, size=9,
         colour="666666")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    entries = [("Introduction", "intro", 0), ("Kent in context", "ctx", 0), ("How this Agreement fits", "fit", 0),
               ("Our priorities for 2024–2027", "pri", 0)]
    entries += [(p[0], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    entries += [("Delivery and governance", "gov", 0), ("Measuring progress", "mea", 0)]
    toc_field(d, entries, pages)
    heading(d, "Introduction", 1, page_break=True)
    for t in [
        "The Kent Community Safety Agreement sets out the community safety priorities that the partners in Kent "
        "agree to tackle together, across district boundaries. The Crime and Disorder Act 1998 requires two-tier "
        "areas to have one. Each district community safety partnership also has its own plan for local issues.",
        "This Agreement runs from April 2024 to March 2027. It is based on the county strategic assessment, on the "
        "twelve district assessments and on what residents told us in the Kent community safety survey.",
        "The previous Agreement (2021–2024) had six priorities: Anti-social behaviour; Domestic abuse; Substance "
        "misuse; Serious and organised crime; Safeguarding vulnerable people; and Preventing extremism and hate. "
        "Each has been reviewed. Substance misuse now sits with the Kent and Medway Combating Drugs Partnership, "
        "and hate crime with the district partnerships."]:
        para(d, t)
    para(d, "Chair, Kent Community Safety Partnership", bold=True)
    heading(d, "Kent in context", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator (Kent County Council area)", "2023/24"], ["Residents", "1.6 million"],
              ["Crimes recorded", "149,000"], ["Anti-social behaviour incidents", "24,800"],
              ["Domestic abuse incidents and crimes", "31,200"], ["Knife crime offences", "1,020"],
              ["Modern slavery referrals", "410"], ["Prevent referrals", "190"]], [11.6, 4.8], head_fill=GREEN,
          band="E6F2EF", size=9.5)
    para(d, "")
    para(d, "What the strategic assessment found", bold=True, colour=PLUM, space_after=2)
    bullets(d, ["ASB is highest in the coastal towns of Thanet, Folkestone and Dover, and in Maidstone and "
                "Gravesend town centres.",
                "Knife crime is rising among under-18s in north and west Kent.",
                "Domestic abuse is under-reported in rural areas and among older people.",
                "Labour exploitation is linked to agriculture, car washes and the ports.",
                "Prevent referrals from schools have risen for two years."])
    heading(d, "How this Agreement fits", 1, page_break=True)
    para(d, "The Agreement sits beside the Police and Crime Commissioner's plan and the strategies of the county "
            "partnerships. The Commissioner's six priorities are listed below for reference; the Agreement's own "
            "priorities follow in the next section.")
    table(d, [["Making Kent Safer 2025–2029: the Commissioner's priorities"],
              ["Preventing crime and anti-social behaviour with communities and businesses"],
              ["Tackling violence against women and girls"], ["Protecting people from exploitation and abuse"],
              ["Taking on organised crime and county lines"], ["Supporting victims and delivering justice"],
              ["Reducing road danger towards Vision Zero"]], [16.4], head_fill=PLUM, band="F1EAF2", size=9.5)
    para(d, "")
    para(d, "Cross-cutting themes", bold=True, colour=PLUM, space_after=2)
    bullets(d, ["Early intervention and prevention", "Listening to victims and communities",
                "Sharing information safely", "Using evidence of what works"])
    para(d, "Road safety is led by the Kent and Medway Road Safety Partnership and drug and alcohol treatment by "
            "the Combating Drugs Partnership; neither is a priority of this Agreement.", size=9, italic=True)
    heading(d, "Our priorities for 2024–2027", 1, page_break=True)
    para(d, "The partners have agreed five priorities. Each is set out below with the reason it matters and what "
            "we will do together.")
    for name, why, acts in PRIORITIES:
        heading(d, name, 2)
        para(d, "Why this matters", bold=True, colour=GREEN, space_after=1)
        para(d, why)
        para(d, "What we will do", bold=True, colour=GREEN, space_after=1)
        bullets(d, acts)
    heading(d, "Delivery and governance", 1, page_break=True)
    para(d, "The Kent Community Safety Partnership meets quarterly, chaired by the county council's cabinet member "
            "for community safety. Each priority has a working group that reports to it.")
    table(d, [["Working group", "Chair", "Meets"], ["Neighbourhoods", "District CSP lead", "Bi-monthly"],
              ["Violence", "Violence Reduction Unit", "Bi-monthly"],
              ["Domestic abuse", "Kent County Council", "Quarterly"],
              ["Exploitation", "Kent Police", "Bi-monthly"], ["Prevent", "Kent County Council", "Monthly"]],
          [6.2, 6.2, 4.0], head_fill=GREEN, band="E6F2EF", size=9.5)
    para(d, "")
    para(d, "The partnership reports each year to the county council's scrutiny committee and to the Kent and "
            "Medway Police and Crime Panel. It works closely with the Medway Community Safety Partnership, whose "
            "own plan covers the Medway Council area.")
    heading(d, "Measuring progress", 1, page_break=True)
    table(d, [["Measure", "Baseline 2023/24", "Direction"], ["ASB incidents", "24,800", "Down"],
              ["Knife crime offences", "1,020", "Down"], ["Repeat domestic abuse victims at MARAC", "29%", "Down"],
              ["Modern slavery referrals", "410", "Up (better identification)"],
              ["Prevent referrals accepted at Channel", "36", "Monitored"]], [8.4, 3.8, 4.2], head_fill=GREEN,
          band="E6F2EF", size=9.5)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="666666")
    para(d, "Contact: community.safety@kent-csp.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction The Kent Community Safety Agreement sets", "ctx": "Kent in context The figures",
               "fit": "How this Agreement fits The Agreement", "pri": "Our priorities for 2024–2027 The partners",
               "gov": "Delivery and governance The Kent", "mea": "Measuring progress Measure"}
    needles.update({f"p{i}": (p[1][:40], 5) for i, p in enumerate(PRIORITIES)})
    src = work_file("kent_csa.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
