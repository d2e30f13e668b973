"""layouts19's kit19 (a platypus document for full-length strategies: cover, body pages with a running header
naming the current chapter, full-bleed dividers, landscape pages, a two-pass build for real contents page
numbers, charts and tiles drawn as shapes), shared rather than copied.

Loaded from its file under this batch's build path, so its own imports (`common`, `rl_kit`) resolve to this
batch's modules exactly as a copy's would."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_layouts22_kit19", Path(__file__).resolve().parents[2] / "layouts19" / "src" / "kit19.py")
_kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_kit)
globals().update({k: v for k, v in vars(_kit).items() if not k.startswith("__")})
