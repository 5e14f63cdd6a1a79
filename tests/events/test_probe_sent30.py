"""The sent-things probe (issue 11, "targets that are not actors", session 30, h-sent30).

``tests/data/probe_sent30.jsonl`` holds 15 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set). The first sentence names another
country's forces or ships; the second has a state send, deploy, give, finance or buy something: its own forces or
craft ("would send a navy destroyer", "deployed border police boats", "had sent federal police", "was ready to send
police officers"), ships or cutters for another ("agreed to finance four patrol ships for Vietnam's coast guard",
"will give two coast guard cutters to Sri Lanka"), hardware it orders. What is moved is no target; the target, if
any, is whom it goes to (the "to" or "for" party, the capital it is sent to), else nobody. A bare force or craft
must not take the country of the forces named in the first sentence.

Each act was annotated by reading, before the coder was run, with the schema of ``probe_force23.jsonl``. A third
of the items carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart.
Counted per act as in ``test_probe_force23`` (a missing source counts as wrong).

When written (against efc9ab2) the coder had, on the 10 working items, 5 wrong targets (the destroyer, the federal
police, the police sent with troops, the police boats and the cutters given all took the country of the forces
named before), 0 missing and 1 act with no event ("the helicopters and instructors it had sent to Bamako": the
relative clause is coded as no sending); aside 0 wrong, 1 missing. With ``giving_verb`` (words.tsv) and
``ParticipantRules._moved`` (events/participants.py: craft moved is no side) the working items have 2 wrong (the
federal police, the police: bare forces, which the resolver places, ``_nominal`` before ``_sender``), 0 missing and
1 with no event; aside unchanged (0 wrong, 1 missing). MAX holds these counts (working and aside together).
Session 46 (h-mob46, ``assemble._units_sent``: the forces a show of force sends are never its target) leaves
the offer of police officers for the investigation (se-05) with no target: the officers had taken the
country the act is for only because the resolver gave them the story's other state, which on the development
articles made false dyads; the country helped is named nowhere in the clause. Missing 1 -> 2.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_sent30.jsonl"
MAX = {"wrong": 2, "missing": 2, "wrong source": 0, "wrong type": 0, "no event": 1}


def test_probe_sent30_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)  # a missing source counts as wrong here


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_sent30_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
