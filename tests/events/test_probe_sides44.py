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

Counted per act with :func:`tests.probes.target_counts`. Before the rule (main 59c75ee9), on the 12 working items: 2
wrong targets (the doer's own state given for its own envoy, the doer a pronoun), 0 wrong sources, 2 missing targets
(a named own envoy "to Minsk", "from Baku": the envoy's own state, left out as the doer's own, and no host) and 0 acts
with no event; on the 5 aside items 0 wrong, 0 wrong sources, 2 missing, 0 with no event. After it
(``ParticipantRules._own_envoy``, ``_envoy_post``): 0, 0, 0 and 0 on the working items; 0, 0, 0 and 0 aside. The
limits below are the after-counts.
"""

from __future__ import annotations

import pytest
from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_sides44.jsonl"
LIMITS = {"wrong": 0, "wrong source": 0, "missing": 0, "no event": 0}


def test_probe_sides44_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_sides44_limits(counts):
    check_limits(counts, LIMITS)
