"""Ellerthorpe youth justice plan, written by **filling in the council's fillable PDF template**: the
template's own text (section titles, labels "Priority 1" … "Priority 5", guidance) is page content, while
everything the youth justice service wrote is **AcroForm text-field values** with their own appearance streams
(Helvetica, wrapped). Slot "Priority 5" is left empty. Reviewers' **sticky notes** (Text annotations, not drawn
as text) propose other priorities; a **FreeText annotation** stamps the board's approval on the last page."""
from __future__ import annotations

import zlib

from reportlab.pdfbase.pdfmetrics import stringWidth

import kit14
from kit14 import Doc, box, hexc, para_at, text

NAME = "form_field_values_youth_justice"
TITLE = "Ellerthorpe Youth Justice Plan 2026-27"
ACC = "3B4A8C"

PRIORITIES = [
    ("Reducing the number of children entering the youth justice system for the first time",
     "First-time entrants rose from 58 to 71 in 2025-26. We will extend the Turnaround programme to every "
     "secondary school and offer an out-of-court outcome to every child who admits a first offence.",
     "Head of Youth Justice"),
    ("Keeping children safe from criminal exploitation and serious violence",
     "Nineteen children known to us were linked to county lines last year. Every child at risk will have a "
     "contextual safeguarding plan agreed with police and children's social care within ten days.",
     "Service Manager, Safeguarding"),
    ("Improving education, training and employment outcomes for children in the youth justice system",
     "Only 41% of children finishing an order were in full-time education, training or work. We will put a "
     "virtual school officer in the team and agree an education plan with every child.",
     "Virtual School Head"),
    ("Reducing the over-representation of Black and mixed-heritage children",
     "Black and mixed-heritage children are 6% of Ellerthorpe's 10 to 17 year olds but 17% of our caseload. "
     "We will review every charging decision with the police disproportionality panel.",
     "Youth Justice Partnership Board"),
]
LAST_YEAR = [
    ("Reducing serious youth violence", "Amber", "Knife offences by children fell by 9%, short of the 15% target."),
    ("Stable accommodation for children leaving custody", "Green", "All six children released had an address "
                                                                    "agreed before release."),
    ("Hearing the voice of the child", "Green", "A participation worker started in May 2025; 48 children took "
                                                 "part in the service review."),
]


class Fields:
    """AcroForm text fields written straight into the PDF, each with an appearance stream that wraps its
    value in Helvetica (the template's /Helv)."""

    def __init__(self):
        self.items = []  # (page index, name, value, rect, size, multiline, tooltip)
        self.notes = []  # (page index, rect, author, contents)
        self.freetext = []  # (page index, rect, lines)

    def field(self, page, name, value, x, y, w, h, size=10.5, multiline=False, tooltip="", bold=False):
        self.items.append((page, name, value, (x, y, x + w, y + h), size, multiline, tooltip, bold))

    @staticmethod
    def _wrap(value, size, width, font):
        words, lines, cur = value.split(), [], ""
        for wd in words:
            trial = (cur + " " + wd).strip()
            if cur and stringWidth(trial, font, size) > width:
                lines.append(cur)
                cur = wd
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    @staticmethod
    def _esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    def write(self, pdf):
        pages = pdf.pages()
        helv = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        helvb = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        annots = {i: [] for i in range(len(pages))}
        fields = []
        for page, name, value, (x0, y0, x1, y1), size, multi, tip, bold in self.items:
            w, h = x1 - x0, y1 - y0
            font, res = ("Helvetica-Bold", "/HeBo") if bold else ("Helvetica", "/Helv")
            lead = size * 1.2
            lines = self._wrap(value, size, w - 4, font) if multi else ([value] if value else [])
            ops = ["/Tx BMC", "q", f"1 1 {w - 2:.2f} {h - 2:.2f} re W n", "BT", f"{res} {size} Tf",
                   "0.1 0.1 0.1 rg"]
            if lines:
                first = h - 2 - size if multi else (h - size) / 2 + 1.5
                ops.append(f"2 {first:.2f} Td {lead:.2f} TL")
                ops.append(" T* ".join(f"({self._esc(s)}) Tj" for s in lines))
            ops += ["ET", "Q", "EMC"]
            ap = pdf.add_stream(b"/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << /Font << "
                                b"/Helv %d 0 R /HeBo %d 0 R >> >> /Filter /FlateDecode" % (w, h, helv, helvb),
                                zlib.compress("\n".join(ops).encode("cp1252"), 9))
            ff = 4096 if multi else 0
            d = (f"<< /Type /Annot /Subtype /Widget /FT /Tx /T ({name}) /V ({self._esc(value)}) "
                 f"/DA ({res} {size} Tf 0.1 0.1 0.1 rg) /Ff {ff} /F 4 /Rect [{x0:.2f} {y0:.2f} {x1:.2f} {y1:.2f}] "
                 f"/P {pages[page]} 0 R /MK << /BG [0.93 0.94 0.98] >> /AP << /N {ap} 0 R >>")
            if tip:
                d += f" /TU ({self._esc(tip)})"
            n = pdf.add((d + " >>").encode("cp1252"))
            fields.append(n)
            annots[page].append(n)
        for page, (x0, y0, x1, y1), author, contents in self.notes:
            n = pdf.add((f"<< /Type /Annot /Subtype /Text /Rect [{x0} {y0} {x1} {y1}] /Name /Comment /Open false "
                         f"/F 28 /C [1 0.82 0.2] /T ({author}) /Contents ({self._esc(contents)}) "
                         f"/M (D:20261003110000Z) >>").encode("cp1252"))
            annots[page].append(n)
        for page, (x0, y0, x1, y1), lines in self.freetext:
            w, h = x1 - x0, y1 - y0
            ops = ["q", "0.75 0.1 0.1 RG 1.5 w", f"1 1 {w - 2} {h - 2} re S", "BT", "/HeBo 11 Tf 0.75 0.1 0.1 rg",
                   f"8 {h - 17} Td 14 TL", " T* ".join(f"({self._esc(s)}) Tj" for s in lines), "ET", "Q"]
            ap = pdf.add_stream(b"/Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources << /Font << /HeBo %d 0 R "
                                b">> >> /Filter /FlateDecode" % (w, h, helvb), zlib.compress("\n".join(ops).encode(), 9))
            n = pdf.add((f"<< /Type /Annot /Subtype /FreeText /Rect [{x0} {y0} {x1} {y1}] /F 4 "
                         f"/Contents ({self._esc(' '.join(lines))}) /DA (/HeBo 11 Tf 0.75 0.1 0.1 rg) /T (Board Clerk) "
                         f"/M (D:20261015090000Z) /AP << /N {ap} 0 R >> >>").encode())
            annots[page].append(n)
        for i, page in enumerate(pages):
            if annots[i]:
                pdf.dict_add(page, b"/Annots [" + b" ".join(b"%d 0 R" % n for n in annots[i]) + b"]")
        pdf.dict_add(pdf.root, b"/AcroForm << /Fields [" + b" ".join(b"%d 0 R" % n for n in fields)
                     + b"] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv %d 0 R /HeBo %d 0 R >> >> >>" % (helv, helvb))


def label(c, x, y, s, size=9, color="555555", bold=False):
    text(c, x, y, s, "Sans-Bold" if bold else "Sans", size, color)


def section(c, d, y, title):
    box(c, 40, y - 6, d.W - 80, 24, ACC)
    text(c, 50, y + 2, title, "Sans-Bold", 12.5, "FFFFFF")
    return y - 18


def build(path):
    d = Doc(path, TITLE, "Ellerthorpe Youth Justice Service", footer="Ellerthorpe Council template YJ-PLAN-03 "
            "(fillable) \u2013 version 2.1", accent=ACC, footer_on_first=True)
    c = d.c
    F = Fields()
    # ---------------------------------------------------------------- p1
    text(c, 40, d.H - 44, "ELLERTHORPE COUNCIL", "Sans-Bold", 9, "777777")
    text(c, 40, d.H - 70, "Youth Justice Plan", "Sans-Bold", 22, ACC)
    label(c, 40, d.H - 96, "Plan title")
    F.field(0, "plan_title", TITLE, 120, d.H - 104, d.W - 160, 22, size=12, bold=True)
    label(c, 40, d.H - 122, "Service")
    F.field(0, "service", "Ellerthorpe Youth Justice Service", 120, d.H - 130, 220, 20)
    label(c, 350, d.H - 122, "Period")
    F.field(0, "period", "1 April 2026 to 31 March 2027", 390, d.H - 130, d.W - 430, 20)
    y = section(c, d, d.H - 160, "Section 1: Introduction")
    para_at(c, "<i>Guidance: summarise the service's vision and the local context in no more than 200 words.</i>",
            40, y - 4, d.W - 80, size=8.5, color="777777")
    F.field(0, "intro", "Our vision is that every child in Ellerthorpe who comes into contact with the youth justice "
            "system is seen as a child first, is supported to build a positive identity and does not offend again. "
            "The service worked with 212 children in 2025-26. Reoffending fell to 31%, but first-time entrants rose "
            "and education outcomes remain poor. This plan was agreed by the Youth Justice Partnership Board and "
            "replaces the 2025-26 plan.", 40, y - 108, d.W - 80, 90, size=10, multiline=True)
    y = section(c, d, y - 140, "Section 2: Child First")
    para_at(c, "<i>Guidance: the four tenets below are fixed text and must not be changed.</i>", 40, y - 4,
            d.W - 80, size=8.5, color="777777")
    para_at(c, "<b>As children.</b> Prioritise the best interests of children and recognise their needs, capacities "
            "and rights. <b>Building pro-social identity.</b> Promote children's individual strengths and "
            "capacities. <b>Collaborating with children.</b> Encourage children's active participation and "
            "engagement. <b>Diverting from stigma.</b> Promote a childhood removed from the justice system.",
            40, y - 20, d.W - 80, size=9.5, leading=12.5)
    y = section(c, d, y - 100, "Section 3: Performance against the national indicators")
    data = [("First-time entrants (per 100,000 10-17 year olds)", "178", "152"),
            ("Reoffending rate (binary)", "31%", "30%"),
            ("Use of custody (number of children)", "4", "3"),
            ("Children in suitable education, training or employment at the end of their order", "41%", "62%")]
    label(c, 40, y - 10, "Indicator", bold=True)
    label(c, 430, y - 10, "2025-26", bold=True)
    label(c, 490, y - 10, "England", bold=True)
    yy = y - 28
    for ind, a, b in data:
        label(c, 40, yy, ind, size=9.5, color="222222")
        F.field(0, f"kpi_{yy:.0f}", a, 430, yy - 5, 50, 17, size=9.5)
        label(c, 490, yy, b, size=9.5, color="222222")
        yy -= 22
    # ---------------------------------------------------------------- p2 priorities
    d.next()
    y = section(c, d, d.H - 50, "Section 4: Our priorities for 2026-27")
    para_at(c, "<i>Guidance: enter up to five priorities. For each, say why it is a priority, what you will do and "
            "who will lead. Leave unused slots blank.</i>", 40, y - 4, d.W - 80, size=8.5, color="777777")
    y -= 34
    for i in range(5):
        name, why, lead = PRIORITIES[i] if i < 4 else ("", "", "")
        box(c, 40, y - 118, d.W - 80, 120, "F4F5FA")
        label(c, 48, y - 12, f"Priority {i + 1}", size=10, color=ACC, bold=True)
        F.field(1, f"priority_{i + 1}", name, 48, y - 50, d.W - 96, 32, size=11, multiline=True, bold=True,
                tooltip=f"Enter priority {i + 1}")
        label(c, 48, y - 62, "Why this is a priority and what we will do", size=8)
        F.field(1, f"action_{i + 1}", why, 48, y - 102, d.W - 96, 37, size=9, multiline=True)
        label(c, 48, y - 113, "Lead", size=8)
        F.field(1, f"lead_{i + 1}", lead, 80, y - 117, 220, 13, size=8.5)
        y -= 132
    F.notes.append((1, (d.W - 36, d.H - 230, d.W - 16, d.H - 210), "M. Oduya (Education)",
                    "Could school exclusions be a priority in its own right? 14 permanent exclusions last year."))
    F.notes.append((1, (d.W - 36, d.H - 620, d.W - 16, d.H - 600), "Board Clerk",
                    "Slot 5: the Board discussed 'Supporting children's emotional and mental health' but agreed to "
                    "keep to four priorities."))
    # ---------------------------------------------------------------- p3 review and sign-off
    d.next()
    y = section(c, d, d.H - 50, "Section 5: Review of the 2025-26 plan")
    para_at(c, "<i>Guidance: list last year's priorities and rate progress (Green, Amber, Red).</i>", 40, y - 4,
            d.W - 80, size=8.5, color="777777")
    y -= 28
    label(c, 40, y, "2025-26 priority", bold=True)
    label(c, 300, y, "Rating", bold=True)
    label(c, 350, y, "Commentary", bold=True)
    y -= 8
    for i, (pr, rag, com) in enumerate(LAST_YEAR):
        F.field(2, f"prev_priority_{i + 1}", pr, 40, y - 36, 250, 34, size=9.5, multiline=True)
        F.field(2, f"prev_rag_{i + 1}", rag, 300, y - 36, 44, 34, size=9.5)
        F.field(2, f"prev_comment_{i + 1}", com, 350, y - 36, d.W - 390, 34, size=9, multiline=True)
        y -= 42
    y = section(c, d, y - 20, "Section 6: Resources")
    label(c, 40, y - 12, "Partner contributions 2026-27 (\u00a3)", bold=True)
    yy = y - 32
    for who, amt in (("Youth Justice Board grant", "412,300"), ("Ellerthorpe Council", "688,000"),
                     ("Police and Crime Commissioner", "95,000"), ("Probation Service", "38,500"),
                     ("Integrated care board", "61,000")):
        label(c, 40, yy, who, size=9.5, color="222222")
        F.field(2, f"money_{yy:.0f}", amt, 300, yy - 5, 90, 17, size=9.5)
        yy -= 22
    y = section(c, d, yy - 16, "Section 7: Sign-off")
    label(c, 40, y - 14, "Chair of the Youth Justice Partnership Board")
    F.field(2, "signoff_name", "Graham Whitcombe, Director of Children's Services", 40, y - 40, 300, 20)
    label(c, 360, y - 14, "Date agreed")
    F.field(2, "signoff_date", "14 October 2026", 360, y - 40, 150, 20)
    F.freetext.append((2, (300, int(y - 120), 555, int(y - 66)),
                       ["APPROVED by the Ellerthorpe Youth Justice", "Partnership Board, 14 October 2026"]))
    pdf = d.raw()
    F.write(pdf)
    d.info(pdf, creator="Adobe Acrobat Pro 2024 (form filled)", producer="Adobe Acrobat Pro 24.2")
    return pdf.write(path.name)


def finish(work, out):
    return [kit14.publish_bytes(build(work / f"{NAME}.pdf"), out / f"{NAME}.pdf")]
