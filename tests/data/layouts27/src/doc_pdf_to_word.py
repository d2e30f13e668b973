"""Kilverdale Police and Crime Plan 2026-2029, as someone "converted the PDF to Word" to edit it (python-docx,
published as .docx only, 6 pages = 6 sections).

What a PDF-to-Word converter makes of a designed plan: every printed line is its own paragraph (exact line
spacing, no space after, gaps made with "space before"); each PDF page is a section of its own (a section
break in the last paragraph's properties); the original's running header and page number are ordinary body
paragraphs at the top and foot of every page; words hyphenated at the end of a printed line stay split over
two paragraphs ("neighbour-" / "hoods"); fonts carry the PDF's subset names ("BCDFEE+Arial-BoldMT"); no heading
or list styles at all. The contents page keeps its dot leaders as typed full stops.

The priorities are "Priority N:" headings in 15 pt bold, each wrapped over two line-paragraphs, two on p4 and
two on p5. The contents page (p2) lists them with page numbers; p3 has the 2021-2024 plan's priorities and
the public's ranked concerns; p6 the Strategic Policing Requirement's national threats."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.pdfbase.pdfmetrics import stringWidth

import common
import rl_kit

NAME = "pdf_to_word_converted_lines_plan"
TITLE = "Kilverdale Police and Crime Plan 2026-2029"
REG, BOLD = "BCDFEE+ArialMT", "BCDFEE+Arial-BoldMT"
NAVY = "1D3557"
PRI = [
    ("Preventing crime and anti-social behaviour in", "every neighbourhood"),
    ("Keeping people safe from violence in their", "homes and on the streets"),
    ("Putting victims first at every step of the", "justice system"),
    ("Building a police service that every", "community can trust"),
]
HYPH = {"neighbourhoods": ("neighbour-", "hoods"), "communities": ("commu-", "nities"),
        "partnership": ("partner-", "ship"), "accountable": ("account-", "able")}
WIDTH = 430.0  # the original's text width in points


class Conv:
    def __init__(self):
        self.doc = Document()
        common.set_core_properties(self.doc, TITLE, "Office of the Police and Crime Commissioner for Kilverdale")
        self.doc.core_properties.comments = "Converted from PDF"
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(sec, side, Cm(1.6))
        sec.top_margin, sec.bottom_margin = Cm(1.2), Cm(1.0)
        st = self.doc.styles["Normal"]
        st.paragraph_format.space_after = Pt(0)
        st.font.size = Pt(10.5)
        self.page = 1

    def line(self, s: str, *, size=10.5, bold=False, color="1A1A1A", before=0, indent=0, exact=None):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact or round(size * 1.3, 1))
        if indent:
            pf.left_indent = Pt(indent)
        r = p.add_run(s)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = RGBColor.from_string(color)
        font = BOLD if bold else REG
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:hAnsi"), font)
        rf.set(qn("w:cs"), font)
        return p

    def text(self, s: str, *, size=10.5, bold=False, before=0, width=WIDTH, indent=0, first=None):
        """A paragraph of the original, one Word paragraph per printed line."""
        font = "Sans-Bold" if bold else "Sans"
        lines, cur = [], ""
        for wd in s.split():
            trial = (cur + " " + wd).strip()
            if stringWidth(trial, font, size) <= width - indent:
                cur = trial
                continue
            if wd.strip(".,;:") in HYPH:
                a, b = HYPH[wd.strip(".,;:")]
                if stringWidth(cur + " " + a, font, size) <= width - indent:
                    lines.append(cur + " " + a)
                    cur = b + wd[len(wd.strip(".,;:")):]
                    continue
            lines.append(cur)
            cur = wd
        lines.append(cur)
        for i, ln in enumerate(lines):
            self.line(ln, size=size, bold=bold, before=before if i == 0 else 0, indent=indent)

    def running_header(self):
        self.line("Kilverdale Police and Crime Plan 2026-2029", size=8, color="666666")

    def end_page(self, last=False):
        self.line(str(self.page), size=8, color="666666", before=18)
        if not last:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
            self.page += 1
            self.running_header()


def build(work: Path) -> Path:
    rl_kit.register_fonts()
    c = Conv()

    # p1 cover
    c.line("Kilverdale", size=40, bold=True, color=NAVY, before=120, exact=48)
    c.line("Police and Crime Plan", size=28, bold=True, color=NAVY, exact=34)
    c.line("2026 - 2029", size=28, color=NAVY, exact=34)
    c.line("Safer streets, stronger communities", size=14, color="555555", before=30)
    c.line("Ruth Ashenford", size=12, bold=True, before=200)
    c.line("Police and Crime Commissioner for Kilverdale", size=12)
    c.end_page()

    # p2 contents
    c.line("Contents", size=20, bold=True, color=NAVY, before=20, exact=26)
    rows = [("Foreword from the Commissioner", "3"), ("What you told us", "3"), ("My priorities", "4"),
            ("Priority 1: Preventing crime and anti-social behaviour", "4"),
            ("Priority 2: Keeping people safe from violence", "4"), ("Priority 3: Putting victims first", "5"),
            ("Priority 4: Building a police service people trust", "5"),
            ("Holding the Chief Constable to account", "6"), ("National requirements", "6"), ("Funding", "6")]
    for t, n in rows:
        dots = "." * max(3, int((WIDTH - stringWidth(t + " " + n, "Sans", 11)) / stringWidth(".", "Sans", 11)) - 2)
        c.line(f"{t} {dots} {n}", size=11, before=6)
    c.end_page()

    # p3 foreword, what you told us, last plan
    c.line("Foreword from the Commissioner", size=18, bold=True, color=NAVY, before=14, exact=24)
    c.text("When I was elected in May 2026 I promised to listen before I wrote this plan. More than 4,800 people "
           "took part in my survey and I met residents, businesses and victims in all six districts of Kilverdale, "
           "from the market towns to the villages of the Hollowbeck valley. This plan sets out what I will ask the "
           "Chief Constable to deliver, and how I will hold the force to account for it.", before=8)
    c.text("Crime in Kilverdale is lower than in most of England, but it does not feel that way in many "
           "neighbourhoods. Anti-social behaviour, speeding and shop theft came up again and again.", before=6)
    c.line("What you told us", size=14, bold=True, color=NAVY, before=14, exact=18)
    c.text("We asked people to rank their concerns. The top five were:", before=6)
    for i, s in enumerate(["Anti-social behaviour", "Speeding and dangerous driving", "Drug dealing",
                           "Burglary", "Violence against women and girls"], start=1):
        c.line(f"{i}.   {s}", indent=14, before=2)
    c.line("The last plan", size=14, bold=True, color=NAVY, before=14, exact=18)
    c.text("The Police and Crime Plan 2021-2024 (extended to 2026) had three priorities: Tackling rural crime; "
           "Cutting crime and keeping communities safe; and Supporting victims and witnesses. My annual "
           "report for 2025-26 sets out what it achieved. Rural crime remains part of Priority 1 in this plan.",
           before=6)
    c.end_page()

    # p4 priorities 1-2
    c.line("My priorities", size=20, bold=True, color=NAVY, before=14, exact=26)
    c.text("This plan has four priorities. For each one I set out what I will ask of the force and of partners, "
           "and how we will know whether it is working.", before=6)
    body = [
        ["Neighbourhood teams that stay in post for at least two years, a named officer for every ward, and "
         "problem-solving with councils and housing providers in the neighbourhoods with the most anti-social "
         "behaviour. Rural crime teams in every district.",
         "Measure: the share of people who say the police deal with the issues that matter in their area."],
        ["More specialist domestic abuse officers, a stalking clinic run with the NHS, and funding for the "
         "violence reduction work that the Kilverdale Serious Violence Partnership leads in our communities.",
         "Measure: repeat victims of domestic abuse; knife crime involving people under 25."],
    ]
    for i in range(2):
        a, b = PRI[i]
        c.line(f"Priority {i + 1}: {a}", size=15, bold=True, color=NAVY, before=16, exact=19)
        c.line(b, size=15, bold=True, color=NAVY, exact=19)
        c.text(body[i][0], before=6)
        c.text(body[i][1], before=4, size=9.5)
    c.end_page()

    # p5 priorities 3-4
    body = [
        ["Every victim offered support within two working days of reporting, a Victims' Code compliance "
         "check on every case file, and more Independent Sexual Violence Advisers in the Kilverdale Victim Hub.",
         "Measure: victims' satisfaction with the service they received from start to finish."],
        ["Body-worn video used in every stop and search, a scrutiny panel of young people and residents from "
         "Black and minority ethnic communities, and faster handling of complaints against officers.",
         "Measure: public confidence in the force, by age and ethnicity."],
    ]
    for i in (2, 3):
        a, b = PRI[i]
        c.line(f"Priority {i + 1}: {a}", size=15, bold=True, color=NAVY, before=16 if i == 3 else 6, exact=19)
        c.line(b, size=15, bold=True, color=NAVY, exact=19)
        c.text(body[i - 2][0], before=6)
        c.text(body[i - 2][1], before=4, size=9.5)
    c.end_page()

    # p6 accountability, SPR, funding
    c.line("Holding the Chief Constable to account", size=14, bold=True, color=NAVY, before=14, exact=18)
    c.text("I will hold a public accountability meeting every quarter and publish the force's performance "
           "against this plan. The Police and Crime Panel scrutinises my work and keeps me accountable to the "
           "people of Kilverdale.", before=6)
    c.line("National requirements", size=14, bold=True, color=NAVY, before=14, exact=18)
    c.text("The Home Secretary's Strategic Policing Requirement sets out the national threats every force must "
           "help to tackle: terrorism; serious and organised crime; a national cyber incident; child sexual "
           "abuse; public disorder; civil emergencies; and violence against women and girls.", before=6)
    c.line("Funding", size=14, bold=True, color=NAVY, before=14, exact=18)
    c.text("The force's budget for 2026-27 is \u00a3214.6 million, of which \u00a381.2 million comes from the "
           "police precept. My office commissions victims' services worth \u00a33.4 million a year in "
           "partnership with councils and the NHS.", before=6)
    c.end_page(last=True)

    path = work / f"{NAME}.docx"
    c.doc.save(path)
    common.normalise_zip(path)
    return path


def finish(work: Path, out: Path) -> list[Path]:
    src = build(work)
    target = out / f"{NAME}.docx"
    shutil.copyfile(src, target)
    return [target]
