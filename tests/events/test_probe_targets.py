"""The targets probe (issue 11, session 21, h-targets): an act of the right type and doer left with no target
while its own sentence names it.

``tests/data/probe_targets.jsonl`` holds 19 short synthetic articles (a dateline, an agency tag and one
sentence, written for this probe the way wires write; none is taken from an evaluation set), each with one
act whose target the sentence names in a construction the coder read as no one: a state force acting on
people of its own country at a named place of that country ("police fired tear gas at protesters in
<city>": the people, given the country from context, are the target; the place is the force's own ground,
no target), a refusal of a thing whose relative clause names the party it is aimed at ("would not accept
any plan that gives X a role", "will not send a delegation to a summit that Y is hosting"), a government's
own critics or prisoners, and relative objects ("whom X has asked to leave").

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl``
(trigger word; acceptable source and target keys, ``~XXX`` any actor of country XXX). A third of the items
carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart.

Counted per act, over the output events of the probe sentence whose trigger contains the act's trigger
word: a WRONG target when a resolved target matches no key; a MISSING target when events were found and
none has a resolved target. Acts with no such event are printed but not counted (the lexicon's business).
When the probe was written (session 21) the coder had 0 wrong and 9 missing targets on the 12 probe items
(1 act with no event of its trigger: "opened fire" is coded on "opened" alone), 0 wrong and 2 missing on the
7 aside items (1 with no event). The fixes of that session (a negated refusable act reads the refused
thing's relative clause, on its object or prepositional object; a thing "used/operated by X" is X's; "keeps
1,500 soldiers there" is the keeper's forces) brought them to 0 wrong and 6 missing (aside: 0 and 1), the
most these tests allow; a fix that gave a sector noun at a place of the article's country that country
(0 and 4, aside 0 and 0, dev strict +1) was reverted at merge, as it put an aside item of the dates probe
(tests/data/probe_dates21.jsonl) in the wrong place. Left: state forces on their own ground (the same),
a government's own critics and prisoners (the article's country, the only source of their country, is not
always the government's: giving "critics" a sector cost development false dyads), a counterpart named in
another clause ("dismissing a draft X had proposed"), and a relative clause the parser hangs on the place
before it ("soldiers in X, whom Y asked to leave").

Session 26: the team's one convention for anonymous people (eval/wire/README.md, "Sides"; issue 11: a common
noun gets no country the text does not give) re-annotated the ten own-ground, critics and prisoners items
(tgt-01 to 07, 14 to 16) to no target, by reading; with the coder giving such people no country, the counts
are 0 wrong and 1 missing (aside: 0 and 0), the new limits.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_targets.jsonl"
MAX_WRONG = 0
MAX_MISSING = 1


def test_probe_targets_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_targets_wrong(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_targets_missing(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
