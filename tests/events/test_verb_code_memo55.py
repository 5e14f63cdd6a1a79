"""The extractor's memo of a verb's own code (events/extract.py, ``Extractor._code_verb``, session 55): the code,
triggers and specificity of a verb are read once per document and give the answer the rules read without the memo;
every caller gets a list of triggers of its own, and nothing is kept between documents (the memo lives on the
extractor, which codes one document; none on the class)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.extract import Extractor, countries
from detente.model import Article

pytestmark = pytest.mark.slow


def _extractor(coder, text: str):
    article = Article(text=text, date=dt.date(2022, 9, 12))
    doc = next(iter(coder.nlp.pipe([text])))
    found = coder.run(article, doc).actors
    return doc, Extractor(coder.knowledge.lexicon, found, countries(coder.knowledge, article.date))


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


def test_verb_code_memo_gives_the_rules_answer_in_a_list_of_its_own(coder):
    doc, extractor = _extractor(coder, "Chile expelled two Bolivian diplomats on Monday and recalled its envoy.")
    verb = _verb(doc, "expel")
    first = extractor._code_verb(verb)
    assert first == extractor._read_verb_code(verb) and first[0] is not None and first[1][0].i == verb.i
    first[1].append(doc[0])  # a caller adding to the triggers it was given
    second = extractor._code_verb(verb)
    assert second[1] is not first[1] and second == extractor._read_verb_code(verb)
    assert extractor._verb_codes is not None and set(extractor._verb_codes) == {verb.i}


def test_verb_code_memo_is_kept_per_document_not_on_the_class(coder):
    doc_a, a = _extractor(coder, "Chile expelled two Bolivian diplomats.")
    doc_b, b = _extractor(coder, "Chile praised two Bolivian diplomats.")
    verb_a, verb_b = doc_a[1], doc_b[1]
    assert verb_a.i == verb_b.i  # the same token index in both documents
    code_a, code_b = a._code_verb(verb_a)[0], b._code_verb(verb_b)[0]
    assert code_a is not None and code_b is not None and code_a != code_b
    assert code_a == a._read_verb_code(verb_a)[0] and code_b == b._read_verb_code(verb_b)[0]
    assert Extractor._verb_codes is None
