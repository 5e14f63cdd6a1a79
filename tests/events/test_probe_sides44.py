"""The own-envoy probe of session 44 (issue 11, h-sides44): an envoy of the doer's own state, named by the state's
name or by a possessive pronoun, recalled or withdrawn (also non-finite: "did not rule out recalling Ruritania's
ambassador"), is no target; the state he is posted in is ("to", "from" or "in" a capital), or the story's other
party.

``tests/data/probe_sides44.jsonl`` holds 17 short synthetic articles (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write; none is taken from an evaluation set), about real states with
invented facts, annotated by reading before the coder was run, with the schema of ``probe_react43.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX). Controls: another state's envoy
summoned or expelled, one's own envoy by a pronoun "from" or "in" a capital. Five items carry ``"aside": true``:
they were not looked at while writing the rule, and their counts are reported apart.

Counted per act with :func:`tests.probes.target_counts`. On main 59c75ee9, on the 12 working items: 2 wrong targets
(the doer's own state given for its own envoy, the doer a pronoun), 0 wrong sources, 2 missing targets (a named own
envoy "to Minsk", "from Baku": the envoy's own state, left out as the doer's own, and no host) and 0 acts with no
event; on the 5 aside items 0 wrong, 0 wrong sources, 2 missing, 0 with no event. A rule (an own envoy named by its
state's name is no object of a recall; the state of a place "to", "from" or "in" on it is) brought all of these to 0
and cut one dev false dyad, but cost an aside item of ``probe_names33`` its target (a wrong target, or none): it was
dropped (branch h-sides44, commit e6828ef5 and its revert), and the limits below are main's counts, which the class
still shows.
"""

from __future__ import annotations

import pytest
from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_sides44.jsonl"
LIMITS = {"wrong": 2, "wrong source": 0, "missing": 4, "no event": 0}


def test_probe_sides44_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_sides44_limits(counts):
    check_limits(counts, LIMITS)
