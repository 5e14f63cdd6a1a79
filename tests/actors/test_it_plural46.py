"""A subject "it" never stands for a plural common noun (actors/pronouns.py ``_salient``, session 46, h-pron46):
"Turkey's defence ministry said its jets had struck a depot, which it accused militants of using": "it" is the
ministry, not the jets; "they" may still be the jets' side.

All sentences are synthetic, written in agency style for these tests."""

from __future__ import annotations


def _events(result, trigger: str):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def test_it_in_a_relative_clause_is_the_body_not_its_plural_people(code):
    result = code("ANKARA, May 6 (Reuters) - Turkey's defence ministry said on Tuesday its jets had struck a depot in "
                  "northern Iraq, which it accused Kurdish militants of using for attacks on Turkish bases.",
                  date="2026-05-06")
    [accused] = _events(result, "accused")
    assert [p.code for p in accused.source] == ["TURGOV"], accused.source


def test_they_may_still_be_the_plural_people(code):
    result = code("ANKARA, May 6 (Reuters) - Turkey's defence ministry said on Tuesday its jets had struck a depot in "
                  "northern Iraq after they came under fire from the ground.", date="2026-05-06")
    assert all(p.code != "TURGOV" for e in result.events for p in e.source if p.text == "they"), result.events
