"""Targets named through an act ("condemned the launch": events/referents.py) or through what the
target owns ("seized a Liberian-flagged tanker": owner_participle in words.tsv, events/ground.py);
issue 11, section 3, "targets that are not actors".

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def _one(result, plover, source):
    [event] = [e for e in events_of(result, plover) if source in actors_of(e.source)]
    return event


# -- a thing named by its owner (owner_participle in words.tsv, read by events/ground.py) ----------
def test_referents_flag_state_of_a_seized_ship_is_the_target(code):
    result = code("DUBAI, May 4 (Reuters) - Iran's navy seized a Liberian-flagged oil tanker in the Gulf of "
                  "Oman on Monday, state media said.")
    event = _one(result, "COERCE", "IRN")
    assert "LBR" in actors_of(event.target)


def test_referents_crew_of_a_detained_trawler_is_the_target(code):
    # "crewed" is read as the participle of "crew": its lemma is listed (the test failed before)
    result = code("OSLO, May 4 (AP) — Norwegian police detained a Russian-crewed fishing trawler in the "
                  "Barents Sea on Monday, prosecutors said.")
    event = _one(result, "COERCE", "NOR")
    assert actors_of(event.target) & {"RUS"}


def test_referents_builder_is_not_the_owner(code):
    # where a ship was built says nothing about whose it is
    result = code("DUBAI, May 4 (Reuters) - Iran's navy seized a Chinese-built oil tanker in the Gulf of Oman on "
                  "Monday, state media said.")
    event = _one(result, "COERCE", "IRN")
    assert not actors_of(event.target) & {"CHN"}
