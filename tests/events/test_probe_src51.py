"""The doer-by-demonym probe of session 51 (issue 11, h-src51): doers a demonym names on a state body's or a
campaign group's noun the sector list did not know.

``tests/data/probe_src51.jsonl`` holds 14 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set). Each has one act whose doer is a noun a demonym modifies: a state's customs
service ("Ruritanian customs seized ..."; as subject and as the agent of a passive), a technical mission or team a
state sends, environmental or civic groups of a country, a minister's counterpart of another state; one control
names environmental groups with no country (nobody known: the article's country or the target's is no doer).

Every act was annotated by reading, before the coder was run on the items. Four items (``"aside": true``) were kept
out of sight while writing the rows; only their counts were looked at.

Counts by ``source_counts`` before the rows (main, 0dacaf60): working items 7 missing (no doer resolved), 0 wrong,
0 with no event; aside items 2 missing, 0 wrong. A first version that also listed "counterpart" as a government
word and the groups as NGO gave the control a doer (the target's country, by context) and the aside counterpart
its possessive's country (the speaker's, the wrong state): the counterpart rows were dropped and the groups made
civilians (CVL), whom a bare plural gives no country (see ``data/actors/sectors.tsv``). A "customs" row gave the
customs items their doer but, as a compound, made "customs fees" a state body (probe_name36, reg-03): dropped.
After (the limits below): working 3 missing (the counterpart and two customs services, which no row covers), 0
wrong, 0 with no event; aside 1 missing (a customs service), 0 wrong.
"""

from __future__ import annotations

from tests.probes import check_side_probe, source_counts

PROBE = "probe_src51.jsonl"
MAX = {"wrong": 0, "missing": 4, "no event": 0}


def test_probe_src51_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_src51_doers(coder):
    found = source_counts(coder, PROBE)
    over = {kind: (found[False][kind], len(found[True][kind])) for kind, limit in MAX.items()
            if len(found[False][kind]) + len(found[True][kind]) > limit}
    assert not over, over
