"""The passive-doer probe of session 48 (issue 11, h-pass48): a passive with no agent told in an "in which" clause on
an act's noun, or done "in" an act's noun, whose doer the noun names ("a raid by X on a camp in which four were
killed": X killed them).

``tests/data/probe_pass48.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each act lists the keys its doer may be (``source``) and whether a doer is needed
(``needs_source``): a raid, an attack, a seizure or an operation of a state's forces named after "by" or by a
demonym, with a passive in an "in which"/"during which" clause on it (the parser hangs the clause on the last noun
before it), two passives joined in that clause, and a passive done "in" an attack "by" X; and the constructions to
leave alone: a march and a rally "by" opposition supporters in which people were arrested (the marchers arrested
no one; the state may be given, the opposition may not), and people killed in a storm (no doer).

Every act was annotated by reading, before the coder was run on the items. The rule (``DoerRules._relative_event_doers``
and ``_named_by``) was written before the probe from the evaluation's diagnostics; the four aside items
(``"aside": true``) were written after it and only their counts were looked at.

Counts (``doer_counts``: acts with no fitting doer where one is needed, acts given a doer not among their keys)
before the rule (main 2d63d829): working 5 missing (the demonym's raid, the operation, the passive the parser joined
to the main verb, the attack "by", the detention "by"; the two "in which ... killed" acts on a raid "by" already had
their doer from the story's other sentences), 0 wrong; aside 2 missing, 0 wrong. After it (the limits below):
working 0 missing, 0 wrong; aside 1 missing, 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_side_probe, coded_acts

PROBE = "probe_pass48.jsonl"
MAX = {"missing": 1, "wrong": 0}


def doer_counts(coder) -> dict[bool, dict[str, list]]:
    """For the working (False) and aside (True) items, the acts (id, trigger) that need a doer and have no event with
    one among their ``source`` keys (missing), and those with an event whose resolved doer is not among them
    (wrong)."""
    found: dict[bool, dict[str, list]] = {a: {"missing": [], "wrong": []} for a in (False, True)}
    for item, act, events, fits in coded_acts(coder, PROBE):
        mine, label = found[bool(item.get("aside"))], (item["id"], act["trigger"])
        if act["needs_source"] and not any(p.actor is not None and fits(p, act["source"])
                                           for e in events for p in e.source):
            mine["missing"].append(label)
        if any(p.actor is not None and not fits(p, act["source"]) for e in events for p in e.source):
            mine["wrong"].append(label)
    print("probe:", found[False])
    print("aside:", {k: len(v) for k, v in found[True].items()})
    return found


def test_probe_pass48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_pass48_failures(coder):
    counts = doer_counts(coder)
    over = {kind: (counts[False][kind], len(counts[True][kind])) for kind, limit in MAX.items()
            if len(counts[False][kind]) + len(counts[True][kind]) > limit}
    assert not over, over
