"""The attacher's re-choice of a target the rules gave (events/attach.py; issue 11, "who did what to whom"):
for an act with a known target, the rules' choice is scored against the other actors of the act's sentence, and
replaced or dropped when the fitted model says so (docs/attach.md, "Re-choice of the rules' target").

The parses are built by hand from sentences written for these tests in agency style (synthetic); none comes from
a development set or a real article. No test here asserts accuracy: `scripts/fit_attach.py` measures it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import numpy as np
import pytest
from tests.conftest import tree
from tests.events.test_attach import judged_of

from detente.events import attach
from detente.model import Article
from detente.pipeline import Coder

# synthetic: "Chad imposed sanctions on Sudan after Libya's complaint."
SANCTIONS = """
    Chad      Chad      PROPN NNP nsubj 1 B-GPE
    imposed   impose    VERB  VBD ROOT  1 O
    sanctions sanction  NOUN  NNS dobj  1 O
    on        on        ADP   IN  prep  2 O
    Sudan     Sudan     PROPN NNP pobj  3 B-GPE
    after     after     ADP   IN  prep  1 O
    Libya     Libya     PROPN NNP poss  8 B-GPE
    's        's        PART  POS case  6 O
    complaint complaint NOUN  NN  pobj  5 O
    .         .         PUNCT .   punct 1 O
"""


def sanctioning(judged):
    return next(item for item in judged.judged if item.candidate.head.lemma_ == "impose")


def rechoose_with(weights: dict[str, float], intercept: float = 0.0, replace: float = 1.1,
                  drop: float = 0.0) -> attach.RechooseModel:
    coefficients = np.zeros(len(attach.RECHOOSE_FEATURES))
    for name, value in weights.items():
        coefficients[attach.RECHOOSE_FEATURES.index(name)] = value
    return attach.RechooseModel(coefficients=coefficients, intercept=intercept, replace_threshold=replace,
                                drop_threshold=drop)


def model_with(rechoose: attach.RechooseModel | None) -> attach.AttachModel:
    # the option model never attaches (its threshold is out of reach): only the re-choice acts
    return attach.AttachModel(features=attach.FEATURES, coefficients=np.zeros(len(attach.FEATURES)),
                              intercept=0.0, threshold=2.0, rechoose=rechoose)


def known_codes(item) -> list[str | None]:
    return [ref.code for _, ref in item.candidate.targets if ref.code]


def test_rechoice_decision_rule():
    model = rechoose_with({}, replace=0.6, drop=0.2)
    assert attach.rechoice(model, 0.5, 0.7) == "replace"
    assert attach.rechoice(model, 0.8, 0.7) == "keep"  # another option must beat the rules' choice
    assert attach.rechoice(model, 0.1, 0.5) == "drop"  # none reaches the replace threshold, the rules' is unlikely
    assert attach.rechoice(model, 0.1, None) == "drop"
    assert attach.rechoice(model, 0.3, None) == "keep"
    assert attach.rechoice(rechoose_with({}), 0.0, 0.99) == "keep"  # the defaults: never replace, never drop


def test_rechoice_rows_mark_the_rules_choice(blank_coder):
    judged = judged_of(blank_coder, SANCTIONS)
    item = sanctioning(judged)
    assert known_codes(item) == ["SDN"]
    assert attach.wants_rechoice(item.candidate) and not attach.wants_target(item.candidate)
    options, rules, x = attach.rechoice_rows(item.candidate, item.status, judged.actors, judged.quotes)
    assert [o.ref.code for o in options] == ["SDN", "LBY"] and rules == [True, False]
    sudan, libya = (dict(zip(attach.RECHOOSE_FEATURES, row)) for row in x)
    assert sudan["rules_choice"] == 1 and libya["rules_choice"] == 0
    assert sudan["via_name"] == 1 and sudan["rules_via_pronoun"] == 0 and sudan["rules_elsewhere"] == 0
    assert sudan["prep_on"] == 1 and libya["possessor"] == 1 and libya["rules_possessor"] == 0
    assert sudan["source_party"] == 0 and sudan["source_country"] == 1  # the doer, Chad, is a country
    assert sudan["rules_act_root_16"] == 1 and libya["rules_act_root_16"] == 0  # sanctions: CAMEO 16, on the rules'


def test_rechoice_adds_the_rules_target_found_elsewhere(blank_coder):
    judged = judged_of(blank_coder, SANCTIONS)
    item = sanctioning(judged)
    sudan = item.candidate.targets[0][0]
    # the rules' target as if named in another sentence: not among the sentence's options, added as the rules'
    far = dataclasses.replace(item.candidate, targets=((judged.doc[6], judged.actors.by_token[6]),))
    options, rules, _ = attach.rechoice_rows(far, item.status, judged.actors, judged.quotes)
    assert rules.count(True) == 1 and options[rules.index(True)].ref.code == "LBY"
    assert sudan.i in [o.token.i for o in options]


def test_rechoice_replaces_the_rules_target_and_says_why(blank_coder):
    judged = judged_of(blank_coder, SANCTIONS)
    model = model_with(rechoose_with({"possessor": 4.0, "rules_choice": -2.0}, replace=0.5))
    item = sanctioning(attach.attach_with(model, judged, explain=True))
    assert known_codes(item) == ["LBY"]
    assert item.status.rules["target"] == "target re-chosen by the attacher: p=0.98, rules' choice p=0.12"


def test_rechoice_drops_an_unlikely_target_and_keeps_its_words(blank_coder):
    judged = judged_of(blank_coder, SANCTIONS)
    model = model_with(rechoose_with({}, intercept=-3.0, replace=0.5, drop=0.2))
    item = sanctioning(attach.attach_with(model, judged, explain=True))
    assert known_codes(item) == []
    [(token, ref)] = item.candidate.targets
    assert token.text == "Sudan" and ref.kind == "unresolved" and ref.code is None
    assert item.status.rules["target"] == "target dropped by the attacher: rules' choice p=0.05"


def test_rechoice_keeps_the_rules_target_when_confident_or_absent(blank_coder):
    judged = judged_of(blank_coder, SANCTIONS)
    before = sanctioning(judged).candidate.targets
    for model in (model_with(rechoose_with({}, intercept=3.0, replace=0.5, drop=0.2)), model_with(None)):
        assert sanctioning(attach.attach_with(model, judged)).candidate.targets == before


def rechoose_data(**change) -> dict:
    data = {"features": list(attach.FEATURES), "intercept": 0.0, "threshold": 2.0,
            "coefficients": [0.0] * len(attach.FEATURES),
            "rechoose": {"features": list(attach.RECHOOSE_FEATURES), "intercept": -3.0,
                         "coefficients": [0.0] * len(attach.RECHOOSE_FEATURES),
                         "replace_threshold": 0.5, "drop_threshold": 0.2}}
    data["rechoose"].update(change)
    return data


def test_rechoice_model_round_trips_and_is_hashed(tmp_path):
    path = tmp_path / "attach.json"
    data = rechoose_data()
    path.write_text(json.dumps(data), encoding="utf-8")
    model = attach.load_model(path)
    assert model.rechoose is not None and model.rechoose.drop_threshold == 0.2
    assert model.rechoose.coefficients.shape == (len(attach.RECHOOSE_FEATURES),)
    before = attach.weights_hash(data)
    data["rechoose"]["drop_threshold"] = 0.3
    assert attach.weights_hash(data) != before  # the hash covers the re-choice


@pytest.mark.parametrize("change, message", [
    ({"features": ["a"]}, "re-choice features"),
    ({"coefficients": [0.0]}, "a coefficient per feature"),
    ({"drop_threshold": "low"}, "drop_threshold"),
])
def test_rechoice_malformed_model_is_refused_with_the_files_name(tmp_path, change, message):
    path = tmp_path / "attach.json"
    path.write_text(json.dumps(rechoose_data(**change)), encoding="utf-8")
    with pytest.raises(ValueError, match=message) as error:
        attach.load_model(path)
    assert str(path) in str(error.value)


def test_rechoice_explained_through_the_coder(blank_coder, tmp_path):
    path = tmp_path / "attach.json"
    path.write_text(json.dumps(rechoose_data()), encoding="utf-8")
    coder = Coder(nlp=blank_coder.nlp, kb=blank_coder.kb, lexicon=blank_coder.lexicon, attach=path, explain=True)
    doc = tree(coder.nlp.language.vocab, SANCTIONS)
    result = coder.code_doc(Article(text=doc.text, date=dt.date(2021, 5, 4)), doc)
    [event] = [e for e in result.events if e.trigger.text.startswith("imposed")]
    assert [p.text for p in event.target] == ["Sudan"] and not any(p.actor for p in event.target)
    assert event.explanation.status["target"].startswith("target dropped by the attacher: rules' choice p=")
    off = Coder(nlp=blank_coder.nlp, kb=blank_coder.kb, lexicon=blank_coder.lexicon, attach=False)
    [plain] = [e for e in off.code_doc(Article(text=doc.text, date=dt.date(2021, 5, 4)), doc).events
               if e.trigger.text.startswith("imposed")]
    assert [p.code for p in plain.target if p.actor] == ["SDN"]  # --no-attach: the rules' target stays
