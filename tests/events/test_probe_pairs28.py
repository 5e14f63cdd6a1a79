"""The pairs probe of session 28 (issue 11, false dyads whose target is the wrong actor; h-pairs28).

``tests/data/probe_pairs28.jsonl`` holds 18 short synthetic wire articles (a dateline, an agency tag and one to
five sentences, written for this probe the way wires write, about real actors with invented facts; none is taken
from an evaluation set), each built on a construction that gave a wrong target on the wire copy: a rejection or
denial of words told apart from them ("... accused Lome of ... [a paragraph] ... Lome rejected the charge";
"denied that it had supplied weapons" a paragraph after the accusation; "dismissed the accusations"; "turned the
offer down" after the offer, in the same sentence or the next; "rejected the proposal"; ", a charge Budapest
rejected"), a rejection with an absolute "with X telling reporters" (X is the doer's side, never the target), a
case taken to a court or to the WTO ("took Indonesia to the World Trade Organization": Indonesia, not the WTO;
"would take the case to the East African Court of Justice": the one accused before), and the forces or boats
sent or deployed (the doer's own, no target: "will send a larger contingent to joint drills with the
Philippines", "deployed extra navy patrol boats").

Each act was annotated by reading, before the coder was run, in the schema of ``probe_force23.jsonl``. Six items
carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart. Counted per act
by ``tests.probes.target_counts``: a WRONG target, a WRONG SOURCE, a MISSING target, a WRONG TYPE, NO EVENT.

When the probe was written (before any fix of the session) the coder had, on the 12 working items, 2 wrong targets
(the WTO beside Indonesia, pr28-07; the patrol boats kept as the deployment's target, pr28-12), 5 missing (the
criticism rejected with the absolute, pr28-02; the denial a paragraph after the charge, pr28-03; the offer turned
down, pr28-05; the contingent's drills, pr28-08; the proposal, pr28-10, whose making is not coded at all) and 1 act
with no event (", a charge Budapest rejected", pr28-11); on the 6 aside items nothing. Two items were corrected
after the first run, as matters of form and of the team's convention, not of the coder's sides: the trigger of a
case taken to a court is "take" (the coder's trigger), and the aside case was a matter taken to the AU's Peace and
Security Council, which the team codes as an appeal to the council (dev 165), so it became a case taken to the
African Court.

After the session's fixes (the author of the words a reply answers, ``events/replies.authors``, with
``accusation_noun`` in words.tsv; the event anaphora not taking a charge for an act of the answering party's own,
``events/article_sides.py``): working 2 wrong, 2 missing (pr28-08, pr28-10), 1 no event; aside unchanged (nothing).
MAX holds these counts, working and aside together.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_pairs28.jsonl"
MAX = {"wrong": 2, "wrong source": 0, "missing": 2, "wrong type": 0, "no event": 1}


def test_probe_pairs28_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_pairs28_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
