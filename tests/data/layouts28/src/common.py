"""layouts4's common helpers, shared rather than copied, pinned to this batch: its folders, its date
(2 November 2026), its LibreOffice and Chromium profiles, and the clock and folder the browser's own print
header and footer show (neither LibreOffice nor Chromium is used by this batch's build: every document is a
.docx written by python-docx; the profiles are pinned all the same).

Loaded as a module of its own, so setting its constants here changes what its functions use without
touching layouts4's builds."""

import datetime as _dt
import importlib.util
import os
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_layouts28_common", Path(__file__).resolve().parents[2] / "layouts4" / "src" / "common.py")
_kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_kit)
_kit.SRC = Path(__file__).resolve().parent          # .../layouts28/src
_kit.OUT = _kit.SRC.parent                          # .../layouts28
_kit.FIXED_DATE = _dt.datetime(2026, 11, 2, 9, 0, 0)   # every draft is "received" on 2 November 2026
_kit.FIXED_PDF_DIGITS = b"20261102090000"
_kit.FIXED_ISO = b"2026-11-02T09:00:00"
_kit.FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)
_kit.LO_PROFILE = "file:///tmp/lo_l28"
_kit.CHROMIUM_PROFILE = "/tmp/chr_l28"
_kit.ENV = {**os.environ, "TZ": "UTC", "LC_ALL": "C.UTF-8", "SOURCE_DATE_EPOCH": "1793610000"}
_kit.PRINT_CLOCK = "@2026-11-02 09:14:00"
_kit.PRINT_DIR = Path("/tmp/stratalign_layouts28/Downloads")
globals().update({k: v for k, v in vars(_kit).items() if not k.startswith("__")})
