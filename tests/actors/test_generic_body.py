"""A state body's generic name ("the Foreign Intelligence Service", "the Defense Department", "the Border Security
Force": names made of `body_word` words alone, which many states' bodies bear) is the knowledge base's body only when
the dateline or the text names that body's country, as a party's generic name (test_generic_party.py); else it is no
known actor, never another state's body (issue 11, session 23).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


@pytest.mark.parametrize("text, source", [
    ("TASHKENT, May 5 (AFP) - Uzbekistan's Foreign Intelligence Service accused Tajikistan on Monday of sheltering "
     "smugglers.", "UZB"),
    ("LUSAKA, May 5 (Reuters) - Zambia's Defense Department accused Malawi on Monday of moving troops to the "
     "border.", "ZMB"),
])
def test_generic_body_is_not_another_countrys_body(code, text, source):
    result = code(text, date="2026-05-05")
    ids = {a.id for a in result.actors}
    assert not ids & {"svr", "pentagon"}, ids
    [accusation] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert {p.country for p in accusation.source} == {source}, accusation.source


@pytest.mark.parametrize("text, source", [
    ("MOSCOW, May 5 (TASS) - The Foreign Intelligence Service accused Britain on Monday of plotting sabotage.",
     "RUSSPY"),
    ("QUITO, May 5 (AP) - Ecuador said on Monday it would buy patrol boats. The U.S. State Department accused "
     "Venezuela of arming gangs on the border.", "USAGOV"),
])
def test_generic_body_of_the_dateline_or_named_country_is_kept(code, text, source):
    result = code(text, date="2026-05-05")
    [accusation] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert [p.code for p in accusation.source] == [source], accusation.source
