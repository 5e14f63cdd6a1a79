"""The coder's chain of steps: checked once when built, and a failing step is named (pipeline.py)."""

import dataclasses

import pytest

from detente.model import Article
from detente.pipeline import STEPS, ChainError, Coder, Step, StepError, check_chain
from detente.records import Assembled, Extracted, Found, Grouped, Judged, Parsed, Quoted


def test_pipeline_default_chain_is_consistent():
    check_chain(STEPS)
    assert [s.name for s in STEPS] == ["actors", "quotes", "events", "status", "acts", "assemble"]
    assert [(s.requires, s.makes) for s in STEPS] == [
        (Parsed, Found), (Found, Quoted), (Quoted, Extracted), (Extracted, Judged), (Judged, Grouped),
        (Grouped, Assembled)]


def test_pipeline_misdeclared_chain_raises_at_construction():
    # "events" before "quotes": the coder refuses to be built (before it loads any model)
    swapped = (STEPS[0], STEPS[2], STEPS[1], *STEPS[3:])
    with pytest.raises(ChainError, match=r"step 'events' requires Quoted, but step 'actors' makes Found"):
        Coder(steps=swapped)


def test_pipeline_chain_must_end_in_a_coded_article():
    with pytest.raises(ChainError, match=r"the last step, 'status', makes Judged, not Assembled"):
        check_chain(STEPS[:4])
    with pytest.raises(ChainError, match=r"requires Found, but parsing makes Parsed"):
        check_chain(STEPS[1:])
    with pytest.raises(ChainError, match="at least one step"):
        check_chain(())


def test_pipeline_failing_step_is_named(coder):
    def boom(record, knowledge):
        raise ValueError("no way")

    steps = (*STEPS[:3], Step("status", Extracted, Judged, boom), *STEPS[4:])
    broken = Coder(nlp=coder.nlp, kb=coder.kb, lexicon=coder.lexicon, steps=steps)
    with pytest.raises(StepError, match=r"step 'status' failed on article x1: ValueError: no way") as info:
        broken.code(Article(text="Kenya and Ethiopia signed a border accord.", id="x1"))
    assert info.value.step == "status" and isinstance(info.value.error, ValueError)


def test_pipeline_step_that_makes_the_wrong_record_is_named(coder):
    lying = dataclasses.replace(STEPS[1], run=lambda record, knowledge: record)  # returns Found, not Quoted
    broken = Coder(nlp=coder.nlp, kb=coder.kb, lexicon=coder.lexicon, steps=(STEPS[0], lying, *STEPS[2:]))
    with pytest.raises(StepError, match=r"step 'quotes' failed on article x2: TypeError: made Found, declared Quoted"):
        broken.code(Article(text="Kenya and Ethiopia signed a border accord.", id="x2"))


def test_pipeline_records_are_frozen(coder):
    doc = coder.nlp.parse("Kenya and Ethiopia signed a border accord.")
    parsed = Parsed(article=Article(text=doc.text), doc=doc)
    found = STEPS[0].run(parsed, coder.knowledge)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.actors = None
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.actors.refs = {}


class _Model:  # stands for a LearnedModel: the chain only wraps it in the step
    pass


def test_pipeline_optional_steps_go_where_they_belong():
    from detente.pipeline import chain

    model = _Model()
    names = [s.name for s in chain(STEPS, attach=True, learned=model)]
    assert names == ["actors", "quotes", "events", "status", "attach", "acts", "assemble", "learned"]
    assert [s.name for s in chain()] == [s.name for s in STEPS]  # nothing asked for, nothing added
    assert [s.name for s in chain(learned=model)][-2:] == ["assemble", "learned"]
    built = chain(STEPS, attach=True, learned=model)
    assert chain(built, attach=True, learned=model) == built  # a step the chain has is not added twice


def test_pipeline_optional_step_without_its_place_is_refused():
    from detente.pipeline import chain

    with pytest.raises(ChainError, match=r"step 'attach' runs after step 'status', and this chain has none"):
        chain([s for s in STEPS if s.name != "status"], attach=True)
    with pytest.raises(ChainError, match=r"step 'learned' runs after step 'assemble'"):
        chain(STEPS[:4], learned=_Model())


def test_pipeline_coder_and_make_coder_build_the_same_chain(blank_coder):
    # Coder(attach=..., learned=...) and make_coder(attach=True) go through pipeline.chain: same steps
    from detente import api
    from detente.pipeline import chain

    model = _Model()
    coder = Coder(nlp=blank_coder.nlp, kb=blank_coder.kb, lexicon=blank_coder.lexicon, attach=True, learned=model)
    expected = chain(STEPS, attach=True, learned=model)
    assert [(s.name, s.requires, s.makes) for s in coder.steps] == [(s.name, s.requires, s.makes) for s in expected]
    assert coder.learned is model
    made = api.make_coder(kb=blank_coder.kb, attach=True)
    assert [s.name for s in made.steps] == [s.name for s in chain(STEPS, attach=True)]
    # the attacher is on by default (docs/attach.md), off when asked; the learned layer is off by default
    assert [s.name for s in api.make_coder(kb=blank_coder.kb).steps] == [s.name for s in chain(STEPS, attach=True)]
    assert [s.name for s in api.make_coder(kb=blank_coder.kb, attach=False).steps] == [s.name for s in STEPS]
    assert [s.name for s in Coder(nlp=blank_coder.nlp, kb=blank_coder.kb).steps] == \
        [s.name for s in chain(STEPS, attach=True)]


def test_pipeline_floor_goes_last_and_drops_only_the_unconfident(coder):
    # the step "floor" (Coder(min_confidence=...)) runs after every other step, the learned layer
    # included, and keeps exactly the events at least that confident
    from detente.pipeline import chain, drop_unconfident

    names = [s.name for s in chain(STEPS, learned=_Model(), min_confidence=0.3)]
    assert names[-3:] == ["assemble", "learned", "floor"]
    assert [s.name for s in chain(min_confidence=0.0)][-1] == "floor"
    with pytest.raises(ValueError, match="between 0 and 1"):
        chain(min_confidence=1.5)
    text = ("Kenya and Ethiopia signed a border accord on Monday. Ethiopia accused Eritrea of shelling "
            "its border posts.")
    record = coder.run(Article(text=text, id="f1"), coder.nlp.parse(text))
    confidences = sorted(e.confidence for e in record.coded.events)
    assert len(confidences) >= 2 and confidences[0] < confidences[-1]
    middle = (confidences[0] + confidences[-1]) / 2
    kept = drop_unconfident(record, coder.knowledge, min_confidence=middle)
    assert [e.id for e in kept.coded.events] == [e.id for e in record.coded.events if e.confidence >= middle]
    assert kept.coded.actors == record.coded.actors and kept.coded.text == record.coded.text
    assert drop_unconfident(record, coder.knowledge, min_confidence=0.0) is record
    floored = Coder(nlp=coder.nlp, kb=coder.kb, lexicon=coder.lexicon, min_confidence=middle)
    assert [e.id for e in floored.code(Article(text=text, id="f1")).events] == [e.id for e in kept.coded.events]
