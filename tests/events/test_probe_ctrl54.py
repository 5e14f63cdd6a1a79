"""The agreement-content probe of session 54 (issue 11, h-ctrl54): acts an agreement provides for, told as a
"to"-infinitive with no subject of its own on the agreement signed or reached.

``tests/data/probe_ctrl54.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells two states signing, reaching or striking an agreement (a pact, a
memorandum, a treaty, a contract, a protocol, a declaration) to do something the lexicon codes: build a bridge or a
railway, set up or form a joint body, reopen a crossing, resume or restore flights, share or exchange data. The act
annotated is that content, done by the agreement's makers (``doers.accord_maker``; a to-clause the parser hangs on
the signing verb stays an act of its own, ``act_links._accord_made``).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` (``source_needed``) before the rule (main, f6dd80b5): working items 3 with no event, 0
missing, 0 wrong; aside items 2 with no event, 0 missing, 0 wrong. After it (the limits below, working and aside
together): working 0 with no event, 1 missing (the accord signed "with" the other state: its content is coded with
the signer alone, the partner no side of it), 0 wrong; aside 0 with no event, 0 missing, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_ctrl54.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 1, "wrong type": 0}


def test_probe_ctrl54_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_ctrl54_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)
