"""The hyphened-mediator probe of session 52 (issue 11, h-src52): a mediation told by a participle hyphened to its
mediator on the noun of the talks or the deal ("the Qatari-mediated talks", "a U.S.-brokered truce").

``tests/data/probe_src52.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two sentences,
written for this probe the way wires write, about real states with invented facts; none is taken or paraphrased
from an evaluation set). Each tells of talks, a truce, a deal or an accord "<actor>-mediated" or "<actor>-brokered"
(a demonym, an abbreviation, an organisation's short name), the noun the object of the parties' verb, of "under"
or "after", or of another act's "of"; the act annotated is the mediation, its doer the hyphened actor.

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

The counts are of acts with no event on the mediating participle whose doer is the annotated mediator (another
event spanning the participle, "signed a Brazilian-brokered agreement", does not count). Before the rule (main,
aba5ae84): working 8 of 8 with none, aside 4 of 4. After it (``events/doers.py``, ``hyphened_actors``; the limits
below): working 1 (src52-07, "of breaking the Angolan-brokered ceasefire": the participle is swallowed into the
trigger of the act of breaking, and no act of its own comes out), aside 0.
"""

from __future__ import annotations

from tests.probes import check_side_probe, coded_acts

PROBE = "probe_src52.jsonl"
MAX = {False: 1, True: 0}


def _mediator_missed(coder) -> dict[bool, list[str]]:
    """Working (False) and aside (True) item ids whose act has no event with a resolved doer among its keys."""
    missed: dict[bool, list[str]] = {False: [], True: []}
    for item, act, events, fits in coded_acts(coder, PROBE):
        if not any(p.actor is not None and fits(p, act["source"]) for e in events for p in e.source):
            missed[bool(item.get("aside"))].append(item["id"])
    print("missed:", missed)
    return missed


def test_probe_src52_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_src52_mediators(coder):
    missed = _mediator_missed(coder)
    assert all(len(missed[aside]) <= limit for aside, limit in MAX.items()), missed
