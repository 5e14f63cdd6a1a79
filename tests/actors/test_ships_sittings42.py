"""Two resolution rules of session 42 (h-actors42; issue 11): doers the coder left unknown.

A ship named with a state navy's prefix (``ship_prefixes.tsv``: "HMS", "USS", "KRI", "BRP", "HMNZS"...) stands for
that state's forces, whatever the name after the prefix (a town's, a person's), and so do its crew named through it
("sailors from HMS X"), and so is the name written again without its prefix ("the Puerto Deseado"); a merchant
prefix ("MV") names no state (``actors/nominals.prefixed_ship``, ``antecedents.warship_crew``).

A definite sitting noun (``sitting_noun`` in words.tsv: "the session", "the summit") as a clause's subject speaks
for the organisation named in the "of" phrase of a sitting of the same word just before, or as the subject of
the clause above that sitting (``actors/nominals.sitting_body``); not for states that met, nor when the noun has a
modifier of its own.

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from __future__ import annotations

from tests.conftest import actors_of, events_with_trigger


def _sides(result, trigger, side="source"):
    return {a for e in events_with_trigger(result, trigger) for a in actors_of(getattr(e, side))}


def test_ship_prefixes_are_loaded(coder):
    assert coder.kb.ships["HMNZS"] == ("NZL", "MIL") and "MV" not in coder.kb.ships


def test_prefixed_warship_is_its_navy(code):
    result = code("PORT MORESBY, Apr 9 (Reuters) - HMAS Warrnambool seized a Philippine fishing boat off Manus "
                  "Island on Tuesday, officials said.", date="2026-04-09")
    assert "AUSMIL" in _sides(result, "seized")


def test_prefix_before_a_town_name_is_the_ship_not_the_town(code):
    result = code("HALIFAX, Apr 9 (CP) - HMCS Gander boarded a Portuguese trawler on the Grand Banks on Monday, "
                  "officials said.", date="2026-04-09")
    assert "CANMIL" in _sides(result, "boarded")


def test_crew_from_a_prefixed_warship_are_its_navy(code):
    result = code("DARWIN, Apr 9 (Reuters) - Sailors from HMAS Broome detained nine Indonesian fishermen in the "
                  "Arafura Sea on Monday, officials said.", date="2026-04-09")
    assert "AUSMIL" in _sides(result, "detained")


def test_warship_named_again_without_its_prefix(code):
    result = code("PUNTA ARENAS, Apr 9 (Reuters) - The research vessel ARA Puerto Deseado was surveying the seabed "
                  "south of Cape Horn on Monday, officials said. A Chilean patrol boat shadowed the Puerto Deseado "
                  "for several hours.", date="2026-04-09")
    assert "ARGMIL" in _sides(result, "shadowed", "target")


def test_merchant_prefix_names_no_state(code):
    result = code("ADEN, Apr 9 (Reuters) - Houthi forces fired a missile at the MV Lady Grace in the Gulf of Aden "
                  "on Monday, a security firm said.", date="2026-04-09")
    targets = _sides(result, "fired", "target")
    assert not any(t.endswith("MIL") and t != "houthis" for t in targets)


def test_session_speaks_for_the_body_that_held_it(code):
    result = code("CAIRO, Apr 9 (Reuters) - The Arab League held an emergency session in Cairo on Sunday. The "
                  "session urged Libya's rival governments to agree on a date for elections.", date="2026-04-09")
    assert "arab-league" in _sides(result, "urged")


def test_session_named_with_its_body_speaks_for_it(code):
    result = code("ADDIS ABABA, Apr 9 (AFP) - The African Union on Sunday urged Sudan's army to open aid corridors, "
                  "in a resolution adopted at a special session of the union's Peace and Security Council. The "
                  "session also condemned attacks on aid convoys by the Rapid Support Forces.", date="2026-04-09")
    assert {"african-union", "au-psc"} & _sides(result, "condemned")


def test_summit_of_states_is_no_organisation(code):
    result = code("BRASILIA, Apr 9 (Reuters) - The presidents of Brazil and Argentina held a summit in Brasilia on "
                  "Monday. The summit urged Venezuela to free political prisoners.", date="2026-04-09")
    sources = _sides(result, "urged")
    assert not any(s.startswith("IGO") or s in ("mercosur", "un") for s in sources)


def test_sitting_of_another_word_is_not_taken(code):
    result = code("ADDIS ABABA, Apr 9 (AFP) - The African Union held a summit in Addis Ababa on Sunday. The "
                  "session of the ministers urged Sudan's army to open aid corridors.", date="2026-04-09")
    assert "african-union" not in _sides(result, "urged")
