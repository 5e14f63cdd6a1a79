"""A name right before a word for water ("the San Miguel river", "the Niger River") names the water: it is no
town (San Miguel is a Salvadoran city) and no country (actors/resolve.py, ``water_noun`` in words.tsv).

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_river_names_a_town_s_name_is_the_river_s(code):
    result = code("QUITO, Apr 16 (EFE) - Ecuadorian military helicopters attacked a camp of an armed group on "
                  "the San Miguel river.", date="2026-04-16")
    event = event_on(result, "attacked")
    assert [p.actor for p in event.target] == [None]
    assert event.location is None or event.location.country != "SLV"


def test_river_names_a_country_s_name_is_the_river_s(code):
    result = code("NIAMEY, Apr 16 (AFP) - Gunmen attacked a village on the Niger River.", date="2026-04-16")
    assert "NER" not in {p.actor for p in event_on(result, "attacked").target}
