"""Corrisford hate crime strategy, written in Word and saved as **PDF/A-2b** the way Word's "Save as PDF" with
"PDF/A compliant", "Document structure tags for accessibility" and "Create bookmarks using headings" leaves it
(imitated with LibreOffice Writer's export options): a tagged PDF with bookmarks from the headings, and the
reviewers' **Word comments exported as PDF sticky-note annotations** (/Text, with their /Contents) proposing
other priorities. The file's metadata title (Info /Title and XMP dc:title) is **stale**: it still names the
council's 2021 template. Only the PDF is published."""
from __future__ import annotations

import shutil
import re
import struct
import zlib
from pathlib import Path

from docx.oxml.ns import qn

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "pdfa_comment_annotations_hate_crime"
ACC = "2B5C2E"
TITLE = "Corrisford Hate Crime and Community Cohesion Strategy 2026-2029"
STALE = "Corrisford CSP strategy template (2021) v2 - DO NOT EDIT"
FILTER = ('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
          '"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportNotes":{"type":"boolean","value":"true"},'
          '"ExportBookmarks":{"type":"boolean","value":"true"}}')

PRIORITIES = [
    ("Encouraging more people to report hate crime and hate incidents",
     "Fewer than one in five hate incidents in Corrisford is reported. We will open four more third-party "
     "reporting centres and make online reporting available in the six most spoken community languages.",
     ["Rania Aziz (Police)", "Could this be 'Increasing the reporting of hate crime' to match the national action "
                             "plan wording?"]),
    ("Supporting victims of hate crime from first report to resolution",
     "Victims told us they were passed between agencies. Every victim will have a named caseworker from the "
     "Corrisford Hate Crime Support Service until their case is closed.",
     ["Tom Breck (Victim Services)", "Suggest adding a fifth priority: 'Tackling disability hate crime', given "
                                     "the rise in 2025-26."]),
    ("Challenging hate and misinformation online",
     "After the summer disorder of 2024, rumours spread faster than facts. We will agree a rapid response "
     "protocol with the police and faith leaders and train community spokespeople.", None),
    ("Building connected communities where difference is welcomed",
     "We will fund neighbourhood projects that bring people together across backgrounds, with a focus on the "
     "Eastmoor and Riverside wards where tension monitoring is highest.",
     ["Cllr Jean Hollis", "Was 'Strengthening community cohesion' in the 2022 strategy - do we want to keep "
                          "that wording?"]),
]


def build(work: Path) -> Path:
    doc = new_doc(STALE, "Corrisford Community Safety Partnership", accent=ACC, heading_sizes=(18, 13.5, 11.5))
    doc.core_properties.subject = "Strategy template"
    sec = doc.sections[0]
    set_header(sec, "Corrisford Community Safety Partnership")
    set_footer(sec, "Corrisford Hate Crime and Community Cohesion Strategy 2026-2029")
    para(doc, TITLE, size=26, color=ACC, space_before=40, space_after=12)
    para(doc, "Corrisford Community Safety Partnership \u2022 November 2026", size=12, color="595959",
         space_after=24)
    doc.add_heading("Foreword", level=1)
    para(doc, "Corrisford is a diverse and welcoming borough, but hate still does real harm here. In 2025-26 the "
              "police recorded 612 hate crimes, most of them racially or religiously aggravated, and reports of "
              "disability and transgender hate crime rose sharply.")
    para(doc, "This strategy was developed with victims, community and faith groups, schools and the borough's "
              "third-party reporting centres. It sets four priorities for the next three years and replaces the "
              "2022-2025 Community Cohesion Strategy.")
    para(doc, "Councillor Amrit Sandhu, Cabinet Member for Communities, and Superintendent Claire Wade, co-chairs",
         italic=True, color="595959")
    doc.add_heading("Contents", level=1)
    for t in ("Foreword", "Hate crime in Corrisford", "The national picture", "Our priorities",
              "Measuring progress and governance"):
        para(doc, t, space_after=2)
    page_break(doc)
    doc.add_heading("Hate crime in Corrisford", level=1)
    para(doc, "The police monitor five strands of hate crime. In 2025-26 the numbers recorded in Corrisford were:")
    table(doc, ["Strand", "2024-25", "2025-26"], [["Race", "371", "402"], ["Religion or belief", "77", "88"],
                                                  ["Sexual orientation", "61", "58"], ["Disability", "29", "41"],
                                                  ["Transgender identity", "14", "23"]], [7, 4, 4], head_fill=ACC)
    para(doc, "")
    doc.add_heading("What residents told us", level=2)
    bullets(doc, ["People do not report because they think nothing will happen",
                  "Many do not know that hate incidents that are not crimes can be reported",
                  "Young people see hate online every day and do not know where to turn"])
    doc.add_heading("The national picture", level=1)
    para(doc, "The Government's hate crime action plan has five themes, and our priorities are designed to "
              "contribute to all of them:")
    bullets(doc, ["preventing hate crime by challenging the beliefs and attitudes that underlie it",
                  "responding to hate crime in our communities",
                  "increasing the reporting of hate crime",
                  "improving support for the victims of hate crime",
                  "building our understanding of hate crime"])
    page_break(doc)
    doc.add_heading("Our priorities", level=1)
    para(doc, "The partnership agreed these four priorities in September 2026.")
    comments = []
    for name, desc, note in PRIORITIES:
        h = doc.add_heading(name, level=2)
        para(doc, desc)
        if note:
            comments.append((h.runs, note))
    for runs, (author, text) in comments:
        cm = doc.add_comment(runs, text=text, author=author, initials="".join(w[0] for w in author.split()[:2]))
        cm._comment_elm.set(qn("w:date"), "2026-10-03T11:00:00Z")  # pinned: Word stamps the time of writing
    doc.add_heading("Our values", level=2)
    para(doc, "Respect, fairness and belonging guide everything the partnership does. These values come from our "
              "2022 strategy and have not changed.")
    page_break(doc)
    doc.add_heading("Measuring progress and governance", level=1)
    table(doc, ["Measure", "2025-26", "2029 aim"],
          [["Hate crimes reported through third-party centres", "38", "120"],
           ["Victims with a named caseworker", "46%", "95%"],
           ["Residents who agree people from different backgrounds get on well", "71%", "80%"]],
          [9, 3, 3], head_fill=ACC)
    para(doc, "")
    doc.add_heading("Our 2022-2025 strategy", level=2)
    para(doc, "The Community Cohesion Strategy 2022-2025 had three priorities: strengthening community cohesion, "
              "tackling extremism, and supporting refugees to settle. Prevent work now has its own partnership "
              "board.")
    doc.add_heading("Governance", level=2)
    para(doc, "The Hate Crime and Cohesion Delivery Group reports to the Corrisford Community Safety Partnership "
              "every quarter. An annual report will be published each November.")
    out = work / f"{NAME}.docx"
    doc.save(out)
    common.normalise_zip(out)
    return out


def pin_icc_date(path: Path) -> None:
    """LibreOffice writes the PDF/A output intent's sRGB ICC profile (made by lcms) with the current time in the
    profile header. Pin that date to the batch's date: decompress the stream, set header bytes 24-35,
    recompress, fix its /Length object and shift the xref offsets and startxref by the change in size."""
    data = path.read_bytes()
    m = re.search(rb"\d+ 0 obj\n<</N 3/Length (\d+) 0 R/Filter/FlateDecode>>\nstream\n", data)
    ln = re.search(rb"\n%s 0 obj\n(\d+)\nendobj" % m.group(1), data)
    old_len = int(ln.group(1))
    start = m.end()
    icc = bytearray(zlib.decompress(data[start:start + old_len]))
    t = common.FIXED_DATE
    icc[24:36] = struct.pack(">6H", t.year, t.month, t.day, t.hour, t.minute, t.second)
    new = zlib.compress(bytes(icc), 6)
    edits = sorted([(start, old_len, new), (ln.start(1), len(ln.group(1)), str(len(new)).encode())])
    out, pos = bytearray(), 0
    for at, n, rep in edits:
        out += data[pos:at] + rep
        pos = at + n
    out += data[pos:]

    def moved(off: int) -> int:
        return off + sum(len(rep) - n for at, n, rep in edits if at < off)

    xref_at = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    new_xref = moved(xref_at)
    head = re.match(rb"xref\s+0 (\d+)\s+", out[new_xref:])
    rows_at = new_xref + head.end()
    for i in range(int(head.group(1))):
        row = out[rows_at + 20 * i: rows_at + 20 * i + 20]
        if row[17:18] == b"n":
            out[rows_at + 20 * i: rows_at + 20 * i + 10] = b"%010d" % moved(int(row[:10]))
    out = re.sub(rb"startxref\s+\d+\s+%%EOF\s*$", b"startxref\n%d\n%%%%EOF\n" % new_xref, bytes(out))
    path.write_bytes(out)


def finish(work: Path, out: Path):
    src = build(work)
    common.soffice([src], work, FILTER)
    pin_icc_date(work / f"{NAME}.pdf")
    target = out / f"{NAME}.pdf"
    common.publish(work / f"{NAME}.pdf", target)
    return [target]
