"""Words the coder should not take as a side (session 49, h-fd49): a relative word the parser hangs on an accusation
beside the accused (``events/participants.py``, ``_relative_of_complement``) and ", which X denied" after an
accusation (``events/context.py``, ``_claim_relative``).

All sentences are synthetic, written in agency style for these tests."""

from __future__ import annotations


def _events(result, trigger: str):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def test_a_relative_word_beside_the_accused_is_no_second_accused(code):
    result = code("KHARTOUM, March 3 (Reuters) - Sudan's army clashed on Tuesday with the Rapid Support Forces, whom "
                  "Khartoum accuses the United Arab Emirates of arming.", date="2026-03-03")
    [accuses] = _events(result, "accuses")
    assert [p.code for p in accuses.target if p.code] == ["ARE"], accuses.target
    assert all(p.text != "whom" for p in accuses.target), accuses.target


def test_a_relative_word_read_as_a_dative_beside_the_accused_is_no_second_accused(code):
    result = code("ADEN, Feb 11 (AFP) - The assault on Marib was launched by the Houthis, whom Riyadh accuses Iran of "
                  "supplying with drones.", date="2026-02-11")
    [accuses] = _events(result, "accuses")
    assert [p.code for p in accuses.target if p.code] == ["IRN"], accuses.target


def test_a_relative_word_as_the_only_object_is_still_the_accused(code):
    result = code("KAMPALA, May 6 (Reuters) - Police on Tuesday detained two Kenyan traders, whom Uganda accused of "
                  "smuggling arms into South Sudan.", date="2026-05-06")
    [accused] = _events(result, "accused")
    assert any(p.country == "KEN" for p in accused.target), accused.target


def test_which_after_a_comma_on_a_denial_is_the_accusation_not_the_noun_before(code):
    result = code("NAIROBI, March 3 (Reuters) - In 2023, Kenya's government had accused Somalia of letting weapons "
                  "from Eritrea cross its border to al-Shabaab, which Mogadishu denied.", date="2026-03-03")
    [denied] = _events(result, "denied")
    assert [p.code for p in denied.target if p.code] == ["KENGOV"], denied.target
