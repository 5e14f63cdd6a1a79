"""The confidence function on hand-made evidence and hand-made models (no spaCy model, no data file),
and the evidence read off a hand-built candidate."""

import dataclasses
import json
import math

import pytest
from tests.conftest import tree

from detente.actors.refs import ActorRef
from detente.actors.resolve import DocActors
from detente.events.confidence import (
    FEATURES,
    ConfidenceError,
    ConfidenceModel,
    Evidence,
    confidence,
    evidence,
    load_model,
)
from detente.events.extract import Candidate
from detente.model import Mention, Participant


def _model(intercept: float, **coefficients: float) -> ConfidenceModel:
    return ConfidenceModel(features=FEATURES, coefficients=tuple(coefficients.get(n, 0.0) for n in FEATURES),
                           intercept=intercept)


def test_confidence_is_the_logistic_of_the_linear_score():
    model = _model(-1.0, verb=0.5, source_resolved=1.5, sources=0.25)
    strong = Evidence(verb=1.0, source_resolved=1.0, sources=2.0)
    # hand-computed: z = -1 + 0.5 + 1.5 + 0.25 * 2 = 1.5
    assert confidence(strong, model) == round(1 / (1 + math.exp(-1.5)), 3) == 0.818
    assert confidence(Evidence(), model) == round(1 / (1 + math.exp(1.0)), 3) == 0.269


def test_confidence_follows_the_sign_of_each_coefficient():
    model = _model(0.0, hypothetical=-2.0, specific=1.0)
    base = Evidence(specific=1.0)
    assert confidence(dataclasses.replace(base, hypothetical=1.0), model) < 0.5 < confidence(base, model)


def test_confidence_stays_inside_zero_and_one_on_extreme_scores():
    model = _model(0.0, sources=1000.0)
    assert 0.0 <= confidence(Evidence(sources=-3.0), model) < 0.001  # no overflow on a score of -3000
    assert 0.999 < confidence(Evidence(sources=3.0), model) <= 1.0


def test_confidence_evidence_of_a_candidate(blank_nlp):
    doc = tree(blank_nlp.language.vocab, """
        attack  attack  NOUN  NN  ROOT  0 O
    """)
    known = Participant(text="Kenya", actor="KEN", code="KEN", country="KEN", sector=None)
    unknown = Participant(text="gunmen", actor=None, code=None, country=None, sector=None)
    verb = Candidate(cameo="190", head=doc[0], specific=True, nominal=False, frame="intend")
    ev = evidence(verb, [known], [known, unknown], DocActors(), "hypothetical", negated=True, historical=False,
                  attributed=True, anonymous=True, quad_class=4)
    assert (ev.specific, ev.verb, ev.source_coded, ev.source_resolved, ev.combined_frame) == (1, 1, 1, 1, 1)
    assert (ev.has_target, ev.target_resolved, ev.sources, ev.targets) == (1, 1, 1, 2)
    assert (ev.hypothetical, ev.negated, ev.historical, ev.attributed, ev.anonymous) == (1, 1, 0, 1, 1)
    assert (ev.quad_material_conflict, ev.quad_verbal_conflict, ev.pronoun_doer, ev.same_country) == (1, 0, 0, 1)
    police = Participant(text="the police", actor="KENCOP", code="KENCOP", country="KEN", sector="COP")
    uganda = Participant(text="Uganda", actor="UGA", code="UGA", country="UGA", sector=None)
    assert evidence(verb, [police], [uganda, unknown], DocActors(), "asserted", negated=False, historical=False,
                    attributed=False, anonymous=False, quad_class=4).same_country == 0
    assert evidence(verb, [unknown], [known], DocActors(), "asserted", negated=False, historical=False,
                    attributed=False, anonymous=False, quad_class=4).same_country == 0  # no resolved source
    nominal = Candidate(cameo="190", head=doc[0], nominal=True)
    ev = evidence(nominal, [unknown], [], DocActors(), "question", negated=False, historical=True,
                  attributed=False, anonymous=False, quad_class=1)
    assert (ev.verb, ev.source_coded, ev.source_resolved, ev.has_target, ev.hypothetical) == (0, 0, 0, 0, 1)
    assert (ev.historical, ev.quad_material_conflict, ev.quad_material_cooperation) == (1, 0, 0)


def _ref(code: str) -> ActorRef:
    return ActorRef(key=code, name=code, code=code, country=code, sector=None, kind="country")


def test_confidence_evidence_of_how_the_sides_were_found(blank_nlp):
    # "Kenya accused it ." then "Tanzania met Uganda ." (hand-built parse): the target of "accused" is
    # a pronoun standing for Uganda, resolved from the next sentence; Tanzania is another party nearby
    doc = tree(blank_nlp.language.vocab, """
        Kenya     Kenya     PROPN  NNP  nsubj  1 B-GPE
        accused   accuse    VERB   VBD  ROOT   1 O
        it        it        PRON   PRP  dobj   1 O
        Burundi   Burundi   PROPN  NNP  npadvmod 1 B-GPE
        .         .         PUNCT  .    punct  1 O
        Tanzania  Tanzania  PROPN  NNP  nsubj  6 B-GPE
        met       meet      VERB   VBD  ROOT   6 O
        Uganda    Uganda    PROPN  NNP  dobj   6 B-GPE
        .         .         PUNCT  .    punct  6 O
    """)
    kenya, uganda, burundi, tanzania = _ref("KEN"), _ref("UGA"), _ref("BDI"), _ref("TZA")
    found = DocActors(sentences=list(doc.sents), by_token={0: kenya, 2: uganda, 3: burundi, 5: tanzania, 7: uganda},
                      sentence_of={i: (0 if i < 5 else 1) for i in range(len(doc))},
                      mentions={"UGA": [Mention("it", doc[2].idx, doc[2].idx + 2, 0, via="pronoun")],
                                "KEN": [Mention("Kenya", 0, 5, 0, via="nominal")]})
    accused = Candidate(cameo="112", head=doc[1], sources=((doc[0], kenya),), targets=((doc[2], uganda),))
    ev = evidence(accused, [], [], found, "asserted", negated=False, historical=False, attributed=False,
                  anonymous=False, quad_class=3)
    assert (ev.target_pronoun, ev.target_nominal, ev.source_nominal, ev.target_elsewhere) == (1, 0, 1, 0)
    assert ev.actors_nearby == 1  # Burundi; Tanzania is in the other sentence
    # the same target taken from the next sentence's mention of Uganda
    met_later = dataclasses.replace(accused, targets=((doc[7], uganda),))
    ev = evidence(met_later, [], [], found, "asserted", negated=False, historical=False, attributed=False,
                  anonymous=False, quad_class=3)
    assert (ev.target_pronoun, ev.target_elsewhere) == (0, 1)


def test_confidence_every_feature_is_a_field_of_evidence():
    assert set(FEATURES) == {f.name for f in dataclasses.fields(Evidence)}


def test_confidence_bad_model_file_is_named(tmp_path):
    path = tmp_path / "confidence.json"
    path.write_text(json.dumps({"features": ["verb", "shoe_size"], "coefficients": [1.0, 2.0], "intercept": 0}))
    with pytest.raises(ConfidenceError, match="confidence.json.*shoe_size"):
        load_model(path)
    path.write_text(json.dumps({"features": ["verb"], "coefficients": [1.0, 2.0], "intercept": 0}))
    with pytest.raises(ConfidenceError, match="1 features but 2 coefficients"):
        load_model(path)
    path.write_text("{")
    with pytest.raises(ConfidenceError, match="cannot read"):
        load_model(path)
