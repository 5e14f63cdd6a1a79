"""The probe of "it" after a body's own plural people (issue 11; session 46, h-pron46): "Greece's defence ministry
said its warplanes had intercepted two jets, and it accused Turkey of ...": "it" is the ministry, not the
warplanes; a singular "it" never stands for a plural common noun (``actors.pronouns._salient``).

``tests/data/probe_pron46.jsonl`` holds 12 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each with one act whose doer is
"it" after a plural common noun that was a subject in the same sentence. Each act was annotated by reading, before
the coder was run. A third of the items (4 of 12) carry ``"aside": true``: they were not looked at while writing the
rule, and their counts are reported apart.

Counts when written: on main (e9ac8539) working items (8): no failure; aside (4): no failure. After the rule: the
same (no failure). Main already takes the body here through the rule for "it" in what a body says
(``_speaker_of_clause``); the probe guards that the new rule does not break it. The rule's gain is on "it" in a
relative clause under the report ("..., which it accused X of"), tested in ``tests/actors/test_it_plural46.py``.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_pron46.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_pron46_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_pron46_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
