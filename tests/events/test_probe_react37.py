"""The probe of reactions to a named act (issue 11, "right type, no target where the gold names one"; session 37,
h-react37).

``tests/data/probe_react37.jsonl`` holds 30 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set) in which a party
welcomes, praises, condemns, criticises or rejects an act the article told: an accord the praising party signed with
another ("Morocco's foreign ministry welcomed the accord" Spain and Morocco signed: Spain, never Morocco itself); an
act noun with a day as possessor ("Tehran condemned Friday's sanctions"); a noun summing up the sentence's act with a
reaction joined to its relative clause ("a decision that Beijing called regrettable and that New Delhi welcomed");
and shapes that worked before (the expulsion, the charge, "an accusation Kampala has always rejected", an
opposition party's criticism of its government's accord, which targets both signers).

Each act was annotated by reading, before the coder was run (format and counts as ``test_probe_own34``: a missing
source counts as wrong). A third of the items carry ``"aside": true``: they were not run while the rules were
written, and their counts are reported apart.

Counts when written (session 37): on main (ee16bc8b) working items (20): 5 wrong (react-01 to 04 and 06: the praising
party's own country among the targets of its welcome of the accord it signed, or it alone), 6 missing (react-05, the
truce agreed as "agreed a ceasefire"; 08, 10, 12, "Thursday's agreement", "Sunday's strikes"; 13 and 14, a reaction
joined to the relative clause of a summing noun); aside (10): 4 wrong, 2 missing. After h-react37 (article_sides:
joint acts for CAMEO 051, a day as possessor; referents.summed_up_act through joined verbs; truce and ceasefire in
nominalisations.tsv): none on the working items, none aside. One aside item was looked at after all: a guard added
last (a verb joined to the relative clause has no object of its own) made react-24 missing, because the parser tags
the relative "that" of "and that Algiers condemned" as a conjunction; the guard now lets "that" through.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_react37.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_react37_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_react37_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)  # a missing source counts as wrong here
