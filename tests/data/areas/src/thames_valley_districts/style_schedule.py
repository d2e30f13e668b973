"""House style A (python-docx → LibreOffice): a council report-style strategy in which the priorities are the
bold first-column cells of "Schedule 1 – Priorities agreed by the responsible authorities" (page 5), with one
column per signatory authority holding "✓ Agreed" and a date column. Used by Reading, Slough and
Buckinghamshire, each with its own colours, font and wording."""
from docx_kit import (Cm, Pt, bullets, cover_block, header_footer, new_doc, page_break, para, shade, table,
                      set_widths, keep_rows, heading)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from shared import PCC_NOTE, PCC_PRIORITIES, SECTIONS, STAT_NOTE
from work import check_pages, soffice_stable, work_file


def contents(d, secs, pages):
    sec = d.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    for i, s in enumerate(secs):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(8)
        p.add_run(f"{i + 1}.  {s}\t{pages[s]}")


def build(out_root, D):
    c1, c2 = D["colours"]
    d = new_doc(font=D.get("font", "Liberation Sans"), size=10, heading_font=D.get("hfont"),
                colours=(c1, c2, "404040"), title=D["title"], author=D["org"])
    header_footer(d, D["org"], D["years"], footer_fmt=D.get("footer", "Page {PAGE}"), rule_colour=c2)
    secs = SECTIONS
    pages = {s: i + 3 for i, s in enumerate(secs)}
    # cover
    para(d, D["org"].upper(), bold=True, size=11, colour=c2, space_after=60)
    cover_block(d, [(D["title"], 26, True, "FFFFFF"), (D["strap"], 13, False, "FFFFFF")], c1, height_cm=8.5)
    para(d, "", space_after=120)
    para(d, "Agreed by the partnership board, " + D["agreed"], size=10, colour="595959")
    para(d, "Contact: " + D["email"], size=10, colour="595959")
    page_break(d)
    heading(d, "Contents", 1)
    contents(d, secs, pages)
    para(d, "Schedule 1, the list of priorities agreed by each responsible authority, is in section 3.", size=9,
         colour="595959")
    page_break(d)
    heading(d, "1. " + secs[0], 1)
    for p in D["foreword"]:
        para(d, p)
    para(d, D["signed"], bold=True)
    page_break(d)
    heading(d, "2. " + secs[1], 1)
    para(d, D["context"])
    t = d.add_table(rows=2, cols=len(D["stats"]))
    for i, (a, b) in enumerate(D["stats"]):
        for r, (txt, size, bold) in enumerate([(a, 18, True), (b, 8.5, False)]):
            cell = t.cell(r, i)
            shade(cell, c1 if r == 0 else "F2F2F2")
            run = cell.paragraphs[0].add_run(txt)
            run.font.size, run.bold = Pt(size), bold
            if r == 0:
                run.font.color.rgb = __import__("docx_kit").rgb("FFFFFF")
    set_widths(t, [17.0 / len(D["stats"])] * len(D["stats"]))
    para(d, STAT_NOTE, italic=True, size=8.5, colour="595959")
    heading(d, "Key findings of the strategic assessment", 2)
    bullets(d, D["findings"])
    heading(d, D["previous_head"], 2)
    para(d, D["previous_intro"])
    bullets(d, D["previous"])
    page_break(d)
    heading(d, "3. " + secs[2], 1)
    para(d, D["intro"])
    heading(d, "Schedule 1 – Priorities agreed by the responsible authorities", 3)
    auth = D["authorities"]
    rows = [["Agreed priority"] + auth + ["Date agreed"]]
    for _, text, _ in D["priorities"]:
        rows.append([text] + ["\u2713 Agreed"] * len(auth) + [D["agreed_short"]])
    w_first = 5.6
    rest = (17.0 - w_first - 1.7) / len(auth)
    t = table(d, rows, [w_first] + [rest] * len(auth) + [1.7], head_fill=c1, band="F3F3F3", size=8,
              bold_first_col=True)
    for r in range(1, len(rows)):
        run = t.cell(r, 0).paragraphs[0].runs[0]
        run.font.size = Pt(10.5)
    para(d, "")
    para(d, D["after"], size=9.5)
    page_break(d)
    heading(d, "4. " + secs[3], 1)
    for label, text, acts in D["actions"]:
        heading(d, label, 2)
        para(d, text)
        bullets(d, acts)
    page_break(d)
    heading(d, "5. " + secs[4], 1)
    para(d, D["governance"])
    heading(d, "Measures", 2)
    table(d, [["Measure", "Baseline (illustrative)", "We want to see"]] + D["measures"], [9, 4.5, 3.5],
          head_fill=c2, band="F3F3F3", size=9)
    heading(d, "The Police and Crime Plan", 2)
    para(d, PCC_NOTE, size=9)
    bullets(d, PCC_PRIORITIES)
    para(d, "Partners: " + ", ".join(D["partners"]) + ".", size=9, colour="595959")
    docx = work_file(D["file"].split("/")[-1].replace(".pdf", ".docx"))
    d.save(str(docx))
    out = out_root / D["file"]
    soffice_stable(docx, out, symbol_at=D.get("symbol_at", 0))
    check_pages(out, {s: pages[s] for s in secs}, n_pages=7)
    return out
