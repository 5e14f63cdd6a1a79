"""The domestic-critic probe of session 49 (issue 11, h-dom49): a state's own opposition, lawmakers, unions or
activists acting on their government about a deal it made with another state.

``tests/data/probe_dom49.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells a deal between two states, then an opposition party, opposition
lawmakers, a union or activists of one of them criticising it, demanding that "the government" publish or explain
it, walking out or rallying against it. The target annotated is the doer's own country (``events/home_targets.py``).
Two controls name the other state's minister as the one addressed: that minister is the target.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, d05666cb): working items 3 wrong (the deal's two parties given to
"criticised the agreement", dom49-01, -02, -07), 1 missing ("demanded that the government publish", dom49-02), 2 wrong
source (a party the knowledge base does not know left with no country, dom49-06, -07); aside items 1 wrong, 0
missing, 0 wrong source. After it (the limits below, working and aside together): working 0 wrong, 0 missing, 0 wrong
source; aside 0 wrong, 0 missing, 0 wrong source. The two controls (dom49-05, -12) are right before and after.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_dom49.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_dom49_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_dom49_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
