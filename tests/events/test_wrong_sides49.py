"""Words the coder should not take as a side (session 49, h-fd49): a relative word the parser hangs on an accusation
beside the accused (``events/participants.py``, ``_relative_of_complement``), ", which X denied" after an
accusation (``events/context.py``, ``_claim_relative``), bodies the parser hangs with an "and" on a set of
members ("the two NATO and EU members": ``events/doers.py``, ``_joined_names``; ``actors/sets.py``,
``_members_of_body``), and a relative word as the doer of a verb the parser joined to a passive relative
clause though its auxiliary cannot go with it ("freed nine fishermen who were held ... and has returned their boat":
``events/roles.py``, ``misjoined_main_conjunct``).

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


def test_bodies_named_on_a_set_of_members_are_no_doers(code):
    result = code("ATHENS, March 3 (Reuters) - Greece and Bulgaria agreed on Tuesday to build a gas pipeline. The two "
                  "NATO and EU members signed a border treaty in 1998 in which Greece dropped old claims.",
                  date="2026-03-03")
    [signed] = _events(result, "signed")
    assert sorted(p.code for p in signed.source if p.code) == ["BGR", "GRC"], signed.source


def test_names_joined_on_a_last_name_are_still_doers(code):
    result = code("ACCRA, March 3 (Reuters) - Presidents John Mahama and Faure Gnassingbe met in Lome on Tuesday to "
                  "discuss border security.", date="2026-03-03")
    [met] = _events(result, "met")
    assert len({p.code for p in (*met.source, *met.target) if p.code}) == 2, (met.source, met.target)


def test_a_verb_whose_auxiliary_cannot_go_with_the_relative_clause_is_the_main_doers(code):
    result = code("HANOI, March 3 (Reuters) - China has released 12 Vietnamese fishermen who were held near the "
                  "Paracel Islands and has returned their vessel, Vietnam's foreign ministry said on Tuesday.",
                  date="2026-03-03")
    [returned] = _events(result, "returned")
    assert [p.code for p in returned.source if p.code] == ["CHN"], returned.source


def test_a_verb_whose_auxiliary_goes_with_the_relative_clause_stays_its(code):
    result = code("KUALA LUMPUR, March 3 (Bernama) - Malaysia has freed nine Indonesian fishermen who were detained "
                  "off Sabah in February and have accused its coast guard of beating them.", date="2026-03-03")
    [accused] = _events(result, "accused")
    assert all(p.country != "MYS" for p in accused.source if p.code), accused.source
