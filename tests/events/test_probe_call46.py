"""The probe of criticism by naming, session 46 (issue 11, h-call46): a judging participle hung on an act that is no
word of disapproval ("demanded the crew's release, calling the seizure piracy", "recalled its ambassador,
calling the expulsions hostile", "urged the EU to act, calling the shooting a provocation") is a criticism (CAMEO 111)
of its own, aimed at the judged act's doer; a relative clause in the simple present on a noun that sums up an act (",
a verdict Vilnius calls politically motivated", ", a move Seoul calls a provocation") is a criticism too, aimed at the
act's doer, the nearer clause's when the latest act before the noun is the critic's own ("suspended exports over a tax
Pristina imposed, a measure Belgrade calls unlawful").

``tests/data/probe_call46.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), annotated by reading
before the coder was run (format as ``test_probe_judge39``). A third of the items (6 of 18) carry ``"aside": true``:
they were not looked at while writing the rules, and their counts are reported apart. Items 01 and 13 were reworded
after annotation (same acts) so that no run of their words matches a dev article.

Counts when written: on main (c0faf820) working items (12): no event 11 (all but 11); aside (6): no event 6. After the
rules (``StanceRules._asked_by``, ``nonevents.generic_relative`` letting a naming verb through, ``summing_noun`` "act"
and "verdict", ``referents._nearer_clause_doers``): working no event 2 (07: the parser hangs the participle on the
verb of the demanded clause, which the rule leaves alone by design; 12: the parser makes "calls" the root with the
summing noun its subject), missing target 2 (04 "his activities", 08 "the flights": whose the judged thing is, the
coder does not find); aside no event 2, missing target 1.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_call46.jsonl"
MAX = {"no event": 4, "wrong source": 0, "wrong": 0, "missing": 3, "wrong type": 0}


def test_probe_call46_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_call46_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
