"""Lexicon helpers that are not about one sense of one word (those are in test_lexicon_senses.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from detente.events.lexicon import may_open

PHRASES = ("on condition of anonymity", "not to be named", "declined to be identified")


def test_lexicon_may_open_rules_out_only_what_cannot_start_a_phrase() -> None:
    assert not may_open("to", PHRASES)  # "spoke to reporters ..."
    assert not may_open("onto", PHRASES)
    assert may_open("on", PHRASES) and may_open("not", PHRASES) and may_open("declined", PHRASES)
    assert may_open("", PHRASES)  # nothing follows: the caller's test decides
    assert may_open("ön", PHRASES)  # not ASCII: never ruled out


@given(st.lists(st.sampled_from(["on", "condition", "of", "anonymity", "not", "to", "be", "named", "no", "o",
                                 "declined", "identified", ",", "ona"]), min_size=1, max_size=6))
def test_lexicon_may_open_never_rules_out_a_text_that_starts_with_a_phrase(words: list[str]) -> None:
    text = " ".join(words)
    if any(text.startswith(p) for p in PHRASES):
        assert may_open(words[0], PHRASES)
