"""The parties named in an event's sentence (events/confidence.py ``sentence_parties``), which the assemble step
works out once per sentence for all its events' evidence instead of once per event: the same set, and the same
evidence, as when ``evidence`` reads the sentence itself."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.confidence import evidence, sentence_parties
from detente.events.context import party
from detente.model import Article
from detente.records import Parsed

pytestmark = pytest.mark.slow

TEXT = ("Kenya and Uganda signed a trade agreement in Nairobi on Tuesday. Ethiopia accused Eritrea of "
        "sending troops across the border, and Somalia condemned the move.")


def _grouped(coder, text: str):
    article = Article(text=text, date=dt.date(2021, 5, 4))
    doc = next(iter(coder.nlp.pipe([text])))
    record = Parsed(article=article, doc=doc)
    for step in coder.steps:
        if step.name == "assemble":
            return record
        record = step.run(record, coder.knowledge)
    raise AssertionError("no assemble step")


def test_confidence_sentence_parties_are_the_known_actors_of_the_sentence(coder):
    found = _grouped(coder, TEXT).actors
    for index, sent in enumerate(found.sentences):
        expected = {party(ref) for i in range(sent.start, sent.end)
                    if (ref := found.by_token.get(i)) is not None and ref.code and ref.kind != "unresolved"}
        assert sentence_parties(found, index) == expected
    assert len(sentence_parties(found, 1)) >= 3  # Ethiopia, Eritrea, Somalia
    assert sentence_parties(found, len(found.sentences)) == frozenset()  # a sentence the doc does not have


def test_confidence_evidence_is_the_same_with_the_sentence_parties_given(coder):
    grouped = _grouped(coder, TEXT)
    found = grouped.actors
    assert grouped.acts
    for act in grouped.acts:
        candidate, status = act.judged.candidate, act.judged.status
        args = (candidate, [], [], found, status.modality, status.negated, status.historical, False, False, 3)
        assert evidence(*args, nearby=sentence_parties(found, candidate.sentence)) == evidence(*args)
