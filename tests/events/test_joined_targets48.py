"""``events/joined_targets.py``: a demand, criticism, rejection or threat joined to an act of conflict of the same doer
takes that act's target (invented items)."""

from __future__ import annotations

import datetime as dt

from tests.conftest import events_with_trigger

# a row of verbs with one subject; the time clause names a third state, so the story leaves no single other party
SUMMONS = ("N'DJAMENA, Jan 20 (AFP) - Chad on Tuesday summoned Cameroon's ambassador and threatened to pull all its "
           "troops out of a joint force after a Cameroonian helicopter killed six Chadian herders near a lake shared "
           "with Niger and Nigeria, the government said. Nigeria said it was looking into the matter.")
QUARREL = ("ADDIS ABABA, Sept 8 (Reuters) - Djibouti and Eritrea traded accusations on Monday over a clash on Ras "
           "Doumeira, each blaming the other for the deaths of four soldiers. Eritrea said Djiboutian troops had "
           "crossed the line. ")


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_a_threat_joined_to_a_summons_takes_the_envoys_state(code):
    result = code(SUMMONS, date="2026-01-20")
    assert _targets(result, "threatened") == ["CMR"], _targets(result, "threatened")


def test_the_explanation_names_the_joined_act(explaining):
    from detente.model import Article

    result = explaining.code(Article(text=SUMMONS, date=dt.date(2026, 1, 20)))
    [event] = events_with_trigger(result, "threatened")
    assert any("joined act 'summoned'" in line and "joined_targets" in line for line in event.explanation.sides), \
        event.explanation.sides


def test_a_joined_demand_keeps_whom_its_own_clause_names(code):
    result = code("LIMA, May 12 (Reuters) - Peru accused Chile on Monday of moving a border marker and demanded that "
                  "Bolivia stay out of the dispute, the foreign ministry said. Chile called the charge false.",
                  date="2026-05-12")
    assert _targets(result, "demanded") == ["BOL"], _targets(result, "demanded")


def test_joined_targets_leaves_two_subjects_apart(nlp):
    from detente.events.joined_targets import _coordinated

    doc = nlp.parse("Sylvanian jets bombed the depots, and the president warned that more strikes would follow.")
    bombed, warned = (next(t for t in doc if t.text == w) for w in ("bombed", "warned"))
    assert not _coordinated(bombed, warned)
    doc = nlp.parse("Kenya summoned the envoy and warned that more strikes would follow.")
    summoned, warned = (next(t for t in doc if t.text == w) for w in ("summoned", "warned"))
    assert _coordinated(summoned, warned)


def test_a_non_state_doers_demand_joined_to_its_accusation_takes_the_accused(code):
    # session 60: a charity, an opposition or rebels are a side apart from their state; their demand joined to their
    # own accusation shares its target as a state's does (before, only a state's words were given one)
    result = code("LONDON, March 3 (Reuters) - The British monitoring group Airwars accused Spain and Morocco of "
                  "hiding civilian deaths in their joint air campaign and demanded that every strike be investigated, "
                  "the group said in a report.", date="2026-03-03")
    assert sorted(_targets(result, "demanded")) == sorted(_targets(result, "accused")), _targets(result, "demanded")
    assert _targets(result, "demanded"), _targets(result, "accused")
