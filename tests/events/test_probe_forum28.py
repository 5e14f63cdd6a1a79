"""The forum probe (issue 11, false dyads whose target is a court or body a case is taken to; session 28, h-forum28).

``tests/data/probe_forum28.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each on a complaint or lawsuit
brought to a court or a body of states: "took China to the World Trade Organization" (a complaint against China,
not a seizure), "would take the case to the Inter-American Commission on Human Rights", "complained to the union's
commission", "filed a complaint with the WTO against X", "brought a case against X before the ICJ"; and one body
addressed by another act ("urged the African Union to send monitors"), which stays the target. The court or body
is the forum, never the target. Each act was annotated by reading, before the coder was run; 4 items carry
``"aside": true`` and were not looked at while fixing.

Counted as in ``test_probe_force23`` (wrong target, missing target, wrong source, wrong type, no event). When
written (HEAD 79211a6): working 4 wrong ("took Australia/Canada ... to the WTO": 192 with the WTO as a target,
also 2 wrong type; the IACHR as the target of "take the case"; fm-08 "lodged a complaint with the WTO over
Turkey's tariffs", which gives Turkey, whom the complaint is about: annotated with no target, a reading the coder
is arguably right against), 0 missing, 0 wrong source, 0 no event; aside 2 wrong, 1 no event. After the fix
(``take to +wto|organization`` 115 in verbs.tsv; an IGO after a ``venue_prep`` on the verb with an object or on
the noun of a 114/115 act is its forum, ``participants.at_court``; a bare "complained to the commission" keeps the
body, as ``test_targets_named_elsewhere`` asks): working 1 wrong (fm-08), 0 wrong type; aside 0 wrong, 1 no
event (the limits).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_forum28.jsonl"
MAX = {"wrong": 1, "missing": 0, "wrong source": 0, "wrong type": 0, "no event": 1}


def test_probe_forum28_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_forum28_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
