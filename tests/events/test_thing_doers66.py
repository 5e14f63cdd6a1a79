"""Acts whose doer is a thing or an event, not an actor (session 66): ``not_doer_noun`` of words.tsv read by
``nonevents.no_doer``, also through a relative clause on the noun (``nonevents._doer_of``).

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or from a
real article."""

from tests.conftest import events_of


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_thing_doers_event_noun_in_relative_clause_is_no_doer(code):
    result = code("Kyiv said on Tuesday that an explosion that damaged a rail bridge near Lviv was the work of "
                  "saboteurs.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("17")], _codes(result)


def test_thing_doers_operation_and_programme_are_no_doers(code):
    result = code("The interior ministry said the operation had targeted only migrants living in the country "
                  "illegally.", date="2025-03-04")
    assert not events_of(result, "ASSAULT"), _codes(result)
    result = code("Poland's government said the programme targets people who overstay their visas.",
                  date="2025-03-04")
    assert not events_of(result, "ASSAULT"), _codes(result)


def test_thing_doers_work_or_natural_thing_is_no_doer(code):
    result = code("Hungary's foreign minister said the new pipeline complied with European Union rules and would "
                  "supply Serbia.", date="2025-03-04")
    assert not events_of(result, "CONCEDE") and not events_of(result, "AGREE"), _codes(result)
    result = code("The river has supplied Iraq with most of its water for centuries, Baghdad said.",
                  date="2025-03-04")
    assert not events_of(result, "AID"), _codes(result)


def test_thing_doers_weapon_named_by_its_side_stays(code):
    result = code("A Russian drone struck a market in Odesa on Monday, killing three people, Ukraine's emergency "
                  "service said.", date="2025-03-04")
    assert events_of(result, "ASSAULT"), _codes(result)


def test_thing_doers_actor_in_relative_clause_stays(code):
    result = code("Gunmen who attacked a police post near the border with Niger on Tuesday killed four officers, "
                  "Burkina Faso's army said.", date="2025-03-04")
    assert events_of(result, "ASSAULT"), _codes(result)
