"""A ship named again by a general noun (issue 11, session 38, h-rel38): "the vessel" in its own sentence when the
ship named before it is what was done to, and a flag joined to its ship by "-flagged".

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""

from tests.conftest import countries_of


def _with_trigger(result, word):
    return [e for e in result.events if e.trigger.text.split()[0] == word]


def test_ships38_the_vessel_is_the_object_ship_of_its_own_sentence(code):
    result = code("MURMANSK, Oct 2 (Reuters) - Russia's border service detained a Norwegian-flagged trawler in "
                  "the Barents Sea on Friday, accusing the vessel of fishing without a licence, Interfax reported.")
    accusations = _with_trigger(result, "accusing")
    assert accusations, [e.trigger.text for e in result.events]
    assert countries_of(accusations[0].target) == ["NOR"], [(e.trigger.text, e.target) for e in result.events]


def test_ships38_the_doers_own_ship_is_never_the_vessel(code):
    # the ship named before is the subject: "the vessel" is another one, not China's
    result = code("MANILA, Oct 2 (Reuters) - A Chinese coast guard cutter fired a water cannon at the vessel near "
                  "Scarborough Shoal on Tuesday, the Philippine coast guard said.")
    fired = _with_trigger(result, "fired")
    assert not fired or "CHN" not in countries_of(fired[0].target), [(e.trigger.text, e.target) for e in fired]


def test_ships38_a_flag_joined_by_flagged_names_the_ship_again(code):
    result = code("ATHENS, Oct 2 (AP) - The Greek coast guard boarded a Togolese-flagged freighter south of Crete "
                  "on Monday. Coast guard officers later escorted the ship to the port of Heraklion.")
    escorts = _with_trigger(result, "escorted")
    assert escorts, [e.trigger.text for e in result.events]
    assert countries_of(escorts[0].target) == ["TGO"], [(e.trigger.text, e.target) for e in result.events]
