"""The clauses probe (issue 11, sides taken from the wrong clause; session 25, h-clauses25).

``tests/data/probe_clauses25.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on a
construction whose doer or target the coder took from another clause: a verb joined by ", and" after an adverbial
clause set off by commas ("Kenya accused Somalia ..., two weeks after Ethiopian troops left the area, and asked the
African Union ...": Kenya asks), help given "from" someone with a possessor on its noun ("Fiji's loans from its
Export-Import Bank": China's loan to Fiji), a target from another clause's noun ("welcomed the truce" in the sentence
after the one naming the truce's parties and a third country's troops), an act told in a report's content clause
("rejected Australian media reports that Beijing had offered to build ...": the reports are no target) and people
or forces entering a place ("Gambian herders had entered Senegalese territory": no occupation of Senegal; troops:
one). Schema as ``probe_force23.jsonl``, counted by ``tests.probes.target_counts`` (a wrong source: a resolved one
not among the annotated keys). An act annotated with no target and its place words as ``not_target`` (herders or
fishermen entering a place) is right with no event at all; those items count under "no event" when none is coded.

Each act was annotated by reading, before the coder was run; one trigger was then cut to the word the coder's
events start on ("offered to build" -> "offered", cl-13), its sides unchanged. A third of the items carry
``"aside": true``: they were not looked at while fixing, and their counts are reported apart.

When the probe was written (6f0aafa) the working items had 5 wrong targets, 5 wrong sources, 0 missing, 0 wrong
types and 2 acts with no event; the aside items 2, 2, 0, 0, 0. After this session's fixes (a conjunct after a
clause set off by commas goes on the main clause, ``roles.main_clause_conjunct``; a clause with a subject or "that"
of its own on a noun is not done to it, in the rules and the attacher's options; help "from" someone is that one's;
people at work or on the move who enter a place take nothing, verbs.tsv) the working items have 1 wrong target
(cl-16, "a group of Gambian herders": the subject's head is "group"), 0 wrong sources, 1 missing (cl-13, the
offer's airstrip is on Vanuatu's ground: no rule gives it), 0 wrong types and 2 acts with no event (cl-15, docking
is no act the lexicon codes; cl-18, fishermen entering waters: no event, as annotated); the aside items 0, 0, 0, 0,
0. MAX is those counts.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_clauses25.jsonl"
MAX = {False: {"wrong": 1, "wrong source": 0, "missing": 1, "wrong type": 0, "no event": 2},
       True: {"wrong": 0, "wrong source": 0, "missing": 0, "wrong type": 0, "no event": 0}}


def test_probe_clauses25_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("aside", [False, True])
@pytest.mark.parametrize("kind", sorted(MAX[False]))
def test_probe_clauses25_failures(counts, aside, kind):
    assert len(counts[aside][kind]) <= MAX[aside][kind], (kind, [] if aside else counts[aside][kind])
