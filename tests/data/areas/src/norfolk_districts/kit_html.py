"""Fixed-page HTML mechanics for the norfolk_districts area: each page is an A4 <section> of fixed height (content
that does not fit is a build error), printed by headless Chromium (common.chromium_to_pdf normalises the PDF)."""
from __future__ import annotations

import html as _html
from pathlib import Path

from common import chromium_to_pdf, num_pages

WORK = Path("/tmp/norfolk_districts_build")

BASE_CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.pg { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
             break-after: page; }
section.pg:last-child { page-break-after: auto; break-after: auto; }
.fit { position: absolute; overflow: hidden; }
table { border-collapse: collapse; }
p { margin: 0 0 2.2mm 0; }
"""


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def render(out_pdf: Path, css: str, pages: list[str], title: str, name: str) -> Path:
    """pages: inner HTML of each <section class="pg ...">, given as (classes, html) or html."""
    WORK.mkdir(parents=True, exist_ok=True)
    parts = []
    for pg in pages:
        cls, inner = pg if isinstance(pg, tuple) else ("", pg)
        parts.append(f'<section class="pg {cls}">{inner}</section>')
    doc = (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{esc(title)}</title>"
           f"<style>{BASE_CSS}{css}</style></head><body>{''.join(parts)}</body></html>")
    src = WORK / f"{name}.html"
    src.write_text(doc, encoding="utf-8")
    probe = WORK / f"{name}.probe.html"
    probe.write_text(doc.replace("</body>", FIT_JS + "</body>"), encoding="utf-8")
    over = overflowing(probe)
    if over:
        raise RuntimeError(f"{out_pdf.name}: content overflows on page(s) {over}")
    chromium_to_pdf(src, out_pdf)
    n = num_pages(out_pdf)
    if n != len(pages):
        raise RuntimeError(f"{out_pdf.name}: {n} pages printed from {len(pages)} sections (a page overflows)")
    return out_pdf


FIT_JS = """<script>
(function () {
  var bad = [];
  document.querySelectorAll('section.pg, .fit').forEach(function (el, i) {
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
      var s = el.closest('section.pg');
      bad.push(Array.prototype.indexOf.call(document.querySelectorAll('section.pg'), s) + 1);
    }
  });
  var m = document.createElement('meta'); m.name = 'overflow'; m.content = bad.join(',');
  document.head.appendChild(m);
})();
</script>"""


def overflowing(src: Path) -> list[int]:
    """Pages (1-based) whose section or a .fit box overflows, read from Chromium's DOM after load."""
    import re
    import shutil
    import subprocess
    from common import CHROME_PROFILE
    exe = shutil.which("chromium") or "chromium"
    r = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", f"--user-data-dir={CHROME_PROFILE}", "--dump-dom",
                        "file://" + str(src.resolve())], capture_output=True, text=True, check=True)
    m = re.search(r'<meta name="overflow" content="([^"]*)"', r.stdout)
    return sorted({int(x) for x in m.group(1).split(",") if x}) if m else []
