"""The oblique-targets probe (issue 11, "Targets in oblique phrases and modifiers", session 23, h-oblique23).

``tests/data/probe_oblique23.jsonl`` holds 35 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each built on a construction
that put a target on the wrong phrase, or lost it, on the copy of writers who never saw our rules: the owner of an
event noun against the noun's own object ("joined sanctions over Moscow's invasion of Ukraine": Russia, not
Ukraine), a relative clause inside the object ("killed gunmen who had crossed from Afghanistan": not Afghanistan),
"fired <tear gas, rubber bullets, shells, warning shots> at X", "forces loyal to X" (X's) and "rebels backed by X"
(not X: the backer is named, the rebels are not X's), two doers who broke off or restored relations (one
symmetric act between them, the relations no target) and a legal "fight" (no armed force).

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty target list: no actor is the
target; a symmetric act pools both sides), plus ``not_target`` (a phrase that is no one, e.g. "relations") and
``not_plover`` (types the act is not). A third of the items carry ``"aside": true``: they were not looked at while
fixing, and their counts are reported apart.

Counted per act, over the output events of the probe sentence whose trigger contains the act's trigger word: a
WRONG target (a resolved target matching no key, or a target holding a ``not_target`` phrase), a MISSING target
(events found, the act has targets and none is resolved; for a symmetric act, as the scorer pools its sides: no
event with two resolved participants on either side), a WRONG source, a WRONG type (an event of a
``not_plover`` type). Acts with no such event are printed but not counted.

When the probe was written (session 23) the coder had 5 wrong targets, 3 missing, 0 wrong sources and 1 wrong type
on the 24 probe items ("sanctions over Moscow's invasion of Ukraine": Ukraine; "condemned Niger's closure of its
border with Benin": Benin; "fighters loyal to the Houthis": the article's country; "broke off diplomatic relations":
the relations; "fought a long case": armed force; "fired tear gas at protesters outside parliament" and "at
demonstrators in central Nairobi": no target, the place phrase keeping the protesters from the article's country;
"forces loyal to Khalifa Haftar": no target), and 4, 0, 0 and 1 on the 11 aside items. The fixes of that session (a
named owner is the target, not its act's object: ``DoerRules.inner_actors``, ``Ground._country_of_thing``,
``others_act``; ``allegiance_word`` in words.tsv; a particle verb's object in its trigger; ``fight +case|...`` 115)
brought them to 0 wrong, 2 missing (the "fired ... at" items: the fix that gave placed protesters the article's
country cost other probes, and was dropped), 0 and 0, aside 1 wrong and 0, 0, 0: the most these tests allow.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_oblique23.jsonl"
MAX = {"wrong": 1, "missing": 2, "wrong source": 0, "wrong type": 0}


def test_probe_oblique23_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_oblique23_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
