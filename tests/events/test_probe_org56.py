"""The office probe of session 56 (issue 11, h-org56): an organisation's office named again by a bare definite noun.

``tests/data/probe_org56.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three
sentences, written for this probe the way wires write, about real states and organisations with invented facts;
none is taken or paraphrased from an evaluation set). Each names an office holder with the office's title ("EU Home
Affairs Commissioner X", "U.N. envoy X", "a European Commission spokesperson") in a story datelined in a state the
organisation deals with, then has "the commissioner", "the envoy", "the representative", "the spokesperson" act:
the act is the organisation's (``actors/nominals.py``, ``NominalRules._office_named_before``). Two items are built
the other way: the office noun named before is a state's ("Kenya's police commissioner", "Eritrea's envoy"), and
stays that state's.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` (with ``source_needed``) before the rule (main, ed12c2e6): working items 5 wrong source
(the host's or the dateline's government, or no known actor), 2 wrong targets (the office holder given as the
target of his own appeal), 1 missing target (the African Union's envoy met by a minister), 1 with no event ("The
secretary-general urged": no event coded); aside items 3 wrong source, 1 wrong target, 1 missing target. After it
(the limits below, working and aside together): working 1 wrong source (the special rapporteur, a title the
knowledge base does not know as an office), 0 wrong targets, 1 missing target, 1 with no event; aside 2 wrong
source ("the director general", whose noun is "general", and the envoy a host summoned, which the state rules give
to the host), 0 wrong targets, 1 missing target. After h-org2's title rules (the limits below: "the secretary-general"
read as an adjective, "director general" and "rapporteur" titles, tests/events/test_probe_org256.py): working 0
wrong source, 1 missing target, 0 with no event; aside 1 wrong source (the envoy a host summoned), 1 missing target.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_org56.jsonl"
MAX = {"no event": 0, "wrong source": 1, "wrong": 0, "missing": 2, "wrong type": 0}


def test_probe_org56_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_org56_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)
