from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from stratalign.embed import HashEmbedder
from stratalign.evaluate import pair_up

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
LAYOUTS = DATA / "layouts"
LAYOUTS2 = DATA / "layouts2"
LAYOUTS3 = DATA / "layouts3"
LAYOUTS4 = DATA / "layouts4"
LAYOUTS5 = DATA / "layouts5"
LAYOUTS6 = DATA / "layouts6"
LAYOUTS7 = DATA / "layouts7"
LAYOUTS8 = DATA / "layouts8"
LAYOUTS9 = DATA / "layouts9"
LAYOUTS10 = DATA / "layouts10"
LAYOUTS11 = DATA / "layouts11"
LAYOUTS12 = DATA / "layouts12"
LAYOUTS13 = DATA / "layouts13"
LAYOUTS14 = DATA / "layouts14"
LAYOUTS15 = DATA / "layouts15"
LAYOUTS16 = DATA / "layouts16"
LAYOUTS17 = DATA / "layouts17"
LAYOUTS18 = DATA / "layouts18"
LAYOUTS19 = DATA / "layouts19"
LAYOUTS20 = DATA / "layouts20"
LAYOUTS21 = DATA / "layouts21"
LAYOUTS22 = DATA / "layouts22"
LAYOUTS23 = DATA / "layouts23"
LAYOUTS24 = DATA / "layouts24"
LAYOUTS25 = DATA / "layouts25"
LAYOUTS26 = DATA / "layouts26"
LAYOUTS27 = DATA / "layouts27"
LAYOUTS28 = DATA / "layouts28"
LAYOUTS29 = DATA / "layouts29"
LAYOUTS30 = DATA / "layouts30"
AREAS = DATA / "areas"
BAD = DATA / "bad"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"


@pytest.fixture
def fake_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def use_fake_embedder(monkeypatch):
    """Make the CLI and pipeline use the deterministic hash embedder instead of loading the model."""
    from stratalign import pipeline

    def make(settings, store):
        from stratalign.embed import CachedEmbedder

        fake = HashEmbedder()
        return None, CachedEmbedder(fake, store), {"name": fake.name, "sha256": fake.model_id}

    monkeypatch.setattr(pipeline, "make_embedder", make)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled corpus (plan and strategies only)."""
    dest = tmp_path / "corpus"
    for sub in ("plan", "strategies"):
        shutil.copytree(CORPUS / sub, dest / sub)
    return dest


def load_gold(folder: Path) -> dict:
    return json.loads((folder / "gold.json").read_text())


def gold_groups(gold: dict, report: dict) -> dict[str, int]:
    """Report priority id -> the gold duplicate group it is in (priorities in none left out)."""
    group = {gid: gi for gi, grp in enumerate(gold.get("duplicates", [])) for gid in grp}
    out = {}
    for d in ([report["plan"]] if report["plan"] else []) + report["strategies"]:
        key = next((k for k in gold["documents"] if k.rsplit("/", 1)[-1] == d["name"]), None)
        if key is not None:
            for gid, p in pair_up(gold["documents"][key]["priorities"], d["priorities"]).items():
                if gid in group:
                    out[p["id"]] = group[gid]
    return out
