"""The extractor's memos of a verb's doers and of the actors a phrase stands for (events/doers.py,
``DoerRules.subjects`` and ``actors_at``): each is worked out once per document and gives the answer the
rules give without the memo, every caller gets a list of its own, and nothing is kept between documents
(the memos live on the extractor, which codes one document; none on the class)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.doers import DoerRules
from detente.events.extract import Extractor, countries
from detente.model import Article

pytestmark = pytest.mark.slow


def _extractor(coder, text: str):
    article = Article(text=text, date=dt.date(2021, 5, 4))
    doc = next(iter(coder.nlp.pipe([text])))
    found = coder.run(article, doc).actors
    return doc, Extractor(coder.knowledge.lexicon, found, countries(coder.knowledge, article.date))


def _keys(sides) -> list[str]:
    return [ref.key for _, ref in sides]


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


def test_doers_subjects_memo_gives_the_rules_answer_in_a_list_of_its_own(coder):
    doc, extractor = _extractor(coder, "Kenya and Uganda signed a trade agreement in Nairobi on Tuesday.")
    verb = _verb(doc, "sign")
    first = extractor.subjects(verb)
    assert len(first) == 2 and first == extractor._subjects(verb, 0)
    first.extend(extractor.subjects(verb))  # a caller adding to the list it was given
    second = extractor.subjects(verb)
    assert second is not first and second == extractor._subjects(verb, 0) and len(second) == 2


def test_doers_actors_at_memo_gives_the_rules_answer_in_a_list_of_its_own(coder):
    doc, extractor = _extractor(coder, "Kenya and Uganda signed a trade agreement in Nairobi on Tuesday.")
    kenya = next(t for t in doc if t.text == "Kenya")
    first = extractor.actors_at(kenya)
    assert len(first) == 2 and first == extractor._actors_at(kenya, 0)
    first.clear()
    assert extractor.actors_at(kenya) == extractor._actors_at(kenya, 0) != []


def test_doers_memos_are_kept_per_document_not_on_the_class(coder):
    doc_a, a = _extractor(coder, "Kenya accused Uganda of arming rebels.")
    doc_b, b = _extractor(coder, "France accused Germany of arming rebels.")
    verb_a, verb_b = _verb(doc_a, "accuse"), _verb(doc_b, "accuse")
    assert verb_a.i == verb_b.i  # the same token index in both documents
    assert _keys(a.subjects(verb_a)) != _keys(b.subjects(verb_b))
    assert _keys(a.subjects(verb_a)) == _keys(a._subjects(verb_a, 0))
    assert _keys(b.subjects(verb_b)) == _keys(b._subjects(verb_b, 0))
    assert DoerRules._subjects_of is None and DoerRules._actors_of is None


def test_doers_parties_of_others_named_are_kept_per_document_not_on_the_class(coder):
    from detente.events.participants import ParticipantRules

    doc_a, a = _extractor(coder, "Kenya accused Uganda of arming rebels.")
    doc_b, b = _extractor(coder, "France accused Germany of arming rebels.")
    verb_a, verb_b = _verb(doc_a, "accuse"), _verb(doc_b, "accuse")
    kenya, uganda = a.actors_at(doc_a[0]), a.actors_at(doc_a[2])
    france, germany = b.actors_at(doc_b[0]), b.actors_at(doc_b[2])
    assert kenya and uganda and france and germany
    assert a.others_named(verb_a, uganda) and not a.others_named(verb_a, kenya)
    assert a.others_named(verb_a, uganda) and not a.others_named(verb_a, kenya)  # asked again: from the memo
    # the same verb index in the other document: its own doers (France), not those kept for the first
    assert b.others_named(verb_b, germany) and not b.others_named(verb_b, france)
    assert ParticipantRules._doer_parties is None
