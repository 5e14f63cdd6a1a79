"""The giving probe of session 39 (issue 11, h-hand39): whom a giving act goes to and what type it is.

``tests/data/probe_hand39.jsonl`` holds 24 short synthetic wire articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set): people handed "over to" or "back
to" a named state (``over-to``, ``back-to``: the receiver is the target, not whose the people are, and the parser's
"back" adverb carries the "to"), equipment handed or turned over to another's forces (``equipment``: military aid,
never a return), a gift or pledge whose purpose infinitive improves a thing a possessive names the owner of
(``purpose-owner``: "to modernise Vietnam's power grid"), and controls (people handed over with no receiver, the
doer's own grid, a deportation "to" a capital). Annotated by reading before the coder was run, in the schema of
``probe_set35.jsonl``; eight items carry ``"aside": true`` and were not looked at while fixing.

When written (main 2c7b4e7c): working items 1 wrong target (the cartel bosses handed over to the United States
kept as a side), 6 missing (back-to 2, purpose-owner 4), 2 of a wrong type (equipment coded as a return), 2 with no
event ("turned ... over"); aside 1 wrong, 2 missing, 1 wrong type, 2 no event. After h-hand39: working none; aside
2 with no event (``MAX``, working and aside together). Session 41's refit of the attacher on 391 dev articles
(articles 438-457 added) no longer attaches the suspects' country as the target of "handed over" in the control
item hand39-22 (a target the rules leave to the attacher): one missing, ``missing`` 0 -> 1.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_hand39.jsonl"
MAX = {"wrong": 0, "missing": 1, "wrong source": 0, "wrong type": 0, "no event": 2}


def test_probe_hand39_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_hand39_failures(coder):
    counts = target_counts(coder, PROBE)
    print({k: v for k, v in counts[False].items() if v})
    check_limits(counts, MAX)
