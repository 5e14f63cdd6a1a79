"""Speed (issue 12, session 62): work the rules did again and again, now done once, with the same answers.
``DateRules._tied_phrases`` reads the ``tied`` cue phrases, sorted with their last words, from a tuple made once an
article on the judge (not re-sorted and re-split once a sentence)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dating import TIED_KINDS
from detente.events.status import StatusJudge
from detente.model import Article

pytestmark = pytest.mark.slow

TEXT = ("Kenya and Uganda signed a trade agreement in Nairobi on Tuesday. During the visit, the two sides also "
        "agreed to reopen the border.")


def _parsed(coder, text: str):
    article = Article(text=text, date=dt.date(2021, 5, 4))
    doc = next(iter(coder.nlp.pipe([text])))
    return article, doc, coder.run(article, doc).actors


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
