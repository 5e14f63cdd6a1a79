"""The kingdom probe (issue 11, session 44, h-kingdom44): a bare noun that names a kind of country ("the kingdom",
"the sultanate", "the emirate") pointing back to the latest country of that kind the article named.

``tests/data/probe_kingdom44.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one to three
sentences, written for this probe the way wires write; none is taken from an evaluation set), annotated by reading
before the coder was run, in the schema of ``probe_spk39.jsonl`` (trigger word; acceptable source and target keys,
``~XXX`` any actor of country XXX; an empty target list: no actor is the target). The construction: a kingdom (or
sultanate, emirate) is named, then "the kingdom" is the doer or the target of an act, bare, with no modifier; in a
saying of that country's official it is the speaker's country. Controls: "the Kingdom of X" (a name, not a noun
pointing back), "his kingdom" (its owner's). A third of the items (6 of 18) carry ``"aside": true``: their output
was not looked at while writing the rule, and they are counted apart.

Counted per act with :func:`tests.probes.target_counts` (a source is needed: an act none of whose events has a
source among its keys has a wrong source). Before the rule (main 1b1a6eb0): on the 12 working items 1 wrong target,
5 wrong sources, 4 missing targets; aside 0 wrong, 2 wrong sources, 2 missing, 1 act with no event (not counted).
After it (``antecedents.country_nominal``, a kind row of ``data/actors/collectives.tsv``): working 0 wrong, 3 wrong
sources (item 02, "Morocco hosted ..., and the kingdom signed": the doer of the first conjunct is taken as the
noun's own clause's doer and left out; item 03, two kingdoms named in one sentence, the subject preferred over the
object the next sentence is about; item 11), 2 missing; aside 0 wrong, 1 wrong source, 0 missing, 1 no event. The
limits are the after-counts, working and aside together.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_kingdom44.jsonl"
MAX_WRONG = 0
MAX_WRONG_SOURCE = 4
MAX_MISSING = 2


def test_probe_kingdom44_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)


def test_probe_kingdom44_wrong_targets(counts):
    assert len(counts[False]["wrong"]) + len(counts[True]["wrong"]) <= MAX_WRONG


def test_probe_kingdom44_wrong_sources(counts):
    assert len(counts[False]["wrong source"]) + len(counts[True]["wrong source"]) <= MAX_WRONG_SOURCE


def test_probe_kingdom44_missing_targets(counts):
    assert len(counts[False]["missing"]) + len(counts[True]["missing"]) <= MAX_MISSING
