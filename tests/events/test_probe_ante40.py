"""The antecedent probe (issue 11, session 40, h-ante40): whom "it", "the two sides", "the ministers" and "the vote"
stand for when the nearest reading is a false dyad.

``tests/data/probe_ante40.jsonl`` holds 16 short synthetic articles (a dateline, an agency tag and two to four
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: a speaker whose name the knowledge base does not know, with a state's body in apposition ("X,
Ruritania's foreign ministry, said it had ..."); a reported clause the parser hangs on the statement it is said in
("added in a second statement that it had ..."); a U.S. command named with its host country ("U.S. Forces Japan said
it ..."); a reaction to "the vote" after a member "voted against it"; "met the ministers in <town>" after a bloc's
ministers; "the two sides" after a pair named in a sentence about the past; "its" in an accusation of the party
just ordered out ("ordered it to leave, accusing its officers of ...").

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty target list: no actor is
the target; a symmetric act takes its sides either way round). A third of the items carry ``"aside": true``: they
were not looked at while writing the rules, and their counts are reported apart.

Counted per act as in ``test_probe_wrongtgt.py`` (:func:`tests.probes.target_counts`). Before the session's rules
(``actors/pronouns._body_in_apposition``, ``actors/antecedents.saying_subject`` on a statement's clause, the U.S.
commands in ``data/actors/groups.jsonl``, ``events/article_sides.ballot``, ``actors/nominals._plural_named_before``
with a place, ``actors/set_parties._named_together`` with the lead's pair, "the vote" as the adopting of ``referents``,
``actors/pronouns._accused_owner``) the coder had, on the 10 working items, 3 wrong targets ("welcomed the vote":
the member that voted against; "met the ministers in Bali": Indonesia; "accusing its officers": the accuser's own), 3
wrong sources (the EU of the sentence before for "it"; Japan for "U.S. Forces
Japan"; the background pair for "the two sides") and 1 missing target, and on the 6 aside items 1 wrong target and 1
wrong source; after them none of either: the limits below. (The two accused-object items, ante-15 and ante-16, were
added and annotated after the first run, before that rule was written. After the runs the wording of eight items was
changed, to keep clear of any phrasing an evaluation article shares, their constructions and annotated sides kept;
the counts were the same before and after the change.) (One aside key was misspelt, "european-union" for the
knowledge base's "eu", and corrected after the first run; the act's annotated side is unchanged. Item ante-05,
first marked aside, was made a working item to keep the aside share under two fifths; it had no failure before or
after.)
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_ante40.jsonl"
MAX_WRONG = 0
MAX_WRONG_SOURCE = 0
MAX_MISSING = 0


def test_probe_ante40_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_ante40_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_ante40_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_ante40_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
