"""A protest note sent or handed is the official protest (CAMEO 114), and handed at a summons it is one act with
it; an order to foreign embassy staff to leave is an expulsion (161). Issue 11 ("Missed predicates", "One event
per act"), session 24: on the newest dev articles "sent a protest note to X" coded nothing and "ordered 15 French
embassy and consular staff to leave the country" came out as a bare demand (100).

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from tests.conftest import actors_of, event_on


def test_protest_notes_a_note_sent_is_a_protest_at_its_addressee(code):
    result = code("TEGUCIGALPA, June 9 (EFE).- Honduras sent a protest note to El Salvador on Tuesday over the "
                  "detention of its fishermen.", date="2026-06-09")
    note = event_on(result, "sent")
    assert note.cameo == "114" and "SLV" in {p.country for p in note.target}


def test_protest_notes_a_note_handed_at_a_summons_is_the_same_protest(code):
    result = code("TALLINN, June 9 (Reuters) - Estonia summoned Russia's charge d'affaires on Tuesday and handed him "
                  "a protest note over the jamming.", date="2026-06-09")
    protests = [e for e in result.events if e.cameo == "114"]
    assert len(protests) == 1 and "EST" in actors_of(protests[0].source), [e.trigger.text for e in protests]
    assert len(protests[0].mentions) == 2


def test_protest_notes_embassy_staff_ordered_to_leave_are_expelled(code):
    result = code("ALGIERS, July 9 (Reuters) - Algeria ordered 15 French embassy and consular staff to leave the "
                  "country within 48 hours on Thursday.", date="2026-07-09")
    assert event_on(result, "ordered").cameo == "161"
