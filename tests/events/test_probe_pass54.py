"""The told-passive probe of session 54 (issue 11, h-pass54): acts told in the passive with no agent by a state's
speaker, whose doer is that state (``events/told_by.py``).

``tests/data/probe_pass54.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), with the schema of ``probe_agent37.jsonl`` (``~XXX``: any actor of country XXX;
an empty source list: the text names no doer). Each tells an act in the passive under a saying verb ("X said ... had
been deported", "..., X's ministry said", "according to X's navy", a denial), and three controls: an act of force
told by the victims' own ministry (no doer), an act done to the speaker's own state (done by the story's other
parties), and, aside, drones shot down (a force act the rule does not take). Every act was annotated by reading
before the coder was run; four items (``"aside": true``) were not looked at while writing the rule, only counted.

Counts by ``source_counts`` before the rule (main, f6dd80b5): working items 0 wrong, 6 missing, 0 with no event;
aside 1 wrong (a meeting "its" next meeting given to the wrong party), 1 missing, 2 with no event. After it (the
limits below, working and aside together): working 0 wrong, 2 missing (the act done to the speaker's own state, left
alone by design; an envoy the actor step resolves to the speaker's own side, so the rule stands back), 0 with no
event; aside 1 wrong (the same meeting), 0 missing, 3 with no event (the force act, a phrasal "turned back", and a
fine now folded into the inspection before it).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, source_counts

PROBE = "probe_pass54.jsonl"
LIMITS = {"wrong": 1, "missing": 2, "no event": 3}


def test_probe_pass54_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return source_counts(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(LIMITS))
def test_probe_pass54_sources(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= LIMITS[kind], counts[False][kind]
