"""The wrong-targets probe (issue 11, session 22, h-wrongtgt): a resolved actor put on the wrong side of an act.

``tests/data/probe_wrongtgt.jsonl`` holds 39 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each built on a construction
that put a target on the wrong phrase on real news copy: the doer's own envoy sent somewhere ("sent its special
envoy to X"), an apposition of the speaker ("X's foreign minister, <name>, criticised Y"), a speaker who reports
another's act ("X said Y's forces shelled Z"), a passive's by-agent and a nominal's "by X", a place as target
(drills in a sea), relative and purpose clauses, conjoined doers, the act's own noun as its target ("declared a
state of siege", "used batons", "stopped work", "carried out air strikes against X in <country>"), and a name after
"anti-" or "pro-" read as the owner ("an anti-Indian rally", "pro-Russian rebels").

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty target list: no actor is
the target). A third of the items carry ``"aside": true``: they were not looked at while fixing, and their
counts are reported apart.

Counted per act, over the output events of the probe sentence whose trigger contains the act's trigger word: a
WRONG target when a resolved target matches no key (or any resolved target when the list is empty), or when a
target's words hold a phrase the act lists as ``not_target`` (its own noun: "a state of siege"); a WRONG
source likewise; a MISSING target when events were found, the act has a target and none is resolved. Acts with
no such event are printed but not counted (the lexicon's business). When the probe was written (session 22)
the coder had 8 wrong targets, 1 wrong source and 0 missing targets on the 26 probe items (1 act with no event:
"discuss" in a purpose clause), and 3 wrong, 0 and 0 on the 13 aside items (2 with no event): the constructions
the real copy went wrong on first were already right on these short sentences, except the act's own noun and a
name after "anti-"/"pro-". The fixes of that session (``assemble._own_noun``: the lexicon phrase's own noun,
unknown to the knowledge base, is no target; ``participants.objects``: a light verb's act noun gives its own
targets, not the forces a place gives it; ``side_prefix``: "an anti-Indian rally" is not India's) brought them to
0 wrong, 0 wrong sources and 2 missing ("used tear gas and batons to disperse students": the students are the
object of the purpose clause; "fired rubber bullets at an anti-Indian protest": the protest is no one's), aside
1 wrong and 1 missing, the most these tests allow.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_wrongtgt.jsonl"
MAX_WRONG = 1
MAX_WRONG_SOURCE = 0
MAX_MISSING = 3


def test_probe_wrongtgt_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_wrongtgt_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_wrongtgt_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_wrongtgt_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
