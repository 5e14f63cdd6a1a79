"""The object-pronoun probe of session 54 (issue 11, h-pron54): an object pronoun bound by its clause's state.

``tests/data/probe_pron54.jsonl`` holds 14 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each tells of one state's body speaking (a ministry, an army, a minister)
about another state's forces, people or vessels, then an act whose subject is an organ of the first state (its
police, navy, court, army, government, "we") and whose object is a pronoun ("arrested them", "urged it"). The
object is the other state's (or, for a thing the knowledge base does not know, no one): a non-reflexive object
pronoun is not its clause's subject, nor another organ of the subject's state (``pronouns._subjects_states``).

Every act was annotated by reading, before the coder was run on the items. Five items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-pron54 from main f6dd80b5): working items 1 wrong (04: "freed it",
a trawler annotated as no one, given the Tunisian ministry; the house convention would give the trawler's state,
but the annotation made before the run is kept), 1 missing (08: "urged it" joined to a condemnation of a thing,
the launch: no target), 1 with no event (09: "sent them back" is not coded); aside items 1 wrong, 1 with no event.
After it (the limits below, working and aside together): working 1 wrong, 1 missing, 1 with no event (the same
three: other constructions than the binding); aside 0 wrong, 1 with no event. Most items were already right before
the rule: the people and object rules (``_patient``, ``_people_done_to``) find the foreign people first; the rule
decides where the latest salient actor is an organ of the subject's own state.

Measured as a component on dev (a script outside the repo, /tmp/pron54/measure.py of session 54: every side of an
output event matched leniently or better to a gold act whose explanation says "pronoun" or "nominal", right when it
matches a key of its own side; counted once per mention and role), right/wrong before -> after the rule:
all dev: pronouns 1180/85 -> 1186/80 (0.933 -> 0.937), nominals 1548/121 -> 1547/121; "it" 484/28 -> 486/27, "them"
80/10 -> 84/7, "they" 76/4 -> 77/4, "him" 15/5 -> 14/4, "its" 51/7, "their" 48/6, "he" 163/7, "who" 38/5 unchanged;
by rule, the salient pick of "it"/"they" (``_salient``) 535/51 -> 542/47, of "he"/"she" 216/11 -> 215/10.
Articles 578-717: pronouns 225/24 -> 226/24, nominals 338/38 unchanged, ``_salient`` 103/16 -> 104/16.
Articles 698-717: pronouns 28/7 and nominals 49/8 unchanged (``_salient`` 9/6: "it" for a thing, a move or a deal,
no actor stands for, is the largest kind left).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_pron54.jsonl"
MAX = {"no event": 2, "wrong source": 0, "wrong": 1, "missing": 1, "wrong type": 0}


def test_probe_pron54_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_pron54_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
