"""The embedding interface, the model registry and hash check, and the cache."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from stratalign.context import definitions, expand, priority_texts
from stratalign.embed import (
    CachedEmbedder,
    HashEmbedder,
    registry,
    resolve_model,
    verify,
)
from stratalign.errors import ModelError
from stratalign.models import Priority
from stratalign.store import MemoryStore

EXPECTED_SHA = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def test_registry_lists_the_default_model_with_its_hash():
    entries = registry()
    default = [e for e in entries if e.get("default")]
    assert default and default[0]["sha256"] == EXPECTED_SHA
    assert {"cluster", "supports", "partly"} <= set(default[0]["thresholds"])


def test_default_model_resolves_to_the_installed_package_and_verifies():
    spec = resolve_model(None)
    assert (spec.path / "model.safetensors").exists()
    verify(spec)  # raises if the weights were altered


def test_a_changed_model_is_refused(tmp_path):
    spec = resolve_model(None)
    copy = tmp_path / "model"
    shutil.copytree(spec.path, copy, ignore=shutil.ignore_patterns("model.safetensors"))
    (copy / "model.safetensors").write_bytes(b"not the weights")
    from stratalign.embed import ModelSpec

    tampered = ModelSpec(spec.name, copy, "model.safetensors", spec.sha256)
    with pytest.raises(ModelError, match="the model files were changed or damaged"):
        verify(tampered)


def test_a_folder_that_is_not_a_model_is_refused(tmp_path):
    with pytest.raises(ModelError, match="has no model.safetensors"):
        resolve_model(str(tmp_path))
    with pytest.raises(ModelError, match="neither a registered model"):
        resolve_model(str(tmp_path / "missing"))


def test_hash_embedder_is_deterministic_and_normalised():
    e = HashEmbedder()
    a = e.embed(["Reducing violent crime", "Tackling anti-social behaviour"])
    b = e.embed(["Reducing violent crime", "Tackling anti-social behaviour"])
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0)


class Counting(HashEmbedder):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def embed(self, texts):
        self.calls += len(texts)
        return super().embed(texts)


def test_cache_embeds_each_text_once():
    inner = Counting()
    store = MemoryStore()
    cached = CachedEmbedder(inner, store)
    first = cached.embed(["a b c text", "other words here", "a b c text"])
    assert inner.calls == 2
    again = CachedEmbedder(inner, store).embed(["other words here", "a b c text"])
    assert inner.calls == 2
    assert np.allclose(first[1], again[0]) and np.allclose(first[0], again[1])


def test_abbreviations_are_expanded_from_the_document_and_the_glossary():
    defs = definitions(["Our Violence Against Women and Girls (VAWG) strategy and the Night-Time Economy (NTE)."])
    assert defs["VAWG"] == "violence against women and girls"
    assert expand("Preventing and reducing VAWG", {}) == "Preventing and reducing violence against women and girls"
    assert expand("Reducing ASB in town centres", {}) == "Reducing anti-social behaviour in town centres"
    p = Priority(id="d#1", document="d.pdf", text="Tackling DA", page=1, description="Support for DA victims.")
    names, contexts = priority_texts([p], {})
    assert names == ["Tackling domestic abuse"]
    assert contexts[0].startswith("Tackling domestic abuse. Support for domestic abuse victims")
    _, with_title = priority_texts([p], {}, {"d.pdf": "VAWG Strategy"})
    assert with_title[0].startswith("Tackling domestic abuse. violence against women and girls Strategy. Support")
