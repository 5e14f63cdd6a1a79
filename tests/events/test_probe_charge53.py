"""The charge probe of session 53 (issue 11, h-fd53): a legal act whose charge, hung on the verb itself, names a third
party.

``tests/data/probe_charge53.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and one to three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells a legal act of one state (charged, convicted, indicted, fined,
sentenced) on people or a firm of another, for what they are held to have done with or for a third party: breaching
its sanctions, smuggling to it, spying for it. The act's target is the ones charged, never the third party the charge
names (``not_target``; events/participants.py, ``ParticipantRules._charged_with``). One item (an arrest whose
charge names no third party) holds no such phrase.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (main, fa30865b): working items 3 wrong (the passive charge whose gerund
the parser reads as a modifier of "sanctions", the active charge whose "to" phrase the parser hangs on the verb, and
the master of a ship told by "its"), 0 missing; aside items 0 wrong, 0 missing. After it (the limits below, working
and aside together): working 1 wrong (the ship's master, whom the resolver gives the ship's flag through "its": a
resolution, not this rule), aside 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_charge53.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 1, "missing": 0, "wrong type": 0}


def test_probe_charge53_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_charge53_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
