"""Integrity of the shipped attacher (src/detente/data/attach.json, made by scripts/fit_attach.py): it loads,
its weights are those its sha256 names, and its manifest names its data (never the aside set) and figures."""

import hashlib
import json
import re
from pathlib import Path

import pytest

from detente.events.attach import FEATURES, GATE_FEATURES, RULES, data_path, load_model, weights_hash

ROOT = Path(__file__).resolve().parents[2]
BIO = ROOT.parent / "shared" / "data" / "dev" / "cameo_actorspans_train.bio"


def _data() -> dict:
    return json.loads(data_path().read_text(encoding="utf-8"))


def test_attach_data_loads_with_its_features():
    model = load_model()
    assert model.features == FEATURES and model.coefficients.shape == (len(FEATURES),)
    assert 0 < model.threshold < 1 and all(abs(c) < 20 for c in model.coefficients)


def test_attach_data_has_its_gate():
    model, data = load_model(), _data()
    assert data["gate"]["features"] == list(GATE_FEATURES) and model.gate is not None
    assert model.gate.coefficients.shape == (len(GATE_FEATURES),) and all(abs(c) < 20 for c in model.gate.coefficients)
    assert 0 <= model.gate.threshold < 1 and model.gate.rule in RULES
    # the chosen rule is one of the sweep's, with the figures the sweep gave it
    chosen = [s for s in data["figures"]["through_the_code"]["gate_sweep"]
              if (s["rule"], s["threshold"], s["gate_threshold"]) == (model.gate.rule, model.threshold,
                                                                       model.gate.threshold)]
    assert len(chosen) == 1
    assert chosen[0]["wire_dev"] == data["figures"]["through_the_code"]["wire_dev_gated_out_of_fold"]


def test_attach_data_hash_matches_its_weights():
    data = _data()
    assert re.fullmatch(r"[0-9a-f]{64}", data["sha256"]) and data["sha256"] == weights_hash(data)


def test_attach_data_manifest_names_its_data_and_figures():
    data = _data()
    assert data["data"]["wire"]["path"] == "eval/wire/dev"  # never the aside (test) set
    assert data["data"]["bio"]["path"].endswith("cameo_actorspans_train.bio")
    assert data["fit"]["seed"] == 0 and data["fit"]["l2"] > 0 and data["fit"]["folds"] == 5
    for part in ("bio", "wire"):
        figures = data["figures"]["cross_validated"][part]
        assert 0 < figures["acts_with_a_right_option"] <= figures["acts"] <= figures["options"]
        assert figures["acts_with_a_right_option"] <= figures["gate"]["positive"] < figures["gate"]["acts"]
        assert figures["gate"]["acts"] == figures["acts"]
    assert {"wire_dev_rules", "wire_dev_attacher_out_of_fold", "bio_rules", "bio_attacher_out_of_fold",
            "wire_dev_gated_out_of_fold", "bio_gated_out_of_fold", "gate_sweep"} \
        <= set(data["figures"]["through_the_code"])


def test_attach_data_hash_matches_the_dev_articles():
    dev = ROOT / "eval" / "wire" / "dev"
    files = sorted(dev.glob("*.gold.json"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    # a changed dev set needs a refit: scripts/fit_attach.py
    assert _data()["data"]["wire"]["sha256"] == digest.hexdigest()


@pytest.mark.skipif(not BIO.exists(), reason="the development sentences (../shared) are not on this machine")
def test_attach_data_hash_matches_the_development_sentences():
    assert _data()["data"]["bio"]["sha256"] == hashlib.sha256(BIO.read_bytes()).hexdigest()
