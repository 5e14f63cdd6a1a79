"""The missed-acts probe of session 28 (issue 11, core acts the coder misses altogether, h-lex28).

``tests/data/probe_lex28.jsonl`` holds 16 short synthetic wire articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write, about real actors with invented facts; none is taken or paraphrased
from an evaluation set), each built on an act the coder gave no event of its type: concern or regret at another's act
("expressed grave concern at Vietnam's arrest of ...", "voiced deep concern over", "expressed regret over Hungary's
decision": disapproval, ACCUSE), calling an act "an act of piracy"/"theft"/"terror" (a criticism, ACCUSE), a strike
begun or launched by workers (PROTEST, with a drone strike as the sense to keep), instruments of ratification
exchanged (SUPPORT), a ratification suspended (SANCTION) and a lender's loan approved (AID). The format is that of
``probe_senses.jsonl`` (the acts' trigger, PLOVER type, accepted types, quad classes and sides; non-event phrases).

Every act was annotated by reading, before the coder was run. The quad classes of four acts (the strikes and the
suspended ratification) were first written as 3, a slip in GDELT's numbering (roots 14 and 16 are material
conflict, 4), and set to 4 after the first run; no type or side was changed. Five items (``"aside": true``) were
kept out of sight while fixing; only their counts were looked at.

Counts (spurious, missed, wrong quad), as ``test_probe_senses`` counts them. When written (commit 3490697): working
items 0, 9, 4; aside items 0, 4, 1 (the limits below). Lines of verbs.tsv for these acts (concern and regret at
another's act 110, labour strikes begun by workers 143, exchanging instruments of ratification 057, freezing or
suspending a ratification 160, waiving a penalty 081, aid operations suspended 1623, managers or nationals ordered
to leave 174, "holds X responsible" parsed as a clause 112) brought them to working 0, 2, 1 and aside 0, 1, 0, and dev
from strict 1777 / false dyads 280 to 1782 / 280 (238-257: 157 / 28 to 161 / 28), but the one look at the aside
totals gave 414 / 99 (was 414 / 98): not kept in session 28 (h-lex28's report). A condemning word under "an act of"
("called the boarding an act of piracy", ``StanceRules.judgment``; theft, intimidation and terror added to
``condemning_word``) brought the counts to working 0, 7, 4 and aside 0, 3, 1, the limits below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_lex28.jsonl"
MAX_WORKING = (0, 7, 4)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 3, 1)


def test_probe_lex28_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb), allowed=("World Bank", "International Monetary Fund"))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE)


def test_probe_lex28_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_lex28_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)
