"""layouts4's rl_kit, shared unchanged rather than copied.

Loaded from its file under this batch's build path, so its own imports (`common`) resolve to this
batch's modules exactly as a copy's would."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_layouts30_rl_kit", Path(__file__).resolve().parents[2] / "layouts4" / "src" / "rl_kit.py")
_kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_kit)
globals().update({k: v for k, v in vars(_kit).items() if not k.startswith("__")})
