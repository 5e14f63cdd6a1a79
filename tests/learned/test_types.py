"""The event-type model learned from the team's articles (detente.learned.types): the re-typing decision,
its application to an article, the artefact's manifest entry, and a layer without it left as it was."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from detente import learned
from detente.events import cameo
from detente.learned import types
from detente.learned.types import CLASSES, NONE, EventView, decide_type, retype_coded
from detente.model import CodedArticle, Event, Participant, SentenceRef, Span

FOLDER = learned.default_folder()
MANIFEST = json.loads((FOLDER / "MANIFEST.json").read_text(encoding="utf-8"))


def _p(**shares: float) -> np.ndarray:
    """A probability row over CLASSES from the named shares; the rest spread evenly."""
    p = np.zeros(len(CLASSES))
    for name, share in shares.items():
        p[CLASSES.index(name)] = share
    rest = [i for i, name in enumerate(CLASSES) if name not in shares]
    p[rest] = (1.0 - sum(shares.values())) / len(rest)
    return p


R = CLASSES.index


def test_types_decide_retypes_only_when_the_new_type_is_sure_and_the_rules_type_unlikely():
    p = _p(ACCUSE=0.7, REQUEST=0.1)
    assert decide_type(p, R("REQUEST"), threshold=0.6, keep=0.2) == R("ACCUSE")
    assert decide_type(p, R("REQUEST"), threshold=0.8, keep=0.2) == R("REQUEST")  # not sure enough
    assert decide_type(p, R("REQUEST"), threshold=0.6, keep=0.05) == R("REQUEST")  # the rules' type too likely
    assert decide_type(p, R("ACCUSE"), threshold=0.6, keep=0.2) == R("ACCUSE")  # already the rules' type


def test_types_decide_never_retypes_to_none_and_drops_only_at_its_limit():
    p = _p(NONE=0.75, ASSAULT=0.15, COERCE=0.02)
    assert decide_type(p, R("COERCE"), threshold=0.1, keep=0.5) == R("ASSAULT")  # NONE is not a type
    assert decide_type(p, R("COERCE"), threshold=0.1, keep=0.5, drop=0.7) is None
    assert decide_type(p, R("COERCE"), threshold=0.9, keep=0.5, drop=0.8) == R("COERCE")


def _event(code: str, start: int) -> Event:
    entry = cameo.lookup(code)
    return Event(id="e", plover=entry.plover, cameo=entry.code, mode=entry.mode, context=list(entry.context),
                 source=[Participant(text="Chad", actor="TCD", code="TCD", country="TCD", sector=None)],
                 target=[Participant(text="Niger", actor="NER", code="NER", country="NER", sector=None)],
                 trigger=Span(text="x", start=start, end=start + 1), sentence=SentenceRef(index=0, text="s"),
                 negated=False, modality="asserted", historical=False, date=None, location=None,
                 attribution=None, quad_class=entry.quad_class, goldstein=entry.goldstein, confidence=0.5)


class Table:
    """The parts of EventTypeModel that retype_coded reads."""

    threshold, keep, drop = 0.6, 0.2, 0.9
    code_for = types.EventTypeModel.code_for

    def __init__(self):
        self.codes = {("urge", "ACCUSE"): "112"}
        self.defaults = {"ACCUSE": "110", "ASSAULT": "190", "CONSULT": "040"}


def _coded(*events: Event) -> CodedArticle:
    return CodedArticle(id="a1", title=None, date=None, text="Chad urged Niger to stop.", events=list(events))


def _view(index: int, lemma: str) -> EventView:
    return EventView(index=index, words=(lemma,), sentence="s", window="w")


def test_types_retype_takes_the_lexicon_code_then_the_types_usual_code():
    coded = _coded(_event("100", 5), _event("100", 12), _event("042", 20))
    views = [_view(0, "urge"), _view(1, "press"), _view(2, "visit")]
    p = np.stack([_p(ACCUSE=0.8, REQUEST=0.05), _p(ACCUSE=0.8, REQUEST=0.05), _p(CONSULT=0.5)])
    out = retype_coded(coded, views, p, Table())
    assert [e.cameo for e in out.events] == ["112", "110", "042"]  # the lexicon's code, the usual code, kept
    first = out.events[0]
    assert (first.plover, first.quad_class) == (cameo.lookup("112").plover, cameo.lookup("112").quad_class)
    assert first.id == learned.event_id("a1", first, "112") != coded.events[0].id
    assert first.source == coded.events[0].source and first.trigger == coded.events[0].trigger


def test_types_retype_drops_and_keeps_the_article_when_nothing_changes():
    coded = _coded(_event("190", 5), _event("112", 12))
    views = [_view(0, "shell"), _view(1, "accuse")]
    sure = np.stack([_p(ASSAULT=0.9), _p(ACCUSE=0.9)])
    assert retype_coded(coded, views, sure, Table()) is coded
    spurious = np.stack([_p(NONE=0.95), _p(ACCUSE=0.9)])
    assert [e.cameo for e in retype_coded(coded, views, spurious, Table()).events] == ["112"]


def test_types_classes_are_the_plover_types_then_none():
    assert CLASSES[:NONE] == cameo.PLOVER_TYPES and CLASSES[NONE] == "NONE"


@pytest.mark.skipif(not (FOLDER / types.FILE).is_file(), reason="no event-type model shipped")
def test_types_manifest_entry_is_the_shipped_models():
    data = (FOLDER / types.FILE).read_bytes()
    assert MANIFEST["files"][types.FILE]["sha256"] == hashlib.sha256(data).hexdigest()
    entry = MANIFEST["event_types"]
    model = types.EventTypeModel(FOLDER / types.FILE)
    assert (entry["threshold"], entry["keep"], entry["drop"]) == pytest.approx(
        (model.threshold, model.keep, model.drop), abs=1e-6)
    assert model.weights.shape == (len(CLASSES), types.RULE_WIDTH + 2 * 256)
    assert entry["training_data"]["path"] == "eval/wire/dev" and "overstate" in entry["protocol"]
    assert all(cameo.lookup(code).plover == plover for plover, code in model.defaults.items())
    assert all(cameo.lookup(code).plover == plover for (_, plover), code in model.codes.items())


def test_types_a_layer_without_the_type_model_has_none(tmp_path):
    for name in ("classifier.npz", "retype.json", "encoder.json", "static.npz", "static_tokenizer.json"):
        (tmp_path / name).write_bytes((FOLDER / name).read_bytes())
    assert learned.LearnedModel(tmp_path).types is None
