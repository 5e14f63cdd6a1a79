"""Speed (issue 12, session 62): work the rules did again and again, now done once, with the same answers.
``DoerRules._children`` reads the doc's Tokens from one list made on first use (not a Token looked up or made per
child); ``DateRules._tied_phrases`` reads the ``tied`` cue phrases, sorted with their last words, from a tuple made
once an article (not re-sorted and re-split once a sentence). Both live on the per-document objects."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dating import TIED_KINDS
from detente.events.extract import Extractor, countries
from detente.events.status import StatusJudge
from detente.model import Article

pytestmark = pytest.mark.slow

TEXT = ("Kenya and Uganda signed a trade agreement in Nairobi on Tuesday. During the visit, the two sides also "
        "agreed to reopen the border.")


def _parsed(coder, text: str):
    article = Article(text=text, date=dt.date(2021, 5, 4))
    doc = next(iter(coder.nlp.pipe([text])))
    return article, doc, coder.run(article, doc).actors


def test_speed62_children_are_the_docs_tokens_with_the_labels_in_order_in_a_list_of_their_own(coder):
    article, doc, found = _parsed(coder, TEXT)
    extractor = Extractor(coder.knowledge.lexicon, found, countries(coder.knowledge, article.date))
    verb = next(t for t in doc if t.lemma_ == "sign")
    first = extractor._children(verb, ("nsubj", "dobj", "prep"))
    assert [t.i for t in first] == [c.i for c in verb.children if c.dep_ in ("nsubj", "dobj", "prep")]
    assert extractor._tokens is not None and len(extractor._tokens) == len(doc)  # made once for the doc
    assert all(t is extractor._tokens[t.i] for t in first)  # the same Token object however often asked
    first.clear()  # a caller's own list
    assert [t.i for t in extractor._children(verb, ("dobj",))] == [c.i for c in verb.children if c.dep_ == "dobj"]


def test_speed62_children_tokens_are_kept_per_document(coder):
    article, doc_a, found_a = _parsed(coder, "Kenya accused Uganda of arming rebels.")
    _, doc_b, found_b = _parsed(coder, "France accused Germany of arming rebels.")
    a = Extractor(coder.knowledge.lexicon, found_a, countries(coder.knowledge, article.date))
    b = Extractor(coder.knowledge.lexicon, found_b, countries(coder.knowledge, article.date))
    verb_a, verb_b = (next(t for t in d if t.lemma_ == "accuse") for d in (doc_a, doc_b))
    assert [t.text for t in a._children(verb_a, ("nsubj",))] == ["Kenya"]
    assert [t.text for t in b._children(verb_b, ("nsubj",))] == ["France"]


def test_speed62_tied_phrases_of_each_sentence_read_the_cues_sorted_once(coder):
    article, doc, found = _parsed(coder, TEXT)
    lexicon = coder.knowledge.lexicon
    judge = StatusJudge(lexicon, found, doc, article.date, TEXT)
    phrases = sorted(frozenset().union(*(lexicon.cues.get(kind, frozenset()) for kind in TIED_KINDS)))
    sentences = list(doc.sents)
    text, present = judge._tied_phrases(sentences[1])
    tied = judge._tied_cues
    assert tied is not None and [phrase for phrase, _ in tied] == phrases
    assert all(noun == phrase.split()[-1] for phrase, noun in tied)
    assert text == TEXT[sentences[1].start_char:sentences[1].end_char].lower()
    # the phrases present are those the rule finds reading the cues afresh: the words, or the framing pattern
    assert present == [p for p in phrases if p in text or judge._tied_pattern(p).search(text)]
    assert "the visit" in present or "visit" in " ".join(present)
    judge._tied_phrases(sentences[0])
    assert judge._tied_cues is tied  # made once an article, not once a sentence
