"""The force probe of session 26 (issue 11, false dyads in acts of force, arrests and deployments; h-force26).

``tests/data/probe_force26.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write about real actors and invented facts; none is taken or paraphrased from an
evaluation set), each on a construction that gave acts of force, arrests and deployments a resolved side on the
wrong side on the newest dev articles: a party named in an "after" clause or as the speaker of the attribution
("detained the captain of a Taiwanese vessel after a New Zealand patrol aircraft spotted the boat", "..., Myanmar
state media said"), a clause joined by "and that", the gear or forces a deployment sends ("deployed extra navy
patrol boats", "sent soldiers and police officers to Apia", "sent two frigates and a submarine") and storms that
"hit" or "struck" a country (no act: the weather items' act carries no sides and ``not_plover`` ASSAULT, so the
right outcome counts under "no event").

Each act was annotated by reading, before the coder was run, in the schema of ``probe_force23.jsonl``. Five of
the items carry ``"aside": true``: their output was not looked at while fixing, and their counts are apart.
Counted per act as in ``test_probe_force23`` (``tests.probes.target_counts``).

When the probe was written (session 26) the coder had, on the 10 working items, 0 wrong targets, 0 wrong
sources, 1 missing target ("detained their crews" after "seized two Vietnamese trawlers": the crews' boats'
country), 0 wrong types and 1 act with no event (the storm "to hit the island": right, as annotated); on the
5 aside items 1 wrong, 1 wrong source, 1 missing, 1 wrong type, 0 with no event. In isolation most of these
constructions come out right: the wrong sides of the dev articles come from the story around them. After this
session's fix (an act of force done by a natural hazard is no event, ``nonevents.natural_doer``): working 0, 0,
1, 0, 1; aside 0 wrong, 0 wrong sources, 1 missing, 0 wrong types, 1 with no event (by the counts alone, the
aside storm item, now right). MAX is those counts together.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_force26.jsonl"
MAX = {"wrong": 0, "missing": 2, "wrong source": 0, "wrong type": 0, "no event": 2}


def test_probe_force26_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_force26_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
