"""The probe of a state's whole government addressed by its own people (issue 11; session 45, h-dom45): "the
governor urged the central government to ...", "the chief minister asked the federal government to ...", "fishermen's
unions urged the Centre to ..." are appeals to the addresser's own state, not to the foreign state the story is about.

``tests/data/probe_dom45.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set): a foreign state's act, then an
appeal of a region, a party, a union or an official to its own state's central government, and three controls (a
foreign possessor on "federal government", a seat after it, "Centre" in a body's name or a place). Each act was
annotated by reading, before the coder was run (format as ``test_probe_call44``). A third of the items (6 of 18)
carry ``"aside": true``: they were not looked at while writing the rule, and their counts are reported apart.

Counts when written: on main (f18571db) working items (12): wrong target 3 (02: the Sri Lankan government, 04: a
Turkish one, 05: the French one, each the foreign state named last), wrong source 3 (04: the Kurdistan Regional
Government kept as a body of no state; 10: Hong Kong lawmakers coded HKG; 12: a farmers' federation given the
article's country by context, IND, where the annotation left its source open), missing 2 (03: the union "in
Rameswaram" resolves to no one, so the Centre has no addresser of a known country; 09: "condemned the launch" names
no one, a control for "Centre" only); aside (6): wrong source 1, missing 1, no event 1. After the rule
(``NominalRules._home_level``, ``the_centre``, ``_own_government`` with any addresser, ``DocActors.home_level``):
working wrong target 0, wrong source 3 and missing 2 as before (none of them the rule's); aside unchanged: wrong
source and missing 1 (14: "wrote to the prime minister urging the Centre": the participle's doer taken from the
wrong clause), no event 1 (16: "took them to a detention centre" codes no act; the control holds, no centre is
made a side).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_dom45.jsonl"
MAX = {"no event": 1, "wrong source": 4, "wrong": 0, "missing": 3, "wrong type": 0}


def test_probe_dom45_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_dom45_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
