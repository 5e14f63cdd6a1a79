"""The apposition probe of session 48 (issue 11, h-tgtm48): a person an act is done to, named by a noun the knowledge
base does not know and an apposition that gives the person's country ("arrested the captain, a Russian citizen").

``tests/data/probe_apposed48.jsonl`` holds 10 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased from
an evaluation set). The target annotated is the country the apposition's demonym names
(``ParticipantRules._apposed``). One item's apposition names a thing, not people ("the vessel, a Russian-built
trawler": no country taken for the rule; another rule takes Russia, before and after).

Every act was annotated by reading, before the coder was run on the items, with one correction after the first run:
item 05 (police arresting "a Polish citizen", their own national) was annotated with no target and is annotated
Poland now, as eval/wire/README.md codes a state's police acting on its own people (its own country the target).
Three items (``"aside": true``) were kept out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-tgtm48 at b83a399d): working items 6 missing (no target where one is
annotated; item 05 among them, as corrected), 1 wrong (the trawler), 0 with no event; aside items 2 missing, 0 wrong.
After it (the limits below, working and aside together): working 1 missing (the imam deported: a removal's object
takes no country here), 1 wrong (the same trawler), 0 with no event; aside 0 missing, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_apposed48.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 1, "missing": 1, "wrong type": 0}


def test_probe_apposed48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_apposed48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
