"""Reading documents into blocks: PDFs from several producers, other formats, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratalign.errors import DocumentError
from stratalign.ingest import find_documents, read_document
from stratalign.models import HEADING, ITEM, TOC

from .conftest import AREAS, BAD, LAYOUTS, LAYOUTS3, LAYOUTS5, LAYOUTS10, LAYOUTS12, LAYOUTS14


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


def test_running_headers_footers_and_page_numbers_are_removed():
    doc = read_document(LAYOUTS / "numbered_headings_word.pdf")
    # a footer or header repeated on every page would otherwise show up once per page
    counts = {}
    for b in doc.blocks:
        counts[b.text] = counts.get(b.text, 0) + 1
    assert not [t for t, n in counts.items() if n >= doc.page_count - 1 and doc.page_count > 3]
    assert not any(t.strip().lower().startswith("page ") and t.strip()[5:].isdigit() for t in texts(doc))


def test_contents_page_becomes_entries_with_target_pages():
    doc = read_document(LAYOUTS / "numbered_headings_word.pdf")
    entries = [b for b in doc.blocks if b.kind == TOC]
    assert len(entries) >= 4
    assert all(1 <= b.target <= doc.page_count for b in entries)
    assert all(b.page == entries[0].page for b in entries)


def test_ruled_table_is_read_as_cells_row_by_row():
    doc = read_document(LAYOUTS / "table_rows_wrapped_libreoffice.pdf")
    cells = [b for b in doc.blocks if b.table >= 0 and b.col == 0 and b.row > 0]
    header = [b for b in doc.blocks if b.table >= 0 and b.row == 0 and b.col == 0]
    assert header and header[0].text == "Priority"
    # a priority that wraps over lines in its cell comes back as one block
    assert any(b.text == "Reduce drug and alcohol-related deaths and harm" for b in cells)


def test_two_column_page_reads_column_by_column():
    doc = read_document(LAYOUTS / "two_column_brochure_reportlab.pdf")
    t = texts(doc)
    i = next(k for k, x in enumerate(t) if x.startswith("Theme 1"))
    j = next(k for k, x in enumerate(t) if x.startswith("Theme 2"))
    # Theme 1's own description comes between its heading and the next theme's heading
    assert j - i >= 2


def test_ligatures_and_line_end_hyphens_are_repaired():
    doc = read_document(LAYOUTS / "ligatures_hyphenation.pdf")
    joined = " ".join(texts(doc))
    assert "\ufb01" not in joined and "\ufb02" not in joined
    assert "vic- tims" not in joined and "victims" in joined


def test_a_slide_shrunk_onto_a_handout_page_is_read_at_its_printed_size():
    # three slides a page: pdfium gives the slide's own font size (50 pt) for text printed at 13 pt, so
    # without the page's scale a slide title's wrapped lines ran together ("withdomestic")
    doc = read_document(LAYOUTS10 / "slide_handouts_domestic_abuse.pdf")
    assert "Every child who lives with domestic abuse is seen, heard and helped" in texts(doc)


def test_drop_caps_go_back_into_their_words():
    doc = read_document(LAYOUTS10 / "small_caps_drop_caps_reoffending.pdf")
    joined = " ".join(texts(doc))
    assert "Nobody should leave" in joined and "A job is one of" in joined
    assert not [b for b in doc.blocks if len(b.text) == 1 and b.kind == HEADING]


def test_a_letter_spaced_word_cut_off_by_the_word_gap_is_one_word():
    doc = read_document(LAYOUTS10 / "small_caps_drop_caps_reoffending.pdf")
    assert "STRAND ONE" in texts(doc) and "STRAND FIVE" in texts(doc)


def test_a_heading_split_by_a_column_break_is_one_heading():
    doc = read_document(LAYOUTS10 / "column_straddle_serious_violence.pdf")
    assert "Priority 5: Building confidence in our communities to report violence and to stand up to it" in texts(doc)


def test_a_letter_label_beside_a_title_is_its_marker():
    # "A" in a disc on the title's line, and "B" centred between a two-line title's lines
    doc = read_document(LAYOUTS10 / "white_bands_lettered_drugs.pdf")
    heads = [(b.marker, b.text) for b in doc.blocks if b.kind == HEADING]
    assert ("A", "FEWER DRUG AND ALCOHOL DEATHS IN SALLOWMERE") in heads
    assert ("", "MORE PEOPLE STARTING TREATMENT AND STAYING IN RECOVERY") in heads


def test_footnote_references_and_compound_hyphens():
    joined = " ".join(texts(read_document(LAYOUTS3 / "footnotes_keyfacts_pullquotes.pdf")))
    assert "Disrupting local drug supply and county lines" in joined and "county lines4" not in joined
    bucks = AREAS / "thames_valley" / "strategies" / "buckinghamshire_combating_drugs_partnership_strategy_2023-26.pdf"
    assert "world-class treatment" in " ".join(texts(read_document(bucks)))


def test_a_text_board_paper_loses_its_running_header_and_takes_its_report_title():
    doc = read_document(LAYOUTS12 / "board_paper_formfeeds_drugs.txt")
    assert doc.title == "Brayfield Drugs and Alcohol Strategy 2026-2029: local priorities"
    assert not [b for b in doc.blocks if b.text.startswith(("Page 2 of 3", "BRAYFIELD COMBATING"))]
    # "4.3  The workshop ... these four local" / "priorities:" is one paragraph, not a heading
    assert "4.3 The workshop and the consultation support these four local priorities:" in texts(doc)


def test_markdown_with_html_fragments_reads_as_the_page_shows_it():
    doc = read_document(LAYOUTS12 / "sharepoint_bold_headings_reoffending.md")
    heads = [b.text for b in doc.blocks if b.kind == HEADING]
    assert "Priority one" in heads and "A safe place to live from the day of release" in heads
    assert not [t for t in texts(doc) if "<div" in t or "<br" in t or "Exported from SharePoint" in t]


def test_word_filtered_html_list_paragraphs_are_items_with_their_run_in_titles():
    doc = read_document(LAYOUTS12 / "word_filtered_html_youth_justice.htm")
    items = [b for b in doc.blocks if b.kind == ITEM and b.marker == "1."]
    assert [b.lead for b in items if b.lead.startswith("Keeping")] == ["Keeping children in school, college or training"]


def test_an_email_layout_table_is_read_as_flowing_text_with_styled_headings():
    doc = read_document(LAYOUTS12 / "email_newsletter_serious_violence.html")
    heads = [b.text for b in doc.blocks if b.kind == HEADING]
    assert "Our three priorities for 2026-2029" in heads and "Fewer young people carrying knives in Calderholt" in heads
    assert not [t for t in texts(doc) if "[if mso]" in t]


def test_a_number_in_a_square_beside_a_title_is_not_on_the_titles_line():
    path = AREAS / "avon_somerset" / "strategies" / "safer_somerset_partnership_strategy_2023-26.pdf"
    assert "Anti-social behaviour in our towns and villages" in " ".join(texts(read_document(path)))


def test_values_typed_into_form_fields_are_read_in_their_boxes():
    # a filled-in fillable template: the priorities exist only as the text fields' values
    doc = read_document(LAYOUTS14 / "form_field_values_youth_justice.pdf")
    assert "Keeping children safe from criminal exploitation and serious violence" in texts(doc)


def test_a_number_set_larger_than_its_title_stays_apart_from_it():
    # "1" at 24 pt before a 15 pt title whose second line aligns under the title, not the number
    doc = read_document(LAYOUTS14 / "a3_foldout_plan_serious_violence.pdf")
    assert "Reducing knife crime and violence involving weapons" in texts(doc)


def test_text_painted_over_by_a_white_box_drawn_later_is_not_read():
    # an incremental update whites out two old wordings and writes the new ones on top
    joined = " ".join(texts(read_document(LAYOUTS14 / "whiteout_incremental_update_reoffending.pdf")))
    assert "Helping people into education, training and work" in joined
    assert "Getting people into work and training" not in joined


def test_a_layer_the_document_opens_switched_off_is_not_read():
    # a hidden "Draft comments" layer: a struck fifth priority, reviewers' notes and a DRAFT watermark
    joined = " ".join(texts(read_document(LAYOUTS14 / "hidden_draft_layer_drugs.pdf")))
    assert "Breaking drug supply chains into Sedgecombe" in joined
    assert "Board agreed to remove priority 5" not in joined and "Reducing alcohol harm" not in joined


def test_bullets_become_list_items():
    doc = read_document(LAYOUTS / "bullets_under_objectives.pdf")
    assert sum(1 for b in doc.blocks if b.kind == ITEM) >= 5


def test_pdfium_and_pdfplumber_readers_agree_on_headings():
    path = LAYOUTS / "numbered_headings_word.pdf"
    fast = [b.text for b in read_document(path, reader="pdfium").blocks if b.kind == HEADING]
    reference = [b.text for b in read_document(path, reader="pdfplumber").blocks if b.kind == HEADING]
    assert fast == reference


@pytest.mark.parametrize("name", ["numbered_headings_word.docx", "web_page_chromium.html", "strategy_markdown.md",
                                  "uppercase_headings.txt"])
def test_other_formats_give_headings_and_text(name):
    doc = read_document(LAYOUTS / name)
    assert doc.format == Path(name).suffix.lstrip(".")
    assert any(b.kind == HEADING for b in doc.blocks)
    assert len(doc.blocks) >= 5


@pytest.mark.parametrize("name,reason", [
    ("encrypted.pdf", "is encrypted (password protected)"),
    ("empty.pdf", "is empty (0 bytes)"),
    ("not_a_pdf.pdf", "is not a PDF (the file does not start with %PDF)"),
    ("scanned_no_text_layer.pdf", "has no text layer (a scan?)"),
    ("truncated_damaged.pdf", "is not a readable PDF (damaged or not a PDF)"),
    ("not_a_docx.docx", "is not a Word document (not a .docx zip package)"),
])
def test_bad_documents_raise_one_clear_reason(name, reason):
    with pytest.raises(DocumentError) as info:
        read_document(BAD / name)
    assert info.value.reason == reason
    assert name in str(info.value) and "\n" not in str(info.value)


def test_word_numbering_is_generated_as_word_prints_it():
    # "Priority 1:" and "1.1" exist only in numbering.xml, not in the paragraphs' text
    doc = read_document(LAYOUTS5 / "word_numbering_labels.docx")
    heads = [b.text for b in doc.blocks if b.kind == HEADING]
    assert "Priority 3: Preventing serious violence and the exploitation of young people" in heads
    markers = [b.marker for b in doc.blocks if b.kind == ITEM and b.text.startswith("Deliver the Serious Violence Duty")]
    assert markers == ["3.1"]


def test_word_contents_field_and_styled_numbering_are_read():
    doc = read_document(LAYOUTS5 / "long_strategy_toc_field.docx")
    toc = [b for b in doc.blocks if b.kind == TOC]
    assert len(toc) >= 20 and toc[0].text == "1. Foreword" and toc[0].target == 3
    assert "Objective D – Reducing drug and alcohol related harm" in [b.text for b in doc.blocks if b.kind == HEADING]


def test_word_text_boxes_are_read_once_in_reading_order():
    doc = read_document(LAYOUTS5 / "word_textbox_priorities.docx")
    t = texts(doc)
    title = "Supporting survivors, including children affected by domestic abuse"
    assert t.count(title) == 1  # not again from the drawing's fallback copy
    assert t.index("1") < t.index("Preventing violence against women and girls (VAWG) before it starts") \
        < t.index("2") < t.index(title)
    assert not any("Our visionA Harrowfield" in x for x in t)  # the box is not run into its anchor paragraph


def test_word_save_as_text_sub_bullets_are_items():
    doc = read_document(LAYOUTS5 / "crlf_bullets_notepad.txt")
    sub = [b for b in doc.blocks if b.kind == ITEM and b.text.startswith("Close down county lines")]
    assert len(sub) == 1 and sub[0].level == 1


def test_find_documents_is_sorted_and_skips_non_documents(tmp_path):
    for name in ["b.pdf", "a.docx", "notes.xlsx", ".hidden.pdf", "gold.json", "c.md"]:
        (tmp_path / name).write_text("x")
    assert [p.name for p in find_documents(tmp_path)] == ["a.docx", "b.pdf", "c.md"]


# --- regression tests: non-PDF readers on inputs the test data does not cover ----------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _vml_text_box(text: str) -> str:
    """A run holding an old-style (VML) text box with one paragraph of text."""
    return (f'<w:r xmlns:w="{_W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
            f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def test_markdown_table_cell_starting_in_bold_is_bold(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# Plan\n\n| Theme | Priority |\n|---|---|\n| **Violence** | Reduce knife crime |\n", encoding="utf-8")
    cells = {b.text: b.bold for b in read_document(path).blocks if b.table == 0 and b.row == 1}
    assert cells == {"Violence": True, "Reduce knife crime": False}


def test_html_nested_table_is_a_table_of_its_own(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text("<html><body><h1>Plan</h1><table>"
                    "<tr><th>Theme</th><th>Detail</th></tr>"
                    "<tr><td>Violence</td><td>Our measures:<table><tr><td>Knife crime</td><td>down 10%</td></tr>"
                    "<tr><td>Robbery</td><td>down 5%</td></tr></table></td></tr>"
                    "<tr><td>Drugs</td><td>Treatment</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    cells = [(b.table, b.row, b.col, b.text) for b in read_document(path).blocks if b.table >= 0]
    assert cells == [(0, 0, 0, "Theme"), (0, 0, 1, "Detail"), (0, 1, 0, "Violence"), (0, 1, 1, "Our measures:"),
                     (1, 0, 0, "Knife crime"), (1, 0, 1, "down 10%"), (1, 1, 0, "Robbery"), (1, 1, 1, "down 5%"),
                     (0, 2, 0, "Drugs"), (0, 2, 1, "Treatment")]


def test_word_text_box_in_deleted_text_is_not_read(tmp_path):
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("Plan", level=1)
    p = d.add_paragraph("Our vision")
    p._p.append(parse_xml(_vml_text_box("Kept box")))
    deleted = parse_xml(f'<w:del xmlns:w="{_W_NS}" w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/>')
    deleted.append(parse_xml(_vml_text_box("Deleted box")))
    p._p.append(deleted)
    d.save(tmp_path / "plan.docx")
    t = texts(read_document(tmp_path / "plan.docx"))
    assert "Kept box" in t and "Deleted box" not in t


def test_word_table_cell_contents_are_read_like_the_body(tmp_path):
    import docx
    from docx.oxml import parse_xml

    from stratalign.models import PARAGRAPH as P

    d = docx.Document()
    d.add_heading("Plan", level=1)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Theme"
    cell = table.cell(0, 1)
    cell.text = "Measures"
    cell.add_table(rows=1, cols=1).cell(0, 0).text = "Knife crime down"  # a nested table
    control = parse_xml(f'<w:sdt xmlns:w="{_W_NS}"><w:sdtContent><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'
                        '<w:r><w:t>In a control</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    cell._tc.append(control)
    cell.add_paragraph()._p.append(parse_xml(_vml_text_box("In a box")))
    cell.add_paragraph("Before")._p.append(parse_xml(f'<w:r xmlns:w="{_W_NS}"><w:br w:type="page"/></w:r>'))
    d.add_paragraph("Next section")
    d.save(tmp_path / "plan.docx")
    doc = read_document(tmp_path / "plan.docx")
    got = [(b.kind, b.text, b.table, b.row, b.col, b.page) for b in doc.blocks]
    assert got == [(HEADING, "Plan", -1, -1, -1, 1), (P, "Theme", 0, 0, 0, 1),
                   (P, "Measures", 0, 0, 1, 1), (P, "Knife crime down", 1, 0, 0, 1),
                   (P, "In a control", 0, 0, 1, 1), (P, "In a box", 0, 0, 1, 1),
                   (P, "Before", 0, 0, 1, 1), (P, "Next section", -1, -1, -1, 2)]


def test_a_metadata_title_that_is_a_file_name_gives_way_to_the_first_page():
    # hertfordshire_folder: pages printed from "plan.html" keep that file name as their PDF title

    doc = read_document(AREAS / "hertfordshire_folder" / "plan" / "hertfordshire_police_and_crime_plan_2026-30.pdf")
    assert doc.title != "plan.html" and "html" not in doc.title
