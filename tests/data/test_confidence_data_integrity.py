"""Integrity of the shipped confidence model (src/detente/data/confidence.json, made by
scripts/fit_confidence.py): it loads, names every feature once, and carries its manifest."""

import hashlib
import json
import re
from pathlib import Path

from detente.events.confidence import DEFAULT_PATH, FEATURES, load_model

ROOT = Path(__file__).resolve().parents[2]


def _data() -> dict:
    return json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))


def test_confidence_data_loads_with_every_feature_once():
    model = load_model()
    assert sorted(model.features) == sorted(FEATURES) and len(set(model.features)) == len(FEATURES)
    assert all(abs(c) < 20 for c in model.coefficients) and abs(model.intercept) < 20


def test_confidence_data_manifest_names_its_data_and_figures():
    data = _data()
    assert data["data"]["path"] == "eval/wire/dev"  # never the aside (test) set
    assert re.fullmatch(r"[0-9a-f]{64}", data["data"]["sha256"])
    assert data["fit"]["seed"] == 0 and data["fit"]["l2"] > 0
    for part in ("in_sample", "cross_validated"):
        figures = data["figures"][part]
        assert 0 < figures["right"] < figures["events"]
        assert 0 <= figures["mean_confidence_wrong"] <= 1 and 0 <= figures["mean_confidence_right"] <= 1


def test_confidence_data_hash_matches_the_dev_articles():
    dev = ROOT / "eval" / "wire" / "dev"
    files = sorted(dev.glob("*.gold.json"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    # a changed dev set needs a refit: make confidence
    assert _data()["data"] == {"path": "eval/wire/dev", "files": len(files), "sha256": digest.hexdigest()}
