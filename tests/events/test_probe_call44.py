"""The probe of judgements told with a naming verb (issue 11; session 44, h-call44): "called the closure an unjustified
act", "a deployment the government called a provocation", "a step Vilnius called unacceptable", "the ministry said
in a note, calling the shooting unacceptable" are a criticism (CAMEO 111) of the judged act's doer.

``tests/data/probe_call44.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set): an act told with its
doer, then the judgement of it. Each act was annotated by reading, before the coder was run (format as
``test_probe_judge39``). A third of the items (6 of 18) carry ``"aside": true``: they were not looked at while
writing the rules, and their counts are reported apart.

Counts when written: on main (758b93f9) working items (12): no event 9 (01-05, 07-10); aside (6): no event 4,
missing target 2. After the rules (a judging adjective on the noun the object is called, ``StanceRules.judgment``; the
object of a relative clause with no relative word taken for the complement; a participle on a verb of saying that
codes no act, ``StanceRules._said_by``): working no event 0, wrong source 1 (09: a president the knowledge base keeps
as a person of no country); aside no event 2 (15: the participle hung on the act told before a parenthetical "said";
18: on an act of its own, a complaint, which the participle comments on, by design), missing target 2 (16: "a step
Athens called": the parser makes the noun a compound of the name, and a repair of that in ``referents.summing_noun``
was tried and left out, as it changed nothing on dev; 17: "the launches", whose act is coded by "fired").
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_call44.jsonl"
MAX = {"no event": 2, "wrong source": 1, "wrong": 0, "missing": 2, "wrong type": 0}


def test_probe_call44_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_call44_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
