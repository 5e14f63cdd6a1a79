"""The build scripts of the learned layer (model/, `make model`) that run in the project's .venv: what
they read from the package's data must keep working as the data grows (no torch, no ../shared here)."""

import importlib.util
from pathlib import Path

from detente.events import cameo

ROOT = Path(__file__).resolve().parents[2]


def _featurize():
    spec = importlib.util.spec_from_file_location("featurize", ROOT / "model" / "featurize.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_lemma_codes_skip_the_senses_that_code_nothing():
    # verbs.tsv has bare lines coded "-" (a sense that is no act: "vow" alone); the build read "-" as a
    # CAMEO code and stopped with a KeyError, so `make model` could not run
    codes = _featurize().lemma_codes()
    assert codes, "no lemma read from verbs.tsv"
    assert "vow" not in codes
    assert all(code in cameo.table() for by_quad in codes.values() for code in by_quad.values())
    assert codes["condemn"][3].startswith("1")  # a verb coded alone keeps its code in its class


def test_build_silver_label_types_a_sentence_only_when_its_acts_agree():
    # `model/featurize.py --silver-typed`: a sentence of an annotated article becomes a typed row only when
    # every act stated in it is of one class (PLOVER's quad table, as the development labels) and none is
    # negated; a sentence with no act is a "no event" row (5) either way
    from types import SimpleNamespace as Act

    label = _featurize().silver_label
    sanction, summons, strike = Act(cameo="163", negated=False), Act(cameo="114", negated=False), \
        Act(cameo="190", negated=False)
    assert label([], typed=False) == 5 and label([], typed=True) == 5
    assert label([summons], typed=False) is None  # untyped build: sentences with acts are left out
    assert label([summons, sanction], typed=True) == 3  # a sanction is verbal conflict in the labels
    assert label([summons, strike], typed=True) is None  # two classes: no one label
    assert label([Act(cameo="190", negated=True)], typed=True) is None
    assert label([strike], typed=True) == 4
