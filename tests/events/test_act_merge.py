"""The merge model (events/act_merge.py): its model file, features, decision rule, place in the chain, and the
step run end to end on a short synthetic text."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from tests.conftest import tree

from detente.events import act_merge
from detente.events.act_merge import (
    FEATURES,
    MergeModel,
    TriggerFacts,
    features,
    keeper,
    load_model,
    merge_events,
    trigger_facts,
    weights_hash,
)
from detente.events.lexicon import load_default
from detente.model import Article, Event, EventDate, EventMention, Explanation, Participant, SentenceRef, Span
from detente.pipeline import STEPS, ChainError, Coder, chain

NOUN = TriggerFacts(lemma="strike", nominal=True, definite=True, quoted=False)
VERB = TriggerFacts(lemma="strike", nominal=False, definite=False, quoted=False)
WORDS = load_default().words


def party(actor: str | None, country: str | None = None) -> Participant:
    return Participant(text=actor or "someone", actor=actor, code=country, country=country, sector=None)


def event(ident: str, cameo: str, start: int, sentence: int, source=(), target=(), confidence: float = 0.5,
          quad: int = 4, plover: str | None = "ASSAULT", date: str | None = None) -> Event:
    trigger = Span(text=f"word{start}", start=start, end=start + 6)
    where = SentenceRef(index=sentence, text=f"sentence {sentence}")
    return Event(id=ident, plover=plover, cameo=cameo, mode=None, context=[], source=list(source),
                 target=list(target), trigger=trigger, sentence=where, negated=False, modality="asserted",
                 historical=False, date=EventDate(text=date, value=date, granularity="day") if date else None,
                 location=None, attribution=None, quad_class=quad, goldstein=-10.0, confidence=confidence,
                 mentions=[EventMention(trigger=trigger, sentence=where)],
                 explanation=Explanation(lexicon=[], frame=None, status={}, sides=[]))


def model_on(name: str, weight: float = 8.0, threshold: float = 0.5, keep: str = "earlier") -> MergeModel:
    """A model that merges a pair exactly when feature ``name`` is on."""
    return MergeModel(coefficients=np.array([weight if f == name else 0.0 for f in FEATURES]),
                      intercept=-weight / 2, threshold=threshold, keep=keep)


def write(tmp_path, **changes) -> object:
    data = {"features": list(FEATURES), "coefficients": [0.0] * len(FEATURES), "intercept": 0.0,
            "threshold": 0.5, "keep": "earlier", **changes}
    path = tmp_path / "merge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# -- the model file ---------------------------------------------------------------------------------
def test_act_merge_model_file_round_trips(tmp_path):
    model = load_model(write(tmp_path, threshold=0.7, keep="confident"))
    assert model.threshold == 0.7 and model.keep == "confident"
    assert model.coefficients.shape == (len(FEATURES),)


@pytest.mark.parametrize(("changes", "message"), [
    ({"features": ["same_code"]}, "features are not those"),
    ({"coefficients": [0.0, 1.0]}, "2 coefficients"),
    ({"keep": "latest"}, "'keep' is 'latest'"),
    ({"threshold": "high"}, "not a merge model"),
])
def test_act_merge_model_file_errors_name_the_file(tmp_path, changes, message):
    path = write(tmp_path, **changes)
    with pytest.raises(ValueError, match=message) as error:
        load_model(path)
    assert str(path) in str(error.value)


def test_act_merge_unreadable_model_file_is_named(tmp_path):
    missing = tmp_path / "none.json"
    with pytest.raises(ValueError, match="cannot read the merge model"):
        load_model(missing)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json: cannot read"):
        load_model(broken)


def test_act_merge_shipped_model_matches_its_manifest():
    data = json.loads(act_merge.data_path().read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert data["sha256"] == weights_hash(data)
    assert data["keep"] in act_merge.KEEPERS
    assert {"wire_dev_rules", "wire_dev_merged_out_of_fold"} <= set(data["figures"])
    load_model()


# -- features ----------------------------------------------------------------------------------------
def test_act_merge_features_read_codes_sides_and_distance():
    a = event("a", "190", 0, 0, source=[party("RUS", "RUS")], target=[party("UKR", "UKR")], date="2021-05-03")
    b = event("b", "195", 40, 2, source=[party("RUSMIL", "RUS")], date="2021-05")
    x = dict(zip(FEATURES, features(a, b, VERB, NOUN)))
    assert x["related_codes"] == 1 and x["same_root"] == 1 and x["same_code"] == 0
    assert x["source_country_same"] == 1 and x["source_same"] == 0 and x["source_conflict"] == 0
    assert x["target_one_empty"] == 1 and x["reversed"] == 0
    assert x["distance_2_3"] == 1 and x["same_sentence"] == 0
    assert x["date_compatible"] == 1 and x["date_conflict"] == 0
    assert x["later_nominal"] == 1 and x["later_definite"] == 1 and x["earlier_lead"] == 1
    assert x["quad_4"] == 1


def test_act_merge_features_see_a_reversal():
    a = event("a", "190", 0, 0, source=[party("RUS", "RUS")], target=[party("UKR", "UKR")])
    b = event("b", "190", 40, 1, source=[party("UKR", "UKR")], target=[party("RUS", "RUS")])
    x = dict(zip(FEATURES, features(a, b, VERB, VERB)))
    assert x["reversed"] == 1 and x["source_conflict"] == 1 and x["parties_overlap"] == 1


def test_act_merge_trigger_facts_read_the_parse(blank_nlp):
    doc = tree(blank_nlp.language.vocab, """
        The     the     DET   DT   det    1 O
        strike  strike  NOUN  NN   nsubj  2 O
        killed  kill    VERB  VBD  ROOT   2 O
        five    five    NUM   CD   nummod 4 O
        people  people  NOUN  NNS  dobj   2 O
        .       .       PUNCT .    punct  2 O
    """)
    strike = event("a", "190", 4, 0)
    strike.trigger = Span(text="strike", start=4, end=10)
    facts = trigger_facts(doc, (), strike, WORDS)
    assert facts == TriggerFacts(lemma="strike", nominal=True, definite=True, quoted=False)
    killed = event("b", "190", 11, 0)
    killed.trigger = Span(text="killed", start=11, end=17)
    assert not trigger_facts(doc, (), killed, WORDS).nominal


@pytest.mark.parametrize(("word", "dep", "definite"), [("its", "poss", True), ("their", "poss", True),
                                                       ("a", "det", False), ("another", "det", False)])
def test_act_merge_trigger_facts_possessive_makes_the_noun_definite(blank_nlp, word, dep, definite):
    # "its raid" points back like "the raid" (possessive_det in words.tsv); "a raid" does not
    doc = tree(blank_nlp.language.vocab, f"""
        {word}  {word}  PRON  PRP$ {dep}  1 O
        raid    raid    NOUN  NN   ROOT   1 O
        .       .       PUNCT .    punct  1 O
    """)
    raid = event("a", "190", len(word) + 1, 0)
    raid.trigger = Span(text="raid", start=len(word) + 1, end=len(word) + 5)
    assert trigger_facts(doc, (), raid, WORDS).definite is definite


def test_act_merge_reads_its_definite_words_from_words_tsv():
    words = load_default().words
    assert {"its", "their", "his", "her"} <= words.possessive_det
    assert {"the", "this", "that", "these", "those"} <= words.definite_det


# -- the decision -------------------------------------------------------------------------------------
def test_act_merge_joins_a_restatement_and_keeps_every_mention():
    a = event("a", "190", 0, 0, source=[party("RUS", "RUS")])
    b = event("b", "190", 50, 3, source=[party("RUS", "RUS")])
    c = event("c", "190", 90, 4, source=[party("UKR", "UKR")])
    merged = merge_events(model_on("source_same"), [a, b, c], [VERB, NOUN, VERB], explain=True)
    assert [e.id for e in merged] == ["a", "c"]
    assert [m.trigger.start for m in merged[0].mentions] == [0, 50]
    assert merged[0].explanation.mentions == [
        "merged with event b ('word50', 190, sentence 3) by the merge model: p=0.98"]
    assert a.mentions == [a.mentions[0]]  # the input events are not changed


def test_act_merge_leaves_other_quad_classes_and_statements_apart():
    a = event("a", "190", 0, 0, source=[party("RUS", "RUS")])
    b = event("b", "120", 50, 1, source=[party("RUS", "RUS")], quad=3, plover="REJECT")
    c = event("c", "010", 80, 2, source=[party("RUS", "RUS")], quad=1, plover=None)
    model = MergeModel(coefficients=np.zeros(len(FEATURES)), intercept=5.0, threshold=0.5)
    assert [e.id for e in merge_events(model, [a, b, c], [VERB] * 3)] == ["a", "b", "c"]


def test_act_merge_under_the_threshold_keeps_both():
    a = event("a", "190", 0, 0)
    b = event("b", "190", 50, 1)
    assert len(merge_events(model_on("same_code", threshold=0.99, weight=2.0), [a, b], [VERB, VERB])) == 2


def test_act_merge_keeper_rules():
    sure = event("a", "190", 0, 0, confidence=0.4)
    surer = event("b", "190", 50, 1, confidence=0.8, target=[party("UKR", "UKR")])
    assert keeper(sure, surer, "earlier") is sure
    assert keeper(sure, surer, "confident") is surer
    assert keeper(surer, sure, "confident") is surer
    assert keeper(sure, surer, "sides") is surer
    merged = merge_events(model_on("same_code", keep="confident"), [sure, surer], [VERB, VERB])
    assert [e.id for e in merged] == ["b"]
    assert [m.trigger.start for m in merged[0].mentions] == [0, 50]


def test_act_merge_kept_event_without_a_date_takes_the_dated_ones():
    undated = event("a", "190", 0, 0, confidence=0.8, source=[party("RUS", "RUS")])
    dated = event("b", "190", 50, 2, confidence=0.3, source=[party("RUS", "RUS")], date="2025-03-04")
    [merged] = merge_events(model_on("source_same", keep="confident"), [undated, dated], [VERB, NOUN])
    assert merged.id == "a" and merged.date is not None and merged.date.value == "2025-03-04"
    other = event("c", "190", 90, 3, confidence=0.3, source=[party("RUS", "RUS")], date="2025-03-01")
    [kept] = merge_events(model_on("source_same", keep="confident"), [dated, other], [VERB, NOUN])
    assert kept.date is not None and kept.date.value == "2025-03-04"  # its own date stays


# -- the chain ----------------------------------------------------------------------------------------
def test_act_merge_step_runs_after_assemble_and_before_the_learned_layer():
    steps = chain(STEPS, merge=True, min_confidence=0.2)
    names = [s.name for s in steps]
    assert names[names.index("assemble") + 1] == "merge" and names[-1] == "floor"
    assert chain(steps, merge=True) == steps  # once only
    with pytest.raises(ChainError, match="'assemble'"):
        chain([s for s in STEPS if s.name != "assemble"], merge=True)


def test_act_merge_end_to_end_on_a_synthetic_text(nlp, coder, tmp_path):
    text = ("KYIV, May 4 - Russian forces shelled the Ukrainian city of Kharkiv on Monday, officials said. "
            "Ukraine's army said Russian artillery pounded Kharkiv again overnight.")
    article = Article(text=text, date=dt.date(2021, 5, 4))
    before = [e for e in coder.code(article).events if e.quad_class == 4]
    if len(before) < 2:
        pytest.skip("the rules gave this text fewer than two material-conflict events")
    path = write(tmp_path, intercept=6.0, keep="earlier")  # every pair of one quad class is one act
    merging = Coder(nlp=nlp, kb=coder.kb, lexicon=coder.lexicon, merge=path, explain=True)
    after = [e for e in merging.code(article).events if e.quad_class == 4]
    assert len(after) == 1
    starts = {m.trigger.start for e in before for m in e.mentions}
    assert {m.trigger.start for m in after[0].mentions} == starts
    assert any(line.startswith("merged with event ") and "by the merge model: p=" in line
               for line in after[0].explanation.mentions)
