"""A body that hears a case told again by its noun (issue 11, session 45, h-panel45): "the panel", "the
three-member panel", "the arbitral tribunal" (a definite ``judging_body_noun`` of ``data/lexicon/words.tsv`` whose
modifiers name no one) is the latest such body the article named with its actor (``DocResolver._judging_body``,
``DocResolver._named_on``): "A WTO panel ruled ... The three-member panel found ..." is the WTO. Nobody when no
such body was named with an actor; a panel named by its own actor stays that actor's.

The whole coder is run on short articles invented for the tests, in agency style; none comes from an evaluation set
or a real article."""

from __future__ import annotations

from tests.conftest import events_of


def _sources(result, plover):
    return [p.code for e in events_of(result, plover) for p in e.source]


def test_modified_panel_after_a_wto_panel_is_the_wto(code):
    result = code("GENEVA, March 3 (Reuters) - A World Trade Organization dispute panel ruled on Monday that "
                  "Peru's duties on Bolivian quinoa were illegal. The three-member panel also accused Lima of "
                  "ignoring its own investigators.", date="2026-03-03")
    assert "IGOBUSWTO" in _sources(result, "ACCUSE"), [(e.cameo, e.source) for e in result.events]
    assert all(p.code for e in events_of(result, "ACCUSE") for p in e.source)


def test_bare_panel_after_a_wto_panel_is_the_wto(code):
    result = code("GENEVA, May 12 (AFP) - A WTO panel ruled on Tuesday that Egypt's import licences broke trade "
                  "rules. The panel urged Cairo to scrap the licences within 90 days.", date="2026-05-12")
    [appeal] = [e for e in result.events if e.cameo.startswith("0")]
    assert [p.code for p in appeal.source] == ["IGOBUSWTO"], appeal.source


def test_panel_named_by_no_actor_before_stays_unknown(code):
    result = code("GENEVA, May 12 (AFP) - Egypt's import licences were debated on Tuesday. The panel urged Cairo to "
                  "scrap the licences within 90 days.", date="2026-05-12")
    assert not any(p.code for e in result.events if e.cameo.startswith("0") for p in e.source), \
        [(e.cameo, e.source) for e in result.events]


def test_panel_with_a_name_of_its_own_keeps_it(code):
    result = code("GENEVA, May 12 (AFP) - A WTO panel ruled on Tuesday that Egypt's import licences broke trade "
                  "rules. A Thai panel urged Cairo to scrap the licences within 90 days.", date="2026-05-12")
    assert "IGOBUSWTO" not in [p.code for e in result.events if e.cameo.startswith("0") for p in e.source], \
        [(e.cameo, e.source) for e in result.events]
