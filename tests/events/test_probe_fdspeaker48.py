"""The apposed-speaker probe of session 48 (issue 11, h-fd48): a pronoun subject of what a subject set off by commas
announces or says.

``tests/data/probe_fdspeaker48.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each names a rival state or people first, then has a state, a set of states, a
ministry or a bloc, followed by an apposition, a participle or a relative clause set off by commas, say or announce
that "it" or "they" would do or had done an act. The act's doer is the speaker (``actors/antecedents.py``,
``_apposed_speaker``: the parser may read the speech verb as a participle on the subject or its apposition, leaving
a noun as the sentence's root; ``actors/pronouns.py``, ``_speaker_of_clause``: "they" of a set speaker is the whole
set).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rule; only their counts were looked at.

Counts by ``target_counts`` before the rule (h-fd48 at 9bbf2f8a): working items 1 with a wrong source (the three
Baltic states' "they" read as a people named in the lead), 1 missing (the two neighbours' talks with one side only),
2 with no event (a protest note sent, monitors sent: the coder codes neither here), 0 wrong; aside items 0 of each.
The singular "it" items were already right (other rules give the speaking body); the rule changes the plural sets.
After it (the limits below, working and aside together): working 0 wrong source, 0 missing, 2 with no event;
aside 0 of each.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_fdspeaker48.jsonl"
MAX = {"no event": 2, "wrong source": 0, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_fdspeaker48_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_fdspeaker48_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
