"""layouts4's common helpers, shared rather than copied, pinned to this batch: its folders, its date
(23 November 2026), its LibreOffice and Chromium profiles, and the clock and folder the browser's own print
header and footer show.

Loaded as a module of its own, so setting its constants here changes what its functions use without
touching layouts4's builds."""

import datetime as _dt
import importlib.util
import os
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_layouts30_common", Path(__file__).resolve().parents[2] / "layouts4" / "src" / "common.py")
_kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_kit)
_kit.SRC = Path(__file__).resolve().parent          # .../layouts30/src
_kit.OUT = _kit.SRC.parent                          # .../layouts30
_kit.FIXED_DATE = _dt.datetime(2026, 11, 23, 9, 0, 0)   # every document is "published" on 23 November 2026
_kit.FIXED_PDF_DIGITS = b"20261123090000"
_kit.FIXED_ISO = b"2026-11-23T09:00:00"
_kit.FIXED_ZIP_TIME = (2026, 11, 23, 9, 0, 0)
_kit.LO_PROFILE = "file:///tmp/lo_l30"
_kit.CHROMIUM_PROFILE = "/tmp/chr_l30"
_kit.ENV = {**os.environ, "TZ": "UTC", "LC_ALL": "C.UTF-8", "SOURCE_DATE_EPOCH": "1795424400"}
# the browser's print header shows the clock: pinned (libfaketime) to when the analyst "printed" the page;
# its footer shows the file:// URL, so the page is printed from a fixed place, imitating "Save page as"
_kit.PRINT_CLOCK = "@2026-11-23 09:14:00"
_kit.PRINT_DIR = Path("/tmp/stratalign_layouts30/Downloads")
globals().update({k: v for k, v in vars(_kit).items() if not k.startswith("__")})
