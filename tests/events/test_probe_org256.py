"""The organisation-title probe of session 56 (issue 11, h-org2): an organisation's office named by a title the
coder misread.

``tests/data/probe_org256.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states and organisations with invented facts; none is taken
or paraphrased from an evaluation set). Each names an organisation, or an office holder with its title ("WHO
Director-General X", "U.N. Secretary-General X", "a U.N. special rapporteur"), then has "the director general",
"the director-general", "the secretary-general", "the secretary general", "the special rapporteur" or "the
rapporteur" act: the act is the organisation's. Two items are built the other way: a state's director general
("Ghana's director general of immigration") stays that state's.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts by ``target_counts`` (with ``source_needed``) before the rules (main, 9a7d737d): working items 6 wrong source
("the director general" read as the dateline's army, "the rapporteur" a word the knowledge base did not know, "the
secretary general" the host's), 1 with no event ("The secretary-general urged": "general" read as an adjective, so
no actor and no event); aside items 3 wrong source. After them (the limits below): working 0, aside 0.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_org256.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_org256_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_org256_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)
