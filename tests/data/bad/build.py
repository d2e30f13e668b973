"""Rebuild the bad-input files the tests use: python tests/data/bad/build.py (needs reportlab).
Each file is named after what it reproduces."""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent


def strategy(c: canvas.Canvas) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 760, "Safer Borough Strategy 2025-28")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 700, "Our priorities")
    c.setFont("Helvetica", 11)
    for n, text in enumerate(["Reducing violent crime", "Tackling anti-social behaviour"], start=1):
        c.drawString(90, 680 - 18 * n, f"\u2022 {text}")
    c.showPage()


def main() -> None:
    enc = StandardEncryption("secret", ownerPassword="owner", canPrint=0)
    c = canvas.Canvas(str(HERE / "encrypted.pdf"), pagesize=A4, encrypt=enc, invariant=1)
    strategy(c)
    c.save()

    c = canvas.Canvas(str(HERE / "scanned_no_text_layer.pdf"), pagesize=A4, invariant=1)
    c.setFillGray(0.85)
    c.rect(60, 400, 470, 380, fill=1, stroke=0)  # a page with only a picture-like shape, no text
    c.showPage()
    c.save()

    c = canvas.Canvas(str(HERE / "good_strategy.pdf"), pagesize=A4, invariant=1)
    strategy(c)
    c.save()
    data = (HERE / "good_strategy.pdf").read_bytes()
    (HERE / "truncated_damaged.pdf").write_bytes(data[: len(data) // 3])
    (HERE / "empty.pdf").write_bytes(b"")
    (HERE / "not_a_pdf.pdf").write_text("This is a Word document saved with the wrong extension.\n")
    (HERE / "not_a_docx.docx").write_bytes(b"PK\x03\x04 not really a zip archive")


if __name__ == "__main__":
    main()
