"""A conjunct that leaves out the passive auxiliary of the verb before it ("the fishermen had been beaten
and their boats seized") is a passive: its subject was acted on, its doer is the first verb's agent
(events/roles.gapped_patient). An actor as that subject still acts ("the base was attacked and the army
retaliated").

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, event_on


def test_gapped_passive_the_owners_of_what_was_seized_did_not_seize_it(code):
    result = code("NAIROBI, March 3 (Reuters) - Ugandan police detained 14 Kenyan fishermen on an island in Lake "
                  "Victoria, Kenya said. The ministry said the fishermen had been beaten and their boats seized, "
                  "and demanded their immediate release.", date="2026-03-03")
    seized = [e for e in result.events if e.trigger.text.startswith("seized")]
    # was: source "their" (Kenya) -> target Ugandan police, a reversed dyad
    assert all("KEN" not in actors_of(e.source) and "KENGOV" not in actors_of(e.source) for e in seized)


def test_gapped_passive_takes_the_agent_of_the_verb_before(code):
    result = code("TRIPOLI (AFP) — Two journalists were arrested by Libyan police and their equipment "
                  "confiscated.", date="2026-03-03")
    assert "LBYCOP" in actors_of(event_on(result, "confiscated").source)


def test_gapped_passive_an_actor_subject_still_acts(code):
    # must not change: "the army retaliated" after a passive is the army's act
    result = code("KABUL (AP) — The base was attacked and the army retaliated with air strikes on Taliban "
                  "positions.", date="2026-03-03")
    assert "AFGMIL" in actors_of(event_on(result, "retaliated").source)
