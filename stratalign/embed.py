"""Embeddings: one small interface, the sentence-transformers model behind it, and a cache.

The model must come from this machine: a pip package listed in the registry (models/) or a local
folder. Its weights are hashed at load and refused if they differ from the registry's sha256. Nothing
here touches the network: the Hugging Face libraries are told to stay offline before they are imported.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from .errors import ModelError

WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


@dataclass(frozen=True, slots=True)
class ModelSpec:
    name: str
    path: Path  # the sentence-transformers folder
    weights: str  # file inside path whose hash is checked
    sha256: str  # expected hash ("" for an unlisted folder: computed and recorded instead)
    thresholds: tuple[tuple[str, float], ...] = ()
    calibrated_on: str = ""
    listed: bool = True

    def threshold(self, key: str, default: float) -> float:
        return dict(self.thresholds).get(key, default)


def registry() -> list[dict]:
    """The registry entries shipped with stratalign (models/*.json)."""
    out = []
    for entry in sorted(resources.files("stratalign.registry").iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".json"):
            out.append(json.loads(entry.read_text(encoding="utf-8")))
    return out


def registry_path(name: str) -> Path:
    """The registry file of a model, for calibrate --write."""
    for entry in resources.files("stratalign.registry").iterdir():
        if entry.name.endswith(".json") and json.loads(entry.read_text(encoding="utf-8")).get("name") == name:
            return Path(str(entry))
    raise ModelError(f"{name} is not in the model registry (models/): add an entry for it before calibrating")


def _spec_from_entry(entry: dict) -> ModelSpec:
    source = entry.get("source", {})
    path = None
    if source.get("module"):
        try:
            module = importlib.import_module(source["module"])
        except ImportError:
            raise ModelError(f"the embedding model {entry['name']} is not installed: "
                             f"run `pip install torch==2.13.0 {source.get('pip', source['module'])}`") from None
        path = Path(module.__file__).resolve().parent / source.get("folder", "")
    elif source.get("path"):
        path = Path(source["path"]).expanduser()
    if path is None:
        raise ModelError(f"registry entry {entry.get('name')!r} says nowhere to find the model")
    thresholds = {k: float(v) for k, v in entry.get("thresholds", {}).items() if isinstance(v, (int, float))}
    return ModelSpec(name=entry["name"], path=path, weights=entry.get("weights", WEIGHT_FILES[0]),
                     sha256=entry.get("sha256", ""), thresholds=tuple(sorted(thresholds.items())),
                     calibrated_on=str(entry.get("thresholds", {}).get("calibrated_on", "")))


def resolve_model(model: str | None) -> ModelSpec:
    """The default model, a registry name, or a local sentence-transformers folder."""
    entries = registry()
    if not model:
        defaults = [e for e in entries if e.get("default")] or entries
        if not defaults:
            raise ModelError("no embedding model is registered in models/: reinstall stratalign")
        return _spec_from_entry(defaults[0])
    for e in entries:
        if model == e["name"]:
            return _spec_from_entry(e)
    path = Path(model).expanduser()
    if not path.is_dir():
        raise ModelError(f"{model} is neither a registered model ({', '.join(e['name'] for e in entries)}) "
                         "nor a folder: give --model the path of a local sentence-transformers model folder")
    weights = next((w for w in WEIGHT_FILES if (path / w).exists()), None)
    if weights is None:
        raise ModelError(f"{path} has no model.safetensors or pytorch_model.bin: "
                         "give --model a sentence-transformers model folder")
    # an unlisted folder borrows the default model's thresholds; a listed hash of the same weights wins
    sha = file_sha256(path / weights)
    for e in entries:
        if e.get("sha256") == sha:
            spec = _spec_from_entry(e)
            return ModelSpec(spec.name, path, weights, sha, spec.thresholds, spec.calibrated_on, True)
    default = resolve_model(None)
    return ModelSpec(name=path.name, path=path, weights=weights, sha256=sha, thresholds=default.thresholds,
                     calibrated_on=f"borrowed from {default.name}", listed=False)


def file_sha256(path: Path) -> str:
    from .ingest import sha256_of

    return sha256_of(path)


def verify(spec: ModelSpec) -> None:
    weights = spec.path / spec.weights
    if not weights.exists():
        raise ModelError(f"{weights} is missing: reinstall the model package")
    actual = file_sha256(weights)
    if spec.sha256 and actual != spec.sha256:
        raise ModelError(f"{weights} has sha256 {actual[:12]}…, expected {spec.sha256[:12]}…: "
                         "the model files were changed or damaged; reinstall the model package")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors, one row per text, in the order given."""

    name: str
    model_id: str  # what cached vectors are keyed by: the weights' hash for real models

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    def __init__(self, spec: ModelSpec, batch_size: int = 64) -> None:
        self.spec = spec
        self.name = spec.name
        self.model_id = spec.sha256
        self.batch_size = batch_size
        self._model = None

    def _load(self):
        if self._model is None:
            verify(self.spec)
            # offline always: strategies in draft must never leave the machine, and nothing is fetched
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            try:
                import logging

                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.set_verbosity_error()
                hf_logging.disable_progress_bar()
                logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
                self._model = SentenceTransformer(str(self.spec.path), device="cpu")
            except Exception as exc:  # a broken install shows as many exception types
                raise ModelError(f"the model in {self.spec.path} could not be loaded ({type(exc).__name__}: "
                                 f"{str(exc)[:160]}): reinstall it") from exc
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        model = self._load()
        vectors = model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                               show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)


class HashEmbedder:
    """A deterministic stand-in for tests: bag of word stems hashed into a fixed number of dimensions.
    Texts sharing words are similar; nothing is loaded."""

    name = "hash-embedder"
    model_id = "hash-embedder-v1"

    def __init__(self, dimensions: int = 256) -> None:
        self.dimensions = dimensions

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z]{3,}", text.lower()):
                stem = word[:6]
                digest = hashlib.md5(stem.encode()).digest()
                out[row, int.from_bytes(digest[:4], "little") % self.dimensions] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out


class VectorCache(Protocol):
    def get_vectors(self, model_id: str, hashes: Sequence[str]) -> dict[str, np.ndarray]: ...

    def put_vectors(self, model_id: str, items: Sequence[tuple[str, np.ndarray]]) -> None: ...


@dataclass
class CachedEmbedder:
    """An embedder that asks the cache first and embeds only the texts it has never seen."""

    inner: Embedder
    cache: VectorCache
    computed: int = field(default=0)

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        hashes = [text_hash(t) for t in texts]
        found = self.cache.get_vectors(self.inner.model_id, hashes)
        missing = sorted({h: t for h, t in zip(hashes, texts) if h not in found}.items())
        if missing:
            vectors = self.inner.embed([t for _, t in missing])
            self.computed += len(missing)
            new = [(h, vectors[i]) for i, (h, _) in enumerate(missing)]
            self.cache.put_vectors(self.inner.model_id, new)
            found.update(new)
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([found[h] for h in hashes]).astype(np.float32)
