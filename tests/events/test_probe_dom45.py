"""The probe of acts a state aims at itself (issue 11; session 45, h-dom45): a state's whole government addressed by
its own people ("the governor urged the central government to ...", "the chief minister asked the federal government
to ...", "fishermen's unions urged the Centre to ..."), an appeal to the addresser's own state, not to the foreign
state the story is about; and an arrest, a charge or a sentence by a state's police or courts on people its clause
names ("police arrested 12 suspects"), an act at home to which the story's foreign party is not appended.

``tests/data/probe_dom45.jsonl`` holds 25 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set): a foreign state's act, then (01-18)
an appeal of a region, a party, a union or an official to its own state's central government, with controls (a
foreign possessor on "federal government", a seat after it, "Centre" in a body's name or a place), or (19-25) an act
of the doer's police or courts at home, with a control (23: nationals a demonym names keep their country). Anonymous
people ("12 suspects", "four men", "seven farmers") are no target, as eval/wire/README.md has it. Each act was
annotated by reading, before the coder was run (format as ``test_probe_call44``). A third of the items (8 of 25) carry
``"aside": true``: they were not looked at while writing the rules, and their counts are reported apart.

Counts when written: on main (f18571db) working items (17): wrong target 6 (02: the Sri Lankan government, 04: a
Turkish one, 05: the French one, each the foreign state named last; 19, 21, 22: the lead's foreign state appended to
an arrest, an inquiry, a detention at home), wrong source 3 (04: the Kurdistan Regional Government kept as a body of
no state; 10: Hong Kong lawmakers coded HKG; 12: a farmers' federation given the article's country by context, where
the annotation left its source open), missing 2 (03: the union "in Rameswaram" resolves to no one, so the Centre has no
addresser of a known country; 09: "condemned the launch" names no one, a control for "Centre" only); aside (8): wrong
target 2, wrong source 1, missing 1, no event 1. After the rules (``NominalRules._home_level``, ``the_centre``,
``_own_government`` with any addresser, ``DocActors.home_level``; ``context.justice_on_named``): working wrong target 1
(21: an inquiry, CAMEO 090, is left out of the rule's codes: on dev, widening it to inquiries and to force on crowds
lost more strict matches than it won), wrong source 3 and missing 2 as before (none of them the rules'); aside
unchanged: wrong target 2 (24: "ordered the arrest" given the lead's asylum-granting state as the doer of the act "the
arrest" names, events/referents.py; 25: "seven farmers" given the dateline's country by context, then no foreign
party), wrong source and missing 1 (14: "wrote to the prime minister urging the Centre": the participle's doer taken
from the wrong clause), no event 1 (16: "took them to a detention centre" codes no act; the control holds, no centre
is made a side).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_dom45.jsonl"
MAX = {"no event": 1, "wrong source": 4, "wrong": 3, "missing": 3, "wrong type": 0}


def test_probe_dom45_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_dom45_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
