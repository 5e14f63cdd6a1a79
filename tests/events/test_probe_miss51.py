"""The missed-acts probe of session 51 (issue 11, acts no lexicon line coded, h-miss51).

``tests/data/probe_miss51.jsonl`` holds 15 short synthetic wire articles (a dateline, an agency tag and one to three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), each built on an act of a kind the coder gave no event in the recent dev
articles: a telephone or phone call with another leader (CONSULT), a delegation led to a capital (CONSULT), a
treaty initialled (SUPPORT), participation in a pact frozen and a sum cut in funding (SANCTION), border guards sent
and police flown to another state to help it (AID, or MOBILIZE), people turned back at a border (COERCE),
recognition switched to a state (SUPPORT), a visiting Amir received (CONSULT), money deposited in another state's
central bank (AID), and an act called discriminatory or a waste of money (ACCUSE). The format is that of
``probe_senses.jsonl`` (the acts' trigger, PLOVER type, accepted types, quad classes and sides; non-event phrases).

Every act was annotated by reading, before the coder was run. Five items (``"aside": true``) were kept out of sight
while writing the lines; only their counts were looked at.

Counts (spurious, missed, wrong quad; an act counts as found only with an event of its type whose doer is among its
sources), as ``type_failures`` counts them. Before (06fffdf1): working items 0, 10, 0; aside items 0, 4, 0. After
the lines of verbs.tsv and nouns.tsv of session 51 (the limits below): working 0, 4, 0; aside 0, 0, 0. Left missed:
the telephone call told as the place of a coded act ("discussed X in a telephone call with Y": the consultation is
coded on "discussed"), the Amir received (a line for "receive +amir" was tried and dropped: on dev it gave one
false dyad and no match), and the two acts called discriminatory ("discriminatory" as a ``condemning_word`` was tried
and dropped: on dev its one occurrence, in a clause the parser misreads, gave a false dyad).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_miss51.jsonl"
MAX_WORKING = (0, 4, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)


def test_probe_miss51_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE, doer=True)


def test_probe_miss51_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_miss51_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)
