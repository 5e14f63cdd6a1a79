"""The probe of reactions to an act named by a stage of it, by the document that holds it, or by what an order to
leave is (issue 11, "right type, no target where the gold names one"; session 37, h-react37b).

``tests/data/probe_react37b.jsonl`` holds 21 short synthetic articles (a dateline, an agency tag and two sentences,
written for this probe the way wires write; none is taken from an evaluation set): a reaction to a stage of an act
("welcomed the treaty's entry into force", "the signing of the agreement", "the extension of the truce": the act's
parties); to a stage noun that names the act itself ("agreed to resume talks ... welcomed the resumption of the
dialogue"); to a document whose content the act was told as ("adopted a resolution demanding ...": the body); an
order to a diplomat named by a pronoun to leave ("summoned Iran's charge d'affaires and ordered him to leave": an
expulsion, 161, which "the expulsion" names); and a guard (a stage with an actor as possessor, "Sweden's entry into
the alliance", is no act named).

Each act was annotated by reading, before the coder was run (format and counts as ``test_probe_own34``: a missing
source counts as wrong). A third of the items carry ``"aside": true``: they were not run while the rules were
written, and their counts are reported apart. The stage-of-an-act rule this probe was written for was measured and
not kept (session 37: dev +1 strict, the aside totals one strict match fewer and one false dyad more), so its nine
stage items miss their target.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_react37b.jsonl"
# the stage items (five working, four aside) miss their target: the stage rule was measured and not kept (the aside
# totals lost a strict match with it; docs/design.md)
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 9, "wrong type": 0}


def test_probe_react37b_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_react37b_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)  # a missing source counts as wrong here
