"""The false-dyad probe of session 51 (issue 11, h-fd51): a third party taken as whom an act is done to.

``tests/data/probe_fd51.jsonl`` holds 14 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each names, beside an act's doer and the one it is done to, a third party that
is no side of it: a backer ("with the backing of X", "with help from X's police"), the far end of a pipeline or a
railway ("a pipeline under the Caspian Sea to X"), or the officers suspects were handed to after their arrest
("detained six suspects ... and transferred them to X's authorities"). Three items are controls whose third phrase
is a side (an accusation joined to a closure, a partner after "with", a "to" after goods that are no way).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts by ``target_counts`` before the rules (main, 06fffdf1): working items 4 wrong (the backer of a complaint, the
pipeline's far end, two handovers), 1 with no event (the suspended railway work, which the lexicon does not code),
0 missing; aside items 3 wrong, 1 with no event. After them (the limits below, working and aside together): working
1 wrong (the detained suspects: the resolver gives them the receiving state, not a side rule), 1 missing (the
pipeline's backer, named in the sentence before, is not found), 1 with no event; aside 1 wrong, 1 with no event.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_fd51.jsonl"
MAX = {"no event": 2, "wrong source": 0, "wrong": 2, "missing": 1, "wrong type": 0}


def test_probe_fd51_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_fd51_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
