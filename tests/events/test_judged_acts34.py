"""Acts one is thanked, praised or penalised for (session 34, h-for2; issue 11, whole-article accuracy).

Follows tests/events/test_penalty_grounds34.py (h-for). A gerund the tagger took for a noun after "for" ("thanked
Qatar for mediating between Hamas and Israel") is read as the verb it is (``nlp._gerunds``), and an act so judged that
is told "between" a pair is done by the one judged to the pair (``mutual._judged_doer``), not by the pair. More
penalties are ``legal_verb`` (designate, ban, suspend), and a ground the parser hangs on a designation's object
complement ("designated the Houthis a terrorist group for attacking ships") is the designation's
(``doers.object_complement``).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest


def _events(result, trigger):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def _countries(side):
    return sorted({p.country for p in side if p.actor})


@pytest.mark.parametrize("text, judging, judged, pair", [
    ("KYIV, June 9 (Reuters) - Ukraine on Monday thanked Qatar for mediating between Hamas and Israel.", "thanked",
     "QAT", ["ISR", "PSE"]),
    ("CAIRO, June 9 (Reuters) - Egypt on Monday praised Oman for mediating between Iran and the United States.",
     "praised", "OMN", ["IRN", "USA"]),
])
def test_judged_acts34_mediation_a_state_is_thanked_for(code, text, judging, judged, pair):
    result = code(text, date="2026-06-09")
    [thanks] = _events(result, judging)
    assert _countries(thanks.target) == [judged], thanks.target  # the pair is no target of the thanks
    [mediation] = _events(result, "mediating")
    assert mediation.cameo.startswith("04"), mediation.cameo
    assert _countries(mediation.source) == [judged], mediation.source
    assert _countries(mediation.target) == pair, mediation.target
