"""The false-dyad probe of session 52 (issue 11, h-fd52): a side the coder gives that is no side of the act.

``tests/data/probe_fd52.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), of two constructions:
- a body its members form or set up ("Peru and Chile formed the Pacific Alliance"): the founders act, the body made
  is no target (``events/participants.py``, ``founded``); one working item has a partner after "with" on the body,
  which stays the target;
- a bare participle on what a state hands over, where the parser hangs the handover's "to X's police at <place>"
  on the participle ("handed over 60 men detained in a raid on ... to Cambodian police at the airport in Phnom
  Penh"): the place of the handover is no ground of the detention, so no doer of it (``events/code_sides.py``,
  ``_handed_over_at``); one working item names the place of the arrest before the handover, which stays its ground,
  and one control item tells an arrest with no handover.

Every act was annotated by reading, before the coder was run on the items (the participle's doer as the state that
hands over what it seized, the target as the people's own country). Four items (``"aside": true``) were kept out of
sight while writing the rules; only their counts were looked at (their list was printed once, after the rules were
final, and no rule was changed after it). Five items were rewritten once after a first run on main showed that their
body or place was one the lexicon or the knowledge base does not know (no event at all): the new texts were
annotated by reading before being run.

Counts by ``target_counts`` before the rules (main src, 68534319): working items 3 wrong (the bodies formed as
targets), 1 wrong source and 1 missing (the seizure's doer taken from the port of the handover), 1 with no event;
aside items 2 wrong, 2 wrong source, 2 missing, 0 with no event. After them (the limits below, working and aside
together): working 0 wrong, 0 wrong source, 0 missing, 2 with no event (the participle whose only doer was the
handover's place is now given none and dropped: no event, rather than a wrong one); aside 1 wrong, 1 wrong source,
1 missing, 1 with no event.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_fd52.jsonl"
MAX = {"no event": 3, "wrong source": 1, "wrong": 1, "missing": 1, "wrong type": 0}


def test_probe_fd52_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_fd52_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
