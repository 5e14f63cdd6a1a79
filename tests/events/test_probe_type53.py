"""The event-type probe of session 53 (issue 11, h-type53): a state's forces helping another guard its ground, sea or
air, coded as the helped state's own guarding or patrolling (074 ``AID``, 150 ``MOBILIZE``) by the wrong doer.

``tests/data/probe_type53.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), each built on one construction: "X's jets helped guard Y's airspace", "X will help
Y patrol its coast", "helped Y protect its waters", "help Y secure its border". The wire conventions code the help as
military cooperation (062, ``COOPERATE``; an intended help is an intent, 0312 ``AGREE``), the helper its doer and the
helped state its target. The line ``062  help ~guard|protect|patrol|defend|secure`` of ``verbs.tsv`` codes it, and
``events/complement_sides.py`` makes the named complement part of the trigger (it codes no act of its own) and takes
whom the complement acts on as the target.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the line and the rule (only their counts were looked at).

Counts before the change (main fa30865b): spurious, missed (with a doer among the act's sources), wrong quad
(``type_failures(doer=True)``) working 0, 6, 3 and aside 0, 3, 1. After it (the limits below): working 0, 1, 0 (the
jets' maker's name "Gripen" is no actor the knowledge base knows, so the doer is unknown) and aside 0, 0, 0. By
``target_counts``, 8 working and 4 aside acts had no event of their type before; after, working 1 wrong target
("sent police officers to help Austria patrol its border with Slovenia": the sending, a 154 to Austria, is the
event), 3 with no event of the type counted there, aside 0 wrong, 1 with none.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, target_counts, type_failures

PROBE = "probe_type53.jsonl"
MAX_WORKING = (0, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)
MAX_WRONG_TARGETS = {False: 1, True: 0}  # working, aside


def test_probe_type53_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_type53_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_type53_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)


def test_probe_type53_targets(coder):
    counts = target_counts(coder, PROBE)
    for aside in (False, True):
        print(aside, counts[aside])
        assert len(counts[aside]["wrong"]) <= MAX_WRONG_TARGETS[aside]


def test_forces_helping_guard_anothers_airspace_cooperate(code):
    result = code("ROME, May 4 (AFP) - Italian jets helped guard Slovenian airspace in 2024, the defence ministry "
                  "said.", date="2026-05-04")
    events = [e for e in result.events if e.trigger.text.startswith("helped")]
    assert [(e.cameo, e.plover) for e in events] == [("062", "COOPERATE")]
    assert [p.country for p in events[0].target] == ["SVN"]
    assert not [e for e in result.events if e.cameo == "074"]  # the guarding is the help's word, no act of its own


def test_the_helped_state_is_the_target_not_the_doer(code):
    result = code("DELHI, May 4 (Reuters) - The Indian Navy has helped Mauritius patrol its waters since 2015, "
                  "officials said.", date="2026-05-04")
    assert [(e.cameo, [p.country for p in e.source], [p.country for p in e.target]) for e in result.events] == [
        ("062", ["IND"], ["MUS"])]


def test_help_with_another_complement_is_no_cooperation(code):
    result = code("DELHI, May 4 (Reuters) - India helped Mauritius build a new port in 2024, officials said.",
                  date="2026-05-04")
    assert not [e for e in result.events if e.cameo == "062"]
