"""Places a wire gives by description (``PlaceRules._home_island`` and ``airport`` as a ``place_noun``): "the island",
"the archipelago" with no name, in a story datelined in an island state (the "island" row of
``data/actors/collectives.tsv``), is that state's ground unless a doer of another island state was named last; an
airport named by its city ("at X airport") is in the city's country.

All sentences here are invented for the tests, in agency style; none comes from an evaluation set."""

import pytest


def _place(code, text, trigger):
    [event] = [e for e in code(text, date="2026-05-06").events if e.trigger.text.startswith(trigger)]
    return event.location.country if event.location else None


@pytest.mark.parametrize("text, trigger, place", [
    # the island or the archipelago of the dateline's island state
    ("PORT LOUIS, Mauritius (AP) - The Mauritian coast guard seized a Taiwanese trawler off the island's "
     "eastern coast on Tuesday.", "seized", "MUS"),
    ("JAKARTA, May 6 (Reuters) - Indonesian patrol boats detained four Vietnamese fishing boats in the "
     "archipelago's northern waters on Tuesday.", "detained", "IDN"),
    # an airport named by its city
    ("KIGALI, May 6 (AFP) - Ugandan soldiers detained two Rwandan traders at Kinshasa airport on Tuesday.",
     "detained", "COD"),
])
def test_described_place_is_the_country(code, text, trigger, place):
    assert _place(code, text, trigger) == place


@pytest.mark.parametrize("text, trigger", [
    # a dateline that is no island state: which island is not said
    ("ANKARA, May 6 (Reuters) - Greek coast guard boats detained a Turkish fishing boat off the island's western "
     "coast on Tuesday.", "detained"),
    # the latest doer of an island state is another's: its island, not the dateline's
    ("TOKYO, May 6 (Kyodo) - Taiwan's coast guard said it had detained a Japanese fishing boat near the island "
     "on Tuesday.", "detained"),
])
def test_unnamed_island_not_the_datelines(code, text, trigger):
    assert _place(code, text, trigger) not in ("JPN", "GRC", "TUR")
