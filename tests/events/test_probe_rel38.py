"""The ships-named-again probe (issue 11, session 38, h-rel38).

``tests/data/probe_rel38.jsonl`` holds 21 short synthetic wire articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set) in which a general
noun of a ship ("the vessel", "the ship") names again a ship given a country before: in its own sentence as what
was done to (``same-sentence-object``: "detained a Norwegian-flagged trawler ..., accusing the vessel";
``same-sentence-passive``: "A Turkish-flagged cargo ship was detained ... accused the vessel"), in the sentence
before with a flag hung on "-flagged" (``next-sentence-flagged``), or by a ship noun of its own or another word
(``same-word-before``); and, against them, the doer's own ship as the only one of the sentence
(``same-sentence-subject``: "A Chinese coast guard cutter fired a water cannon at the vessel": no target).

Each act was annotated by reading, before the coder was run, in the schema of ``probe_set35.jsonl`` (keys
``~XXX``: any actor of that country). Seven items carry ``"aside": true``: they were not looked at while fixing,
and their counts are reported apart. Counted per act by ``tests.probes.target_counts``.

When written (main 89951c43): working 2 wrong targets (rel38-04, "ordered the ship" given the wrong country;
rel38-06, the doer's own ship alone in its sentence, "the vessel" given the reporting coast guard's country) and 5
missing (rel38-01, -03, -05, -08, -11); aside 4 missing. After the ship rules of this branch
(``NominalRules.ship_named_before`` with ``SHIP_OBJECT_DEPS``, ``_ship_owner_words``): working 1 wrong (rel38-06:
not this rule's, the reporter's country given to an unnamed ship) and 1 missing (rel38-03: "a Chinese squid jigger",
no ``vessel_noun``); aside none (MAX, working and aside together).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_rel38.jsonl"
MAX = {"wrong": 1, "missing": 1, "wrong source": 0, "wrong type": 0, "no event": 0}


def test_probe_rel38_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_rel38_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
